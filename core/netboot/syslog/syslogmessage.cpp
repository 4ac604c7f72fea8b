// SPDX-License-Identifier: GPL-3.0-or-later
#include "syslogmessage.h"

#include <QCoreApplication>

#include <array>
#include <optional>

namespace Crashcart::Netboot::Syslog {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Netboot::Syslog::Message)
};

// RFC 5424 section 6: the longest HOSTNAME, APP-NAME, PROCID and MSGID; SD-NAME is 32 there,
// read a little more leniently. A timestamp with six fraction digits and an offset is 32.
constexpr qsizetype kMaxTimestamp = 40;
constexpr qsizetype kMaxHostname = 255;
constexpr qsizetype kMaxAppName = 48;
constexpr qsizetype kMaxProcId = 128;
constexpr qsizetype kMaxMsgId = 32;
constexpr qsizetype kMaxSdName = 64;
// RFC 3164 caps TAG at 32; daemons log with longer ones, so up to this many.
constexpr qsizetype kMaxTag = 128;

Error malformed(const QString &why)
{
    return Crashcart::makeError("syslog.malformed", Tr::tr("Malformed syslog message: %1").arg(why));
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isPrintable(char c) // RFC 5424's PRINTUSASCII
{
    return c >= 33 && c <= 126;
}

bool allPrintable(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (!isPrintable(c))
            return false;
    }
    return true;
}

class Cursor
{
public:
    explicit Cursor(QByteArrayView data) : m_data(data) { }
    bool atEnd() const { return m_pos >= m_data.size(); }
    bool at(char c) const { return !atEnd() && m_data[m_pos] == c; }
    char peek() const { return atEnd() ? '\0' : m_data[m_pos]; }
    QByteArrayView rest() const { return m_data.sliced(m_pos); }
    void skip(qsizetype n) { m_pos = std::min(m_pos + n, m_data.size()); }
    bool take(char c)
    {
        if (!at(c))
            return false;
        ++m_pos;
        return true;
    }
    // Up to the next space or the end; the space is left.
    QByteArrayView word()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && m_data[m_pos] != ' ')
            ++m_pos;
        return m_data.sliced(start, m_pos - start);
    }

private:
    QByteArrayView m_data;
    qsizetype m_pos = 0;
};

// Characters that would break a log line or fool a reader: C0 and C1 controls, DEL, the
// bidirectional overrides and isolates ("Trojan Source"), line and paragraph separators.
bool isUnsafe(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c < 0xa0) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
        || c == 0x2028 || c == 0x2029 || c == 0xfeff;
}

// The message text as people may see it: a leading BOM (RFC 5424 section 6.4) and trailing
// NUL and line ends dropped, at most |limit| bytes cut on a character boundary, invalid UTF-8
// as U+FFFD, tabs and line breaks as spaces, other unsafe characters as U+FFFD, trimmed.
QString cleanText(QByteArrayView bytes, qsizetype limit, bool *truncated)
{
    if (bytes.startsWith(QByteArrayView("\xEF\xBB\xBF", 3)))
        bytes = bytes.sliced(3);
    while (!bytes.isEmpty() && (bytes.back() == '\0' || bytes.back() == '\n' || bytes.back() == '\r'))
        bytes.chop(1);
    if (bytes.size() > limit) {
        qsizetype cut = limit;
        while (cut > 0 && (quint8(bytes[cut]) & 0xc0) == 0x80)
            --cut; // do not split a UTF-8 sequence
        bytes = bytes.first(cut);
        if (truncated)
            *truncated = true;
    }
    QString text = QString::fromUtf8(bytes);
    for (QChar &c : text) {
        const char16_t u = c.unicode();
        if (u == u'\t' || u == u'\n' || u == u'\r')
            c = u' ';
        else if (isUnsafe(u))
            c = QChar::ReplacementCharacter;
    }
    return text.trimmed();
}

QString ascii(QByteArrayView bytes)
{
    return QString::fromLatin1(bytes);
}

