/*++
/* NAME
/*	test_dict 1
/* SUMMARY
/*	unit tests for dict(3) and the cdb, texthash, inline and static types
/* SYNOPSIS
/*	test_dict
/* DESCRIPTION
/*	Opening by type:name, error texts for bad names and missing or
/*	damaged files, key folding, terminating nulls, the lookup and
/*	value limits, sequential access, duplicate handling, and the
/*	"read as cdb" notice for hash: and friends. cdb files are made
/*	with TinyCDB directly, so that these tests do not depend on
/*	mkmap(3).
/*--*/

#include <sys_defs.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <cdb.h>

#include <msg.h>
#include <mymalloc.h>
#include <stringops.h>
#include <vstring.h>
#include <dict.h>
#include <unit_test.h>

static char test_dir[] = "/tmp/test_dict.XXXXXX";
static VSTRING *why;

 /*
  * Count informational messages, to see the "read as cdb" notice.
  */
static int info_count;
static char last_info[300];

/* count_output - msg(3) channel that remembers info lines */

static void count_output(int level, const char *text)
{
    if (level == MSG_INFO) {
	info_count++;
	snprintf(last_info, sizeof(last_info), "%s", text);
    }
}

/* path_of - a file name in the test directory */

static const char *path_of(const char *name)
{
    static char buf[200];

    snprintf(buf, sizeof(buf), "%s/%s", test_dir, name);
    return (buf);
}

/* write_file - create a file with the given text */

static void write_file(const char *name, const char *text)
{
    FILE   *fp = fopen(path_of(name), "w");

    if (fp == 0 || fputs(text, fp) == EOF || fclose(fp) != 0)
	msg_fatal("write %s: %m", path_of(name));
}

/* make_cdb - build name.cdb from key, value pairs (lengths explicit) */

static void make_cdb(const char *name, const char *const *pairs,
		             const int *lens)
{
    struct cdb_make cdbm;
    char    path[260];
    int     fd;
    int     i;

    snprintf(path, sizeof(path), "%s.cdb", path_of(name));
    if ((fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0644)) < 0)
	msg_fatal("open %s: %m", path);
    cdb_make_start(&cdbm, fd);
    for (i = 0; pairs[i]; i += 2)
	if (cdb_make_add(&cdbm, pairs[i], lens[i], pairs[i + 1], lens[i + 1]) < 0)
	    msg_fatal("cdb_make_add: %m");
    if (cdb_make_finish(&cdbm) < 0 || close(fd) < 0)
	msg_fatal("cdb_make_finish: %m");
}

/* spec_of - "type:path" for a file in the test directory */

static const char *spec_of(const char *type, const char *name)
{
    static char buf[300];

    snprintf(buf, sizeof(buf), "%s:%s", type, path_of(name));
    return (buf);
}

/* make_standard_cdb - the table most cdb tests use */

static void make_standard_cdb(void)
{
    static const char *const pairs[] = {
	"foo", "bar",
	"withnull\0", "nullvalue\0",
	"Upper", "upper case key",
	"", "empty key",
	0,
    };
    static const int lens[] = {3, 3, 9, 10, 5, 14, 0, 9};

    make_cdb("std", pairs, lens);
}

/* test_bad_names - unknown types and malformed names */

static void test_bad_names(void)
{
    UNIT_ASSERT(dict_try_open("foo:bar", O_RDONLY, 0, why) == 0);
    UNIT_ASSERT_STR(vstring_str(why), "unsupported dictionary type: foo");
    UNIT_ASSERT(dict_try_open("nocolon", O_RDONLY, 0, why) == 0);
    UNIT_ASSERT_STR(vstring_str(why),
	  "open dictionary: expecting \"type:name\" form instead of \"nocolon\"");
    UNIT_ASSERT(dict_try_open("static:", O_RDONLY, 0, why) == 0);
    UNIT_ASSERT(strstr(vstring_str(why), "expecting \"type:name\"") != 0);
    UNIT_ASSERT(dict_try_open(":name", O_RDONLY, 0, why) == 0);
    UNIT_ASSERT(dict_try_open("static:x", O_RDWR, 0, why) == 0);
    UNIT_ASSERT(strstr(vstring_str(why), "read-only") != 0);
}

/* open_missing - dict_open() on a missing table, in a child */

static void open_missing(void *context)
{
    msg_output(count_output);
    dict_open((const char *) context, O_RDONLY, 0);
}

/* test_missing_files - every file type reports a missing file */

