/*++
/* NAME
/*	test_dict_mkmap 1
/* SUMMARY
/*	unit tests for mkmap(3) and mkmap_cdb(3)
/* SYNOPSIS
/*	test_dict_mkmap
/* DESCRIPTION
/*	Building, duplicates (kept or replaced, and no dead records
/*	left behind), the lookup limits, incremental update, deletion,
/*	terminating nulls, abort, permissions, and the types that
/*	cannot be built. Tables are read back with dict(3) and with
/*	TinyCDB directly.
/*--*/

#include <sys_defs.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <cdb.h>

#include <msg.h>
#include <mymalloc.h>
#include <vstring.h>
#include <dict.h>
#include <mkmap.h>
#include <unit_test.h>

static char test_dir[] = "/tmp/test_dict_mkmap.XXXXXX";
static char table[200];
static char table_cdb[220];
static VSTRING *why;

/* lookup - one lookup in a freshly opened table */

static const char *lookup(const char *key, int flags)
{
    static char result[200];
    char    spec[220];
    DICT   *dict;
    const char *value;

    snprintf(spec, sizeof(spec), "cdb:%s", table);
    dict = dict_open(spec, O_RDONLY, flags);
    value = dict_get(dict, key);
    if (value)
	snprintf(result, sizeof(result), "%s", value);
    dict_close(dict);
    return (value ? result : 0);
}

/* record_count - records in the file, dead or alive */

static int record_count(void)
{
    struct cdb cdb;
    unsigned pos;
    int     fd = open(table_cdb, O_RDONLY);
    int     count = 0;

    if (fd < 0 || cdb_init(&cdb, fd) < 0)
	return (-1);
    cdb_seqinit(&pos, &cdb);
    while (cdb_seqnext(&pos, &cdb) > 0)
	count++;
    cdb_free(&cdb);
    close(fd);
    return (count);
}

/* raw_exists - is this exact byte string a key */

static int raw_exists(const char *key, unsigned len)
{
    struct cdb cdb;
    int     fd = open(table_cdb, O_RDONLY);
    int     found;

    if (fd < 0 || cdb_init(&cdb, fd) < 0)
	return (-1);
    found = cdb_find(&cdb, key, len);
    cdb_free(&cdb);
    close(fd);
    return (found);
}

/* test_build - a new table, duplicates kept, limits */

static void test_build(void)
{
    MKMAP  *mk;
    char   *big = mymalloc(DICT_VALUE_MAX + 2);
    struct stat st;

    unlink(table_cdb);
    mk = mkmap_open("cdb", table, O_CREAT | O_TRUNC, 0640, DICT_FLAG_FOLD_FIX, why);
    UNIT_ASSERT(mk != 0);
    UNIT_ASSERT_INT(mkmap_put(mk, "Key1", "Value One"), MKMAP_ADDED);
    UNIT_ASSERT_INT(mkmap_put(mk, "key2", "two"), MKMAP_ADDED);
    UNIT_ASSERT_INT(mkmap_put(mk, "KEY1", "duplicate"), MKMAP_KEPT);
    memset(big, 'v', DICT_VALUE_MAX + 1);
    big[DICT_VALUE_MAX + 1] = 0;
    UNIT_ASSERT_INT(mkmap_put(mk, "big", big), MKMAP_TOO_LONG);
    big[DICT_VALUE_MAX] = 0;
    UNIT_ASSERT_INT(mkmap_put(mk, "big", big), MKMAP_ADDED);
    UNIT_ASSERT_INT(mkmap_commit(mk), 0);
    UNIT_ASSERT_STR(lookup("key1", DICT_FLAG_FOLD_FIX), "Value One");
    UNIT_ASSERT_STR(lookup("KEY2", DICT_FLAG_FOLD_FIX), "two");
    UNIT_ASSERT(lookup("big", 0) != 0);
    UNIT_ASSERT_INT(record_count(), 3);
    /* Without -N, keys have no null byte: cdb(1) finds them as typed. */
    UNIT_ASSERT_INT(raw_exists("key1", 4), 1);
    UNIT_ASSERT_INT(raw_exists("key1", 5), 0);
    UNIT_ASSERT(stat(table_cdb, &st) == 0);
    UNIT_ASSERT_INT(st.st_mode & 0777, 0640);
    /* No temporary file is left behind. */
    UNIT_ASSERT(access(strcat(strcpy(big, table_cdb), ".tmp"), F_OK) < 0);
    myfree(big);
}

/* test_replace - -r semantics leave no dead records */

