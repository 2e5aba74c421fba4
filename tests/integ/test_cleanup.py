"""cleanup(8) in stand-alone mode (-S): one conversation on stdin/stdout.

Each test makes a queue directory and a main.cf (queue_directory, mydomain,
myorigin, mydestination, inline: virtual_alias_maps, mail_owner), then
speaks the cleanup protocol from Python: cleanup sends "queue_id=ID" and an
empty line; the client sends "flags=N" and an empty line, then records
(type byte, length in base-128 with the low 7 bits first, data) up to END;
cleanup answers "status=N", "reason=TEXT" and an empty line. The queue file
it left in incoming/ is read with a small record reader here and with
postcat(1).

Who runs what: run by a non-root user, cleanup keeps that user (single-user
mode, mail_owner = that user). Run as root, mail_owner root is refused, so
cleanup drops to nobody: the instance then lives in a 0755 directory under
/tmp, its queue directories owned by nobody.
"""
import os
import pwd
import select
import shutil
import stat
import subprocess
import tempfile

import pytest

from conftest import BIN, run
from queuefile import record

QUEUES = ("maildrop", "incoming", "active", "deferred", "hold", "corrupt",
          "bounce", "defer", "trace", "saved", "public", "private")

FLAG_MAP_OK = 1 << 5
FLAG_SMTP_REPLY = 1 << 7
STAT_BAD = 1 << 0
STAT_SIZE = 1 << 2


class Cleanup:
    """A temporary queue and configuration for cleanup -S."""

    def __init__(self, tmp_path, extra=""):
        if os.geteuid() == 0:
            self.top = tempfile.mkdtemp(prefix="postlet-cleanup-", dir="/tmp")
            os.chmod(self.top, 0o755)
            self.user = "nobody"
        else:
            self.top = str(tmp_path)
            self.user = pwd.getpwuid(os.geteuid()).pw_name
        self.etc = os.path.join(self.top, "etc")
        self.queue = os.path.join(self.top, "q")
        os.makedirs(self.etc)
        pw = pwd.getpwnam(self.user)
        for name in QUEUES:
            path = os.path.join(self.queue, name)
            os.makedirs(path)
            if os.geteuid() == 0:
                os.chown(path, pw.pw_uid, pw.pw_gid)
        with open(os.path.join(self.etc, "main.cf"), "w") as f:
            f.write("queue_directory = %s\n" % self.queue)
            f.write("mail_owner = %s\n" % self.user)
            f.write("myhostname = mx.example.com\n")
            f.write("mydomain = example.com\n")
            f.write("myorigin = $mydomain\n")
            f.write("mydestination = $myhostname, localhost.$mydomain,"
                    " localhost, $mydomain\n")
            f.write("alias_maps =\n")
            f.write("virtual_alias_maps = inline:{root=admin@example.com,"
                    " { team = a@example.org, b@example.org, admin@example.com }}\n")
            f.write(extra)

    def remove(self):
        if self.top.startswith("/tmp/postlet-cleanup-"):
            shutil.rmtree(self.top, ignore_errors=True)

    def env(self):
        environ = dict(os.environ)
        environ["MAIL_CONFIG"] = self.etc
        environ.pop("MAIL_VERBOSE", None)
        return environ

    def start(self):
        return subprocess.Popen([os.path.join(BIN, "cleanup"), "-S"],
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env=self.env())

    def submit(self, flags, records, timeout=20):
        """One whole conversation; returns (exit, stdout, stderr)."""
        data = b"flags=%d\n\n" % flags + records
        proc = subprocess.run([os.path.join(BIN, "cleanup"), "-S"], input=data,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              env=self.env(), timeout=timeout)
        return proc.returncode, proc.stdout, proc.stderr.decode("utf-8", "replace")

    def incoming(self):
        return sorted(os.listdir(os.path.join(self.queue, "incoming")))

    def path(self, qid):
        return os.path.join(self.queue, "incoming", qid)


@pytest.fixture
def cleanup(tmp_path):
    c = Cleanup(tmp_path)
    yield c
    c.remove()


@pytest.fixture
def small(tmp_path):
    c = Cleanup(tmp_path, "message_size_limit = 2000\n")
    yield c
    c.remove()


def attr_lists(data):
    """Attribute lists ("name=value" lines ending with an empty line)."""
    lists, cur = [], {}
    for line in data.decode().split("\n")[:-1]:
        if line == "":
            lists.append(cur)
            cur = {}
        else:
            name, _, value = line.partition("=")
            cur[name] = value
    assert cur == {}, "unterminated attribute list %r" % data
    return lists


