/*++
/* NAME
/*	test_smtp_sasl_mech 1
/* SUMMARY
/*	unit tests for the SMTP client's SASL mechanisms
/* SYNOPSIS
/*	test_smtp_sasl_mech
/* DESCRIPTION
/*	smtp_sasl_mech(3) is compiled into this program (it is part of
/*	the smtp program, not of the library). The responses of PLAIN
/*	(exact bytes), LOGIN (user, then password, whatever the
/*	challenge says) and CRAM-MD5 (the RFC 2195 example, a binary
/*	challenge and a password longer than the HMAC block), the
/*	challenges each refuses, a response buffer too small; then the
/*	choice of a mechanism: preference order, the mechanism filter,
/*	the security options, case, and hostile server lists.
/*--*/

#include <sys_defs.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <msg.h>
#include <vstring.h>
#include <dict.h>
#include <dsn.h>
#include <dsn_buf.h>
#include <unit_test.h>

#include <smtp/smtp_sasl_mech.c>
#include <smtp/smtp_sasl.c>

#define PANIC_STATUS	(128 + SIGABRT)

#define RFC2195_USER	"tim"
#define RFC2195_PASS	"tanstaaftanstaaf"
#define RFC2195_CHAL	"<1896.697170952@postoffice.reston.mci.net>"

/* step - one step with a string challenge (or none) */

static int step(const char *mech, int n, const char *challenge, VSTRING *resp)
{
    return (smtp_sasl_mech_step(mech, n, RFC2195_USER, RFC2195_PASS,
				challenge, challenge ? strlen(challenge) : 0,
				resp));
}

/* test_plain - initial response only */

static void test_plain(void)
{
    VSTRING *resp = vstring_fixed(600);
    static const char want[] = "\0tim\0tanstaaftanstaaf";

    UNIT_ASSERT_INT(step("PLAIN", 0, 0, resp), 0);
    UNIT_ASSERT_INT(VSTRING_LEN(resp), sizeof(want) - 1);
    UNIT_ASSERT(memcmp(vstring_str(resp), want, sizeof(want) - 1) == 0);
    /* Case of the name does not matter. */
    UNIT_ASSERT_INT(step("plain", 0, 0, resp), 0);
    UNIT_ASSERT_INT(VSTRING_LEN(resp), sizeof(want) - 1);
    /* No challenge is expected after the initial response. */
    UNIT_ASSERT_INT(step("PLAIN", 1, "", resp), -1);
    UNIT_ASSERT_INT(VSTRING_LEN(resp), 0);
    UNIT_ASSERT_INT(step("PLAIN", 1, "anything", resp), -1);
    /* Empty user and password still give the two NULs. */
    UNIT_ASSERT_INT(smtp_sasl_mech_step("PLAIN", 0, "", "", 0, 0, resp), 0);
    UNIT_ASSERT_INT(VSTRING_LEN(resp), 2);
    UNIT_ASSERT(vstring_str(resp)[0] == 0 && vstring_str(resp)[1] == 0);
    vstring_free(resp);
}

/* test_login - user at step 1, password at step 2 */

static void test_login(void)
{
    VSTRING *resp = vstring_fixed(600);

    UNIT_ASSERT_INT(step("LOGIN", 0, 0, resp), 0);
    UNIT_ASSERT_INT(VSTRING_LEN(resp), 0);
    UNIT_ASSERT_INT(step("LOGIN", 1, "Username:", resp), 0);
    UNIT_ASSERT_STR(vstring_str(resp), RFC2195_USER);
    UNIT_ASSERT_INT(step("LOGIN", 2, "Password:", resp), 0);
    UNIT_ASSERT_STR(vstring_str(resp), RFC2195_PASS);
    /* The challenge text does not matter, nor does it have to exist. */
    UNIT_ASSERT_INT(step("LOGIN", 1, "Password:", resp), 0);
    UNIT_ASSERT_STR(vstring_str(resp), RFC2195_USER);
    UNIT_ASSERT_INT(step("LOGIN", 2, "", resp), 0);
    UNIT_ASSERT_STR(vstring_str(resp), RFC2195_PASS);
    /* A third challenge is refused and leaves nothing behind. */
    UNIT_ASSERT_INT(step("LOGIN", 3, "Username:", resp), -1);
    UNIT_ASSERT_INT(VSTRING_LEN(resp), 0);
    vstring_free(resp);
}

/* test_cram_md5 - RFC 2195 and a binary challenge */

static void test_cram_md5(void)
{
    VSTRING *resp = vstring_fixed(600);
    char    long_pass[101];
    static const char binary[] = "\0\001<x@y>\377";

    UNIT_ASSERT_INT(step("CRAM-MD5", 0, 0, resp), 0);
    UNIT_ASSERT_INT(VSTRING_LEN(resp), 0);
    UNIT_ASSERT_INT(step("CRAM-MD5", 1, RFC2195_CHAL, resp), 0);
    UNIT_ASSERT_STR(vstring_str(resp), "tim b913a602c7eda7a495b4e6e7334d3890");
    /* NUL and 8-bit bytes in the challenge; a key longer than a block. */
    memset(long_pass, 'p', 100);
    long_pass[100] = 0;
    UNIT_ASSERT_INT(smtp_sasl_mech_step("CRAM-MD5", 1, "u", long_pass, binary,
					sizeof(binary) - 1, resp), 0);
    UNIT_ASSERT_STR(vstring_str(resp), "u 8e5ed32153e02e00142463d9acd1de26");
    /* An empty challenge, or a second one, is refused. */
    UNIT_ASSERT_INT(step("CRAM-MD5", 1, "", resp), -1);
    UNIT_ASSERT_INT(VSTRING_LEN(resp), 0);
    UNIT_ASSERT_INT(step("CRAM-MD5", 2, RFC2195_CHAL, resp), -1);
    vstring_free(resp);
}

