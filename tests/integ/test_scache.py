"""scache(8) under master: the tests speak the protocol of scache(3h) to
private/scache directly. Every message starts with one NUL byte, sent with
sendmsg() and read with recvmsg(), that carries the descriptor when there is
one; an attribute list ("name=value" lines and an empty line) follows.

Cached connections are socketpair ends: the test keeps the other end and
checks that a connection handed back works (bytes written to it arrive),
and that one the daemon closed (expired, refused, extra) is closed (the
other end reads end of file), which also shows that no descriptor leaks.
"""
import os
import signal
import socket
import time

import pytest

from master_instance import BIN, Instance, wait_for

MASTER_CF = """\
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
"""

MAIN_CF = ("maillog_file = /dev/stdout\n"
           "connection_cache_ttl_limit = 2s\n"
           "connection_cache_status_update_time = 2s\n")


@pytest.fixture(scope="module")
def inst(tmp_path_factory):
    i = Instance(tmp_path_factory.mktemp("scache"), MASTER_CF, MAIN_CF)
    for name in ("scache", "postlogd"):
        os.symlink(os.path.join(BIN, "postlet"), os.path.join(i.daemon, name))
    rc, err = i.postfix("check")
    assert rc == 0, err
    i.start_fg()
    yield i
    i.cleanup()


class Client:
    """One connection to private/scache."""

    def __init__(self, inst):
        self.s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.s.settimeout(10)
        self.s.connect(os.path.join(inst.queue, "private", "scache"))

    def send(self, attrs, fds=()):
        text = "".join("%s=%s\n" % (k, v) for k, v in attrs) + "\n"
        if fds:
            socket.send_fds(self.s, [b"\0"], list(fds))
            self.s.sendall(text.encode())
        else:
            self.s.sendall(b"\0" + text.encode())

    def recv(self):
        """(attribute dict, received descriptors); None at end of input."""
        msg, fds, _, _ = socket.recv_fds(self.s, 1, 4)
        if msg == b"":
            return None
        data = b""
        while not data.endswith(b"\n\n"):
            chunk = self.s.recv(1)
            assert chunk, "end of input inside a reply: %r" % data
            data += chunk
        attrs = dict(line.split("=", 1) for line in data.decode().split("\n") if line)
        return attrs, fds

    def eof(self):
        """The daemon closed the connection."""
        try:
            return self.s.recv(100) == b""
        except ConnectionResetError:
            return True

    def close(self):
        self.s.close()

    def save_endp(self, label, prop, fd, ttl=60):
        self.send([("request", "save_endp"), ("ttl", ttl), ("label", label),
                   ("prop", prop)], [fd])
        attrs, fds = self.recv()
        assert fds == []
        return int(attrs["status"])

    def find_endp(self, label):
        self.send([("request", "find_endp"), ("label", label)])
        attrs, fds = self.recv()
        return int(attrs["status"]), attrs["prop"], fds

    def save_dest(self, label, prop, endp_label, ttl=60):
        self.send([("request", "save_dest"), ("ttl", ttl), ("label", label),
                   ("prop", prop), ("endp_label", endp_label)])
        attrs, fds = self.recv()
        assert fds == []
        return int(attrs["status"])

    def find_dest(self, label):
        self.send([("request", "find_dest"), ("label", label)])
        attrs, fds = self.recv()
        return int(attrs["status"]), attrs["prop"], attrs["endp_prop"], fds


def connection():
    """A socketpair: (the end to cache, the end the test keeps)."""
    a, b = socket.socketpair()
    b.settimeout(10)
    return a, b


def works(fd, peer):
    """Bytes written to fd arrive at peer."""
    os.write(fd, b"ping")
    return peer.recv(10) == b"ping"


def closed(peer):
    """Every copy of peer's other end is closed."""
    peer.settimeout(10)
    return peer.recv(10) == b""


@pytest.fixture
def client(inst):
    c = Client(inst)
    yield c
    c.close()


def test_save_find_endp(client):
    a, b = connection()
    assert client.save_endp("smtp:192.0.2.1:25", "host=mx.example", a.fileno()) == 0
    a.close()
    status, prop, fds = client.find_endp("smtp:192.0.2.1:25")
    assert (status, prop, len(fds)) == (0, "host=mx.example", 1)
    assert works(fds[0], b)
    assert client.find_endp("smtp:192.0.2.1:25") == (-1, "", [])
    os.close(fds[0])
    assert closed(b)


