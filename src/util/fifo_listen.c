/*++
/* NAME
/*	fifo_listen 3
/* SUMMARY
/*	listen on a named pipe
/* SYNOPSIS
/*	#include <listen.h>
/*
/*	int	fifo_listen(path, mode, why)
/*	const char *path;
/*	int	mode;
/*	VSTRING	*why;
/* DESCRIPTION
/*	fifo_listen() removes any old file at path, makes a fifo with
/*	the given permissions and opens it for reading and writing, so
/*	that the reader never sees end of file when a writer goes away.
/*	The result is non-blocking and close-on-exec.
/* DIAGNOSTICS
/*	-1 with errno set and the reason in why (when not null).
/*--*/

#include <sys_defs.h>
#include <sys/stat.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <iostuff.h>
#include <listen.h>

/* fifo_listen - make and open a named pipe */

int     fifo_listen(const char *path, int mode, VSTRING *why)
{
    const char *what;
    int     fd = -1;
    int     saved;

    if (unlink(path) < 0 && errno != ENOENT) {
	what = "remove old fifo";
	goto fail;
    }
    if (mkfifo(path, 0600) < 0) {
	what = "create fifo";
	goto fail;
    }
    if ((fd = open(path, O_RDWR | O_NONBLOCK, 0)) < 0) {
	what = "open fifo";
	goto fail;
    }
    if (fchmod(fd, mode) < 0) {
	what = "chmod fifo";
	goto fail;
    }
    close_on_exec(fd, CLOSE_ON_EXEC);
    return (fd);

fail:
    saved = errno;
    if (why)
	vstring_sprintf(why, "%s %s: %s", what, path, strerror(saved));
    if (fd >= 0)
	(void) close(fd);
    errno = saved;
    return (-1);
}
