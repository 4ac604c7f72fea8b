// SPDX-License-Identifier: GPL-3.0-or-later
#include "tftptransfer.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace Crashcart::Netboot::Tftp {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Netboot::Tftp::Transfer)
};

} // namespace

Transfer::Transfer(std::shared_ptr<const Source> source, Config config)
    : m_source(std::move(source)), m_config(std::move(config))
{
    m_size = m_source->size();
    m_blocks = m_size / m_config.options.blockSize + 1;
}

void Transfer::fail(const QString &why)
{
    m_state = State::Failed;
    m_error = why;
}

void Transfer::endUnanswered(const QString &why)
{
    if (m_state == State::Sending && m_highest == m_blocks) {
        m_state = State::Done;
        m_unconfirmed = true;
        return;
    }
    fail(why);
}

void Transfer::stop()
{
    if (!finished())
        endUnanswered(Tr::tr("stopped"));
}

qint64 Transfer::bytesAcknowledged() const
{
    return std::min<qint64>(m_acked * m_config.options.blockSize, m_size);
}

void Transfer::arm(qint64 nowMs)
{
    const qint64 base = m_config.options.timeoutMs;
    const qint64 wait = std::min<qint64>(base << std::min(m_retries, 16), std::max<qint64>(base, m_config.maxTimeoutMs));
    m_deadline = nowMs + wait;
}

bool Transfer::readSource(qint64 offset, char *into, qint64 length)
{
    constexpr qint64 kReadAhead = 64 * 1024;
    if (length <= 0)
        return true;
    if (m_config.options.blockSize * 4 > kReadAhead)
        return m_source->read(offset, into, length) == length;
    if (offset < m_aheadOffset || offset + length > m_aheadOffset + m_ahead.size()) {
        // A retransmission that goes back reads again, from where it resumes.
        const qint64 want = std::min(kReadAhead, m_size - offset);
        m_ahead.resize(want);
        const qint64 got = m_source->read(offset, m_ahead.data(), want);
        if (got < length) {
            m_ahead.clear();
            return false;
        }
        m_ahead.resize(got);
        m_aheadOffset = offset;
    }
    std::memcpy(into, m_ahead.constData() + (offset - m_aheadOffset), size_t(length));
    return true;
}

QByteArray Transfer::dataPacket(qint64 block)
{
    const qint64 offset = (block - 1) * m_config.options.blockSize;
    const qint64 length = std::max<qint64>(0, std::min<qint64>(m_config.options.blockSize, m_size - offset));
    // One allocation per packet, the payload read straight into it.
    QByteArray packet(4 + length, Qt::Uninitialized);
    const quint16 wire = quint16(block & 0xffff);
    packet[0] = 0;
    packet[1] = char(Opcode::Data);
    packet[2] = char(wire >> 8);
    packet[3] = char(wire & 0xff);
    if (!readSource(offset, packet.data() + 4, length))
        return {};
    return packet;
}

QList<QByteArray> Transfer::sendWindow(qint64 nowMs)
{
    QList<QByteArray> out;
    const qint64 last = std::min(m_acked + m_config.options.windowSize, m_blocks);
    for (qint64 b = m_sent + 1; b <= last; ++b) {
        QByteArray packet = dataPacket(b);
        if (packet.isEmpty()) {
            fail(Tr::tr("the file could not be read (changed or removed while being sent)"));
            return { makeError(ErrorCode::NotDefined, "read error on the server") };
        }
        out.append(std::move(packet));
    }
    m_sent = std::max(m_sent, last);
    m_highest = std::max(m_highest, m_sent);
    if (!out.isEmpty())
        ++m_windows;
    arm(nowMs);
    return out;
}

QList<QByteArray> Transfer::start(qint64 nowMs)
{
    if (!m_config.options.oack.isEmpty()) {
        m_state = State::WaitingForOackAck;
        arm(nowMs);
        return { makeOack(m_config.options.oack) };
    }
    m_state = State::Sending;
    return sendWindow(nowMs);
}

bool Transfer::toldSize() const
{
    const auto &oack = m_config.options.oack;
    return std::any_of(oack.cbegin(), oack.cend(), [](const auto &o) { return o.first == "tsize"; });
}

bool Transfer::supersede()
{
    if (m_state != State::WaitingForOackAck || !toldSize())
        return false;
    m_superseded = true;
    return true;
}

QList<QByteArray> Transfer::onPacket(const Packet &packet, qint64 nowMs)
{
    if (finished())
        return {};
    if (packet.opcode == Opcode::Error) {
        if (m_state == State::WaitingForOackAck && toldSize()) {
            m_state = State::Done;
            m_sizeOnly = true;
            return {};
        }
        fail(Tr::tr("the client ended the transfer: %1").arg(QString::fromUtf8(packet.message.left(120))));
        return {};
    }
    if (packet.opcode == Opcode::Rrq)
        return {}; // the client repeating its request before our first reply reached it
    if (packet.opcode != Opcode::Ack) {
        fail(Tr::tr("the client sent something other than an ACK"));
        return { makeError(ErrorCode::IllegalOperation, "expected an ACK") };
    }
    if (m_state == State::WaitingForOackAck) {
        if (packet.block != 0)
            return {};
        m_state = State::Sending;
        m_retries = 0;
        return sendWindow(nowMs);
    }
    // Which outstanding block does this 16-bit number name? Search the window (at most
    // 65535 blocks wide, so the answer is unique).
    qint64 block = -1;
    for (qint64 b = m_sent; b > m_acked; --b) {
        if (quint16(b & 0xffff) == packet.block) {
            block = b;
            break;
        }
    }
    if (block < 0)
        return {}; // a duplicate or stale ACK: answering it would double the traffic
    m_acked = block;
    m_retries = 0;
    if (m_acked == m_blocks) {
        m_state = State::Done;
        return {};
    }
    if (m_acked < m_sent) {
        // The client lost the rest of the window: resume after its ACK.
        m_retransmits += int(m_sent - m_acked);
        m_sent = m_acked;
    }
    return sendWindow(nowMs);
}

QList<QByteArray> Transfer::onTimeout(qint64 nowMs)
{
    if (finished() || nowMs < m_deadline)
        return {};
    if (++m_retries > m_config.maxRetries) {
        endUnanswered(Tr::tr("the client stopped answering (%n retransmission(s))", nullptr, m_retransmits));
        if (m_state == State::Done)
            return {}; // the client has most likely gone with the whole file: nothing to tell it
        return { makeError(ErrorCode::NotDefined, "timed out") };
    }
    if (m_state == State::WaitingForOackAck) {
        if (m_superseded) {
            // The size probe: the client came back for the file from another port.
            m_state = State::Done;
            m_sizeOnly = true;
            return {};
        }
        ++m_retransmits;
        arm(nowMs);
        return { makeOack(m_config.options.oack) };
    }
    m_retransmits += int(m_sent - m_acked);
    m_sent = m_acked;
    return sendWindow(nowMs);
}

} // namespace Crashcart::Netboot::Tftp