def test_newest_connection_first(client):
    a1, b1 = connection()
    a2, b2 = connection()
    assert client.save_endp("smtp:192.0.2.2:25", "one", a1.fileno()) == 0
    assert client.save_endp("smtp:192.0.2.2:25", "two", a2.fileno()) == 0
    a1.close()
    a2.close()
    status, prop, fds = client.find_endp("smtp:192.0.2.2:25")
    assert (status, prop) == (0, "two") and works(fds[0], b2)
    status, prop, fds2 = client.find_endp("smtp:192.0.2.2:25")
    assert (status, prop) == (0, "one") and works(fds2[0], b1)
    for fd in fds + fds2:
        os.close(fd)


def test_save_find_dest(client):
    assert client.find_dest("smtp:example.com:25") == (-1, "", "", [])
    a, b = connection()
    assert client.save_endp("smtp:192.0.2.3:25", "ep", a.fileno()) == 0
    a.close()
    assert client.save_dest("smtp:example.com:25", "dp", "smtp:192.0.2.3:25") == 0
    status, dprop, eprop, fds = client.find_dest("smtp:example.com:25")
    assert (status, dprop, eprop, len(fds)) == (0, "dp", "ep", 1)
    assert works(fds[0], b)
    os.close(fds[0])
    # The destination stays; its endpoint has no connection left.
    assert client.find_dest("smtp:example.com:25") == (-1, "", "", [])
    a, b = connection()
    assert client.save_endp("smtp:192.0.2.3:25", "ep2", a.fileno()) == 0
    a.close()
    status, dprop, eprop, fds = client.find_dest("smtp:example.com:25")
    assert (status, dprop, eprop) == (0, "dp", "ep2") and works(fds[0], b)
    os.close(fds[0])


def test_ttl_expiry_closes_the_connection(client):
    a, b = connection()
    assert client.save_endp("smtp:192.0.2.4:25", "p", a.fileno(), ttl=1) == 0
    a.close()
    start = time.time()
    assert closed(b)
    assert 0.5 < time.time() - start < 4
    assert client.find_endp("smtp:192.0.2.4:25") == (-1, "", [])


def test_ttl_is_capped_by_the_limit(client):
    a, b = connection()
    assert client.save_endp("smtp:192.0.2.5:25", "p", a.fileno(), ttl=3600) == 0
    a.close()
    start = time.time()
    assert closed(b)
    assert time.time() - start < 5
    assert client.find_endp("smtp:192.0.2.5:25") == (-1, "", [])


def test_refused_save_keeps_the_connection(inst, client):
    a, b = connection()
    assert client.save_endp("smtp:192.0.2.6:25", "p", a.fileno(), ttl=0) == -1
    assert client.save_endp("", "p", a.fileno()) == -1
    assert client.save_endp("x" * 600, "p", a.fileno()) == -1
    assert client.save_dest("d", "p" * 2000, "e") == -1
    a.close()
    assert closed(b)
    assert client.find_endp("smtp:192.0.2.6:25") == (-1, "", [])
    assert "save_endp request refused" in inst.log()


def expect_error_and_close(c):
    reply = c.recv()
    assert reply is not None and reply[0] == {"status": "-1"} and reply[1] == []
    assert c.eof()


@pytest.mark.parametrize("data, logged", [
    (b"\0garbage\n\n", "no '=' after an attribute name"),
    (b"request=find_endp\nlabel=x\n\n", "unexpected attribute equest"),
    (b"\0request=frobnicate\n\n", 'unknown request "frobnicate"'),
    (b"\0request=find_endp\nlabel=x\nextra=1\n\n", "unexpected extra attribute extra"),
    (b"\0request=save_dest\nttl=ten\nlabel=x\nprop=\nendp_label=y\n\n", "bad number in attribute ttl"),
])
def test_malformed_request(inst, data, logged):
    c = Client(inst)
    c.s.sendall(data)
    expect_error_and_close(c)
    c.close()
    assert wait_for(lambda: logged in inst.log()), inst.log()[-2000:]


