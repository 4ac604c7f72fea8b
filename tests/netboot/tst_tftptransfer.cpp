// SPDX-License-Identifier: GPL-3.0-or-later
// The transfer state machine against a simulated client and a fake clock: no sockets, no
// waiting, every timeout and loss pattern reproducible.
#include "netboot/tftp/tftptransfer.h"

#include <algorithm>
#include <cstring>

#include <QRandomGenerator>
#include <QTest>

using namespace Crashcart::Netboot;
using namespace Crashcart::Netboot::Tftp;

namespace {

QByteArray pattern(qint64 size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        bytes[i] = char((i * 7 + i / 251) & 0xff);
    return bytes;
}

Transfer makeTransfer(const QByteArray &file, int blockSize, int windowSize, bool oack = false, int maxRetries = 6)
{
    Transfer::Config c;
    c.options.blockSize = blockSize;
    c.options.windowSize = windowSize;
    c.options.timeoutMs = 1000;
    if (oack)
        c.options.oack = { { "blksize", QByteArray::number(blockSize) } };
    c.maxRetries = maxRetries;
    return Transfer(std::make_shared<BufferContent>(file), c);
}

// An RFC 7440 receiver: takes the next block in order, ACKs each full window, the last
// block, and (once) any gap it notices.
struct Client
{
    int blockSize = 512;
    int windowSize = 1;
    QByteArray received;
    quint16 expected = 1;
    int sinceAck = 0;
    bool done = false;
    QList<quint16> wireBlocks;

    QList<QByteArray> receive(const QByteArray &datagram)
    {
        const auto p = parse(datagram);
        if (!p || p->opcode != Opcode::Data)
            return {};
        if (done) // dallying after the end: the last ACK may have been lost
            return { makeAck(quint16(expected - 1)) };
        wireBlocks.append(p->block);
        if (p->block != expected)
            return { makeAck(quint16(expected - 1)) }; // a gap: say where we are
        received += p->payload;
        ++expected;
        ++sinceAck;
        if (p->payload.size() < blockSize) {
            done = true;
            return { makeAck(p->block) };
        }
        if (sinceAck == windowSize) {
            sinceAck = 0;
            return { makeAck(p->block) };
        }
        return {};
    }
};

// Runs server and client to the end with the given loss rate; returns the client.
Client run(Transfer &t, int blockSize, int windowSize, double loss, quint32 seed, qint64 *elapsed = nullptr)
{
    Client client;
    client.blockSize = blockSize;
    client.windowSize = windowSize;
    QRandomGenerator rng(seed);
    qint64 now = 0;
    QList<QByteArray> toClient = t.start(now);
    if (!toClient.isEmpty() && parse(toClient.first())->opcode == Opcode::Oack)
        toClient = t.onPacket(*parse(makeAck(0)), now);
    for (int steps = 0; steps < 10'000'000 && !t.finished(); ++steps) {
        QList<QByteArray> toServer;
        for (const QByteArray &d : toClient) {
            if (rng.generateDouble() >= loss)
                toServer += client.receive(d);
        }
        toClient.clear();
        for (const QByteArray &d : toServer) {
            if (rng.generateDouble() >= loss)
                toClient += t.onPacket(*parse(d), now);
        }
        if (toClient.isEmpty() && !t.finished()) {
            now = t.deadline();
            toClient = t.onTimeout(now);
            client.sinceAck = 0; // the server re-sends its window from the last ACK it saw
        }
    }
    if (elapsed)
        *elapsed = now;
    return client;
}

} // namespace

class TestTftpTransfer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sizes_data();
    void sizes();
    void oackFirst();
    void duplicateAckSendsNothing();
    void timeoutRetransmitsWithBackoff();
    void givesUpAfterRetries();
    void lastAckLostIsDoneUnconfirmed();
    void windowSlidesAndRecoversFromGap();
    void blockNumbersRollOver();
    void lossyLinkDeliversEveryByte_data();
    void lossyLinkDeliversEveryByte();
    void clientErrorEnds();
    void shrinkingSourceFailsCleanly();
};

