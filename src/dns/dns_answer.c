/*++
/* NAME
/*	dns_answer 3
/* SUMMARY
/*	records from one raw DNS response
/* SYNOPSIS
/*	#include <dns.h>
/*
/*	int	dns_answer_mx(pkt, len, name, mx, max, count, nodata, why)
/*	const unsigned char *pkt;
/*	size_t	len;
/*	const char *name;
/*	DNS_MX	*mx;
/*	int	max;
/*	int	*count;
/*	int	*nodata;
/*	VSTRING	*why;
/*
/*	int	dns_answer_addr(pkt, len, name, family, addr, max, count,
/*				nodata, why)
/*	const unsigned char *pkt;
/*	size_t	len;
/*	const char *name;
/*	int	family;
/*	DNS_ADDR *addr;
/*	int	max;
/*	int	*count;
/*	int	*nodata;
/*	VSTRING	*why;
/* DESCRIPTION
/*	See dns(3h). The header and the question are checked here; the
/*	records are parsed by udns's dns_parse_mx(), dns_parse_a4() and
/*	dns_parse_a6(), whose result is copied and freed at once.
/* DIAGNOSTICS
/*	Warnings: a truncated or malformed response, an MX target that
/*	is not a valid name. Panic: max below 1, an unknown family.
/*--*/

#include <sys_defs.h>
#include <stdlib.h>
#include <string.h>

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

/* dns_answer_status - result and why text */

static int dns_answer_status(int status, const char *text, VSTRING *why)
{
    if (why) {
	if (status == DNS_OK)
	    vstring_reset(why);
	else
	    vstring_strcpy(why, text);
    }
    return (status);
}

/* dns_answer_check - header and question; DNS_OK: records follow */

static int dns_answer_check(const unsigned char *pkt, size_t len,
			            const char *name, int qtype,
			            unsigned char *qdn, const unsigned char **cur,
			            int *nodata, VSTRING *why)
{
    const char *tname = qtype == DNS_T_MX ? "MX" :
	qtype == DNS_T_A ? "A" : "AAAA";
    const unsigned char *end = pkt + len;
    unsigned char dn[DNS_MAXDN];

    *nodata = 0;
    if (dns_ptodn(name, 0, qdn, DNS_MAXDN, (int *) 0) <= 0)
	return (dns_answer_status(DNS_INVAL, DNS_WHY_INVAL, why));
    if (len < DNS_HSIZE || len > DNS_UDP_SIZE || !dns_qr(pkt)
	|| dns_opcode(pkt) != 0 || dns_numqd(pkt) != 1)
	goto malformed;
    if (dns_tc(pkt)) {
	msg_warn("truncated name server reply for name=%.255s type=%s",
		 name, tname);
	return (dns_answer_status(DNS_RETRY, DNS_WHY_RETRY, why));
    }
    *cur = dns_payload(pkt);
    if (dns_getdn(pkt, cur, end, dn, sizeof(dn)) <= 0 || *cur + 4 > end
	|| !dns_dnequal(dn, qdn) || dns_get16(*cur) != (unsigned) qtype
	|| dns_get16(*cur + 2) != DNS_C_IN)
	goto malformed;
    switch (dns_rcode(pkt)) {
    case DNS_R_NOERROR:
	break;
    case DNS_R_NXDOMAIN:
	return (dns_answer_status(DNS_NOTFOUND, DNS_WHY_NOTFOUND, why));
    default:
	return (dns_answer_status(DNS_RETRY, DNS_WHY_RETRY, why));
    }
    if (dns_numan(pkt) == 0) {
	*nodata = 1;
	return (dns_answer_status(DNS_NOTFOUND, qtype == DNS_T_MX ?
				  DNS_WHY_NODATA : DNS_WHY_NOADDR, why));
    }
    return (DNS_OK);

malformed:
    msg_warn("malformed name server reply for name=%.255s type=%s",
	     name, tname);
    return (dns_answer_status(DNS_RETRY, DNS_WHY_RETRY, why));
}

/* dns_answer_parsed - a udns parser's error code as a result */

static int dns_answer_parsed(int code, const char *name, int qtype,
			             int *nodata, VSTRING *why)
{
    switch (code) {
    case DNS_E_NODATA:
	*nodata = 1;
	return (dns_answer_status(DNS_NOTFOUND, qtype == DNS_T_MX ?
				  DNS_WHY_NODATA : DNS_WHY_NOADDR, why));
    case DNS_E_PROTOCOL:
	msg_warn("malformed name server reply for name=%.255s type=%s",
		 name, qtype == DNS_T_MX ? "MX" : qtype == DNS_T_A ?
		 "A" : "AAAA");
	/* FALLTHROUGH */
    default:
	return (dns_answer_status(DNS_RETRY, DNS_WHY_RETRY, why));
    }
}

