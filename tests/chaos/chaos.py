#!/usr/bin/python3
"""chaos.py - kill -9 Postlet processes while mail is submitted; count losses.

usage: chaos.py [-n MESSAGES] [-w WORKERS] [-k KILLS] [--seed N]
                [--settle SECONDS] [--keep]

Starts a throw-away instance (master, postlogd, pickup, cleanup, and
qmgr, discard, error and bounce when the binary has them; as root the
daemons run as an unprivileged mail_owner, see tests/integ/master_instance.py),
submits MESSAGES messages with sendmail from WORKERS parallel workers, and
meanwhile kill -9's a random Postlet process of the instance - master,
any daemon it runs, or a postdrop that a worker is running - at random
moments, about KILLS times in all. After master is killed the instance is
started again with "postfix start" (the daemons it left behind keep going
until they notice that master is gone).

Every message carries a unique token (in its Subject and Message-ID).
A message is "accepted" when sendmail exits 0 for it. At the end the
instance is left to settle (master started if it is down, "postfix flush"
now and then) and every accepted message is looked for:

  deliver mode (the binary has qmgr and discard): all mail goes to the
      discard transport; a message is delivered when the maillog has a
      "status=sent" line for a queue ID whose cleanup line carries the
      message's Message-ID. Every accepted message must be delivered at
      least once; more than once is allowed (the contract allows a
      duplicate after a crash) and counted.
  queue mode (no qmgr yet): a message is present when a queue file in
      maildrop/, incoming/, active/, deferred/ or hold/ holds its token;
      more than one file is a duplicate. Nothing is delivered in this mode,
      so it proves only that nothing accepted is lost on the way into
      the queue.

The mode is printed first (--mode queue forces queue mode, to test
submission alone); the runner never falls back from deliver mode
to queue mode. Queue files found in corrupt/ are counted (a message
there is not delivered: it counts as lost). Prints the figures and exits
0 when nothing accepted was lost (and in deliver mode every message was
delivered), 1 otherwise. The random seed is printed; --seed repeats a run.
"""
import argparse
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "tests", "integ"))

from master_instance import BIN, identity, instance_dir, wait_for  # noqa: E402

QUEUES_PRESENT = ("maildrop", "incoming", "active", "deferred", "hold")
TOKEN_RE = re.compile(rb"chaos-[0-9a-f]+-(\d+)-x")


def have(prog):
    return os.path.exists(os.path.join(BIN, prog))


def conf_master_cf(services):
    """The lines of conf/master.cf for these services, as they are."""
    out = []
    with open(os.path.join(ROOT, "conf", "master.cf")) as f:
        for line in f:
            fields = line.split()
            if fields and not line[0].isspace() and fields[0] in services:
                out.append(line)
    return "".join(out)


def mail_services(deliver):
    """The conf/master.cf services an instance runs."""
    services = ["postlog", "pickup", "cleanup"]
    if deliver:
        services += ["qmgr", "discard", "error", "retry"]
        if have("bounce"):
            services += ["bounce", "defer", "trace"]
    return services


