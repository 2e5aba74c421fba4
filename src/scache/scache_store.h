/*++
/* NAME
/*	scache_store 3h
/* SUMMARY
/*	the tables of the scache(8) connection cache
/* SYNOPSIS
/*	#include "scache_store.h"
/* DESCRIPTION
/*	See scache_store(3).
/*--*/

#ifndef _SCACHE_STORE_H_INCLUDED_
#define _SCACHE_STORE_H_INCLUDED_

#include <vstring.h>

 /*
  * Counters since the start of the statistics interval.
  */
typedef struct SCACHE_STORE_STATS {
    int     dest_hits;			/* find_dest with a connection */
    int     dest_miss;			/* find_dest without */
    int     endp_hits;			/* find_endp with a connection */
    int     endp_miss;			/* find_endp without */
    int     max_dest;			/* most destinations at once */
    int     max_endp;			/* most endpoint labels at once */
    int     max_conn;			/* most connections at once */
} SCACHE_STORE_STATS;

extern void scache_store_init(int);
extern int scache_store_save_endp(int, const char *, const char *, int);
extern int scache_store_find_endp(const char *, VSTRING *);
extern int scache_store_save_dest(int, const char *, const char *,
				          const char *);
extern int scache_store_find_dest(const char *, VSTRING *, VSTRING *);
extern void scache_store_expire(void);
extern void scache_store_stats(SCACHE_STORE_STATS *);

#endif
