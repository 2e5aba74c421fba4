/*++
/* NAME
/*	smtp_sasl 3
/* SUMMARY
/*	SASL authentication of the SMTP/LMTP client (AUTH)
/* SYNOPSIS
/*	#include "smtp.h"
/*
/*	void	smtp_sasl_init()
/*
/*	int	smtp_sasl_auth(state)
/*	SMTP_STATE *state;
/* DESCRIPTION
/*	The client authenticates to servers that smtp_sasl_password_maps
/*	(lmtp_sasl_password_maps) names, with the mechanisms of
/*	smtp_sasl_mech(3); there is no Cyrus library and no plug-in.
/*
/*	smtp_sasl_init() makes the fixed buffers and opens the password
/*	tables; with smtp_sasl_auth_enable off it opens nothing, and
/*	smtp_sasl_auth() then finds no password. Call it from the
/*	server's pre-init routine, after smtp_params_init() and before
/*	the process enters the chroot jail and drops privileges, so that
/*	the password file may be readable by root only (as SASL_README
/*	advises). It warns when the mechanism filter and the security
/*	options leave no mechanism of ours for unencrypted sessions
/*	(every AUTH would then fail).
/*
/*	smtp_sasl_auth() is called by smtp_helo() after EHLO/LHLO when
/*	smtp_sasl_auth_enable is set. There is nothing to do (result 0)
/*	when the server did not offer AUTH, when the session already
/*	authenticated (a session from the connection cache), or when no
/*	password is known for this delivery: the mail then goes out
/*	without AUTH, as with Postfix.
/*
/*	The password table is searched, as Postfix does, with these
/*	keys, and the first entry found wins: the envelope sender (only
/*	with smtp_sender_dependent_authentication, never the null
/*	sender; as user@domain, then @domain); the server's host name;
/*	the nexthop exactly as qmgr(8) passed it ("[mail.isp.example]:587",
/*	"example.com"). So credentials go only to a server or a
/*	destination that the table names. The value is "username:password",
/*	split at the first ':' (no ':': an empty password); each part
/*	is at most 255 bytes (RFC 4616's limit).
/*
/*	Credentials and connection caching: a session that authenticated
/*	keeps SMTP_FEATURE_AUTH_DONE, also in the connection cache, and
/*	is reused without a new AUTH for the next delivery to the same
/*	endpoint. The connection cache thus assumes that SASL
/*	credentials are valid per server address and port (smtp_session(3)
/*	adds the sender to the cache labels under
/*	smtp_sender_dependent_authentication).
/*
/*	The dialogue (RFC 4954) runs under smtp_helo_timeout
/*	(lmtp_lhlo_timeout) as a deadline for each step: "AUTH mech
/*	initial-response" when the mechanism has an initial response
/*	(PLAIN), otherwise "AUTH mech"; each 334 reply carries a base64
/*	challenge (its first line), which gets a base64 response. The
/*	number of rounds is bounded by the mechanisms: each refuses a
/*	challenge after its last step (PLAIN none, CRAM-MD5 one, LOGIN
/*	two), so a server cannot keep the client in a loop. A challenge
/*	that is not valid base64, longer than 512 bytes decoded, or one
/*	the mechanism cannot answer is answered with "*" (cancel), whose
/*	reply is read and ignored: the session ends anyway. A 2XX reply
/*	ends the dialogue with success (Postfix accepts any 2XX, not
/*	only 235): SMTP_FEATURE_AUTH_DONE is set and nothing is logged.
/*
/*	Secrets: the password and the base64 responses are never logged,
/*	at any level. smtp_chat_cmd() would log a command when
/*	debug_peer_list matches (session->debug) and keep it in the
/*	transcript for postmaster notices: for the commands that carry
/*	a response, debug is cleared during the call, and the line it
/*	added to the transcript is replaced with a masked one ("Out:
/*	AUTH PLAIN ********", "Out: ********", smtp_chat(3)'s form);
/*	the debug log gets "> host[addr]: AUTH PLAIN ********" or
/*	"> host[addr]: ********". These lines stay under smtp_chat(3)'s
/*	1000-byte command limit (AUTH PLAIN with the longest credentials
/*	is 696 bytes). The credentials and response buffers are wiped
/*	after each AUTH.
/* DIAGNOSTICS
/*	smtp_sasl_auth() returns 0 when the session may go on, -1 with
/*	state->why filled in when it must not (the caller tries the next
/*	server or defers):
/* .IP "4.3.0 table lookup failure"
/*	The password table failed (maps(3) logs which one).
/* .IP "4.7.0 SASL authentication failed; cannot authenticate to server host[addr]: no mechanism available"
/*	No offered mechanism passes the filter and the security options.
/* .IP "4.7.0 SASL authentication failed; cannot authenticate to server host[addr]: username or password too long"
/*	The table entry breaks the 255-byte limit (also a warning).
/* .IP "4.7.0 SASL authentication failed; cannot authenticate to server host[addr]: malformed SASL challenge from server"
/*	A challenge that is not valid base64, or too long. Also a
/*	protocol error for notify_classes.
/* .IP "4.7.0 SASL authentication failed; cannot authenticate to server host[addr]: unexpected SASL challenge from server"
/*	A challenge the mechanism cannot answer (one too many for it,
/*	an empty CRAM-MD5 challenge). Also a protocol error.
/* .IP "X.Y.Z SASL authentication failed; server host[addr] said: reply"
/*	Any other reply, its lines joined by blanks; the status is the
/*	reply's enhanced status, with a 5 turned into 4 when
/*	smtp_sasl_auth_soft_bounce is set (the default), so that the
/*	mail is deferred, not bounced. A malformed reply gives 4.5.0
/*	and counts as a protocol error for notify_classes.
/* .IP "4.4.2 lost connection with host[addr] while performing the EHLO handshake"
/* .IP "4.4.2 conversation with host[addr] timed out while performing the EHLO handshake"
/*	The connection broke or the deadline passed (LHLO for LMTP), as
/*	Postfix reports trouble during AUTH.
/* .PP
/*	Fatal: a password table that cannot be opened (maps(3)).
/* SEE ALSO
/*	smtp_sasl_mech(3), the mechanisms
/*	smtp_proto(3), the caller
/*	RFC 4954, SMTP AUTH
/*--*/

