"""Helpers for the smtp(8)/lmtp(8) tests: a mail instance that relays, and
the real peers it relays to.

Mail instances (make_mta):

  A throw-away Postlet instance (master_instance.Instance) with the mail
  services of conf/master.cf (pickup, cleanup, qmgr, bounce/defer/trace,
  smtp, relay, lmtp, scache, error, retry, discard, showq, postlog) plus
  any extra master.cf lines the test gives (agent_args: options for the
  smtp, relay and lmtp lines, such as "-o max_use=1"); the log goes to master's
  standard output (maillog_file = /dev/stdout). Mail for gw.example (the
  sender's domain, postmaster notices, bounces) is discarded by
  transport_maps, so that nothing but the test's own mail reaches the
  servers under test. The smtp/lmtp timeouts are 3 s.

  With POSTLET_SMTP_REF=postfix in the environment, the same tests run
  against Debian's Postfix 3.7 instead (a private instance under /tmp,
  as tests/bench/inject.py runs one): a way to check that the tests
  expect what Postfix does. smtp_per_record_deadline = yes is set there,
  because Postlet always reads a reply under a deadline. DNS tests need
  udns's NAMESERVERS/RES_OPTIONS and do not run in that mode.

Peers (each a context manager, killed on exit):

  SmtpSink(lmtp=False, options=[...])  Postfix's smtp-sink on a free port
  Dnsmasq(args=[...])                  dnsmasq on 127.0.0.1:port, UDP+TCP
  Dovecot(tmp, users, ...)             Dovecot's LMTP server on a unix
                                       socket, passwd-file users, maildir
  AuthServer(users, mechanisms)        aiosmtpd with AUTH (PLAIN, LOGIN,
                                       CRAM-MD5 by a handler of ours)

Log lines are parsed by deliveries(log): one dict per "to=<...>" line.
"""
import grp
import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time

import pytest

from master_instance import BIN, Instance, free_port, wait_for
from postfix_ref import postfix_main_cf

REF = os.environ.get("POSTLET_SMTP_REF", "")

SENDER = "sender@gw.example"

TIMEOUTS = "".join("%s_%s_timeout = 3s\n" % (proto, cmd)
                   for proto in ("smtp", "lmtp")
                   for cmd in ("connect", "helo", "mail", "rcpt", "data_init",
                               "data_xfer", "data_done", "quit", "rset"))

COMMON_MAIN = ("myhostname = gw.example\n"
               "mydomain = gw.example\n"
               "myorigin = gw.example\n"
               "mydestination =\n"
               "inet_protocols = ipv4\n"
               "smtp_address_preference = ipv4\n"
               "notify_classes =\n"
               "alias_maps =\n"
               "delay_warning_time = 0h\n"
               "default_destination_concurrency_limit = 20\n") + TIMEOUTS

SERVICES = """\
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
lmtp      unix  -       -       n       -       -       lmtp
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
showq     unix  n       -       n       -       -       showq
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
"""

POSTLET_DAEMONS = ("pickup", "cleanup", "qmgr", "bounce", "smtp", "lmtp", "error",
                   "discard", "showq", "scache", "postlogd")

POSTFIX_EXTRA_SERVICES = """\
rewrite   unix  -       -       n       -       -       trivial-rewrite
verify    unix  -       -       n       -       1       verify
proxymap  unix  -       -       n       -       -       proxymap
anvil     unix  -       -       n       -       1       anvil
flush     unix  n       -       n       1000?   0       flush
"""

# Signs that a program died: Postlet's master and Postfix's master.
CRASH = re.compile(r"panic:|fatal:|killed by signal|exit status [1-9]|"
                   r"terminated abnormally|terminated on signal")

TO_LINE = re.compile(
    r"(?P<prog>[\w./-]+)\[(?P<pid>\d+)\]: (?P<qid>[0-9A-Za-z]+): to=<(?P<rcpt>[^>]*)>, "
    r"(?:orig_to=<[^>]*>, )?relay=(?P<relay>[^,]+), "
    r"(?:conn_use=(?P<conn_use>\d+), )?delay=(?P<delay>[\d.]+), "
    r"delays=(?P<delays>[\d./]+), dsn=(?P<dsn>\d\.\d{1,3}\.\d{1,3}), "
    r"status=(?P<status>\w+) \((?P<reason>.*)\)$", re.M)