/* test_too_long - a response that does not fit is refused */

static void test_too_long(void)
{
    VSTRING *resp = vstring_fixed(10);

    UNIT_ASSERT_INT(step("PLAIN", 0, 0, resp), -1);
    UNIT_ASSERT_INT(VSTRING_LEN(resp), 0);
    UNIT_ASSERT_INT(step("CRAM-MD5", 1, RFC2195_CHAL, resp), -1);
    UNIT_ASSERT_INT(step("LOGIN", 2, "Password:", resp), -1);
    /* What fits still works. */
    UNIT_ASSERT_INT(step("LOGIN", 1, "Username:", resp), 0);
    UNIT_ASSERT_STR(vstring_str(resp), "tim");
    vstring_free(resp);
}

/* unknown_mech - a name that pick never returns */

static void unknown_mech(void *context)
{
    VSTRING *resp = vstring_fixed(10);

    (void) context;
    (void) step("GSSAPI", 0, 0, resp);
}

/* test_unknown - a programming error */

static void test_unknown(void)
{
    UNIT_ASSERT_INT(unit_exit_status(unknown_mech, 0), PANIC_STATUS);
}

#define ALL	"LOGIN PLAIN CRAM-MD5"
#define DEFOPTS	"noplaintext, noanonymous"

/* test_pick_order - our preference, not the server's order */

static void test_pick_order(void)
{
    UNIT_ASSERT_STR(smtp_sasl_mech_pick(ALL, "", "", 0), "CRAM-MD5");
    UNIT_ASSERT_STR(smtp_sasl_mech_pick("LOGIN PLAIN", "", "", 0), "PLAIN");
    UNIT_ASSERT_STR(smtp_sasl_mech_pick("GSSAPI LOGIN", "", "", 0), "LOGIN");
    UNIT_ASSERT_STR(smtp_sasl_mech_pick("GSSAPI DIGEST-MD5 NTLM", "", "", 0),
		    0);
    /* Case-insensitive; the result is spelled our way. */
    UNIT_ASSERT_STR(smtp_sasl_mech_pick("login cram-md5", "", "", 0),
		    "CRAM-MD5");
    UNIT_ASSERT_STR(smtp_sasl_mech_pick("Login pLaIn", "", "", 0), "PLAIN");
    /* Other separators. */
    UNIT_ASSERT_STR(smtp_sasl_mech_pick("LOGIN,PLAIN", "", "", 0), "PLAIN");
    UNIT_ASSERT_STR(smtp_sasl_mech_pick("\tLOGIN\t ", "", "", 0), "LOGIN");
}

/* test_pick_filter - smtp_sasl_mechanism_filter */

static void test_pick_filter(void)
{
    UNIT_ASSERT_STR(smtp_sasl_mech_pick(ALL, "plain, login", "", 0), "PLAIN");
    UNIT_ASSERT_STR(smtp_sasl_mech_pick(ALL, "LOGIN", "", 0), "LOGIN");
    UNIT_ASSERT_STR(smtp_sasl_mech_pick("CRAM-MD5", "plain, login", "", 0),
		    0);
    /* A "!" entry excludes; an entry that matches nothing excludes too. */
    UNIT_ASSERT_STR(smtp_sasl_mech_pick(ALL, "!cram-md5, static:rest", "", 0),
		    "PLAIN");
    UNIT_ASSERT_STR(smtp_sasl_mech_pick(ALL, "!cram-md5, !plain, static:all",
					"", 0), "LOGIN");
    UNIT_ASSERT_STR(smtp_sasl_mech_pick(ALL, "!cram-md5", "", 0), 0);
    UNIT_ASSERT_STR(smtp_sasl_mech_pick(ALL, "static:all", "", 0), "CRAM-MD5");
    /* The first entry that matches decides. */
    UNIT_ASSERT_STR(smtp_sasl_mech_pick("PLAIN", "plain, !plain", "", 0),
		    "PLAIN");
    UNIT_ASSERT_STR(smtp_sasl_mech_pick("PLAIN", "!plain, plain", "", 0), 0);
    /* Files and other tables match nothing; so does a lone "!". */
    UNIT_ASSERT_STR(smtp_sasl_mech_pick(ALL, "/etc/postfix/mechs", "", 0), 0);
    UNIT_ASSERT_STR(smtp_sasl_mech_pick(ALL, "cdb:/etc/postfix/mechs", "", 0),
		    0);
    UNIT_ASSERT_STR(smtp_sasl_mech_pick(ALL, "!", "", 0), 0);
    /* No prefix matches: "plai" is not "plain". */
    UNIT_ASSERT_STR(smtp_sasl_mech_pick("PLAIN", "plai", "", 0), 0);
    UNIT_ASSERT_STR(smtp_sasl_mech_pick("PLAIN", "plainx", "", 0), 0);
}

/* test_pick_security - smtp_sasl_security_options */