static void test_missing_files(void)
{
    char    want[300];

    UNIT_ASSERT(dict_try_open(spec_of("cdb", "none"), O_RDONLY, 0, why) == 0);
    snprintf(want, sizeof(want), "open database %s.cdb: No such file or directory",
	     path_of("none"));
    UNIT_ASSERT_STR(vstring_str(why), want);
    UNIT_ASSERT(dict_try_open(spec_of("hash", "none"), O_RDONLY, DICT_FLAG_QUIET,
			      why) == 0);
    UNIT_ASSERT_STR(vstring_str(why), want);
    snprintf(want, sizeof(want), "open %s: No such file or directory",
	     path_of("none"));
    UNIT_ASSERT(dict_try_open(spec_of("texthash", "none"), O_RDONLY, 0, why) == 0);
    UNIT_ASSERT_STR(vstring_str(why), want);
    UNIT_ASSERT(dict_try_open(spec_of("regexp", "none"), O_RDONLY, 0, why) == 0);
    UNIT_ASSERT_STR(vstring_str(why), want);
    UNIT_ASSERT(dict_try_open(spec_of("cidr", "none"), O_RDONLY, 0, why) == 0);
    UNIT_ASSERT_STR(vstring_str(why), want);
    /* dict_open() makes it fatal. */
    UNIT_ASSERT_INT(unit_exit_status(open_missing, (void *) "cdb:/nonexistent/x"), 1);
    UNIT_ASSERT_INT(unit_exit_status(open_missing, (void *) "foo:bar"), 1);
}

/* test_damaged_cdb - short files, garbage, directories */

static void test_damaged_cdb(void)
{
    char    want[300];
    char    path[260];

    write_file("short.cdb", "not a cdb");
    UNIT_ASSERT(dict_try_open(spec_of("cdb", "short"), O_RDONLY, 0, why) == 0);
    snprintf(want, sizeof(want), "open database %s.cdb: not a cdb file", path_of("short"));
    UNIT_ASSERT_STR(vstring_str(why), want);

    snprintf(path, sizeof(path), "%s.cdb", path_of("adir"));
    UNIT_ASSERT(mkdir(path, 0755) == 0);
    UNIT_ASSERT(dict_try_open(spec_of("cdb", "adir"), O_RDONLY, 0, why) == 0);
    snprintf(want, sizeof(want), "open database %s: not a regular file", path);
    UNIT_ASSERT_STR(vstring_str(why), want);
}

/* test_garbage_cdb - a table of random bytes never crashes a lookup */

static void test_garbage_cdb(void)
{
    char    path[260];
    char    buf[4096];
    DICT   *dict;
    const char *key;
    const char *value;
    FILE   *fp;
    int     i;
    int     status;

    /* Hash table pointers beyond the end of the file. */
    for (i = 0; i < (int) sizeof(buf); i++)
	buf[i] = (char) (i * 7 + 0x80);
    snprintf(path, sizeof(path), "%s.cdb", path_of("garbage"));
    UNIT_ASSERT((fp = fopen(path, "w")) != 0);
    UNIT_ASSERT(fwrite(buf, 1, sizeof(buf), fp) == sizeof(buf));
    UNIT_ASSERT(fclose(fp) == 0);
    UNIT_ASSERT((dict = dict_try_open(spec_of("cdb", "garbage"), O_RDONLY, 0, why)) != 0);
    for (i = 0; i < 10; i++) {
	snprintf(buf, sizeof(buf), "key%d", i);
	if (dict_get(dict, buf) == 0 && dict->error != DICT_ERR_NONE)
	    UNIT_ASSERT_INT(dict->error, DICT_ERR_RETRY);
    }
    for (i = 0, status = dict_seq(dict, DICT_SEQ_FUN_FIRST, &key, &value);
	 status == 0 && i < 10000;
	 i++, status = dict_seq(dict, DICT_SEQ_FUN_NEXT, &key, &value))
	 /* void */ ;
    UNIT_ASSERT(status != 0);
    dict_close(dict);
}

/* test_cdb_lookup - found, not found, folding, nulls */

