"""postalias: aliases(5) source format, the "@" entry, queries, updates.

Output formats and diagnostics follow Postfix's postalias: "key:<TAB>value"
for -q - and -s, "need name:value pair" and "name must be local" warnings,
exit 0 on success or a found key, 1 otherwise.
"""
import os

from conftest import run

ALIASES = """# system aliases
root:       admin, "|/usr/bin/logger -t mail"
Postmaster: root
"Quoted Name": quoted
list:       :include:/etc/postlet/list,
            other@example.com
a\\:b:       escaped
bad line without colon
root:       duplicate
empty:
user@domain: refused
"""


def lines(text):
    return sorted(text.splitlines())


def build(tmp_path, confdir, text=ALIASES, *opts):
    src = tmp_path / "aliases"
    src.write_text(text)
    r = run("postalias", *(list(opts) + ["cdb:%s" % src]), config_dir=confdir)
    return src, r


def test_build(tmp_path, confdir):
    src, r = build(tmp_path, confdir)
    assert r.status == 0
    assert r.err == (
        "postalias: warning: %s, line 8: need name:value pair\n"
        "postalias: warning: %s, line 9: duplicate entry: \"root\"\n"
        "postalias: warning: %s, line 10: need name:value pair\n"
        "postalias: warning: %s, line 11: name must be local\n" % ((src,) * 4))
    r = run("postalias", "-s", "cdb:%s" % src, config_dir=confdir)
    assert r.status == 0
    assert lines(r.out) == sorted([
        "@:\t@",
        "a:b:\tescaped",
        "list:\t:include:/etc/postlet/list, other@example.com",
        "postmaster:\troot",
        "quoted name:\tquoted",
        'root:\tadmin, "|/usr/bin/logger -t mail"',
    ])


def test_query(tmp_path, confdir):
    src, _ = build(tmp_path, confdir)
    r = run("postalias", "-q", "POSTMASTER", "cdb:%s" % src, config_dir=confdir)
    assert (r.status, r.out) == (0, "root\n")
    r = run("postalias", "-q", "quoted name", "cdb:%s" % src, config_dir=confdir)
    assert (r.status, r.out) == (0, "quoted\n")
    r = run("postalias", "-q", "@", "cdb:%s" % src, config_dir=confdir)
    assert (r.status, r.out) == (0, "@\n")
    r = run("postalias", "-q", "nobody", "cdb:%s" % src, config_dir=confdir)
    assert (r.status, r.out) == (1, "")
    r = run("postalias", "-q", "-", "cdb:%s" % src, input="root\nnobody\nlist\n",
            config_dir=confdir)
    assert r.status == 0
    assert r.out == ('root:\tadmin, "|/usr/bin/logger -t mail"\n'
                     "list:\t:include:/etc/postlet/list, other@example.com\n")


def test_duplicate_options(tmp_path, confdir):
    text = "a: first\nA: second\n"
    src, r = build(tmp_path, confdir, text, "-w")
    assert (r.status, r.err) == (0, "")
    assert run("postalias", "-q", "a", "cdb:%s" % src, config_dir=confdir).out == "first\n"
    src, r = build(tmp_path, confdir, text, "-r")
    assert (r.status, r.err) == (0, "")
    assert run("postalias", "-q", "a", "cdb:%s" % src, config_dir=confdir).out == "second\n"
    src, r = build(tmp_path, confdir, text, "-f")
    assert (r.status, r.err) == (0, "")
    assert run("postalias", "-fq", "A", "cdb:%s" % src, config_dir=confdir).out == "second\n"


def test_incremental_and_delete(tmp_path, confdir):
    src, _ = build(tmp_path, confdir, "a: 1\n")
    r = run("postalias", "-i", "cdb:%s" % src, input="b: 2\nc 3\n", config_dir=confdir)
    assert r.status == 0
    assert r.err == "postalias: warning: stdin, line 2: need name:value pair\n"
    r = run("postalias", "-s", "cdb:%s" % src, config_dir=confdir)
    assert lines(r.out) == ["@:\t@", "a:\t1", "b:\t2"]
    r = run("postalias", "-d", "a", "cdb:%s" % src, config_dir=confdir)
    assert r.status == 0
    r = run("postalias", "-d", "a", "cdb:%s" % src, config_dir=confdir)
    assert r.status == 1
    r = run("postalias", "-s", "cdb:%s" % src, config_dir=confdir)
    assert lines(r.out) == ["@:\t@", "b:\t2"]


def test_alias_database_default(tmp_path, confdir):
    src = tmp_path / "aliases"
    src.write_text("root: admin\n")
    (confdir / "main.cf").write_text(
        "alias_database = hash:%s, cdb:%s/other\n" % (src, tmp_path))
    r = run("postalias", config_dir=confdir)
    assert r.status == 0
    assert (tmp_path / "aliases.cdb").exists()
    assert not (tmp_path / "other.cdb").exists()
    r = run("postalias", "-q", "root", config_dir=confdir)
    assert (r.status, r.out, r.err) == (0, "admin\n", "")


def test_null_bytes(tmp_path, confdir):
    src, _ = build(tmp_path, confdir, "a: b\n", "-N")
    data = (tmp_path / "aliases.cdb").read_bytes()
    assert data.find(b"a\x00b\x00") > 0 and data.find(b"@\x00@\x00") > 0
    assert run("postalias", "-q", "a", "cdb:%s" % src, config_dir=confdir).out == "b\n"


def test_bad_input(tmp_path, confdir):
    r = run("postalias", "cdb:%s/none" % tmp_path, config_dir=confdir)
    assert r.status == 1 and r.err.count("\n") == 1
    assert "open %s/none: No such file or directory" % tmp_path in r.err
    r = run("postalias", "-q", "x", "cdb:%s/none" % tmp_path, config_dir=confdir)
    assert r.status == 1 and r.err.count("\n") == 1
    assert "open database %s/none.cdb" % tmp_path in r.err
    r = run("postalias", "-b", "x", config_dir=confdir)
    assert r.status == 1 and "invalid option -- 'b'" in r.err
    (confdir / "main.cf").write_text("alias_database =\n")
    r = run("postalias", config_dir=confdir)
    assert r.status == 1 and "usage: postalias" in r.err
    # Hostile bytes: warnings, no crash.
    src = tmp_path / "garbage"
    src.write_bytes(bytes(range(1, 256)) * 20 + b"\n:\n\"::\n\\")
    r = run("postalias", "cdb:%s" % src, config_dir=confdir)
    assert r.status == 0
    assert os.path.exists(str(src) + ".cdb")
