/*++
/* NAME
/*	postconf 1
/* SUMMARY
/*	Postlet configuration utility
/* SYNOPSIS
/*	postconf [-dfhHnpvx] [-c config_dir] [-o name=value] [name ...]
/*
/*	postconf -e [-c config_dir] name=value ...
/*
/*	postconf -X|-# [-c config_dir] name ...
/*
/*	postconf -M|-F|-P [-fhHx] [-c config_dir] [service[/type[/name]] ...]
/*
/*	postconf -M|-F|-P -e|-X|-# [-c config_dir] arguments ...
/* DESCRIPTION
/*	postconf shows and edits main.cf and master.cf, the way
/*	Postfix's postconf(1) does, with the same output layout for the
/*	parameters that Postlet knows. man/man1/postconf.1 is the
/*	user-level description.
/*
/*	This file parses the command line, checks that the options go
/*	together, and hands the work to one of the postconf_* modules:
/* .IP postconf_main
/*	main.cf parameter display (default, -d, -n, named parameters).
/* .IP postconf_master
/*	master.cf display (-M, -F, -P).
/* .IP postconf_edit
/*	main.cf rewrites (-e, -X, -#).
/* .IP postconf_medit
/*	master.cf rewrites (-M, -F or -P with -e, -X or -#).
/* .PP
/*	Options of Postfix's postconf that make no sense for Postlet
/*	(-a, -A, -b, -C, -l, -m, -t, -T) are refused with a message
/*	that says so.
/* DIAGNOSTICS
/*	Problems go to stderr as "postconf: fatal: reason" or
/*	"postconf: warning: reason". The exit status is 0 on success, 1
/*	on any fatal error (usage, unreadable or malformed files, a
/*	failed rewrite), as with Postfix.
/*--*/

#include <sys_defs.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <msg.h>
#include <stringops.h>
#include <atomic_file.h>
#include <mail_conf.h>
#include "postconf.h"

#define POSTCONF_USAGE \
    "usage: postconf [-dfhHnpvx] [-c config_dir] [-o name=value]" \
    " [-e|-X|-#] [-M|-F|-P] [name...]"

 /*
  * Option letters and flags, in the order in which conflict messages name
  * them (alphabetical, lower case first, "#" last, as Postfix does).
  */
static const struct {
    int     letter;
    int     flag;
} postconf_letters[] = {
    {'d', POSTCONF_FLAG_DEFAULT},
    {'e', POSTCONF_FLAG_EDIT},
    {'f', POSTCONF_FLAG_FOLD},
    {'F', POSTCONF_FLAG_FIELD},
    {'h', POSTCONF_FLAG_HIDE_NAME},
    {'H', POSTCONF_FLAG_HIDE_VALUE},
    {'M', POSTCONF_FLAG_MASTER},
    {'n', POSTCONF_FLAG_NONDEF},
    {'P', POSTCONF_FLAG_PARAM},
    {'x', POSTCONF_FLAG_EXPAND},
    {'X', POSTCONF_FLAG_EXCLUDE},
    {'#', POSTCONF_FLAG_COMMENT},
    {0, 0},
};

#define POSTCONF_FLAG_LAST	POSTCONF_FLAG_PARAM

#define POSTCONF_FLAG_DISPLAY_ONLY \
	(POSTCONF_FLAG_DEFAULT | POSTCONF_FLAG_NONDEF | POSTCONF_FLAG_FOLD \
	| POSTCONF_FLAG_HIDE_NAME | POSTCONF_FLAG_HIDE_VALUE \
	| POSTCONF_FLAG_EXPAND)

 /*
  * Pairs of options that exclude each other.
  */
