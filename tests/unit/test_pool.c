/*++
/* NAME
/*	test_pool 1
/* SUMMARY
/*	unit tests for pool(3)
/* SYNOPSIS
/*	test_pool
/* DESCRIPTION
/*	Exhaustion, reuse, trimming, counters, alignment, caller-owned
/*	memory, and the panics for foreign pointers, double frees and a
/*	damaged free list.
/*--*/

#include <sys_defs.h>
#include <stdint.h>
#include <signal.h>

#include <msg.h>
#include <pool.h>
#include <unit_test.h>

#define PANIC_STATUS	(128 + SIGABRT)

/* test_exhaustion - the pool never grows */

static void test_exhaustion(void)
{
    POOL   *pool = pool_create("test", 24, 3);
    void   *a = pool_alloc(pool);
    void   *b = pool_alloc(pool);
    void   *c = pool_alloc(pool);

    UNIT_ASSERT(a != 0 && b != 0 && c != 0);
    UNIT_ASSERT(a != b && b != c && a != c);
    UNIT_ASSERT(pool_alloc(pool) == 0);
    UNIT_ASSERT(pool_alloc(pool) == 0);
    UNIT_ASSERT_INT(pool_failures(pool), 2);
    UNIT_ASSERT_INT(pool_in_use(pool), 3);
    UNIT_ASSERT_INT(pool_high_water(pool), 3);
    pool_destroy(pool);
}

/* test_reuse - a freed object is handed out again */

static void test_reuse(void)
{
    POOL   *pool = pool_create("test", 100, 2);
    char   *a = pool_alloc(pool);
    char   *b = pool_alloc(pool);

    memset(a, 'a', 100);
    memset(b, 'b', 100);
    /* Objects do not overlap. */
    UNIT_ASSERT(a[0] == 'a' && a[99] == 'a' && b[0] == 'b' && b[99] == 'b');
    pool_free(pool, a);
    UNIT_ASSERT_INT(pool_in_use(pool), 1);
    UNIT_ASSERT(pool_alloc(pool) == a);
    UNIT_ASSERT(pool_alloc(pool) == 0);
    pool_free(pool, b);
    pool_free(pool, a);
    UNIT_ASSERT_INT(pool_in_use(pool), 0);
    UNIT_ASSERT_INT(pool_high_water(pool), 2);
    UNIT_ASSERT_INT(pool_failures(pool), 1);
    pool_destroy(pool);
}

/*
 * test_working_set - freed objects first, unused ones in order: the objects
 * touched follow the peak use
 */
static void test_working_set(void)
{
    POOL   *pool = pool_create("test", 64, 100);
    char   *first = pool_alloc(pool);
    char   *second = pool_alloc(pool);
    char   *p;
    int     n;

    UNIT_ASSERT(second == first + pool->slotsize);
    for (n = 0; n < 1000; n++) {
	pool_free(pool, second);
	p = pool_alloc(pool);
	UNIT_ASSERT(p == second);
    }
    pool_free(pool, first);
    pool_free(pool, second);
    UNIT_ASSERT(pool_alloc(pool) == second);
    UNIT_ASSERT(pool_alloc(pool) == first);
    UNIT_ASSERT(pool_alloc(pool) == first + 2 * pool->slotsize);
    UNIT_ASSERT_INT(pool_high_water(pool), 3);
    pool_destroy(pool);
}

/* test_trim - an idle pool gives its pages back and starts again */

static void test_trim(void)
{
    POOL   *pool = pool_create("trim", 4000, 10);
    char   *first = pool_alloc(pool);
    char   *second = pool_alloc(pool);

    memset(first, 'x', 4000);
    memset(second, 'y', 4000);
    pool_trim(pool);				/* busy: nothing happens */
    UNIT_ASSERT_INT(pool_touched(pool), 2);
    UNIT_ASSERT(second[3999] == 'y');
    pool_free(pool, first);
    pool_free(pool, second);
    pool_trim(pool);
    UNIT_ASSERT_INT(pool_touched(pool), 0);
    UNIT_ASSERT_INT(pool_in_use(pool), 0);
    UNIT_ASSERT_INT(pool_high_water(pool), 2);
    UNIT_ASSERT(pool_alloc(pool) == first);
    UNIT_ASSERT(pool_alloc(pool) == second);
    /* The pages came back from the kernel, zeroed. */
    UNIT_ASSERT(second[3999] == 0);
    pool_free(pool, first);
    UNIT_ASSERT(pool_alloc(pool) == first);
    pool_destroy(pool);
}

