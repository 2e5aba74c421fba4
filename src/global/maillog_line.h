/*++
/* NAME
/*	maillog_line 3h
/* SUMMARY
/*	one log line in Postfix's maillog_file format
/* SYNOPSIS
/*	#include <maillog_line.h>
/*--*/

#ifndef _MAILLOG_LINE_H_INCLUDED_
#define _MAILLOG_LINE_H_INCLUDED_

#include <sys_defs.h>
#include <time.h>

#define MAILLOG_LINE_TEXT_MAX	2000	/* longest message text */
#define MAILLOG_LINE_HOST_MAX	63	/* longest host label */
#define MAILLOG_LINE_TAG_MAX	100	/* longest program tag */
#define MAILLOG_LINE_MAX	2304	/* buffer for a whole line */

extern size_t maillog_line_format(char *, size_t, time_t, const char *,
				          const char *, long, int, const char *);
extern int maillog_line_split(char *, char **, char **);

#endif
