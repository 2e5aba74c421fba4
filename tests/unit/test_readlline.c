/*++
/* NAME
/*	test_readlline 1
/* SUMMARY
/*	unit tests for readlline(3)
/* SYNOPSIS
/*	test_readlline
/* DESCRIPTION
/*	Logical lines: continuation lines, comment and blank lines
/*	inside and between logical lines, CRLF line ends, trailing
/*	white space, a missing final newline, a first line that starts
/*	with white space, and the line numbers reported.
/*--*/

#include <sys_defs.h>
#include <stdio.h>

#include <msg.h>
#include <vstring.h>
#include <readlline.h>
#include <unit_test.h>

static char warning[200];
static int warnings;

/* capture - msg output channel that keeps the last warning */

static void capture(int level, const char *text)
{
    if (level == MSG_WARN) {
	warnings++;
	snprintf(warning, sizeof(warning), "%s", text);
    }
}

 /*
  * One parsed logical line.
  */
typedef struct {
    const char *text;
    int     first_line;
    int     lineno;
} EXPECT;

/* check_file - parse input, compare with the expected logical lines */

static int check_file(const char *input, const EXPECT *expect, int count)
{
    FILE   *fp = fmemopen((void *) input, strlen(input), "r");
    VSTRING *buf = vstring_alloc(10);
    int     lineno = 0;
    int     first = 0;
    int     i;
    int     ok = 1;

    if (fp == 0)
	return (0);
    for (i = 0; i < count && ok; i++) {
	if (readllines(buf, fp, "test", &lineno, &first) == 0) {
	    printf("  line %d: premature end\n", i);
	    ok = 0;
	} else if (strcmp(vstring_str(buf), expect[i].text) != 0
		   || first != expect[i].first_line
		   || lineno != expect[i].lineno) {
	    printf("  line %d: got \"%s\" (%d-%d), want \"%s\" (%d-%d)\n",
		   i, vstring_str(buf), first, lineno,
		   expect[i].text, expect[i].first_line, expect[i].lineno);
	    ok = 0;
	}
    }
    if (ok && readllines(buf, fp, "test", &lineno, &first) != 0) {
	printf("  unexpected extra line \"%s\"\n", vstring_str(buf));
	ok = 0;
    }
    vstring_free(buf);
    fclose(fp);
    return (ok);
}

/* test_plain - one physical line per logical line */

static void test_plain(void)
{
    static const EXPECT expect[] = {
	{"a = 1", 1, 1},
	{"b = 2", 2, 2},
    };

    UNIT_ASSERT(check_file("a = 1\nb = 2\n", expect, 2));
    UNIT_ASSERT(check_file("", expect, 0));
    UNIT_ASSERT(check_file("\n\n", expect, 0));
}

/* test_continuation - lines starting with white space continue */

static void test_continuation(void)
{
    static const EXPECT expect[] = {
	{"a = 1 2 3", 1, 3},
	{"b = x", 4, 4},
    };

    UNIT_ASSERT(check_file("a = 1\n  2\n\t3\nb = x\n", expect, 2));
}

/* test_comments - comment and blank lines are skipped */

static void test_comments(void)
{
    static const EXPECT between[] = {
	{"a = x y z", 1, 7},
	{"b", 8, 8},
    };
    static const EXPECT around[] = {
	{"a", 3, 5},
	{"b", 6, 7},
    };

    /* Comments, indented comments and blank lines inside a logical line. */
    UNIT_ASSERT(check_file("a = x\n# note\n  y\n   # indented\n\n  z\n"
			   "#\nb\n", between, 2));
    /* Comments between logical lines, and at the end. */
    UNIT_ASSERT(check_file("# head\n \t \na\n#x\n\nb\n# tail", around, 2));
    /* Nothing but comments. */
    UNIT_ASSERT(check_file("# one\n  # two\n\n", around, 0));
}

/* test_crlf - carriage returns before the newline are removed */

static void test_crlf(void)
{
    static const EXPECT expect[] = {
	{"a = 1 2", 1, 3},
	{"b", 4, 4},
    };

    UNIT_ASSERT(check_file("a = 1\r\n  2\r\n\r\nb\r\n", expect, 2));
}

/* test_trailing_blanks - trailing white space is removed */

