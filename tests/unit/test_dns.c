/*++
/* NAME
/*	test_dns 1
/* SUMMARY
/*	unit tests for dns(3h)
/* SYNOPSIS
/*	test_dns
/* DESCRIPTION
/*	A child process is a scripted name server on 127.0.0.1, at a
/*	port the test picks; the first label of the question says what
/*	it answers (five MX records, NXDOMAIN, NODATA, SERVFAIL, a
/*	truncated answer, junk, silence, ...). The lookups find it
/*	through a resolver file first, then through NAMESERVERS and
/*	RES_OPTIONS ("timeout:1 attempts:1", so that silence costs
/*	about a second). Raw answers built by the same packet writer
/*	also go to dns_answer_mx() and dns_answer_addr() directly; the
/*	hosts file is a temporary file.
/*--*/

#include <sys_defs.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>
#include <sys/socket.h>
#include <sys/stat.h>

#include <msg.h>
#include <vstring.h>
#include <port_net.h>
#include <dns.h>
#include <unit_test.h>

#define T_A	1
#define T_CNAME	5
#define T_MX	15
#define T_AAAA	28

 /*
  * A DNS packet under construction.
  */
typedef struct PKT {
    unsigned char buf[DNS_UDP_SIZE];
    size_t  len;
    unsigned nrr;			/* records put */
} PKT;

static pid_t server_pid;
static int server_port;
static char tmp_dir[] = "/tmp/test_dns.XXXXXX";
static char warnings[4096];

/* capture - keep warnings for the checks */

static void capture(int level, const char *text)
{
    size_t  used = strlen(warnings);

    (void) level;
    snprintf(warnings + used, sizeof(warnings) - used, "%s\n", text);
}

/* put8, put16, put32 - append bytes */

static void put8(PKT *p, unsigned v)
{
    if (p->len < sizeof(p->buf))
	p->buf[p->len++] = (unsigned char) v;
}

static void put16(PKT *p, unsigned v)
{
    put8(p, v >> 8);
    put8(p, v);
}

static void put32(PKT *p, unsigned long v)
{
    put16(p, (unsigned) (v >> 16));
    put16(p, (unsigned) v);
}

/* put_name - a dotted name as labels, without compression */

static void put_name(PKT *p, const char *name)
{
    const char *dot;
    size_t  len;

    while (*name) {
	len = (dot = strchr(name, '.')) ? (size_t) (dot - name) : strlen(name);
	put8(p, (unsigned) len);
	while (len-- > 0)
	    put8(p, (unsigned char) *name++);
	if (*name == '.')
	    name++;
    }
    put8(p, 0);
}

/* put_rr - one record owned by the question's name */

static void put_rr(PKT *p, unsigned type, const PKT *rdata)
{
    put16(p, 0xc00c);				/* name of the question */
    put16(p, type);
    put16(p, 1);				/* IN */
    put32(p, 300);
    put16(p, (unsigned) rdata->len);
    if (p->len + rdata->len > sizeof(p->buf))
	abort();
    memcpy(p->buf + p->len, rdata->buf, rdata->len);
    p->len += rdata->len;
    p->nrr++;
}

/* put_mx - an MX record */

static void put_mx(PKT *p, unsigned pref, const char *host)
{
    PKT     rdata;

    rdata.len = 0;
    rdata.nrr = 0;
    put16(&rdata, pref);
    put_name(&rdata, host);
    put_rr(p, T_MX, &rdata);
}

/* put_addr - an A or AAAA record */

static void put_addr(PKT *p, const char *text)
{
    PKT     rdata;
    int     v6 = strchr(text, ':') != 0;

    if (port_inet_pton(v6 ? AF_INET6 : AF_INET, text, rdata.buf) != 1)
	abort();
    rdata.len = v6 ? 16 : 4;
    put_rr(p, v6 ? T_AAAA : T_A, &rdata);
}

/* make_query - a query as a resolver sends it */

static void make_query(PKT *q, const char *name, unsigned type)
{
    q->len = 0;
    q->nrr = 0;
    put16(q, 0x1234);
    put16(q, 0x0100);				/* RD */
    put16(q, 1);
    put16(q, 0);
    put16(q, 0);
    put16(q, 0);
    put_name(q, name);
    put16(q, type);
    put16(q, 1);
}

