/*++
/* NAME
/*	recipient 3h
/* SUMMARY
/*	one recipient of a delivery request
/* SYNOPSIS
/*	#include <recipient.h>
/* DESCRIPTION
/*	What a delivery agent knows about one recipient: the address
/*	it delivers to, the address as originally given (before
/*	aliasing and rewriting; may be empty), the RFC 3461 ORCPT and
/*	NOTIFY values (empty and 0 when not given), and the offset of
/*	its RCPT record in the queue file, where deliver_completed(3)
/*	marks it done. The strings belong to the request that holds
/*	the recipient.
/*--*/

#ifndef _RECIPIENT_H_INCLUDED_
#define _RECIPIENT_H_INCLUDED_

typedef struct RECIPIENT {
    const char *orig_addr;		/* original recipient, or "" */
    const char *address;		/* the recipient */
    const char *dsn_orcpt;		/* DSN ORCPT, or "" */
    int     dsn_notify;			/* DSN NOTIFY bits, or 0 */
    long    offset;			/* RCPT record in the queue file */
} RECIPIENT;

#endif
