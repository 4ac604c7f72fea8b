// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentkind.h"

#include "preseed/parser.h"

#include <QFileInfo>
#include <QLoggingCategory>

namespace Crashcart::App {

Q_LOGGING_CATEGORY(lcDocumentKind, "crashcart.app.kickstart.documentkind", QtWarningMsg)

DocumentKind documentKind(const QString &path, const QByteArray &text)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    DocumentKind kind = DocumentKind::Kickstart;
    if (suffix == u"preseed" || suffix == u"seed")
        kind = DocumentKind::Preseed;
    else if (suffix != u"ks" && Preseed::Parser::looksLikePreseed(text))
        kind = DocumentKind::Preseed;
    qCDebug(lcDocumentKind) << path << (kind == DocumentKind::Preseed ? "is a preseed" : "is a kickstart");
    return kind;
}

} // namespace Crashcart::App
