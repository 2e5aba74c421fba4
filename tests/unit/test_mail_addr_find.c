/*++
/* NAME
/*	test_mail_addr_find 1
/* SUMMARY
/*	unit tests for mail_addr_find(3)
/* SYNOPSIS
/*	test_mail_addr_find
/* DESCRIPTION
/*	The search order user+ext@domain, user@domain, user+ext, user,
/*	@domain; the extension that is handed back; the addresses that
/*	are never split; several delimiters; pattern tables seeing only
/*	the full address; case folding; strategy bits.
/*--*/

#include <sys_defs.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <msg.h>
#include <vstring.h>
#include <dict.h>
#include <maps.h>
#include <mail_addr_find.h>
#include <unit_test.h>

static VSTRING *ext;

 /*
  * Each key form answers with its own name, so the result shows which
  * form matched.
  */
#define TABLE "inline:{ " \
	"{user+ext@example.com = full}, " \
	"{user@example.com = noext}, " \
	"{local+ext = localext}, " \
	"{local = local}, " \
	"{@example.com = atdomain}, " \
	"{owner-list = owner}, " \
	"{list-request = request}, " \
	"{postmaster = pm}, " \
	"{bare = bare}, " \
	"{plain+x = plainx} }"

/* find - search with the default strategy and "+" */

static const char *find(MAPS *maps, const char *addr)
{
    return (mail_addr_find(maps, addr, "+", MAIL_ADDR_FIND_DEFAULT, ext));
}

/* test_order - each key form in turn */

static void test_order(void)
{
    MAPS   *maps = maps_create("test", TABLE, DICT_FLAG_FOLD_FIX);

    UNIT_ASSERT_STR(find(maps, "user+ext@example.com"), "full");
    UNIT_ASSERT_STR(vstring_str(ext), "");
    UNIT_ASSERT_STR(find(maps, "user+other@example.com"), "noext");
    UNIT_ASSERT_STR(vstring_str(ext), "+other");
    UNIT_ASSERT_STR(find(maps, "local+ext@elsewhere.org"), "localext");
    UNIT_ASSERT_STR(vstring_str(ext), "");
    UNIT_ASSERT_STR(find(maps, "local+zzz@elsewhere.org"), "local");
    UNIT_ASSERT_STR(vstring_str(ext), "+zzz");
    UNIT_ASSERT_STR(find(maps, "nobody+x@example.com"), "atdomain");
    UNIT_ASSERT_STR(vstring_str(ext), "");
    UNIT_ASSERT(find(maps, "nobody@example.org") == 0);
    UNIT_ASSERT_INT(maps->error, DICT_ERR_NONE);
    /* No domain: user+ext, then user. */
    UNIT_ASSERT_STR(find(maps, "plain+x"), "plainx");
    UNIT_ASSERT_STR(find(maps, "bare+y"), "bare");
    UNIT_ASSERT_STR(vstring_str(ext), "+y");
    UNIT_ASSERT(find(maps, "nobody") == 0);
    maps_free(maps);
}

/* test_case - keys fold, the extension keeps its case */

static void test_case(void)
{
    MAPS   *maps = maps_create("test", TABLE, DICT_FLAG_FOLD_FIX);

    UNIT_ASSERT_STR(find(maps, "USER+Other@Example.COM"), "noext");
    UNIT_ASSERT_STR(vstring_str(ext), "+Other");
    maps_free(maps);

    /* Without folding, only exact keys match. */
    maps = maps_create("test", TABLE, 0);
    UNIT_ASSERT(find(maps, "USER@EXAMPLE.ORG") == 0);
    UNIT_ASSERT_STR(find(maps, "user@example.com"), "noext");
    maps_free(maps);
}

/* test_no_split - addresses whose delimiter is not an extension */

