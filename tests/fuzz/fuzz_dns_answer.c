/*++
/* NAME
/*	fuzz_dns_answer 1
/* SUMMARY
/*	libFuzzer harness for DNS responses as dns(3h) reads them
/* SYNOPSIS
/*	fuzz_dns_answer [libFuzzer options] [corpus...]
/* DESCRIPTION
/*	The first input byte picks the question: bits 0-1 the type (MX,
/*	A, AAAA, MX), bits 2-4 the array size (1..8), bit 5 the name
/*	("example.com" or "Example.COM."); the rest is the raw response,
/*	copied so that any read past its end shows. It goes through
/*	dns_answer_mx() or dns_answer_addr(), which is what every
/*	answer to a lookup goes through (udns's parsers included).
/*	Checks: a known result; DNS_OK with 1..max records, MX hosts
/*	that are valid names or a lone null MX, addresses of the family
/*	asked for; otherwise no records, and nodata only with
/*	DNS_NOTFOUND.
/*
/*	Diagnostics are discarded. A crash, hang, leak, sanitizer report
/*	or failed check (abort) is a bug.
/*--*/

#include <sys_defs.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <msg.h>
#include <vstring.h>
#include <port_net.h>
#include <dns.h>

#include "fuzz_util.h"

#define FUZZ_MAX_REC	8

/* fuzz_check_mx - MX results */

static void fuzz_check_mx(const unsigned char *pkt, size_t len,
			          const char *name, int max, VSTRING *why)
{
    DNS_MX  mx[FUZZ_MAX_REC];
    int     count = -1;
    int     nodata = -1;
    int     status;
    int     n;

    status = dns_answer_mx(pkt, len, name, mx, max, &count, &nodata, why);
    if (status == DNS_OK) {
	if (count < 1 || count > max || nodata != 0)
	    abort();
	if (count == 1 && mx[0].host[0] == 0) {
	    if (mx[0].pref != 0)
		abort();
	} else {
	    for (n = 0; n < count; n++)
		if (!dns_valid_name(mx[n].host) || mx[n].pref > 65535)
		    abort();
	}
    } else if (status == DNS_NOTFOUND || status == DNS_RETRY) {
	if (count != 0 || (nodata && status != DNS_NOTFOUND))
	    abort();
    } else {
	abort();
    }
}

/* fuzz_check_addr - A or AAAA results */

static void fuzz_check_addr(const unsigned char *pkt, size_t len,
			            const char *name, int family, int max,
			            VSTRING *why)
{
    DNS_ADDR addr[FUZZ_MAX_REC];
    int     count = -1;
    int     nodata = -1;
    int     status;
    int     n;

    status = dns_answer_addr(pkt, len, name, family, addr, max, &count,
			     &nodata, why);
    if (status == DNS_OK) {
	if (count < 1 || count > max || nodata != 0)
	    abort();
	for (n = 0; n < count; n++)
	    if (addr[n].family != family)
		abort();
    } else if (status == DNS_NOTFOUND || status == DNS_RETRY) {
	if (count != 0 || (nodata && status != DNS_NOTFOUND))
	    abort();
    } else {
	abort();
    }
}

int     LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static VSTRING *why;
    const char *name;
    unsigned char *pkt;
    size_t  len;
    int     max;

    if (why == 0) {
	msg_output(fuzz_quiet);
	why = vstring_alloc(100);
    }
    if (size == 0)
	return (0);
    max = 1 + ((data[0] >> 2) & 7);
    name = (data[0] & 0x20) ? "Example.COM." : "example.com";
    len = size - 1;
    pkt = malloc(len ? len : 1);
    memcpy(pkt, data + 1, len);
    switch (data[0] & 3) {
    case 1:
	fuzz_check_addr(pkt, len, name, AF_INET, max, why);
	break;
    case 2:
	fuzz_check_addr(pkt, len, name, AF_INET6, max, why);
	break;
    default:
	fuzz_check_mx(pkt, len, name, max, why);
	break;
    }
    free(pkt);
    return (0);
}
