// SPDX-License-Identifier: GPL-3.0-or-later
// crashcart-genman: writes a program's man page from its own --help, so the page and the
// help cannot drift apart. `crashcart-genman OUT.1 PROGRAM [SEE-ALSO...]` runs PROGRAM --help,
// then `PROGRAM WORDS --help` for every "(WORDS --help)" that help mentions, and turns the
// text into roff: "Name:" lines open sections, "  term  description" lines become tagged
// paragraphs, "usage:" blocks stay as they are laid out. A build tool, never installed.
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

// The help as a user without settings would read it: English, the home folder as "~".
QString helpOf(const QString &program, const QStringList &words, const QString &home)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "LANGUAGE", "LANG", "LC_MESSAGES", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "CRASHCART_WORKSPACE" })
        env.remove(QString::fromLatin1(name));
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.insert(u"HOME"_s, home);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"ASAN_OPTIONS"_s, u"detect_leaks=0"_s); // sanitized builds make the pages too
    p.setProcessEnvironment(env);
    p.start(program, words + QStringList { u"--help"_s });
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).replace(home, u"~"_s);
}

QString escaped(QString text)
{
    text.replace(u'\\', u"\\e"_s);
    // Every dash as the ASCII one: options, and commands such as soft-off, are typed as read.
    text.replace(u'-', u"\\-"_s);
    if (text.startsWith(u'.') || text.startsWith(u'\''))
        text.prepend(u"\\&"_s);
    return text;
}

struct Item
{
    QStringList terms; // one description for several lines of terms: .TP, then .TQ
    QString text;
};

struct Section
{
    QString name;        // empty: the text before the first "Name:" line
    QStringList roff;    // paragraphs and preformatted blocks, already in roff
};

// The column a section's descriptions start in: where its continuation lines start.
int descriptionColumn(const QStringList &lines)
{
    static const QRegularExpression continuation(u"^( {3,})\\S"_s);
    for (const QString &line : lines) {
        if (const auto m = continuation.match(line); m.hasMatch())
            return int(m.capturedLength(1));
    }
    return -1;
}

