// SPDX-License-Identifier: GPL-3.0-or-later
#include "host.h"

#include "common/hostname.h"
#include "common/hostport.h"
#include "common/ipaddress.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Crashcart::Inventory {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Inventory::Host)
};

constexpr const char *kFieldNames[HostFieldCount] = {
    "mac", "hostname", "ip", "profile", "bmc_address", "bmc_type", "tags", "notes",
};

constexpr const char *kStateNames[] = { "new", "ready", "installing", "installed", "failed" };

// Notes are free text, but bounded: a database row is not a document store.
constexpr int kMaxNotes = 4096;

bool isDhcpWord(const QString &text)
{
    return text.isEmpty() || text.compare(QLatin1String("dhcp"), Qt::CaseInsensitive) == 0;
}

} // namespace

QString fieldName(HostField field)
{
    return QLatin1String(kFieldNames[int(field)]);
}

bool fieldFromName(QStringView name, HostField *field)
{
    const QStringView trimmed = name.trimmed();
    for (int i = 0; i < HostFieldCount; ++i) {
        if (trimmed.compare(QLatin1String(kFieldNames[i]), Qt::CaseInsensitive) == 0) {
            *field = HostField(i);
            return true;
        }
    }
    return false;
}

QString fieldLabel(HostField field)
{
    switch (field) {
    case HostField::Mac: return Tr::tr("MAC");
    case HostField::Hostname: return Tr::tr("Host name");
    case HostField::Ip: return Tr::tr("IP address");
    case HostField::Profile: return Tr::tr("Profile");
    case HostField::BmcAddress: return Tr::tr("BMC address");
    case HostField::BmcType: return Tr::tr("BMC type");
    case HostField::Tags: return Tr::tr("Tags");
    case HostField::Notes: return Tr::tr("Notes");
    }
    return {};
}

QStringList bmcTypes()
{
    return { QStringLiteral("ipmi"), QStringLiteral("redfish"), QStringLiteral("idrac"),
             QStringLiteral("ilo"), QStringLiteral("xcc") };
}

QString stateName(HostState state)
{
    return QLatin1String(kStateNames[int(state)]);
}

bool stateFromName(QStringView name, HostState *state)
{
    for (int i = 0; i < int(std::size(kStateNames)); ++i) {
        if (name == QLatin1String(kStateNames[i])) {
            *state = HostState(i);
            return true;
        }
    }
    return false;
}

QString stateLabel(HostState state)
{
    switch (state) {
    case HostState::New: return Tr::tr("New");
    case HostState::Ready: return Tr::tr("Ready to install");
    case HostState::Installing: return Tr::tr("Installing");
    case HostState::Installed: return Tr::tr("Installed");
    case HostState::Failed: return Tr::tr("Failed");
    }
    return {};
}

Result<QStringList> parseTags(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_.:/-]+(=[^,\\s]*)?$"));
    QStringList tags;
    const QStringList words = text.split(separators, Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (word.size() > 128 || !valid.match(word).hasMatch()) {
            return makeError("tags.syntax",
                             Tr::tr("'%1' is not a valid tag (a word of letters, digits and _ . : / -, "
                                    "optionally followed by =value)").arg(word.left(40)));
        }
        if (!tags.contains(word))
            tags.append(word);
    }
    return tags;
}

Result<QString> normalizeProfileName(const QString &text)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"));
    const QString name = text.trimmed();
    if (!name.isEmpty() && !valid.match(name).hasMatch()) {
        return makeError("profile.syntax",
                         Tr::tr("'%1' is not a valid profile name (letters, digits, _ . -, up to 64)").arg(name.left(40)));
    }
    return name;
}

Result<void> Host::setField(HostField f, const QString &text)
{
    switch (f) {
    case HostField::Mac: {
        auto parsed = MacAddress::parse(text);
        if (!parsed)
            return parsed.error();
        mac = *parsed;
        return {};
    }
    case HostField::Hostname: {
        if (text.trimmed().isEmpty()) {
            hostname.clear();
            return {};
        }
        auto name = Hostname::normalize(text);
        if (!name)
            return name.error();
        hostname = *name;
        return {};
    }
    case HostField::Ip: {
        const QString trimmed = text.trimmed();
        if (isDhcpWord(trimmed)) {
            ip.clear();
            return {};
        }
        auto address = IpAddress::normalize(trimmed);
        if (!address)
            return address.error();
        ip = *address;
        return {};
    }
    case HostField::Profile: {
        auto name = normalizeProfileName(text);
        if (!name)
            return name.error();
        profile = *name;
        return {};
    }
    case HostField::BmcAddress: {
        const QString trimmed = text.trimmed();
        if (trimmed.isEmpty()) {
            bmcAddress.clear();
            return {};
        }
        // An address or name, with a port when the BMC listens on another than its protocol's
        // (a tunnel, a test BMC): host:port, [v6]:port. Loopback is fine for those.
        auto parsed = HostPort::parse(trimmed);
        if (!parsed)
            return makeError("bmc.address", Tr::tr("BMC address %1").arg(parsed.error().message));
        bmcAddress = parsed->toString();
        return {};
    }
    case HostField::BmcType: {
        const QString type = text.trimmed().toLower();
        if (!type.isEmpty() && !bmcTypes().contains(type)) {
            return makeError("bmc.type", Tr::tr("Unknown BMC type '%1' (known: %2)")
                                             .arg(text.trimmed().left(20), bmcTypes().join(QStringLiteral(", "))));
        }
        bmcType = type;
        return {};
    }
    case HostField::Tags: {
        auto parsed = parseTags(text);
        if (!parsed)
            return parsed.error();
        tags = *parsed;
        return {};
    }
    case HostField::Notes:
        if (text.size() > kMaxNotes)
            return makeError("notes.length", Tr::tr("Notes are limited to %1 characters").arg(kMaxNotes));
        for (QChar c : text) {
            if (c.unicode() < 0x20 && c != u'\n' && c != u'\t')
                return makeError("notes.control", Tr::tr("Notes cannot contain control characters (U+%1)")
                                                      .arg(c.unicode(), 4, 16, QLatin1Char('0')));
        }
        notes = text;
        return {};
    }
    return {};
}

QString Host::field(HostField f) const
{
    switch (f) {
    case HostField::Mac: return mac.toString();
    case HostField::Hostname: return hostname;
    case HostField::Ip: return ip;
    case HostField::Profile: return profile;
    case HostField::BmcAddress: return bmcAddress;
    case HostField::BmcType: return bmcType;
    case HostField::Tags: return tags.join(u',');
    case HostField::Notes: return notes;
    }
    return {};
}

} // namespace Crashcart::Inventory
