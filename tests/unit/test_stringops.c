/*++
/* NAME
/*	test_stringops 1
/* SUMMARY
/*	unit tests for stringops(3)
/* SYNOPSIS
/*	test_stringops
/* DESCRIPTION
/*	Every function of stringops(3), with the edge cases: empty
/*	strings, strings of delimiters only, unbalanced parentheses,
/*	and the errors of extpar() and split_nameval().
/*--*/

#include <sys_defs.h>

#include <mymalloc.h>
#include <stringops.h>
#include <unit_test.h>

/* test_mystrtok - tokens between delimiters */

static void test_mystrtok(void)
{
    char    buf[] = "  one, two,,three  ";
    char    empty[] = "";
    char    delims[] = " ,, \t";
    char   *bp = buf;

    UNIT_ASSERT_STR(mystrtok(&bp, ", "), "one");
    UNIT_ASSERT_STR(mystrtok(&bp, ", "), "two");
    UNIT_ASSERT_STR(mystrtok(&bp, ", "), "three");
    UNIT_ASSERT(mystrtok(&bp, ", ") == 0);
    UNIT_ASSERT(mystrtok(&bp, ", ") == 0);
    bp = empty;
    UNIT_ASSERT(mystrtok(&bp, ", ") == 0);
    bp = delims;
    UNIT_ASSERT(mystrtok(&bp, CHARS_COMMA_SP) == 0);
}

/* test_mystrtokq - delimiters inside parentheses do not split */

static void test_mystrtokq(void)
{
    char    buf[] = "a {b c} {d {e f} g}, h{i j}k";
    char    unbalanced[] = "x {y z";
    char    closing[] = "p} q";
    char    empty[] = "";
    char   *bp = buf;

    UNIT_ASSERT_STR(mystrtokq(&bp, CHARS_COMMA_SP, "{}"), "a");
    UNIT_ASSERT_STR(mystrtokq(&bp, CHARS_COMMA_SP, "{}"), "{b c}");
    UNIT_ASSERT_STR(mystrtokq(&bp, CHARS_COMMA_SP, "{}"), "{d {e f} g}");
    UNIT_ASSERT_STR(mystrtokq(&bp, CHARS_COMMA_SP, "{}"), "h{i j}k");
    UNIT_ASSERT(mystrtokq(&bp, CHARS_COMMA_SP, "{}") == 0);
    bp = unbalanced;
    UNIT_ASSERT_STR(mystrtokq(&bp, CHARS_SPACE, "{}"), "x");
    UNIT_ASSERT_STR(mystrtokq(&bp, CHARS_SPACE, "{}"), "{y z");
    UNIT_ASSERT(mystrtokq(&bp, CHARS_SPACE, "{}") == 0);
    bp = closing;
    UNIT_ASSERT_STR(mystrtokq(&bp, CHARS_SPACE, "{}"), "p}");
    UNIT_ASSERT_STR(mystrtokq(&bp, CHARS_SPACE, "{}"), "q");
    bp = empty;
    UNIT_ASSERT(mystrtokq(&bp, CHARS_SPACE, "{}") == 0);
}

/* test_trimblanks - end of the non-blank text */

static void test_trimblanks(void)
{
    char    buf[] = "text \t\r\n";
    char    blanks[] = " \t ";
    char    empty[] = "";

    *trimblanks(buf, -1) = 0;
    UNIT_ASSERT_STR(buf, "text");
    UNIT_ASSERT(trimblanks(blanks, -1) == blanks);
    UNIT_ASSERT(trimblanks(empty, -1) == empty);
    UNIT_ASSERT(trimblanks(empty, 0) == empty);
    /* With a length, only that part is looked at. */
    strcpy(buf, "ab  cd");
    UNIT_ASSERT(trimblanks(buf, 4) == buf + 2);
    UNIT_ASSERT(trimblanks(buf, 6) == buf + 6);
}

/* test_case - lowercase() and uppercase() */

static void test_case(void)
{
    char    buf[] = "MiXeD 123 \xc4";
    char    empty[] = "";

    UNIT_ASSERT(lowercase(buf) == buf);
    UNIT_ASSERT_STR(buf, "mixed 123 \xc4");
    UNIT_ASSERT(uppercase(buf) == buf);
    UNIT_ASSERT_STR(buf, "MIXED 123 \xc4");
    UNIT_ASSERT_STR(lowercase(empty), "");
    UNIT_ASSERT_STR(uppercase(empty), "");
}

