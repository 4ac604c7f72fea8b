// SPDX-License-Identifier: GPL-3.0-or-later
#include "streamframer.h"

#include <QCoreApplication>

namespace Crashcart::Netboot::Syslog {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Netboot::Syslog::StreamFramer)
};

// 999999999 bytes is far over anything a sender means; more digits are not a count.
constexpr int kMaxDigits = 9;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

StreamFramer::Fed StreamFramer::feed(QByteArrayView bytes)
{
    Fed fed;
    qsizetype i = 0;
    const qsizetype n = bytes.size();
    while (i < n) {
        switch (m_state) {
        case State::Start: {
            const char c = bytes[i];
            if (c == '\n' || c == '\r') {
                ++i;
            } else if (isDigit(c)) {
                m_state = State::Count;
                m_remaining = 0;
                m_digits = 0;
            } else {
                m_state = State::Line;
            }
            break;
        }
        case State::Count: {
            const char c = bytes[i++];
            if (isDigit(c) && m_digits < kMaxDigits) {
                m_remaining = m_remaining * 10 + (c - '0');
                ++m_digits;
            } else if (c == ' ' && m_remaining > 0) {
                m_state = State::Body;
                m_buffer.clear();
            } else {
                m_state = State::Start;
                fed.error = Tr::tr("not syslog over TCP: a message starting with a digit needs an octet count "
                                   "(1 to %1 digits, not 0) and a space")
                                .arg(kMaxDigits);
                return fed;
            }
            break;
        }
        case State::Body: {
            const qsizetype take = qsizetype(qMin<qint64>(m_remaining, qMin<qint64>(n - i, m_max - m_buffer.size())));
            m_buffer.append(bytes.sliced(i, take));
            i += take;
            m_remaining -= take;
            if (m_remaining == 0) {
                fed.frames.append({ std::exchange(m_buffer, {}), false });
                m_state = State::Start;
            } else if (m_buffer.size() >= m_max) {
                fed.frames.append({ std::exchange(m_buffer, {}), true });
                m_state = State::SkipBody;
            }
            break;
        }
        case State::SkipBody: {
            const qsizetype skip = qsizetype(qMin<qint64>(m_remaining, n - i));
            i += skip;
            m_remaining -= skip;
            if (m_remaining == 0)
                m_state = State::Start;
            break;
        }
        case State::Line: {
            const qsizetype lf = bytes.sliced(i).indexOf('\n');
            const qsizetype end = lf < 0 ? n : i + lf;
            const qsizetype room = m_max - m_buffer.size();
            if (end - i > room) {
                m_buffer.append(bytes.sliced(i, room));
                fed.frames.append({ std::exchange(m_buffer, {}), true });
                i += room;
                m_state = State::SkipLine;
                break;
            }
            m_buffer.append(bytes.sliced(i, end - i));
            i = end;
            if (lf >= 0) {
                ++i;
                if (m_buffer.endsWith('\r'))
                    m_buffer.chop(1);
                fed.frames.append({ std::exchange(m_buffer, {}), false });
                m_state = State::Start;
            }
            break;
        }
        case State::SkipLine: {
            const qsizetype lf = bytes.sliced(i).indexOf('\n');
            if (lf < 0) {
                i = n;
            } else {
                i += lf + 1;
                m_state = State::Start;
            }
            break;
        }
        }
    }
    return fed;
}

std::optional<Frame> StreamFramer::finish()
{
    const bool line = m_state == State::Line && !m_buffer.isEmpty();
    m_state = State::Start;
    QByteArray rest = std::exchange(m_buffer, {});
    if (!line)
        return std::nullopt;
    if (rest.endsWith('\r'))
        rest.chop(1);
    return Frame { rest, false };
}

} // namespace Crashcart::Netboot::Syslog
