"""postconf -M, -F, -P: showing and editing master.cf.

Postlet's own conf/master.cf and a Postfix-style master.cf with comments,
continuation lines and -o options in several spellings are shown with
every option, and compared with Postfix's /usr/sbin/postconf on the same
files. Edits (-Me, -MX, -M#, -Fe, -Pe, -PX) must keep the untouched
lines exactly, write changed entries in the folded layout, and refuse
bad input with one line and exit status 1, leaving the file alone.
"""
import os
import shutil
import subprocess
import time

import pytest

from conftest import ROOT, run

DATA = os.path.join(ROOT, "tests", "integ", "data", "postconf")
POSTFIX = "/usr/sbin/postconf"


def aged(directory):
    """Date the files back: Postfix waits until a file it reads is at least
    a second old, which would make every comparison slow."""
    when = time.time() - 60
    if os.path.isdir(directory):
        for name in os.listdir(directory):
            os.utime(os.path.join(directory, name), (when, when))


def postfix(*args):
    aged(str(args[args.index("-c") + 1]))
    env = dict(os.environ)
    env.pop("MAIL_CONFIG", None)
    proc = subprocess.run([POSTFIX] + [str(a) for a in args], env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return (proc.returncode, proc.stdout.decode(),
            proc.stderr.decode().replace(POSTFIX + ":", "postconf:"))


def postconf(*args):
    r = run("postconf", *args)
    return r.status, r.out, r.err


def make_conf(path, master, main="myhostname = host.example.com\n"
              "relayhost = [smtp.example.net]\n"):
    """A configuration directory; master is a file name or the text."""
    path.mkdir(parents=True, exist_ok=True)
    (path / "main.cf").write_text(main)
    if "\n" in master:
        (path / "master.cf").write_text(master)
    else:
        shutil.copy(master, path / "master.cf")
    return path


SHIPPED = os.path.join(ROOT, "conf", "master.cf")
STYLED = os.path.join(DATA, "master.cf")


# ---- display ----------------------------------------------------------------

@pytest.mark.parametrize("master", [SHIPPED, STYLED])
@pytest.mark.parametrize("args", [
    ("-M",), ("-Mf",), ("-Mx",), ("-M", "relay", "lmtp/unix", "nosuch"),
    ("-M", "*/unix-dgram"),
    ("-F",), ("-Ff",), ("-FH",), ("-F", "relay/unix/command", "*/*/process_limit"),
    ("-F", "*/*/wakeup", "relay/unix/command"),
    ("-P",), ("-Pf",), ("-Ph",), ("-PH",), ("-Px",),
    ("-P", "relay/unix/smtp_helo_timeout", "*/*/lmtp_tcp_port", "nosuch/unix"),
])
def test_display_equals_postfix(tmp_path, master, args):
    conf = make_conf(tmp_path / "c", master)
    ours = postconf("-c", conf, *args)
    assert ours == postfix("-c", conf, *args)
    assert ours[0] == 0


def test_entry_layout(tmp_path):
    conf = make_conf(tmp_path / "c", STYLED)
    status, out, err = postconf("-c", conf, "-M", "relay", "postlog",
                                "store-and-forward-long-name")
    assert (status, err) == (0, "")
    assert out == (
        "relay      unix  -       -       y       -       -       smtp"
        " -o syslog_name=postfix/$service_name -o smtp_helo_timeout=5s"
        " -o smtp_tls_security_level=encrypt\n"
        "postlog    unix-dgram n  -       n       -       1       postlogd\n"
        "store-and-forward-long-name unix - - n   -       -       lmtp\n")
    # Folded: each -o on a line of its own, no line longer than 79.
    out = postconf("-c", conf, "-Mf", "slow")[1]
    assert out == (
        "slow       unix  -       -       n       -       2       smtp\n"
        "    -o smtp_connect_timeout=60s\n"
        "    -o smtp_helo_name=slow-outbound-relay.example.org\n"
        "    -o smtp_bind_address=192.0.2.10\n"
        "    -o smtp_destination_concurrency_limit=1\n")
    # -x expands $service_name as the service sees it.
    out = postconf("-c", conf, "-Px", "relay/unix/syslog_name")[1]
    assert out == "relay/unix/syslog_name = postfix/relay\n"


def test_fields_and_params(tmp_path):
    conf = make_conf(tmp_path / "c", STYLED)
    assert postconf("-c", conf, "-F", "qmgr/unix") == (0, (
        "qmgr/unix/service = qmgr\n"
        "qmgr/unix/type = unix\n"
        "qmgr/unix/private = n\n"
        "qmgr/unix/unprivileged = -\n"
        "qmgr/unix/chroot = n\n"
        "qmgr/unix/wakeup = 300\n"
        "qmgr/unix/process_limit = 1\n"
        "qmgr/unix/command = qmgr\n"), "")
    assert postconf("-c", conf, "-Fh", "tlsmgr/unix/wakeup") == (0, "1000?\n", "")
    # -P sorts each entry's settings by name; braces are gone.
    assert postconf("-c", conf, "-P", "lmtp/unix") == (0, (
        "lmtp/unix/lmtp_lhlo_name = store.example.org\n"
        "lmtp/unix/lmtp_tcp_port = 24\n"), "")


def test_options_end_at_first_argument(tmp_path):
    # As with getopt: after the first argument that is not an option, a
    # "-o" belongs to the program (pipe's argv=... -oi -f ...).
    conf = make_conf(tmp_path / "c", "p unix - n n - - pipe -o x=y"
                     " flags=R user=nobody argv=/usr/sbin/sendmail -oi -f $sender\n")
    out = postconf("-c", conf, "-P")[1]
    assert out == "p/unix/x = y\n"
    assert postconf("-c", conf, "-P") == postfix("-c", conf, "-P")
    assert postconf("-c", conf, "-Mf") == postfix("-c", conf, "-Mf")


def test_service_parameters(tmp_path):
    # A delivery service makes per-service parameters; -o names that no
    # program knows are reported.
    conf = make_conf(tmp_path / "c", "slow unix - - n - 2 smtp -o bogus_name=1\n",
                     "myhostname = host.example.com\n"
                     "slow_destination_concurrency_limit = 1\n"
                     "slow_destination_rate_delay = 5s\n")
    status, out, err = postconf("-c", conf, "-n")
    assert status == 0
    assert out.splitlines()[2:] == ["slow_destination_concurrency_limit = 1",
                                    "slow_destination_rate_delay = 5s"]
    assert err == "postconf: warning: %s/master.cf: unused parameter: bogus_name=1\n" \
        % conf
    assert postfix("-c", conf, "-n") == (status, out, err)
    assert postconf("-c", conf, "-d", "slow_destination_recipient_limit")[1] == \
        "slow_destination_recipient_limit = $default_destination_recipient_limit\n"


# ---- bad input --------------------------------------------------------------

def one_line_error(result, text):
    status, out, err = result
    assert status == 1 and out == ""
    assert err.count("\n") == 1 and err.startswith("postconf: fatal: "), err
    assert text in err, err


@pytest.mark.parametrize("master,text", [
    ("smtp unix - - n - - smtp\nbad unix -\n", "line 2: missing"),
    ("bad bogus - - n - - smtp\n", "line 1: bad transport type: bogus"),
    ("bad unix - - maybe - - smtp\n", "line 1: field \"chroot\": bad value"),
    ("bad unix - - n x - smtp\n", "line 1: field \"wakeup_time\""),
    ("bad unix - - n - - smtp -o\n", "line 1: option \"-o\" requires"),
    ("bad unix - - n - - smtp -o { a = b\n", "line 1: missing \"}\""),
])
def test_bad_master_cf(tmp_path, master, text):
    conf = make_conf(tmp_path / "c", master)
    for mode in ("-M", "-F", "-P", "-n"):
        one_line_error(postconf("-c", conf, mode),
                       "file %s/master.cf: %s" % (conf, text))


def test_missing_master_cf(tmp_path):
    conf = tmp_path / "c"
    conf.mkdir()
    (conf / "main.cf").write_text("myhostname = host.example.com\n")
    for mode in ("-M", "-F", "-P"):
        result = postconf("-c", conf, mode)
        one_line_error(result, "open %s/master.cf: No such file or directory" % conf)
        assert postfix("-c", conf, mode) == result


@pytest.mark.parametrize("args,text", [
    (("-M", "a/b/c"), "-M option requires service_name[/type]"),
    (("-M", "/unix"), "-M option requires service_name[/type]"),
    (("-F", "relay/unix/bogus"), "invalid service attribute name: \"bogus\""),
    (("-F", "a/b/c/d"), "-F option requires service_name[/type[/field]]"),
    (("-P", "a//c"), "-P option requires service_name[/type[/parameter]]"),
    (("-M", "-h"), "with option -M, do not specify -h"),
    (("-F", "-X", "a/b/c"), "with option -F, do not specify -X"),
    (("-P", "-#", "a/b/c"), "with option -P, do not specify -#"),
])
def test_bad_requests(tmp_path, args, text):
    conf = make_conf(tmp_path / "c", SHIPPED)
    one_line_error(postconf("-c", conf, *args), text)


# ---- edits ------------------------------------------------------------------

MASTER_CF = """\
# head comment
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
  -o smtp_helo_timeout=5s
#  -o smtp_connect_timeout=5s
  -o smtp_bind_address=192.0.2.1
pickup    unix  n       -       n       60      1       pickup
p         unix  -       n       n       -       -       pipe flags=R user=nobody argv=/bin/cat
error     unix  -       -       n       -       -       error
# tail comment
"""


def both(tmp_path, *args):
    """The same edit by Postlet and Postfix, on copies; both results."""
    results = []
    for who, prog in (("ours", postconf), ("theirs", postfix)):
        conf = make_conf(tmp_path / who, MASTER_CF)
        status, out, err = prog("-c", conf, *args)
        results.append((status, out, err.replace(str(conf), "DIR"),
                        (conf / "master.cf").read_text()))
    return results


def test_edit_entries(tmp_path):
    ours, theirs = both(tmp_path, "-Me",
                        "relay/unix=relay unix - - n - 4 smtp -o smtp_helo_timeout=9s",
                        "discard/unix=discard unix - - n - - discard")
    assert ours == theirs
    assert ours[:3] == (0, "", "")
    assert ours[3] == MASTER_CF.replace(
        "relay     unix  -       -       n       -       -       smtp\n"
        "  -o smtp_helo_timeout=5s\n"
        "#  -o smtp_connect_timeout=5s\n"
        "  -o smtp_bind_address=192.0.2.1\n",
        "relay      unix  -       -       n       -       4       smtp\n"
        "    -o smtp_helo_timeout=9s\n"
        "#  -o smtp_connect_timeout=5s\n") + \
        "discard    unix  -       -       n       -       -       discard\n"


def test_edit_keeps_trailing_comments(tmp_path):
    # Postfix moves comment lines that follow a changed entry in front of
    # it; Postlet leaves them where they are.
    conf = make_conf(tmp_path / "c", MASTER_CF)
    assert postconf("-c", conf, "-Fe", "error/unix/chroot=y") == (0, "", "")
    assert (conf / "master.cf").read_text().endswith(
        "error      unix  -       -       y       -       -       error\n"
        "# tail comment\n")


def test_remove_and_comment_entries(tmp_path):
    ours, theirs = both(tmp_path, "-MX", "relay/unix", "nosuch/unix")
    assert ours == theirs
    assert ours[:3] == (0, "", "")
    assert "relay" not in ours[3] and "#  -o smtp_connect_timeout=5s\n" in ours[3]
    ours, theirs = both(tmp_path / "2", "-M#", "relay/unix")
    assert ours == theirs
    assert ours[3] == MASTER_CF.replace("relay     unix", "#relay     unix").replace(
        "  -o smtp_helo_timeout", "#  -o smtp_helo_timeout").replace(
        "  -o smtp_bind", "#  -o smtp_bind")


def test_edit_fields(tmp_path):
    ours, theirs = both(tmp_path, "-Fe", "pickup/unix/wakeup=30",
                        "relay/unix/process_limit=7", "smtp/unix/chroot=y")
    assert ours == theirs
    assert ours[:3] == (0, "", "")
    assert "pickup     unix  n       -       n       30      1       pickup\n" in ours[3]
    assert ("relay      unix  -       -       n       -       7       smtp\n"
            "    -o smtp_helo_timeout=5s\n"
            "    -o smtp_bind_address=192.0.2.1\n") in ours[3]
    # The command field: the command with all its arguments.
    conf = make_conf(tmp_path / "c", MASTER_CF)
    assert postconf("-c", conf, "-Fe", "relay/unix/command=lmtp -o lmtp_tcp_port=2424") \
        == (0, "", "")
    assert postconf("-c", conf, "-M", "relay")[1] == \
        "relay      unix  -       -       n       -       -       lmtp -o lmtp_tcp_port=2424\n"
    # An entry that does not exist is reported, the rest is done.
    status, out, err = postconf("-c", conf, "-Fe", "nosuch/unix/chroot=y",
                                "smtp/unix/chroot=y")
    assert (status, out) == (0, "")
    assert err == 'postconf: warning: unmatched service_name/type: "nosuch/unix/chroot=y"\n'
    assert "smtp       unix  -       -       y" in (conf / "master.cf").read_text()


def test_edit_params(tmp_path):
    ours, theirs = both(tmp_path, "-Pe", "relay/unix/smtp_helo_timeout=1s",
                        "relay/unix/smtp_helo_name=relay.example.org",
                        "p/unix/smtp_helo_name=x.example.org")
    assert ours == theirs
    assert ours[:3] == (0, "", "")
    text = ours[3]
    assert ("relay      unix  -       -       n       -       -       smtp\n"
            "    -o smtp_helo_timeout=1s\n"
            "    -o smtp_bind_address=192.0.2.1\n"
            "    -o smtp_helo_name=relay.example.org\n") in text
    # A new option goes before the first argument that is not an option.
    assert ("p          unix  -       n       n       -       -       pipe\n"
            "    -o smtp_helo_name=x.example.org\n"
            "    flags=R user=nobody argv=/bin/cat\n") in text
    ours, theirs = both(tmp_path / "2", "-PX", "relay/unix/smtp_helo_timeout",
                        "relay/unix/not_set")
    assert ours == theirs
    assert ("relay      unix  -       -       n       -       -       smtp\n"
            "    -o smtp_bind_address=192.0.2.1\n") in ours[3]


def test_edit_param_with_blanks(tmp_path):
    # Postfix refuses this; Postlet writes the value in braces, which its
    # master.cf reader (and Postfix's) understands.
    conf = make_conf(tmp_path / "c", MASTER_CF)
    assert postconf("-c", conf, "-Pe",
                    "relay/unix/smtp_tls_security_level=may  encrypt") == (0, "", "")
    assert "    -o {smtp_tls_security_level=may  encrypt}\n" in \
        (conf / "master.cf").read_text()
    assert postconf("-c", conf, "-P", "relay/unix/smtp_tls_security_level") == \
        (0, "relay/unix/smtp_tls_security_level = may encrypt\n", "")


def test_edit_keeps_broken_entries(tmp_path):
    # Only the entries that change must be valid.
    conf = make_conf(tmp_path / "c", "broken entry\n" + MASTER_CF)
    assert postconf("-c", conf, "-Fe", "pickup/unix/wakeup=10") == (0, "", "")
    text = (conf / "master.cf").read_text()
    assert text.startswith("broken entry\n# head comment\n")
    assert postconf("-c", conf, "-MX", "broken/entry") == (0, "", "")
    assert postconf("-c", conf, "-M", "pickup") == (0, "pickup     unix  n       -"
                                                    "       n       10      1       pickup\n", "")


@pytest.mark.parametrize("args,text", [
    (("-Me",), "-Me, -MX or -M# requires service_name/type"),
    (("-Me", "relay=relay unix - - n - - smtp"), "requires service_name/type"),
    (("-Me", "relay/unix"), "missing '=' after attribute name"),
    (("-Me", "relay/unix=relay unix - -"), "missing"),
    (("-Me", "relay/unix=relay unix - - n - - smtp\n-o a=b"), "no multi-line input"),
    (("-MX", "relay"), "-Me, -MX or -M# requires service_name/type"),
    (("-Fe", "relay/unix/bogus=1"), "invalid service attribute name: \"bogus\""),
    (("-Fe", "relay/unix/chroot=maybe"), "invalid chroot field"),
    (("-Fe", "relay/unix/wakeup=soon"), "invalid wakeup field"),
    (("-Fe", "relay/unix/type=inet"), "invalid type field"),
    (("-Fe", "relay/unix=x"), "-Fe requires service_name/type/field=value"),
    (("-Pe", "relay/unix/a b=1"), "missing '=' after attribute name"),
    (("-Pe", "relay/unix/{x=1"), "bad parameter name"),
    (("-Pe", "relay/unix/x=a}b c"), "relay/unix/x=a}b c"),
    (("-PX", "relay/unix"), "-PX requires service_name/type/parameter"),
])
def test_bad_edits(tmp_path, args, text):
    conf = make_conf(tmp_path / "c", MASTER_CF)
    one_line_error(postconf("-c", conf, *args), text)
    assert (conf / "master.cf").read_text() == MASTER_CF
    assert sorted(os.listdir(conf)) == ["main.cf", "master.cf"]
