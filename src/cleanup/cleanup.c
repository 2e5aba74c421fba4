/*++
/* NAME
/*	cleanup 8
/* SUMMARY
/*	canonicalize and enqueue a message
/* SYNOPSIS
/*	cleanup [generic daemon options]
/* DESCRIPTION
/*	cleanup(8) receives one message per connection from pickup(8),
/*	sendmail -bs or bounce(8), rewrites it, writes it to the
/*	incoming queue and wakes up qmgr(8). See man/man8/cleanup.8
/*	for what it does to a message; the protocol is in mail_proto(3h)
/*	and cleanup_user(3h).
/*
/*	Per connection: create the queue file (mail_queue_enter_fd(),
/*	mode 0600, named by its queue ID, directory entry fsync'ed),
/*	send {queue_id}, receive {flags}, then the records up to END,
/*	each bounded by CLEANUP_REC_MAX and ipc_timeout. The queue file
/*	starts with a SIZE and a CTIME record that cleanup writes
/*	itself. cleanup_final() completes the file and replies. One
/*	message per connection: after the reply cleanup hangs up.
/*
/*	Completeness scheme: a queue file is complete only when it has
/*	END and the owner execute bit, set after the last write and
/*	before the fsync that precedes the reply; readers skip files
/*	without it (mail_queue(3h)). A failed message is removed.
/*
/*	Memory: the message state (with the queue file stream and its
/*	buffer), the duplicate filter and the alias expansion space
/*	are set aside at start-up; the tables are
/*	opened at start-up. Nothing is allocated per message.
/* DIAGNOSTICS
/*	Postfix's log lines: "QUEUEID: message-id=<...>",
/*	"QUEUEID: reject: ...", warnings for protocol and I/O errors.
/* SEE ALSO
/*	cleanup(8), cleanup_user(3h), rec_type(3h), mail_queue(3h)
/*--*/

/* System library. */

#include <sys_defs.h>
#include <sys/time.h>
#include <fcntl.h>

/* Utility library. */

#include <msg.h>
#include <vstream.h>
#include <vstring.h>

/* Global library. */

#include <mail_params.h>
#include <mail_proto.h>
#include <mail_queue.h>
#include <record.h>
#include <attr.h>
#include <cleanup_user.h>

/* Master library. */

#include <mail_server.h>

/* Application-specific. */

#include "cleanup.h"

/* cleanup_read - read and dispatch records up to END */

static void cleanup_read(CLEANUP_STATE *state)
{
    int     type;

    while (state->errs == 0 || (state->errs & CLEANUP_STAT_BAD) == 0) {
	if (state->phase == CLEANUP_PHASE_DONE)
	    return;
	type = rec_get(state->src, state->rec, CLEANUP_REC_MAX);
	if (type < 0) {
	    msg_warn("%s: %s from the client", vstring_str(state->queue_id),
		     type == REC_TYPE_EOF ? "unexpected end of input" :
		     "bad record");
	    state->errs |= CLEANUP_STAT_BAD;
	    return;
	}
	switch (state->phase) {
	case CLEANUP_PHASE_ENVELOPE:
	    cleanup_envelope(state, type, vstring_str(state->rec),
			     VSTRING_LEN(state->rec));
	    break;
	case CLEANUP_PHASE_HEADER:
	case CLEANUP_PHASE_BODY:
	    cleanup_message(state, type, vstring_str(state->rec),
			    VSTRING_LEN(state->rec));
	    break;
	default:
	    cleanup_extracted(state, type, vstring_str(state->rec),
			      VSTRING_LEN(state->rec));
	    break;
	}
    }
}

/* cleanup_service - receive one message */

static void cleanup_service(VSTREAM *src, char *service, char **argv)
{
    CLEANUP_STATE *state;
    int     flags = 0;
    int     fd;

    (void) service;
    (void) argv;
    vstream_set_timeout(src, var_ipc_timeout);
    state = cleanup_state_alloc(src);
    if ((fd = mail_queue_enter_fd(MAIL_QUEUE_INCOMING, 0600,
				  &state->arrival, state->queue_id)) < 0) {
	msg_warn("create file in %s queue: %m", MAIL_QUEUE_INCOMING);
	cleanup_state_free(state);
	multi_server_disconnect(src);
	return;
    }
    vstream_init(&state->dst_stream, fd, O_RDWR, state->dst_buf,
		 VSTREAM_BUFSIZE);
    state->dst = &state->dst_stream;
    if (attr_print(src, ATTR_FLAG_NONE,
		   SEND_ATTR_STR(MAIL_ATTR_QUEUEID, vstring_str(state->queue_id)),
		   ATTR_TYPE_END) != 0
	|| attr_scan(src, ATTR_FLAG_STRICT,
		     RECV_ATTR_INT(MAIL_ATTR_FLAGS, &flags),
		     ATTR_TYPE_END) != 1) {
	msg_warn("%s: no request flags from the client",
		 vstring_str(state->queue_id));
	state->errs |= CLEANUP_STAT_BAD;
    } else if ((flags & ~CLEANUP_FLAG_MASK_ALL)
	       || ((flags & CLEANUP_FLAG_SRC_MASK)
		   & ((flags & CLEANUP_FLAG_SRC_MASK) - 1))) {
	msg_warn("%s: bad request flags 0x%x from the client",
		 vstring_str(state->queue_id), (unsigned) flags);
	state->errs |= CLEANUP_STAT_BAD;
    }
    state->flags = flags;
    state->size_offset = vstream_ftell(state->dst);
    cleanup_out_format(state, REC_TYPE_SIZE, REC_TYPE_SIZE_FORMAT,
		       0L, 0L, 0L, 0L, 0L);
    cleanup_out_format(state, REC_TYPE_CTIME, "%ld %ld",
		       (long) state->arrival.tv_sec,
		       (long) state->arrival.tv_usec);
    if (state->errs == 0)
	cleanup_read(state);
    cleanup_final(state);
    cleanup_state_free(state);
    multi_server_disconnect(src);
}

/* cleanup_main - the program */

int     cleanup_main(int argc, char **argv)
{
    multi_server_main(argc, argv, cleanup_service,
		      CA_MAIL_SERVER_PARAMS, params_cleanup,
		      CA_MAIL_SERVER_PRE_INIT, cleanup_pre_init,
		      CA_MAIL_SERVER_POST_INIT, cleanup_post_init,
		      CA_MAIL_SERVER_SPEAKS_FIRST,
		      CA_MAIL_SERVER_END);
}
