"""A full disk under the queue: a 512 KB tmpfs mounted as queue_directory.

Needs root to mount (CI runs as root); as another user the tests are
skipped with that reason (a loop or FUSE filesystem needs privileges too).

test_submit_until_full: master, postlogd, pickup and cleanup run (no
qmgr, so that accepted mail stays in the queue and fills it). Messages are
submitted with sendmail until one is refused; then:
- the refusal is exit status 75 (EX_TEMPFAIL) and sendmail's last line of
  standard error is one line naming the cause (No space left on device);
- the queue is consistent: no file without its END record is visible as
  ready (maildrop/ mode 0744, incoming/ owner-execute bit), no unfinished
  file is left behind, `postsuper -s` finds nothing to fix and `postcat`
  reads every remaining file;
- after space returns (a filler file is removed) the next submissions
  succeed, and every message accepted before the disk filled up is still
  queued (found by its Subject token in incoming/ or maildrop/); a message
  that pickup could not hand to cleanup stays in maildrop/ and is picked up
  later. When qmgr and discard are built, qmgr is then added (postfix
  reload) and every accepted message must be delivered (status=sent).

test_cleanup_side_full: a message that fits in maildrop/ but not in
incoming/: pickup logs the write error, leaves the file in maildrop/ (no
half file in incoming/), and moves it on once space returns.
"""
import os
import re
import subprocess
import sys
import time

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "chaos"))

from master_instance import BIN, wait_for  # noqa: E402

EX_TEMPFAIL = 75


def records(data):
    """The (type, data) records of a queue file; None when malformed."""
    out = []
    pos = 0
    while pos < len(data):
        rtype = chr(data[pos])
        pos += 1
        length = shift = 0
        while True:
            if pos >= len(data) or shift > 28:
                return None
            byte = data[pos]
            pos += 1
            length |= (byte & 0x7f) << shift
            shift += 7
            if not byte & 0x80:
                break
        if pos + length > len(data):
            return None
        out.append((rtype, data[pos:pos + length]))
        pos += length
    return out


@pytest.fixture
def fullinst():
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs as queue_directory needs root")
    for prog in ("master", "postfix", "pickup", "cleanup", "postlogd", "sendmail",
                 "postdrop", "postsuper", "postcat"):
        if not os.path.exists(os.path.join(BIN, prog)):
            pytest.skip("%s not built" % prog)
    import chaos
    inst = chaos.Instance(False, services=["postlog", "pickup", "cleanup"])
    inst.write_master_cf(["postlog", "pickup", "cleanup"], pickup_wakeup=2)
    os.makedirs(inst.queue)
    mount = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=512k,mode=0755",
                            "postlet-test", inst.queue],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if mount.returncode != 0:
        inst.stop()
        pytest.skip("cannot mount a tmpfs: %s" % mount.stderr.decode().strip())
    inst.chaos = chaos
    try:
        yield inst
    finally:
        inst.stop(keep=True)
        subprocess.run(["umount", "-l", inst.queue])
        inst.stop()


