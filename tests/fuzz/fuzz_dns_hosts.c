/*++
/* NAME
/*	fuzz_dns_hosts 1
/* SUMMARY
/*	libFuzzer harness for the hosts file parser of dns(3h)
/* SYNOPSIS
/*	fuzz_dns_hosts [libFuzzer options] [corpus...]
/* DESCRIPTION
/*	The first input byte picks the address families (bits 0-1,
/*	none meaning both); the rest, up to its first newline, is the
/*	name to look for and what follows is a hosts file. Each line of
/*	the file goes through dns_hosts_line(): a match must give an
/*	address of a family asked for. The whole text is then written
/*	to a temporary file and read by dns_lookup_hosts() with a small
/*	array: the result must be DNS_OK with 1..max addresses of the
/*	families asked for, DNS_NOTFOUND with none, or DNS_INVAL for a
/*	name that dns_valid_name() refuses.
/*
/*	Diagnostics are discarded. A crash, hang, leak, sanitizer report
/*	or failed check (abort) is a bug.
/*--*/

#include <sys_defs.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <msg.h>
#include <vstring.h>
#include <port_net.h>
#include <dns.h>

#include "fuzz_util.h"

#define FUZZ_MAX_ADDR	3

static char fuzz_hosts_path[] = "/tmp/fuzz_dns_hosts.XXXXXX";

/* fuzz_hosts_cleanup - remove the temporary file at exit */

static void fuzz_hosts_cleanup(void)
{
    unlink(fuzz_hosts_path);
}

/* fuzz_family_ok - an address of a family asked for */

static void fuzz_family_ok(const DNS_ADDR *addr, int families)
{
    if (!(addr->family == AF_INET && (families & DNS_WANT_IPV4))
	&& !(addr->family == AF_INET6 && (families & DNS_WANT_IPV6)))
	abort();
}

int     LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static VSTRING *why;
    DNS_ADDR addr[FUZZ_MAX_ADDR];
    DNS_ADDR one;
    char   *text;
    char   *name;
    char   *file;
    char   *line;
    char   *next;
    FILE   *fp;
    int     families;
    int     count;
    int     status;
    int     fd;
    int     n;

    if (why == 0) {
	msg_output(fuzz_quiet);
	why = vstring_alloc(100);
	if ((fd = mkstemp(fuzz_hosts_path)) < 0)
	    abort();
	close(fd);
	atexit(fuzz_hosts_cleanup);
	dns_hosts_file(fuzz_hosts_path);
    }
    if (size == 0)
	return (0);
    families = data[0] & (DNS_WANT_IPV4 | DNS_WANT_IPV6);
    if (families == 0)
	families = DNS_WANT_IPV4 | DNS_WANT_IPV6;

    /*
     * Name and file as strings; a NUL byte ends the file text early, as
     * it ends a line for dns_hosts_line().
     */
    text = malloc(size);
    memcpy(text, data + 1, size - 1);
    text[size - 1] = 0;
    name = text;
    if ((file = strchr(text, '\n')) != 0)
	*file++ = 0;
    else
	file = text + strlen(text);

    /*
     * The file written out before the lines are cut apart in place.
     */
    if ((fp = fopen(fuzz_hosts_path, "w")) == 0)
	abort();
    if (fwrite(file, 1, strlen(file), fp) != strlen(file) || fclose(fp) != 0)
	abort();
    for (line = file; line != 0; line = next) {
	if ((next = strchr(line, '\n')) != 0)
	    *next++ = 0;
	if (dns_hosts_line(line, name, families, &one))
	    fuzz_family_ok(&one, families);
    }

    status = dns_lookup_hosts(name, families, addr, FUZZ_MAX_ADDR, &count,
			      why);
    switch (status) {
    case DNS_OK:
	if (count < 1 || count > FUZZ_MAX_ADDR)
	    abort();
	for (n = 0; n < count; n++)
	    fuzz_family_ok(addr + n, families);
	break;
    case DNS_NOTFOUND:
	if (count != 0 || !dns_valid_name(name))
	    abort();
	break;
    case DNS_INVAL:
	if (dns_valid_name(name))
	    abort();
	break;
    default:
	abort();
    }
    free(text);
    return (0);
}
