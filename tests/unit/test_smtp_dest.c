/*++
/* NAME
/*	test_smtp_dest 1
/* SUMMARY
/*	unit tests for parsing nexthop destinations
/* SYNOPSIS
/*	test_smtp_dest
/* DESCRIPTION
/*	smtp_dest(3) is compiled into this program. Every SMTP and
/*	LMTP form with and without a port, service names, defaults,
/*	and the errors with their exact texts: bad ports, brackets,
/*	host names, numerical addresses, socket pathnames, control
/*	characters and over-long input.
/*--*/

#include <sys_defs.h>
#include <string.h>

#include <vstring.h>
#include <unit_test.h>

#include <smtp/smtp_dest.c>

typedef struct CASE {
    const char *nexthop;
    int     lmtp;
    int     kind;			/* SMTP_DEST_* */
    const char *host_or_path;
    unsigned port;
} CASE;

typedef struct BAD_CASE {
    const char *nexthop;
    int     lmtp;
    const char *why;
} BAD_CASE;

#define S	0			/* SMTP mode */
#define L	1			/* LMTP mode */

static const CASE good_cases[] = {
    /* SMTP. */
    {"example.com", S, SMTP_DEST_MX, "example.com", 25},
    {"example.com:587", S, SMTP_DEST_MX, "example.com", 587},
    {"mail.example.com:submission", S, SMTP_DEST_MX, "mail.example.com", 587},
    {"inet:example.com", S, SMTP_DEST_MX, "example.com", 25},
    {"[mail.example.com]", S, SMTP_DEST_HOST, "mail.example.com", 25},
    {"[mail.example.com]:smtps", S, SMTP_DEST_HOST, "mail.example.com", 465},
    {"[relay_1.example-2.com]:2525", S, SMTP_DEST_HOST, "relay_1.example-2.com", 2525},
    {"[192.0.2.1]", S, SMTP_DEST_ADDR, "192.0.2.1", 25},
    {"[192.0.2.1]:65535", S, SMTP_DEST_ADDR, "192.0.2.1", 65535},
    {"[192.0.2.1]:1", S, SMTP_DEST_ADDR, "192.0.2.1", 1},
    {"192.0.2.1", S, SMTP_DEST_ADDR, "192.0.2.1", 25},
    {"192.0.2.1:smtp", S, SMTP_DEST_ADDR, "192.0.2.1", 25},
    {"[ipv6:2001:db8::1]", S, SMTP_DEST_ADDR, "2001:db8::1", 25},
    {"[IPv6:2001:db8::1]:587", S, SMTP_DEST_ADDR, "2001:db8::1", 587},
    {"[::1]:lmtp", S, SMTP_DEST_ADDR, "::1", 24},
    {"[ipv6:::ffff:192.0.2.1]", S, SMTP_DEST_ADDR, "::ffff:192.0.2.1", 25},
    {"localhost", S, SMTP_DEST_MX, "localhost", 25},
    {"x", S, SMTP_DEST_MX, "x", 25},
    /* LMTP. */
    {"unix:private/dovecot-lmtp", L, SMTP_DEST_UNIX, "private/dovecot-lmtp", 0},
    {"unix:/var/run/lmtp.sock", L, SMTP_DEST_UNIX, "/var/run/lmtp.sock", 0},
    {"unix:a b", L, SMTP_DEST_UNIX, "a b", 0},
    {"inet:mail.example.com", L, SMTP_DEST_HOST, "mail.example.com", 24},
    {"inet:mail.example.com:2424", L, SMTP_DEST_HOST, "mail.example.com", 2424},
    {"inet:[mail.example.com]", L, SMTP_DEST_HOST, "mail.example.com", 24},
    {"inet:127.0.0.1:24", L, SMTP_DEST_ADDR, "127.0.0.1", 24},
    {"inet:[127.0.0.1]:smtp", L, SMTP_DEST_ADDR, "127.0.0.1", 25},
    {"inet:[ipv6:::1]:24", L, SMTP_DEST_ADDR, "::1", 24},
    {"mail.example.com", L, SMTP_DEST_HOST, "mail.example.com", 24},
    {"127.0.0.1", L, SMTP_DEST_ADDR, "127.0.0.1", 24},
    {"[::1]:2424", L, SMTP_DEST_ADDR, "::1", 2424},
    {0},
};