// "Mmm dd hh:mm:ss" (RFC 3164 section 4.1.2), the day space- or zero-padded or bare, with an
// optional fraction as some daemons add; then a space or the end. Consumed when it matches;
// the time it names may still be invalid (Feb 30, 25:00:00).
bool readBsdTimestamp(Cursor &c, const QDateTime &now, QDateTime *out)
{
    static constexpr std::array<const char *, 12> kMonths = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    const QByteArrayView r = c.rest();
    if (r.size() < 14)
        return false;
    int month = 0;
    for (int i = 0; i < 12; ++i) {
        if (r.first(3) == QByteArrayView(kMonths[size_t(i)], 3))
            month = i + 1;
    }
    if (month == 0 || r[3] != ' ')
        return false;
    qsizetype p = 4;
    if (r[p] == ' ')
        ++p;
    int day = 0;
    int dayDigits = 0;
    while (p < r.size() && dayDigits < 2 && isDigit(r[p])) {
        day = day * 10 + (r[p] - '0');
        ++p;
        ++dayDigits;
    }
    if (dayDigits == 0 || p + 9 > r.size() || r[p] != ' ')
        return false;
    ++p;
    const auto two = [&r](qsizetype at) { return isDigit(r[at]) && isDigit(r[at + 1]) ? (r[at] - '0') * 10 + (r[at + 1] - '0') : -1; };
    const int hour = two(p), minute = two(p + 3), second = two(p + 6);
    if (hour < 0 || minute < 0 || second < 0 || r[p + 2] != ':' || r[p + 5] != ':')
        return false;
    p += 8;
    int ms = 0;
    if (p < r.size() && r[p] == '.') {
        ++p;
        int digits = 0;
        for (; p < r.size() && isDigit(r[p]); ++p, ++digits) {
            if (digits < 3)
                ms = ms * 10 + (r[p] - '0');
        }
        if (digits == 0)
            return false;
        for (; digits < 3; ++digits)
            ms *= 10;
    }
    if (p < r.size() && r[p] != ' ')
        return false;
    c.skip(p + 1);
    if (!now.isValid())
        return true; // no year to read it in
    const int year = now.toUTC().date().year();
    const QTime time(hour, minute, second, ms);
    QDateTime at(QDate(year, month, day), time, Qt::UTC);
    if (at.isValid() && at > now.addDays(31)) // December's line read in January
        at = QDateTime(QDate(year - 1, month, day), time, Qt::UTC);
    *out = at;
    return true;
}

// An RFC 3339 timestamp where RFC 3164 has its own: rsyslog's RSYSLOG_ForwardFormat.
bool readIsoTimestamp(Cursor &c, QDateTime *out)
{
    const QByteArrayView r = c.rest();
    if (r.size() < 11 || !isDigit(r[0]) || !isDigit(r[1]) || !isDigit(r[2]) || !isDigit(r[3]) || r[4] != '-')
        return false;
    const QByteArrayView stamp = c.word();
    c.take(' ');
    if (stamp.size() <= kMaxTimestamp)
        *out = QDateTime::fromString(ascii(stamp), Qt::ISODateWithMs);
    return true;
}

// "TAG[PID]:" or "TAG:" then a space or the end. Consumed only when it matches.
bool readTag(Cursor &c, Message &m)
{
    const QByteArrayView r = c.rest();
    qsizetype p = 0;
    while (p < r.size() && p <= kMaxTag && isPrintable(r[p]) && r[p] != '[' && r[p] != ']' && r[p] != ':')
        ++p;
    if (p == 0 || p > kMaxTag || p >= r.size())
        return false;
    const QByteArrayView tag = r.first(p);
    QByteArrayView pid;
    if (r[p] == '[') {
        const qsizetype close = r.indexOf(']', p + 1);
        if (close < 0 || close - p - 1 > kMaxProcId || !allPrintable(r.sliced(p + 1, close - p - 1)))
            return false;
        pid = r.sliced(p + 1, close - p - 1);
        p = close + 1;
    }
    if (p >= r.size() || r[p] != ':' || (p + 1 < r.size() && r[p + 1] != ' '))
        return false;
    m.app = ascii(tag);
    m.procId = ascii(pid);
    c.skip(p + 2);
    return true;
}

void parse3164(Cursor &c, Message &m, const QDateTime &now)
{
    m.format = Format::Rfc3164;
    const bool stamped = readBsdTimestamp(c, now, &m.timestamp) || readIsoTimestamp(c, &m.timestamp);
    // syslog(3) sends no host, and neither do most senders that leave out the timestamp:
    // only a stamped line has a HOSTNAME, and only when the word is not already the tag.
    if (stamped && !readTag(c, m)) {
        Cursor probe = c;
        const QByteArrayView host = probe.word();
        if (!host.isEmpty() && host.size() <= kMaxHostname && allPrintable(host)) {
            probe.take(' ');
            m.hostname = ascii(host);
            c = probe;
            readTag(c, m);
        }
    } else if (!stamped) {
        readTag(c, m);
    }
    m.text = cleanText(c.rest(), kMaxText, &m.truncated);
}

// One RFC 5424 header field and the space after it; "-" reads as empty.
bool headerField(Cursor &c, qsizetype max, QByteArrayView *out)
{
    const QByteArrayView field = c.word();
    if (field.isEmpty() || field.size() > max || !allPrintable(field) || !c.take(' '))
        return false;
    *out = field == "-" ? QByteArrayView() : field;
    return true;
}

QByteArrayView sdName(Cursor &c)
{
    const QByteArrayView r = c.rest();
    qsizetype p = 0;
    while (p < r.size() && isPrintable(r[p]) && r[p] != '=' && r[p] != ']' && r[p] != '"')
        ++p;
    if (p > kMaxSdName)
        return {};
    c.skip(p);
    return r.first(p);
}

