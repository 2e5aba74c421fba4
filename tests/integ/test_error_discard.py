"""error(8) and discard(8) in stand-alone mode (-S): a delivery request on
standard input as qmgr sends it, the reply on standard output, the log lines
on standard error, the queue file's recipients marked done (or not), and the
bounce/defer services played by a test server on private/bounce and
private/defer.
"""
import os
import re
import socket
import threading

from conftest import run
from queuefile import make_queue, place, queue_file, record

RCPTS = ("one@example.com", "two@example.com")


def request(qid, offsets, nexthop, flags=0, count=None):
    """The bytes of a delivery request for the recipients at offsets."""
    env = [("flags", flags), ("queue_name", "active"), ("queue_id", qid),
           ("data_offset", 0), ("data_size", 0), ("nexthop", nexthop),
           ("encoding", ""), ("sendopts", 0), ("sender", "sender@example.com"),
           ("envelope_id", ""), ("dsn_ret", 0), ("log_ident", ""),
           ("arrival_time", 1700000000), ("arrival_usec", 0),
           ("active_time", 1700000001), ("active_usec", 500000),
           ("recipient_count", len(offsets) if count is None else count)]
    out = "".join("%s=%s\n" % kv for kv in env) + "\n"
    for addr, off in offsets:
        out += "orig_rcpt=\nrcpt=%s\ndsn_orcpt=\ndsn_notify=0\noffset=%d\n\n" % (addr, off)
    return out


def make_message(tmp_path, confdir):
    """A queue with one two-recipient message in active/."""
    q = make_queue(tmp_path, confdir)
    (q / "private").mkdir()
    data = queue_file(recipients=RCPTS)
    qid = place(str(q), "active", data)
    offsets = [(r, data.index(record("R", r))) for r in RCPTS]
    return q, qid, offsets


def types(q, qid, offsets):
    """The record type byte at each recipient offset."""
    data = (q / "active" / qid).read_bytes()
    return "".join(chr(data[off]) for _, off in offsets)


class FakeBounce:
    """A bounce or defer service: takes APPEND requests, replies status."""

    def __init__(self, path, status=0):
        self.requests = []
        self.status = status
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.bind(str(path))
        self.sock.listen(5)
        self.sock.settimeout(10)
        self.thread = threading.Thread(target=self.serve, daemon=True)
        self.thread.start()

    def serve(self):
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            data = b""
            while not data.endswith(b"\n\n"):
                chunk = conn.recv(4096)
                if not chunk:
                    break
                data += chunk
            attrs = dict(line.split("=", 1) for line in
                         data.decode().strip("\n").split("\n"))
            self.requests.append(attrs)
            conn.sendall(b"status=%d\n\n" % self.status)
            conn.close()

    def close(self):
        self.sock.close()


def agent(prog, confdir, service, data):
    return run(prog, "-S", "-u", "-n", service, "-t", "unix",
               input=data, config_dir=confdir)


LINE = (r"%s: to=<%s>, relay=none, delay=\d+(\.\d+)?, "
        r"delays=\d+(\.\d+)?/\d+(\.\d+)?/0/\d+(\.\d+)?, dsn=%s, status=%s \(%s\)")


def test_discard(tmp_path, confdir):
    q, qid, offsets = make_message(tmp_path, confdir)
    r = agent("discard", confdir, "discard", request(qid, offsets, "example.com"))
    assert r.status == 0, r
    assert r.out == "status=0\n\nstatus=0\ndsn_status=\nreason=\n\n"
    for addr in RCPTS:
        assert re.search(LINE % (qid, re.escape(addr), "2.0.0", "sent",
                                 "example.com"), r.err), r.err
    assert types(q, qid, offsets) == "DD"


def test_discard_status_code(tmp_path, confdir):
    q, qid, offsets = make_message(tmp_path, confdir)
    r = agent("discard", confdir, "discard",
              request(qid, offsets[:1], "5.7.1 silently dropped"))
    assert re.search(LINE % (qid, "one@example.com", "2.7.1", "sent",
                             "silently dropped"), r.err), r.err
    assert types(q, qid, offsets) == "DR"


