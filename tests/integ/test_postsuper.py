"""postsuper: delete, hold, release, requeue, structure check, purge.

postsuper logs to the mail log, and to standard error only when that is a
terminal: run() gives it a pseudo-terminal as standard error and returns
what appeared there (r.err) and what was added to maillog_file (r.log),
which postsuper writes itself because no postlogd runs here.
"""
import fcntl
import os
import re
import subprocess
import time

from conftest import BIN, Result
from queuefile import queue_file, place, record
from queuefile import make_queue as make_plain_queue


def make_queue(tmp_path, confdir):
    q = make_plain_queue(tmp_path, confdir)
    with open(confdir / "main.cf", "a") as f:
        f.write("maillog_file = %s/maillog\nmaillog_file_prefixes = %s\n"
                % (tmp_path, tmp_path))
    return q


def maillog(confdir):
    path = confdir.parent / "maillog"
    return path.read_text() if path.exists() else ""


def run(prog, *args, input=None, config_dir=None, tty=True):
    """Run prog with a terminal (or a pipe) as standard error."""
    env = dict(os.environ, MAIL_CONFIG=str(config_dir))
    before = maillog(config_dir)
    if not tty:
        proc = subprocess.run([os.path.join(BIN, prog)] + list(args),
                              input=(input or "").encode(), env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              timeout=60)
        res = Result(proc)
    else:
        master, slave = os.openpty()
        proc = subprocess.Popen([os.path.join(BIN, prog)] + list(args),
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=slave, env=env)
        os.close(slave)
        proc.stdin.write((input or "").encode())
        proc.stdin.close()
        chunks = []
        while True:
            try:
                data = os.read(master, 4096)
            except OSError:
                break
            if not data:
                break
            chunks.append(data)
        os.close(master)
        out = proc.stdout.read()
        proc.stdout.close()
        proc.wait(60)
        proc.stderr = b"".join(chunks).replace(b"\r\n", b"\n")
        proc.stdout = out
        res = Result(proc)
    res.log = maillog(config_dir)[len(before):]
    return res


def files(q, queue):
    out = []
    for d, _, names in os.walk(os.path.join(q, queue)):
        out += names
    return sorted(out)


def test_delete_one_all_stdin(tmp_path, confdir):
    q = make_queue(tmp_path, confdir)
    a = place(str(q), "deferred", queue_file())
    b = place(str(q), "hold", queue_file())
    c = place(str(q), "incoming", queue_file())
    (q / "defer" / a[0]).mkdir()
    (q / "defer" / a[0] / a).write_text("log")
    r = run("postsuper", "-d", a, config_dir=confdir)
    assert r.status == 0, r
    assert "postsuper: %s: removed" % a in r.err
    assert "postsuper: Deleted: 1 message\n" in r.err
    assert files(q, "deferred") == [] and files(q, "defer") == []
    r = run("postsuper", "-d", "-", input="%s\n%s\n../x\n" % (b, c), config_dir=confdir)
    assert "postsuper: Deleted: 2 messages" in r.err
    assert "invalid mail queue id: ../x" in r.err
    for i in range(3):
        place(str(q), "deferred", queue_file())
    h = place(str(q), "hold", queue_file())
    r = run("postsuper", "-d", "ALL", "deferred", config_dir=confdir)
    assert "postsuper: Deleted: 3 messages" in r.err
    assert files(q, "hold") == [h]
    r = run("postsuper", "-d", "ALL", config_dir=confdir)
    assert "postsuper: Deleted: 1 message\n" in r.err
    r = run("postsuper", "-d", "nosuchid", config_dir=confdir)
    assert "postsuper: Deleted: 0 messages" in r.err


def test_hold_release(tmp_path, confdir):
    q = make_queue(tmp_path, confdir)
    a = place(str(q), "deferred", queue_file())
    b = place(str(q), "incoming", queue_file())
    r = run("postsuper", "-h", "ALL", config_dir=confdir)
    assert "postsuper: Placed on hold: 2 messages" in r.err
    assert "%s: placed on hold" % a in r.err
    assert files(q, "hold") == sorted([a, b])
    old = time.time() - 10000
    os.utime(q / "hold" / a, (old, old))
    r = run("postsuper", "-H", a, config_dir=confdir)
    assert "postsuper: %s: released from hold" % a in r.err
    assert "postsuper: Released from hold: 1 message\n" in r.err
    path = q / "deferred" / a[0] / a
    assert path.exists()
    assert os.stat(path).st_mtime > time.time() - 100


def test_locked_message_is_skipped(tmp_path, confdir):
    q = make_queue(tmp_path, confdir)
    a = place(str(q), "active", queue_file())
    with open(q / "active" / a, "rb") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        r = run("postsuper", "-d", a, config_dir=confdir)
    assert "in use by another process" in r.err
    assert "Deleted: 0 messages" in r.err
    assert files(q, "active") == [a]


