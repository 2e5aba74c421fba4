"""Corrupt queue files in incoming/: qmgr(8) moves them to corrupt/ with a
log line, and the good mail beside them is still delivered.

An instance with master, postlogd, pickup, cleanup, qmgr and discard (all
mail goes to discard:) gets, before it starts, queue files in incoming/
that are marked complete (mode 0700) but are not:
- a file without its END record (a crash or a bug cut it short);
- a file with a malformed record (a length running past the end);
- a file of garbage bytes;
- a file not marked complete and older than a day (abandoned);
and one good file, and a fresh unfinished file that must be left alone. After `postfix start` (qmgr is woken at once) and a
message submitted with sendmail, each bad file must be in corrupt/ (and no
longer in incoming/ or active/), with qmgr's "saving corrupt file" warning
naming it, and both good messages must be delivered (status=sent).
Garbage in maildrop/ (pickup's side) is tested in test_pickup.py.
"""
import os
import pwd
import re
import subprocess
import sys
import time

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "chaos"))

from master_instance import BIN, identity, wait_for  # noqa: E402
from queuefile import place, queue_file, record  # noqa: E402


@pytest.fixture
def inst():
    for prog in ("master", "postfix", "pickup", "cleanup", "postlogd", "sendmail",
                 "postdrop", "qmgr", "discard"):
        if not os.path.exists(os.path.join(BIN, prog)):
            pytest.skip("%s not built" % prog)
    import chaos
    i = chaos.Instance(True)
    try:
        yield i
    finally:
        i.stop()


def put(inst, data):
    """A queue file in incoming/, owned by mail_owner, marked complete."""
    qid = place(inst.queue, "incoming", data, mode=0o700)
    if os.geteuid() == 0:
        pw = pwd.getpwnam(identity()[0])
        os.chown(os.path.join(inst.queue, "incoming", qid), pw.pw_uid, pw.pw_gid)
    return qid


def sent_ids(inst):
    return set(m.group(1).decode() for m in
               re.finditer(rb": ([0-9A-Za-z]+): to=<[^>]*>,.* status=sent ",
                           inst.maillog_text()))


def test_corrupt_incoming_files(inst):
    code, err = inst.postfix("check")
    assert code == 0, err
    good = queue_file(recipients=("good@example.net",))
    no_end = queue_file(recipients=("noend@example.net",), end=False)
    # A record whose length runs far past the end of the file.
    bad_record = good[:len(good) // 2] + record("N", "x")[:1] + b"\xff\xff\x7f" + b"short"
    garbage = b"\x00\xff\xfe this is no queue file\n" * 20
    bad = {"no END": put(inst, no_end), "bad record": put(inst, bad_record),
           "garbage": put(inst, garbage)}
    # Not marked complete: left alone while it may still be written,
    # moved aside when it is older than a day (an abandoned write).
    old = put(inst, no_end)
    fresh = put(inst, no_end)
    for qid, age in ((old, 2 * 86400), (fresh, 0)):
        path = os.path.join(inst.queue, "incoming", qid)
        os.chmod(path, 0o600)
        os.utime(path, (time.time() - age, time.time() - age))
    bad["abandoned"] = old
    good_id = put(inst, good)
    code, err = inst.postfix("start")
    assert code == 0, err
    res = subprocess.run([os.path.join(BIN, "sendmail"), "-f", "s@example.com",
                          "new@example.net"], input=b"Subject: after\n\nbody\n",
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         env=inst.env, timeout=60)
    assert res.returncode == 0, res.stderr

    def corrupt_names():
        return set(os.path.basename(p) for p in inst.queue_files("corrupt"))

    assert wait_for(lambda: set(bad.values()) <= corrupt_names(), timeout=60), \
        (bad, corrupt_names(), inst.maillog_text().decode("utf-8", "replace")[-3000:])
    log = inst.maillog_text().decode("utf-8", "replace")
    for what, qid in bad.items():
        assert re.search(r"postfix/qmgr\[\d+\]: warning: saving corrupt file \"%s\" "
                         r"from queue \"(incoming|active)\" to queue \"corrupt\"" % qid,
                         log), (what, log)
        for q in ("incoming", "active", "deferred"):
            assert not any(os.path.basename(p) == qid for p in inst.queue_files(q)), \
                (what, q)
    # The good mail is not held back: the file placed beside the bad ones
    # and the new submission are both delivered.
    assert wait_for(lambda: good_id in sent_ids(inst), timeout=60), log
    assert wait_for(lambda: re.search(rb"to=<new@example.net>,.* status=sent ",
                                      inst.maillog_text()), timeout=60), \
        inst.maillog_text()
    left = [os.path.basename(p) for p in inst.queue_files("incoming")]
    assert wait_for(lambda: inst.queue_files("active") == [], timeout=30)
    assert left == [fresh], left
