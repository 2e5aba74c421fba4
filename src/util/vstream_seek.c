/*++
/* NAME
/*	vstream_seek 3
/* SUMMARY
/*	stream position and durability
/* SYNOPSIS
/*	#include <vstream.h>
/*
/*	off_t	vstream_fseek(stream, offset, whence)
/*	VSTREAM	*stream;
/*	off_t	offset;
/*	int	whence;
/*
/*	off_t	vstream_ftell(stream)
/*	VSTREAM	*stream;
/*
/*	int	vstream_fsync(stream)
/*	VSTREAM	*stream;
/* DESCRIPTION
/*	vstream_fseek() flushes the stream, discards input read ahead,
/*	and moves to a new position as lseek(2) does (SEEK_CUR counts
/*	from the position that reading or writing has reached, not from
/*	the descriptor's). It returns the new position, or -1 with errno
/*	set. It clears the end-of-file condition. After it, the stream
/*	may be read or written. A queue file is updated in place this
/*	way: read up to a record, seek back to the byte that marks it,
/*	write that byte, vstream_fsync().
/*
/*	vstream_ftell() returns the position that reading or writing
/*	has reached, counting what is still in the buffers, or -1.
/*
/*	vstream_fsync() flushes the stream and then has the system write
/*	the file to stable storage with fsync(2). It returns 0 only when
/*	every write since the stream was opened (or its errors were
/*	cleared) succeeded and fsync(2) did too; otherwise VSTREAM_EOF,
/*	and the stream's error condition is set. This is the point at
/*	which a queue file is safe.
/* DIAGNOSTICS
/*	vstream_fseek() and vstream_ftell() fail with ESPIPE on a
/*	descriptor that cannot seek; vstream_fseek() fails with the
/*	error of the flush when a pending write cannot be made.
/*--*/

#include <sys_defs.h>
#include <errno.h>
#include <unistd.h>

#include <vstream.h>

/* vstream_ftell - position reached by reading or writing */

off_t   vstream_ftell(VSTREAM *stream)
{
    if (stream->flags & VSTREAM_FLAG_LAZY)
	vstream_probe(stream);
    if ((stream->flags & VSTREAM_FLAG_SEEK) == 0) {
	errno = ESPIPE;
	return (-1);
    }
    if (stream->wptr > stream->wbuf)
	return (stream->offset + (stream->wptr - stream->wbuf));
    return (stream->offset - (stream->rend - stream->rptr));
}

/* vstream_fseek - move to a new position */

off_t   vstream_fseek(VSTREAM *stream, off_t offset, int whence)
{
    off_t   pos;

    if (stream->flags & VSTREAM_FLAG_LAZY)
	vstream_probe(stream);
    if ((stream->flags & VSTREAM_FLAG_SEEK) == 0) {
	errno = ESPIPE;
	return (-1);
    }
    if (stream->wptr > stream->wbuf && vstream_fflush(stream) < 0)
	return (-1);
    if (whence == SEEK_CUR) {
	offset += vstream_ftell(stream);
	whence = SEEK_SET;
    }
    if ((pos = lseek(stream->fd, offset, whence)) < 0)
	return (-1);
    stream->offset = pos;
    stream->rptr = stream->rend = stream->rbuf;
    stream->wptr = stream->wend = stream->wbuf;
    stream->flags &= ~VSTREAM_FLAG_EOF;
    return (pos);
}

/* vstream_fsync - flush, then write the file to stable storage */

int     vstream_fsync(VSTREAM *stream)
{
    if (vstream_fflush(stream) < 0)
	return (VSTREAM_EOF);
    if (fsync(stream->fd) < 0) {
	vstream_io_error(stream, VSTREAM_FLAG_WERR);
	return (VSTREAM_EOF);
    }
    return (0);
}