def test_requeue(tmp_path, confdir):
    q = make_queue(tmp_path, confdir)
    a = place(str(q), "deferred", queue_file(recipients=("x@example.org",),
                                             done=("done@example.org",)))
    r = run("postsuper", "-r", a, config_dir=confdir)
    assert r.status == 0, r
    assert "postsuper: %s: requeued" % a in r.err
    assert "postsuper: Requeued: 1 message\n" in r.err
    assert files(q, "deferred") == []
    drop = files(q, "maildrop")
    assert len(drop) == 1
    st = os.stat(q / "maildrop" / drop[0])
    assert st.st_mode & 0o100
    r = run("postcat", q / "maildrop" / drop[0], config_dir=confdir)
    assert r.status == 0, r
    assert "recipient: x@example.org" in r.out
    assert "done@example.org" not in r.out
    assert "message_size" not in r.out and "rewrite_context" not in r.out
    assert "hello" in r.out


def test_requeue_corrupt_left_alone(tmp_path, confdir):
    q = make_queue(tmp_path, confdir)
    a = place(str(q), "deferred", queue_file(end=False))
    r = run("postsuper", "-r", a, config_dir=confdir)
    assert "left in place" in r.err
    assert "Requeued: 0 messages" in r.err
    assert files(q, "deferred") == [a] and files(q, "maildrop") == []


def test_structure(tmp_path, confdir):
    q = make_queue(tmp_path, confdir)
    a = place(str(q), "deferred", queue_file())
    # In the wrong place after a hash_queue_names change.
    os.rename(q / "deferred" / a[0] / a, q / "deferred" / a)
    # A name that is not its inode's ID (restored from elsewhere).
    (q / "incoming" / "ABCDE12345").write_bytes(queue_file())
    # Stale and fresh temporary files, a bogus name.
    stale = q / "incoming" / "123.456"
    stale.write_bytes(b"x")
    old = time.time() - 8 * 86400
    os.utime(stale, (old, old))
    (q / "incoming" / "789.1").write_bytes(b"x")
    (q / "hold" / "bad.name.x").write_bytes(b"x")
    r = run("postsuper", "-s", config_dir=confdir)
    assert r.status == 0, r
    assert (q / "deferred" / a[0] / a).exists()
    assert not (q / "deferred" / a).exists()
    inc = files(q, "incoming")
    assert "ABCDE12345" not in inc and not stale.exists() and "789.1" in inc
    new = [n for n in inc if n != "789.1"][0]
    assert new[5:] == "%X" % os.stat(q / "incoming" / new).st_ino
    assert "Renamed to match inode number: 1 message" in r.err
    assert "QUEUE FILE NAMES WERE CHANGED TO MATCH INODE NUMBERS" in r.err
    assert "bogus file name: hold/bad.name.x" in r.err


def test_purge(tmp_path, confdir):
    q = make_queue(tmp_path, confdir)
    old = time.time() - 8 * 86400
    incomplete = place(str(q), "incoming", queue_file(end=False), mode=0o600)
    os.utime(q / "incoming" / incomplete, (old, old))
    fresh = place(str(q), "incoming", queue_file(end=False), mode=0o600)
    ready = place(str(q), "incoming", queue_file())
    os.utime(q / "incoming" / ready, (old, old))
    r = run("postsuper", "-p", config_dir=confdir)
    assert r.status == 0, r
    assert files(q, "incoming") == sorted([fresh, ready])


def test_bad_usage(tmp_path, confdir):
    make_queue(tmp_path, confdir)
    r = run("postsuper", "-d", "ALL", "nosuchqueue", config_dir=confdir)
    assert r.status != 0 and "invalid directory name: nosuchqueue" in r.err
    r = run("postsuper", "-x", config_dir=confdir)
    assert r.status != 0 and "usage" in r.err


def test_logs_to_maillog_and_terminal(tmp_path, confdir):
    """The mail log always has the lines (tag postfix/postsuper[pid]);
    standard error only when it is a terminal."""
    q = make_queue(tmp_path, confdir)
    a = place(str(q), "deferred", queue_file())
    b = place(str(q), "deferred", queue_file())
    r = run("postsuper", "-d", a, config_dir=confdir)
    assert r.status == 0, r
    assert "postsuper: Deleted: 1 message\n" in r.err
    assert re.search(r" postfix/postsuper\[\d+\]: %s: removed\n" % a, r.log), r.log
    assert re.search(r" postfix/postsuper\[\d+\]: Deleted: 1 message\n", r.log), r.log
    r = run("postsuper", "-d", b, config_dir=confdir, tty=False)
    assert r.status == 0, r
    assert r.err == "" and r.out == ""
    assert re.search(r" postfix/postsuper\[\d+\]: %s: removed\n" % b, r.log), r.log
    assert re.search(r" postfix/postsuper\[\d+\]: Deleted: 1 message\n", r.log), r.log
    # Fatal errors too.
    r = run("postsuper", "-d", "ALL", "nosuchqueue", config_dir=confdir, tty=False)
    assert r.status != 0 and r.err == ""
