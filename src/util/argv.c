/*++
/* NAME
/*	argv 3
/* SUMMARY
/*	string arrays
/* SYNOPSIS
/*	#include <argv.h>
/*
/*	ARGV	*argv_alloc(len)
/*	void	argv_add(argvp, str, ..., ARGV_END)
/*	void	argv_addn(argvp, str, len)
/*	void	argv_truncate(argvp, len)
/*	void	argv_delete(argvp, index)
/*	ARGV	*argv_split(string, delimiters)
/*	ARGV	*argv_split_append(argvp, string, delimiters)
/*	void	argv_free(argvp)
/* DESCRIPTION
/*	An ARGV is a null-terminated array of private string copies,
/*	for start-up work (parameter lists, command lines). argv_split()
/*	breaks a string at any of the delimiter characters.
/*--*/

#include <sys_defs.h>
#include <stdarg.h>
#include <string.h>

#include <mymalloc.h>
#include <stringops.h>
#include <argv.h>

/* argv_alloc - empty array */

ARGV   *argv_alloc(int len)
{
    ARGV   *argvp = mymalloc(sizeof(*argvp));

    argvp->len = len < 1 ? 1 : len;
    argvp->argv = mymalloc((argvp->len + 1) * sizeof(char *));
    argvp->argc = 0;
    argvp->argv[0] = 0;
    return (argvp);
}

/* argv_room - make room for one more */

static void argv_room(ARGV *argvp)
{
    if (argvp->argc >= argvp->len) {
	argvp->len *= 2;
	argvp->argv = myrealloc(argvp->argv, (argvp->len + 1) * sizeof(char *));
    }
}

/* argv_add - append strings */

void    argv_add(ARGV *argvp,...)
{
    va_list ap;
    const char *arg;

    va_start(ap, argvp);
    while ((arg = va_arg(ap, const char *)) != 0) {
	argv_room(argvp);
	argvp->argv[argvp->argc++] = mystrdup(arg);
    }
    va_end(ap);
    argvp->argv[argvp->argc] = 0;
}

/* argv_addn - append a counted string */

void    argv_addn(ARGV *argvp, const char *str, size_t len)
{
    argv_room(argvp);
    argvp->argv[argvp->argc++] = mystrndup(str, len);
    argvp->argv[argvp->argc] = 0;
}

/* argv_truncate - keep the first len strings */

void    argv_truncate(ARGV *argvp, int len)
{
    while (argvp->argc > len && len >= 0)
	myfree(argvp->argv[--argvp->argc]);
    argvp->argv[argvp->argc] = 0;
}

/* argv_delete - remove one string */

void    argv_delete(ARGV *argvp, int index)
{
    if (index < 0 || index >= argvp->argc)
	return;
    myfree(argvp->argv[index]);
    memmove(argvp->argv + index, argvp->argv + index + 1,
	    (argvp->argc - index) * sizeof(char *));
    argvp->argc--;
}

/* argv_split_append - append the tokens of a string */

ARGV   *argv_split_append(ARGV *argvp, const char *string, const char *delim)
{
    char   *saved = mystrdup(string);
    char   *bp = saved;
    char   *tok;

    while ((tok = mystrtok(&bp, delim)) != 0)
	argv_add(argvp, tok, ARGV_END);
    myfree(saved);
    return (argvp);
}

/* argv_split - the tokens of a string */

ARGV   *argv_split(const char *string, const char *delim)
{
    return (argv_split_append(argv_alloc(4), string, delim));
}

/* argv_free - release */

void    argv_free(ARGV *argvp)
{
    argv_truncate(argvp, 0);
    myfree(argvp->argv);
    myfree(argvp);
}
