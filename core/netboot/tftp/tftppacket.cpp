// SPDX-License-Identifier: GPL-3.0-or-later
#include "tftppacket.h"

#include <QCoreApplication>

#include <optional>

namespace Crashcart::Netboot::Tftp {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Netboot::Tftp::Packet)
};

// RFC 2347 caps a request at 512 bytes; clients send a little more in practice. A longer
// one is refused.
constexpr qsizetype kMaxRequest = 1024;
constexpr qsizetype kMaxDatagram = 65468; // DATA with the largest RFC 2348 block size

quint16 read16(QByteArrayView d, qsizetype at)
{
    return quint16((quint8(d[at]) << 8) | quint8(d[at + 1]));
}

void append16(QByteArray &out, quint16 v)
{
    out.append(char(v >> 8));
    out.append(char(v & 0xff));
}

Error malformed(const QString &why)
{
    return Crashcart::makeError("tftp.malformed", Tr::tr("Malformed TFTP packet: %1").arg(why));
}

// Splits NUL-terminated strings; false when the last one is unterminated.
bool splitStrings(QByteArrayView body, QList<QByteArray> *out)
{
    qsizetype start = 0;
    while (start < body.size()) {
        const qsizetype nul = body.indexOf('\0', start);
        if (nul < 0)
            return false;
        out->append(body.sliced(start, nul - start).toByteArray());
        start = nul + 1;
    }
    return true;
}

// What is wrong with a request: for people (translated) and for the client (the ERROR packet).
struct RequestFault
{
    ErrorCode code;
    const char *wire;
    QString why;
};

bool isRequest(QByteArrayView d)
{
    return d.size() >= 2 && d[0] == '\0' && (d[1] == char(Opcode::Rrq) || d[1] == char(Opcode::Wrq));
}

// Splits a request (opcode already checked) into its strings, or says why it is no good.
std::optional<RequestFault> splitRequest(QByteArrayView d, QList<QByteArray> *fields)
{
    if (d.size() > kMaxRequest) {
        // Options past a file name and mode that fit are what made it long: RFC 2347's code 8.
        const qsizetype nameEnd = d.indexOf('\0', 2);
        const qsizetype modeEnd = nameEnd < 0 ? -1 : d.indexOf('\0', nameEnd + 1);
        const bool options = modeEnd >= 0 && modeEnd < kMaxRequest;
        return RequestFault { options ? ErrorCode::OptionRefused : ErrorCode::IllegalOperation,
                              options ? "options too long" : "request too long",
                              Tr::tr("a request of %1 bytes (at most %2)").arg(d.size()).arg(kMaxRequest) };
    }
    const bool terminated = splitStrings(d.sliced(2), fields);
    if (fields->size() < 2) {
        return RequestFault { ErrorCode::IllegalOperation, "no file name and mode",
                              terminated ? Tr::tr("the request lacks a file name or mode")
                                         : Tr::tr("the request's file name or mode is not NUL-terminated") };
    }
    if (fields->at(0).isEmpty())
        return RequestFault { ErrorCode::IllegalOperation, "empty file name", Tr::tr("an empty file name") };
    if (!terminated) {
        return RequestFault { ErrorCode::OptionRefused, "option not NUL-terminated",
                              Tr::tr("an option is not NUL-terminated") };
    }
    if (fields->size() % 2 != 0)
        return RequestFault { ErrorCode::OptionRefused, "option without a value", Tr::tr("an option without a value") };
    const qsizetype options = (fields->size() - 2) / 2;
    if (options > MaxOptions) {
        return RequestFault { ErrorCode::OptionRefused, "too many options",
                              Tr::tr("%1 options (at most %2)").arg(options).arg(MaxOptions) };
    }
    for (qsizetype i = 2; i < fields->size(); i += 2) {
        if (fields->at(i).isEmpty())
            return RequestFault { ErrorCode::OptionRefused, "option without a name", Tr::tr("an option without a name") };
    }
    return std::nullopt;
}

} // namespace

