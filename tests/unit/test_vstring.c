/*++
/* NAME
/*	test_vstring 1
/* SUMMARY
/*	unit tests for vstring(3)
/* SYNOPSIS
/*	test_vstring
/* DESCRIPTION
/*	Growth of growable strings, truncation and the overflow flag of
/*	fixed strings (also in pages of their own), formatted output that does not fit, strings in
/*	caller-owned memory, export, and the panics.
/*--*/

#include <sys_defs.h>
#include <signal.h>

#include <msg.h>
#include <mymalloc.h>
#include <vstring.h>
#include <unit_test.h>

#define PANIC_STATUS	(128 + SIGABRT)

/* test_growth - a growable string takes what it is given */

static void test_growth(void)
{
    VSTRING *vp = vstring_alloc(1);
    int     i;

    UNIT_ASSERT_STR(vstring_str(vp), "");
    UNIT_ASSERT_INT(VSTRING_LEN(vp), 0);
    for (i = 0; i < 1000; i++)
	UNIT_ASSERT_INT(vstring_addch(vp, 'a' + i % 26), 0);
    UNIT_ASSERT_INT(VSTRING_LEN(vp), 1000);
    UNIT_ASSERT_INT(strlen(vstring_str(vp)), 1000);
    UNIT_ASSERT(vstring_str(vp)[999] == 'a' + 999 % 26);
    UNIT_ASSERT(vstring_end(vp) == vstring_str(vp) + 1000);
    UNIT_ASSERT(!vstring_overflowed(vp));
    UNIT_ASSERT_INT(vstring_strcpy(vp, "hello"), 0);
    UNIT_ASSERT_INT(vstring_strcat(vp, ", world"), 0);
    UNIT_ASSERT_STR(vstring_str(vp), "hello, world");
    UNIT_ASSERT_INT(vstring_memcat(vp, "\0x", 2), 0);
    UNIT_ASSERT_INT(VSTRING_LEN(vp), 14);
    UNIT_ASSERT(memcmp(vstring_str(vp) + 12, "\0x", 3) == 0);
    vstring_free(vp);

    /* A zero initial size still works. */
    vp = vstring_alloc(0);
    UNIT_ASSERT_INT(vstring_strcpy(vp, "grows from nothing"), 0);
    UNIT_ASSERT_STR(vstring_str(vp), "grows from nothing");
    vstring_free(vp);
}

/* test_copy_functions - memcpy, strncpy, strncat, truncate, reset */

static void test_copy_functions(void)
{
    VSTRING *vp = vstring_alloc(4);

    UNIT_ASSERT_INT(vstring_memcpy(vp, "abcdef", 3), 0);
    UNIT_ASSERT_STR(vstring_str(vp), "abc");
    UNIT_ASSERT_INT(vstring_strncpy(vp, "wxyz", 2), 0);
    UNIT_ASSERT_STR(vstring_str(vp), "wx");
    UNIT_ASSERT_INT(vstring_strncat(vp, "12", 10), 0);
    UNIT_ASSERT_STR(vstring_str(vp), "wx12");
    UNIT_ASSERT_INT(vstring_strncat(vp, "3456", 2), 0);
    UNIT_ASSERT_STR(vstring_str(vp), "wx1234");
    UNIT_ASSERT_INT(vstring_strncat(vp, "", 5), 0);
    UNIT_ASSERT_INT(VSTRING_LEN(vp), 6);
    vstring_truncate(vp, 10);
    UNIT_ASSERT_STR(vstring_str(vp), "wx1234");
    vstring_truncate(vp, 2);
    UNIT_ASSERT_STR(vstring_str(vp), "wx");
    UNIT_ASSERT_INT(VSTRING_LEN(vp), 2);
    vstring_truncate(vp, 0);
    UNIT_ASSERT_STR(vstring_str(vp), "");
    UNIT_ASSERT_INT(vstring_strcpy(vp, "again"), 0);
    vstring_reset(vp);
    UNIT_ASSERT_STR(vstring_str(vp), "");
    UNIT_ASSERT_INT(VSTRING_LEN(vp), 0);
    vstring_free(vp);
}

/* test_fixed - a fixed string truncates and says so */

