/*++
/* NAME
/*	test_smtp_ehlo 1
/* SUMMARY
/*	unit tests for EHLO features and the MAIL/RCPT command lines
/* SYNOPSIS
/*	test_smtp_ehlo
/* DESCRIPTION
/*	The smtp client's pure helpers, compiled in: EHLO reply parsing
/*	(keywords in any case, SIZE values, AUTH in both forms, the
/*	greeting line skipped), keyword discarding with silent-discard,
/*	RFC 3461 xtext, and the MAIL FROM and RCPT TO parameters for the
/*	combinations of server features and request values.
/*--*/

#include <sys_defs.h>
#include <string.h>

#include <vstring.h>
#include <deliver_request.h>
#include <dsn.h>
#include <smtputf8.h>
#include <unit_test.h>

#include <smtp/smtp_ehlo.c>
#include <smtp/smtp_cmd.c>

static SMTP_SESSION session;

/* parse - parse a reply into a fresh session */

static void parse(const char *reply, int discard)
{
    memset(&session, 0, sizeof(session));
    smtp_ehlo_parse(&session, reply, discard);
}

/* test_parse - features of an ordinary reply */

static void test_parse(void)
{
    parse("250-mx.example.com Hello\n250-pipelining\n250-SIZE 10240000\n"
	  "250-8BITMIME\n250-DSN\n250-ENHANCEDSTATUSCODES\n250-SmtpUtf8\n"
	  "250-STARTTLS\n250 AUTH PLAIN LOGIN", 0);
    UNIT_ASSERT_INT(session.features,
		    SMTP_FEATURE_ESMTP | SMTP_FEATURE_PIPELINING
		    | SMTP_FEATURE_SIZE | SMTP_FEATURE_8BITMIME
		    | SMTP_FEATURE_DSN | SMTP_FEATURE_ENHANCEDSTATUSCODES
		    | SMTP_FEATURE_SMTPUTF8 | SMTP_FEATURE_AUTH);
    UNIT_ASSERT_INT(session.size_limit, 10240000);
    UNIT_ASSERT_STR(session.sasl_mechs, "PLAIN LOGIN");

    /* The greeting line is not a keyword, even when it looks like one. */
    parse("250 PIPELINING", 0);
    UNIT_ASSERT_INT(session.features, SMTP_FEATURE_ESMTP);

    /* Prefixes and longer words do not count. */
    parse("250-x\n250-PIPELININGX\n250-SIZ\n250 DSNX", 0);
    UNIT_ASSERT_INT(session.features, SMTP_FEATURE_ESMTP);
}

/* test_size - SIZE values */

static void test_size(void)
{
    parse("250-x\n250 SIZE", 0);
    UNIT_ASSERT(session.features & SMTP_FEATURE_SIZE);
    UNIT_ASSERT_INT(session.size_limit, 0);
    parse("250-x\n250 SIZE 0", 0);
    UNIT_ASSERT_INT(session.size_limit, 0);
    parse("250-x\n250 SIZE 1000  ", 0);
    UNIT_ASSERT_INT(session.size_limit, 1000);
    parse("250-x\n250 SIZE 12x", 0);
    UNIT_ASSERT(session.features & SMTP_FEATURE_SIZE);
    UNIT_ASSERT_INT(session.size_limit, 0);
    parse("250-x\n250 SIZE -5", 0);
    UNIT_ASSERT_INT(session.size_limit, 0);
    /* Too large for a long: no limit rather than a wrapped one. */
    parse("250-x\n250 SIZE 99999999999999999999999999", 0);
    UNIT_ASSERT(session.features & SMTP_FEATURE_SIZE);
    UNIT_ASSERT_INT(session.size_limit, 0);
}

/* test_auth - AUTH forms and bounds */

static void test_auth(void)
{
    char    long_reply[1024];
    size_t  len;

    parse("250-x\n250 AUTH=LOGIN PLAIN", 0);
    UNIT_ASSERT(session.features & SMTP_FEATURE_AUTH);
    UNIT_ASSERT_STR(session.sasl_mechs, "LOGIN PLAIN");

    /* The first AUTH line counts. */
    parse("250-x\n250-AUTH CRAM-MD5  PLAIN\n250 AUTH=LOGIN", 0);
    UNIT_ASSERT_STR(session.sasl_mechs, "CRAM-MD5 PLAIN");

    /* AUTH without mechanisms. */
    parse("250-x\n250 AUTH", 0);
    UNIT_ASSERT(session.features & SMTP_FEATURE_AUTH);
    UNIT_ASSERT_STR(session.sasl_mechs, "");

    /* A list longer than the buffer is cut at a whole name. */
    strcpy(long_reply, "250-x\n250 AUTH");
    while (strlen(long_reply) < 600)
	strcat(long_reply, " MECHANISM");
    parse(long_reply, 0);
    len = strlen(session.sasl_mechs);
    UNIT_ASSERT(len < sizeof(session.sasl_mechs));
    UNIT_ASSERT(len > sizeof(session.sasl_mechs) - 12);
    UNIT_ASSERT(strcmp(session.sasl_mechs + len - 9, "MECHANISM") == 0);
}

