#!/usr/bin/python3
"""relay.py - relaying rate, connection reuse and memory: Postlet against
Postfix, through sendmail and out through smtp(8) to smtp-sink.

usage: tests/bench/relay.py [N]          (default 2000)
       options: -w WORKERS (parallel sendmail submitters, default 4)
                -c CONCURRENCY (default_destination_concurrency_limit and
                   initial_destination_concurrency, default 10)
                -s SIZE (message size in bytes, default 2048)

Starts Postfix's smtp-sink on 127.0.0.1 (a free port; as root with
-u nobody), then a throw-away Postlet instance as tests/bench/inject.py
makes one (its Postlet class), with relayhost = [127.0.0.1]:PORT, the
smtp and scache services added, default_transport = smtp and the
destination concurrency given. N messages of SIZE bytes, one recipient
each, are submitted with sendmail from WORKERS parallel submitters, and
the maillog is read until N "status=sent" lines are there and the queue
is empty. Printed:

  end-to-end   messages/s from the first submission until then
  reuse        the largest conn_use=N in the log, and how many deliveries
               used a cached connection (conn_use=2 and up)
  memory       total PSS (Pss of /proc/PID/smaps_rollup) of master and its
               children, idle and peak, sampled every 150 ms during the
               run; and the number of processes then

The same run is then made with Debian's Postfix (a private instance
under /tmp, inject.py's Postfix class, with an smtp and a scache
service), and the ratios: Postlet/Postfix for the rate, Postfix/Postlet
for memory (above 1.00 means Postlet does better).

Figures only: nothing here passes or fails.
"""
import argparse
import os
import re
import signal
import socket
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import inject  # noqa: E402  (Postlet, Postfix, inject(), Sampler, ratio)


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


class Sink:
    """smtp-sink on 127.0.0.1:port, its own process group."""

    def __init__(self):
        self.port = free_port()
        argv = ["/usr/sbin/smtp-sink"]
        if os.geteuid() == 0:
            argv += ["-u", "nobody"]
        argv += ["127.0.0.1:%d" % self.port, "256"]
        self.proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL, start_new_session=True)
        end = time.time() + 10
        while time.time() < end:
            try:
                socket.create_connection(("127.0.0.1", self.port), 1).close()
                return
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError("smtp-sink did not start")

    def stop(self):
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()


def set_relay(inst, port, concurrency, master_lines):
    """Turn an inject.py instance into a relay to the sink."""
    path = os.path.join(inst.etc, "main.cf")
    with open(path) as f:
        lines = [l for l in f.read().splitlines()
                 if not re.match(r"(default|relay|local)_transport\s*=", l)]
    lines += ["default_transport = smtp",
              "relay_transport = smtp",
              "local_transport = discard",
              "mydestination =",
              "relayhost = [127.0.0.1]:%d" % port,
              "default_destination_concurrency_limit = %d" % concurrency,
              "initial_destination_concurrency = %d" % concurrency,
              "smtp_tls_security_level ="]
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(inst.etc, "master.cf"), "a") as f:
        f.write(master_lines)


def message(size):
    head = (b"From: bench@example.com\n"
            b"To: rcpt@example.net\n"
            b"Subject: relay bench %d\n"
            b"\n"
            b"message number %d\n")
    line = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789\n"
    body = line * max(0, -(-(size - len(head)) // len(line)))
    return head + body


def reuse(inst):
    """(max conn_use, deliveries with conn_use >= 2, to= lines)."""
    try:
        with open(inst.maillog, errors="replace") as f:
            log = f.read()
    except OSError:
        return 0, 0, 0
    sent = re.findall(r" to=<[^>]*>, relay=[^,]+, (?:conn_use=(\d+), )?.*status=sent", log)
    uses = [int(u) for u in sent if u]
    return (max(uses) if uses else 1), sum(1 for u in uses if u >= 2), len(sent)


def bench_one(inst, port, n, workers, concurrency, master_lines):
    set_relay(inst, port, concurrency, master_lines)
    inst.start()
    try:
        time.sleep(inject.IDLE_WAIT)
        idle, idle_procs = inst.total_pss()
        t_submit, t_e2e, failures, samples, sent = inject.inject(
            inst, n, workers, lambda: inst.total_pss())
        peak, peak_procs = max(samples) if samples else (0, 0)
        max_use, reused, _ = reuse(inst)
    finally:
        inst.stop()
    rate = sent * 1000 // max(1, int(t_e2e * 1000))
    print("%-8s end-to-end %5d msg/s (%d sent in %.1f s; submitted in %.1f s%s)"
          % (inst.name, rate, sent, t_e2e, t_submit,
             ", %d sendmail failures" % len(failures) if failures else ""))
    print("%-8s reuse: max conn_use=%d, %d of %d deliveries on a cached connection"
          % (inst.name, max_use, reused, sent))
    print("%-8s total PSS idle %6d KB (%d processes)   peak %6d KB (%d processes)"
          % (inst.name, idle, idle_procs, peak, peak_procs))
    if sent < n - len(failures):
        print("%-8s WARNING: only %d of %d delivered before the time limit"
              % (inst.name, sent, n - len(failures)))
    return dict(rate=rate, peak=peak, idle=idle, reused=reused, max_use=max_use)


POSTLET_LINES = ("smtp      unix  -       -       n       -       -       smtp\n"
                 "scache    unix  -       -       n       -       1       scache\n")
POSTFIX_LINES = "smtp      unix  -       -       n       -       -       smtp\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("n", nargs="?", type=int, default=2000)
    ap.add_argument("-w", "--workers", type=int, default=4)
    ap.add_argument("-c", "--concurrency", type=int, default=10)
    ap.add_argument("-s", "--size", type=int, default=2048)
    args = ap.parse_args()
    inject.MESSAGE = message(args.size)
    print("relay benchmark: %d messages of %d bytes, one recipient each, %d parallel "
          "sendmail submitters, relayhost = smtp-sink, destination concurrency %d"
          % (args.n, len(inject.MESSAGE % (0, 0)), args.workers, args.concurrency))
    sink = Sink()
    try:
        pl = bench_one(inject.Postlet(), sink.port, args.n, args.workers,
                       args.concurrency, POSTLET_LINES)
        if not os.path.exists(inject.POSTFIX):
            print("postfix not installed: no comparison (apt-get install postfix)")
            return
        pf = bench_one(inject.Postfix(), sink.port, args.n, args.workers,
                       args.concurrency, POSTFIX_LINES)
    finally:
        sink.stop()
    print("ratio    end-to-end %s (postlet rate / postfix rate)"
          % inject.ratio(pl["rate"], pf["rate"]))
    print("ratio    PSS idle %s   peak %s (postfix PSS / postlet PSS)"
          % (inject.ratio(pf["idle"], pl["idle"]), inject.ratio(pf["peak"], pl["peak"])))


if __name__ == "__main__":
    main()