/* query_name - the question's name (lower case) and type; 0 if bad */

static int query_name(const unsigned char *q, size_t len, char *name,
		              size_t size, size_t *qend, unsigned *type)
{
    size_t  pos = 12;
    size_t  out = 0;
    unsigned lab;

    while (pos < len && (lab = q[pos]) != 0) {
	if (lab > 63 || pos + 1 + lab >= len || out + lab + 2 > size)
	    return (0);
	if (out > 0)
	    name[out++] = '.';
	while (lab-- > 0) {
	    pos++;
	    name[out++] = (char) (q[pos] >= 'A' && q[pos] <= 'Z' ?
				  q[pos] + 32 : q[pos]);
	}
	pos++;
    }
    if (pos + 5 > len)
	return (0);
    name[out] = 0;
    *type = ((unsigned) q[pos + 1] << 8) | q[pos + 2];
    *qend = pos + 5;
    return (1);
}

/* make_reply - the scripted answer to one query; 0: stay silent */

static size_t make_reply(const unsigned char *q, size_t qlen, PKT *r)
{
    char    name[256];
    char    label[64];
    size_t  qend;
    unsigned type;
    unsigned flags = 0x8000 | 0x0080 | (q[2] & 1) << 8;
    unsigned rcode = 0;
    int     i;
    PKT     ans;

    if (qlen < 12 || !query_name(q, qlen, name, sizeof(name), &qend, &type))
	return (0);
    snprintf(label, sizeof(label), "%.*s", (int) strcspn(name, "."), name);
    ans.len = 0;
    ans.nrr = 0;
    r->len = 0;
    if (strcmp(label, "silent") == 0)
	return (0);
    if (strcmp(label, "junk") == 0) {
	memcpy(r->buf, "\x47\x11junk that is no DNS message", 30);
	return (r->len = 30);
    }
    if (strcmp(label, "nx") == 0) {
	rcode = 3;
    } else if (strcmp(label, "servfail") == 0) {
	rcode = 2;
    } else if (strcmp(label, "tc") == 0) {
	flags |= 0x0200;
	if (type == T_MX)
	    put_mx(&ans, 10, "mx1.example");
    } else if (strcmp(label, "mx5") == 0 && type == T_MX) {
	for (i = 1; i <= 5; i++) {
	    snprintf(label, sizeof(label), "mx%d.example", i);
	    put_mx(&ans, 10 * i, label);
	}
    } else if (strcmp(label, "nullmx") == 0 && type == T_MX) {
	put_mx(&ans, 0, "");
    } else if (strcmp(label, "badmx") == 0 && type == T_MX) {
	put_mx(&ans, 5, "bad host.example");
	put_mx(&ans, 10, "good.example");
	put_mx(&ans, 20, "");
    } else if (strcmp(label, "garbled") == 0) {
	put_mx(&ans, 10, "mx1.example");
	put_mx(&ans, 20, "mx2.example");
	ans.len -= 7;				/* the second one cut short */
    } else if ((strcmp(label, "v4first") == 0 || strcmp(label, "v6first") == 0
		|| strcmp(label, "both") == 0) && type == T_A) {
	put_addr(&ans, "10.0.0.1");
	put_addr(&ans, "10.0.0.2");
	put_addr(&ans, "10.0.0.3");
    } else if ((strcmp(label, "v4first") == 0 || strcmp(label, "v6first") == 0
		|| strcmp(label, "both") == 0) && type == T_AAAA) {
	put_addr(&ans, "2001:db8::1");
	put_addr(&ans, "2001:db8::2");
	put_addr(&ans, "2001:db8::3");
    } else if (strcmp(label, "cname") == 0 && type == T_A) {
	PKT     target;

	target.len = 0;
	target.nrr = 0;
	put_name(&target, "real.example");
	put_rr(&ans, T_CNAME, &target);
	/* The A record of the target, its owner name written out. */
	put_name(&ans, "real.example");
	put16(&ans, T_A);
	put16(&ans, 1);
	put32(&ans, 300);
	put16(&ans, 4);
	put32(&ans, 0xc0000201);
	ans.nrr++;
    }
    /* Anything else: NODATA. */
    put16(r, ((unsigned) q[0] << 8) | q[1]);
    put16(r, flags | rcode);
    put16(r, 1);
    put16(r, ans.nrr);
    put16(r, 0);
    put16(r, 0);
    memcpy(r->buf + r->len, q + 12, qend - 12);
    r->len += qend - 12;
    memcpy(r->buf + r->len, ans.buf, ans.len);
    r->len += ans.len;
    return (r->len);
}

