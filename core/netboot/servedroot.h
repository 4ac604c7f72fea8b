// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace Crashcart::Netboot {

// The one place where a name a client sent becomes a file on disk, for TFTP and HTTP
// alike. A name resolves only to a regular, readable file inside the root: components
// ".." (in any spelling the protocol decoded), backslashes, NUL and control characters are
// refused, a leading "/" counts from the root (as tftpd-hpa -s does), and a symlink whose
// target lies outside the root is refused.
class ServedRoot
{
public:
    explicit ServedRoot(const QString &root);

    bool isValid() const { return !m_root.isEmpty(); }
    QString path() const { return m_root; }

    // |name|'s components, checked by the rules above (no folder needed): what image readers
    // use too. Error codes: path.invalid, path.traversal, path.notfile (the root itself).
    static Result<QStringList> cleanName(QByteArrayView name);
    // The canonical path of the file |name| denotes, or why it does not denote one.
    // Error codes: path.invalid, path.traversal, path.notfound, path.notfile, path.outside.
    Result<QString> resolve(QByteArrayView name) const;

private:
    QString m_root; // canonical, without a trailing slash
    QByteArray m_rootName; // m_root in the file system's encoding
};

} // namespace Crashcart::Netboot