QList<Section> parse(const QString &help)
{
    static const QRegularExpression header(u"^([A-Z][A-Za-z ]*):$"_s);
    static const QRegularExpression gap(u"\\S(\\s{2,})\\S"_s);
    QList<Section> sections { Section {} };
    const QStringList lines = help.split(u'\n');
    // Split into sections first, so each knows its description column.
    QList<QStringList> bodies { QStringList {} };
    for (const QString &line : std::as_const(lines)) {
        if (const auto m = header.match(line); m.hasMatch()) {
            sections.append(Section { m.captured(1), {} });
            bodies.append(QStringList {});
        } else {
            bodies.last().append(line);
        }
    }
    for (qsizetype s = 0; s < sections.size(); ++s) {
        const int column = descriptionColumn(bodies[s]);
        QList<Item> items;
        QStringList paragraph;
        QStringList preformatted;
        const auto flush = [&] {
            if (!paragraph.isEmpty())
                sections[s].roff.append(u".PP\n"_s + escaped(paragraph.join(u' ')));
            if (!preformatted.isEmpty()) {
                QStringList esc;
                for (const QString &l : std::as_const(preformatted))
                    esc.append(escaped(l));
                sections[s].roff.append(u".PP\n.nf\n"_s + esc.join(u'\n') + u"\n.fi"_s);
            }
            for (const Item &i : std::as_const(items)) {
                QStringList tags;
                for (const QString &term : i.terms)
                    tags.append(u"\\fB"_s + escaped(term) + u"\\fR"_s);
                sections[s].roff.append(u".TP\n"_s + tags.join(u"\n.TQ\n"_s) + u'\n' + escaped(i.text));
            }
            paragraph.clear();
            preformatted.clear();
            items.clear();
        };
        for (const QString &line : std::as_const(bodies[s])) {
            const QString trimmed = line.trimmed();
            if (trimmed.isEmpty()) {
                flush();
            } else if (line.startsWith(u"usage:"_s, Qt::CaseInsensitive) || (!preformatted.isEmpty() && line.startsWith(u' '))) {
                preformatted.append(line);
            } else if (!line.startsWith(u' ')) {
                if (!preformatted.isEmpty() || !items.isEmpty())
                    flush();
                paragraph.append(trimmed);
            } else if (line.startsWith(u"   "_s) && !items.isEmpty()) {
                items.last().text += (items.last().text.isEmpty() ? QString() : u" "_s) + trimmed;
            } else {
                Item item;
                if (column > 2 && line.size() > column && line.at(column - 1) == u' ' && line.at(column) != u' ') {
                    item = { { line.left(column).trimmed() }, line.mid(column).trimmed() };
                } else if (const auto m = gap.match(line, 2); m.hasMatch()) {
                    item = { { line.left(m.capturedStart(1)).trimmed() }, line.mid(m.capturedEnd(1)).trimmed() };
                } else {
                    item = { { trimmed }, {} };
                }
                // Terms on lines of their own share the description that follows them.
                if (!items.isEmpty() && items.last().text.isEmpty()) {
                    items.last().terms += item.terms;
                    items.last().text = item.text;
                } else {
                    items.append(item);
                }
            }
        }
        flush();
    }
    return sections;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (args.size() < 3) {
        err << "usage: crashcart-genman OUT.1 PROGRAM [SEE-ALSO...]\n";
        return 2;
    }
    const QString program = args[2];
    const QString name = QFileInfo(program).fileName();
    QTemporaryDir home;
    const QString top = helpOf(program, {}, home.path());
    if (top.isEmpty()) {
        err << program << " --help failed\n";
        return 1;
    }
    QStringList out;
    out << u".\\\" Made by crashcart-genman from %1 --help: edit the help, not this file."_s.arg(name);
    out << u".TH \"%1\" \"1\" \"\" \"Crashcart %2\" \"User Commands\""_s.arg(name.toUpper(), QStringLiteral(CRASHCART_VERSION));
    out << u".nh"_s << u".ad l"_s; // paths and option names are not to be hyphenated
    // The first line ("Usage: crashcart-cli [options] command") is the synopsis.
    const QList<Section> sections = parse(top.section(u'\n', 1));
    // NAME: the description's first words, up to its first colon or full stop.
    QString summary = top.section(u'\n', 1, 1);
    static const QRegularExpression end(u"[:.]"_s);
    summary = summary.left(summary.indexOf(end)).trimmed();
    out << u".SH NAME"_s << escaped(name) + u" \\- "_s + escaped(summary);
    out << u".SH SYNOPSIS"_s << u".B "_s + escaped(name) << escaped(top.section(u'\n', 0, 0).section(u' ', 2));
    out << u".SH DESCRIPTION"_s << sections.first().roff;
    const auto emitSection = [&](const QString &want, const QString &title) {
        for (const Section &s : sections) {
            if (s.name == want)
                out << u".SH \"%1\""_s.arg(title) << s.roff;
        }
    };
    emitSection(u"Commands"_s, u"COMMANDS"_s);
    emitSection(u"Options"_s, u"OPTIONS"_s);
    // Every command with a --help of its own, in the order the help names them.
    static const QRegularExpression more(u"\\(([a-z]+(?: [a-z]+)?) --help\\)"_s);
    QStringList commands;
    for (auto it = more.globalMatch(top); it.hasNext();) {
        const QString words = it.next().captured(1);
        if (!commands.contains(words))
            commands.append(words);
    }
    if (!commands.isEmpty())
        out << u".SH \"COMMAND OPTIONS\""_s;
    for (const QString &words : std::as_const(commands)) {
        // The parser's own "Usage:" line names the program by its path in the build.
        const QString help = helpOf(program, words.split(u' '), home.path()).replace(program, name + u' ' + words);
        if (help.isEmpty()) {
            // A command whose --help exits non-zero or prints to stderr has no page: say how to fix it.
            err << program << ' ' << words << " --help failed: it must print its usage and options on standard output "
                << "and exit 0 (Cli::helpText in app/cli/clihelp.h)\n";
            return 1;
        }
        out << u".SS \"%1 %2\""_s.arg(escaped(name), words);
        for (const Section &s : parse(help)) {
            if (!s.name.isEmpty())
                out << u".PP\n\\fI%1:\\fR"_s.arg(s.name);
            out << s.roff;
        }
    }
    emitSection(u"Exit status"_s, u"EXIT STATUS"_s);
    emitSection(u"Environment"_s, u"ENVIRONMENT"_s);
    emitSection(u"Files"_s, u"FILES"_s);
    if (args.size() > 3) {
        QStringList refs;
        for (const QString &ref : args.mid(3))
            refs << u"\\fB"_s + escaped(ref.section(u'(', 0, 0)) + u"\\fR("_s + ref.section(u'(', 1);
        out << u".SH \"SEE ALSO\""_s << refs.join(u", "_s);
    }
    QFile file(args[1]);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        err << "cannot write " << args[1] << '\n';
        return 1;
    }
    file.write((out.join(u'\n') + u'\n').toUtf8());
    return 0;
}