static const BAD_CASE bad_cases[] = {
    {"", S, "bad destination syntax: \"\": empty destination"},
    {"inet:", L, "bad destination syntax: \"inet:\": empty destination"},
    {":25", S, "bad destination syntax: \":25\": empty host name"},
    {"host:", S, "bad destination syntax: \"host:\": empty port"},
    {"host:0", S, "bad destination syntax: \"host:0\": port must be 1..65535"},
    {"host:00", S, "bad destination syntax: \"host:00\": port must be 1..65535"},
    {"host:65536", S, "bad destination syntax: \"host:65536\": port must be 1..65535"},
    {"host:99999", S, "bad destination syntax: \"host:99999\": port must be 1..65535"},
    {"host:99999999999999999999999", S,
    "bad destination syntax: \"host:99999999999999999999999\": port must be 1..65535"},
    {"host:abc", S, "unknown service: abc/tcp"},
    {"host:25x", S, "unknown service: 25x/tcp"},
    {"host:-25", S, "unknown service: -25/tcp"},
    {"host:SMTP", S, "unknown service: SMTP/tcp"},
    {"host:\033[1m", S, "unknown service: ?[1m/tcp"},
    {"host:a\001b", S, "unknown service: a?b/tcp"},
    {"[]", S, "bad destination syntax: \"[]\": empty host name"},
    {"[]:25", S, "bad destination syntax: \"[]:25\": empty host name"},
    {"[host", S, "bad destination syntax: \"[host\": missing \"]\""},
    {"[host]x", S, "bad destination syntax: \"[host]x\": text after \"]\""},
    {"[host]]", S, "bad destination syntax: \"[host]]\": text after \"]\""},
    {"[host]:", S, "bad destination syntax: \"[host]:\": empty port"},
    {"host]", S, "bad destination syntax: \"host]\": \"]\" without \"[\""},
    {"[[host]]", S, "bad destination syntax: \"[[host]]\": text after \"]\""},
    {"2001:db8::1", S,
    "bad destination syntax: \"2001:db8::1\": IPv6 address must be in [brackets]"},
    {"host:25:26", S,
    "bad destination syntax: \"host:25:26\": IPv6 address must be in [brackets]"},
    {"[999.0.2.1]", S, "bad numerical address: 999.0.2.1"},
    {"[192.0.2]", S, "bad numerical address: 192.0.2"},
    {"192.0.2", S, "bad numerical address: 192.0.2"},
    {"1.2.3.4.5:25", S, "bad numerical address: 1.2.3.4.5"},
    {"[ipv6:192.0.2.1]", S, "bad numerical address: 192.0.2.1"},
    {"[ipv6:]", S, "bad numerical address: "},
    {"[ipv6:2001:db8::1%eth0]", S, "bad numerical address: 2001:db8::1%eth0"},
    {"[2001:db8:::1]", S, "bad numerical address: 2001:db8:::1"},
    {"[1:2:3:4:5:6:7:8:9]", S, "bad numerical address: 1:2:3:4:5:6:7:8:9"},
    {"exa mple.com", S, "bad destination syntax: \"exa mple.com\": bad character in host name"},
    {"example.com\r\nRCPT", S,
    "bad destination syntax: \"example.com??RCPT\": bad character in host name"},
    {"ex\tample.com", S, "bad destination syntax: \"ex?ample.com\": bad character in host name"},
    {"b\303\274cher.de", S, "bad destination syntax: \"b??cher.de\": bad character in host name"},
    {"example..com", S, "bad destination syntax: \"example..com\": empty label in host name"},
    {".example.com", S, "bad destination syntax: \".example.com\": empty label in host name"},
    {"example.com.", S, "bad destination syntax: \"example.com.\": empty label in host name"},
    {"-example.com", S, "bad destination syntax: \"-example.com\": misplaced hyphen in host name"},
    {"example-.com", S, "bad destination syntax: \"example-.com\": misplaced hyphen in host name"},
    {"example.com-", S, "bad destination syntax: \"example.com-\": misplaced hyphen in host name"},
    {"unix:/tmp/s", S,
    "bad destination syntax: \"unix:/tmp/s\": unix-domain destinations are for LMTP only"},
    {"unix:", L, "bad destination syntax: \"unix:\": empty socket pathname"},
    {"unix:/tmp/a\nb", L,
    "bad destination syntax: \"unix:/tmp/a?b\": bad character in socket pathname"},
    {"inet:[host", L, "bad destination syntax: \"inet:[host\": missing \"]\""},
    {"inet::24", L, "bad destination syntax: \"inet::24\": empty host name"},
    {"inet:host:0", L, "bad destination syntax: \"inet:host:0\": port must be 1..65535"},
    {0},
};

static VSTRING *why;

/* check_good - one nexthop that must parse */

static void check_good(const CASE *c)
{
    SMTP_DEST dest;
    int     ret;

    ret = smtp_dest_parse(&dest, c->nexthop, c->lmtp, c->lmtp ? 24 : 25, why);
    if (ret != 0)
	printf("  refused: \"%s\": %s\n", c->nexthop, vstring_str(why));
    UNIT_ASSERT_INT(ret, 0);
    UNIT_ASSERT_INT(dest.kind, c->kind);
    UNIT_ASSERT_INT(dest.port, c->port);
    if (c->kind == SMTP_DEST_UNIX) {
	UNIT_ASSERT_STR(dest.path, c->host_or_path);
	UNIT_ASSERT_STR(dest.host, "");
    } else {
	UNIT_ASSERT_STR(dest.host, c->host_or_path);
	UNIT_ASSERT_STR(dest.path, "");
    }
}

/* check_bad - one nexthop that must be refused */

static void check_bad(const BAD_CASE *c)
{
    SMTP_DEST dest;
    int     ret;

    ret = smtp_dest_parse(&dest, c->nexthop, c->lmtp, c->lmtp ? 24 : 25, why);
    if (ret != -1)
	printf("  accepted: \"%s\"\n", c->nexthop);
    UNIT_ASSERT_INT(ret, -1);
    UNIT_ASSERT_STR(vstring_str(why), c->why);
}