void TestTftpTransfer::sizes_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("blockSize");
    QTest::addColumn<int>("windowSize");
    QTest::newRow("empty") << 0 << 512 << 1;
    QTest::newRow("one byte") << 1 << 512 << 1;
    QTest::newRow("exactly one block") << 512 << 512 << 1;
    QTest::newRow("exact multiple") << 4096 << 512 << 1;
    QTest::newRow("odd") << 100'003 << 1468 << 1;
    QTest::newRow("window 16") << 100'003 << 1468 << 16;
    QTest::newRow("window exact multiple") << 1468 * 32 << 1468 << 16;
    QTest::newRow("big blocks") << 1'000'000 << 65464 << 4;
}

void TestTftpTransfer::sizes()
{
    QFETCH(int, size);
    QFETCH(int, blockSize);
    QFETCH(int, windowSize);
    const QByteArray file = pattern(size);
    Transfer t = makeTransfer(file, blockSize, windowSize);
    const Client client = run(t, blockSize, windowSize, 0.0, 1);
    QCOMPARE(t.state(), Transfer::State::Done);
    QCOMPARE(client.received, file);
    QCOMPARE(t.bytesAcknowledged(), qint64(size));
    QCOMPARE(t.retransmits(), 0);
    QCOMPARE(client.wireBlocks.size(), size / blockSize + 1);
}

void TestTftpTransfer::oackFirst()
{
    Transfer t = makeTransfer(pattern(2000), 1024, 1, true);
    const QList<QByteArray> first = t.start(0);
    QCOMPARE(first.size(), 1);
    QCOMPARE(parse(first.first())->opcode, Opcode::Oack);
    QCOMPARE(t.state(), Transfer::State::WaitingForOackAck);
    QVERIFY(t.onPacket(*parse(makeAck(5)), 0).isEmpty()); // only ACK 0 answers an OACK
    QCOMPARE(parse(t.onTimeout(t.deadline()).first())->opcode, Opcode::Oack);
    const QList<QByteArray> data = t.onPacket(*parse(makeAck(0)), 10);
    QCOMPARE(parse(data.first())->block, quint16(1));
}

void TestTftpTransfer::duplicateAckSendsNothing()
{
    Transfer t = makeTransfer(pattern(5000), 512, 1);
    QCOMPARE(parse(t.start(0).first())->block, quint16(1));
    QCOMPARE(parse(t.onPacket(*parse(makeAck(1)), 1).first())->block, quint16(2));
    // The Sorcerer's Apprentice: a delayed duplicate ACK 1 must not send block 2 again.
    QVERIFY(t.onPacket(*parse(makeAck(1)), 2).isEmpty());
    QVERIFY(t.onPacket(*parse(makeAck(0)), 2).isEmpty());
    QVERIFY(t.onPacket(*parse(makeAck(9)), 2).isEmpty()); // from the future: ignored too
    QCOMPARE(t.retransmits(), 0);
}

void TestTftpTransfer::timeoutRetransmitsWithBackoff()
{
    Transfer t = makeTransfer(pattern(5000), 512, 1);
    t.start(0);
    QCOMPARE(t.deadline(), 1000);
    QVERIFY(t.onTimeout(999).isEmpty()); // not yet due
    QCOMPARE(parse(t.onTimeout(1000).first())->block, quint16(1));
    QCOMPARE(t.deadline(), 1000 + 2000);
    QCOMPARE(parse(t.onTimeout(3000).first())->block, quint16(1));
    QCOMPARE(t.deadline(), 3000 + 4000);
    QCOMPARE(t.retransmits(), 2);
    // Progress resets the backoff.
    t.onPacket(*parse(makeAck(1)), 3500);
    QCOMPARE(t.deadline(), 3500 + 1000);
}

void TestTftpTransfer::givesUpAfterRetries()
{
    Transfer t = makeTransfer(pattern(5000), 512, 1, false, 3);
    t.start(0);
    QList<QByteArray> last;
    for (int i = 0; i < 4; ++i)
        last = t.onTimeout(t.deadline());
    QCOMPARE(t.state(), Transfer::State::Failed);
    QCOMPARE(parse(last.first())->opcode, Opcode::Error);
    QVERIFY(!t.error().isEmpty());
    QCOMPARE(t.deadline(), -1);
    QCOMPARE(t.unconfirmedBlocks(), 0);
}

