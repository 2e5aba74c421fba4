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
/*	void	pool_trim(pool)
/*	POOL	*pool;
/*
/*	int	pool_owns(pool, ptr)
/*	POOL	*pool;
/*	const void *ptr;
/*
/*	const char *pool_name(pool)
/*	int	pool_touched(pool)
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
/*	pool_alloc() and pool_free() take constant time. A free object
/*	holds the index of the next free one in its first bytes (the
/*	free list costs no memory of its own), and one bit per object,
/*	in front of the objects, tells which are in use, so that a
/*	double free is caught; a free list that a stray write has
/*	damaged is caught when it is followed. A freed object is the
/*	next one handed out, and objects never used yet are handed out
/*	in order only when the list is empty: the pages a pool touches
/*	(its resident memory) follow its peak use, not its size, and
/*	stay the same once that peak has been reached. Objects are
/*	aligned for any type (POOL_ALIGN) and their contents are
/*	undefined after pool_alloc() and pool_free().
/*
/*	pool_create() takes the pool's objects from pages of their own
/*	(mymalloc_pages()): nothing is written there before an object
/*	is used, so an idle pool costs no memory however large it is.
/*	pool_destroy() releases them (every object of the pool becomes
/*	invalid).
/*
/*	pool_init() places a pool in memory that the caller owns: the
/*	POOL structure itself and memlen bytes at mem, which must be at
/*	least pool_mem_size(objsize, count). The memory needs no
/*	particular alignment and no initial content (a static char
/*	array will do) and must outlive the pool; nothing is allocated.
/*
/*	pool_trim() gives the memory of an idle pool back: when no
/*	object is in use, the pages of a pool_create() pool return to
/*	the kernel (they come back, zeroed, when they are used again),
/*	and objects are handed out from the first one again. It does
/*	nothing while an object is in use.
/*
/*	pool_owns() tells whether ptr is an object of this pool, free or
/*	in use.
/*
/*	The macros report the name, the number of objects that were
/*	ever handed out since pool_create(), pool_init() or the last
/*	pool_trim() (what the pool has touched), the number of objects,
/*	the object size, the objects now in use, the most that were ever
/*	in use at the same time, and the number of pool_alloc() calls
/*	that found the pool exhausted.
/*
/*	Bounded strings on top of a pool: allocate an object of the
/*	line length limit and wrap it with vstring_init_mem().
/* DIAGNOSTICS
/*	Panic: a size or count that is zero or too large, too little
/*	memory for pool_init(), pool_free() of a pointer that is not an
/*	object of the pool or of an object that is already free, a
/*	damaged free list, pool_destroy() of a pool in caller-owned
/*	memory. Out of memory in pool_create() is fatal.
/*--*/

#include <sys_defs.h>
#include <stdint.h>
#include <limits.h>

#include <msg.h>
#include <mymalloc.h>
#include <pool.h>

#define POOL_BITS	(CHAR_BIT)	/* in-use bits per map byte */
#define POOL_SLOT_LINK(pool, slot) \
	((int *) ((pool)->base + (pool)->slotsize * (slot)))

/* pool_slot_size - object size rounded up for alignment, or 0 */

static size_t pool_slot_size(size_t objsize)
{
    if (objsize > SIZE_MAX / 2)
	return (0);
    return ((objsize + POOL_ALIGN - 1) / POOL_ALIGN * POOL_ALIGN);
}

/* pool_map_size - bytes of the in-use map */

static size_t pool_map_size(int count)
{
    return (((size_t) count + POOL_BITS - 1) / POOL_BITS);
}

/* pool_mem_size - bytes needed for pool_init() */

size_t  pool_mem_size(size_t objsize, int count)
{
    size_t  slotsize = pool_slot_size(objsize);

    if (objsize < 1 || slotsize == 0 || count < 1
	|| (size_t) count > (SIZE_MAX / 4) / slotsize)
	msg_panic("pool_mem_size: bad object size %lu or count %d",
		  (unsigned long) objsize, count);
    return (pool_map_size(count) + POOL_ALIGN - 1 + slotsize * count);
}

/* pool_init - place a pool in caller-owned memory */

void    pool_init(POOL *pool, const char *name, size_t objsize, int count,
		          void *mem, size_t memlen)
{
    size_t  need = pool_mem_size(objsize, count);
    uintptr_t addr = (uintptr_t) mem + pool_map_size(count);

    if (memlen < need)
	msg_panic("pool_init: %s: need %lu bytes, got %lu",
		  name, (unsigned long) need, (unsigned long) memlen);
    addr = (addr + POOL_ALIGN - 1) / POOL_ALIGN * POOL_ALIGN;
    pool->name = name;
    pool->mem = mem;
    pool->busy = (unsigned char *) mem;
    pool->base = (char *) addr;
    pool->objsize = objsize;
    pool->slotsize = pool_slot_size(objsize);
    pool->count = count;
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

    pool_init(pool, name, objsize, count, mymalloc_pages(memlen), memlen);
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
    myfree_pages(pool->mem, pool_mem_size(pool->objsize, pool->count));
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

/* pool_busy - is a slot that was handed out before in use */

static int pool_busy(POOL *pool, int slot)
{
    return ((pool->busy[slot / POOL_BITS] >> (slot % POOL_BITS)) & 1);
}

/* pool_mark - set or clear the in-use bit of a slot */

static void pool_mark(POOL *pool, int slot, int busy)
{
    unsigned char bit = 1U << (slot % POOL_BITS);

    if (busy)
	pool->busy[slot / POOL_BITS] |= bit;
    else
	pool->busy[slot / POOL_BITS] &= ~bit;
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
    int     next;

    if (slot >= 0) {
	next = *POOL_SLOT_LINK(pool, slot);
	if (pool_busy(pool, slot) || next < -1 || next >= pool->fresh)
	    msg_panic("pool_alloc: %s: free list damaged at object %d",
		      pool->name, slot);
	pool->free_head = next;
    } else if (pool->fresh < pool->count) {
	slot = pool->fresh++;			/* never used before */
    } else {
	pool->failures++;
	if (msg_verbose)
	    msg_info("pool_alloc: %s: all %d objects in use",
		     pool->name, pool->count);
	return (0);
    }
    pool_mark(pool, slot, 1);
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
    if (slot >= pool->fresh || !pool_busy(pool, slot))
	msg_panic("pool_free: %s: object %d is already free",
		  pool->name, slot);
    pool_mark(pool, slot, 0);
    *POOL_SLOT_LINK(pool, slot) = pool->free_head;
    pool->free_head = slot;
    pool->in_use--;
}

/* pool_trim - give the pages of an idle pool back */

void    pool_trim(POOL *pool)
{
    size_t  touched;

    if (pool->in_use > 0 || pool->fresh == 0)
	return;
    if (pool->flags & POOL_FLAG_OWNED) {
	touched = (size_t) (pool->base - (char *) pool->mem)
	    + pool->slotsize * pool->fresh;
	mytrim_pages(pool->mem, touched);
    }
    pool->free_head = -1;
    pool->fresh = 0;
}
