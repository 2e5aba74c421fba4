"""postfix(1): check, start, status, stop, abort, reload, start-fg,
upgrade-configuration, with messages and exit statuses as Postfix's."""
import os
import pwd
import signal
import stat
import subprocess

import pytest

from master_instance import BIN, Instance, wait_for


@pytest.fixture
def inst(tmp_path):
    i = Instance(str(tmp_path), "echo unix - - n - 1 fake\n")
    yield i
    i.cleanup()


def mode(path):
    return stat.S_IMODE(os.stat(path).st_mode)


def test_status_not_running(inst):
    code, err = inst.postfix("status")
    assert code == 1
    assert "postfix/postfix-script: the Postlet mail system is not running" in err


def test_check_creates_queue_directories(inst):
    code, err = inst.postfix("check")
    assert code == 0, err
    q = inst.queue
    assert mode(os.path.join(q, "maildrop")) == 0o1730
    assert mode(os.path.join(q, "public")) == 0o710
    assert mode(os.path.join(q, "private")) == 0o700
    assert mode(os.path.join(q, "pid")) == 0o755
    for name in ("incoming", "active", "deferred", "hold", "corrupt", "bounce",
                 "defer", "trace", "saved", "flush"):
        assert mode(os.path.join(q, name)) == 0o700, name
    assert mode(inst.data) == 0o700


def test_check_warnings(inst):
    assert inst.postfix("check")[0] == 0
    os.chmod(os.path.join(inst.queue, "incoming"), 0o770)
    with open(os.path.join(inst.queue, "corrupt", "ABCDEF"), "w") as f:
        f.write("x")
    code, err = inst.postfix("check")
    assert code == 0
    assert "warning: group or other writable: %s/incoming" % inst.queue in err
    assert "warning: damaged message: %s/corrupt/ABCDEF" % inst.queue in err


def test_check_without_master_cf(inst):
    os.unlink(os.path.join(inst.etc, "master.cf"))
    code, err = inst.postfix("check")
    assert code == 1
    assert "no %s/master.cf file found" % inst.etc in err
    code, err = inst.postfix("start")
    assert code == 1
    assert "integrity check failed" in err


def test_start_status_reload_stop(inst):
    code, err = inst.postfix("start")
    assert code == 0, err
    assert "postfix/postfix-script: starting the Postlet mail system" in err
    code, err = inst.postfix("status")
    assert code == 0
    assert "the Postlet mail system is running: PID: %d" % inst.master_pid() in err
    assert inst.ask("echo") > 0
    code, err = inst.postfix("start")
    assert code == 1
    assert "fatal: the Postlet mail system is already running" in err
    code, err = inst.postfix("reload")
    assert code == 0 and "refreshing the Postlet mail system" in err
    assert inst.ask("echo") > 0
    code, err = inst.postfix("stop")
    assert code == 0 and "stopping the Postlet mail system" in err
    assert inst.postfix("status")[0] == 1


def test_commands_need_a_running_system(inst):
    for cmd in ("stop", "abort", "reload"):
        code, err = inst.postfix(cmd)
        assert code == 1, cmd
        assert "fatal: the Postlet mail system is not running" in err


def test_abort(inst):
    assert inst.postfix("start")[0] == 0
    code, err = inst.postfix("abort")
    assert code == 0 and "aborting the Postlet mail system" in err
    assert wait_for(lambda: inst.postfix("status")[0] == 1)


def test_start_fg_and_signal(inst):
    inst.start_fg()
    assert inst.postfix("status")[0] == 0
    inst.fg.send_signal(signal.SIGTERM)      # passed on to master
    assert inst.fg.wait(10) == 0
    assert "terminating on signal 15" in inst.log()
    assert inst.postfix("status")[0] == 1


def test_usage_errors(inst):
    code, err = inst.postfix("bogus")
    assert code == 1 and "unknown command: 'bogus'" in err
    code, err = inst.postfix("status", "extra")
    assert code == 1 and "no arguments" in err
    code, err = inst.postfix()
    assert code == 1 and "usage: postfix" in err


