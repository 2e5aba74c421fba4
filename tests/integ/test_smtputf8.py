"""SMTPUTF8 (RFC 6531): the smtputf8 attribute that cleanup(8) writes.

cleanup asks for SMTPUTF8 (REQUESTED, 1) when the client did (sendmail -bs
"MAIL FROM:<...> SMTPUTF8"), or when the client's source class is listed in
smtputf8_autodetect_classes and the envelope sender (SENDER, 4), an envelope
recipient (RECIPIENT, 8) or a header (HEADER, 2) has a byte above 127; it
then adds the bits for where such bytes were seen. Nothing with
smtputf8_enable = no. The attribute ("A smtputf8=N") is written only when
N is not zero, at the end of the extracted section: headers and recipients
taken from headers come after the envelope.

First cleanup -S alone (the source class is a flag the client sends), then
the whole local path: sendmail -> postdrop -> pickup (class "sendmail", or
"verify" for -bv) -> cleanup under master, read with postcat -e.
"""
import os
import re
import subprocess

import pytest

from conftest import BIN
from master_instance import wait_for
from queuefile import record
from test_cleanup import (FLAG_MAP_OK, STAT_BAD, Cleanup, accepted, message,
                          rejected)
from test_pickup import Mailsystem, records

SRC_SENDMAIL = 1 << 10
SRC_BOUNCE = 1 << 14
SRC_NOTIFY = 1 << 15
SRC_VERIFY = 1 << 16

REQUESTED, HEADER, SENDER, RECIPIENT = 1, 2, 4, 8

# As conf/main.cf: smtputf8_enable is on by default from level 1 on.
COMPAT = "compatibility_level = 3.7\n"


def utf8_attrs(recs):
    """The values of the smtputf8 attributes, and where they are."""
    types = [t for t, _ in recs]
    xtra = types.index("X")
    return [(int(d.split("=", 1)[1]), i > xtra) for i, (t, d) in enumerate(recs)
            if t == "A" and d.startswith("smtputf8=")]


@pytest.fixture
def make_cleanup(tmp_path):
    made = []

    def make(extra=""):
        c = Cleanup(tmp_path / str(len(made)), COMPAT + extra)
        made.append(c)
        return c
    yield make
    for c in made:
        c.remove()


# cleanup -S: the client declares its class.

@pytest.mark.parametrize("headers,sender,rcpts,flags,want", [
    (("Subject: plain",), "sender", ("user@example.org",), SRC_SENDMAIL, []),
    (("Subject: caf\u00e9",), "sender", ("user@example.org",), SRC_SENDMAIL,
     [(REQUESTED | HEADER, True)]),
    (("Subject: plain", "From: plain@example.com"), "j\u00f6rg", ("user@example.org",),
     SRC_SENDMAIL, [(REQUESTED | SENDER, True)]),
    # The From: header that cleanup adds is a header like the others.
    (("Subject: plain",), "j\u00f6rg", ("user@example.org",), SRC_SENDMAIL,
     [(REQUESTED | HEADER | SENDER, True)]),
    (("Subject: plain",), "sender", ("\u00fcser@example.org",), SRC_SENDMAIL,
     [(REQUESTED | RECIPIENT, True)]),
    (("Subject: caf\u00e9",), "j\u00f6rg", ("\u00fcser@example.org",), SRC_VERIFY,
     [(REQUESTED | HEADER | SENDER | RECIPIENT, True)]),
    # No class, or a class that is not listed: nothing.
    (("Subject: caf\u00e9",), "j\u00f6rg", ("\u00fcser@example.org",), 0, []),
    (("Subject: caf\u00e9",), "sender", ("user@example.org",), SRC_BOUNCE, []),
    (("Subject: caf\u00e9",), "sender", ("user@example.org",), SRC_NOTIFY, []),
])
def test_autodetect_by_class(make_cleanup, headers, sender, rcpts, flags, want):
    c = make_cleanup()
    _, recs, err = accepted(c, message(sender=sender, rcpts=rcpts, headers=headers),
                            flags=FLAG_MAP_OK | flags)
    assert utf8_attrs(recs) == want, recs


