/*++
/* NAME
/*	dns_lookup 3
/* SUMMARY
/*	MX and address lookups through udns
/* SYNOPSIS
/*	#include <dns.h>
/*
/*	int	dns_lookup_mx(name, mx, max, count, nodata, why)
/*	const char *name;
/*	DNS_MX	*mx;
/*	int	max;
/*	int	*count;
/*	int	*nodata;
/*	VSTRING	*why;
/*
/*	int	dns_lookup_addr(name, families, addr, max, count, why)
/*	const char *name;
/*	int	families;
/*	DNS_ADDR *addr;
/*	int	max;
/*	int	*count;
/*	VSTRING	*why;
/* DESCRIPTION
/*	See dns(3h). The questions go to udns with no parser, so that
/*	each answer arrives as one raw packet, which dns_answer_mx() or
/*	dns_answer_addr() turns into records at once; the packet is
/*	then freed. A poll loop of this module's own waits on udns's
/*	socket (opened at the first lookup) until every question of
/*	the lookup has its answer or udns gives up (RES_OPTIONS timeout
/*	and attempts).
/*
/*	The A and AAAA questions of one name are asked together, and
/*	their answers may come in either order. The IPv4 addresses go
/*	to the front of the caller's array. IPv6 addresses that arrive
/*	first are kept at the back of the array, last one first, where
/*	IPv4 addresses that arrive later may overwrite the surplus; the
/*	rest is then moved behind the IPv4 addresses. So the array is
/*	the only storage, and IPv4 wins when it is too small for both.
/* DIAGNOSTICS
/*	Warnings: the resolver socket cannot be opened, a question
/*	cannot be submitted, poll() fails; and those of dns_answer(3).
/*	Panic: max below 1, no family to look up.
/*--*/

#include <sys_defs.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <msg.h>
#include <vstring.h>
#include <port_net.h>
#include <dns.h>

 /*
  * udns declares a dns_init() of its own, which Postlet's (dns.h) takes
  * the place of: its declaration is renamed out of the way.
  */
#define dns_init udns_dns_init_unused
#include <udns.h>
#undef dns_init

 /*
  * One lookup in progress: its questions and where their answers go.
  */
typedef struct DNS_LOOKUP {
    const char *name;
    int     pending;			/* questions without answer */
    struct dns_query *query[2];		/* MX or A, AAAA */
    int     status[2];			/* DNS_* per question */
    int     nodata[2];			/* NODATA per question */
    /* MX */
    DNS_MX *mx;
    /* Addresses */
    DNS_ADDR *addr;
    int     max;
    int     n4;				/* IPv4 addresses at the front */
    int     n6;				/* IPv6 addresses */
    int     v4_done;			/* IPv4 answer in (or not asked) */
    int     v6_back;			/* IPv6 at the back, reversed */
} DNS_LOOKUP;

#define DNS_Q4	0			/* also MX */
#define DNS_Q6	1

/* dns_lookup_why - result and why text */

static int dns_lookup_why(int status, const char *text, VSTRING *why)
{
    if (why) {
	if (status == DNS_OK)
	    vstring_reset(why);
	else
	    vstring_strcpy(why, text);
    }
    return (status);
}

/* dns_lookup_failed - a question that ended without a packet */

static int dns_lookup_failed(int code, int *nodata)
{
    switch (code) {
    case DNS_E_NXDOMAIN:
	return (DNS_NOTFOUND);
    case DNS_E_NODATA:
	*nodata = 1;
	return (DNS_NOTFOUND);
    default:
	return (DNS_RETRY);
    }
}

/* dns_lookup_open - the socket, once */

static int dns_lookup_open(void)
{
    if (dns_sock(0) >= 0)
	return (0);
    if (dns_open(0) < 0) {
	msg_warn("cannot open a socket for name service: %m");
	return (-1);
    }
    return (0);
}

/* dns_lookup_submit - one question, answered by a raw packet */

static int dns_lookup_submit(DNS_LOOKUP *lp, int slot, int qtype,
			             dns_query_fn *done)
{
    lp->nodata[slot] = 0;
    lp->query[slot] = dns_submit_p(0, lp->name, DNS_C_IN, qtype, DNS_NOSRCH,
				   (dns_parse_fn *) 0, done, (void *) lp);
    if (lp->query[slot] == 0) {
	msg_warn("cannot submit name service query for %.255s: %s",
		 lp->name, dns_strerror(dns_status(0)));
	lp->status[slot] = DNS_RETRY;
	return (-1);
    }
    lp->pending++;
    return (0);
}

/* dns_lookup_wait - run udns until every question is answered */

