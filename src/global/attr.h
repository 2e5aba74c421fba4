/*++
/* NAME
/*	attr 3h
/* SUMMARY
/*	attribute lists: the IPC protocol between Postlet processes
/* SYNOPSIS
/*	#include <attr.h>
/*
/*	int	attr_print(fp, flags, type, name, value, ..., ATTR_TYPE_END)
/*	int	attr_scan(fp, flags, type, name, &value, ..., ATTR_TYPE_END)
/* DESCRIPTION
/*	Requests and replies between Postlet processes are lists of
/*	named attributes on a VSTREAM. On the wire each attribute is one
/*	line "name=value\n"; a list ends with an empty line. Names are
/*	[a-z0-9_]; values may hold any byte except newline and NUL
/*	(attr_print() refuses to send one, as a panic: it is a bug).
/*
/*	attr_print() sends a list and, unless ATTR_FLAG_MORE, the empty
/*	line, then flushes. Arguments come in groups made by the
/*	SEND_ATTR_* macros.
/*
/*	attr_scan() receives a list into RECV_ATTR_* targets. By
/*	default the names must arrive exactly in the order given, every
/*	one present, and the list must end there (ATTR_FLAG_STRICT);
/*	ATTR_FLAG_MISSING allows absent trailing attributes,
/*	ATTR_FLAG_EXTRA skips unknown ones, ATTR_FLAG_MORE stops after
/*	the listed names without reading the end of the list. Values are
/*	read into bounded buffers (ATTR_VALUE_MAX); an over-long value,
/*	a bad number, a malformed line, a wrong or missing name is a
/*	protocol error: attr_scan() logs one warning naming the
/*	attribute and returns -1. Otherwise it returns the number of
/*	attributes stored; 0 at end of input before the first one.
/*	Interprocess messages are parsed strictly, never guessed at.
/*
/*	ATTR_TYPE_LONG carries a long long on every board, so that
/*	times (seconds since the epoch) and sizes keep 64 bits where
/*	long has 32 (mips, armhf): on the wire it is the same decimal
/*	text as an int. RECV_ATTR_LONG() accepts only a long long
/*	target; a pointer to any other type does not compile.
/*--*/

#ifndef _ATTR_H_INCLUDED_
#define _ATTR_H_INCLUDED_

#include <stdarg.h>
#include <vstream.h>
#include <vstring.h>

#define ATTR_TYPE_END	0		/* end of arguments */
#define ATTR_TYPE_INT	1		/* int */
#define ATTR_TYPE_STR	2		/* char * / VSTRING * */
#define ATTR_TYPE_LONG	3		/* long long */

#define SEND_ATTR_INT(name, val)	ATTR_TYPE_INT, (name), (int) (val)
#define SEND_ATTR_STR(name, val)	ATTR_TYPE_STR, (name), (const char *) (val)
#define SEND_ATTR_LONG(name, val)	ATTR_TYPE_LONG, (name), (long long) (val)
#define RECV_ATTR_INT(name, val)	ATTR_TYPE_INT, (name), (int *) (val)
#define RECV_ATTR_STR(name, val)	ATTR_TYPE_STR, (name), (VSTRING *) (val)
#define RECV_ATTR_LONG(name, val)	ATTR_TYPE_LONG, (name), attr_long_target(val)

#define ATTR_FLAG_NONE		0
#define ATTR_FLAG_MISSING	(1<<0)	/* absent attributes are OK */
#define ATTR_FLAG_EXTRA		(1<<1)	/* skip unknown attributes */
#define ATTR_FLAG_MORE		(1<<2)	/* list continues */
#define ATTR_FLAG_STRICT	0	/* the default */

#define ATTR_NAME_MAX	64		/* longest attribute name */
#define ATTR_VALUE_MAX	4096		/* longest attribute value */

/* attr_long_target - a LONG target must be a long long: no silent cast */

static inline long long *attr_long_target(long long *target)
{
    return (target);
}

extern int attr_print(VSTREAM *, int,...);
extern int attr_vprint(VSTREAM *, int, va_list);
extern int attr_scan(VSTREAM *, int,...);
extern int attr_vscan(VSTREAM *, int, va_list);

#endif
