/*++
/* NAME
/*	test_name_mask 1
/* SUMMARY
/*	unit tests for name_mask(3)
/* SYNOPSIS
/*	test_name_mask
/* DESCRIPTION
/*	Separators, case, unknown names with and without a warning, an
/*	empty list, names that are prefixes of table names.
/*--*/

#include <sys_defs.h>
#include <string.h>

#include <msg.h>
#include <name_mask.h>
#include <unit_test.h>

static const NAME_MASK table[] = {
    {"resource", 1},
    {"software", 2},
    {"all", 1 | 2 | 4},
    {0, 0},
};

static int warnings;

/* count_warnings - msg(3) output hook */

static void count_warnings(int level, const char *text)
{
    (void) text;
    if (level == MSG_WARN)
	warnings++;
}

/* test_names - the masks of listed names */

static void test_names(void)
{
    UNIT_ASSERT_INT(name_mask("t", table, "resource, software", 0), 3);
    UNIT_ASSERT_INT(name_mask("t", table, "\tSOFTWARE\n", 0), 2);
    UNIT_ASSERT_INT(name_mask("t", table, "all", 0), 7);
    UNIT_ASSERT_INT(name_mask("t", table, "", 0), 0);
    UNIT_ASSERT_INT(name_mask("t", table, " ,, ", 0), 0);
}

/* test_unknown - ignored, with a warning only when asked */

static void test_unknown(void)
{
    warnings = 0;
    UNIT_ASSERT_INT(name_mask("t", table, "soft, resources, software", 0), 2);
    UNIT_ASSERT_INT(warnings, 0);
    UNIT_ASSERT_INT(name_mask("t", table, "soft resource", NAME_MASK_WARN), 1);
    UNIT_ASSERT_INT(warnings, 1);
}

int     main(void)
{
    msg_output(count_warnings);
    UNIT_RUN(test_names);
    UNIT_RUN(test_unknown);
    return (UNIT_SUMMARY());
}
