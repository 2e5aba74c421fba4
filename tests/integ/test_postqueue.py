"""postqueue -p / -j / mailq: listings of crafted queues, byte for byte.

The expected text follows Postfix 3.7's postqueue layout; when Postfix's
own postqueue is installed (make check installs it) and we run as root,
the same queue is also listed by it and the outputs must be identical.
"""
import json
import os
import shutil
import subprocess

import pytest

from conftest import run, BIN
from queuefile import queue_file, place, make_queue, hashed

UTC = {"TZ": "UTC"}
HEADER = "-Queue ID-  --Size-- ----Arrival Time---- -Sender/Recipient-------\n"


def defer_log(q, qid, entries):
    d = os.path.join(str(q), hashed("defer", qid))
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, qid), "w") as f:
        for rcpt, reason in entries:
            f.write("recipient=%s\nstatus=4.4.1\nreason=%s\n\n" % (rcpt, reason))


def build(q):
    """One message per queue, in Postfix's listing order."""
    a = place(str(q), "active", queue_file(sender="root@router.lan",
                                           recipients=("x@example.com",),
                                           arrival=1700003600))
    d = place(str(q), "deferred", queue_file(
        sender="alice@example.com",
        recipients=("bob@example.org", "carol@example.net", "dave@example.net"),
        done=("eve@example.org",), arrival=1700000000))
    defer_log(q, d, [("bob@example.org", "connect to example.org[192.0.2.1]:25: Connection refused"),
                     ("dave@example.net", 'host mx.example.net[192.0.2.2] said: 451 try "later"')])
    h = place(str(q), "hold", queue_file(sender="", recipients=("y@example.com",),
                                         arrival=1700007200))
    return a, d, h


def expected_p(a, d, h):
    return (HEADER +
            "%-11s %7d Tue Nov 14 23:13:20  root@router.lan\n" % (a + "*", 24) +
            " " * 41 + "x@example.com\n\n" +
            "%-11s %7d Tue Nov 14 22:13:20  alice@example.com\n" % (d, 24) +
            "                    (connect to example.org[192.0.2.1]:25: Connection refused)\n" +
            " " * 41 + "bob@example.org\n" +
            '%78s\n' % '(host mx.example.net[192.0.2.2] said: 451 try "later")' +
            " " * 41 + "dave@example.net\n" +
            "%78s\n" % "(reason unavailable)" +
            " " * 41 + "carol@example.net\n\n" +
            "%-11s %7d Wed Nov 15 00:13:20  MAILER-DAEMON\n" % (h + "!", 24) +
            " " * 41 + "y@example.com\n\n" +
            "-- 0 Kbytes in 3 Requests.\n")


def test_list_and_json(tmp_path, confdir):
    q = make_queue(tmp_path, confdir)
    a, d, h = build(q)
    r = run("postqueue", "-p", config_dir=confdir, env=UTC)
    assert r.status == 0, r
    assert r.out == expected_p(a, d, h)
    assert "mail system is down; reading the queue directly" in r.err
    r = run("postqueue", "-j", config_dir=confdir, env=UTC)
    assert r.status == 0, r
    lines = r.out.splitlines()
    assert [json.loads(x)["queue_name"] for x in lines] == ["active", "deferred", "hold"]
    assert lines[2] == ('{"queue_name": "hold", "queue_id": "%s", "arrival_time": 1700007200, '
                        '"message_size": 24, "forced_expire": false, "sender": "MAILER-DAEMON", '
                        '"recipients": [{"address": "y@example.com"}]}' % h)
    rcpts = json.loads(lines[1])["recipients"]
    assert rcpts == [
        {"address": "bob@example.org",
         "delay_reason": "connect to example.org[192.0.2.1]:25: Connection refused"},
        {"address": "dave@example.net",
         "delay_reason": 'host mx.example.net[192.0.2.2] said: 451 try "later"'},
        {"address": "carol@example.net"}]
    with open(confdir / "main.cf", "a") as f:     # mailq runs our postqueue
        f.write("command_directory = %s\n" % BIN)
    r = run("mailq", config_dir=confdir, env=UTC)
    assert r.status == 0, r
    assert r.out == expected_p(a, d, h)


def test_empty_and_corrupt(tmp_path, confdir):
    q = make_queue(tmp_path, confdir)
    r = run("postqueue", "-p", config_dir=confdir)
    assert r.status == 0 and r.out == "Mail queue is empty\n", r
    r = run("postqueue", "-j", config_dir=confdir)
    assert r.status == 0 and r.out == "", r
    bad = place(str(q), "incoming", b"garbage\x00\x01")
    trunc = place(str(q), "hold", queue_file()[:40])
    place(str(q), "incoming", queue_file(), mode=0o600)      # being written
    good = place(str(q), "deferred", queue_file(sender="s@x", recipients=("r@x",)))
    r = run("postqueue", "-p", config_dir=confdir, env=UTC)
    assert r.status == 0, r
    assert r.out == (HEADER + "%-11s %7d Tue Nov 14 22:13:20  s@x\n" % (good, 24) +
                     " " * 41 + "r@x\n\n-- 0 Kbytes in 1 Request.\n")
    assert "incoming/%s: bad record; skipped" % bad in r.err
    assert "hold/%s: bad record; skipped" % trunc in r.err


