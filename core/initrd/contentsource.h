// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal: hands the writer the content of each entry it writes, reading the image in one
// forward pass. Contents asked for out of that order (renamed files, a content written twice)
// are copied first into a spool file beside the output, in one extra pass.

#include "initrd/changeplan.h"
#include "initrd/cpioreader.h"
#include "initrd/image.h"

#include <QFile>
#include <QHash>
#include <QTemporaryFile>

#include <memory>

namespace Crashcart::Initrd {

class ContentSource
{
public:
    using Sink = std::function<Result<void>(QByteArrayView)>;
    using Key = QPair<int, qint64>; // (dataSegment, dataOffset)

    // `progress` hears how far into the image file the reading has come.
    ContentSource(const Image &image, const ChangeSet &changes, qint64 budget, const std::atomic_bool *cancel,
                  Progress progress = {});
    ~ContentSource();
    Q_DISABLE_COPY_MOVE(ContentSource)

    // `order`: the image contents the writer will ask for, in the order it will ask.
    Result<void> prepare(const QList<Key> &order, const QString &spoolFolder);
    // The size the entry's content has now (a host file is measured again).
    Result<qint64> size(const PlannedEntry &planned) const;
    // Exactly `size` bytes of the entry's content into `sink`.
    Result<void> copy(const PlannedEntry &planned, qint64 size, const Sink &sink);

    static bool fromImage(const PlannedEntry &planned);

private:
    Result<void> copyFromStream(const Key &key, qint64 size, const Sink &sink);

    const Image &m_image;
    const ChangeSet &m_changes;
    qint64 m_budget;
    const std::atomic_bool *m_cancel;
    Progress m_progress;
    QFile m_file;
    int m_segment = -1;
    std::unique_ptr<SegmentStream> m_stream;
    std::unique_ptr<CpioReader> m_reader;
    QHash<Key, qint64> m_spooled; // key -> offset in the spool
    std::unique_ptr<QTemporaryFile> m_spool;
};

} // namespace Crashcart::Initrd
