"""sendmail(1) and postdrop(1): local submission into maildrop/.

Each test makes a single-user instance in a temporary directory
(queue_directory under tmp, command_directory = the built binaries) and
reads the maildrop file that sendmail and postdrop produced with a record
parser of its own, so that the queue file format is checked byte by byte.
"""
import grp
import os
import pwd
import shutil
import stat
import subprocess
import tempfile

import pytest

from conftest import BIN, run


def records(path):
    """The (type, data) records of a queue file."""
    data = open(path, "rb").read()
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


@pytest.fixture
def inst(tmp_path):
    """A configuration directory and a queue with maildrop/ and public/."""
    etc = tmp_path / "etc"
    etc.mkdir()
    queue = tmp_path / "queue"
    for d in ("maildrop", "public", "private"):
        (queue / d).mkdir(parents=True)
    (etc / "main.cf").write_text(
        "queue_directory = %s\ncommand_directory = %s\n"
        "daemon_directory = %s\ndata_directory = %s\n"
        "mail_owner = %s\nmyhostname = host.example\n"
        % (queue, BIN, BIN, tmp_path / "data", os.getlogin() if False else
           __import__("pwd").getpwuid(os.getuid()).pw_name))
    return etc, queue


def maildrop_files(queue):
    return sorted((queue / "maildrop").iterdir())


def submit(inst, *args, data=b"Subject: test\n\nbody\n"):
    etc, queue = inst
    return run("sendmail", *args, input=data, config_dir=etc)


def test_submission_is_complete_and_ready(inst):
    res = submit(inst, "-f", "sender@example.com", "rcpt@example.org")
    assert res.status == 0, res
    files = maildrop_files(inst[1])
    assert len(files) == 1
    mode = stat.S_IMODE(os.stat(files[0]).st_mode)
    assert mode == 0o744
    recs = records(files[0])
    types = [t for t, _ in recs]
    assert types[0] == "T"
    assert ("S", b"sender@example.com") in recs
    assert ("R", b"rcpt@example.org") in recs
    assert ("A", b"rewrite_context=local") in recs
    assert types[-1] == "E"
    body = [d for t, d in recs if t in "NL"]
    assert body == [b"Subject: test", b"", b"body"]
    assert types.index("M") < types.index("N") < types.index("X") < types.index("E")


def test_default_sender_is_login_name(inst):
    res = submit(inst, "rcpt@example.org")
    assert res.status == 0, res
    recs = records(maildrop_files(inst[1])[0])
    login = __import__("pwd").getpwuid(os.getuid()).pw_name
    assert ("S", login.encode()) in recs


def test_extract_recipients_from_headers(inst):
    msg = (b"From a@b Mon Jan  1 00:00:00 2024\n"
           b"To: \"J S\" <js@x.example>, b@y.example (comment)\n"
           b"Cc: group: c@z.example;\n"
           b"Bcc: hidden@w.example\n"
           b"Subject: extract\n\nbody\n")
    res = submit(inst, "-t", "-N", "success,failure", "cmdline@v.example", data=msg)
    assert res.status == 0, res
    recs = records(maildrop_files(inst[1])[0])
    types = [t for t, _ in recs]
    x = types.index("X")
    extracted = [d for t, d in recs[x:] if t == "R"]
    assert extracted == [b"js@x.example", b"b@y.example", b"c@z.example",
                         b"hidden@w.example"]
    assert [d for t, d in recs[:x] if t == "R"] == [b"cmdline@v.example"]
    assert recs[x + 1] == ("n", b"6")
    # the From_ line is gone, the headers are kept (cleanup drops Bcc)
    body = [d for t, d in recs if t == "N"]
    assert body[0].startswith(b"To: ")


def test_resent_headers_win(inst):
    msg = b"To: old@a.example\nResent-To: new@b.example\n\nbody\n"
    res = submit(inst, "-t", data=msg)
    assert res.status == 0, res
    recs = records(maildrop_files(inst[1])[0])
    assert [d for t, d in recs if t == "R"] == [b"new@b.example"]


def test_no_recipient_is_usage_error(inst):
    res = submit(inst)
    assert res.status == 64, res
    assert "Recipient addresses must be specified" in res.err
    res = submit(inst, "-t", data=b"Subject: none\n\nbody\n")
    assert res.status == 64, res
    assert "No recipient addresses found" in res.err
    assert maildrop_files(inst[1]) == []


