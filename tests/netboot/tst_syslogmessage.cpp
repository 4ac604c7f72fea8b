// SPDX-License-Identifier: GPL-3.0-or-later
// The syslog codec: RFC 3164 and its variants, RFC 5424 with and without structured data
// and BOM, text made safe and bounded, and hostile datagrams that must be errors.
#include "netboot/syslog/syslogmessage.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Crashcart;
using namespace Crashcart::Netboot::Syslog;
using namespace Qt::StringLiterals;

namespace {

// A fixed "now" for RFC 3164's year-less timestamps.
const QDateTime kNow(QDate(2026, 12, 10), QTime(12, 0), Qt::UTC);

QString stamp(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

class TestSyslogMessage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
    void structuredData();
    void textIsBoundedOnCharacterBoundary();
    void largestDatagramIsRead();
    void bsdYearRollsBack();
    void severityNames();
    void randomBytesNeverBreakTheRules();
};

void TestSyslogMessage::parses_data()
{
    QTest::addColumn<QByteArray>("datagram");
    QTest::addColumn<bool>("rfc5424");
    QTest::addColumn<int>("facility");
    QTest::addColumn<int>("severity");
    QTest::addColumn<QString>("timestamp");
    QTest::addColumn<QString>("hostname");
    QTest::addColumn<QString>("app");
    QTest::addColumn<QString>("procId");
    QTest::addColumn<QString>("msgId");
    QTest::addColumn<QString>("text");

    // RFC 3164, as rsyslog forwards (RSYSLOG_TraditionalForwardFormat) and as Anaconda's
    // handler tags it (local1 = 17, so info is <142>).
    QTest::newRow("bsd anaconda with pid")
        << "<30>Dec  4 16:00:01 localhost anaconda[1234]: Installing bash.x86_64 (12/345)"_ba << false << 3 << 6
        << u"2026-12-04T16:00:01.000Z"_s << u"localhost"_s << u"anaconda"_s << u"1234"_s << QString()
        << u"Installing bash.x86_64 (12/345)"_s;
    QTest::newRow("bsd anaconda local1")
        << "<142>Dec  4 16:00:01 installer anaconda: Performing post-installation setup tasks"_ba << false << 17 << 6
        << u"2026-12-04T16:00:01.000Z"_s << u"installer"_s << u"anaconda"_s << QString() << QString()
        << u"Performing post-installation setup tasks"_s;
    QTest::newRow("bsd zero-padded day, err")
        << "<11>Dec 04 06:07:08 host1 kernel: boom"_ba << false << 1 << 3 << u"2026-12-04T06:07:08.000Z"_s
        << u"host1"_s << u"kernel"_s << QString() << QString() << u"boom"_s;
    QTest::newRow("bsd bare day and milliseconds")
        << "<14>Nov 3 10:00:00.25 h app: x"_ba << false << 1 << 6 << u"2026-11-03T10:00:00.250Z"_s << u"h"_s
        << u"app"_s << QString() << QString() << u"x"_s;
    QTest::newRow("bsd no host (syslog(3))")
        << "<30>Dec  4 16:00:01 anaconda[1234]: hello"_ba << false << 3 << 6 << u"2026-12-04T16:00:01.000Z"_s
        << QString() << u"anaconda"_s << u"1234"_s << QString() << u"hello"_s;
    QTest::newRow("bsd no timestamp") << "<13>anaconda: hello there"_ba << false << 1 << 5 << QString() << QString()
                                      << u"anaconda"_s << QString() << QString() << u"hello there"_s;
    QTest::newRow("bsd no timestamp, no tag") << "<13>just some text"_ba << false << 1 << 5 << QString() << QString()
                                              << QString() << QString() << QString() << u"just some text"_s;
    QTest::newRow("bsd host, no tag")
        << "<13>Dec  4 16:00:01 host1 some text: here"_ba << false << 1 << 5 << u"2026-12-04T16:00:01.000Z"_s
        << u"host1"_s << QString() << QString() << QString() << u"some text: here"_s;
    QTest::newRow("bsd IPv6 host") << "<13>Dec  4 16:00:01 fe80::1 app: x"_ba << false << 1 << 5
                                   << u"2026-12-04T16:00:01.000Z"_s << u"fe80::1"_s << u"app"_s << QString()
                                   << QString() << u"x"_s;
    QTest::newRow("bsd impossible date") << "<13>Feb 30 10:00:00 host app: x"_ba << false << 1 << 5 << QString()
                                         << u"host"_s << u"app"_s << QString() << QString() << u"x"_s;
    QTest::newRow("bsd empty message") << "<13>Dec  4 16:00:01 host app:"_ba << false << 1 << 5
                                       << u"2026-12-04T16:00:01.000Z"_s << u"host"_s << u"app"_s << QString()
                                       << QString() << QString();
    QTest::newRow("rsyslog forward format")
        << "<142>2026-12-04T16:00:01.123456+01:00 installer anaconda[1]: msg"_ba << false << 17 << 6
        << u"2026-12-04T15:00:01.123Z"_s << u"installer"_s << u"anaconda"_s << u"1"_s << QString() << u"msg"_s;
    QTest::newRow("controls made safe") << "<13>app: a\tb\nc\x01" "d\x7f" "e\r\n"_ba << false << 1 << 5 << QString()
                                        << QString() << u"app"_s << QString() << QString()
                                        << u"a b c\uFFFDd\uFFFDe"_s;
    QTest::newRow("bidi override made safe") << "<13>app: abc\xE2\x80\xAE" "def"_ba << false << 1 << 5 << QString()
                                             << QString() << u"app"_s << QString() << QString() << u"abc\uFFFDdef"_s;
    QTest::newRow("invalid utf-8 replaced") << "<13>app: a\xff" "b"_ba << false << 1 << 5 << QString() << QString()
                                            << u"app"_s << QString() << QString() << u"a\uFFFDb"_s;
    QTest::newRow("trailing NUL and newline") << QByteArray("<13>app: hello\n\0", 16) << false << 1 << 5 << QString()
                                              << QString() << u"app"_s << QString() << QString() << u"hello"_s;
    QTest::newRow("pri 0") << "<0>x"_ba << false << 0 << 0 << QString() << QString() << QString() << QString()
                           << QString() << u"x"_s;
    QTest::newRow("pri 191") << "<191>x"_ba << false << 23 << 7 << QString() << QString() << QString() << QString()
                             << QString() << u"x"_s;

    // RFC 5424.
    QTest::newRow("5424 anaconda")
        << "<14>1 2026-12-04T16:00:01.123Z host anaconda 1234 - - Installing kernel-core.x86_64 (300/345)"_ba << true
        << 1 << 6 << u"2026-12-04T16:00:01.123Z"_s << u"host"_s << u"anaconda"_s << u"1234"_s << QString()
        << u"Installing kernel-core.x86_64 (300/345)"_s;
    QTest::newRow("5424 RFC example with SD and BOM")
        << "<165>1 2003-10-11T22:14:15.003Z mymachine.example.com evntslog - ID47 [exampleSDID@32473 iut=\"3\" "
           "eventSource=\"Application\" eventID=\"1011\"] \xEF\xBB\xBF" "An application event log entry..."_ba
        << true << 20 << 5 << u"2003-10-11T22:14:15.003Z"_s << u"mymachine.example.com"_s << u"evntslog"_s << QString()
        << u"ID47"_s << u"An application event log entry..."_s;
    QTest::newRow("5424 microseconds and offset")
        << "<14>1 2026-12-04T16:00:01.123456-05:00 h a p m - x"_ba << true << 1 << 6 << u"2026-12-04T21:00:01.123Z"_s
        << u"h"_s << u"a"_s << u"p"_s << u"m"_s << u"x"_s;
    QTest::newRow("5424 BOM without SD") << "<14>1 2026-12-04T16:00:01Z h a p m - \xEF\xBB\xBFhello"_ba << true << 1
                                         << 6 << u"2026-12-04T16:00:01.000Z"_s << u"h"_s << u"a"_s << u"p"_s << u"m"_s
                                         << u"hello"_s;
    QTest::newRow("5424 all nil, no message") << "<14>1 - - - - - -"_ba << true << 1 << 6 << QString() << QString()
                                              << QString() << QString() << QString() << QString();
    QTest::newRow("5424 unreadable timestamp") << "<14>1 yesterday h a - - - x"_ba << true << 1 << 6 << QString()
                                               << u"h"_s << u"a"_s << QString() << QString() << u"x"_s;
    QTest::newRow("5424 utf-8") << "<14>1 - h a - - - Grüße 你好"_ba << true << 1 << 6 << QString() << u"h"_s << u"a"_s
                                << QString() << QString() << u"Grüße 你好"_s;
}

void TestSyslogMessage::parses()
{
    QFETCH(QByteArray, datagram);
    auto m = parseSyslog(datagram, kNow);
    QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().message));
    QTEST(m->format == Format::Rfc5424, "rfc5424");
    QTEST(m->facility, "facility");
    QTEST(m->severity, "severity");
    QTEST(stamp(m->timestamp), "timestamp");
    QTEST(m->hostname, "hostname");
    QTEST(m->app, "app");
    QTEST(m->procId, "procId");
    QTEST(m->msgId, "msgId");
    QTEST(m->text, "text");
    QVERIFY(!m->truncated);
}