/* test_discard - keyword lists */

static void test_discard(void)
{
    VSTRING *shown = vstring_alloc(100);
    int     mask;

    mask = smtp_ehlo_mask("pipelining, Auth  starttls", shown);
    UNIT_ASSERT_INT(mask, SMTP_FEATURE_PIPELINING | SMTP_FEATURE_AUTH);
    UNIT_ASSERT_STR(vstring_str(shown), "PIPELINING AUTH STARTTLS");

    mask = smtp_ehlo_mask("silent-discard,dsn", shown);
    UNIT_ASSERT_INT(mask, SMTP_EHLO_SILENT | SMTP_FEATURE_DSN);
    UNIT_ASSERT_STR(vstring_str(shown), "DSN");

    mask = smtp_ehlo_mask("  ", shown);
    UNIT_ASSERT_INT(mask, 0);
    UNIT_ASSERT_STR(vstring_str(shown), "");

    /* Discarded features are not recorded. */
    mask = smtp_ehlo_mask("pipelining size auth", shown);
    parse("250-x\n250-PIPELINING\n250-SIZE 100\n250-DSN\n250 AUTH PLAIN",
	  mask);
    UNIT_ASSERT_INT(session.features, SMTP_FEATURE_ESMTP | SMTP_FEATURE_DSN);
    UNIT_ASSERT_INT(session.size_limit, 0);
    UNIT_ASSERT_STR(session.sasl_mechs, "");
    vstring_free(shown);
}

/* test_xtext - RFC 3461 encoding */

static void test_xtext(void)
{
    VSTRING *buf = vstring_alloc(100);

    UNIT_ASSERT_STR(smtp_xtext(buf, "rfc822;a+b=c@example.com"),
		    "rfc822;a+2Bb+3Dc@example.com");
    vstring_reset(buf);
    UNIT_ASSERT_STR(smtp_xtext(buf, "a b\t\x7f\xc3\xa9!~"),
		    "a+20b+09+7F+C3+A9!~");
    vstring_reset(buf);
    UNIT_ASSERT_STR(smtp_xtext(buf, ""), "");
    vstring_free(buf);
}

/* request - a request with the given values */

static DELIVER_REQUEST *request(const char *encoding, int sendopts,
				        const char *envid, int ret)
{
    static DELIVER_REQUEST req;

    memset(&req, 0, sizeof(req));
    req.data_size = 12345;
    req.encoding = encoding;
    req.sendopts = sendopts;
    req.envelope_id = envid;
    req.dsn_ret = ret;
    return (&req);
}

/* test_mail - MAIL FROM parameters */

static void test_mail(void)
{
    VSTRING *buf = vstring_alloc(100);
    int     all = SMTP_FEATURE_SIZE | SMTP_FEATURE_8BITMIME | SMTP_FEATURE_DSN
    | SMTP_FEATURE_SMTPUTF8;

    UNIT_ASSERT_STR(smtp_cmd_mail(buf, "a@example.com",
				  request("8bit", 0, "", 0), 0, 1),
		    "MAIL FROM:<a@example.com>");
    UNIT_ASSERT_STR(smtp_cmd_mail(buf, "", request("", 0, "", 0), all, 1),
		    "MAIL FROM:<> SIZE=12345");
    UNIT_ASSERT_STR(smtp_cmd_mail(buf, "a@example.com",
				  request("8bit", SMTPUTF8_FLAG_REQUESTED,
					  "id+1", DSN_RET_HDRS), all, 1),
		    "MAIL FROM:<a@example.com> SIZE=12345 BODY=8BITMIME "
		    "RET=HDRS ENVID=id+2B1 SMTPUTF8");
    UNIT_ASSERT_STR(smtp_cmd_mail(buf, "a@example.com",
				  request("7bit", 0, "", DSN_RET_FULL),
				  all, 1),
		    "MAIL FROM:<a@example.com> SIZE=12345 BODY=7BIT RET=FULL");
    /* No DSN, no SMTPUTF8 offered: neither goes out. */
    UNIT_ASSERT_STR(smtp_cmd_mail(buf, "a@example.com",
				  request("8bit", SMTPUTF8_FLAG_REQUESTED,
					  "id", DSN_RET_FULL),
				  SMTP_FEATURE_8BITMIME, 1),
		    "MAIL FROM:<a@example.com> BODY=8BITMIME");
    /* Quoting of the localpart, and the switch that turns it off. */
    UNIT_ASSERT_STR(smtp_cmd_mail(buf, "john smith.@example.com",
				  request("", 0, "", 0), 0, 1),
		    "MAIL FROM:<\"john smith.\"@example.com>");
    UNIT_ASSERT_STR(smtp_cmd_mail(buf, "john smith.@example.com",
				  request("", 0, "", 0), 0, 0),
		    "MAIL FROM:<john smith.@example.com>");
    vstring_free(buf);
}

