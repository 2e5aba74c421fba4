/*++
/* NAME
/*	smtp_addr 3
/* SUMMARY
/*	the server addresses to try for a destination
/* SYNOPSIS
/*	#include "smtp.h"
/*
/*	void	smtp_addr_init(list, limit)
/*	SMTP_ADDR_LIST *list;
/*	int	limit;
/*
/*	int	smtp_addr_lookup(list, dest, why)
/*	SMTP_ADDR_LIST *list;
/*	const SMTP_DEST *dest;
/*	DSN_BUF	*why;
/* DESCRIPTION
/*	smtp_addr_init() makes room for limit addresses, once.
/*
/*	smtp_addr_lookup() fills the list for a parsed destination:
/* .IP "domain (SMTP only)"
/*	The MX records, sorted by preference; records of equal
/*	preference, and the addresses of one host, in random order when
/*	smtp_randomize_addresses is on. A domain without MX records
/*	(NODATA) is its own mail exchanger. A null MX (RFC 7505) bounces
/*	with 5.1.10. When DNS is not used (disable_dns_lookups,
/*	smtp_dns_support_level = disabled, or smtp_host_lookup without
/*	"dns"), the domain is looked up as a host name.
/* .IP "[host], inet:host"
/*	The host's addresses, by the methods smtp_host_lookup lists in
/*	order: "dns" and/or "native" (the hosts file).
/* .IP "[address]"
/*	That address.
/* .PP
/*	Addresses come in the families of inet_protocols, ordered per
/*	host by smtp_address_preference (ipv4, ipv6, or any: as the
/*	answer gives them), at most smtp_mx_address_limit in all (0: as
/*	many as the list holds). The smtp_fallback_relay destinations
/*	follow, from list->fallback on; they are also used when the
/*	destination itself cannot be found, except for a null MX.
/*
/*	Failures, in Postfix's words: a name that does not exist or has
/*	no address bounces (5.4.4 "Host or domain name not found. Name
/*	service error for name=NAME type=TYPE: Host not found"); a
/*	temporary name service failure defers (4.4.3, "..., try again");
/*	MX hosts that have no address defer with 4.4.4 when
/*	smtp_defer_if_no_mx_address_found is on. An MX lookup error is
/*	ignored (the domain is taken as a host) when
/*	ignore_mx_lookup_error is on.
/*--*/

#include <sys_defs.h>
#include <string.h>
#include <unistd.h>
#include <time.h>

#include <msg.h>
#include <mymalloc.h>
#include <vstring.h>
#include <stringops.h>
#include <name_mask.h>
#include <port_net.h>
#include <mail_params.h>
#include <dns.h>

#include "smtp.h"
#include "smtp_params.h"

#define SMTP_ADDR_MX_MAX	64	/* MX records per lookup */
#define SMTP_ADDR_HOST_MAX	32	/* addresses per host */

static DNS_MX smtp_addr_mxrr[SMTP_ADDR_MX_MAX];
static DNS_ADDR smtp_addr_found[SMTP_ADDR_HOST_MAX];
static VSTRING *smtp_addr_text;
static DSN_BUF *smtp_addr_fb_why;	/* fallback failures, not reported */
static int smtp_addr_in_fallback;	/* adding fallback relays */
static unsigned smtp_addr_seed;

/* smtp_addr_init - room for the addresses */

void    smtp_addr_init(SMTP_ADDR_LIST *list, int limit)
{
    /* Pages of its own: the list costs memory only as far as it is used. */
    list->addr = (SMTP_ADDR *) mymalloc_pages(sizeof(SMTP_ADDR) * limit);
    list->limit = limit;
    list->count = 0;
    list->fallback = 0;
    smtp_addr_text = vstring_fixed(256);
    smtp_addr_fb_why = dsb_create();
    smtp_addr_seed = (unsigned) time((time_t *) 0) ^ ((unsigned) getpid() << 16);
}

/* smtp_addr_random - a number below n, for shuffling */

