"""postlog(1), the maillog_file format, and postlogd(8) under master.

postlog writes maillog_file itself when no postlogd runs (as before
"postfix start"); its lines are compared with Postfix's own postlog when
Postfix is installed. With master running, postlog's lines travel through
the postlog socket to postlogd, also when maillog_file is /dev/stdout, and
postlogd starts a new file after the old one was renamed (logrotate).
"""
import os
import pathlib
import pwd
import re
import shutil
import signal
import subprocess
import time

import pytest

from conftest import BIN, run
from master_instance import as_root, identity, instance_dir

LINE = re.compile(r"^[A-Z][a-z]{2} [0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2} "
                  r"(?P<host>\S+) (?P<tag>[^\s\[]+)\[(?P<pid>[0-9]+)\]: (?P<text>.*)$")


def write_main(confdir, logfile, prefixes=None, extra=""):
    text = "myhostname = gw.example.com\nmaillog_file = %s\n" % logfile
    if prefixes is not None:
        text += "maillog_file_prefixes = %s\n" % prefixes
    (confdir / "main.cf").write_text(text + extra)


def parse(text):
    out = []
    for line in text.splitlines():
        m = LINE.match(line)
        assert m, "not a maillog_file line: %r" % line
        out.append((m.group("host"), m.group("tag"), m.group("text")))
    return out


def test_direct_file(tmp_path, confdir):
    log = tmp_path / "mail.log"
    write_main(confdir, log, prefixes=str(tmp_path))
    assert run("postlog", "-c", confdir, "hello", "world").status == 0
    r = run("postlog", "-c", confdir, "-t", "my/tag", "-p", "warn", input="a\nb\r\n\nc")
    assert r.status == 0 and r.err == ""
    assert run("postlog", "-c", confdir, "-p", "error", "-i", "x").status == 0
    assert parse(log.read_text()) == [
        ("gw", "postfix/postlog", "hello world"),
        ("gw", "my/tag", "warning: a"),
        ("gw", "my/tag", "warning: b"),
        ("gw", "my/tag", "warning: "),
        ("gw", "my/tag", "warning: c"),
        ("gw", "postfix/postlog", "error: x"),
    ]


def test_syslog_name_and_limits(tmp_path, confdir):
    log = tmp_path / "mail.log"
    write_main(confdir, log, prefixes=str(tmp_path), extra="syslog_name = router\n")
    r = run("postlog", "-c", confdir, "-t", "bad\x01tag", input="x" * 5000 + "\nshort\n")
    assert r.status == 0
    lines = parse(log.read_text())
    assert lines[0] == ("gw", "bad?tag", "x" * 2000)
    assert lines[1] == ("gw", "bad?tag", "short")
    run("postlog", "-c", confdir, "plain")
    assert parse(log.read_text())[2] == ("gw", "router/postlog", "plain")


