/*++
/* NAME
/*	maillog_file 3h
/* SUMMARY
/*	append lines to the maillog_file
/* SYNOPSIS
/*	#include <maillog_file.h>
/*--*/

#ifndef _MAILLOG_FILE_H_INCLUDED_
#define _MAILLOG_FILE_H_INCLUDED_

#include <sys_defs.h>
#include <sys/types.h>
#include <vstring.h>

typedef struct MAILLOG_FILE {
    const char *path;			/* caller's string, kept */
    int     fd;				/* open file, or -1 */
    int     fixed;			/* /dev/...: never reopened */
    dev_t   dev;			/* identity of the open file */
    ino_t   ino;
} MAILLOG_FILE;

extern int maillog_file_allowed(const char *, const char *);
extern int maillog_file_open(MAILLOG_FILE *, const char *, VSTRING *);
extern int maillog_file_write(MAILLOG_FILE *, const char *, size_t);
extern void maillog_file_close(MAILLOG_FILE *);
extern int maillog_file_once(const char *, const char *, size_t, VSTRING *);

#endif