/* server_loop - the child: answer queries until killed */

static void server_loop(int sock)
{
    unsigned char q[DNS_UDP_SIZE];
    unsigned char held[DNS_UDP_SIZE];
    struct sockaddr_storage peer;
    struct sockaddr_storage held_peer;
    socklen_t peer_len;
    socklen_t held_len = 0;
    size_t  held_qlen = 0;
    char    name[256];
    size_t  qend;
    unsigned type;
    unsigned first;
    int     first_done = 0;
    ssize_t n;
    PKT     r;

    for (;;) {
	peer_len = sizeof(peer);
	n = recvfrom(sock, q, sizeof(q), 0, (struct sockaddr *) &peer, &peer_len);
	if (n < 0)
	    continue;
	if (!query_name(q, (size_t) n, name, sizeof(name), &qend, &type))
	    continue;

	/*
	 * v4first holds the AAAA question until the A one is answered,
	 * v6first the other way round.
	 */
	first = strncmp(name, "v4first.", 8) == 0 ? T_A :
	    strncmp(name, "v6first.", 8) == 0 ? T_AAAA : 0;
	if (first != 0 && type != first && !first_done) {
	    memcpy(held, q, (size_t) n);
	    held_qlen = (size_t) n;
	    held_peer = peer;
	    held_len = peer_len;
	    continue;
	}
	if (make_reply(q, (size_t) n, &r) > 0)
	    (void) sendto(sock, r.buf, r.len, 0, (struct sockaddr *) &peer,
			  peer_len);
	if (first != 0 && type == first && held_qlen > 0) {
	    if (make_reply(held, held_qlen, &r) > 0)
		(void) sendto(sock, r.buf, r.len, 0,
			      (struct sockaddr *) &held_peer, held_len);
	    held_qlen = 0;
	} else if (first != 0) {
	    first_done = (type == first);
	}
    }
}

/* server_start - fork the scripted name server */

static int server_start(void)
{
    struct sockaddr_in sin;
    socklen_t len = sizeof(sin);
    int     sock;

    memset(&sin, 0, sizeof(sin));
    sin.sin_family = AF_INET;
    sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if ((sock = port_socket(AF_INET, SOCK_DGRAM, 0)) < 0
	|| port_bind(sock, (struct sockaddr *) &sin, sizeof(sin)) < 0
	|| port_getsockname(sock, (struct sockaddr *) &sin, &len) < 0)
	return (-1);
    server_port = ntohs(sin.sin_port);
    fflush(stdout);
    if ((server_pid = fork()) < 0)
	return (-1);
    if (server_pid == 0) {
	server_loop(sock);
	_exit(0);
    }
    (void) port_close(sock);
    return (0);
}

/* write_file - a temporary file with this text */

static const char *write_file(const char *name, const char *text)
{
    static char path[256];
    FILE   *fp;

    snprintf(path, sizeof(path), "%s/%s", tmp_dir, name);
    if ((fp = fopen(path, "w")) == 0)
	return (0);
    fputs(text, fp);
    fclose(fp);
    return (path);
}

/* test_resolv_file - the server from a resolver file */

static void test_resolv_file(void)
{
    char    text[3000];
    const char *path;
    DNS_MX  mx[8];
    int     count;
    int     nodata;

    unsetenv("NAMESERVERS");
    unsetenv("RES_OPTIONS");
    memset(text, 'x', 2000);
    snprintf(text + 2000, sizeof(text) - 2000,
	     "\n# nameserver 10.255.255.1\nsearch example\n"
	     "options edns0 port:%d timeout:1 attempts:1\n"
	     "nameserver 127.0.0.1\n", server_port);
    path = write_file("resolv.conf", text);
    UNIT_ASSERT(path != 0);
    dns_resolv_file(path);
    dns_init();
    UNIT_ASSERT_INT(dns_lookup_mx("mx5.test", mx, 8, &count, &nodata, 0),
		    DNS_OK);
    UNIT_ASSERT_INT(count, 5);
}

