// SPDX-License-Identifier: GPL-3.0-or-later
#include "netboot/tftp/tftppacket.h"

#include <QTest>

using namespace Crashcart::Netboot::Tftp;

class TestTftpPacket : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void roundTrip();
    void fuzzNeverCrashes();
    void netascii_data();
    void netascii();
    void requestRefusal_data();
    void requestRefusal();
};

namespace {

// A read request for "f" in octet mode with |count| options named o0, o1, ... valued |value|.
QByteArray withOptions(int count, const QByteArray &value = "1", bool shortNames = false)
{
    Options options;
    for (int i = 0; i < count; ++i)
        options.append({ shortNames ? QByteArray(1, char('a' + i % 26)) : "o" + QByteArray::number(i), value });
    return makeRequest(Opcode::Rrq, "f", "octet", options);
}

} // namespace

void TestTftpPacket::netascii_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("wire");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("line ends") << QByteArray("a\nb\n") << QByteArray("a\r\nb\r\n");
    QTest::newRow("lone cr") << QByteArray("a\rb") << QByteArray("a\r\0b", 4);
    QTest::newRow("crlf stays one line end") << QByteArray("a\r\n") << QByteArray("a\r\0\r\n", 5);
    QTest::newRow("nul and high bytes kept") << QByteArray("\0\xff", 2) << QByteArray("\0\xff", 2);
}

void TestTftpPacket::netascii()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, wire);
    QCOMPARE(toNetascii(text), wire);
}

void TestTftpPacket::parse_data()
{
    QTest::addColumn<QByteArray>("datagram");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("opcode");

    QTest::newRow("rrq") << QByteArray("\0\1pxelinux.0\0octet\0", 19) << true << 1;
    QTest::newRow("rrq options") << QByteArray("\0\1f\0OCTET\0blksize\0001468\0tsize\0000\0", 31) << true << 1;
    QTest::newRow("wrq") << QByteArray("\0\2f\0octet\0", 10) << true << 2;
    QTest::newRow("ack") << QByteArray("\0\4\0\1", 4) << true << 4;
    QTest::newRow("error") << QByteArray("\0\5\0\1nope\0", 9) << true << 5;
    QTest::newRow("error unterminated") << QByteArray("\0\5\0\1nope", 8) << true << 5;
    QTest::newRow("data") << QByteArray("\0\3\0\1abc", 7) << true << 3;
    QTest::newRow("oack") << QByteArray("\0\6blksize\0" "512\0", 14) << true << 6;

    QTest::newRow("empty") << QByteArray() << false << 0;
    QTest::newRow("one byte") << QByteArray("\0", 1) << false << 0;
    QTest::newRow("three bytes") << QByteArray("\0\4\0", 3) << false << 0;
    QTest::newRow("unknown opcode") << QByteArray("\0\x09\0\1", 4) << false << 0;
    QTest::newRow("opcode zero") << QByteArray("\0\0\0\1", 4) << false << 0;
    QTest::newRow("rrq no mode") << QByteArray("\0\1file\0", 7) << false << 0;
    QTest::newRow("rrq unterminated") << QByteArray("\0\1file\0octet", 12) << false << 0;
    QTest::newRow("rrq empty name") << QByteArray("\0\1\0octet\0", 9) << false << 0;
    QTest::newRow("rrq option without value") << QByteArray("\0\1f\0octet\0blksize\0", 18) << false << 0;
    QTest::newRow("rrq empty option name") << QByteArray("\0\1f\0octet\0\0" "5\0", 14) << false << 0;
    QTest::newRow("rrq huge") << (QByteArray("\0\1", 2) + QByteArray(5000, 'a') + QByteArray("\0octet\0", 7)) << false << 0;
    QTest::newRow("ack too long") << QByteArray("\0\4\0\1\0", 5) << false << 0;
    QTest::newRow("oack odd") << QByteArray("\0\6blksize\0", 10) << false << 0;
    QTest::newRow("rrq 32 options") << withOptions(32) << true << 1;
    QTest::newRow("rrq 33 options") << withOptions(33) << false << 0;
    QTest::newRow("rrq opcode alone") << QByteArray("\0\1", 2) << false << 0;
    QTest::newRow("oversized datagram") << (QByteArray("\0\3\0\1", 4) + QByteArray(70000, 'x')) << false << 0;
}

void TestTftpPacket::parse()
{
    QFETCH(QByteArray, datagram);
    QFETCH(bool, valid);
    QFETCH(int, opcode);
    const auto packet = Crashcart::Netboot::Tftp::parse(datagram);
    QCOMPARE(packet.ok(), valid);
    if (valid)
        QCOMPARE(int(packet->opcode), opcode);
    else
        QVERIFY(!packet.error().message.isEmpty());
}

void TestTftpPacket::roundTrip()
{
    const Options options { { "blksize", "1468" }, { "tsize", "0" }, { "windowsize", "16" } };
    auto rrq = Crashcart::Netboot::Tftp::parse(makeRequest(Opcode::Rrq, "dir/file", "octet", options));
    QVERIFY(rrq.ok());
    QCOMPARE(rrq->filename, QByteArray("dir/file"));
    QCOMPARE(rrq->mode, QByteArray("octet"));
    QCOMPARE(rrq->options, options);

    auto data = Crashcart::Netboot::Tftp::parse(makeData(65535, "payload"));
    QCOMPARE(data->block, quint16(65535));
    QCOMPARE(data->payload, QByteArray("payload"));
    QCOMPARE(Crashcart::Netboot::Tftp::parse(makeAck(7))->block, quint16(7));
    auto error = Crashcart::Netboot::Tftp::parse(makeError(ErrorCode::FileNotFound, "missing"));
    QCOMPARE(error->error, ErrorCode::FileNotFound);
    QCOMPARE(error->message, QByteArray("missing"));
    QCOMPARE(Crashcart::Netboot::Tftp::parse(makeOack(options))->options, options);
}

