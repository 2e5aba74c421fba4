"""postcat: Postfix's layout, section options, queue search, bad files."""
import os
import shutil
import subprocess

import pytest

from conftest import run
from queuefile import record, queue_file, place, make_queue

EXPECTED = """\
*** ENVELOPE RECORDS {name} ***
message_size: {size}
message_arrival_time: {arrival}
sender: sender@example.com
named_attribute: rewrite_context=local
recipient: rcpt@example.org
done_recipient: old@example.org
*** MESSAGE CONTENTS {name} ***
Subject: test
 folded
To: a@b

hello
*** HEADER EXTRACTED {name} ***
*** MESSAGE FILE END {name} ***
"""

LINES = ("Subject: test", " folded", "To: a@b", "", "hello")


def sample(tmp_path):
    data = queue_file(done=("old@example.org",), lines=LINES)
    p = tmp_path / "qf"
    p.write_bytes(data)
    return p, data


def test_layout(tmp_path, confdir):
    p, data = sample(tmp_path)
    r = run("postcat", p, config_dir=confdir, env={"TZ": "UTC"})
    assert r.status == 0, r
    size = data[2:2 + data[1]].decode()
    want = EXPECTED.format(name=p, size=size, arrival="Tue Nov 14 22:13:20 2023")
    assert r.out == want


def test_sections(tmp_path, confdir):
    p, _ = sample(tmp_path)
    r = run("postcat", "-h", p, config_dir=confdir)
    assert r.out == "Subject: test\n folded\nTo: a@b\n"
    r = run("postcat", "-b", p, config_dir=confdir)
    assert r.out == "\nhello\n"
    r = run("postcat", "-bh", p, config_dir=confdir)
    assert r.out == "Subject: test\n folded\nTo: a@b\n\nhello\n"
    r = run("postcat", "-e", p, config_dir=confdir)
    assert "sender: sender@example.com" in r.out and "hello" not in r.out
    assert "*** MESSAGE FILE END" in r.out


def test_offsets_and_types(tmp_path, confdir):
    p, _ = sample(tmp_path)
    r = run("postcat", "-od", p, config_dir=confdir)
    assert r.status == 0
    first = r.out.splitlines()[1]
    assert first.startswith("        0  67 message_size:")
    r = run("postcat", "-s", "0", "-e", p, config_dir=confdir)
    assert r.status == 0


def test_stdin(tmp_path, confdir):
    _, data = sample(tmp_path)
    r = run("postcat", input=data, config_dir=confdir)
    assert r.status == 0
    assert r.out.startswith("*** ENVELOPE RECORDS stdin ***\n")


def test_queue_search(tmp_path, confdir):
    q = make_queue(tmp_path, confdir)
    qid = place(str(q), "deferred", queue_file())
    r = run("postcat", "-q", qid, config_dir=confdir)
    assert r.status == 0, r
    assert "*** ENVELOPE RECORDS deferred/%s/%s ***" % (qid[0], qid) in r.out
    r = run("postcat", "-q", "../etc", config_dir=confdir)
    assert r.status != 0 and "bad mail queue ID" in r.err
    r = run("postcat", "-q", "ABCDEF123", config_dir=confdir)
    assert r.status != 0 and "open queue file ABCDEF123" in r.err


@pytest.mark.parametrize("data,words", [
    (b"", "empty file"),
    (b"hello world\n", "not a valid queue file"),
    (queue_file(end=False), "no END record"),
    (queue_file()[:-5], "bad record"),
    (record("T", "1 0") + b"\x3f\x01x", "bad record"),
    (record("T", "1 0") + b"N\xff\xff\xff\xff\xff\xff", "bad record"),
    (record("T", "1 0") + record("X") + record("E"), "out-of-order"),
    (queue_file() + record("N", "junk"), "data after the END record"),
])
def test_corrupt(tmp_path, confdir, data, words):
    p = tmp_path / "bad"
    p.write_bytes(data)
    r = run("postcat", p, config_dir=confdir)
    assert r.status == 1, r
    assert words in r.err
    assert "postcat: warning: %s" % p in r.err


def test_raw_reads_past_end(tmp_path, confdir):
    p = tmp_path / "qf"
    p.write_bytes(queue_file() + record("N", "after"))
    r = run("postcat", "-r", p, config_dir=confdir)
    assert r.status == 0, r
    assert r.out.endswith("*** MESSAGE FILE END %s ***\nafter\n" % p)


@pytest.mark.skipif(not os.path.exists("/usr/sbin/postcat"), reason="needs Postfix's postcat")
def test_same_as_postfix(tmp_path, confdir):
    p, _ = sample(tmp_path)
    for opts in ([], ["-e"], ["-h"], ["-o"], ["-d"], ["-he"], ["-od"]):
        ours = run("postcat", *opts, p, config_dir=confdir, env={"TZ": "UTC"})
        theirs = subprocess.run(["/usr/sbin/postcat"] + opts + [str(p)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                env=dict(os.environ, TZ="UTC"))
        assert theirs.returncode == 0
        assert ours.out == theirs.stdout.decode(), opts
