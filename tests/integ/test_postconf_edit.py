"""postconf -e, -X and -#: rewriting main.cf.

The file must be replaced atomically (a new file renamed over the old
one, no temporary file left behind, permissions kept), comments and
layout must stay, continuation lines go with their setting, and any
error leaves main.cf untouched with one line on stderr and exit status
1. Where Postfix behaves the same, its /usr/sbin/postconf is run on a
copy of the same file and the results must be identical.
"""
import os
import pathlib
import shutil
import subprocess
import tempfile
import time

import pytest

from conftest import ROOT, run

POSTFIX = "/usr/sbin/postconf"


def aged(directory):
    """Date the files back: Postfix waits until a file it reads is at least
    a second old, which would make every comparison slow."""
    when = time.time() - 60
    if os.path.isdir(directory):
        for name in os.listdir(directory):
            os.utime(os.path.join(directory, name), (when, when))

MAIN_CF = """\
# Top comment, kept.
myhostname = old.example.com
mydestination = $myhostname,
    localhost.$mydomain,
    # an indented comment inside the setting
    localhost

relayhost = [old.example.net]
# relayhost = [commented.example.net]
mynetworks = 127.0.0.0/8
# Trailing comment, kept.
"""


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


def make_conf(path, text=MAIN_CF):
    path.mkdir(parents=True, exist_ok=True)
    (path / "main.cf").write_text(text)
    shutil.copy(os.path.join(ROOT, "conf", "master.cf"), path / "master.cf")
    return path


def both(tmp_path, *args, text=MAIN_CF):
    """Run the same edit with Postlet and Postfix on copies; return both."""
    ours = make_conf(tmp_path / "ours", text)
    theirs = make_conf(tmp_path / "theirs", text)
    r1 = postconf("-c", ours, *args)
    r2 = postfix("-c", theirs, *args)
    e1 = r1[2].replace(str(ours), "DIR")
    e2 = r2[2].replace(str(theirs), "DIR")
    return ((r1[0], r1[1], e1, (ours / "main.cf").read_text()),
            (r2[0], r2[1], e2, (theirs / "main.cf").read_text()))


def test_set_replaces_and_appends(tmp_path):
    ours, theirs = both(tmp_path, "-e", "mydestination=",
                        "relayhost = [smtp.example.net]:587")
    assert ours == theirs
    assert ours[:3] == (0, "", "")
    assert ours[3] == MAIN_CF.replace(
        "mydestination = $myhostname,\n    localhost.$mydomain,\n", "mydestination = \n").replace(
        "    localhost\n", "").replace(
        "relayhost = [old.example.net]", "relayhost = [smtp.example.net]:587")
    # A new name goes at the end, blanks around name and value trimmed.
    ours, theirs = both(tmp_path / "2", "-e", "  smtp_tls_security_level  =  encrypt ")
    assert ours == theirs
    assert ours[3] == MAIN_CF + "smtp_tls_security_level = encrypt\n"


def test_set_several_new_in_order(tmp_path):
    conf = make_conf(tmp_path / "c")
    status, out, err = postconf("-c", conf, "-e", "b_param=2", "a_param=1",
                                "b_param=3")
    assert (status, out) == (0, "")
    assert err == "postconf: warning: ignoring earlier request: 'b_param = 2'\n"
    assert (conf / "main.cf").read_text() == MAIN_CF + "b_param = 3\na_param = 1\n"


def test_remove(tmp_path):
    ours, theirs = both(tmp_path, "-X", "mydestination", "relayhost",
                        "not_there")
    assert ours == theirs
    assert ours[:3] == (0, "", "")
    assert ours[3] == ("# Top comment, kept.\n"
                       "myhostname = old.example.com\n"
                       "    # an indented comment inside the setting\n"
                       "\n"
                       "# relayhost = [commented.example.net]\n"
                       "mynetworks = 127.0.0.0/8\n"
                       "# Trailing comment, kept.\n")


def test_comment_out(tmp_path):
    ours, theirs = both(tmp_path, "-#", "mydestination", "mynetworks")
    assert ours == theirs
    assert ours[:3] == (0, "", "")
    assert ours[3] == MAIN_CF.replace(
        "mydestination = $myhostname,\n    localhost.$mydomain,\n",
        "#mydestination = $myhostname,\n#    localhost.$mydomain,\n").replace(
        "    localhost\n", "#    localhost\n").replace(
        "mynetworks =", "#mynetworks =")
    # The result reads back: the commented setting is gone.
    conf = make_conf(tmp_path / "c", ours[3])
    assert postconf("-c", conf, "-n", "mydestination") == (0, "", "")


def test_multiple_entries(tmp_path):
    text = "myhostname = a\nrelayhost = x\nmyhostname = b\n"
    ours, theirs = both(tmp_path, "-e", "myhostname=c", text=text)
    assert ours == theirs
    assert ours[2] == 'postconf: warning: DIR/main.cf: multiple entries for "myhostname"\n'
    assert ours[3] == "myhostname = c\nrelayhost = x\nmyhostname = c\n"


def test_no_final_newline(tmp_path):
    conf = make_conf(tmp_path / "c", "relayhost = x")
    assert postconf("-c", conf, "-e", "myhostname=h.example") == (0, "", "")
    assert (conf / "main.cf").read_text() == "relayhost = x\nmyhostname = h.example\n"