/* test_split_at - split at the first or last delimiter */

static void test_split_at(void)
{
    char    buf[] = "user@sub@example.com";
    char    none[] = "nothing";
    char    edge[] = "@";

    UNIT_ASSERT_STR(split_at(buf, '@'), "sub@example.com");
    UNIT_ASSERT_STR(buf, "user");
    UNIT_ASSERT(split_at(none, '@') == 0);
    UNIT_ASSERT_STR(none, "nothing");
    UNIT_ASSERT_STR(split_at(edge, '@'), "");
    UNIT_ASSERT_STR(edge, "");

    strcpy(buf, "user@sub@example.com");
    UNIT_ASSERT_STR(split_at_right(buf, '@'), "example.com");
    UNIT_ASSERT_STR(buf, "user@sub");
    UNIT_ASSERT(split_at_right(none, '@') == 0);
    strcpy(edge, "@");
    UNIT_ASSERT_STR(split_at_right(edge, '@'), "");
}

/* test_alldig_allprint - character class tests */

static void test_alldig_allprint(void)
{
    UNIT_ASSERT(alldig("0123456789"));
    UNIT_ASSERT(!alldig(""));
    UNIT_ASSERT(!alldig("12a"));
    UNIT_ASSERT(!alldig("-1"));
    UNIT_ASSERT(!alldig(" 1"));
    UNIT_ASSERT(allprint("Hello, world! ~"));
    UNIT_ASSERT(allprint(""));
    UNIT_ASSERT(!allprint("tab\there"));
    UNIT_ASSERT(!allprint("del\x7f"));
    UNIT_ASSERT(!allprint("8bit\xe9"));
}

/* test_concatenate - join into new memory */

static void test_concatenate(void)
{
    char   *str;

    str = concatenate("a", "", "bc", "def", (char *) 0);
    UNIT_ASSERT_STR(str, "abcdef");
    myfree(str);
    str = concatenate("", (char *) 0);
    UNIT_ASSERT_STR(str, "");
    myfree(str);
    str = concatenate("only", (char *) 0);
    UNIT_ASSERT_STR(str, "only");
    myfree(str);
}

/* test_split_nameval - "name = value" */

static void test_split_nameval(void)
{
    char    buf[100];
    char   *name;
    char   *value;

    strcpy(buf, "  myhostname =  mail.example.com \t\r\n");
    UNIT_ASSERT(split_nameval(buf, &name, &value) == 0);
    UNIT_ASSERT_STR(name, "myhostname");
    UNIT_ASSERT_STR(value, "mail.example.com");

    strcpy(buf, "name=value=more");
    UNIT_ASSERT(split_nameval(buf, &name, &value) == 0);
    UNIT_ASSERT_STR(name, "name");
    UNIT_ASSERT_STR(value, "value=more");

    strcpy(buf, "empty =");
    UNIT_ASSERT(split_nameval(buf, &name, &value) == 0);
    UNIT_ASSERT_STR(name, "empty");
    UNIT_ASSERT_STR(value, "");

    strcpy(buf, "inner = a  b ");
    UNIT_ASSERT(split_nameval(buf, &name, &value) == 0);
    UNIT_ASSERT_STR(value, "a  b");

    /* Errors leave name and value alone. */
    name = value = 0;
    strcpy(buf, "");
    UNIT_ASSERT_STR(split_nameval(buf, &name, &value), "missing attribute name");
    strcpy(buf, "   \t");
    UNIT_ASSERT_STR(split_nameval(buf, &name, &value), "missing attribute name");
    strcpy(buf, "= value");
    UNIT_ASSERT_STR(split_nameval(buf, &name, &value), "missing attribute name");
    strcpy(buf, "  =");
    UNIT_ASSERT_STR(split_nameval(buf, &name, &value), "missing attribute name");
    strcpy(buf, "name value");
    UNIT_ASSERT_STR(split_nameval(buf, &name, &value),
		    "missing '=' after attribute name");
    strcpy(buf, "name");
    UNIT_ASSERT_STR(split_nameval(buf, &name, &value),
		    "missing '=' after attribute name");
    UNIT_ASSERT(name == 0 && value == 0);
}

/* test_sane_basename - last pathname component */

