/*++
/* NAME
/*	test_mac_expand 1
/* SUMMARY
/*	unit tests for mac_expand(3)
/* SYNOPSIS
/*	test_mac_expand
/* DESCRIPTION
/*	Expansion of every reference form against a small table of
/*	names: plain references, conditionals with braced and bare
/*	text, comparisons, $$, undefined names, recursion, loops,
/*	syntax errors and the limits on nesting and work.
/*--*/

#include <sys_defs.h>
#include <string.h>

#include <mymalloc.h>
#include <vstring.h>
#include <mac_expand.h>
#include <unit_test.h>

 /*
  * The table that the lookup callback serves.
  */
static const char *test_table[][2] = {
    {"a", "hello"},
    {"e", ""},
    {"n", "10"},
    {"ref", "<$a>"},
    {"dollar", "$$a"},
    {"loop1", "$loop2"},
    {"loop2", "$loop1"},
    {"self", "x$self"},
    {"cond", "${a?{$e}:{no}}"},
    {"lvl", "3.6"},
    {0, 0},
};

 /*
  * Doubling chain: d0 = x, dN = $d(N-1)$d(N-1).
  */
static char test_chain[40][32];
static char test_big[100001];
static char test_last_undef[64];

/* test_lookup - serve test_table, the doubling chain and a big value */

static const char *test_lookup(const char *name, void *context)
{
    int     i;

    (void) context;
    for (i = 0; test_table[i][0]; i++)
	if (strcmp(test_table[i][0], name) == 0)
	    return (test_table[i][1]);
    if (name[0] == 'd' && name[1] >= '0' && name[1] <= '9') {
	i = atoi(name + 1);
	if (i >= 0 && i < 40) {
	    if (i == 0)
		return ("x");
	    snprintf(test_chain[i], sizeof(test_chain[i]), "$d%d$d%d", i - 1, i - 1);
	    return (test_chain[i]);
	}
    }
    if (strcmp(name, "big") == 0) {
	memset(test_big, 'b', sizeof(test_big) - 1);
	return (test_big);
    }
    snprintf(test_last_undef, sizeof(test_last_undef), "%s", name);
    return (0);
}

static VSTRING *result;
static VSTRING *why;

/* expand - recursive expansion, returns the result text */

static const char *expand(const char *pattern, int *status)
{
    *status = mac_expand(result, pattern, MAC_EXP_FLAG_RECURSE, test_lookup,
			 (void *) 0, why);
    return (vstring_str(result));
}

/* test_plain - $name, ${name}, $(name), literal text */

static void test_plain(void)
{
    int     status;

    UNIT_ASSERT_STR(expand("no references", &status), "no references");
    UNIT_ASSERT_INT(status, MAC_EXP_OK);
    UNIT_ASSERT_STR(expand("[$a]", &status), "[hello]");
    UNIT_ASSERT_STR(expand("[${a}]", &status), "[hello]");
    UNIT_ASSERT_STR(expand("[$(a)]", &status), "[hello]");
    UNIT_ASSERT_STR(expand("$a.$a", &status), "hello.hello");
    UNIT_ASSERT_STR(expand("${ a }", &status), "hello");
    UNIT_ASSERT_STR(expand("a}b)c", &status), "a}b)c");
    UNIT_ASSERT_STR(expand("", &status), "");
    UNIT_ASSERT_INT(status, MAC_EXP_OK);
}

/* test_dollar - $$ is a literal $, also inside a value */

static void test_dollar(void)
{
    int     status;

    UNIT_ASSERT_STR(expand("$$a", &status), "$a");
    UNIT_ASSERT_STR(expand("$$$a", &status), "$hello");
    UNIT_ASSERT_STR(expand("$dollar", &status), "$a");
    UNIT_ASSERT_INT(status, MAC_EXP_OK);
}

/* test_conditional - ?text, :text, braced and bare forms */

static void test_conditional(void)
{
    int     status;

    UNIT_ASSERT_STR(expand("[${a?yes}]", &status), "[yes]");
    UNIT_ASSERT_STR(expand("[${e?yes}]", &status), "[]");
    UNIT_ASSERT_STR(expand("[${a:no}]", &status), "[]");
    UNIT_ASSERT_STR(expand("[${e:no}]", &status), "[no]");
    UNIT_ASSERT_STR(expand("[${a?{Y}:{N}}]", &status), "[Y]");
    UNIT_ASSERT_STR(expand("[${e?{Y}:{N}}]", &status), "[N]");
    UNIT_ASSERT_STR(expand("[${e?{Y}:N}]", &status), "[N]");
    UNIT_ASSERT_STR(expand("[${a?{ sp }:{ n }}]", &status), "[ sp ]");
    UNIT_ASSERT_STR(expand("[${a ? {x} : {y} }]", &status), "[x]");
    UNIT_ASSERT_STR(expand("[${a?{x}}]", &status), "[x]");
    UNIT_ASSERT_STR(expand("[${a?{{x}}}]", &status), "[{x}]");
    UNIT_ASSERT_STR(expand("[${a?a{b}c}]", &status), "[a{b}c]");
    UNIT_ASSERT_STR(expand("[${a?x}y}]", &status), "[xy}]");
    UNIT_ASSERT_STR(expand("[${a?}]", &status), "[]");
    UNIT_ASSERT_STR(expand("[$(e:(x))]", &status), "[(x)]");
    UNIT_ASSERT_STR(expand("[${a?{a}:}]", &status), "[a]");
    UNIT_ASSERT_INT(status, MAC_EXP_OK);
    /* The test looks at the raw value, not at its expansion. */
    UNIT_ASSERT_STR(expand("[${cond?set}]", &status), "[set]");
    UNIT_ASSERT_STR(expand("[$cond]", &status), "[]");
}

