// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Crashcart::App {

// What the kickstart editor has open: it highlights, checks and previews accordingly.
enum class DocumentKind { Kickstart, Preseed };

// The one place that decides: *.preseed and *.seed files are preseeds; *.ks ones are
// kickstarts; anything else (*.cfg above all, which both installers use) is a preseed when
// its text looks like one (Preseed::Parser::looksLikePreseed).
DocumentKind documentKind(const QString &path, const QByteArray &text);

} // namespace Crashcart::App
