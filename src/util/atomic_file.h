/*++
/* NAME
/*	atomic_file 3h
/* SUMMARY
/*	replace a file atomically: write a locked temporary, fsync, rename
/* SYNOPSIS
/*	#include <atomic_file.h>
/*--*/

#ifndef _ATOMIC_FILE_H_INCLUDED_
#define _ATOMIC_FILE_H_INCLUDED_

#include <sys_defs.h>
#include <stdio.h>
#include <sys/stat.h>
#include <vstring.h>

typedef struct ATOMIC_FILE {
    char   *path;			/* the file to replace */
    char   *temp;			/* path.tmp, locked while we write */
    FILE   *fp;				/* write the new content here */
    struct ATOMIC_FILE *next;		/* private: open files */
} ATOMIC_FILE;

extern ATOMIC_FILE *atomic_file_open(const char *, mode_t, VSTRING *);
extern int atomic_file_commit(ATOMIC_FILE *, VSTRING *);
extern void atomic_file_abort(ATOMIC_FILE *);
extern void atomic_file_cleanup(void);

#endif
