// SPDX-License-Identifier: GPL-3.0-or-later
#include "install.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <pwd.h>
#include <unistd.h>

namespace Crashcart::Install {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Install::Install)
};

const char *const kStates[] = { "ready", "installing", "installed", "failed", "cancelled" };

// Text a host sends is data: control characters would garble a terminal or a table.
QString clean(const QString &text, qsizetype max)
{
    QString out;
    out.reserve(std::min(text.size(), max));
    for (const QChar c : text.left(max)) {
        if (c == u'\n' || c == u'\t')
            out += u' ';
        else if (c.category() != QChar::Other_Control && c.category() != QChar::Other_Format)
            out += c;
    }
    return out.trimmed();
}

} // namespace

QString stateName(InstallState state)
{
    return QString::fromLatin1(kStates[int(state)]);
}

std::optional<InstallState> stateFromName(const QString &name)
{
    for (int i = 0; i < int(std::size(kStates)); ++i) {
        if (name == QLatin1String(kStates[i]))
            return InstallState(i);
    }
    return std::nullopt;
}

QString stateLabel(InstallState state)
{
    switch (state) {
    case InstallState::Ready: return Tr::tr("Waiting for the host to boot");
    case InstallState::Installing: return Tr::tr("Installing");
    case InstallState::Installed: return Tr::tr("Installed");
    case InstallState::Failed: return Tr::tr("Failed");
    case InstallState::Cancelled: return Tr::tr("Cancelled");
    }
    return {};
}

QString outcomeLabel(const QString &outcome)
{
    const QString code = outcome.section(QStringLiteral(": "), 0, 0);
    const QString detail = outcome.section(QStringLiteral(": "), 1);
    if (code == QLatin1String("done"))
        return detail.isEmpty() ? Tr::tr("Done") : Tr::tr("Done: %1").arg(detail);
    if (code == QLatin1String("failed"))
        return detail.isEmpty() ? Tr::tr("The installer reported a failure") : Tr::tr("The installer reported a failure: %1").arg(detail);
    if (code == QLatin1String("stalled"))
        return Tr::tr("Stalled after %1").arg(detail);
    if (code == QLatin1String("rearmed"))
        return Tr::tr("Replaced by a new install (armed again)");
    if (code == QLatin1String("bmc"))
        return Tr::tr("The BMC could not boot it: %1").arg(detail);
    if (code == QLatin1String("cancelled"))
        return detail.isEmpty() ? Tr::tr("Cancelled") : Tr::tr("Cancelled by %1").arg(detail);
    return outcome;
}

QString currentUser()
{
    if (const passwd *pw = ::getpwuid(::getuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    return qEnvironmentVariable("USER");
}

QString newToken()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex());
}

bool isTokenShaped(QStringView token)
{
    if (token.size() != 32)
        return false;
    return std::all_of(token.begin(), token.end(), [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'); });
}

namespace {

// A posted body as a JSON object; |notAnObject| says what it should have been.
Result<QJsonObject> jsonObject(const QByteArray &json, const QString &notAnObject)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return makeError("callback.json", Tr::tr("The body is not JSON: %1 at byte %2").arg(error.errorString()).arg(error.offset));
    if (!doc.isObject())
        return makeError("callback.json", notAnObject);
    return doc.object();
}

} // namespace

Result<Progress> parseProgress(const QByteArray &json)
{
    const auto parsed = jsonObject(json, Tr::tr("The body must be a JSON object"));
    if (!parsed)
        return parsed.error();
    const QJsonObject &o = *parsed;
    Progress p;
    const QJsonValue stage = o.value(QLatin1String("stage"));
    if (!stage.isString() || clean(stage.toString(), 64).isEmpty())
        return makeError("callback.stage", Tr::tr("\"stage\" is missing: say which stage this is (pre, hwcheck, raid, install, post, done, failed)"));
    p.stage = clean(stage.toString(), 64).toLower();
    if (const QJsonValue status = o.value(QLatin1String("status")); !status.isUndefined()) {
        p.status = status.toString();
        if (p.status != QLatin1String("running") && p.status != QLatin1String("ok") && p.status != QLatin1String("error"))
            return makeError("callback.status", Tr::tr("\"status\" is running, ok or error"));
    }
    if (const QJsonValue percent = o.value(QLatin1String("percent")); !percent.isUndefined()) {
        if (!percent.isDouble() || percent.toDouble() < 0 || percent.toDouble() > 100)
            return makeError("callback.percent", Tr::tr("\"percent\" is a number from 0 to 100"));
        p.percent = int(percent.toDouble());
    }
    p.message = clean(o.value(QLatin1String("message")).toString(), 2000);
    const QJsonValue id = o.value(QLatin1String("id"));
    p.id = id.isDouble() ? QString::number(id.toDouble(), 'g', 17) : clean(id.toString(), 128);
    return p;
}

Result<void> checkReport(const QByteArray &json)
{
    if (auto parsed = jsonObject(json, Tr::tr("The hardware report must be a JSON object")); !parsed)
        return parsed.error();
    return {};
}

} // namespace Crashcart::Install
