/*++
/* NAME
/*	test_dict_cidr 1
/* SUMMARY
/*	unit tests for cidr: tables and cidr_match(3)
/* SYNOPSIS
/*	test_dict_cidr
/* DESCRIPTION
/*	IPv4 and IPv6 networks, exact addresses, brackets, negation,
/*	if/endif nesting, keys that are not addresses, and one test
/*	per syntax error, each of which must name the file and line.
/*--*/

#include <sys_defs.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <msg.h>
#include <vstring.h>
#include <cidr_match.h>
#include <dict.h>
#include <unit_test.h>

static char test_dir[] = "/tmp/test_dict_cidr.XXXXXX";
static char table_path[200];
static char table_spec[220];
static VSTRING *why;

/* open_table - write the test table and open it */

static DICT *open_table(const char *text)
{
    FILE   *fp = fopen(table_path, "w");

    if (fp == 0 || fputs(text, fp) == EOF || fclose(fp) != 0)
	msg_fatal("write %s: %m", table_path);
    return (dict_try_open(table_spec, O_RDONLY, DICT_FLAG_FOLD_FIX, why));
}

/* test_match_module - cidr_match(3) on its own */

static void test_match_module(void)
{
    CIDR_MATCH cm;
    unsigned char addr[CIDR_MATCH_ADDR_LEN];
    int     family;

    UNIT_ASSERT_INT(cidr_match_parse(&cm, "10.0.0.0/8", why), 0);
    UNIT_ASSERT_INT(cm.prefix, 8);
    UNIT_ASSERT_INT(cidr_match_addr("10.255.1.2", addr, &family), 0);
    UNIT_ASSERT_INT(cidr_match_test(&cm, addr, family), 1);
    UNIT_ASSERT_INT(cidr_match_addr("11.0.0.1", addr, &family), 0);
    UNIT_ASSERT_INT(cidr_match_test(&cm, addr, family), 0);
    /* Odd prefix lengths. */
    UNIT_ASSERT_INT(cidr_match_parse(&cm, "192.168.0.128/25", why), 0);
    UNIT_ASSERT_INT(cidr_match_addr("192.168.0.200", addr, &family), 0);
    UNIT_ASSERT_INT(cidr_match_test(&cm, addr, family), 1);
    UNIT_ASSERT_INT(cidr_match_addr("192.168.0.127", addr, &family), 0);
    UNIT_ASSERT_INT(cidr_match_test(&cm, addr, family), 0);
    UNIT_ASSERT_INT(cidr_match_parse(&cm, "2001:db8::/31", why), 0);
    UNIT_ASSERT_INT(cidr_match_addr("2001:db9:ffff::1", addr, &family), 0);
    UNIT_ASSERT_INT(cidr_match_test(&cm, addr, family), 1);
    UNIT_ASSERT_INT(cidr_match_addr("2001:dba::1", addr, &family), 0);
    UNIT_ASSERT_INT(cidr_match_test(&cm, addr, family), 0);
    /* /0 matches its whole family, and only that. */
    UNIT_ASSERT_INT(cidr_match_parse(&cm, "0.0.0.0/0", why), 0);
    UNIT_ASSERT_INT(cidr_match_addr("::1", addr, &family), 0);
    UNIT_ASSERT_INT(cidr_match_test(&cm, addr, family), 0);
    UNIT_ASSERT_INT(cidr_match_addr("255.255.255.255", addr, &family), 0);
    UNIT_ASSERT_INT(cidr_match_test(&cm, addr, family), 1);
    /* Not addresses. */
    UNIT_ASSERT_INT(cidr_match_addr("1.2.3", addr, &family), -1);
    UNIT_ASSERT_INT(cidr_match_addr("[1.2.3.4]", addr, &family), -1);
    UNIT_ASSERT_INT(cidr_match_addr("", addr, &family), -1);
    UNIT_ASSERT_INT(cidr_match_addr("1::2::3", addr, &family), -1);
}

/* test_lookups - a table like the cidr_table(5) example */

static void test_lookups(void)
{
    DICT   *dict = open_table("# allow list first\n"
			      "192.168.1.1          OK\n"
			      "192.168.0.0/16       REJECT\n"
			      "[2001:db8::1]        OK6\n"
			      "[2001:db8::]/32      REJECT6\n"
			      "::ffff:10.1.1.1      mapped\n"
			      "10.1.1.1/32          exact four\n"
			      "0.0.0.0/0            any4\n");

    UNIT_ASSERT(dict != 0);
    UNIT_ASSERT((dict->flags & DICT_FLAG_PATTERN) != 0);
    UNIT_ASSERT_STR(dict_get(dict, "192.168.1.1"), "OK");
    UNIT_ASSERT_STR(dict_get(dict, "192.168.1.2"), "REJECT");
    UNIT_ASSERT_STR(dict_get(dict, "2001:db8::1"), "OK6");
    UNIT_ASSERT_STR(dict_get(dict, "2001:DB8:0:0::1"), "OK6");
    UNIT_ASSERT_STR(dict_get(dict, "2001:db8:1::5"), "REJECT6");
    UNIT_ASSERT_STR(dict_get(dict, "::ffff:10.1.1.1"), "mapped");
    UNIT_ASSERT_STR(dict_get(dict, "10.1.1.1"), "exact four");
    UNIT_ASSERT_STR(dict_get(dict, "8.8.8.8"), "any4");
    UNIT_ASSERT(dict_get(dict, "2002::1") == 0);
    /* Keys that are not addresses are simply not found. */
    UNIT_ASSERT(dict_get(dict, "[192.168.1.1]") == 0);
    UNIT_ASSERT(dict_get(dict, "mail.example.com") == 0);
    UNIT_ASSERT(dict_get(dict, "") == 0);
    UNIT_ASSERT(dict_get(dict, "01.2.3.4") == 0);
    UNIT_ASSERT_INT(dict->error, DICT_ERR_NONE);
    dict_close(dict);
}

