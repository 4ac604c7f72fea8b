// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace Crashcart::Netboot::Syslog {

// The most of one message a TCP stream may put in memory; the rest of a longer one is
// skipped and the kept part is marked truncated.
constexpr qsizetype kMaxStreamMessage = 8 * 1024;

// One message cut out of a stream.
struct Frame
{
    QByteArray bytes;
    bool truncated = false; // the message was longer than the framer's limit: the rest is gone
    friend bool operator==(const Frame &, const Frame &) = default;
};

// RFC 6587's two framings of syslog over TCP, told apart per message as rsyslog's imtcp
// does: a message that starts with a digit is octet-counted ("LEN SP MSG", what
// `logger --octet-count` and RFC 5425 send); anything else runs to the next LF (rsyslog's
// `@@` forwarding, which Anaconda's inst.syslog uses, and plain `logger --tcp`). Empty lines
// between messages are skipped. Pure and bounded: at most |maxMessage| bytes are held
// however the stream is cut, so a line of a gigabyte costs no more than one of 8 KiB.
class StreamFramer
{
public:
    explicit StreamFramer(qsizetype maxMessage = kMaxStreamMessage) : m_max(maxMessage) { }

    struct Fed
    {
        QList<Frame> frames;
        // Not empty: the stream cannot be framed (a broken octet count); the frames before
        // it are in |frames|, and nothing more should be fed.
        QString error;
    };
    Fed feed(QByteArrayView bytes);
    // The stream ended: the last line when its LF never came.
    std::optional<Frame> finish();

private:
    enum class State { Start, Count, Body, SkipBody, Line, SkipLine };

    qsizetype m_max;
    State m_state = State::Start;
    QByteArray m_buffer;
    qint64 m_remaining = 0; // octet counting: bytes of the message still to come
    int m_digits = 0;
};

} // namespace Crashcart::Netboot::Syslog
