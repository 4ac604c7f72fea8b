// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

namespace Crashcart::Netboot::Syslog {

enum class Format { Rfc3164, Rfc5424 };

// One RFC 5424 SD-ELEMENT: [id name="value" ...], values unescaped.
struct StructuredElement
{
    QString id;
    QList<QPair<QString, QString>> params;
};

// One syslog datagram, decoded. Text fields are safe to show: valid UTF-8, no control
// characters, trimmed. Empty strings stand for fields the sender left out (or sent as "-").
struct Message
{
    Format format = Format::Rfc3164;
    int facility = 1; // 0-23 (1 = user)
    int severity = 5; // 0-7 (5 = notice)
    QDateTime timestamp; // invalid when none was sent or it cannot be read
    QString hostname;
    QString app; // RFC 3164 TAG, RFC 5424 APP-NAME
    QString procId;
    QString msgId; // RFC 5424 only
    QList<StructuredElement> structuredData; // RFC 5424 only
    QString text;
    bool truncated = false; // the text was longer than kMaxText and was cut

    QString severityName() const;
};

constexpr qsizetype kMaxDatagram = 64 * 1024;
constexpr qsizetype kMaxText = 8 * 1024; // bytes of UTF-8 kept of the message text

// "emerg", "alert", "crit", "err", "warning", "notice", "info", "debug" (syslog(3)'s names).
QString severityName(int severity);

// Decodes an RFC 5424 or RFC 3164 (BSD) datagram, including the usual variants of the
// latter: no timestamp, no host, an RFC 3339 timestamp (rsyslog's forwarding format).
// Anything without a valid <PRI>, an empty or oversized datagram, or a broken RFC 5424
// header is an Error value, never a crash. RFC 3164 timestamps carry no year and no zone:
// they are read in |now|'s year (the year before when that would put them over a month
// ahead of |now|) as UTC.
Result<Message> parseSyslog(QByteArrayView datagram, const QDateTime &now);
Result<Message> parseSyslog(QByteArrayView datagram);

} // namespace Crashcart::Netboot::Syslog

Q_DECLARE_METATYPE(Crashcart::Netboot::Syslog::Message)