def test_repairs_broken_main_cf(tmp_path):
    # Edits work on text, so a main.cf with errors can still be fixed.
    conf = make_conf(tmp_path / "c", "this is garbage\nrelayhost = ${\n")
    assert postconf("-c", conf, "-n")[0] == 1
    assert postconf("-c", conf, "-X", "this") == (0, "", "")
    assert postconf("-c", conf, "-e", "relayhost=[mx.example.com]") == (0, "", "")
    assert postconf("-c", conf, "-n", "relayhost") == \
        (0, "relayhost = [mx.example.com]\n", "")


def test_atomic_replacement(tmp_path):
    conf = make_conf(tmp_path / "c")
    main_cf = conf / "main.cf"
    os.chmod(main_cf, 0o640)
    before = os.stat(main_cf)
    # A reader that holds the old file open keeps seeing all of it.
    with open(main_cf) as reader:
        assert postconf("-c", conf, "-e", "relayhost=[new.example.net]") == (0, "", "")
        assert reader.read() == MAIN_CF
    after = os.stat(main_cf)
    assert after.st_ino != before.st_ino
    assert after.st_mode & 0o7777 == 0o640
    assert sorted(os.listdir(conf)) == ["main.cf", "master.cf"]
    assert "relayhost = [new.example.net]\n" in main_cf.read_text()


def test_concurrent_editors(tmp_path):
    # Editors take turns: none of the changes is lost.
    conf = make_conf(tmp_path / "c", "")
    prog = os.path.join(os.environ.get(
        "POSTLET_BIN", os.path.join(ROOT, "build", "native", "bin")), "postconf")
    procs = [subprocess.Popen([prog, "-c", str(conf), "-e", "p%02d=%d" % (n, n)],
                              stderr=subprocess.PIPE) for n in range(20)]
    for p in procs:
        assert p.wait() == 0
        assert p.stderr.read() == b""
    lines = sorted((conf / "main.cf").read_text().splitlines())
    assert lines == ["p%02d = %d" % (n, n) for n in range(20)]
    assert sorted(os.listdir(conf)) == ["main.cf", "master.cf"]


@pytest.fixture
def open_dir():
    """A directory that user nobody can reach (pytest's own is private)."""
    d = tempfile.mkdtemp(prefix="postconf-", dir="/tmp")
    os.chmod(d, 0o755)
    yield pathlib.Path(d)
    shutil.rmtree(d)


def test_read_only_directory(open_dir):
    conf = make_conf(open_dir / "etc")
    os.chmod(conf, 0o555)
    prog = os.path.join(os.environ.get(
        "POSTLET_BIN", os.path.join(ROOT, "build", "native", "bin")), "postconf")

    def drop():
        # As root, permission bits do not stop us: become nobody.
        if os.geteuid() == 0:
            os.setgroups([])
            os.setgid(65534)
            os.setuid(65534)
    try:
        proc = subprocess.run([prog, "-c", str(conf), "-e", "relayhost=x"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              preexec_fn=drop)
    finally:
        os.chmod(conf, 0o755)
    assert proc.returncode == 1
    assert proc.stderr.decode() == \
        "postconf: fatal: open %s/main.cf.tmp: Permission denied\n" % conf
    assert (conf / "main.cf").read_text() == MAIN_CF
    assert sorted(os.listdir(conf)) == ["main.cf", "master.cf"]


@pytest.mark.parametrize("args,text", [
    (("-e",), "-e requires name=value argument"),
    (("-e", "no_equals"), "missing '=' after attribute name: \"no_equals\""),
    (("-e", "=value"), "missing attribute name: \"=value\""),
    (("-e", "two words=x"), "missing '=' after attribute name"),
    (("-e", "relayhost=a\nmyhostname=b"), "accepts no multi-line input"),
    (("-e", "#x=1"), "bad parameter name: \"#x=1\""),
    (("-X",), "-X or -# requires parameter name argument"),
    (("-X", "relayhost=x"), "-X accepts parameter names, not name=value"),
    (("-#", "a b"), "bad parameter name"),
    (("-e", "-x", "a=b"), "specify one of -e -x"),
    (("-X", "-o", "a=b", "c"), "-o does not apply to -e, -X or -#"),
])
def test_bad_arguments(tmp_path, args, text):
    conf = make_conf(tmp_path / "c")
    status, out, err = postconf("-c", conf, *args)
    assert status == 1 and out == ""
    assert err.count("\n") == 1 and err.startswith("postconf: fatal: ")
    assert text in err
    assert (conf / "main.cf").read_text() == MAIN_CF
    assert sorted(os.listdir(conf)) == ["main.cf", "master.cf"]


def test_missing_main_cf(tmp_path):
    conf = tmp_path / "c"
    conf.mkdir()
    status, out, err = postconf("-c", conf, "-e", "relayhost=x")
    assert (status, out) == (1, "")
    assert err == "postconf: fatal: open %s/main.cf for reading: " \
        "No such file or directory\n" % conf
    assert postfix("-c", conf, "-e", "relayhost=x") == (status, out, err)
    assert os.listdir(conf) == []