/* use_environment - the server from NAMESERVERS and RES_OPTIONS */

static void use_environment(void)
{
    char    options[100];

    snprintf(options, sizeof(options), "port:%d timeout:1 attempts:1",
	     server_port);
    setenv("NAMESERVERS", "127.0.0.1", 1);
    setenv("RES_OPTIONS", options, 1);
    dns_resolv_file("/nonexistent/resolv.conf");
    dns_init();
}

/* test_mx_records - several records, in order, cut at max */

static void test_mx_records(void)
{
    VSTRING *why = vstring_alloc(100);
    DNS_MX  mx[8];
    int     count = -1;
    int     nodata = -1;
    int     i;
    char    host[32];

    vstring_strcpy(why, "stale");
    UNIT_ASSERT_INT(dns_lookup_mx("MX5.Test.", mx, 8, &count, &nodata, why),
		    DNS_OK);
    UNIT_ASSERT_INT(count, 5);
    UNIT_ASSERT_INT(nodata, 0);
    UNIT_ASSERT_STR(vstring_str(why), "");
    for (i = 0; i < 5; i++) {
	snprintf(host, sizeof(host), "mx%d.example", i + 1);
	UNIT_ASSERT_STR(mx[i].host, host);
	UNIT_ASSERT_INT(mx[i].pref, 10 * (i + 1));
    }
    UNIT_ASSERT_INT(dns_lookup_mx("mx5.test", mx, 3, &count, &nodata, why),
		    DNS_OK);
    UNIT_ASSERT_INT(count, 3);
    UNIT_ASSERT_STR(mx[2].host, "mx3.example");
    vstring_free(why);
}

/* test_mx_special - null MX, bad targets, CNAME-less NODATA */

static void test_mx_special(void)
{
    VSTRING *why = vstring_alloc(100);
    DNS_MX  mx[8];
    int     count;
    int     nodata;

    UNIT_ASSERT_INT(dns_lookup_mx("nullmx.test", mx, 8, &count, &nodata, why),
		    DNS_OK);
    UNIT_ASSERT_INT(count, 1);
    UNIT_ASSERT_STR(mx[0].host, "");
    UNIT_ASSERT_INT(mx[0].pref, 0);

    warnings[0] = 0;
    UNIT_ASSERT_INT(dns_lookup_mx("badmx.test", mx, 8, &count, &nodata, why),
		    DNS_OK);
    UNIT_ASSERT_INT(count, 1);
    UNIT_ASSERT_STR(mx[0].host, "good.example");
    UNIT_ASSERT_INT(mx[0].pref, 10);
    UNIT_ASSERT(strstr(warnings, "malformed domain name") != 0);
    vstring_free(why);
}

/* test_not_found - NXDOMAIN and NODATA */

static void test_not_found(void)
{
    VSTRING *why = vstring_alloc(100);
    DNS_MX  mx[2];
    DNS_ADDR addr[4];
    int     count;
    int     nodata;

    UNIT_ASSERT_INT(dns_lookup_mx("nx.test", mx, 2, &count, &nodata, why),
		    DNS_NOTFOUND);
    UNIT_ASSERT_INT(nodata, 0);
    UNIT_ASSERT_INT(count, 0);
    UNIT_ASSERT_STR(vstring_str(why), "Host not found");
    UNIT_ASSERT_INT(dns_lookup_mx("nodata.test", mx, 2, &count, &nodata, why),
		    DNS_NOTFOUND);
    UNIT_ASSERT_INT(nodata, 1);
    UNIT_ASSERT_STR(vstring_str(why),
		    "Host found but no data record of requested type");
    UNIT_ASSERT_INT(dns_lookup_addr("nx.test", DNS_WANT_IPV4 | DNS_WANT_IPV6,
				    addr, 4, &count, why), DNS_NOTFOUND);
    UNIT_ASSERT_STR(vstring_str(why), "Host not found");
    UNIT_ASSERT_INT(dns_lookup_addr("nodata.test", DNS_WANT_IPV4 | DNS_WANT_IPV6,
				    addr, 4, &count, why), DNS_NOTFOUND);
    UNIT_ASSERT_STR(vstring_str(why), "No address associated with hostname");
    UNIT_ASSERT_INT(count, 0);
    vstring_free(why);
}

