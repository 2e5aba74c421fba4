/*++
/* NAME
/*	argv 3h
/* SUMMARY
/*	string arrays
/* SYNOPSIS
/*	#include <argv.h>
/*--*/

#ifndef _ARGV_H_INCLUDED_
#define _ARGV_H_INCLUDED_

#include <sys_defs.h>

typedef struct ARGV {
    int     argc;			/* strings in use */
    int     len;			/* room for strings */
    char  **argv;			/* null-terminated array */
} ARGV;

extern ARGV *argv_alloc(int);
extern void argv_add(ARGV *,...);
extern void argv_addn(ARGV *, const char *, size_t);
extern void argv_truncate(ARGV *, int);
extern void argv_delete(ARGV *, int);
extern ARGV *argv_split(const char *, const char *);
extern ARGV *argv_split_append(ARGV *, const char *, const char *);
extern void argv_free(ARGV *);

#define ARGV_END	((char *) 0)

#endif
