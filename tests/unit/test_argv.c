/*++
/* NAME
/*	test_argv 1
/* SUMMARY
/*	unit tests for argv(3)
/* SYNOPSIS
/*	test_argv
/* DESCRIPTION
/*	Adding past the initial size, counted strings, truncation,
/*	deletion at either end and in the middle, splitting with and
/*	without tokens. The array must stay null-terminated throughout.
/*--*/

#include <sys_defs.h>

#include <argv.h>
#include <unit_test.h>

/* test_add - append strings, grow, stay null-terminated */

static void test_add(void)
{
    ARGV   *argvp = argv_alloc(1);
    char    name[16];
    int     i;

    UNIT_ASSERT_INT(argvp->argc, 0);
    UNIT_ASSERT(argvp->argv[0] == 0);
    argv_add(argvp, "one", "two", "three", ARGV_END);
    UNIT_ASSERT_INT(argvp->argc, 3);
    UNIT_ASSERT_STR(argvp->argv[0], "one");
    UNIT_ASSERT_STR(argvp->argv[2], "three");
    UNIT_ASSERT(argvp->argv[3] == 0);
    for (i = 0; i < 100; i++) {
	snprintf(name, sizeof(name), "s%d", i);
	argv_add(argvp, name, ARGV_END);
    }
    UNIT_ASSERT_INT(argvp->argc, 103);
    UNIT_ASSERT(argvp->len >= argvp->argc);
    UNIT_ASSERT_STR(argvp->argv[102], "s99");
    UNIT_ASSERT(argvp->argv[103] == 0);
    /* Nothing to add is fine. */
    argv_add(argvp, ARGV_END);
    UNIT_ASSERT_INT(argvp->argc, 103);
    argv_free(argvp);
}

/* test_private_copies - the array holds copies */

static void test_private_copies(void)
{
    ARGV   *argvp = argv_alloc(0);
    char    buf[] = "original";

    argv_add(argvp, buf, ARGV_END);
    buf[0] = 'X';
    UNIT_ASSERT_STR(argvp->argv[0], "original");
    UNIT_ASSERT(argvp->argv[0] != buf);
    argv_free(argvp);
}

/* test_addn - counted strings */

static void test_addn(void)
{
    ARGV   *argvp = argv_alloc(2);

    argv_addn(argvp, "abcdef", 3);
    argv_addn(argvp, "xy", 10);
    argv_addn(argvp, "zzz", 0);
    UNIT_ASSERT_INT(argvp->argc, 3);
    UNIT_ASSERT_STR(argvp->argv[0], "abc");
    UNIT_ASSERT_STR(argvp->argv[1], "xy");
    UNIT_ASSERT_STR(argvp->argv[2], "");
    UNIT_ASSERT(argvp->argv[3] == 0);
    argv_free(argvp);
}

/* test_truncate - keep the first strings */

static void test_truncate(void)
{
    ARGV   *argvp = argv_split("a b c d", " ");

    argv_truncate(argvp, 10);
    UNIT_ASSERT_INT(argvp->argc, 4);
    argv_truncate(argvp, 2);
    UNIT_ASSERT_INT(argvp->argc, 2);
    UNIT_ASSERT_STR(argvp->argv[1], "b");
    UNIT_ASSERT(argvp->argv[2] == 0);
    argv_truncate(argvp, -1);
    UNIT_ASSERT_INT(argvp->argc, 2);
    argv_truncate(argvp, 0);
    UNIT_ASSERT_INT(argvp->argc, 0);
    UNIT_ASSERT(argvp->argv[0] == 0);
    argv_add(argvp, "again", ARGV_END);
    UNIT_ASSERT_STR(argvp->argv[0], "again");
    argv_free(argvp);
}

/* test_delete - remove by index */

static void test_delete(void)
{
    ARGV   *argvp = argv_split("a b c d e", " ");

    argv_delete(argvp, 2);
    UNIT_ASSERT_INT(argvp->argc, 4);
    UNIT_ASSERT_STR(argvp->argv[2], "d");
    UNIT_ASSERT_STR(argvp->argv[3], "e");
    UNIT_ASSERT(argvp->argv[4] == 0);
    argv_delete(argvp, 0);
    UNIT_ASSERT_STR(argvp->argv[0], "b");
    argv_delete(argvp, argvp->argc - 1);
    UNIT_ASSERT_INT(argvp->argc, 2);
    UNIT_ASSERT_STR(argvp->argv[0], "b");
    UNIT_ASSERT_STR(argvp->argv[1], "d");
    UNIT_ASSERT(argvp->argv[2] == 0);
    /* Out of range: nothing happens. */
    argv_delete(argvp, 2);
    argv_delete(argvp, -1);
    UNIT_ASSERT_INT(argvp->argc, 2);
    argv_delete(argvp, 0);
    argv_delete(argvp, 0);
    UNIT_ASSERT_INT(argvp->argc, 0);
    UNIT_ASSERT(argvp->argv[0] == 0);
    argv_free(argvp);
}

/* test_split - tokens of a string */

static void test_split(void)
{
    ARGV   *argvp;

    argvp = argv_split("  smtp, lmtp ,,local\t", ", \t");
    UNIT_ASSERT_INT(argvp->argc, 3);
    UNIT_ASSERT_STR(argvp->argv[0], "smtp");
    UNIT_ASSERT_STR(argvp->argv[1], "lmtp");
    UNIT_ASSERT_STR(argvp->argv[2], "local");
    UNIT_ASSERT(argvp->argv[3] == 0);
    argv_split_append(argvp, "x y", " ");
    UNIT_ASSERT_INT(argvp->argc, 5);
    UNIT_ASSERT_STR(argvp->argv[4], "y");
    argv_split_append(argvp, "", " ");
    UNIT_ASSERT_INT(argvp->argc, 5);
    argv_free(argvp);

    argvp = argv_split("", " ");
    UNIT_ASSERT_INT(argvp->argc, 0);
    UNIT_ASSERT(argvp->argv[0] == 0);
    argv_free(argvp);

    argvp = argv_split(" , ,", ", ");
    UNIT_ASSERT_INT(argvp->argc, 0);
    argv_free(argvp);

    argvp = argv_split("single", ", ");
    UNIT_ASSERT_INT(argvp->argc, 1);
    UNIT_ASSERT_STR(argvp->argv[0], "single");
    argv_free(argvp);
}

int     main(void)
{
    UNIT_RUN(test_add);
    UNIT_RUN(test_private_copies);
    UNIT_RUN(test_addn);
    UNIT_RUN(test_truncate);
    UNIT_RUN(test_delete);
    UNIT_RUN(test_split);
    return (UNIT_SUMMARY());
}