/* test_retry - SERVFAIL, truncation, a garbled answer */

static void test_retry(void)
{
    VSTRING *why = vstring_alloc(100);
    DNS_MX  mx[2];
    DNS_ADDR addr[2];
    int     count;
    int     nodata;

    UNIT_ASSERT_INT(dns_lookup_mx("servfail.test", mx, 2, &count, &nodata,
				  why), DNS_RETRY);
    UNIT_ASSERT_STR(vstring_str(why), "Host not found, try again");
    UNIT_ASSERT_INT(nodata, 0);
    UNIT_ASSERT_INT(dns_lookup_mx("tc.test", mx, 2, &count, &nodata, why),
		    DNS_RETRY);
    UNIT_ASSERT_INT(count, 0);
    warnings[0] = 0;
    UNIT_ASSERT_INT(dns_lookup_mx("garbled.test", mx, 2, &count, &nodata,
				  why), DNS_RETRY);
    UNIT_ASSERT(strstr(warnings, "malformed name server reply") != 0);
    UNIT_ASSERT_INT(dns_lookup_addr("servfail.test", DNS_WANT_IPV4, addr, 2,
				    &count, why), DNS_RETRY);
    UNIT_ASSERT_STR(vstring_str(why), "Host not found, try again");
    vstring_free(why);
}

/* test_no_answer - silence and junk end in DNS_RETRY within seconds */

static void test_no_answer(void)
{
    DNS_MX  mx[2];
    DNS_ADDR addr[2];
    int     count;
    int     nodata;
    time_t  start = time((time_t *) 0);

    UNIT_ASSERT_INT(dns_lookup_mx("silent.test", mx, 2, &count, &nodata, 0),
		    DNS_RETRY);
    UNIT_ASSERT_INT(dns_lookup_addr("junk.test", DNS_WANT_IPV4 | DNS_WANT_IPV6,
				    addr, 2, &count, 0), DNS_RETRY);
    UNIT_ASSERT(time((time_t *) 0) - start <= 8);
    /* The socket still works afterwards. */
    UNIT_ASSERT_INT(dns_lookup_mx("mx5.test", mx, 2, &count, &nodata, 0),
		    DNS_OK);
}

/* addr_text - an address as text */

static const char *addr_text(const DNS_ADDR *addr)
{
    static char buf[64];

    if (port_inet_ntop(addr->family, addr->addr, buf, sizeof(buf)) == 0)
	return ("(bad)");
    return (buf);
}

/* test_addr_families - A and AAAA together, either arriving first */

static void test_addr_families(void)
{
    static const char *const names[] = {"v4first.test", "v6first.test"};
    DNS_ADDR addr[8];
    int     count;
    int     i;

    for (i = 0; i < 2; i++) {
	UNIT_ASSERT_INT(dns_lookup_addr(names[i], DNS_WANT_IPV4 | DNS_WANT_IPV6,
					addr, 8, &count, 0), DNS_OK);
	UNIT_ASSERT_INT(count, 6);
	UNIT_ASSERT_STR(addr_text(addr + 0), "10.0.0.1");
	UNIT_ASSERT_STR(addr_text(addr + 2), "10.0.0.3");
	UNIT_ASSERT_STR(addr_text(addr + 3), "2001:db8::1");
	UNIT_ASSERT_STR(addr_text(addr + 5), "2001:db8::3");

	/* Too small for both: IPv4 first, then the first IPv6 ones. */
	UNIT_ASSERT_INT(dns_lookup_addr(names[i], DNS_WANT_IPV4 | DNS_WANT_IPV6,
					addr, 5, &count, 0), DNS_OK);
	UNIT_ASSERT_INT(count, 5);
	UNIT_ASSERT_INT(addr[2].family, AF_INET);
	UNIT_ASSERT_STR(addr_text(addr + 3), "2001:db8::1");
	UNIT_ASSERT_STR(addr_text(addr + 4), "2001:db8::2");
	UNIT_ASSERT_INT(dns_lookup_addr(names[i], DNS_WANT_IPV4 | DNS_WANT_IPV6,
					addr, 2, &count, 0), DNS_OK);
	UNIT_ASSERT_INT(count, 2);
	UNIT_ASSERT_STR(addr_text(addr + 1), "10.0.0.2");
    }
    UNIT_ASSERT_INT(dns_lookup_addr("both.test", DNS_WANT_IPV6, addr, 8,
				    &count, 0), DNS_OK);
    UNIT_ASSERT_INT(count, 3);
    UNIT_ASSERT_INT(addr[0].family, AF_INET6);
    UNIT_ASSERT_STR(addr_text(addr + 2), "2001:db8::3");
    UNIT_ASSERT_INT(dns_lookup_addr("both.test", DNS_WANT_IPV4, addr, 8,
				    &count, 0), DNS_OK);
    UNIT_ASSERT_INT(count, 3);
    UNIT_ASSERT_INT(addr[2].family, AF_INET);
    /* IPv4 found, IPv6 NODATA: still found. */
    UNIT_ASSERT_INT(dns_lookup_addr("cname.test", DNS_WANT_IPV4 | DNS_WANT_IPV6,
				    addr, 8, &count, 0), DNS_OK);
    UNIT_ASSERT_INT(count, 1);
    UNIT_ASSERT_STR(addr_text(addr), "192.0.2.1");
}

