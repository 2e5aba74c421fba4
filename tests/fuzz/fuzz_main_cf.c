/*++
/* NAME
/*	fuzz_main_cf 1
/* SUMMARY
/*	libFuzzer harness for the main.cf reader and $name expansion
/* SYNOPSIS
/*	fuzz_main_cf [libFuzzer options] [corpus...]
/* DESCRIPTION
/*	Each input is read as a main.cf file from memory (a malformed
/*	line ends the reading, as it would be fatal in a program), made
/*	the main.cf dictionary, and then every value (up to a limit) is
/*	expanded and converted as a number, a boolean and a time, as
/*	are a few references to computed defaults. Diagnostics are
/*	discarded. A crash, hang, leak or sanitizer report is a bug.
/*--*/

#include <sys_defs.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <msg.h>
#include <mymalloc.h>
#include <vstring.h>
#include <argv.h>
#include <htable.h>
#include <mail_conf.h>

#include "fuzz_util.h"

#define FUZZ_VALUES_MAX	16		/* values expanded per input */

static VSTRING *fuzz_why;
static VSTRING *fuzz_result;
static ARGV *fuzz_undef;

/* fuzz_expand - expand one text and convert the result */

static void fuzz_expand(const char *text)
{
    long    lval;
    int     ival;

    argv_truncate(fuzz_undef, 0);
    if (mail_conf_expand(fuzz_result, text, fuzz_undef, fuzz_why) != 0)
	return;
    (void) mail_conv_long(vstring_str(fuzz_result), &lval);
    (void) mail_conv_bool(vstring_str(fuzz_result), &ival);
    (void) mail_conv_time(vstring_str(fuzz_result), 'd', &lval);
}

int     LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const refs[] = {
	"$myhostname $mydomain $myorigin",
	"$mynetworks",
	"$mydestination $relay_domains $smtputf8_enable",
	0,
    };
    const char *const *rp;
    HTABLE_INFO **list;
    HTABLE *table;
    FILE   *fp;
    int     i;

    if (fuzz_why == 0) {
	msg_output(fuzz_quiet);
	fuzz_why = vstring_alloc(100);
	fuzz_result = vstring_alloc(100);
	fuzz_undef = argv_alloc(10);
    }
    if (size == 0 || (fp = fmemopen((void *) data, size, "r")) == 0)
	return (0);
    table = htable_create(10);
    (void) mail_conf_read_stream(fp, "main.cf", table, fuzz_why);
    fclose(fp);
    mail_conf_dict = table;
    list = htable_list(table);
    for (i = 0; list[i] != 0 && i < FUZZ_VALUES_MAX; i++)
	fuzz_expand((const char *) list[i]->value);
    for (rp = refs; *rp; rp++)
	fuzz_expand(*rp);
    myfree(list);
    mail_conf_dict = 0;
    htable_free(table, myfree);
    return (0);
}
