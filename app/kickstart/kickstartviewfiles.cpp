// SPDX-License-Identifier: GPL-3.0-or-later
// KickstartView's actions and file handling: new, open, save (atomically), %include.
#include "kickstartview.h"

#include "codeeditor.h"
#include "findbar.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLoggingCategory>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QTextBlock>

namespace Crashcart::App {

Q_LOGGING_CATEGORY(lcKickstartFiles, "crashcart.app.kickstart.files", QtWarningMsg)

namespace {

const char *const kStarter = "# Crashcart kickstart template: {{ host.name }} and friends are filled in per host.\n"
                             "lang en_US.UTF-8\n"
                             "keyboard us\n"
                             "timezone UTC --utc\n"
                             "rootpw --lock\n"
                             "network --bootproto={{ host.bootproto }} --hostname={{ host.name | default \"localhost\" }}\n"
                             "text\n"
                             "reboot\n"
                             "\n"
                             "{{> progress-start }}\n"
                             "{{> hwcheck }}\n"
                             "\n"
                             "%packages\n"
                             "@^minimal-environment\n"
                             "%end\n"
                             "\n"
                             "{{> progress-done }}\n";

} // namespace

void KickstartView::createActions()
{
    const auto make = [this](const QString &text, const QKeySequence &key, auto slot) {
        auto *a = new QAction(text, this);
        a->setShortcut(key);
        // Only while the view has focus: the hosts view has its own Ctrl+N and friends.
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        connect(a, &QAction::triggered, this, slot);
        m_menuActions.append(a);
        return a;
    };
    auto *newAction = make(tr("&New Template"), QKeySequence(), [this] {
        if (confirmDiscard())
            newFile();
    });
    auto *open = make(tr("&Open…"), QKeySequence::Open, [this] { chooseFile(); });
    auto *save = make(tr("&Save"), QKeySequence::Save, [this] { this->save(); });
    make(tr("Save &As…"), QKeySequence::SaveAs, [this] { saveAs(); });
    m_menuActions.append(nullptr);
    auto *undo = make(tr("&Undo"), QKeySequence::Undo, [this] { m_editor->undo(); });
    auto *redo = make(tr("&Redo"), QKeySequence::Redo, [this] { m_editor->redo(); });
    undo->setEnabled(false);
    redo->setEnabled(false);
    connect(m_editor, &QPlainTextEdit::undoAvailable, undo, &QAction::setEnabled);
    connect(m_editor, &QPlainTextEdit::redoAvailable, redo, &QAction::setEnabled);
    make(tr("&Find and Replace…"), QKeySequence::Find, [this] { m_findBar->open(); });
    make(tr("Find &Next"), QKeySequence::FindNext, [this] { m_findBar->findNext(); });
    m_menuActions.append(nullptr);
    make(tr("Open %&include at Cursor"), QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { openIncludeAtCursor(); });
    m_snippetMenu = new QMenu(tr("Insert &Snippet"), this);
    m_snippetMenu->setToolTipsVisible(true);
    fillSnippetMenu();
    m_menuActions.append(m_snippetMenu->menuAction());
    m_toolBarActions = { newAction, open, save };
}

// The snippets of the open document's kind: kickstart sections, or preseed commands.
void KickstartView::fillSnippetMenu()
{
    if (!m_snippetMenu)
        return;
    m_snippetMenu->clear();
    const Kickstart::SnippetLibrary &library = m_kind == DocumentKind::Preseed ? m_preseedSnippets : m_snippets;
    for (const auto &s : library.snippets()) {
        QAction *a = m_snippetMenu->addAction(s.name, this, [this, name = s.name] {
            QTextCursor c = m_editor->textCursor();
            c.movePosition(QTextCursor::StartOfBlock);
            c.insertText(u"{{> " + name + u" }}\n");
        });
        a->setToolTip(s.summary);
        a->setStatusTip(s.summary);
    }
}

void KickstartView::newFile()
{
    if (!m_path.isEmpty())
        m_watcher->removePath(m_path);
    m_path.clear();
    m_onDisk.clear();
    m_changedBar->hide();
    setDocumentKind(DocumentKind::Kickstart);
    m_editor->setPlainText(QString::fromUtf8(kStarter));
    m_editor->document()->setModified(false);
    updateTitle();
    lintNow();
}

void KickstartView::chooseFile()
{
    if (!confirmDiscard())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Kickstart"), baseDirectory(),
                                                      tr("Kickstart and preseed files (*.ks *.cfg *.ks.in *.preseed *.seed);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool KickstartView::save()
{
    if (m_path.isEmpty())
        return saveAs();
    if (saveTo(m_path))
        return true;
    QMessageBox::warning(this, tr("Save Kickstart"), m_saveError);
    return false;
}

bool KickstartView::saveAs()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Kickstart"), m_path.isEmpty() ? baseDirectory() : m_path,
                                                      tr("Kickstart and preseed files (*.ks *.cfg *.ks.in *.preseed *.seed);;All files (*)"));
    if (path.isEmpty())
        return false;
    if (saveTo(path))
        return true;
    QMessageBox::warning(this, tr("Save Kickstart"), m_saveError);
    return false;
}

bool KickstartView::saveTo(const QString &path)
{
    const QByteArray bytes = m_editor->toPlainText().toUtf8();
    // QSaveFile writes a temporary file and renames it over the old one on commit: a crash
    // or a full disk leaves the old file whole, never half of the new one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_saveError = tr("Cannot save %1: %2").arg(path, file.errorString());
        Q_EMIT statusMessage(m_saveError);
        return false;
    }
    if (!m_path.isEmpty())
        m_watcher->removePath(m_path);
    m_path = QFileInfo(path).absoluteFilePath();
    m_onDisk = bytes;
    // The rename gave the path a new inode: watch it afresh.
    m_watcher->addPath(m_path);
    m_changedBar->hide();
    m_editor->document()->setModified(false);
    qCDebug(lcKickstartFiles) << "saved" << m_path << bytes.size() << "bytes";
    updateTitle();
    lintNow(); // relative %include lookups may have moved with the file
    return true;
}

bool KickstartView::confirmDiscard()
{
    if (!isModified())
        return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved Changes"),
                                              tr("The kickstart has changes that are not saved. Save them first?"),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void KickstartView::openIncludeAtCursor()
{
    const QString line = m_editor->textCursor().block().text().trimmed();
    if (!line.startsWith(QLatin1String("%include")) && !line.startsWith(QLatin1String("%ksappend"))) {
        Q_EMIT statusMessage(tr("Put the cursor on a %include line to open its file"));
        return;
    }
    openInclude(line.section(u' ', 1, 1, QString::SectionSkipEmpty));
}

void KickstartView::openInclude(const QString &path)
{
    if (path.isEmpty())
        return;
    const QFileInfo info(QFileInfo(path).isAbsolute() || baseDirectory().isEmpty() ? path : baseDirectory() + u'/' + path);
    if (!info.isFile()) {
        // %include /tmp/part.ks is usually written by %pre at install time.
        Q_EMIT statusMessage(tr("%1 does not exist here; a %pre script may write it during the install").arg(info.filePath()));
        return;
    }
    if (confirmDiscard())
        openFile(info.absoluteFilePath());
}

} // namespace Crashcart::App
