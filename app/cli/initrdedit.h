// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the `crashcart-cli initrd` commands (also add-binary/add-module): options, the
// context they run in, and saving an edit session the way the command line asked.

#include "initrd/compression.h"
#include "initrd/image.h"

#include <QCommandLineOption>
#include <QStringList>

#include <optional>

class QCommandLineParser;
class QTextStream;

namespace Crashcart::Initrd {
class EditSession;
}

namespace Crashcart::Cli {

enum InitrdExit { Ok = 0, Failed = 1, Usage = 2 };

struct InitrdContext
{
    QTextStream &out;
    QTextStream &err;
    bool json = false;
    bool effective = false;
    QString output {}; // -o
    bool repack = false;
    std::optional<Initrd::Compression> compression {};
    int level = -1;
    int threads = 0;
    bool keepOriginal = true;
    qint64 maxUncompressed = qint64(4) << 30;
    std::optional<quint32> mode {}; // --mode

    int usage() const;
    int fail(const Error &error) const;
    Result<Initrd::Image> open(const QString &path) const;
    // Saves as -o/--repack/--compression say and prints the sizes. Returns the exit status.
    int save(const Initrd::EditSession &session) const;
};

struct InitrdOptions
{
    QCommandLineOption json { QStringLiteral("json"), QString() };
    QCommandLineOption effective { QStringLiteral("merged"), QString() };
    QCommandLineOption output { { QStringLiteral("o"), QStringLiteral("output") }, QString(), QStringLiteral("OUT") };
    QCommandLineOption repack { QStringLiteral("repack"), QString() };
    QCommandLineOption compression { QStringLiteral("compression"), QString(), QStringLiteral("NAME") };
    QCommandLineOption level { QStringLiteral("level"), QString(), QStringLiteral("N") };
    QCommandLineOption threads { QStringLiteral("threads"), QString(), QStringLiteral("N") };
    QCommandLineOption noBackup { QStringLiteral("no-backup"), QString() };
    QCommandLineOption maxSize { QStringLiteral("max-uncompressed"), QString(), QStringLiteral("MIB") };
    QCommandLineOption mode { QStringLiteral("mode"), QString(), QStringLiteral("OCTAL") };

    InitrdOptions();
    void addTo(QCommandLineParser &parser) const;
    // False on a malformed value.
    bool read(const QCommandLineParser &parser, InitrdContext &context) const;
};

bool isEditCommand(const QString &command);
int runEdit(const InitrdContext &context, const QString &command, const QStringList &args);

} // namespace Crashcart::Cli
