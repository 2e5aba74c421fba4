/*++
/* NAME
/*	test_dict_regexp 1
/* SUMMARY
/*	unit tests for regexp: tables
/* SYNOPSIS
/*	test_dict_regexp
/* DESCRIPTION
/*	Matching, negation, flags, if/endif nesting, $n substitution,
/*	the result size limit, and one test per syntax error, each of
/*	which must name the file and line.
/*--*/

#include <sys_defs.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <msg.h>
#include <mymalloc.h>
#include <vstring.h>
#include <dict.h>
#include <unit_test.h>

static char test_dir[] = "/tmp/test_dict_regexp.XXXXXX";
static char table_path[200];
static char table_spec[220];
static VSTRING *why;

/* write_table - replace the test table */

static const char *write_table(const char *text)
{
    FILE   *fp = fopen(table_path, "w");

    if (fp == 0 || fputs(text, fp) == EOF || fclose(fp) != 0)
	msg_fatal("write %s: %m", table_path);
    return (table_spec);
}

/* open_table - write and open, with flags */

static DICT *open_table(const char *text, int flags)
{
    return (dict_try_open(write_table(text), O_RDONLY, flags, why));
}

/* test_basic - first match wins, case-insensitive by default */

static void test_basic(void)
{
    DICT   *dict = open_table("# comment\n"
			      "/^postmaster@/   OK\n"
			      "/[%!@].*[%!@]/   550 routing\n"
			      "/^Joe@/i         case sensitive\n"
			      "/\\.example\\.com$/  domain\n"
			      "~a/b~            tilde delimiter\n"
			      "/x\\/y/          escaped delimiter\n",
			      DICT_FLAG_FOLD_FIX);

    UNIT_ASSERT(dict != 0);
    UNIT_ASSERT((dict->flags & DICT_FLAG_PATTERN) != 0);
    UNIT_ASSERT_STR(dict_get(dict, "POSTMASTER@x"), "OK");
    UNIT_ASSERT_STR(dict_get(dict, "a@b@c"), "550 routing");
    UNIT_ASSERT_STR(dict_get(dict, "Joe@x"), "case sensitive");
    UNIT_ASSERT(dict_get(dict, "joe@x") == 0);
    UNIT_ASSERT_INT(dict->error, DICT_ERR_NONE);
    UNIT_ASSERT_STR(dict_get(dict, "host.EXAMPLE.com"), "domain");
    UNIT_ASSERT_STR(dict_get(dict, "a/b"), "tilde delimiter");
    UNIT_ASSERT_STR(dict_get(dict, "x/y"), "escaped delimiter");
    dict_close(dict);
}

/* test_negation_and_flags - !/pattern/, x and m flags */

static void test_negation_and_flags(void)
{
    DICT   *dict = open_table("!/^allowed/   not allowed\n", 0);

    UNIT_ASSERT(dict != 0);
    UNIT_ASSERT(dict_get(dict, "allowed-user") == 0);
    UNIT_ASSERT_STR(dict_get(dict, "other"), "not allowed");
    dict_close(dict);

    /* x toggles extended syntax off: + is literal in basic syntax. */
    dict = open_table("/a+b/x  basic\n/a+b/  extended\n", 0);
    UNIT_ASSERT(dict != 0);
    UNIT_ASSERT_STR(dict_get(dict, "a+b"), "basic");
    UNIT_ASSERT_STR(dict_get(dict, "aab"), "extended");
    dict_close(dict);

    /* m: ^ matches after a newline. */
    dict = open_table("/^second/m  multi\n/^Subject/  single\n", 0);
    UNIT_ASSERT(dict != 0);
    UNIT_ASSERT_STR(dict_get(dict, "Subject: x\nsecond line"), "multi");
    UNIT_ASSERT_STR(dict_get(dict, "Subject: x"), "single");
    dict_close(dict);
}

/* test_if_endif - nesting and negated conditions */