void TestSyslogMessage::refuses_data()
{
    QTest::addColumn<QByteArray>("datagram");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("no pri") << "hello"_ba;
    QTest::newRow("unclosed pri") << "<13"_ba;
    QTest::newRow("empty pri") << "<>x"_ba;
    QTest::newRow("letters in pri") << "<ab>x"_ba;
    QTest::newRow("negative pri") << "<-1>x"_ba;
    QTest::newRow("pri 192") << "<192>x"_ba;
    QTest::newRow("pri 999") << "<999>x"_ba;
    QTest::newRow("four-digit pri") << "<0013>x"_ba;
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff\xfe", 5);
    QTest::newRow("NUL in pri") << QByteArray("<1\0>x", 5);
    QTest::newRow("over 64 KiB") << QByteArray("<13>app: "_ba + QByteArray(kMaxDatagram, 'a'));
    QTest::newRow("5424 version only") << "<14>1 "_ba;
    QTest::newRow("5424 truncated header") << "<14>1 2026-12-04T16:00:01Z host"_ba;
    QTest::newRow("5424 no MSGID") << "<14>1 - h a p"_ba;
    QTest::newRow("5424 no SD") << "<14>1 - h a p m "_ba;
    QTest::newRow("5424 SD neither nil nor element") << "<14>1 - h a p m x"_ba;
    QTest::newRow("5424 unterminated SD") << "<14>1 - h a p m [id a=\"b"_ba;
    QTest::newRow("5424 unterminated SD element") << "<14>1 - h a p m [id"_ba;
    QTest::newRow("5424 unquoted SD value") << "<14>1 - h a p m [id a=b]"_ba;
    QTest::newRow("5424 SD without ID") << "<14>1 - h a p m [ a=\"b\"]"_ba;
    QTest::newRow("5424 no space before message") << "<14>1 - h a p m -x"_ba;
    QTest::newRow("5424 double space") << "<14>1  - h a p m - x"_ba;
    QTest::newRow("5424 hostname too long") << QByteArray("<14>1 - "_ba + QByteArray(256, 'h') + " a p m - x"_ba);
    QTest::newRow("5424 control character in header") << "<14>1 - h\x01 a p m - x"_ba;
}