static void test_replace(void)
{
    MKMAP  *mk;

    mk = mkmap_open("cdb", table, O_CREAT | O_TRUNC, 0644,
		    DICT_FLAG_DUP_REPLACE, why);
    UNIT_ASSERT(mk != 0);
    UNIT_ASSERT_INT(mkmap_put(mk, "a", "first"), MKMAP_ADDED);
    UNIT_ASSERT_INT(mkmap_put(mk, "b", "bee"), MKMAP_ADDED);
    UNIT_ASSERT_INT(mkmap_put(mk, "a", "second"), MKMAP_REPLACED);
    UNIT_ASSERT_INT(mkmap_put(mk, "a", "third"), MKMAP_REPLACED);
    UNIT_ASSERT_INT(mkmap_commit(mk), 0);
    UNIT_ASSERT_STR(lookup("a", 0), "third");
    UNIT_ASSERT_STR(lookup("b", 0), "bee");
    UNIT_ASSERT_INT(record_count(), 2);
}

/* test_incremental - keep the old entries, add new ones */

static void test_incremental(void)
{
    MKMAP  *mk;
    struct stat st;

    /* The existing file keeps its permissions. */
    UNIT_ASSERT(chmod(table_cdb, 0600) == 0);
    mk = mkmap_open("hash", table, O_CREAT, 0644, DICT_FLAG_QUIET, why);
    UNIT_ASSERT(mk != 0);
    UNIT_ASSERT_INT(mkmap_put(mk, "c", "sea"), MKMAP_ADDED);
    UNIT_ASSERT_INT(mkmap_put(mk, "a", "ignored"), MKMAP_KEPT);
    UNIT_ASSERT_INT(mkmap_commit(mk), 0);
    UNIT_ASSERT_STR(lookup("a", 0), "third");
    UNIT_ASSERT_STR(lookup("c", 0), "sea");
    UNIT_ASSERT_INT(record_count(), 3);
    UNIT_ASSERT(stat(table_cdb, &st) == 0);
    UNIT_ASSERT_INT(st.st_mode & 0777, 0600);

    /* O_CREAT without an existing table starts empty. */
    UNIT_ASSERT(unlink(table_cdb) == 0);
    mk = mkmap_open("cdb", table, O_CREAT, 0644, 0, why);
    UNIT_ASSERT(mk != 0);
    UNIT_ASSERT_INT(mkmap_put(mk, "new", "table"), MKMAP_ADDED);
    UNIT_ASSERT_INT(mkmap_commit(mk), 0);
    UNIT_ASSERT_INT(record_count(), 1);
}

/* test_delete - remove keys from an existing table */

static void test_delete(void)
{
    MKMAP  *mk;
    char    want[300];

    mk = mkmap_open("cdb", table, O_CREAT | O_TRUNC, 0644, 0, why);
    UNIT_ASSERT(mk != 0);
    UNIT_ASSERT_INT(mkmap_put(mk, "one", "1"), MKMAP_ADDED);
    UNIT_ASSERT_INT(mkmap_put(mk, "two", "2"), MKMAP_ADDED);
    UNIT_ASSERT_INT(mkmap_put(mk, "three", "3"), MKMAP_ADDED);
    UNIT_ASSERT_INT(mkmap_commit(mk), 0);

    mk = mkmap_open("cdb", table, 0, 0644, DICT_FLAG_FOLD_FIX, why);
    UNIT_ASSERT(mk != 0);
    UNIT_ASSERT_INT(mkmap_delete(mk, "TWO"), 1);
    UNIT_ASSERT_INT(mkmap_delete(mk, "two"), 0);
    UNIT_ASSERT_INT(mkmap_delete(mk, "absent"), 0);
    UNIT_ASSERT_INT(mkmap_commit(mk), 0);
    UNIT_ASSERT(lookup("two", 0) == 0);
    UNIT_ASSERT_STR(lookup("one", 0), "1");
    UNIT_ASSERT_STR(lookup("three", 0), "3");
    UNIT_ASSERT_INT(record_count(), 2);

    /* Deleting from a table that does not exist is an error. */
    UNIT_ASSERT(unlink(table_cdb) == 0);
    UNIT_ASSERT(mkmap_open("cdb", table, 0, 0644, 0, why) == 0);
    snprintf(want, sizeof(want), "open database %s: No such file or directory",
	     table_cdb);
    UNIT_ASSERT_STR(vstring_str(why), want);
}

/* test_nulls - -N stores terminating nulls, delete finds both forms */