// STRUCTURED-DATA: "-" or [SD-ID *(SP PARAM-NAME="PARAM-VALUE")]..., where the value escapes
// '"', '\' and ']' with a backslash (RFC 5424 section 6.3.3); any other backslash is kept.
std::optional<Error> parseStructuredData(Cursor &c, QList<StructuredElement> *out)
{
    if (c.take('-'))
        return std::nullopt;
    if (!c.at('['))
        return malformed(Tr::tr("structured data must be \"-\" or start with \"[\""));
    while (c.take('[')) {
        StructuredElement element;
        const QByteArrayView id = sdName(c);
        if (id.isEmpty())
            return malformed(Tr::tr("a structured data element without a valid ID"));
        element.id = ascii(id);
        while (!c.take(']')) {
            const QByteArrayView name = c.take(' ') ? sdName(c) : QByteArrayView();
            if (name.isEmpty() || !c.take('=') || !c.take('"'))
                return malformed(Tr::tr("a malformed parameter in structured data element %1").arg(element.id));
            QByteArray value;
            bool closed = false;
            while (!c.atEnd() && !closed) {
                const char ch = c.peek();
                c.skip(1);
                if (ch == '\\' && (c.at('"') || c.at('\\') || c.at(']'))) {
                    value += c.peek();
                    c.skip(1);
                } else if (ch == '"') {
                    closed = true;
                } else {
                    value += ch;
                }
            }
            if (!closed)
                return malformed(Tr::tr("unterminated structured data"));
            element.params.append({ ascii(name), cleanText(value, kMaxText, nullptr) });
        }
        out->append(element);
    }
    return std::nullopt;
}

// After "<PRI>1 ": TIMESTAMP HOSTNAME APP-NAME PROCID MSGID STRUCTURED-DATA [SP MSG].
std::optional<Error> parse5424(Cursor &c, Message &m)
{
    m.format = Format::Rfc5424;
    struct Field
    {
        const char *name;
        qsizetype max;
        QByteArrayView value;
    };
    std::array<Field, 5> fields = { { { "TIMESTAMP", kMaxTimestamp, {} },
                                      { "HOSTNAME", kMaxHostname, {} },
                                      { "APP-NAME", kMaxAppName, {} },
                                      { "PROCID", kMaxProcId, {} },
                                      { "MSGID", kMaxMsgId, {} } } };
    for (Field &field : fields) {
        if (!headerField(c, field.max, &field.value))
            return malformed(Tr::tr("the RFC 5424 header field %1 is missing or invalid").arg(QLatin1StringView(field.name)));
    }
    if (!fields[0].value.isEmpty())
        m.timestamp = QDateTime::fromString(ascii(fields[0].value), Qt::ISODateWithMs);
    m.hostname = ascii(fields[1].value);
    m.app = ascii(fields[2].value);
    m.procId = ascii(fields[3].value);
    m.msgId = ascii(fields[4].value);
    if (c.atEnd())
        return malformed(Tr::tr("the RFC 5424 header has no structured data"));
    if (auto error = parseStructuredData(c, &m.structuredData))
        return error;
    if (c.atEnd())
        return std::nullopt;
    if (!c.take(' '))
        return malformed(Tr::tr("no space between the structured data and the message"));
    m.text = cleanText(c.rest(), kMaxText, &m.truncated);
    return std::nullopt;
}

} // namespace

QString severityName(int severity)
{
    static constexpr std::array<const char *, 8> kNames = { "emerg", "alert", "crit", "err",
                                                            "warning", "notice", "info", "debug" };
    return severity >= 0 && severity < 8 ? QString::fromLatin1(kNames[size_t(severity)]) : QString();
}

QString Message::severityName() const
{
    return Syslog::severityName(severity);
}

Result<Message> parseSyslog(QByteArrayView datagram, const QDateTime &now)
{
    if (datagram.isEmpty())
        return malformed(Tr::tr("the datagram is empty"));
    if (datagram.size() > kMaxDatagram)
        return malformed(Tr::tr("%1 bytes is over the limit of %2").arg(datagram.size()).arg(kMaxDatagram));
    Cursor c(datagram);
    int pri = 0;
    int digits = 0;
    if (c.take('<')) {
        for (; digits < 3 && isDigit(c.peek()) && !c.atEnd(); ++digits) {
            pri = pri * 10 + (c.peek() - '0');
            c.skip(1);
        }
    }
    if (digits == 0 || !c.take('>'))
        return malformed(Tr::tr("it does not start with <PRI>"));
    if (pri > 191)
        return malformed(Tr::tr("the priority %1 is over 191").arg(pri));
    Message m;
    m.facility = pri / 8;
    m.severity = pri % 8;
    // RFC 5424 puts VERSION 1 and a space after PRI; an RFC 3164 line never starts so.
    if (c.rest().startsWith("1 ")) {
        c.skip(2);
        if (auto error = parse5424(c, m))
            return *error;
        return m;
    }
    parse3164(c, m, now);
    return m;
}

Result<Message> parseSyslog(QByteArrayView datagram)
{
    return parseSyslog(datagram, QDateTime::currentDateTimeUtc());
}

} // namespace Crashcart::Netboot::Syslog