/* test_invalid_names - DNS_INVAL without a query */

static void test_invalid_names(void)
{
    static const char *const bad[] = {
	"", ".", "a..b", ".a", "bad name", "a/b", "caf\xc3\xa9.example",
	"a.b..",
    };
    VSTRING *why = vstring_alloc(100);
    char    name[300];
    DNS_MX  mx[2];
    DNS_ADDR addr[2];
    int     count;
    int     nodata;
    size_t  i;

    for (i = 0; i < ARRAY_LEN(bad); i++) {
	UNIT_ASSERT(dns_valid_name(bad[i]) == 0);
	UNIT_ASSERT_INT(dns_lookup_mx(bad[i], mx, 2, &count, &nodata, why),
			DNS_INVAL);
	UNIT_ASSERT_STR(vstring_str(why), "Malformed domain name");
	UNIT_ASSERT_INT(dns_lookup_addr(bad[i], DNS_WANT_IPV4, addr, 2, &count,
					why), DNS_INVAL);
	UNIT_ASSERT_INT(dns_lookup_hosts(bad[i], DNS_WANT_IPV4, addr, 2,
					 &count, why), DNS_INVAL);
    }
    UNIT_ASSERT(dns_valid_name(0) == 0);
    UNIT_ASSERT(dns_valid_name("a") == 1);
    UNIT_ASSERT(dns_valid_name("_dmarc.Example-1.COM.") == 1);

    /* Labels of 63 and 64 bytes. */
    memset(name, 'a', 64);
    name[63] = 0;
    UNIT_ASSERT(dns_valid_name(name) == 1);
    name[63] = 'a';
    name[64] = 0;
    UNIT_ASSERT(dns_valid_name(name) == 0);

    /* Names of 253 bytes (with and without a trailing dot) and 254. */
    for (i = 0; i < 253; i++)
	name[i] = (i % 50 == 49) ? '.' : 'b';
    name[253] = 0;
    UNIT_ASSERT(dns_valid_name(name) == 1);
    name[253] = '.';
    name[254] = 0;
    UNIT_ASSERT(dns_valid_name(name) == 1);
    name[253] = 'b';
    UNIT_ASSERT(dns_valid_name(name) == 0);
    UNIT_ASSERT_INT(dns_lookup_mx(name, mx, 2, &count, &nodata, why),
		    DNS_INVAL);
    vstring_free(why);
}

/* test_answer_direct - raw packets to dns_answer_*() */

