// SPDX-License-Identifier: GPL-3.0-or-later
#include "kickstartcompleter.h"

#include "codeeditor.h"
#include "kickstarthighlighter.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QCoreApplication>
#include <QHeaderView>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTextBlock>
#include <QTreeView>

namespace Crashcart::App {

namespace {

// What the commands do, in a line; the command tables say what they accept, not what for.
QString knownDescription(const QString &name)
{
    static const QHash<QString, const char *> descriptions = {
        { QStringLiteral("auth"), QT_TRANSLATE_NOOP("Crashcart::App::KickstartCompleter", "authentication options (old releases)") },
        { QStringLiteral("authselect"), QT_TRANSLATE_NOOP("Crashcart::App::KickstartCompleter", "authentication profile, as authselect") },
        { QStringLiteral("autopart"), QT_TRANSLATE_NOOP("Crashcart::App::KickstartCompleter", "partition the disks automatically") },
        { QStringLiteral("bootloader"), QT_TRANSLATE_NOOP("Crashcart::App::KickstartCompleter", "where and how the boot loader is installed") },
        { QStringLiteral("cdrom"), QT_TRANSLATE_NOOP("Crashcart::App::KickstartCompleter", "install from the first optical drive") },
        { QStringLiteral("clearpart"), QT_TRANSLATE_NOOP("Crashcart::App::KickstartCompleter", "remove partitions before partitioning") },
        { QStringLiteral("cmdline"), QT_TRANSLATE_NOOP("Crashcart::App::KickstartCompleter", "non-interactive command-line install") },
        { QStringLiteral("eula"), QT_TRANSLATE_NOOP("Crashcart::App::KickstartCompleter", "accept the licence agreement") },
        { QStringLiteral("firewall"), QT_TRANSLATE_NOOP("Crashcart::App::KickstartCompleter", "firewall configuration of the installed system") },
        { QStringLiteral("firstboot"), QT_TRANSLATE_NOOP("Crashcart::App::KickstartCompleter", "whether the first-boot setup runs") },
        { QStringLiteral("graphical"), QT_TRANSLATE_NOOP("Crashcart::App::KickstartCompleter", "graphical install") },
        { QStringLiteral("group"), QT_TRANSLATE_NOOP("Crashcart::App::KickstartCompleter", "create a user group") },
        { QStringLiteral("halt"), QT_TRANSLATE_NOOP("Crashcart::App::KickstartCompleter", "halt when the install is done") },
        { QStringLiteral("harddrive"), QT_TRANSLATE_NOOP("Crashcart::App::KickstartCompleter", "install from an image on a local disk") },
        { QStringLiteral("ignoredisk"), QT_TRANSLATE_NOOP("Crashcart::App::KickstartCompleter", "disks the installer must not touch") },
        { QStringLiteral("keyboard"), QT_TRANSLATE_NOOP("Crashcart::App::KickstartCompleter", "keyboard layouts") },
        { QStringLiteral("lang"), QT_TRANSLATE_NOOP("Crashcart::App::KickstartCompleter", "language of the install and the system") },
        { QStringLiteral("logging"), QT_TRANSLATE_NOOP("Crashcart::App::KickstartCompleter", "installer logging, also to a remote host") },
        { QStringLiteral("logvol"), QT_TRANSLATE_NOOP("Crashcart::App::KickstartCompleter", "create an LVM logical volume") },
        { QStringLiteral("mount"), QT_TRANSLATE_NOOP("Crashcart::App::KickstartCompleter", "mount an existing block device") },
        { QStringLiteral("network"), QT_TRANSLATE_NOOP("Crashcart::App::KickstartCompleter", "network interfaces and host name") },
        { QStringLiteral("nfs"), QT_TRANSLATE_NOOP("Crashcart::App::KickstartCompleter", "install from an NFS server") },
        { QStringLiteral("ostreesetup"), QT_TRANSLATE_NOOP("Crashcart::App::KickstartCompleter", "install from an OSTree repository") },
        { QStringLiteral("part"), QT_TRANSLATE_NOOP("Crashcart::App::KickstartCompleter", "create a partition") },
        { QStringLiteral("partition"), QT_TRANSLATE_NOOP("Crashcart::App::KickstartCompleter", "create a partition") },
        { QStringLiteral("poweroff"), QT_TRANSLATE_NOOP("Crashcart::App::KickstartCompleter", "power off when the install is done") },
        { QStringLiteral("raid"), QT_TRANSLATE_NOOP("Crashcart::App::KickstartCompleter", "create a software RAID device") },
        { QStringLiteral("reboot"), QT_TRANSLATE_NOOP("Crashcart::App::KickstartCompleter", "reboot when the install is done") },
        { QStringLiteral("repo"), QT_TRANSLATE_NOOP("Crashcart::App::KickstartCompleter", "an extra package repository") },
        { QStringLiteral("reqpart"), QT_TRANSLATE_NOOP("Crashcart::App::KickstartCompleter", "the partitions the platform requires") },
        { QStringLiteral("rootpw"), QT_TRANSLATE_NOOP("Crashcart::App::KickstartCompleter", "the root password, or locking root") },
        { QStringLiteral("selinux"), QT_TRANSLATE_NOOP("Crashcart::App::KickstartCompleter", "SELinux mode of the installed system") },
        { QStringLiteral("services"), QT_TRANSLATE_NOOP("Crashcart::App::KickstartCompleter", "services to enable or disable") },
        { QStringLiteral("shutdown"), QT_TRANSLATE_NOOP("Crashcart::App::KickstartCompleter", "shut down when the install is done") },
        { QStringLiteral("skipx"), QT_TRANSLATE_NOOP("Crashcart::App::KickstartCompleter", "do not configure X") },
        { QStringLiteral("sshkey"), QT_TRANSLATE_NOOP("Crashcart::App::KickstartCompleter", "an SSH key for a user") },
        { QStringLiteral("sshpw"), QT_TRANSLATE_NOOP("Crashcart::App::KickstartCompleter", "a password for SSH into the installer") },
        { QStringLiteral("text"), QT_TRANSLATE_NOOP("Crashcart::App::KickstartCompleter", "text-mode install") },
        { QStringLiteral("timesource"), QT_TRANSLATE_NOOP("Crashcart::App::KickstartCompleter", "an NTP server or pool") },
        { QStringLiteral("timezone"), QT_TRANSLATE_NOOP("Crashcart::App::KickstartCompleter", "time zone, and whether the clock is UTC") },
        { QStringLiteral("url"), QT_TRANSLATE_NOOP("Crashcart::App::KickstartCompleter", "install from an HTTP, HTTPS or FTP tree") },
        { QStringLiteral("user"), QT_TRANSLATE_NOOP("Crashcart::App::KickstartCompleter", "create a user") },
        { QStringLiteral("volgroup"), QT_TRANSLATE_NOOP("Crashcart::App::KickstartCompleter", "create an LVM volume group") },
        { QStringLiteral("xconfig"), QT_TRANSLATE_NOOP("Crashcart::App::KickstartCompleter", "X Window System settings") },
        { QStringLiteral("zerombr"), QT_TRANSLATE_NOOP("Crashcart::App::KickstartCompleter", "wipe invalid partition tables") },
        { QStringLiteral("%pre"), QT_TRANSLATE_NOOP("Crashcart::App::KickstartCompleter", "script run before the install") },
        { QStringLiteral("%pre-install"), QT_TRANSLATE_NOOP("Crashcart::App::KickstartCompleter", "script run after partitioning, before packages") },
        { QStringLiteral("%post"), QT_TRANSLATE_NOOP("Crashcart::App::KickstartCompleter", "script run after the install") },
        { QStringLiteral("%packages"), QT_TRANSLATE_NOOP("Crashcart::App::KickstartCompleter", "packages, @groups and @^environments") },
        { QStringLiteral("%onerror"), QT_TRANSLATE_NOOP("Crashcart::App::KickstartCompleter", "script run when the install fails") },
        { QStringLiteral("%end"), QT_TRANSLATE_NOOP("Crashcart::App::KickstartCompleter", "ends a section") },
        { QStringLiteral("%include"), QT_TRANSLATE_NOOP("Crashcart::App::KickstartCompleter", "read another kickstart file here") },
    };
    const char *d = descriptions.value(name);
    return d ? QCoreApplication::translate("Crashcart::App::KickstartCompleter", d) : QString();
}

} // namespace

KickstartCompleter::KickstartCompleter(CodeEditor *editor, QObject *parent)
    : QObject(parent), m_editor(editor), m_completer(new QCompleter(this)), m_model(new QStandardItemModel(this))
{
    auto *popup = new QTreeView;
    popup->setHeaderHidden(true);
    popup->setRootIsDecorated(false);
    popup->setUniformRowHeights(true);
    popup->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_completer->setModel(m_model);
    m_completer->setPopup(popup); // takes ownership
    m_completer->setWidget(editor);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &KickstartCompleter::insert);
    m_table = *Kickstart::CommandTable::forRelease(Kickstart::CommandTable::defaultRelease());
}

