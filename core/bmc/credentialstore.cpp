// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialstore.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSemaphore>
#include <QThread>

#include <functional>
#include <memory>

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

// What a finished keychain job said.
struct JobResult
{
    QKeychain::Error error = QKeychain::OtherError;
    QString errorString;
    QString text; // a read's secret
};

// Every keychain job runs on one thread of its own, whose event loop always runs. QtKeychain's
// Secret Service backend (libsecret) answers in the main context of the thread that used it
// first: jobs from other threads, each waiting in a local event loop, waited for ever (seen:
// the install pre-flight on a worker thread after the Power column's reads on another).
class KeychainThread
{
public:
    KeychainThread()
    {
        m_thread.setObjectName(QStringLiteral("keychain"));
        m_context.moveToThread(&m_thread);
        m_thread.start();
    }
    ~KeychainThread()
    {
        m_thread.quit();
        m_thread.wait();
    }

    // Makes the job on the keychain thread, runs it, waits at most |timeoutMs| for it.
    JobResult run(std::function<QKeychain::Job *(QObject *parent)> make, int timeoutMs = 30'000)
    {
        struct Shared
        {
            QSemaphore done;
            JobResult result;
        };
        const auto shared = std::make_shared<Shared>();
        QMetaObject::invokeMethod(
            &m_context,
            [this, shared, make = std::move(make)] {
                QKeychain::Job *job = make(&m_context);
                job->setAutoDelete(false);
                job->setInsecureFallback(false); // never a plain-text file instead of the keychain
                QObject::connect(job, &QKeychain::Job::finished, &m_context, [shared, job] {
                    shared->result.error = job->error();
                    shared->result.errorString = job->errorString();
                    if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job))
                        shared->result.text = read->textData();
                    job->deleteLater();
                    shared->done.release();
                });
                job->start();
            },
            Qt::QueuedConnection);
        if (!shared->done.tryAcquire(1, timeoutMs)) {
            JobResult late;
            late.errorString = Tr::tr("the keychain did not answer within %n second(s) (is it locked and asking for "
                                      "its password?)",
                                      nullptr, timeoutMs / 1000);
            return late;
        }
        return shared->result;
    }

private:
    QThread m_thread;
    QObject m_context;
};

Q_GLOBAL_STATIC(KeychainThread, keychainThread)

Error keychainError(const JobResult &job, const QString &what)
{
    switch (job.error) {
    case QKeychain::NoBackendAvailable:
        return makeError("bmc.keychain",
                         Tr::tr("No keychain service is running (the Secret Service, e.g. GNOME Keyring or KWallet). "
                                "Crashcart keeps BMC passwords only there: start one in this session and try again. (%1)")
                             .arg(job.errorString));
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return makeError("bmc.keychain.denied",
                         Tr::tr("The keychain refused access to %1: %2").arg(what, job.errorString));
    default:
        break;
    }
    // QtKeychain reports a missing Secret Service (or session bus) as OtherError with D-Bus's
    // words.
    const QString text = job.errorString;
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
    const QString service = m_service;
    const JobResult job = keychainThread()->run([service, mac](QObject *parent) {
        auto *read = new QKeychain::ReadPasswordJob(service, parent);
        read->setKey(entryKey(mac));
        return read;
    });
    if (job.error == QKeychain::EntryNotFound)
        return Credentials {};
    if (job.error != QKeychain::NoError)
        return keychainError(job, Tr::tr("the BMC login of %1").arg(mac.toString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(job.text.toUtf8(), &parseError);
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
    const QString service = m_service;
    const QString secret = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    const JobResult job = keychainThread()->run([service, mac, secret](QObject *parent) {
        auto *write = new QKeychain::WritePasswordJob(service, parent);
        write->setKey(entryKey(mac));
        write->setTextData(secret);
        return write;
    });
    if (job.error != QKeychain::NoError)
        return keychainError(job, Tr::tr("the BMC login of %1").arg(mac.toString()));
    qCDebug(lcCredentials) << "stored the BMC login of" << mac.toString();
    return {};
}

Result<void> CredentialStore::remove(const MacAddress &mac)
{
    const QString service = m_service;
    const JobResult job = keychainThread()->run([service, mac](QObject *parent) {
        auto *remove = new QKeychain::DeletePasswordJob(service, parent);
        remove->setKey(entryKey(mac));
        return remove;
    });
    if (job.error != QKeychain::NoError && job.error != QKeychain::EntryNotFound)
        return keychainError(job, Tr::tr("the BMC login of %1").arg(mac.toString()));
    return {};
}

Result<QString> CredentialStore::readSecret(const QString &key) const
{
    const QString service = m_service;
    const JobResult job = keychainThread()->run([service, key](QObject *parent) {
        auto *read = new QKeychain::ReadPasswordJob(service, parent);
        read->setKey(key);
        return read;
    });
    if (job.error == QKeychain::EntryNotFound)
        return QString();
    if (job.error != QKeychain::NoError)
        return keychainError(job, key);
    return job.text;
}

Result<void> CredentialStore::writeSecret(const QString &key, const QString &secret)
{
    const QString service = m_service;
    const JobResult job = keychainThread()->run([service, key, secret](QObject *parent) {
        auto *write = new QKeychain::WritePasswordJob(service, parent);
        write->setKey(key);
        write->setTextData(secret);
        return write;
    });
    if (job.error != QKeychain::NoError)
        return keychainError(job, key);
    return {};
}

Result<void> CredentialStore::removeSecret(const QString &key)
{
    const QString service = m_service;
    const JobResult job = keychainThread()->run([service, key](QObject *parent) {
        auto *remove = new QKeychain::DeletePasswordJob(service, parent);
        remove->setKey(key);
        return remove;
    });
    if (job.error != QKeychain::NoError && job.error != QKeychain::EntryNotFound)
        return keychainError(job, key);
    return {};
}

Result<void> CredentialStore::probe() const
{
    const QString service = m_service;
    const JobResult job = keychainThread()->run([service](QObject *parent) {
        auto *read = new QKeychain::ReadPasswordJob(service, parent);
        read->setKey(QLatin1String(kProbeKey));
        return read;
    });
    if (job.error == QKeychain::NoError || job.error == QKeychain::EntryNotFound)
        return {};
    return keychainError(job, Tr::tr("a test entry"));
}

} // namespace Crashcart::Bmc
