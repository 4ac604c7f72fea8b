// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/macaddress.h"
#include "common/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>

#include <memory>

namespace Crashcart::Netboot {

// Bytes the servers hand out: a file on disk, or something generated for one host (a
// pxelinux config, a rendered kickstart). Readable from any thread.
class Content
{
public:
    virtual ~Content() = default;
    virtual qint64 size() const = 0;
    // Up to |length| bytes at |offset| into |into|; how many, or -1 on an error.
    virtual qint64 read(qint64 offset, char *into, qint64 length) const = 0;
    virtual QDateTime modified() const = 0;
    // A descriptor the HTTP server may sendfile() from; -1 when there is none. The content's
    // byte 0 is the descriptor's byte descriptorOffset() (a file inside a disc image).
    virtual int descriptor() const { return -1; }
    virtual qint64 descriptorOffset() const { return 0; }
};

// Generated content held in memory.
class BufferContent final : public Content
{
public:
    explicit BufferContent(QByteArray bytes, QDateTime modified = QDateTime::currentDateTimeUtc())
        : m_bytes(std::move(bytes)), m_modified(std::move(modified)) { }
    qint64 size() const override { return m_bytes.size(); }
    qint64 read(qint64 offset, char *into, qint64 length) const override;
    QDateTime modified() const override { return m_modified; }

private:
    QByteArray m_bytes;
    QDateTime m_modified;
};

// Who asks for what. The MAC is known where the protocol says it (Anaconda's
// X-RHN-Provisioning-MAC headers, the DHCP exchange); it is null otherwise.
struct ContentRequest
{
    QByteArray name;
    QHostAddress client;
    MacAddress mac;
};

// The servers' question "which bytes answer this request?" (pixiecore's file handler).
// A plain folder answers it for `serve --root`; core/bootconfig adds per-host answers.
class ContentProvider
{
public:
    virtual ~ContentProvider() = default;
    // Error codes the servers map to protocol errors: path.* (refused or not found),
    // file.* (found but unreadable).
    virtual Result<std::shared_ptr<const Content>> open(const ContentRequest &request) = 0;
};

} // namespace Crashcart::Netboot