def test_same_as_postfix(tmp_path, confdir):
    postfix_postlog = shutil.which("postlog", path="/usr/sbin:/usr/bin")
    if postfix_postlog is None or os.path.realpath(postfix_postlog).startswith(os.path.realpath(BIN)):
        pytest.skip("Postfix's postlog is not installed")
    pfconf = tmp_path / "pf"
    pfconf.mkdir()
    theirs, ours = tmp_path / "theirs.log", tmp_path / "ours.log"
    write_main(pfconf, theirs, prefixes=str(tmp_path), extra="compatibility_level = 3.6\n")
    write_main(confdir, ours, prefixes=str(tmp_path))
    for args, data in ((["one", "two"], None), (["-t", "postfix/postfix-script", "-p", "fatal", "stop"], None),
                       (["-p", "warning"], b"l1\nl2\n")):
        subprocess.run([postfix_postlog, "-c", str(pfconf)] + args, input=data, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        assert run("postlog", "-c", confdir, *args, input=data).status == 0
    assert parse(ours.read_text()) == parse(theirs.read_text())


def test_dev_stdout(confdir):
    write_main(confdir, "/dev/stdout")
    r = run("postlog", "-c", confdir, "to", "stdout")
    assert r.status == 0
    assert parse(r.out) == [("gw", "postfix/postlog", "to stdout")]


def test_prefix_refused(tmp_path, confdir):
    log = tmp_path / "mail.log"
    write_main(confdir, log)
    r = run("postlog", "-c", confdir, "hi")
    assert r.status == 1
    assert not log.exists()


def test_bad_priority_and_usage(tmp_path, confdir):
    write_main(confdir, tmp_path / "mail.log", prefixes=str(tmp_path))
    assert run("postlog", "-c", confdir, "-p", "loud", "x").status == 1
    assert run("postlog", "-c", confdir, "-z").status == 1
    assert not (tmp_path / "mail.log").exists() or "loud" not in (tmp_path / "mail.log").read_text()


def test_unwritable_fallback(tmp_path, confdir):
    write_main(confdir, tmp_path / "nodir" / "mail.log", prefixes=str(tmp_path))
    assert run("postlog", "-c", confdir, "x").status == 1


# ---- postlogd under master ------------------------------------------------

def have_postlogd():
    return all(os.path.exists(os.path.join(BIN, p)) for p in ("master", "postlogd", "postfix"))


class Instance:
    """A master with only the postlog service, in a temporary directory.

    As root, postlogd runs as an unprivileged mail_owner (nobody, see
    master_instance.py): the instance is in a directory it can traverse,
    the queue directories are made by "postfix check", and the log file
    is in logdir, a directory that mail_owner owns, so that postlogd can
    start a new file after a rotation (it opens the first one as root,
    before it drops privileges). As any other user everything runs as
    that user."""

    def __init__(self, tmp_path, logfile=None):
        top, self.made_top = instance_dir(tmp_path)
        self.top = pathlib.Path(top)
        self.logdir = self.top / "log"
        self.logdir.mkdir()
        owner, group = identity()
        if as_root():
            pw = pwd.getpwnam(owner)
            os.chown(self.logdir, pw.pw_uid, pw.pw_gid)
        self.log = self.logdir / "mail.log" if logfile is None else logfile
        self.conf = self.top / "etc"
        self.conf.mkdir(exist_ok=True)
        self.queue = self.top / "queue"
        extra = ("queue_directory = %s\ndata_directory = %s\ndaemon_directory = %s\n"
                 "command_directory = %s\nmail_owner = %s\n"
                 % (self.queue, self.top / "data", BIN, BIN, owner))
        if group:
            extra += "setgid_group = %s\n" % group
        write_main(self.conf, self.log, prefixes="%s, /dev/stdout" % self.top, extra=extra)
        (self.conf / "master.cf").write_text(
            "postlog   unix-dgram n  -       n       -       1       postlogd\n")
        env = dict(os.environ, MAIL_CONFIG=str(self.conf))
        env.pop("POSTLOG_SERVICE", None)
        check = subprocess.run([os.path.join(BIN, "postfix"), "-c", str(self.conf), "check"],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env)
        assert check.returncode == 0, check.stdout
        self.out = open(self.top / "master.out", "wb+")
        self.err = open(self.top / "master.err", "wb+")
        self.proc = subprocess.Popen([os.path.join(BIN, "master"), "-s", "-d", "-c", str(self.conf)],
                                     stdout=self.out, stderr=self.err, env=env)
        deadline = time.time() + 10
        while not (self.queue / "public" / "postlog").exists():
            assert self.proc.poll() is None, "master exited: " + self.errors()
            assert time.time() < deadline, "no postlog socket"
            time.sleep(0.05)

    def stdout(self):
        self.out.seek(0)
        return self.out.read().decode("utf-8", "replace")

    def errors(self):
        self.err.seek(0)
        return self.err.read().decode("utf-8", "replace")

    def stop(self):
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.out.close()
        self.err.close()
        if self.made_top:
            shutil.rmtree(self.top, ignore_errors=True)


def wait_for(fn, timeout=10):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if fn():
            return True
        time.sleep(0.05)
    return False


@pytest.mark.skipif(not have_postlogd(), reason="needs master, postlogd and postfix")
def test_postlogd_file_and_rotation(tmp_path):
    inst = Instance(tmp_path)
    log = inst.log
    try:
        assert run("postlog", "-c", inst.conf, "via postlogd").status == 0
        assert wait_for(lambda: log.exists() and "via postlogd" in log.read_text()), inst.errors()
        # What "postfix logrotate" does: rename; postlogd starts a new file.
        os.rename(log, inst.logdir / "mail.log.1")
        assert run("postlog", "-c", inst.conf, "after rotation").status == 0
        assert wait_for(lambda: log.exists() and "after rotation" in log.read_text()), inst.errors()
        assert "after rotation" not in (inst.logdir / "mail.log.1").read_text()
        assert ("gw", "postfix/postlog", "after rotation") in parse(log.read_text())
        if as_root():
            # postlogd gave up root: the new file belongs to mail_owner.
            assert log.stat().st_uid == pwd.getpwnam(identity()[0]).pw_uid
    finally:
        inst.stop()


@pytest.mark.skipif(not have_postlogd(), reason="needs master, postlogd and postfix")
def test_postlogd_dev_stdout(tmp_path):
    inst = Instance(tmp_path, "/dev/stdout")
    try:
        # postlog's own standard output is a pipe here: the line can only
        # reach master's standard output through postlogd.
        r = run("postlog", "-c", inst.conf, "through the socket")
        assert r.status == 0 and r.out == ""
        assert wait_for(lambda: "through the socket" in inst.stdout()), inst.errors()
        lines = [l for l in parse(inst.stdout()) if l[2] == "through the socket"]
        assert lines == [("gw", "postfix/postlog", "through the socket")]
    finally:
        inst.stop()


@pytest.mark.skipif(not os.path.exists(os.path.join(BIN, "postfix")), reason="postfix(1) not built yet")
def test_postfix_logrotate(tmp_path, confdir):
    log = tmp_path / "mail.log"
    write_main(confdir, log, prefixes=str(tmp_path),
               extra="maillog_file_rotate_suffix = rotated-%%Y\nqueue_directory = %s\n" % tmp_path)
    assert run("postlog", "-c", confdir, "before").status == 0
    assert run("postfix", "-c", confdir, "logrotate").status == 0
    assert not log.exists()
    year = time.strftime("%Y")
    gz = tmp_path / ("mail.log.rotated-%s.gz" % year)
    assert wait_for(gz.exists)
    assert subprocess.run(["gzip", "-dc", str(gz)], stdout=subprocess.PIPE,
                          check=True).stdout.endswith(b"]: before\n")
    # /dev files are never rotated; an empty compressor is refused.
    write_main(confdir, "/dev/stdout")
    r = run("postfix", "-c", confdir, "logrotate")
    assert r.status == 1 and "not rotating '/dev/stdout'" in r.err + r.out
    write_main(confdir, log, prefixes=str(tmp_path), extra="maillog_file_compressor =\n")
    r = run("postfix", "-c", confdir, "logrotate")
    assert r.status == 1
    assert "empty 'maillog_file_compressor' parameter value - logfile rotation failed" in r.err + r.out