void TestTftpPacket::fuzzNeverCrashes()
{
    // Every prefix and every single-byte corruption of real packets parses or fails cleanly.
    const QList<QByteArray> seeds = { makeRequest(Opcode::Rrq, "pxelinux.0", "octet", { { "blksize", "1468" } }),
                                      makeAck(1), makeData(1, "abc"), makeError(ErrorCode::AccessViolation, "x"),
                                      makeOack({ { "tsize", "1" } }) };
    int parsed = 0;
    for (const QByteArray &seed : seeds) {
        for (qsizetype n = 0; n <= seed.size(); ++n)
            parsed += Crashcart::Netboot::Tftp::parse(seed.left(n)).ok();
        for (qsizetype i = 0; i < seed.size(); ++i) {
            for (int v : { 0, 1, 0x7f, 0xff }) {
                QByteArray mutated = seed;
                mutated[i] = char(v);
                parsed += Crashcart::Netboot::Tftp::parse(mutated).ok();
            }
        }
    }
    QVERIFY(parsed > 0);
}

void TestTftpPacket::requestRefusal_data()
{
    QTest::addColumn<QByteArray>("datagram");
    QTest::addColumn<int>("code"); // of the ERROR the server answers with; -1: it stays silent
    QTest::addColumn<QByteArray>("says");

    // No request at all: silence, or the server would answer spoofed junk (a reflector).
    QTest::newRow("empty") << QByteArray() << -1 << QByteArray();
    QTest::newRow("one byte") << QByteArray("\0", 1) << -1 << QByteArray();
    QTest::newRow("garbage") << QByteArray(1500, '\xff') << -1 << QByteArray();
    QTest::newRow("unknown opcode") << QByteArray("\0\x09\0\1", 4) << -1 << QByteArray();
    QTest::newRow("ack") << QByteArray("\0\4\0\1", 4) << -1 << QByteArray();
    QTest::newRow("broken ack") << QByteArray("\0\4\0\1\0", 5) << -1 << QByteArray();
    QTest::newRow("good rrq") << QByteArray("\0\1f\0octet\0blksize\0" "1468\0", 23) << -1 << QByteArray();
    QTest::newRow("32 options") << withOptions(32) << -1 << QByteArray();

    // Requests, broken: an ERROR that says why. Code 8 when the options are to blame.
    QTest::newRow("opcode alone") << QByteArray("\0\1", 2) << 4 << QByteArray("no file name and mode");
    QTest::newRow("no mode") << QByteArray("\0\1file\0", 7) << 4 << QByteArray("no file name and mode");
    QTest::newRow("mode unterminated") << QByteArray("\0\1file\0octet", 12) << 4 << QByteArray("no file name and mode");
    QTest::newRow("empty name") << QByteArray("\0\1\0octet\0", 9) << 4 << QByteArray("empty file name");
    QTest::newRow("long name") << (QByteArray("\0\1", 2) + QByteArray(5000, 'a') + QByteArray("\0octet\0", 7)) << 4
                               << QByteArray("request too long");
    QTest::newRow("option unterminated") << QByteArray("\0\1f\0octet\0blksize\0" "1468", 22) << 8
                                         << QByteArray("option not NUL-terminated");
    QTest::newRow("option name unterminated") << QByteArray("\0\1f\0octet\0blksize", 17) << 8
                                              << QByteArray("option not NUL-terminated");
    QTest::newRow("option without value") << QByteArray("\0\1f\0octet\0blksize\0", 18) << 8
                                          << QByteArray("option without a value");
    QTest::newRow("option without name") << QByteArray("\0\1f\0octet\0\0" "5\0", 13) << 8 << QByteArray("option without a name");
    QTest::newRow("33 options") << withOptions(33) << 8 << QByteArray("too many options");
    QTest::newRow("200 short options") << withOptions(200, "1", true) << 8 << QByteArray("too many options");
    QTest::newRow("200 options") << withOptions(200) << 8 << QByteArray("options too long");
    QTest::newRow("wrq option unterminated") << QByteArray("\0\2f\0octet\0tsize", 15) << 8 << QByteArray("option not NUL-terminated");
}

void TestTftpPacket::requestRefusal()
{
    QFETCH(QByteArray, datagram);
    QFETCH(int, code);
    QFETCH(QByteArray, says);
    const QByteArray reply = Crashcart::Netboot::Tftp::requestRefusal(datagram);
    if (code < 0) {
        QVERIFY(reply.isEmpty());
        return;
    }
    QVERIFY(!Crashcart::Netboot::Tftp::parse(datagram).ok()); // only what parse() refuses
    const auto error = Crashcart::Netboot::Tftp::parse(reply);
    QVERIFY(error.ok());
    QCOMPARE(error->opcode, Opcode::Error);
    QCOMPARE(int(error->error), code);
    QVERIFY2(error->message.contains(says), error->message.constData());
    QVERIFY(reply.size() <= 64); // a small answer: no amplification worth the name
}

QTEST_APPLESS_MAIN(TestTftpPacket)
#include "tst_tftppacket.moc"