def read_records(path):
    """A queue file as [(type, data)]; every length must fit the file."""
    with open(path, "rb") as f:
        data = f.read()
    out, pos = [], 0
    while pos < len(data):
        rtype = chr(data[pos])
        pos += 1
        length, shift = 0, 0
        while True:
            assert pos < len(data), "length runs past the end"
            b = data[pos]
            pos += 1
            length |= (b & 0x7F) << shift
            shift += 7
            if not b & 0x80:
                break
        assert pos + length <= len(data), "record runs past the end"
        out.append((rtype, data[pos:pos + length].decode("utf-8", "replace")))
        pos += length
    return out


def message(sender="sender", rcpts=("user@example.org",), headers=(),
            body=("hello",), full_name=None, end=True):
    """Client records: envelope, content, extracted section, END."""
    out = b""
    if full_name is not None:
        out += record("F", full_name)
    out += record("S", sender)
    for r in rcpts:
        if isinstance(r, tuple):
            out += record("O", r[0])
            r = r[1]
        out += record("R", r)
    out += record("M")
    for h in headers:
        out += record("N", h)
    out += record("N", "")
    for line in body:
        out += record("N", line)
    out += record("X")
    if end:
        out += record("E")
    return out


def accepted(c, records, flags=FLAG_MAP_OK):
    """Submit, expect success; return (queue ID, records, log)."""
    status, out, err = c.submit(flags, records)
    assert status == 0, err
    lists = attr_lists(out)
    assert len(lists) == 2, out
    qid = lists[0]["queue_id"]
    assert lists[1] == {"status": "0", "reason": ""}, (out, err)
    assert c.incoming() == [qid]
    return qid, read_records(c.path(qid)), err


def rejected(c, records, flags=FLAG_MAP_OK):
    """Submit, expect refusal; return (status, reason, log)."""
    status, out, err = c.submit(flags, records)
    assert status == 0, err
    lists = attr_lists(out)
    assert len(lists) == 2, (out, err)
    assert set(lists[0]) == {"queue_id"}
    assert c.incoming() == [], "file left behind after a refusal"
    return int(lists[1]["status"]), lists[1]["reason"], err


def test_queue_file_complete(cleanup):
    qid, recs, err = accepted(cleanup, message(
        headers=("Subject: test", "To: Some One <user@example.org>")))
    st = os.stat(cleanup.path(qid))
    assert stat.S_IMODE(st.st_mode) & stat.S_IXUSR, "no owner execute bit"
    assert stat.S_ISREG(st.st_mode)
    types = [t for t, _ in recs]
    assert types[0] == "C" and types[-1] == "E"
    assert types.count("E") == 1 and types.count("M") == 1 and types.count("X") == 1
    # SIZE: content size, content offset, recipients; MESG: offset of XTRA.
    size = [int(x) for x in recs[0][1].split()]
    assert size[2] == 1
    with open(cleanup.path(qid), "rb") as f:
        raw = f.read()
    mesg = dict(recs)["M"]
    assert raw[int(mesg)] == ord("X")
    assert raw[size[1] - 1] != ord("N") and raw[size[1]] == ord("N")
    # Envelope: arrival time, canonical sender, the recipient.
    env = recs[:types.index("M")]
    assert ("S", "sender@example.com") in env
    assert ("R", "user@example.org") in env
    assert any(t == "T" for t, _ in env)
    assert "%s: message-id=<" % qid in err


def test_status_only_after_end(cleanup):
    proc = cleanup.start()
    try:
        proc.stdin.write(b"flags=%d\n\n" % FLAG_MAP_OK + message(end=False))
        proc.stdin.flush()
        got = b""
        while not got.endswith(b"\n\n"):
            ready, _, _ = select.select([proc.stdout], [], [], 10)
            assert ready, "no queue ID reply"
            got += os.read(proc.stdout.fileno(), 4096)
        qid = attr_lists(got)[0]["queue_id"]
        ready, _, _ = select.select([proc.stdout], [], [], 1.0)
        assert not ready, "reply before END: %r" % os.read(proc.stdout.fileno(), 4096)
        # Not complete yet: the file has no execute bit.
        st = os.stat(cleanup.path(qid))
        assert not stat.S_IMODE(st.st_mode) & stat.S_IXUSR
        proc.stdin.write(record("E"))
        proc.stdin.close()
        rest = proc.stdout.read()
        assert attr_lists(rest) == [{"status": "0", "reason": ""}]
        assert proc.wait(20) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert stat.S_IMODE(os.stat(cleanup.path(qid)).st_mode) & stat.S_IXUSR


