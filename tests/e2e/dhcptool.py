#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""dhcptool.py - DHCP messages crafted and DHCP traffic seen, for dhcp_placement_e2e.sh.

  watch IFACE OUT      every DHCP/BOOTP datagram on IFACE, both ways (a packet socket: unicast
                       to an address the client does not have yet is seen too), one JSON object a
                       line in OUT, until SIGTERM; prints "ready" once listening
  send IFACE ...       one DISCOVER or REQUEST from port 68 (broadcast), then the replies to
                       its xid for --wait seconds, one JSON object a line on standard output

A reply's fields: src (IP source), op, type (OFFER, ACK, NAK...), xid, chaddr, yiaddr,
server_id (option 54), vendor (option 60), file (the file field or option 67).
"""
import argparse
import json
import os
import random
import select
import signal
import socket
import struct
import sys
import time

ETH_P_IP = 0x0800
ETH_P_ALL = 0x0003  # outgoing frames reach only sockets of every protocol
TYPES = {1: "DISCOVER", 2: "OFFER", 3: "REQUEST", 4: "DECLINE", 5: "ACK", 6: "NAK", 7: "RELEASE", 8: "INFORM"}
MAGIC = b"\x63\x82\x53\x63"


def parse_dhcp(payload):
    if len(payload) < 240 or payload[236:240] != MAGIC:
        return None
    op, _, hlen = payload[0], payload[1], payload[2]
    xid = struct.unpack("!I", payload[4:8])[0]
    ciaddr, yiaddr, siaddr = (socket.inet_ntoa(payload[i:i + 4]) for i in (12, 16, 20))
    chaddr = ":".join(f"{b:02x}" for b in payload[28:28 + min(hlen, 16)])
    options, i = {}, 240
    while i < len(payload):
        code = payload[i]
        if code == 255:
            break
        if code == 0:
            i += 1
            continue
        if i + 1 >= len(payload):
            break
        length = payload[i + 1]
        options[code] = payload[i + 2:i + 2 + length]
        i += 2 + length
    file = payload[108:236].split(b"\0", 1)[0] or options.get(67, b"").split(b"\0", 1)[0]
    return {
        "op": op, "type": TYPES.get(options.get(53, b"\0")[0], "?"), "xid": f"{xid:08x}", "chaddr": chaddr,
        "ciaddr": ciaddr, "yiaddr": yiaddr, "siaddr": siaddr,
        "server_id": socket.inet_ntoa(options[54]) if len(options.get(54, b"")) == 4 else "",
        "requested": socket.inet_ntoa(options[50]) if len(options.get(50, b"")) == 4 else "",
        "vendor": options.get(60, b"").decode("latin-1"), "file": file.decode("latin-1"),
    }


def dhcp_in_frame(frame):
    """The DHCP message in an Ethernet frame (IPv4, UDP port 67 or 68), with its source."""
    if len(frame) < 14 + 20 + 8 or struct.unpack("!H", frame[12:14])[0] != ETH_P_IP:
        return None
    ip = frame[14:]
    ihl = (ip[0] & 0x0F) * 4
    if ip[9] != 17:
        return None
    udp = ip[ihl:]
    sport, dport = struct.unpack("!HH", udp[:4])
    if {sport, dport}.isdisjoint({67, 68}):
        return None
    message = parse_dhcp(udp[8:])
    if message is None:
        return None
    message.update(src=socket.inet_ntoa(ip[12:16]), dst=socket.inet_ntoa(ip[16:20]), sport=sport, dport=dport)
    return message


def packet_socket(iface):
    s = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(ETH_P_ALL))
    s.bind((iface, 0))
    return s


def watch(args):
    s = packet_socket(args.iface)
    stopping = []
    signal.signal(signal.SIGTERM, lambda *_: stopping.append(1))
    signal.signal(signal.SIGINT, lambda *_: stopping.append(1))
    with open(args.out, "w", buffering=1) as out:
        print("ready", flush=True)
        while not stopping:
            try:
                ready, _, _ = select.select([s], [], [], 0.2)
            except InterruptedError:
                continue
            if ready:
                message = dhcp_in_frame(s.recv(65536))
                if message:
                    out.write(json.dumps(message) + "\n")
    return 0


def option(code, value):
    return bytes([code, len(value)]) + value


def send(args):
    mac = bytes.fromhex(args.mac.replace(":", ""))
    xid = args.xid if args.xid is not None else random.getrandbits(32)
    options = option(53, bytes([{"discover": 1, "request": 3}[args.type]]))
    if args.requested:
        options += option(50, socket.inet_aton(args.requested))
    if args.server_id:
        options += option(54, socket.inet_aton(args.server_id))
    if args.pxe:
        # As PXE firmware asks: vendor class, architecture (x86-64 UEFI), UNDI, a machine UUID.
        options += option(60, b"PXEClient:Arch:00007:UNDI:003016") + option(93, b"\x00\x07")
        options += option(94, b"\x01\x03\x10") + option(97, b"\x00" + bytes(range(16)))
    options += option(55, bytes([1, 3, 6, 15, 66, 67])) + b"\xff"
    ciaddr = socket.inet_aton(args.ciaddr or "0.0.0.0")
    packet = struct.pack("!BBBBIHH4s4s4s4s16s64s128s", 1, 1, 6, 0, xid, 0, 0x8000 if args.broadcast else 0,
                         ciaddr, bytes(4), bytes(4), bytes(4), mac + bytes(10), b"", b"") + MAGIC + options

    sniff = packet_socket(args.iface)
    udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    udp.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    udp.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
    udp.setsockopt(socket.SOL_SOCKET, socket.SO_BINDTODEVICE, args.iface.encode())
    udp.bind(("0.0.0.0", 68))
    udp.sendto(packet, ("255.255.255.255", 67))
    deadline = time.monotonic() + args.wait
    seen = set()
    while (left := deadline - time.monotonic()) > 0:
        ready, _, _ = select.select([sniff], [], [], left)
        if not ready:
            continue
        message = dhcp_in_frame(sniff.recv(65536))
        if message and message["op"] == 2 and message["xid"] == f"{xid:08x}":
            key = json.dumps(message, sort_keys=True)
            if key not in seen:  # a frame seen twice on its way (bridge loops back none, but be sure)
                seen.add(key)
                print(key, flush=True)
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)
    w = sub.add_parser("watch")
    w.add_argument("iface")
    w.add_argument("out")
    s = sub.add_parser("send")
    s.add_argument("iface")
    s.add_argument("type", choices=["discover", "request"])
    s.add_argument("--mac", required=True)
    s.add_argument("--xid", type=lambda t: int(t, 16))
    s.add_argument("--requested")
    s.add_argument("--server-id")
    s.add_argument("--ciaddr")
    s.add_argument("--pxe", action="store_true")
    s.add_argument("--broadcast", action="store_true", help="set the broadcast flag")
    s.add_argument("--wait", type=float, default=3)
    args = ap.parse_args()
    return watch(args) if args.command == "watch" else send(args)


if __name__ == "__main__":
    sys.exit(main())
