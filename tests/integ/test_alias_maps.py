"""alias_maps as conf/main.cf ships it (hash:/etc/aliases, as a Postfix
admin expects, and no NIS): when the table has not been built, each
cleanup process says so once when it starts, never once per message, and
mail still flows.
"""
import os
import re

from conftest import ROOT, run
from master_instance import wait_for
from test_qmgr import make_inst, sendmail  # noqa: F401 (fixture)


def test_shipped_alias_maps_warn_once_per_cleanup(make_inst):
    conf = os.path.join(ROOT, "conf")
    r = run("postconf", "-c", conf, "-h", "alias_maps", "alias_database")
    assert r.status == 0, r
    assert r.out == "hash:/etc/aliases\nhash:/etc/aliases\n"
    # The same setting, pointed at a table that does not exist here.
    inst = make_inst("alias_maps = hash:/nonexistent/aliases\n")
    for n in range(4):
        sendmail(inst, "a%d@discard.example" % n)
    assert wait_for(lambda: inst.log().count(": removed") == 4, 30), inst.log()
    log = inst.log()
    assert "nis:" not in log
    pids = re.findall(r"cleanup\[(\d+)\]: warning: alias_maps: "
                      r"hash:/nonexistent/aliases: .*; alias lookups skip "
                      r"this table\n", log)
    assert pids, log
    assert len(pids) == len(set(pids)), log
    started = set(re.findall(r"cleanup\[(\d+)\]: [0-9A-Z]+: message-id=", log))
    assert set(pids) >= started, log
    assert len(pids) < 4 or len(started) == 4, log
