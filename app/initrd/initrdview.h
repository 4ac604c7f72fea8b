// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../view.h"

#include "pendingimage.h"
#include "savedialog.h"

#include "initrd/changeset.h"
#include "initrd/depplan.h"
#include "initrd/image.h"
#include "initrd/writer.h"

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTreeView;

namespace Crashcart {
class AppSettings;
}

namespace Crashcart::App {

class EntryFilterProxy;
class EntryPropertiesPane;
class EntryTreeModel;
class EntryTreeView;
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

    bool hasImage() const { return m_image.has_value(); }
    const Initrd::Image &image() const { return *m_image; }
    const Initrd::ChangeSet &changes() const { return m_changes; }
    PendingImage pendingImage() const { return m_pending; }
    bool isBusy() const;
    QString errorText() const;
    QString resultText() const;
    QStringList recentFiles() const { return m_recent; }
    void selectPath(const QString &path);
    QString currentPath() const;

    EntryTreeModel *treeModel() const { return m_model; }
    EntryFilterProxy *filterProxy() const { return m_proxy; }
    QTreeView *tree() const;
    SegmentModel *segmentModel() const { return m_segments; }
    EntryPropertiesPane *properties() const { return m_properties; }
    QListWidget *pendingList() const { return m_pendingList; }
    QLineEdit *filterEdit() const { return m_filter; }
    TaskProgress *task() const { return m_task; }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QWidget *makeEmptyPage();
    QWidget *makeImagePage();
    QWidget *makePendingBox();
    void createActions();
    void updateActions();
    void updateRecentMenu();
    void addRecent(const QString &path);

    // initrdviewfiles.cpp
    void chooseImage();
    bool maybeDiscard(const QString &question);
    void opened(const QString &path, const Result<Initrd::Image> &image);
    void saveWithDialog(SaveDialog::Kind kind);
    void fitColumns();
    void saved(const Result<Initrd::SaveReport> &report);

    // initrdviewedit.cpp
    void commit(const QList<Initrd::Entry> &effective);
    void rebuildTree();
    void refreshPending();
    void showCurrent();
    void widenNameColumn(const QModelIndex &parent);
    void showContextMenu(const QPoint &pos);
    QString targetFolder() const;
    QStringList selectedPaths() const;
    std::optional<Initrd::Entry> currentEntry() const;
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

    void setError(const QString &message);
    void setResult(const QString &message);

    AppSettings &m_settings;
    std::optional<Initrd::Image> m_image;
    Initrd::ChangeSet m_changes;
    QList<Initrd::Entry> m_effective;
    PendingImage m_pending;
    QStringList m_recent;

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
    EntryTreeModel *m_model = nullptr;
    EntryFilterProxy *m_proxy = nullptr;
    EntryTreeView *m_tree = nullptr;
    EntryPropertiesPane *m_properties = nullptr;
    QLabel *m_pendingTitle = nullptr;
    QLabel *m_pendingNote = nullptr;
    QListWidget *m_pendingList = nullptr;
    QPushButton *m_undoButton = nullptr;
    QPushButton *m_discardButton = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_sideSplitter = nullptr;

    QMenu *m_recentMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveOverlayAction = nullptr;
    QAction *m_saveRepackAction = nullptr;
    QAction *m_addFilesAction = nullptr;
    QAction *m_addFolderAction = nullptr;
    QAction *m_newFolderAction = nullptr;
    QAction *m_newSymlinkAction = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_modeAction = nullptr;
    QAction *m_binaryAction = nullptr;
    QAction *m_moduleAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_discardAction = nullptr;
    QList<QAction *> m_menuActions;
    QList<QAction *> m_toolBarActions;
};

} // namespace Crashcart::App