QString KickstartCompleter::describeCommand(const QString &name, const Kickstart::CommandSpec &spec)
{
    QString text = knownDescription(name);
    if (spec.status == Kickstart::CommandSpec::Status::Deprecated)
        text = tr("deprecated") + (text.isEmpty() ? QString() : u"; " + text);
    if (text.isEmpty())
        text = spec.options.isEmpty() ? tr("command") : tr("command with %n option(s)", nullptr, int(spec.options.size()));
    return text;
}

QString KickstartCompleter::describeOption(const Kickstart::OptionSpec &spec)
{
    QStringList parts;
    if (spec.deprecated)
        parts.append(tr("deprecated"));
    if (spec.required)
        parts.append(tr("required"));
    switch (spec.kind) {
    case Kickstart::OptionSpec::Kind::Flag: parts.append(tr("flag")); break;
    case Kickstart::OptionSpec::Kind::OptionalValue: parts.append(tr("optional value")); break;
    default:
        parts.append(spec.type == 'i' ? tr("takes a number") : spec.type == 'b' ? tr("takes yes or no") : tr("takes a value"));
    }
    if (!spec.choices.isEmpty())
        parts.append(tr("one of %1").arg(spec.choices.join(u", ")));
    if (!spec.preferred.isEmpty())
        parts.append(tr("prefer %1").arg(spec.preferred));
    return parts.join(u"; ");
}

