/*++
/* NAME
/*	vstream 3h
/* SUMMARY
/*	buffered streams with time limits
/* SYNOPSIS
/*	#include <vstream.h>
/* DESCRIPTION
/*	See vstream(3). The structure is visible so that a caller can
/*	place a stream in its own memory (a static, a pool object) and
/*	so that VSTREAM_GETC() and VSTREAM_PUTC() can work on the buffer
/*	without a function call; its members are not part of the
/*	interface: use the functions.
/*--*/

#ifndef _VSTREAM_H_INCLUDED_
#define _VSTREAM_H_INCLUDED_

#include <sys_defs.h>
#include <sys/types.h>
#include <fcntl.h>
#include <stdarg.h>

#include <vstring.h>

typedef struct VSTREAM VSTREAM;

 /*
  * Raw I/O: one call, like read(2) and write(2) (a short count is normal,
  * 0 is end of file), but waiting no longer than the deadline (iostuff(3h);
  * DEADLINE_NONE: no limit). -1 with errno ETIMEDOUT when time ran out. The
  * default functions use the stream's descriptor; vstream_set_io() puts a
  * layer such as TLS in their place.
  */
typedef ssize_t (*VSTREAM_READ_FN) (VSTREAM *, void *, size_t, long long, void *);
typedef ssize_t (*VSTREAM_WRITE_FN) (VSTREAM *, const void *, size_t, long long, void *);

struct VSTREAM {
    char   *rptr;			/* next unread byte */
    char   *rend;			/* end of unread bytes */
    char   *wptr;			/* next free byte */
    char   *wend;			/* end of room for writing */
    char   *rbuf;			/* read buffer */
    size_t  rbufsize;
    char   *wbuf;			/* write buffer (may be rbuf) */
    size_t  wbufsize;
    int     fd;				/* descriptor, -1 when closed */
    int     flags;			/* VSTREAM_FLAG_* below */
    off_t   offset;			/* descriptor's file offset */
    int     timeout;			/* seconds per raw call, 0: none */
    long long deadline;			/* absolute, or DEADLINE_NONE */
    VSTREAM_READ_FN read_fn;		/* raw input */
    VSTREAM_WRITE_FN write_fn;		/* raw output */
    void   *context;			/* for read_fn and write_fn */
};

 /*
  * Flags: private to vstream(3) except for the debugging value of reading
  * them in a core dump.
  */
#define VSTREAM_FLAG_READ	(1<<0)	/* opened for reading */
#define VSTREAM_FLAG_WRITE	(1<<1)	/* opened for writing */
#define VSTREAM_FLAG_SEEK	(1<<2)	/* descriptor can seek */
#define VSTREAM_FLAG_SOCK	(1<<3)	/* descriptor is a socket */
#define VSTREAM_FLAG_FIFO	(1<<4)	/* descriptor is a pipe */
#define VSTREAM_FLAG_RERR	(1<<5)	/* read error or time-out */
#define VSTREAM_FLAG_EOF	(1<<6)	/* end of file */
#define VSTREAM_FLAG_TIMEOUT	(1<<7)	/* time ran out */
#define VSTREAM_FLAG_ALLOC	(1<<8)	/* vstream_fdopen() memory */
#define VSTREAM_FLAG_LAZY	(1<<9)	/* probe descriptor on first use */
#define VSTREAM_FLAG_AUTOFLUSH	(1<<10)	/* flush after each write call */
#define VSTREAM_FLAG_WERR	(1<<11)	/* write error or time-out */
#define VSTREAM_FLAG_ERR	(VSTREAM_FLAG_RERR | VSTREAM_FLAG_WERR)
#define VSTREAM_FLAG_APPEND	(1<<12)	/* file opened O_APPEND */

#define VSTREAM_EOF	(-1)
#define VSTREAM_BUFSIZE	4096		/* vstream_fdopen(), per direction */

 /*
  * Opening and closing.
  */
extern VSTREAM *vstream_fdopen(int, int);
extern VSTREAM *vstream_fopen(const char *, int, mode_t);
extern void vstream_init(VSTREAM *, int, int, char *, size_t);
extern size_t vstream_sizeof(void);
extern int vstream_fclose(VSTREAM *);
extern int vstream_fdclose(VSTREAM *);

extern VSTREAM *vstream_in;
extern VSTREAM *vstream_out;
extern VSTREAM *vstream_err;

 /*
  * Characters, blocks, lines, formatted output.
  */
#define VSTREAM_GETC(s) \
	((s)->rptr < (s)->rend ? (int) (unsigned char) *(s)->rptr++ \
	 : vstream_getc_slow(s))
#define VSTREAM_PUTC(c, s) \
	((s)->wptr < (s)->wend ? (int) (unsigned char) (*(s)->wptr++ = (char) (c)) \
	 : vstream_putc_slow((c), (s)))

extern int vstream_ungetc(VSTREAM *, int);
extern ssize_t vstream_fread(VSTREAM *, void *, size_t);
extern ssize_t vstream_fwrite(VSTREAM *, const void *, size_t);
extern int vstream_fputs(const char *, VSTREAM *);
extern int PRINTFLIKE(2, 3) vstream_fprintf(VSTREAM *, const char *,...);
extern int vstream_vfprintf(VSTREAM *, const char *, va_list);
extern int vstream_get_line(VSTREAM *, VSTRING *, size_t);
extern int vstream_peek(VSTREAM *);

#define VSTREAM_PURGE_READ	(1<<0)	/* discard unread input */
#define VSTREAM_PURGE_WRITE	(1<<1)	/* discard unwritten output */
#define VSTREAM_PURGE_BOTH	(VSTREAM_PURGE_READ | VSTREAM_PURGE_WRITE)

extern void vstream_fpurge(VSTREAM *, int);

 /*
  * Flushing, position, durability.
  */
extern int vstream_fflush(VSTREAM *);
extern int vstream_fsync(VSTREAM *);
extern off_t vstream_fseek(VSTREAM *, off_t, int);
extern off_t vstream_ftell(VSTREAM *);

 /*
  * State.
  */
#define vstream_fileno(s)	((s)->fd)
#define vstream_ferror(s)	(((s)->flags & VSTREAM_FLAG_ERR) != 0)
#define vstream_feof(s)		(((s)->flags & VSTREAM_FLAG_EOF) != 0)
#define vstream_ftimeout(s)	(((s)->flags & VSTREAM_FLAG_TIMEOUT) != 0)

extern void vstream_clearerr(VSTREAM *);

 /*
  * Time limits.
  */
extern void vstream_set_timeout(VSTREAM *, int);
extern void vstream_set_deadline(VSTREAM *, int);
extern long long vstream_io_deadline(VSTREAM *);

 /*
  * Replacing the raw I/O (TLS); the defaults, for use by such a layer.
  */
extern void vstream_set_io(VSTREAM *, VSTREAM_READ_FN, VSTREAM_WRITE_FN, void *);
extern ssize_t vstream_raw_read(VSTREAM *, void *, size_t, long long, void *);
extern ssize_t vstream_raw_write(VSTREAM *, const void *, size_t, long long, void *);

 /*
  * Used by the macros above and by the vstream_*.c modules; not for
  * applications.
  */
extern int vstream_getc_slow(VSTREAM *);
extern int vstream_putc_slow(int, VSTREAM *);
extern int vstream_fill(VSTREAM *);
extern int vstream_write_mode(VSTREAM *);
extern void vstream_probe(VSTREAM *);
extern void vstream_io_error(VSTREAM *, int);

#endif