/* test_good - every accepted form */

static void test_good(void)
{
    const CASE *c;

    for (c = good_cases; c->nexthop && !unit_current_failed; c++)
	check_good(c);
}

/* test_bad - every refused form, with its reason */

static void test_bad(void)
{
    const BAD_CASE *c;

    for (c = bad_cases; c->nexthop && !unit_current_failed; c++)
	check_bad(c);
}

/* test_default_port - def_port when none is given */

static void test_default_port(void)
{
    SMTP_DEST dest;

    UNIT_ASSERT_INT(smtp_dest_parse(&dest, "example.com", 0, 2525, why), 0);
    UNIT_ASSERT_INT(dest.port, 2525);
    UNIT_ASSERT_INT(smtp_dest_parse(&dest, "[192.0.2.1]", 0, 10025, why), 0);
    UNIT_ASSERT_INT(dest.port, 10025);
    UNIT_ASSERT_INT(smtp_dest_parse(&dest, "inet:lmtp.example", 1, 2003, why), 0);
    UNIT_ASSERT_INT(dest.port, 2003);
    UNIT_ASSERT_INT(smtp_dest_parse(&dest, "unix:private/x", 1, 2003, why), 0);
    UNIT_ASSERT_INT(dest.port, 0);
}

/* test_lengths - limits of names and pathnames */

static void test_lengths(void)
{
    SMTP_DEST dest;
    char    buf[5000];
    char    want[300];
    size_t  n;

    /* Labels of 63 are fine, 64 not. */
    memset(buf, 'a', 63);
    strcpy(buf + 63, ".example");
    UNIT_ASSERT_INT(smtp_dest_parse(&dest, buf, 0, 25, why), 0);
    UNIT_ASSERT_STR(dest.host, buf);
    memset(buf, 'a', 64);
    strcpy(buf + 64, ".example");
    UNIT_ASSERT_INT(smtp_dest_parse(&dest, buf, 0, 25, why), -1);
    UNIT_ASSERT(strstr(vstring_str(why), ": label too long in host name") != 0);

    /* A name of 253 bytes is fine, 254 not. */
    for (n = 0; n < 253; n++)
	buf[n] = (n % 2 ? '.' : 'a');
    buf[253] = 0;
    UNIT_ASSERT_INT(smtp_dest_parse(&dest, buf, 0, 25, why), 0);
    UNIT_ASSERT_INT(strlen(dest.host), 253);
    strcpy(buf + 253, "b");
    UNIT_ASSERT_INT(smtp_dest_parse(&dest, buf, 0, 25, why), -1);
    UNIT_ASSERT(strstr(vstring_str(why), ": host name too long") != 0);

    /* The reason shows 100 bytes of a long nexthop. */
    memset(buf, 'x', sizeof(buf) - 1);
    buf[sizeof(buf) - 1] = 0;
    buf[10] = '!';
    UNIT_ASSERT_INT(smtp_dest_parse(&dest, buf, 0, 25, why), -1);
    memcpy(want, "bad destination syntax: \"", 25);
    memcpy(want + 25, buf, 100);
    strcpy(want + 125, "...\": host name too long");
    UNIT_ASSERT_STR(vstring_str(why), want);
    buf[0] = '[';
    UNIT_ASSERT_INT(smtp_dest_parse(&dest, buf, 0, 25, why), -1);
    UNIT_ASSERT(strstr(vstring_str(why), "...\": missing \"]\"") != 0);
    strcpy(buf + 4000, "]");
    UNIT_ASSERT_INT(smtp_dest_parse(&dest, buf, 0, 25, why), -1);
    UNIT_ASSERT(strstr(vstring_str(why), "...\": host name too long") != 0);
    memcpy(buf, "[ipv6:", 6);
    UNIT_ASSERT_INT(smtp_dest_parse(&dest, buf, 0, 25, why), -1);
    UNIT_ASSERT(strncmp(vstring_str(why), "bad numerical address: xxxx", 27) == 0);
    UNIT_ASSERT_INT(strlen(vstring_str(why)), 23 + 100 + 3);

    /* A socket pathname of 107 bytes fits, 108 does not. */
    memcpy(buf, "unix:", 5);
    memset(buf + 5, 'p', 107);
    buf[5 + 107] = 0;
    UNIT_ASSERT_INT(smtp_dest_parse(&dest, buf, 1, 24, why), 0);
    UNIT_ASSERT_INT(strlen(dest.path), 107);
    strcpy(buf + 5 + 107, "q");
    UNIT_ASSERT_INT(smtp_dest_parse(&dest, buf, 1, 24, why), -1);
    UNIT_ASSERT(strncmp(vstring_str(why), "socket pathname too long: ppp", 29) == 0);
}

int     main(void)
{
    why = vstring_alloc(100);
    UNIT_RUN(test_good);
    UNIT_RUN(test_bad);
    UNIT_RUN(test_default_port);
    UNIT_RUN(test_lengths);
    return (UNIT_SUMMARY());
}
