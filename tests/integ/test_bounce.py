"""bounce(8) in stand-alone mode (-S): append and flush requests on standard
input, the reply on standard output, the log lines on standard error. The
notices go to a real cleanup(8): a test listener on public/cleanup runs
"cleanup -S" on each connection, so that every notice ends up as a queue
file in incoming/, which the tests read back.
"""
import os
import re
import socket
import subprocess
import threading

from conftest import BIN
from queuefile import place, queue_file
from test_cleanup import Cleanup, read_records


class CleanupService:
    """public/cleanup: each connection is served by cleanup -S."""

    def __init__(self, c):
        self.c = c
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        os.makedirs(os.path.join(c.queue, "public"), exist_ok=True)
        self.sock.bind(os.path.join(c.queue, "public", "cleanup"))
        self.sock.listen(5)
        self.logs = []
        self.thread = threading.Thread(target=self.serve, daemon=True)
        self.thread.start()

    def serve(self):
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            proc = subprocess.run([os.path.join(BIN, "cleanup"), "-S"],
                                  stdin=conn, stdout=conn,
                                  stderr=subprocess.PIPE, env=self.c.env(),
                                  timeout=30)
            self.logs.append(proc.stderr.decode("utf-8", "replace"))
            conn.close()

    def close(self):
        self.sock.close()


def append(qid, rcpt, status="5.1.1", action="failed", reason="no such user",
           notify=0, orig="", dtype="", dtext="", mtype="", mname=""):
    return ("request=0\nflags=0\nqueue_id=%s\norig_rcpt=%s\nrcpt=%s\n"
            "dsn_orcpt=\ndsn_notify=%d\noffset=100\ndsn_status=%s\n"
            "dsn_action=%s\nreason=%s\ndsn_diag_type=%s\ndsn_diag_text=%s\n"
            "dsn_mta_type=%s\ndsn_mta_name=%s\n\n"
            % (qid, orig, rcpt, notify, status, action, reason, dtype, dtext,
               mtype, mname))


def notice(command, qid, sender, flags=0, ret=0, queue="active"):
    return ("request=%d\nflags=%d\nqueue_name=%s\nqueue_id=%s\nencoding=\n"
            "sendopts=0\nsender=%s\nenvelope_id=\ndsn_ret=%d\n\n"
            % (command, flags, queue, qid, sender, ret))


def bounce(c, service, data):
    proc = subprocess.run([os.path.join(BIN, "bounce"), "-S", "-u", "-n",
                           service, "-t", "unix"], input=data.encode(),
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          env=c.env(), timeout=60)
    return proc.stdout.decode(), proc.stderr.decode("utf-8", "replace")


def setup(tmp_path, extra="", sender="sender@example.com", lines=None):
    c = Cleanup(tmp_path, extra)
    kw = {"sender": sender, "recipients": ("a@example.org", "b@example.org")}
    if lines is not None:
        kw["lines"] = lines
    qid = place(c.queue, "active", queue_file(**kw))
    return c, qid, CleanupService(c)


def notices(c):
    """Each queue file in incoming/: (sender, recipients, text)."""
    out = []
    for name in c.incoming():
        recs = read_records(c.path(name))
        sender = [d for t, d in recs if t == "S"][0]
        rcpts = [d for t, d in recs if t == "R"]
        body = "\n".join(d for t, d in recs if t == "N")
        out.append((sender, rcpts, body))
    return out


def test_append_then_flush(tmp_path):
    c, qid, srv = setup(tmp_path)
    try:
        out, err = bounce(c, "bounce", append(qid, "a@example.org",
                                              dtype="smtp",
                                              dtext="550 5.1.1 unknown",
                                              mtype="dns",
                                              mname="mx.example.org"))
        assert out == "status=0\n\n", err
        log = open(os.path.join(c.queue, "bounce", qid)).read()
        assert "rcpt=a@example.org\n" in log and log.endswith("\n\n")
        out, err = bounce(c, "bounce", notice(1, qid, "sender@example.com"))
        assert out == "status=0\n\n", err
    finally:
        srv.close()
    m = re.search(r"%s: sender non-delivery notification: (\w+)" % qid, err)
    assert m, err
    assert not os.path.exists(os.path.join(c.queue, "bounce", qid))
    [(sender, rcpts, body)] = notices(c)
    assert m.group(1) in c.incoming()
    assert sender == "" and rcpts == ["sender@example.com"]
    assert "Content-Type: multipart/report; report-type=delivery-status;" in body
    assert "Final-Recipient: rfc822; a@example.org\nAction: failed\n" \
        "Status: 5.1.1\nRemote-MTA: dns; mx.example.org\n" \
        "Diagnostic-Code: smtp; 550 5.1.1 unknown" in body
    assert "X-Postfix-Queue-ID: %s\n" % qid in body
    assert "X-Postfix-Sender: rfc822; sender@example.com\n" in body
    assert "Arrival-Date: " in body
    assert "Content-Type: message/rfc822" in body
    assert "\nSubject: test\n\nhello\n" in body


