/*++
/* NAME
/*	maildrop_rec 3h
/* SUMMARY
/*	check the record sequence of a local submission
/* SYNOPSIS
/*	#include <maildrop_rec.h>
/*--*/

#ifndef _MAILDROP_REC_H_INCLUDED_
#define _MAILDROP_REC_H_INCLUDED_

#include <sys_defs.h>
#include <sys/types.h>

typedef enum {
    MAILDROP_REC_ENVELOPE,		/* before MESG */
    MAILDROP_REC_CONTENT,		/* after MESG */
    MAILDROP_REC_EXTRACTED,		/* after XTRA */
    MAILDROP_REC_FINISHED,		/* after END */
} MAILDROP_REC_STATE;

typedef struct MAILDROP_REC {
    MAILDROP_REC_STATE state;
    int     time_count;			/* TIME records */
    int     full_count;			/* FULL records */
    int     from_count;			/* FROM records */
    int     rcpt_count;			/* RCPT records */
    int     attr_count;			/* ATTR records kept */
    int     pending;			/* DSN_ORCPT, DSN_NOTIFY or ORCP seen */
    char    why[100];			/* reason for the last refusal */
} MAILDROP_REC;

#define MAILDROP_REC_OK		0	/* record fits: copy it */
#define MAILDROP_REC_SKIP	1	/* harmless but not allowed: drop it */
#define MAILDROP_REC_DONE	2	/* END, and the whole is complete */
#define MAILDROP_REC_BAD	3	/* the submission is malformed */

extern void maildrop_rec_init(MAILDROP_REC *);
extern int maildrop_rec_next(MAILDROP_REC *, int, const char *, ssize_t);

#define MAILDROP_REC_WHY(mr)	((const char *) (mr)->why)

#endif
