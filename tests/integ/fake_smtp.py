"""A scriptable, hostile SMTP/LMTP server for the smtp(8)/lmtp(8) tests.

FakeSMTP listens on 127.0.0.1 (or the host given: any 127.x.y.z, ::1) at
a port of its own choosing (or the port given, or a unix socket) and runs one script per connection. A script is a list of steps:

    Send(data)              send raw bytes unsolicited
    Expect(pattern, reply)  read one command line; it must match the regular
                            expression (case-insensitive, from the start);
                            then send reply (bytes, or None for nothing)
    Content(reply)          read message content up to the "." line (kept
                            in the session's messages), then send reply
    Sleep(seconds)          do nothing for a while
    Drip(data, interval)    send data one byte at a time, interval apart
    Close()                 close the connection (the script ends)
    WaitClose(timeout)      read until the client closes (or timeout)
    Default()               behave well from here on (also what happens
                            when a script runs out of steps)

The well-behaved mode speaks SMTP (or LMTP with lmtp=True): greeting
(unless the script already sent something), EHLO/HELO/LHLO with
PIPELINING, 8BITMIME, ENHANCEDSTATUSCODES, SIZE (and the extra keywords
given), MAIL, RCPT, DATA, content, RSET, NOOP, QUIT; LMTP answers the
content once per accepted recipient.

scripts is a list: connection i runs scripts[i], and connections beyond
the list run the last script again (so [hostile, []] means "hostile the
first time, well-behaved afterwards"). scripts=None is well-behaved
throughout.

Every session is recorded: the command lines received (bytes, without
CRLF), the messages received (content bytes, dot-unstuffed, CRLF kept),
all raw bytes, whether the client closed first, the start and end
times, and script errors (a
command that did not match; checked by tests with srv.errors()).

Threads, no asyncio: one thread accepts, one serves each connection.
Every read has a time limit (read_timeout) so that a quiet client never
hangs a test. stop() closes everything.
"""
import os
import re
import socket
import threading
import time


class Step:
    pass


class Send(Step):
    def __init__(self, data):
        self.data = data if isinstance(data, bytes) else data.encode()


class Expect(Step):
    def __init__(self, pattern, reply=None):
        self.pattern = pattern
        self.reply = reply.encode() if isinstance(reply, str) else reply


class Content(Step):
    def __init__(self, reply=None):
        self.reply = reply.encode() if isinstance(reply, str) else reply


class Sleep(Step):
    def __init__(self, seconds):
        self.seconds = seconds


class Drip(Step):
    def __init__(self, data, interval=1.0):
        self.data = data if isinstance(data, bytes) else data.encode()
        self.interval = interval


class Close(Step):
    pass


class WaitClose(Step):
    def __init__(self, timeout=30):
        self.timeout = timeout


class Default(Step):
    pass


GREETING = b"220 fake.test ESMTP fake\r\n"


def ehlo_reply(name="fake.test", extra=(), pipelining=True):
    """A multi-line EHLO/LHLO reply."""
    kws = []
    if pipelining:
        kws.append("PIPELINING")
    kws += ["8BITMIME", "ENHANCEDSTATUSCODES", "SIZE 10240000"] + list(extra)
    lines = [name] + kws
    out = "".join("250-%s\r\n" % l for l in lines[:-1]) + "250 %s\r\n" % lines[-1]
    return out.encode()


# Common script beginnings.
def greet_ehlo(extra=(), pipelining=True, helo="EHLO"):
    return [Send(GREETING), Expect(helo, ehlo_reply(extra=extra, pipelining=pipelining))]


class ClientGone(Exception):
    pass


class ScriptError(Exception):
    pass


class Session:
    """What one connection brought."""

    def __init__(self, index, conn):
        self.index = index
        self.conn = conn
        self.lines = []        # command lines, bytes without CRLF
        self.messages = []     # message contents, bytes
        self.raw = bytearray()
        self.buf = b""
        self.sent_any = False
        self.client_closed = False
        self.errors = []
        self.rcpts_ok = 0      # recipients accepted in this transaction
        self.done = threading.Event()
        self.t_start = time.time()
        self.t_end = None      # when the session ended (either side)

    def duration(self):
        return (self.t_end or time.time()) - self.t_start

    def commands(self):
        """The command lines as text."""
        return [l.decode("latin-1") for l in self.lines]


