"""Success notices (RFC 3461 NOTIFY=SUCCESS) end to end: sendmail -N success
to a recipient that the discard agent delivers; sent() records the outcome
in the trace log, and when the message is finished qmgr asks the trace
service for the report, which goes to the sender like any other notice
(here to a domain without a route, so that it waits in the queue and
postcat shows it).
"""
import os
import re
import subprocess

from master_instance import BIN, wait_for
from test_qmgr import make_inst, qids, all_queued  # noqa: F401 (fixture)


def submit(inst, *args, sender="owner@discard.example"):
    proc = subprocess.run([os.path.join(BIN, "sendmail"), "-C", inst.etc,
                           "-f", sender] + list(args),
                          input=b"Subject: t\n\nhello\n", env=inst.env(),
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          timeout=30)
    assert proc.returncode == 0, proc.stderr


def test_notify_success_sends_delivery_report(make_inst):
    inst = make_inst(bounce=True)
    # The sender's domain has no working route: the report waits in the
    # queue, where postcat shows it.
    submit(inst, "-N", "success", "r@discard.example",
           sender="owner@nowhere.example")
    pat = r"([0-9A-Za-z]+): sender delivery status notification: ([0-9A-Za-z]+)"
    assert wait_for(lambda: re.search(pat, inst.log()), 30), inst.log()
    qid, notice = re.search(pat, inst.log()).groups()
    assert qids(inst.log(), "r@discard.example", "sent") == [qid]
    assert wait_for(lambda: "%s: removed" % qid in inst.log(), 30), inst.log()
    assert re.search(r"%s: from=<>, size=\d+, nrcpt=1 \(queue active\)"
                     % notice, inst.log()), inst.log()
    assert wait_for(lambda: qids(inst.log(), "owner@nowhere.example",
                                 "deferred") == [notice], 30), inst.log()
    assert os.listdir(os.path.join(inst.queue, "trace")) == []
    proc = subprocess.run([os.path.join(BIN, "postcat"), "-c", inst.etc,
                           "-q", notice], env=inst.env(),
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          timeout=30)
    out = proc.stdout.decode()
    assert proc.returncode == 0, proc.stderr
    assert "Content-Type: message/delivery-status" in out, out
    assert "Final-Recipient: rfc822; r@discard.example\n" in out, out
    assert "\nAction: delivered\nStatus: 2.0.0\n" in out, out


def test_no_report_without_notify_success(make_inst):
    inst = make_inst(bounce=True)
    submit(inst, "-N", "failure,delay", "q@discard.example")
    assert wait_for(lambda: re.search(r": removed", inst.log()), 30), inst.log()
    assert qids(inst.log(), "q@discard.example", "sent")
    assert "notification" not in inst.log()
    assert os.listdir(os.path.join(inst.queue, "trace")) == []