/* test_nested - references inside conditional text */

static void test_nested(void)
{
    int     status;

    UNIT_ASSERT_STR(expand("${a?${e:nest}}", &status), "nest");
    UNIT_ASSERT_STR(expand("${a?${a?${a?{$a}}}}", &status), "hello");
    UNIT_ASSERT_STR(expand("${e?{$a}:{${a?{[$ref]}}}}", &status), "[<hello>]");
    UNIT_ASSERT_STR(expand("$ref$ref", &status), "<hello><hello>");
    UNIT_ASSERT_INT(status, MAC_EXP_OK);
}

/* test_undefined - undefined names expand to nothing and are reported */

static void test_undefined(void)
{
    int     status;

    UNIT_ASSERT_STR(expand("[$nosuch]", &status), "[]");
    UNIT_ASSERT_INT(status, MAC_EXP_UNDEF);
    UNIT_ASSERT_STR(test_last_undef, "nosuch");
    UNIT_ASSERT_STR(expand("[${other?x}]", &status), "[]");
    UNIT_ASSERT_INT(status, MAC_EXP_UNDEF);
    UNIT_ASSERT_STR(test_last_undef, "other");
    UNIT_ASSERT_STR(expand("[${third:x}]", &status), "[x]");
    UNIT_ASSERT_INT(status, MAC_EXP_UNDEF);
    UNIT_ASSERT_STR(expand("[$ax]", &status), "[]");
    UNIT_ASSERT_STR(test_last_undef, "ax");
}

/* test_no_recurse - without the flag, values are copied as they are */

static void test_no_recurse(void)
{
    int     status;

    status = mac_expand(result, "[$ref]", MAC_EXP_FLAG_NONE, test_lookup,
			(void *) 0, why);
    UNIT_ASSERT_INT(status, MAC_EXP_OK);
    UNIT_ASSERT_STR(vstring_str(result), "[<$a>]");
    status = mac_expand(result, "$loop1", MAC_EXP_FLAG_NONE, test_lookup,
			(void *) 0, why);
    UNIT_ASSERT_INT(status, MAC_EXP_OK);
    UNIT_ASSERT_STR(vstring_str(result), "$loop2");
}

/* test_loops - reference loops end with an error, not a hang */

static void test_loops(void)
{
    int     status;

    expand("$loop1", &status);
    UNIT_ASSERT(status & MAC_EXP_ERROR);
    UNIT_ASSERT(strstr(vstring_str(why), "nesting") != 0);
    expand("$self", &status);
    UNIT_ASSERT(status & MAC_EXP_ERROR);
    expand("${loop1?{x}:{y}}", &status);
    UNIT_ASSERT_INT(status, MAC_EXP_OK);
}

/* test_syntax - malformed references */

static void test_syntax(void)
{
    static const char *bad[] = {
	"$", "[$]", "$ a", "$-", "${}", "$()", "${a", "$(a}", "${a?{x}",
	"${a!x}", "${a x}", "${a?{x}y}", "${e:{x}y}", "${a?{a}:{b}:{c}}",
	"${a?{x", "${e?{a}:{b", "${{a}}", "${{a} == b}", "${{a} == {b} x}",
	"${{a} == {b}?{x}:{y}z}", "${{a} = {a}?x}", "${{a", "${{a} == {b",
	"${{x} <level {3}?a}", "${{99999999999999999999} > {1}?a}",
	"${{1.2.3.4} ==level {1}}", "${{1.} ==level {1}}", 0,
    };
    int     status;
    int     i;

    for (i = 0; bad[i]; i++) {
	expand(bad[i], &status);
	if ((status & MAC_EXP_ERROR) == 0)
	    UNIT_FAIL("no error for \"%s\"", bad[i]);
	if (VSTRING_LEN(why) == 0)
	    UNIT_FAIL("no reason for \"%s\"", bad[i]);
    }
    /* Without a why buffer the reason is logged; the status is the same. */
    status = mac_expand(result, "${a", MAC_EXP_FLAG_NONE, test_lookup,
			(void *) 0, (VSTRING *) 0);
    UNIT_ASSERT_INT(status, MAC_EXP_ERROR);
}