int KickstartCompleter::update(bool force)
{
    const QTextCursor cursor = m_editor->textCursor();
    const QTextBlock block = cursor.block();
    const QString before = block.text().left(cursor.positionInBlock());
    const auto region = KickstartHighlighter::region(block.previous().isValid() ? block.previous().userState() : -1);
    qsizetype start = before.size();
    while (start > 0 && !before[start - 1].isSpace())
        --start;
    m_prefix = before.mid(start);
    const QString head = before.left(start).trimmed();
    const QString command = head.section(u' ', 0, 0, QString::SectionSkipEmpty);

    m_model->clear();
    const auto add = [this](const QString &name, const QString &description) {
        auto *n = new QStandardItem(name);
        n->setToolTip(description);
        auto *d = new QStandardItem(description);
        d->setForeground(m_editor->palette().color(QPalette::PlaceholderText));
        m_model->appendRow({ n, d });
    };
    if (region != KickstartHighlighter::Region::TopLevel && head.isEmpty()) {
        add(QStringLiteral("%end"), knownDescription(QStringLiteral("%end")));
    } else if (region == KickstartHighlighter::Region::TopLevel && head.isEmpty() && !m_prefix.startsWith(u'-')) {
        for (const QString &name : m_table.commandNames()) {
            const auto *spec = m_table.command(name);
            if (spec && spec->status != Kickstart::CommandSpec::Status::Removed)
                add(name, describeCommand(name, *spec));
        }
        for (const QString &name : m_table.sectionNames())
            add(name, knownDescription(name));
        add(QStringLiteral("%include"), knownDescription(QStringLiteral("%include")));
    } else if (!head.isEmpty() && (m_prefix.startsWith(u'-') || force)) {
        const auto *spec = m_table.command(command);
        const auto *section = spec ? nullptr : m_table.section(command);
        const QHash<QString, Kickstart::OptionSpec> *options = spec ? &spec->options : section ? &section->options : nullptr;
        if (options) {
            QStringList names = options->keys();
            names.sort();
            for (const QString &name : std::as_const(names))
                add(name.startsWith(u'-') ? name : u"--" + name, describeOption(options->value(name)));
        }
    }
    m_model->sort(0);
    if (m_model->rowCount() == 0 || (!force && m_prefix.isEmpty())) {
        m_completer->popup()->hide();
        return 0;
    }
    m_completer->setCompletionPrefix(m_prefix);
    const int count = m_completer->completionCount();
    if (count == 0 || (count == 1 && m_completer->currentCompletion() == m_prefix && !force)) {
        m_completer->popup()->hide();
        return count;
    }
    auto *popup = static_cast<QTreeView *>(m_completer->popup());
    popup->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    popup->resizeColumnToContents(0);
    popup->resizeColumnToContents(1);
    QRect rect = m_editor->cursorRect();
    rect.setWidth(std::max(420, popup->columnWidth(0) + popup->columnWidth(1) + popup->verticalScrollBar()->sizeHint().width() + 24));
    m_completer->complete(rect);
    return count;
}

void KickstartCompleter::insert(const QString &completion)
{
    QTextCursor c = m_editor->textCursor();
    c.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, int(m_prefix.size()));
    c.insertText(completion);
    m_editor->setTextCursor(c);
}

} // namespace Crashcart::App
