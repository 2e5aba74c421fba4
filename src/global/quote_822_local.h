/*++
/* NAME
/*	quote_822_local 3h
/* SUMMARY
/*	quote and unquote the local part of an address
/* SYNOPSIS
/*	#include <quote_822_local.h>
/*--*/

#ifndef _QUOTE_822_LOCAL_H_INCLUDED_
#define _QUOTE_822_LOCAL_H_INCLUDED_

#include <vstring.h>

extern const char *quote_822_local(VSTRING *, const char *);
extern const char *unquote_822_local(VSTRING *, const char *);

#endif
