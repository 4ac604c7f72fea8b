// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCommandLineParser;

namespace Crashcart::Cli {

// What `COMMAND --help` prints: |usage|, then the options as |parser| lists them with their
// descriptions. The man page (packaging/man/genman.cmake) and the bash completion read every
// option from this text, so an option added to a parser reaches both without a second list.
QString helpText(const QString &usage, const QCommandLineParser &parser);

} // namespace Crashcart::Cli
