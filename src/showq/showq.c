/*++
/* NAME
/*	showq 8
/* SUMMARY
/*	list the mail queue
/* SYNOPSIS
/*	showq [generic daemon options]
/* DESCRIPTION
/*	showq(8) serves the public "showq" endpoint (showq_service_name):
/*	for each connection it walks the maildrop, active, incoming,
/*	deferred and hold queues (Postfix's order) and sends every
/*	message it can read (showq_scan(3)) as attribute lists
/*	(showq_proto(3)), then closes the connection. postqueue(1)
/*	formats what it receives; that is how users who may not read
/*	the queue directory see a listing. showq(8) runs as mail_owner
/*	and reads nothing from the client.
/*
/*	One SHOWQ_MSG is allocated at start-up and reused for every
/*	message of every connection.
/*
/*	See man/man8/showq.8 for the user documentation.
/* DIAGNOSTICS
/*	Unreadable or broken queue files are skipped with a warning
/*	that names them; a client that goes away ends the walk.
/*--*/

#include <sys_defs.h>

#include <msg.h>
#include <vstream.h>
#include <mail_server.h>
#include <showq_scan.h>
#include <showq_proto.h>

static SHOWQ_MSG *showq_msg;

/* showq_send - send one message, if the client is still there */

static void showq_send(SHOWQ_MSG *msg, void *context)
{
    VSTREAM *client = (VSTREAM *) context;

    if (!vstream_ferror(client))
	(void) showq_proto_send(client, msg);
}

/* showq_service - one listing per connection */

static void showq_service(VSTREAM *client, char *service, char **argv)
{
    (void) service;
    (void) argv;
    (void) showq_scan(showq_msg, showq_send, (void *) client);
    if (vstream_fflush(client) != 0 || vstream_ferror(client))
	msg_warn("showq: client went away before the listing was sent");
}

/* showq_post_init - the buffers, once */

static void showq_post_init(char *service, char **argv)
{
    (void) service;
    (void) argv;
    showq_msg = showq_msg_alloc();
}

/* showq_main - the multi-call entry */

int     showq_main(int argc, char **argv)
{
    single_server_main(argc, argv, showq_service,
		       CA_MAIL_SERVER_POST_INIT, showq_post_init,
		       CA_MAIL_SERVER_END);
}
