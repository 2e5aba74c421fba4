/*++
/* NAME
/*	test_submit_parse 1
/* SUMMARY
/*	unit tests for the parsers of local submission
/* SYNOPSIS
/*	test_submit_parse
/* DESCRIPTION
/*	quote_822_local(3), addr_list(3), smtp_cmd_parse(3) and
/*	maildrop_rec(3): quoting round trips, header address lists
/*	with comments, groups and routes, SMTP paths and parameters,
/*	and the maildrop record sequence with hostile variations.
/*--*/

#include <sys_defs.h>

#include <argv.h>
#include <vstring.h>
#include <rec_type.h>
#include <quote_822_local.h>
#include <addr_list.h>
#include <smtp_cmd_parse.h>
#include <maildrop_rec.h>
#include <unit_test.h>

/* test_quote - internal to external form and back */

static void test_quote(void)
{
    VSTRING *buf = vstring_alloc(10);
    VSTRING *back = vstring_alloc(10);

    UNIT_ASSERT_STR(quote_822_local(buf, "user@example.com"), "user@example.com");
    UNIT_ASSERT_STR(quote_822_local(buf, "john smith@x"), "\"john smith\"@x");
    UNIT_ASSERT_STR(quote_822_local(buf, "a..b@x"), "\"a..b\"@x");
    UNIT_ASSERT_STR(quote_822_local(buf, ".a@x"), "\".a\"@x");
    UNIT_ASSERT_STR(quote_822_local(buf, "q\"x@y@z"), "\"q\\\"x@y\"@z");
    UNIT_ASSERT_STR(quote_822_local(buf, ""), "");
    UNIT_ASSERT_STR(quote_822_local(buf, "root"), "root");
    UNIT_ASSERT_STR(unquote_822_local(back, "\"q\\\"x@y\"@z"), "q\"x@y@z");
    UNIT_ASSERT_STR(unquote_822_local(back, "\"john smith\"@x"), "john smith@x");
    UNIT_ASSERT_STR(unquote_822_local(back, "plain@x"), "plain@x");
    UNIT_ASSERT_STR(unquote_822_local(back, "\"unbalanced@x"), "unbalanced@x");
    vstring_free(buf);
    vstring_free(back);
}

/* test_addr_list - header values */

static void test_addr_list(void)
{
    ARGV   *list = argv_alloc(1);
    VSTRING *temp = vstring_alloc(10);

    UNIT_ASSERT_INT(addr_list_parse(list, "a@x, \"B C\" <b@y> (comment, with comma)", temp), 2);
    UNIT_ASSERT_STR(list->argv[0], "a@x");
    UNIT_ASSERT_STR(list->argv[1], "b@y");
    argv_truncate(list, 0);
    UNIT_ASSERT_INT(addr_list_parse(list, "friends: c@z, d@w;, <@r1,@r2:e@v>", temp), 3);
    UNIT_ASSERT_STR(list->argv[0], "c@z");
    UNIT_ASSERT_STR(list->argv[1], "d@w");
    UNIT_ASSERT_STR(list->argv[2], "e@v");
    argv_truncate(list, 0);
    UNIT_ASSERT_INT(addr_list_parse(list, "undisclosed-recipients:;", temp), 0);
    UNIT_ASSERT_INT(addr_list_parse(list, "<>, ,,", temp), 0);
    UNIT_ASSERT_INT(addr_list_parse(list, "\"x, y\"@q, Name <\"j s\"@h>", temp), 2);
    UNIT_ASSERT_STR(list->argv[0], "x, y@q");
    UNIT_ASSERT_STR(list->argv[1], "j s@h");
    argv_truncate(list, 0);
    UNIT_ASSERT_INT(addr_list_parse(list, "\"open (<x", temp), 1);
    UNIT_ASSERT_INT(addr_list_parse(list, "user (never closed", temp), 1);
    UNIT_ASSERT_STR(list->argv[1], "user");
    argv_free(list);
    vstring_free(temp);
}

/* test_smtp_cmd - verbs, paths, parameters */

