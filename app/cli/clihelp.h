// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

class QCommandLineParser;
class QTextStream;

namespace Crashcart::Cli {

// What `COMMAND --help` prints: |usage|, then the options as |parser| lists them with their
// descriptions. The man page (packaging/man/genman.cmake) and the bash completion read every
// option from this text, so an option added to a parser reaches both without a second list.
QString helpText(const QString &usage, const QCommandLineParser &parser);

// Every command's first answer: to `COMMAND --help`, helpText() on standard output and exit 0;
// to a command line of the wrong shape (|shapeOk| false), |usage| on standard error and exit 2;
// nothing when the command goes on to run.
std::optional<int> helpOrUsage(QTextStream &out, QTextStream &err, const QString &usage, const QCommandLineParser &parser,
                               bool shapeOk);

} // namespace Crashcart::Cli