/* test_counters - in use and high-water mark follow alloc/free */

static void test_counters(void)
{
    POOL   *pool = pool_create("counters", 8, 10);
    void   *obj[10];
    int     i;

    UNIT_ASSERT_STR(pool_name(pool), "counters");
    UNIT_ASSERT_INT(pool_count(pool), 10);
    UNIT_ASSERT_INT(pool_objsize(pool), 8);
    for (i = 0; i < 7; i++)
	obj[i] = pool_alloc(pool);
    for (i = 0; i < 5; i++)
	pool_free(pool, obj[i]);
    UNIT_ASSERT_INT(pool_in_use(pool), 2);
    UNIT_ASSERT_INT(pool_high_water(pool), 7);
    for (i = 0; i < 8; i++)
	UNIT_ASSERT((obj[i] = pool_alloc(pool)) != 0);
    UNIT_ASSERT_INT(pool_in_use(pool), 10);
    UNIT_ASSERT_INT(pool_high_water(pool), 10);
    UNIT_ASSERT_INT(pool_failures(pool), 0);
    pool_destroy(pool);
}

/* test_alignment - every object is aligned for any type */

static void test_alignment(void)
{
    static const size_t sizes[] = {1, 3, 7, 9, 13, 33};
    size_t  i;
    int     j;

    UNIT_ASSERT(POOL_ALIGN >= _Alignof(long long));
    UNIT_ASSERT(POOL_ALIGN >= _Alignof(double));
    UNIT_ASSERT(POOL_ALIGN >= _Alignof(void *));
    for (i = 0; i < ARRAY_LEN(sizes); i++) {
	POOL   *pool = pool_create("align", sizes[i], 5);

	for (j = 0; j < 5; j++) {
	    void   *obj = pool_alloc(pool);

	    UNIT_ASSERT(obj != 0);
	    UNIT_ASSERT_INT((uintptr_t) obj % POOL_ALIGN, 0);
	    memset(obj, 0xff, sizes[i]);
	}
	pool_destroy(pool);
    }
}

/* test_init_mem - a pool in caller-owned, misaligned, dirty memory */

static void test_init_mem(void)
{
    static char mem[1024];
    POOL    pool;
    size_t  need = pool_mem_size(10, 4);
    char   *objs[4];
    int     i;

    UNIT_ASSERT(need + 1 <= sizeof(mem));
    memset(mem, 0xff, sizeof(mem));
    pool_init(&pool, "static", 10, 4, mem + 1, need);
    for (i = 0; i < 4; i++) {
	objs[i] = pool_alloc(&pool);
	UNIT_ASSERT(objs[i] != 0);
	UNIT_ASSERT_INT((uintptr_t) objs[i] % POOL_ALIGN, 0);
	UNIT_ASSERT(objs[i] >= mem + 1 && objs[i] + 10 <= mem + 1 + need);
	UNIT_ASSERT(pool_owns(&pool, objs[i]));
    }
    UNIT_ASSERT(pool_alloc(&pool) == 0);
    UNIT_ASSERT(!pool_owns(&pool, objs[0] + 1));
    UNIT_ASSERT(!pool_owns(&pool, mem + sizeof(mem) - 1));
    for (i = 0; i < 4; i++)
	pool_free(&pool, objs[i]);
    UNIT_ASSERT_INT(pool_in_use(&pool), 0);
    for (i = 3; i >= 0; i--)
	UNIT_ASSERT(pool_alloc(&pool) == objs[i]);
}

/* test_mem_size - the size formula covers the in-use map and alignment */

static void test_mem_size(void)
{
    UNIT_ASSERT(pool_mem_size(1, 1) >= POOL_ALIGN + 1);
    UNIT_ASSERT(pool_mem_size(100, 10)
		>= 10 * ((100 + POOL_ALIGN - 1) / POOL_ALIGN * POOL_ALIGN) + 2);
    UNIT_ASSERT(pool_mem_size(16, 1000) >= 1000 * 16 + 1000 / 8);
}