static void test_cdb_lookup(void)
{
    DICT   *dict;
    const char *v1;

    make_standard_cdb();
    dict = dict_open(spec_of("cdb", "std"), O_RDONLY, DICT_FLAG_FOLD_FIX);
    UNIT_ASSERT((dict->flags & DICT_FLAG_FIXED) != 0);
    UNIT_ASSERT_STR(v1 = dict_get(dict, "foo"), "bar");
    UNIT_ASSERT_STR(dict_get(dict, "FoO"), "bar");
    /* The result lives in one buffer owned by the table. */
    UNIT_ASSERT(dict_get(dict, "foo") == v1);
    UNIT_ASSERT(dict_get(dict, "nope") == 0);
    UNIT_ASSERT_INT(dict->error, DICT_ERR_NONE);
    /* Stored in upper case: a folded lookup cannot find it. */
    UNIT_ASSERT(dict_get(dict, "Upper") == 0);
    UNIT_ASSERT_STR(dict_get(dict, ""), "empty key");
    dict_close(dict);

    dict = dict_open(spec_of("cdb", "std"), O_RDONLY, 0);
    UNIT_ASSERT_STR(dict_get(dict, "Upper"), "upper case key");
    UNIT_ASSERT(dict_get(dict, "FOO") == 0);
    dict_close(dict);

    /* Key and value stored with their null byte. */
    dict = dict_open(spec_of("cdb", "std"), O_RDONLY, 0);
    UNIT_ASSERT_STR(dict_get(dict, "withnull"), "nullvalue");
    /* After that hit, the table only tries keys with a null byte. */
    UNIT_ASSERT(dict_get(dict, "foo") == 0);
    UNIT_ASSERT((dict->flags & DICT_FLAG_NULL_MASK) == DICT_FLAG_TRY1NULL);
    dict_close(dict);

    /* With only TRY0NULL, the null-terminated key is not found. */
    dict = dict_open(spec_of("cdb", "std"), O_RDONLY, DICT_FLAG_TRY0NULL);
    UNIT_ASSERT(dict_get(dict, "withnull") == 0);
    UNIT_ASSERT_STR(dict_get(dict, "foo"), "bar");
    dict_close(dict);
    dict = dict_open(spec_of("cdb", "std"), O_RDONLY, DICT_FLAG_TRY1NULL);
    UNIT_ASSERT_STR(dict_get(dict, "withnull"), "nullvalue");
    UNIT_ASSERT(dict_get(dict, "foo") == 0);
    dict_close(dict);
}

/* test_cdb_limits - over-long keys and values */

static void test_cdb_limits(void)
{
    static const char *pairs[] = {"big", 0, "short", "ok", 0};
    int     lens[] = {3, DICT_VALUE_MAX + 1, 5, 2};
    char   *big = mymalloc(DICT_VALUE_MAX + 1);
    char   *longkey = mymalloc(DICT_KEY_MAX + 2);
    DICT   *dict;

    memset(big, 'x', DICT_VALUE_MAX + 1);
    pairs[1] = big;
    make_cdb("limits", pairs, lens);
    dict = dict_open(spec_of("cdb", "limits"), O_RDONLY, DICT_FLAG_FOLD_FIX);
    UNIT_ASSERT(dict_get(dict, "big") == 0);
    UNIT_ASSERT_INT(dict->error, DICT_ERR_CONFIG);
    UNIT_ASSERT_STR(dict_get(dict, "short"), "ok");
    UNIT_ASSERT_INT(dict->error, DICT_ERR_NONE);
    memset(longkey, 'k', DICT_KEY_MAX + 1);
    longkey[DICT_KEY_MAX + 1] = 0;
    UNIT_ASSERT(dict_get(dict, longkey) == 0);
    UNIT_ASSERT_INT(dict->error, DICT_ERR_NONE);
    dict_close(dict);
    myfree(big);
    myfree(longkey);
}

/* test_cdb_sequence - every record, nulls stripped */

static void test_cdb_sequence(void)
{
    DICT   *dict;
    const char *key;
    const char *value;
    int     status;
    int     count = 0;
    int     saw_null = 0;

    make_standard_cdb();
    dict = dict_open(spec_of("cdb", "std"), O_RDONLY, 0);
    for (status = dict_seq(dict, DICT_SEQ_FUN_FIRST, &key, &value); status == 0;
	 status = dict_seq(dict, DICT_SEQ_FUN_NEXT, &key, &value)) {
	count++;
	if (strcmp(key, "withnull") == 0) {
	    UNIT_ASSERT_STR(value, "nullvalue");
	    saw_null = 1;
	}
    }
    UNIT_ASSERT_INT(status, 1);
    UNIT_ASSERT_INT(count, 4);
    UNIT_ASSERT(saw_null);
    dict_close(dict);
}