// The client took the last window and went (its last ACK lost on the way): every block went
// out, so a silent client, or a server stopping, ends it Done with the missing ACK said.
void TestTftpTransfer::lastAckLostIsDoneUnconfirmed()
{
    Transfer t = makeTransfer(pattern(512 * 9 + 100), 512, 4, false, 3); // 10 blocks
    QCOMPARE(t.start(0).size(), 4);
    QCOMPARE(t.onPacket(*parse(makeAck(4)), 1).size(), 4);
    const QList<QByteArray> tail = t.onPacket(*parse(makeAck(8)), 2);
    QCOMPARE(tail.size(), 2);
    QCOMPARE(parse(tail.last())->block, quint16(10));
    QList<QByteArray> last;
    for (int i = 0; i < 4; ++i)
        last = t.onTimeout(t.deadline());
    QCOMPARE(t.state(), Transfer::State::Done);
    QCOMPARE(t.unconfirmedBlocks(), 2);
    QVERIFY(last.isEmpty()); // no ERROR to a client that has gone
    QCOMPARE(t.bytesAcknowledged(), 512 * 8);
    QCOMPARE(t.deadline(), -1);

    Transfer stopped = makeTransfer(pattern(1000), 512, 1); // 2 blocks, both sent
    stopped.start(0);
    stopped.onPacket(*parse(makeAck(1)), 1);
    stopped.stop();
    QCOMPARE(stopped.state(), Transfer::State::Done);
    QCOMPARE(stopped.unconfirmedBlocks(), 1);

    // Not every block sent: a silent client or a stop is a failure, as before.
    Transfer early = makeTransfer(pattern(5000), 512, 1);
    early.start(0);
    early.stop();
    QCOMPARE(early.state(), Transfer::State::Failed);
    QCOMPARE(early.unconfirmedBlocks(), 0);
    QVERIFY(!early.error().isEmpty());
}

void TestTftpTransfer::windowSlidesAndRecoversFromGap()
{
    Transfer t = makeTransfer(pattern(512 * 20 + 10), 512, 4);
    QList<QByteArray> w = t.start(0);
    QCOMPARE(w.size(), 4);
    w = t.onPacket(*parse(makeAck(4)), 1);
    QCOMPARE(w.size(), 4);
    QCOMPARE(parse(w.first())->block, quint16(5));
    // The client got 5 and 6, lost 7: it ACKs 6; sending resumes at 7 (go-back-N).
    w = t.onPacket(*parse(makeAck(6)), 2);
    QCOMPARE(parse(w.first())->block, quint16(7));
    QCOMPARE(w.size(), 4);
    QCOMPARE(parse(w.last())->block, quint16(10));
}

