/*++
/* NAME
/*	smtp 8
/* SUMMARY
/*	Postlet SMTP and LMTP client
/* SYNOPSIS
/*	smtp [generic daemon options]
/*
/*	lmtp [generic daemon options]
/* DESCRIPTION
/*	The smtp(8) delivery agent takes delivery requests from qmgr(8)
/*	and delivers the message to the servers of the nexthop with
/*	SMTP, or with LMTP when it runs as "lmtp". Each recipient's
/*	outcome goes to sent(), bounce or defer, exactly once; the
/*	queue file marks a recipient done only when its outcome is
/*	recorded. The manual page man/man8/smtp.8 describes the
/*	behaviour and the parameters; smtp(3h) the modules.
/*
/*	This file is the daemon around the client: it picks the mode
/*	(the program name "lmtp", or a master.cf service name that
/*	starts with "lmtp"), reads the resolver configuration before
/*	a chroot and the change of user, together with the tables and
/*	every buffer, and serves one request per connection from qmgr.
/*--*/

#include <sys_defs.h>
#include <string.h>

#include <msg.h>
#include <mymalloc.h>
#include <vstream.h>
#include <vstring.h>
#include <stringops.h>
#include <mail_conf.h>
#include <mail_params.h>
#include <mail_server.h>
#include <deliver_request.h>
#include <dsn_buf.h>
#include <dns.h>

#include "smtp.h"
#include "smtp_params.h"

#define SMTP_ADDR_LIMIT(n)	((n) > 0 && (n) < 100 ? (n) + 20 : 120)

static SMTP_STATE *smtp_state;
static int smtp_lmtp_mode;

 /*
  * The state and its scratch strings are one allocation.
  */
#define SMTP_STATE_BUF_SIZE	1024

typedef struct SMTP_STATE_MEM {
    SMTP_STATE state;
    VSTRING buf;
    VSTRING buf2;
    char    buf_mem[SMTP_STATE_BUF_SIZE + 1];
    char    buf2_mem[SMTP_STATE_BUF_SIZE + 1];
} SMTP_STATE_MEM;

/* smtp_state_create - everything a delivery needs, once */

SMTP_STATE *smtp_state_create(const char *service, int lmtp, int rcpt_limit)
{
    static const SMTP_STATE zero;
    SMTP_STATE_MEM *mem = (SMTP_STATE_MEM *) mymalloc(sizeof(*mem));
    SMTP_STATE *state = &mem->state;

    *state = zero;
    state->service = mystrdup(service);
    state->lmtp = lmtp;
    state->request = deliver_request_create(rcpt_limit);
    smtp_addr_init(&state->addrs,
		   SMTP_ADDR_LIMIT(smtp_par.mx_address_limit));
    state->session = smtp_session_create();
    state->rcpt_flags = (int *) mymalloc(sizeof(int) * rcpt_limit);
    state->why = dsb_create();
    vstring_init_mem(&mem->buf, mem->buf_mem, sizeof(mem->buf_mem));
    vstring_init_mem(&mem->buf2, mem->buf2_mem, sizeof(mem->buf2_mem));
    state->buf = &mem->buf;
    state->buf2 = &mem->buf2;
    return (state);
}

/* smtp_deliver - one request */

static int smtp_deliver(SMTP_STATE *state, DSN *hop_dsn)
{
    DELIVER_REQUEST *request = state->request;
    int     n;

    for (n = 0; n < request->rcpt_count; n++)
	state->rcpt_flags[n] = 0;
    state->rcpt_left = request->rcpt_count;
    state->status = DEL_STAT_OK;
    state->final_server = 0;
    state->hop_failed = 0;
    dsb_reset(state->why);
    smtp_connect(state);
    if (state->rcpt_left > 0) {
	msg_warn("%s: %d recipients left unreported; deferring them",
		 request->queue_id, state->rcpt_left);
	if (VSTRING_LEN(state->why->status) == 0)
	    (void) dsb_simple(state->why, "4.3.0", "delivery did not finish");
	smtp_defer_all(state);
    }
    if (state->hop_failed && state->status == DEL_STAT_DEFER
	&& VSTRING_LEN(state->why->status) > 0) {
	(void) dsb_dsn(hop_dsn, state->why, DSN_ACTION_DELAYED);
	return (1);
    }
    return (0);
}

/* smtp_service - serve one connection from qmgr */

static void smtp_service(VSTREAM *client, char *service, char **argv)
{
    DELIVER_REQUEST *request = smtp_state->request;
    DSN     hop_dsn;
    int     hop;
    int     status;

    if (argv[0])
	msg_fatal("unexpected command-line argument: %s", argv[0]);
    if (deliver_request_read(client, request) < 0)
	return;
    if (deliver_request_open(request) < 0) {
	msg_warn("%s: open queue file %s/%s: %m", request->queue_id,
		 request->queue_name, request->queue_id);
	(void) deliver_request_done(client, request, DEL_STAT_DEFER,
				    (DSN *) 0);
	return;
    }
    (void) service;
    hop = smtp_deliver(smtp_state, &hop_dsn);
    status = smtp_state->status;
    (void) deliver_request_done(client, request, status,
				hop ? &hop_dsn : (DSN *) 0);
}

/*
 * smtp_pre_init - before the chroot and the change of user: the mode, the
 * resolver configuration, the tables (a password table is often readable
 * by root only), the buffers.
 */
static void smtp_pre_init(char *service, char **argv)
{
    (void) argv;
    if (strncmp(service, "lmtp", 4) == 0)
	smtp_lmtp_mode = 1;
    mail_params_init(params_scache);		/* the cache's name and timeout */
    mail_params_init(params_bounce);		/* notify_classes and friends */
    smtp_params_init(smtp_lmtp_mode);
    dns_init();
    smtp_sasl_init();
    smtp_data_init();
    smtp_map_init();
    smtp_state = smtp_state_create(service, smtp_lmtp_mode,
				   deliver_request_limit(service));
}

/* smtp_run - the daemon in either mode */

static NORETURN smtp_run(int argc, char **argv, int lmtp)
{
    smtp_lmtp_mode = lmtp;
    single_server_main(argc, argv, smtp_service,
		       CA_MAIL_SERVER_PARAMS, params_smtp,
		       CA_MAIL_SERVER_PRE_INIT, smtp_pre_init,
		       CA_MAIL_SERVER_END);
}

/* smtp_main - the multi-call entry as "smtp" */

int     smtp_main(int argc, char **argv)
{
    smtp_run(argc, argv, 0);
}

/* lmtp_main - the multi-call entry as "lmtp" */

int     lmtp_main(int argc, char **argv)
{
    smtp_run(argc, argv, 1);
}