static void test_answer_direct(void)
{
    VSTRING *why = vstring_alloc(100);
    PKT     q;
    PKT     r;
    DNS_MX  mx[8];
    DNS_ADDR addr[8];
    int     count;
    int     nodata;

    make_query(&q, "mx5.test", T_MX);
    UNIT_ASSERT(make_reply(q.buf, q.len, &r) > 0);
    UNIT_ASSERT_INT(dns_answer_mx(r.buf, r.len, "mx5.test", mx, 8, &count,
				  &nodata, why), DNS_OK);
    UNIT_ASSERT_INT(count, 5);

    /* Truncated: a retry, and a warning, never the short answer. */
    warnings[0] = 0;
    r.buf[2] |= 0x02;
    UNIT_ASSERT_INT(dns_answer_mx(r.buf, r.len, "mx5.test", mx, 8, &count,
				  &nodata, why), DNS_RETRY);
    UNIT_ASSERT_INT(count, 0);
    UNIT_ASSERT_STR(vstring_str(why), "Host not found, try again");
    UNIT_ASSERT(strstr(warnings, "truncated") != 0);
    r.buf[2] &= ~0x02;

    /* Another question, another type, not a response, cut short. */
    UNIT_ASSERT_INT(dns_answer_mx(r.buf, r.len, "other.test", mx, 8, &count,
				  &nodata, why), DNS_RETRY);
    UNIT_ASSERT_INT(dns_answer_addr(r.buf, r.len, "mx5.test", AF_INET, addr,
				    8, &count, &nodata, why), DNS_RETRY);
    r.buf[2] &= ~0x80;
    UNIT_ASSERT_INT(dns_answer_mx(r.buf, r.len, "mx5.test", mx, 8, &count,
				  &nodata, why), DNS_RETRY);
    r.buf[2] |= 0x80;
    UNIT_ASSERT_INT(dns_answer_mx(r.buf, 11, "mx5.test", mx, 8, &count,
				  &nodata, why), DNS_RETRY);
    UNIT_ASSERT_INT(dns_answer_mx(r.buf, r.len - 1, "mx5.test", mx, 8, &count,
				  &nodata, why), DNS_RETRY);

    /* NXDOMAIN and NODATA as packets. */
    make_query(&q, "nx.test", T_A);
    UNIT_ASSERT(make_reply(q.buf, q.len, &r) > 0);
    UNIT_ASSERT_INT(dns_answer_addr(r.buf, r.len, "nx.test", AF_INET, addr,
				    8, &count, &nodata, why), DNS_NOTFOUND);
    UNIT_ASSERT_INT(nodata, 0);
    make_query(&q, "nodata.test", T_AAAA);
    UNIT_ASSERT(make_reply(q.buf, q.len, &r) > 0);
    UNIT_ASSERT_INT(dns_answer_addr(r.buf, r.len, "nodata.test", AF_INET6,
				    addr, 8, &count, &nodata, why),
		    DNS_NOTFOUND);
    UNIT_ASSERT_INT(nodata, 1);
    UNIT_ASSERT_STR(vstring_str(why), "No address associated with hostname");

    /* AAAA records, cut at max. */
    make_query(&q, "both.test", T_AAAA);
    UNIT_ASSERT(make_reply(q.buf, q.len, &r) > 0);
    UNIT_ASSERT_INT(dns_answer_addr(r.buf, r.len, "both.test", AF_INET6,
				    addr, 2, &count, &nodata, why), DNS_OK);
    UNIT_ASSERT_INT(count, 2);
    UNIT_ASSERT_STR(addr_text(addr + 1), "2001:db8::2");
    vstring_free(why);
}

/* test_hosts - the hosts file */

