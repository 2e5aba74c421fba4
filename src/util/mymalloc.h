/*++
/* NAME
/*	mymalloc 3h
/* SUMMARY
/*	start-up memory allocation that never returns NULL
/* SYNOPSIS
/*	#include <mymalloc.h>
/*--*/

#ifndef _MYMALLOC_H_INCLUDED_
#define _MYMALLOC_H_INCLUDED_

#include <sys_defs.h>

extern void *mymalloc(size_t);
extern void *mycalloc(size_t, size_t);
extern void *myrealloc(void *, size_t);
extern void myfree(void *);
extern char *mystrdup(const char *);
extern char *mystrndup(const char *, size_t);
extern void *mymemdup(const void *, size_t);
extern void *mymalloc_pages(size_t);
extern void mytrim_pages(void *, size_t);
extern void myfree_pages(void *, size_t);

#endif