void TestTftpTransfer::blockNumbersRollOver()
{
    // 70,000 blocks of 8 bytes: the 16-bit block number wraps past 65535 to 0.
    const QByteArray file = pattern(8 * 70'000 + 3);
    Transfer t = makeTransfer(file, 8, 16);
    const Client client = run(t, 8, 16, 0.0, 2);
    QCOMPARE(t.state(), Transfer::State::Done);
    QCOMPARE(client.received, file);
    const qsizetype wrap = client.wireBlocks.indexOf(quint16(65535));
    QVERIFY(wrap > 0);
    QCOMPARE(client.wireBlocks.at(wrap + 1), quint16(0));
}

void TestTftpTransfer::lossyLinkDeliversEveryByte_data()
{
    QTest::addColumn<int>("windowSize");
    QTest::addColumn<double>("loss");
    QTest::newRow("window 1, 10% loss") << 1 << 0.10;
    QTest::newRow("window 8, 10% loss") << 8 << 0.10;
    QTest::newRow("window 16, 30% loss") << 16 << 0.30;
}

void TestTftpTransfer::lossyLinkDeliversEveryByte()
{
    QFETCH(int, windowSize);
    QFETCH(double, loss);
    const QByteArray file = pattern(300'000);
    for (quint32 seed = 1; seed <= 5; ++seed) {
        Transfer::Config c;
        c.options.blockSize = 1468;
        c.options.windowSize = windowSize;
        c.maxRetries = 50;
        Transfer t(std::make_shared<BufferContent>(file), c);
        const Client client = run(t, 1468, windowSize, loss, seed);
        QCOMPARE(t.state(), Transfer::State::Done);
        QCOMPARE(client.received, file);
        QVERIFY(t.retransmits() > 0);
    }
}

void TestTftpTransfer::clientErrorEnds()
{
    Transfer t = makeTransfer(pattern(5000), 512, 1);
    t.start(0);
    QVERIFY(t.onPacket(*parse(makeError(ErrorCode::DiskFull, "disk full")), 1).isEmpty());
    QCOMPARE(t.state(), Transfer::State::Failed);
    QVERIFY(t.error().contains(QLatin1String("disk full")));

    // Firmware's size probe: the OACK told tsize, the client ends it there. Not a failure.
    Transfer::Config c;
    c.options.oack = { { "tsize", "5000" } };
    Transfer probe(std::make_shared<BufferContent>(pattern(5000)), c);
    probe.start(0);
    QVERIFY(probe.onPacket(*parse(makeError(ErrorCode::NotDefined, "User aborted the transfer")), 1).isEmpty());
    QCOMPARE(probe.state(), Transfer::State::Done);
    QVERIFY(probe.sizeOnly());
    QCOMPARE(probe.bytesAcknowledged(), 0);

    // An error after the OACK without tsize is still a failure.
    Transfer::Config noSize;
    noSize.options.oack = { { "blksize", "1468" } };
    noSize.options.blockSize = 1468;
    Transfer other(std::make_shared<BufferContent>(pattern(5000)), noSize);
    other.start(0);
    other.onPacket(*parse(makeError(ErrorCode::NotDefined, "no")), 1);
    QCOMPARE(other.state(), Transfer::State::Failed);
    QVERIFY(!other.sizeOnly());

    // A new request for the file from the same address marks a transfer waiting for its OACK's
    // ACK: at its timeout it ends as the probe whose ERROR was lost, without resending.
    Transfer lost(std::make_shared<BufferContent>(pattern(5000)), c);
    lost.start(0);
    QVERIFY(lost.supersede());
    QCOMPARE(lost.state(), Transfer::State::WaitingForOackAck);
    QVERIFY(lost.onTimeout(lost.deadline()).isEmpty());
    QCOMPARE(lost.state(), Transfer::State::Done);
    QVERIFY(lost.sizeOnly());
    QCOMPARE(lost.retransmits(), 0);
    // Another client behind the same address ACKs its OACK in time: it is served as any other.
    Transfer neighbour(std::make_shared<BufferContent>(pattern(5000)), c);
    neighbour.start(0);
    QVERIFY(neighbour.supersede());
    QCOMPARE(neighbour.onPacket(*parse(QByteArray("\0\4\0\0", 4)), 1).size(), 1);
    QCOMPARE(neighbour.state(), Transfer::State::Sending);
    QVERIFY(!neighbour.sizeOnly());
    Transfer sizeless(std::make_shared<BufferContent>(pattern(5000)), noSize);
    sizeless.start(0);
    QVERIFY(!sizeless.supersede());
    QCOMPARE(sizeless.state(), Transfer::State::WaitingForOackAck);
    Transfer sending(std::make_shared<BufferContent>(pattern(5000)), c);
    sending.start(0);
    sending.onPacket(*parse(QByteArray("\0\4\0\0", 4)), 1);
    QCOMPARE(sending.state(), Transfer::State::Sending);
    QVERIFY(!sending.supersede());
    QCOMPARE(sending.state(), Transfer::State::Sending);
}

void TestTftpTransfer::shrinkingSourceFailsCleanly()
{
    class Shrinking final : public Content
    {
    public:
        qint64 size() const override { return 4096; }
        qint64 read(qint64 offset, char *into, qint64 length) const override
        {
            // Truncated to 1 KiB on disk after the transfer began: reads come back short, as a
            // file's do (the transfer reads ahead, so it learns this where its read-ahead ends).
            const qint64 got = std::max<qint64>(0, std::min<qint64>(length, 1024 - offset));
            std::memset(into, 'x', size_t(got));
            return got;
        }
        QDateTime modified() const override { return {}; }
    };
    Transfer::Config c;
    Transfer t(std::make_shared<Shrinking>(), c);
    t.start(0);
    t.onPacket(*parse(makeAck(1)), 1);
    QList<QByteArray> out = t.onPacket(*parse(makeAck(2)), 2);
    QCOMPARE(t.state(), Transfer::State::Failed);
    QCOMPARE(parse(out.last())->opcode, Opcode::Error);
}

QTEST_APPLESS_MAIN(TestTftpTransfer)
#include "tst_tftptransfer.moc"
