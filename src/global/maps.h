/*++
/* NAME
/*	maps 3h
/* SUMMARY
/*	a list of lookup tables searched in order
/* SYNOPSIS
/*	#include <maps.h>
/*--*/

#ifndef _MAPS_H_INCLUDED_
#define _MAPS_H_INCLUDED_

#include <sys_defs.h>
#include <dict.h>

typedef struct MAPS {
    char   *title;			/* parameter name, for diagnostics */
    DICT  **dicts;			/* the tables, in search order */
    int     count;
    int     error;			/* DICT_ERR_* of the last search */
} MAPS;

extern MAPS *maps_create(const char *, const char *, int);
extern const char *maps_find(MAPS *, const char *, int);
extern void maps_free(MAPS *);

#endif
