"""qmgr(8) under master: a real instance with pickup, cleanup, qmgr and the
discard and error delivery agents; mail is submitted with sendmail and
routed with transport_maps (inline: tables).

The log (maillog_file = /dev/stdout through postlogd, collected by the
foreground master) is checked for Postfix's lines: "from=<...>, size=N,
nrcpt=M (queue active)", "to=<...>, relay=none, delay=..., delays=...,
dsn=2.0.0, status=sent (...)", "status=deferred", "removed". The queue is
checked on disk: finished messages leave no file behind, deferred ones wait
in deferred/ with their next attempt time as modification time.
"""
import os
import re
import signal
import subprocess
import time

import pytest

from master_instance import BIN, Instance, wait_for

MASTER_CF = """\
pickup    unix  n       -       n       1       1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
discard   unix  -       -       n       -       -       discard
error     unix  -       -       n       -       -       error
postlog   unix-dgram n  -       n       -       1       postlogd
"""

BOUNCE_CF = """\
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
"""

DAEMONS = ("pickup", "cleanup", "qmgr", "discard", "error", "postlogd", "bounce")

TRANSPORTS = ("transport_maps = inline:{ discard.example=discard:, "
              "{ error.example = error:5.1.1 no such user }, "
              "nowhere.example=nosuch: }\n")


@pytest.fixture
def make_inst(tmp_path):
    made = []

    def make(extra="", bounce=False):
        cf = MASTER_CF + (BOUNCE_CF if bounce else "")
        inst = Instance(tmp_path, cf,
                        "maillog_file = /dev/stdout\nmyhostname = gw.example\n"
                        "mydestination = $myhostname, localhost\n"
                        "minimal_backoff_time = 1s\nmaximal_backoff_time = 2s\n"
                        "queue_run_delay = 1s\n" + TRANSPORTS + extra)
        for name in DAEMONS:
            link = os.path.join(inst.daemon, name)
            if not os.path.exists(link):
                os.symlink(os.path.join(BIN, "postlet"), link)
        made.append(inst)
        rc, err = inst.postfix("check")
        assert rc == 0, err
        inst.start_fg()
        return inst

    yield make
    for inst in made:
        inst.cleanup()


def sendmail(inst, *rcpts, sender="sender@gw.example", body=b"Subject: t\n\nhello\n"):
    proc = subprocess.run([os.path.join(BIN, "sendmail"), "-C", inst.etc, "-f", sender]
                          + list(rcpts), input=body, env=inst.env(),
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=30)
    assert proc.returncode == 0, proc.stderr


def queue_files(inst, *queues):
    found = []
    for q in queues:
        for root, _dirs, files in os.walk(os.path.join(inst.queue, q)):
            found.extend(os.path.join(root, f) for f in files)
    return found


def all_queued(inst):
    return queue_files(inst, "maildrop", "incoming", "active", "deferred", "hold")


def qids(log, rcpt, status):
    return re.findall(r"([0-9A-Za-z]+): to=<%s>, relay=[^,]+, delay=[0-9.]+, "
                      r"delays=[0-9.]+/[0-9.]+/[0-9.]+/[0-9.]+, dsn=[245]\.\d+\.\d+, "
                      r"status=%s " % (re.escape(rcpt), status), log)


def test_discard_delivery_logs_and_removes(make_inst):
    inst = make_inst()
    sendmail(inst, "a@discard.example", "b@discard.example")
    assert wait_for(lambda: "removed" in inst.log(), 20), inst.log()
    log = inst.log()
    ids = qids(log, "a@discard.example", "sent")
    assert ids and ids == qids(log, "b@discard.example", "sent"), log
    qid = ids[0]
    assert re.search(r"%s: from=<sender@gw.example>, size=\d+, nrcpt=2 \(queue active\)"
                     % qid, log), log
    assert "%s: removed" % qid in log
    assert all_queued(inst) == []


def test_many_messages_all_delivered(make_inst):
    inst = make_inst("qmgr_message_active_limit = 3\n"
                     "qmgr_message_recipient_limit = 4\n")
    for n in range(12):
        sendmail(inst, "u%d@discard.example" % n, "v%d@discard.example" % n)
    assert wait_for(lambda: inst.log().count(": removed") == 12, 40), inst.log()
    log = inst.log()
    for n in range(12):
        assert len(qids(log, "u%d@discard.example" % n, "sent")) == 1
        assert len(qids(log, "v%d@discard.example" % n, "sent")) == 1
    assert all_queued(inst) == []


def test_unreachable_transport_defers_and_retries(make_inst):
    inst = make_inst("transport_retry_time = 1s\n")
    sendmail(inst, "x@nowhere.example")
    assert wait_for(lambda: qids(inst.log(), "x@nowhere.example", "deferred"), 20), inst.log()
    log = inst.log()
    assert "warning: connect to transport private/nosuch" in log
    assert "mail transport unavailable" in log
    deferred = wait_for(lambda: queue_files(inst, "deferred"), 10)
    assert len(deferred) == 1
    # The next attempt time is in the future, within maximal_backoff_time.
    mtime = os.stat(deferred[0]).st_mtime
    assert time.time() - 1 <= mtime <= time.time() + 3
    # Retried from deferred/ after the backoff: deferred again.
    assert wait_for(lambda: len(qids(inst.log(), "x@nowhere.example", "deferred")) >= 2,
                    20), inst.log()
    assert "removed" not in inst.log()


