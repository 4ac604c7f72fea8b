#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""lossylink.py - a lossy Ethernet link between two tap devices, for kernels without sch_netem.

pxe_e2e.sh's *-loss modes put the VM behind a link that loses, reorders and duplicates frames.
Where the kernel has sch_netem that link is a veth pair with `tc qdisc ... netem` on both ends;
where it has not (no module, none built in), this relay is the link: it copies frames between
two persistent taps (made by `ip tuntap add`, each in a bridge) with netem's model, in each
direction on its own:
  loss P%       the frame is dropped
  duplicate P%  the frame is sent twice
  delay MS      the frame waits MS milliseconds ...
  reorder P%    ... except P% of frames, sent at once, so they overtake the waiting ones
The random generator is seeded (--seed), so a run can be repeated. On SIGTERM or SIGINT it
writes what it did per direction to --stats (and standard output) and exits 0.
"""
import argparse
import fcntl
import heapq
import os
import random
import select
import signal
import struct
import sys
import time

TUNSETIFF = 0x400454CA
IFF_TAP = 0x0002
IFF_NO_PI = 0x1000


def open_tap(name):
    fd = os.open("/dev/net/tun", os.O_RDWR | os.O_NONBLOCK)
    fcntl.ioctl(fd, TUNSETIFF, struct.pack("16sH", name.encode(), IFF_TAP | IFF_NO_PI))
    return fd


class Direction:
    def __init__(self, name, out_fd, args, rng):
        self.name, self.out_fd, self.args, self.rng = name, out_fd, args, rng
        self.frames = self.dropped = self.duplicated = self.reordered = self.sent = 0

    def percent(self, p):
        return p > 0 and self.rng.random() * 100 < p

    # Frames to send and when: none when lost, two when duplicated.
    def schedule(self, frame, now, queue, seq):
        self.frames += 1
        if self.percent(self.args.loss):
            self.dropped += 1
            return seq
        copies = 2 if self.percent(self.args.duplicate) else 1
        self.duplicated += copies - 1
        for _ in range(copies):
            due = now
            if self.args.delay_ms > 0:
                if self.percent(self.args.reorder):
                    self.reordered += 1
                else:
                    due = now + self.args.delay_ms / 1000.0
            heapq.heappush(queue, (due, seq, self, frame))
            seq += 1
        return seq

    def summary(self):
        return (f"{self.name}: frames {self.frames} dropped {self.dropped} duplicated {self.duplicated} "
                f"reordered {self.reordered} sent {self.sent}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("tap_a")
    ap.add_argument("tap_b")
    ap.add_argument("--loss", type=float, default=10)
    ap.add_argument("--duplicate", type=float, default=5)
    ap.add_argument("--delay-ms", type=float, default=5)
    ap.add_argument("--reorder", type=float, default=25)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--stats", default=None)
    args = ap.parse_args()

    rng = random.Random(args.seed)
    fd_a, fd_b = open_tap(args.tap_a), open_tap(args.tap_b)
    a_to_b = Direction(f"{args.tap_a}->{args.tap_b}", fd_b, args, rng)
    b_to_a = Direction(f"{args.tap_b}->{args.tap_a}", fd_a, args, rng)
    reading = {fd_a: a_to_b, fd_b: b_to_a}
    queue, seq = [], 0
    stopping = []
    signal.signal(signal.SIGTERM, lambda *_: stopping.append(1))
    signal.signal(signal.SIGINT, lambda *_: stopping.append(1))
    print("lossylink: ready", flush=True)

    while not stopping:
        now = time.monotonic()
        while queue and queue[0][0] <= now:
            _, _, direction, frame = heapq.heappop(queue)
            try:
                os.write(direction.out_fd, frame)
                direction.sent += 1
            except OSError:
                pass  # the other side is down (the VM not started yet): a lost frame, as on a wire
        timeout = max(0.0, queue[0][0] - now) if queue else 0.5
        try:
            ready, _, _ = select.select(list(reading), [], [], timeout)
        except InterruptedError:
            continue
        now = time.monotonic()
        for fd in ready:
            while True:
                try:
                    frame = os.read(fd, 65536)
                except BlockingIOError:
                    break
                seq = reading[fd].schedule(frame, now, queue, seq)

    text = a_to_b.summary() + "\n" + b_to_a.summary() + "\n"
    if args.stats:
        with open(args.stats, "w") as f:
            f.write(text)
    sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
