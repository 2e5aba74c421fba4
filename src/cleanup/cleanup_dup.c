/*++
/* NAME
/*	cleanup_dup 3
/* SUMMARY
/*	duplicate recipient filter in fixed memory
/* SYNOPSIS
/*	#include "cleanup.h"
/*
/*	void	cleanup_dup_init(limit)
/*	int	limit;
/*
/*	void	cleanup_dup_reset()
/*
/*	int	cleanup_dup_seen(addr)
/*	const char *addr;
/* DESCRIPTION
/*	The filter remembers up to duplicate_filter_limit recipient
/*	addresses of one message (exact strings) in memory set aside at
/*	start-up: an open-addressing table of twice that many slots and
/*	an arena of CLEANUP_DUP_AVG bytes per address, in pages of their
/*	own (mymalloc_pages(3)), so that a message with few recipients
/*	costs few pages. When either is full, later addresses are not
/*	remembered (and so never dropped), as Postfix stops filtering
/*	at the limit. A limit of 0 turns the filter off.
/*
/*	cleanup_dup_reset() forgets everything (a new message). It
/*	clears only the table slots that the remembered addresses took.
/*
/*	cleanup_dup_seen() returns 1 when the address was seen before
/*	in this message, else remembers it and returns 0.
/*--*/

/* System library. */

#include <sys_defs.h>
#include <string.h>

/* Utility library. */

#include <mymalloc.h>

/* Application-specific. */

#include "cleanup.h"

#define CLEANUP_DUP_AVG	128		/* arena bytes per address */

static int cleanup_dup_limit;
static int cleanup_dup_count;
static int cleanup_dup_slots;
static int *cleanup_dup_table;		/* arena offset + 1, or 0 */
static char *cleanup_dup_arena;
static size_t cleanup_dup_arena_size;
static size_t cleanup_dup_arena_used;

/* cleanup_dup_init - set the memory aside */

void    cleanup_dup_init(int limit)
{
    size_t  table_size;

    cleanup_dup_limit = limit > 0 ? limit : 0;
    if (cleanup_dup_limit == 0)
	return;
    cleanup_dup_slots = 2 * cleanup_dup_limit;
    table_size = cleanup_dup_slots * sizeof(int);
    cleanup_dup_arena_size = (size_t) cleanup_dup_limit * CLEANUP_DUP_AVG;
    cleanup_dup_table = (int *) mymalloc_pages(table_size
					       + cleanup_dup_arena_size);
    cleanup_dup_arena = (char *) cleanup_dup_table + table_size;
}

/* cleanup_dup_hash - FNV-1a */

static unsigned cleanup_dup_hash(const char *addr)
{
    unsigned h = 2166136261U;

    while (*addr)
	h = (h ^ (unsigned char) *addr++) * 16777619U;
    return (h);
}

/* cleanup_dup_reset - forget every address */

void    cleanup_dup_reset(void)
{
    size_t  offset;
    unsigned slot;

    /*
     * Each address in the arena owns one slot on its probe sequence. The
     * slot is found again by its value, not by an empty slot, so clearing
     * in any order is safe.
     */
    for (offset = 0; offset < cleanup_dup_arena_used;
	 offset += strlen(cleanup_dup_arena + offset) + 1) {
	slot = cleanup_dup_hash(cleanup_dup_arena + offset)
	    % (unsigned) cleanup_dup_slots;
	while (cleanup_dup_table[slot] != (int) offset + 1)
	    slot = (slot + 1) % (unsigned) cleanup_dup_slots;
	cleanup_dup_table[slot] = 0;
    }
    cleanup_dup_count = 0;
    cleanup_dup_arena_used = 0;
}

/* cleanup_dup_seen - look up, and remember when new */

int     cleanup_dup_seen(const char *addr)
{
    size_t  len = strlen(addr) + 1;
    unsigned slot;

    if (cleanup_dup_limit == 0)
	return (0);
    slot = cleanup_dup_hash(addr) % (unsigned) cleanup_dup_slots;
    while (cleanup_dup_table[slot] != 0) {
	if (strcmp(cleanup_dup_arena + cleanup_dup_table[slot] - 1, addr) == 0)
	    return (1);
	slot = (slot + 1) % (unsigned) cleanup_dup_slots;
    }
    if (cleanup_dup_count >= cleanup_dup_limit
	|| cleanup_dup_arena_used + len > cleanup_dup_arena_size)
	return (0);
    memcpy(cleanup_dup_arena + cleanup_dup_arena_used, addr, len);
    cleanup_dup_table[slot] = (int) cleanup_dup_arena_used + 1;
    cleanup_dup_arena_used += len;
    cleanup_dup_count++;
    return (0);
}
