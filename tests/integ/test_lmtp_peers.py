"""lmtp(8) against real LMTP servers: Postfix's smtp-sink in LMTP mode
(-L, with its fault options) over TCP, and Dovecot's LMTP server over a
unix socket with passwd-file users, maildirs and the quota plugin, for
per-recipient results after the end of data (one delivered, one over
quota, one unknown).

One instance serves every case at once, each case on its own recipient
domain routed by transport_maps (lmtp:inet:[127.0.0.1]:PORT,
lmtp:unix:/path).
"""
import os
import re
import shutil
import tempfile

import pytest

from smtp_peers import Dovecot, SmtpSink, crashes, make_mta, need_smtp

BIG = b"Subject: lmtp\n\n" + b"z" * 4000 + b"\n"


class World:
    pass


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    need_smtp()
    w = World()
    stop = []
    w.top = tempfile.mkdtemp(prefix="lmtp-peers-", dir="/tmp")
    os.chmod(w.top, 0o755)
    try:
        w.ok = SmtpSink(lmtp=True)
        w.r_rcpt = SmtpSink(lmtp=True, options=["-r", "RCPT"])
        w.f_dot = SmtpSink(lmtp=True, options=["-f", "."])
        w.r_dot = SmtpSink(lmtp=True, options=["-r", "."])
        stop += [w.ok, w.r_rcpt, w.f_dot, w.r_dot]
        w.dove = Dovecot(os.path.join(w.top, "dovecot"), ["alice", "bob"],
                         over_quota=["bob"])
        w.dove_tf = Dovecot(os.path.join(w.top, "dovecot-tf"), ["alice", "bob"],
                            over_quota=["bob"], tempfail=True)
        stop += [w.dove, w.dove_tf]

        def inet(port):
            return "lmtp:inet:[127.0.0.1]:%d" % port

        transports = {
            "sink.test": inet(w.ok.port),
            "sink-r-rcpt.test": inet(w.r_rcpt.port),
            "sink-f-dot.test": inet(w.f_dot.port),
            "sink-r-dot.test": inet(w.r_dot.port),
            "dove.test": "lmtp:unix:" + w.dove.socket,
            "dove-tf.test": "lmtp:unix:" + w.dove_tf.socket,
        }
        w.mta = make_mta(tmp_path_factory.mktemp("lmtp"), transports=transports,
                         main_extra="minimal_backoff_time = 30s\n"
                                    "maximal_backoff_time = 60s\nqueue_run_delay = 30s\n")
        w.mta.start()
        send = w.mta.sendmail
        send("a@sink.test", "b@sink.test", "c@sink.test")
        send("a@sink-r-rcpt.test")
        send("a@sink-f-dot.test", "b@sink-f-dot.test")
        send("a@sink-r-dot.test", "b@sink-r-dot.test")
        send("alice@dove.test", "bob@dove.test", "carol@dove.test", body=BIG)
        send("alice@dove-tf.test", "bob@dove-tf.test", body=BIG)
        yield w
    finally:
        if getattr(w, "mta", None):
            w.mta.stop()
        for s in stop:
            s.stop()
        shutil.rmtree(w.top, ignore_errors=True)


def check(w, rcpt, status, dsn=None, reason=None, timeout=40):
    d = w.mta.wait_delivery(rcpt, timeout)
    assert d, "no to= line for %s in:\n%s" % (rcpt, w.mta.log()[-6000:])
    d = d[0]
    assert d["status"] == status, d
    if dsn:
        assert d["dsn"] == dsn, d
    if reason:
        assert re.search(reason, d["reason"]), d
    if status == "deferred":
        assert w.mta.queued(d["qid"]) and not w.mta.removed(d["qid"]), d
    return d


def test_sink_each_recipient_sent(world):
    w = world
    lines = [check(w, r, "sent", None, r"^250 2\.\d\.\d Ok")
             for r in ("a@sink.test", "b@sink.test", "c@sink.test")]
    assert len({d["qid"] for d in lines}) == 1
    assert all(d["relay"] == "127.0.0.1[127.0.0.1]:%d" % w.ok.port for d in lines), lines


def test_sink_soft_reject_rcpt(world):
    check(world, "a@sink-r-rcpt.test", "deferred", "4.3.0",
          r"said: 450 4\.3\.0 Error: command failed \(in reply to RCPT TO command\)")


def test_sink_hard_reject_each_after_data(world):
    # LMTP: one reply per recipient after the dot, each one a 500 here.
    for r in ("a@sink-f-dot.test", "b@sink-f-dot.test"):
        check(world, r, "bounced", "5.3.0",
              r"said: 500 5\.3\.0 Error: command failed \(in reply to end of DATA command\)")


def test_sink_soft_reject_each_after_data(world):
    for r in ("a@sink-r-dot.test", "b@sink-r-dot.test"):
        check(world, r, "deferred", "4.3.0", r"\(in reply to end of DATA command\)")


def test_dovecot_per_recipient_results(world):
    w = world
    check(w, "alice@dove.test", "sent", "2.0.0", r"^250 2\.0\.0 ")
    check(w, "bob@dove.test", "bounced", "5.2.2",
          r"552 5\.2\.2 .*[Qq]uota.* \(in reply to end of DATA command\)")
    check(w, "carol@dove.test", "bounced", "5.1.1",
          r"550 5\.1\.1 .*User doesn't exist.* \(in reply to RCPT TO command\)")
    assert len(w.dove.delivered("alice")) == 1
    assert w.dove.delivered("bob") == []


def test_dovecot_quota_tempfail(world):
    w = world
    check(w, "alice@dove-tf.test", "sent", "2.0.0")
    check(w, "bob@dove-tf.test", "deferred", "4.2.2", r"452 4\.2\.2 .*[Qq]uota")
    assert len(w.dove_tf.delivered("alice")) == 1


def test_nothing_crashed(world):
    world.mta.wait_delivery("bob@dove-tf.test")
    assert crashes(world.mta.log()) == []