static void test_pick_security(void)
{
    UNIT_ASSERT_STR(smtp_sasl_mech_pick(ALL, "", DEFOPTS, 0), "CRAM-MD5");
    UNIT_ASSERT_STR(smtp_sasl_mech_pick("PLAIN LOGIN", "", DEFOPTS, 0), 0);
    UNIT_ASSERT_STR(smtp_sasl_mech_pick("PLAIN LOGIN", "", "NoPlainText", 0),
		    0);
    UNIT_ASSERT_STR(smtp_sasl_mech_pick(ALL, "plain, login", DEFOPTS, 0), 0);
    /* Encrypted sessions may send plaintext passwords. */
    UNIT_ASSERT_STR(smtp_sasl_mech_pick("PLAIN LOGIN", "", DEFOPTS, 1),
		    "PLAIN");
    UNIT_ASSERT_STR(smtp_sasl_mech_pick("PLAIN LOGIN", "", "", 0), "PLAIN");
    UNIT_ASSERT_STR(smtp_sasl_mech_pick("LOGIN", "", "noanonymous", 0),
		    "LOGIN");
    UNIT_ASSERT_STR(smtp_sasl_mech_pick(ALL, "", "nodictionary", 0),
		    "CRAM-MD5");
    /* Nothing of ours resists active attacks or authenticates the server. */
    UNIT_ASSERT_STR(smtp_sasl_mech_pick(ALL, "", "noactive", 1), 0);
    UNIT_ASSERT_STR(smtp_sasl_mech_pick(ALL, "", "mutual_auth", 1), 0);
    /* A misspelt option refuses everything rather than nothing. */
    UNIT_ASSERT_STR(smtp_sasl_mech_pick(ALL, "", "noplaintxt", 1), 0);
}

/* test_pick_hostile - what a server may send */

static void test_pick_hostile(void)
{
    static char huge[100001];
    size_t  junk = sizeof(huge) - 1 - strlen(" PLAIN");
    size_t  i;

    UNIT_ASSERT_STR(smtp_sasl_mech_pick("", "", "", 0), 0);
    UNIT_ASSERT_STR(smtp_sasl_mech_pick(" , \t ", "", "", 0), 0);
    UNIT_ASSERT_STR(smtp_sasl_mech_pick("PLAINX XPLAIN CRAM-MD5X CRAM", "", "",
					0), 0);
    UNIT_ASSERT_STR(smtp_sasl_mech_pick("PLAIN\n", "", "", 0), "PLAIN");
    /* One very long name. */
    memset(huge, 'A', sizeof(huge) - 1);
    huge[sizeof(huge) - 1] = 0;
    UNIT_ASSERT_STR(smtp_sasl_mech_pick(huge, "", "", 0), 0);
    /* A long list of junk, then a name of ours. */
    memset(huge, 'X', junk);
    for (i = 1; i < junk; i += 7)
	huge[i] = ' ';
    strcpy(huge + junk, " PLAIN");
    UNIT_ASSERT_STR(smtp_sasl_mech_pick(huge, "", "", 0), "PLAIN");
    /* A long name that starts with one of ours. */
    memset(huge, 'X', sizeof(huge) - 1);
    memcpy(huge, "LOGIN", 5);
    UNIT_ASSERT_STR(smtp_sasl_mech_pick(huge, "", "", 0), 0);
}

/*
 * Stand-ins for smtp_params.c, smtp_chat.c and smtp_status.c (program
 * modules that are not in the library).
 */
SMTP_PARAMS smtp_par;

static const char **chat_script;	/* server replies; null: EOF */
static VSTRING *chat_sent;		/* client lines, each with '\n' */
static int chat_sent_debug;		/* lines sent with session->debug */
static int chat_deadlines;		/* smtp_chat_deadline() calls */
static int chat_bad_deadline;		/* ... with another timeout */
static SMTP_RESP chat_resp;
static VSTRING *log_text;		/* what msg_info/msg_warn said */

/* smtp_chat_cmd - record a line; log and transcribe it as smtp_chat does */

void    smtp_chat_cmd(SMTP_SESSION *session, const char *fmt,...)
{
    va_list ap;
    size_t  start = VSTRING_LEN(chat_sent);
    const char *line;

    va_start(ap, fmt);
    vstring_vsprintf_append(chat_sent, fmt, ap);
    va_end(ap);
    line = vstring_str(chat_sent) + start;
    if (session->debug) {
	chat_sent_debug++;
	msg_info("> %s: %s", session->namaddr, line);
    }
    if (!vstring_overflowed(session->transcript))
	vstring_sprintf_append(session->transcript, "Out: %s\n", line);
    vstring_addch(chat_sent, '\n');
}

/* smtp_chat_resp - the next scripted reply */

SMTP_RESP *smtp_chat_resp(SMTP_SESSION *session)
{
    const char *reply = *chat_script;
    char    first[SMTP_REPLY_LINE_LIMIT];
    DSN_SPLIT dp;

    (void) session;
    if (reply == 0) {
	chat_resp.code = -1;
	chat_resp.io_error = SMTP_IO_EOF;
	memcpy(chat_resp.dsn, "4.5.0", sizeof("4.5.0"));
	return (&chat_resp);
    }
    chat_script++;
    vstring_strcpy(chat_resp.str, reply);
    snprintf(first, sizeof(first), "%.*s", (int) strcspn(reply, "\n"), reply);
    if (strspn(first, "0123456789") == 3
	&& (first[3] == 0 || first[3] == ' ' || first[3] == '-')) {
	chat_resp.code = atoi(first);
	(void) dsn_reply_split(&dp, chat_resp.code,
			       first + (first[3] ? 4 : 3));
	memcpy(chat_resp.dsn, dp.status, sizeof(chat_resp.dsn));
	chat_resp.text = vstring_str(chat_resp.str) + (dp.text - first);
    } else {
	chat_resp.code = 0;
	memcpy(chat_resp.dsn, "4.5.0", sizeof("4.5.0"));
	chat_resp.text = vstring_str(chat_resp.str);
    }
    chat_resp.io_error = SMTP_IO_NONE;
    return (&chat_resp);
}

/* smtp_chat_deadline - count, and check the timeout */

void    smtp_chat_deadline(SMTP_SESSION *session, int seconds)
{
    (void) session;
    chat_deadlines++;
    if (seconds != smtp_par.helo_timeout)
	chat_bad_deadline++;
}

