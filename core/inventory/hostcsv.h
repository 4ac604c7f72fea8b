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
    int line = 0;
    QString reason;
    QString row; // the row as it stood in the file (shortened), for people to recognise it
};

struct ImportRow
{
    int line = 0;
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

struct Options
{
    QString defaultProfile;                        // for rows that name none
    std::function<bool(qint64 bytesRead)> progress; // return false to cancel
};

// Fails only when the file as a whole cannot be read (no header, no mac column, an unknown
// column, a read error, cancelled); bad rows land in ImportPlan::problems.
Result<ImportPlan> plan(QIODevice &input, const HostKeys &existing, const Options &options = {});

// Writes every host with all columns; reading the output back gives the same hosts.
Result<void> write(QIODevice &output, const QList<Host> &hosts);

QByteArray quoteField(const QString &value, char delimiter = ',');

} // namespace HostCsv

} // namespace Crashcart::Inventory
