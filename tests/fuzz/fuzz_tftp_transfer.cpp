// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: the TFTP read transfer (Tftp::Transfer) driven by a hostile client and a fake
// clock. The input picks what the client asked for (blksize, windowsize, timeout, tsize), the
// file (its size, and whether reads start failing part way), the server's retry limits, and
// then a run of events: ACKs of any number, ERRORs, arbitrary datagrams, stretches of an honest
// client, timeouts early or due. Checked after every step, against what the transfer promises
// in tftptransfer.h: every DATA is a block of the window that follows the highest ACK, as long
// as the block size says and holding the file's bytes at that offset; the window is kept full;
// stale, duplicate and too-high ACKs change nothing; retransmissions are counted; a silent
// client ends the transfer after maxRetries + 1 timeouts (Failed, or Done unconfirmed when
// every block had gone out); once finished nothing more is sent and deadline() is -1.
#include "netboot/content.h"
#include "netboot/tftp/tftpoptions.h"
#include "netboot/tftp/tftptransfer.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <cstdio>

using namespace Crashcart::Netboot;
using namespace Crashcart::Netboot::Tftp;

namespace {

#define CHECK(condition)                                                                                               \
    do {                                                                                                               \
        if (!(condition))                                                                                              \
            __builtin_trap();                                                                                          \
    } while (false)

char byteAt(qint64 offset)
{
    return char((offset * 131 + offset / 65521 + 7) & 0xff);
}

// The file, with reads that fail from |failFrom| on (a file truncated or removed under the
// server); the size it reports stays what it was when opened.
class FlakyContent final : public Content
{
public:
    FlakyContent(qint64 size, qint64 failFrom) : m_size(size), m_failFrom(failFrom) { }
    qint64 size() const override { return m_size; }
    qint64 read(qint64 offset, char *into, qint64 length) const override
    {
        if (offset < 0 || offset > m_size)
            return -1;
        const qint64 end = std::min({ offset + length, m_size, m_failFrom });
        if (end <= offset)
            return m_failFrom <= offset ? -1 : 0;
        for (qint64 i = offset; i < end; ++i)
            *into++ = byteAt(i);
        return end - offset;
    }
    QDateTime modified() const override { return {}; }

private:
    qint64 m_size;
    qint64 m_failFrom;
};

quint16 read16(const QByteArray &d, qsizetype at)
{
    return quint16((quint8(d[at]) << 8) | quint8(d[at + 1]));
}

// What the server promised so far, kept from what it sent: an independent account of the
// transfer to hold its answers against.
struct Model
{
    Model(Transfer &transfer, qint64 fileSize, const Transfer::Config &config)
        : t(transfer), size(fileSize), blockSize(config.options.blockSize), windowSize(config.options.windowSize),
          blocks(fileSize / config.options.blockSize + 1), maxRetries(config.maxRetries)
    {
    }

    Transfer &t;
    qint64 size;
    int blockSize;
    int windowSize;
    qint64 blocks;       // size / blockSize + 1
    int maxRetries;
    QByteArray oack;     // the OACK as first sent; empty without one
    bool waitingForOackAck = false;
    qint64 acked = 0;    // highest block the client confirmed (0: none)
    qint64 sent = 0;     // highest block sent in the window now outstanding
    qint64 highest = 0;  // highest block ever sent
    qint64 resends = 0;  // packets sent again (DATA at or below |highest|, OACK repeats)
    int silentTimeouts = 0; // due timeouts in a row with no progress
    qint64 now = 0;
    bool readFailed = false;

    qint64 windowEnd() const { return std::min(acked + windowSize, blocks); }

    // The absolute block a 16-bit wire number names within the window after |acked|.
    qint64 unwrap(quint16 wire) const
    {
        for (qint64 b = acked + 1; b <= acked + windowSize; ++b) {
            if (quint16(b & 0xffff) == wire)
                return b;
        }
        return -1;
    }

    // One reply of the transfer: DATA for a run of consecutive blocks starting at |from|, or
    // a single ERROR (and the transfer failed), or nothing.
    void checkData(const QList<QByteArray> &out, qint64 from)
    {
        qint64 expected = from;
        for (const QByteArray &packet : out) {
            CHECK(packet.size() >= 4);
            if (read16(packet, 0) == quint16(Opcode::Error)) {
                // Only a read error ends a transfer while it sends, and only as the last packet.
                CHECK(&packet == &out.back());
                CHECK(t.state() == Transfer::State::Failed);
                readFailed = true;
                return;
            }
            CHECK(read16(packet, 0) == quint16(Opcode::Data));
            const qint64 block = unwrap(read16(packet, 2));
            CHECK(block == expected);
            CHECK(block >= 1 && block <= windowEnd());
            const qint64 offset = (block - 1) * blockSize;
            const qint64 length = std::clamp<qint64>(size - offset, 0, blockSize);
            CHECK(packet.size() == 4 + length);
            for (qint64 i = 0; i < length; ++i)
                CHECK(packet[4 + i] == byteAt(offset + i));
            if (block <= highest)
                ++resends;
            highest = std::max(highest, block);
            sent = block;
            ++expected;
        }
        // A window that was sent whole is full: every block up to min(acked + window, last).
        if (!t.finished())
            CHECK(sent == windowEnd());
        checkArmed();
    }

