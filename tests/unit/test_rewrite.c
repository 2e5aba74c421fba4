/*++
/* NAME
/*	test_rewrite 1
/* SUMMARY
/*	unit tests for rewrite_addr(3), rewrite_canon(3), rewrite_local(3)
/* SYNOPSIS
/*	test_rewrite
/* DESCRIPTION
/*	Address lists with display names, quotes, comments, routes and
/*	groups; hostile input (unterminated quotes and comments, token
/*	limits); quoting to external form; canonical form with every
/*	setting; local domains.
/*--*/

#include <sys_defs.h>
#include <stdio.h>
#include <string.h>

#include <msg.h>
#include <vstring.h>
#include <rewrite.h>
#include <unit_test.h>

 /*
  * Collect what the scanner reports: "addr[start,end]" joined by "|".
  */
static VSTRING *found;

/* collect - scanner callback */

static int collect(void *context, const char *addr, size_t start, size_t end)
{
    const char *text = context;

    if (VSTRING_LEN(found))
	vstring_addch(found, '|');
    vstring_sprintf_append(found, "%s=", addr);
    vstring_memcat(found, text + start, end - start);
    return (0);
}

/* scan - run the scanner on a string */

static const char *scan(const char *text, int *count)
{
    vstring_reset(found);
    *count = rewrite_addr_scan(text, strlen(text), 10240, collect,
			       (void *) text);
    return (vstring_str(found));
}

/* test_scan_forms - the usual shapes of address lists */

static void test_scan_forms(void)
{
    int     n;

    UNIT_ASSERT_STR(scan("user@example.com", &n), "user@example.com=user@example.com");
    UNIT_ASSERT_INT(n, 1);
    UNIT_ASSERT_STR(scan("John Smith <john@example.com>, jane@x.org (Jane)", &n),
		    "john@example.com=john@example.com|jane@x.org=jane@x.org");
    UNIT_ASSERT_INT(n, 2);
    UNIT_ASSERT_STR(scan("\"Smith, John\" <john@example.com>", &n),
		    "john@example.com=john@example.com");
    UNIT_ASSERT_STR(scan("\"john smith\"@example.com", &n),
		    "john smith@example.com=\"john smith\"@example.com");
    UNIT_ASSERT_STR(scan("<@relay.a,@relay.b:user@c.d>", &n),
		    "user@c.d=user@c.d");
    UNIT_ASSERT_STR(scan("friends: a@b, c@d;, e@f", &n), "a@b=a@b|c@d=c@d|e@f=e@f");
    UNIT_ASSERT_INT(n, 3);
    UNIT_ASSERT_STR(scan("undisclosed-recipients:;", &n), "");
    UNIT_ASSERT_INT(n, 0);
    UNIT_ASSERT_STR(scan("<>, root", &n), "root=root");
    UNIT_ASSERT_STR(scan("user@[192.0.2.1]", &n), "user@[192.0.2.1]=user@[192.0.2.1]");
    UNIT_ASSERT_STR(scan("a\\\"b@x", &n), "a\"b@x=a\\\"b@x");
    UNIT_ASSERT_STR(scan("user(comment)@x.y", &n), "user@x.y=user(comment)@x.y");
}

/* test_scan_hostile - bad input ends quietly */

static void test_scan_hostile(void)
{
    VSTRING *big = vstring_alloc(100);
    int     n;
    int     i;

    UNIT_ASSERT_STR(scan("\"unterminated@x", &n), "unterminated@x=\"unterminated@x");
    UNIT_ASSERT_STR(scan("a@b (unterminated (nested) comment", &n), "a@b=a@b");
    UNIT_ASSERT_STR(scan("<a@b", &n), "a@b=a@b");
    UNIT_ASSERT_STR(scan(">>)) a@b", &n), "a@b=a@b");
    UNIT_ASSERT_STR(scan("", &n), "");
    UNIT_ASSERT_INT(n, 0);
    UNIT_ASSERT_STR(scan(",,,;;;:::", &n), "");
    for (i = 0; i < REWRITE_TOK_MAX; i++)
	vstring_strcat(big, "a.");
    scan(vstring_str(big), &n);
    UNIT_ASSERT_INT(n, -1);
    vstring_strcpy(big, "x@y");
    for (i = 0; i < 100; i++)
	vstring_strcat(big, ", x@y");
    vstring_reset(found);
    n = rewrite_addr_scan(vstring_str(big), VSTRING_LEN(big), 20, collect,
			  vstring_str(big));
    UNIT_ASSERT_INT(n, -1);
    UNIT_ASSERT_STR(vstring_str(found), "x@y=x@y|x@y=x@y|x@y=x@y|x@y=x@y|x@y=x@y");
    vstring_free(big);
}

/* stop_at_first - callback that ends the scan */

static int stop_at_first(void *context, const char *addr, size_t start,
			         size_t end)
{
    (void) addr;
    (void) start;
    (void) end;
    ++*(int *) context;
    return (1);
}

/* test_scan_stop - a non-zero callback result stops the scan */

static void test_scan_stop(void)
{
    int     calls = 0;

    UNIT_ASSERT_INT(rewrite_addr_scan("a@b, c@d", 8, 100, stop_at_first, &calls), 1);
    UNIT_ASSERT_INT(calls, 1);
}

/* test_quote - internal and external forms */

