"""The fake SMTP/LMTP server (fake_smtp.py) on its own, driven by Python's
smtplib and raw sockets, so that the smtp(8) tests built on it rest on a
harness known to do what its scripts say."""
import smtplib
import socket
import time

import pytest

from fake_smtp import (Close, Content, Default, Drip, Expect, FakeSMTP, GREETING,
                       Send, Sleep, WaitClose, greet_ehlo)


@pytest.fixture
def fake():
    made = []

    def make(*args, **kw):
        srv = FakeSMTP(*args, **kw)
        made.append(srv)
        return srv

    yield make
    for srv in made:
        srv.stop()


def raw(port):
    s = socket.create_connection(("127.0.0.1", port), timeout=10)
    return s, s.makefile("rb")


def test_default_mode_takes_mail(fake):
    srv = fake()
    with smtplib.SMTP("127.0.0.1", srv.port, timeout=10) as c:
        code, msg = c.ehlo("client.test")
        assert code == 250 and b"PIPELINING" in msg
        refused = c.sendmail("a@x.test", ["b@y.test", "c@y.test"],
                             b"Subject: s\r\n\r\n.leading dot\r\nbody\r\n")
        assert refused == {}
    assert srv.wait(lambda: srv.sessions and srv.sessions[0].done.is_set(), 5)
    s = srv.sessions[0]
    cmds = s.commands()
    assert cmds[0] == "ehlo client.test"
    assert cmds[1].startswith("mail FROM:<a@x.test>")
    assert cmds[2:5] == ["rcpt TO:<b@y.test>", "rcpt TO:<c@y.test>", "data"]
    assert srv.messages() == [b"Subject: s\r\n\r\n.leading dot\r\nbody\r\n"]
    assert srv.errors() == []


def test_lmtp_replies_once_per_accepted_recipient(fake):
    srv = fake([greet_ehlo(helo="LHLO") + [
        Expect("MAIL", "250 2.1.0 ok\r\n"),
        Expect("RCPT", "250 2.1.5 ok\r\n"),
        Expect("RCPT", "550 5.1.1 no\r\n"),
        Expect("RCPT", "250 2.1.5 ok\r\n"),
        Default()]], lmtp=True)
    s, f = raw(srv.port)
    assert f.readline() == GREETING
    s.sendall(b"LHLO me\r\n")
    while f.readline()[:4] != b"250 ":
        pass
    s.sendall(b"MAIL FROM:<a@x>\r\nRCPT TO:<1@y>\r\nRCPT TO:<2@y>\r\nRCPT TO:<3@y>\r\nDATA\r\n")
    replies = [f.readline() for _ in range(5)]
    assert [r[:3] for r in replies] == [b"250", b"250", b"550", b"250", b"354"]
    s.sendall(b"hi\r\n.\r\n")
    assert f.readline().startswith(b"250 2.0.0 Ok: queued")
    assert f.readline().startswith(b"250 2.0.0 Ok: queued")
    s.sendall(b"QUIT\r\n")
    assert f.readline().startswith(b"221")
    assert f.readline() == b""
    s.close()
    assert srv.messages() == [b"hi\r\n"]


def test_script_mismatch_is_recorded(fake):
    srv = fake([[Send(GREETING), Expect("HELO", "250 x\r\n")]])
    s, f = raw(srv.port)
    f.readline()
    s.sendall(b"EHLO me\r\n")
    assert srv.wait(lambda: srv.errors(), 5)
    assert "expected 'HELO'" in srv.errors()[0]
    assert f.readline() == b""     # the server hangs up
    s.close()


def test_scripts_per_connection_last_repeats(fake):
    srv = fake([[Send("554 go away\r\n"), Close()], []])
    for want in (b"554 go away\r\n", GREETING, GREETING):
        s, f = raw(srv.port)
        assert f.readline() == want
        s.close()
    assert srv.wait(lambda: len(srv.sessions) == 3, 5)


def test_close_unsolicited_and_content_without_reply(fake):
    srv = fake([greet_ehlo() + [
        Expect("MAIL", "250 ok\r\n250 extra unsolicited\r\n"),
        Expect("RCPT", "250 ok\r\n"),
        Expect("DATA", "354 go\r\n"),
        Content(None),
        Close()]])
    s, f = raw(srv.port)
    f.readline()
    s.sendall(b"EHLO me\r\n")
    while f.readline()[:4] != b"250 ":
        pass
    s.sendall(b"MAIL FROM:<a@x>\r\n")
    assert f.readline() == b"250 ok\r\n"
    assert f.readline() == b"250 extra unsolicited\r\n"
    s.sendall(b"RCPT TO:<b@y>\r\nDATA\r\n")
    assert f.readline() == b"250 ok\r\n"
    assert f.readline() == b"354 go\r\n"
    s.sendall(b"..x\r\n.\r\n")
    assert f.readline() == b""      # closed after the dot, no reply
    s.close()
    assert srv.wait(lambda: srv.messages() == [b".x\r\n"], 5)


def test_drip_and_sleep(fake):
    srv = fake([[Sleep(0.3), Drip(b"220 x\r\n", 0.1), WaitClose(5)]])
    t0 = time.time()
    s, f = raw(srv.port)
    assert f.readline() == b"220 x\r\n"
    took = time.time() - t0
    assert 0.8 < took < 5, took      # 0.3 s, then 6 gaps of 0.1 s
    f.close()
    s.close()
    assert srv.wait(lambda: srv.sessions[0].client_closed, 5)


def test_raw_bytes_recorded(fake):
    srv = fake()
    s, f = raw(srv.port)
    f.readline()
    s.sendall(b"NOOP\r\nXYZZY \x00\xff\r\nQUIT\r\n")
    assert f.readline().startswith(b"250")
    assert f.readline().startswith(b"502")
    assert f.readline().startswith(b"221")
    s.close()
    assert srv.wait(lambda: srv.sessions[0].done.is_set(), 5)
    assert srv.sessions[0].lines == [b"NOOP", b"XYZZY \x00\xff", b"QUIT"]
    assert bytes(srv.sessions[0].raw) == b"NOOP\r\nXYZZY \x00\xff\r\nQUIT\r\n"


def test_unix_socket_lmtp(fake, tmp_path):
    path = str(tmp_path / "lmtp.sock")
    srv = fake(lmtp=True, unix_path=path)
    c = smtplib.LMTP(path, timeout=10)
    try:
        assert c.sendmail("a@x", ["b@y"], b"hi\r\n") == {}
    finally:
        c.quit()
    assert srv.messages() == [b"hi\r\n"]
