/*++
/* NAME
/*	pool 3
/* SUMMARY
/*	fixed-size object pools
/* SYNOPSIS
/*	#include <pool.h>
/*
/*	POOL	*pool_create(name, objsize, count)
/*	const char *name;
/*	size_t	objsize;
/*	int	count;
/*
/*	void	pool_destroy(pool)
/*	POOL	*pool;
/*
/*	size_t	pool_mem_size(objsize, count)
/*	size_t	objsize;
/*	int	count;
/*
/*	void	pool_init(pool, name, objsize, count, mem, memlen)
/*	POOL	*pool;
/*	const char *name;
/*	size_t	objsize;
/*	int	count;
/*	void	*mem;
/*	size_t	memlen;
/*
/*	void	*pool_alloc(pool)
/*	POOL	*pool;
/*
/*	void	pool_free(pool, ptr)
/*	POOL	*pool;
/*	void	*ptr;
/*
/*	int	pool_owns(pool, ptr)
/*	POOL	*pool;
/*	const void *ptr;
/*
/*	const char *pool_name(pool)
/*	int	pool_count(pool)
/*	size_t	pool_objsize(pool)
/*	int	pool_in_use(pool)
/*	int	pool_high_water(pool)
/*	unsigned long pool_failures(pool)
/* DESCRIPTION
/*	A pool holds a fixed number of objects of one size. It is sized
/*	once, at program start-up, from the configured limits, and never
/*	grows: this is how a daemon bounds its memory. When every object
/*	is in use, pool_alloc() returns a null pointer and the caller
/*	applies back-pressure (leaves mail in the queue, answers 4xx,
/*	stops accepting connections); it never falls back to malloc().
/*
/*	pool_alloc() and pool_free() take constant time: free objects
/*	are kept on a list threaded through an index array beside the
/*	objects, so that a stray write into a freed object cannot
/*	corrupt the pool itself. A freed object is the next one handed
/*	out, and objects never used yet are handed out in order only
/*	when the list is empty: the pages a pool touches (its resident
/*	memory) follow its peak use, not its size, and stay the same
/*	once that peak has been reached. Objects are aligned for any type
/*	(POOL_ALIGN) and their contents are undefined after
/*	pool_alloc().
/*
/*	pool_create() allocates the pool and all its objects with one
/*	mymalloc() call; pool_destroy() releases them (every object of
/*	the pool becomes invalid).
/*
/*	pool_init() places a pool in memory that the caller owns: the
/*	POOL structure itself and memlen bytes at mem, which must be at
/*	least pool_mem_size(objsize, count). The memory needs no
/*	particular alignment (a static char array will do) and must
/*	outlive the pool; nothing is allocated.
/*
/*	pool_owns() tells whether ptr is an object of this pool, free or
/*	in use.
/*
/*	The macros report the name, the number of objects, the object
/*	size, the objects now in use, the most that were ever in use at
/*	the same time, and the number of pool_alloc() calls that found
/*	the pool exhausted.
/*
/*	Bounded strings on top of a pool: allocate an object of the
/*	line length limit and wrap it with vstring_init_mem().
/* DIAGNOSTICS
/*	Panic: a size or count that is zero or too large, too little
/*	memory for pool_init(), pool_free() of a pointer that is not an
/*	object of the pool or of an object that is already free,
/*	pool_destroy() of a pool in caller-owned memory. Out of memory
/*	in pool_create() is fatal.
/*--*/

#include <sys_defs.h>
#include <stdint.h>
#include <limits.h>

#include <msg.h>
#include <mymalloc.h>
#include <pool.h>

#define POOL_SLOT_BUSY	(-2)		/* next[] value of an object in use */

/* pool_slot_size - object size rounded up for alignment, or 0 */

static size_t pool_slot_size(size_t objsize)
{
    if (objsize > SIZE_MAX / 2)
	return (0);
    return ((objsize + POOL_ALIGN - 1) / POOL_ALIGN * POOL_ALIGN);
}

/* pool_mem_size - bytes needed for pool_init() */

