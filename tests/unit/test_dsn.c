/*++
/* NAME
/*	test_dsn 1
/* SUMMARY
/*	unit tests for dsn(3)
/* SYNOPSIS
/*	test_dsn
/* DESCRIPTION
/*	Enhanced status codes: what dsn_valid() accepts and refuses,
/*	splitting a code off a text with and without a default, codes
/*	in server replies that agree or disagree with the reply code,
/*	defaults for reply codes, cleaning of text for IPC and logs.
/* DIAGNOSTICS
/*	One line per test, then a summary; exit status 1 on failure.
/*--*/

#include <sys_defs.h>

#include <msg.h>
#include <vstring.h>
#include <dsn.h>
#include <unit_test.h>

/* test_valid - accepted and refused codes */

static void test_valid(void)
{
    UNIT_ASSERT_INT(dsn_valid("5.0.0"), 5);
    UNIT_ASSERT_INT(dsn_valid("4.7.1 try later"), 5);
    UNIT_ASSERT_INT(dsn_valid("2.123.456"), 9);
    UNIT_ASSERT_INT(dsn_valid("5.1.10\tx"), 6);
    UNIT_ASSERT_INT(dsn_valid("3.0.0"), 0);
    UNIT_ASSERT_INT(dsn_valid("5.0"), 0);
    UNIT_ASSERT_INT(dsn_valid("5..0"), 0);
    UNIT_ASSERT_INT(dsn_valid("5.1234.0"), 0);
    UNIT_ASSERT_INT(dsn_valid("5.1.1234"), 0);
    UNIT_ASSERT_INT(dsn_valid("5.1.1x"), 0);
    UNIT_ASSERT_INT(dsn_valid("5.1.1."), 0);
    UNIT_ASSERT_INT(dsn_valid(""), 0);
    UNIT_ASSERT_INT(dsn_valid("55.1.1"), 0);
    UNIT_ASSERT_INT(dsn_valid(" 5.1.1"), 0);
}

/* test_split - code and text, or the default */

static void test_split(void)
{
    DSN_SPLIT sp;

    dsn_split(&sp, "5.0.0", "5.1.1 no such user");
    UNIT_ASSERT_STR(sp.status, "5.1.1");
    UNIT_ASSERT_STR(sp.text, "no such user");
    dsn_split(&sp, "5.0.0", "no such user");
    UNIT_ASSERT_STR(sp.status, "5.0.0");
    UNIT_ASSERT_STR(sp.text, "no such user");
    dsn_split(&sp, "4.0.0", "4.4.1  \t  later");
    UNIT_ASSERT_STR(sp.status, "4.4.1");
    UNIT_ASSERT_STR(sp.text, "later");
    dsn_split(&sp, "5.0.0", "5.1.1");
    UNIT_ASSERT_STR(sp.status, "5.1.1");
    UNIT_ASSERT_STR(sp.text, "");
    dsn_split(&sp, "5.0.0", "5.1.1x is not a code");
    UNIT_ASSERT_STR(sp.status, "5.0.0");
    UNIT_ASSERT_STR(sp.text, "5.1.1x is not a code");
}

/* quiet - discard diagnostics */

static void quiet(int level, const char *text)
{
    (void) level;
    (void) text;
}

/* bad_default - dsn_split() with an invalid default */

static void bad_default(void *context)
{
    DSN_SPLIT sp;

    (void) context;
    msg_output_reset();
    msg_output(quiet);
    dsn_split(&sp, "5.0", "text");
}

/* test_split_panic - an invalid default is a bug */

static void test_split_panic(void)
{
    UNIT_ASSERT(unit_exit_status(bad_default, 0) != 0);
}

/* test_reply - codes in server replies */

static void test_reply(void)
{
    DSN_SPLIT sp;
    char    buf[DSN_STATUS_SIZE];

    dsn_reply_split(&sp, 550, "5.1.1 unknown user");
    UNIT_ASSERT_STR(sp.status, "5.1.1");
    UNIT_ASSERT_STR(sp.text, "unknown user");
    dsn_reply_split(&sp, 550, "unknown user");
    UNIT_ASSERT_STR(sp.status, "5.0.0");
    UNIT_ASSERT_STR(sp.text, "unknown user");
    dsn_reply_split(&sp, 451, "2.0.0 this code disagrees");
    UNIT_ASSERT_STR(sp.status, "4.0.0");
    UNIT_ASSERT_STR(sp.text, "2.0.0 this code disagrees");
    dsn_reply_split(&sp, 250, "2.6.0 queued");
    UNIT_ASSERT_STR(sp.status, "2.6.0");
    dsn_reply_split(&sp, 354, "5.0.0 odd");
    UNIT_ASSERT_STR(sp.status, "4.5.0");
    UNIT_ASSERT_STR(sp.text, "5.0.0 odd");
    UNIT_ASSERT_INT(dsn_from_reply(buf, 421), 0);
    UNIT_ASSERT_STR(buf, "4.0.0");
    UNIT_ASSERT_INT(dsn_from_reply(buf, 599), 0);
    UNIT_ASSERT_STR(buf, "5.0.0");
    UNIT_ASSERT_INT(dsn_from_reply(buf, 99), -1);
    UNIT_ASSERT_STR(buf, "4.5.0");
    UNIT_ASSERT_INT(dsn_from_reply(buf, 600), -1);
    UNIT_ASSERT_INT(dsn_from_reply(buf, -250), -1);
}

/* test_clean - control characters and length */

static void test_clean(void)
{
    VSTRING *buf = vstring_alloc(10);
    DSN     dsn;

    UNIT_ASSERT_STR(dsn_clean(buf, "a\nb\rc\td\177e", 100), "a b c d e");
    UNIT_ASSERT_STR(dsn_clean(buf, "abcdef", 3), "abc");
    UNIT_ASSERT_STR(dsn_clean(buf, "", 3), "");
    UNIT_ASSERT_STR(dsn_clean(buf, "\303\251t\303\251", 100), "\303\251t\303\251");
    dsn_simple(&dsn, "5.0.0", DSN_ACTION_FAILED, "why");
    UNIT_ASSERT_STR(dsn.status, "5.0.0");
    UNIT_ASSERT_STR(dsn.action, "failed");
    UNIT_ASSERT_STR(dsn.reason, "why");
    UNIT_ASSERT_STR(dsn.dtext, "");
    UNIT_ASSERT_STR(dsn.mname, "");
    UNIT_ASSERT(DSN_NOTIFY_OK(0));
    UNIT_ASSERT(DSN_NOTIFY_OK(DSN_NOTIFY_NEVER));
    UNIT_ASSERT(DSN_NOTIFY_OK(DSN_NOTIFY_SUCCESS | DSN_NOTIFY_DELAY));
    UNIT_ASSERT(!DSN_NOTIFY_OK(DSN_NOTIFY_NEVER | DSN_NOTIFY_SUCCESS));
    UNIT_ASSERT(!DSN_NOTIFY_OK(16));
    UNIT_ASSERT(!DSN_NOTIFY_OK(-1));
    vstring_free(buf);
}

int     main(void)
{
    UNIT_RUN(test_valid);
    UNIT_RUN(test_split);
    UNIT_RUN(test_split_panic);
    UNIT_RUN(test_reply);
    UNIT_RUN(test_clean);
    return (UNIT_SUMMARY());
}
