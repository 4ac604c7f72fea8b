// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `crashcart-cli initrd add-binary` and `add-module`: plan what a program or a kernel module
// needs, print the plan, then save it like the other editing commands.

#include <QCommandLineOption>
#include <QStringList>

class QCommandLineParser;

namespace Crashcart::Cli {

struct InitrdContext;

struct InitrdDepsOptions
{
    QCommandLineOption dest { QStringLiteral("dest"), QString(), QStringLiteral("DIR") };
    QCommandLineOption modulesDir { QStringLiteral("modules-dir"), QString(), QStringLiteral("DIR") };
    QCommandLineOption kernelVersion { QStringLiteral("kernel-version"), QString(), QStringLiteral("VERSION") };
    QCommandLineOption firmwareDir { QStringLiteral("firmware-dir"), QString(), QStringLiteral("DIR") };
    QCommandLineOption dryRun { QStringLiteral("dry-run"), QString() };

    InitrdDepsOptions();
    void addTo(QCommandLineParser &parser) const;
};

bool isDepsCommand(const QString &command);
int runDeps(const InitrdContext &context, const QCommandLineParser &parser, const InitrdDepsOptions &options,
            const QString &command, const QStringList &args);

} // namespace Crashcart::Cli