static void test_sane_basename(void)
{
    UNIT_ASSERT_STR(sane_basename("/usr/sbin/postconf"), "postconf");
    UNIT_ASSERT_STR(sane_basename("postmap"), "postmap");
    UNIT_ASSERT_STR(sane_basename("./postlet"), "postlet");
    UNIT_ASSERT_STR(sane_basename("/"), "");
    UNIT_ASSERT_STR(sane_basename(""), "");
}

/* test_printable - replace what is not printable */

static void test_printable(void)
{
    char    buf[] = "ok\tbad\r\n\x01\x7f\xff end";
    char    empty[] = "";

    UNIT_ASSERT(printable(buf, '?') == buf);
    UNIT_ASSERT_STR(buf, "ok?bad????? end");
    UNIT_ASSERT_STR(printable(empty, '?'), "");
}

/* test_extpar - strip outer parentheses */

static void test_extpar(void)
{
    char    buf[100];
    char   *bp;

    strcpy(buf, "{ a, {b} }");
    bp = buf;
    UNIT_ASSERT_INT(extpar(&bp, "{}", EXTPAR_FLAG_STRIP), 0);
    UNIT_ASSERT_STR(bp, "a, {b}");

    strcpy(buf, "{ a }");
    bp = buf;
    UNIT_ASSERT_INT(extpar(&bp, "{}", 0), 0);
    UNIT_ASSERT_STR(bp, " a ");

    strcpy(buf, "{}");
    bp = buf;
    UNIT_ASSERT_INT(extpar(&bp, "{}", EXTPAR_FLAG_STRIP), 0);
    UNIT_ASSERT_STR(bp, "");

    strcpy(buf, "{ x }  \t");
    bp = buf;
    UNIT_ASSERT_INT(extpar(&bp, "{}", EXTPAR_FLAG_STRIP), 0);
    UNIT_ASSERT_STR(bp, "x");

    strcpy(buf, "{   }");
    bp = buf;
    UNIT_ASSERT_INT(extpar(&bp, "{}", EXTPAR_FLAG_STRIP), 0);
    UNIT_ASSERT_STR(bp, "");

    /* Text without parentheses is left as it is. */
    strcpy(buf, "plain {text}");
    bp = buf;
    UNIT_ASSERT_INT(extpar(&bp, "{}", EXTPAR_FLAG_STRIP), 0);
    UNIT_ASSERT(bp == buf);
    UNIT_ASSERT_STR(bp, "plain {text}");
    strcpy(buf, "");
    bp = buf;
    UNIT_ASSERT_INT(extpar(&bp, "{}", 0), 0);
    UNIT_ASSERT_STR(bp, "");

    /* Errors leave the text alone. */
    strcpy(buf, "{ a, b");
    bp = buf;
    UNIT_ASSERT_INT(extpar(&bp, "{}", EXTPAR_FLAG_STRIP), -1);
    UNIT_ASSERT(bp == buf);
    UNIT_ASSERT_STR(buf, "{ a, b");
    strcpy(buf, "{ a {b }");
    bp = buf;
    UNIT_ASSERT_INT(extpar(&bp, "{}", 0), -1);
    strcpy(buf, "{");
    bp = buf;
    UNIT_ASSERT_INT(extpar(&bp, "{}", 0), -1);
    strcpy(buf, "{a} b");
    bp = buf;
    UNIT_ASSERT_INT(extpar(&bp, "{}", 0), -1);
    UNIT_ASSERT(bp == buf);
    strcpy(buf, "{a}{b}");
    bp = buf;
    UNIT_ASSERT_INT(extpar(&bp, "{}", 0), -1);

    /* Other parentheses. */
    strcpy(buf, "(x (y))");
    bp = buf;
    UNIT_ASSERT_INT(extpar(&bp, "()", 0), 0);
    UNIT_ASSERT_STR(bp, "x (y)");
}

int     main(void)
{
    UNIT_RUN(test_mystrtok);
    UNIT_RUN(test_mystrtokq);
    UNIT_RUN(test_trimblanks);
    UNIT_RUN(test_case);
    UNIT_RUN(test_split_at);
    UNIT_RUN(test_alldig_allprint);
    UNIT_RUN(test_concatenate);
    UNIT_RUN(test_split_nameval);
    UNIT_RUN(test_sane_basename);
    UNIT_RUN(test_printable);
    UNIT_RUN(test_extpar);
    return (UNIT_SUMMARY());
}