#include <sys_defs.h>
#include <stdio.h>
#include <string.h>

#include <msg.h>
#include <vstring.h>
#include <base64_code.h>
#include <maps.h>
#include <mail_addr_find.h>
#include <mail_params.h>
#include <dsn_buf.h>

#include "smtp.h"
#include "smtp_params.h"

#define SMTP_SASL_CRED_MAX	255	/* username or password, bytes */
#define SMTP_SASL_RESP_SIZE	600	/* raw response: PLAIN needs 512 */
#define SMTP_SASL_CODE_SIZE	1024	/* base64 of a response (800) */
#define SMTP_SASL_CHAL_SIZE	512	/* decoded challenge */
#define SMTP_SASL_MASK		"********"
#define SMTP_SASL_MASK_SIZE	40	/* "AUTH CRAM-MD5 ********" */

#define SMTP_SASL_SENDER_KEYS \
	(MAIL_ADDR_FIND_FULL | MAIL_ADDR_FIND_AT_DOMAIN)

static MAPS *smtp_sasl_passwd_maps;
static VSTRING *smtp_sasl_challenge;	/* decoded server challenge */
static VSTRING *smtp_sasl_response;	/* raw client response */
static VSTRING *smtp_sasl_encoded;	/* the same in base64 */
static char smtp_sasl_user[SMTP_SASL_CRED_MAX + 1];
static char smtp_sasl_passwd[SMTP_SASL_CRED_MAX + 1];

/* smtp_sasl_wipe - clear a secret in a way the compiler keeps */

static void smtp_sasl_wipe(void *ptr, size_t len)
{
    volatile unsigned char *cp = (volatile unsigned char *) ptr;

    while (len-- > 0)
	*cp++ = 0;
}

/* smtp_sasl_wipe_all - forget the credentials and the responses */

static void smtp_sasl_wipe_all(void)
{
    smtp_sasl_wipe(vstring_str(smtp_sasl_response), smtp_sasl_response->cap);
    vstring_reset(smtp_sasl_response);
    smtp_sasl_wipe(vstring_str(smtp_sasl_encoded), smtp_sasl_encoded->cap);
    vstring_reset(smtp_sasl_encoded);
    smtp_sasl_wipe(smtp_sasl_user, sizeof(smtp_sasl_user));
    smtp_sasl_wipe(smtp_sasl_passwd, sizeof(smtp_sasl_passwd));
}

/* smtp_sasl_init - open the password tables, make the buffers */

