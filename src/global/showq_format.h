/*++
/* NAME
/*	showq_format 3h
/* SUMMARY
/*	queue listing output formats
/* SYNOPSIS
/*	#include <showq_format.h>
/* DESCRIPTION
/*	See showq_format(3).
/*--*/

#ifndef _SHOWQ_FORMAT_H_INCLUDED_
#define _SHOWQ_FORMAT_H_INCLUDED_

#include <vstream.h>
#include <vstring.h>
#include <showq_scan.h>

typedef struct SHOWQ_FORMAT {
    VSTREAM *out;			/* where the listing goes */
    int     json;			/* postqueue -j */
    int     count;			/* messages so far */
    unsigned long long bytes;		/* their sizes */
    int     rcpt_count;			/* recipients of this message */
    const char *last_reason;		/* last reason shown */
    int     has_log;			/* this message has a defer log */
    VSTRING *tmp;			/* conversions */
} SHOWQ_FORMAT;

#define SHOWQ_FORMAT_MAILQ	0	/* Postfix's mailq layout */
#define SHOWQ_FORMAT_JSON	1	/* postqueue -j */

extern SHOWQ_FORMAT *showq_format_alloc(VSTREAM *, int);
extern void showq_format_msg(SHOWQ_FORMAT *, SHOWQ_MSG *);
extern void showq_format_end(SHOWQ_FORMAT *);
extern void showq_format_free(SHOWQ_FORMAT *);
extern const char *showq_format_time(VSTRING *, long long);

#endif
