/*++
/* NAME
/*	test_maps 1
/* SUMMARY
/*	unit tests for maps(3)
/* SYNOPSIS
/*	test_maps
/* DESCRIPTION
/*	Search order, the type filter, braces in the list, folding,
/*	lookup errors that stop the search, and the fatal start-up
/*	error for a table that cannot be opened.
/*--*/

#include <sys_defs.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <msg.h>
#include <vstring.h>
#include <dict.h>
#include <maps.h>
#include <unit_test.h>

static char test_dir[] = "/tmp/test_maps.XXXXXX";
static char regexp_path[200];
static char broken_path[200];

/* write_file - create a file with the given bytes */

static void write_file(const char *path, const char *data, size_t len)
{
    FILE   *fp = fopen(path, "w");

    if (fp == 0 || fwrite(data, 1, len, fp) != len || fclose(fp) != 0)
	msg_fatal("write %s: %m", path);
}

/* test_order - the first table that knows the key wins */

static void test_order(void)
{
    char    names[400];
    MAPS   *maps;

    snprintf(names, sizeof(names),
	     "inline:{ a=first, {b = with space} }, regexp:%s\n"
	     "  inline:{a=second, c=third}  static:{ last resort }", regexp_path);
    maps = maps_create("test_maps", names, DICT_FLAG_FOLD_FIX);
    UNIT_ASSERT_INT(maps->count, 4);
    UNIT_ASSERT_STR(maps_find(maps, "A", 0), "first");
    UNIT_ASSERT_STR(maps_find(maps, "b", 0), "with space");
    UNIT_ASSERT_STR(maps_find(maps, "c", 0), "third");
    UNIT_ASSERT_STR(maps_find(maps, "Regexp-Key", 0), "from regexp Regexp-Key");
    UNIT_ASSERT_STR(maps_find(maps, "zzz", 0), "last resort");
    UNIT_ASSERT_INT(maps->error, DICT_ERR_NONE);
    /* Only fixed-string tables: the regexp table is skipped. */
    UNIT_ASSERT_STR(maps_find(maps, "regexp-key", DICT_FLAG_FIXED), "last resort");
    /* Only pattern tables. */
    UNIT_ASSERT(maps_find(maps, "a", DICT_FLAG_PATTERN) == 0);
    UNIT_ASSERT_STR(maps_find(maps, "regexp-x", DICT_FLAG_PATTERN), "from regexp regexp-x");
    maps_free(maps);
}

/* test_empty - an empty list finds nothing */

static void test_empty(void)
{
    MAPS   *maps = maps_create("empty", "  , ", 0);

    UNIT_ASSERT_INT(maps->count, 0);
    UNIT_ASSERT(maps_find(maps, "x", 0) == 0);
    UNIT_ASSERT_INT(maps->error, DICT_ERR_NONE);
    maps_free(maps);
}

/* test_error_stops - a failing table ends the search */

static void test_error_stops(void)
{
    char    names[400];
    MAPS   *maps;

    snprintf(names, sizeof(names), "inline:{known=yes} cdb:%s static:fallback",
	     broken_path);
    maps = maps_create("test_maps", names, 0);
    UNIT_ASSERT_STR(maps_find(maps, "known", 0), "yes");
    UNIT_ASSERT(maps_find(maps, "unknown", 0) == 0);
    UNIT_ASSERT_INT(maps->error, DICT_ERR_RETRY);
    /* The next search starts clean. */
    UNIT_ASSERT_STR(maps_find(maps, "known", 0), "yes");
    UNIT_ASSERT_INT(maps->error, DICT_ERR_NONE);
    maps_free(maps);
}

/* create_missing - maps_create() with a missing table */

static void create_missing(void *context)
{
    maps_create("virtual_alias_maps", (const char *) context, 0);
}

/* test_open_errors - start-up errors are fatal */

static void test_open_errors(void)
{
    UNIT_ASSERT_INT(unit_exit_status(create_missing, "inline:{a=b} cdb:/nonexistent/x"), 1);
    UNIT_ASSERT_INT(unit_exit_status(create_missing, "nosuchtype:x"), 1);
    UNIT_ASSERT_INT(unit_exit_status(create_missing, "inline:{a=b"), 1);
    UNIT_ASSERT_INT(unit_exit_status(create_missing, "inline:{a=b}"), 0);
}

int     main(void)
{
    char    garbage[4096];
    char    cdb_path[220];
    size_t  i;

    if (mkdtemp(test_dir) == 0)
	msg_fatal("mkdtemp: %m");
    snprintf(regexp_path, sizeof(regexp_path), "%s/re", test_dir);
    write_file(regexp_path, "/^(regexp-.*)$/ from regexp $1\n", 31);
    /* A "cdb" whose hash table points outside the file. */
    snprintf(broken_path, sizeof(broken_path), "%s/broken", test_dir);
    snprintf(cdb_path, sizeof(cdb_path), "%s.cdb", broken_path);
    for (i = 0; i < sizeof(garbage); i++)
	garbage[i] = (char) (i * 13 + 0x81);
    write_file(cdb_path, garbage, sizeof(garbage));
    UNIT_RUN(test_order);
    UNIT_RUN(test_empty);
    UNIT_RUN(test_error_stops);
    UNIT_RUN(test_open_errors);
    unlink(cdb_path);
    unlink(regexp_path);
    if (rmdir(test_dir) < 0)
	msg_warn("rmdir %s: %m", test_dir);
    return (UNIT_SUMMARY());
}
