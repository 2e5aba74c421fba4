"""postmap: build, query, dump, delete, incremental update, bad input.

Every case runs the built postmap against files in a temporary directory
and checks output, exit status and the one-line diagnostics, the way
Postfix's postmap behaves (exit 0 on success or a found key, 1 for not
found and for any error).
"""
import os
import stat

from conftest import run


def write(path, text):
    path.write_text(text)
    return path


def lines(text):
    return sorted(text.splitlines())


def test_build_and_query(tmp_path, confdir):
    src = write(tmp_path / "access", "# comment\n"
                "Example.COM   OK\n"
                "\n"
                "spam.example  REJECT go away\n"
                "cont          first\n"
                "   second\n")
    r = run("postmap", "cdb:%s" % src, config_dir=confdir)
    assert (r.status, r.out, r.err) == (0, "", "")
    assert (tmp_path / "access.cdb").exists()
    assert not (tmp_path / "access.cdb.tmp").exists()
    r = run("postmap", "-q", "example.com", "cdb:%s" % src, config_dir=confdir)
    assert (r.status, r.out) == (0, "OK\n")
    # Keys are folded on the way in and on the way out.
    r = run("postmap", "-q", "SPAM.example", "cdb:%s" % src, config_dir=confdir)
    assert (r.status, r.out) == (0, "REJECT go away\n")
    r = run("postmap", "-q", "cont", "cdb:%s" % src, config_dir=confdir)
    assert r.out == "first second\n"
    r = run("postmap", "-q", "missing", "cdb:%s" % src, config_dir=confdir)
    assert (r.status, r.out, r.err) == (1, "", "")


def test_default_type_and_hash_alias(tmp_path, confdir):
    src = write(tmp_path / "t", "a 1\n")
    # No type: default_database_type; hash is read as cdb, quietly.
    r = run("postmap", src, config_dir=confdir)
    assert (r.status, r.err) == (0, "")
    assert (tmp_path / "t.cdb").exists()
    r = run("postmap", "-q", "a", src, config_dir=confdir)
    assert (r.status, r.out, r.err) == (0, "1\n", "")
    # An explicit hash: says once that it is really cdb ...
    r = run("postmap", "hash:%s" % src, config_dir=confdir)
    assert r.status == 0
    assert r.err.count("\n") == 1 and "using cdb:%s" % src in r.err
    # ... but -q stays quiet, so that scripts can use its output.
    for t in ("hash", "btree", "lmdb", "dbm", "cdb"):
        r = run("postmap", "-q", "a", "%s:%s" % (t, src), config_dir=confdir)
        assert (r.status, r.out, r.err) == (0, "1\n", "")
    (confdir / "main.cf").write_text("default_database_type = cdb\n")
    r = run("postmap", "-q", "a", src, config_dir=confdir)
    assert (r.status, r.out) == (0, "1\n")


def test_query_stdin(tmp_path, confdir):
    src = write(tmp_path / "t", "foo bar\nb c\n")
    run("postmap", "cdb:%s" % src, config_dir=confdir)
    r = run("postmap", "-q", "-", "cdb:%s" % src,
            input="foo\n\n# x\n  foo\nnope\nFOO\nb\n", config_dir=confdir)
    assert r.status == 0
    assert r.out == "foo\tbar\nFOO\tbar\nb\tc\n"
    r = run("postmap", "-q", "-", "cdb:%s" % src, input="nope\n",
            config_dir=confdir)
    assert (r.status, r.out) == (1, "")
    r = run("postmap", "-q", "-", "cdb:%s" % src, input="", config_dir=confdir)
    assert r.status == 1


def test_query_several_tables(tmp_path, confdir):
    one = write(tmp_path / "one", "a from-one\n")
    two = write(tmp_path / "two", "a from-two\nb from-two\n")
    run("postmap", "cdb:%s" % one, "cdb:%s" % two, config_dir=confdir)
    args = ["cdb:%s" % one, "cdb:%s" % two, "inline:{c=inline}"]
    assert run("postmap", "-q", "a", *args, config_dir=confdir).out == "from-one\n"
    assert run("postmap", "-q", "b", *args, config_dir=confdir).out == "from-two\n"
    assert run("postmap", "-q", "c", *args, config_dir=confdir).out == "inline\n"
    r = run("postmap", "-q", "-", *args, input="c\nb\n", config_dir=confdir)
    assert r.out == "c\tinline\nb\tfrom-two\n"


