"""The short form of the chaos run (tests/chaos/chaos.py, `make chaos` runs
the full one with 500 messages).

60 messages are submitted with sendmail from 4 parallel workers over about
4 seconds while 8 random Postlet processes of the instance (master, any
daemon, a running postdrop) are killed with SIGKILL; master is started
again with `postfix start` after it is killed.

What it checks depends on the binary, and the test says which in its
output and name of mode, never quietly testing less:

- with qmgr and discard built (deliver mode), all mail goes to discard:
  and every message sendmail accepted (exit 0) must have a `status=sent`
  line in the maillog for a queue ID carrying its Message-ID: delivered at
  least once, duplicates allowed (counted and printed);
- without qmgr (queue mode), every accepted message must still be in a
  queue file (maildrop/, incoming/, active/, deferred/, hold/).

In both modes no accepted message may be lost, at least one kill must have
happened and most messages must have been accepted. The seed is printed;
CHAOS_SEED=N repeats a run.
"""
import os
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "chaos"))

from master_instance import BIN  # noqa: E402


def test_chaos_short():
    for prog in ("master", "postfix", "pickup", "cleanup", "postlogd", "sendmail",
                 "postdrop"):
        if not os.path.exists(os.path.join(BIN, prog)):
            pytest.skip("%s not built" % prog)
    import chaos
    args = ["-n", "60", "-w", "4", "-k", "8", "-d", "4", "--settle", "45"]
    if os.environ.get("CHAOS_SEED"):
        args += ["--seed", os.environ["CHAOS_SEED"]]
    fig = chaos.main(args)
    print(fig)
    deliver = os.path.exists(os.path.join(BIN, "qmgr")) and \
        os.path.exists(os.path.join(BIN, "discard"))
    assert fig["mode"] == ("deliver" if deliver else "queue")
    assert fig["kills"] >= 1, fig
    assert fig["accepted"] >= 40, fig
    assert fig["lost"] == 0, fig
    if deliver:
        assert fig["undelivered"] == 0, fig
        assert fig["delivered"] == fig["accepted"], fig