void TestSyslogMessage::refuses()
{
    QFETCH(QByteArray, datagram);
    const auto m = parseSyslog(datagram, kNow);
    QVERIFY(!m.ok());
    QCOMPARE(m.error().code, u"syslog.malformed"_s);
    QVERIFY(m.error().message.startsWith(u"Malformed syslog message: "_s));
}

void TestSyslogMessage::structuredData()
{
    const auto m = parseSyslog(R"(<14>1 - host app - - [x@1 a="q\"uo\]te\\d" b="back\slash"][timeQuality tzKnown="1"] text)"_ba, kNow);
    QVERIFY(m.ok());
    QCOMPARE(m->structuredData.size(), 2);
    QCOMPARE(m->structuredData[0].id, u"x@1"_s);
    QCOMPARE(m->structuredData[0].params.size(), 2);
    QCOMPARE(m->structuredData[0].params[0], qMakePair(u"a"_s, uR"(q"uo]te\d)"_s));
    QCOMPARE(m->structuredData[0].params[1], qMakePair(u"b"_s, uR"(back\slash)"_s));
    QCOMPARE(m->structuredData[1].id, u"timeQuality"_s);
    QCOMPARE(m->structuredData[1].params, (QList<QPair<QString, QString>> { { u"tzKnown"_s, u"1"_s } }));
    QCOMPARE(m->text, u"text"_s);
}

