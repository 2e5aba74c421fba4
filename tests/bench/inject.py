#!/usr/bin/python3
"""inject.py - injection rate and memory figures, Postlet against Postfix.

usage: tests/bench/inject.py [N]              (default 2000)
       tests/bench/inject.py --rss [N]        (default 10000)
       options: -w WORKERS (parallel sendmail submitters, default 4)

Default mode: starts a throw-away Postlet instance (conf/master.cf's
mail services, default_transport = discard, maillog_file in the instance;
as root the daemons run as nobody, see tests/integ/master_instance.py),
waits a few seconds and takes the idle memory figure, then submits N small
messages with sendmail from WORKERS parallel submitters and prints:

  submitted   messages/s of sendmail calls completed
  end-to-end  messages/s until the maillog holds N "status=sent" lines
              and the queue is empty
  memory      total PSS (sum of Pss in /proc/PID/smaps_rollup) of master
              and its children, idle and peak during the run (sampled
              every 150 ms); postdrop processes run by sendmail are not
              counted (they are not children of master)

When Postfix is installed (/usr/sbin/postfix), the same run is made
against a second, throw-away Postfix instance with its own configuration
directory under /tmp (inet_interfaces = loopback-only, a master.cf with
no inet service, so nothing listens on a port; no chroot), started and
stopped here; /etc/postfix and the system's Postfix are not touched.
Ratios are printed as Postlet/Postfix for rates and Postfix/Postlet for
memory (above 1.00 means Postlet does better in both).

--rss: a Postlet-only run of N messages that samples the RSS of qmgr
(VmRSS in /proc/PID/status) every 150 ms and prints min, max, first, last,
the shape of the run, and the growth after warm-up against the 64 KB
target: warm-up ends when the first tenth of the messages has been
delivered (pools and buffers touched for the first time, the concurrency
window opened); growth is the largest RSS after that less the RSS then.

Figures only: nothing here passes or fails; targets are printed as text.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "tests", "integ"))

from master_instance import BIN, identity  # noqa: E402
from postfix_ref import postfix_main_cf  # noqa: E402

SAMPLE = 0.15
IDLE_WAIT = 4.0
POSTFIX = "/usr/sbin/postfix"

POSTLET_SERVICES = ("postlog", "pickup", "cleanup", "qmgr", "bounce", "defer",
                    "trace", "error", "retry", "discard", "showq")

# A minimal Postfix master.cf: no inet service, no chroot.
POSTFIX_MASTER_CF = """\
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
"""


def make_top(prefix):
    top = tempfile.mkdtemp(prefix=prefix, dir="/tmp")
    os.chmod(top, 0o755)
    return top


def read_pid(path):
    try:
        with open(path) as f:
            return int(f.read().split()[0])
    except (OSError, ValueError, IndexError):
        return None


def children(ppid):
    """{pid: program name} of the live children of ppid."""
    out = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % entry) as f:
                stat = f.read()
        except OSError:
            continue
        name, rest = stat.rsplit(")", 1)
        fields = rest.split()
        if fields[0] != "Z" and int(fields[1]) == ppid:
            out[int(entry)] = name.split("(", 1)[1]
    return out


def pss_kb(pid):
    try:
        with open("/proc/%d/smaps_rollup" % pid) as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def rss_kb(pid):
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


class Instance:
    """What the Postlet and Postfix instances share."""
    name = ""
    sendmail = ""

    def env(self):
        env = dict(os.environ, MAIL_CONFIG=self.etc)
        env.pop("POSTLOG_SERVICE", None)
        return env

    def postfix(self, *args):
        proc = subprocess.run([self.postfix_cmd, "-c", self.etc] + list(args),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              env=self.env(), timeout=60)
        if proc.returncode != 0:
            raise RuntimeError("%s: postfix %s: %s" % (
                self.name, " ".join(args), proc.stderr.decode("utf-8", "replace")))

    def master_pid(self):
        return read_pid(os.path.join(self.queue, "pid", "master.pid"))

    def start(self):
        self.postfix("check")
        self.postfix("start")
        end = time.time() + 20
        while not (self.master_pid() and os.path.exists("/proc/%d" % self.master_pid())):
            if time.time() > end:
                raise RuntimeError("%s: master did not start" % self.name)
            time.sleep(0.1)

    def stop(self):
        master = self.master_pid()
        try:
            if master:
                self.postfix("stop")
        except RuntimeError as e:
            print(e)
        if master:
            end = time.time() + 15
            while os.path.exists("/proc/%d" % master) and time.time() < end:
                time.sleep(0.1)
        shutil.rmtree(self.top, ignore_errors=True)

    def total_pss(self):
        """Sum of Pss over master and its children, and the process count."""
        master = self.master_pid()
        if not master:
            return 0, 0
        pids = [master] + list(children(master))
        return sum(pss_kb(p) for p in pids), len(pids)

    def sent_count(self):
        """"status=sent" lines in the maillog so far (read on from where
        the last call stopped, at a line boundary)."""
        if not hasattr(self, "_sent"):
            self._sent, self._offset = 0, 0
        try:
            with open(self.maillog, "rb") as f:
                f.seek(self._offset)
                data = f.read()
        except OSError:
            return self._sent
        end = data.rfind(b"\n") + 1
        self._sent += data[:end].count(b"status=sent")
        self._offset += end
        return self._sent

    def pss_by_program(self):
        """"name KB" for master and each child, largest first."""
        master = self.master_pid()
        if not master:
            return ""
        procs = children(master)
        procs[master] = "master"
        sizes = sorted(((pss_kb(p), name) for p, name in procs.items()), reverse=True)
        return " ".join("%s %d" % (name, kb) for kb, name in sizes)

    def queue_empty(self):
        for q in ("maildrop", "incoming", "active", "deferred"):
            for _, _, names in os.walk(os.path.join(self.queue, q)):
                if names:
                    return False
        return True


class Postlet(Instance):
    name = "postlet"

    def __init__(self):
        self.top = make_top("postlet-bench-")
        self.etc = os.path.join(self.top, "etc")
        self.queue = os.path.join(self.top, "queue")
        self.maillog = os.path.join(self.top, "mail.log")
        self.postfix_cmd = os.path.join(BIN, "postfix")
        self.sendmail = os.path.join(BIN, "sendmail")
        os.makedirs(self.etc)
        owner, group = identity()
        with open(os.path.join(self.etc, "main.cf"), "w") as f:
            f.write("queue_directory = %s\n" % self.queue)
            f.write("data_directory = %s\n" % os.path.join(self.top, "data"))
            f.write("command_directory = %s\n" % BIN)
            f.write("daemon_directory = %s\n" % BIN)
            f.write("mail_owner = %s\n" % owner)
            if group:
                f.write("setgid_group = %s\n" % group)
            f.write("myhostname = host.example.com\n")
            f.write("mydomain = example.com\n")
            f.write("maillog_file = %s\n" % self.maillog)
            f.write("maillog_file_prefixes = %s\n" % self.top)
            for t in ("default", "relay", "local"):
                f.write("%s_transport = discard\n" % t)
        lines = []
        with open(os.path.join(ROOT, "conf", "master.cf")) as f:
            for line in f:
                fields = line.split()
                if fields and not line[0].isspace() and fields[0] in POSTLET_SERVICES:
                    lines.append(line)
        with open(os.path.join(self.etc, "master.cf"), "w") as f:
            f.write("".join(lines))

    def qmgr_pid(self):
        master = self.master_pid()
        for pid, name in children(master).items() if master else ():
            if name == "qmgr":
                return pid
        return None


class Postfix(Instance):
    name = "postfix"

    def __init__(self):
        self.top = make_top("postfix-bench-")
        self.etc = os.path.join(self.top, "etc")
        self.queue = os.path.join(self.top, "queue")
        self.maillog = os.path.join(self.top, "mail.log")
        self.postfix_cmd = POSTFIX
        self.sendmail = "/usr/sbin/sendmail"
        os.makedirs(self.etc)
        with open(os.path.join(self.etc, "main.cf"), "w") as f:
            f.write(postfix_main_cf(self.top, self.queue, self.maillog))
            f.write("myhostname = host.example.com\n")
            f.write("mydomain = example.com\n")
            f.write("mydestination =\n")
            for t in ("default", "relay", "local"):
                f.write("%s_transport = discard\n" % t)
        with open(os.path.join(self.etc, "master.cf"), "w") as f:
            f.write(POSTFIX_MASTER_CF)
        # Postfix wants its queue directory to exist (owned by root);
        # "postfix check" makes what lies under it.
        os.makedirs(self.queue, mode=0o755)


MESSAGE = (b"From: bench@example.com\n"
           b"To: rcpt@example.net\n"
           b"Subject: bench %d\n"
           b"\n"
           b"a small message, number %d\n")


class Sampler(threading.Thread):
    """Calls fn every SAMPLE seconds until stopped; keeps the results."""

    def __init__(self, fn):
        super().__init__(daemon=True)
        self.fn = fn
        self.values = []
        self.done = threading.Event()

    def run(self):
        while not self.done.is_set():
            v = self.fn()
            if v is not None:
                self.values.append(v)
            self.done.wait(SAMPLE)

    def stop(self):
        self.done.set()
        self.join()


def inject(inst, n, workers, sampler_fn):
    """Submit n messages; return (submit s, end-to-end s, failures, samples)."""
    counter = iter(range(n))
    lock = threading.Lock()
    failures = []
    env = inst.env()

    def worker():
        while True:
            with lock:
                i = next(counter, None)
            if i is None:
                return
            p = subprocess.run([inst.sendmail, "-f", "bench@example.com",
                                "rcpt@example.net"], input=MESSAGE % (i, i),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               env=env)
            if p.returncode != 0:
                with lock:
                    failures.append(p.stderr.decode("utf-8", "replace")[-200:])

    sampler = Sampler(sampler_fn)
    sampler.start()
    t0 = time.monotonic()
    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    t_submit = time.monotonic() - t0
    want = n - len(failures)
    deadline = time.monotonic() + max(120, n / 20)
    # An empty queue with no new "status=sent" line for a while also ends
    # the wait: a logging client that waited too long for postlogd drops
    # lines (maillog_client(3)), and that must not stall the figures.
    last, quiet_since = -1, time.monotonic()
    while time.monotonic() < deadline:
        done = inst.sent_count()
        if done != last:
            last, quiet_since = done, time.monotonic()
        if inst.queue_empty() and (done >= want
                                   or time.monotonic() - quiet_since > 3):
            break
        time.sleep(0.02)
    t_e2e = time.monotonic() - t0
    sampler.stop()
    return t_submit, t_e2e, failures, sampler.values, inst.sent_count()


def ratio(a, b):
    """a/b as text with two decimals (integer arithmetic)."""
    if not b:
        return "n/a"
    r = a * 100 // b
    return "%d.%02dx" % (r // 100, r % 100)


def bench_one(inst, n, workers):
    inst.start()
    try:
        time.sleep(IDLE_WAIT)
        idle, idle_procs = inst.total_pss()
        idle_detail = inst.pss_by_program()
        t_submit, t_e2e, failures, samples, sent = inject(
            inst, n, workers, lambda: inst.total_pss())
        peak, peak_procs = max(samples) if samples else (0, 0)
        res = dict(idle=idle, idle_procs=idle_procs, peak=peak,
                   peak_procs=peak_procs, submit=n * 1000 // max(1, int(t_submit * 1000)),
                   e2e=sent * 1000 // max(1, int(t_e2e * 1000)),
                   t_submit=t_submit, t_e2e=t_e2e, failures=failures, sent=sent)
    finally:
        inst.stop()
    print("%-8s submitted %6d msg/s (%5.1f s)   end-to-end %6d msg/s (%5.1f s, %d sent%s)"
          % (inst.name, res["submit"], res["t_submit"], res["e2e"], res["t_e2e"],
             res["sent"], ", %d sendmail failures" % len(failures) if failures else ""))
    if failures:
        print("%-8s first failure: %s" % (inst.name, failures[0].strip()))
    print("%-8s total PSS idle %6d KB (%d processes)   peak %6d KB (%d processes)"
          % (inst.name, res["idle"], res["idle_procs"], res["peak"], res["peak_procs"]))
    print("%-8s idle PSS by process (KB): %s" % (inst.name, idle_detail))
    return res


def main_inject(n, workers):
    print("injection benchmark: %d messages, %d parallel sendmail submitters, "
          "default_transport = discard" % (n, workers))
    pl = bench_one(Postlet(), n, workers)
    print("postlet  target idle total PSS < 1024 KB: %s; under load < 4096 KB: %s"
          % ("met" if pl["idle"] < 1024 else "NOT met",
             "met" if pl["peak"] < 4096 else "NOT met"))
    if not os.path.exists(POSTFIX):
        print("postfix not installed: no comparison (apt-get install postfix)")
        return
    pf = bench_one(Postfix(), n, workers)
    print("ratio    submitted %s   end-to-end %s (postlet rate / postfix rate)"
          % (ratio(pl["submit"], pf["submit"]), ratio(pl["e2e"], pf["e2e"])))
    print("ratio    PSS idle %s   peak %s (postfix PSS / postlet PSS)"
          % (ratio(pf["idle"], pl["idle"]), ratio(pf["peak"], pl["peak"])))


def main_rss(n, workers):
    print("qmgr RSS benchmark: %d messages, %d parallel sendmail submitters" % (n, workers))
    inst = Postlet()
    inst.start()
    try:
        time.sleep(1)
        pids = set()

        def sample():
            pid = inst.qmgr_pid()
            if pid is None:
                return None
            rss = rss_kb(pid)
            if rss is None:
                return None
            pids.add(pid)
            return rss, inst.sent_count()

        t_submit, t_e2e, failures, pairs, sent = inject(inst, n, workers, sample)
    finally:
        inst.stop()
    samples = [rss for rss, _ in pairs]
    after = [rss for rss, done in pairs if done >= n // 10]
    print("postlet  %d sent in %.1f s (%d msg/s end-to-end)%s"
          % (sent, t_e2e, sent * 1000 // max(1, int(t_e2e * 1000)),
             ", %d sendmail failures" % len(failures) if failures else ""))
    if not samples:
        print("postlet  qmgr never seen")
        return
    lo, hi = min(samples), max(samples)
    print("postlet  qmgr VmRSS over %d samples: min %d KB, max %d KB, first %d KB, "
          "last %d KB; growth (max - min) %d KB, last - first %d KB; "
          "qmgr process%s %s"
          % (len(samples), lo, hi, samples[0], samples[-1], hi - lo,
             samples[-1] - samples[0], "es" if len(pids) > 1 else "",
             " ".join(str(p) for p in sorted(pids))))
    # The shape: a step early on (pools touched for the first time) reads
    # differently from a steady climb.
    print("postlet  qmgr VmRSS at each tenth of the run (KB): %s"
          % " ".join(str(samples[min(len(samples) - 1, len(samples) * k // 10)])
                     for k in range(11)))
    half = samples[len(samples) // 2:]
    print("postlet  qmgr VmRSS growth over the second half of the run: %d KB"
          % (max(half) - min(half)))
    if not after:
        print("postlet  warm-up (%d messages delivered) never ended" % (n // 10))
        return
    print("postlet  qmgr VmRSS after warm-up (%d messages delivered): %d KB, "
          "max %d KB; growth %d KB"
          % (n // 10, after[0], max(after), max(after) - after[0]))
    print("postlet  target qmgr RSS flat within 64 KB after warm-up: %s"
          % ("met" if max(after) - after[0] <= 64 else "NOT met"))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("n", nargs="?", type=int)
    ap.add_argument("--rss", action="store_true", help="qmgr RSS flatness run")
    ap.add_argument("-w", "--workers", type=int, default=4)
    args = ap.parse_args()
    if args.rss:
        main_rss(args.n or 10000, args.workers)
    else:
        main_inject(args.n or 2000, args.workers)


if __name__ == "__main__":
    main()