def smtp_available():
    """Is the smtp client in the binary (a link name listed by -l)?"""
    if REF:
        return True
    try:
        out = subprocess.run([os.path.join(BIN, "postlet"), "-l"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             timeout=10).stdout.decode()
    except OSError:
        return False
    return "smtp" in out.split()


def deliveries(log, rcpt=None):
    """The to= lines of the log, as dicts, in order."""
    out = []
    for m in TO_LINE.finditer(log):
        d = m.groupdict()
        if rcpt is None or d["rcpt"] == rcpt:
            out.append(d)
    return out


def crashes(log):
    return [line for line in log.splitlines() if CRASH.search(line)]


def inline(entries):
    """An inline: table from a dict (values with blanks are braced)."""
    items = []
    for k, v in entries.items():
        items.append("{ %s = %s }" % (k, v) if re.search(r"[\s,]", v) else "%s=%s" % (k, v))
    return "inline:{ %s }" % ", ".join(items)


class MTA:
    """What the Postlet and Postfix instances share."""

    def __init__(self, transports):
        self.transports = {"gw.example": "discard:"}
        self.transports.update(transports or {})

    def transport_line(self):
        return "transport_maps = %s\n" % inline(self.transports)

    def sendmail(self, *rcpts, sender=SENDER, body=None, subject="test"):
        if body is None:
            body = ("Subject: %s\n\nhello\n" % subject).encode()
        proc = subprocess.run([self.sendmail_cmd, "-f", sender] + list(rcpts),
                              input=body, env=self.env(), stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, timeout=30)
        assert proc.returncode == 0, proc.stderr

    def deliveries(self, rcpt=None):
        return deliveries(self.log(), rcpt)

    def wait_delivery(self, rcpt, timeout=30, status=None, count=1):
        """The to= lines for rcpt once there are count of them (with the
        status when given); [] on time-out."""
        def ready():
            d = [x for x in self.deliveries(rcpt) if status is None or x["status"] == status]
            return d if len(d) >= count else None
        return wait_for(ready, timeout, 0.1) or []

    def crashes(self):
        return crashes(self.log())

    def queue_files(self, *queues):
        found = []
        for q in queues or ("maildrop", "incoming", "active", "deferred", "hold"):
            for root, _dirs, files in os.walk(os.path.join(self.queue, q)):
                found.extend(os.path.join(root, f) for f in files)
        return found

    def queued(self, qid):
        """Is the message still in the queue (in any queue but corrupt)?"""
        return any(os.path.basename(p) == qid for p in self.queue_files())

    def removed(self, qid):
        return re.search(r"%s: removed" % re.escape(qid), self.log()) is not None


def services(agent_args):
    """SERVICES with agent_args added to the smtp, relay and lmtp lines."""
    out = []
    for line in SERVICES.splitlines():
        if line.split()[0] in ("smtp", "relay", "lmtp") and agent_args:
            line += " " + agent_args
        out.append(line + "\n")
    return "".join(out)


class PostletMTA(MTA):
    def __init__(self, tmp_path, main_extra="", master_extra="", env=None,
                 transports=None, agent_args=""):
        super().__init__(transports)
        self.extra_env = dict(env or {})
        names = " ".join(["MAIL_CONFIG", "LANG=C"] + sorted(self.extra_env))
        self.inst = Instance(tmp_path, services(agent_args) + master_extra,
                             "maillog_file = /dev/stdout\n" + COMMON_MAIN
                             + "import_environment = %s\n" % names
                             + self.transport_line() + main_extra)
        self.etc, self.queue = self.inst.etc, self.inst.queue
        # Instance writes its own import_environment; ours replaces it
        # (one line, no "overriding earlier entry" warning).
        path = os.path.join(self.etc, "main.cf")
        with open(path) as f:
            lines = f.read().split("\n")
        first = [i for i, l in enumerate(lines) if l.startswith("import_environment")][0]
        del lines[first]
        with open(path, "w") as f:
            f.write("\n".join(lines))
        self.sendmail_cmd = os.path.join(BIN, "sendmail")
        self.inst.env = self.env
        for name in POSTLET_DAEMONS:
            link = os.path.join(self.inst.daemon, name)
            if not os.path.exists(link):
                os.symlink(os.path.join(BIN, "postlet"), link)

    def env(self):
        environ = dict(os.environ)
        environ["MAIL_CONFIG"] = self.etc
        environ.update(self.extra_env)
        return environ

    def start(self):
        rc, err = self.inst.postfix("check")
        assert rc == 0, err
        self.inst.start_fg()

    def log(self):
        return self.inst.log()

    def mailq(self):
        return subprocess.run([os.path.join(BIN, "mailq")], env=self.env(),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              timeout=30).stdout.decode("utf-8", "replace")

    def append_main(self, text):
        with open(os.path.join(self.etc, "main.cf"), "a") as f:
            f.write(text)

    def reload(self):
        return self.inst.postfix("reload")

    def pids(self):
        """PIDs of master and its children."""
        try:
            master = self.inst.master_pid()
        except (OSError, ValueError):
            return []
        return [master] + children(master)

    def stop(self):
        keep = os.environ.get("POSTLET_SMTP_KEEP_LOG")
        if keep:
            with open(keep, "a") as f:
                f.write(self.log())
        self.inst.cleanup()


class PostfixMTA(MTA):
    """Debian's Postfix as the reference (POSTLET_SMTP_REF=postfix)."""

    def __init__(self, tmp_path, main_extra="", master_extra="", env=None,
                 transports=None, agent_args=""):
        super().__init__(transports)
        self.top = tempfile.mkdtemp(prefix="postfix-ref-", dir="/tmp")
        os.chmod(self.top, 0o755)
        self.etc = os.path.join(self.top, "etc")
        self.queue = os.path.join(self.top, "queue")
        self.maillog = os.path.join(self.top, "mail.log")
        self.sendmail_cmd = "/usr/sbin/sendmail"
        self.extra_env = dict(env or {})
        os.makedirs(self.etc)
        os.makedirs(self.queue, mode=0o755)
        with open(os.path.join(self.etc, "main.cf"), "w") as f:
            f.write(postfix_main_cf(self.top, self.queue, self.maillog))
            f.write("smtp_per_record_deadline = yes\n")
            f.write("lmtp_per_record_deadline = yes\n")
            f.write("smtp_tls_security_level =\n")
            f.write(COMMON_MAIN + self.transport_line() + main_extra)
        with open(os.path.join(self.etc, "master.cf"), "w") as f:
            f.write(services(agent_args) + POSTFIX_EXTRA_SERVICES + master_extra)

    def env(self):
        environ = dict(os.environ, MAIL_CONFIG=self.etc)
        environ.update(self.extra_env)
        return environ

    def _postfix(self, *args):
        return subprocess.run(["/usr/sbin/postfix", "-c", self.etc] + list(args),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              env=self.env(), timeout=60)

    def start(self):
        p = self._postfix("check")
        assert p.returncode == 0, p.stderr
        p = self._postfix("start")
        assert p.returncode == 0, p.stderr
        assert wait_for(lambda: os.path.exists(self.maillog), 10)

    def log(self):
        try:
            with open(self.maillog, encoding="utf-8", errors="replace") as f:
                return f.read()
        except FileNotFoundError:
            return ""

    def mailq(self):
        return subprocess.run(["/usr/sbin/postqueue", "-c", self.etc, "-p"],
                              env=self.env(), stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, timeout=30).stdout.decode()

    def append_main(self, text):
        with open(os.path.join(self.etc, "main.cf"), "a") as f:
            f.write(text)

    def reload(self):
        p = self._postfix("reload")
        return p.returncode, p.stderr.decode()

    def pids(self):
        try:
            with open(os.path.join(self.queue, "pid", "master.pid")) as f:
                master = int(f.read().split()[0])
        except (OSError, ValueError):
            return []
        return [master] + children(master)

    def stop(self):
        self._postfix("stop")
        time.sleep(0.5)
        shutil.rmtree(self.top, ignore_errors=True)


def children(ppid):
    out = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % entry) as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[0] != "Z" and int(fields[1]) == ppid:
            out.append(int(entry))
    return out


