// SPDX-License-Identifier: GPL-3.0-or-later
#include "hardwarereport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Crashcart::Install {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Install::HardwareReport)
};

// RAID controllers among lspci's lines (the names storcli, perccli, ssacli and mdadm serve).
QStringList raidControllers(const QString &lspci)
{
    static const QRegularExpression raid(QStringLiteral("RAID bus controller|MegaRAID|Smart Array|PERC"),
                                         QRegularExpression::CaseInsensitiveOption);
    QStringList out;
    for (const QString &line : lspci.split(u'\n', Qt::SkipEmptyParts)) {
        if (raid.match(line).hasMatch())
            out.append(line.section(u' ', 1).trimmed());
    }
    return out;
}

} // namespace

QString formatBytes(qint64 bytes)
{
    static const char *const units[] = { "KiB", "MiB", "GiB", "TiB", "PiB" };
    if (bytes < 1024)
        return Tr::tr("%1 B").arg(bytes);
    double value = double(bytes);
    int unit = -1;
    while (value >= 1024 && unit < 4) {
        value /= 1024;
        ++unit;
    }
    return QString::number(value, 'f', 1) + u' ' + QLatin1String(units[unit]);
}

QList<ReportRow> summarizeReport(const QByteArray &json)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return { { Tr::tr("Report"), Tr::tr("not readable JSON (%1 bytes)").arg(json.size()) } };
    const QJsonObject o = doc.object();
    QList<ReportRow> rows;
    if (const QString status = o.value(QLatin1String("status")).toString(); !status.isEmpty()) {
        const QString problems = o.value(QLatin1String("problems")).toString();
        rows.append({ Tr::tr("Check"), status == QLatin1String("ok") ? Tr::tr("passed") : Tr::tr("failed: %1").arg(problems) });
    }
    const QJsonObject cpu = o.value(QLatin1String("cpu")).toObject();
    if (!cpu.isEmpty())
        rows.append({ Tr::tr("CPU"), Tr::tr("%1 × %2").arg(cpu.value(QLatin1String("count")).toInt()).arg(cpu.value(QLatin1String("model")).toString().trimmed()) });
    if (const qint64 kb = qint64(o.value(QLatin1String("memory_kb")).toDouble()); kb > 0)
        rows.append({ Tr::tr("Memory"), formatBytes(kb * 1024) });
    for (const QJsonValue &d : o.value(QLatin1String("disks")).toArray()) {
        const QJsonObject disk = d.toObject();
        QString value = formatBytes(qint64(disk.value(QLatin1String("bytes")).toDouble()));
        if (const QString model = disk.value(QLatin1String("model")).toString().trimmed(); !model.isEmpty())
            value += u", " + model;
        if (disk.value(QLatin1String("rotational")).toInt() == 0)
            value += u", " + Tr::tr("solid state");
        rows.append({ Tr::tr("Disk %1").arg(disk.value(QLatin1String("name")).toString()), value });
    }
    for (const QJsonValue &n : o.value(QLatin1String("nics")).toArray()) {
        const QJsonObject nic = n.toObject();
        QString value = nic.value(QLatin1String("mac")).toString();
        const int speed = nic.value(QLatin1String("speed_mbps")).toInt(-1);
        if (speed > 0)
            value += u", " + Tr::tr("%1 Mb/s").arg(speed);
        value += u", " + (nic.value(QLatin1String("link")).toInt() ? Tr::tr("link up") : Tr::tr("no link"));
        rows.append({ Tr::tr("NIC %1").arg(nic.value(QLatin1String("name")).toString()), value });
    }
    for (const QString &controller : raidControllers(o.value(QLatin1String("lspci")).toString()))
        rows.append({ Tr::tr("RAID controller"), controller });
    return rows;
}

} // namespace Crashcart::Install
