"""smtp(8) against real peers: Postfix's smtp-sink (and its fault options),
aiosmtpd with AUTH, dnsmasq for MX/A/AAAA, and the connection cache.

One instance serves every case at once (each case has its own recipient
domain, routed by transport_maps, or by relayhost for the plain sink),
so the file takes about as long as its slowest case. DNS: the instance
gets NAMESERVERS=127.0.0.1 and RES_OPTIONS=port:N (named in
import_environment) for a dnsmasq that answers for *.test only; MX
hosts are 127.0.0.2 and up (all of 127/8 is loopback on Linux) on one
port, with nexthops "domain:port" so that the MX lookup is made and the
port is ours.
"""
import os
import re

import pytest

from fake_smtp import FakeSMTP
from master_instance import free_port, wait_for
from smtp_peers import (REF, AuthServer, Dnsmasq, SmtpSink, crashes, make_mta,
                        need_smtp)

N_CACHE = 8

# aiosmtpd warns that AUTH without TLS is unsafe: that is the point here.
pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")


class World:
    pass


def bind_port():
    """A port free on 127.0.0.1 that the MX fakes use on every address."""
    return free_port()


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    need_smtp()
    w = World()
    stop = []
    try:
        # smtp-sink, each with its own faults.
        def sink(name, *options, **kw):
            s = SmtpSink(options=options, **kw)
            stop.append(s)
            setattr(w, name, s)
            return s

        sink("relay", dump=True)
        sink("r_rcpt", "-r", "RCPT")
        sink("f_rcpt", "-f", "RCPT")
        sink("f_mail", "-f", "MAIL")
        sink("r_dot", "-r", ".")
        sink("q_data", "-q", "DATA")
        sink("Q_rcpt", "-Q", "RCPT")
        sink("W_mail", "-p", "-W", "MAIL:10")
        sink("A_data", "-A", "0")
        sink("no_esmtp", "-e")
        sink("cache", "-a", "-C", "-F")

        # MX servers: one port on several loopback addresses.
        p = w.mx_port = bind_port()
        w.mx = {}
        for addr in ("127.0.0.2", "127.0.0.3", "127.0.0.5", "127.0.0.6", "::1"):
            w.mx[addr] = FakeSMTP(host=addr, port=p, queued_as=addr.replace(":", "v6"))
            stop.append(w.mx[addr])
        w.fallback = FakeSMTP(queued_as="FALLBACK")
        stop.append(w.fallback)
        w.cachefake = FakeSMTP()
        w.ondemand = FakeSMTP()
        stop += [w.cachefake, w.ondemand]
        w.dns = Dnsmasq([
            "--local=/test/",
            "--mx-host=order.test,mx2.order.test,20",
            "--mx-host=order.test,mx1.order.test,10",
            "--host-record=mx1.order.test,127.0.0.2",
            "--host-record=mx2.order.test,127.0.0.3",
            "--mx-host=fb.test,live.fb.test,20",
            "--mx-host=fb.test,dead.fb.test,10",
            "--host-record=dead.fb.test,127.0.0.4",
            "--host-record=live.fb.test,127.0.0.5",
            "--host-record=amx.test,127.0.0.6",
            "--mx-host=nullmx.test,.,0",
            "--mx-host=fbrelay.test,dead.fbrelay.test,10",
            "--host-record=dead.fbrelay.test,127.0.0.7",
            "--mx-host=v6.test,mx.v6.test,10",
            "--host-record=mx.v6.test,::1",
        ])
        stop.append(w.dns)

        # AUTH servers: all mechanisms; plaintext only; one we have the
        # wrong password for.
        w.auth = AuthServer({"user1": "pass1"})
        w.auth_plain = AuthServer({"user2": "pass2"}, mechanisms=("PLAIN", "LOGIN"))
        w.auth_bad = AuthServer({"user3": "pass3"})
        stop += [w.auth, w.auth_plain, w.auth_bad]

        def hop(port):
            return "[127.0.0.1]:%d" % port

        transports = {
            "r-rcpt.test": "smtp:" + hop(w.r_rcpt.port),
            "f-rcpt.test": "smtp:" + hop(w.f_rcpt.port),
            "f-mail.test": "smtp:" + hop(w.f_mail.port),
            "r-dot.test": "smtp:" + hop(w.r_dot.port),
            "q-data.test": "smtp:" + hop(w.q_data.port),
            "qq-rcpt.test": "smtp:" + hop(w.Q_rcpt.port),
            "w-mail.test": "smtp:" + hop(w.W_mail.port),
            "a-data.test": "smtp:" + hop(w.A_data.port),
            "no-esmtp.test": "smtp:" + hop(w.no_esmtp.port),
            "cache.test": "smtpcache:" + hop(w.cache.port),
            "cachefake.test": "smtpcache:" + hop(w.cachefake.port),
            "ondemand.test": "smtpod:" + hop(w.ondemand.port),
            "order.test": "smtp:order.test:%d" % p,
            "fb.test": "smtp:fb.test:%d" % p,
            "amx.test": "smtp:amx.test:%d" % p,
            "nx.test": "smtp:nx.test:%d" % p,
            "nullmx.test": "smtp:nullmx.test:%d" % p,
            "fbrelay.test": "smtpfb:fbrelay.test:%d" % p,
            "v6.test": "smtp6:v6.test:%d" % p,
            "sasl-cram.test": "smtp:" + hop(w.auth.port),
            "sasl-plain.test": "smtpplain:" + hop(w.auth.port),
            "sasl-login.test": "smtplogin:" + hop(w.auth.port),
            "sasl-noplain.test": "smtpnoplain:" + hop(w.auth_plain.port),
            "sasl-bad.test": "smtp:" + hop(w.auth_bad.port),
        }
        passwords = "inline:{ %s=user1:pass1, %s=user2:pass2, %s=user3:wrong }" % (
            hop(w.auth.port), hop(w.auth_plain.port), hop(w.auth_bad.port))
        master_extra = (
            "smtpplain unix - - n - - smtp -o smtp_sasl_mechanism_filter=plain\n"
            "smtplogin unix - - n - - smtp -o smtp_sasl_mechanism_filter=login\n"
            "smtpnoplain unix - - n - - smtp"
            " -o smtp_sasl_security_options=noplaintext,noanonymous\n"
            "smtpfb unix - - n - - smtp -o smtp_fallback_relay=%s\n"
            "smtp6 unix - - n - - smtp -o inet_protocols=all\n"
            "smtpcache unix - - n - - smtp -o smtp_sasl_auth_enable=no"
            " -o smtp_connection_cache_on_demand=no\n"
            "smtpod unix - - n - - smtp -o smtp_sasl_auth_enable=no\n" % hop(w.fallback.port))
        main_extra = (
            "relayhost = %s\n" % hop(w.relay.port)
            + "smtp_sasl_auth_enable = yes\n"
            "smtp_sasl_password_maps = %s\n" % passwords
            + "smtp_sasl_security_options = noanonymous\n"
            "smtpcache_destination_concurrency_limit = 1\n"
            "smtpod_destination_concurrency_limit = 1\n"
            # postconf(5): "a relay host name (without [] or non-default
            # TCP port)"; on-demand caching is off for this transport, so
            # that only this setting can make the reuse.
            "smtp_connection_cache_destinations = 127.0.0.1\n"
            + "minimal_backoff_time = 30s\nmaximal_backoff_time = 60s\n"
            "queue_run_delay = 30s\n")
        w.mta = make_mta(tmp_path_factory.mktemp("peers"), transports=transports,
                         master_extra=master_extra, main_extra=main_extra,
                         env=w.dns.env())
        w.mta.start()
        send = w.mta.sendmail
        send("one@anywhere.example", "two@anywhere.example")
        send("three@elsewhere.example")
        for d in ("r-rcpt", "f-rcpt", "f-mail", "r-dot", "q-data", "qq-rcpt", "w-mail",
                  "a-data", "no-esmtp", "order", "fb", "amx", "nx", "nullmx",
                  "fbrelay", "v6", "sasl-cram", "sasl-plain", "sasl-login",
                  "sasl-noplain", "sasl-bad"):
            send("u@%s.test" % d, subject=d)
        for i in range(N_CACHE):
            send("c%d@cache.test" % i, subject="cache %d" % i)
            send("c%d@cachefake.test" % i, subject="cachefake %d" % i)
        for i in range(N_CACHE):
            send("d%d@ondemand.test" % i, subject="ondemand %d" % i)
        yield w
    finally:
        if getattr(w, "mta", None):
            w.mta.stop()
        for s in stop:
            s.stop()