def make_mta(tmp_path, **kw):
    """A Postlet instance (or Postfix, with POSTLET_SMTP_REF=postfix),
    not yet started."""
    return (PostfixMTA if REF == "postfix" else PostletMTA)(tmp_path, **kw)


@pytest.fixture
def mta(tmp_path):
    """Factory: mta(main_extra=..., transports={...}, env={...}) makes and
    starts an instance; all are stopped at the end of the test."""
    made = []

    def make(start=True, **kw):
        m = make_mta(tmp_path, **kw)
        made.append(m)
        if start:
            m.start()
        return m

    yield make
    for m in made:
        m.stop()


def need_smtp():
    if not smtp_available():
        pytest.fail("the smtp client is not in the binary (no smtp in postlet -l)")


# ---------------------------------------------------------------------------
# Peers


def wait_port(port, timeout=10, host="127.0.0.1"):
    def up():
        try:
            socket.create_connection((host, port), timeout=1).close()
            return True
        except OSError:
            return False
    return wait_for(up, timeout, 0.05)


class Proc:
    """A peer process, killed (its process group) on stop."""
    proc = None
    name = "peer"

    def spawn(self, argv, **kw):
        self.errlog = tempfile.TemporaryFile()
        self.proc = subprocess.Popen(argv, stdout=self.errlog, stderr=self.errlog,
                                     start_new_session=True, **kw)

    def output(self):
        self.errlog.seek(0)
        return self.errlog.read().decode("utf-8", "replace")

    def stop(self):
        if self.proc and self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGTERM)
            except OSError:
                pass
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()