/* smtp_io_why - what smtp_status.c would say, roughly */

void    smtp_io_why(SMTP_STATE *state, int io_error, const char *activity)
{
    dsb_simple(state->why, "4.4.2", "io error %d with %s while %s", io_error,
	       state->session->namaddr, activity);
}

/* log_capture - keep what is logged; show why the program ends */

static void log_capture(int level, const char *text)
{
    vstring_sprintf_append(log_text, "%d %s\n", level, text);
    if (level >= MSG_FATAL)
	fprintf(stderr, "%s\n", text);
}

static char test_dir[] = "/tmp/test_smtp_sasl.XXXXXX";
static char test_null_path[sizeof(test_dir) + 10];
static char test_broken_path[sizeof(test_dir) + 20];

/* write_file - create a file with the given bytes */

static void write_file(const char *path, const char *data, size_t len)
{
    FILE   *fp = fopen(path, "w");

    if (fp == 0 || fwrite(data, 1, len, fp) != len || fclose(fp) != 0)
	msg_fatal("write %s: %m", path);
}

static SMTP_STATE state;
static SMTP_SESSION session;
static DELIVER_REQUEST request;

#define PASSWD_MAPS "inline:{ [mail.isp.example]:587=tim:tanstaaftanstaaf," \
	" mx.example.com=hostuser:hostpass, example.com=nexthopuser:x," \
	" user@example.org=sender:pw1, @example.net=domain:pw2," \
	" nocolon.example=justuser }"
#define NAMADDR	"mail.isp.example[192.0.2.1]"

/* setup - a fresh session with AUTH and the default settings */

static void setup(const char *mechs, const char *passwd_maps)
{
    static int done;

    if (!done) {
	done = 1;
	chat_sent = vstring_alloc(100);
	chat_resp.str = vstring_fixed(SMTP_REPLY_TEXT_LIMIT);
	log_text = vstring_alloc(100);
	msg_output(log_capture);
	state.why = dsb_create();
	state.buf = vstring_fixed(1024);
	session.transcript = vstring_fixed(8192);
	state.session = &session;
	state.request = &request;
    }
    smtp_par.helo_timeout = 300;
    smtp_par.sasl_auth_enable = 1;
    smtp_par.sasl_auth_soft_bounce = 1;
    smtp_par.sasl_mechanism_filter = "";
    smtp_par.sasl_security_options = "";
    smtp_par.sasl_password_maps = passwd_maps;
    smtp_par.sender_dependent_authentication = 0;
    smtp_par.lmtp = 0;
    smtp_par.proto = "smtp";
    smtp_sasl_init();
    strcpy(session.host, "mail.isp.example");
    strcpy(session.addr, "192.0.2.1");
    strcpy(session.namaddr, NAMADDR);
    strcpy(session.namaddrport, NAMADDR ":587");
    session.features = SMTP_FEATURE_ESMTP | SMTP_FEATURE_AUTH;
    snprintf(session.sasl_mechs, sizeof(session.sasl_mechs), "%s", mechs);
    session.error_mask = 0;
    session.debug = 0;
    vstring_reset(session.transcript);
    request.sender = "";
    request.nexthop = "[mail.isp.example]:587";
    dsb_reset(state.why);
    vstring_reset(chat_sent);
    vstring_reset(log_text);
    chat_sent_debug = chat_deadlines = chat_bad_deadline = 0;
}

/* run - play a script, return smtp_sasl_auth()'s result */

static int run(const char **script)
{
    chat_script = script;
    return (smtp_sasl_auth(&state));
}

#define SENT()		vstring_str(chat_sent)
#define WHY_STATUS()	vstring_str(state.why->status)
#define WHY_REASON()	vstring_str(state.why->reason)

static const char *ok_235[] = {"235 2.7.0 Authentication successful", 0};

/* test_auth_nothing - no AUTH, done already, no password */

static void test_auth_nothing(void)
{
    setup("PLAIN", PASSWD_MAPS);
    session.features = SMTP_FEATURE_ESMTP;
    UNIT_ASSERT_INT(run(ok_235), 0);
    UNIT_ASSERT_STR(SENT(), "");
    setup("PLAIN", PASSWD_MAPS);
    session.features |= SMTP_FEATURE_AUTH_DONE;
    UNIT_ASSERT_INT(run(ok_235), 0);
    UNIT_ASSERT_STR(SENT(), "");
    /* Neither the host nor the nexthop is in the table. */
    setup("PLAIN", PASSWD_MAPS);
    strcpy(session.host, "other.example");
    request.nexthop = "other.example";
    UNIT_ASSERT_INT(run(ok_235), 0);
    UNIT_ASSERT_STR(SENT(), "");
    UNIT_ASSERT((session.features & SMTP_FEATURE_AUTH_DONE) == 0);
    /* No table at all. */
    setup("PLAIN", "");
    UNIT_ASSERT_INT(run(ok_235), 0);
    UNIT_ASSERT_STR(SENT(), "");
    UNIT_ASSERT_STR(vstring_str(log_text), "");
}

/* test_auth_plain - initial response, then success */

static void test_auth_plain(void)
{
    setup("LOGIN PLAIN", PASSWD_MAPS);
    UNIT_ASSERT_INT(run(ok_235), 0);
    UNIT_ASSERT_STR(SENT(), "AUTH PLAIN AHRpbQB0YW5zdGFhZnRhbnN0YWFm\n");
    UNIT_ASSERT(session.features & SMTP_FEATURE_AUTH_DONE);
    UNIT_ASSERT_INT(chat_deadlines, 1);
    UNIT_ASSERT_INT(chat_bad_deadline, 0);
    /* Success is silent. */
    UNIT_ASSERT_STR(vstring_str(log_text), "");
}

