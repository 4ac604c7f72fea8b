// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QStringView>

namespace Crashcart::Hostname {

// RFC 1123 host name (a label, or dotted labels up to 253 characters), normalised to lower
// case without a trailing dot. Refuses names that are really IPv4 addresses.
Result<QString> normalize(QStringView text);

} // namespace Crashcart::Hostname
