// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../view.h"

#include "savedialog.h"

#include "initrd/editsession.h"

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTreeView;

namespace Crashcart {
class AppSettings;
}

namespace Crashcart::App {

class EntryBrowser;
class EntryFilterProxy;
class EntryPropertiesPane;
class EntryTreeModel;
class InitrdActions;
class PendingChangesPanel;
class SegmentModel;
class TaskProgress;

// The initrd workbench: open an image (off the GUI thread, with Cancel), see its segments and
// its entries as a tree with a filter and a properties pane, edit it (files dragged in,
// folders, symlinks, renames, removals, modes and owners, a binary with its libraries, a
// module with its dependencies) as pending changes, and save them as an overlay or repacked.
class InitrdView final : public View
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InitrdView)

public:
    explicit InitrdView(AppSettings &settings, QWidget *parent = nullptr);
    ~InitrdView() override;

    QString title() const override;
    QString menuTitle() const override;
    QList<QAction *> menuActions() const override;
    QList<QAction *> toolBarActions() const override;
    void saveState() override;
    bool maybeClose() override;

    // Opens on a pool thread (false while another job runs); pending changes are dropped
    // without asking: callers ask first (maybeDiscard()).
    bool openImage(const QString &path);
    // Saves on a pool thread, then shows the saved image.
    bool save(SaveDialog::Kind kind, const QString &output, std::optional<Initrd::Compression> compression,
              bool keepOriginal);
    // Each edit is checked against the image with the earlier changes; a refused one leaves
    // the changes as they were and says why in errorText().
    bool edit(const std::function<Result<void>(Initrd::ChangeSet &)> &change);
    bool addHostFiles(const QStringList &hostPaths, const QString &folder);
    bool undoChange(int index);
    void discardChanges();

    bool hasImage() const { return !m_session.isNull(); }
    const Initrd::Image &image() const { return m_session.image(); }
    const Initrd::ChangeSet &changes() const { return m_session.changes(); }
    // The image with its pending changes; a copy is a snapshot.
    const Initrd::EditSession &session() const { return m_session; }
    bool isBusy() const;
    QString errorText() const;
    QString resultText() const;
    QStringList recentFiles() const { return m_recent; }
    void selectPath(const QString &path);
    QString currentPath() const;

    EntryTreeModel *treeModel() const;
    EntryFilterProxy *filterProxy() const;
    QTreeView *tree() const;
    SegmentModel *segmentModel() const { return m_segments; }
    EntryPropertiesPane *properties() const { return m_properties; }
    QListWidget *pendingList() const;
    QLineEdit *filterEdit() const { return m_filter; }
    TaskProgress *task() const { return m_task; }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QWidget *makeEmptyPage();
    QWidget *makeImagePage();
    QLayout *makeHeader(QWidget *page);
    QTableView *makeSegmentTable(QWidget *page);
    QSplitter *makeSplitters(QWidget *page);
    void connectActions();
    void restoreLayout();
    void updateActions();
    void updateRecentMenu();
    void addRecent(const QString &path);
    void setError(const QString &message);
    void setResult(const QString &message);

    // initrdviewfiles.cpp: opening and saving
    void chooseImage();
    void confirmAndOpen(const QString &path);
    bool maybeDiscard(const QString &question);
    void opened(const QString &path, const Result<Initrd::Image> &image);
    void showSegments();
    void saveWithDialog(SaveDialog::Kind kind);
    void saved(const Result<Initrd::SaveReport> &report);

    // initrdviewedit.cpp: making pending changes and showing them
    bool changeSession(const std::function<Result<void>(Initrd::EditSession &)> &change);
    void showSession();
    void showCurrent();
    void showContextMenu(const QPoint &globalPos);
    void addFilesDialog();
    void addFolderDialog();
    void newFolder();
    void newSymlink();
    void renameCurrent();
    void removeSelected();
    void changeModeOwner();
    void addBinary();
    void addModule();
    void applyDepPlan(const Initrd::DepPlan &plan);
    void undoSelected();
    void confirmDiscardAll();

    AppSettings &m_settings;
    Initrd::EditSession m_session;
    QStringList m_recent;

    std::unique_ptr<InitrdActions> m_actions;
    TaskProgress *m_task = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_result = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_recentTitle = nullptr;
    QListWidget *m_recentList = nullptr;
    QLabel *m_pathLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QLineEdit *m_filter = nullptr;
    SegmentModel *m_segments = nullptr;
    QTableView *m_segmentTable = nullptr;
    EntryBrowser *m_browser = nullptr;
    EntryPropertiesPane *m_properties = nullptr;
    PendingChangesPanel *m_pending = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_sideSplitter = nullptr;
};

} // namespace Crashcart::App
