"""smtp(8) and lmtp(8) against hostile servers (fake_smtp.py).

One instance serves every case at once: each case has its own fake
server and its own recipient domain, routed there by transport_maps
(case.test = smtp:[127.0.0.1]:PORT), so the cases run in parallel and
the file takes about as long as its slowest case. The smtp/lmtp command
timeouts are 3 s; failed mail is retried after 2 to 4 s.

For each case: the to= log line has the right status and dsn and a clear
reason; deferred mail is still in the queue (not removed); the fake
server got no message when none should have been accepted; the process
that handled the case did not die (master's "killed by signal" / "exit
status" lines, "panic:"/"fatal:"); and a stalling server does not hold
the client past the command's time limit.
"""
import re
import time

import pytest

from fake_smtp import (Close, Content, Default, Drip, Expect, FakeSMTP, GREETING,
                       Send, Sleep, WaitClose, ehlo_reply, greet_ehlo)
from smtp_peers import REF, crashes, make_mta, need_smtp

TIMEOUT = 3          # every smtp_*_timeout / lmtp_*_timeout in the instance
SLACK = 4            # scheduling, connection set-up, the close itself

NP = greet_ehlo(pipelining=False)               # greeting, EHLO without PIPELINING
P = greet_ehlo(pipelining=True)                 # greeting, EHLO with PIPELINING
LHLO = [Send(GREETING), Expect("LHLO", ehlo_reply(pipelining=True))]
MAIL_RCPT = [Expect("MAIL", "250 2.1.0 Ok\r\n"), Expect("RCPT", "250 2.1.5 Ok\r\n")]

MB = 1024 * 1024


class Case:
    def __init__(self, name, scripts, rcpts=("u",), transport="smtp", lmtp=False,
                 body=None):
        self.name = name
        self.domain = name.replace("_", "-") + ".test"
        self.scripts = scripts
        self.rcpts = ["%s@%s" % (r, self.domain) for r in rcpts]
        self.transport = transport
        self.lmtp = lmtp
        self.body = body
        self.srv = None