/* test_cdb_aliases - hash:, btree:, lmdb:, dbm: read name.cdb, say so once */

static void test_cdb_aliases(void)
{
    static const char *const types[] = {"hash", "btree", "lmdb", "dbm"};
    DICT   *dict;
    size_t  i;

    make_standard_cdb();
    msg_output(count_output);
    for (i = 0; i < ARRAY_LEN(types); i++) {
	info_count = 0;
	dict = dict_open(spec_of(types[i], "std"), O_RDONLY, 0);
	UNIT_ASSERT_STR(dict->type, types[i]);
	UNIT_ASSERT_STR(dict_get(dict, "foo"), "bar");
	dict_close(dict);
	UNIT_ASSERT_INT(info_count, 1);
	UNIT_ASSERT(strstr(last_info, "using cdb:") != 0);
	/* Once per table. */
	dict = dict_open(spec_of(types[i], "std"), O_RDONLY, 0);
	dict_close(dict);
	UNIT_ASSERT_INT(info_count, 1);
    }
    /* Quiet for postmap -q. */
    info_count = 0;
    make_cdb("other", (const char *const[]) {"k", "v", 0}, (const int[]) {1, 1});
    dict = dict_open(spec_of("hash", "other"), O_RDONLY, DICT_FLAG_QUIET);
    dict_close(dict);
    UNIT_ASSERT_INT(info_count, 0);
    /* cdb: itself is never announced. */
    dict = dict_open(spec_of("cdb", "std"), O_RDONLY, 0);
    dict_close(dict);
    UNIT_ASSERT_INT(info_count, 0);
    UNIT_ASSERT_STR(dict_file_type("hash"), "cdb");
    UNIT_ASSERT_STR(dict_file_type("cdb"), "cdb");
    UNIT_ASSERT(dict_file_type("regexp") == 0);
    UNIT_ASSERT(dict_file_type("nonsense") == 0);
}

/* test_texthash - source format, folding, duplicates, bad lines */

static void test_texthash(void)
{
    DICT   *dict;
    const char *key;
    const char *value;
    int     count = 0;
    int     status;

    write_file("th",
	       "# comment\n"
	       "Foo   bar baz\n"
	       "\n"
	       "cont  first\n"
	       "  second\n"
	       "foo   duplicate\n"
	       "novalue\n"
	       "\"john doe\"@Example.com quoted\n"
	       "\"unbalanced x\n"
	       "last\tvalue  \n");
    dict = dict_open(spec_of("texthash", "th"), O_RDONLY, DICT_FLAG_FOLD_FIX);
    UNIT_ASSERT_STR(dict_get(dict, "FOO"), "bar baz");
    UNIT_ASSERT_STR(dict_get(dict, "cont"), "first second");
    UNIT_ASSERT(dict_get(dict, "novalue") == 0);
    UNIT_ASSERT_STR(dict_get(dict, "\"John Doe\"@example.com"), "quoted");
    UNIT_ASSERT_STR(dict_get(dict, "last"), "value");
    for (status = dict_seq(dict, DICT_SEQ_FUN_FIRST, &key, &value); status == 0;
	 status = dict_seq(dict, DICT_SEQ_FUN_NEXT, &key, &value))
	count++;
    UNIT_ASSERT_INT(count, 4);
    dict_close(dict);

    /* Replace duplicates; no folding. */
    dict = dict_open(spec_of("texthash", "th"), O_RDONLY, DICT_FLAG_DUP_REPLACE);
    UNIT_ASSERT_STR(dict_get(dict, "foo"), "duplicate");
    UNIT_ASSERT_STR(dict_get(dict, "Foo"), "bar baz");
    dict_close(dict);

    /* A directory cannot be read. */
    UNIT_ASSERT(dict_try_open(spec_of("texthash", ""), O_RDONLY, 0, why) == 0);
    UNIT_ASSERT(strstr(vstring_str(why), "read error") != 0);
}

/* test_inline - Postfix 3.0 syntax and its errors */