def test_dot_ends_input_unless_i(inst):
    res = submit(inst, "r@x", data=b"Subject: a\n\none\n.\ntwo\n")
    assert res.status == 0, res
    res = submit(inst, "-oi", "r@x", data=b"Subject: b\n\none\n.\ntwo\n")
    assert res.status == 0, res
    bodies = []
    for f in maildrop_files(inst[1]):
        bodies.append([d for t, d in records(f) if t in "NL"])
    bodies.sort()
    assert [b"Subject: a", b"", b"one"] in bodies
    assert [b"Subject: b", b"", b"one", b".", b"two"] in bodies


def test_long_lines_cr_and_nul(inst):
    long_line = b"x" * 5000
    msg = b"Subject: long\r\n\r\n" + long_line + b"\r\nbare\rcr\r\nnul\0byte\r\nlast"
    res = submit(inst, "r@x", data=msg)
    assert res.status == 0, res
    recs = [(t, d) for t, d in records(maildrop_files(inst[1])[0]) if t in "NL"]
    assert recs[0] == ("N", b"Subject: long")
    assert recs[1] == ("N", b"")
    assert recs[2] == ("L", b"x" * 2048)
    assert recs[3] == ("L", b"x" * 2048)
    assert recs[4] == ("N", b"x" * 904)
    assert recs[5] == ("N", b"bare\rcr")
    assert recs[6] == ("N", b"nul\0byte")
    assert recs[7] == ("N", b"last")


def test_fix_line_endings_never(inst):
    etc, queue = inst
    with open(etc / "main.cf", "a") as f:
        f.write("sendmail_fix_line_endings = never\n")
    res = submit(inst, "r@x", data=b"Subject: crlf\r\n\r\nbody\r\n")
    assert res.status == 0, res
    recs = [d for t, d in records(maildrop_files(queue)[0]) if t == "N"]
    assert recs == [b"Subject: crlf\r", b"\r", b"body\r"]


def test_dsn_options_and_trace(inst):
    res = submit(inst, "-R", "hdrs", "-V", "envid-1", "-B", "8BITMIME", "-F",
                 "Full Name", "-v", "r@x")
    assert res.status == 0, res
    recs = records(maildrop_files(inst[1])[0])
    assert ("A", b"dsn_ret=2") in recs
    assert ("A", b"envelope_id=envid-1") in recs
    assert ("A", b"encoding=8bit") in recs
    assert ("A", b"trace_flags=1024") in recs
    assert ("F", b"Full Name") in recs


def test_bv_sets_verify_flag_and_refuses_t(inst):
    res = submit(inst, "-bv", "r@x")
    assert res.status == 0, res
    assert ("A", b"trace_flags=512") in records(maildrop_files(inst[1])[0])
    res = submit(inst, "-bv", "-t", "r@x")
    assert res.status == 64


def test_bad_option(inst):
    res = submit(inst, "-n", "r@x")
    assert res.status == 64
    res = submit(inst, "-bz", "r@x")
    assert res.status == 64


def test_unwritable_queue_is_tempfail(inst):
    etc, queue = inst
    (queue / "maildrop").rmdir()
    res = submit(inst, "r@x")
    assert res.status == 75, res
    assert "postdrop: fatal:" in res.err


def test_postdrop_refuses_garbage(inst):
    etc, queue = inst
    res = run("postdrop", "-r", input=b"R\x03x@yM\x00X\x00E\x00",
              config_dir=etc)
    assert res.status != 0
    assert "status=1" in res.out
    assert "no sender record" in res.err
    assert maildrop_files(queue) == []
    res = run("postdrop", "-r", input=b"S\x05a@b.cR\x03x@yZ\x00E\x00",
              config_dir=etc)
    assert res.status != 0
    assert "malformed input" in res.err
    assert maildrop_files(queue) == []
    res = run("postdrop", "-r", input=b"S\xff\xff\xff\xff\xff\x7f", config_dir=etc)
    assert res.status != 0
    assert maildrop_files(queue) == []


