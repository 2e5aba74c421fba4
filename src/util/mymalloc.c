/*++
/* NAME
/*	mymalloc 3
/* SUMMARY
/*	start-up memory allocation that never returns NULL
/* SYNOPSIS
/*	#include <mymalloc.h>
/*
/*	void	*mymalloc(len)
/*	void	*mycalloc(nmemb, size)
/*	void	*myrealloc(ptr, len)
/*	void	myfree(ptr)
/*	char	*mystrdup(str)
/*	char	*mystrndup(str, len)
/*	void	*mymemdup(ptr, len)
/*
/*	void	*mymalloc_pages(len)
/*	void	mytrim_pages(ptr, len)
/*	void	myfree_pages(ptr, len)
/* DESCRIPTION
/*	These wrappers are for start-up work and for the command-line
/*	tools: reading configuration, opening tables, sizing pools.
/*	Daemons do not call them on a per-message path; that memory
/*	comes from the fixed pools (pool(3)).
/*
/*	mystrndup() copies at most len bytes and null-terminates.
/*
/*	mymalloc_pages() gives memory in pages of its own (an anonymous
/*	mapping): page-aligned, zero-filled, and private memory only
/*	where it is written. It suits tables and buffers that are sized
/*	for the worst case and mostly stay unused: malloc(3) would write
/*	its bookkeeping at both ends of such a block, and calloc(3) may
/*	clear all of it. mytrim_pages() gives the pages of the first len
/*	bytes back to the kernel: the memory stays valid and reads as
/*	zero until it is written again. myfree_pages() releases it; len
/*	must be the length that was asked for.
/* DIAGNOSTICS
/*	Out of memory is fatal; a zero or absurd length is a panic.
/*--*/

#include <sys_defs.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sys/mman.h>

#include <msg.h>
#include <mymalloc.h>

#define MYMALLOC_MAX	(SIZE_MAX / 2)

/* mymalloc - allocate or die */

void   *mymalloc(size_t len)
{
    void   *ptr;

    if (len < 1 || len > MYMALLOC_MAX)
	msg_panic("mymalloc: requested length %lu", (unsigned long) len);
    if ((ptr = malloc(len)) == 0)
	msg_fatal("mymalloc: insufficient memory for %lu bytes: %m",
		  (unsigned long) len);
    return (ptr);
}

/* mycalloc - allocate zeroed array or die */

void   *mycalloc(size_t nmemb, size_t size)
{
    void   *ptr;

    if (nmemb < 1 || size < 1 || nmemb > MYMALLOC_MAX / size)
	msg_panic("mycalloc: requested %lu x %lu",
		  (unsigned long) nmemb, (unsigned long) size);
    if ((ptr = calloc(nmemb, size)) == 0)
	msg_fatal("mycalloc: insufficient memory for %lu x %lu bytes: %m",
		  (unsigned long) nmemb, (unsigned long) size);
    return (ptr);
}

/* myrealloc - resize or die */

void   *myrealloc(void *ptr, size_t len)
{
    if (ptr == 0)
	return (mymalloc(len));
    if (len < 1 || len > MYMALLOC_MAX)
	msg_panic("myrealloc: requested length %lu", (unsigned long) len);
    if ((ptr = realloc(ptr, len)) == 0)
	msg_fatal("myrealloc: insufficient memory for %lu bytes: %m",
		  (unsigned long) len);
    return (ptr);
}

/* myfree - release memory */

void    myfree(void *ptr)
{
    free(ptr);
}

/* mystrdup - copy a string */

char   *mystrdup(const char *str)
{
    return (mymemdup(str, strlen(str) + 1));
}

/* mystrndup - copy at most len bytes of a string */

char   *mystrndup(const char *str, size_t len)
{
    const char *end = memchr(str, 0, len);
    char   *result;

    if (end)
	len = end - str;
    result = mymalloc(len + 1);
    memcpy(result, str, len);
    result[len] = 0;
    return (result);
}

/* mymemdup - copy a memory block */

void   *mymemdup(const void *ptr, size_t len)
{
    return (memcpy(mymalloc(len ? len : 1), ptr, len));
}

/* mymalloc_pages - zero-filled pages of their own */

void   *mymalloc_pages(size_t len)
{
    void   *ptr;

    if (len < 1 || len > MYMALLOC_MAX)
	msg_panic("mymalloc_pages: requested length %lu", (unsigned long) len);
    ptr = mmap((void *) 0, len, PROT_READ | PROT_WRITE,
	       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (ptr == MAP_FAILED)
	msg_fatal("mymalloc_pages: insufficient memory for %lu bytes: %m",
		  (unsigned long) len);
    return (ptr);
}

/* mytrim_pages - give mymalloc_pages() pages back, keep the memory */

void    mytrim_pages(void *ptr, size_t len)
{
    if (madvise(ptr, len, MADV_DONTNEED) < 0)
	msg_warn("mytrim_pages: release %lu bytes: %m", (unsigned long) len);
}

/* myfree_pages - release mymalloc_pages() memory */

void    myfree_pages(void *ptr, size_t len)
{
    if (munmap(ptr, len) < 0)
	msg_panic("myfree_pages: munmap %lu bytes: %m", (unsigned long) len);
}
