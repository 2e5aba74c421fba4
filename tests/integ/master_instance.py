"""A throw-away Postlet instance for the master(8) and postfix(1) tests.

The instance lives in a temporary directory: etc/ (main.cf, master.cf),
q/ (queue_directory), data/ (data_directory) and daemon/ (daemon_directory:
a link named master to the Postlet binary, and fake_daemon.py as "fake", a
stand-in daemon that speaks master's child protocol, see
data/fake_daemon.py). Logs of master go to its standard error when it runs
in the foreground (start-fg), which the helper collects in master.log.

Who runs what (mail_user(3)): run by a non-root user, the instance is in
single-user mode with mail_owner = that user. Run as root (CI), daemons
drop to an unprivileged mail_owner, `nobody` (whose group is nogroup), as
on a real system: mail_owner root is refused. The instance then lives in a
fresh directory under /tmp with mode 0755 (pytest's tmp_path is 0700 and
nobody could not traverse it), and its queue directories are made by
`postfix check` with the owners it gives them.
"""
import grp
import json
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
BIN = os.environ.get("POSTLET_BIN", os.path.join(ROOT, "build", "native", "bin"))


def free_port():
    """A TCP port on 127.0.0.1 that nobody listens on right now."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def as_root():
    return os.geteuid() == 0


def identity():
    """(mail_owner, setgid_group) for a test instance, see above."""
    if not as_root():
        return pwd.getpwuid(os.geteuid()).pw_name, None
    # setgid_group: any group but root's and nobody's own; Debian's
    # postfix package (installed by need-check) brings postdrop, base-passwd
    # always has mail.
    for name in ("postdrop", "mail"):
        try:
            grp.getgrnam(name)
            return "nobody", name
        except KeyError:
            pass
    raise RuntimeError("no group for setgid_group (postdrop or mail)")


def instance_dir(tmp_path):
    """Where an instance lives: tmp_path, or as root a directory that
    mail_owner can traverse (the caller removes it)."""
    if not as_root():
        return str(tmp_path), False
    top = tempfile.mkdtemp(prefix="postlet-", dir="/tmp")
    os.chmod(top, 0o755)
    return top, True


def wait_for(cond, timeout=10.0, step=0.05):
    """Poll cond() until it is true; return its last value."""
    end = time.time() + timeout
    while True:
        value = cond()
        if value or time.time() > end:
            return value
        time.sleep(step)


class Instance:
    def __init__(self, top, master_cf, main_extra=""):
        self.top, self.made_top = instance_dir(top)
        top = self.top
        self.etc = os.path.join(top, "etc")
        self.queue = os.path.join(top, "q")
        self.data = os.path.join(top, "data")
        self.daemon = os.path.join(top, "daemon")
        self.fake_log = os.path.join(top, "fake.log")
        self.master_log = os.path.join(top, "master.log")
        for d in (self.etc, self.daemon):
            os.makedirs(d, exist_ok=True)
        os.symlink(os.path.join(BIN, "postlet"), os.path.join(self.daemon, "master"))
        shutil.copy(os.path.join(HERE, "data", "fake_daemon.py"),
                    os.path.join(self.daemon, "fake"))
        user, group = identity()
        with open(os.path.join(self.etc, "main.cf"), "w") as f:
            f.write("queue_directory = %s\n" % self.queue)
            f.write("data_directory = %s\n" % self.data)
            f.write("daemon_directory = %s\n" % self.daemon)
            f.write("command_directory = %s\n" % BIN)
            f.write("mail_owner = %s\n" % user)
            if group:
                f.write("setgid_group = %s\n" % group)
            f.write("service_throttle_time = 2s\n")
            f.write("import_environment = MAIL_CONFIG FAKE_DAEMON_LOG LANG=C\n")
            f.write(main_extra)
        self.write_master_cf(master_cf)
        self.fg = None
        self.fg_err = None

    def write_master_cf(self, text):
        with open(os.path.join(self.etc, "master.cf"), "w") as f:
            f.write(text)

    def env(self):
        environ = dict(os.environ)
        environ["MAIL_CONFIG"] = self.etc
        environ["FAKE_DAEMON_LOG"] = self.fake_log
        environ["NOT_IMPORTED"] = "1"
        return environ

    def postfix(self, *args, timeout=30):
        proc = subprocess.run([os.path.join(BIN, "postfix"), "-c", self.etc]
                              + list(args), stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, env=self.env(),
                              timeout=timeout)
        return proc.returncode, proc.stderr.decode("utf-8", "replace")

    def start_fg(self):
        """postfix start-fg in the background; wait for master to run."""
        self.fg_err = open(self.master_log, "ab")
        self.fg = subprocess.Popen([os.path.join(BIN, "postfix"), "-c", self.etc,
                                    "start-fg"], stdout=self.fg_err,
                                   stderr=self.fg_err, env=self.env())
        assert wait_for(lambda: "daemon started" in self.log()), self.log()

    def stop_fg(self):
        if self.fg is None:
            return None
        if self.fg.poll() is None:
            self.fg.send_signal(signal.SIGTERM)
            try:
                self.fg.wait(10)
            except subprocess.TimeoutExpired:
                self.fg.kill()
                self.fg.wait()
        self.fg_err.close()
        status, self.fg = self.fg.returncode, None
        return status

    def log(self):
        try:
            with open(self.master_log, encoding="utf-8", errors="replace") as f:
                return f.read()
        except FileNotFoundError:
            return ""

    def fake_records(self):
        try:
            with open(self.fake_log) as f:
                return [json.loads(line) for line in f if line.strip()]
        except FileNotFoundError:
            return []

    def master_pid(self):
        with open(os.path.join(self.queue, "pid", "master.pid")) as f:
            return int(f.read().split()[0])

    def ask(self, name, private=True):
        """Connect to a unix service, return the answering process ID."""
        path = os.path.join(self.queue, "private" if private else "public", name)
        s = socket.socket(socket.AF_UNIX)
        s.settimeout(10)
        s.connect(path)
        s.sendall(b"hello")
        data = b""
        while not data.endswith(b"\n"):
            chunk = s.recv(100)
            if not chunk:
                break
            data += chunk
        s.close()
        return int(data.split()[1])

    def cleanup(self):
        self.stop_fg()
        if os.path.exists(os.path.join(self.queue, "pid", "master.pid")):
            self.postfix("stop")
        if self.made_top:
            shutil.rmtree(self.top, ignore_errors=True)