CASES = [
    Case("greeting_554", [[Send("554 5.7.1 go away\r\n"), WaitClose(30)]]),
    Case("greeting_554_noskip", [[Send("554 5.7.1 go away\r\n"), WaitClose(30)]],
         transport="smtpnoskip"),
    Case("greeting_421", [[Send("421 4.3.2 busy, come back later\r\n"), WaitClose(30)]]),
    Case("rcpt_two_digits", [NP + [Expect("MAIL", "250 2.1.0 Ok\r\n"),
                                   Expect("RCPT", "25 2.1.5 Ok\r\n"), Default()]]),
    Case("rcpt_four_digits", [NP + [Expect("MAIL", "250 2.1.0 Ok\r\n"),
                                    Expect("RCPT", "2500 2.1.5 Ok\r\n"), Default()]]),
    Case("rcpt_non_digits", [NP + [Expect("MAIL", "250 2.1.0 Ok\r\n"),
                                   Expect("RCPT", "OK, sure\r\n"), Default()]]),
    Case("ehlo_space_for_hyphen",
         [[Send(GREETING),
           Expect("EHLO", "250 fake.test\r\n250-PIPELINING\r\n250 8BITMIME\r\n"),
           Default()]]),
    Case("rcpt_hyphen_never_ends",
         [NP + [Expect("MAIL", "250 2.1.0 Ok\r\n"), Expect("RCPT", "250-2.1.5 Ok\r\n"),
                WaitClose(60)]]),
    Case("ehlo_10000_lines",
         [[Send(GREETING),
           Expect("EHLO", "".join("250-X-FILLER-%d some text here\r\n" % i
                                  for i in range(9999)) + "250 8BITMIME\r\n"),
           Default()]]),
    Case("greeting_1mb_no_newline", [[Send(b"220 " + b"x" * MB), WaitClose(60)]]),
    Case("greeting_1mb_line", [[Send(b"220 " + b"x" * MB + b"\r\n"), Default()]]),
    Case("nul_8bit",
         [[Send(b"220 fake\x00\xff\xe9 ESMTP\r\n"),
           Expect("EHLO", b"250-fake\x00\xe9\r\n250 8BITMIME\r\n"),
           Expect("MAIL", "250 2.1.0 Ok\r\n"),
           Expect("RCPT", b"550 5.1.1 no\x00such\xffuser\x01\r\n"),
           Default()]]),
    Case("dsn_class_250_5xx",
         [NP + MAIL_RCPT + [Expect("DATA", "354 go\r\n"),
                            Content("250 5.1.1 queued, says a confused server\r\n"),
                            Default()]]),
    Case("dsn_class_550_2xx",
         [NP + [Expect("MAIL", "250 2.1.0 Ok\r\n"),
                Expect("RCPT", "550 2.0.0 no such user\r\n"), Default()]]),
    Case("unsolicited_reply",
         [NP[:1] + [Expect("EHLO", ehlo_reply(pipelining=False)
                           + b"250 2.0.0 unsolicited\r\n"), Default()]]),
    Case("pipelining_extra_replies",
         [P + [Expect("MAIL"), Expect("RCPT"), Expect("DATA"),
               Send("250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n250 2.1.5 Ok, extra\r\n354 go\r\n"),
               Content("250 2.0.0 queued\r\n"), Default()]]),
    Case("pipelining_too_few_replies",
         [P + [Expect("MAIL"), Expect("RCPT"), Expect("RCPT"), Expect("DATA"),
               Send("250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n"), WaitClose(60)]],
         rcpts=("a", "b")),
    Case("rcpt_421_middle",
         [NP + [Expect("MAIL", "250 2.1.0 Ok\r\n"), Expect("RCPT", "250 2.1.5 Ok\r\n"),
                Expect("RCPT", "421 4.7.0 closing connection\r\n"), Close()]],
         rcpts=("a", "b", "c")),
    Case("close_at_data", [NP + MAIL_RCPT + [Expect("DATA"), Close()]]),
    Case("close_during_content",
         [NP + MAIL_RCPT + [Expect("DATA", "354 go\r\n"), Close()]],
         body=b"Subject: big\n\n" + (b"y" * 76 + b"\n") * (3 * MB // 77)),
    Case("close_after_dot",
         [NP + MAIL_RCPT + [Expect("DATA", "354 go\r\n"), Content(None), Close()], []]),
    Case("drip_greeting", [[Drip(b"220 fake.test ESMTP, slowly\r\n", 1.0), Default()]]),
    Case("drip_rcpt_reply",
         [NP + [Expect("MAIL", "250 2.1.0 Ok\r\n"),
                Expect("RCPT"), Drip(b"250 2.1.5 Ok, slowly now\r\n", 1.0), Default()]]),
    Case("lmtp_fewer_replies_close",
         [LHLO + [Expect("MAIL", "250 2.1.0 Ok\r\n"), Expect("RCPT", "250 2.1.5 Ok\r\n"),
                  Expect("RCPT", "250 2.1.5 Ok\r\n"), Expect("DATA", "354 go\r\n"),
                  Content("250 2.0.0 first one delivered\r\n"), Close()],
          []], rcpts=("a", "b"), transport="lmtp", lmtp=True),
    Case("lmtp_fewer_replies_stall",
         [LHLO + [Expect("MAIL", "250 2.1.0 Ok\r\n"), Expect("RCPT", "250 2.1.5 Ok\r\n"),
                  Expect("RCPT", "250 2.1.5 Ok\r\n"), Expect("DATA", "354 go\r\n"),
                  Content("250 2.0.0 first one delivered\r\n"), WaitClose(60)],
          []], rcpts=("a", "b"), transport="lmtp", lmtp=True),
    Case("lmtp_more_replies",
         [LHLO + [Expect("MAIL", "250 2.1.0 Ok\r\n"), Expect("RCPT", "250 2.1.5 Ok\r\n"),
                  Expect("RCPT", "250 2.1.5 Ok\r\n"), Expect("DATA", "354 go\r\n"),
                  Content("250 2.0.0 one\r\n250 2.0.0 two\r\n250 2.0.0 three?\r\n"),
                  Default()]],
         rcpts=("a", "b"), transport="lmtp", lmtp=True),
]

BY_NAME = {c.name: c for c in CASES}

# max_use = 1: one delivery per process, so that a crash is pinned on
# the one case that process served.
AGENT_ARGS = "-o max_use=1"
MASTER_EXTRA = ("smtpnoskip unix - - n - - smtp -o smtp_skip_5xx_greeting=no %s\n"
                % AGENT_ARGS)


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    need_smtp()
    transports = {}
    for c in CASES:
        c.srv = FakeSMTP(c.scripts, lmtp=c.lmtp)
        if c.lmtp:
            transports[c.domain] = "lmtp:inet:[127.0.0.1]:%d" % c.srv.port
        else:
            transports[c.domain] = "%s:[127.0.0.1]:%d" % (c.transport, c.srv.port)
    mta = make_mta(tmp_path_factory.mktemp("hostile"), transports=transports,
                   master_extra=MASTER_EXTRA, agent_args=AGENT_ARGS,
                   main_extra="minimal_backoff_time = 2s\nmaximal_backoff_time = 4s\n"
                              "queue_run_delay = 1s\n")
    try:
        mta.start()
        for c in CASES:
            mta.sendmail(*c.rcpts, body=c.body, subject=c.name)
        yield mta
    finally:
        mta.stop()
        for c in CASES:
            c.srv.stop()


def outcome(mta, rcpt, timeout=40):
    """The first to= line for rcpt (waits for it)."""
    d = mta.wait_delivery(rcpt, timeout)
    assert d, "no to= line for %s in:\n%s" % (rcpt, mta.log()[-6000:])
    return d[0]


def no_crash(mta, line):
    """The process that logged line did not die, and nothing panicked."""
    pid = line["pid"]
    bad = [l for l in crashes(mta.log()) if re.search(r"\bpid %s\b" % pid, l)
           or re.search(r"\[%s\]: (panic|fatal):" % pid, l)]
    assert not bad, bad


def deferred(mta, case, rcpt, reason=None, dsn=None, still_queued=True):
    d = outcome(mta, rcpt)
    assert d["status"] == "deferred", d
    assert d["dsn"].startswith("4."), d
    if dsn:
        assert d["dsn"] == dsn, d
    if reason:
        assert re.search(reason, d["reason"]), d
    if still_queued:
        assert mta.queued(d["qid"]) and not mta.removed(d["qid"]), d
    no_crash(mta, d)
    return d


def bounced(mta, case, rcpt, dsn, reason=None):
    d = outcome(mta, rcpt)
    assert d["status"] == "bounced", d
    assert d["dsn"] == dsn, d
    if reason:
        assert re.search(reason, d["reason"]), d
    no_crash(mta, d)
    return d


def sent(mta, case, rcpt, dsn="2.0.0", reason=None):
    d = outcome(mta, rcpt)
    assert d["status"] == "sent", d
    assert d["dsn"] == dsn, d
    if reason:
        assert re.search(reason, d["reason"]), d
    no_crash(mta, d)
    return d


def not_sent(mta, case, rcpt):
    """Out of step with the server: a protocol error. Postfix bounces it
    ("Protocol error: host ... said: 250 ... (in reply to DATA command)",
    5.5.0); deferring is also fine. Never "sent", nothing received."""
    d = outcome(mta, rcpt)
    if d["status"] == "bounced":
        assert d["dsn"] == "5.5.0", d
        assert re.search(r"[Pp]rotocol error", d["reason"]), d
    else:
        assert d["status"] == "deferred" and d["dsn"].startswith("4."), d
        assert mta.queued(d["qid"]), d
    nothing_received(case)
    no_crash(mta, d)
    return d


def nothing_received(case):
    assert case.srv.messages() == [], case.srv.messages()[:1]


def no_data_without_recipient(case):
    """The server did not offer PIPELINING and refused the only
    recipient: the client must not go on with DATA."""
    cmds = [c.upper() for c in case.srv.sessions[0].commands()]
    assert "DATA" not in cmds, cmds


def held_within_timeout(case, n=0, limit=TIMEOUT + SLACK):
    """The client gave up on the stalling server in time: the first
    session was over within limit seconds."""
    s = case.srv.sessions[n]
    assert case.srv.wait(lambda: s.done.is_set(), limit + 10)
    assert s.duration() <= limit, s.duration()


def test_greeting_554(world):
    c = BY_NAME["greeting_554"]
    # smtp_skip_5xx_greeting = yes (the default): try the next server,
    # the last one defers.
    deferred(world, c, c.rcpts[0], r"554 5\.7\.1 go away", dsn="4.7.1")
    nothing_received(c)


def test_greeting_554_no_skip(world):
    c = BY_NAME["greeting_554_noskip"]
    bounced(world, c, c.rcpts[0], "5.7.1", r"554 5\.7\.1 go away")


def test_greeting_421(world):
    c = BY_NAME["greeting_421"]
    deferred(world, c, c.rcpts[0], r"421 4\.3\.2 busy, come back later", dsn="4.3.2")
    nothing_received(c)


@pytest.mark.parametrize("name", ["rcpt_two_digits", "rcpt_four_digits", "rcpt_non_digits"])
def test_malformed_reply_code(world, name):
    c = BY_NAME[name]
    # Not a reply: the recipient is neither accepted nor refused for good.
    deferred(world, c, c.rcpts[0])
    nothing_received(c)
    held_within_timeout(c)


def test_ehlo_reply_ends_early(world):
    # "250 name" then "250-PIPELINING", "250 8BITMIME": the reply ends at
    # the first line and the rest is out of step. Whatever the client
    # makes of it, the mail is not "sent": DATA meets "250 2.1.5".
    c = BY_NAME["ehlo_space_for_hyphen"]
    not_sent(world, c, c.rcpts[0])


def test_multiline_reply_never_ends(world):
    c = BY_NAME["rcpt_hyphen_never_ends"]
    deferred(world, c, c.rcpts[0], r"timed out")
    nothing_received(c)
    held_within_timeout(c)


def test_ehlo_reply_of_10000_lines(world):
    c = BY_NAME["ehlo_10000_lines"]
    sent(world, c, c.rcpts[0])
    assert len(c.srv.messages()) >= 1


def test_greeting_of_1mb_without_newline(world):
    c = BY_NAME["greeting_1mb_no_newline"]
    deferred(world, c, c.rcpts[0],
             r"timed out while receiving the initial server greeting")
    held_within_timeout(c)


def test_greeting_of_1mb_with_newline(world):
    c = BY_NAME["greeting_1mb_line"]
    sent(world, c, c.rcpts[0])


def test_nul_and_8bit_in_replies(world):
    c = BY_NAME["nul_8bit"]
    # Postlet: non-printable bytes become "?"; Postfix cuts at the NUL.
    d = bounced(world, c, c.rcpts[0], "5.1.1",
                r"550 5\.1\.1 no" if REF else r"550 5\.1\.1 no\?such\?user\?")
    line = [l for l in world.log().splitlines() if "to=<%s>" % c.rcpts[0] in l][0]
    assert "\x00" not in line and "\ufffd" not in line and "\x01" not in line, repr(line)
    nothing_received(c)
    no_data_without_recipient(c)


def test_enhanced_status_of_wrong_class_250(world):
    # "250 5.1.1": the code wins, the status is the code's default.
    c = BY_NAME["dsn_class_250_5xx"]
    sent(world, c, c.rcpts[0], dsn="2.0.0", reason=r"250 5\.1\.1 queued")
    assert len(c.srv.messages()) == 1


def test_enhanced_status_of_wrong_class_550(world):
    c = BY_NAME["dsn_class_550_2xx"]
    bounced(world, c, c.rcpts[0], "5.0.0", r"550 2\.0\.0 no such user")
    nothing_received(c)
    no_data_without_recipient(c)


def test_unsolicited_reply(world):
    # A reply nobody asked for, right after the EHLO reply: every later
    # reply is one step behind. The DATA command then meets a 2xx reply
    # instead of 354; no message goes out and nothing is lost.
    c = BY_NAME["unsolicited_reply"]
    not_sent(world, c, c.rcpts[0])


def test_pipelining_extra_replies(world):
    c = BY_NAME["pipelining_extra_replies"]
    not_sent(world, c, c.rcpts[0])


def test_pipelining_too_few_replies(world):
    c = BY_NAME["pipelining_too_few_replies"]
    for r in c.rcpts:
        deferred(world, c, r, r"timed out")
    nothing_received(c)
    held_within_timeout(c)


def test_421_between_recipients(world):
    c = BY_NAME["rcpt_421_middle"]
    for r in c.rcpts:
        deferred(world, c, r)
    d = outcome(world, c.rcpts[1])
    assert re.search(r"421 4\.7\.0 closing connection", d["reason"]), d
    nothing_received(c)


def test_close_at_data(world):
    c = BY_NAME["close_at_data"]
    deferred(world, c, c.rcpts[0], r"lost connection with .* while", dsn="4.4.2")
    nothing_received(c)


def test_close_during_content(world):
    c = BY_NAME["close_during_content"]
    deferred(world, c, c.rcpts[0], r"lost connection with .* while", dsn="4.4.2")
    nothing_received(c)


def test_close_after_dot_is_retried(world):
    # No reply to ".": the server may have the mail, or may not. Deferred
    # with Postfix's warning; delivered again on the retry: at least once,
    # never lost.
    c = BY_NAME["close_after_dot"]
    rcpt = c.rcpts[0]
    d = outcome(world, rcpt)
    assert d["status"] == "deferred" and d["dsn"] == "4.4.2", d
    assert re.search(r"lost connection with \S+\[127\.0\.0\.1\] while sending end of "
                     r"data -- message may be sent more than once", d["reason"]), d
    s = world.wait_delivery(rcpt, 40, status="sent")
    assert s, world.log()[-4000:]
    assert s[0]["qid"] == d["qid"]
    assert len(c.srv.messages()) == 2
    assert c.srv.messages()[0] == c.srv.messages()[1]
    assert world.wait_delivery(rcpt, 5, status="sent") and \
        len(world.deliveries(rcpt)) == 2, world.deliveries(rcpt)
    assert c.srv.wait(lambda: world.removed(d["qid"]), 10)
    no_crash(world, s[0])


def test_drip_greeting(world):
    c = BY_NAME["drip_greeting"]
    deferred(world, c, c.rcpts[0],
             r"timed out while receiving the initial server greeting", dsn="4.4.2")
    held_within_timeout(c)


def test_drip_reply(world):
    c = BY_NAME["drip_rcpt_reply"]
    deferred(world, c, c.rcpts[0], r"conversation with \S+ timed out while", dsn="4.4.2")
    nothing_received(c)
    held_within_timeout(c)


def test_lmtp_fewer_replies_then_close(world):
    c = BY_NAME["lmtp_fewer_replies_close"]
    a, b = c.rcpts
    sent(world, c, a, reason=r"first one delivered")
    d = deferred(world, c, b, r"lost connection", still_queued=False)
    # The retry delivers the second recipient only.
    s = world.wait_delivery(b, 40, status="sent")
    assert s and s[0]["qid"] == d["qid"], world.log()[-4000:]
    assert len(world.deliveries(a)) == 1
    rcpts2 = [l for l in c.srv.sessions[1].commands() if l.upper().startswith("RCPT")]
    assert len(rcpts2) == 1 and "<%s>" % b in rcpts2[0], rcpts2


def test_lmtp_fewer_replies_then_stall(world):
    c = BY_NAME["lmtp_fewer_replies_stall"]
    a, b = c.rcpts
    sent(world, c, a, reason=r"first one delivered")
    d = deferred(world, c, b, r"timed out", still_queued=False)
    held_within_timeout(c)
    # The retry (a well-behaved server this time) delivers b only.
    s = world.wait_delivery(b, 40, status="sent")
    assert s and s[0]["qid"] == d["qid"], world.log()[-4000:]
    assert len(world.deliveries(a)) == 1


def test_lmtp_more_replies(world):
    c = BY_NAME["lmtp_more_replies"]
    for r in c.rcpts:
        sent(world, c, r)
    assert len(c.srv.messages()) == 1


def test_every_fake_saw_its_script(world):
    # A client that sends what the script does not expect shows up here
    # (the scripts follow what Postfix sends).
    time.sleep(1)
    bad = {c.name: c.srv.errors() for c in CASES
           if [e for e in c.srv.errors() if not e.startswith("timed out")]}
    assert not bad, bad


def test_nothing_crashed(world):
    assert crashes(world.log()) == []
