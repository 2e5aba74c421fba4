/*++
/* NAME
/*	fuzz_master_cf 1
/* SUMMARY
/*	libFuzzer harness for the master.cf entry parser
/* SYNOPSIS
/*	fuzz_master_cf [libFuzzer options] [corpus...]
/* DESCRIPTION
/*	Each input is split into logical lines the way master.cf is
/*	read (readllines(3), from memory); every line goes through
/*	master_ent_parse(), and the "-o" arguments of a good entry
/*	through master_ent_option(). Diagnostics are discarded. A
/*	crash, hang, leak or sanitizer report is a bug.
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
#include <readlline.h>
#include <master_ent.h>

#include "fuzz_util.h"

static VSTRING *fuzz_line;

/* fuzz_options - split every -o argument of an entry */

static void fuzz_options(MASTER_ENT *ent)
{
    char   *copy;
    char   *name;
    char   *value;
    int     i;

    for (i = 1; i < ent->args->argc; i++) {
	if (strcmp(ent->args->argv[i], "-o") != 0 || i + 1 >= ent->args->argc)
	    continue;
	copy = mystrdup(ent->args->argv[++i]);
	if (master_ent_option(copy, &name, &value) == 0
	    && (strlen(name) == 0 || strchr(name, '=') != 0))
	    abort();
	myfree(copy);
    }
}

int     LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    MASTER_ENT *ent;
    const char *why;
    FILE   *fp;
    int     lineno = 0;
    int     first = 0;

    if (fuzz_line == 0) {
	msg_output(fuzz_quiet);
	fuzz_line = vstring_alloc(100);
    }
    if (size == 0 || (fp = fmemopen((void *) data, size, "r")) == 0)
	return (0);
    while (readllines(fuzz_line, fp, "fuzz", &lineno, &first) != 0) {
	if ((ent = master_ent_parse(vstring_str(fuzz_line), first, &why)) == 0) {
	    if (why == 0 || *why == 0)
		abort();
	    continue;
	}
	if (ent->service == 0 || ent->args->argc < 1 || ent->raw[7] == 0)
	    abort();
	fuzz_options(ent);
	master_ent_free(ent);
    }
    fclose(fp);
    return (0);
}
