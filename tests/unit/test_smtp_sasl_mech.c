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
#include <string.h>

#include <vstring.h>
#include <unit_test.h>

#include <smtp/smtp_sasl_mech.c>

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

int     main(void)
{
    UNIT_RUN(test_plain);
    UNIT_RUN(test_login);
    UNIT_RUN(test_cram_md5);
    UNIT_RUN(test_too_long);
    UNIT_RUN(test_unknown);
    UNIT_RUN(test_pick_order);
    UNIT_RUN(test_pick_filter);
    UNIT_RUN(test_pick_security);
    UNIT_RUN(test_pick_hostile);
    return (UNIT_SUMMARY());
}
