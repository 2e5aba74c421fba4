/*++
/* NAME
/*	pool 3h
/* SUMMARY
/*	fixed-size object pools
/* SYNOPSIS
/*	#include <pool.h>
/*--*/

#ifndef _POOL_H_INCLUDED_
#define _POOL_H_INCLUDED_

#include <sys_defs.h>

 /*
  * The structure is public so that a caller can place it (static data, a
  * member of a larger structure) together with the memory of pool_init().
  * Only this module changes the members; use the macros below to read
  * them.
  */
typedef struct POOL {
    const char *name;			/* for diagnostics */
    void   *mem;			/* memory given to pool_init() */
    unsigned char *busy;		/* in-use bit per slot */
    char   *base;			/* first object */
    size_t  objsize;			/* object size asked for */
    size_t  slotsize;			/* object size, rounded for alignment */
    int     count;			/* number of objects */
    int     free_head;			/* first free slot, or -1 */
    int     fresh;			/* slots from here on never used */
    int     in_use;			/* objects handed out */
    int     high_water;			/* largest in_use ever */
    unsigned long failures;		/* pool_alloc() calls that failed */
    int     flags;
} POOL;

#define POOL_FLAG_OWNED	(1<<0)		/* pool_create() allocated the memory */

 /*
  * Every object is aligned for any type.
  */
#define POOL_ALIGN	(_Alignof(max_align_t))

extern POOL *pool_create(const char *, size_t, int);
extern void pool_destroy(POOL *);
extern size_t pool_mem_size(size_t, int);
extern void pool_init(POOL *, const char *, size_t, int, void *, size_t);
extern void *pool_alloc(POOL *);
extern void pool_free(POOL *, void *);
extern int pool_owns(POOL *, const void *);
extern void pool_trim(POOL *);

#define pool_name(p)		((p)->name)
#define pool_touched(p)		((p)->fresh)
#define pool_count(p)		((p)->count)
#define pool_objsize(p)		((p)->objsize)
#define pool_in_use(p)		((p)->in_use)
#define pool_high_water(p)	((p)->high_water)
#define pool_failures(p)	((p)->failures)

#endif