def test_classes_parameter(make_cleanup):
    c = make_cleanup("smtputf8_autodetect_classes = bounce, NOTIFY\n")
    utf8 = message(headers=("Subject: caf\u00e9",))
    for flags in (SRC_BOUNCE, SRC_NOTIFY):
        _, recs, _ = accepted(c, utf8, flags=flags)
        assert utf8_attrs(recs) == [(REQUESTED | HEADER, True)]
        os.unlink(c.path(c.incoming()[0]))
    _, recs, _ = accepted(c, utf8, flags=SRC_SENDMAIL)
    assert utf8_attrs(recs) == []
    os.unlink(c.path(c.incoming()[0]))

    c = make_cleanup("smtputf8_autodetect_classes = all\n")
    _, recs, _ = accepted(c, utf8, flags=SRC_NOTIFY)
    assert utf8_attrs(recs) == [(REQUESTED | HEADER, True)]

    c = make_cleanup("smtputf8_autodetect_classes = sendmail, bogus\n")
    _, recs, err = accepted(c, utf8, flags=SRC_SENDMAIL)
    assert utf8_attrs(recs) == [(REQUESTED | HEADER, True)]
    assert 'smtputf8_autodetect_classes: unknown class "bogus"' in err


@pytest.mark.parametrize("extra", ["smtputf8_enable = no\n",
                                   "compatibility_level = 0\n"])
def test_disabled(make_cleanup, extra):
    c = make_cleanup(extra)
    records_ = message(sender="j\u00f6rg", headers=("Subject: caf\u00e9",))
    records_ = records_[:len(record("S", "j\u00f6rg"))] + record("A", "smtputf8=1") \
        + records_[len(record("S", "j\u00f6rg")):]
    _, recs, _ = accepted(c, records_, flags=FLAG_MAP_OK | SRC_SENDMAIL)
    assert utf8_attrs(recs) == []


def test_client_request(make_cleanup):
    c = make_cleanup("smtputf8_autodetect_classes =\n")

    def submit(attr, **kw):
        plain = message(**kw)
        head = record("S", kw.get("sender", "sender"))
        _, recs, _ = accepted(c, head + record("A", attr) + plain[len(head):],
                              flags=FLAG_MAP_OK | SRC_SENDMAIL)
        os.unlink(c.path(c.incoming()[0]))
        return recs

    # Only REQUESTED is taken from the client; cleanup finds the rest.
    assert utf8_attrs(submit("smtputf8=1")) == [(REQUESTED, True)]
    assert utf8_attrs(submit("smtputf8=15")) == [(REQUESTED, True)]
    assert utf8_attrs(submit("smtputf8=14")) == []
    recs = submit("smtputf8=1", sender="j\u00f6rg", headers=("Subject: caf\u00e9",))
    assert utf8_attrs(recs) == [(REQUESTED | HEADER | SENDER, True)]
    # The client's record itself is not copied.
    assert [d for t, d in recs if t == "A" and d.startswith("smtputf8")] \
        == ["smtputf8=7"]


def test_extracted_recipient_and_requeued_attribute(make_cleanup):
    c = make_cleanup()
    # A recipient taken from headers (after XTRA), and the attribute of a
    # queue file that postsuper -r put back (also after XTRA).
    body = message(headers=("Subject: plain",), end=False)
    _, recs, _ = accepted(c, body + record("R", "\u00fcser@example.org") + record("E"),
                          flags=FLAG_MAP_OK | SRC_SENDMAIL)
    assert utf8_attrs(recs) == [(REQUESTED | RECIPIENT, True)]
    os.unlink(c.path(c.incoming()[0]))
    _, recs, _ = accepted(c, body + record("A", "smtputf8=3") + record("E"),
                          flags=FLAG_MAP_OK)
    assert utf8_attrs(recs) == [(REQUESTED, True)]


@pytest.mark.parametrize("records_,why", [
    (record("S", "s") + record("A", "smtputf8=x") + message()[len(record("S", "sender")):],
     "bad smtputf8 attribute value: x"),
    (record("S", "s") + record("A", "smtputf8=") + message()[len(record("S", "sender")):],
     "bad smtputf8 attribute value"),
    (record("S", "s") + record("A", "smtputf8=1000") + message()[len(record("S", "sender")):],
     "bad smtputf8 attribute value: 1000"),
    (message()[:-len(record("E"))] + record("A", "encoding=8bit") + record("E"),
     "extracted record type 65: unexpected record"),
])
def test_bad_attribute(make_cleanup, records_, why):
    c = make_cleanup()
    status, _, err = rejected(c, records_)
    assert status & STAT_BAD, err
    assert why in err, err


def test_two_classes_refused(make_cleanup):
    c = make_cleanup()
    status, _, err = rejected(c, message(), flags=SRC_SENDMAIL | SRC_VERIFY)
    assert status & STAT_BAD
    assert "bad request flags" in err