def test_postdrop_cancelled_submission_leaves_nothing(inst):
    etc, queue = inst
    res = run("postdrop", "-r", input=b"S\x03a@b", config_dir=etc)
    assert res.status == 0
    assert "queue_id=" in res.out
    assert maildrop_files(queue) == []


def test_smtp_dialog(inst):
    etc, queue = inst
    dialog = (b"EHLO client\r\n"
              b"RCPT TO:<early@x>\r\n"
              b"MAIL FROM:<\"odd sender\"@x.example> BODY=8BITMIME RET=HDRS ENVID=a+2Bb\r\n"
              b"MAIL FROM:<again@x>\r\n"
              b"DATA\r\n"
              b"RCPT TO:<r1@y.example> NOTIFY=FAILURE\r\n"
              b"RCPT TO:<r2@y.example>\r\n"
              b"RCPT TO:<bad address@y>\r\n"
              b"DATA\r\n"
              b"Subject: smtp\r\n\r\n..leading dot\r\n.\r\n"
              b"RSET\r\nNOOP\r\nBOGUS\r\nQUIT\r\n")
    res = run("sendmail", "-bs", input=dialog, config_dir=etc)
    assert res.status == 0, res
    codes = [line[:3] for line in res.out.split("\r\n") if line]
    assert codes[0] == "220"
    assert "250-PIPELINING" in res.out and "250-DSN" in res.out
    # EHLO(6 lines) RCPT MAIL MAIL DATA RCPT RCPT RCPT DATA(354) end(250) RSET NOOP BOGUS QUIT
    assert codes[7:] == ["503", "250", "503", "503", "250", "250", "501", "354",
                         "250", "250", "250", "502", "221"], res.out
    assert "queued as" in res.out
    recs = records(maildrop_files(queue)[0])
    assert ("S", b"odd sender@x.example") in recs
    assert ("A", b"dsn_ret=2") in recs
    assert ("A", b"envelope_id=a+b") in recs
    assert ("n", b"4") in recs
    assert [d for t, d in recs if t == "R"] == [b"r1@y.example", b"r2@y.example"]
    assert [d for t, d in recs if t == "N"] == [b"Subject: smtp", b"", b".leading dot"]


def test_smtp_rcpt_orcpt_and_notify(inst):
    """ORCPT= is xtext-decoded and kept with its recipient, before the
    RCPT record, together with NOTIFY=; malformed or repeated parameters
    get 501 and leave the recipient out."""
    etc, queue = inst
    dialog = (b"EHLO client\r\nMAIL FROM:<s@x.example>\r\n"
              b"RCPT TO:<r1@y.example> NOTIFY=SUCCESS,FAILURE "
              b"ORCPT=rfc822;Old+2BUser+3Dx@y.example\r\n"
              b"RCPT TO:<r2@y.example>\r\n"
              b"RCPT TO:<r3@y.example> ORCPT=rfc822;a@y.example ORCPT=rfc822;b@y\r\n"
              b"RCPT TO:<r4@y.example> ORCPT=rfc822;bad+0Abyte\r\n"
              b"RCPT TO:<r5@y.example> ORCPT=noaddress\r\n"
              b"RCPT TO:<r6@y.example> ORCPT=rfc822;\r\n"
              b"RCPT TO:<r7@y.example> ORCPT=bad+20type;a@y\r\n"
              b"RCPT TO:<r8@y.example> ORCPT=rfc822;" + b"a" * 500 + b"\r\n"
              b"RCPT TO:<r9@y.example> NOTIFY=DELAY NOTIFY=DELAY\r\n"
              b"RCPT TO:<r10@y.example> ORCPT=x-local;me NOTIFY=NEVER\r\n"
              b"DATA\r\nSubject: orcpt\r\n\r\nbody\r\n.\r\nQUIT\r\n")
    res = run("sendmail", "-bs", input=dialog, config_dir=etc)
    assert res.status == 0, res
    replies = [line for line in res.out.split("\r\n") if line][7:]
    codes = [line[:3] for line in replies]
    assert codes == ["250", "250", "250", "501", "501", "501", "501", "501",
                     "501", "501", "250", "354", "250", "221"], res.out
    assert replies[3] == "501 5.5.4 Error: multiple ORCPT parameters"
    assert replies[4] == "501 5.5.4 Error: Bad ORCPT parameter syntax"
    assert replies[9] == "501 5.5.4 Error: multiple NOTIFY parameters"
    [path] = maildrop_files(queue)
    recs = [(t, d) for t, d in records(path) if t in "onR"]
    assert recs == [("o", b"rfc822;Old+User=x@y.example"), ("n", b"6"),
                    ("R", b"r1@y.example"),
                    ("R", b"r2@y.example"),
                    ("o", b"x-local;me"), ("n", b"1"), ("R", b"r10@y.example")]
    # postcat names the record.
    res = run("postcat", path, config_dir=etc)
    assert res.status == 0, res
    assert "dsn_original_recipient: rfc822;Old+User=x@y.example" in res.out, res.out