    // Just after sending: the retransmit timer runs from now, between the negotiated timeout
    // and the cap on its doubling.
    void checkArmed() const
    {
        if (t.finished())
            return;
        CHECK(t.deadline() >= now + t.options().timeoutMs);
        CHECK(t.deadline() <= now + std::max<qint64>(t.options().timeoutMs, 8000));
    }

    void checkAlways() const
    {
        CHECK(t.size() == size);
        CHECK(t.bytesAcknowledged() >= 0 && t.bytesAcknowledged() <= size);
        CHECK(t.bytesAcknowledged() == std::min(acked * blockSize, size));
        CHECK(t.retransmits() >= 0);
        if (t.finished()) {
            CHECK(t.deadline() == -1);
        } else {
            // Never further away than the longest wait (it was armed at or before now).
            CHECK(t.deadline() <= now + std::max<qint64>(t.options().timeoutMs, 8000));
        }
        if (t.state() == Transfer::State::Done && !t.sizeOnly()) {
            if (t.unconfirmedBlocks() > 0) { // every block sent, the last ACKs missing
                CHECK(highest == blocks && acked < blocks);
                CHECK(t.unconfirmedBlocks() == blocks - acked);
            } else {
                CHECK(acked == blocks);
                CHECK(t.bytesAcknowledged() == size);
            }
        }
        if (t.state() != Transfer::State::Done)
            CHECK(t.unconfirmedBlocks() == 0);
        if (t.state() == Transfer::State::Failed)
            CHECK(!t.error().isEmpty());
        if (!readFailed)
            CHECK(t.retransmits() == resends);
    }

    void start()
    {
        const QList<QByteArray> out = t.start(now);
        if (!t.options().oack.isEmpty()) {
            CHECK(t.state() == Transfer::State::WaitingForOackAck);
            CHECK(out.size() == 1 && out[0] == makeOack(t.options().oack));
            oack = out[0];
            waitingForOackAck = true;
            checkArmed();
        } else {
            checkData(out, 1);
            CHECK(out.size() <= windowSize);
        }
        checkAlways();
    }

    void packet(const Packet &p)
    {
        const Transfer::State before = t.state();
        const qint64 deadlineBefore = t.deadline();
        const int retransmitsBefore = t.retransmits();
        const QList<QByteArray> out = t.onPacket(p, now);
        if (before == Transfer::State::Done || before == Transfer::State::Failed) {
            CHECK(out.isEmpty() && t.state() == before);
            checkAlways();
            return;
        }
        const auto unchanged = [&] {
            CHECK(out.isEmpty());
            CHECK(t.state() == before);
            CHECK(t.deadline() == deadlineBefore);
            CHECK(t.retransmits() == retransmitsBefore);
        };
        switch (p.opcode) {
        case Opcode::Error: {
            CHECK(out.isEmpty());
            const bool toldSize = std::any_of(t.options().oack.cbegin(), t.options().oack.cend(),
                                              [](const auto &o) { return o.first == "tsize"; });
            if (waitingForOackAck && toldSize) {
                CHECK(t.state() == Transfer::State::Done && t.sizeOnly());
            } else {
                CHECK(t.state() == Transfer::State::Failed && !t.sizeOnly());
            }
            break;
        }
        case Opcode::Rrq:
            unchanged(); // the client repeating its request
            break;
        case Opcode::Ack:
            if (waitingForOackAck) {
                if (p.block != 0) {
                    unchanged();
                    break;
                }
                waitingForOackAck = false;
                silentTimeouts = 0;
                CHECK(t.state() != Transfer::State::WaitingForOackAck);
                checkData(out, 1);
                break;
            }
            if (const qint64 block = sent > acked ? unwrap(p.block) : -1; block > acked && block <= sent) {
                const qint64 oldSent = sent;
                acked = block;
                silentTimeouts = 0;
                if (acked == blocks) {
                    CHECK(out.isEmpty() && t.state() == Transfer::State::Done);
                    break;
                }
                // Resumes after the ACK when the client lost part of the window, else slides on.
                checkData(out, acked < oldSent ? acked + 1 : oldSent + 1);
            } else {
                unchanged(); // stale, duplicate or beyond what was sent
            }
            break;
        default:
            // DATA, WRQ or OACK from the client: refused with one ERROR (illegal operation).
            CHECK(t.state() == Transfer::State::Failed);
            CHECK(out.size() == 1 && out[0].size() >= 4 && read16(out[0], 0) == quint16(Opcode::Error)
                  && read16(out[0], 2) == quint16(ErrorCode::IllegalOperation));
            break;
        }
        checkAlways();
    }