/* test_auth_login - two challenges */

static void test_auth_login(void)
{
    static const char *script[] = {
	"334 VXNlcm5hbWU6", "334 UGFzc3dvcmQ6", "235 2.7.0 Ok", 0,
    };

    setup("LOGIN", PASSWD_MAPS);
    UNIT_ASSERT_INT(run(script), 0);
    UNIT_ASSERT_STR(SENT(), "AUTH LOGIN\ndGlt\ndGFuc3RhYWZ0YW5zdGFhZg==\n");
    UNIT_ASSERT(session.features & SMTP_FEATURE_AUTH_DONE);
    UNIT_ASSERT_INT(chat_deadlines, 3);
    UNIT_ASSERT_INT(chat_bad_deadline, 0);
}

/* test_auth_cram_md5 - RFC 2195 over the wire; preferred to PLAIN */

static void test_auth_cram_md5(void)
{
    static const char *script[] = {
	"334 PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+",
	"235 Authentication successful", 0,
    };

    setup("PLAIN LOGIN CRAM-MD5", PASSWD_MAPS);
    smtp_par.sasl_security_options = DEFOPTS;
    UNIT_ASSERT_INT(run(script), 0);
    UNIT_ASSERT_STR(SENT(), "AUTH CRAM-MD5\n"
		    "dGltIGI5MTNhNjAyYzdlZGE3YTQ5NWI0ZTZlNzMzNGQzODkw\n");
    UNIT_ASSERT(session.features & SMTP_FEATURE_AUTH_DONE);
}

/* test_auth_refused - the server says no */

static void test_auth_refused(void)
{
    static const char *refused[] = {
	"535 5.7.8 Authentication credentials invalid", 0,
    };
    static const char *multi[] = {"334 VXNlcm5hbWU6", "334 UGFzc3dvcmQ6",
	"535-5.7.8 Username and Password not accepted.\n"
	"535 5.7.8 Learn more at https://support.example/", 0,
    };
    static const char *temp[] = {"454 4.7.0 Temporary authentication failure",
    0};
    static const char *no_dsn[] = {"535 Go away", 0};
    static const char *garbage[] = {"what?", 0};

    setup("PLAIN", PASSWD_MAPS);
    UNIT_ASSERT_INT(run(refused), -1);
    UNIT_ASSERT_STR(WHY_STATUS(), "4.7.8");
    UNIT_ASSERT_STR(WHY_REASON(), "SASL authentication failed; server " NAMADDR
		    " said: 535 5.7.8 Authentication credentials invalid");
    UNIT_ASSERT_STR(vstring_str(state.why->dtext),
		    "535 5.7.8 Authentication credentials invalid");
    UNIT_ASSERT_STR(vstring_str(state.why->mname), "mail.isp.example");
    UNIT_ASSERT((session.features & SMTP_FEATURE_AUTH_DONE) == 0);
    UNIT_ASSERT_INT(session.error_mask, 0);

    setup("PLAIN", PASSWD_MAPS);
    smtp_par.sasl_auth_soft_bounce = 0;
    UNIT_ASSERT_INT(run(refused), -1);
    UNIT_ASSERT_STR(WHY_STATUS(), "5.7.8");

    setup("LOGIN", PASSWD_MAPS);
    UNIT_ASSERT_INT(run(multi), -1);
    UNIT_ASSERT_STR(WHY_STATUS(), "4.7.8");
    UNIT_ASSERT_STR(WHY_REASON(), "SASL authentication failed; server " NAMADDR
		    " said: 535-5.7.8 Username and Password not accepted."
		    " 535 5.7.8 Learn more at https://support.example/");

    setup("PLAIN", PASSWD_MAPS);
    smtp_par.sasl_auth_soft_bounce = 0;
    UNIT_ASSERT_INT(run(temp), -1);
    UNIT_ASSERT_STR(WHY_STATUS(), "4.7.0");

    setup("PLAIN", PASSWD_MAPS);
    UNIT_ASSERT_INT(run(no_dsn), -1);
    UNIT_ASSERT_STR(WHY_STATUS(), "4.0.0");

    setup("PLAIN", PASSWD_MAPS);
    UNIT_ASSERT_INT(run(garbage), -1);
    UNIT_ASSERT_STR(WHY_STATUS(), "4.5.0");
    UNIT_ASSERT_STR(WHY_REASON(), "SASL authentication failed; server " NAMADDR
		    " said: what?");
    UNIT_ASSERT_INT(session.error_mask, SMTP_ERROR_PROTOCOL);
}

/* test_auth_bad_challenge - cancel with "*" */