/* test_rcpt - RCPT TO parameters */

static void test_rcpt(void)
{
    VSTRING *buf = vstring_alloc(100);
    RECIPIENT rcpt;

    memset(&rcpt, 0, sizeof(rcpt));
    rcpt.address = "b@example.com";
    rcpt.orig_addr = "";
    rcpt.dsn_orcpt = "";
    UNIT_ASSERT_STR(smtp_cmd_rcpt(buf, "b@example.com", &rcpt,
				  SMTP_FEATURE_DSN, 1),
		    "RCPT TO:<b@example.com>");
    rcpt.dsn_notify = DSN_NOTIFY_DELAY | DSN_NOTIFY_SUCCESS;
    rcpt.dsn_orcpt = "rfc822;B+x@Example.com";
    UNIT_ASSERT_STR(smtp_cmd_rcpt(buf, "b@example.com", &rcpt,
				  SMTP_FEATURE_DSN, 1),
		    "RCPT TO:<b@example.com> NOTIFY=SUCCESS,DELAY "
		    "ORCPT=rfc822;B+2Bx@Example.com");
    /* Without DSN at the server, no parameters. */
    UNIT_ASSERT_STR(smtp_cmd_rcpt(buf, "b@example.com", &rcpt, 0, 1),
		    "RCPT TO:<b@example.com>");
    rcpt.dsn_notify = DSN_NOTIFY_NEVER;
    rcpt.dsn_orcpt = "";
    rcpt.orig_addr = "old user@example.com";
    UNIT_ASSERT_STR(smtp_cmd_rcpt(buf, "b@example.com", &rcpt,
				  SMTP_FEATURE_DSN, 1),
		    "RCPT TO:<b@example.com> NOTIFY=NEVER "
		    "ORCPT=rfc822;\"old+20user\"@example.com");
    rcpt.dsn_notify = DSN_NOTIFY_ANY;
    rcpt.dsn_orcpt = "c@example.com";
    UNIT_ASSERT_STR(smtp_cmd_rcpt(buf, "b@example.com", &rcpt,
				  SMTP_FEATURE_DSN, 1),
		    "RCPT TO:<b@example.com> NOTIFY=SUCCESS,FAILURE,DELAY "
		    "ORCPT=rfc822;c@example.com");
    vstring_free(buf);
}

/* test_bounds - the largest inputs fit the command buffer */

static void test_bounds(void)
{
    static char addr[ATTR_VALUE_MAX + 1];
    static char orig[ATTR_VALUE_MAX + 1];
    VSTRING *buf = vstring_fixed(SMTP_CMD_SIZE);
    RECIPIENT rcpt;

    /*
     * The address doubles with quoting and escaping, the original
     * address triples in xtext.
     */
    memset(addr, '"', ATTR_VALUE_MAX);
    memset(orig, ' ', ATTR_VALUE_MAX);
    memset(&rcpt, 0, sizeof(rcpt));
    rcpt.address = addr;
    rcpt.orig_addr = orig;
    rcpt.dsn_orcpt = "";
    rcpt.dsn_notify = DSN_NOTIFY_ANY;
    smtp_cmd_rcpt(buf, addr, &rcpt, SMTP_FEATURE_DSN, 1);
    UNIT_ASSERT(!vstring_overflowed(buf));
    UNIT_ASSERT_INT(VSTRING_LEN(buf), 9 + 2 * ATTR_VALUE_MAX + 2 + 1
		    + 29 + 7 + 7 + 1 + 3 * ATTR_VALUE_MAX + 1);
    UNIT_ASSERT(strcmp(vstring_end(buf) - 7, "+20+20\"") == 0);
    smtp_cmd_mail(buf, addr, request("8bit", SMTPUTF8_FLAG_REQUESTED, orig,
				     DSN_RET_FULL),
		  SMTP_FEATURE_SIZE | SMTP_FEATURE_8BITMIME | SMTP_FEATURE_DSN
		  | SMTP_FEATURE_SMTPUTF8, 1);
    UNIT_ASSERT(!vstring_overflowed(buf));
    UNIT_ASSERT(strcmp(vstring_end(buf) - 9, " SMTPUTF8") == 0);
    vstring_free(buf);
}

int     main(void)
{
    UNIT_RUN(test_parse);
    UNIT_RUN(test_size);
    UNIT_RUN(test_auth);
    UNIT_RUN(test_discard);
    UNIT_RUN(test_xtext);
    UNIT_RUN(test_mail);
    UNIT_RUN(test_rcpt);
    UNIT_RUN(test_bounds);
    return (UNIT_SUMMARY());
}
