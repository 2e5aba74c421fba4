"""Shared fixtures for the integration tests.

Every test runs the built binaries (POSTLET_BIN, set by tests/integ/run.sh;
default build/native/bin) in its own temporary directory. Nothing here talks
to the network beyond 127.0.0.1.
"""
import os
import subprocess
import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.environ.get("POSTLET_BIN", os.path.join(ROOT, "build", "native", "bin"))


class Result:
    """What a program did: exit status, stdout and stderr as text."""

    def __init__(self, proc):
        self.status = proc.returncode
        self.out = proc.stdout.decode("utf-8", "replace")
        self.err = proc.stderr.decode("utf-8", "replace")

    def __repr__(self):
        return "Result(status=%d, out=%r, err=%r)" % (self.status, self.out, self.err)


def run(prog, *args, input=None, env=None, config_dir=None, cwd=None, timeout=60):
    """Run a Postlet program by its link name; return a Result."""
    environ = dict(os.environ)
    environ.pop("MAIL_CONFIG", None)
    if config_dir is not None:
        environ["MAIL_CONFIG"] = str(config_dir)
    if env:
        environ.update(env)
    if isinstance(input, str):
        input = input.encode()
    proc = subprocess.run([os.path.join(BIN, prog)] + [str(a) for a in args],
                          input=input, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, env=environ, cwd=cwd,
                          timeout=timeout)
    return Result(proc)


@pytest.fixture
def confdir(tmp_path):
    """An empty configuration directory with an empty main.cf."""
    d = tmp_path / "etc"
    d.mkdir()
    (d / "main.cf").write_text("")
    return d
