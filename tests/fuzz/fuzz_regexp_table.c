/*++
/* NAME
/*	fuzz_regexp_table 1
/* SUMMARY
/*	libFuzzer harness for the regexp: table parser
/* SYNOPSIS
/*	fuzz_regexp_table [libFuzzer options] [corpus...]
/* DESCRIPTION
/*	Each input is written to a temporary file, opened as a
/*	regexp: table (parse errors are expected and fine), searched
/*	with a few fixed keys and one taken from the input, and
/*	closed. Diagnostics are discarded. A crash, leak or sanitizer
/*	report is a bug.
/*--*/

#include <sys_defs.h>

#include "fuzz_util.h"

int     LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const keys[] = {
	"", "a", "user@example.com", "Joe+ext@Example.COM",
	"Subject: make money fast\nsecond line", "192.168.1.1",
	"0123456789abcdefghijklmnopqrstuvwxyz", 0,
    };

    return (fuzz_table("regexp", keys, data, size));
}
