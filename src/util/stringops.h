/*++
/* NAME
/*	stringops 3h
/* SUMMARY
/*	small string operations
/* SYNOPSIS
/*	#include <stringops.h>
/*--*/

#ifndef _STRINGOPS_H_INCLUDED_
#define _STRINGOPS_H_INCLUDED_

#include <sys_defs.h>

#define CHARS_SPACE	" \t\r\n"
#define CHARS_COMMA_SP	", \t\r\n"

extern char *mystrtok(char **, const char *);
extern char *mystrtokq(char **, const char *, const char *);
extern char *trimblanks(char *, ssize_t);
extern char *lowercase(char *);
extern char *uppercase(char *);
extern char *split_at(char *, int);
extern char *split_at_right(char *, int);
extern int alldig(const char *);
extern int allprint(const char *);
extern char *concatenate(const char *,...);
extern const char *split_nameval(char *, char **, char **);
extern const char *sane_basename(const char *);
extern char *printable(char *, int);
extern int extpar(char **, const char *, int);

#define EXTPAR_FLAG_STRIP	(1<<0)	/* strip blanks inside {} */

#endif
