#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# The seeds in corpus/tftp_transfer, written in the layout fuzz_tftp_transfer.cpp consumes them in
# (keep the two in step): python3 tests/fuzz/tftp_transfer_seeds.py tests/fuzz/corpus/tftp_transfer
# FUZZ_TFTP_TRACE=1 build-fuzz/tests/fuzz/fuzz_tftp_transfer SEED says what one does.
# Writes seeds for fuzz_tftp_transfer in FuzzedDataProvider's layout: integers are taken from
# the end of the input (most significant byte first), strings from the front.
import sys, os

class Enc:
    def __init__(self): self.front = bytearray(); self.back = []
    def int(self, lo, hi, v):
        assert lo <= v <= hi, (lo, hi, v)
        rng = hi - lo; n = 0
        while n < 8 and (rng >> (8 * n)) > 0: n += 1
        x = v - lo
        for i in reversed(range(n)): self.back.append((x >> (8 * i)) & 0xff)
    def bool(self, b): self.int(0, 255, 1 if b else 0)
    def string(self, s):
        for c in s:
            self.front += (b'\\\\' if c == ord('\\') else bytes([c]))
        self.front += b'\\x'  # ends the string
    def data(self): return bytes(self.front) + bytes(reversed(self.back))

def seed(options, size, fail=None, path=None, maxwin=64, retries=6, now=1000, events=()):
    e = Enc()
    e.int(0, 5, len(options))
    for kind, val in options:
        k = {'blksize': 0, 'windowsize': 1, 'tsize': 2, 'timeout': 3}[kind]
        e.int(0, 4, k)
        if kind == 'tsize': continue
        mx = 300 if kind == 'timeout' else 70000
        e.int(0, 7, 2); e.int(1, mx, val)
    small = size <= 4096
    e.bool(small)
    e.int(0, 4096 if small else 1536 * 1024, size)
    if fail is None: e.int(0, 7, 1)
    else: e.int(0, 7, 0); e.int(0, size, fail)
    e.bool(path is not None)
    if path is not None: e.int(0, 9000, path)
    e.int(1, 64, maxwin); e.int(0, 8, retries); e.int(0, 1 << 40, now)
    for ev in events:
        kind = ev[0]
        if kind == 'ack': e.int(0, 11, 0); e.int(0, 65535, ev[1])
        elif kind == 'near': e.int(0, 11, 2); e.int(-3, ev[2] + 3, ev[1])  # ev = ('near', delta, window)
        elif kind == 'dup': e.int(0, 11, 3)
        elif kind == 'oackack': e.int(0, 11, 4)
        elif kind == 'raw': e.int(0, 11, 5); e.string(ev[1])
        elif kind == 'error': e.int(0, 11, 6); e.int(0, 7, 0)
        elif kind == 'early': e.int(0, 11, 7); e.int(0, 20000, ev[1])
        elif kind == 'due': e.int(0, 11, 8)
        elif kind == 'good':
            e.int(0, 11, 9); n = ev[1]
            if n <= 64: e.bool(True); e.int(1, 64, n)
            else: e.bool(False); e.int(1, 70000, n)
        elif kind == 'wait': e.int(0, 11, 10); e.int(0, 5000, ev[1])
        elif kind == 'data': e.int(0, 11, 11); e.int(0, 2, 0)
    return e.data()

seeds = {
    # pxelinux's ask: blksize 1468 and tsize, an honest client to the end.
    'blksize1468-tsize-good-client': seed([('tsize', 0), ('blksize', 1468)], 40000, events=[('oackack',), ('good', 64)]),
    # RFC 7440 windows of 16 with losses: an ACK inside the window, duplicates, then the rest.
    'window16-go-back': seed([('blksize', 1024), ('windowsize', 16)], 100000,
                             events=[('oackack',), ('near', 5, 16), ('dup',), ('near', 16, 16), ('good', 64)]),
    # Plain RFC 1350 (no options), timeouts due and early, stale ACKs, then silence.
    'plain-timeouts': seed([], 3000, retries=3, events=[('ack', 1), ('due',), ('early', 10), ('ack', 0), ('ack', 9), ('due',)]),
    # blksize 8 over 600 KB: block numbers wrap past 65535.
    'blksize8-wraps': seed([('blksize', 8)], 600000, events=[('oackack',), ('good', 70000), ('good', 10000)]),
    # The file fails to read part way.
    'read-fails-midway': seed([('blksize', 512), ('windowsize', 4)], 10000, fail=5000, events=[('oackack',), ('good', 64)]),
    # Firmware that reads tsize from the OACK and ends with an ERROR.
    'tsize-only': seed([('tsize', 0)], 123456, events=[('error',)]),
    # A client that sends DATA to a read transfer; and a raw datagram (an ACK of block 1).
    'illegal-data': seed([], 600, events=[('raw', b'\x00\x04\x00\x01'), ('data',)]),
    # Exactly a multiple of the block size: the last DATA is empty. A path MTU limit applies.
    'empty-last-block': seed([('blksize', 1468), ('windowsize', 64)], 1400 * 3, path=1400, maxwin=8,
                             events=[('oackack',), ('wait', 2000), ('due',), ('good', 3)]),
}
out = sys.argv[1]
for name, data in seeds.items():
    open(os.path.join(out, name), 'wb').write(data)
    print(name, len(data))
