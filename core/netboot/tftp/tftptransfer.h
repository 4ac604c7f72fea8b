// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tftpoptions.h"

#include "../content.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <memory>

namespace Crashcart::Netboot::Tftp {

using Source = Netboot::Content;

// One read transfer as a pure state machine: packets and the time in, packets to send
// out. No sockets and no clock of its own, so tests drive it with a fake clock.
//
// Sends a window of blocks (RFC 7440; window 1 is plain RFC 1350) and slides it on each new
// ACK. An ACK inside the window means the client lost what followed: sending resumes after
// it (go-back-N). An ACK for an older block is ignored, never answered with data: that is
// what keeps duplicates from multiplying (the Sorcerer's Apprentice bug). On a timeout the
// outstanding window is sent again, with the wait doubling each time up to a cap. Block
// numbers on the wire roll over from 65535 to 0, as clients expect for large files.
//
// A client may end its side when it sends its last ACK (RFC 1350, 6), and that ACK may be
// lost: when every block has gone out and only the last window's ACK is missing, a client
// that falls silent (or a server that stops) ends the transfer Done but unconfirmed, not
// Failed. Firmware that loses the last window for real asks again or fails its next step.
class Transfer
{
public:
    enum class State { WaitingForOackAck, Sending, Done, Failed };

    struct Config
    {
        Negotiated options;
        int maxRetries = 6;
        int maxTimeoutMs = 8000;
    };

    Transfer(std::shared_ptr<const Source> source, Config config);

    // What to send first: the OACK, or the first window of data.
    QList<QByteArray> start(qint64 nowMs);
    QList<QByteArray> onPacket(const Packet &packet, qint64 nowMs);
    QList<QByteArray> onTimeout(qint64 nowMs);
    // The server stops: Done (unconfirmed) when every block went out, else Failed.
    void stop();
    // The same address asked for the same file again, from a new port, while this transfer
    // still waits for the ACK of an OACK that told the size. Either this was firmware's size
    // probe whose closing ERROR was lost, or another client behind the same address: the
    // first never ACKs, the second does long before our timeout. So the transfer is marked,
    // and if its timeout comes with the OACK still unacknowledged it ends Done as sizeOnly()
    // instead of resending. True when marked.
    bool supersede();

    // When onTimeout() is due; -1 once finished.
    qint64 deadline() const { return finished() ? -1 : m_deadline; }
    State state() const { return m_state; }
    bool finished() const { return m_state == State::Done || m_state == State::Failed; }
    QString error() const { return m_error; }
    // The client read the OACK's tsize and ended there: what firmware does to size its
    // buffer before the real download. Done, not failed.
    bool sizeOnly() const { return m_sizeOnly; }
    // Done without the client's ACK of the last |unconfirmedBlocks()| blocks (see above); 0 else.
    qint64 unconfirmedBlocks() const { return m_unconfirmed ? m_blocks - m_acked : 0; }

    qint64 size() const { return m_size; }
    qint64 bytesAcknowledged() const;
    int retransmits() const { return m_retransmits; }
    // Windows (or, at windowsize 1, blocks) sent, first sends and resends alike.
    qint64 windows() const { return m_windows; }
    const Negotiated &options() const { return m_config.options; }

private:
    bool toldSize() const; // the OACK carries tsize
    QList<QByteArray> sendWindow(qint64 nowMs);
    // Empty when the source could not deliver (the file shrank or failed under us).
    QByteArray dataPacket(qint64 block);
    bool readSource(qint64 offset, char *into, qint64 length);
    void fail(const QString &why);
    // Failed, or Done unconfirmed when the whole file has gone out.
    void endUnanswered(const QString &why);
    void arm(qint64 nowMs);

    std::shared_ptr<const Source> m_source;
    qint64 m_size = 0;
    Config m_config;
    State m_state = State::Sending;
    qint64 m_blocks = 0;   // total, the last one shorter than a full block (maybe empty)
    qint64 m_acked = 0;    // highest block the client confirmed
    qint64 m_sent = 0;     // highest block sent in the current window
    qint64 m_highest = 0;  // highest block ever sent
    int m_retries = 0;
    int m_retransmits = 0;
    qint64 m_windows = 0;
    qint64 m_deadline = 0;
    QString m_error;
    bool m_sizeOnly = false;
    bool m_unconfirmed = false;
    bool m_superseded = false;
    // Small blocks are cut from one larger read: a read per 64 KiB rather than per block.
    QByteArray m_ahead;
    qint64 m_aheadOffset = 0;
};

} // namespace Crashcart::Netboot::Tftp