def test_notify_never_suppresses(tmp_path):
    c, qid, srv = setup(tmp_path)
    try:
        out, _ = bounce(c, "bounce", append(qid, "a@example.org", notify=1))
        assert out == "status=0\n\n"
        out, err = bounce(c, "bounce", notice(1, qid, "sender@example.com"))
    finally:
        srv.close()
    assert out == "status=0\n\n", err
    assert "notification" not in err
    assert notices(c) == []
    assert not os.path.exists(os.path.join(c.queue, "bounce", qid))


def test_double_bounce(tmp_path):
    c, qid, srv = setup(tmp_path, "notify_classes = 2bounce\n"
                        "2bounce_notice_recipient = admin@example.com\n",
                        sender="")
    try:
        bounce(c, "bounce", append(qid, "a@example.org"))
        out, err = bounce(c, "bounce", notice(1, qid, ""))
    finally:
        srv.close()
    assert out == "status=0\n\n", err
    assert "%s: postmaster non-delivery notification:" % qid in err
    [(sender, rcpts, body)] = notices(c)
    assert sender == "double-bounce@example.com" and rcpts == ["admin@example.com"]
    assert "Content-Type: text/rfc822-headers" in body
    assert "hello" not in body


def test_double_bounce_dropped_by_default(tmp_path):
    c, qid, srv = setup(tmp_path, sender="")
    try:
        bounce(c, "bounce", append(qid, "a@example.org"))
        out, err = bounce(c, "bounce", notice(1, qid, ""))
    finally:
        srv.close()
    assert out == "status=0\n\n", err
    assert notices(c) == []


def test_size_limit(tmp_path):
    lines = ["Subject: big", ""] + ["line %04d %s" % (i, "x" * 60)
                                    for i in range(200)]
    c, qid, srv = setup(tmp_path, "bounce_size_limit = 1000\n", lines=lines)
    try:
        bounce(c, "bounce", append(qid, "a@example.org"))
        out, err = bounce(c, "bounce", notice(1, qid, "sender@example.com"))
    finally:
        srv.close()
    assert out == "status=0\n\n", err
    [(_, _, body)] = notices(c)
    part = body.split("Content-Type: message/rfc822\n")[1]
    original = part.split("\n\n", 1)[1].rsplit("\n--", 1)[0]
    assert "line 0000" in original and "line 0199" not in original
    assert len(original) <= 1000


def test_delay_warning_keeps_log(tmp_path):
    c, qid, srv = setup(tmp_path)
    try:
        out, _ = bounce(c, "defer", append(qid, "b@example.org", status="4.4.1",
                                           action="delayed",
                                           reason="connection timed out"))
        assert out == "status=0\n\n"
        out, err = bounce(c, "defer", notice(2, qid, "sender@example.com"))
    finally:
        srv.close()
    assert out == "status=0\n\n", err
    assert "%s: sender delay notification:" % qid in err
    [(_, _, body)] = notices(c)
    assert "Action: delayed\nStatus: 4.4.1\n" \
        "Diagnostic-Code: X-Postfix; connection timed out" in body
    assert os.path.exists(os.path.join(c.queue, "defer", qid[0], qid))


def test_verify_report(tmp_path):
    c, qid, srv = setup(tmp_path)
    try:
        bounce(c, "trace", append(qid, "a@example.org", status="2.0.0",
                                  action="deliverable", reason="ok"))
        out, err = bounce(c, "trace", notice(4, qid, "sender@example.com"))
    finally:
        srv.close()
    assert out == "status=0\n\n", err
    assert "%s: sender delivery status notification:" % qid in err
    [(_, _, body)] = notices(c)
    assert "Action: deliverable\nStatus: 2.0.0\n" in body


def test_hostile_requests(tmp_path):
    c, qid, srv = setup(tmp_path)
    bad = [
        append("../etc", "a@example.org"),
        append(qid, "a@example.org", status="9.9"),
        append(qid, "a@example.org", action="exploded"),
        append(qid, "a@example.org", notify=64),
        append(qid, ""),
        "request=0\nflags=0\n\n",
        "request=7\nflags=0\n\n",
        "request=0\nflags=4096\n\n",
        notice(2, qid, "x"),
        notice(1, qid, "x", ret=9),
        "garbage\n\n",
    ]
    try:
        for data in bad:
            out, err = bounce(c, "bounce", data)
            assert out == "status=1\n\n", (data, out, err)
            assert "warning" in err, (data, err)
    finally:
        srv.close()
    assert os.listdir(os.path.join(c.queue, "bounce")) == []


def test_corrupt_log(tmp_path):
    c, qid, srv = setup(tmp_path)
    try:
        bounce(c, "bounce", append(qid, "a@example.org"))
        with open(os.path.join(c.queue, "bounce", qid), "ab") as f:
            f.write(b"rcpt=x\0y\nstatus=5.0.0\n\nrcpt=half")
        bounce(c, "bounce", append(qid, "b@example.org"))
        out, err = bounce(c, "bounce", notice(1, qid, "sender@example.com"))
    finally:
        srv.close()
    assert out == "status=0\n\n", err
    assert "record skipped" in err
    [(_, _, body)] = notices(c)
    assert "Final-Recipient: rfc822; a@example.org" in body
    assert "Final-Recipient: rfc822; b@example.org" in body
    assert "half" not in body