static unsigned smtp_addr_random(unsigned n)
{
    smtp_addr_seed ^= smtp_addr_seed << 13;
    smtp_addr_seed ^= smtp_addr_seed >> 17;
    smtp_addr_seed ^= smtp_addr_seed << 5;
    return (smtp_addr_seed % n);
}

/* smtp_addr_listed - does a setting list a word */

static int smtp_addr_listed(const char *setting, const char *word)
{
    NAME_MASK one[2] = {{0, 1}, {0, 0}};

    one[0].name = word;
    return (name_mask("", one, setting, 0));
}

/* smtp_addr_families - inet_protocols as DNS_WANT_* */

static int smtp_addr_families(void)
{
    if (smtp_addr_listed(var_inet_protocols, "all"))
	return (DNS_WANT_IPV4 | DNS_WANT_IPV6);
    return ((smtp_addr_listed(var_inet_protocols, "ipv4") ? DNS_WANT_IPV4 : 0)
	  | (smtp_addr_listed(var_inet_protocols, "ipv6") ? DNS_WANT_IPV6 : 0));
}

/* smtp_addr_dns - may we use DNS */

static int smtp_addr_dns(void)
{
    return (!var_disable_dns_lookups
	    && strcasecmp(smtp_par.dns_support_level, "disabled") != 0
	    && smtp_addr_listed(smtp_par.host_lookup, "dns"));
}

/* smtp_addr_add - append one address */

static int smtp_addr_add(SMTP_ADDR_LIST *list, const char *name,
			         unsigned pref, const DNS_ADDR *found,
			         unsigned port)
{
    SMTP_ADDR *addr;
    struct sockaddr_in *sin;
    struct sockaddr_in6 *sin6;
    int     max = list->limit;

    if (smtp_par.mx_address_limit > 0 && !smtp_addr_in_fallback
	&& smtp_par.mx_address_limit < max)
	max = smtp_par.mx_address_limit;
    if (list->count >= max)
	return (-1);
    addr = list->addr + list->count;
    memset(&addr->sa, 0, sizeof(addr->sa));
    if (found->family == AF_INET) {
	sin = (struct sockaddr_in *) &addr->sa;
	sin->sin_family = AF_INET;
	sin->sin_port = htons(port);
	memcpy(&sin->sin_addr, found->addr, 4);
	addr->sa_len = sizeof(*sin);
    } else {
	sin6 = (struct sockaddr_in6 *) &addr->sa;
	sin6->sin6_family = AF_INET6;
	sin6->sin6_port = htons(port);
	memcpy(&sin6->sin6_addr, found->addr, 16);
	addr->sa_len = sizeof(*sin6);
    }
    if (port_inet_ntop(found->family, found->addr, addr->addr,
		       sizeof(addr->addr)) == 0)
	return (0);				/* cannot happen */
    snprintf(addr->name, sizeof(addr->name), "%s", name);
    addr->pref = pref;
    list->count++;
    return (0);
}

/* smtp_addr_order - preferred family first, or shuffled */

static void smtp_addr_order(DNS_ADDR *found, int count)
{
    DNS_ADDR tmp;
    int     first = 0;
    int     n;
    int     want;

    if (smtp_par.randomize_addresses)
	for (n = count - 1; n > 0; n--) {
	    int     k = (int) smtp_addr_random((unsigned) n + 1);

	    tmp = found[n];
	    found[n] = found[k];
	    found[k] = tmp;
	}
    if (strcasecmp(smtp_par.address_preference, "ipv4") == 0)
	want = AF_INET;
    else if (strcasecmp(smtp_par.address_preference, "ipv6") == 0)
	want = AF_INET6;
    else
	return;
    for (n = 0; n < count; n++)
	if (found[n].family == want) {
	    tmp = found[n];
	    memmove(found + first + 1, found + first,
		    (n - first) * sizeof(*found));
	    found[first++] = tmp;
	}
}