void    smtp_sasl_init(void)
{
    const char *maps_name = smtp_par.lmtp ?
    VAR_LMTP_SASL_PASSWORD_MAPS : VAR_SMTP_SASL_PASSWORD_MAPS;

    smtp_sasl_challenge = vstring_fixed(SMTP_SASL_CHAL_SIZE);
    smtp_sasl_response = vstring_fixed(SMTP_SASL_RESP_SIZE);
    smtp_sasl_encoded = vstring_fixed(SMTP_SASL_CODE_SIZE);
    smtp_sasl_passwd_maps = 0;
    if (!smtp_par.sasl_auth_enable)
	return;
    if (*smtp_par.sasl_password_maps)
	smtp_sasl_passwd_maps = maps_create(maps_name,
					    smtp_par.sasl_password_maps,
					    DICT_FLAG_FOLD_FIX);
    if (smtp_sasl_mech_pick("CRAM-MD5 PLAIN LOGIN",
			    smtp_par.sasl_mechanism_filter,
			    smtp_par.sasl_security_options, 0) == 0)
	msg_warn("%s_sasl_mechanism_filter = %s and "
		 "%s_sasl_security_options = %s leave none of the SASL "
		 "mechanisms CRAM-MD5, PLAIN, LOGIN; authentication will fail"
		 " (security options: noplaintext, noanonymous, nodictionary,"
		 " noactive, mutual_auth)",
		 smtp_par.proto, smtp_par.sasl_mechanism_filter,
		 smtp_par.proto, smtp_par.sasl_security_options);
}

/* smtp_sasl_fail - a failure of our own making */

static int smtp_sasl_fail(SMTP_STATE *state, const char *reason)
{
    dsb_simple(state->why, "4.7.0", "SASL authentication failed; "
	       "cannot authenticate to server %s: %s",
	       state->session->namaddr, reason);
    return (-1);
}

/* smtp_sasl_passwd_lookup - 1 and the credentials, 0 none, -1 failure */

static int smtp_sasl_passwd_lookup(SMTP_STATE *state)
{
    SMTP_SESSION *session = state->session;
    DELIVER_REQUEST *request = state->request;
    MAPS   *maps = smtp_sasl_passwd_maps;
    const char *value = 0;
    const char *colon;
    size_t  user_len;

    if (maps == 0)
	return (0);
    maps->error = DICT_ERR_NONE;
    if (smtp_par.sender_dependent_authentication && *request->sender)
	value = mail_addr_find(maps, request->sender, "",
			       SMTP_SASL_SENDER_KEYS, (VSTRING *) 0);
    if (value == 0 && maps->error == DICT_ERR_NONE && *session->host)
	value = maps_find(maps, session->host, 0);
    if (value == 0 && maps->error == DICT_ERR_NONE && *request->nexthop)
	value = maps_find(maps, request->nexthop, 0);
    if (maps->error != DICT_ERR_NONE) {
	dsb_simple(state->why, "4.3.0", "table lookup failure");
	return (-1);
    }
    if (value == 0)
	return (0);
    user_len = (colon = strchr(value, ':')) != 0 ?
	(size_t) (colon - value) : strlen(value);
    if (user_len > SMTP_SASL_CRED_MAX
	|| (colon != 0 && strlen(colon + 1) > SMTP_SASL_CRED_MAX)) {
	msg_warn("%s: the entry for server %s: username or password "
		 "longer than %d bytes", maps->title, session->namaddr,
		 SMTP_SASL_CRED_MAX);
	return (smtp_sasl_fail(state, "username or password too long"));
    }
    memcpy(smtp_sasl_user, value, user_len);
    smtp_sasl_user[user_len] = 0;
    strcpy(smtp_sasl_passwd, colon != 0 ? colon + 1 : "");
    return (1);
}

/* smtp_sasl_send_secret - send a response, keep it out of logs */

static void smtp_sasl_send_secret(SMTP_SESSION *session, const char *mech,
				          const char *secret)
{
    VSTRING *tp = session->transcript;
    size_t  mark = VSTRING_LEN(tp);
    int     was_full = vstring_overflowed(tp);
    int     debug = session->debug;
    char    masked[SMTP_SASL_MASK_SIZE];

    session->debug = 0;
    if (mech != 0) {
	smtp_chat_cmd(session, "AUTH %s %s", mech, secret);
	snprintf(masked, sizeof(masked), "AUTH %s %s", mech, SMTP_SASL_MASK);
    } else {
	smtp_chat_cmd(session, "%s", secret);
	snprintf(masked, sizeof(masked), "%s", SMTP_SASL_MASK);
    }
    session->debug = debug;

    /*
     * Replace the line in the transcript with its masked form. If the line
     * filled the transcript, the mask may still fit.
     */
    vstring_truncate(tp, mark);
    if (!was_full) {
	tp->flags &= ~VSTRING_FLAG_OVERFLOW;
	vstring_sprintf_append(tp, "Out: %s\n", masked);
    }
    if (debug)
	msg_info("> %s: %s", session->namaddr, masked);
}

/* smtp_sasl_cancel - abandon the dialogue after a bad challenge */

static void smtp_sasl_cancel(SMTP_SESSION *session)
{
    smtp_chat_deadline(session, smtp_par.helo_timeout);
    smtp_chat_cmd(session, "*");
    (void) smtp_chat_resp(session);
}

/* smtp_sasl_reply_fail - the server ended the dialogue without success */