def outcome(w, rcpt, timeout=40):
    d = w.mta.wait_delivery(rcpt, timeout)
    assert d, "no to= line for %s in:\n%s" % (rcpt, w.mta.log()[-6000:])
    return d[0]


def check(w, rcpt, status, dsn=None, reason=None, relay=None):
    d = outcome(w, rcpt)
    assert d["status"] == status, d
    if dsn:
        assert d["dsn"] == dsn, d
    if reason:
        assert re.search(reason, d["reason"]), d
    if relay:
        assert d["relay"] == relay, d
    if status == "deferred":
        assert w.mta.queued(d["qid"]) and not w.mta.removed(d["qid"]), d
    return d


# ---- smtp-sink --------------------------------------------------------------

def test_relayhost_smtp_sink(world):
    w = world
    relay = "127.0.0.1[127.0.0.1]:%d" % w.relay.port
    for r in ("one@anywhere.example", "two@anywhere.example", "three@elsewhere.example"):
        check(w, r, "sent", "2.0.0", r"^250 2\.0\.0 Ok", relay)
    a = outcome(w, "one@anywhere.example")
    b = outcome(w, "two@anywhere.example")
    assert a["qid"] == b["qid"]
    assert w.mta.wait_delivery("three@elsewhere.example")
    assert w.relay.dumped() and len(w.relay.dumped()) == 2, w.relay.dumped()
    # One message, two recipients: one transaction with both RCPTs.
    dumps = [open(f, "rb").read() for f in w.relay.dumped()]
    both = [d for d in dumps if b"one@anywhere.example" in d]
    assert len(both) == 1 and both[0].count(b"X-Rcpt-Args:") == 2, dumps
    assert b"X-Rcpt-Args: <two@anywhere.example>" in both[0], dumps
    assert wait_for(lambda: w.mta.removed(a["qid"]), 10)


