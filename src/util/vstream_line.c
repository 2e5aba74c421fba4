/*++
/* NAME
/*	vstream_line 3
/* SUMMARY
/*	read one line from a stream, with a length limit
/* SYNOPSIS
/*	#include <vstream.h>
/*
/*	int	vstream_get_line(stream, vp, maxlen)
/*	VSTREAM	*stream;
/*	VSTRING	*vp;
/*	size_t	maxlen;
/* DESCRIPTION
/*	vstream_get_line() empties vp, then reads bytes into it up to a
/*	newline, which is consumed but not stored. At most maxlen bytes
/*	are stored (0: no limit). The result says how the line ended:
/* .IP '\n'
/*	a newline was read: vp holds the whole line (or its last
/*	piece).
/* .IP 0
/*	maxlen bytes were read without a newline: vp holds a piece of a
/*	longer line, and the next call returns the bytes that follow.
/*	A line of exactly maxlen bytes comes as that piece (result 0)
/*	and then an empty piece ending in a newline. The limit is kept
/*	without waiting for more input.
/* .IP VSTREAM_EOF
/*	the input ended, an error happened or time ran out (see
/*	vstream(3)): vp holds what was read before, which is a last line
/*	without a newline when it is not empty.
/* .PP
/*	Carriage returns and null bytes are stored like any other byte;
/*	protocols that end lines with CR LF remove the CR themselves.
/*	When vp is a fixed-size VSTRING smaller than maxlen, what does
/*	not fit is dropped and vp is marked overflowed (vstring(3)).
/* DIAGNOSTICS
/*	None.
/*--*/

#include <sys_defs.h>
#include <string.h>

#include <vstring.h>
#include <vstream.h>

/* vstream_get_line - read one line, or a piece of at most maxlen bytes */

int     vstream_get_line(VSTREAM *stream, VSTRING *vp, size_t maxlen)
{
    size_t  got = 0;
    size_t  avail;
    char   *nl;

    vstring_reset(vp);
    for (;;) {
	if (maxlen > 0 && got >= maxlen)
	    return (0);
	if (vstream_fill(stream) == VSTREAM_EOF)
	    return (VSTREAM_EOF);
	avail = stream->rend - stream->rptr;
	if (maxlen > 0 && avail > maxlen - got)
	    avail = maxlen - got;
	if ((nl = memchr(stream->rptr, '\n', avail)) != 0) {
	    (void) vstring_memcat(vp, stream->rptr, nl - stream->rptr);
	    stream->rptr = nl + 1;
	    return ('\n');
	}
	(void) vstring_memcat(vp, stream->rptr, avail);
	stream->rptr += avail;
	got += avail;
    }
}
