/*++
/* NAME
/*	mkmap 3h
/* SUMMARY
/*	build or update an indexed lookup table atomically
/* SYNOPSIS
/*	#include <mkmap.h>
/*--*/

#ifndef _MKMAP_H_INCLUDED_
#define _MKMAP_H_INCLUDED_

#include <sys_defs.h>
#include <sys/stat.h>
#include <vstring.h>

typedef struct MKMAP {
    char   *type;			/* as the user wrote it: "hash" */
    char   *name;			/* table name, without suffix */
    int     dict_flags;			/* DICT_FLAG_* */
    VSTRING *why;			/* caller's buffer for errors */
    VSTRING *key_buf;			/* key as stored */
    VSTRING *value_buf;			/* value as stored */
    /* Type-specific operations on stored (folded, terminated) data. */
    int     (*put) (struct MKMAP *, const char *, size_t, const char *, size_t);
    int     (*delete) (struct MKMAP *, const char *, size_t);
    int     (*commit) (struct MKMAP *);
    void    (*abort) (struct MKMAP *);
} MKMAP;

 /*
  * Results of mkmap_put().
  */
#define MKMAP_ERROR	(-1)		/* I/O error, see why */
#define MKMAP_ADDED	0		/* new key */
#define MKMAP_KEPT	1		/* duplicate, the old value stays */
#define MKMAP_REPLACED	2		/* duplicate, the new value won */
#define MKMAP_TOO_LONG	3		/* key or value over the lookup limits */

extern MKMAP *mkmap_open(const char *, const char *, int, mode_t, int, VSTRING *);
extern int mkmap_put(MKMAP *, const char *, const char *);
extern int mkmap_delete(MKMAP *, const char *);
extern int mkmap_commit(MKMAP *);
extern void mkmap_abort(MKMAP *);

 /*
  * For the type implementations.
  */
extern MKMAP *mkmap_alloc(const char *, const char *, size_t, int, VSTRING *);
extern void mkmap_free(MKMAP *);
extern MKMAP *mkmap_cdb_open(const char *, const char *, int, mode_t, int, VSTRING *);

#endif
