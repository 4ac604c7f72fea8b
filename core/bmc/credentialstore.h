// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bmc.h"

#include "common/macaddress.h"

namespace Crashcart::Bmc {

// BMC user names and passwords, in the OS keychain only (QtKeychain: the Secret Service on
// Linux), one entry per host's BMC. Nothing falls back to a file: where no keychain service
// runs, every call fails with "bmc.keychain" and says what to start.
//
// The calls block until the keychain answers (at most 30 s; the jobs themselves run on one
// keychain thread of the process), so they belong on worker threads and in the command-line
// tool, never on the GUI thread.
class CredentialStore
{
public:
    // |service| names the keychain entries' owner; tests use their own.
    explicit CredentialStore(QString service = QStringLiteral("Crashcart BMC"));

    // An empty Credentials when the host has none stored.
    Result<Credentials> read(const MacAddress &mac) const;
    Result<void> write(const MacAddress &mac, const Credentials &credentials);
    // Forgets the host's entry; no error when there was none.
    Result<void> remove(const MacAddress &mac);
    // The keychain service of the inventory's PostgreSQL passwords (crashcart-cli db password).
    static QString databaseService() { return QStringLiteral("Crashcart database"); }
    // A secret that is not a BMC login, under |key| (the inventory's PostgreSQL password,
    // keyed by user@host:port/db). Empty when none is stored.
    Result<QString> readSecret(const QString &key) const;
    Result<void> writeSecret(const QString &key, const QString &secret);
    Result<void> removeSecret(const QString &key);
    // A round trip through the keychain, to tell "no keychain here" before asking a person
    // for a password that could not be kept.
    Result<void> probe() const;

private:
    QString m_service;
};

} // namespace Crashcart::Bmc
