/*++
/* NAME
/*	match_list 3h
/* SUMMARY
/*	match a host or destination against a list parameter
/* SYNOPSIS
/*	#include <match_list.h>
/* DESCRIPTION
/*	Parameters such as debug_peer_list and
/*	smtp_connection_cache_destinations hold a list of patterns. See
/*	match_list(3).
/*--*/

#ifndef _MATCH_LIST_H_INCLUDED_
#define _MATCH_LIST_H_INCLUDED_

#define MATCH_FLAG_PARENT	(1<<0)	/* "example.com" also matches its
					 * subdomains */
#define MATCH_FLAG_EXACT	(1<<1)	/* names compare as whole strings
					 * ("[host]:port" destinations) */

typedef struct MATCH_LIST MATCH_LIST;

extern MATCH_LIST *match_list_init(const char *, const char *, int);
extern int match_list_match(MATCH_LIST *, const char *, const char *);

#endif