static int smtp_sasl_reply_fail(SMTP_STATE *state, const SMTP_RESP *resp)
{
    SMTP_SESSION *session = state->session;
    char    status[DSN_STATUS_SIZE];
    char   *cp;

    memcpy(status, resp->dsn, sizeof(status));
    if (resp->code / 100 == 5 && smtp_par.sasl_auth_soft_bounce)
	status[0] = '4';
    if (resp->code == 0)
	session->error_mask |= SMTP_ERROR_PROTOCOL;
    vstring_strcpy(state->buf, vstring_str(resp->str));
    for (cp = vstring_str(state->buf); (cp = strchr(cp, '\n')) != 0; cp++)
	*cp = ' ';
    dsb_formal(state->why, status, vstring_str(state->buf), session->host,
	       "SASL authentication failed; server %s said: %s",
	       session->namaddr, vstring_str(state->buf));
    return (-1);
}

/* smtp_sasl_dialogue - the AUTH command and its challenges */

static int smtp_sasl_dialogue(SMTP_STATE *state, const char *mech)
{
    SMTP_SESSION *session = state->session;
    SMTP_RESP *resp;
    int     round;
    size_t  len;

    if (smtp_sasl_mech_step(mech, 0, smtp_sasl_user, smtp_sasl_passwd,
			    (const char *) 0, 0, smtp_sasl_response) < 0)
	msg_panic("smtp_sasl_dialogue: %s: no initial response", mech);
    smtp_chat_deadline(session, smtp_par.helo_timeout);
    if (VSTRING_LEN(smtp_sasl_response) > 0) {
	base64_encode(smtp_sasl_encoded, vstring_str(smtp_sasl_response),
		      VSTRING_LEN(smtp_sasl_response));
	smtp_sasl_send_secret(session, mech, vstring_str(smtp_sasl_encoded));
    } else {
	smtp_chat_cmd(session, "AUTH %s", mech);
    }
    /* The loop ends: each mechanism refuses one challenge too many. */
    for (round = 1; /* see above */ ; round++) {
	resp = smtp_chat_resp(session);
	if (resp->code < 0) {
	    smtp_io_why(state, resp->io_error, smtp_par.lmtp ?
			"performing the LHLO handshake" :
			"performing the EHLO handshake");
	    return (-1);
	}
	if (resp->code / 100 == 2) {
	    session->features |= SMTP_FEATURE_AUTH_DONE;
	    return (0);
	}
	if (resp->code / 100 != 3)
	    return (smtp_sasl_reply_fail(state, resp));
	/* The challenge is the first line's text. */
	len = strcspn(resp->text, "\n");
	if (base64_decode(smtp_sasl_challenge, resp->text, len) == 0
	    || vstring_overflowed(smtp_sasl_challenge)) {
	    session->error_mask |= SMTP_ERROR_PROTOCOL;
	    smtp_sasl_cancel(session);
	    return (smtp_sasl_fail(state,
				   "malformed SASL challenge from server"));
	}
	if (smtp_sasl_mech_step(mech, round, smtp_sasl_user, smtp_sasl_passwd,
				vstring_str(smtp_sasl_challenge),
				VSTRING_LEN(smtp_sasl_challenge),
				smtp_sasl_response) < 0) {
	    session->error_mask |= SMTP_ERROR_PROTOCOL;
	    smtp_sasl_cancel(session);
	    return (smtp_sasl_fail(state,
				   "unexpected SASL challenge from server"));
	}
	base64_encode(smtp_sasl_encoded, vstring_str(smtp_sasl_response),
		      VSTRING_LEN(smtp_sasl_response));
	smtp_chat_deadline(session, smtp_par.helo_timeout);
	smtp_sasl_send_secret(session, (const char *) 0,
			      vstring_str(smtp_sasl_encoded));
    }
}

/* smtp_sasl_auth - authenticate the session when a password is known */

int     smtp_sasl_auth(SMTP_STATE *state)
{
    SMTP_SESSION *session = state->session;
    const char *mech;
    int     found;
    int     ret;

    if ((session->features & SMTP_FEATURE_AUTH) == 0
	|| (session->features & SMTP_FEATURE_AUTH_DONE) != 0)
	return (0);
    if ((found = smtp_sasl_passwd_lookup(state)) <= 0) {
	smtp_sasl_wipe_all();
	return (found);
    }
    if ((mech = smtp_sasl_mech_pick(session->sasl_mechs,
				    smtp_par.sasl_mechanism_filter,
				    smtp_par.sasl_security_options, 0)) == 0) {
	smtp_sasl_wipe_all();
	return (smtp_sasl_fail(state, "no mechanism available"));
    }
    ret = smtp_sasl_dialogue(state, mech);
    smtp_sasl_wipe_all();
    return (ret);
}