static void test_auth_bad_challenge(void)
{
    static const char *not_base64[] = {"334 VXNlcm5hbWU6!", "501 cancelled", 0};
    static const char *third[] = {"334 VXNlcm5hbWU6", "334 UGFzc3dvcmQ6",
	"334 VXNlcm5hbWU6", "501 5.7.0 cancelled", 0,
    };
    static const char *after_plain[] = {"334 ", "501 cancelled", 0};
    static const char *empty_cram[] = {"334", 0};
    static const char *long_chal[] = {0, "501 cancelled", 0};
    static char long_line[SMTP_REPLY_LINE_LIMIT];
    char   *cp;

    setup("LOGIN", PASSWD_MAPS);
    UNIT_ASSERT_INT(run(not_base64), -1);
    UNIT_ASSERT_STR(SENT(), "AUTH LOGIN\n*\n");
    UNIT_ASSERT_STR(WHY_STATUS(), "4.7.0");
    UNIT_ASSERT_STR(WHY_REASON(), "SASL authentication failed; cannot "
		    "authenticate to server " NAMADDR
		    ": malformed SASL challenge from server");
    UNIT_ASSERT_INT(session.error_mask, SMTP_ERROR_PROTOCOL);
    UNIT_ASSERT(*chat_script == 0);

    setup("LOGIN", PASSWD_MAPS);
    UNIT_ASSERT_INT(run(third), -1);
    UNIT_ASSERT_STR(SENT(), "AUTH LOGIN\ndGlt\ndGFuc3RhYWZ0YW5zdGFhZg==\n*\n");
    UNIT_ASSERT_STR(WHY_REASON(), "SASL authentication failed; cannot "
		    "authenticate to server " NAMADDR
		    ": unexpected SASL challenge from server");
    UNIT_ASSERT(*chat_script == 0);

    setup("PLAIN", PASSWD_MAPS);
    UNIT_ASSERT_INT(run(after_plain), -1);
    UNIT_ASSERT_STR(SENT(), "AUTH PLAIN AHRpbQB0YW5zdGFhZnRhbnN0YWFm\n*\n");
    UNIT_ASSERT_STR(WHY_REASON(), "SASL authentication failed; cannot "
		    "authenticate to server " NAMADDR
		    ": unexpected SASL challenge from server");

    /* An empty CRAM-MD5 challenge; the cancel reply never comes. */
    setup("CRAM-MD5", PASSWD_MAPS);
    UNIT_ASSERT_INT(run(empty_cram), -1);
    UNIT_ASSERT_STR(SENT(), "AUTH CRAM-MD5\n*\n");
    UNIT_ASSERT_STR(WHY_STATUS(), "4.7.0");
    UNIT_ASSERT(strstr(WHY_REASON(), "unexpected SASL challenge") != 0);

    /* Valid base64, but more than the client keeps. */
    memcpy(long_line, "334 ", 4);
    for (cp = long_line + 4; cp < long_line + 4 + 1000; cp++)
	*cp = 'A';
    *cp = 0;
    long_chal[0] = long_line;
    setup("CRAM-MD5", PASSWD_MAPS);
    UNIT_ASSERT_INT(run(long_chal), -1);
    UNIT_ASSERT_STR(SENT(), "AUTH CRAM-MD5\n*\n");
    UNIT_ASSERT(strstr(WHY_REASON(), "malformed SASL challenge") != 0);
}

/* test_auth_io - the connection breaks */

static void test_auth_io(void)
{
    static const char *eof_first[] = {0};
    static const char *eof_later[] = {"334 VXNlcm5hbWU6", 0};

    setup("PLAIN", PASSWD_MAPS);
    UNIT_ASSERT_INT(run(eof_first), -1);
    UNIT_ASSERT_STR(WHY_STATUS(), "4.4.2");
    UNIT_ASSERT_STR(WHY_REASON(), "io error 1 with " NAMADDR
		    " while performing the EHLO handshake");
    setup("LOGIN", PASSWD_MAPS);
    smtp_par.lmtp = 1;
    UNIT_ASSERT_INT(run(eof_later), -1);
    UNIT_ASSERT_STR(WHY_REASON(), "io error 1 with " NAMADDR
		    " while performing the LHLO handshake");
    UNIT_ASSERT((session.features & SMTP_FEATURE_AUTH_DONE) == 0);
}

/* test_auth_no_mech - nothing we may use */

static void test_auth_no_mech(void)
{
    static const char *reason = "SASL authentication failed; cannot "
	"authenticate to server " NAMADDR ": no mechanism available";

    setup("GSSAPI NTLM", PASSWD_MAPS);
    UNIT_ASSERT_INT(run(ok_235), -1);
    UNIT_ASSERT_STR(WHY_STATUS(), "4.7.0");
    UNIT_ASSERT_STR(WHY_REASON(), reason);
    UNIT_ASSERT_STR(SENT(), "");
    setup("PLAIN LOGIN", PASSWD_MAPS);
    smtp_par.sasl_security_options = DEFOPTS;
    UNIT_ASSERT_INT(run(ok_235), -1);
    UNIT_ASSERT_STR(WHY_REASON(), reason);
    UNIT_ASSERT_STR(SENT(), "");
}

/* plain_user - the user name in the AUTH PLAIN line that was sent */

static const char *plain_user(void)
{
    static VSTRING *buf;
    const char *b64;

    if (buf == 0)
	buf = vstring_alloc(100);
    if (strncmp(SENT(), "AUTH PLAIN ", 11) != 0)
	return ("(no AUTH PLAIN)");
    b64 = SENT() + 11;
    if (base64_decode(buf, b64, strcspn(b64, "\n")) == 0
	|| VSTRING_LEN(buf) < 2 || vstring_str(buf)[0] != 0)
	return ("(bad response)");
    return (vstring_str(buf) + 1);
}

/* test_lookup_order - sender, host, nexthop */