static void test_hosts(void)
{
    VSTRING *why = vstring_alloc(100);
    char    text[4000];
    const char *path;
    DNS_ADDR addr[8];
    DNS_ADDR one;
    int     count;
    size_t  len;

    len = (size_t) snprintf(text, sizeof(text),
			    "# comment 10.0.0.9 host.example\n"
			    "127.0.0.1 localhost\n"
			    "10.0.0.1\tHost.Example alias # host.other\n"
			    "10.0.0.2 other host.example.\r\n"
			    "::1 localhost\n"
			    "2001:db8::1 host.example\n"
			    "10.0.0.1 host.example\n"
			    "bogus host.example\n"
			    "10.0.0.3#host.example\n"
			    "10.0.0.8 host.exampl\n"
			    "10.9.9.9 host.example ");
    memset(text + len, 'x', 1500);
    snprintf(text + len + 1500, sizeof(text) - len - 1500,
	     "\n10.0.0.4 host.example");
    path = write_file("hosts", text);
    UNIT_ASSERT(path != 0);
    dns_hosts_file(path);

    UNIT_ASSERT_INT(dns_lookup_hosts("host.example",
				     DNS_WANT_IPV4 | DNS_WANT_IPV6,
				     addr, 8, &count, why), DNS_OK);
    UNIT_ASSERT_INT(count, 4);
    UNIT_ASSERT_STR(addr_text(addr + 0), "10.0.0.1");
    UNIT_ASSERT_STR(addr_text(addr + 1), "10.0.0.2");
    UNIT_ASSERT_STR(addr_text(addr + 2), "10.0.0.4");
    UNIT_ASSERT_STR(addr_text(addr + 3), "2001:db8::1");
    UNIT_ASSERT_INT(dns_lookup_hosts("HOST.example.", DNS_WANT_IPV6,
				     addr, 8, &count, why), DNS_OK);
    UNIT_ASSERT_INT(count, 1);
    UNIT_ASSERT_INT(addr[0].family, AF_INET6);
    UNIT_ASSERT_INT(dns_lookup_hosts("host.example", DNS_WANT_IPV4,
				     addr, 2, &count, why), DNS_OK);
    UNIT_ASSERT_INT(count, 2);
    UNIT_ASSERT_INT(dns_lookup_hosts("host.other", DNS_WANT_IPV4,
				     addr, 8, &count, why), DNS_NOTFOUND);
    UNIT_ASSERT_STR(vstring_str(why), "Host not found");
    UNIT_ASSERT_INT(dns_lookup_hosts("alias", DNS_WANT_IPV6,
				     addr, 8, &count, why), DNS_NOTFOUND);

    /* One line at a time. */
    UNIT_ASSERT(dns_hosts_line(" 10.1.2.3 a b", "B", DNS_WANT_IPV4, &one) == 1);
    UNIT_ASSERT_STR(addr_text(&one), "10.1.2.3");
    UNIT_ASSERT(dns_hosts_line("10.1.2.3 a b", "b", DNS_WANT_IPV6, &one) == 0);
    UNIT_ASSERT(dns_hosts_line("10.1.2.3 a #b", "b", DNS_WANT_IPV4, &one) == 0);
    UNIT_ASSERT(dns_hosts_line("10.1.2.300 b", "b", DNS_WANT_IPV4, &one) == 0);
    UNIT_ASSERT(dns_hosts_line("", "b", DNS_WANT_IPV4, &one) == 0);
    UNIT_ASSERT(dns_hosts_line("fe80::1%eth0 b", "b", DNS_WANT_IPV6,
			       &one) == 0);

    /* No file: not found; a file that cannot be read: try again. */
    dns_hosts_file("/nonexistent/hosts");
    UNIT_ASSERT_INT(dns_lookup_hosts("localhost", DNS_WANT_IPV4,
				     addr, 8, &count, why), DNS_NOTFOUND);
    dns_hosts_file(tmp_dir);
    UNIT_ASSERT_INT(dns_lookup_hosts("localhost", DNS_WANT_IPV4,
				     addr, 8, &count, why), DNS_RETRY);
    UNIT_ASSERT_STR(vstring_str(why), "Host not found, try again");
    vstring_free(why);
}

/* cleanup - stop the server, remove the files */

static void cleanup(void)
{
    char    cmd[300];
    int     status;

    if (server_pid > 0) {
	kill(server_pid, SIGTERM);
	(void) waitpid(server_pid, &status, 0);
    }
    snprintf(cmd, sizeof(cmd), "rm -rf %s", tmp_dir);
    if (system(cmd) != 0)
	printf("cannot remove %s\n", tmp_dir);
}

int     main(void)
{
    if (mkdtemp(tmp_dir) == 0) {
	perror("mkdtemp");
	return (1);
    }
    if (server_start() < 0) {
	perror("server_start");
	return (1);
    }
    msg_output(capture);
    UNIT_RUN(test_invalid_names);
    UNIT_RUN(test_answer_direct);
    UNIT_RUN(test_hosts);
    UNIT_RUN(test_resolv_file);
    use_environment();
    UNIT_RUN(test_mx_records);
    UNIT_RUN(test_mx_special);
    UNIT_RUN(test_not_found);
    UNIT_RUN(test_retry);
    UNIT_RUN(test_no_answer);
    UNIT_RUN(test_addr_families);
    cleanup();
    return (UNIT_SUMMARY());
}
