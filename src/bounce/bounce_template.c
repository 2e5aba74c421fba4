/*++
/* NAME
/*	bounce_template 3
/* SUMMARY
/*	the texts of delivery status notifications
/* SYNOPSIS
/*	#include "bounce.h"
/*
/*	const BOUNCE_TEMPLATE *bounce_template(kind, to)
/*	int	kind;
/*	int	to;
/*
/*	const char *bounce_template_log(kind, to)
/*	int	kind;
/*	int	to;
/* DESCRIPTION
/*	bounce_template() returns the subject, the human-readable
/*	paragraphs and the description of the returned message for
/*	one kind of notice (BOUNCE_KIND_*) and one kind of recipient
/*	(BOUNCE_TO_*). The texts are Postlet's own; the lines are
/*	shorter than 72 characters. In the paragraphs, "%h" stands for
/*	myhostname and "%n" for mail_name (bounce_mime(3) expands
/*	them). bounce_template_file is not supported: the texts are
/*	built in.
/*
/*	bounce_template_log() returns what the log line calls the
/*	notice ("sender non-delivery notification").
/*--*/

#include <sys_defs.h>
#include <stdio.h>

#include <msg.h>

#include "bounce.h"

 /*
  * Paragraphs. An empty string is an empty line.
  */
static const char *const bt_failed_sender[] = {
    "This is the mail delivery system at %h.",
    "",
    "Your message could not be delivered to one or more of its",
    "recipients. The mail system has given up on them and will not",
    "try again. Each recipient is listed below with the reason; the",
    "message itself (or its header, when it was large) is attached.",
    "",
    "If the reasons do not make sense to you, ask the postmaster of",
    "this system for help, and include this report.",
    "",
    "                        -- the %n mail system",
    0,
};

static const char *const bt_failed_postmaster[] = {
    "This is the mail delivery system at %h.",
    "",
    "A copy for the postmaster: a message could not be delivered to",
    "the recipients below, and its sender was told so. Only the",
    "message header is attached.",
    0,
};

static const char *const bt_failed_2bounce[] = {
    "This is the mail delivery system at %h.",
    "",
    "A message with the null sender (a delivery report, as a rule)",
    "could not be delivered to the recipients below. Nobody else is",
    "told about it. Only the message header is attached.",
    0,
};

static const char *const bt_delayed_sender[] = {
    "This is the mail delivery system at %h.",
    "",
    "Your message has not reached the recipients listed below yet.",
    "The mail system keeps trying to deliver it; this is a warning",
    "only, so there is no need to send the message again. Should",
    "delivery fail for good, you will get another report.",
    "",
    "                        -- the %n mail system",
    0,
};

static const char *const bt_delayed_postmaster[] = {
    "This is the mail delivery system at %h.",
    "",
    "A copy for the postmaster: delivery of a message to the",
    "recipients below is late, and its sender was warned. Only the",
    "message header is attached.",
    0,
};

static const char *const bt_trace_sender[] = {
    "This is the mail delivery system at %h.",
    "",
    "Here is the delivery report that was asked for: what became of",
    "your message for each of the recipients below. The message",
    "header is attached.",
    "",
    "                        -- the %n mail system",
    0,
};

static const char *const bt_verify_sender[] = {
    "This is the mail delivery system at %h.",
    "",
    "Here is the address verification report that was asked for.",
    "Nothing was delivered: for each recipient below it says what",
    "delivery would do. The message header is attached.",
    "",
    "                        -- the %n mail system",
    0,
};

static const BOUNCE_TEMPLATE bounce_templates[BOUNCE_KIND_COUNT][3] = {
    [BOUNCE_KIND_FAILED] = {
	[BOUNCE_TO_SENDER] = {"Mail delivery failed: message returned",
	bt_failed_sender, "Undelivered Message"},
	[BOUNCE_TO_POSTMASTER] = {"Postmaster copy: mail delivery failed",
	bt_failed_postmaster, "Undelivered Message Headers"},
	[BOUNCE_TO_2BOUNCE] = {"Postmaster notice: undeliverable report",
	bt_failed_2bounce, "Undelivered Message Headers"},
    },
    [BOUNCE_KIND_DELAYED] = {
	[BOUNCE_TO_SENDER] = {"Mail delivery delayed: still trying",
	bt_delayed_sender, "Delayed Message Headers"},
	[BOUNCE_TO_POSTMASTER] = {"Postmaster copy: mail delivery delayed",
	bt_delayed_postmaster, "Delayed Message Headers"},
	[BOUNCE_TO_2BOUNCE] = {"Postmaster copy: mail delivery delayed",
	bt_delayed_postmaster, "Delayed Message Headers"},
    },
    [BOUNCE_KIND_TRACE] = {
	[BOUNCE_TO_SENDER] = {"Mail delivery report",
	bt_trace_sender, "Message Headers"},
	[BOUNCE_TO_POSTMASTER] = {"Mail delivery report",
	bt_trace_sender, "Message Headers"},
	[BOUNCE_TO_2BOUNCE] = {"Mail delivery report",
	bt_trace_sender, "Message Headers"},
    },
    [BOUNCE_KIND_VERIFY] = {
	[BOUNCE_TO_SENDER] = {"Mail address verification report",
	bt_verify_sender, "Message Headers"},
	[BOUNCE_TO_POSTMASTER] = {"Mail address verification report",
	bt_verify_sender, "Message Headers"},
	[BOUNCE_TO_2BOUNCE] = {"Mail address verification report",
	bt_verify_sender, "Message Headers"},
    },
};

static const char *const bounce_template_logs[BOUNCE_KIND_COUNT] = {
    "non-delivery notification",
    "delay notification",
    "delivery status notification",
    "delivery status notification",
};

/* bounce_template - the texts for one notice */

const BOUNCE_TEMPLATE *bounce_template(int kind, int to)
{
    if (kind < 0 || kind >= BOUNCE_KIND_COUNT || to < 0 || to > 2)
	msg_panic("bounce_template: bad kind %d or recipient %d", kind, to);
    return (&bounce_templates[kind][to]);
}

/* bounce_template_log - the notice's name in the log */

const char *bounce_template_log(int kind, int to)
{
    static char buf[64];

    (void) bounce_template(kind, to);
    snprintf(buf, sizeof(buf), "%s %s", to == BOUNCE_TO_SENDER ?
	     "sender" : "postmaster", bounce_template_logs[kind]);
    return (buf);
}
