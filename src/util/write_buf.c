/*++
/* NAME
/*	write_buf 3
/* SUMMARY
/*	write a whole buffer before a deadline
/* SYNOPSIS
/*	#include <iostuff.h>
/*
/*	ssize_t	write_buf(fd, buf, len, deadline)
/*	int	fd;
/*	const void *buf;
/*	size_t	len;
/*	long long deadline;
/* DESCRIPTION
/*	write_buf() writes all len bytes, in as many pieces as the
/*	descriptor takes, all before one deadline (deadline(3)): a
/*	reader that drains a byte at a time cannot hold the writer
/*	beyond it. The result is len, or -1. As with deadline_write(),
/*	the deadline holds only for a non-blocking descriptor.
/* DIAGNOSTICS
/*	-1 with errno ETIMEDOUT when the deadline passed before
/*	everything was written (part of the data may have been written);
/*	otherwise -1 with the error of deadline_write(3).
/*--*/

#include <sys_defs.h>

#include <iostuff.h>

/* write_buf - write everything, before the deadline */

ssize_t write_buf(int fd, const void *buf, size_t len, long long deadline)
{
    const char *cp = buf;
    size_t  done = 0;
    ssize_t n;

    while (done < len) {
	if ((n = deadline_write(fd, cp + done, len - done, deadline)) < 0)
	    return (-1);
	done += n;
    }
    return ((ssize_t) done);
}
