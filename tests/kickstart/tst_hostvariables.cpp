// SPDX-License-Identifier: GPL-3.0-or-later
#include "kickstart/hostvariables.h"


#include <QTest>

using namespace Qt::StringLiterals;
using namespace Crashcart;
using namespace Crashcart::Kickstart;

class TestHostVariables : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void variables_data();
    void variables();
    void unsetFieldsAreKnownButNull();
    void tokensAreFresh();
};

void TestHostVariables::variables_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("name") << u"host.name"_s << u"web01"_s;
    QTest::newRow("mac") << u"host.mac"_s << u"52:54:00:00:00:0a"_s;
    QTest::newRow("mac dashes") << u"host.mac_dashes"_s << u"52-54-00-00-00-0a"_s;
    QTest::newRow("ip") << u"host.ip"_s << u"10.0.0.1"_s;
    QTest::newRow("bootproto") << u"host.bootproto"_s << u"static"_s;
    QTest::newRow("profile") << u"host.profile"_s << u"rhel9"_s;
    QTest::newRow("plain tags") << u"host.tags"_s << u"web gpu"_s;
    QTest::newRow("key=value tag") << u"tag.rack"_s << u"r3"_s;
    QTest::newRow("empty value tag") << u"tag.note"_s << QString();
    QTest::newRow("plain tag") << u"tag.gpu"_s << u"true"_s;
    QTest::newRow("has plain") << u"has.web"_s << u"true"_s;
    QTest::newRow("has key") << u"has.rack"_s << u"true"_s;
    QTest::newRow("has not") << u"has.fpga"_s << u"false"_s;
    QTest::newRow("server") << u"server.address"_s << u"10.0.0.5"_s;
    QTest::newRow("http port") << u"server.http_port"_s << u"8080"_s;
    QTest::newRow("tftp port") << u"server.tftp_port"_s << u"6969"_s;
    QTest::newRow("url") << u"server.url"_s << u"http://10.0.0.5:8080"_s;
    QTest::newRow("token") << u"install.token"_s << u"t0k"_s;
}

void TestHostVariables::variables()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    HostFacts h;
    h.mac = *MacAddress::parse(u"52:54:00:00:00:0a"_s);
    h.name = u"web01"_s;
    h.ip = u"10.0.0.1"_s;
    h.profile = u"rhel9"_s;
    h.tags = { u"web"_s, u"rack=r3"_s, u"gpu"_s, u"note="_s };
    const TemplateVariables v = hostVariables(h, { u"10.0.0.5"_s, 8080, 6969 }, u"t0k"_s);
    QVERIFY(v.isKnown(name));
    QCOMPARE(v.value(name).value_or(u"<unset>"_s), expected);
}

void TestHostVariables::unsetFieldsAreKnownButNull()
{
    HostFacts h;
    h.mac = *MacAddress::parse(u"52:54:00:00:00:0b"_s);
    const TemplateVariables v = hostVariables(h, { u"::1"_s, 80, 69 }, QString());
    QVERIFY(v.isKnown(u"host.ip"_s));
    QVERIFY(!v.value(u"host.ip"_s));
    QVERIFY(!v.value(u"host.name"_s));
    QVERIFY(!v.value(u"install.token"_s));
    QCOMPARE(v.value(u"host.bootproto"_s), u"dhcp"_s);
    QCOMPARE(v.value(u"server.url"_s), u"http://[::1]"_s);
    QVERIFY(!v.isKnown(u"tag.rack"_s));
}

void TestHostVariables::tokensAreFresh()
{
    const QString a = newInstallToken(), b = newInstallToken();
    QCOMPARE(a.size(), 32);
    QVERIFY(a != b);
}

QTEST_APPLESS_MAIN(TestHostVariables)
#include "tst_hostvariables.moc"
