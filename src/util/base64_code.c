/*++
/* NAME
/*	base64_code 3
/* SUMMARY
/*	base64 encoding and decoding (RFC 4648)
/* SYNOPSIS
/*	#include <base64_code.h>
/*
/*	VSTRING	*base64_encode(result, in, len)
/*	VSTRING	*result;
/*	const char *in;
/*	size_t	len;
/*
/*	VSTRING	*base64_decode(result, in, len)
/*	VSTRING	*result;
/*	const char *in;
/*	size_t	len;
/* DESCRIPTION
/*	See base64_code(3h). The alphabet is the standard one of RFC
/*	4648 section 4 ("+" and "/"), with "=" padding.
/*
/*	The decoder is strict, as befits input from the network: the
/*	length must be a multiple of four, every byte must be in the
/*	alphabet, and "=" may only end the last group (one or two of
/*	them). White space and line breaks are not skipped. Unused bits
/*	in the last group before the padding are ignored, as most
/*	decoders do. Empty input decodes to nothing.
/*
/*	With a fixed-capacity result (vstring_fixed()), output that
/*	does not fit is cut and the result is marked overflowed; the
/*	caller checks vstring_overflowed(). Neither function allocates
/*	memory.
/*--*/

#include <sys_defs.h>

#include <vstring.h>
#include <base64_code.h>

static const char base64_chars[] =
"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

#define BASE64_PAD	'='
#define BASE64_BAD	(-1)

/* base64_encode - binary to text */

VSTRING *base64_encode(VSTRING *result, const char *in, size_t len)
{
    const unsigned char *cp = (const unsigned char *) in;
    unsigned long word;
    size_t  left;

    vstring_reset(result);
    for (left = len; left >= 3; left -= 3, cp += 3) {
	word = ((unsigned long) cp[0] << 16) | (cp[1] << 8) | cp[2];
	vstring_addch(result, base64_chars[(word >> 18) & 0x3f]);
	vstring_addch(result, base64_chars[(word >> 12) & 0x3f]);
	vstring_addch(result, base64_chars[(word >> 6) & 0x3f]);
	vstring_addch(result, base64_chars[word & 0x3f]);
    }
    if (left > 0) {
	word = (unsigned long) cp[0] << 16;
	if (left == 2)
	    word |= cp[1] << 8;
	vstring_addch(result, base64_chars[(word >> 18) & 0x3f]);
	vstring_addch(result, base64_chars[(word >> 12) & 0x3f]);
	vstring_addch(result, left == 2 ?
		      base64_chars[(word >> 6) & 0x3f] : BASE64_PAD);
	vstring_addch(result, BASE64_PAD);
    }
    return (result);
}

/* base64_value - the 6-bit value of one character, or BASE64_BAD */

static int base64_value(int ch)
{
    if (ch >= 'A' && ch <= 'Z')
	return (ch - 'A');
    if (ch >= 'a' && ch <= 'z')
	return (ch - 'a' + 26);
    if (ch >= '0' && ch <= '9')
	return (ch - '0' + 52);
    if (ch == '+')
	return (62);
    if (ch == '/')
	return (63);
    return (BASE64_BAD);
}

/* base64_decode - text to binary */

VSTRING *base64_decode(VSTRING *result, const char *in, size_t len)
{
    const unsigned char *cp = (const unsigned char *) in;
    unsigned long word;
    size_t  pos;
    int     pads;
    int     val;
    int     i;

    vstring_reset(result);
    if (len % 4 != 0)
	return (0);
    for (pos = 0; pos < len; pos += 4) {
	word = 0;
	pads = 0;
	for (i = 0; i < 4; i++) {
	    if (cp[pos + i] == BASE64_PAD) {
		/* Padding: only in the last group, only in its last two. */
		if (pos + 4 != len || i < 2)
		    return (0);
		pads++;
		val = 0;
	    } else if (pads > 0
		       || (val = base64_value(cp[pos + i])) == BASE64_BAD) {
		/* A data byte after "=", or one outside the alphabet. */
		return (0);
	    }
	    word = (word << 6) | (unsigned long) val;
	}
	vstring_addch(result, (int) ((word >> 16) & 0xff));
	if (pads < 2)
	    vstring_addch(result, (int) ((word >> 8) & 0xff));
	if (pads < 1)
	    vstring_addch(result, (int) (word & 0xff));
    }
    return (result);
}
