/*++
/* NAME
/*	fuzz_smtp_dest 1
/* SUMMARY
/*	libFuzzer harness for the SMTP/LMTP client's nexthop parser
/* SYNOPSIS
/*	fuzz_smtp_dest [libFuzzer options] [corpus...]
/* DESCRIPTION
/*	The input, up to its first null byte, is parsed as a nexthop
/*	with smtp_dest_parse() in SMTP mode and in LMTP mode. A
/*	destination that is accepted must be complete (a kind, a
/*	non-empty host, or a path for UNIX; a port of 1..65535, or 0
/*	for UNIX); a refusal must come with a printable reason that
/*	starts as smtp.h says. A crash, hang, leak, failed check or
/*	sanitizer report is a bug.
/*--*/

#include <sys_defs.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <msg.h>
#include <vstring.h>

#include "fuzz_util.h"

#include <smtp/smtp_dest.c>

static VSTRING *fuzz_why;

/* fuzz_reason - a refusal as smtp.h describes it */

static void fuzz_reason(const char *why)
{
    static const char *const prefix[] = {
	"bad destination syntax: ", "unknown service: ",
	"bad numerical address: ", "socket pathname too long: ", 0,
    };
    const char *const *cpp;
    const char *cp;

    for (cpp = prefix; *cpp; cpp++)
	if (strncmp(why, *cpp, strlen(*cpp)) == 0)
	    break;
    if (*cpp == 0)
	abort();
    for (cp = why; *cp; cp++)
	if (*cp < 0x20 || *cp > 0x7e)
	    abort();
    if (strlen(why) > 300)
	abort();
}

/* fuzz_parse - one mode */

static void fuzz_parse(const char *nexthop, int lmtp)
{
    SMTP_DEST dest;

    memset(&dest, 0x5a, sizeof(dest));
    vstring_strcpy(fuzz_why, "");
    if (smtp_dest_parse(&dest, nexthop, lmtp, lmtp ? 24 : 25, fuzz_why) < 0) {
	fuzz_reason(vstring_str(fuzz_why));
	return;
    }
    if (memchr(dest.host, 0, sizeof(dest.host)) == 0
	|| memchr(dest.path, 0, sizeof(dest.path)) == 0)
	abort();
    switch (dest.kind) {
    case SMTP_DEST_UNIX:
	if (!lmtp || dest.path[0] == 0 || dest.port != 0)
	    abort();
	break;
    case SMTP_DEST_MX:
	if (lmtp)
	    abort();
	/* FALLTHROUGH */
    case SMTP_DEST_HOST:
    case SMTP_DEST_ADDR:
	if (dest.host[0] == 0 || dest.port < 1 || dest.port > 65535)
	    abort();
	break;
    default:
	abort();
    }
}

int     LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static char nexthop[4097];

    if (fuzz_why == 0) {
	msg_output(fuzz_quiet);
	fuzz_why = vstring_alloc(100);
    }
    if (size > sizeof(nexthop) - 1)
	size = sizeof(nexthop) - 1;
    memcpy(nexthop, data, size);
    nexthop[size] = 0;
    fuzz_parse(nexthop, 0);
    fuzz_parse(nexthop, 1);
    return (0);
}