def test_headers_added_and_bcc_removed(cleanup):
    qid, recs, _ = accepted(cleanup, message(
        sender="jdoe", full_name="John Doe",
        headers=("Subject: hi", "Bcc: hidden@example.net",
                 "To: friend (comment) <friend@Example.NET.>")))
    content = [d for t, d in recs if t == "N"]
    head = content[:content.index("")]
    assert "Subject: hi" in head
    assert not any(h.lower().startswith("bcc:") for h in head)
    assert "To: friend (comment) <friend@example.net>" in head
    assert any(h.startswith("Date: ") for h in head)
    assert "Message-Id: <" in "\n".join(head) and ".%s@mx.example.com>" % qid in "\n".join(head)
    assert "From: John Doe <jdoe@example.com>" in head
    assert content[content.index("") + 1:] == ["hello"]

    # The same through postcat.
    r = run("postcat", cleanup.path(qid), config_dir=cleanup.etc)
    assert r.status == 0, r.err
    assert "sender: jdoe@example.com" in r.out
    assert "recipient: user@example.org" in r.out
    assert "From: John Doe <jdoe@example.com>" in r.out
    assert "hidden@example.net" not in r.out
    assert "*** MESSAGE FILE END" in r.out


def test_existing_headers_kept(cleanup):
    _, recs, err = accepted(cleanup, message(headers=(
        "From: Someone <someone@example.org>", "Date: Mon, 6 May 2024 10:00:00 +0000",
        "Message-ID: <abc@example.org>")))
    content = [d for t, d in recs if t == "N"]
    head = content[:content.index("")]
    assert sum(h.lower().startswith("from:") for h in head) == 1
    assert sum(h.lower().startswith("date:") for h in head) == 1
    assert sum(h.lower().startswith("message-id:") for h in head) == 1
    assert "message-id=<abc@example.org>" in err


def test_virtual_alias_keeps_orcp(cleanup):
    _, recs, _ = accepted(cleanup, message(rcpts=("root", "team@example.com")))
    env = recs[:[t for t, _ in recs].index("M")]
    pairs = []
    for i, (t, d) in enumerate(env):
        if t == "R":
            assert env[i - 1][0] == "O", env
            pairs.append((env[i - 1][1], d))
    # admin@example.com comes up twice (root, team): written once.
    assert pairs == [("root", "admin@example.com"),
                     ("team@example.com", "a@example.org"),
                     ("team@example.com", "b@example.org")]
    size = [int(x) for x in recs[0][1].split()]
    assert size[2] == 3


def test_client_orcp_and_duplicates(cleanup):
    _, recs, _ = accepted(cleanup, message(rcpts=(
        ("<Orig@Example.ORG>", "user@example.org"), "user@example.org",
        "user@Example.ORG.", "other@example.org", "other@example.org")))
    rcpts = [d for t, d in recs if t == "R"]
    assert rcpts == ["user@example.org", "other@example.org"]
    assert ("O", "<Orig@Example.ORG>") in recs


def test_no_mapping_without_flag(cleanup):
    _, recs, _ = accepted(cleanup, message(rcpts=("root",)), flags=0)
    assert [d for t, d in recs if t == "R"] == ["root@example.com"]


def test_message_size_limit(small):
    big = ("x" * 99,) * 40
    status, reason, err = rejected(small, message(body=big),
                                   flags=FLAG_MAP_OK | FLAG_SMTP_REPLY)
    assert status & STAT_SIZE
    assert reason == "5.3.4 message file too big"
    assert "reject: message file too big (limit 2000 bytes)" in err
    status, reason, _ = rejected(small, message(body=big))
    assert reason == "message file too big"
    # Below the limit it passes.
    accepted(small, message(body=("x" * 99,) * 10))


@pytest.mark.parametrize("records,why", [
    (record("S", "s") + record("R", "r@example.org") + record("M")
     + b"\x7f\x00", "unknown record type 0x7f"),
    (record("S", "s") + record("R", "r@example.org") + record("M")
     + b"N\x10abc", "end of file in the data"),
    (record("S", "s") + record("R", "r@example.org") + record("M")
     + record("N", "Subject: x"), "unexpected end of input"),
    (record("N", "Subject: early") + message(), "envelope record type 78: unexpected record"),
    (record("R", "r@example.org") + message(), "recipient before sender"),
    (record("M") + message(), "content before sender"),
    (message()[:-len(record("E"))] + record("S", "late") + record("E"),
     "extracted record type 83: unexpected record"),
    (record("S", "a\x00b") + message(), "null byte in record"),
    (record("S", "a") + record("S", "b") + message(), "second sender"),
])
def test_malformed_stream(cleanup, records, why):
    status, reason, err = rejected(cleanup, records)
    assert status & STAT_BAD, err
    assert reason == "internal protocol error"
    assert why in err, err
    assert "reject: internal protocol error" in err


def test_bad_flags(cleanup):
    status, reason, err = rejected(cleanup, message(), flags=1 << 20)
    assert status & STAT_BAD
    assert "bad request flags" in err


def test_no_recipients(cleanup):
    status, reason, err = rejected(cleanup, message(rcpts=()),
                                   flags=FLAG_MAP_OK | FLAG_SMTP_REPLY)
    assert reason == "5.1.0 no recipients specified"
    assert "reject: no recipients specified; from=<sender@example.com>" in err