size_t  pool_mem_size(size_t objsize, int count)
{
    size_t  slotsize = pool_slot_size(objsize);
    size_t  per_object = slotsize + sizeof(int);

    if (objsize < 1 || slotsize == 0 || count < 1
	|| (size_t) count > (SIZE_MAX / 2) / per_object)
	msg_panic("pool_mem_size: bad object size %lu or count %d",
		  (unsigned long) objsize, count);
    return (per_object * count + POOL_ALIGN - 1);
}

/* pool_init - place a pool in caller-owned memory */

void    pool_init(POOL *pool, const char *name, size_t objsize, int count,
		          void *mem, size_t memlen)
{
    size_t  need = pool_mem_size(objsize, count);
    uintptr_t addr = (uintptr_t) mem;

    if (memlen < need)
	msg_panic("pool_init: %s: need %lu bytes, got %lu",
		  name, (unsigned long) need, (unsigned long) memlen);
    addr = (addr + POOL_ALIGN - 1) / POOL_ALIGN * POOL_ALIGN;
    pool->name = name;
    pool->mem = mem;
    pool->objsize = objsize;
    pool->slotsize = pool_slot_size(objsize);
    pool->count = count;
    pool->base = (char *) addr;
    pool->next = (int *) (pool->base + pool->slotsize * count);
    pool->free_head = -1;
    pool->fresh = 0;
    pool->in_use = 0;
    pool->high_water = 0;
    pool->failures = 0;
    pool->flags = 0;
}

/* pool_create - allocate a pool and its objects */

POOL   *pool_create(const char *name, size_t objsize, int count)
{
    size_t  memlen = pool_mem_size(objsize, count);
    POOL   *pool = mymalloc(sizeof(*pool));

    pool_init(pool, name, objsize, count, mymalloc(memlen), memlen);
    pool->flags |= POOL_FLAG_OWNED;
    if (msg_verbose)
	msg_info("pool_create: %s: %d objects of %lu bytes",
		 name, count, (unsigned long) objsize);
    return (pool);
}

/* pool_destroy - release a pool made by pool_create() */

void    pool_destroy(POOL *pool)
{
    if ((pool->flags & POOL_FLAG_OWNED) == 0)
	msg_panic("pool_destroy: %s: pool does not own its memory", pool->name);
    myfree(pool->mem);
    myfree(pool);
}

/* pool_slot - object index of ptr, or -1 */

static int pool_slot(POOL *pool, const void *ptr)
{
    uintptr_t addr = (uintptr_t) ptr;
    uintptr_t base = (uintptr_t) pool->base;
    uintptr_t offset;

    if (addr < base)
	return (-1);
    offset = addr - base;
    if (offset >= pool->slotsize * pool->count || offset % pool->slotsize)
	return (-1);
    return ((int) (offset / pool->slotsize));
}

/* pool_owns - is ptr an object of this pool */

int     pool_owns(POOL *pool, const void *ptr)
{
    return (pool_slot(pool, ptr) >= 0);
}

/* pool_alloc - take a free object, or null when exhausted */

void   *pool_alloc(POOL *pool)
{
    int     slot = pool->free_head;

    if (slot < 0 && pool->fresh < pool->count)
	slot = pool->fresh++;			/* never used before */
    else if (slot >= 0)
	pool->free_head = pool->next[slot];
    if (slot < 0) {
	pool->failures++;
	if (msg_verbose)
	    msg_info("pool_alloc: %s: all %d objects in use",
		     pool->name, pool->count);
	return (0);
    }
    pool->next[slot] = POOL_SLOT_BUSY;
    if (++pool->in_use > pool->high_water)
	pool->high_water = pool->in_use;
    return (pool->base + pool->slotsize * slot);
}

/* pool_free - return an object to its pool */

void    pool_free(POOL *pool, void *ptr)
{
    int     slot = pool_slot(pool, ptr);

    if (slot < 0)
	msg_panic("pool_free: %s: pointer %p is not an object of this pool",
		  pool->name, ptr);
    if (slot >= pool->fresh || pool->next[slot] != POOL_SLOT_BUSY)
	msg_panic("pool_free: %s: object %d is already free",
		  pool->name, slot);
    pool->next[slot] = pool->free_head;
    pool->free_head = slot;
    pool->in_use--;
}
