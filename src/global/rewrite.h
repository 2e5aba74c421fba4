/*++
/* NAME
/*	rewrite 3h
/* SUMMARY
/*	in-process address rewriting (trivial-rewrite's work)
/* SYNOPSIS
/*	#include <rewrite.h>
/* DESCRIPTION
/*	See rewrite_addr(3) (parsing and quoting), rewrite_canon(3)
/*	(canonical form) and rewrite_local(3) (is a domain ours).
/*
/*	Addresses come in two forms, as in Postfix. The external form
/*	is what headers and SMTP carry: quoted where needed
/*	("john smith"@example.com). The internal form is the same
/*	address with quotes and backslashes removed (john
/*	smith@example.com); queue files and lookup tables use it.
/*--*/

#ifndef _REWRITE_H_INCLUDED_
#define _REWRITE_H_INCLUDED_

#include <sys_defs.h>
#include <vstring.h>

 /*
  * Parsing address lists (header values).
  */
#define REWRITE_TOK_MAX	256		/* tokens per address list item */

typedef int (*REWRITE_ADDR_FN) (void *, const char *, size_t, size_t);

extern int rewrite_addr_scan(const char *, size_t, int, REWRITE_ADDR_FN, void *);
extern const char *rewrite_addr_internal(VSTRING *, const char *, size_t);
extern const char *rewrite_addr_quote(VSTRING *, const char *);

 /*
  * Canonical form.
  */
typedef struct REWRITE_CONF {
    const char *myorigin;		/* append_at_myorigin */
    const char *mydomain;		/* append_dot_mydomain */
    int     append_at_myorigin;
    int     append_dot_mydomain;
    int     swap_bangpath;
    int     allow_percent_hack;
} REWRITE_CONF;

extern void rewrite_conf_init(REWRITE_CONF *);
extern const char *rewrite_canon(const REWRITE_CONF *, VSTRING *, const char *);

 /*
  * Local domains.
  */
extern void rewrite_local_init(const char *);
extern int rewrite_local_domain(const char *);
extern int rewrite_local_addr(const char *);

#endif