static void test_lookup_order(void)
{
    char    maps[400];

    /* The host name comes before the nexthop. */
    setup("PLAIN", PASSWD_MAPS);
    strcpy(session.host, "mx.example.com");
    request.nexthop = "example.com";
    UNIT_ASSERT_INT(run(ok_235), 0);
    UNIT_ASSERT_STR(plain_user(), "hostuser");
    setup("PLAIN", PASSWD_MAPS);
    strcpy(session.host, "mx2.example.com");
    request.nexthop = "example.com";
    UNIT_ASSERT_INT(run(ok_235), 0);
    UNIT_ASSERT_STR(plain_user(), "nexthopuser");
    /* The nexthop as qmgr gave it, brackets and port; case folded. */
    setup("PLAIN", PASSWD_MAPS);
    request.nexthop = "[MAIL.ISP.example]:587";
    strcpy(session.host, "relay.isp.example");
    UNIT_ASSERT_INT(run(ok_235), 0);
    UNIT_ASSERT_STR(plain_user(), "tim");
    setup("PLAIN", PASSWD_MAPS);
    request.nexthop = "[mail.isp.example]";
    strcpy(session.host, "relay.isp.example");
    UNIT_ASSERT_INT(run(ok_235), 0);
    UNIT_ASSERT_STR(SENT(), "");
    /* The sender first, when enabled: user@domain, then @domain. */
    setup("PLAIN", PASSWD_MAPS);
    smtp_par.sender_dependent_authentication = 1;
    request.sender = "user@example.org";
    UNIT_ASSERT_INT(run(ok_235), 0);
    UNIT_ASSERT_STR(plain_user(), "sender");
    setup("PLAIN", PASSWD_MAPS);
    smtp_par.sender_dependent_authentication = 1;
    request.sender = "anyone@example.net";
    UNIT_ASSERT_INT(run(ok_235), 0);
    UNIT_ASSERT_STR(plain_user(), "domain");
    setup("PLAIN", PASSWD_MAPS);
    smtp_par.sender_dependent_authentication = 1;
    request.sender = "other@example.org";
    UNIT_ASSERT_INT(run(ok_235), 0);
    UNIT_ASSERT_STR(plain_user(), "tim");
    /* Not when disabled; never the null sender. */
    setup("PLAIN", PASSWD_MAPS);
    request.sender = "user@example.org";
    UNIT_ASSERT_INT(run(ok_235), 0);
    UNIT_ASSERT_STR(plain_user(), "tim");
    snprintf(maps, sizeof(maps), "regexp:%s/null, %s", test_dir, PASSWD_MAPS);
    setup("PLAIN", maps);
    smtp_par.sender_dependent_authentication = 1;
    UNIT_ASSERT_INT(run(ok_235), 0);
    UNIT_ASSERT_STR(plain_user(), "tim");
    /* That table would answer for an empty key. */
    UNIT_ASSERT_STR(maps_find(smtp_sasl_passwd_maps, "", 0), "nulluser:pw");
    /* No ':' in the value: an empty password. */
    setup("PLAIN", PASSWD_MAPS);
    request.nexthop = "nocolon.example";
    UNIT_ASSERT_INT(run(ok_235), 0);
    UNIT_ASSERT_STR(SENT(), "AUTH PLAIN AGp1c3R1c2VyAA==\n");
}

/* test_lookup_errors - broken tables and oversized entries */

static void test_lookup_errors(void)
{
    char    maps[300];
    char    garbage[300];
    char    entry[600];

    snprintf(maps, sizeof(maps), "cdb:%s/broken", test_dir);
    setup("PLAIN", maps);
    UNIT_ASSERT_INT(run(ok_235), -1);
    UNIT_ASSERT_STR(WHY_STATUS(), "4.3.0");
    UNIT_ASSERT_STR(WHY_REASON(), "table lookup failure");
    UNIT_ASSERT_STR(SENT(), "");

    /* 256 bytes of password: too long. 255: fine. */
    memset(garbage, 'p', 256);
    snprintf(entry, sizeof(entry), "inline:{ mail.isp.example=u:%.256s }",
	     garbage);
    setup("PLAIN", entry);
    UNIT_ASSERT_INT(run(ok_235), -1);
    UNIT_ASSERT_STR(WHY_STATUS(), "4.7.0");
    UNIT_ASSERT_STR(WHY_REASON(), "SASL authentication failed; cannot "
		    "authenticate to server " NAMADDR
		    ": username or password too long");
    UNIT_ASSERT(strstr(vstring_str(log_text), "longer than 255 bytes") != 0);
    UNIT_ASSERT_STR(SENT(), "");
    snprintf(entry, sizeof(entry), "inline:{ mail.isp.example=u:%.255s }",
	     garbage);
    setup("PLAIN", entry);
    UNIT_ASSERT_INT(run(ok_235), 0);
    snprintf(entry, sizeof(entry), "inline:{ mail.isp.example=%.256s:p }",
	     garbage);
    setup("PLAIN", entry);
    UNIT_ASSERT_INT(run(ok_235), -1);
    UNIT_ASSERT_STR(SENT(), "");
}

/* test_secrets - nothing secret in the debug log or the transcript */

