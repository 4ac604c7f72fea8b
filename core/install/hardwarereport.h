// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Crashcart::Install {

// A hardware report (what the hwcheck snippet posts) as rows a person reads: CPU, memory, each
// disk with its size, each NIC with its MAC, PCI RAID controllers, the check's problems. Keys
// that are missing are left out; a report that is not JSON gives one row saying so.
struct ReportRow
{
    QString label;
    QString value;
};
QList<ReportRow> summarizeReport(const QByteArray &json);

// "8.0 GiB", "931.5 GiB", "512 B": binary units, one decimal.
QString formatBytes(qint64 bytes);

} // namespace Crashcart::Install
