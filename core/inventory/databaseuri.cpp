// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaseuri.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace Crashcart::Inventory {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Inventory::DatabaseUri)
};

// The connection parameters libpq takes in a URI's query; anything else is a typo that libpq
// would refuse with a less helpful message.
const char *const kKnownParameters[] = {
    "host", "hostaddr", "port", "dbname", "user", "connect_timeout", "client_encoding", "options",
    "application_name", "fallback_application_name", "keepalives", "keepalives_idle",
    "keepalives_interval", "keepalives_count", "tcp_user_timeout", "sslmode", "sslcompression",
    "sslcert", "sslkey", "sslrootcert", "sslcrl", "sslcrldir", "sslsni", "requirepeer",
    "ssl_min_protocol_version", "ssl_max_protocol_version", "krbsrvname", "gsslib",
    "gssencmode", "target_session_attrs", "load_balance_hosts", "passfile", "service",
};

Error invalid(const QString &text, const QString &why)
{
    return makeError("db.uri", Tr::tr("'%1' is not a PostgreSQL address: %2. Write it as "
                                      "postgresql://USER@HOST:PORT/DATABASE or postgresql://USER@/DATABASE?host=/run/postgresql")
                                   .arg(text.left(200), why));
}

} // namespace

Result<DatabaseUri> DatabaseUri::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (!trimmed.startsWith(QLatin1String("postgresql://")) && !trimmed.startsWith(QLatin1String("postgres://")))
        return invalid(trimmed, Tr::tr("it does not start with postgresql://"));
    for (const QChar c : trimmed) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.isSpace())
            return invalid(trimmed, Tr::tr("it holds a space or a control character"));
    }
    // Several hosts (host1,host2) are libpq's failover list; one server is what Crashcart knows.
    const QString authority = trimmed.section(u'/', 2, 2);
    if (authority.contains(u','))
        return invalid(trimmed, Tr::tr("it names several servers"));
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return invalid(trimmed, url.errorString());
    if (!url.password().isEmpty() || authority.section(u'@', 0, -2).contains(u':'))
        return makeError("db.uri.password", Tr::tr("The database address holds a password. Crashcart never keeps one "
                                                   "in its settings or on the command line: put it in ~/.pgpass, or in "
                                                   "the keychain with 'crashcart-cli db password'."));
    if (!url.fragment().isEmpty())
        return invalid(trimmed, Tr::tr("it has a #fragment"));

    DatabaseUri uri;
    uri.m_uri = trimmed;
    uri.m_user = url.userName(QUrl::FullyDecoded);
    uri.m_host = url.host(QUrl::FullyDecoded);
    uri.m_port = url.port(0);
    if (url.port(-1) == 0)
        return invalid(trimmed, Tr::tr("port 0"));
    QString path = url.path(QUrl::FullyDecoded);
    if (path.startsWith(u'/'))
        path.remove(0, 1);
    if (path.contains(u'/'))
        return invalid(trimmed, Tr::tr("the database name holds a '/'"));
    uri.m_database = path;

    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("password"))
            return makeError("db.uri.password", Tr::tr("The database address holds a password. Crashcart never keeps one "
                                                       "in its settings or on the command line: put it in ~/.pgpass, or in "
                                                       "the keychain with 'crashcart-cli db password'."));
        if (std::none_of(std::begin(kKnownParameters), std::end(kKnownParameters),
                         [&key](const char *known) { return key == QLatin1String(known); }))
            return invalid(trimmed, Tr::tr("libpq knows no parameter '%1'").arg(key.left(64)));
        if (key == QLatin1String("host"))
            uri.m_host = value;
        else if (key == QLatin1String("user"))
            uri.m_user = value;
        else if (key == QLatin1String("dbname"))
            uri.m_database = value;
        else if (key == QLatin1String("port")) {
            bool ok = false;
            const int port = value.toInt(&ok);
            if (!ok || port < 1 || port > 65535)
                return invalid(trimmed, Tr::tr("the port '%1' is not a number from 1 to 65535").arg(value.left(16)));
            uri.m_port = port;
        }
        // Qt's driver separates parameters with ';'.
        if (value.contains(u';'))
            return invalid(trimmed, Tr::tr("the value of '%1' holds a ';'").arg(key.left(64)));
        uri.m_parameters.append({ key, value });
    }
    return uri;
}

bool DatabaseUri::hasParameter(const QString &name) const
{
    return std::any_of(m_parameters.cbegin(), m_parameters.cend(), [&name](const auto &p) { return p.first == name; });
}

QList<std::pair<QString, QString>> DatabaseUri::options() const
{
    QList<std::pair<QString, QString>> out;
    for (const auto &p : m_parameters) {
        if (p.first != QLatin1String("host") && p.first != QLatin1String("port") && p.first != QLatin1String("user")
            && p.first != QLatin1String("dbname"))
            out.append(p);
    }
    return out;
}

QString DatabaseUri::display() const
{
    QString out;
    if (!m_user.isEmpty())
        out += m_user + u'@';
    out += m_host.isEmpty() ? QStringLiteral("localhost") : m_host;
    if (m_port != 0)
        out += u':' + QString::number(m_port);
    return out + u'/' + m_database;
}

DatabaseUri DatabaseUri::withDatabase(const QString &name) const
{
    QUrl url(m_uri);
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("dbname"));
    url.setQuery(query);
    url.setPath(u'/' + name);
    DatabaseUri out = *this;
    out.m_uri = url.toString(QUrl::FullyEncoded);
    out.m_database = name;
    out.m_parameters.removeIf([](const auto &p) { return p.first == QLatin1String("dbname"); });
    return out;
}

} // namespace Crashcart::Inventory
