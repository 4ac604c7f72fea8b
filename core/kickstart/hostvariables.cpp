// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostvariables.h"

#include <QRandomGenerator>

namespace Crashcart::Kickstart {

namespace {

// Empty fields become null: "not set for this host" rather than an empty string.
QString orNull(const QString &s) { return s.isEmpty() ? QString() : s; }

} // namespace

TemplateVariables hostVariables(const HostFacts &host, const ServerEndpoint &server, const QString &token)
{
    TemplateVariables v;
    const QString mac = host.mac.toString();
    v.values.insert(QStringLiteral("host.name"), orNull(host.name));
    v.values.insert(QStringLiteral("host.mac"), orNull(mac));
    v.values.insert(QStringLiteral("host.mac_dashes"), orNull(QString(mac).replace(u':', u'-')));
    v.values.insert(QStringLiteral("host.ip"), orNull(host.ip));
    v.values.insert(QStringLiteral("host.bootproto"), host.ip.isEmpty() ? QStringLiteral("dhcp") : QStringLiteral("static"));
    v.values.insert(QStringLiteral("host.profile"), orNull(host.profile));
    v.values.insert(QStringLiteral("host.bmc_address"), orNull(host.bmcAddress));
    v.values.insert(QStringLiteral("host.bmc_type"), orNull(host.bmcType));
    QStringList plain;
    for (const QString &tag : host.tags) {
        const qsizetype eq = tag.indexOf(u'=');
        const QString key = eq < 0 ? tag : tag.left(eq);
        if (eq < 0)
            plain.append(tag);
        v.values.insert(u"tag." + key, eq < 0 ? QStringLiteral("true") : tag.mid(eq + 1));
        v.values.insert(u"has." + key, QStringLiteral("true"));
    }
    v.values.insert(QStringLiteral("host.tags"), plain.join(u' '));
    v.values.insert(QStringLiteral("server.address"), orNull(server.address));
    v.values.insert(QStringLiteral("server.http_port"), QString::number(server.httpPort));
    v.values.insert(QStringLiteral("server.tftp_port"), QString::number(server.tftpPort));
    QString url;
    if (!server.address.isEmpty()) {
        const QString address = server.address.contains(u':') ? u'[' + server.address + u']' : server.address;
        url = u"http://" + address + (server.httpPort == 80 ? QString() : u':' + QString::number(server.httpPort));
    }
    v.values.insert(QStringLiteral("server.url"), url);
    v.values.insert(QStringLiteral("install.token"), orNull(token));
    return v;
}

QString newInstallToken()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex());
}

} // namespace Crashcart::Kickstart
