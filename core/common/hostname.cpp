// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostname.h"

#include "ipaddress.h"

#include <QCoreApplication>

namespace Crashcart::Hostname {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Hostname)
};

bool isLabelChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-';
}

Error bad(QStringView text, const QString &why)
{
    return makeError("hostname.syntax",
                     Tr::tr("'%1' is not a valid host name: %2").arg(text.left(80).toString(), why));
}

} // namespace

Result<QString> normalize(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return makeError("hostname.empty", Tr::tr("The host name is empty"));
    QString name = text.toString().toLower();
    if (name.endsWith(u'.'))
        name.chop(1);
    if (name.size() > 253)
        return bad(text, Tr::tr("longer than 253 characters"));
    if (IpAddress::looksLikeIpv4(name))
        return bad(text, Tr::tr("it is an IP address"));

    const auto labels = QStringView(name).split(u'.');
    for (QStringView label : labels) {
        if (label.isEmpty())
            return bad(text, Tr::tr("it has an empty label"));
        if (label.size() > 63)
            return bad(text, Tr::tr("the label '%1' is longer than 63 characters").arg(label.left(63).toString()));
        for (QChar c : label) {
            if (!isLabelChar(c)) {
                return bad(text, Tr::tr("'%1' is not allowed (a label holds letters a-z, digits and '-'; dots separate labels)")
                                     .arg(c.isPrint() ? QString(c) : QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0'))));
            }
        }
        if (label.startsWith(u'-') || label.endsWith(u'-'))
            return bad(text, Tr::tr("a label cannot start or end with '-'"));
    }
    return name;
}

} // namespace Crashcart::Hostname