static void test_trailing_blanks(void)
{
    static const EXPECT expect[] = {
	{"a = 1 more", 1, 2},
	{"b", 3, 3},
    };

    UNIT_ASSERT(check_file("a = 1   \t\n   more \t \nb \n", expect, 2));
}

/* test_no_final_newline - the last line counts without a newline */

static void test_no_final_newline(void)
{
    static const EXPECT expect[] = {
	{"a", 1, 1},
	{"b c", 2, 3},
    };

    UNIT_ASSERT(check_file("a\nb\n c", expect, 2));
}

/* test_leading_white_space - a first line must not start with blanks */

static void test_leading_white_space(void)
{
    FILE   *fp;
    VSTRING *buf = vstring_alloc(10);
    int     lineno = 0;
    static char input[] = "  first\n  more\nsecond\n";

    warnings = 0;
    msg_output(capture);
    fp = fmemopen(input, strlen(input), "r");
    UNIT_ASSERT(fp != 0);
    UNIT_ASSERT(readllines(buf, fp, "test", &lineno, (int *) 0) != 0);
    msg_output_reset();
    UNIT_ASSERT_INT(warnings, 1);
    UNIT_ASSERT(strstr(warning, "line 1") != 0);
    UNIT_ASSERT(strstr(warning, "white space") != 0);
    UNIT_ASSERT(strstr(warning, "first") != 0);
    /* The text is kept; callers skip the leading blanks. */
    UNIT_ASSERT_STR(vstring_str(buf) + strspn(vstring_str(buf), " \t"),
		    "first more");
    UNIT_ASSERT_INT(lineno, 2);
    UNIT_ASSERT(readllines(buf, fp, "test", &lineno, (int *) 0) != 0);
    UNIT_ASSERT_STR(vstring_str(buf), "second");
    UNIT_ASSERT(readllines(buf, fp, "test", &lineno, (int *) 0) == 0);
    UNIT_ASSERT_INT(lineno, 3);
    fclose(fp);
    vstring_free(buf);
}

/* test_get_nonl - physical lines without the newline */

static void test_get_nonl(void)
{
    static char input[] = "abc\n\ndef";
    FILE   *fp = fmemopen(input, strlen(input), "r");
    VSTRING *buf = vstring_alloc(1);

    UNIT_ASSERT(fp != 0);
    UNIT_ASSERT_INT(vstring_get_nonl(buf, fp), '\n');
    UNIT_ASSERT_STR(vstring_str(buf), "abc");
    UNIT_ASSERT_INT(vstring_get_nonl(buf, fp), '\n');
    UNIT_ASSERT_STR(vstring_str(buf), "");
    UNIT_ASSERT(vstring_get_nonl(buf, fp) != EOF);
    UNIT_ASSERT_STR(vstring_str(buf), "def");
    UNIT_ASSERT_INT(vstring_get_nonl(buf, fp), EOF);
    UNIT_ASSERT_STR(vstring_str(buf), "");
    fclose(fp);
    vstring_free(buf);
}

/* test_bounded - a fixed buffer truncates a long line */

static void test_bounded(void)
{
    static char input[] = "0123456789\nnext\n";
    FILE   *fp = fmemopen(input, strlen(input), "r");
    VSTRING *buf = vstring_fixed(4);

    UNIT_ASSERT(fp != 0);
    UNIT_ASSERT_INT(vstring_get_nonl(buf, fp), '\n');
    UNIT_ASSERT_STR(vstring_str(buf), "0123");
    UNIT_ASSERT(vstring_overflowed(buf));
    UNIT_ASSERT_INT(vstring_get_nonl(buf, fp), '\n');
    UNIT_ASSERT_STR(vstring_str(buf), "next");
    UNIT_ASSERT(!vstring_overflowed(buf));
    fclose(fp);
    vstring_free(buf);
}

int     main(void)
{
    UNIT_RUN(test_plain);
    UNIT_RUN(test_continuation);
    UNIT_RUN(test_comments);
    UNIT_RUN(test_crlf);
    UNIT_RUN(test_trailing_blanks);
    UNIT_RUN(test_no_final_newline);
    UNIT_RUN(test_leading_white_space);
    UNIT_RUN(test_get_nonl);
    UNIT_RUN(test_bounded);
    return (UNIT_SUMMARY());
}