def test_delay_warning_once(make_inst):
    """delay_warning_time: cleanup writes the WARN record, qmgr asks the
    defer service for one delay notice after that time and clears the
    record, so later retries send no second notice."""
    inst = make_inst("transport_retry_time = 1s\ndelay_warning_time = 1s\n",
                     bounce=True)
    sendmail(inst, "w@nowhere.example")
    assert wait_for(lambda: "sender delay notification" in inst.log(), 30), inst.log()
    assert wait_for(lambda: len(qids(inst.log(), "w@nowhere.example", "deferred")) >= 3,
                    30), inst.log()
    assert inst.log().count("sender delay notification") == 1, inst.log()


def test_deferred_message_delivered_after_route_appears(make_inst, tmp_path):
    inst = make_inst()
    sendmail(inst, "y@nowhere.example")
    assert wait_for(lambda: queue_files(inst, "deferred"), 20), inst.log()
    # Route the domain to discard and reload: the retry delivers it.
    with open(os.path.join(inst.etc, "main.cf"), "a") as f:
        f.write("transport_maps = inline:{ nowhere.example=discard: }\n")
    rc, err = inst.postfix("reload")
    assert rc == 0, err
    assert wait_for(lambda: qids(inst.log(), "y@nowhere.example", "sent"), 30), inst.log()
    assert wait_for(lambda: all_queued(inst) == [], 10)


def test_error_transport_bounces(make_inst):
    inst = make_inst(bounce=True)
    sendmail(inst, "z@error.example")
    assert wait_for(lambda: qids(inst.log(), "z@error.example", "bounced"), 20), inst.log()
    qid = qids(inst.log(), "z@error.example", "bounced")[0]
    assert wait_for(lambda: "%s: removed" % qid in inst.log(), 20), inst.log()
    assert "no such user" in inst.log()


def test_error_without_bounce_service_keeps_the_message(make_inst):
    inst = make_inst()
    sendmail(inst, "w@error.example")
    assert wait_for(lambda: queue_files(inst, "deferred"), 20), inst.log()
    time.sleep(1)
    assert not re.search(r": removed", inst.log()), inst.log()
    assert len(all_queued(inst)) == 1


def test_local_recipient_without_alias_is_refused(make_inst):
    inst = make_inst(bounce=True)
    sendmail(inst, "nobodyhere@gw.example")
    assert wait_for(lambda: qids(inst.log(), "nobodyhere@gw.example", "bounced"), 20), \
        inst.log()
    assert "status=bounced (local delivery is not available)" in inst.log()


def test_hold_and_release(make_inst):
    inst = make_inst("transport_retry_time = 1s\n")
    sendmail(inst, "h@nowhere.example")
    assert wait_for(lambda: queue_files(inst, "deferred"), 20), inst.log()
    qid = os.path.basename(queue_files(inst, "deferred")[0])
    # postsuper -h may meet the file while qmgr has it active: retry.
    def hold():
        subprocess.run([os.path.join(BIN, "postsuper"), "-c", inst.etc, "-h", qid],
                       env=inst.env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        return queue_files(inst, "hold")
    assert wait_for(hold, 20), inst.log()
    count = len(qids(inst.log(), "h@nowhere.example", "deferred"))
    time.sleep(3)
    assert len(qids(inst.log(), "h@nowhere.example", "deferred")) == count
    # Route it to discard, release: it is delivered.
    with open(os.path.join(inst.etc, "main.cf"), "a") as f:
        f.write("transport_maps = inline:{ nowhere.example=discard: }\n")
    assert inst.postfix("reload")[0] == 0
    proc = subprocess.run([os.path.join(BIN, "postsuper"), "-c", inst.etc, "-H", qid],
                          env=inst.env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.returncode == 0, proc.stderr
    assert wait_for(lambda: "%s: removed" % qid in inst.log(), 30), inst.log()


def qmgr_pid(inst):
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open("/proc/%s/cmdline" % name, "rb") as f:
                argv = f.read().split(b"\0")
            with open("/proc/%s/stat" % name) as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])
        except OSError:
            continue
        if argv and os.path.basename(argv[0]) == b"qmgr" and ppid == inst.master_pid():
            return int(name)
    return None


def test_kill_qmgr_loses_nothing(make_inst):
    inst = make_inst("service_throttle_time = 1s\n")
    pid = wait_for(lambda: qmgr_pid(inst), 10)
    assert pid
    for n in range(20):
        sendmail(inst, "k%d@discard.example" % n)
        if n == 8:
            os.kill(pid, signal.SIGKILL)
    assert wait_for(lambda: qmgr_pid(inst) not in (None, pid), 20), inst.log()
    assert wait_for(lambda: all(qids(inst.log(), "k%d@discard.example" % n, "sent")
                                for n in range(20)), 40), inst.log()
    assert wait_for(lambda: all_queued(inst) == [], 10), all_queued(inst)