static void dns_lookup_wait(DNS_LOOKUP *lp)
{
    struct pollfd pfd;
    int     wait;
    int     n;
    int     slot;

    while (lp->pending > 0) {
	wait = dns_timeouts(0, -1, time((time_t *) 0));
	if (lp->pending == 0)
	    break;
	if (wait < 0)
	    msg_panic("dns_lookup_wait: %d questions but none active",
		      lp->pending);
	pfd.fd = dns_sock(0);
	pfd.events = POLLIN;
	pfd.revents = 0;
	if ((n = port_poll(&pfd, 1, wait * 1000)) < 0) {
	    if (errno == EINTR)
		continue;
	    msg_warn("poll name service socket: %m");
	    for (slot = 0; slot < 2; slot++) {
		if (lp->query[slot] != 0) {
		    dns_cancel(0, lp->query[slot]);
		    free(lp->query[slot]);
		    lp->query[slot] = 0;
		    lp->status[slot] = DNS_RETRY;
		}
	    }
	    lp->pending = 0;
	    break;
	}
	if (n > 0)
	    dns_ioevent(0, 0);
    }
}

/* dns_lookup_mx_done - the MX answer */

static void dns_lookup_mx_done(struct dns_ctx *ctx, void *result, void *context)
{
    DNS_LOOKUP *lp = (DNS_LOOKUP *) context;
    int     code = dns_status(ctx);

    lp->query[DNS_Q4] = 0;
    lp->pending--;
    if (result == 0) {
	lp->status[DNS_Q4] = dns_lookup_failed(code, &lp->nodata[DNS_Q4]);
    } else {
	lp->status[DNS_Q4] = dns_answer_mx(result, (size_t) code, lp->name,
					   lp->mx, lp->max, &lp->n4,
					   &lp->nodata[DNS_Q4], (VSTRING *) 0);
	free(result);
    }
}

/* dns_lookup_mx - MX records */

int     dns_lookup_mx(const char *name, DNS_MX *mx, int max, int *count,
		              int *nodata, VSTRING *why)
{
    DNS_LOOKUP lookup;

    if (max <= 0)
	msg_panic("dns_lookup_mx: bad array size %d", max);
    *count = 0;
    *nodata = 0;
    if (!dns_valid_name(name))
	return (dns_lookup_why(DNS_INVAL, DNS_WHY_INVAL, why));
    if (dns_lookup_open() < 0)
	return (dns_lookup_why(DNS_RETRY, DNS_WHY_RETRY, why));
    memset(&lookup, 0, sizeof(lookup));
    lookup.name = name;
    lookup.mx = mx;
    lookup.max = max;
    if (dns_lookup_submit(&lookup, DNS_Q4, DNS_T_MX, dns_lookup_mx_done) < 0)
	return (dns_lookup_why(DNS_RETRY, DNS_WHY_RETRY, why));
    dns_lookup_wait(&lookup);
    *count = lookup.n4;
    *nodata = lookup.nodata[DNS_Q4];
    switch (lookup.status[DNS_Q4]) {
    case DNS_OK:
	return (dns_lookup_why(DNS_OK, "", why));
    case DNS_NOTFOUND:
	return (dns_lookup_why(DNS_NOTFOUND, *nodata ?
			       DNS_WHY_NODATA : DNS_WHY_NOTFOUND, why));
    default:
	return (dns_lookup_why(DNS_RETRY, DNS_WHY_RETRY, why));
    }
}

/* dns_lookup_reverse - reverse the order of n addresses */

static void dns_lookup_reverse(DNS_ADDR *addr, int n)
{
    DNS_ADDR tmp;
    int     i;

    for (i = 0; i < n / 2; i++) {
	tmp = addr[i];
	addr[i] = addr[n - 1 - i];
	addr[n - 1 - i] = tmp;
    }
}

/* dns_lookup_a_done - the A answer, to the front of the array */

static void dns_lookup_a_done(struct dns_ctx *ctx, void *result, void *context)
{
    DNS_LOOKUP *lp = (DNS_LOOKUP *) context;
    int     code = dns_status(ctx);

    lp->query[DNS_Q4] = 0;
    lp->pending--;
    lp->v4_done = 1;
    if (result == 0) {
	lp->status[DNS_Q4] = dns_lookup_failed(code, &lp->nodata[DNS_Q4]);
    } else {
	lp->status[DNS_Q4] = dns_answer_addr(result, (size_t) code, lp->name,
					     AF_INET, lp->addr, lp->max,
					     &lp->n4, &lp->nodata[DNS_Q4],
					     (VSTRING *) 0);
	free(result);
    }
}