def test_dump(tmp_path, confdir):
    src = write(tmp_path / "t", "k1 v1\nK2 v two\n\"q u\" v3\n")
    run("postmap", "cdb:%s" % src, config_dir=confdir)
    r = run("postmap", "-s", "cdb:%s" % src, config_dir=confdir)
    assert r.status == 0
    assert lines(r.out) == ['"q u"\tv3', "k1\tv1", "k2\tv two"]
    r = run("postmap", "-s", "texthash:%s" % src, config_dir=confdir)
    assert lines(r.out) == ['"q u"\tv3', "k1\tv1", "k2\tv two"]
    r = run("postmap", "-s", "inline:{a=b, {c = d e}}", config_dir=confdir)
    assert lines(r.out) == ["a\tb", "c\td e"]
    re = write(tmp_path / "re", "/a/ b\n")
    r = run("postmap", "-s", "regexp:%s" % re, config_dir=confdir)
    assert r.status == 1 and r.out == ""
    assert "sequential access is not supported" in r.err


def test_duplicates(tmp_path, confdir):
    src = write(tmp_path / "t", "a first\nb x\nA second\na third\n")
    r = run("postmap", "cdb:%s" % src, config_dir=confdir)
    assert r.status == 0
    assert r.err == ('postmap: warning: %s, line 3: duplicate entry: "A"\n'
                     'postmap: warning: %s, line 4: duplicate entry: "a"\n'
                     % (src, src))
    assert run("postmap", "-q", "a", "cdb:%s" % src, config_dir=confdir).out == "first\n"
    # -w: keep the first, quietly.
    r = run("postmap", "-w", "cdb:%s" % src, config_dir=confdir)
    assert (r.status, r.err) == (0, "")
    assert run("postmap", "-q", "a", "cdb:%s" % src, config_dir=confdir).out == "first\n"
    # -r: the last one wins, quietly, and no stale record is left.
    r = run("postmap", "-r", "cdb:%s" % src, config_dir=confdir)
    assert (r.status, r.err) == (0, "")
    assert run("postmap", "-q", "a", "cdb:%s" % src, config_dir=confdir).out == "third\n"
    r = run("postmap", "-s", "cdb:%s" % src, config_dir=confdir)
    assert lines(r.out) == ["a\tthird", "b\tx"]
    # -f: no folding, so nothing is a duplicate.
    r = run("postmap", "-f", "cdb:%s" % src, config_dir=confdir)
    assert (r.status, r.err) == (0, 'postmap: warning: %s, line 4: duplicate entry: "a"\n' % src)
    assert run("postmap", "-fq", "A", "cdb:%s" % src, config_dir=confdir).out == "second\n"
    assert run("postmap", "-fq", "a", "cdb:%s" % src, config_dir=confdir).out == "first\n"


def test_bad_lines_are_skipped(tmp_path, confdir):
    src = write(tmp_path / "t", "good value\nlonely\n\"unbalanced key\nalso good\n")
    r = run("postmap", "cdb:%s" % src, config_dir=confdir)
    assert r.status == 0
    assert r.err == ("postmap: warning: %s, line 2: expected format: key whitespace value\n"
                     "postmap: warning: %s, line 3: unbalanced '\"' in key -- ignoring this line\n"
                     % (src, src))
    r = run("postmap", "-s", "cdb:%s" % src, config_dir=confdir)
    assert lines(r.out) == ["also\tgood", "good\tvalue"]


def test_too_long_is_skipped(tmp_path, confdir):
    src = write(tmp_path / "t", "big %s\nsmall ok\n" % ("v" * 9000))
    r = run("postmap", "cdb:%s" % src, config_dir=confdir)
    assert r.status == 0
    assert "line 1: key longer than" in r.err and r.err.count("\n") == 1
    assert run("postmap", "-q", "big", "cdb:%s" % src, config_dir=confdir).status == 1
    assert run("postmap", "-q", "small", "cdb:%s" % src, config_dir=confdir).out == "ok\n"