def test_usage_and_down(tmp_path, confdir):
    q = make_queue(tmp_path, confdir)
    for args in ([], ["-p", "-j"], ["-p", "extra"], ["-x"]):
        r = run("postqueue", *args, config_dir=confdir)
        assert r.status == 64 and "usage: postqueue" in r.err, r
    r = run("postqueue", "-f", config_dir=confdir)
    assert r.status == 69
    assert "Cannot flush mail queue - mail system is down" in r.err
    r = run("postqueue", "-i", "../x", config_dir=confdir)
    assert r.status == 64 and "invalid queue id" in r.err
    os.chmod(q / "incoming", 0)
    if os.geteuid() != 0:
        r = run("postqueue", "-p", config_dir=confdir)
        assert r.status == 69
        assert "Queue report unavailable - mail system is down" in r.err


def test_flush_triggers_qmgr(tmp_path, confdir):
    q = make_queue(tmp_path, confdir)
    (q / "public").mkdir()
    fifo = q / "public" / "qmgr"
    os.mkfifo(fifo)
    fd = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        r = run("postqueue", "-f", config_dir=confdir)
        assert r.status == 0, r
        assert os.read(fd, 16) == b"FADI"
        d = place(str(q), "deferred", queue_file())
        path = os.path.join(str(q), hashed("deferred", d), d)
        os.utime(path, (1000, 1000))
        r = run("postqueue", "-i", d, config_dir=confdir)
        assert r.status == 0, r
        assert os.read(fd, 16) == b"D"
        st = os.stat(path)
        assert st.st_mtime > 1000 and st.st_mode & 0o040
        r = run("postqueue", "-s", "example.com", config_dir=confdir)
        assert r.status == 0 and "flushing the whole queue" in r.err
        assert os.read(fd, 16) == b"FADI"
    finally:
        os.close(fd)


@pytest.mark.skipif(not os.path.exists("/usr/sbin/postqueue") or os.geteuid() != 0,
                    reason="Postfix's postqueue (as root) is the reference")
def test_same_as_postfix(tmp_path, confdir):
    q = make_queue(tmp_path, confdir)
    build(q)
    place(str(q), "incoming", queue_file(sender='we ird"\\\x01@x', recipients=("t\tab@x", "z\u00e9@x")))
    place(str(q), "deferred", queue_file(lines=["x" * 1000] * 3000), mode=0o710)
    pf = tmp_path / "pf"
    pf.mkdir()
    (pf / "main.cf").write_text("queue_directory = %s\ndata_directory = %s\n"
                                "compatibility_level = 3.6\n" % (q, tmp_path / "data"))
    for d, dirs, names in os.walk(str(q)):
        for n in [d] + [os.path.join(d, x) for x in names]:
            shutil.chown(n, "postfix")
    p = str(tmp_path)
    while p != "/":                 # Postfix reads the queue as postfix
        os.chmod(p, os.stat(p).st_mode | 0o001)
        p = os.path.dirname(p)
    for opt in ("-p", "-j"):
        ref = subprocess.run(["/usr/sbin/postqueue", "-c", str(pf), opt],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             env=dict(os.environ, TZ="UTC"))
        r = run("postqueue", opt, config_dir=confdir, env=UTC)
        assert r.out == ref.stdout.decode(), (opt, ref.stderr)


def test_through_showq(tmp_path, confdir):
    """postqueue -p and -j get the same listing from showq(8) (run
    stand-alone per connection behind public/showq)."""
    import socket
    import threading
    q = make_queue(tmp_path, confdir)
    a, d, h = build(q)
    (q / "public").mkdir()
    srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    srv.bind(str(q / "public" / "showq"))
    srv.listen(5)
    served = []

    def serve():
        for _ in range(2):
            c, _ = srv.accept()
            p = subprocess.run([os.path.join(BIN, "showq"), "-S", "-u"], stdin=c.fileno(),
                               stdout=c.fileno(), stderr=subprocess.PIPE,
                               env=dict(os.environ, MAIL_CONFIG=str(confdir)))
            served.append(p.returncode)
            c.close()
    t = threading.Thread(target=serve, daemon=True)
    t.start()
    r = run("postqueue", "-p", config_dir=confdir, env=UTC)
    assert r.status == 0, r
    assert r.out == expected_p(a, d, h)
    assert "reading the queue directly" not in r.err
    r = run("postqueue", "-j", config_dir=confdir, env=UTC)
    assert r.status == 0 and len(r.out.splitlines()) == 3, r
    t.join(30)
    srv.close()
    assert served == [0, 0]
