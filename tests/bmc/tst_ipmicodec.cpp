// SPDX-License-Identifier: GPL-3.0-or-later
#include "bmc/ipmicodec.h"

#include <QTest>

using namespace Crashcart::Bmc;
using namespace Qt::StringLiterals;
namespace Codec = Crashcart::Bmc::IpmiCodec;

Q_DECLARE_METATYPE(Crashcart::Bmc::BootDevice)
Q_DECLARE_METATYPE(Crashcart::Bmc::BootMode)

class TestIpmiCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bootFlagsRoundTrip_data();
    void bootFlagsRoundTrip();
    void bootFlagsBytes_data();
    void bootFlagsBytes();
    void noOverrideIsZeros();
    void decodeOddBytes_data();
    void decodeOddBytes();
    void shortBuffersRefused_data();
    void shortBuffersRefused();
    void bootFlagsResponse();
    void chassisStatus_data();
    void chassisStatus();
    void chassisControl();
    void requests();
    void parseResponse();
    void completionCodes();
    void realCompletionCodes_data();
    void realCompletionCodes();
};

void TestIpmiCodec::bootFlagsRoundTrip_data()
{
    QTest::addColumn<BootDevice>("device");
    QTest::addColumn<BootMode>("mode");
    QTest::addColumn<bool>("once");
    const QList<BootDevice> devices { BootDevice::Pxe, BootDevice::Disk, BootDevice::Cdrom, BootDevice::BiosSetup };
    const QList<BootMode> modes { BootMode::Legacy, BootMode::Uefi };
    for (BootDevice device : devices) {
        for (BootMode mode : modes) {
            for (bool once : { true, false }) {
                const QString name = bootDeviceName(device) + QLatin1Char(' ') + bootModeName(mode)
                    + (once ? QLatin1String(" once") : QLatin1String(" persistent"));
                QTest::newRow(qPrintable(name)) << device << mode << once;
            }
        }
    }
}

void TestIpmiCodec::bootFlagsRoundTrip()
{
    QFETCH(BootDevice, device);
    QFETCH(BootMode, mode);
    QFETCH(bool, once);
    const QByteArray bytes = Codec::encodeBootFlags(device, mode, once);
    QCOMPARE(bytes.size(), 5);
    const auto decoded = Codec::decodeBootFlags(bytes);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded->device, device);
    QCOMPARE(decoded->mode, mode);
    QCOMPARE(decoded->once, once);
}

void TestIpmiCodec::bootFlagsBytes_data()
{
    QTest::addColumn<BootDevice>("device");
    QTest::addColumn<BootMode>("mode");
    QTest::addColumn<bool>("once");
    QTest::addColumn<QByteArray>("hex");
    // What `ipmitool chassis bootdev pxe` sends, and its options=efiboot,persistent forms.
    QTest::newRow("pxe legacy once") << BootDevice::Pxe << BootMode::Legacy << true << QByteArray("8004000000");
    QTest::newRow("pxe uefi once") << BootDevice::Pxe << BootMode::Uefi << true << QByteArray("a004000000");
    QTest::newRow("pxe uefi persistent") << BootDevice::Pxe << BootMode::Uefi << false << QByteArray("e004000000");
    QTest::newRow("disk legacy persistent") << BootDevice::Disk << BootMode::Legacy << false << QByteArray("c008000000");
    QTest::newRow("cdrom") << BootDevice::Cdrom << BootMode::Legacy << true << QByteArray("8014000000");
    QTest::newRow("bios setup") << BootDevice::BiosSetup << BootMode::Legacy << true << QByteArray("8018000000");
    // No mode asked for: legacy (EFI bit clear), as ipmitool without efiboot.
    QTest::newRow("pxe unknown mode") << BootDevice::Pxe << BootMode::Unknown << true << QByteArray("8004000000");
}

void TestIpmiCodec::bootFlagsBytes()
{
    QFETCH(BootDevice, device);
    QFETCH(BootMode, mode);
    QFETCH(bool, once);
    QFETCH(QByteArray, hex);
    QCOMPARE(Codec::encodeBootFlags(device, mode, once).toHex(), hex);
}

void TestIpmiCodec::noOverrideIsZeros()
{
    QCOMPARE(Codec::encodeBootFlags(BootDevice::None, BootMode::Uefi, false), QByteArray(5, '\0'));
    QCOMPARE(Codec::encodeBootFlags(BootDevice::Other, BootMode::Legacy, true), QByteArray(5, '\0'));
    const auto decoded = Codec::decodeBootFlags(QByteArray(5, '\0'));
    QVERIFY(decoded.ok());
    QCOMPARE(*decoded, BootOverride {});
}