# The local path under master: sendmail, postdrop, pickup, cleanup.

class Utf8Mailsystem(Mailsystem):
    """test_pickup's instance, with main.cf lines of our own."""

    def __init__(self, tmp_path, extra):
        self.extra = extra
        super().__init__(tmp_path)

    def postfix(self, *args):
        if args == ("start",) and self.extra:
            with open(os.path.join(self.etc, "main.cf"), "a") as f:
                f.write(self.extra)
            self.extra = ""
        return super().postfix(*args)

    def queued(self, sender):
        """postcat -e of the message that pickup took from sender."""
        pat = r"postfix/pickup\[\d+\]: ([0-9A-Za-z]+): uid=\d+ from=<%s>" % re.escape(sender)
        assert wait(lambda: re.search(pat, self.logtext())), self.logtext()
        qid = re.search(pat, self.logtext()).group(1)
        assert wait(lambda: re.search(r"cleanup\[\d+\]: %s: message-id=" % qid,
                                      self.logtext())), self.logtext()
        path = [p for p in self.files("incoming") if os.path.basename(p) == qid]
        assert len(path) == 1, self.files("incoming")
        cat = subprocess.run([os.path.join(BIN, "postcat"), "-e", "-c", self.etc, "-q", qid],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=self.env)
        assert cat.returncode == 0, cat.stderr
        return cat.stdout.decode("utf-8", "replace"), records(path[0])


def wait(cond):
    return wait_for(cond, timeout=15)


@pytest.fixture
def make_mailsys(tmp_path):
    made = []

    def make(extra=""):
        for prog in ("master", "postfix", "pickup", "cleanup", "postlogd",
                     "sendmail", "postdrop", "postcat"):
            if not os.path.exists(os.path.join(BIN, prog)):
                pytest.fail("%s not built" % prog)
        m = Utf8Mailsystem(tmp_path / str(len(made)), COMPAT + extra)
        made.append(m)
        return m
    yield make
    for m in made:
        m.stop()


def utf8_lines(cat):
    return re.findall(r"^named_attribute: smtputf8=(\d+)$", cat, re.M)


def smtp_submit(m, mail_from, rcpt, data):
    dialog = ("EHLO client\r\nMAIL FROM:%s\r\nRCPT TO:<%s>\r\nDATA\r\n%s\r\n.\r\nQUIT\r\n"
              % (mail_from, rcpt, data)).encode()
    res = m.sendmail("-bs", data=dialog)
    assert res.returncode == 0, res.stderr
    return res.stdout.decode("utf-8", "replace")


def test_local_submissions(make_mailsys):
    m = make_mailsys()
    cases = [
        ("ascii@example.com", [], b"Subject: hello\n\nbody\n", []),
        ("hdr@example.com", [], "Subject: gr\u00fc\u00dfe\n\nbody\n".encode(), ["3"]),
        ("rcpt@example.com", [], b"Subject: hello\n\nbody\n", ["9"]),
        ("verify@example.com", ["-bv"], "Subject: gr\u00fc\u00dfe\n\nbody\n".encode(), ["3"]),
    ]
    for sender, opts, data, _ in cases:
        rcpt = "j\u00fcrgen@example.org" if sender.startswith("rcpt") else "b@example.org"
        res = m.sendmail("-f", sender, *opts, rcpt, data=data)
        assert res.returncode == 0, res.stderr
    for sender, _, _, want in cases:
        cat, recs = m.queued(sender)
        assert utf8_lines(cat) == want, cat
        assert [d for t, d in recs if t == "A" and d.startswith(b"smtputf8=")] \
            == [b"smtputf8=" + w.encode() for w in want]


def test_smtp_smtputf8_parameter(make_mailsys):
    m = make_mailsys()
    out = smtp_submit(m, "<asked@example.com> SMTPUTF8", "b@example.org",
                      "Subject: plain\r\n\r\nbody")
    assert "250-SMTPUTF8" in out
    assert "250 2.1.0 Ok" in out and "queued as" in out, out
    cat, _ = m.queued("asked@example.com")
    assert utf8_lines(cat) == ["1"], cat
    # The request goes through postdrop as an attribute of the maildrop file.
    out = smtp_submit(m, "<j\u00f6rg@example.com> SMTPUTF8", "b@example.org",
                      "Subject: plain\r\n\r\nbody")
    assert "queued as" in out, out
    cat, _ = m.queued("j\u00f6rg@example.com")
    assert utf8_lines(cat) == ["7"], cat      # and the From: header cleanup adds


