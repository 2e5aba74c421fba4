"""postconf: main.cf parameters (display, defaults, expansion, warnings).

Real-world main.cf files (a null client, a relayhost with SASL and TLS)
are shown with -n, by name, with -x, -h, -H and -f, and the output is
compared with Postfix's own /usr/sbin/postconf on the same directory for
the parameters that both know. Bad input must give one clear line on
stderr and exit status 1, never a crash.
"""
import os
import pathlib
import shutil
import subprocess
import tempfile
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

# Parameters whose values say which product is running.
IDENTITY = {"mail_name", "mail_version", "mail_release_date", "process_id"}


def postfix(*args):
    """Run Postfix's postconf; stderr with Postfix's program name cut short."""
    aged(str(args[args.index("-c") + 1]))
    env = dict(os.environ)
    env.pop("MAIL_CONFIG", None)
    proc = subprocess.run([POSTFIX] + [str(a) for a in args], env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    err = proc.stderr.decode().replace(POSTFIX + ":", "postconf:")
    return proc.returncode, proc.stdout.decode(), err


def postconf(*args):
    r = run("postconf", *args)
    return r.status, r.out, r.err


def setup_conf(confdir, main_cf, master_cf=None):
    """Put a main.cf (a data file name or text) and master.cf in confdir."""
    if main_cf.endswith(".cf") and "\n" not in main_cf:
        shutil.copy(os.path.join(DATA, main_cf), confdir / "main.cf")
    else:
        (confdir / "main.cf").write_text(main_cf)
    if master_cf is None:
        shutil.copy(os.path.join(ROOT, "conf", "master.cf"), confdir / "master.cf")
    else:
        (confdir / "master.cf").write_text(master_cf)
    return confdir


def settings(text):
    """name -> line, for "name = value" output."""
    return {line.split(" =", 1)[0]: line for line in text.splitlines()}


def one_line_error(r_status, r_err, text):
    assert r_status == 1
    assert r_err.count("\n") == 1, r_err
    assert r_err.startswith("postconf: fatal: ") and text in r_err, r_err


# ---- real-world configurations ---------------------------------------------

def test_null_client(confdir):
    setup_conf(confdir, "null_client.cf")
    status, out, err = postconf("-c", confdir, "-n")
    assert (status, err) == (0, "")
    assert out == ("config_directory = %s\n"
                   "inet_interfaces = loopback-only\n"
                   "mydestination =\n"
                   "myhostname = hostname.example.com\n"
                   "myorigin = $mydomain\n"
                   "relayhost = $mydomain\n" % confdir)
    assert postfix("-c", confdir, "-n") == (status, out, err)


def test_null_client_expansion(confdir):
    setup_conf(confdir, "null_client.cf")
    # mydomain is computed from myhostname, then used by the others.
    status, out, err = postconf("-c", confdir, "-x", "myorigin", "relayhost",
                                "mydomain", "mydestination")
    assert (status, err) == (0, "")
    assert out == ("myorigin = example.com\n"
                   "relayhost = example.com\n"
                   "mydomain = example.com\n"
                   "mydestination =\n")
    assert postfix("-c", confdir, "-x", "myorigin", "relayhost", "mydomain",
                   "mydestination") == (status, out, err)
    # Without -x the values are shown as written.
    assert postconf("-c", confdir, "myorigin")[1] == "myorigin = $mydomain\n"


def test_relay_sasl_tls(confdir):
    setup_conf(confdir, "relay_sasl_tls.cf")
    status, out, err = postconf("-c", confdir, "-n")
    assert (status, err) == (0, "")
    got = settings(out)
    assert got["relayhost"] == "relayhost = [smtp.example.net]:587"
    assert got["smtp_sasl_auth_enable"] == "smtp_sasl_auth_enable = yes"
    assert got["smtp_sasl_password_maps"] == \
        "smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd"
    assert got["smtp_tls_security_level"] == "smtp_tls_security_level = encrypt"
    assert got["smtp_tls_CAfile"] == \
        "smtp_tls_CAfile = /etc/ssl/certs/ca-certificates.crt"
    assert len(got) == 12
    # Sorted by name, as Postfix does.
    assert out.splitlines() == sorted(out.splitlines())
    assert postfix("-c", confdir, "-n") == (status, out, err)
    # Expansion of a value that uses a default.
    status, out, err = postconf("-c", confdir, "-xh",
                                "smtp_tls_session_cache_database")
    assert (status, out, err) == (0, "btree:/var/lib/postfix/smtp_scache\n", "")
    # The SASL TLS options default to the plain ones when not set.
    setup_conf(confdir, "relay_sasl_tls.cf")
    text = (confdir / "main.cf").read_text().replace(
        "smtp_sasl_tls_security_options = noanonymous\n", "")
    (confdir / "main.cf").write_text(text)
    args = ("-c", confdir, "-x", "smtp_sasl_tls_security_options")
    assert postconf(*args) == (
        0, "smtp_sasl_tls_security_options = noanonymous\n", "")
    assert postfix(*args) == postconf(*args)


def test_named_and_unknown(confdir):
    setup_conf(confdir, "relay_sasl_tls.cf")
    status, out, err = postconf("-c", confdir, "relayhost", "no_such_thing",
                                "myhostname")
    assert status == 0
    assert out == "relayhost = [smtp.example.net]:587\nmyhostname = nas.example.org\n"
    assert err == "postconf: warning: no_such_thing: unknown parameter\n"
    assert postfix("-c", confdir, "relayhost", "no_such_thing",
                   "myhostname") == (status, out, err)
    # -n shows only what main.cf sets; -h and -H drop names or values.
    assert postconf("-c", confdir, "-n", "relayhost", "mynetworks") == \
        (0, "relayhost = [smtp.example.net]:587\n", "")
    assert postconf("-c", confdir, "-h", "relayhost", "relay_transport") == \
        (0, "[smtp.example.net]:587\nrelay\n", "")
    assert postconf("-c", confdir, "-H", "relayhost") == (0, "relayhost\n", "")


def test_mail_config_environment(confdir):
    setup_conf(confdir, "null_client.cf")
    r = run("postconf", "-h", "myhostname", config_dir=confdir)
    assert (r.status, r.out, r.err) == (0, "hostname.example.com\n", "")


def test_overrides(confdir):
    setup_conf(confdir, "null_client.cf")
    status, out, err = postconf("-c", confdir, "-o", "myhostname=other.example.net",
                                "-x", "myorigin")
    assert (status, out, err) == (0, "myorigin = example.net\n", "")
    status, out, err = postconf("-c", confdir, "-o", "bogus", "myorigin")
    one_line_error(status, err, "-o option")


# ---- defaults: generated from the tables, equal to Postfix's ---------------

def test_defaults_equal_postfix(confdir):
    setup_conf(confdir, "")
    status, out, err = postconf("-c", confdir, "-d")
    assert (status, err) == (0, "")
    ours = settings(out)
    pstatus, pout, perr = postfix("-c", confdir, "-d")
    theirs = settings(pout)
    assert pstatus == 0
    common = set(ours) & set(theirs)
    # Postlet implements a good part of Postfix.
    assert len(common) > 300
    different = [name for name in sorted(common - IDENTITY)
                 if ours[name] != theirs[name]]
    assert different == []
    # Some defaults that later issues rely on.
    for line in ("queue_directory = /var/spool/postfix",
                 "default_destination_concurrency_limit = 20",
                 "maximal_queue_lifetime = 5d",
                 "smtp_connect_timeout = 30s",
                 "smtp_tls_security_level =",
                 "relayhost =",
                 "myorigin = $myhostname",
                 "mail_name = Postlet"):
        assert line in out.splitlines()


def test_defaults_need_no_main_cf(tmp_path):
    # -d does not read main.cf, so it works without one (the master.cf
    # warning is Postfix's too).
    status, out, err = postconf("-c", tmp_path, "-d", "relayhost")
    assert (status, out) == (0, "relayhost =\n")
    assert err == "postconf: warning: open %s/master.cf: No such file or directory\n" \
        % tmp_path
    assert postfix("-c", tmp_path, "-d", "relayhost") == (status, out, err)


def test_defaults_ignore_main_cf(confdir):
    setup_conf(confdir, "myhostname = host.example.org\n")
    args = ("-c", confdir, "-dx", "myorigin", "mydomain")
    status, out, err = postconf(*args)
    assert (status, err) == (0, "")
    assert "example.org" not in out
    assert postfix(*args) == (status, out, err)


def test_all_parameters_equal_postfix(confdir):
    setup_conf(confdir, "relay_sasl_tls.cf")
    for mode in ((), ("-x",)):
        status, out, err = postconf("-c", confdir, *mode)
        assert (status, err) == (0, "")
        ours = settings(out)
        theirs = settings(postfix("-c", confdir, *mode)[1])
        assert out.splitlines() == sorted(out.splitlines())
        assert [n for n in sorted(set(ours) & set(theirs) - IDENTITY)
                if ours[n] != theirs[n]] == []
        assert ours["relayhost"] == "relayhost = [smtp.example.net]:587"


# ---- output layout ----------------------------------------------------------

def test_whitespace_and_folding(confdir):
    long_value = ", ".join("check_%02d_restriction" % n for n in range(12))
    setup_conf(confdir, "smtp_sasl_mechanism_filter = plain,  login\tcram-md5\n"
               "relayhost = [mail.example.com]:587\n"
               "alias_maps = %s\n"
               "mynetworks = 127.0.0.0/8\n"
               "    [::1]/128\n"
               "    # an inner comment\n"
               "    192.168.1.0/24\n"
               "mydestination =\n" % long_value)
    for args in (("-n",), ("-nf",), ("-nh",), ("-nfh",), ("-nH",)):
        status, out, err = postconf("-c", confdir, *args)
        assert status == 0
        assert postfix("-c", confdir, *args) == (status, out, err), args
    out = postconf("-c", confdir, "-f", "alias_maps")[1]
    lines = out.splitlines()
    assert len(lines) == 4 and all(len(line) <= 80 for line in lines)
    assert all(line.startswith("    ") for line in lines[1:])
    # Without -f the value stays on one line, blanks squeezed.
    assert postconf("-c", confdir, "mynetworks")[1] == \
        "mynetworks = 127.0.0.0/8 [::1]/128 192.168.1.0/24\n"
    assert postconf("-c", confdir, "-h", "smtp_sasl_mechanism_filter")[1] == \
        "plain, login cram-md5\n"


def test_fold_boundary(confdir):
    # 80 columns fit on a line, 81 do not.
    for width in (79, 80, 81, 82):
        value = "x" * (width - len("relayhost = ") - 3) + " yy"
        setup_conf(confdir, "relayhost = %s\n" % value)
        status, out, err = postconf("-c", confdir, "-f", "relayhost")
        assert postfix("-c", confdir, "-f", "relayhost") == (status, out, err)
        assert (len(out.splitlines()) == 1) == (width <= 80)


# ---- unused and undefined parameters ----------------------------------------

def test_unused_parameters(confdir):
    setup_conf(confdir, "relayhost = [mail.example.com]\n"
               "my_networks = 10.0.0.0/8\n"
               "mynetworks = $my_networks\n"
               "tyop_parameter = 1\n"
               "relay_destination_concurrency_limit = 2\n"
               "bogus_destination_concurrency_limit = 2\n"
               "sender = $undefined_thing\n")
    status, out, err = postconf("-c", confdir, "-n")
    assert status == 0
    path = confdir / "main.cf"
    assert err.splitlines() == [
        "postconf: warning: %s: undefined parameter: undefined_thing" % path,
        "postconf: warning: %s: unused parameter: bogus_destination_concurrency_limit=2" % path,
        "postconf: warning: %s: unused parameter: sender=$undefined_thing" % path,
        "postconf: warning: %s: unused parameter: tyop_parameter=1" % path,
    ]
    # Used as $my_networks: a user-defined parameter, shown by -n. The
    # relay service in master.cf makes relay_destination_concurrency_limit.
    assert settings(out).keys() == {"config_directory", "my_networks",
                                    "mynetworks", "relayhost",
                                    "relay_destination_concurrency_limit"}
    pstatus, pout, perr = postfix("-c", confdir, "-n")
    assert (pstatus, pout) == (status, out)
    assert sorted(perr.splitlines()) == sorted(err.splitlines())
    # Without the relay service, that name is unused too.
    (confdir / "master.cf").write_text("smtp unix - - n - - smtp\n")
    err = postconf("-c", confdir, "-n")[2]
    assert "unused parameter: relay_destination_concurrency_limit=2" in err
    # Service-defined names show with their defaults.
    out = postconf("-c", confdir, "smtp_destination_concurrency_limit",
                   "smtp_initial_destination_concurrency")[1]
    assert out == ("smtp_destination_concurrency_limit = "
                   "$default_destination_concurrency_limit\n"
                   "smtp_initial_destination_concurrency = "
                   "$initial_destination_concurrency\n")


def test_unused_master_options(confdir):
    setup_conf(confdir, "helo = relay.example.com\n",
               "relay unix - - n - - smtp -o smtp_helo_name=$helo"
               " -o no_such_option=1 -o smtp_bind_address=$nowhere\n")
    status, out, err = postconf("-c", confdir, "-n")
    path = confdir / "master.cf"
    assert status == 0
    assert "helo = relay.example.com" in out.splitlines()
    assert err.splitlines() == [
        "postconf: warning: %s: undefined parameter: nowhere" % path,
        "postconf: warning: %s: unused parameter: no_such_option=1" % path,
    ]
    assert postfix("-c", confdir, "-n") == (status, out, err)


# ---- bad input --------------------------------------------------------------

def test_missing_main_cf(tmp_path):
    status, out, err = postconf("-c", tmp_path / "nowhere", "-n")
    one_line_error(status, err, "open %s/nowhere/main.cf: No such file or directory"
                   % tmp_path)
    assert out == ""
    assert postfix("-c", tmp_path / "nowhere", "-n") == (status, out, err)


def test_syntax_error(confdir):
    setup_conf(confdir, "myhostname = a.example\nthis is not a setting\n")
    status, out, err = postconf("-c", confdir, "-n")
    one_line_error(status, err, "%s/main.cf, line 2: missing '=' after "
                   "attribute name: \"this is not a setting\"" % confdir)
    assert postfix("-c", confdir, "-n") == (status, out, err)


def test_bad_master_cf(confdir):
    setup_conf(confdir, "", "smtp unix - - n - - smtp\nbroken unix -\n")
    status, out, err = postconf("-c", confdir, "-n")
    one_line_error(status, err, "file %s/master.cf: line 2: " % confdir)
    setup_conf(confdir, "", "smtp unix - - maybe - - smtp\n")
    one_line_error(*postconf("-c", confdir, "-n")[::2],
                   "file %s/master.cf: line 1: " % confdir)


def as_nobody(*args):
    """Run postconf as user nobody (we are root) or as ourselves."""
    prog = os.path.join(os.environ.get(
        "POSTLET_BIN", os.path.join(ROOT, "build", "native", "bin")), "postconf")

    def drop():
        if os.geteuid() == 0:
            os.setgroups([])
            os.setgid(65534)
            os.setuid(65534)
    env = dict(os.environ)
    env.pop("MAIL_CONFIG", None)
    proc = subprocess.run([prog] + [str(a) for a in args], env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          preexec_fn=drop)
    return proc.returncode, proc.stdout.decode(), proc.stderr.decode()


@pytest.fixture
def open_dir():
    """A directory that user nobody can reach (pytest's own is private)."""
    d = tempfile.mkdtemp(prefix="postconf-", dir="/tmp")
    os.chmod(d, 0o755)
    yield pathlib.Path(d)
    shutil.rmtree(d)


def test_unreadable_main_cf(open_dir):
    setup_conf(open_dir, "relayhost = x\n")
    os.chmod(open_dir / "main.cf", 0)
    status, out, err = as_nobody("-c", open_dir, "-n")
    one_line_error(status, err, "open %s/main.cf: Permission denied" % open_dir)
    assert out == ""


@pytest.mark.parametrize("args,text", [
    (("-Q",), "invalid option -- 'Q'"),
    (("-c",), "option -c requires an argument"),
    (("-d", "-n"), "specify one of -d -n"),
    (("-h", "-H"), "specify one of -h -H"),
    (("-e", "-n", "a=b"), "specify one of -e -n"),
    (("-M", "-d"), "with option -M, do not specify -d"),
    (("-M", "-F"), "specify one of -F -M"),
    (("-m",), "option -m is not supported by Postlet"),
])
def test_bad_options(confdir, args, text):
    status, out, err = postconf("-c", confdir, *args)
    one_line_error(status, err, text)
    assert out == ""


def test_hostile_main_cf(confdir):
    # Binary junk and a very long line are shown as they are.
    setup_conf(confdir, "")
    (confdir / "main.cf").write_bytes(b"myhostname = \xff\xfe\x01host\n"
                                      b"relayhost = " + b"a" * 100000 + b"\n")
    r = run("postconf", "-c", confdir, "-n", "relayhost", "myhostname")
    assert (r.status, r.err) == (0, "")
    assert r.out == "relayhost = %s\nmyhostname = \ufffd\ufffd\x01host\n" % ("a" * 100000)


@pytest.mark.parametrize("text,name", [
    ("alias_maps = $\n", "alias_maps"),
    ("mydestination = ${myhostname\n", "mydestination"),
    ("relayhost = ${\n", "relayhost"),
    ("myhostname = $mydomain\nmydomain = $myhostname\n", "mydomain"),
])
def test_bad_expansion(confdir, text, name):
    # A value that cannot be expanded is an error even when it is not
    # shown, as with Postfix.
    setup_conf(confdir, text)
    status, out, err = postconf("-c", confdir, "-n")
    one_line_error(status, err, "%s/main.cf: parameter %s: " % (confdir, name))
    assert out == ""
    assert postfix("-c", confdir, "-n")[0] == 1


def test_shipped_configuration(tmp_path):
    # conf/main.cf and conf/master.cf as installed: no warnings, and only
    # the settings that the file means to change.
    conf = tmp_path / "etc"
    conf.mkdir()
    for name in ("main.cf", "master.cf"):
        shutil.copy(os.path.join(ROOT, "conf", name), conf / name)
    status, out, err = postconf("-c", conf, "-n")
    assert (status, err) == (0, "")
    assert out == ("alias_database = hash:/etc/aliases\n"
                   "alias_maps = hash:/etc/aliases\n"
                   "compatibility_level = 3.7\nconfig_directory = %s\n" % conf)
    status, out, err = postconf("-c", conf)
    assert (status, err) == (0, "")
    assert "relay_destination_concurrency_limit = " \
        "$default_destination_concurrency_limit" in out.splitlines()
    assert postfix("-c", conf, "-n") == postconf("-c", conf, "-n")
