/*++
/* NAME
/*	smtputf8 3h
/* SUMMARY
/*	SMTPUTF8 (RFC 6531) flags of a message
/* SYNOPSIS
/*	#include <smtputf8.h>
/* DESCRIPTION
/*	A message's "sendopts" (the queue file's smtputf8 attribute, the
/*	delivery request's sendopts) say whether it asks for SMTPUTF8
/*	and what needs it. cleanup(8) sets them: REQUESTED when the
/*	message came with SMTPUTF8 (sendmail -bs "MAIL FROM:<..>
/*	SMTPUTF8"), or when smtputf8_enable is on, the submission class
/*	("sendmail", "verify", ...) is in smtputf8_autodetect_classes and
/*	the envelope or a header has non-ASCII bytes; plus one bit per
/*	place where non-ASCII text was seen (cleanup_smtputf8(3)). The
/*	attribute is written only when it is not zero, at the end of the
/*	queue file's extracted section.
/*
/*	The SMTP client sends MAIL FROM with SMTPUTF8 when the message
/*	asks for it and the server offers it. When the server does not
/*	offer it, a message that needs it (HEADER, SENDER or RECIPIENT
/*	set) bounces with 5.6.7; one that only asked for it goes out
/*	without.
/*--*/

#ifndef _SMTPUTF8_H_INCLUDED_
#define _SMTPUTF8_H_INCLUDED_

#define SMTPUTF8_FLAG_REQUESTED	(1<<0)	/* the message asks for SMTPUTF8 */
#define SMTPUTF8_FLAG_HEADER	(1<<1)	/* non-ASCII in a header */
#define SMTPUTF8_FLAG_SENDER	(1<<2)	/* non-ASCII envelope sender */
#define SMTPUTF8_FLAG_RECIPIENT	(1<<3)	/* non-ASCII envelope recipient */
#define SMTPUTF8_FLAG_NEEDED	(SMTPUTF8_FLAG_HEADER | SMTPUTF8_FLAG_SENDER \
				 | SMTPUTF8_FLAG_RECIPIENT)

#endif