class SmtpSink(Proc):
    """Postfix's smtp-sink on 127.0.0.1:port (as root with -u nobody).
    With dump=True every message is written to dump_dir, one file each
    (-d), so that tests can count what arrived."""
    name = "smtp-sink"

    def __init__(self, lmtp=False, options=(), dump=False, backlog=100):
        self.port = free_port()
        self.dump_dir = tempfile.mkdtemp(prefix="sink-", dir="/tmp") if dump else None
        argv = ["/usr/sbin/smtp-sink"]
        if os.geteuid() == 0:
            argv += ["-u", "nobody"]
        if lmtp:
            argv.append("-L")
        if dump:
            os.chmod(self.dump_dir, 0o777)
            argv += ["-d", os.path.join(self.dump_dir, "%H%M%S.")]
        argv += list(options) + ["127.0.0.1:%d" % self.port, str(backlog)]
        self.spawn(argv)
        assert wait_port(self.port), self.output()

    def dumped(self):
        return [os.path.join(self.dump_dir, f) for f in os.listdir(self.dump_dir)]

    def stop(self):
        super().stop()
        if self.dump_dir:
            shutil.rmtree(self.dump_dir, ignore_errors=True)


class Dnsmasq(Proc):
    """dnsmasq answering from its command line only, on 127.0.0.1:port."""
    name = "dnsmasq"

    def __init__(self, records):
        self.port = free_port()
        argv = ["/usr/sbin/dnsmasq", "--no-daemon", "--port=%d" % self.port,
                "--listen-address=127.0.0.1", "--bind-interfaces", "--no-resolv",
                "--no-hosts", "--no-poll", "--conf-file=/dev/null",
                "--pid-file=", "--log-facility=-", "--log-queries",
                "--user=nobody", "--group=%s" % grp.getgrgid(pwd.getpwnam("nobody").pw_gid).gr_name
                ] + list(records)
        self.spawn(argv)
        assert wait_for(lambda: "started" in self.output() or self.proc.poll() is not None,
                        10), self.output()
        assert self.proc.poll() is None, self.output()

    def env(self):
        return {"NAMESERVERS": "127.0.0.1", "RES_OPTIONS": "port:%d" % self.port}