void TestIpmiCodec::decodeOddBytes_data()
{
    QTest::addColumn<QByteArray>("hex");
    QTest::addColumn<BootDevice>("device");
    QTest::addColumn<BootMode>("mode");
    QTest::addColumn<bool>("once");
    QTest::addColumn<bool>("valid");
    // The BMC cleared the valid bit (60 s after setting, or after the boot), or never sets it
    // (ipmi_sim): the device it still holds, marked not valid.
    QTest::newRow("valid clear, pxe left") << QByteArray("0004000000") << BootDevice::Pxe << BootMode::Legacy << true << false;
    QTest::newRow("valid clear, efi persistent") << QByteArray("6008000000") << BootDevice::Disk << BootMode::Uefi << false << false;
    QTest::newRow("valid, no device") << QByteArray("e000000000") << BootDevice::None << BootMode::Unknown << true << true;
    QTest::newRow("safe mode") << QByteArray("800c000000") << BootDevice::Other << BootMode::Legacy << true << true;
    QTest::newRow("diagnostics") << QByteArray("8010000000") << BootDevice::Other << BootMode::Legacy << true << true;
    QTest::newRow("remote floppy") << QByteArray("801c000000") << BootDevice::Other << BootMode::Legacy << true << true;
    QTest::newRow("floppy 0x3c") << QByteArray("a03c000000") << BootDevice::Other << BootMode::Uefi << true << true;
    // Other bits of byte 2 (CMOS clear, keyboard lock, screen blank, reset lock) leave the
    // device alone; reserved bits of byte 1 too.
    QTest::newRow("pxe with every other bit") << QByteArray("9fc7ffffff") << BootDevice::Pxe << BootMode::Legacy << true << true;
    QTest::newRow("all ones") << QByteArray("ffffffffff") << BootDevice::Other << BootMode::Uefi << false << true;
    QTest::newRow("longer than five") << QByteArray("8004000000aabbcc") << BootDevice::Pxe << BootMode::Legacy << true << true;
}

void TestIpmiCodec::decodeOddBytes()
{
    QFETCH(QByteArray, hex);
    QFETCH(BootDevice, device);
    QFETCH(BootMode, mode);
    QFETCH(bool, once);
    QFETCH(bool, valid);
    const auto decoded = Codec::decodeBootFlags(QByteArray::fromHex(hex));
    QVERIFY(decoded.ok());
    QCOMPARE(decoded->device, device);
    QCOMPARE(decoded->valid, valid);
    QCOMPARE(decoded->mode, mode);
    QCOMPARE(decoded->once, once);
}

void TestIpmiCodec::shortBuffersRefused_data()
{
    QTest::addColumn<QByteArray>("hex");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("one") << QByteArray("80");
    QTest::newRow("four") << QByteArray("80040000");
}

void TestIpmiCodec::shortBuffersRefused()
{
    QFETCH(QByteArray, hex);
    const QByteArray bytes = QByteArray::fromHex(hex);
    const auto flags = Codec::decodeBootFlags(bytes);
    QVERIFY(!flags.ok());
    QCOMPARE(flags.error().code, QLatin1String(Errors::Protocol));
    QVERIFY(!flags.error().message.isEmpty());
    QVERIFY(!Codec::decodeChassisStatus(bytes.left(2)).ok());
    QVERIFY(!Codec::decodeBootFlagsResponse(bytes.left(1)).ok());
    QVERIFY(!Codec::parseResponse(bytes.left(1), Codec::CmdGetChassisStatus).ok());
}

void TestIpmiCodec::bootFlagsResponse()
{
    // Get System Boot Options data: version 1, parameter 5 (bit 7: invalid/locked), five bytes.
    auto pxe = Codec::decodeBootFlagsResponse(QByteArray::fromHex("01058004000000"));
    QVERIFY(pxe.ok());
    QCOMPARE(pxe->device, BootDevice::Pxe);
    auto locked = Codec::decodeBootFlagsResponse(QByteArray::fromHex("0185a014000000"));
    QVERIFY(locked.ok());
    QCOMPARE(locked->device, BootDevice::Cdrom);
    QCOMPARE(locked->mode, BootMode::Uefi);
    auto wrongParameter = Codec::decodeBootFlagsResponse(QByteArray::fromHex("01048004000000"));
    QVERIFY(!wrongParameter.ok());
    QCOMPARE(wrongParameter.error().code, QLatin1String(Errors::Protocol));
    QVERIFY(!Codec::decodeBootFlagsResponse(QByteArray::fromHex("010580")).ok());
}

void TestIpmiCodec::chassisStatus_data()
{
    QTest::addColumn<QByteArray>("hex");
    QTest::addColumn<bool>("on");
    QTest::newRow("off") << QByteArray("000000") << false;
    QTest::newRow("on") << QByteArray("010000") << true;
    QTest::newRow("on, overload and policy bits") << QByteArray("6f1f0f") << true;
    QTest::newRow("off, fault bits") << QByteArray("1e0000") << false;
    QTest::newRow("with front panel byte") << QByteArray("01000000") << true;
}

void TestIpmiCodec::chassisStatus()
{
    QFETCH(QByteArray, hex);
    QFETCH(bool, on);
    const auto state = Codec::decodeChassisStatus(QByteArray::fromHex(hex));
    QVERIFY(state.ok());
    QCOMPARE(*state, on ? PowerState::On : PowerState::Off);
}