def test_save_without_descriptor(inst):
    c = Client(inst)
    c.send([("request", "save_endp"), ("ttl", 10), ("label", "l"), ("prop", "")])
    expect_error_and_close(c)
    c.close()
    assert wait_for(lambda: "save_endp request without a descriptor" in inst.log())


def test_descriptor_where_none_belongs_is_closed(inst):
    c = Client(inst)
    a, b = connection()
    c.send([("request", "find_endp"), ("label", "l")], [a.fileno()])
    a.close()
    expect_error_and_close(c)
    c.close()
    assert closed(b)
    assert wait_for(lambda: 'unexpected descriptor with a "find_endp" request' in inst.log())


def test_two_descriptors_extra_closed(client):
    a1, b1 = connection()
    a2, b2 = connection()
    client.send([("request", "save_endp"), ("ttl", 60), ("label", "smtp:192.0.2.7:25"),
                 ("prop", "p")], [a1.fileno(), a2.fileno()])
    attrs, fds = client.recv()
    assert attrs == {"status": "0"} and fds == []
    a1.close()
    a2.close()
    assert closed(b2)
    status, prop, fds = client.find_endp("smtp:192.0.2.7:25")
    assert status == 0 and works(fds[0], b1)
    os.close(fds[0])


def test_pipelined_request_disconnects(inst):
    c = Client(inst)
    req = b"\0request=find_endp\nlabel=x\n\n"
    c.s.sendall(req + req)
    reply = c.recv()
    assert reply == ({"status": "-1", "prop": ""}, [])
    assert c.eof()
    c.close()
    assert wait_for(lambda: "request sent before the previous reply" in inst.log())


def test_statistics_logged(inst, client):
    a, b = connection()
    assert client.save_endp("smtp:192.0.2.8:25", "p", a.fileno()) == 0
    a.close()
    assert client.find_endp("smtp:192.0.2.9:25")[0] == -1
    status, _, fds = client.find_endp("smtp:192.0.2.8:25")
    assert status == 0
    os.close(fds[0])
    assert wait_for(lambda: "statistics: address lookup hits=" in inst.log(), timeout=10)
    log = inst.log()
    assert "scache" in log and "statistics: start interval " in log
    assert "statistics: max simultaneous domains=" in log
    line = [l for l in log.splitlines() if "statistics: address lookup" in l][-1]
    hits = int(line.split("hits=")[1].split()[0])
    miss = int(line.split("miss=")[1].split()[0])
    assert line.endswith("success=%d%%" % (hits * 100 // (hits + miss)))


def test_one_process_serves_many_clients(inst):
    clients = [Client(inst) for _ in range(20)]
    pairs = [connection() for _ in clients]
    for i, (c, (a, _)) in enumerate(zip(clients, pairs)):
        assert c.save_endp("smtp:198.51.100.%d:25" % i, "p%d" % i, a.fileno()) == 0
        a.close()
    for i, (c, (_, b)) in enumerate(zip(reversed(clients), pairs)):
        status, prop, fds = c.find_endp("smtp:198.51.100.%d:25" % i)
        assert (status, prop) == (0, "p%d" % i) and works(fds[0], b)
        os.close(fds[0])
    for c in clients:
        c.close()


def scache_pid(inst):
    """The process ID of master's scache child."""
    master = inst.master_pid()
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % name) as f:
                fields = f.read().rsplit(")", 1)[1].split()
            with open("/proc/%s/comm" % name) as f:
                comm = f.read().strip()
        except OSError:
            continue
        if int(fields[1]) == master and comm == "scache":
            return int(name)
    return None


def test_statistics_at_exit(inst):
    c = Client(inst)
    assert c.find_dest("smtp:exit.example:25")[0] == -1
    pid = scache_pid(inst)
    assert pid
    line = "scache[%d]: statistics: domain lookup hits=" % pid
    before = inst.log().count(line)
    os.kill(pid, signal.SIGTERM)
    assert c.eof()
    c.close()
    assert wait_for(lambda: inst.log().count(line) == before + 1), inst.log()[-2000:]
    # master starts a new process for the next client.
    c = Client(inst)
    assert c.find_endp("smtp:192.0.2.1:25") == (-1, "", [])
    c.close()
