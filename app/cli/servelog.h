// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "netboot/serviceconfig.h"

#include <QObject>
#include <QTimer>

class QTextStream;

namespace Crashcart::BootConfig {
class InventoryBoot;
}
namespace Crashcart::Netboot {
class NetbootService;
}

namespace Crashcart::Cli {

// `serve`'s output: one line per thing the netboot service reports (servers listening,
// DHCP answers and leases, TFTP transfers, HTTP requests), warnings on the error stream.
// Event lines are flushed in batches: a flush per line costs more than a small HTTP request.
class ServeLog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServeLog)

public:
    struct Roots
    {
        QString tftp;
        QString http;
    };

    ServeLog(Netboot::NetbootService &service, const Netboot::ServiceConfig &config, Roots roots, QTextStream &out,
             QTextStream &err, QObject *parent = nullptr);
    ~ServeLog() override;

    // Also says when the inventory cannot be read or events cannot be written.
    void watch(BootConfig::InventoryBoot &boot);

    // The time at the start of every line: UTC, ISO 8601 with milliseconds.
    static QString stamp();

private:
    void connectServers(Netboot::NetbootService &service);
    void connectTraffic(Netboot::NetbootService &service);

    const Netboot::ServiceConfig m_config;
    const Roots m_roots;
    QTextStream &m_out;
    QTextStream &m_err;
    QTimer m_flush;
};

} // namespace Crashcart::Cli