static void test_quote(void)
{
    VSTRING *buf = vstring_alloc(10);
    const char *text;

    UNIT_ASSERT_STR(rewrite_addr_quote(buf, "user@example.com"), "user@example.com");
    UNIT_ASSERT_STR(rewrite_addr_quote(buf, "john smith@example.com"),
		    "\"john smith\"@example.com");
    UNIT_ASSERT_STR(rewrite_addr_quote(buf, "a\"b\\c@x"), "\"a\\\"b\\\\c\"@x");
    UNIT_ASSERT_STR(rewrite_addr_quote(buf, ".lead@x"), "\".lead\"@x");
    UNIT_ASSERT_STR(rewrite_addr_quote(buf, "two..dots@x"), "\"two..dots\"@x");
    UNIT_ASSERT_STR(rewrite_addr_quote(buf, "a@b@c"), "\"a@b\"@c");
    UNIT_ASSERT_STR(rewrite_addr_quote(buf, "first.last"), "first.last");
    UNIT_ASSERT_STR(rewrite_addr_quote(buf, ""), "");
    text = "\"john smith\" @ example.com (x)";
    UNIT_ASSERT_STR(rewrite_addr_internal(buf, text, strlen(text)),
		    "john smith@example.com");
    vstring_free(buf);
}

/* test_canon - canonical form */

static void test_canon(void)
{
    REWRITE_CONF conf;
    VSTRING *buf = vstring_alloc(10);

    conf.myorigin = "Host.Example.COM";
    conf.mydomain = "example.com";
    conf.append_at_myorigin = 1;
    conf.append_dot_mydomain = 1;
    conf.swap_bangpath = 1;
    conf.allow_percent_hack = 1;

    UNIT_ASSERT_STR(rewrite_canon(&conf, buf, ""), "");
    UNIT_ASSERT_STR(rewrite_canon(&conf, buf, "root"), "root@host.example.com");
    UNIT_ASSERT_STR(rewrite_canon(&conf, buf, "User@Mail"), "User@mail.example.com");
    UNIT_ASSERT_STR(rewrite_canon(&conf, buf, "u@localhost"), "u@localhost");
    UNIT_ASSERT_STR(rewrite_canon(&conf, buf, "u@[10.0.0.1]"), "u@[10.0.0.1]");
    UNIT_ASSERT_STR(rewrite_canon(&conf, buf, "u@Other.ORG."), "u@other.org");
    UNIT_ASSERT_STR(rewrite_canon(&conf, buf, "@a,@b:u@c.d"), "u@c.d");
    UNIT_ASSERT_STR(rewrite_canon(&conf, buf, "host.net!user"), "user@host.net");
    UNIT_ASSERT_STR(rewrite_canon(&conf, buf, "a.net!b!c"), "b!c@a.net");
    UNIT_ASSERT_STR(rewrite_canon(&conf, buf, "user%other.net"), "user@other.net");
    UNIT_ASSERT_STR(rewrite_canon(&conf, buf, "user%x%y.net"), "user%x@y.net");
    UNIT_ASSERT_STR(rewrite_canon(&conf, buf, "!user"), "!user@host.example.com");
    UNIT_ASSERT_STR(rewrite_canon(&conf, buf, "u@"), "u@");

    conf.swap_bangpath = 0;
    conf.allow_percent_hack = 0;
    conf.append_dot_mydomain = 0;
    UNIT_ASSERT_STR(rewrite_canon(&conf, buf, "host!user"), "host!user@host.example.com");
    UNIT_ASSERT_STR(rewrite_canon(&conf, buf, "user%x"), "user%x@host.example.com");
    UNIT_ASSERT_STR(rewrite_canon(&conf, buf, "User@Mail"), "User@mail");
    conf.append_at_myorigin = 0;
    UNIT_ASSERT_STR(rewrite_canon(&conf, buf, "root"), "root");
    vstring_free(buf);
}

/* test_local - local domains */

static void test_local(void)
{
    rewrite_local_init("host.example.com, localhost.example.com localhost,");
    UNIT_ASSERT(rewrite_local_domain("host.example.com"));
    UNIT_ASSERT(rewrite_local_domain("LOCALHOST."));
    UNIT_ASSERT(rewrite_local_domain("[127.0.0.1]"));
    UNIT_ASSERT(!rewrite_local_domain("sub.host.example.com"));
    UNIT_ASSERT(!rewrite_local_domain("example.com"));
    UNIT_ASSERT(!rewrite_local_domain(""));
    UNIT_ASSERT(rewrite_local_addr("root"));
    UNIT_ASSERT(rewrite_local_addr("root@Host.Example.Com"));
    UNIT_ASSERT(!rewrite_local_addr("root@elsewhere.net"));
    rewrite_local_init("inline:{other.net=yes}, mine.org");
    UNIT_ASSERT(rewrite_local_domain("other.net"));
    UNIT_ASSERT(rewrite_local_domain("mine.org"));
    UNIT_ASSERT(!rewrite_local_domain("host.example.com"));
}

int     main(void)
{
    msg_set_progname("test_rewrite");
    found = vstring_alloc(100);
    UNIT_RUN(test_scan_forms);
    UNIT_RUN(test_scan_hostile);
    UNIT_RUN(test_scan_stop);
    UNIT_RUN(test_quote);
    UNIT_RUN(test_canon);
    UNIT_RUN(test_local);
    return (UNIT_SUMMARY());
}