/* do_double_free - free the same object twice */

static void do_double_free(void *context)
{
    POOL   *pool = pool_create("double", 16, 2);
    void   *obj = pool_alloc(pool);

    (void) context;
    pool_free(pool, obj);
    pool_free(pool, obj);
}

/* do_damaged_list - a write into a freed object breaks the free list */

static void do_damaged_list(void *context)
{
    POOL   *pool = pool_create("damaged", 16, 4);
    int    *a = pool_alloc(pool);
    int    *b = pool_alloc(pool);
    int    *c = pool_alloc(pool);

    (void) context;
    (void) c;
    pool_free(pool, a);
    pool_free(pool, b);
    *b = 2;					/* now names c, which is in use */
    (void) pool_alloc(pool);
    (void) pool_alloc(pool);
}

/* do_foreign_free - free memory that is not from the pool */

static void do_foreign_free(void *context)
{
    POOL   *pool = pool_create("foreign", 16, 2);

    pool_free(pool, context);
}

/* do_inner_free - free a pointer into the middle of an object */

static void do_inner_free(void *context)
{
    POOL   *pool = pool_create("inner", 16, 2);
    char   *obj = pool_alloc(pool);

    (void) context;
    pool_free(pool, obj + 1);
}

/* do_null_free - free a null pointer */

static void do_null_free(void *context)
{
    POOL   *pool = pool_create("null", 16, 2);

    (void) context;
    pool_free(pool, 0);
}

/* do_free_other_pool - free an object into the wrong pool */

static void do_free_other_pool(void *context)
{
    POOL   *one = pool_create("one", 16, 2);
    POOL   *two = pool_create("two", 16, 2);

    (void) context;
    pool_free(two, pool_alloc(one));
}

/* do_zero_count - a pool without objects */

static void do_zero_count(void *context)
{
    (void) context;
    pool_create("zero", 16, 0);
}

/* do_huge - a pool whose size overflows */

static void do_huge(void *context)
{
    (void) context;
    pool_create("huge", SIZE_MAX / 4, 1000);
}

/* do_short_mem - pool_init() with too little memory */

static void do_short_mem(void *context)
{
    POOL    pool;
    char    mem[64];

    (void) context;
    pool_init(&pool, "short", 32, 4, mem, sizeof(mem));
}

/* do_destroy_static - pool_destroy() of caller-owned memory */

static void do_destroy_static(void *context)
{
    static char mem[256];
    POOL    pool;

    (void) context;
    pool_init(&pool, "static", 8, 2, mem, sizeof(mem));
    pool_destroy(&pool);
}

/* test_panics - misuse is a bug */

static void test_panics(void)
{
    long    local = 0;

    UNIT_ASSERT_INT(unit_exit_status(do_double_free, 0), PANIC_STATUS);
    UNIT_ASSERT_INT(unit_exit_status(do_damaged_list, 0), PANIC_STATUS);
    UNIT_ASSERT_INT(unit_exit_status(do_foreign_free, &local), PANIC_STATUS);
    UNIT_ASSERT_INT(unit_exit_status(do_inner_free, 0), PANIC_STATUS);
    UNIT_ASSERT_INT(unit_exit_status(do_null_free, 0), PANIC_STATUS);
    UNIT_ASSERT_INT(unit_exit_status(do_free_other_pool, 0), PANIC_STATUS);
    UNIT_ASSERT_INT(unit_exit_status(do_zero_count, 0), PANIC_STATUS);
    UNIT_ASSERT_INT(unit_exit_status(do_huge, 0), PANIC_STATUS);
    UNIT_ASSERT_INT(unit_exit_status(do_short_mem, 0), PANIC_STATUS);
    UNIT_ASSERT_INT(unit_exit_status(do_destroy_static, 0), PANIC_STATUS);
}

int     main(void)
{
    UNIT_RUN(test_exhaustion);
    UNIT_RUN(test_reuse);
    UNIT_RUN(test_working_set);
    UNIT_RUN(test_trim);
    UNIT_RUN(test_counters);
    UNIT_RUN(test_alignment);
    UNIT_RUN(test_init_mem);
    UNIT_RUN(test_mem_size);
    UNIT_RUN(test_panics);
    return (UNIT_SUMMARY());
}
