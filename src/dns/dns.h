/*++
/* NAME
/*	dns 3h
/* SUMMARY
/*	name service for the SMTP/LMTP client: MX and address lookups
/* SYNOPSIS
/*	#include <dns.h>
/* DESCRIPTION
/*	The only name service Postlet uses: udns for DNS, and a reader of
/*	/etc/hosts for smtp_host_lookup = native. No call allocates
/*	after dns_init(): answers land in arrays the caller owns, of a
/*	size the caller chooses, and a longer answer is cut at that size.
/*
/*	Queries run in a poll loop of the module's own (through
/*	port_poll()), because a delivery agent asks from inside its
/*	service callback, where the daemon's event loop cannot run
/*	again. The A and AAAA queries for one name go out together.
/*
/*	Resolvers come from /etc/resolv.conf as udns reads it; udns's
/*	environment overrides apply (NAMESERVERS, LOCALDOMAIN,
/*	RES_OPTIONS such as "port:5353 timeout:2 attempts:2"; master(8)
/*	passes them on only when import_environment names them). The
/*	EDNS0 buffer is DNS_UDP_SIZE bytes; a truncated answer is a
/*	temporary failure (DNS_RETRY), never a short answer.
/*
/*	Results of every lookup:
/* .IP DNS_OK
/*	At least one record.
/* .IP DNS_NOTFOUND
/*	The name does not exist (NXDOMAIN), or has no record of the
/*	type (NODATA): a permanent failure. *nodata tells which, where
/*	the function has that argument.
/* .IP DNS_RETRY
/*	Time-out, SERVFAIL, a garbled or truncated answer, no resolver:
/*	try again later.
/* .IP DNS_INVAL
/*	The name is not a valid domain name (too long, empty label,
/*	characters a host name cannot have): a permanent failure.
/* .PP
/*	The why buffer (may be a null pointer) receives one short text
/*	in Postfix's words, for the log and the DSN; the SMTP client
/*	composes the rest ("Name service error for name=%s type=%s: %s"
/*	around it). The texts, which DNS_WHY_* name:
/* .IP "Host not found"
/*	DNS_NOTFOUND for a name that does not exist (NXDOMAIN), and for
/*	a name that dns_lookup_hosts() does not find.
/* .IP "No address associated with hostname"
/*	DNS_NOTFOUND from dns_lookup_addr() when no record of a family
/*	looked up exists (NODATA) and the name does exist.
/* .IP "Host found but no data record of requested type"
/*	DNS_NOTFOUND from dns_lookup_mx() for NODATA.
/* .IP "Host not found, try again"
/*	Every DNS_RETRY.
/* .IP "Malformed domain name"
/*	Every DNS_INVAL.
/* .PP
/*	With DNS_OK why is emptied. A truncated answer, an answer that
/*	is garbled or does not fit its question, or a resolver socket
/*	that cannot be opened is also logged as a warning.
/*
/*	Memory: udns allocates a query (some 300 bytes) for each
/*	question in flight and, for an answer, one copy of the raw
/*	packet (at most DNS_UDP_SIZE bytes) and udns's parsed records.
/*	The records are copied into the caller's array and everything
/*	udns allocated is freed as soon as each answer arrives, so that
/*	a lookup holds at most two queries and one answer at a time.
/*
/*	Resolver set-up: udns's own dns_init() is not used (Postlet's
/*	dns_init() has its name). dns_init() reads the "nameserver"
/*	lines (the first 6) and "options" lines of the resolver file,
/*	then NAMESERVERS (replaces the file's servers, separated by
/*	white space) and RES_OPTIONS; lines longer than 1023 bytes are
/*	ignored. Names are always looked up as given, never along a
/*	search list (Postfix's default smtp_dns_resolver_options), so
/*	"search", "domain" and LOCALDOMAIN have no effect. With no
/*	server at all, udns asks 127.0.0.1. The socket is opened at the
/*	first lookup and stays open (after chroot, a resolver address
/*	is all that is needed).
/*--*/

#ifndef _DNS_H_INCLUDED_
#define _DNS_H_INCLUDED_

#include <sys_defs.h>
#include <vstring.h>

#define DNS_OK		0
#define DNS_NOTFOUND	1
#define DNS_RETRY	2
#define DNS_INVAL	3

#define DNS_NAME_SIZE	256		/* longest name (253) + slack */
#define DNS_UDP_SIZE	4096		/* EDNS0 buffer */

 /*
  * Address families to look up (inet_protocols).
  */
