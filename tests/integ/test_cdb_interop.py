"""Interoperability with Debian's cdb(1) tool (package tinycdb).

A table that postmap builds is readable by "cdb -q" and "cdb -d", and a
table that "cdb -c" builds is readable by postmap. The tool must be
installed ("make check" installs it): its absence is a failure, not a
skip.
"""
import shutil
import subprocess

from conftest import run

CDB = shutil.which("cdb") or "/usr/bin/cdb"


def cdb(*args, input=None):
    proc = subprocess.run([CDB] + [str(a) for a in args], input=input,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return proc.returncode, proc.stdout


def test_cdb_tool_present():
    assert shutil.which("cdb"), "the cdb tool (Debian package tinycdb) is missing"


def test_postmap_table_read_by_cdb(tmp_path, confdir):
    src = tmp_path / "transport"
    src.write_text("example.com   smtp:[relay.example.com]:587\n"
                   "Other.ORG     lmtp:unix:/run/dovecot/lmtp\n"
                   "\"a b\"@x      quoted key\n")
    r = run("postmap", "cdb:%s" % src, config_dir=confdir)
    assert r.status == 0, r
    table = "%s.cdb" % src
    assert cdb("-q", table, "example.com") == (0, b"smtp:[relay.example.com]:587")
    # postmap folded the key to lower case.
    assert cdb("-q", table, "other.org") == (0, b"lmtp:unix:/run/dovecot/lmtp")
    assert cdb("-q", table, '"a b"@x') == (0, b"quoted key")
    status, _ = cdb("-q", table, "missing")
    assert status == 100
    # The dump shows exactly the live records, in cdbmake format.
    status, out = cdb("-d", table)
    assert status == 0
    assert sorted(out.decode().splitlines()) == sorted([
        "+11,28:example.com->smtp:[relay.example.com]:587",
        "+9,27:other.org->lmtp:unix:/run/dovecot/lmtp",
        '+7,10:"a b"@x->quoted key',
        "",
    ])
    # After -r replacement and -d deletion there is still nothing stale.
    run("postmap", "-ri", "cdb:%s" % src, input="example.com relay2\n", config_dir=confdir)
    run("postmap", "-d", "other.org", "cdb:%s" % src, config_dir=confdir)
    status, out = cdb("-d", table)
    assert sorted(out.decode().splitlines()) == sorted([
        "+11,6:example.com->relay2", '+7,10:"a b"@x->quoted key', ""])


def test_postalias_table_read_by_cdb(tmp_path, confdir):
    src = tmp_path / "aliases"
    src.write_text("root: admin\n")
    assert run("postalias", "cdb:%s" % src, config_dir=confdir).status == 0
    assert cdb("-q", "%s.cdb" % src, "root") == (0, b"admin")
    assert cdb("-q", "%s.cdb" % src, "@") == (0, b"@")


def test_cdb_table_read_by_postmap(tmp_path, confdir):
    table = tmp_path / "made.cdb"
    records = b"+3,5:one->first\n+3,6:two->second\n+5,4:mixed->case\n+0,5:->empty\n\n"
    status, _ = cdb("-c", table, input=records)
    assert status == 0
    name = "cdb:%s" % (tmp_path / "made")
    assert run("postmap", "-q", "one", name, config_dir=confdir).out == "first\n"
    assert run("postmap", "-q", "TWO", name, config_dir=confdir).out == "second\n"
    r = run("postmap", "-q", "-", name, input="one\nnone\ntwo\n", config_dir=confdir)
    assert (r.status, r.out) == (0, "one\tfirst\ntwo\tsecond\n")
    r = run("postmap", "-s", name, config_dir=confdir)
    assert sorted(r.out.splitlines()) == ["\tempty", "mixed\tcase", "one\tfirst",
                                          "two\tsecond"]
    # -m: "key value" lines, the way an administrator might make one.
    status, _ = cdb("-c", "-m", tmp_path / "m.cdb", input=b"alpha beta gamma\n")
    assert status == 0
    r = run("postmap", "-q", "alpha", "hash:%s" % (tmp_path / "m"), config_dir=confdir)
    assert (r.status, r.out, r.err) == (0, "beta gamma\n", "")
    # An incremental update keeps cdb's records and stays readable by cdb.
    r = run("postmap", "-i", name, input="three third\n", config_dir=confdir)
    assert r.status == 0
    assert cdb("-q", table, "three") == (0, b"third")
    assert cdb("-q", table, "one") == (0, b"first")
