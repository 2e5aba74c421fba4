/*++
/* NAME
/*	deliver_completed 3
/* SUMMARY
/*	mark a recipient done in the queue file
/* SYNOPSIS
/*	#include <deliver_request.h>
/*
/*	int	deliver_completed(fp, offset)
/*	VSTREAM	*fp;
/*	long	offset;
/* DESCRIPTION
/*	deliver_completed() rewrites the type byte of the RCPT record
/*	at offset in the open queue file to DONE, flushes and fsyncs
/*	the file before it returns: once a recipient is delivered (or
/*	its bounce is logged), no later attempt delivers to it again,
/*	even after a crash. This is the delivery agent's half of the
/*	durability contract; a crash just before the mark means one
/*	more delivery, never none.
/*
/*	The offset comes from qmgr and is checked: the byte there must
/*	be a RCPT record's type (a DONE record is left alone: another
/*	agent got there first). The stream's position is left after the
/*	rewritten byte.
/* DIAGNOSTICS
/*	0, or -1 after a warning: a bad offset, no recipient record
/*	there, an I/O error. The caller then does not count the
/*	recipient as finished, and qmgr tries it again later.
/*--*/

#include <sys_defs.h>
#include <stdio.h>

#include <msg.h>
#include <vstream.h>
#include <rec_type.h>
#include <deliver_request.h>

/* deliver_completed - mark a recipient done, durably */

int     deliver_completed(VSTREAM *fp, long offset)
{
    int     ch;

    if (offset <= 0 || vstream_fseek(fp, (off_t) offset, SEEK_SET) < 0) {
	msg_warn("deliver_completed: bad recipient offset %ld", offset);
	return (-1);
    }
    if ((ch = VSTREAM_GETC(fp)) == REC_TYPE_DONE)
	return (0);
    if (ch != REC_TYPE_RCPT) {
	msg_warn("deliver_completed: no recipient record at offset %ld",
		 offset);
	return (-1);
    }
    if (vstream_fseek(fp, (off_t) offset, SEEK_SET) < 0) {
	msg_warn("deliver_completed: seek to offset %ld: %m", offset);
	return (-1);
    }
    VSTREAM_PUTC(REC_TYPE_DONE, fp);
    if (vstream_fflush(fp) != 0 || vstream_fsync(fp) != 0) {
	msg_warn("deliver_completed: mark recipient at offset %ld: %m", offset);
	return (-1);
    }
    return (0);
}