static void test_inline(void)
{
    static const char *const bad[] = {
	"inline:{}",
	"inline:a=b",
	"inline:{a=b, junk}",
	"inline:{a=b",
	"inline:{ {a=b }",
	"inline:{=b}",
	"inline:{a=}",
	"inline:{a=b} trailing",
	0,
    };
    const char *const *cpp;
    const char *key;
    const char *value;
    DICT   *dict;
    int     count = 0;

    dict = dict_open("inline:{ Key1=value1, {key2 = value with spaces },key3=x=y }",
		     O_RDONLY, DICT_FLAG_FOLD_FIX);
    UNIT_ASSERT_STR(dict_get(dict, "key1"), "value1");
    UNIT_ASSERT_STR(dict_get(dict, "KEY2"), "value with spaces");
    UNIT_ASSERT_STR(dict_get(dict, "key3"), "x=y");
    UNIT_ASSERT(dict_get(dict, "key4") == 0);
    UNIT_ASSERT(dict_seq(dict, DICT_SEQ_FUN_FIRST, &key, &value) == 0);
    do
	count++;
    while (dict_seq(dict, DICT_SEQ_FUN_NEXT, &key, &value) == 0);
    UNIT_ASSERT_INT(count, 3);
    dict_close(dict);

    for (cpp = bad; *cpp; cpp++) {
	if (dict_try_open(*cpp, O_RDONLY, 0, why) != 0)
	    UNIT_FAIL("accepted: %s", *cpp);
	UNIT_ASSERT(strncmp(vstring_str(why), "bad syntax: ", 12) == 0);
    }
}

/* test_static - one answer for everything */

static void test_static(void)
{
    DICT   *dict;
    char   *longkey = mymalloc(DICT_KEY_MAX * 2);
    const char *key;
    const char *value;

    dict = dict_open("static:OK", O_RDONLY, DICT_FLAG_FOLD_FIX);
    UNIT_ASSERT_STR(dict_get(dict, "anything"), "OK");
    memset(longkey, 'x', DICT_KEY_MAX * 2 - 1);
    longkey[DICT_KEY_MAX * 2 - 1] = 0;
    UNIT_ASSERT_STR(dict_get(dict, longkey), "OK");
    /* No sequential access. */
    UNIT_ASSERT_INT(dict_seq(dict, DICT_SEQ_FUN_FIRST, &key, &value), -1);
    UNIT_ASSERT_INT(dict->error, DICT_ERR_CONFIG);
    dict_close(dict);
    dict = dict_open("static:{ text with spaces }", O_RDONLY, 0);
    UNIT_ASSERT_STR(dict_get(dict, "x"), "text with spaces");
    dict_close(dict);
    UNIT_ASSERT(dict_try_open("static:{ }", O_RDONLY, 0, why) == 0);
    UNIT_ASSERT(dict_try_open("static:{ x", O_RDONLY, 0, why) == 0);
    myfree(longkey);
}

/* test_line_split - the postmap source line format */

static void test_line_split(void)
{
    char    buf[100];
    char   *key;
    char   *value;

    strcpy(buf, "key   value with  spaces  ");
    UNIT_ASSERT(dict_line_split(buf, &key, &value) == 0);
    UNIT_ASSERT_STR(key, "key");
    UNIT_ASSERT_STR(value, "value with  spaces");
    strcpy(buf, "\"a \\\" b\"@x v");
    UNIT_ASSERT(dict_line_split(buf, &key, &value) == 0);
    UNIT_ASSERT_STR(key, "\"a \\\" b\"@x");
    UNIT_ASSERT_STR(value, "v");
    strcpy(buf, "lonely");
    UNIT_ASSERT_STR(dict_line_split(buf, &key, &value),
		    "expected format: key whitespace value");
    strcpy(buf, "\"open quote value");
    UNIT_ASSERT(strstr(dict_line_split(buf, &key, &value), "unbalanced") != 0);
}

/* cleanup - remove the test directory */

static void cleanup(void)
{
    char    cmd[300];

    snprintf(cmd, sizeof(cmd), "rm -rf '%s'", test_dir);
    if (system(cmd) != 0)
	msg_warn("cannot remove %s", test_dir);
}

int     main(void)
{
    if (mkdtemp(test_dir) == 0)
	msg_fatal("mkdtemp: %m");
    why = vstring_alloc(100);
    UNIT_RUN(test_bad_names);
    UNIT_RUN(test_missing_files);
    UNIT_RUN(test_damaged_cdb);
    UNIT_RUN(test_garbage_cdb);
    UNIT_RUN(test_cdb_lookup);
    UNIT_RUN(test_cdb_limits);
    UNIT_RUN(test_cdb_sequence);
    UNIT_RUN(test_texthash);
    UNIT_RUN(test_inline);
    UNIT_RUN(test_static);
    UNIT_RUN(test_line_split);
    UNIT_RUN(test_cdb_aliases);
    vstring_free(why);
    cleanup();
    return (UNIT_SUMMARY());
}