def test_smtp_dialog_eof_in_data_queues_nothing(inst):
    etc, queue = inst
    dialog = b"HELO c\r\nMAIL FROM:<a@x>\r\nRCPT TO:<b@y>\r\nDATA\r\nSubject: cut\r\n"
    res = run("sendmail", "-bs", input=dialog, config_dir=etc)
    assert res.status == 0, res
    assert maildrop_files(queue) == []


def other_user():
    """Run as another user when root (nobody, through setpriv), else as
    ourselves: (name, uid, command prefix)."""
    if os.geteuid() == 0:
        pw = pwd.getpwnam("nobody")
        return pw.pw_name, pw.pw_uid, ["setpriv", "--reuid=%d" % pw.pw_uid,
                                       "--regid=%d" % pw.pw_gid, "--clear-groups"]
    pw = pwd.getpwuid(os.geteuid())
    return pw.pw_name, pw.pw_uid, []


def test_authorized_submit_users_refuses(inst):
    """A user not on authorized_submit_users: sendmail exits EX_NOPERM with
    Postfix's message (also -bs), postdrop refuses on its own too, and
    nothing reaches maildrop/."""
    etc, queue = inst
    name, uid, prefix = other_user()
    # A configuration that the other user can read.
    top = tempfile.mkdtemp(prefix="postlet-acl-")
    try:
        os.chmod(top, 0o755)
        shutil.copy(str(etc / "main.cf"), top)
        with open(os.path.join(top, "main.cf"), "a") as f:
            f.write("authorized_submit_users = !%s, static:anyone\n" % name)
        os.chmod(os.path.join(top, "main.cf"), 0o644)
        env = dict(os.environ, MAIL_CONFIG=top)
        want = "User %s(%d) is not allowed to submit mail" % (name, uid)
        for args, data in ((["sendmail", "r@x.example"], b"Subject: x\n\nx\n"),
                           (["sendmail", "-bs"], b"QUIT\r\n")):
            proc = subprocess.run(prefix + [os.path.join(BIN, args[0])] + args[1:],
                                  input=data, env=env, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, timeout=30)
            assert proc.returncode == 77, proc
            assert proc.stderr.decode() == "sendmail: fatal: %s\n" % want
            assert proc.stdout == b""
        proc = subprocess.run(prefix + [os.path.join(BIN, "postdrop")],
                              input=b"", env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, timeout=30)
        assert proc.returncode == 1, proc
        assert proc.stderr.decode() == "postdrop: fatal: %s\n" % want
        assert proc.stdout == b""
        assert maildrop_files(queue) == []
    finally:
        shutil.rmtree(top)


def test_authorized_submit_users_lists(inst):
    """The list decides left to right; an empty list refuses everyone."""
    etc, queue = inst
    me = pwd.getpwuid(os.getuid()).pw_name
    main_cf = (etc / "main.cf").read_text()
    for acl, ok in (("%s" % me, True), ("!nosuchuser, %s" % me, True),
                    ("", False), ("nosuchuser", False),
                    ("!%s, static:anyone" % me, False),
                    ("inline:{%s=yes}" % me, True)):
        (etc / "main.cf").write_text(main_cf + "authorized_submit_users = %s\n" % acl)
        res = submit(inst, "r@x.example")
        if ok:
            assert res.status == 0, (acl, res)
        else:
            assert res.status == 77, (acl, res)
            assert "is not allowed to submit mail" in res.err
    assert len(maildrop_files(queue)) == 3


