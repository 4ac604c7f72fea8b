// SPDX-License-Identifier: GPL-3.0-or-later
#include "netboot/tftp/tftpoptions.h"

#include <QTest>

using namespace Crashcart::Netboot::Tftp;

class TestTftpOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void negotiate_data();
    void negotiate();
};

void TestTftpOptions::negotiate_data()
{
    QTest::addColumn<Options>("requested");
    QTest::addColumn<int>("pathLimit"); // 0: unknown
    QTest::addColumn<int>("blockSize");
    QTest::addColumn<int>("windowSize");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<Options>("oack");

    QTest::newRow("none") << Options {} << 0 << 512 << 1 << 1000 << Options {};
    QTest::newRow("blksize") << Options { { "blksize", "1468" } } << 0 << 1468 << 1 << 1000 << Options { { "blksize", "1468" } };
    QTest::newRow("blksize max") << Options { { "blksize", "65464" } } << 0 << 65464 << 1 << 1000 << Options { { "blksize", "65464" } };
    QTest::newRow("blksize above max is capped") << Options { { "blksize", "99999" } } << 0 << 65464 << 1 << 1000
                                                 << Options { { "blksize", "65464" } };
    QTest::newRow("blksize capped to path") << Options { { "blksize", "65464" } } << 1468 << 1468 << 1 << 1000
                                            << Options { { "blksize", "1468" } };
    QTest::newRow("blksize below 8 ignored") << Options { { "blksize", "7" } } << 0 << 512 << 1 << 1000 << Options {};
    QTest::newRow("blksize not a number") << Options { { "blksize", "12ab" } } << 0 << 512 << 1 << 1000 << Options {};
    QTest::newRow("blksize negative") << Options { { "blksize", "-5" } } << 0 << 512 << 1 << 1000 << Options {};
    QTest::newRow("blksize overflow") << Options { { "blksize", "99999999999999999999" } } << 0 << 512 << 1 << 1000 << Options {};
    QTest::newRow("tsize") << Options { { "tsize", "0" } } << 0 << 512 << 1 << 1000 << Options { { "tsize", "4242" } };
    QTest::newRow("timeout") << Options { { "timeout", "3" } } << 0 << 512 << 1 << 3000 << Options { { "timeout", "3" } };
    QTest::newRow("timeout 0 ignored") << Options { { "timeout", "0" } } << 0 << 512 << 1 << 1000 << Options {};
    QTest::newRow("timeout 256 ignored") << Options { { "timeout", "256" } } << 0 << 512 << 1 << 1000 << Options {};
    QTest::newRow("windowsize") << Options { { "windowsize", "16" } } << 0 << 512 << 16 << 1000 << Options { { "windowsize", "16" } };
    QTest::newRow("windowsize capped") << Options { { "windowsize", "65535" } } << 0 << 512 << 64 << 1000
                                       << Options { { "windowsize", "64" } };
    QTest::newRow("windowsize 0 ignored") << Options { { "windowsize", "0" } } << 0 << 512 << 1 << 1000 << Options {};
    QTest::newRow("unknown ignored") << Options { { "multicast", "" }, { "utimeout", "1000" } } << 0 << 512 << 1 << 1000
                                     << Options {};
    QTest::newRow("all, order kept") << Options { { "tsize", "0" }, { "blksize", "1468" }, { "windowsize", "8" } } << 0 << 1468
                                     << 8 << 1000 << Options { { "tsize", "4242" }, { "blksize", "1468" }, { "windowsize", "8" } };
}

void TestTftpOptions::negotiate()
{
    QFETCH(Options, requested);
    QFETCH(int, pathLimit);
    QFETCH(int, blockSize);
    QFETCH(int, windowSize);
    QFETCH(int, timeoutMs);
    QFETCH(Options, oack);
    const Negotiated n = Crashcart::Netboot::Tftp::negotiate(requested, Limits {}, 4242,
                                                              pathLimit ? std::optional<int>(pathLimit) : std::nullopt);
    QCOMPARE(n.blockSize, blockSize);
    QCOMPARE(n.windowSize, windowSize);
    QCOMPARE(n.timeoutMs, timeoutMs);
    QCOMPARE(n.oack, oack);
}

QTEST_APPLESS_MAIN(TestTftpOptions)
#include "tst_tftpoptions.moc"