def test_smtputf8_enable_no(make_mailsys):
    m = make_mailsys("smtputf8_enable = no\n")
    out = smtp_submit(m, "<asked@example.com> SMTPUTF8", "b@example.org",
                      "Subject: plain\r\n\r\nbody")
    assert "SMTPUTF8" not in out.replace("Unsupported option: SMTPUTF8", "")
    assert "555 5.5.4 Unsupported option: SMTPUTF8" in out
    res = m.sendmail("-f", "off@example.com", "j\u00fcrgen@example.org",
                     data="Subject: gr\u00fc\u00dfe\n\nbody\n".encode())
    assert res.returncode == 0, res.stderr
    cat, _ = m.queued("off@example.com")
    assert utf8_lines(cat) == [], cat


def test_autodetect_verify_only(make_mailsys):
    m = make_mailsys("smtputf8_autodetect_classes = verify\n")
    utf8 = "Subject: gr\u00fc\u00dfe\n\nbody\n".encode()
    res = m.sendmail("-f", "plain@example.com", "j\u00fcrgen@example.org", data=utf8)
    assert res.returncode == 0, res.stderr
    res = m.sendmail("-bv", "-f", "probe@example.com", "j\u00fcrgen@example.org", data=utf8)
    assert res.returncode == 0, res.stderr
    cat, _ = m.queued("plain@example.com")
    assert utf8_lines(cat) == [], cat
    cat, _ = m.queued("probe@example.com")
    assert utf8_lines(cat) == ["11"], cat
    # An explicit request still counts, with where the UTF-8 is.
    out = smtp_submit(m, "<asked@example.com> SMTPUTF8", "j\u00fcrgen@example.org",
                      "Subject: plain\r\n\r\nbody")
    assert "queued as" in out, out
    cat, _ = m.queued("asked@example.com")
    assert utf8_lines(cat) == ["9"], cat


def test_strict_smtputf8(make_mailsys):
    m = make_mailsys("strict_smtputf8 = yes\n")
    dialog = ("EHLO c\r\nMAIL FROM:<j\u00f6rg@example.com>\r\n"
              "MAIL FROM:<a@example.com>\r\nRCPT TO:<j\u00fcrgen@example.org>\r\n"
              "RSET\r\nMAIL FROM:<j\u00f6rg@example.com> SMTPUTF8\r\n"
              "RCPT TO:<j\u00fcrgen@example.org>\r\nQUIT\r\n").encode()
    res = m.sendmail("-bs", data=dialog)
    lines = res.stdout.decode("utf-8").split("\r\n")
    replies = [l for l in lines if l[:3].isdigit() and l[3] == " "][2:]
    assert replies[:6] == [
        "553 5.6.7 Must declare SMTPUTF8 to send unicode address",
        "250 2.1.0 Ok",
        "553 5.6.7 Must declare SMTPUTF8 to send unicode address",
        "250 2.0.0 Ok",
        "250 2.1.0 Ok",
        "250 2.1.5 Ok"], lines


def test_requeue_keeps_request(make_mailsys):
    # postsuper -r copies the attribute into a maildrop file (after XTRA,
    # where cleanup wrote it); pickup takes it, cleanup keeps REQUESTED.
    m = make_mailsys()
    out = smtp_submit(m, "<asked@example.com> SMTPUTF8", "b@example.org",
                      "Subject: plain\r\n\r\nbody")
    assert "queued as" in out, out
    _, first = m.queued("asked@example.com")
    res = subprocess.run([os.path.join(BIN, "postsuper"), "-c", m.etc, "-r", "ALL"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=m.env)
    assert res.returncode == 0, res.stderr
    # postdrop wakes up pickup, which then finds both files.
    assert m.sendmail("-f", "kick@example.com", "b@example.org").returncode == 0
    pat = r"pickup\[\d+\]: (\w+): uid=\d+ from=<asked@example.com>"
    assert wait(lambda: len(re.findall(pat, m.logtext())) == 2), m.logtext()
    qid = re.findall(pat, m.logtext())[1]
    assert wait(lambda: re.search(r"cleanup\[\d+\]: %s: message-id=" % qid,
                                  m.logtext())), m.logtext()
    path = [p for p in m.files("incoming") if os.path.basename(p) == qid]
    assert len(path) == 1, m.files("incoming")
    recs = records(path[0])
    assert recs != first
    assert [d for t, d in recs if t == "A" and d.startswith(b"smtputf8")] == [b"smtputf8=1"]
    assert m.files("corrupt") == []
