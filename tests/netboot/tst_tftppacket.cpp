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
};

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

QTEST_APPLESS_MAIN(TestTftpPacket)
#include "tst_tftppacket.moc"
