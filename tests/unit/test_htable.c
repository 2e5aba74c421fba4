/*++
/* NAME
/*	test_htable 1
/* SUMMARY
/*	unit tests for htable(3)
/* SYNOPSIS
/*	test_htable
/* DESCRIPTION
/*	Lookups, growth far past the initial size, deletion with and
/*	without a free function, the lists, and the duplicate-key
/*	panic.
/*--*/

#include <sys_defs.h>
#include <signal.h>

#include <mymalloc.h>
#include <htable.h>
#include <unit_test.h>

#define PANIC_STATUS	(128 + SIGABRT)

static int freed;

/* count_free - free function that counts */

static void count_free(void *value)
{
    freed++;
    myfree(value);
}

/* test_enter_find - basic lookups */

static void test_enter_find(void)
{
    HTABLE *table = htable_create(0);
    int     a = 1;
    int     b = 2;
    HTABLE_INFO *ht;
    char    key[10];

    ht = htable_enter(table, "alpha", &a);
    UNIT_ASSERT_STR(ht->key, "alpha");
    UNIT_ASSERT(ht->value == &a);
    htable_enter(table, "beta", &b);
    htable_enter(table, "", 0);
    UNIT_ASSERT(htable_find(table, "alpha") == &a);
    UNIT_ASSERT(htable_find(table, "beta") == &b);
    UNIT_ASSERT(htable_find(table, "gamma") == 0);
    UNIT_ASSERT(htable_find(table, "ALPHA") == 0);
    UNIT_ASSERT(htable_locate(table, "") != 0);
    UNIT_ASSERT(htable_locate(table, "")->value == 0);
    UNIT_ASSERT(htable_locate(table, "gamma") == 0);
    UNIT_ASSERT_INT(table->used, 3);

    /* The key is a private copy; the value can be changed in place. */
    strcpy(key, "delta");
    htable_enter(table, key, 0);
    key[0] = 'D';
    UNIT_ASSERT(htable_locate(table, "delta") != 0);
    UNIT_ASSERT(htable_locate(table, "Delta") == 0);
    htable_locate(table, "alpha")->value = &b;
    UNIT_ASSERT(htable_find(table, "alpha") == &b);
    htable_free(table, (HTABLE_FREE_FN) 0);
}

/* test_growth - many more entries than the initial size */

static void test_growth(void)
{
    HTABLE *table = htable_create(13);
    size_t  initial = table->size;
    char    key[32];
    char   *value;
    int     i;

    for (i = 0; i < 5000; i++) {
	snprintf(key, sizeof(key), "key%d", i);
	htable_enter(table, key, mystrdup(key));
    }
    UNIT_ASSERT_INT(table->used, 5000);
    UNIT_ASSERT(table->size > initial);
    for (i = 0; i < 5000; i++) {
	snprintf(key, sizeof(key), "key%d", i);
	value = htable_find(table, key);
	UNIT_ASSERT(value != 0);
	UNIT_ASSERT_STR(value, key);
    }
    UNIT_ASSERT(htable_find(table, "key5000") == 0);
    freed = 0;
    htable_free(table, count_free);
    UNIT_ASSERT_INT(freed, 5000);
}

/* test_delete - remove entries */

static void test_delete(void)
{
    HTABLE *table = htable_create(20);
    char    key[32];
    int     i;

    for (i = 0; i < 100; i++) {
	snprintf(key, sizeof(key), "k%d", i);
	htable_enter(table, key, mystrdup(key));
    }
    freed = 0;
    for (i = 0; i < 100; i += 2) {
	snprintf(key, sizeof(key), "k%d", i);
	htable_delete(table, key, count_free);
    }
    UNIT_ASSERT_INT(freed, 50);
    UNIT_ASSERT_INT(table->used, 50);
    for (i = 0; i < 100; i++) {
	snprintf(key, sizeof(key), "k%d", i);
	UNIT_ASSERT((htable_find(table, key) != 0) == (i % 2 == 1));
    }
    /* Deleting what is not there changes nothing. */
    htable_delete(table, "k0", count_free);
    htable_delete(table, "nothing", count_free);
    UNIT_ASSERT_INT(freed, 50);
    UNIT_ASSERT_INT(table->used, 50);
    /* A deleted key can be entered again. */
    htable_enter(table, "k0", mystrdup("new"));
    UNIT_ASSERT_STR(htable_find(table, "k0"), "new");
    /* Without a free function the value is left alone. */
    {
	char   *value = htable_find(table, "k1");

	htable_delete(table, "k1", (HTABLE_FREE_FN) 0);
	UNIT_ASSERT(htable_find(table, "k1") == 0);
	UNIT_ASSERT_STR(value, "k1");
	myfree(value);
    }
    freed = 0;
    htable_free(table, count_free);
    UNIT_ASSERT_INT(freed, 50);
}

/* test_lists - all entries, and sorted by key */

static void test_lists(void)
{
    static const char *keys[] = {"mydomain", "alias_maps", "relayhost",
    "myhostname", "inet_interfaces", "b", "a", "aa"};
    static const char *sorted[] = {"a", "aa", "alias_maps", "b",
    "inet_interfaces", "mydomain", "myhostname", "relayhost"};
    HTABLE *table = htable_create(2);
    HTABLE_INFO **list;
    size_t  i;
    int     count;

    list = htable_sorted_list(table);
    UNIT_ASSERT(list[0] == 0);
    myfree(list);
    for (i = 0; i < ARRAY_LEN(keys); i++)
	htable_enter(table, keys[i], (void *) keys[i]);
    list = htable_list(table);
    for (count = 0; list[count]; count++)
	UNIT_ASSERT(htable_find(table, list[count]->key) == list[count]->value);
    UNIT_ASSERT_INT(count, ARRAY_LEN(keys));
    myfree(list);
    list = htable_sorted_list(table);
    for (i = 0; i < ARRAY_LEN(sorted); i++) {
	UNIT_ASSERT(list[i] != 0);
	UNIT_ASSERT_STR(list[i]->key, sorted[i]);
	UNIT_ASSERT_STR(list[i]->value, sorted[i]);
    }
    UNIT_ASSERT(list[ARRAY_LEN(sorted)] == 0);
    myfree(list);
    htable_free(table, (HTABLE_FREE_FN) 0);
}

/* do_duplicate - enter the same key twice */

static void do_duplicate(void *context)
{
    HTABLE *table = htable_create(0);

    (void) context;
    htable_enter(table, "same", 0);
    htable_enter(table, "same", 0);
}

/* test_duplicate - that is a bug */

static void test_duplicate(void)
{
    UNIT_ASSERT_INT(unit_exit_status(do_duplicate, 0), PANIC_STATUS);
}

int     main(void)
{
    UNIT_RUN(test_enter_find);
    UNIT_RUN(test_growth);
    UNIT_RUN(test_delete);
    UNIT_RUN(test_lists);
    UNIT_RUN(test_duplicate);
    return (UNIT_SUMMARY());
}