QByteArray requestRefusal(QByteArrayView datagram)
{
    if (!isRequest(datagram))
        return {};
    QList<QByteArray> fields;
    const auto fault = splitRequest(datagram, &fields);
    return fault ? makeError(fault->code, QByteArray("malformed request: ") + fault->wire) : QByteArray();
}

Result<Packet> parse(QByteArrayView d)
{
    if (d.size() < 4 && !isRequest(d))
        return malformed(Tr::tr("%n byte(s) is too short", nullptr, int(d.size())));
    if (d.size() > kMaxDatagram)
        return malformed(Tr::tr("%1 bytes is too long").arg(d.size()));
    Packet p;
    const quint16 op = read16(d, 0);
    switch (op) {
    case quint16(Opcode::Rrq):
    case quint16(Opcode::Wrq): {
        QList<QByteArray> fields;
        if (const auto fault = splitRequest(d, &fields))
            return malformed(fault->why);
        p.opcode = Opcode(op);
        p.filename = fields[0];
        p.mode = fields[1].toLower();
        for (qsizetype i = 2; i + 1 < fields.size(); i += 2)
            p.options.append({ fields[i].toLower(), fields[i + 1] });
        return p;
    }
    case quint16(Opcode::Data):
        p.opcode = Opcode::Data;
        p.block = read16(d, 2);
        p.payload = d.sliced(4).toByteArray();
        return p;
    case quint16(Opcode::Ack):
        if (d.size() != 4)
            return malformed(Tr::tr("an ACK of %1 bytes").arg(d.size()));
        p.opcode = Opcode::Ack;
        p.block = read16(d, 2);
        return p;
    case quint16(Opcode::Error): {
        p.opcode = Opcode::Error;
        p.error = ErrorCode(read16(d, 2));
        const QByteArrayView text = d.sliced(4);
        const qsizetype nul = text.indexOf('\0');
        p.message = (nul < 0 ? text : text.first(nul)).toByteArray();
        return p;
    }
    case quint16(Opcode::Oack): {
        QList<QByteArray> fields;
        if (!splitStrings(d.sliced(2), &fields) || fields.size() % 2 != 0)
            return malformed(Tr::tr("a broken OACK"));
        p.opcode = Opcode::Oack;
        for (qsizetype i = 0; i + 1 < fields.size(); i += 2)
            p.options.append({ fields[i].toLower(), fields[i + 1] });
        return p;
    }
    default:
        return malformed(Tr::tr("unknown opcode %1").arg(op));
    }
}

QByteArray makeRequest(Opcode opcode, const QByteArray &filename, const QByteArray &mode, const Options &options)
{
    QByteArray out;
    append16(out, quint16(opcode));
    out += filename + '\0' + mode + '\0';
    for (const auto &[name, value] : options)
        out += name + '\0' + value + '\0';
    return out;
}

QByteArray makeData(quint16 block, QByteArrayView payload)
{
    QByteArray out;
    out.reserve(4 + payload.size());
    append16(out, quint16(Opcode::Data));
    append16(out, block);
    out.append(payload);
    return out;
}

QByteArray makeAck(quint16 block)
{
    QByteArray out;
    append16(out, quint16(Opcode::Ack));
    append16(out, block);
    return out;
}

QByteArray makeError(ErrorCode code, const QByteArray &message)
{
    QByteArray out;
    append16(out, quint16(Opcode::Error));
    append16(out, quint16(code));
    out += message.left(200) + '\0';
    return out;
}

QByteArray makeOack(const Options &options)
{
    QByteArray out;
    append16(out, quint16(Opcode::Oack));
    for (const auto &[name, value] : options)
        out += name + '\0' + value + '\0';
    return out;
}

QByteArray toNetascii(QByteArrayView bytes)
{
    QByteArray out;
    out.reserve(bytes.size() + bytes.size() / 16);
    for (char c : bytes) {
        if (c == '\n')
            out += "\r\n";
        else if (c == '\r')
            out += QByteArrayView("\r\0", 2);
        else
            out += c;
    }
    return out;
}

} // namespace Crashcart::Netboot::Tftp