/* dns_lookup_aaaa_done - the AAAA answer, behind IPv4 or at the back */

static void dns_lookup_aaaa_done(struct dns_ctx *ctx, void *result,
				         void *context)
{
    DNS_LOOKUP *lp = (DNS_LOOKUP *) context;
    int     code = dns_status(ctx);
    DNS_ADDR spare[1];

    lp->query[DNS_Q6] = 0;
    lp->pending--;
    if (result == 0) {
	lp->status[DNS_Q6] = dns_lookup_failed(code, &lp->nodata[DNS_Q6]);
	return;
    }
    if (lp->v4_done == 0) {
	lp->status[DNS_Q6] = dns_answer_addr(result, (size_t) code, lp->name,
					     AF_INET6, lp->addr, lp->max,
					     &lp->n6, &lp->nodata[DNS_Q6],
					     (VSTRING *) 0);
	dns_lookup_reverse(lp->addr, lp->n6);
	memmove(lp->addr + lp->max - lp->n6, lp->addr,
		lp->n6 * sizeof(*lp->addr));
	lp->v6_back = 1;
    } else if (lp->n4 < lp->max) {
	lp->status[DNS_Q6] = dns_answer_addr(result, (size_t) code, lp->name,
					     AF_INET6, lp->addr + lp->n4,
					     lp->max - lp->n4, &lp->n6,
					     &lp->nodata[DNS_Q6], (VSTRING *) 0);
    } else {
	lp->status[DNS_Q6] = dns_answer_addr(result, (size_t) code, lp->name,
					     AF_INET6, spare, 1, &lp->n6,
					     &lp->nodata[DNS_Q6], (VSTRING *) 0);
	lp->n6 = 0;
    }
    free(result);
}

/* dns_lookup_addr - A and AAAA records */

int     dns_lookup_addr(const char *name, int families, DNS_ADDR *addr,
			        int max, int *count, VSTRING *why)
{
    DNS_LOOKUP lookup;
    int     wanted[2];
    int     slot;
    int     room;

    if (max <= 0)
	msg_panic("dns_lookup_addr: bad array size %d", max);
    if ((families & (DNS_WANT_IPV4 | DNS_WANT_IPV6)) == 0)
	msg_panic("dns_lookup_addr: no address family in 0x%x", families);
    *count = 0;
    if (!dns_valid_name(name))
	return (dns_lookup_why(DNS_INVAL, DNS_WHY_INVAL, why));
    if (dns_lookup_open() < 0)
	return (dns_lookup_why(DNS_RETRY, DNS_WHY_RETRY, why));
    memset(&lookup, 0, sizeof(lookup));
    lookup.name = name;
    lookup.addr = addr;
    lookup.max = max;
    wanted[DNS_Q4] = (families & DNS_WANT_IPV4) != 0;
    wanted[DNS_Q6] = (families & DNS_WANT_IPV6) != 0;
    lookup.v4_done = !wanted[DNS_Q4];
    if (wanted[DNS_Q4])
	(void) dns_lookup_submit(&lookup, DNS_Q4, DNS_T_A, dns_lookup_a_done);
    if (wanted[DNS_Q6])
	(void) dns_lookup_submit(&lookup, DNS_Q6, DNS_T_AAAA,
				 dns_lookup_aaaa_done);
    dns_lookup_wait(&lookup);

    /*
     * IPv6 addresses that came first: the first ones that IPv4 left
     * room for, in their order, behind the IPv4 addresses.
     */
    if (lookup.v6_back) {
	room = max - lookup.n4;
	if (lookup.n6 > room)
	    lookup.n6 = room;
	dns_lookup_reverse(addr + max - lookup.n6, lookup.n6);
	memmove(addr + lookup.n4, addr + max - lookup.n6,
		lookup.n6 * sizeof(*addr));
    }
    *count = lookup.n4 + lookup.n6;
    if (*count > 0)
	return (dns_lookup_why(DNS_OK, "", why));
    for (slot = 0; slot < 2; slot++)
	if (wanted[slot] && lookup.status[slot] != DNS_NOTFOUND
	    && lookup.status[slot] != DNS_OK)
	    return (dns_lookup_why(DNS_RETRY, DNS_WHY_RETRY, why));
    for (slot = 0; slot < 2; slot++)
	if (wanted[slot] && lookup.status[slot] == DNS_NOTFOUND
	    && lookup.nodata[slot] == 0)
	    return (dns_lookup_why(DNS_NOTFOUND, DNS_WHY_NOTFOUND, why));
    return (dns_lookup_why(DNS_NOTFOUND, DNS_WHY_NOADDR, why));
}