class Dovecot(Proc):
    """Dovecot's LMTP server on a unix socket in top/, with users from a
    passwd-file and maildirs under top/mail; over_quota names users whose
    quota is 1 KB (Dovecot's quota plugin, quota_full_tempfail as given)."""
    name = "dovecot"

    def __init__(self, top, users, over_quota=(), tempfail=False):
        self.top = top
        os.makedirs(top, exist_ok=True)
        os.chmod(top, 0o755)
        self.socket = os.path.join(top, "lmtp")
        run_dir = os.path.join(top, "run")
        mail_dir = os.path.join(top, "mail")
        os.makedirs(mail_dir, exist_ok=True)
        nobody = pwd.getpwnam("nobody")
        uid, gid = nobody.pw_uid, nobody.pw_gid
        if os.geteuid() == 0:
            os.chown(mail_dir, uid, gid)
        with open(os.path.join(top, "users"), "w") as f:
            for u in users:
                extra = "userdb_quota_rule=*:storage=1K" if u in over_quota else ""
                f.write("%s:{PLAIN}secret:%d:%d::%s/%s::%s\n"
                        % (u, uid, gid, mail_dir, u, extra))
        me = pwd.getpwuid(os.geteuid()).pw_name
        conf = os.path.join(top, "dovecot.conf")
        with open(conf, "w") as f:
            f.write("""\
base_dir = %(run)s
state_dir = %(run)s/state
protocols = lmtp
log_path = %(top)s/dovecot.log
info_log_path = %(top)s/dovecot.log
ssl = no
default_internal_user = nobody
default_login_user = nobody
default_internal_group = nogroup
mail_location = maildir:~/Maildir
auth_username_format = %%Ln
mail_plugins = quota
first_valid_uid = 0
passdb {
  driver = passwd-file
  args = %(top)s/users
}
userdb {
  driver = passwd-file
  args = %(top)s/users
}
service lmtp {
  unix_listener %(sock)s {
    mode = 0666
  }
}
protocol lmtp {
  mail_plugins = quota
}
plugin {
  quota = maildir:User quota
}
quota_full_tempfail = %(tempfail)s
""" % dict(run=run_dir, top=top, me=me, sock=self.socket,
           group=grp.getgrgid(os.getegid()).gr_name,
           tempfail="yes" if tempfail else "no"))
        self.spawn(["/usr/sbin/dovecot", "-F", "-c", conf])
        assert wait_for(lambda: os.path.exists(self.socket)
                        or self.proc.poll() is not None, 15), self.output()
        assert self.proc.poll() is None, self.output() + self.log()

    def log(self):
        try:
            with open(os.path.join(self.top, "dovecot.log")) as f:
                return f.read()
        except OSError:
            return ""

    def delivered(self, user):
        """Files in the user's Maildir/new."""
        d = os.path.join(self.top, "mail", user, "Maildir", "new")
        return os.listdir(d) if os.path.isdir(d) else []


class AuthServer:
    """aiosmtpd with AUTH on 127.0.0.1:port (a thread of this process).
    users: {name: password}. PLAIN and LOGIN are aiosmtpd's; CRAM-MD5 is
    ours (auth_CRAM__MD5 on the handler). auth_require_tls is off so that
    the plaintext mechanisms are offered without TLS; mechanisms limits
    what the EHLO reply offers."""

    def __init__(self, users, mechanisms=("PLAIN", "LOGIN", "CRAM-MD5")):
        from aiosmtpd.controller import Controller
        from aiosmtpd.smtp import MISSING, AuthResult
        import base64
        import hashlib
        import hmac

        self.messages = []
        self.logins = []
        self.port = free_port()
        server = self

        class Handler:
            async def handle_DATA(self, srv, session, envelope):
                server.messages.append((session.auth_data, envelope.mail_from,
                                        list(envelope.rcpt_tos), envelope.content))
                return "250 2.0.0 Ok: queued"

            async def auth_CRAM__MD5(self, srv, args):
                challenge = b"<%d.%d@fake.test>" % (os.getpid(), int(time.time()))
                answer = await srv.challenge_auth(base64.b64encode(challenge).decode(),
                                                  encode_to_b64=False)
                if answer is MISSING or not answer:
                    return AuthResult(success=False, handled=False)
                if isinstance(answer, bytes):
                    answer = answer.decode("latin-1")
                try:
                    user, digest = answer.rsplit(" ", 1)
                except ValueError:
                    return AuthResult(success=False, handled=False)
                want = hmac.new(users.get(user, "\0").encode(), challenge,
                                hashlib.md5).hexdigest()
                ok = user in users and hmac.compare_digest(want, digest)
                if ok:
                    server.logins.append(("CRAM-MD5", user))
                return AuthResult(success=ok, handled=False, auth_data=user if ok else None)

        def authenticator(srv, session, envelope, mechanism, auth_data):
            user = auth_data.login.decode() if isinstance(auth_data.login, bytes) \
                else auth_data.login
            pw = auth_data.password.decode() if isinstance(auth_data.password, bytes) \
                else auth_data.password
            ok = users.get(user) == pw
            if ok:
                server.logins.append((mechanism, user))
            return AuthResult(success=ok, handled=False, auth_data=user if ok else None)

        exclude = [m for m in ("PLAIN", "LOGIN", "CRAM-MD5") if m not in mechanisms]
        self.controller = Controller(
            Handler(), hostname="127.0.0.1", port=self.port,
            authenticator=authenticator, auth_require_tls=False,
            auth_required=True, auth_exclude_mechanism=exclude)
        self.controller.start()

    def stop(self):
        self.controller.stop()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()
