"""sendmail -bv and -v end to end: the trace flags that sendmail writes in
the queue file reach the delivery agent through qmgr.

-bv: nothing is delivered or bounced; the sender gets a verification report
(mail for gw.example is discarded in these instances, so the report shows
as one "status=sent" line for the sender). -v: the message is delivered and
the sender also gets a delivery report.
"""
import subprocess

import pytest

from smtp_peers import SENDER, make_mta, wait_for


@pytest.fixture
def mta(tmp_path):
    m = make_mta(tmp_path, transports={"bad.test": "error:5.1.1 no such user",
                                       "ok.test": "discard:"})
    m.start()
    yield m
    m.stop()


def submit(m, *args):
    proc = subprocess.run([m.sendmail_cmd, "-f", SENDER] + list(args),
                          input=b"Subject: t\n\nhello\n", env=m.env(),
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=30)
    assert proc.returncode == 0, proc.stderr


def test_bv_reports_without_bouncing(mta):
    submit(mta, "-bv", "u@bad.test")
    assert wait_for(lambda: mta.deliveries(SENDER), timeout=20), mta.log()
    assert mta.deliveries("u@bad.test") == [], mta.log()
    assert "status=bounced" not in mta.log()


def test_v_delivers_and_reports(mta):
    submit(mta, "-v", "u@ok.test")
    assert wait_for(lambda: mta.deliveries("u@ok.test"), timeout=20), mta.log()
    assert wait_for(lambda: mta.deliveries(SENDER), timeout=20), mta.log()
