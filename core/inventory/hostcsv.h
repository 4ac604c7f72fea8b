// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "host.h"

#include "common/result.h"

#include <QList>

#include <functional>

class QIODevice;

namespace Crashcart::Inventory {

struct HostKeys;

struct CsvProblem
{
    qint64 line = 0;
    QString reason;
    QString row; // the row as it stood in the file (shortened), for people to recognise it
};

struct ImportRow
{
    qint64 line = 0;
    Host host;
};

// What an import would do, worked out before anything is written: the rows that will go
// in and, for every other row, its line and why it will not.
struct ImportPlan
{
    QList<HostField> columns;
    QList<ImportRow> rows;
    QList<CsvProblem> problems;
    char delimiter = ',';
};

// Host lists as CSV: the first row names the columns (mac required; hostname, ip, profile,
// bmc_address, bmc_type, tags, notes optional; any case and order), ',' or ';' separated,
// UTF-8 with or without a BOM.
namespace HostCsv {

// Larger input is refused as a whole, so that what an import holds in memory stays bounded
// whatever it is given (a host list this long wants splitting, or is no host list at all). A
// planned row costs some 800 bytes: 200,000 rows peak at about 160 MiB in crashcart-cli.
inline constexpr qint64 MaxFileBytes = qint64(64) << 20;
inline constexpr int MaxRows = 200000;

struct Options
{
    QString defaultProfile;                        // for rows that name none
    std::function<bool(qint64 bytesRead)> progress; // return false to cancel
    qint64 maxBytes = MaxFileBytes;
    int maxRows = MaxRows;
};

// Fails only when the file as a whole cannot be read (no header, no mac column, an unknown
// column, more than maxBytes or maxRows, a read error, cancelled); bad rows land in
// ImportPlan::problems.
Result<ImportPlan> plan(QIODevice &input, const HostKeys &existing, const Options &options = {});

// Writes every host with all columns; reading the output back gives the same hosts.
Result<void> write(QIODevice &output, const QList<Host> &hosts);

QByteArray quoteField(const QString &value, char delimiter = ',');

} // namespace HostCsv

} // namespace Crashcart::Inventory