/* dns_answer_mx - MX records from a response */

int     dns_answer_mx(const unsigned char *pkt, size_t len, const char *name,
		              DNS_MX *mx, int max, int *count, int *nodata,
		              VSTRING *why)
{
    unsigned char qdn[DNS_MAXDN];
    const unsigned char *cur;
    struct dns_rr_mx *rr;
    void   *result;
    int     status;
    int     valid = 0;
    int     n;

    if (max <= 0)
	msg_panic("dns_answer_mx: bad array size %d", max);
    *count = 0;
    if ((status = dns_answer_check(pkt, len, name, DNS_T_MX, qdn, &cur,
				   nodata, why)) != DNS_OK)
	return (status);
    if ((status = dns_parse_mx(qdn, pkt, cur, pkt + len, &result)) < 0)
	return (dns_answer_parsed(status, name, DNS_T_MX, nodata, why));
    rr = (struct dns_rr_mx *) result;

    /*
     * A null MX is a lone record; an empty target anywhere else is as
     * malformed as any other name that is not a host name.
     */
    if (rr->dnsmx_nrr == 1 && rr->dnsmx_mx[0].name[0] == 0
	&& rr->dnsmx_mx[0].priority == 0) {
	mx[0].host[0] = 0;
	mx[0].pref = 0;
	*count = valid = 1;
    } else {
	for (n = 0; n < rr->dnsmx_nrr; n++) {
	    if (!dns_valid_name(rr->dnsmx_mx[n].name)) {
		msg_warn("malformed domain name in resource data of MX record"
			 " for %.255s: \"%.100s\"", name,
			 rr->dnsmx_mx[n].name);
		continue;
	    }
	    valid++;
	    if (*count < max) {
		strcpy(mx[*count].host, rr->dnsmx_mx[n].name);
		mx[*count].pref = (unsigned) rr->dnsmx_mx[n].priority;
		*count += 1;
	    }
	}
    }
    free(result);
    if (valid == 0)
	return (dns_answer_status(DNS_RETRY, DNS_WHY_RETRY, why));
    return (dns_answer_status(DNS_OK, "", why));
}

/* dns_answer_addr - A or AAAA records from a response */

int     dns_answer_addr(const unsigned char *pkt, size_t len,
			        const char *name, int family, DNS_ADDR *addr,
			        int max, int *count, int *nodata, VSTRING *why)
{
    unsigned char qdn[DNS_MAXDN];
    const unsigned char *cur;
    const unsigned char *data;
    void   *result;
    size_t  size;
    int     qtype;
    int     status;
    int     nrr;
    int     n;

    if (max <= 0)
	msg_panic("dns_answer_addr: bad array size %d", max);
    if (family == AF_INET) {
	qtype = DNS_T_A;
	size = 4;
    } else if (family == AF_INET6) {
	qtype = DNS_T_AAAA;
	size = 16;
    } else {
	msg_panic("dns_answer_addr: unknown family %d", family);
    }
    *count = 0;
    if ((status = dns_answer_check(pkt, len, name, qtype, qdn, &cur,
				   nodata, why)) != DNS_OK)
	return (status);
    status = (family == AF_INET ? dns_parse_a4 : dns_parse_a6)
	(qdn, pkt, cur, pkt + len, &result);
    if (status < 0)
	return (dns_answer_parsed(status, name, qtype, nodata, why));
    if (family == AF_INET) {
	nrr = ((struct dns_rr_a4 *) result)->dnsa4_nrr;
	data = (unsigned char *) ((struct dns_rr_a4 *) result)->dnsa4_addr;
    } else {
	nrr = ((struct dns_rr_a6 *) result)->dnsa6_nrr;
	data = (unsigned char *) ((struct dns_rr_a6 *) result)->dnsa6_addr;
    }
    for (n = 0; n < nrr && n < max; n++) {
	addr[n].family = family;
	memset(addr[n].addr, 0, sizeof(addr[n].addr));
	memcpy(addr[n].addr, data + n * size, size);
    }
    *count = n;
    free(result);
    return (dns_answer_status(DNS_OK, "", why));
}