static void test_smtp_cmd(void)
{
    VSTRING *addr = vstring_alloc(10);
    char    line1[] = "mail FROM:<a@b> SIZE=10 body=8BITMIME";
    char    line2[] = "FROM: <@r:\"x y\"@z>";
    char    line3[] = "TO:bare@host NOTIFY=NEVER";
    char    line4[] = "TO:<a b@c>";
    char    line5[] = "FROM:<a@b";
    char    line6[] = "TO:<>";
    char    line7[] = "FROM<a@b>";
    char    line8[] = "TO:<a@b>junk";
    char   *rest;
    char   *params;
    char   *name;
    char   *value;

    UNIT_ASSERT_STR(smtp_cmd_verb(line1, &rest), "MAIL");
    UNIT_ASSERT_INT(smtp_cmd_path(rest, "FROM:", addr, &params), 0);
    UNIT_ASSERT_STR(vstring_str(addr), "a@b");
    UNIT_ASSERT_INT(smtp_cmd_param(&params, &name, &value), 1);
    UNIT_ASSERT_STR(name, "SIZE");
    UNIT_ASSERT_STR(value, "10");
    UNIT_ASSERT_INT(smtp_cmd_param(&params, &name, &value), 1);
    UNIT_ASSERT_STR(name, "BODY");
    UNIT_ASSERT_INT(smtp_cmd_param(&params, &name, &value), 0);
    UNIT_ASSERT_INT(smtp_cmd_path(line2, "FROM:", addr, &params), 0);
    UNIT_ASSERT_STR(vstring_str(addr), "x y@z");
    UNIT_ASSERT_INT(smtp_cmd_path(line3, "TO:", addr, &params), 0);
    UNIT_ASSERT_STR(vstring_str(addr), "bare@host");
    UNIT_ASSERT_STR(params, "NOTIFY=NEVER");
    UNIT_ASSERT_INT(smtp_cmd_path(line4, "TO:", addr, &params), -1);
    UNIT_ASSERT_INT(smtp_cmd_path(line5, "FROM:", addr, &params), -1);
    UNIT_ASSERT_INT(smtp_cmd_path(line6, "TO:", addr, &params), 0);
    UNIT_ASSERT_STR(vstring_str(addr), "");
    UNIT_ASSERT_INT(smtp_cmd_path(line7, "FROM:", addr, &params), -1);
    UNIT_ASSERT_INT(smtp_cmd_path(line8, "TO:", addr, &params), -1);
    UNIT_ASSERT_INT(smtp_cmd_xtext(addr, "a+2Bb"), 0);
    UNIT_ASSERT_STR(vstring_str(addr), "a+b");
    UNIT_ASSERT_INT(smtp_cmd_xtext(addr, "a+2"), -1);
    UNIT_ASSERT_INT(smtp_cmd_xtext(addr, "a+00"), -1);
    UNIT_ASSERT_INT(smtp_cmd_xtext(addr, "a=b"), -1);
    vstring_free(addr);
}

typedef struct {
    int     type;
    const char *data;
} TEST_REC;

/* test_maildrop_seq - feed a sequence, return the last result */

static int test_maildrop_seq(const TEST_REC *recs, MAILDROP_REC *mr)
{
    int     status = MAILDROP_REC_BAD;

    maildrop_rec_init(mr);
    for (; recs->type; recs++)
	status = maildrop_rec_next(mr, recs->type, recs->data,
				   (ssize_t) strlen(recs->data));
    return (status);
}

/* test_maildrop_rec - good and bad record sequences */

