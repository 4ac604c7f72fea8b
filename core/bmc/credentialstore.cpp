// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialstore.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCredentials, "crashcart.bmc.credentials")

namespace Crashcart::Bmc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Bmc::CredentialStore)
};

constexpr char kProbeKey[] = "probe";

QString entryKey(const MacAddress &mac)
{
    return QStringLiteral("bmc/") + mac.toString();
}

// Runs |job| to its end on this thread. QtKeychain's jobs report through a signal only.
void runJob(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // never a plain-text file instead of the keychain
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

Error keychainError(const QKeychain::Job &job, const QString &what)
{
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
        return makeError("bmc.keychain",
                         Tr::tr("No keychain service is running (the Secret Service, e.g. GNOME Keyring or KWallet). "
                                "Crashcart keeps BMC passwords only there: start one in this session and try again. (%1)")
                             .arg(job.errorString()));
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return makeError("bmc.keychain.denied",
                         Tr::tr("The keychain refused access to %1: %2").arg(what, job.errorString()));
    default:
        break;
    }
    // QtKeychain reports a missing Secret Service (or session bus) as OtherError with D-Bus's
    // words.
    const QString text = job.errorString();
    if (text.contains(QLatin1String("org.freedesktop.secrets")) || text.contains(QLatin1String("ServiceUnknown"))
        || text.contains(QLatin1String("DBus")) || text.contains(QLatin1String("D-Bus"))
        || text.contains(QLatin1String("Could not connect"))) { // no session bus at all
        return makeError("bmc.keychain",
                         Tr::tr("No keychain service is running (the Secret Service, e.g. GNOME Keyring or KWallet). "
                                "Crashcart keeps BMC passwords only there: start one in this session and try again. (%1)")
                             .arg(text));
    }
    return makeError("bmc.keychain", Tr::tr("The keychain could not handle %1: %2").arg(what, text));
}

} // namespace

CredentialStore::CredentialStore(QString service) : m_service(std::move(service)) { }

Result<Credentials> CredentialStore::read(const MacAddress &mac) const
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(entryKey(mac));
    runJob(job);
    if (job.error() == QKeychain::EntryNotFound)
        return Credentials {};
    if (job.error() != QKeychain::NoError)
        return keychainError(job, Tr::tr("the BMC login of %1").arg(mac.toString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(job.textData().toUtf8(), &parseError);
    if (!doc.isObject()) {
        // Never quote the entry: it holds a password.
        return makeError("bmc.keychain", Tr::tr("The keychain entry for the BMC of %1 is damaged; store the login again")
                                             .arg(mac.toString()));
    }
    const QJsonObject object = doc.object();
    return Credentials { object.value(QLatin1String("user")).toString(), object.value(QLatin1String("password")).toString() };
}

Result<void> CredentialStore::write(const MacAddress &mac, const Credentials &credentials)
{
    QJsonObject object;
    object.insert(QLatin1String("user"), credentials.user);
    object.insert(QLatin1String("password"), credentials.password);
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(entryKey(mac));
    job.setTextData(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return keychainError(job, Tr::tr("the BMC login of %1").arg(mac.toString()));
    qCDebug(lcCredentials) << "stored the BMC login of" << mac.toString();
    return {};
}

Result<void> CredentialStore::remove(const MacAddress &mac)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(entryKey(mac));
    runJob(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return keychainError(job, Tr::tr("the BMC login of %1").arg(mac.toString()));
    return {};
}

Result<void> CredentialStore::probe() const
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(QLatin1String(kProbeKey));
    runJob(job);
    if (job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound)
        return {};
    return keychainError(job, Tr::tr("a test entry"));
}

} // namespace Crashcart::Bmc