static void test_fixed(void)
{
    VSTRING *vp = vstring_fixed(5);

    UNIT_ASSERT_INT(vstring_strcpy(vp, "abc"), 0);
    UNIT_ASSERT(!vstring_overflowed(vp));
    UNIT_ASSERT_INT(vstring_strcat(vp, "de"), 0);
    UNIT_ASSERT_STR(vstring_str(vp), "abcde");
    UNIT_ASSERT(!vstring_overflowed(vp));
    UNIT_ASSERT_INT(vstring_addch(vp, 'f'), -1);
    UNIT_ASSERT(vstring_overflowed(vp));
    UNIT_ASSERT_STR(vstring_str(vp), "abcde");
    UNIT_ASSERT_INT(VSTRING_LEN(vp), 5);

    /* The flag stays until reset; copying resets. */
    vstring_truncate(vp, 1);
    UNIT_ASSERT(vstring_overflowed(vp));
    UNIT_ASSERT_INT(vstring_strcpy(vp, "123456789"), -1);
    UNIT_ASSERT_STR(vstring_str(vp), "12345");
    UNIT_ASSERT(vstring_overflowed(vp));
    UNIT_ASSERT_INT(vstring_strcpy(vp, "12"), 0);
    UNIT_ASSERT(!vstring_overflowed(vp));
    UNIT_ASSERT_INT(vstring_memcat(vp, "3456", 4), -1);
    UNIT_ASSERT_STR(vstring_str(vp), "12345");
    vstring_reset(vp);
    UNIT_ASSERT(!vstring_overflowed(vp));
    UNIT_ASSERT_INT(vstring_strncpy(vp, "abcdefgh", 7), -1);
    UNIT_ASSERT_STR(vstring_str(vp), "abcde");
    vstring_free(vp);
}

/* test_fixed_pages - a large fixed string in pages of its own */

static void test_fixed_pages(void)
{
    VSTRING *vp = vstring_fixed(3 * VSTRING_PAGE_SIZE);
    size_t  i;

    UNIT_ASSERT_STR(vstring_str(vp), "");
    for (i = 0; i < 3 * VSTRING_PAGE_SIZE; i++)
	UNIT_ASSERT_INT(vstring_addch(vp, 'a' + i % 26), 0);
    UNIT_ASSERT(!vstring_overflowed(vp));
    UNIT_ASSERT_INT(vstring_addch(vp, 'x'), -1);
    UNIT_ASSERT(vstring_overflowed(vp));
    UNIT_ASSERT_INT(VSTRING_LEN(vp), 3 * VSTRING_PAGE_SIZE);
    UNIT_ASSERT_INT(vstring_str(vp)[3 * VSTRING_PAGE_SIZE], 0);
    vstring_free(vp);
}

/* test_sprintf - formatted output, growing */

static void test_sprintf(void)
{
    VSTRING *vp = vstring_alloc(2);
    char    big[600];

    UNIT_ASSERT_INT(vstring_sprintf(vp, "%d-%s", 42, "x"), 0);
    UNIT_ASSERT_STR(vstring_str(vp), "42-x");
    UNIT_ASSERT_INT(VSTRING_LEN(vp), 4);
    UNIT_ASSERT_INT(vstring_sprintf_append(vp, "/%05u", 7u), 0);
    UNIT_ASSERT_STR(vstring_str(vp), "42-x/00007");
    memset(big, 'q', sizeof(big) - 1);
    big[sizeof(big) - 1] = 0;
    UNIT_ASSERT_INT(vstring_sprintf_append(vp, "[%s]", big), 0);
    UNIT_ASSERT_INT(VSTRING_LEN(vp), 10 + 2 + 599);
    UNIT_ASSERT_INT(strlen(vstring_str(vp)), 10 + 2 + 599);
    UNIT_ASSERT(vstring_str(vp)[VSTRING_LEN(vp) - 1] == ']');
    UNIT_ASSERT_INT(vstring_sprintf(vp, "%s", ""), 0);
    UNIT_ASSERT_STR(vstring_str(vp), "");
    vstring_free(vp);
}

/* test_sprintf_fixed - formatted output that does not fit */