def test_delete(tmp_path, confdir):
    src = write(tmp_path / "t", "a 1\nb 2\nc 3\n")
    run("postmap", "cdb:%s" % src, config_dir=confdir)
    r = run("postmap", "-d", "B", "cdb:%s" % src, config_dir=confdir)
    assert (r.status, r.out, r.err) == (0, "", "")
    assert run("postmap", "-q", "b", "cdb:%s" % src, config_dir=confdir).status == 1
    assert run("postmap", "-d", "b", "cdb:%s" % src, config_dir=confdir).status == 1
    r = run("postmap", "-d", "-", "cdb:%s" % src, input="zz\nc\n", config_dir=confdir)
    assert r.status == 0
    r = run("postmap", "-s", "cdb:%s" % src, config_dir=confdir)
    assert r.out == "a\t1\n"
    r = run("postmap", "-d", "-", "cdb:%s" % src, input="zz\n", config_dir=confdir)
    assert r.status == 1
    r = run("postmap", "-d", "a", "cdb:%s" % (tmp_path / "missing"), config_dir=confdir)
    assert r.status == 1
    assert r.err == ("postmap: fatal: open database %s.cdb: No such file or directory\n"
                     % (tmp_path / "missing"))


def test_incremental(tmp_path, confdir):
    src = write(tmp_path / "t", "a 1\n")
    run("postmap", "cdb:%s" % src, config_dir=confdir)
    r = run("postmap", "-i", "cdb:%s" % src, input="b 2\nA dup\nc 3\n", config_dir=confdir)
    assert r.status == 0
    assert r.err == 'postmap: warning: stdin, line 2: duplicate entry: "A"\n'
    r = run("postmap", "-s", "cdb:%s" % src, config_dir=confdir)
    assert lines(r.out) == ["a\t1", "b\t2", "c\t3"]
    r = run("postmap", "-ri", "cdb:%s" % src, input="a replaced\n", config_dir=confdir)
    assert (r.status, r.err) == (0, "")
    r = run("postmap", "-s", "cdb:%s" % src, config_dir=confdir)
    assert lines(r.out) == ["a\treplaced", "b\t2", "c\t3"]
    # A table that does not exist yet is created.
    new = tmp_path / "new"
    r = run("postmap", "-i", "cdb:%s" % new, input="x y\n", config_dir=confdir)
    assert r.status == 0
    assert run("postmap", "-q", "x", "cdb:%s" % new, config_dir=confdir).out == "y\n"


def test_null_bytes(tmp_path, confdir):
    src = write(tmp_path / "t", "a 1\n")
    run("postmap", "-N", "cdb:%s" % src, config_dir=confdir)
    assert (tmp_path / "t.cdb").read_bytes().find(b"a\x001\x00") > 0
    assert run("postmap", "-q", "a", "cdb:%s" % src, config_dir=confdir).out == "1\n"
    assert run("postmap", "-Nq", "a", "cdb:%s" % src, config_dir=confdir).out == "1\n"
    assert run("postmap", "-nq", "a", "cdb:%s" % src, config_dir=confdir).status == 1
    run("postmap", "-n", "cdb:%s" % src, config_dir=confdir)
    assert (tmp_path / "t.cdb").read_bytes().find(b"a1") > 0
    assert run("postmap", "-Nq", "a", "cdb:%s" % src, config_dir=confdir).status == 1


def test_permissions(tmp_path, confdir):
    src = write(tmp_path / "secret", "user pass\n")
    os.chmod(src, 0o600)
    run("postmap", "cdb:%s" % src, config_dir=confdir)
    assert stat.S_IMODE(os.stat(str(src) + ".cdb").st_mode) == 0o600
    os.chmod(src, 0o644)
    os.unlink(str(src) + ".cdb")
    run("postmap", "cdb:%s" % src, config_dir=confdir)
    assert stat.S_IMODE(os.stat(str(src) + ".cdb").st_mode) == 0o644
    os.chmod(src, 0o600)
    os.unlink(str(src) + ".cdb")
    run("postmap", "-p", "cdb:%s" % src, config_dir=confdir)
    assert stat.S_IMODE(os.stat(str(src) + ".cdb").st_mode) == 0o644


