/*++
/* NAME
/*	postlet 1
/* SUMMARY
/*	multi-call entry point of every Postlet program
/* SYNOPSIS
/*	postlet program [args...]
/*
/*	program [args...]
/* DESCRIPTION
/*	Postlet is one static binary. The basename of argv[0] selects
/*	the program (install makes a link per program name); when that
/*	name is "postlet" itself, the first argument names the program.
/*	"postlet -l" lists the program names, one per line.
/* DIAGNOSTICS
/*	An unknown program name is reported on stderr; exit status 64
/*	(EX_USAGE).
/*--*/

#include <sys_defs.h>
#include <stdio.h>
#include <string.h>
#include <sysexits.h>

#include <stringops.h>
#include <programs.h>

/* main - dispatch on the program name */

int     main(int argc, char **argv)
{
    const char *name = argc > 0 ? sane_basename(argv[0]) : "postlet";
    const POSTLET_PROGRAM *prog;

    if (strcmp(name, "postlet") == 0) {
	if (argc < 2) {
	    fprintf(stderr, "usage: postlet program [args...] | postlet -l\n");
	    return (EX_USAGE);
	}
	if (strcmp(argv[1], "-l") == 0) {
	    for (prog = postlet_programs; prog->name; prog++)
		printf("%s\n", prog->name);
	    return (0);
	}
	argc--;
	argv++;
	name = sane_basename(argv[0]);
    }
    for (prog = postlet_programs; prog->name; prog++)
	if (strcmp(prog->name, name) == 0)
	    return (prog->main(argc, argv));
    fprintf(stderr, "postlet: unknown program name: %s\n", name);
    return (EX_USAGE);
}
