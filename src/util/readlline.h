/*++
/* NAME
/*	readlline 3h
/* SUMMARY
/*	read logical lines
/* SYNOPSIS
/*	#include <readlline.h>
/*--*/

#ifndef _READLLINE_H_INCLUDED_
#define _READLLINE_H_INCLUDED_

#include <sys_defs.h>
#include <stdio.h>
#include <vstring.h>

extern VSTRING *readllines(VSTRING *, FILE *, const char *, int *, int *);
extern int vstring_get_nonl(VSTRING *, FILE *);

#endif
