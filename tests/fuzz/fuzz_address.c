/*++
/* NAME
/*	fuzz_address 1
/* SUMMARY
/*	libFuzzer harness for the address parsers of rewrite(3)
/* SYNOPSIS
/*	fuzz_address [libFuzzer options] [corpus...]
/* DESCRIPTION
/*	Each input is one header value (an address list) as a hostile
/*	client could send it, NUL bytes and 8-bit bytes included. The
/*	first input byte picks the settings: bits 0-3 turn on
/*	swap_bangpath, allow_percent_hack, append_at_myorigin and
/*	append_dot_mydomain; bits 4-7 pick the token limit
/*	(header_address_token_limit) from a short list. The rest of the
/*	input is the text. It goes through:
/* .IP \(bu
/*	rewrite_addr_scan(), whose callback checks that every reported
/*	range lies inside the text, is not empty, and starts at or after
/*	the end of the previous one (cleanup(8) copies the bytes between
/*	ranges and would read outside the header otherwise), that the
/*	address is not empty, and that the count returned equals the
/*	number of callbacks. A second pass stops the scan from the
/*	callback at the first address.
/* .IP \(bu
/*	rewrite_addr_internal() on the whole text and on every range.
/* .IP \(bu
/*	rewrite_addr_quote() of every internal form found, and of the
/*	raw text cut at its first NUL; when the domain (after the last
/*	"@") is plain atext and dots, the external form read back with
/*	rewrite_addr_internal() must give the same internal form.
/* .IP \(bu
/*	rewrite_canon() of every internal form: the result is the same
/*	when canonicalised again, and its domain has no trailing dot;
/*	rewrite_local_addr() of the result.
/* .PP
/*	Diagnostics are discarded. A crash, hang, leak, sanitizer report
/*	or failed check (abort) is a bug.
/*--*/

#include <sys_defs.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <msg.h>
#include <vstring.h>
#include <rewrite.h>

#include "fuzz_util.h"

 /*
  * Per-run state.
  */
typedef struct FUZZ_SCAN {
    const char *text;
    size_t  len;
    size_t  prev_end;			/* end of the previous range */
    int     calls;			/* callbacks so far */
    int     stop;			/* stop the scan at the first one */
} FUZZ_SCAN;

static REWRITE_CONF fuzz_conf;
static VSTRING *fuzz_internal;
static VSTRING *fuzz_quoted;
static VSTRING *fuzz_back;
static VSTRING *fuzz_canon;
static VSTRING *fuzz_canon2;
static VSTRING *fuzz_copy;

static const int fuzz_token_limits[16] = {
    0, 1, 2, 3, 5, 10, 50, 100, 250, 255, 256, 257, 1000, 10000, 100000,
    0x7fffffff,
};

/* fuzz_plain_domain - the domain is atext and dots only */

static int fuzz_plain_domain(const char *domain)
{
    const unsigned char *cp;

    for (cp = (const unsigned char *) domain; *cp; cp++)
	if (*cp != '.' && (*cp <= ' ' || *cp == 0x7f
			   || strchr("()<>@,;:\\\".[]", *cp) != 0))
	    return (0);
    return (1);
}

/* fuzz_quote - external form and back */

static void fuzz_quote(const char *internal)
{
    const char *at = strrchr(internal, '@');

    rewrite_addr_quote(fuzz_quoted, internal);
    rewrite_addr_internal(fuzz_back, vstring_str(fuzz_quoted),
			  VSTRING_LEN(fuzz_quoted));
    if (fuzz_plain_domain(at ? at + 1 : "")
	&& strcmp(vstring_str(fuzz_back), internal) != 0)
	abort();
}

/* fuzz_canon - canonical form, twice */

static void fuzz_canon_check(const char *internal)
{
    const char *result;
    const char *at;
    size_t  len;

    result = rewrite_canon(&fuzz_conf, fuzz_canon, internal);
    len = strlen(result);
    if ((at = strrchr(result, '@')) != 0 && len > 0 && result[len - 1] == '.')
	abort();
    rewrite_canon(&fuzz_conf, fuzz_canon2, result);
    if (strcmp(vstring_str(fuzz_canon2), result) != 0)
	abort();
    (void) rewrite_local_addr(result);
}

/* fuzz_found - scan callback */

static int fuzz_found(void *context, const char *internal, size_t start,
		              size_t end)
{
    FUZZ_SCAN *scan = context;
    VSTRING *copy = fuzz_copy;

    if (start >= end || end > scan->len || start < scan->prev_end
	|| *internal == 0)
	abort();
    scan->prev_end = end;
    scan->calls++;
    if (scan->stop)
	return (1);

    /*
     * The scanner's buffer is reused by rewrite_addr_internal() callers
     * only through their own buffers; still, work on a copy.
     */
    vstring_strcpy(copy, internal);
    rewrite_addr_internal(fuzz_internal, scan->text + start, end - start);
    fuzz_quote(vstring_str(copy));
    fuzz_canon_check(vstring_str(copy));
    return (0);
}

int     LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int initialized;
    FUZZ_SCAN scan;
    const char *text;
    size_t  len;
    int     limit;
    int     ret;
    char   *raw;

    if (!initialized) {
	msg_output(fuzz_quiet);
	fuzz_internal = vstring_alloc(100);
	fuzz_quoted = vstring_alloc(100);
	fuzz_back = vstring_alloc(100);
	fuzz_canon = vstring_alloc(100);
	fuzz_canon2 = vstring_alloc(100);
	fuzz_copy = vstring_alloc(100);
	rewrite_local_init("localhost, $myhostname, Example.COM. [10.0.0.1]");
	initialized = 1;
    }
    if (size == 0)
	return (0);
    fuzz_conf.myorigin = "Example.COM";
    fuzz_conf.mydomain = "example.com";
    fuzz_conf.swap_bangpath = (data[0] & 1) != 0;
    fuzz_conf.allow_percent_hack = (data[0] & 2) != 0;
    fuzz_conf.append_at_myorigin = (data[0] & 4) != 0;
    fuzz_conf.append_dot_mydomain = (data[0] & 8) != 0;
    limit = fuzz_token_limits[data[0] >> 4];

    /*
     * A private copy without a terminator, so that ASan sees any read
     * past the end.
     */
    len = size - 1;
    raw = malloc(len ? len : 1);
    memcpy(raw, data + 1, len);
    text = raw;

    memset(&scan, 0, sizeof(scan));
    scan.text = text;
    scan.len = len;
    ret = rewrite_addr_scan(text, len, limit, fuzz_found, &scan);
    if (ret >= 0 && ret != scan.calls)
	abort();
    if (ret < 0 && ret != -1)
	abort();

    memset(&scan, 0, sizeof(scan));
    scan.text = text;
    scan.len = len;
    scan.stop = 1;
    ret = rewrite_addr_scan(text, len, limit, fuzz_found, &scan);
    if (scan.calls > 1 || (scan.calls == 1 && ret != 1))
	abort();

    rewrite_addr_internal(fuzz_internal, text, len);
    vstring_strcpy(fuzz_copy, vstring_str(fuzz_internal));
    fuzz_canon_check(vstring_str(fuzz_copy));
    vstring_strncpy(fuzz_copy, text, len);
    fuzz_quote(vstring_str(fuzz_copy));
    fuzz_canon_check(vstring_str(fuzz_copy));
    free(raw);
    return (0);
}
