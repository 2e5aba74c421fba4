/*++
/* NAME
/*	fuzz_cidr_table 1
/* SUMMARY
/*	libFuzzer harness for the cidr: table parser
/* SYNOPSIS
/*	fuzz_cidr_table [libFuzzer options] [corpus...]
/* DESCRIPTION
/*	Each input is written to a temporary file, opened as a
/*	cidr: table (parse errors are expected and fine), searched
/*	with a few fixed keys and one taken from the input, and
/*	closed. Diagnostics are discarded. A crash, leak or sanitizer
/*	report is a bug.
/*--*/

#include <sys_defs.h>

#include "fuzz_util.h"

int     LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const keys[] = {
	"", "junk", "1.2.3.4", "192.168.1.1", "10.255.255.255", "0.0.0.0",
	"255.255.255.255", "::", "::1", "2001:db8::1", "::ffff:1.2.3.4",
	"fe80::1:2:3:4", "[1.2.3.4]", 0,
    };

    return (fuzz_table("cidr", keys, data, size));
}