static void test_if_endif(void)
{
    DICT   *dict = open_table("if /@example\\.com$/\n"
			      "if !/^owner-/\n"
			      "/^(.*)-outgoing@(.*)$/   550 use ${1}@${2}\n"
			      "endif\n"
			      "/^owner-/  owner\n"
			      "ENDIF\n"
			      "IF/^x/\n"
			      "/./  inside x\n"
			      "endif\n"
			      "/outgoing/  fallback\n", 0);

    UNIT_ASSERT(dict != 0);
    UNIT_ASSERT_STR(dict_get(dict, "list-outgoing@example.com"),
		    "550 use list@example.com");
    UNIT_ASSERT_STR(dict_get(dict, "owner-outgoing@example.com"), "owner");
    UNIT_ASSERT_STR(dict_get(dict, "list-outgoing@example.org"), "fallback");
    UNIT_ASSERT_STR(dict_get(dict, "xyz"), "inside x");
    UNIT_ASSERT(dict_get(dict, "nothing") == 0);
    dict_close(dict);
}

/* test_substitution - $n, ${n}, $(n), $$, unmatched groups */

static void test_substitution(void)
{
    DICT   *dict = open_table("/^(a)(b)?(c)$/  1=$1 2=[$2] 3=${3}x $(1)y $$1 cost$$\n"
			      "/^(.)(.)(.)(.)(.)(.)(.)(.)(.)(.)$/  ten=${10} $10\n"
			      "/^(.*)@(.*)$/  user=$1 domain=$2\n", 0);

    UNIT_ASSERT(dict != 0);
    UNIT_ASSERT_STR(dict_get(dict, "ac"), "1=a 2=[] 3=cx ay $1 cost$");
    UNIT_ASSERT_STR(dict_get(dict, "0123456789"), "ten=9 9");
    /* Substitution keeps the case of the key. */
    UNIT_ASSERT_STR(dict_get(dict, "Joe@Example.COM"), "user=Joe domain=Example.COM");
    dict_close(dict);
}

/* test_result_limit - an over-long substitution is a lookup error */

static void test_result_limit(void)
{
    DICT   *dict = open_table("/^(.*)$/  $1$1$1$1$1$1$1$1$1$1\n", 0);
    char   *key = mymalloc(DICT_VALUE_MAX);
    const char *value;

    UNIT_ASSERT(dict != 0);
    memset(key, 'k', DICT_VALUE_MAX / 10);
    key[DICT_VALUE_MAX / 10] = 0;
    UNIT_ASSERT((value = dict_get(dict, key)) != 0);
    UNIT_ASSERT_INT(strlen(value), (DICT_VALUE_MAX / 10) * 10);
    memset(key, 'k', DICT_VALUE_MAX - 1);
    key[DICT_VALUE_MAX - 1] = 0;
    UNIT_ASSERT(dict_get(dict, key) == 0);
    UNIT_ASSERT_INT(dict->error, DICT_ERR_CONFIG);
    myfree(key);
    dict_close(dict);
}

/* test_no_regsub - alias tables refuse $n */

static void test_no_regsub(void)
{
    DICT   *dict;

    UNIT_ASSERT(open_table("/^(.*)$/  $1\n", DICT_FLAG_NO_REGSUB) == 0);
    UNIT_ASSERT(strstr(vstring_str(why), "line 1: $number substitution is not allowed") != 0);
    dict = open_table("/^root$/  admin, $$literal\n", DICT_FLAG_NO_REGSUB);
    UNIT_ASSERT(dict != 0);
    UNIT_ASSERT_STR(dict_get(dict, "root"), "admin, $literal");
    dict_close(dict);
}

/* test_syntax_errors - every error names file and line */

