// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>

#include <optional>

// Internal to core/distro: one ISO 9660 directory record and its Rock Ridge (SUSP) fields,
// decoded from bytes the caller read and bounded. Pure functions, no I/O.
namespace Crashcart::Distro::Iso {

constexpr qint64 kBlock = 2048;
constexpr int kMinRecord = 34; // 33 fixed bytes and at least one byte of name

// A continuation area (SUSP CE): more system use bytes somewhere else in the image.
struct Continuation
{
    quint32 block = 0;
    quint32 offset = 0;
    quint32 length = 0;
};

struct Record
{
    int length = 0;          // of the whole record
    quint32 extent = 0;      // first block of the data, after the extended attribute record
    quint32 size = 0;        // data length of this extent
    quint8 flags = 0;
    QByteArray name;         // the identifier as stored (ISO 9660 d-chars or Joliet UCS-2BE)
    QDateTime recorded;      // UTC; invalid when the record holds no valid date
    QByteArrayView systemUse;

    bool isDirectory() const { return flags & 0x02; }
    bool isAssociated() const { return flags & 0x04; }
    bool isMultiExtent() const { return flags & 0x80; }
    bool isSelfOrParent() const { return name.size() == 1 && quint8(name.at(0)) <= 1; }
};

// Fills |record| from |bytes| (which start at the record and end at its sector's end).
// Returns an English reason for the caller's message when the record is malformed.
std::optional<QString> parseRecord(QByteArrayView bytes, Record &record);

// What Rock Ridge says about one record.
struct RockRidge
{
    bool present = false;   // any RRIP field was seen
    QString name;           // NM, joined over continuation; empty when absent
    bool hasName = false;
    QDateTime modified;     // TF modify time, UTC
    bool symlink = false;   // SL, or PX with a symlink mode
    bool special = false;   // PX device, fifo or socket
    bool relocated = false; // RE: reached through a CL elsewhere
    bool childLink = false; // CL: a deep directory moved elsewhere
    std::optional<Continuation> continuation;
    int skip = -1;          // SP's LEN_SKP (only in the root's "." record)
};

// Adds the SUSP entries of |area| to |rr|. Returns false when the area stops early because
// an entry is malformed (the fields read so far stay).
bool parseSystemUse(QByteArrayView area, RockRidge &rr);

// 7-byte directory record time and 17-byte volume descriptor time, both to UTC.
QDateTime shortTime(QByteArrayView bytes);
QDateTime longTime(QByteArrayView bytes);

// Both-endian numbers (ECMA-119 7.2.3, 7.3.3); nullopt when the halves disagree.
std::optional<quint32> both32(QByteArrayView bytes);
std::optional<quint16> both16(QByteArrayView bytes);

} // namespace Crashcart::Distro::Iso