    void timeout(qint64 at)
    {
        now = std::max(now, at);
        const Transfer::State before = t.state();
        const bool wasFinished = t.finished();
        const qint64 deadlineBefore = t.deadline();
        const int retransmitsBefore = t.retransmits();
        const QList<QByteArray> out = t.onTimeout(now);
        if (wasFinished) {
            CHECK(out.isEmpty() && t.state() == before);
        } else if (now < deadlineBefore) {
            // Early: nothing happens.
            CHECK(out.isEmpty() && t.state() == before && t.deadline() == deadlineBefore);
            CHECK(t.retransmits() == retransmitsBefore);
        } else if (++silentTimeouts > maxRetries) {
            if (!waitingForOackAck && highest == blocks) {
                // The whole file went out: Done, unconfirmed, and nothing said to the gone client.
                CHECK(t.state() == Transfer::State::Done && t.unconfirmedBlocks() == blocks - acked);
                CHECK(out.isEmpty());
            } else {
                CHECK(t.state() == Transfer::State::Failed);
                CHECK(out.size() == 1 && out[0].size() >= 4 && read16(out[0], 0) == quint16(Opcode::Error));
            }
        } else if (waitingForOackAck) {
            CHECK(t.state() == Transfer::State::WaitingForOackAck);
            CHECK(out.size() == 1 && out[0] == oack);
            ++resends;
            checkArmed();
        } else {
            // The outstanding window again, from the first unacknowledged block.
            CHECK(!out.isEmpty());
            sent = acked;
            checkData(out, acked + 1);
        }
        CHECK(silentTimeouts <= maxRetries + 1);
        checkAlways();
    }

