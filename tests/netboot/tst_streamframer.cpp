// SPDX-License-Identifier: GPL-3.0-or-later
// RFC 6587's framings of syslog over TCP, fed whole and one byte at a time: LF-delimited and
// octet-counted messages mixed on one stream, CRLF, empty lines, messages over the limit (cut
// once, the rest skipped, the next message intact), broken octet counts, and the last line of a
// stream without its LF.
#include "netboot/syslog/streamframer.h"

#include <QTest>

using namespace Crashcart::Netboot::Syslog;
using namespace Qt::StringLiterals;

using Frames = QList<Frame>;
Q_DECLARE_METATYPE(Frames)

namespace Crashcart::Netboot::Syslog {
char *toString(const Frame &frame)
{
    return QTest::toString(QByteArray(frame.bytes + (frame.truncated ? " (truncated)" : "")));
}
} // namespace Crashcart::Netboot::Syslog

namespace {

// The frames of |stream| fed in pieces of |piece| bytes (0: whole), then finished.
std::pair<Frames, QString> frame(const QByteArray &stream, qsizetype piece, qsizetype max)
{
    StreamFramer framer(max);
    Frames frames;
    const qsizetype step = piece ? piece : qMax<qsizetype>(stream.size(), 1);
    for (qsizetype at = 0; at < stream.size(); at += step) {
        StreamFramer::Fed fed = framer.feed(QByteArrayView(stream).sliced(at, qMin(step, stream.size() - at)));
        frames += fed.frames;
        if (!fed.error.isEmpty())
            return { frames, fed.error };
    }
    if (auto last = framer.finish())
        frames.append(*last);
    return { frames, QString() };
}

} // namespace

class TestStreamFramer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void frames_data();
    void frames();
    void hugeLineCostsBoundedMemory();
};

void TestStreamFramer::frames_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<qsizetype>("max");
    QTest::addColumn<Frames>("expected");
    QTest::addColumn<bool>("broken");

    const qsizetype m = kMaxStreamMessage;
    QTest::newRow("lf") << "<13>a\n<14>b\n"_ba << m << Frames { { "<13>a"_ba }, { "<14>b"_ba } } << false;
    QTest::newRow("crlf") << "<13>a\r\n<14>b\r\n"_ba << m << Frames { { "<13>a"_ba }, { "<14>b"_ba } } << false;
    QTest::newRow("empty lines skipped") << "\n\r\n<13>a\n\n\n"_ba << m << Frames { { "<13>a"_ba } } << false;
    QTest::newRow("last line without lf") << "<13>a\n<13>b"_ba << m << Frames { { "<13>a"_ba }, { "<13>b"_ba } } << false;
    QTest::newRow("octet counted") << "5 <13>a6 <14>bc"_ba << m << Frames { { "<13>a"_ba }, { "<14>bc"_ba } } << false;
    QTest::newRow("octet count keeps lf") << "7 <13>a\nb"_ba << m << Frames { { "<13>a\nb"_ba } } << false;
    QTest::newRow("mixed") << "5 <13>a\n<14>b\n5 <15>c"_ba << m << Frames { { "<13>a"_ba }, { "<14>b"_ba }, { "<15>c"_ba } } << false;
    QTest::newRow("octet body cut short by the end") << "9 <13>a"_ba << m << Frames {} << false;
    QTest::newRow("line over the limit") << "<13>abcdefgh\n<14>x\n"_ba << qsizetype(6)
                                         << Frames { { "<13>ab"_ba, true }, { "<14>x"_ba } } << false;
    QTest::newRow("line exactly the limit") << "<13>ab\n"_ba << qsizetype(6) << Frames { { "<13>ab"_ba } } << false;
    QTest::newRow("octet count over the limit") << "10 <13>abcdef5 <14>x"_ba << qsizetype(6)
                                                << Frames { { "<13>ab"_ba, true }, { "<14>x"_ba } } << false;
    QTest::newRow("octet count exactly the limit") << "6 <13>ab"_ba << qsizetype(6) << Frames { { "<13>ab"_ba } } << false;
    QTest::newRow("count without space") << "<13>a\n12x"_ba << m << Frames { { "<13>a"_ba } } << true;
    QTest::newRow("count of zero") << "0 <13>a"_ba << m << Frames {} << true;
    QTest::newRow("count of ten digits") << "1234567890 x"_ba << m << Frames {} << true;
    QTest::newRow("count ends at lf") << "12\n"_ba << m << Frames {} << true;
    QTest::newRow("nothing") << QByteArray() << m << Frames {} << false;
}

void TestStreamFramer::frames()
{
    QFETCH(QByteArray, stream);
    QFETCH(qsizetype, max);
    QFETCH(Frames, expected);
    QFETCH(bool, broken);
    for (qsizetype piece : { qsizetype(0), qsizetype(1), qsizetype(2), qsizetype(5) }) {
        const auto [frames, error] = frame(stream, piece, max);
        QCOMPARE(frames, expected);
        QCOMPARE(!error.isEmpty(), broken);
    }
}

void TestStreamFramer::hugeLineCostsBoundedMemory()
{
    // 1 MiB with no LF, fed in 64 KiB reads as the receiver does: one truncated frame as soon
    // as the limit is reached, nothing more until the LF, then the next message whole.
    StreamFramer framer;
    const QByteArray chunk(64 * 1024, 'x');
    StreamFramer::Fed fed = framer.feed(QByteArray("<13>app: "_ba + chunk));
    QCOMPARE(fed.frames.size(), 1);
    QVERIFY(fed.frames.at(0).truncated);
    QCOMPARE(fed.frames.at(0).bytes.size(), kMaxStreamMessage);
    for (int i = 1; i < 16; ++i)
        QVERIFY(framer.feed(chunk).frames.isEmpty());
    fed = framer.feed("tail\n<13>app: next\n"_ba);
    QCOMPARE(fed.frames, Frames { { "<13>app: next"_ba } });
    QVERIFY(fed.error.isEmpty());
}

QTEST_APPLESS_MAIN(TestStreamFramer)
#include "tst_streamframer.moc"