static const int postconf_pairs[] = {
    POSTCONF_FLAG_DEFAULT | POSTCONF_FLAG_NONDEF,
    POSTCONF_FLAG_HIDE_NAME | POSTCONF_FLAG_HIDE_VALUE,
    POSTCONF_FLAG_EDIT | POSTCONF_FLAG_EXCLUDE,
    POSTCONF_FLAG_EDIT | POSTCONF_FLAG_COMMENT,
    POSTCONF_FLAG_EXCLUDE | POSTCONF_FLAG_COMMENT,
    POSTCONF_FLAG_MASTER | POSTCONF_FLAG_FIELD,
    POSTCONF_FLAG_MASTER | POSTCONF_FLAG_PARAM,
    POSTCONF_FLAG_FIELD | POSTCONF_FLAG_PARAM,
    0,
};

 /*
  * Options that a master.cf mode does not take.
  */
static const struct {
    int     mode;
    int     refused;
} postconf_master_refuses[] = {
    {POSTCONF_FLAG_MASTER, POSTCONF_FLAG_DEFAULT | POSTCONF_FLAG_NONDEF
    | POSTCONF_FLAG_HIDE_NAME | POSTCONF_FLAG_HIDE_VALUE},
    {POSTCONF_FLAG_FIELD, POSTCONF_FLAG_DEFAULT | POSTCONF_FLAG_NONDEF
    | POSTCONF_FLAG_EXCLUDE | POSTCONF_FLAG_COMMENT},
    {POSTCONF_FLAG_PARAM, POSTCONF_FLAG_DEFAULT | POSTCONF_FLAG_NONDEF
    | POSTCONF_FLAG_COMMENT},
    {0, 0},
};

/* postconf_letter - the option letter of one flag */

static int postconf_letter(int flag)
{
    int     n;

    for (n = 0; postconf_letters[n].flag && postconf_letters[n].flag != flag; n++)
	 /* void */ ;
    return (postconf_letters[n].letter);
}

/* postconf_conflict - refuse two options, named in the usual order */

static void postconf_conflict(int flags)
{
    int     first = 0;
    int     n;

    for (n = 0; postconf_letters[n].flag; n++) {
	if ((flags & postconf_letters[n].flag) == 0)
	    continue;
	if (first == 0)
	    first = postconf_letters[n].letter;
	else
	    msg_fatal("specify one of -%c -%c", first, postconf_letters[n].letter);
    }
}

/* postconf_check_flags - refuse options that do not go together */

static void postconf_check_flags(int flags)
{
    int     n;
    int     bit;

    for (n = 0; postconf_pairs[n]; n++)
	if ((flags & postconf_pairs[n]) == postconf_pairs[n])
	    postconf_conflict(postconf_pairs[n]);
    for (n = 0; postconf_master_refuses[n].mode; n++) {
	if ((flags & postconf_master_refuses[n].mode) == 0)
	    continue;
	for (bit = 1; bit <= POSTCONF_FLAG_LAST; bit <<= 1)
	    if (flags & postconf_master_refuses[n].refused & bit)
		msg_fatal("with option -%c, do not specify -%c",
			  postconf_letter(postconf_master_refuses[n].mode),
			  postconf_letter(bit));
    }
    if (flags & POSTCONF_FLAG_ANY_EDIT)
	for (bit = 1; bit <= POSTCONF_FLAG_LAST; bit <<= 1)
	    if (flags & POSTCONF_FLAG_DISPLAY_ONLY & bit)
		postconf_conflict(bit | (flags & POSTCONF_FLAG_ANY_EDIT));
}

/* postconf_override - apply one -o name=value */

static void postconf_override(char *arg)
{
    char   *name;
    char   *value;
    const char *err;

    if ((err = split_nameval(arg, &name, &value)) != 0)
	msg_fatal("-o option: %s: \"%s\"", err, arg);
    mail_conf_update(name, value);
}

/* postconf_main - the postconf program */