def sendmail(inst, token, size=6000):
    body = "".join("%s line %d %s\n" % (token, i, "z" * 50) for i in range(size // 70))
    data = ("From: full@example.com\nSubject: %s\nMessage-ID: <%s@full.test>\n\n%s"
            % (token, token, body)).encode()
    return subprocess.run([os.path.join(BIN, "sendmail"), "-f", "full@example.com",
                           "rcpt@example.net"], input=data, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, env=inst.env, timeout=60)


def free_bytes(path):
    st = os.statvfs(path)
    return st.f_bavail * st.f_frsize


def fill(path, leave):
    """A filler file at the top of the tmpfs leaving about leave bytes."""
    filler = os.path.join(path, "filler")
    size = max(0, free_bytes(path) - leave) // 4096 * 4096
    with open(filler, "wb") as f:
        f.write(b"\0" * size)
        f.flush()
        os.fsync(f.fileno())
    return filler


def tokens_in(inst, queues=("maildrop", "incoming", "active", "deferred", "hold")):
    """{token: [paths]} of every full-N token found in queue files."""
    found = {}
    for q in queues:
        for path in inst.queue_files(q):
            with open(path, "rb") as f:
                for t in set(re.findall(rb"Subject: (full-\d+)", f.read())):
                    found.setdefault(t.decode(), []).append(path)
    return found


def check_consistent(inst):
    """No half file visible as ready, nothing for postsuper -s to fix,
    postcat reads every file."""
    for q, ready in (("maildrop", 0o744), ("incoming", 0o700 | 0o100)):
        for path in inst.queue_files(q):
            mode = os.stat(path).st_mode & 0o7777
            with open(path, "rb") as f:
                recs = records(f.read())
            if q == "maildrop":
                is_ready = mode == 0o744
            else:
                is_ready = bool(mode & 0o100)
            assert is_ready, "%s: unfinished file left behind (mode %o)" % (path, mode)
            assert recs is not None and recs[-1] == ("E", b""), \
                "%s: ready but incomplete: %r" % (path, recs and recs[-3:])
            qid = os.path.basename(path)
            cat = subprocess.run([os.path.join(BIN, "postcat"), "-c", inst.etc, "-q", qid],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 env=inst.env, timeout=30)
            assert cat.returncode == 0, (path, cat.stderr)
    fix = subprocess.run([os.path.join(BIN, "postsuper"), "-c", inst.etc, "-s"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         env=inst.env, timeout=60)
    assert fix.returncode == 0 and fix.stdout == b"" and fix.stderr == b"", \
        (fix.returncode, fix.stdout, fix.stderr)


def quiet(inst, seconds=1.5, timeout=30):
    """Wait until the maillog has not grown for seconds."""
    end = time.time() + timeout
    last, since = None, time.time()
    while time.time() < end:
        size = len(inst.maillog_text())
        if size != last:
            last, since = size, time.time()
        elif time.time() - since >= seconds:
            return
        time.sleep(0.2)


def deliver_all(inst, accepted):
    """Add qmgr and discard (postfix reload) and wait until every accepted
    token has a status=sent line."""
    chaos = inst.chaos
    with open(os.path.join(inst.etc, "main.cf"), "a") as f:
        f.write("default_transport = discard\nrelay_transport = discard\n"
                "local_transport = discard\n")
    inst.write_master_cf(chaos.mail_services(True), pickup_wakeup=2)
    code, err = inst.postfix("reload")
    assert code == 0, err

    def sent():
        log = inst.maillog_text()
        qids = {}
        for m in re.finditer(rb": ([0-9A-Za-z]+): message-id=<(full-\d+)@", log):
            qids[m.group(1)] = m.group(2).decode()
        done = set()
        for m in re.finditer(rb": ([0-9A-Za-z]+): to=<[^>]*>,.* status=sent ", log):
            if m.group(1) in qids:
                done.add(qids[m.group(1)])
        return done

    def all_sent():
        inst.postfix("flush")
        return accepted <= sent()

    assert wait_for(all_sent, timeout=90, step=1), \
        (sorted(accepted - sent()), inst.maillog_text()[-3000:])


def test_submit_until_full(fullinst):
    inst = fullinst
    code, err = inst.postfix("start")
    assert code == 0, err
    assert wait_for(lambda: b"daemon started" in inst.maillog_text()), inst.maillog_text()
    filler = fill(inst.queue, 160 * 1024)
    accepted, refusal = set(), None
    for n in range(200):
        token = "full-%d" % n
        res = sendmail(inst, token)
        if res.returncode == 0:
            accepted.add(token)
            continue
        refusal = res
        break
    assert refusal is not None, "the disk never filled up"
    assert len(accepted) >= 3, accepted
    err = refusal.stderr.decode("utf-8", "replace").strip().splitlines()
    assert refusal.returncode == EX_TEMPFAIL, (refusal.returncode, err)
    assert err and re.match(r"sendmail: fatal: .*No space left on device", err[-1]), err
    # A few more while the disk is still full: refused or accepted, never
    # anything else.
    for n in range(200, 203):
        res = sendmail(inst, "full-%d" % n)
        assert res.returncode in (0, EX_TEMPFAIL), res
        if res.returncode == 0:
            accepted.add("full-%d" % n)
    quiet(inst)
    check_consistent(inst)
    found = tokens_in(inst)
    assert accepted <= set(found), sorted(accepted - set(found))
    # Space returns: what pickup left in maildrop/ moves on by itself
    # (pickup's wakeup is 2 s here), and new mail is accepted again.
    os.unlink(filler)
    assert wait_for(lambda: inst.queue_files("maildrop") == [], timeout=30), \
        (inst.queue_files("maildrop"), inst.maillog_text()[-2000:])
    for n in range(300, 303):
        res = sendmail(inst, "full-%d" % n, size=2000)
        assert res.returncode == 0, res
        accepted.add("full-%d" % n)
    assert wait_for(lambda: inst.queue_files("maildrop") == [], timeout=30)
    quiet(inst)
    found = tokens_in(inst)
    assert accepted <= set(found), sorted(accepted - set(found))
    assert all(len(found[t]) == 1 for t in accepted), found
    check_consistent(inst)
    if os.path.exists(os.path.join(BIN, "qmgr")) and \
            os.path.exists(os.path.join(BIN, "discard")):
        deliver_all(inst, accepted)


def test_cleanup_side_full(fullinst):
    """Fits in maildrop/, not in incoming/: pickup retries later."""
    inst = fullinst
    # Mail system down (postfix check made the queue directories):
    # sendmail still queues in maildrop/, postdrop's wakeup of pickup
    # finds nobody.
    code, err = inst.postfix("check")
    assert code == 0, err
    res = sendmail(inst, "full-1", size=40000)
    assert res.returncode == 0, res
    assert len(inst.queue_files("maildrop")) == 1
    filler = fill(inst.queue, 16 * 1024)
    code, err = inst.postfix("start")
    assert code == 0, err
    assert wait_for(lambda: re.search(rb"pickup\[\d+\]: warning: maildrop/\w+: .*write error",
                                      inst.maillog_text()), timeout=30), \
        inst.maillog_text()
    quiet(inst)
    assert len(inst.queue_files("maildrop")) == 1
    assert inst.queue_files("incoming") == [], inst.queue_files("incoming")
    check_consistent(inst)
    os.unlink(filler)
    assert wait_for(lambda: inst.queue_files("maildrop") == [], timeout=30), \
        inst.maillog_text()[-2000:]
    quiet(inst)
    found = tokens_in(inst)
    assert list(found) == ["full-1"] and len(found["full-1"]) == 1, found
    assert "incoming" in found["full-1"][0]
    check_consistent(inst)
