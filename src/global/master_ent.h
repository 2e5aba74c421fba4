/*++
/* NAME
/*	master_ent 3h
/* SUMMARY
/*	master.cf entries
/* SYNOPSIS
/*	#include <master_ent.h>
/*--*/

#ifndef _MASTER_ENT_H_INCLUDED_
#define _MASTER_ENT_H_INCLUDED_

#include <sys_defs.h>
#include <argv.h>

#define MASTER_FIELDS 8

typedef struct MASTER_ENT {
    int     lineno;			/* first line of the entry */
    char   *raw[MASTER_FIELDS];		/* fields as written; raw[7] =
					 * command and args joined by one
					 * space */
    char   *service;			/* service name (raw[0]) */
    char   *type;			/* inet, unix, unix-dgram, fifo, pass */
    int     private_flag;		/* "-" = default (y) */
    int     unpriv_flag;		/* "-" = default (y) */
    int     chroot_flag;		/* "-" = default (n, as Postfix >= 3.0) */
    int     wakeup_time;		/* seconds, 0 = none */
    int     wakeup_conditional;		/* wakeup written with a "?" suffix */
    int     max_proc;			/* "-" = -1, meaning
					 * $default_process_limit */
    ARGV   *args;			/* command name then arguments, -o kept
					 * as written */
} MASTER_ENT;

extern MASTER_ENT *master_ent_parse(const char *, int, const char **);
extern MASTER_ENT **master_ent_read(const char *, int *);
extern void master_ent_free(MASTER_ENT *);
extern void master_ent_free_list(MASTER_ENT **, int);
extern const char *master_ent_option(char *, char **, char **);

#endif