def test_error_bounces(tmp_path, confdir):
    q, qid, offsets = make_message(tmp_path, confdir)
    srv = FakeBounce(q / "private" / "bounce")
    try:
        r = agent("error", confdir, "error",
                  request(qid, offsets, "5.1.1 no such user here"))
    finally:
        srv.close()
    assert r.status == 0, r
    assert r.out.endswith("status=0\ndsn_status=\nreason=\n\n")
    for addr in RCPTS:
        assert re.search(LINE % (qid, re.escape(addr), "5.1.1", "bounced",
                                 "no such user here"), r.err), r.err
    assert types(q, qid, offsets) == "DD"
    assert [a["rcpt"] for a in srv.requests] == list(RCPTS)
    assert srv.requests[0]["dsn_status"] == "5.1.1"
    assert srv.requests[0]["dsn_action"] == "failed"
    assert srv.requests[0]["reason"] == "no such user here"
    assert srv.requests[0]["queue_id"] == qid


def test_error_default_status(tmp_path, confdir):
    q, qid, offsets = make_message(tmp_path, confdir)
    srv = FakeBounce(q / "private" / "bounce")
    try:
        r = agent("error", confdir, "error", request(qid, offsets[1:], "mail for example.com is not accepted"))
    finally:
        srv.close()
    assert re.search(LINE % (qid, "two@example.com", "5.0.0", "bounced",
                             "mail for example.com is not accepted"), r.err), r.err
    assert types(q, qid, offsets) == "RD"


def test_error_without_bounce_service(tmp_path, confdir):
    # The bounce is not recorded, so the recipient must stay to do.
    q, qid, offsets = make_message(tmp_path, confdir)
    r = agent("error", confdir, "error", request(qid, offsets, "5.1.1 gone"))
    assert r.status == 0, r
    assert r.out.endswith("status=1\ndsn_status=\nreason=\n\n")
    assert re.search(LINE % (qid, "one@example.com", "4.3.0", "deferred",
                             "bounce or trace service failure"), r.err), r.err
    assert types(q, qid, offsets) == "RR"


def test_retry_defers(tmp_path, confdir):
    q, qid, offsets = make_message(tmp_path, confdir)
    srv = FakeBounce(q / "private" / "defer")
    try:
        r = agent("error", confdir, "retry", request(qid, offsets, "5.4.4 try again"))
    finally:
        srv.close()
    assert r.out.endswith("status=1\ndsn_status=\nreason=\n\n")
    for addr in RCPTS:
        assert re.search(LINE % (qid, re.escape(addr), "4.4.4", "deferred",
                                 "try again"), r.err), r.err
    assert types(q, qid, offsets) == "RR"
    assert srv.requests[1]["dsn_action"] == "delayed"


def test_hostile_requests(tmp_path, confdir):
    q, qid, offsets = make_message(tmp_path, confdir)
    bad = [
        request(qid, offsets, "x", count=0),
        request(qid, offsets, "x", count=9999),
        request("../../etc", offsets, "x"),
        request(qid, offsets, ""),
        request(qid, offsets, "x", flags=4096),
        "garbage\n\n",
        "",
        request(qid, offsets, "x")[:200],
    ]
    for data in bad:
        for prog in ("discard", "error"):
            r = agent(prog, confdir, prog, data)
            assert r.status == 0, r
            assert r.out == "status=0\n\n", r
            assert "warning" in r.err, r
    assert types(q, qid, offsets) == "RR"


def test_wrong_offset(tmp_path, confdir):
    # An offset that is no recipient record: nothing is overwritten.
    q, qid, offsets = make_message(tmp_path, confdir)
    before = (q / "active" / qid).read_bytes()
    r = agent("discard", confdir, "discard", request(qid, [("one@example.com", 1)], "x"))
    assert "no recipient record at offset 1" in r.err, r.err
    assert r.out.endswith("status=1\ndsn_status=\nreason=\n\n")
    assert (q / "active" / qid).read_bytes() == before


def test_missing_queue_file(tmp_path, confdir):
    q, qid, offsets = make_message(tmp_path, confdir)
    os.unlink(q / "active" / qid)
    r = agent("discard", confdir, "discard", request(qid, offsets, "x"))
    assert r.status == 0, r
    assert "open queue file active/%s" % qid in r.err, r.err
    assert r.out.endswith("status=1\ndsn_status=\nreason=\n\n")