static void test_sprintf_fixed(void)
{
    VSTRING *vp = vstring_fixed(8);

    UNIT_ASSERT_INT(vstring_sprintf(vp, "%s", "12345678"), 0);
    UNIT_ASSERT(!vstring_overflowed(vp));
    UNIT_ASSERT_INT(vstring_sprintf(vp, "%s=%d", "number", 123456), -1);
    UNIT_ASSERT(vstring_overflowed(vp));
    UNIT_ASSERT_STR(vstring_str(vp), "number=1");
    UNIT_ASSERT_INT(VSTRING_LEN(vp), 8);
    UNIT_ASSERT_INT(vstring_sprintf(vp, "%d", 12), 0);
    UNIT_ASSERT(!vstring_overflowed(vp));
    UNIT_ASSERT_INT(vstring_sprintf_append(vp, "%s", "abc"), 0);
    UNIT_ASSERT_INT(vstring_sprintf_append(vp, "%s", "defg"), -1);
    UNIT_ASSERT_STR(vstring_str(vp), "12abcdef");
    UNIT_ASSERT(vstring_overflowed(vp));
    /* Full: an append of nothing fits, an append of anything does not. */
    UNIT_ASSERT_INT(vstring_sprintf_append(vp, "%s", ""), 0);
    UNIT_ASSERT_INT(vstring_sprintf_append(vp, "x"), -1);
    UNIT_ASSERT_STR(vstring_str(vp), "12abcdef");
    vstring_free(vp);
}

/* test_init_mem - a fixed string in caller-owned memory */

static void test_init_mem(void)
{
    char    mem[6];
    VSTRING vs;

    memset(mem, 'z', sizeof(mem));
    vstring_init_mem(&vs, mem, sizeof(mem));
    UNIT_ASSERT_STR(vstring_str(&vs), "");
    UNIT_ASSERT(vstring_str(&vs) == mem);
    UNIT_ASSERT_INT(vstring_strcpy(&vs, "hello"), 0);
    UNIT_ASSERT(!vstring_overflowed(&vs));
    UNIT_ASSERT_INT(vstring_addch(&vs, '!'), -1);
    UNIT_ASSERT(vstring_overflowed(&vs));
    UNIT_ASSERT(memcmp(mem, "hello", 6) == 0);
    UNIT_ASSERT_INT(vstring_sprintf(&vs, "%s", "much too long"), -1);
    UNIT_ASSERT(memcmp(mem, "much ", 6) == 0);
    /* vstring_free() leaves caller-owned memory alone. */
    vstring_free(&vs);
    UNIT_ASSERT(memcmp(mem, "much ", 6) == 0);

    /* One byte holds only the null terminator. */
    vstring_init_mem(&vs, mem, 1);
    UNIT_ASSERT_INT(vstring_addch(&vs, 'a'), -1);
    UNIT_ASSERT_STR(vstring_str(&vs), "");
}

/* test_export - hand the data to the caller */

static void test_export(void)
{
    VSTRING *vp = vstring_alloc(3);
    char   *str;

    vstring_strcpy(vp, "exported data");
    str = vstring_export(vp);
    UNIT_ASSERT_STR(str, "exported data");
    myfree(str);
}

/* do_init_mem_zero - no room even for the terminator */

static void do_init_mem_zero(void *context)
{
    VSTRING vs;
    char    mem[1];

    (void) context;
    vstring_init_mem(&vs, mem, 0);
}

/* do_export_mem - export of memory the string does not own */

static void do_export_mem(void *context)
{
    VSTRING vs;
    char    mem[10];

    (void) context;
    vstring_init_mem(&vs, mem, sizeof(mem));
    vstring_export(&vs);
}

/* do_export_pages - export of memory that myfree() cannot release */

static void do_export_pages(void *context)
{
    (void) context;
    vstring_export(vstring_fixed(VSTRING_PAGE_SIZE));
}

/* test_panics - misuse is a bug */

static void test_panics(void)
{
    UNIT_ASSERT_INT(unit_exit_status(do_init_mem_zero, 0), PANIC_STATUS);
    UNIT_ASSERT_INT(unit_exit_status(do_export_mem, 0), PANIC_STATUS);
    UNIT_ASSERT_INT(unit_exit_status(do_export_pages, 0), PANIC_STATUS);
}

int     main(void)
{
    UNIT_RUN(test_growth);
    UNIT_RUN(test_copy_functions);
    UNIT_RUN(test_fixed);
    UNIT_RUN(test_fixed_pages);
    UNIT_RUN(test_sprintf);
    UNIT_RUN(test_sprintf_fixed);
    UNIT_RUN(test_init_mem);
    UNIT_RUN(test_export);
    UNIT_RUN(test_panics);
    return (UNIT_SUMMARY());
}
