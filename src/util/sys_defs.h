/*++
/* NAME
/*	sys_defs 3h
/* SUMMARY
/*	system and compiler definitions shared by every module
/* SYNOPSIS
/*	#include <sys_defs.h>
/* DESCRIPTION
/*	Every source file includes this header first. It selects the
/*	POSIX feature level and defines the few compiler attributes
/*	that the rest of the code relies on. Nothing here is
/*	platform specific: differences between targets live in port/.
/*--*/

#ifndef _SYS_DEFS_H_INCLUDED_
#define _SYS_DEFS_H_INCLUDED_

#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif

#include <sys/types.h>
#include <stddef.h>

#define NORETURN	void __attribute__((__noreturn__))
#define PRINTFLIKE(fmt, arg) __attribute__((__format__(__printf__, fmt, arg)))
#define UNUSED		__attribute__((__unused__))

 /*
  * A static buffer of a kilobyte or more starts a page of its own. The
  * link sorts sections by alignment, so such buffers come first and the
  * small variables that every process writes share a few pages, instead
  * of one page next to each buffer; a buffer that a program never uses
  * then costs it no memory at all.
  */
#define PAGE_BUFFER	__attribute__((__aligned__(4096)))

#define CONST_CHAR_STAR	const char *

/* Number of elements in an array. */
#define ARRAY_LEN(a)	(sizeof(a) / sizeof((a)[0]))

#endif
