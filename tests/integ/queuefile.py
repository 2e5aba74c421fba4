"""Write queue files the way Postlet's cleanup does, for tests.

record(type, data) gives the bytes of one record (type letter, base-128
length, data); queue_file(...) gives a complete queue file with correct
SIZE and MESG offsets; place(queue_dir, queue, data) stores one under the
name its inode calls for (short IDs, hash_queue_names' defaults).
"""
import os
import time


def record(rtype, data=b""):
    """One record: type byte, length (low 7 bits first), data."""
    if isinstance(data, str):
        data = data.encode()
    n = len(data)
    out = bytearray([ord(rtype)])
    while True:
        b = n & 0x7F
        n >>= 7
        out.append(b | (0x80 if n else 0))
        if not n:
            break
    return bytes(out) + data


def queue_file(sender="sender@example.com", recipients=("rcpt@example.org",),
               done=(), lines=("Subject: test", "", "hello"), arrival=1700000000,
               attrs=("rewrite_context=local",), end=True):
    """A complete queue file as bytes."""
    env = [("T", "%d 0" % arrival), ("S", sender)]
    env += [("A", a) for a in attrs]
    env += [("R", r) for r in recipients] + [("D", r) for r in done]
    content = [("N", line) for line in lines]

    def build(size, mesg):
        out = record("C", size)
        for t, d in env:
            out += record(t, d)
        out += record("M", mesg)
        start = len(out)
        for t, d in content:
            out += record(t, d)
        xtra = len(out)
        out += record("X")
        if end:
            out += record("E")
        return out, start, xtra

    size = "%15d %15d %15d %15d %15d" % (0, 0, 0, 0, 0)
    out, start, xtra = build(size, "%15d" % 0)
    size = "%15d %15d %15d %15d %15d" % (xtra - start, start, len(recipients), 0,
                                         xtra - start)
    out, start, xtra = build(size, "%15d" % xtra)
    return out


def hashed(queue, qid, names=("deferred", "defer"), depth=1):
    """The directory of a queue file under the default hashing."""
    if queue in names:
        return os.path.join(queue, *qid[:depth])
    return queue


def place(queue_dir, queue, data, mode=0o700):
    """Store data as a queue file named by its inode; return the ID."""
    tmp = os.path.join(queue_dir, queue, "%d.%d" % (time.time_ns() % 1000000, os.getpid()))
    with open(tmp, "wb") as f:
        f.write(data)
    os.chmod(tmp, mode)
    ino = os.stat(tmp).st_ino
    qid = "%05X%X" % (time.time_ns() // 1000 % 1000000, ino)
    d = os.path.join(queue_dir, hashed(queue, qid))
    os.makedirs(d, exist_ok=True)
    os.rename(tmp, os.path.join(d, qid))
    return qid


def make_queue(tmp_path, confdir):
    """A queue directory with every queue, and main.cf pointing at it."""
    q = tmp_path / "queue"
    for name in ("maildrop", "incoming", "active", "deferred", "hold", "corrupt",
                 "bounce", "defer", "trace", "saved"):
        (q / name).mkdir(parents=True)
    (confdir / "main.cf").write_text("queue_directory = %s\n" % q)
    return q
