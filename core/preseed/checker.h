// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parser.h"

#include "kickstart/diagnostic.h"

#include <QStringList>

#include <optional>

namespace Crashcart::Preseed {

using Kickstart::Diagnostic;
using Kickstart::Diagnostics;

// How the installer will find this preseed, for the "nothing loads it" check. The installer
// reads a preseed named on its kernel command line (url=, preseed/url=, file=,
// preseed/file=, `auto url=...` being the short form), or /preseed.cfg at the root of its
// initrd. Crashcart adds the url= argument itself for profiles whose preseed it serves, and
// writes the initrd it repacks: either way |deliveredByCrashcart| says the file gets there.
// Without kernel arguments (nullopt) the check is not made: the caller does not know them.
struct CheckOptions
{
    std::optional<QStringList> kernelArguments;
    bool deliveredByCrashcart = false;
    bool checkCommands = true;     // run the shell parser and ShellCheck on *_command values
    int commandTimeoutMs = 15000;  // per tool run
    int maxCommandChecks = 16;     // tool runs per file, so a hostile file stays cheap
    int maxDiagnostics = 1000;     // further findings are summed up in one last note
};

// Checks a preseed for the mistakes that make an unattended install stop or misbehave:
//   too-few-fields, unknown-type, invalid-owner, invalid-boolean        errors
//   value-leading-blank, duplicate-question, comment-continues           warnings
//   command-syntax (the shell cannot parse a *_command)                  error
//   SCnnnn (ShellCheck, sh dialect), shell-missing, shellcheck-missing,
//   shell-timeout, shellcheck-timeout, commands-not-checked               warnings
//   preseed-not-loaded, preseed-not-auto                                 warnings
//   partman-disk-unset, cleartext-password                              warnings
//   too-many-findings                                                    warning
// Commands are parsed with `busybox sh -n` (the installer's own shell is busybox ash), or
// `dash -n` when busybox is missing; ShellCheck then runs on the ones that parse.
// comment-continues is a caution: whether debconf-set-selections joins a line to a comment
// that ends in a backslash is not documented; the parser assumes it does (and says so).
class Checker
{
public:
    static Diagnostics check(const Document &doc, const CheckOptions &options = {});
    static Diagnostics check(const QByteArray &source, const CheckOptions &options = {});

    // The questions whose value the installer runs with `sh -c`.
    static bool isCommandQuestion(const QByteArray &question);
    static const QByteArrayList &debconfTypes();
};

} // namespace Crashcart::Preseed