class FakeSMTP:
    def __init__(self, scripts=None, lmtp=False, unix_path=None,
                 read_timeout=60, ehlo_extra=(), pipelining=True,
                 queued_as="FAKE", host="127.0.0.1", port=0):
        self.scripts = scripts
        self.lmtp = lmtp
        self.read_timeout = read_timeout
        self.ehlo_extra = tuple(ehlo_extra)
        self.pipelining = pipelining
        self.queued_as = queued_as
        self.sessions = []
        self.lock = threading.Lock()
        self.stopping = False
        self.unix_path = unix_path
        if unix_path:
            self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            self.sock.bind(unix_path)
            os.chmod(unix_path, 0o777)
            self.port = None
        else:
            family = socket.AF_INET6 if ":" in host else socket.AF_INET
            self.sock = socket.socket(family, socket.SOCK_STREAM)
            self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            self.sock.bind((host, port))
            self.port = self.sock.getsockname()[1]
        self.sock.listen(64)
        self.accepter = threading.Thread(target=self._accept, daemon=True)
        self.accepter.start()

    # ---- life cycle -------------------------------------------------

    def _accept(self):
        while not self.stopping:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with self.lock:
                s = Session(len(self.sessions), conn)
                self.sessions.append(s)
            threading.Thread(target=self._serve, args=(s,), daemon=True).start()

    def stop(self):
        self.stopping = True
        try:
            self.sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self.sock.close()
        with self.lock:
            sessions = list(self.sessions)
        for s in sessions:
            try:
                s.conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            s.conn.close()
        if self.unix_path:
            try:
                os.unlink(self.unix_path)
            except OSError:
                pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()

    # ---- what happened ----------------------------------------------

    def errors(self):
        return [e for s in self.sessions for e in s.errors]

    def messages(self):
        return [m for s in self.sessions for m in s.messages]

    def commands(self):
        return [c for s in self.sessions for c in s.commands()]

    def wait(self, cond, timeout=30, step=0.05):
        end = time.time() + timeout
        while True:
            v = cond()
            if v or time.time() > end:
                return v
            time.sleep(step)

    # ---- I/O ----------------------------------------------------------

    def _send(self, s, data):
        s.sent_any = True
        try:
            s.conn.sendall(data)
        except OSError:
            raise ClientGone()

    def _fill(self, s, timeout):
        s.conn.settimeout(timeout)
        try:
            chunk = s.conn.recv(65536)
        except socket.timeout:
            raise ScriptError("timed out waiting for the client")
        except OSError:
            chunk = b""
        if not chunk:
            s.client_closed = True
            raise ClientGone()
        s.raw += chunk
        s.buf += chunk

    def _line(self, s):
        """One line from the client, without its line end."""
        end = time.time() + self.read_timeout
        while b"\n" not in s.buf:
            left = end - time.time()
            if left <= 0:
                raise ScriptError("timed out waiting for the client")
            self._fill(s, left)
        line, s.buf = s.buf.split(b"\n", 1)
        return line[:-1] if line.endswith(b"\r") else line

    def _command(self, s):
        line = self._line(s)
        s.lines.append(line)
        return line

    def _content(self, s):
        out = []
        while True:
            line = self._line(s)
            if line == b".":
                break
            if line.startswith(b"."):
                line = line[1:]
            out.append(line + b"\r\n")
        msg = b"".join(out)
        s.messages.append(msg)
        return msg

    # ---- serving ------------------------------------------------------

    def _script(self, index):
        if not self.scripts:
            return []
        return self.scripts[min(index, len(self.scripts) - 1)]

    def _serve(self, s):
        try:
            for step in self._script(s.index):
                if isinstance(step, Default):
                    break
                if self._step(s, step) == "closed":
                    return
            self._default(s)
        except ClientGone:
            pass
        except ScriptError as e:
            s.errors.append(str(e))
        finally:
            try:
                s.conn.close()
            except OSError:
                pass
            s.t_end = time.time()
            s.done.set()

    def _track(self, s, line, reply):
        """Keep the recipient count of the transaction right for LMTP."""
        verb = line[:4].upper()
        if verb in (b"MAIL", b"RSET", b"LHLO", b"EHLO", b"HELO"):
            s.rcpts_ok = 0
        elif verb == b"RCPT" and reply and reply[:1] == b"2":
            s.rcpts_ok += 1

    def _step(self, s, step):
        if isinstance(step, Send):
            self._send(s, step.data)
        elif isinstance(step, Expect):
            line = self._command(s)
            if not re.match(step.pattern.encode() if isinstance(step.pattern, str)
                            else step.pattern, line, re.I):
                raise ScriptError("expected %r, got %r" % (step.pattern, line))
            self._track(s, line, step.reply)
            if step.reply:
                self._send(s, step.reply)
        elif isinstance(step, Content):
            self._content(s)
            s.rcpts_ok = 0
            if step.reply:
                self._send(s, step.reply)
        elif isinstance(step, Sleep):
            time.sleep(step.seconds)
        elif isinstance(step, Drip):
            for i in range(len(step.data)):
                self._send(s, step.data[i:i + 1])
                if i + 1 < len(step.data):
                    time.sleep(step.interval)
        elif isinstance(step, Close):
            try:
                s.conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            s.conn.close()
            return "closed"
        elif isinstance(step, WaitClose):
            end = time.time() + step.timeout
            try:
                while time.time() < end:
                    self._fill(s, max(0.01, end - time.time()))
            except ClientGone:
                return "closed"
            except ScriptError:
                pass
        else:
            raise ScriptError("unknown step %r" % step)
        return None

    def _default(self, s):
        if not s.sent_any:
            self._send(s, GREETING)
        n = 0
        while True:
            line = self._command(s)
            verb = line.split(b" ", 1)[0].upper()
            if verb in (b"EHLO", b"LHLO"):
                if (verb == b"LHLO") != self.lmtp:
                    reply = b"500 5.5.1 Error: command not recognized\r\n"
                else:
                    reply = ehlo_reply(extra=self.ehlo_extra, pipelining=self.pipelining)
            elif verb == b"HELO" and not self.lmtp:
                reply = b"250 fake.test\r\n"
            elif verb == b"MAIL":
                reply = b"250 2.1.0 Ok\r\n"
            elif verb == b"RCPT":
                reply = b"250 2.1.5 Ok\r\n"
            elif verb == b"DATA":
                self._send(s, b"354 End data with <CR><LF>.<CR><LF>\r\n")
                self._content(s)
                n += 1
                ok = b"250 2.0.0 Ok: queued as %s%d%d\r\n" % (
                    self.queued_as.encode(), s.index, n)
                reply = ok * (s.rcpts_ok if self.lmtp else 1)
                s.rcpts_ok = 0
                if reply:
                    self._send(s, reply)
                continue
            elif verb in (b"RSET", b"NOOP"):
                reply = b"250 2.0.0 Ok\r\n"
            elif verb == b"QUIT":
                self._send(s, b"221 2.0.0 Bye\r\n")
                return
            else:
                reply = b"502 5.5.2 Error: command not recognized\r\n"
            self._track(s, line, reply)
            self._send(s, reply)