/* test_compare - relational operators */

static void test_compare(void)
{
    int     status;

    UNIT_ASSERT_STR(expand("${{$a} == {hello}?{EQ}:{NE}}", &status), "EQ");
    UNIT_ASSERT_STR(expand("${{a} == {b}}", &status), "");
    UNIT_ASSERT_STR(expand("${{a}=={a}}", &status), "true");
    UNIT_ASSERT_STR(expand("${{ a } != {a}?{NE}:{EQ}}", &status), "NE");
    UNIT_ASSERT_STR(expand("${{10} < {9}?{LT}:{GE}}", &status), "GE");
    UNIT_ASSERT_STR(expand("${{$n} > {9}?{GT}:{LE}}", &status), "GT");
    UNIT_ASSERT_STR(expand("${{01} == {1}?{E}:{N}}", &status), "E");
    UNIT_ASSERT_STR(expand("${{-1} < {1}?{L}:{G}}", &status), "L");
    UNIT_ASSERT_STR(expand("${{1} < {x}?{L}:{G}}", &status), "L");
    UNIT_ASSERT_STR(expand("${{a} <= {a}?{Y}:{N}}", &status), "Y");
    UNIT_ASSERT_STR(expand("${{b} >= {a}?{Y}:{N}}", &status), "Y");
    UNIT_ASSERT_STR(expand("${{$e} == {}?{E}:{N}}", &status), "E");
    UNIT_ASSERT_STR(expand("${{a} == {a}?x:y}", &status), "x:y");
    UNIT_ASSERT_STR(expand("${{a} == {b}:x}", &status), "x");
    UNIT_ASSERT_STR(expand("${{0} <level {2} ? {subnet} : {host}}", &status), "subnet");
    UNIT_ASSERT_STR(expand("${{$lvl} <level {3.10}?{lt}:{ge}}", &status), "lt");
    UNIT_ASSERT_STR(expand("${{3.6.1} >=level {3.6}?{ge}:{lt}}", &status), "ge");
    UNIT_ASSERT_STR(expand("${{3.6} ==level {3.6.0}?{eq}:{ne}}", &status), "eq");
    UNIT_ASSERT_STR(expand("${{3} >level {2.99}?{gt}:{le}}", &status), "gt");
    UNIT_ASSERT_INT(status, MAC_EXP_OK);
}

/* test_long - a large value, a doubling chain, deep nesting */

static void test_long(void)
{
    VSTRING *deep = vstring_alloc(1000);
    int     status;
    int     i;

    expand("[$big]", &status);
    UNIT_ASSERT_INT(status, MAC_EXP_OK);
    UNIT_ASSERT_INT(VSTRING_LEN(result), 100002);

    /* 2^10 copies are fine; 2^30 would exceed the work limit. */
    expand("$d10", &status);
    UNIT_ASSERT_INT(status, MAC_EXP_OK);
    UNIT_ASSERT_INT(VSTRING_LEN(result), 1024);
    expand("$d30", &status);
    UNIT_ASSERT(status & MAC_EXP_ERROR);
    UNIT_ASSERT(strstr(vstring_str(why), "work") != 0);

    /* Nesting of conditionals is limited, not a stack overflow. */
    for (i = 0; i < 5000; i++)
	vstring_strcat(deep, "${a?");
    vstring_strcat(deep, "x");
    for (i = 0; i < 5000; i++)
	vstring_strcat(deep, "}");
    expand(vstring_str(deep), &status);
    UNIT_ASSERT(status & MAC_EXP_ERROR);
    vstring_reset(deep);
    for (i = 0; i < 50; i++)
	vstring_strcat(deep, "${a?");
    vstring_strcat(deep, "x");
    for (i = 0; i < 50; i++)
	vstring_strcat(deep, "}");
    UNIT_ASSERT_STR(expand(vstring_str(deep), &status), "x");
    UNIT_ASSERT_INT(status, MAC_EXP_OK);
    vstring_free(deep);
}

int     main(void)
{
    result = vstring_alloc(100);
    why = vstring_alloc(100);
    UNIT_RUN(test_plain);
    UNIT_RUN(test_dollar);
    UNIT_RUN(test_conditional);
    UNIT_RUN(test_nested);
    UNIT_RUN(test_undefined);
    UNIT_RUN(test_no_recurse);
    UNIT_RUN(test_loops);
    UNIT_RUN(test_syntax);
    UNIT_RUN(test_compare);
    UNIT_RUN(test_long);
    vstring_free(result);
    vstring_free(why);
    return (UNIT_SUMMARY());
}