class Instance:
    """One instance under a fresh directory; see the module header."""

    def __init__(self, deliver, queue_directory=None, extra="", services=None):
        if os.geteuid() == 0:
            self.top, _ = instance_dir(None)
        else:
            self.top = tempfile.mkdtemp(prefix="postlet-chaos-")
        self.made_top = True
        self.etc = os.path.join(self.top, "etc")
        self.queue = queue_directory or os.path.join(self.top, "queue")
        self.maillog = os.path.join(self.top, "mail.log")
        os.makedirs(self.etc)
        owner, group = identity()
        if services is None:
            services = mail_services(deliver)
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
            f.write("service_throttle_time = 1s\n")
            if deliver:
                f.write("default_transport = discard\n")
                f.write("relay_transport = discard\n")
                f.write("local_transport = discard\n")
                f.write("minimal_backoff_time = 2s\n")
                f.write("maximal_backoff_time = 4s\n")
                f.write("queue_run_delay = 2s\n")
            f.write(extra)
        self.write_master_cf(services)
        self.env = dict(os.environ, MAIL_CONFIG=self.etc)
        self.env.pop("POSTLOG_SERVICE", None)

    def write_master_cf(self, services, pickup_wakeup=None):
        text = conf_master_cf(services)
        if pickup_wakeup is not None:
            text = re.sub(r"(?m)^(pickup\s+\S+\s+\S+\s+\S+\s+\S+\s+)\S+",
                          lambda m: m.group(1) + str(pickup_wakeup), text)
        with open(os.path.join(self.etc, "master.cf"), "w") as f:
            f.write(text)

    def postfix(self, *args, timeout=60):
        proc = subprocess.run([os.path.join(BIN, "postfix"), "-c", self.etc] + list(args),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              env=self.env, timeout=timeout)
        return proc.returncode, proc.stderr.decode("utf-8", "replace")

    def master_pid(self):
        """master's process ID from its pid file, if that process lives."""
        try:
            with open(os.path.join(self.queue, "pid", "master.pid")) as f:
                pid = int(f.read().split()[0])
        except (OSError, ValueError, IndexError):
            return None
        try:
            with open("/proc/%d/stat" % pid) as f:
                stat = f.read()
        except OSError:
            return None
        if stat.rsplit(")", 1)[1].split()[0] == "Z":
            return None
        return pid

    def start(self):
        """postfix start, until master runs (a killed master's daemons may
        still hold sockets for a moment)."""
        end = time.time() + 60
        while True:
            code, err = self.postfix("start")
            if code == 0 and wait_for(self.master_pid, timeout=10):
                return
            if time.time() > end:
                raise RuntimeError("postfix start: %d %s" % (code, err))
            time.sleep(0.2)

    def processes(self):
        """{pid: name} of this instance's Postlet processes: master, its
        children, and postdrop processes reading this configuration."""
        out = {}
        master = self.master_pid()
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            pid = int(entry)
            try:
                with open("/proc/%d/stat" % pid) as f:
                    stat = f.read()
                with open("/proc/%d/cmdline" % pid, "rb") as f:
                    argv = f.read().split(b"\0")
            except OSError:
                continue
            name, rest = stat.rsplit(")", 1)
            fields = rest.split()
            if fields[0] == "Z":
                continue
            ppid = int(fields[1])
            prog = os.path.basename(argv[0]).decode("utf-8", "replace")
            if pid == master:
                out[pid] = "master"
            elif master and ppid == master:
                out[pid] = prog
            elif prog == "postdrop":
                try:
                    with open("/proc/%d/environ" % pid, "rb") as f:
                        env = f.read().split(b"\0")
                except OSError:
                    continue
                if ("MAIL_CONFIG=" + self.etc).encode() in env:
                    out[pid] = prog
        return out

    def maillog_text(self):
        try:
            with open(self.maillog, "rb") as f:
                return f.read()
        except FileNotFoundError:
            return b""

    def queue_files(self, queue):
        out = []
        for dirpath, _, names in os.walk(os.path.join(self.queue, queue)):
            out += [os.path.join(dirpath, n) for n in names]
        return out

    def stop(self, keep=False):
        if self.master_pid():
            self.postfix("stop")
        # Daemons left behind by a killed master notice its absence and
        # exit on their own; do not leave them running.
        for pid, _ in self.processes().items():
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        if self.made_top and not keep:
            shutil.rmtree(self.top, ignore_errors=True)


def message(token, n):
    return ("From: chaos@example.com\n"
            "To: rcpt%d@example.net\n"
            "Subject: %s\n"
            "Message-ID: <%s@chaos.test>\n"
            "\n"
            "body of message %d\n" % (n % 7, token, token, n)).encode()