static void test_no_split(void)
{
    MAPS   *maps = maps_create("test", TABLE, DICT_FLAG_FOLD_FIX);
    const char *value;

    UNIT_ASSERT(mail_addr_split("owner-list", "-") == 0);
    UNIT_ASSERT(mail_addr_split("list-request", "-") == 0);
    UNIT_ASSERT(mail_addr_split("Postmaster", "+") == 0);
    UNIT_ASSERT(mail_addr_split("MAILER-DAEMON", "-") == 0);
    UNIT_ASSERT(mail_addr_split("+leading", "+") == 0);
    UNIT_ASSERT(mail_addr_split("user", "+") == 0);
    UNIT_ASSERT(mail_addr_split("user+x", "") == 0);
    UNIT_ASSERT(mail_addr_split("user+x", 0) == 0);
    UNIT_ASSERT_STR(mail_addr_split("user-x+y", "+-"), "-x+y");
    UNIT_ASSERT_STR(mail_addr_split("owner-list", "+"), (const char *) 0);
    UNIT_ASSERT_STR(mail_addr_split("a-request", "-"), (const char *) 0);
    UNIT_ASSERT_STR(mail_addr_split("x-b", "-"), "-b");

    value = mail_addr_find(maps, "owner-list@other.org", "-",
			   MAIL_ADDR_FIND_DEFAULT, ext);
    UNIT_ASSERT_STR(value, "owner");
    UNIT_ASSERT_STR(vstring_str(ext), "");
    value = mail_addr_find(maps, "list-request@other.org", "-",
			   MAIL_ADDR_FIND_DEFAULT, ext);
    UNIT_ASSERT_STR(value, "request");
    /* Several delimiters: the first one found splits. */
    value = mail_addr_find(maps, "local-a+b@other.org", "+-",
			   MAIL_ADDR_FIND_DEFAULT, ext);
    UNIT_ASSERT_STR(value, "local");
    UNIT_ASSERT_STR(vstring_str(ext), "-a+b");
    /* No delimiter configured: no extension. */
    UNIT_ASSERT(mail_addr_find(maps, "local+zzz@other.org", "",
			       MAIL_ADDR_FIND_DEFAULT, ext) == 0);
    maps_free(maps);
}

/* test_strategy - the caller picks the forms */

static void test_strategy(void)
{
    MAPS   *maps = maps_create("test", TABLE, DICT_FLAG_FOLD_FIX);

    /* A non-local domain: no localpart forms. */
    UNIT_ASSERT(mail_addr_find(maps, "local@other.org", "+",
			       MAIL_ADDR_FIND_FULL | MAIL_ADDR_FIND_NOEXT
			       | MAIL_ADDR_FIND_AT_DOMAIN, ext) == 0);
    UNIT_ASSERT_STR(mail_addr_find(maps, "local@other.org", "+",
				   MAIL_ADDR_FIND_LOCALPART, ext), "local");
    UNIT_ASSERT(mail_addr_find(maps, "x@example.com", "+",
			       MAIL_ADDR_FIND_FULL, ext) == 0);
    UNIT_ASSERT_STR(mail_addr_find(maps, "x@example.com", "+",
				   MAIL_ADDR_FIND_AT_DOMAIN, ext), "atdomain");
    /* A null extension buffer is allowed. */
    UNIT_ASSERT_STR(mail_addr_find(maps, "user+q@example.com", "+",
				   MAIL_ADDR_FIND_DEFAULT, 0), "noext");
    maps_free(maps);
}

/* test_patterns - regexp tables see only the full address */

static void test_patterns(void)
{
    char    dir[] = "/tmp/test_mail_addr_find.XXXXXX";
    char    path[200];
    char    names[300];
    FILE   *fp;
    MAPS   *maps;

    UNIT_ASSERT(mkdtemp(dir) != 0);
    snprintf(path, sizeof(path), "%s/re", dir);
    UNIT_ASSERT((fp = fopen(path, "w")) != 0);
    fputs("/^user@example\\.com$/  regexp noext\n/^@/  regexp at\n/^local$/ regexp local\n",
	  fp);
    UNIT_ASSERT(fclose(fp) == 0);
    snprintf(names, sizeof(names), "regexp:%s", path);
    maps = maps_create("test", names, DICT_FLAG_FOLD_FIX);
    UNIT_ASSERT(find(maps, "user+ext@example.com") == 0);
    UNIT_ASSERT_STR(find(maps, "user@example.com"), "regexp noext");
    UNIT_ASSERT_STR(find(maps, "local"), "regexp local");
    UNIT_ASSERT(find(maps, "local+x") == 0);
    maps_free(maps);
    unlink(path);
    rmdir(dir);
}

/* test_long - over-long addresses are only looked up as given */

static void test_long(void)
{
    MAPS   *maps = maps_create("test", "static:found", 0);
    char    addr[3 * DICT_KEY_MAX];

    memset(addr, 'a', sizeof(addr) - 1);
    addr[sizeof(addr) - 1] = 0;
    addr[10] = '+';
    addr[sizeof(addr) - 20] = '@';
    UNIT_ASSERT_STR(find(maps, addr), "found");
    maps_free(maps);
    maps = maps_create("test", "inline:{aaaa=short}", 0);
    UNIT_ASSERT(find(maps, addr) == 0);
    UNIT_ASSERT_INT(maps->error, DICT_ERR_NONE);
    maps_free(maps);
}

int     main(void)
{
    ext = vstring_alloc(100);
    UNIT_RUN(test_order);
    UNIT_RUN(test_case);
    UNIT_RUN(test_no_split);
    UNIT_RUN(test_strategy);
    UNIT_RUN(test_patterns);
    UNIT_RUN(test_long);
    vstring_free(ext);
    return (UNIT_SUMMARY());
}
