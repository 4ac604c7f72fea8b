// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QFile>
#include <QString>

namespace Crashcart::Initrd {

// Writes `output` atomically: a temporary file in the same folder, fsync, then rename over
// the target (and fsync of the folder). Until commit() the target is untouched; a
// destroyed, uncommitted SaveFile removes its temporary file. A process killed midway
// leaves at most a hidden ".NAME.crashcart-XXXXXX" beside an intact original.
class SaveFile
{
public:
    explicit SaveFile(QString output);
    ~SaveFile();
    Q_DISABLE_COPY_MOVE(SaveFile)

    Result<void> open();
    QFile &file() { return m_file; }
    QString folder() const;
    // Keeps an existing target as "<output>.orig" (hard link, else copy) unless an .orig is
    // already there. Returns the backup's path, or an empty string.
    Result<QString> commit(bool keepOriginal);

private:
    QString m_output;
    QString m_temp;
    QFile m_file;
    bool m_committed = false;
};

} // namespace Crashcart::Initrd