class Run:
    def __init__(self, args):
        self.args = args
        self.seed = args.seed if args.seed is not None else random.randrange(1 << 30)
        self.rnd = random.Random(self.seed)
        self.deliver = have("qmgr") and have("discard")
        if args.mode == "queue":
            self.deliver = False
        elif args.mode == "deliver" and not self.deliver:
            raise SystemExit("chaos: deliver mode needs qmgr and discard in %s" % BIN)
        self.inst = Instance(self.deliver)
        self.lock = threading.Lock()
        self.accepted = set()
        self.refused = {}              # token number -> exit status
        self.kills = {}                 # process name -> count
        self.master_restarts = 0
        self.submitting = True
        self.prefix = "chaos-%x" % self.seed
        self.duration = args.duration if args.duration is not None else \
            max(3.0, 0.4 * args.kills)
        self.started = time.time()

    def token(self, n):
        return "%s-%d-x" % (self.prefix, n)

    def worker(self, numbers):
        for n in numbers:
            # Paced: message n is due at n/N of the submission time, so
            # that the kills fall among the submissions and deliveries.
            due = self.started + self.duration * n / self.args.messages
            if due > time.time():
                time.sleep(due - time.time())
            proc = subprocess.run(
                [os.path.join(BIN, "sendmail"), "-f", "chaos@example.com",
                 "rcpt%d@example.net" % (n % 7)],
                input=message(self.token(n), n), stdout=subprocess.PIPE,
                stderr=subprocess.PIPE, env=self.inst.env, timeout=120)
            with self.lock:
                if proc.returncode == 0:
                    self.accepted.add(n)
                else:
                    self.refused[n] = (proc.returncode,
                                       proc.stderr.decode("utf-8", "replace").strip())

    def killer(self):
        """About args.kills kills spread over the submission time."""
        kills = self.args.kills
        while self.submitting and kills > 0:
            time.sleep(self.rnd.uniform(0, 2.0 * self.duration / max(self.args.kills, 1)))
            if not self.submitting:
                break
            procs = self.inst.processes()
            if not procs:
                continue
            pid = self.rnd.choice(sorted(procs))
            name = procs[pid]
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                continue
            kills -= 1
            with self.lock:
                self.kills[name] = self.kills.get(name, 0) + 1
            if name == "master":
                # Stay down for a moment now and then, so that sendmail
                # also runs against a stopped mail system.
                time.sleep(self.rnd.choice((0, 0, 0.3, 1.0)))
                self.inst.start()
                self.master_restarts += 1

    def find(self):
        """(present {n: files}, corrupt {n: files}, sent {n: count})."""
        present, corrupt, sent = {}, {}, {}
        for queue in QUEUES_PRESENT + ("corrupt",):
            target = corrupt if queue == "corrupt" else present
            for path in self.inst.queue_files(queue):
                try:
                    with open(path, "rb") as f:
                        data = f.read()
                except OSError:
                    continue
                for m in set(TOKEN_RE.findall(data)):
                    target.setdefault(int(m), []).append(path)
        if self.deliver:
            log = self.inst.maillog_text()
            qid_of = {}
            for m in re.finditer(rb": ([0-9A-Za-z]+): message-id=<chaos-[0-9a-f]+-(\d+)-x@",
                                 log):
                qid_of.setdefault(m.group(1), set()).add(int(m.group(2)))
            for m in re.finditer(rb": ([0-9A-Za-z]+): to=<[^>]*>,.* status=sent ", log):
                for n in qid_of.get(m.group(1), ()):
                    sent[n] = sent.get(n, 0) + 1
        return present, corrupt, sent

    def explain(self, numbers, present, corrupt):
        """Where a missing message went: its files and its log lines."""
        log = self.inst.maillog_text().decode("utf-8", "replace").splitlines()
        for n in numbers:
            token = self.token(n)
            print("chaos: %s: files %s corrupt %s" % (token, present.get(n, []),
                                                       corrupt.get(n, [])))
            qids = set()
            for line in log:
                if token in line:
                    m = re.search(r": ([0-9A-Za-z]+): message-id=", line)
                    if m:
                        qids.add(m.group(1))
            for line in log:
                if token in line or any(q + ":" in line for q in qids):
                    print("chaos:   " + line)
        tail = [line for line in log if "warning" in line or "fatal" in line or
                "panic" in line]
        for line in tail[-30:]:
            print("chaos: log: " + line)

    def settled(self):
        present, corrupt, sent = self.find()
        if self.deliver:
            return all(n in sent for n in self.accepted) and not present
        # queue mode: nothing left in maildrop that pickup should take
        return not self.inst.queue_files("maildrop")

    def run(self):
        args = self.args
        print("chaos: seed %d, %d messages, %d workers, about %d kills in %.0f s, mode %s (%s)"
              % (self.seed, args.messages, args.workers, args.kills, self.duration,
                 "deliver" if self.deliver else "queue",
                 "discard: transport, status=sent lines counted" if self.deliver
                 else "no qmgr in this binary: queue files counted"), flush=True)
        print("chaos: instance in %s" % self.inst.top, flush=True)
        code, err = self.inst.postfix("start")
        if code != 0:
            raise RuntimeError("postfix start: %s" % err)
        wait_for(self.inst.master_pid)
        wait_for(lambda: b"daemon started" in self.inst.maillog_text())
        self.started = started = time.time()
        numbers = list(range(args.messages))
        threads = [threading.Thread(target=self.worker, args=(numbers[i::args.workers],))
                   for i in range(args.workers)]
        killer = threading.Thread(target=self.killer)
        for t in threads + [killer]:
            t.start()
        for t in threads:
            t.join()
        submitted = time.time()
        self.submitting = False
        killer.join()
        if not self.inst.master_pid():
            self.inst.start()
            self.master_restarts += 1
        end = time.time() + args.settle
        while not self.settled() and time.time() < end:
            if not self.inst.master_pid():
                self.inst.start()
                self.master_restarts += 1
            self.inst.postfix("flush")
            time.sleep(1)
        settle = time.time() - submitted
        present, corrupt, sent = self.find()
        return self.report(present, corrupt, sent, submitted - started, settle)

    def report(self, present, corrupt, sent, submit_time, settle_time):
        acc = self.accepted
        lost = sorted(n for n in acc if n not in present and n not in sent)
        undelivered = sorted(n for n in acc if n not in sent) if self.deliver else []
        if self.deliver:
            dups = sum(sent[n] - 1 for n in acc if sent.get(n, 0) > 1)
            dup_msgs = sum(1 for n in acc if sent.get(n, 0) > 1)
        else:
            dups = sum(len(present[n]) - 1 for n in acc if len(present.get(n, ())) > 1)
            dup_msgs = sum(1 for n in acc if len(present.get(n, ())) > 1)
        ghosts = sorted(n for n in set(present) | set(sent) if n not in acc)
        fig = {
            "mode": "deliver" if self.deliver else "queue",
            "seed": self.seed,
            "messages": self.args.messages,
            "accepted": len(acc),
            "refused": len(self.refused),
            "delivered": sum(1 for n in acc if n in sent),
            "queued": sum(1 for n in acc if n in present and n not in sent),
            "lost": len(lost),
            "duplicates": dups,
            "duplicated_messages": dup_msgs,
            "in_corrupt": sum(1 for n in acc if n in corrupt),
            "refused_but_present": len(ghosts),
            "kills": sum(self.kills.values()),
            "kills_by_process": dict(sorted(self.kills.items())),
            "master_restarts": self.master_restarts,
            "submit_seconds": round(submit_time, 1),
            "settle_seconds": round(settle_time, 1),
        }
        print("chaos: mode %(mode)s seed %(seed)d" % fig)
        print("chaos: messages %(messages)d accepted %(accepted)d refused %(refused)d"
              % fig)
        print("chaos: delivered %(delivered)d queued %(queued)d lost %(lost)d "
              "duplicates %(duplicates)d (%(duplicated_messages)d messages) "
              "in corrupt/ %(in_corrupt)d refused but queued %(refused_but_present)d" % fig)
        print("chaos: kills %(kills)d %(kills_by_process)s master restarts "
              "%(master_restarts)d" % fig)
        print("chaos: submission %(submit_seconds)ss, settling %(settle_seconds)ss" % fig)
        if self.refused:
            codes = {}
            for code, err in self.refused.values():
                codes.setdefault(code, err)
            for code, err in sorted(codes.items()):
                print("chaos: sendmail exit %d, e.g.: %s" % (code, err[-300:]))
        if lost:
            print("chaos: LOST: %s" % " ".join(self.token(n) for n in lost[:20]))
        if undelivered:
            print("chaos: NOT DELIVERED: %s" % " ".join(self.token(n) for n in undelivered[:20]))
        if lost or undelivered:
            self.explain(sorted(set(lost) | set(undelivered))[:5], present, corrupt)
        fig["lost_tokens"] = [self.token(n) for n in lost]
        fig["undelivered"] = len(undelivered)
        fig["ok"] = not lost and not undelivered and len(acc) > 0
        sys.stdout.flush()
        return fig


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", "--messages", type=int, default=500)
    parser.add_argument("-w", "--workers", type=int, default=4)
    parser.add_argument("-k", "--kills", type=int, default=None,
                        help="about how many kills (default: messages / 10)")
    parser.add_argument("-d", "--duration", type=float, default=None,
                        help="seconds over which to spread the submissions "
                        "(default: 0.4 s a kill, at least 3)")
    parser.add_argument("--mode", choices=("auto", "deliver", "queue"), default="auto",
                        help="auto: deliver when qmgr and discard are built")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--settle", type=float, default=120.0,
                        help="seconds to wait for the queue to settle")
    parser.add_argument("--keep", action="store_true", help="keep the instance directory")
    args = parser.parse_args(argv)
    if args.kills is None:
        args.kills = max(3, args.messages // 10)
    run = Run(args)
    fig = {"ok": False}
    try:
        fig = run.run()
    finally:
        keep = args.keep or not fig["ok"]
        if keep:
            print("chaos: instance kept in %s" % run.inst.top)
        run.inst.stop(keep=keep)
    return fig


if __name__ == "__main__":
    sys.exit(0 if main()["ok"] else 1)
