/*++
/* NAME
/*	cleanup_hdr 3h
/* SUMMARY
/*	message header helpers for cleanup(8)
/* SYNOPSIS
/*	#include <cleanup_hdr.h>
/*--*/

#ifndef _CLEANUP_HDR_H_INCLUDED_
#define _CLEANUP_HDR_H_INCLUDED_

#include <sys_defs.h>
#include <time.h>
#include <vstring.h>

 /*
  * Header classes.
  */
#define CLEANUP_HDR_OTHER	0
#define CLEANUP_HDR_FROM	1
#define CLEANUP_HDR_SENDER	2
#define CLEANUP_HDR_REPLY_TO	3
#define CLEANUP_HDR_TO		4
#define CLEANUP_HDR_CC		5
#define CLEANUP_HDR_BCC		6
#define CLEANUP_HDR_DATE	7
#define CLEANUP_HDR_MESSAGE_ID	8
#define CLEANUP_HDR_RECEIVED	9
#define CLEANUP_HDR_ERRORS_TO	10
#define CLEANUP_HDR_RETURN_RECEIPT_TO 11
#define CLEANUP_HDR_APPARENTLY_TO 12
#define CLEANUP_HDR_COUNT	13

 /*
  * Properties.
  */
#define CLEANUP_HDR_FLAG_SENDER	(1<<0)	/* holds sender addresses */
#define CLEANUP_HDR_FLAG_RCPT	(1<<1)	/* holds recipient addresses */
#define CLEANUP_HDR_FLAG_RESENT	(1<<2)	/* Resent- form */

typedef struct CLEANUP_HDR_INFO {
    int     id;				/* CLEANUP_HDR_* */
    int     flags;			/* CLEANUP_HDR_FLAG_* */
} CLEANUP_HDR_INFO;

extern size_t cleanup_hdr_name(const char *, size_t);
extern CLEANUP_HDR_INFO cleanup_hdr_info(const char *, size_t);
extern int cleanup_hdr_in_list(const char *, size_t, const char *);
extern const char *cleanup_hdr_date(VSTRING *, time_t);
extern const char *cleanup_hdr_msgid(VSTRING *, time_t, const char *, const char *);
extern size_t cleanup_hdr_stray_crlf(char *, size_t);

#endif
