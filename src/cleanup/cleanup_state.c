/*++
/* NAME
/*	cleanup_state 3
/* SUMMARY
/*	the per-message state, set up once
/* SYNOPSIS
/*	#include "cleanup.h"
/*
/*	void	cleanup_state_init()
/*
/*	CLEANUP_STATE *cleanup_state_alloc(src)
/*	VSTREAM	*src;
/*
/*	void	cleanup_state_free(state)
/*	CLEANUP_STATE *state;
/* DESCRIPTION
/*	A cleanup process receives one message from start to end
/*	within one call of its service routine (blocking reads with
/*	ipc_timeout, as Postfix's cleanup does), so one state object is
/*	all it ever needs: a static object. cleanup_state_init() sets it
/*	up at start-up, with all of its buffers at their fixed sizes:
/*	header_size_limit for a logical header and its rewritten form,
/*	CLEANUP_REC_MAX for a record, DICT_VALUE_MAX-sized buffers for
/*	addresses, and a page for the queue file stream's buffer.
/*	Nothing is allocated per message.
/*
/*	cleanup_state_alloc() takes the state for a new client and
/*	resets it; cleanup_state_free() gives it back (closing
/*	nothing: the caller owns the streams).
/* DIAGNOSTICS
/*	Panic: the state is taken twice, or given back when it was not
/*	taken (a bug).
/*--*/

/* System library. */

#include <sys_defs.h>

/* Utility library. */

#include <msg.h>
#include <mymalloc.h>
#include <dict.h>
#include <vstring.h>

/* Global library. */

#include <mail_params.h>
#include <mail_queue.h>

/* Application-specific. */

#include "cleanup.h"

static CLEANUP_STATE cleanup_state;
static int cleanup_state_busy;

#define CLEANUP_ADDR_MAX	(2 * DICT_VALUE_MAX)

/* cleanup_state_init - place the state and its buffers */

void    cleanup_state_init(void)
{
    CLEANUP_STATE *state = &cleanup_state;

    state->queue_id = vstring_fixed(MAIL_QUEUE_ID_MAX);
    state->rec = vstring_fixed(CLEANUP_REC_MAX);
    state->sender = vstring_fixed(CLEANUP_ADDR_MAX);
    state->full_name = vstring_fixed(CLEANUP_ADDR_MAX);
    state->orig_rcpt = vstring_fixed(CLEANUP_ADDR_MAX);
    state->dsn_orcpt = vstring_fixed(CLEANUP_ADDR_MAX);
    state->dsn_notify = vstring_fixed(100);
    state->addr = vstring_fixed(CLEANUP_ADDR_MAX);
    state->addr2 = vstring_fixed(CLEANUP_ADDR_MAX);
    state->ext = vstring_fixed(CLEANUP_ADDR_MAX);
    state->quoted = vstring_fixed(CLEANUP_ADDR_MAX + 100);
    state->header = vstring_fixed(var_header_size_limit);
    state->hdr_out = vstring_fixed(var_header_size_limit);
    state->msg_id = vstring_fixed(1000);
    state->dst_buf = mymalloc_pages(VSTREAM_BUFSIZE);
}

/* cleanup_state_alloc - take the state for a new message */

CLEANUP_STATE *cleanup_state_alloc(VSTREAM *src)
{
    CLEANUP_STATE *state = &cleanup_state;

    if (cleanup_state_busy)
	msg_panic("cleanup_state_alloc: state already in use");
    cleanup_state_busy = 1;
    state->src = src;
    state->dst = 0;
    state->queue_name = MAIL_QUEUE_INCOMING;
    vstring_reset(state->queue_id);
    state->flags = 0;
    state->errs = 0;
    state->phase = CLEANUP_PHASE_ENVELOPE;
    vstring_reset(state->sender);
    vstring_reset(state->full_name);
    vstring_reset(state->orig_rcpt);
    vstring_reset(state->dsn_orcpt);
    vstring_reset(state->dsn_notify);
    vstring_reset(state->header);
    vstring_reset(state->msg_id);
    state->have_time = 0;
    state->have_from = 0;
    state->prev_cont = 0;
    state->hop_count = 0;
    state->headers_seen = 0;
    state->resent_seen = 0;
    state->rcpt_count = 0;
    state->smtputf8 = 0;
    state->size_offset = state->mesg_offset = 0;
    state->data_offset = state->xtra_offset = 0;
    state->content_size = 0;
    cleanup_dup_reset();
    return (state);
}

/* cleanup_state_free - give the state back */

void    cleanup_state_free(CLEANUP_STATE *state)
{
    if (state != &cleanup_state || !cleanup_state_busy)
	msg_panic("cleanup_state_free: state not in use");
    cleanup_state_busy = 0;
}