def test_sink_soft_reject_rcpt(world):
    check(world, "u@r-rcpt.test", "deferred", "4.3.0",
          r"said: 450 4\.3\.0 Error: command failed \(in reply to RCPT TO command\)")


def test_sink_hard_reject_rcpt(world):
    check(world, "u@f-rcpt.test", "bounced", "5.3.0",
          r"said: 500 5\.3\.0 Error: command failed \(in reply to RCPT TO command\)")


def test_sink_hard_reject_mail(world):
    check(world, "u@f-mail.test", "bounced", "5.3.0",
          r"said: 500 5\.3\.0 Error: command failed \(in reply to MAIL FROM command\)")


def test_sink_soft_reject_end_of_data(world):
    check(world, "u@r-dot.test", "deferred", "4.3.0",
          r"said: 450 4\.3\.0 Error: command failed \(in reply to end of DATA command\)")


def test_sink_disconnect_at_data(world):
    check(world, "u@q-data.test", "deferred", "4.4.2", r"lost connection with .* while")


def test_sink_421_at_rcpt(world):
    check(world, "u@qq-rcpt.test", "deferred", None, r"said: 421 ")


def test_sink_slow_mail_reply(world):
    d = check(world, "u@w-mail.test", "deferred", "4.4.2",
              r"conversation with \S+ timed out while")
    # delays=a/b/c/d: the time with the server (c+d) is about the 3 s
    # smtp_mail_timeout, not the 10 s the sink waits.
    c, dd = (float(x) for x in d["delays"].split("/")[2:])
    assert c + dd < 3 + 2, d


def test_sink_abort_after_data(world):
    d = outcome(world, "u@a-data.test")
    assert d["status"] in ("bounced", "deferred"), d
    assert d["status"] != "sent"
    if d["status"] == "bounced":
        assert d["dsn"].startswith("5."), d
        assert re.search(r"said: 550", d["reason"]), d


def test_sink_without_esmtp_gets_helo(world):
    check(world, "u@no-esmtp.test", "sent", "2.0.0")


# ---- connection cache -------------------------------------------------------

def test_connection_cache_reuse_smtp_sink(world):
    w = world
    lines = [outcome(w, "c%d@cache.test" % i) for i in range(N_CACHE)]
    assert all(d["status"] == "sent" for d in lines), lines
    uses = sorted(int(d["conn_use"] or 1) for d in lines)
    assert max(uses) >= 2, lines
    assert len(lines) == N_CACHE


def test_connection_cache_reuse_counts(world):
    # The fake counts connections: fewer sessions than messages, and the
    # conn_use numbers go 1, 2, 3, ... on each connection.
    w = world
    lines = [outcome(w, "c%d@cachefake.test" % i) for i in range(N_CACHE)]
    assert all(d["status"] == "sent" for d in lines), lines
    assert len(w.cachefake.messages()) == N_CACHE
    sessions = len(w.cachefake.sessions)
    uses = [int(d["conn_use"] or 1) for d in lines]
    assert max(uses) >= 2 and sessions < N_CACHE, (uses, sessions)
    assert sum(1 for u in uses if u == 1) == sessions, (uses, sessions)
    # Each session took several messages, with one EHLO only.
    ehlos = [c for c in w.cachefake.commands() if c.upper().startswith("EHLO")]
    assert len(ehlos) == sessions


