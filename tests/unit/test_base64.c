/*++
/* NAME
/*	test_base64 1
/* SUMMARY
/*	unit tests for base64_code(3)
/* SYNOPSIS
/*	test_base64
/* DESCRIPTION
/*	The RFC 4648 section 10 vectors both ways, binary data (NUL
/*	and 8-bit bytes) through a round trip, and the input the
/*	decoder must refuse: bytes outside the alphabet, lengths that
/*	are not a multiple of four, and "=" anywhere but at the end of
/*	the last group. Also a fixed-capacity result that is too small.
/*--*/

#include <sys_defs.h>
#include <string.h>

#include <vstring.h>
#include <base64_code.h>
#include <unit_test.h>

static const char *rfc4648[][2] = {
    {"", ""},
    {"f", "Zg=="},
    {"fo", "Zm8="},
    {"foo", "Zm9v"},
    {"foob", "Zm9vYg=="},
    {"fooba", "Zm9vYmE="},
    {"foobar", "Zm9vYmFy"},
};

#define NVEC	(sizeof(rfc4648) / sizeof(rfc4648[0]))

/* decode_ok - decode a string, which must be valid */

static VSTRING *decode_ok(VSTRING *buf, const char *in)
{
    return (base64_decode(buf, in, strlen(in)));
}

/* test_vectors - RFC 4648 section 10 */

static void test_vectors(void)
{
    VSTRING *buf = vstring_alloc(10);
    size_t  n;

    for (n = 0; n < NVEC; n++) {
	base64_encode(buf, rfc4648[n][0], strlen(rfc4648[n][0]));
	UNIT_ASSERT_STR(vstring_str(buf), rfc4648[n][1]);
	UNIT_ASSERT(decode_ok(buf, rfc4648[n][1]) == buf);
	UNIT_ASSERT_INT(VSTRING_LEN(buf), strlen(rfc4648[n][0]));
	UNIT_ASSERT_STR(vstring_str(buf), rfc4648[n][0]);
    }
    /* The result is replaced, not appended to. */
    vstring_strcpy(buf, "old content");
    base64_encode(buf, "f", 1);
    UNIT_ASSERT_STR(vstring_str(buf), "Zg==");
    vstring_free(buf);
}

/* test_binary - every byte value survives a round trip */

static void test_binary(void)
{
    VSTRING *enc = vstring_alloc(10);
    VSTRING *dec = vstring_alloc(10);
    char    all[256];
    size_t  len;
    int     i;

    for (i = 0; i < 256; i++)
	all[i] = (char) i;
    for (len = 0; len <= sizeof(all); len += 37) {
	base64_encode(enc, all, len);
	UNIT_ASSERT_INT(VSTRING_LEN(enc), (len + 2) / 3 * 4);
	UNIT_ASSERT(base64_decode(dec, vstring_str(enc), VSTRING_LEN(enc)) != 0);
	UNIT_ASSERT_INT(VSTRING_LEN(dec), len);
	UNIT_ASSERT(memcmp(vstring_str(dec), all, len) == 0);
    }
    /* Known binary encodings: NUL bytes and the two extra characters. */
    base64_encode(enc, "\0user\0pass", 10);
    UNIT_ASSERT_STR(vstring_str(enc), "AHVzZXIAcGFzcw==");
    base64_encode(enc, "\xfb\xff\xbf", 3);
    UNIT_ASSERT_STR(vstring_str(enc), "+/+/");
    UNIT_ASSERT(decode_ok(dec, "+/+/") != 0);
    UNIT_ASSERT_INT(VSTRING_LEN(dec), 3);
    UNIT_ASSERT(memcmp(vstring_str(dec), "\xfb\xff\xbf", 3) == 0);
    vstring_free(enc);
    vstring_free(dec);
}

/* test_invalid - what the decoder refuses */

static void test_invalid(void)
{
    static const char *bad[] = {
	/* Bad length. */
	"Z", "Zg", "Zg=", "Zm9vY", "Zm9vYg=", "Zm9vYmFy=",
	/* Bytes outside the alphabet, including white space and URL-safe. */
	"Zm9*", "Zm 9", "Zm9v\r\n", "Zm-_", "Zm9v\x80\x80\x80\x80",
	/* Misplaced padding. */
	"====", "Z===", "=Zm9", "Zg==Zm9v", "Zm=v", "Zg=a", "Zm9v====",
    };
    VSTRING *buf = vstring_alloc(10);
    size_t  n;

    for (n = 0; n < sizeof(bad) / sizeof(bad[0]); n++)
	if (decode_ok(buf, bad[n]) != 0)
	    UNIT_FAIL("accepted \"%s\"", bad[n]);
    /* A NUL byte inside the counted input is also outside the alphabet. */
    UNIT_ASSERT(base64_decode(buf, "Zm\0v", 4) == 0);
    /* The same strings, fixed, are accepted. */
    UNIT_ASSERT(decode_ok(buf, "Zm9v") != 0);
    UNIT_ASSERT(decode_ok(buf, "Zg==") != 0);
    vstring_free(buf);
}

/* test_fixed - a fixed result cuts and says so */

static void test_fixed(void)
{
    VSTRING *buf = vstring_fixed(4);

    base64_encode(buf, "foo", 3);
    UNIT_ASSERT(!vstring_overflowed(buf));
    UNIT_ASSERT_STR(vstring_str(buf), "Zm9v");
    base64_encode(buf, "foobar", 6);
    UNIT_ASSERT(vstring_overflowed(buf));
    UNIT_ASSERT_INT(VSTRING_LEN(buf), 4);
    /* The next use starts clean. */
    UNIT_ASSERT(decode_ok(buf, "Zm9vYg==") != 0);
    UNIT_ASSERT(!vstring_overflowed(buf));
    UNIT_ASSERT_STR(vstring_str(buf), "foob");
    UNIT_ASSERT(decode_ok(buf, "Zm9vYmFy") != 0);
    UNIT_ASSERT(vstring_overflowed(buf));
    vstring_free(buf);
}

int     main(void)
{
    UNIT_RUN(test_vectors);
    UNIT_RUN(test_binary);
    UNIT_RUN(test_invalid);
    UNIT_RUN(test_fixed);
    return (UNIT_SUMMARY());
}
