/*++
/* NAME
/*	record 3h
/* SUMMARY
/*	queue file record I/O
/* SYNOPSIS
/*	#include <record.h>
/* DESCRIPTION
/*	rec_put() writes one record (see rec_type(3h) for the format);
/*	it returns the type, or REC_TYPE_ERROR. rec_fputs() and
/*	rec_fprintf() are conveniences for text records.
/*
/*	rec_get() reads one record into buf, at most maxlen data bytes
/*	(0: no limit besides the buffer's own; a longer record is an
/*	error, not a truncation); it returns the type, REC_TYPE_EOF at a
/*	clean end of input, or REC_TYPE_ERROR for an I/O error, a bad
/*	length or an unknown type (with a warning that names the
/*	stream). Input is never trusted: maildrop files are written by
/*	any local user.
/*
/*	rec_goto() and friends are not needed: readers seek with
/*	vstream_fseek() to offsets saved from vstream_ftell().
/*--*/

#ifndef _RECORD_H_INCLUDED_
#define _RECORD_H_INCLUDED_

#include <vstream.h>
#include <vstring.h>
#include <rec_type.h>

extern int rec_put(VSTREAM *, int, const char *, ssize_t);
extern int rec_fputs(VSTREAM *, int, const char *);
extern int PRINTFLIKE(3, 4) rec_fprintf(VSTREAM *, int, const char *,...);
extern int rec_get(VSTREAM *, VSTRING *, ssize_t);

#endif