def test_connection_cache_on_demand(world):
    # smtp_connection_cache_on_demand = yes (the default): with a backlog
    # for the destination (concurrency 1, several messages waiting), qmgr
    # asks for caching and the next delivery reuses the connection.
    w = world
    lines = [outcome(w, "d%d@ondemand.test" % i) for i in range(N_CACHE)]
    assert all(d["status"] == "sent" for d in lines), lines
    uses = [int(d["conn_use"] or 1) for d in lines]
    assert max(uses) >= 2, uses
    assert len(w.ondemand.sessions) < N_CACHE, (uses, len(w.ondemand.sessions))


# ---- DNS --------------------------------------------------------------------

@pytest.fixture
def dns_world(world):
    # Postfix resolves with glibc, which knows neither NAMESERVERS nor a
    # port in RES_OPTIONS: these run against Postlet (udns) only.
    if REF:
        pytest.skip("reference Postfix: glibc ignores NAMESERVERS/RES_OPTIONS")
    return world


def test_mx_preference_order(dns_world):
    w = dns_world
    p = w.mx_port
    check(w, "u@order.test", "sent", "2.0.0", r"queued as 127\.0\.0\.2",
          "mx1.order.test[127.0.0.2]:%d" % p)
    assert len(w.mx["127.0.0.2"].messages()) == 1
    assert w.mx["127.0.0.3"].sessions == []


def test_mx_next_when_first_refuses(dns_world):
    w = dns_world
    p = w.mx_port
    check(w, "u@fb.test", "sent", "2.0.0", None, "live.fb.test[127.0.0.5]:%d" % p)
    assert re.search(r"connect to dead\.fb\.test\[127\.0\.0\.4\]:%d: Connection refused" % p,
                     w.mta.log()), w.mta.log()[-3000:]


def test_no_mx_uses_address_record(dns_world):
    w = dns_world
    check(w, "u@amx.test", "sent", "2.0.0", None, "amx.test[127.0.0.6]:%d" % w.mx_port)


def test_nxdomain_bounces(dns_world):
    check(dns_world, "u@nx.test", "bounced", "5.4.4",
          r"Host or domain name not found\. Name service error for name=nx\.test "
          r"type=(MX|A): Host not found")


def test_null_mx_bounces(dns_world):
    check(dns_world, "u@nullmx.test", "bounced", "5.1.10",
          r"Domain nullmx\.test does not accept mail \(nullMX\)")


def test_fallback_relay(dns_world):
    w = dns_world
    check(w, "u@fbrelay.test", "sent", "2.0.0", r"queued as FALLBACK",
          "127.0.0.1[127.0.0.1]:%d" % w.fallback.port)
    assert re.search(r"connect to dead\.fbrelay\.test\[127\.0\.0\.7\]:%d: Connection refused"
                     % w.mx_port, w.mta.log())


def test_aaaa_only_mx(dns_world):
    w = dns_world
    check(w, "u@v6.test", "sent", "2.0.0", r"queued as v6v61",
          "mx.v6.test[::1]:%d" % w.mx_port)


# ---- SASL -------------------------------------------------------------------

def test_sasl_default_mechanism(world):
    w = world
    check(w, "u@sasl-cram.test", "sent", "2.0.0")
    # CRAM-MD5 first when the server offers it (smtp.h's order).
    assert ("CRAM-MD5", "user1") in w.auth.logins, w.auth.logins
    assert any(m[0] == "user1" and "u@sasl-cram.test" in m[2] for m in w.auth.messages)


def test_sasl_plain(world):
    w = world
    check(w, "u@sasl-plain.test", "sent", "2.0.0")
    assert ("PLAIN", "user1") in w.auth.logins, w.auth.logins


def test_sasl_login(world):
    w = world
    check(w, "u@sasl-login.test", "sent", "2.0.0")
    assert ("LOGIN", "user1") in w.auth.logins, w.auth.logins


def test_sasl_noplaintext_without_tls(world):
    # Postfix's default smtp_sasl_security_options (noplaintext) refuses
    # PLAIN and LOGIN on a connection without TLS.
    w = world
    check(w, "u@sasl-noplain.test", "deferred", None,
          r"SASL authentication failed; .*no mechanism available")
    assert w.auth_plain.logins == [] and w.auth_plain.messages == []


def test_sasl_wrong_password(world):
    w = world
    d = check(w, "u@sasl-bad.test", "deferred", None, r"SASL authentication failed")
    assert d["dsn"].startswith("4."), d   # smtp_sasl_auth_soft_bounce = yes
    assert "535" in d["reason"], d
    assert w.auth_bad.messages == []


def test_nothing_crashed(world):
    outcome(world, "u@w-mail.test")
    assert crashes(world.mta.log()) == []