/* test_negation_if - !pattern and nested if/endif */

static void test_negation_if(void)
{
    DICT   *dict = open_table("if 10.0.0.0/8\n"
			      "if !10.1.0.0/16\n"
			      "10.2.0.0/16   ten-two\n"
			      "endif\n"
			      "10.1.2.0/24   ten-one-two\n"
			      "endif\n"
			      "! 172.16.0.0/12   not private\n");

    UNIT_ASSERT(dict != 0);
    UNIT_ASSERT_STR(dict_get(dict, "10.2.3.4"), "ten-two");
    UNIT_ASSERT_STR(dict_get(dict, "10.1.2.3"), "ten-one-two");
    UNIT_ASSERT(dict_get(dict, "172.16.5.5") == 0);
    /* 10.3.x is inside the if but matches no rule, then falls out. */
    UNIT_ASSERT_STR(dict_get(dict, "10.3.0.1"), "not private");
    UNIT_ASSERT_STR(dict_get(dict, "::1"), "not private");
    dict_close(dict);
}

/* test_syntax_errors - every error names file and line */

static void test_syntax_errors(void)
{
    static const struct {
	const char *text;
	const char *error;
    }       cases[] = {
	{"1.2.3.4/24 a\n", "line 1: non-null host address bits in \"1.2.3.4/24\", "
	"perhaps you should use \"1.2.3.0/24\" instead"},
	{"ok.bad x\n", "line 1: bad address pattern: \"ok.bad\""},
	{"1.2.3.0/24 a\n1.2.3.0/33 b\n", "line 2: bad mask length in \"1.2.3.0/33\""},
	{"::/129 d\n", "line 1: bad mask length in \"::/129\""},
	{"1.2.3.0/x i\n", "line 1: bad mask value in \"1.2.3.0/x\""},
	{"1.2.3.0/ i\n", "line 1: bad mask value in \"1.2.3.0/\""},
	{"1.2.3.0/-1 i\n", "line 1: bad mask value in \"1.2.3.0/-1\""},
	{"01.2.3.0/24 j\n", "line 1: bad network value in \"01.2.3.0/24\""},
	{"1.2.3 c\n", "line 1: bad address pattern: \"1.2.3\""},
	{"[1.2.3.4 x\n", "line 1: bad address pattern: \"[1.2.3.4\""},
	{"[1.2.3.4]x y\n", "line 1: bad address pattern: \"[1.2.3.4]x\""},
	{"2001:db8::1/64 x\n", "line 1: non-null host address bits in \"2001:db8::1/64\", "
	"perhaps you should use \"2001:db8::/64\" instead"},
	{"10.0.0.1\n", "line 1: no lookup result"},
	{"endif\n", "line 1: ENDIF without matching IF"},
	{"if 10.0.0.0/8\n10.0.0.1 x\n", "line 1: IF has no matching ENDIF"},
	{"if 10.0.0.0/8 extra\nendif\n", "line 1: extra text after IF statement: \"extra\""},
	{"if 10.0.0.0/8\nendif 1\n", "line 2: extra text after ENDIF: \"1\""},
	{"if\nendif\n", "line 1: missing address pattern"},
	{"!\n", "line 1: missing address pattern"},
	{0, 0},
    };
    char    prefix[300];
    int     i;

    snprintf(prefix, sizeof(prefix), "cidr map %s, ", table_path);
    for (i = 0; cases[i].text; i++) {
	if (open_table(cases[i].text) != 0)
	    UNIT_FAIL("accepted: %s", cases[i].text);
	if (strncmp(vstring_str(why), prefix, strlen(prefix)) != 0
	    || strstr(vstring_str(why), cases[i].error) == 0)
	    UNIT_FAIL("table \"%s\": got \"%s\", want \"%s\"", cases[i].text,
		      vstring_str(why), cases[i].error);
    }
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
    snprintf(table_spec, sizeof(table_spec), "cidr:%s", table_path);
    why = vstring_alloc(100);
    UNIT_RUN(test_match_module);
    UNIT_RUN(test_lookups);
    UNIT_RUN(test_negation_if);
    UNIT_RUN(test_syntax_errors);
    vstring_free(why);
    cleanup();
    return (UNIT_SUMMARY());
}
