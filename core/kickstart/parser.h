// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"

#include <QStringList>

namespace Crashcart::Kickstart {

// The lossless parse: every byte of the input lands in exactly one token, and commands,
// sections and includes are gathered on the way. It never fails; the linter judges.
namespace Parser {

Document parse(const QByteArray &source);

// Section names the parser opens a section for (any release knows them).
const QList<QByteArray> &sectionNames();
bool isScriptSection(const QByteArray &name);

} // namespace Parser

} // namespace Crashcart::Kickstart
