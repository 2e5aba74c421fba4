#!/usr/bin/python3
"""A stand-in daemon for master(8) tests.

master starts it like any daemon: -n name -t type -s count ... with the
status socket on fd 5 and the listeners from fd 6. It records its argv and
environment in $FAKE_DAEMON_LOG (one line per start), then serves stream
clients one at a time: it reports busy, answers "pid <n>" and reports idle
again. A fifo or datagram endpoint is read and the data logged. It exits
when master closes the status socket. Mode "crash" (first extra argument)
exits 1 at once, like a daemon with a bad configuration.
"""
import json
import os
import select
import socket
import struct
import sys

STATUS_FD, LISTEN_FD = 5, 6
AVAIL, TAKEN = 1, 0


def status(gen, avail):
    os.write(STATUS_FD, struct.pack("=iIi", os.getpid(), gen, avail))


def main():
    args = sys.argv[1:]
    count = int(args[args.index("-s") + 1])
    extra = [a for a in args if not a.startswith("-")]
    gen = int(os.environ.get("GENERATION", "0"), 8)
    log = os.environ.get("FAKE_DAEMON_LOG")
    if log:
        with open(log, "a") as f:
            f.write(json.dumps({"pid": os.getpid(), "argv": sys.argv,
                                "env": dict(os.environ)}) + "\n")
    if "crash" in extra:
        sys.exit(1)
    fds = [LISTEN_FD + i for i in range(count)]
    socks = {}
    for fd in fds:
        try:
            socks[fd] = socket.socket(fileno=fd)
        except OSError:
            socks[fd] = None
    while True:
        ready, _, _ = select.select([STATUS_FD] + fds, [], [])
        if STATUS_FD in ready:
            try:
                data = os.read(STATUS_FD, 1)
            except OSError:
                data = b""
            if not data:
                sys.exit(0)
        for fd in ready:
            if fd == STATUS_FD:
                continue
            s = socks.get(fd)
            if s is not None and s.type == socket.SOCK_STREAM:
                try:
                    conn, _ = s.accept()
                except BlockingIOError:
                    continue
                status(gen, TAKEN)
                conn.setblocking(True)
                conn.settimeout(5)
                try:
                    data = conn.recv(100)
                except OSError:
                    data = b""
                try:
                    conn.sendall(b"pid %d\n" % os.getpid())
                except OSError:
                    pass
                conn.close()
                if log and data:
                    with open(log, "a") as f:
                        f.write(json.dumps({"pid": os.getpid(),
                                            "got": data.decode("latin-1")}) + "\n")
                status(gen, AVAIL)
            else:
                try:
                    data = os.read(fd, 100)
                except OSError:
                    continue
                if log and data:
                    with open(log, "a") as f:
                        f.write(json.dumps({"pid": os.getpid(),
                                            "got": data.decode("latin-1")}) + "\n")


main()
