// SPDX-License-Identifier: GPL-3.0-or-later
// Opening and saving images, and what to do with unsaved changes.
#include "initrdview.h"

#include "entrytreemodel.h"
#include "entrytreeview.h"
#include "segmentmodel.h"
#include "taskprogress.h"

#include "initrd/writer.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>

#include <memory>

namespace Crashcart::App {

using namespace Crashcart::Initrd;

namespace {

constexpr int kSegmentRows = 4; // shown without scrolling

// The compression a save uses by default: the last compressed segment's (the main one).
Compression mainCompression(const Image &image)
{
    for (auto it = image.segments().crbegin(); it != image.segments().crend(); ++it) {
        if (it->compression != Compression::None)
            return it->compression;
    }
    return Compression::None;
}

// Beside the image, unless its folder is not ours to write (/boot, /usr/lib/...): a new file,
// so that saving never replaces a system's image unless the user picks it.
QString suggestedOutput(const QString &imagePath)
{
    const QFileInfo info(imagePath);
    const QString name = info.fileName();
    QString base = name;
    QString suffix;
    for (const QLatin1String known : { QLatin1String(".gz"), QLatin1String(".xz"), QLatin1String(".zst"),
                                       QLatin1String(".lz4"), QLatin1String(".bz2"), QLatin1String(".lzma"),
                                       QLatin1String(".cpio"), QLatin1String(".img") }) {
        if (name.endsWith(known) && name.size() > known.size()) {
            base = name.chopped(known.size());
            suffix = known;
            break;
        }
    }
    QString folder = info.absolutePath();
    if (!QFileInfo(folder).isWritable())
        folder = QDir::homePath();
    return QDir(folder).filePath(InitrdView::tr("%1-custom%2", "the suggested name of a saved image").arg(base, suffix));
}

} // namespace

void InitrdView::chooseImage()
{
    if (isBusy() || !maybeDiscard(tr("Open another image?")))
        return;
    const QString start = m_recent.isEmpty() ? QStringLiteral("/boot") : QFileInfo(m_recent.first()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Initrd Image"), start,
        tr("Initrd images (initrd* initramfs* *.img *.gz *.xz *.lzma *.zst *.lz4 *.bz2 *.cpio);;All files (*)"));
    if (!path.isEmpty())
        openImage(path);
}

bool InitrdView::maybeDiscard(const QString &question)
{
    if (m_changes.isEmpty())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                    tr("%1 The image has %n unsaved change(s).", nullptr, m_changes.size()).arg(question),
                    QMessageBox::NoButton, this);
    QPushButton *saveButton = box.addButton(tr("&Save…"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(tr("&Discard Changes"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(saveButton);
    box.exec();
    if (box.clickedButton() == discard) {
        discardChanges();
        return true;
    }
    if (box.clickedButton() == saveButton) // saving runs in the background: ask again afterwards
        saveWithDialog(m_changes.needsRepack() ? SaveDialog::Kind::Repack : SaveDialog::Kind::Overlay);
    return false;
}

bool InitrdView::maybeClose()
{
    if (isBusy()) {
        const auto answer = QMessageBox::question(this, tr("Image Job Running"),
                                                  tr("An image is being opened or saved. Cancel it and close? "
                                                     "A cancelled save leaves the file as it was."),
                                                  QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return false;
        m_task->cancel();
    }
    return maybeDiscard(tr("Close anyway?"));
}

bool InitrdView::openImage(const QString &path)
{
    if (isBusy())
        return false;
    setError({});
    setResult({});
    const QString absolute = QFileInfo(path).absoluteFilePath();
    return m_task->start(tr("Opening %1…").arg(QFileInfo(path).fileName()),
                         [this, absolute](const Progress &progress, const std::atomic_bool *cancel) {
                             OpenOptions options;
                             options.progress = progress;
                             options.cancel = cancel;
                             auto image = std::make_shared<Result<Image>>(Image::open(absolute, options));
                             return [this, absolute, image] { opened(absolute, *image); };
                         });
}

void InitrdView::opened(const QString &path, const Result<Image> &image)
{
    if (!image) {
        if (image.error().code == QLatin1String("initrd.cancelled"))
            Q_EMIT statusMessage(tr("Opening %1 cancelled.").arg(path));
        else
            setError(tr("Cannot open the image. %1").arg(image.error().message));
        updateActions();
        return;
    }
    m_image = *image;
    m_changes.clear();
    m_filter->clear();
    m_segments->setSegments(m_image->segments());
    m_segmentTable->resizeRowsToContents();
    int height = m_segmentTable->horizontalHeader()->sizeHint().height() + 2 * m_segmentTable->frameWidth();
    for (int row = 0; row < std::min<int>(int(m_image->segments().size()), kSegmentRows); ++row)
        height += m_segmentTable->rowHeight(row);
    m_segmentTable->setFixedHeight(height);
    m_pathLabel->setText(path);
    m_pathLabel->setToolTip(tr("%1 bytes").arg(QLocale().toString(m_image->fileSize())));
    m_pages->setCurrentIndex(1);
    commit(m_image->effective());
    fitColumns();
    m_tree->expandToDepth(0);
    addRecent(path);
    Q_EMIT statusMessage(tr("Opened %1: %n entries", nullptr, int(m_effective.size())).arg(path));
}

void InitrdView::fitColumns()
{
    // Wide enough for the longest value each short column can hold, measured in the current
    // font and language; the name and the link target keep the width the user gave them.
    const QFontMetrics metrics = m_tree->fontMetrics();
    const int margin = metrics.averageCharWidth() * 3;
    QStringList types;
    for (const EntryType type : { EntryType::File, EntryType::Directory, EntryType::Symlink, EntryType::HardLink,
                                  EntryType::Fifo, EntryType::Socket })
        types << typeDisplayName(type);
    types << EntryTreeModel::tr("%1 %2:%3").arg(typeDisplayName(EntryType::BlockDevice)).arg(8).arg(0)
          << EntryTreeModel::tr("%1 %2:%3").arg(typeDisplayName(EntryType::CharDevice)).arg(5).arg(1);
    const QLocale locale;
    const QHash<int, QStringList> samples = {
        { EntryTreeModel::Type, types },
        { EntryTreeModel::Mode, { QStringLiteral("drwxrwxrwx 7777"), QStringLiteral("-rwsrwsrwt 7777") } },
        { EntryTreeModel::Owner, { QStringLiteral("65534:65534") } },
        { EntryTreeModel::Size, { locale.formattedDataSize(1023 * 1024 + 1000, 1, QLocale::DataSizeTraditionalFormat),
                                  locale.formattedDataSize(1000, 1, QLocale::DataSizeTraditionalFormat) } },
        { EntryTreeModel::Modified, { QStringLiteral("2088-08-28 08:28") } },
        { EntryTreeModel::Segment, { EntryTreeModel::tr("new"), QStringLiteral("88") } },
        { EntryTreeModel::Pending, { EntryTreeModel::stateText(EntryState::Added), EntryTreeModel::stateText(EntryState::Modified) } },
    };
    for (auto it = samples.cbegin(); it != samples.cend(); ++it) {
        int width = m_tree->header()->sectionSizeHint(it.key());
        for (const QString &text : it.value())
            width = std::max(width, metrics.horizontalAdvance(text) + margin);
        m_tree->header()->resizeSection(it.key(), width);
    }
}

void InitrdView::saveWithDialog(SaveDialog::Kind kind)
{
    if (!hasImage() || isBusy() || m_changes.isEmpty())
        return;
    if (kind == SaveDialog::Kind::Overlay && m_changes.needsRepack()) {
        QMessageBox::information(this, tr("Save as Overlay"),
                                 tr("An overlay can only add and change entries: the kernel unpacks it over the "
                                    "original. Removals and renames need a repacked image."));
        kind = SaveDialog::Kind::Repack;
    }
    const Compression current = kind == SaveDialog::Kind::Overlay && mainCompression(*m_image) == Compression::None
                                    ? Compression::Xz
                                    : mainCompression(*m_image);
    SaveDialog dialog(kind, suggestedOutput(m_image->path()), current, m_changes.size(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    save(kind, dialog.output(), dialog.compression(), dialog.keepOriginal());
}

bool InitrdView::save(SaveDialog::Kind kind, const QString &output, std::optional<Compression> compression,
                      bool keepOriginal)
{
    if (!hasImage() || isBusy())
        return false;
    setError({});
    setResult({});
    const Image image = *m_image;
    const ChangeSet changes = m_changes;
    SaveOptions options;
    options.output = QFileInfo(output).absoluteFilePath();
    options.keepOriginal = keepOriginal;
    options.compression = compression;
    const QString label = kind == SaveDialog::Kind::Overlay ? tr("Saving an overlay to %1…") : tr("Repacking into %1…");
    return m_task->start(label.arg(QFileInfo(output).fileName()),
                         [this, image, changes, options, kind](const Progress &progress,
                                                                       const std::atomic_bool *cancel) {
                             SaveOptions o = options;
                             o.progress = progress;
                             o.cancel = cancel;
                             auto report = std::make_shared<Result<SaveReport>>(
                                 kind == SaveDialog::Kind::Overlay ? saveOverlay(image, changes, o)
                                                                   : saveRepack(image, changes, o));
                             return [this, report] { saved(*report); };
                         });
}

void InitrdView::saved(const Result<SaveReport> &report)
{
    if (!report) {
        if (report.error().code == QLatin1String("initrd.cancelled"))
            setError(tr("Saving cancelled; nothing was written."));
        else
            setError(tr("Not saved: %1").arg(report.error().message));
        updateActions();
        return;
    }
    const QLocale locale;
    const auto size = [&locale](qint64 bytes) {
        return tr("%1 (%2 bytes)").arg(locale.formattedDataSize(bytes, 2, QLocale::DataSizeTraditionalFormat),
                                       locale.toString(bytes));
    };
    QString text = tr("Saved %1. Size before: %2; after: %3.")
                       .arg(report->output, size(report->sizeBefore), size(report->sizeAfter));
    if (!report->backup.isEmpty())
        text += u' ' + tr("The previous file is kept as %1.").arg(report->backup);
    m_changes.clear();
    commit(m_image->effective());
    Q_EMIT statusMessage(tr("Saved %1").arg(report->output));
    // Show what was written: the saved image, its new segment included.
    openImage(report->output);
    setResult(text); // after openImage(), which clears it
}

} // namespace Crashcart::App
