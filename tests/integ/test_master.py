"""master(8): services from master.cf, spawn on demand, restarts,
throttling, wakeups, reload and stop, with a stand-in daemon (see
master_instance.py and data/fake_daemon.py)."""
import os
import signal
import socket
import stat
import subprocess
import time

import pytest

from master_instance import BIN, Instance, free_port, wait_for


@pytest.fixture
def inst(tmp_path):
    made = []

    def make(master_cf, main_extra=""):
        i = Instance(str(tmp_path), master_cf, main_extra)
        made.append(i)
        return i
    yield make
    for i in made:
        i.cleanup()


def pid_alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie still answers kill(0); look at its state
    try:
        with open("/proc/%d/stat" % pid) as f:
            return f.read().split(")")[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def test_start_serve_and_arguments(inst):
    i = inst("echo unix - n n - 2 fake -o smtp_helo_timeout=5s extra\n"
             "pub unix n - n - 1 fake\n")
    i.start_fg()
    assert "daemon started -- version" in i.log()
    assert "configuration %s" % i.etc in i.log()
    assert stat.S_ISSOCK(os.stat(os.path.join(i.queue, "private", "echo")).st_mode)
    assert stat.S_ISSOCK(os.stat(os.path.join(i.queue, "public", "pub")).st_mode)
    pid = i.ask("echo")
    assert i.ask("pub", private=False) != pid
    rec = [r for r in i.fake_records() if r.get("pid") == pid and "argv" in r][0]
    argv = rec["argv"]
    assert argv[0] == os.path.join(i.daemon, "fake")
    assert argv[1:7] == ["-n", "echo", "-t", "unix", "-s", "1"]
    assert "-u" in argv                       # unpriv column says n
    assert "-l" not in argv                   # process limit 2
    assert argv[-3:] == ["-o", "smtp_helo_timeout=5s", "extra"]
    env = rec["env"]
    assert env["MAIL_CONFIG"] == i.etc
    assert env["LANG"] == "C"
    assert "GENERATION" in env
    assert "NOT_IMPORTED" not in env          # import_environment filter
    code, err = i.postfix("status")
    assert code == 0 and "is running: PID: %d" % i.master_pid() in err


def test_no_process_before_a_client_and_maxproc(inst):
    i = inst("echo unix - - n - 1 fake\n")
    i.start_fg()
    time.sleep(0.5)
    assert i.fake_records() == []             # on demand only
    pids = {i.ask("echo") for _ in range(5)}
    assert len(pids) == 1                     # one idle process reused
    rec = [r for r in i.fake_records() if "argv" in r][0]
    assert "-l" in rec["argv"]                # process limit 1


def test_inet_service(inst):
    port = free_port()
    i = inst("127.0.0.1:%d inet n - n - - fake\n" % port)
    i.start_fg()
    s = socket.create_connection(("127.0.0.1", port), timeout=10)
    s.sendall(b"hi")
    assert s.recv(100).startswith(b"pid ")
    s.close()


def test_killed_child_is_replaced(inst):
    i = inst("echo unix - - n - 1 fake\n")
    i.start_fg()
    first = i.ask("echo")
    os.kill(first, signal.SIGKILL)
    assert wait_for(lambda: "pid %d killed by signal 9" % first in i.log()), i.log()
    second = i.ask("echo")
    assert second != first
    assert "bad command startup" not in i.log()


def test_missing_command_is_throttled(inst):
    i = inst("bad unix - - n - - nonexistent\necho unix - - n - 1 fake\n")
    i.start_fg()
    path = os.path.join(i.queue, "private", "bad")
    s = socket.socket(socket.AF_UNIX)
    s.connect(path)                           # waits in the backlog
    assert wait_for(lambda: "bad command startup -- throttling" in i.log()), i.log()
    log = i.log()
    assert "process %s/nonexistent pid" % i.daemon in log
    assert "exit status 1" in log
    # master keeps running and serving other services
    assert i.ask("echo") > 0
    assert i.postfix("status")[0] == 0
    # after service_throttle_time (2s) it tries again
    assert wait_for(lambda: i.log().count("bad command startup") >= 2, timeout=10)
    s.close()


def test_crashing_daemon_is_throttled(inst):
    i = inst("crashy unix - - n - - fake crash\n")
    i.start_fg()
    s = socket.socket(socket.AF_UNIX)
    s.connect(os.path.join(i.queue, "private", "crashy"))
    assert wait_for(lambda: "%s/fake: bad command startup -- throttling" % i.daemon
                    in i.log()), i.log()
    n = len(i.fake_records())
    time.sleep(1)
    assert len(i.fake_records()) == n         # no restart during the throttle
    s.close()


def test_wakeup_timer(inst):
    i = inst("tick unix - - n 1 1 fake\n")
    i.start_fg()
    assert wait_for(lambda: any(r.get("got") == "W" for r in i.fake_records()),
                    timeout=10), i.fake_records()


def test_fifo_and_dgram_endpoints(inst):
    i = inst("ff fifo n - n - 1 fake\ndg unix-dgram n - n - 1 fake\n")
    i.start_fg()
    ff = os.path.join(i.queue, "public", "ff")
    assert stat.S_ISFIFO(os.stat(ff).st_mode)
    fd = os.open(ff, os.O_WRONLY | os.O_NONBLOCK)
    os.write(fd, b"F")
    os.close(fd)
    s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    s.sendto(b"D", os.path.join(i.queue, "public", "dg"))
    s.close()
    assert wait_for(lambda: {"F", "D"} <= {r.get("got") for r in i.fake_records()},
                    timeout=10), i.fake_records()


def test_duplicate_master_refused(inst):
    i = inst("echo unix - - n - 1 fake\n")
    i.start_fg()
    proc = subprocess.run([os.path.join(i.daemon, "master"), "-c", i.etc, "-d"],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          env=i.env(), timeout=30)
    assert proc.returncode == 1
    assert b"the mail system is already running" in proc.stderr
    assert i.postfix("status")[0] == 0


def test_master_test_option(inst):
    i = inst("echo unix - - n - 1 fake\n")
    os.makedirs(os.path.join(i.queue, "pid"))
    master = os.path.join(i.daemon, "master")
    assert subprocess.run([master, "-c", i.etc, "-t"], env=i.env()).returncode == 0
    i.start_fg()
    assert subprocess.run([master, "-c", i.etc, "-t"], env=i.env()).returncode == 1


def test_reload_changed_master_cf(inst):
    i = inst("echo unix - - n - 1 fake old\ngone unix - - n - 1 fake\n")
    i.start_fg()
    old = i.ask("echo")
    i.ask("gone")
    i.write_master_cf("echo unix - - n - 1 fake new\nfresh unix - - n - 1 fake\n")
    code, err = i.postfix("reload")
    assert code == 0 and "refreshing the Postlet mail system" in err
    assert wait_for(lambda: "reload -- version" in i.log())
    # the old generation leaves when it sees its status channel close
    assert wait_for(lambda: not pid_alive(old)), i.log()
    new = i.ask("echo")
    assert new != old
    rec = [r for r in i.fake_records() if r.get("pid") == new and "argv" in r][0]
    assert rec["argv"][-1] == "new"
    assert i.ask("fresh") > 0
    s = socket.socket(socket.AF_UNIX)
    s.settimeout(2)
    with pytest.raises(OSError):
        s.connect(os.path.join(i.queue, "private", "gone"))
        s.sendall(b"x")
        if not s.recv(10):
            raise OSError("closed")


def test_sigterm_stops_children(inst):
    i = inst("echo unix - - n - 1 fake\n")
    i.start_fg()
    child = i.ask("echo")
    master = i.master_pid()
    os.kill(master, signal.SIGTERM)
    assert wait_for(lambda: "terminating on signal 15" in i.log()), i.log()
    assert wait_for(lambda: not pid_alive(child))
    assert i.stop_fg() == 0
    assert i.postfix("status")[0] == 1