/* smtp_addr_host - add the addresses of one host */

static int smtp_addr_host(SMTP_ADDR_LIST *list, const char *host,
			          unsigned pref, unsigned port, VSTRING *why)
{
    int     families = smtp_addr_families();
    int     count = 0;
    int     status = DNS_NOTFOUND;
    int     n;

    vstring_strcpy(why, "Host not found");
    if (smtp_addr_dns())
	status = dns_lookup_addr(host, families, smtp_addr_found,
				 SMTP_ADDR_HOST_MAX, &count, why);
    if (status != DNS_OK && smtp_addr_listed(smtp_par.host_lookup, "native")
	&& dns_lookup_hosts(host, families, smtp_addr_found,
			    SMTP_ADDR_HOST_MAX, &count, smtp_addr_text) == DNS_OK)
	status = DNS_OK;
    if (status == DNS_OK) {
	smtp_addr_order(smtp_addr_found, count);
	for (n = 0; n < count; n++)
	    if (smtp_addr_add(list, host, pref, smtp_addr_found + n, port) < 0)
		break;
    }
    return (status);
}

/* smtp_addr_type - the record type a name service error names */

static const char *smtp_addr_type(void)
{
    return ((smtp_addr_families() & DNS_WANT_IPV4) ? "A" : "AAAA");
}

/* smtp_addr_fail - the failure text */

static void smtp_addr_fail(DSN_BUF *why, int status, const char *name,
			           const char *type, const char *text)
{
    (void) dsb_simple(why, status == DNS_RETRY ? "4.4.3" : "5.4.4",
		      "Host or domain name not found. Name service error "
		      "for name=%s type=%s: %s", name, type, text);
}

/* smtp_addr_sort - MX records by preference, equal ones shuffled */

static void smtp_addr_sort(DNS_MX *mx, int count)
{
    DNS_MX  tmp;
    int     n, k, start;

    for (n = 1; n < count; n++) {
	tmp = mx[n];
	for (k = n; k > 0 && mx[k - 1].pref > tmp.pref; k--)
	    mx[k] = mx[k - 1];
	mx[k] = tmp;
    }
    if (!smtp_par.randomize_addresses)
	return;
    for (start = 0; start < count; start = n) {
	for (n = start + 1; n < count && mx[n].pref == mx[start].pref; n++)
	     /* void */ ;
	for (k = n - 1; k > start; k--) {
	    int     j = start + (int) smtp_addr_random((unsigned) (k - start + 1));

	    tmp = mx[k];
	    mx[k] = mx[j];
	    mx[j] = tmp;
	}
    }
}

/* smtp_addr_mx - add the mail exchangers of a domain */

static int smtp_addr_mx(SMTP_ADDR_LIST *list, const char *domain,
			        unsigned port, DSN_BUF *why)
{
    VSTRING *text = smtp_addr_text;
    int     count = 0;
    int     nodata = 0;
    int     status;
    int     soft = 0;
    int     n;

    status = dns_lookup_mx(domain, smtp_addr_mxrr, SMTP_ADDR_MX_MAX, &count,
			   &nodata, text);
    if (status == DNS_RETRY && var_ignore_mx_lookup_error) {
	msg_info("MX lookup error for %s ignored: %s", domain, vstring_str(text));
	status = DNS_NOTFOUND;
	nodata = 1;
    }
    if (status == DNS_NOTFOUND && nodata) {
	if ((status = smtp_addr_host(list, domain, 0, port, text)) != DNS_OK)
	    smtp_addr_fail(why, status, domain, smtp_addr_type(),
			   vstring_str(text));
	return (status == DNS_OK ? 0 : -1);
    }
    if (status != DNS_OK) {
	smtp_addr_fail(why, status, domain, "MX", vstring_str(text));
	return (-1);
    }
    if (count == 1 && smtp_addr_mxrr[0].host[0] == 0) {
	(void) dsb_simple(why, "5.1.10",
			  "Domain %s does not accept mail (nullMX)", domain);
	return (-2);
    }
    smtp_addr_sort(smtp_addr_mxrr, count);
    for (n = 0; n < count; n++) {
	if (smtp_addr_mxrr[n].host[0] == 0)
	    continue;
	status = smtp_addr_host(list, smtp_addr_mxrr[n].host,
				smtp_addr_mxrr[n].pref, port, text);
	if (status == DNS_RETRY)
	    soft = 1;
	if (status != DNS_OK && list->count == 0)
	    smtp_addr_fail(why, soft ? DNS_RETRY : status,
			   smtp_addr_mxrr[n].host, smtp_addr_type(),
			   vstring_str(text));
    }
    if (list->count > 0)
	return (0);
    if (!soft && smtp_par.defer_if_no_mx_address_found)
	(void) dsb_status(why, "4.4.4");
    return (-1);
}