int     postconf_main(int argc, char **argv)
{
    ARGV   *overrides = argv_alloc(1);
    int     flags = 0;
    int     ch;
    int     n;

    msg_stderr_init("postconf");

    /*
     * No argument permutation: the first non-option ends the options, the
     * same with glibc and musl.
     */
    opterr = 0;
    while ((ch = getopt(argc, argv, "+c:defFhHMno:pPvxX#aAbC:lmtT:")) > 0) {
	switch (ch) {
	case 'c':
	    mail_conf_set_dir(optarg);
	    break;
	case 'd':
	    flags |= POSTCONF_FLAG_DEFAULT;
	    break;
	case 'e':
	    flags |= POSTCONF_FLAG_EDIT;
	    break;
	case 'f':
	    flags |= POSTCONF_FLAG_FOLD;
	    break;
	case 'F':
	    flags |= POSTCONF_FLAG_FIELD;
	    break;
	case 'h':
	    flags |= POSTCONF_FLAG_HIDE_NAME;
	    break;
	case 'H':
	    flags |= POSTCONF_FLAG_HIDE_VALUE;
	    break;
	case 'M':
	    flags |= POSTCONF_FLAG_MASTER;
	    break;
	case 'n':
	    flags |= POSTCONF_FLAG_NONDEF;
	    break;
	case 'o':
	    argv_add(overrides, optarg, ARGV_END);
	    break;
	case 'p':
	    /* main.cf parameters: the default. */
	    break;
	case 'P':
	    flags |= POSTCONF_FLAG_PARAM;
	    break;
	case 'v':
	    msg_verbose++;
	    break;
	case 'x':
	    flags |= POSTCONF_FLAG_EXPAND;
	    break;
	case 'X':
	    flags |= POSTCONF_FLAG_EXCLUDE;
	    break;
	case '#':
	    flags |= POSTCONF_FLAG_COMMENT;
	    break;
	case '?':
	    if (optopt && strchr("coCT", optopt))
		msg_fatal("option -%c requires an argument; %s",
			  optopt, POSTCONF_USAGE);
	    msg_fatal("invalid option -- '%c'; %s", optopt, POSTCONF_USAGE);
	default:
	    msg_fatal("option -%c is not supported by Postlet", ch);
	}
    }
    argc -= optind;
    argv += optind;
    postconf_check_flags(flags);

    /*
     * Edits work on the files as text; they do not evaluate the
     * configuration, so that they can repair a broken one.
     */
    if (flags & POSTCONF_FLAG_ANY_EDIT) {
	if (overrides->argc > 0)
	    msg_fatal("-o does not apply to -e, -X or -#");
	argv_free(overrides);
	/* A fatal error in the middle leaves no temporary file. */
	msg_cleanup(atomic_file_cleanup);
	if (flags & POSTCONF_FLAG_ANY_MASTER)
	    postconf_medit(flags, argv);
	else
	    postconf_edit_main(flags, argv);
	return (0);
    }

    /*
     * Display. Defaults (-d) do not depend on main.cf; everything else
     * reads it, then applies -o overrides.
     */
    if (flags & POSTCONF_FLAG_DEFAULT) {
	if (overrides->argc > 0)
	    msg_fatal("specify one of -d -o");
    } else {
	mail_conf_read();
	for (n = 0; n < overrides->argc; n++)
	    postconf_override(overrides->argv[n]);
    }
    argv_free(overrides);
    postconf_param_init();
    postconf_master_read((flags & POSTCONF_FLAG_ANY_MASTER) != 0);
    postconf_service_register();
    if (flags & POSTCONF_FLAG_ANY_MASTER) {
	postconf_unused_register();
	postconf_unused_warn_master();
	if (flags & POSTCONF_FLAG_MASTER)
	    postconf_master_show_entries(flags, argv);
	else if (flags & POSTCONF_FLAG_FIELD)
	    postconf_master_show_fields(flags, argv);
	else
	    postconf_master_show_params(flags, argv);
    } else {
	if (!(flags & POSTCONF_FLAG_DEFAULT)) {
	    postconf_unused_register();
	    postconf_unused_warn_main();
	    postconf_unused_warn_master();
	}
	postconf_main_show(flags, argv);
    }
    if (fflush(stdout) != 0 || ferror(stdout))
	msg_fatal("write error on standard output");
    return (0);
}
