// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

namespace Crashcart::Netboot::Tftp {

enum class Opcode : quint16 { Rrq = 1, Wrq = 2, Data = 3, Ack = 4, Error = 5, Oack = 6 };

// RFC 1350 section 5 and RFC 2347's additions.
enum class ErrorCode : quint16 {
    NotDefined = 0,
    FileNotFound = 1,
    AccessViolation = 2,
    DiskFull = 3,
    IllegalOperation = 4,
    UnknownTid = 5,
    FileExists = 6,
    NoSuchUser = 7,
    OptionRefused = 8,
};

using Options = QList<QPair<QByteArray, QByteArray>>; // names lower-cased, in request order

// One datagram, decoded. Which fields mean something depends on the opcode.
struct Packet
{
    Opcode opcode = Opcode::Error;
    QByteArray filename; // RRQ/WRQ
    QByteArray mode;     // RRQ/WRQ, lower-cased
    Options options;     // RRQ/WRQ/OACK
    quint16 block = 0;   // DATA/ACK
    QByteArray payload;  // DATA
    ErrorCode error = ErrorCode::NotDefined;
    QByteArray message;  // ERROR
};

// Decodes a datagram; anything malformed (truncated, unterminated strings, an unknown
// opcode, options without values, more than MaxOptions options, absurd sizes) is an Error
// value, never a crash.
Result<Packet> parse(QByteArrayView datagram);

// More than any client sends (RFC 2347-2349 and 7440 define four).
inline constexpr int MaxOptions = 32;

// Why a datagram that is a request (RRQ or WRQ by its opcode) cannot be served, as the ERROR
// packet that tells the client: code 8 when the options are at fault (RFC 2347), 4 otherwise,
// and a short English text. Empty for a well-formed request and for what is no request at
// all: a server that answered any datagram would be a reflector.
QByteArray requestRefusal(QByteArrayView datagram);

QByteArray makeRequest(Opcode opcode, const QByteArray &filename, const QByteArray &mode, const Options &options = {});
QByteArray makeData(quint16 block, QByteArrayView payload);
QByteArray makeAck(quint16 block);
QByteArray makeError(ErrorCode code, const QByteArray &message);
// RFC 1350's netascii (RFC 764): a line end is CR LF, a lone CR is CR NUL. Text only: the
// server converts the whole file, so a netascii transfer's size (tsize) is the converted one.
QByteArray toNetascii(QByteArrayView bytes);
QByteArray makeOack(const Options &options);

} // namespace Crashcart::Netboot::Tftp