/* smtp_addr_dest - add the addresses of one parsed destination */

static int smtp_addr_dest(SMTP_ADDR_LIST *list, const SMTP_DEST *dest,
			          DSN_BUF *why)
{
    DNS_ADDR literal;
    int     status;

    switch (dest->kind) {
    case SMTP_DEST_ADDR:
	literal.family = strchr(dest->host, ':') ? AF_INET6 : AF_INET;
	if (port_inet_pton(literal.family, dest->host, literal.addr) != 1) {
	    (void) dsb_simple(why, "5.4.4", "bad numerical address: %s",
			      dest->host);
	    return (-1);
	}
	(void) smtp_addr_add(list, dest->host, 0, &literal, dest->port);
	return (0);
    case SMTP_DEST_MX:
	if (smtp_addr_dns())
	    return (smtp_addr_mx(list, dest->host, dest->port, why));
	/* FALLTHROUGH */
    default:
	status = smtp_addr_host(list, dest->host, 0, dest->port,
				smtp_addr_text);
	if (status != DNS_OK)
	    smtp_addr_fail(why, status, dest->host, smtp_addr_type(),
			   vstring_str(smtp_addr_text));
	return (status == DNS_OK ? 0 : -1);
    }
}

/* smtp_addr_fallback - add the fallback relays */

static void smtp_addr_fallback(SMTP_ADDR_LIST *list, const SMTP_DEST *dest)
{
    const char *cp = smtp_par.fallback_relay;
    char    relay[SMTP_NAME_SIZE + 16];
    SMTP_DEST fb;
    unsigned def_port = dest->port;

    list->fallback = list->count;
    smtp_addr_in_fallback = 1;
    while (*(cp += strspn(cp, CHARS_COMMA_SP)) != 0) {
	size_t  n = strcspn(cp, CHARS_COMMA_SP);

	snprintf(relay, sizeof(relay), "%.*s", (int) n, cp);
	cp += n;
	if (smtp_dest_parse(&fb, relay, smtp_par.lmtp, def_port,
			    smtp_addr_text) != 0) {
	    msg_warn("%s_fallback_relay: %s", smtp_par.proto,
		     vstring_str(smtp_addr_text));
	    continue;
	}
	if (fb.kind == dest->kind && fb.port == dest->port
	    && strcasecmp(fb.host, dest->host) == 0)
	    continue;
	(void) smtp_addr_dest(list, &fb, smtp_addr_fb_why);
    }
    smtp_addr_in_fallback = 0;
}

/* smtp_addr_lookup - the addresses to try */

int     smtp_addr_lookup(SMTP_ADDR_LIST *list, const SMTP_DEST *dest,
			         DSN_BUF *why)
{
    int     status;

    list->count = 0;
    list->fallback = 0;
    status = smtp_addr_dest(list, dest, why);
    if (status == -2)
	return (-1);				/* null MX: no fallback */
    if (*smtp_par.fallback_relay)
	smtp_addr_fallback(list, dest);
    else
	list->fallback = list->count;
    return (list->count > 0 ? 0 : -1);
}