#define DNS_WANT_IPV4	(1<<0)
#define DNS_WANT_IPV6	(1<<1)

 /*
  * One MX record; mx_pref 0..65535. A null MX (RFC 7505) is one record
  * with an empty host ("." in the zone) and preference 0.
  */
typedef struct DNS_MX {
    char    host[DNS_NAME_SIZE];
    unsigned pref;
} DNS_MX;

 /*
  * One address, in network byte order.
  */
typedef struct DNS_ADDR {
    int     family;			/* AF_INET or AF_INET6 */
    unsigned char addr[16];		/* 4 or 16 bytes used */
} DNS_ADDR;

 /*
  * Start-up: read resolv.conf and the environment, open nothing yet.
  * Call once, before chroot (resolv.conf must be readable).
  */
extern void dns_init(void);

 /*
  * MX records of name, in the order of the answer (not sorted), at most
  * max. *nodata is set to 1 for NODATA, 0 otherwise.
  */
extern int dns_lookup_mx(const char *name, DNS_MX *mx, int max, int *count,
			         int *nodata, VSTRING *why);

 /*
  * A and/or AAAA records of name (families: DNS_WANT_*), IPv4 first,
  * in the order of the answer, at most max. DNS_OK when either family
  * has an address; DNS_RETRY when one query failed temporarily and the
  * other found nothing.
  */
extern int dns_lookup_addr(const char *name, int families, DNS_ADDR *addr,
			           int max, int *count, VSTRING *why);

 /*
  * The same from /etc/hosts (smtp_host_lookup = native): DNS_OK or
  * DNS_NOTFOUND ("Host not found"); DNS_RETRY when the file cannot be
  * read for a reason other than its absence. dns_hosts_file() changes
  * the file read (tests, and systems that keep it elsewhere).
  */
extern int dns_lookup_hosts(const char *name, int families, DNS_ADDR *addr,
			            int max, int *count, VSTRING *why);
extern void dns_hosts_file(const char *path);

 /*
  * One line of a hosts file: the address and the names that follow it
  * (the parser behind dns_lookup_hosts(), for its fuzz harness). Returns
  * 1 when line gives an address for name, 0 otherwise.
  */
extern int dns_hosts_line(const char *line, const char *name, int families,
			          DNS_ADDR *addr);

 /*
  * Name checks: 1 for a syntactically valid domain name (labels of
  * letters, digits, hyphens and underscores, 1..63 bytes each, 253 in
  * all, an optional trailing dot).
  */
extern int dns_valid_name(const char *name);

 /*
  * The why texts (see above).
  */
#define DNS_WHY_NOTFOUND	"Host not found"
#define DNS_WHY_NOADDR		"No address associated with hostname"
#define DNS_WHY_NODATA		"Host found but no data record of requested type"
#define DNS_WHY_RETRY		"Host not found, try again"
#define DNS_WHY_INVAL		"Malformed domain name"

 /*
  * The resolver file dns_init() reads (default /etc/resolv.conf): for
  * tests, and systems that keep it elsewhere. Call before dns_init();
  * dns_init() may be called again, which closes the socket and starts
  * over.
  */
extern void dns_resolv_file(const char *path);

 /*
  * One raw DNS response (pkt, len bytes) to the question name/MX, or
  * name/A (family AF_INET) or name/AAAA (AF_INET6): what dns_lookup_mx()
  * and dns_lookup_addr() do with every answer that arrives, and what
  * the fuzz harness feeds. The header must be that of a response to a
  * standard query with one question equal to name and the type (TC, a
  * garbled packet or one that answers another question: DNS_RETRY;
  * NXDOMAIN: DNS_NOTFOUND; another error code: DNS_RETRY); records are
  * parsed by udns (CNAME chains in the answer are followed). At most
  * max records go to the array, in the order of the answer; *count
  * says how many. MX targets that are not valid names, and an empty
  * target ("." in the zone) other than a lone null MX, are skipped with
  * a warning; when nothing is left, DNS_RETRY. *nodata as for
  * dns_lookup_mx(). Results and why as for the lookups.
  */
extern int dns_answer_mx(const unsigned char *pkt, size_t len,
			         const char *name, DNS_MX *mx, int max,
			         int *count, int *nodata, VSTRING *why);
extern int dns_answer_addr(const unsigned char *pkt, size_t len,
			           const char *name, int family,
			           DNS_ADDR *addr, int max, int *count,
			           int *nodata, VSTRING *why);

#endif