def test_pattern_tables(tmp_path, confdir):
    re = write(tmp_path / "re", "/^(.*)@(.*)$/   user=$1 domain=${2}\n"
               "if !/^owner-/\n/-outgoing$/  550 no\nendif\n")
    r = run("postmap", "-q", "Joe@Example.COM", "regexp:%s" % re, config_dir=confdir)
    assert (r.status, r.out) == (0, "user=Joe domain=Example.COM\n")
    assert run("postmap", "-q", "list-outgoing", "regexp:%s" % re, config_dir=confdir).out == "550 no\n"
    assert run("postmap", "-q", "owner-outgoing", "regexp:%s" % re, config_dir=confdir).status == 1
    ci = write(tmp_path / "ci", "192.168.1.1 OK\n192.168.0.0/16 REJECT\n[2001:db8::]/32 V6\n")
    assert run("postmap", "-q", "192.168.1.1", "cidr:%s" % ci, config_dir=confdir).out == "OK\n"
    assert run("postmap", "-q", "192.168.7.7", "cidr:%s" % ci, config_dir=confdir).out == "REJECT\n"
    assert run("postmap", "-q", "2001:db8::7", "cidr:%s" % ci, config_dir=confdir).out == "V6\n"
    assert run("postmap", "-q", "10.0.0.1", "cidr:%s" % ci, config_dir=confdir).status == 1
    assert run("postmap", "-q", "x", "static:{ any thing }", config_dir=confdir).out == "any thing\n"


def test_header_body_queries(tmp_path, confdir):
    re = write(tmp_path / "checks", "/^Subject: .*money/ REJECT subject\n"
               "/^To:.*\\n.*multi/m  MULTI\n/^body/ BODY\n")
    msg = "Subject: make money\nTo: a,\n multi\nX: y\n\nbody line\nSubject: money in body\n"
    r = run("postmap", "-hq", "-", "regexp:%s" % re, input=msg, config_dir=confdir)
    assert r.status == 0
    assert r.out == "Subject: make money\tREJECT subject\nTo: a,\n multi\tMULTI\n"
    r = run("postmap", "-bq", "-", "regexp:%s" % re, input=msg, config_dir=confdir)
    assert r.out == "body line\tBODY\nSubject: money in body\tREJECT subject\n"
    r = run("postmap", "-hbq", "-", "regexp:%s" % re, input=msg, config_dir=confdir)
    assert r.out.count("\n") == 5
    r = run("postmap", "-hq", "key", "regexp:%s" % re, config_dir=confdir)
    assert r.status == 1 and "only with \"-q -\"" in r.err


def one_line_error(r, text):
    """A failure: exit status 1 and exactly one fatal line on stderr."""
    assert r.status == 1, r
    assert r.out == ""
    assert r.err.count("\n") == 1 and r.err.startswith("postmap: fatal: "), r
    assert text in r.err, r


def test_bad_input(tmp_path, confdir):
    d = str(tmp_path)
    one_line_error(run("postmap", "-q", "x", "foo:bar", config_dir=confdir),
                   "unsupported dictionary type: foo")
    one_line_error(run("postmap", "%s/none" % d, config_dir=confdir),
                   "open %s/none: No such file or directory" % d)
    one_line_error(run("postmap", "-q", "x", "cdb:%s/none" % d, config_dir=confdir),
                   "open database %s/none.cdb: No such file or directory" % d)
    one_line_error(run("postmap", "-q", "x", "regexp:%s/none" % d, config_dir=confdir),
                   "open %s/none: No such file or directory" % d)
    one_line_error(run("postmap", d, config_dir=confdir), "Is a directory")
    write(tmp_path / "re", "/ok/ x\n/bad(/ y\n")
    one_line_error(run("postmap", "-q", "ok", "regexp:%s/re" % d, config_dir=confdir),
                   "regexp map %s/re, line 2: " % d)
    write(tmp_path / "re2", "if /a/\n/b/ x\n")
    one_line_error(run("postmap", "-q", "ab", "regexp:%s/re2" % d, config_dir=confdir),
                   "regexp map %s/re2, line 1: IF has no matching ENDIF" % d)
    write(tmp_path / "ci", "1.2.3.4/24 x\n")
    one_line_error(run("postmap", "-q", "1.2.3.4", "cidr:%s/ci" % d, config_dir=confdir),
                   "cidr map %s/ci, line 1: non-null host address bits" % d)
    write(tmp_path / "ci2", "1.2.3.0/33 x\n")
    one_line_error(run("postmap", "-q", "1.2.3.4", "cidr:%s/ci2" % d, config_dir=confdir),
                   "cidr map %s/ci2, line 1: bad mask length" % d)
    one_line_error(run("postmap", "regexp:%s/re" % d, config_dir=confdir),
                   "regexp does not support bulk-mode creation")
    one_line_error(run("postmap", "-q", "x", "inline:{a=b", config_dir=confdir), "bad syntax")
    one_line_error(run("postmap", "-q", "x", "static:", config_dir=confdir), "type:name")
    write(tmp_path / "junk.cdb", "this is not a cdb file")
    one_line_error(run("postmap", "-q", "x", "cdb:%s/junk" % d, config_dir=confdir),
                   "not a cdb file")
    one_line_error(run("postmap", config_dir=confdir), "usage: postmap")
    one_line_error(run("postmap", "-z", "x", config_dir=confdir), "invalid option -- 'z'")
    one_line_error(run("postmap", "-q", config_dir=confdir), "requires an argument -- 'q'")
    one_line_error(run("postmap", "-q", "a", "-s", "x", config_dir=confdir),
                   "specify only one of -s -q or -d")
    one_line_error(run("postmap", "-q", "a", "x", config_dir=tmp_path / "noconf"),
                   "main.cf: No such file or directory")


