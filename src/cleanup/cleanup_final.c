/*++
/* NAME
/*	cleanup_final 3
/* SUMMARY
/*	finish the queue file and answer the client
/* SYNOPSIS
/*	#include "cleanup.h"
/*
/*	void	cleanup_final(state)
/*	CLEANUP_STATE *state;
/* DESCRIPTION
/*	cleanup_final() completes a message that was received without
/*	error: it writes END, fills in the MESG record (offset of the
/*	extracted section) and the SIZE record (content size, content
/*	offset, recipient count, 0, content size) in place, flushes,
/*	sets the owner execute bit (MAIL_QUEUE_STAT_READY: the file is
/*	complete) and fsyncs the file, which makes both the data and the
/*	mode durable. The directory entry was made durable when the file
/*	was created (mail_queue_enter). A message that asked for hold is
/*	then moved to the hold queue (mail_queue_rename() fsyncs both
/*	directories); one that asked for discard is removed and logged.
/*
/*	A message without recipients fails with CLEANUP_STAT_RCPT. When
/*	anything failed, the file is removed: a half file never becomes
/*	visible as complete (it lacks the execute bit, and it is gone).
/*
/*	Only then is the reply {status, reason} sent, and qmgr woken
/*	up for a new file in incoming.
/* DIAGNOSTICS
/*	"QUEUEID: reject: reason; from=<sender>" for refused mail;
/*	"QUEUEID: discard: ..." for discarded mail; warnings for I/O
/*	errors.
/*--*/

/* System library. */

#include <sys_defs.h>
#include <sys/stat.h>
#include <errno.h>
#include <string.h>
#include <unistd.h>

/* Utility library. */

#include <msg.h>
#include <vstream.h>
#include <vstring.h>

/* Global library. */

#include <mail_proto.h>
#include <mail_queue.h>
#include <mail_trigger.h>
#include <record.h>
#include <attr.h>
#include <cleanup_user.h>

/* Application-specific. */

#include "cleanup.h"

/* cleanup_final_write - complete and sync the file */

static void cleanup_final_write(CLEANUP_STATE *state)
{
    VSTREAM *dst = state->dst;
    const char *id = vstring_str(state->queue_id);

    cleanup_out(state, REC_TYPE_END, "", 0);
    if (state->errs)
	return;
    if (vstream_fseek(dst, state->mesg_offset, SEEK_SET) < 0
	|| rec_fprintf(dst, REC_TYPE_MESG, REC_TYPE_MESG_FORMAT,
		       (long) state->xtra_offset) != REC_TYPE_MESG
	|| vstream_fseek(dst, state->size_offset, SEEK_SET) < 0
	|| rec_fprintf(dst, REC_TYPE_SIZE, REC_TYPE_SIZE_FORMAT,
		       state->content_size, (long) state->data_offset,
		       (long) state->rcpt_count, 0L,
		       state->content_size) != REC_TYPE_SIZE
	|| vstream_fflush(dst) != 0
	|| fchmod(vstream_fileno(dst), MAIL_QUEUE_STAT_READY) < 0
	|| vstream_fsync(dst) != 0) {
	msg_warn("%s: write queue file: %m", id);
	state->errs |= CLEANUP_STAT_WRITE;
    }
}

/* cleanup_final - finish, reply, wake up qmgr */

void    cleanup_final(CLEANUP_STATE *state)
{
    const CLEANUP_STAT_DETAIL *detail;
    const char *id = vstring_str(state->queue_id);
    char    wakeup = TRIGGER_REQ_WAKEUP;
    VSTRING *reason = state->addr;
    int     new_mail = 0;

    if (state->phase != CLEANUP_PHASE_DONE)
	state->errs |= CLEANUP_STAT_BAD;
    if (state->errs == 0 && state->rcpt_count == 0)
	state->errs |= CLEANUP_STAT_RCPT;
    if (state->errs == 0)
	cleanup_final_write(state);
    if (vstream_fclose(state->dst) != 0 && state->errs == 0) {
	msg_warn("%s: close queue file: %m", id);
	state->errs |= CLEANUP_STAT_WRITE;
    }
    state->dst = 0;

    if (state->errs == 0 && (state->flags & CLEANUP_FLAG_DISCARD)) {
	msg_info("%s: discard: message discarded as requested by the client; "
		 "from=<%s>", id, vstring_str(state->sender));
	if (mail_queue_remove(state->queue_name, id) < 0 && errno != ENOENT)
	    msg_warn("%s: remove %s file: %m", id, state->queue_name);
    } else if (state->errs == 0 && (state->flags & CLEANUP_FLAG_HOLD)) {
	if (mail_queue_rename(id, MAIL_QUEUE_INCOMING, MAIL_QUEUE_HOLD) < 0) {
	    msg_warn("%s: move to %s: %m", id, MAIL_QUEUE_HOLD);
	    state->errs |= CLEANUP_STAT_WRITE;
	} else {
	    state->queue_name = MAIL_QUEUE_HOLD;
	    msg_info("%s: hold: message held as requested by the client; "
		     "from=<%s>", id, vstring_str(state->sender));
	}
    } else if (state->errs == 0) {
	new_mail = 1;
    }
    if (state->errs != 0) {
	detail = cleanup_stat_detail(state->errs);
	if ((state->errs & ~(CLEANUP_STAT_SIZE | CLEANUP_STAT_HOPS)) != 0)
	    msg_info("%s: reject: %s; from=<%s>", id, detail->text,
		     vstring_str(state->sender));
	if (mail_queue_remove(state->queue_name, id) < 0 && errno != ENOENT)
	    msg_warn("%s: remove %s file: %m", id, state->queue_name);
	if (state->flags & CLEANUP_FLAG_SMTP_REPLY)
	    vstring_sprintf(reason, "%s %s", detail->dsn, detail->text);
	else
	    vstring_strcpy(reason, detail->text);
    } else {
	vstring_reset(reason);
    }
    if (attr_print(state->src, ATTR_FLAG_NONE,
		   SEND_ATTR_INT(MAIL_ATTR_STATUS, state->errs),
		   SEND_ATTR_STR(MAIL_ATTR_REASON, vstring_str(reason)),
		   ATTR_TYPE_END) != 0)
	msg_warn("%s: cannot send the reply to the client: %m", id);
    if (new_mail)
	(void) mail_trigger(MAIL_CLASS_PUBLIC, MAIL_SERVICE_QUEUE, &wakeup, 1);
}
