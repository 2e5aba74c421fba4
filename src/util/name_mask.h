/*++
/* NAME
/*	name_mask 3h
/* SUMMARY
/*	a list of names as a bit mask
/* SYNOPSIS
/*	#include <name_mask.h>
/* DESCRIPTION
/*	See name_mask(3).
/*--*/

#ifndef _NAME_MASK_H_INCLUDED_
#define _NAME_MASK_H_INCLUDED_

typedef struct NAME_MASK {
    const char *name;
    int     mask;
} NAME_MASK;

#define NAME_MASK_WARN	(1<<0)		/* warn about unknown names */

extern int name_mask(const char *, const NAME_MASK *, const char *, int);

#endif