static void test_maildrop_rec(void)
{
    MAILDROP_REC mr;
    static const TEST_REC good[] = {
	{REC_TYPE_TIME, "1 2"}, {REC_TYPE_FULL, "Me"}, {REC_TYPE_FROM, "me@x"},
	{REC_TYPE_ATTR, "rewrite_context=local"},
	{REC_TYPE_DSN_NOTIFY, "3"}, {REC_TYPE_RCPT, "you@y"},
	{REC_TYPE_MESG, ""}, {REC_TYPE_NORM, "Subject: x"}, {REC_TYPE_CONT, "abc"},
	{REC_TYPE_NORM, "def"}, {REC_TYPE_XTRA, ""}, {REC_TYPE_RCPT, "z@q"},
	{REC_TYPE_END, ""}, {0, 0},
    };
    static const TEST_REC norcpt[] = {
	{REC_TYPE_FROM, "me@x"}, {REC_TYPE_MESG, ""}, {REC_TYPE_XTRA, ""},
	{REC_TYPE_END, ""}, {0, 0},
    };
    static const TEST_REC twofrom[] = {
	{REC_TYPE_FROM, "me@x"}, {REC_TYPE_FROM, "me@x"}, {0, 0},
    };
    static const TEST_REC late[] = {
	{REC_TYPE_FROM, "a"}, {REC_TYPE_RCPT, "b"}, {REC_TYPE_MESG, ""},
	{REC_TYPE_RCPT, "c"}, {0, 0},
    };
    static const TEST_REC after[] = {
	{REC_TYPE_FROM, "a"}, {REC_TYPE_RCPT, "b"}, {REC_TYPE_MESG, ""},
	{REC_TYPE_XTRA, ""}, {REC_TYPE_END, ""}, {REC_TYPE_NORM, "x"}, {0, 0},
    };
    static const TEST_REC dangling[] = {
	{REC_TYPE_FROM, "a"}, {REC_TYPE_RCPT, "b"}, {REC_TYPE_ORCP, "o"},
	{REC_TYPE_MESG, ""}, {0, 0},
    };
    static const TEST_REC ctrl[] = {
	{REC_TYPE_FROM, "a\nb"}, {0, 0},
    };
    static const TEST_REC utf8_late[] = {	/* where cleanup writes it */
	{REC_TYPE_FROM, "a"}, {REC_TYPE_RCPT, "b"}, {REC_TYPE_MESG, ""},
	{REC_TYPE_XTRA, ""}, {REC_TYPE_ATTR, "smtputf8=3"}, {REC_TYPE_END, ""},
	{0, 0},
    };
    static const TEST_REC attr_late[] = {	/* no other attribute there */
	{REC_TYPE_FROM, "a"}, {REC_TYPE_RCPT, "b"}, {REC_TYPE_MESG, ""},
	{REC_TYPE_XTRA, ""}, {REC_TYPE_ATTR, "dsn_ret=2"}, {0, 0},
    };
    static const TEST_REC utf8_inside[] = {	/* not inside a recipient */
	{REC_TYPE_FROM, "a"}, {REC_TYPE_RCPT, "b"}, {REC_TYPE_MESG, ""},
	{REC_TYPE_XTRA, ""}, {REC_TYPE_ORCP, "o"},
	{REC_TYPE_ATTR, "smtputf8=3"}, {0, 0},
    };

    UNIT_ASSERT_INT(test_maildrop_seq(good, &mr), MAILDROP_REC_DONE);
    UNIT_ASSERT_INT(mr.rcpt_count, 2);
    UNIT_ASSERT_INT(test_maildrop_seq(norcpt, &mr), MAILDROP_REC_BAD);
    UNIT_ASSERT(strstr(MAILDROP_REC_WHY(&mr), "no recipient") != 0);
    UNIT_ASSERT_INT(test_maildrop_seq(twofrom, &mr), MAILDROP_REC_BAD);
    UNIT_ASSERT_INT(test_maildrop_seq(late, &mr), MAILDROP_REC_BAD);
    UNIT_ASSERT_INT(test_maildrop_seq(after, &mr), MAILDROP_REC_BAD);
    UNIT_ASSERT_INT(test_maildrop_seq(dangling, &mr), MAILDROP_REC_BAD);
    UNIT_ASSERT_INT(test_maildrop_seq(ctrl, &mr), MAILDROP_REC_BAD);
    UNIT_ASSERT_INT(test_maildrop_seq(utf8_late, &mr), MAILDROP_REC_DONE);
    UNIT_ASSERT_INT(mr.attr_count, 1);
    UNIT_ASSERT_INT(test_maildrop_seq(attr_late, &mr), MAILDROP_REC_BAD);
    UNIT_ASSERT_INT(test_maildrop_seq(utf8_inside, &mr), MAILDROP_REC_BAD);

    maildrop_rec_init(&mr);
    UNIT_ASSERT_INT(maildrop_rec_next(&mr, REC_TYPE_ATTR, "queue_name=x", 12),
		    MAILDROP_REC_SKIP);
    UNIT_ASSERT_INT(maildrop_rec_next(&mr, REC_TYPE_ATTR, "novalue", 7),
		    MAILDROP_REC_SKIP);
    UNIT_ASSERT_INT(maildrop_rec_next(&mr, REC_TYPE_ATTR, "dsn_ret=3", 9),
		    MAILDROP_REC_SKIP);
    UNIT_ASSERT_INT(maildrop_rec_next(&mr, REC_TYPE_ATTR, "dsn_ret=2", 9),
		    MAILDROP_REC_OK);
    UNIT_ASSERT_INT(maildrop_rec_next(&mr, REC_TYPE_DSN_NOTIFY, "99", 2),
		    MAILDROP_REC_BAD);
    maildrop_rec_init(&mr);
    UNIT_ASSERT_INT(maildrop_rec_next(&mr, REC_TYPE_SIZE, "1", 1),
		    MAILDROP_REC_BAD);
    maildrop_rec_init(&mr);
    UNIT_ASSERT_INT(maildrop_rec_next(&mr, REC_TYPE_FROM, "a\0b", 3),
		    MAILDROP_REC_BAD);
}

int     main(void)
{
    UNIT_RUN(test_quote);
    UNIT_RUN(test_addr_list);
    UNIT_RUN(test_smtp_cmd);
    UNIT_RUN(test_maildrop_rec);
    return (UNIT_SUMMARY());
}