def setgid_postdrop(top):
    """Set-gid copies of the binary as postdrop and postqueue (and sendmail)
    in top, and
    how to run it so that the group is a privilege: (command prefix, gid).
    As root: setgid group "mail", run as nobody. Otherwise: a supplementary
    group of ours, run as ourselves (our real group stays the primary)."""
    if os.geteuid() == 0:
        gid = grp.getgrnam("mail").gr_gid
        _, _, prefix = other_user()
    else:
        groups = [g for g in os.getgroups() if g != os.getgid()]
        assert groups, "needs root or a supplementary group to make a set-gid program"
        gid, prefix = groups[0], []
    for name in ("postdrop", "postqueue", "sendmail"):
        path = os.path.join(top, name)
        shutil.copy(os.path.join(BIN, "postlet"), path)
        os.chown(path, -1, gid)
        os.chmod(path, 0o755 if name == "sendmail" else 0o2755)
    return prefix, gid


def test_setgid_postdrop_refuses_other_config(inst):
    """A set-gid postdrop takes another configuration directory (-c or
    MAIL_CONFIG) only when the default main.cf lists it in
    alternate_config_directories or multi_instance_directories, or when
    the real user is root; nothing is written to either queue."""
    etc, queue = inst
    top = tempfile.mkdtemp(prefix="postlet-cfgdir-")
    try:
        os.chmod(top, 0o755)
        prefix, gid = setgid_postdrop(top)
        # The user's own configuration: its own queue and submit list.
        own = os.path.join(top, "etc")
        own_queue = os.path.join(top, "queue")
        os.makedirs(own)
        for d in ("maildrop", "public"):
            os.makedirs(os.path.join(own_queue, d))
            os.chmod(os.path.join(own_queue, d), 0o1777)
        with open(os.path.join(own, "main.cf"), "w") as f:
            f.write("queue_directory = %s\ncommand_directory = %s\n"
                    "authorized_submit_users = static:anyone\n" % (own_queue, top))
        os.chmod(own, 0o755)
        os.chmod(os.path.join(own, "main.cf"), 0o644)
        postdrop = os.path.join(top, "postdrop")
        error = "postdrop: error: unauthorized configuration directory name: %s\n" % own
        fatal = ('postdrop: fatal: specify "alternate_config_directories = %s" or '
                 '"multi_instance_directories = %s" in /etc/postfix/main.cf\n' % (own, own))
        env = dict(os.environ)
        env.pop("MAIL_CONFIG", None)
        for args, extra in (([postdrop, "-c", own], {}),
                            ([postdrop], {"MAIL_CONFIG": own})):
            proc = subprocess.run(prefix + args, input=b"", env=dict(env, **extra),
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  timeout=30)
            assert proc.returncode == 1, proc
            assert proc.stderr.decode() == error + fatal, proc
            assert proc.stdout == b""
        # The same rule for a set-gid postqueue ($MAIL_CONFIG; its -c gives
        # up the group instead).
        proc = subprocess.run(prefix + [os.path.join(top, "postqueue"), "-p"],
                              env=dict(env, MAIL_CONFIG=own), stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, timeout=30)
        assert proc.returncode == 1, proc
        assert proc.stderr.decode() == (error + fatal).replace("postdrop:", "postqueue:")
        # Through sendmail -C: postdrop says no, sendmail gives up.
        proc = subprocess.run(prefix + [os.path.join(top, "sendmail"), "-C", own,
                                        "r@x.example"],
                              input=b"Subject: x\n\nx\n", env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=30)
        assert proc.returncode == 75, proc
        assert error in proc.stderr.decode(), proc
        assert os.listdir(os.path.join(own_queue, "maildrop")) == []
        if os.geteuid() == 0:
            # Real root is trusted: the same postdrop takes the directory.
            res = subprocess.run([os.path.join(BIN, "sendmail"), "-C", own, "r@x.example"],
                                 input=b"Subject: x\n\nx\n", env=env,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 timeout=30)
            assert res.returncode == 0, res
            assert len(os.listdir(os.path.join(own_queue, "maildrop"))) == 1
        # Without the set-gid bit the directory is the user's business.
        os.chmod(postdrop, 0o755)
        proc = subprocess.run(prefix + [postdrop, "-c", own], input=b"", env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=30)
        assert proc.returncode == 0, proc
        assert b"queue_id=" in proc.stdout
        assert maildrop_files(queue) == []
    finally:
        shutil.rmtree(top)