void TestSyslogMessage::textIsBoundedOnCharacterBoundary()
{
    auto m = parseSyslog(QByteArray("<13>app: "_ba + QByteArray(kMaxText + 100, 'x')), kNow);
    QVERIFY(m.ok());
    QVERIFY(m->truncated);
    QCOMPARE(m->text.size(), kMaxText);

    // "é" is two bytes; starting one byte before the limit, it does not fit and goes whole.
    m = parseSyslog(QByteArray("<13>app: "_ba + QByteArray(kMaxText - 1, 'x') + "\xC3\xA9 tail"_ba), kNow);
    QVERIFY(m.ok());
    QVERIFY(m->truncated);
    QCOMPARE(m->text, QString(kMaxText - 1, u'x'));

    m = parseSyslog(QByteArray("<13>app: "_ba + QByteArray(kMaxText, 'x')), kNow);
    QVERIFY(m.ok());
    QVERIFY(!m->truncated);
    QCOMPARE(m->text.size(), kMaxText);
}

void TestSyslogMessage::largestDatagramIsRead()
{
    const QByteArray head = "<14>1 - h a - - - "_ba;
    const auto m = parseSyslog(QByteArray(head + QByteArray(kMaxDatagram - head.size(), 'y')), kNow);
    QVERIFY(m.ok());
    QVERIFY(m->truncated);
    QCOMPARE(m->text.size(), kMaxText);
}

void TestSyslogMessage::bsdYearRollsBack()
{
    // Read on January 2nd, "Dec 31" is last year's, "Jan  2" this year's.
    const QDateTime newYear(QDate(2027, 1, 2), QTime(0, 5), Qt::UTC);
    auto m = parseSyslog("<13>Dec 31 23:59:59 h app: x"_ba, newYear);
    QVERIFY(m.ok());
    QCOMPARE(stamp(m->timestamp), u"2026-12-31T23:59:59.000Z"_s);
    m = parseSyslog("<13>Jan  2 00:04:00 h app: x"_ba, newYear);
    QVERIFY(m.ok());
    QCOMPARE(stamp(m->timestamp), u"2027-01-02T00:04:00.000Z"_s);
}

void TestSyslogMessage::severityNames()
{
    const QStringList expected = { u"emerg"_s, u"alert"_s, u"crit"_s, u"err"_s,
                                   u"warning"_s, u"notice"_s, u"info"_s, u"debug"_s };
    for (int s = 0; s < 8; ++s) {
        QCOMPARE(severityName(s), expected[s]);
        const auto m = parseSyslog(QByteArray("<" + QByteArray::number(8 + s) + "> x"), kNow);
        QVERIFY(m.ok());
        QCOMPARE(m->severityName(), expected[s]);
    }
    QCOMPARE(severityName(8), QString());
    QCOMPARE(severityName(-1), QString());
}

void TestSyslogMessage::randomBytesNeverBreakTheRules()
{
    QRandomGenerator rng(10);
    for (int i = 0; i < 3000; ++i) {
        QByteArray d(int(rng.bounded(200)), Qt::Uninitialized);
        for (char &c : d)
            c = char(rng.bounded(256));
        if (i % 2)
            d.prepend(i % 4 == 1 ? "<14>1 " : "<13>"); // get past PRI half the time
        const auto m = parseSyslog(d, kNow);
        if (!m.ok()) {
            QCOMPARE(m.error().code, u"syslog.malformed"_s);
            continue;
        }
        QVERIFY(m->severity >= 0 && m->severity < 8 && m->facility >= 0 && m->facility < 24);
        for (const QString &field : { m->text, m->hostname, m->app, m->procId, m->msgId }) {
            for (const QChar c : field)
                QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7f, qPrintable(field));
        }
    }
}

QTEST_APPLESS_MAIN(TestSyslogMessage)
#include "tst_syslogmessage.moc"
