/*++
/* NAME
/*	cidr_match 3h
/* SUMMARY
/*	IPv4 and IPv6 network patterns
/* SYNOPSIS
/*	#include <cidr_match.h>
/*--*/

#ifndef _CIDR_MATCH_H_INCLUDED_
#define _CIDR_MATCH_H_INCLUDED_

#include <sys_defs.h>
#include <vstring.h>

#define CIDR_MATCH_ADDR_LEN	16	/* room for an IPv6 address */

typedef struct CIDR_MATCH {
    unsigned char net[CIDR_MATCH_ADDR_LEN];	/* host bits are zero */
    unsigned char mask[CIDR_MATCH_ADDR_LEN];
    int     family;			/* AF_INET or AF_INET6 */
    int     prefix;			/* prefix length in bits */
} CIDR_MATCH;

extern int cidr_match_parse(CIDR_MATCH *, const char *, VSTRING *);
extern int cidr_match_addr(const char *, unsigned char *, int *);
extern int cidr_match_test(const CIDR_MATCH *, const unsigned char *, int);

#endif