static void test_nulls(void)
{
    MKMAP  *mk;

    mk = mkmap_open("cdb", table, O_CREAT | O_TRUNC, 0644, DICT_FLAG_TRY1NULL, why);
    UNIT_ASSERT(mk != 0);
    UNIT_ASSERT_INT(mkmap_put(mk, "withnull", "value"), MKMAP_ADDED);
    UNIT_ASSERT_INT(mkmap_commit(mk), 0);
    UNIT_ASSERT_INT(raw_exists("withnull", 9), 1);
    UNIT_ASSERT_INT(raw_exists("withnull", 8), 0);
    UNIT_ASSERT_STR(lookup("withnull", 0), "value");
    UNIT_ASSERT_STR(lookup("withnull", DICT_FLAG_TRY1NULL), "value");
    UNIT_ASSERT(lookup("withnull", DICT_FLAG_TRY0NULL) == 0);

    /* Add one without null, then delete both with default flags. */
    mk = mkmap_open("cdb", table, O_CREAT, 0644, 0, why);
    UNIT_ASSERT(mk != 0);
    UNIT_ASSERT_INT(mkmap_put(mk, "withnull", "other"), MKMAP_ADDED);
    UNIT_ASSERT_INT(mkmap_commit(mk), 0);
    UNIT_ASSERT_INT(record_count(), 2);
    mk = mkmap_open("cdb", table, 0, 0644, 0, why);
    UNIT_ASSERT(mk != 0);
    UNIT_ASSERT_INT(mkmap_delete(mk, "withnull"), 1);
    UNIT_ASSERT_INT(mkmap_commit(mk), 0);
    UNIT_ASSERT_INT(record_count(), 0);
}

/* test_abort - the old table stays as it was */

static void test_abort(void)
{
    MKMAP  *mk;
    char    temp[240];

    mk = mkmap_open("cdb", table, O_CREAT | O_TRUNC, 0644, 0, why);
    UNIT_ASSERT(mk != 0);
    UNIT_ASSERT_INT(mkmap_put(mk, "keep", "me"), MKMAP_ADDED);
    UNIT_ASSERT_INT(mkmap_commit(mk), 0);
    mk = mkmap_open("cdb", table, O_CREAT | O_TRUNC, 0644, 0, why);
    UNIT_ASSERT(mk != 0);
    UNIT_ASSERT_INT(mkmap_put(mk, "other", "content"), MKMAP_ADDED);
    mkmap_abort(mk);
    UNIT_ASSERT_STR(lookup("keep", 0), "me");
    UNIT_ASSERT(lookup("other", 0) == 0);
    snprintf(temp, sizeof(temp), "%s.tmp", table_cdb);
    UNIT_ASSERT(access(temp, F_OK) < 0 && errno == ENOENT);
}

/* test_bad_types - only file types can be built */

static void test_bad_types(void)
{
    char    path[220];

    UNIT_ASSERT(mkmap_open("regexp", table, O_CREAT | O_TRUNC, 0644, 0, why) == 0);
    UNIT_ASSERT_STR(vstring_str(why),
	      "unsupported dictionary type: regexp does not support bulk-mode creation");
    UNIT_ASSERT(mkmap_open("nosuch", table, O_CREAT | O_TRUNC, 0644, 0, why) == 0);
    UNIT_ASSERT_STR(vstring_str(why), "unsupported dictionary type: nosuch");
    /* A directory we cannot create files in. */
    snprintf(path, sizeof(path), "%s/nodir/table", test_dir);
    UNIT_ASSERT(mkmap_open("cdb", path, O_CREAT | O_TRUNC, 0644, 0, why) == 0);
    UNIT_ASSERT(strstr(vstring_str(why), "No such file or directory") != 0);
    /* The current table is not a cdb file. */
    UNIT_ASSERT((unlink(table_cdb), symlink("/dev/null", table_cdb)) == 0
		|| errno == EEXIST);
    UNIT_ASSERT(mkmap_open("cdb", table, O_CREAT, 0644, 0, why) == 0);
    UNIT_ASSERT(strstr(vstring_str(why), "not a cdb file") != 0);
    unlink(table_cdb);
}

int     main(void)
{
    char    cmd[300];

    if (mkdtemp(test_dir) == 0)
	msg_fatal("mkdtemp: %m");
    snprintf(table, sizeof(table), "%s/table", test_dir);
    snprintf(table_cdb, sizeof(table_cdb), "%s.cdb", table);
    why = vstring_alloc(100);
    UNIT_RUN(test_build);
    UNIT_RUN(test_replace);
    UNIT_RUN(test_incremental);
    UNIT_RUN(test_delete);
    UNIT_RUN(test_nulls);
    UNIT_RUN(test_abort);
    UNIT_RUN(test_bad_types);
    vstring_free(why);
    snprintf(cmd, sizeof(cmd), "rm -rf '%s'", test_dir);
    if (system(cmd) != 0)
	msg_warn("cannot remove %s", test_dir);
    return (UNIT_SUMMARY());
}