static void test_syntax_errors(void)
{
    static const struct {
	const char *text;
	const char *error;
    }       cases[] = {
	{"/ok/ x\n/x(/ bad\n", "line 2: "},
	{"/ok/ x\n/[[:nonsense:]]/ bad\n", "line 2: "},
	{"/a/ x\n/unterminated x\n", "line 2: no closing regexp delimiter \"/\""},
	{"/a/q result\n", "line 1: unknown regexp option \"q\""},
	{"/a/\n", "line 1: no replacement text"},
	{"abc def\n", "line 1: unrecognized request"},
	{"!/a/ $1\n", "line 1: $number found in negative match replacement text"},
	{"/(a)/ $2\n", "line 1: out-of-range replacement index \"2\""},
	{"/(a)/ $0\n", "line 1: out-of-range replacement index \"0\""},
	{"/(a)/ $a\n", "line 1: non-numeric replacement index \"a\""},
	{"/(a)/ ${1\n", "line 1: unterminated replacement reference"},
	{"/(a)/ cost$\n", "line 1: empty replacement index after \"$\""},
	{"/(a)/ ${}\n", "line 1: empty replacement index after \"$\""},
	{"/a/ x\nendif\n", "line 2: ENDIF without matching IF"},
	{"if /a/\n/b/ x\n", "line 1: IF has no matching ENDIF"},
	{"if /a/\nif /b/\nendif\n", "line 1: IF has no matching ENDIF"},
	{"if /a/ extra\nendif\n", "line 1: extra text after IF statement: \"extra\""},
	{"if /a/\nendif extra\n", "line 2: extra text after ENDIF: \"extra\""},
	{"if\nendif\n", "line 1: missing regular expression"},
	{"# only\n\n/a/ x\n  continued\n/b(/ y\n", "line 5: "},
	{"/mone++++y/ x\n", "line 1: stacked repetition operators"},
	{"/a*{2}/ x\n", "line 1: stacked repetition operators"},
	{"/a{256}/ x\n", "line 1: repetition count above 255"},
	{"/a{99999999999999999999999,}/ x\n", "line 1: repetition count above 255"},
	{"/((a{99}){99}){99}/ x\n", "line 1: repetition counts too large together"},
	{0, 0},
    };
    char    prefix[300];
    int     i;

    snprintf(prefix, sizeof(prefix), "regexp map %s, ", table_path);
    for (i = 0; cases[i].text; i++) {
	if (open_table(cases[i].text, 0) != 0)
	    UNIT_FAIL("accepted: %s", cases[i].text);
	if (strncmp(vstring_str(why), prefix, strlen(prefix)) != 0
	    || strstr(vstring_str(why), cases[i].error) == 0)
	    UNIT_FAIL("table \"%s\": got \"%s\", want \"%s\"", cases[i].text,
		      vstring_str(why), cases[i].error);
    }
}

/* test_sane_repetition - common patterns pass the expansion check */

static void test_sane_repetition(void)
{
    DICT   *dict;

    /* Ordinary uses of repetition, brackets and escapes stay legal. */
    dict = open_table("/^(a+)+b{2,3}[*+?]\\+x?$/ yes\n/c{255}/ many\n", 0);
    UNIT_ASSERT(dict != 0);
    UNIT_ASSERT_STR(dict_get(dict, "aabb*+"), "yes");
    dict_close(dict);
}

/* test_hostile_keys - odd keys are just keys */

static void test_hostile_keys(void)
{
    DICT   *dict = open_table("/^$/  empty\n/[[:cntrl:]]/  control\n", 0);
    char   *big = mymalloc(100001);

    UNIT_ASSERT(dict != 0);
    UNIT_ASSERT_STR(dict_get(dict, ""), "empty");
    UNIT_ASSERT_STR(dict_get(dict, "a\nb"), "control");
    memset(big, 'z', 100000);
    big[100000] = 0;
    UNIT_ASSERT(dict_get(dict, big) == 0);
    UNIT_ASSERT_INT(dict->error, DICT_ERR_NONE);
    myfree(big);
    dict_close(dict);
}

/* cleanup - remove the test directory */

static void cleanup(void)
{
    unlink(table_path);
    if (rmdir(test_dir) < 0)
	msg_warn("rmdir %s: %m", test_dir);
}

int     main(void)
{
    if (mkdtemp(test_dir) == 0)
	msg_fatal("mkdtemp: %m");
    snprintf(table_path, sizeof(table_path), "%s/table", test_dir);
    snprintf(table_spec, sizeof(table_spec), "regexp:%s", table_path);
    why = vstring_alloc(100);
    UNIT_RUN(test_basic);
    UNIT_RUN(test_negation_and_flags);
    UNIT_RUN(test_if_endif);
    UNIT_RUN(test_substitution);
    UNIT_RUN(test_result_limit);
    UNIT_RUN(test_no_regsub);
    UNIT_RUN(test_syntax_errors);
    UNIT_RUN(test_sane_repetition);
    UNIT_RUN(test_hostile_keys);
    vstring_free(why);
    cleanup();
    return (UNIT_SUMMARY());
}