def test_maillog_file_needs_postlog_service(inst):
    with open(os.path.join(inst.etc, "main.cf"), "a") as f:
        f.write("maillog_file = %s/maillog\nmaillog_file_prefixes = %s\n"
                % (inst.top, inst.top))
    code, err = inst.postfix("check")
    assert code == 1
    assert "missing 'postlog' service in master.cf - run 'postfix " \
        "upgrade-configuration'" in err
    code, err = inst.postfix("upgrade-configuration")
    assert code == 0, err
    with open(os.path.join(inst.etc, "master.cf")) as f:
        text = f.read()
    assert text.startswith("echo unix")
    assert "postlog   unix-dgram" in text and "postlogd" in text
    assert inst.postfix("check")[0] == 0
    assert inst.postfix("upgrade-configuration")[0] == 0
    with open(os.path.join(inst.etc, "master.cf")) as f:
        assert f.read() == text               # nothing added twice


def test_mail_owner_root_refused(inst):
    # The same rule and words in postfix(1), master and every daemon
    # (mail_user(3)), whoever runs the command.
    with open(os.path.join(inst.etc, "main.cf"), "a") as f:
        f.write("mail_owner = root\n")
    words = "parameter mail_owner: user root has privileged user ID"
    code, err = inst.postfix("check")
    assert code == 1 and words in err
    code, err = inst.postfix("start")
    assert code == 1 and words in err
    os.makedirs(os.path.join(inst.queue, "pid"))
    os.makedirs(inst.data)
    proc = subprocess.run([os.path.join(inst.daemon, "master"), "-c", inst.etc, "-d"],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          env=inst.env(), timeout=30)
    assert proc.returncode == 1 and words.encode() in proc.stderr


def test_single_user_ignores_other_mail_owner(inst):
    """Started by a user other than root, every process runs as that user
    and another mail_owner is ignored with a warning. Run as root, the
    test hands the instance to nobody and runs postfix as nobody."""
    if os.geteuid() == 0:
        runner = pwd.getpwnam("nobody")
        prefix = ["setpriv", "--reuid=%d" % runner.pw_uid,
                  "--regid=%d" % runner.pw_gid, "--clear-groups"]
        for d, dirs, files in os.walk(inst.top):
            for name in [d] + [os.path.join(d, n) for n in dirs + files]:
                os.lchown(name, runner.pw_uid, runner.pw_gid)
    else:
        runner = pwd.getpwuid(os.geteuid())
        prefix = []
    other = "bin" if runner.pw_uid == pwd.getpwnam("daemon").pw_uid else "daemon"
    with open(os.path.join(inst.etc, "main.cf"), "a") as f:
        f.write("mail_owner = %s\n" % other)

    def postfix(command):
        proc = subprocess.run(prefix + [os.path.join(BIN, "postfix"), "-c",
                                        inst.etc, command],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              env=inst.env(), timeout=30)
        return proc.returncode, proc.stderr.decode("utf-8", "replace")

    code, err = postfix("check")
    assert code == 0, err
    assert ("warning: mail_owner = %s is ignored: not started by root, "
            "every process runs as user ID %d (single-user mode)"
            % (other, runner.pw_uid)) in err
    code, err = postfix("status")
    assert code == 1 and "ignored" not in err
    assert os.stat(inst.data).st_uid == runner.pw_uid
    assert os.stat(inst.queue).st_uid == runner.pw_uid

def test_start_fg_maillog_stdout_once(inst):
    # start-fg with maillog_file = /dev/stdout: postlogd writes every
    # program's lines to the standard output, master's too; master's
    # echo on stderr would show its lines a second time.
    os.symlink(os.path.join(BIN, "postlet"), os.path.join(inst.daemon, "postlogd"))
    with open(os.path.join(inst.etc, "main.cf"), "a") as f:
        f.write("maillog_file = /dev/stdout\nmaillog_file_prefixes = /dev/stdout\n")
    with open(os.path.join(inst.etc, "master.cf"), "a") as f:
        f.write("postlog unix-dgram n - n - 1 postlogd\n")
    inst.start_fg()
    assert wait_for(lambda: "postfix/master[" in inst.log()), inst.log()
    inst.fg.send_signal(signal.SIGTERM)
    assert inst.fg.wait(10) == 0
    out = inst.log()
    started = [l for l in out.splitlines() if "daemon started" in l]
    assert len(started) == 1, out
    assert "postfix/master[" in started[0]     # maillog_file format
    starting = [l for l in out.splitlines() if "starting the Postlet" in l]
    assert len(starting) == 1, out
    # postlogd serves what is queued before it leaves on SIGTERM.
    assert out.count("terminating on signal 15") == 1, out