static void test_secrets(void)
{
    static const char *login[] = {
	"334 VXNlcm5hbWU6", "334 UGFzc3dvcmQ6", "235 2.7.0 Ok", 0,
    };
    static const char *secrets[] = {
	"tanstaaf", "dGFuc3RhYWZ0YW5zdGFhZg", "AHRpbQB0YW5zdGFhZnRhbnN0YWFm",
	"dGlt",
    };
    size_t  n;
    size_t  fill;

    setup("PLAIN", PASSWD_MAPS);
    session.debug = 1;
    vstring_strcpy(session.transcript, "Out: EHLO client.example\n");
    UNIT_ASSERT_INT(run(ok_235), 0);
    UNIT_ASSERT_INT(session.debug, 1);
    UNIT_ASSERT_INT(chat_sent_debug, 0);
    UNIT_ASSERT_STR(vstring_str(session.transcript),
		    "Out: EHLO client.example\nOut: AUTH PLAIN ********\n");
    UNIT_ASSERT_STR(vstring_str(log_text),
		    "0 > " NAMADDR ": AUTH PLAIN ********\n");

    setup("LOGIN", PASSWD_MAPS);
    session.debug = 1;
    UNIT_ASSERT_INT(run(login), 0);
    UNIT_ASSERT_INT(chat_sent_debug, 1);
    UNIT_ASSERT_STR(vstring_str(session.transcript), "Out: AUTH LOGIN\n"
		    "Out: ********\nOut: ********\n");
    UNIT_ASSERT_STR(vstring_str(log_text),
		    "0 > " NAMADDR ": AUTH LOGIN\n"
		    "0 > " NAMADDR ": ********\n"
		    "0 > " NAMADDR ": ********\n");
    for (n = 0; n < sizeof(secrets) / sizeof(secrets[0]); n++)
	UNIT_ASSERT(strstr(vstring_str(log_text), secrets[n]) == 0);

    /*
     * A secret line that would fill the transcript: the mask still fits,
     * and the transcript is not marked full. One that is full stays so.
     */
    setup("PLAIN", PASSWD_MAPS);
    fill = session.transcript->cap - strlen("Out: AUTH PLAIN ********\n");
    vstring_reset(session.transcript);
    for (n = 0; n < fill; n++)
	vstring_addch(session.transcript, 'x');
    UNIT_ASSERT_INT(run(ok_235), 0);
    UNIT_ASSERT(!vstring_overflowed(session.transcript));
    UNIT_ASSERT(strcmp(vstring_str(session.transcript) + fill,
		       "Out: AUTH PLAIN ********\n") == 0);
    setup("PLAIN", PASSWD_MAPS);
    for (n = 0; n <= session.transcript->cap; n++)
	vstring_addch(session.transcript, 'x');
    UNIT_ASSERT(vstring_overflowed(session.transcript));
    UNIT_ASSERT_INT(run(ok_235), 0);
    UNIT_ASSERT(vstring_overflowed(session.transcript));
    UNIT_ASSERT(strchr(vstring_str(session.transcript), 'O') == 0);

    /* The process keeps no copy of the password or the responses. */
    UNIT_ASSERT_STR(smtp_sasl_passwd, "");
    UNIT_ASSERT_INT(VSTRING_LEN(smtp_sasl_response), 0);
    UNIT_ASSERT_INT(VSTRING_LEN(smtp_sasl_encoded), 0);
    for (n = 0; n < smtp_sasl_response->cap; n++)
	if (vstring_str(smtp_sasl_response)[n] != 0)
	    UNIT_FAIL("response byte %d left behind", (int) n);
}

/* test_init_warning - a configuration that leaves no mechanism */

static void test_init_warning(void)
{
    setup("PLAIN", PASSWD_MAPS);
    smtp_par.sasl_security_options = "noplaintxt";
    smtp_sasl_init();
    UNIT_ASSERT(strstr(vstring_str(log_text), "1 smtp_sasl_mechanism_filter = "
		       " and smtp_sasl_security_options = noplaintxt leave "
		       "none of the SASL mechanisms") != 0);
    setup("PLAIN", PASSWD_MAPS);
    smtp_par.sasl_security_options = DEFOPTS;
    smtp_par.sasl_mechanism_filter = "plain, login";
    smtp_par.proto = "lmtp";
    smtp_par.lmtp = 1;
    smtp_sasl_init();
    UNIT_ASSERT(strstr(vstring_str(log_text), "1 lmtp_sasl_mechanism_filter ="
		       " plain, login and lmtp_sasl_security_options") != 0);
    setup("PLAIN", PASSWD_MAPS);
    smtp_par.sasl_security_options = DEFOPTS;
    smtp_sasl_init();
    UNIT_ASSERT_STR(vstring_str(log_text), "");
    /* Disabled: no table is opened (this one would be fatal), no warning. */
    setup("PLAIN", PASSWD_MAPS);
    smtp_par.sasl_auth_enable = 0;
    smtp_par.sasl_password_maps = "cdb:/nonexistent/sasl_passwd";
    smtp_par.sasl_security_options = "noplaintxt";
    smtp_sasl_init();
    UNIT_ASSERT_STR(vstring_str(log_text), "");
    UNIT_ASSERT_INT(run(ok_235), 0);
    UNIT_ASSERT_STR(SENT(), "");
}

int     main(void)
{
    static const char null_regexp[] = "/^$/ nulluser:pw\n";
    char    garbage[4096];
    size_t  i;

    if (mkdtemp(test_dir) == 0)
	msg_fatal("mkdtemp: %m");
    snprintf(test_null_path, sizeof(test_null_path), "%s/null", test_dir);
    write_file(test_null_path, null_regexp, sizeof(null_regexp) - 1);
    /* A "cdb" whose hash table points outside the file. */
    snprintf(test_broken_path, sizeof(test_broken_path), "%s/broken.cdb",
	     test_dir);
    for (i = 0; i < sizeof(garbage); i++)
	garbage[i] = (char) (i * 13 + 0x81);
    write_file(test_broken_path, garbage, sizeof(garbage));
    UNIT_RUN(test_plain);
    UNIT_RUN(test_login);
    UNIT_RUN(test_cram_md5);
    UNIT_RUN(test_too_long);
    UNIT_RUN(test_unknown);
    UNIT_RUN(test_pick_order);
    UNIT_RUN(test_pick_filter);
    UNIT_RUN(test_pick_security);
    UNIT_RUN(test_pick_hostile);
    UNIT_RUN(test_auth_nothing);
    UNIT_RUN(test_auth_plain);
    UNIT_RUN(test_auth_login);
    UNIT_RUN(test_auth_cram_md5);
    UNIT_RUN(test_auth_refused);
    UNIT_RUN(test_auth_bad_challenge);
    UNIT_RUN(test_auth_io);
    UNIT_RUN(test_auth_no_mech);
    UNIT_RUN(test_lookup_order);
    UNIT_RUN(test_lookup_errors);
    UNIT_RUN(test_secrets);
    UNIT_RUN(test_init_warning);
    unlink(test_null_path);
    unlink(test_broken_path);
    if (rmdir(test_dir) < 0)
	msg_warn("rmdir %s: %m", test_dir);
    return (UNIT_SUMMARY());
}
