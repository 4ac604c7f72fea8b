// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../view.h"
#include "documentkind.h"

#include "kickstart/commandtable.h"
#include "kickstart/diagnostic.h"
#include "kickstart/hostvariables.h"
#include "kickstart/snippetlibrary.h"

#include <functional>

class QComboBox;
class QFileSystemWatcher;
class QLabel;
class QMenu;
class QTabWidget;
class QTimer;
class QTreeWidget;

namespace Crashcart {
class AppSettings;
class Workspace;
}
namespace Crashcart::Inventory {
class HostRepository;
}

namespace Crashcart::App {

class CodeEditor;
class DiagnosticsRunner;
class FindBar;
class KickstartCompleter;
class KickstartHighlighter;
class KickstartOutline;
class PreseedHighlighter;
class PreviewPane;

// Where kickstarts and their templates are written: the editor with highlighting,
// findings as you type (underlined, in the gutter and in a problems list), completion for
// the chosen release, an outline, a per-host preview, and files saved atomically. A preseed
// (see documentKind) opens here too, with its own highlighter, checker and snippets.
class KickstartView final : public View
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KickstartView)

public:
    KickstartView(Inventory::HostRepository &hosts, const Workspace &workspace, AppSettings &settings,
                  QWidget *parent = nullptr);
    ~KickstartView() override;

    // Where the preview's kickstart says the servers are (see PreviewPane::setEndpointSource).
    void setServerEndpointSource(std::function<Kickstart::ServerEndpoint()> source);

    QString title() const override;
    QString menuTitle() const override;
    QList<QAction *> menuActions() const override;
    QList<QAction *> toolBarActions() const override;
    bool maybeClose() override { return confirmDiscard(); }

    bool openFile(const QString &path);
    // Writes atomically; on failure says why in statusMessage and leaves the text unsaved.
    bool saveTo(const QString &path);
    QString filePath() const { return m_path; }
    bool isModified() const;
    void setProfile(const QString &profile);
    void setRelease(const QString &release);
    QString release() const;
    // Lints now rather than after the typing pause.
    void lintNow();

    CodeEditor *editor() const { return m_editor; }
    KickstartHighlighter *highlighter() const { return m_highlighter; }
    PreseedHighlighter *preseedHighlighter() const { return m_preseedHighlighter; }
    DocumentKind documentKind() const { return m_kind; }
    QTreeWidget *problems() const { return m_problems; }
    KickstartOutline *outline() const { return m_outline; }
    PreviewPane *preview() const { return m_preview; }
    QWidget *changedOnDiskBar() const { return m_changedBar; }
    FindBar *findBar() const { return m_findBar; }
    KickstartCompleter *completer() const { return m_completer; }

Q_SIGNALS:
    void diagnosticsUpdated(bool scriptsChecked);

private:
    void configureWidgets();
    void buildChangedBar();
    void buildLayout();
    void connectSignals();
    void fillProfiles();
    void createActions();
    void newFile();
    void chooseFile();
    bool save();
    bool saveAs();
    bool confirmDiscard();
    void openIncludeAtCursor();
    void openInclude(const QString &path);
    void fileChangedOnDisk(const QString &path);
    void reloadFromDisk();
    void profileChanged();
    void releaseChanged();
    QString distributionRelease(const QString &profile) const;
    void fillSnippetMenu();
    void updatePreview();
    void updateTitle();
    void showDiagnostics(const Kickstart::Diagnostics &diagnostics);
    void setDocumentKind(DocumentKind kind);
    QString baseDirectory() const;

    Inventory::HostRepository &m_hosts;
    AppSettings &m_settings;
    Kickstart::SnippetLibrary m_snippets;
    Kickstart::SnippetLibrary m_preseedSnippets;
    DocumentKind m_kind = DocumentKind::Kickstart;
    QMenu *m_snippetMenu = nullptr;
    Kickstart::CommandTable m_table;
    QString m_path;
    QString m_saveError;
    QByteArray m_onDisk;  // what we last read or wrote, to tell our own writes from others'
    CodeEditor *m_editor = nullptr;
    KickstartHighlighter *m_highlighter = nullptr;
    PreseedHighlighter *m_preseedHighlighter = nullptr;
    KickstartCompleter *m_completer = nullptr;
    FindBar *m_findBar = nullptr;
    KickstartOutline *m_outline = nullptr;
    QTreeWidget *m_problems = nullptr;
    PreviewPane *m_preview = nullptr;
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_profile = nullptr;
    QComboBox *m_release = nullptr;
    QLabel *m_problemCount = nullptr;
    QWidget *m_changedBar = nullptr;
    QFileSystemWatcher *m_watcher = nullptr;
    DiagnosticsRunner *m_runner = nullptr;
    QTimer *m_debounce = nullptr;
    QList<QAction *> m_menuActions;
    QList<QAction *> m_toolBarActions;
};

} // namespace Crashcart::App
