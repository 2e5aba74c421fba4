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
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <msg.h>
#include <vstring.h>
#include <dict.h>

static char fuzz_path[] = "/tmp/fuzz_cidr_table.XXXXXX";
static char fuzz_spec[64];
static VSTRING *fuzz_why;

/* fuzz_quiet - discard diagnostics */

static void fuzz_quiet(int level, const char *text)
{
    (void) level;
    (void) text;
}

/* fuzz_init - one temporary file per process */

static void fuzz_init(void)
{
    int     fd;

    if ((fd = mkstemp(fuzz_path)) < 0)
	abort();
    close(fd);
    snprintf(fuzz_spec, sizeof(fuzz_spec), "cidr:%s", fuzz_path);
    fuzz_why = vstring_alloc(100);
    msg_output(fuzz_quiet);
}

/* fuzz_cleanup - remove the temporary file at exit */

static void fuzz_cleanup(void)
{
    unlink(fuzz_path);
}

int     LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const keys[] = {
	"", "junk", "1.2.3.4", "192.168.1.1", "10.255.255.255", "0.0.0.0",
	"255.255.255.255", "::", "::1", "2001:db8::1", "::ffff:1.2.3.4",
	"fe80::1:2:3:4", "[1.2.3.4]", 0,
    };
    const char *const *kp;
    char    key[65];
    FILE   *fp;
    DICT   *dict;

    if (fuzz_why == 0) {
	fuzz_init();
	atexit(fuzz_cleanup);
    }
    if ((fp = fopen(fuzz_path, "w")) == 0)
	abort();
    if (fwrite(data, 1, size, fp) != size || fclose(fp) != 0)
	abort();
    if ((dict = dict_try_open(fuzz_spec, O_RDONLY, 0, fuzz_why)) == 0)
	return (0);
    for (kp = keys; *kp; kp++)
	(void) dict_get(dict, *kp);
    snprintf(key, sizeof(key), "%.*s", (int) (size < 64 ? size : 64), (const char *) data);
    (void) dict_get(dict, key);
    dict_close(dict);
    return (0);
}