    // An honest client for a while: confirms every window as soon as it is sent.
    void goodClient(int windows)
    {
        for (int i = 0; i < windows && !t.finished(); ++i) {
            if (waitingForOackAck) {
                Packet p;
                p.opcode = Opcode::Ack;
                packet(p);
                continue;
            }
            Packet p;
            p.opcode = Opcode::Ack;
            p.block = quint16(sent & 0xffff);
            packet(p);
        }
    }
};

QByteArray numberText(FuzzedDataProvider &in, int max)
{
    switch (in.ConsumeIntegralInRange(0, 7)) {
    case 0:
        return QByteArray::fromStdString(in.ConsumeRandomLengthString(12)); // anything, numbers or not
    case 1:
        return "0";
    default:
        return QByteArray::number(in.ConsumeIntegralInRange(1, max));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider in(data, size);

    // What the client asked for, in its order, through the server's own negotiation.
    Options requested;
    const int optionCount = in.ConsumeIntegralInRange(0, 5);
    for (int i = 0; i < optionCount; ++i) {
        switch (in.ConsumeIntegralInRange(0, 4)) {
        case 0:
            requested.append({ "blksize", numberText(in, 70000) });
            break;
        case 1:
            requested.append({ "windowsize", numberText(in, 70000) });
            break;
        case 2:
            requested.append({ QByteArray("tsize"), QByteArray("0") });
            break;
        case 3:
            requested.append({ "timeout", numberText(in, 300) });
            break;
        default:
            requested.append({ QByteArray::fromStdString(in.ConsumeRandomLengthString(8)),
                               QByteArray::fromStdString(in.ConsumeRandomLengthString(8)) });
            break;
        }
    }
    // Files up to 1.5 MiB: at blksize 8 that is beyond block 65535, where numbers wrap.
    const qint64 fileSize = in.ConsumeBool() ? in.ConsumeIntegralInRange<qint64>(0, 4096)
                                             : in.ConsumeIntegralInRange<qint64>(0, 1536 * 1024);
    const qint64 failFrom = in.ConsumeIntegralInRange(0, 7) == 0 ? in.ConsumeIntegralInRange<qint64>(0, fileSize)
                                                                 : std::numeric_limits<qint64>::max();
    std::optional<int> pathLimit;
    if (in.ConsumeBool())
        pathLimit = in.ConsumeIntegralInRange(0, 9000);
    Limits limits;
    limits.maxWindowSize = in.ConsumeIntegralInRange(1, 64);

    Transfer::Config config;
    config.options = negotiate(requested, limits, fileSize, pathLimit);
    config.maxRetries = in.ConsumeIntegralInRange(0, 8);
    CHECK(config.options.blockSize >= 8 && config.options.blockSize <= limits.maxBlockSize);
    CHECK(config.options.windowSize >= 1 && config.options.windowSize <= limits.maxWindowSize);

    auto source = std::make_shared<FlakyContent>(fileSize, failFrom);
    Transfer transfer(source, config);
    Model m(transfer, fileSize, config);
    m.now = in.ConsumeIntegralInRange<qint64>(0, qint64(1) << 40);
    m.start();

    int events = 0;
    while (in.remaining_bytes() > 0 && ++events < 4096) {
        switch (in.ConsumeIntegralInRange(0, 11)) {
        case 0: // an ACK for any number at all
        case 1: {
            Packet p;
            p.opcode = Opcode::Ack;
            p.block = in.ConsumeIntegral<quint16>();
            m.packet(p);
            break;
        }
        case 2: { // an ACK near the window: stale, inside, the last one sent, or just beyond
            Packet p;
            p.opcode = Opcode::Ack;
            p.block = quint16((m.acked + in.ConsumeIntegralInRange(-3, m.windowSize + 3)) & 0xffff);
            m.packet(p);
            break;
        }
        case 3: { // the same ACK again (duplicates)
            Packet p;
            p.opcode = Opcode::Ack;
            p.block = quint16(m.acked & 0xffff);
            m.packet(p);
            m.packet(p);
            break;
        }
        case 4: // the OACK's ACK (block 0), in any state
        {
            Packet p;
            p.opcode = Opcode::Ack;
            m.packet(p);
            break;
        }
        case 5: { // any datagram, as the server would decode it
            const std::string bytes = in.ConsumeRandomLengthString(64);
            const auto p = parse(QByteArrayView(bytes.data(), qsizetype(bytes.size())));
            if (p)
                m.packet(*p);
            break;
        }
        case 6: { // the client gives up
            if (in.ConsumeIntegralInRange(0, 7) != 0)
                break; // rarely, or little else would be reached
            Packet p;
            p.opcode = Opcode::Error;
            p.message = "client said no";
            m.packet(p);
            break;
        }
        case 7: // a timeout, maybe early
            m.timeout(m.now + in.ConsumeIntegralInRange<qint64>(0, 20000));
            break;
        case 8: // the timeout when it is due
            if (!transfer.finished())
                m.timeout(transfer.deadline());
            break;
        case 9: // an honest client for a while; rarely long enough to wrap block numbers
            m.goodClient(in.ConsumeBool() ? in.ConsumeIntegralInRange(1, 64) : in.ConsumeIntegralInRange(1, 70000));
            break;
        case 10: // time passes without a timeout
            m.now += in.ConsumeIntegralInRange<qint64>(0, 5000);
            break;
        default: { // DATA, WRQ or OACK from the client: not what it should send
            Packet p;
            const int which = in.ConsumeIntegralInRange(0, 2);
            p.opcode = which == 0 ? Opcode::Data : which == 1 ? Opcode::Wrq : Opcode::Oack;
            m.packet(p);
            break;
        }
        }
    }

    // Then the client falls silent: the transfer must end, within maxRetries + 1 timeouts.
    for (int i = 0; i <= config.maxRetries + 1 && !transfer.finished(); ++i)
        m.timeout(transfer.deadline());
    CHECK(transfer.finished());
    CHECK(transfer.deadline() == -1);
    CHECK(transfer.onTimeout(m.now + 100000).isEmpty());
    Packet ack;
    ack.opcode = Opcode::Ack;
    ack.block = quint16((m.acked + 1) & 0xffff);
    CHECK(transfer.onPacket(ack, m.now).isEmpty());
    // What an input did, to see what a seed reaches: FUZZ_TFTP_TRACE=1 fuzz_tftp_transfer SEED
    static const bool trace = qEnvironmentVariableIsSet("FUZZ_TFTP_TRACE");
    if (trace) {
        std::fprintf(stderr, "size %lld blksize %d window %d oack %d: %s%s, %lld of %lld blocks acked, %d retransmits\n",
                     fileSize, m.blockSize, m.windowSize, int(!m.oack.isEmpty()),
                     transfer.state() == Transfer::State::Done ? "done" : "failed", transfer.sizeOnly() ? " (size only)" : "",
                     m.acked, m.blocks, transfer.retransmits());
    }
    return 0;
}
