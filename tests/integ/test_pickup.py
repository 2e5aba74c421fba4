"""Local submission end to end: sendmail -> postdrop -> maildrop/ ->
pickup(8) -> cleanup(8) -> incoming/, under a real master(8).

The instance runs master with the postlog, pickup and cleanup services of
conf/master.cf (command_directory and daemon_directory are the built
binaries) and logs to maillog_file in its directory through postlogd. As
root the daemons run as an unprivileged mail_owner (see
master_instance.py); as any other user, in single-user mode.

There is no qmgr yet: a message stays in incoming/ once cleanup has
written it (cleanup's trigger of qmgr finds nobody). When qmgr exists (next
session) these tests must expect the file to move on to active/ and be
delivered.
"""
import os
import re
import shutil
import subprocess
import time

import pytest

from master_instance import BIN, identity, instance_dir, wait_for

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def conf_master_cf(services):
    """The lines of conf/master.cf for these services, as they are."""
    out = []
    with open(os.path.join(ROOT, "conf", "master.cf")) as f:
        for line in f:
            fields = line.split()
            if fields and not line[0].isspace() and fields[0] in services:
                out.append(line)
    assert len(out) == len(services), out
    return "".join(out)


def records(path):
    """The (type, data) records of a queue file."""
    with open(path, "rb") as f:
        data = f.read()
    out = []
    pos = 0
    while pos < len(data):
        rtype = chr(data[pos])
        pos += 1
        length = shift = 0
        while True:
            byte = data[pos]
            pos += 1
            length |= (byte & 0x7f) << shift
            shift += 7
            if not byte & 0x80:
                break
        out.append((rtype, data[pos:pos + length]))
        pos += length
    return out


class Mailsystem:
    def __init__(self, tmp_path):
        self.top, self.made_top = instance_dir(tmp_path)
        self.etc = os.path.join(self.top, "etc")
        self.queue = os.path.join(self.top, "queue")
        self.log = os.path.join(self.top, "mail.log")
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
            f.write("maillog_file = %s\n" % self.log)
            f.write("maillog_file_prefixes = %s\n" % self.top)
        with open(os.path.join(self.etc, "master.cf"), "w") as f:
            f.write(conf_master_cf(["postlog", "pickup", "cleanup"]))
        self.env = dict(os.environ, MAIL_CONFIG=self.etc)
        self.env.pop("POSTLOG_SERVICE", None)
        code, err = self.postfix("start")
        assert code == 0, err
        assert wait_for(lambda: "daemon started" in self.logtext()), self.logtext()

    def postfix(self, *args):
        proc = subprocess.run([os.path.join(BIN, "postfix"), "-c", self.etc] + list(args),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              env=self.env, timeout=30)
        return proc.returncode, proc.stderr.decode("utf-8", "replace")

    def sendmail(self, *args, data=b"Subject: hello\n\nbody\n"):
        return subprocess.run([os.path.join(BIN, "sendmail")] + list(args), input=data,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              env=self.env, timeout=30)

    def logtext(self):
        try:
            with open(self.log, encoding="utf-8", errors="replace") as f:
                return f.read()
        except FileNotFoundError:
            return ""

    def files(self, queue):
        path = os.path.join(self.queue, queue)
        out = []
        for dirpath, _, names in os.walk(path):
            out += [os.path.join(dirpath, n) for n in names]
        return sorted(out)

    def stop(self):
        self.postfix("stop")
        if self.made_top:
            shutil.rmtree(self.top, ignore_errors=True)


@pytest.fixture
def mailsys(tmp_path):
    for prog in ("master", "postfix", "pickup", "cleanup", "postlogd", "sendmail", "postdrop"):
        if not os.path.exists(os.path.join(BIN, prog)):
            pytest.skip("%s not built" % prog)
    m = Mailsystem(tmp_path)
    yield m
    m.stop()


def queue_id_of(mailsys, sender):
    """The queue ID in pickup's "ID: uid=N from=<sender>" line, or None."""
    m = re.search(r"postfix/pickup\[\d+\]: ([0-9A-Za-z]+): uid=(\d+) from=<%s>"
                  % re.escape(sender), mailsys.logtext())
    return m and (m.group(1), int(m.group(2)))


def check_delivered_to_incoming(mailsys, sender, rcpt):
    assert wait_for(lambda: queue_id_of(mailsys, sender)), mailsys.logtext()
    qid, uid = queue_id_of(mailsys, sender)
    assert uid == os.getuid()
    assert wait_for(lambda: re.search(r"postfix/cleanup\[\d+\]: %s: message-id=<[^>]+>"
                                      % qid, mailsys.logtext())), mailsys.logtext()
    incoming = [p for p in mailsys.files("incoming") if os.path.basename(p) == qid]
    assert len(incoming) == 1, mailsys.files("incoming")
    recs = records(incoming[0])
    assert recs[-1] == ("E", b"")
    assert ("S", sender.encode()) in recs
    assert ("R", rcpt.encode()) in recs
    body = b"\n".join(d for t, d in recs if t in "NL")
    assert b"Subject: hello" in body and b"body" in body
    # postcat reads it like Postfix's would.
    cat = subprocess.run([os.path.join(BIN, "postcat"), "-c", mailsys.etc, "-q", qid],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=mailsys.env)
    assert cat.returncode == 0, cat.stderr
    assert b"sender: " + sender.encode() in cat.stdout
    return qid


def test_sendmail_to_incoming(mailsys):
    res = mailsys.sendmail("-f", "a@example.com", "b@example.com")
    assert res.returncode == 0, res.stderr
    check_delivered_to_incoming(mailsys, "a@example.com", "b@example.com")
    assert wait_for(lambda: mailsys.files("maildrop") == []), mailsys.files("maildrop")
    assert "error" not in mailsys.logtext() and "fatal" not in mailsys.logtext(), \
        mailsys.logtext()


def test_garbage_in_maildrop_goes_to_corrupt(mailsys):
    # Any local user can write maildrop/: a complete-looking (ready mode)
    # file that is no queue file.
    bad = os.path.join(mailsys.queue, "maildrop", "GARBAGE1")
    with open(bad, "wb") as f:
        f.write(b"\x00\xff\xffthis is not a queue file\n" * 10)
    os.chmod(bad, 0o744)
    res = mailsys.sendmail("-f", "c@example.com", "d@example.com")
    assert res.returncode == 0, res.stderr
    check_delivered_to_incoming(mailsys, "c@example.com", "d@example.com")
    assert wait_for(lambda: os.path.exists(os.path.join(mailsys.queue, "corrupt", "GARBAGE1"))), \
        mailsys.logtext()
    assert re.search(r"postfix/pickup\[\d+\]: warning: maildrop/GARBAGE1: ", mailsys.logtext())
    assert not os.path.exists(bad)
    # and the next good message still goes through
    res = mailsys.sendmail("-f", "e@example.com", "f@example.com")
    assert res.returncode == 0, res.stderr
    check_delivered_to_incoming(mailsys, "e@example.com", "f@example.com")
    assert wait_for(lambda: mailsys.files("maildrop") == []), mailsys.files("maildrop")
