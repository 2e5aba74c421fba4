/*++
/* NAME
/*	rec_type 3h
/* SUMMARY
/*	queue file record types
/* SYNOPSIS
/*	#include <rec_type.h>
/* DESCRIPTION
/*	A queue file (and a maildrop file, and the content stream that
/*	clients send to cleanup) is a sequence of records: one type
/*	byte, the data length as a base-128 number (low 7 bits first,
/*	high bit set on every byte but the last; at most 5 bytes), then
/*	the data. The letters are Postfix's, so that postcat output reads
/*	the same.
/*
/*	A queue file is laid out in three sections:
/* .IP envelope
/*	SIZE (fixed width, first record, rewritten in place when the
/*	file is complete), TIME, CTIME, FULL, FROM, ATTR..., and per
/*	recipient DSN_ORCPT, DSN_NOTIFY, ORCP, RCPT (DONE after delivery:
/*	the type byte is rewritten in place and fsync'ed), WARN.
/* .IP content
/*	MESG (data: offset of the XTRA record, fixed width), then the
/*	message as NORM (a complete line, without newline) and CONT (a
/*	piece of a line that goes on in the next record).
/* .IP extracted
/*	XTRA, then recipients extracted from headers (sendmail -t) and
/*	other late envelope data, then END.
/* .PP
/*	A file without END is never delivered: it is incomplete (still
/*	being written, or left by a crash) and goes to corrupt/ or is
/*	removed as an abandoned submission.
/*--*/

#ifndef _REC_TYPE_H_INCLUDED_
#define _REC_TYPE_H_INCLUDED_

#define REC_TYPE_SIZE	'C'		/* first record, fixed width */
#define REC_TYPE_TIME	'T'		/* arrival time "sec usec" */
#define REC_TYPE_CTIME	'c'		/* file creation time */
#define REC_TYPE_FULL	'F'		/* sender full name */
#define REC_TYPE_FROM	'S'		/* envelope sender */
#define REC_TYPE_ATTR	'A'		/* named attribute "name=value" */
#define REC_TYPE_ORCP	'O'		/* original recipient */
#define REC_TYPE_RCPT	'R'		/* recipient, to do */
#define REC_TYPE_DONE	'D'		/* recipient, done */
#define REC_TYPE_DRCP	'@'		/* recipient, removed (duplicate) */
#define REC_TYPE_DSN_ORCPT 'o'		/* DSN ORCPT for the next RCPT */
#define REC_TYPE_DSN_NOTIFY 'n'		/* DSN NOTIFY bits for the next RCPT */
#define REC_TYPE_WARN	'W'		/* time of the delay warning */
#define REC_TYPE_MESG	'M'		/* start of content */
#define REC_TYPE_NORM	'N'		/* complete content line */
#define REC_TYPE_CONT	'L'		/* partial content line */
#define REC_TYPE_XTRA	'X'		/* start of extracted section */
#define REC_TYPE_END	'E'		/* end of file */

 /*
  * Pseudo types returned by the reader.
  */
#define REC_TYPE_EOF	(-1)		/* clean end of input */
#define REC_TYPE_ERROR	(-2)		/* I/O error, bad length, bad type */

 /*
  * Fixed widths, so that a record can be rewritten in place.
  */
#define REC_TYPE_SIZE_FORMAT	"%15ld %15ld %15ld %15ld %15ld"
#define REC_TYPE_MESG_FORMAT	"%15ld"

 /*
  * Well-known ATTR names.
  */
#define MAIL_ATTR_ENVID		"envelope_id"	/* DSN ENVID */
#define MAIL_ATTR_RET		"dsn_ret"	/* DSN RET: 1 full, 2 hdrs */
#define MAIL_ATTR_ENCODING	"encoding"	/* 7bit, 8bit */
#define MAIL_ATTR_LOG_IDENT	"log_ident"
#define MAIL_ATTR_RWR_CONTEXT	"rewrite_context"	/* local, remote */
#define MAIL_ATTR_TRACE_FLAGS	"trace_flags"	/* sendmail -bv, -v */
#define MAIL_ATTR_SMTPUTF8	"smtputf8"

extern int rec_type_known(int);
extern const char *rec_type_name(int);

#endif
