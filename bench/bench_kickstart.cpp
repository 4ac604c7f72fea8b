// SPDX-License-Identifier: GPL-3.0-or-later
// The kickstart editor at size: a generated 5,000-line kickstart, mostly %post shell. How
// long highlighting all of it takes, a keystroke (edit one line, rehighlight), and linting
// without scripts (what runs as you type before ShellCheck). Medians, milliseconds.
#include "kickstart/kickstarthighlighter.h"

#include "kickstart/commandtable.h"
#include "kickstart/linter.h"
#include "kickstart/templatelinter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPlainTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextStream>

#include <algorithm>

using namespace Crashcart;
using namespace Crashcart::App;
using namespace Crashcart::Kickstart;

namespace {

QByteArray makeKickstart(int lines)
{
    QByteArray ks = "lang en_US.UTF-8\nkeyboard us\ntimezone UTC --utc\nrootpw --iscrypted $6$abc$def\n"
                    "network --bootproto=dhcp --hostname={{ host.name }}\nbootloader --location=mbr\n"
                    "clearpart --all --initlabel\nautopart --type=lvm\ntext\nreboot\n"
                    "%packages --ignoremissing\n@^minimal-environment\n@core\n-plymouth\nvim-enhanced\ncurl\n%end\n"
                    "%pre --log=/tmp/pre.log\nset -eu\necho \"pre $(date)\"\n%end\n"
                    "%post --interpreter=/usr/bin/python3\nimport os\nprint('hello')  # done\n%end\n";
    int n = int(ks.count('\n'));
    int section = 0;
    while (n < lines - 1) {
        ks += "%post --log=/root/post" + QByteArray::number(section++) + ".log\n";
        ++n;
        for (int i = 0; i < 96 && n < lines - 1; ++i, ++n) {
            switch (i % 6) {
            case 0: ks += "# step " + QByteArray::number(n) + ": configure things\n"; break;
            case 1: ks += "if [ -d \"/etc/app$i\" ]; then\n"; break;
            case 2: ks += "    sed -i -e 's/^#\\(Port\\).*/\\1 22/' \"${CONF:-/etc/ssh/sshd_config}\" || exit 1\n"; break;
            case 3: ks += "fi\n"; break;
            case 4: ks += "for f in /etc/profile.d/*.sh; do echo \"$f\" >> /root/list.txt; done\n"; break;
            default: ks += "curl -fsS -m 10 '{{ server.url }}/api/install/{{ install.token }}/progress' || true\n"; break;
            }
        }
        ks += "%end\n";
        ++n;
    }
    return ks;
}

template<typename F>
QList<double> times(int runs, F &&f)
{
    QList<double> out;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f(i);
        out.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(out.begin(), out.end());
    return out;
}

double median(const QList<double> &sorted) { return sorted.at(sorted.size() / 2); }

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QByteArray ks = makeKickstart(5000);
    const QString text = QString::fromUtf8(ks);
    QTextStream out(stdout);
    out << "bench_kickstart: " << ks.count('\n') << " lines, " << ks.size() << " bytes\n\n";

    // Full highlight: the text is in place, the highlighter goes over every block.
    QTextDocument doc;
    doc.setDocumentLayout(new QPlainTextDocumentLayout(&doc));
    doc.setPlainText(text);
    KickstartHighlighter highlighter(&doc);
    const auto full = times(7, [&](int) { highlighter.rehighlight(); });

    // A keystroke: a character typed into a %post line, as QPlainTextEdit would insert it.
    const auto keystroke = times(201, [&](int i) {
        QTextCursor c(doc.findBlockByNumber(100 + (i * 97) % 4800));
        c.movePosition(QTextCursor::EndOfBlock);
        c.insertText(QStringLiteral("x"));
    });
    // The worst keystroke: a header edit changes what the following lines are.
    const int header = int(text.left(text.indexOf(QLatin1String("%post --log=/root/post10.log"))).count(u'\n'));
    const auto headerKey = times(21, [&](int i) {
        QTextCursor c(doc.findBlockByNumber(header));
        c.movePosition(QTextCursor::StartOfBlock);
        if (i % 2 == 0)
            c.insertText(QStringLiteral("#"));
        else
            c.deleteChar();
    });

    const Linter linter(*CommandTable::forRelease(QStringLiteral("RHEL9")));
    LintOptions noScripts;
    noScripts.checkScripts = false;
    const auto lint = times(7, [&](int) { (void)linter.lint(ks, noScripts); });
    const auto lintTemplated = times(7, [&](int) {
        (void)lintTemplate(ks, linter, placeholderVariables(), {}, noScripts);
    });

    const auto row = [&out](const char *what, const QList<double> &t, double target) {
        out << QString::fromLatin1(what).leftJustified(46) << QString::number(median(t), 'f', 2).rightJustified(10)
            << QString::number(t.last(), 'f', 2).rightJustified(10)
            << (target > 0 ? QString::number(target, 'f', 0).rightJustified(8) : QStringLiteral("       -"))
            << (target > 0 ? (median(t) < target ? QStringLiteral("  ok") : QStringLiteral("  SLOW")) : QString()) << '\n';
    };
    out << QStringLiteral("measure").leftJustified(46) << QStringLiteral("median ms").rightJustified(10)
        << QStringLiteral("max ms").rightJustified(10) << QStringLiteral("target").rightJustified(8) << '\n';
    row("highlight all 5,000 lines", full, 100);
    row("keystroke in a %post line (+rehighlight)", keystroke, 10);
    row("keystroke on a %post header (whole section)", headerKey, 10);
    row("lint without scripts", lint, 0);
    row("lint template (render + lint + map lines)", lintTemplated, 0);
    out << "\n(lint found " << linter.lint(ks, noScripts).size() << " findings; the template lint "
        << lintTemplate(ks, linter, placeholderVariables(), {}, noScripts).size() << ")\n";
    out.flush();
    return 0;
}