void TestIpmiCodec::chassisControl()
{
    QCOMPARE(Codec::chassisControl(PowerAction::Off), quint8(0x00));
    QCOMPARE(Codec::chassisControl(PowerAction::On), quint8(0x01));
    QCOMPARE(Codec::chassisControl(PowerAction::Cycle), quint8(0x02));
    QCOMPARE(Codec::chassisControl(PowerAction::Reset), quint8(0x03));
    QCOMPARE(Codec::chassisControl(PowerAction::SoftOff), quint8(0x05));
}

void TestIpmiCodec::requests()
{
    QCOMPARE(Codec::getBootOptionRequest(Codec::ParamBootFlags).toHex(), QByteArray("050000"));
    QCOMPARE(Codec::setBootOptionRequest(Codec::ParamBootFlags, QByteArray::fromHex("8004000000")).toHex(),
             QByteArray("058004000000"));
    QCOMPARE(Codec::setBootOptionRequest(Codec::ParamSetInProgress, QByteArray(1, '\1')).toHex(), QByteArray("0001"));
    // Bit 7 of the parameter byte would mark it invalid/locked: never sent.
    QCOMPARE(Codec::setBootOptionRequest(0x85, {}).toHex(), QByteArray("05"));
}

void TestIpmiCodec::parseResponse()
{
    auto ok = Codec::parseResponse(QByteArray::fromHex("0100410000"), Codec::CmdGetChassisStatus);
    QVERIFY(ok.ok());
    QCOMPARE(ok->completionCode, quint8(0));
    QCOMPARE(ok->data.toHex(), QByteArray("410000"));
    auto refused = Codec::parseResponse(QByteArray::fromHex("08c1"), Codec::CmdSetBootOptions);
    QVERIFY(refused.ok());
    QCOMPARE(refused->completionCode, quint8(0xc1));
    QVERIFY(refused->data.isEmpty());
    auto other = Codec::parseResponse(QByteArray::fromHex("0900"), Codec::CmdSetBootOptions);
    QVERIFY(!other.ok());
    QCOMPARE(other.error().code, QLatin1String(Errors::Protocol));
}

void TestIpmiCodec::completionCodes()
{
    QCOMPARE(Codec::completionCodeText(0xc1), QStringLiteral("0xc1: invalid command"));
    QCOMPARE(Codec::completionCodeText(0x80), QStringLiteral("0x80: parameter not supported"));
    QVERIFY(Codec::completionCodeText(0xd4).contains(QLatin1String("privilege")));
    for (int code = 0; code < 256; ++code) {
        const QString text = Codec::completionCodeText(quint8(code));
        QVERIFY(text.startsWith(QStringLiteral("0x%1: ").arg(code, 2, 16, QLatin1Char('0'))));
        QVERIFY(text.size() > 6);
    }
}

void TestIpmiCodec::realCompletionCodes_data()
{
    // What BMCs answer in practice, as the raw response FreeIPMI hands back (command, code).
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<quint8>("command");
    QTest::addColumn<QString>("text");
    QTest::newRow("0xc1 invalid command, boot options on an old BMC")
        << QByteArray::fromHex("08c1") << Codec::CmdSetBootOptions << u"0xc1: invalid command"_s;
    QTest::newRow("0xc9 parameter out of range") << QByteArray::fromHex("09c9") << Codec::CmdGetBootOptions
                                                 << u"0xc9: parameter out of range"_s;
    QTest::newRow("0xcc invalid data field, a boot device it lacks")
        << QByteArray::fromHex("08cc") << Codec::CmdSetBootOptions << u"0xcc: invalid data field in request"_s;
    QTest::newRow("0xd4 insufficient privilege, a USER login")
        << QByteArray::fromHex("02d4") << Codec::CmdChassisControl << u"0xd4: insufficient privilege level"_s;
    QTest::newRow("0xd5 not in the present state") << QByteArray::fromHex("02d5") << Codec::CmdChassisControl
                                                   << u"0xd5: command not supported in the present state"_s;
    QTest::newRow("0x80 boot option parameter not supported")
        << QByteArray::fromHex("0980") << Codec::CmdGetBootOptions << u"0x80: parameter not supported"_s;
    QTest::newRow("0xff unspecified") << QByteArray::fromHex("01ff") << Codec::CmdGetChassisStatus
                                      << u"0xff: unspecified error"_s;
}

void TestIpmiCodec::realCompletionCodes()
{
    QFETCH(QByteArray, raw);
    QFETCH(quint8, command);
    QFETCH(QString, text);
    auto response = Codec::parseResponse(raw, command);
    QVERIFY2(response.ok(), qPrintable(response.ok() ? QString() : response.error().message));
    QCOMPARE(response->completionCode, quint8(raw.at(1)));
    QVERIFY(response->data.isEmpty());
    QCOMPARE(Codec::completionCodeText(response->completionCode), text);
}

QTEST_APPLESS_MAIN(TestIpmiCodec)
#include "tst_ipmicodec.moc"
