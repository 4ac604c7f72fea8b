// SPDX-License-Identifier: GPL-3.0-or-later
// Opening and saving images, and what to do with unsaved changes.
#include "initrdview.h"

#include "entrybrowser.h"
#include "entrytreeview.h"
#include "segmentmodel.h"
#include "taskprogress.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
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

void InitrdView::confirmAndOpen(const QString &path)
{
    if (maybeDiscard(tr("Open another image?")))
        openImage(path);
}

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
    if (!m_session.hasChanges())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                    tr("%1 The image has %n unsaved change(s).", nullptr, changes().size()).arg(question),
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
        saveWithDialog(m_session.saveKind());
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
    m_session = EditSession(*image);
    m_filter->clear();
    showSegments();
    m_pathLabel->setText(path);
    m_pathLabel->setToolTip(tr("%1 bytes").arg(QLocale().toString(image->fileSize())));
    m_pages->setCurrentIndex(1);
    showSession();
    m_browser->fitColumns();
    m_browser->tree()->expandToDepth(0);
    addRecent(path);
    Q_EMIT statusMessage(tr("Opened %1: %n entries", nullptr, int(m_session.effective().size())).arg(path));
}

// The segment table, tall enough for the first few segments.
void InitrdView::showSegments()
{
    const QList<Segment> &segments = image().segments();
    m_segments->setSegments(segments);
    m_segmentTable->resizeRowsToContents();
    int height = m_segmentTable->horizontalHeader()->sizeHint().height() + 2 * m_segmentTable->frameWidth();
    for (int row = 0; row < std::min<int>(int(segments.size()), kSegmentRows); ++row)
        height += m_segmentTable->rowHeight(row);
    m_segmentTable->setFixedHeight(height);
}

void InitrdView::saveWithDialog(SaveDialog::Kind kind)
{
    if (!hasImage() || isBusy() || !m_session.hasChanges())
        return;
    if (kind == SaveDialog::Kind::Overlay && m_session.saveKind() == SaveDialog::Kind::Repack) {
        QMessageBox::information(this, tr("Save as Overlay"),
                                 tr("An overlay can only add and change entries: the kernel unpacks it over the "
                                    "original. Removals and renames need a repacked image."));
        kind = SaveDialog::Kind::Repack;
    }
    SaveDialog dialog(kind, suggestedOutput(image().path()), m_session.defaultCompression(kind), changes().size(), this);
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
    const EditSession session = m_session;
    SaveOptions options;
    options.output = QFileInfo(output).absoluteFilePath();
    options.keepOriginal = keepOriginal;
    options.compression = compression;
    const QString label = kind == SaveDialog::Kind::Overlay ? tr("Saving an overlay to %1…") : tr("Repacking into %1…");
    return m_task->start(label.arg(QFileInfo(output).fileName()),
                         [this, session, options, kind](const Progress &progress, const std::atomic_bool *cancel) {
                             SaveOptions o = options;
                             o.progress = progress;
                             o.cancel = cancel;
                             auto report = std::make_shared<Result<SaveReport>>(session.save(kind, o));
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
    discardChanges();
    Q_EMIT statusMessage(tr("Saved %1").arg(report->output));
    // Show what was written: the saved image, its new segment included.
    openImage(report->output);
    setResult(text); // after openImage(), which clears it
}

} // namespace Crashcart::App
