// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/bulkedit.h"

#include <QTest>

using namespace Crashcart;
using namespace Crashcart::Inventory;
using namespace Qt::StringLiterals;

class TestBulkEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void apply();
};

void TestBulkEdit::apply()
{
    Host a, b;
    QVERIFY(a.setField(HostField::Mac, u"52:54:00:00:00:01"_s).ok());
    QVERIFY(b.setField(HostField::Mac, u"52:54:00:00:00:02"_s).ok());
    a.tags = { u"old"_s, u"keep"_s };
    b.profile = u"rhel9"_s;
    b.tags = { u"gpu"_s };

    BulkEdit edit;
    QVERIFY(edit.isEmpty());
    edit.profile = u"rhel9"_s;
    edit.addTags = { u"gpu"_s };
    edit.removeTags = { u"old"_s };
    QVERIFY(!edit.isEmpty());
    const QList<Host> changed = edit.apply({ a, b });
    QCOMPARE(changed.size(), 1); // b already was what the edit asks for
    QCOMPARE(changed[0].mac, a.mac);
    QCOMPARE(changed[0].profile, u"rhel9"_s);
    QCOMPARE(changed[0].tags, (QStringList { u"keep"_s, u"gpu"_s }));

    BulkEdit clearBmc;
    clearBmc.bmcType = QString();
    b.bmcType = u"ipmi"_s;
    QCOMPARE(clearBmc.apply({ b }).first().bmcType, QString());
}

QTEST_APPLESS_MAIN(TestBulkEdit)
#include "tst_bulkedit.moc"
