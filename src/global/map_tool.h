/*++
/* NAME
/*	map_tool 3h
/* SUMMARY
/*	the command shared by postmap(1) and postalias(1)
/* SYNOPSIS
/*	#include <map_tool.h>
/*--*/

#ifndef _MAP_TOOL_H_INCLUDED_
#define _MAP_TOOL_H_INCLUDED_

#include <sys_defs.h>

 /*
  * What makes postmap and postalias different.
  */
typedef struct MAP_TOOL {
    const char *name;			/* program name */
    const char *options;		/* getopt(3) option letters */
    const char *usage;			/* usage text after the name */
    const char *separator;		/* between key and value in output */
    /* Split a logical source line; null, or why it is skipped. */
    const char *(*parse) (char *, char **, char **);
    int     flags;			/* MAP_TOOL_FLAG_* */
} MAP_TOOL;

#define MAP_TOOL_FLAG_ALIAS	(1<<0)	/* aliases: "@" entry, alias_database */
#define MAP_TOOL_FLAG_MESSAGE	(1<<1)	/* -b and -h query modes */

extern int map_tool_main(const MAP_TOOL *, int, char **);

#endif
