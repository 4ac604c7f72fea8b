// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QHash>
#include <QStringList>

#include <memory>

namespace Crashcart::Kickstart {

struct OptionSpec
{
    enum class Kind { Flag, Value, OptionalValue, Values, ValuesOneOrMore };
    Kind kind = Kind::Flag;
    bool deprecated = false;
    bool required = false;
    char type = 0;              // 'i' integer, 'b' yes/no, 0 anything
    QStringList choices;
    QString preferred;          // for camelCase spellings: the alias the installer prefers

    bool needsValue() const { return kind == Kind::Value || kind == Kind::ValuesOneOrMore; }
};

struct CommandSpec
{
    enum class Status { Active, Deprecated, Removed };
    Status status = Status::Active;
    QHash<QString, OptionSpec> options;
    QStringList removedOptions;  // options an earlier release of the family accepted
    int minArguments = 0;
    int maxArguments = 0;        // -1: no limit
    bool checksArguments = true; // false where the installer reads the rest of the line itself
    bool repeatable = false;
    QStringList conflicts;
};

struct SectionSpec
{
    QHash<QString, OptionSpec> options;
    bool ignoredBody = false;   // %addon, %anaconda: the installer hands the body elsewhere
    bool deprecated = false;
};

// What one release's installer accepts, from the generated table (pykickstart's handlers).
class CommandTable
{
public:
    static Result<CommandTable> forRelease(const QString &release);
    static QStringList releases();          // the names --release accepts, oldest first
    static QString defaultRelease() { return QStringLiteral("RHEL9"); }
    // Fedora releases older than the table (F34) are checked as the oldest one it has.
    static QString canonicalRelease(const QString &release);

    QString release() const { return m_release; }
    const CommandSpec *command(const QString &name) const;
    const SectionSpec *section(const QString &name) const;
    QStringList commandNames() const;
    QStringList sectionNames() const;
    bool sectionsNeedEnd() const;
    // Commands the installer treats as one setting (text/graphical/cmdline, reboot/poweroff/...).
    QStringList aliasGroup(const QString &name) const;
    // Releases where a command this one does not know is active.
    QStringList releasesWith(const QString &name) const;

private:
    struct Data;
    QString m_release;
    std::shared_ptr<const Data> m_data;
};

} // namespace Crashcart::Kickstart
