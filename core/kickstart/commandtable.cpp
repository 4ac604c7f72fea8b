// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandtable.h"

#include <QFile>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>

#include <map>

namespace Crashcart::Kickstart {

// The tables, compiled in from commandtables.json (made by gencommandtable.py).
QByteArray commandTableJson()
{
    QFile file(QStringLiteral(":/kickstart/commandtables.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Kickstart::CommandTable)
};

// The generated table, parsed once: it is constant data compiled into the program.
const QJsonObject &rawTable()
{
    static const QJsonObject table = QJsonDocument::fromJson(commandTableJson()).object();
    return table;
}

OptionSpec toOption(const QJsonArray &a)
{
    OptionSpec o;
    const QString kind = a.at(0).toString();
    o.kind = kind == u"f" ? OptionSpec::Kind::Flag
        : kind == u"o"    ? OptionSpec::Kind::OptionalValue
        : kind == u"*"    ? OptionSpec::Kind::Values
        : kind == u"+"    ? OptionSpec::Kind::ValuesOneOrMore
                          : OptionSpec::Kind::Value;
    o.deprecated = a.at(1).toInt() != 0;
    const QString type = a.at(2).toString();
    o.type = type.isEmpty() ? 0 : char(type.at(0).unicode());
    for (const QJsonValue &c : a.at(3).toArray())
        o.choices.append(c.toString());
    o.required = a.at(4).toInt() != 0;
    o.preferred = a.at(5).toString();
    return o;
}

QHash<QString, OptionSpec> toOptions(const QJsonObject &o)
{
    QHash<QString, OptionSpec> out;
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), toOption(it.value().toArray()));
    return out;
}

QStringList toStrings(const QJsonArray &a)
{
    QStringList out;
    for (const QJsonValue &v : a)
        out.append(v.toString());
    return out;
}

int releaseOrder(const QString &r)
{
    if (r.startsWith(u"RHEL"))
        return r.mid(4).toInt();
    return 1000 + r.mid(1).toInt();
}

} // namespace

struct CommandTable::Data
{
    QHash<QString, CommandSpec> commands;
    QHash<QString, SectionSpec> sections;
    QList<QStringList> groups;
    bool sectionsNeedEnd = true;
};

QStringList CommandTable::releases()
{
    QStringList names = rawTable().value(u"releases").toObject().keys();
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return releaseOrder(a) < releaseOrder(b); });
    return names;
}

QString CommandTable::canonicalRelease(const QString &release)
{
    const QString upper = release.trimmed().toUpper();
    const QString name = upper.startsWith(u"FC") ? QStringLiteral("F") + upper.mid(2) : upper;
    if (name.startsWith(u'F') && !name.startsWith(u"FE")) {
        bool ok = false;
        const int n = name.mid(1).toInt(&ok);
        if (ok && n < 39)
            return QStringLiteral("F39");
    }
    return name;
}

Result<CommandTable> CommandTable::forRelease(const QString &release)
{
    const QString name = canonicalRelease(release);
    static QMutex mutex;
    static std::map<QString, std::shared_ptr<const Data>> cache;
    QMutexLocker lock(&mutex);
    CommandTable table;
    table.m_release = name;
    if (auto it = cache.find(name); it != cache.end()) {
        table.m_data = it->second;
        return table;
    }
    const QJsonObject root = rawTable();
    const QJsonObject rel = root.value(u"releases").toObject().value(name).toObject();
    if (rel.isEmpty()) {
        return makeError("kickstart.release", Tr::tr("Unknown release '%1' (known: %2)").arg(release, releases().join(u", ")));
    }
    auto data = std::make_shared<Data>();
    const QJsonArray pool = root.value(u"pool").toArray();
    const QJsonObject commands = rel.value(u"c").toObject();
    for (auto it = commands.begin(); it != commands.end(); ++it) {
        const QJsonObject c = pool.at(it.value().toInt()).toObject();
        CommandSpec spec;
        const QString status = c.value(u"s").toString();
        spec.status = status == u"r" ? CommandSpec::Status::Removed
            : status == u"d"         ? CommandSpec::Status::Deprecated
                                     : CommandSpec::Status::Active;
        spec.options = toOptions(c.value(u"o").toObject());
        spec.removedOptions = toStrings(c.value(u"x").toArray());
        const QJsonArray range = c.value(u"p").toArray();
        spec.minArguments = range.at(0).toInt();
        spec.maxArguments = range.at(1).toInt();
        spec.checksArguments = c.value(u"k").toInt() == 0 && c.value(u"f").toInt() == 0;
        spec.repeatable = c.value(u"r").toInt() != 0;
        spec.conflicts = toStrings(c.value(u"c").toArray());
        data->commands.insert(it.key(), spec);
    }
    const QStringList deprecatedSections = toStrings(rel.value(u"ds").toArray());
    const QJsonObject sections = rel.value(u"s").toObject();
    for (auto it = sections.begin(); it != sections.end(); ++it) {
        const QJsonObject s = it.value().toObject();
        SectionSpec spec;
        spec.options = toOptions(s.value(u"o").toObject());
        spec.ignoredBody = s.value(u"n").toInt() != 0;
        spec.deprecated = deprecatedSections.contains(it.key());
        data->sections.insert(it.key(), spec);
    }
    data->sectionsNeedEnd = rel.value(u"e").toInt(1) != 0;
    for (const QJsonValue &g : rel.value(u"g").toArray())
        data->groups.append(toStrings(g.toArray()));
    cache[name] = data;
    table.m_data = data;
    return table;
}

const CommandSpec *CommandTable::command(const QString &name) const
{
    const auto it = m_data->commands.constFind(name);
    return it == m_data->commands.cend() ? nullptr : &*it;
}

const SectionSpec *CommandTable::section(const QString &name) const
{
    const auto it = m_data->sections.constFind(name);
    return it == m_data->sections.cend() ? nullptr : &*it;
}

QStringList CommandTable::commandNames() const
{
    QStringList names = m_data->commands.keys();
    names.sort();
    return names;
}

QStringList CommandTable::sectionNames() const
{
    QStringList names = m_data->sections.keys();
    names.sort();
    return names;
}

bool CommandTable::sectionsNeedEnd() const
{
    return m_data->sectionsNeedEnd;
}

QStringList CommandTable::aliasGroup(const QString &name) const
{
    for (const QStringList &g : m_data->groups) {
        if (g.contains(name))
            return g;
    }
    return {};
}

QStringList CommandTable::releasesWith(const QString &name) const
{
    QStringList out;
    const QStringList all = releases();
    for (const QString &r : all) {
        auto t = forRelease(r);
        if (!t)
            continue;
        const CommandSpec *c = t->command(name);
        if (c && c->status != CommandSpec::Status::Removed)
            out.append(r);
    }
    return out;
}

} // namespace Crashcart::Kickstart