def test_unwritable_directory(tmp_path, confdir):
    if os.geteuid() == 0:
        # root writes anyway: use a path below a regular file instead.
        blocker = write(tmp_path / "file", "")
        r = run("postmap", "-i", "cdb:%s/t" % blocker, input="a b\n", config_dir=confdir)
    else:
        ro = tmp_path / "ro"
        ro.mkdir()
        write(ro / "t", "a b\n")
        os.chmod(ro, 0o555)
        r = run("postmap", "cdb:%s/t" % ro, config_dir=confdir)
    assert r.status == 1 and r.err.count("\n") == 1 and "fatal: open " in r.err


def test_hostile_source(tmp_path, confdir):
    # Binary garbage, NUL bytes, very long lines: warnings at most, no crash.
    data = bytes(range(256)) * 50 + b"\n" + b"k " + b"x" * 100000 + b"\n\x00\x00 z\n"
    src = tmp_path / "garbage"
    src.write_bytes(data)
    r = run("postmap", "cdb:%s" % src, config_dir=confdir)
    assert r.status == 0
    r = run("postmap", "-s", "cdb:%s" % src, config_dir=confdir)
    assert r.status == 0
    r = run("postmap", "-q", "-", "cdb:%s" % src, input=data, config_dir=confdir)
    assert r.status in (0, 1)


def test_concurrent_updates(tmp_path, confdir):
    # Updates of one table wait for each other: none is lost.
    import subprocess
    from conftest import BIN
    src = write(tmp_path / "t", "seed x\n")
    run("postmap", "cdb:%s" % src, config_dir=confdir)
    env = dict(os.environ, MAIL_CONFIG=str(confdir))
    procs = [subprocess.Popen([os.path.join(BIN, "postmap"), "-i", "cdb:%s" % src],
                              stdin=subprocess.PIPE, env=env)
             for _ in range(20)]
    # Each one holds the lock while it reads its input: feed them all first.
    for i, p in enumerate(procs):
        p.stdin.write(("key%d value%d\n" % (i, i)).encode())
        p.stdin.close()
    for p in procs:
        assert p.wait(timeout=60) == 0
    r = run("postmap", "-s", "cdb:%s" % src, config_dir=confdir)
    assert len(r.out.splitlines()) == 21
    assert not os.path.exists(str(src) + ".cdb.tmp")


def test_runs_as_source_owner(confdir):
    # Run by root on a file owned by another user, postmap builds the table
    # as that user (-o: as root). Run by anyone else, ownership is ours.
    import shutil
    import tempfile
    d = tempfile.mkdtemp(prefix="postmap-owner-")
    try:
        os.chmod(d, 0o777)
        src = os.path.join(d, "t")
        with open(src, "w") as f:
            f.write("a b\n")
        owner = 65534 if os.geteuid() == 0 else os.geteuid()
        if os.geteuid() == 0:
            os.chown(src, owner, owner)
        assert run("postmap", "cdb:%s" % src, config_dir=confdir).status == 0
        assert os.stat(src + ".cdb").st_uid == owner
        os.unlink(src + ".cdb")
        assert run("postmap", "-o", "cdb:%s" % src, config_dir=confdir).status == 0
        assert os.stat(src + ".cdb").st_uid == os.geteuid()
        assert run("postmap", "-q", "a", "cdb:%s" % src, config_dir=confdir).out == "b\n"
    finally:
        shutil.rmtree(d)
