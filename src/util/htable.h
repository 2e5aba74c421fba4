/*++
/* NAME
/*	htable 3h
/* SUMMARY
/*	hash table keyed by string
/* SYNOPSIS
/*	#include <htable.h>
/*--*/

#ifndef _HTABLE_H_INCLUDED_
#define _HTABLE_H_INCLUDED_

#include <sys_defs.h>

typedef struct HTABLE_INFO {
    char   *key;			/* private copy */
    void   *value;			/* caller's data */
    struct HTABLE_INFO *next;		/* same bucket */
} HTABLE_INFO;

typedef struct HTABLE {
    size_t  size;			/* buckets */
    size_t  used;			/* entries */
    HTABLE_INFO **data;
} HTABLE;

typedef void (*HTABLE_FREE_FN) (void *);

extern HTABLE *htable_create(size_t);
extern HTABLE_INFO *htable_enter(HTABLE *, const char *, void *);
extern HTABLE_INFO *htable_locate(HTABLE *, const char *);
extern void *htable_find(HTABLE *, const char *);
extern void htable_delete(HTABLE *, const char *, HTABLE_FREE_FN);
extern void htable_free(HTABLE *, HTABLE_FREE_FN);
extern HTABLE_INFO **htable_list(HTABLE *);
extern HTABLE_INFO **htable_sorted_list(HTABLE *);

#endif
