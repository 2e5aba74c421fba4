/*++
/* NAME
/*	smtp_proto 3h
/* SUMMARY
/*	the protocol engine's own helpers, free of I/O
/* SYNOPSIS
/*	#include "smtp_proto.h"
/* DESCRIPTION
/*	smtp_proto.c (smtp_helo(), smtp_xfer(), ...) is built on small
/*	functions that only compute, so that unit tests can reach them
/*	without a server: the EHLO reply and keyword discarding
/*	(smtp_ehlo.c), the MAIL FROM and RCPT TO command lines with
/*	their ESMTP parameters (smtp_cmd.c), and the table of EHLO
/*	keywords to discard per server address (smtp_map.c).
/*--*/

#ifndef _SMTP_PROTO_H_INCLUDED_
#define _SMTP_PROTO_H_INCLUDED_

#include <vstring.h>
#include <deliver_request.h>

#include "smtp.h"

 /*
  * EHLO keywords (smtp_ehlo.c). smtp_ehlo_mask() turns a list of
  * keywords (smtp_discard_ehlo_keywords, or a table value; comma or
  * white space separated, any case) into the SMTP_FEATURE_* bits to
  * drop, plus SMTP_EHLO_SILENT for "silent-discard"; shown gets the
  * words to log, upper case, separated by a blank ("silent-discard"
  * itself is not shown). smtp_ehlo_parse() reads an EHLO/LHLO reply
  * (the lines as smtp_reply_read() joins them: "250-name\n250-SIZE
  * 1000\n250 PIPELINING") into session->features, size_limit and
  * sasl_mechs, leaving out what the mask drops; SMTP_FEATURE_ESMTP is
  * always set.
  */
#define SMTP_EHLO_SILENT	(1<<30)	/* "silent-discard": do not log */

extern int smtp_ehlo_mask(const char *words, VSTRING *shown);
extern void smtp_ehlo_parse(SMTP_SESSION *session, const char *reply,
			            int discard_mask);

 /*
  * Command lines (smtp_cmd.c), without CRLF. smtp_xtext() appends
  * text in RFC 3461 xtext form. smtp_cmd_mail() makes "MAIL
  * FROM:<sender>" with the parameters that the request and the
  * server's features call for; sender is the envelope sender after
  * smtp_generic_maps (internal form, "" for the null sender).
  * smtp_cmd_rcpt() makes "RCPT TO:<address>" for recipient rcpt,
  * with address after smtp_generic_maps. quote says whether the
  * localpart is quoted as RFC 5321 asks (smtp_quote_rfc821_envelope).
  * Both return the command text. Every input is bounded (addresses
  * and DSN values by ATTR_VALUE_MAX, table results by
  * SMTP_MAP_RESULT_MAX): a buffer of SMTP_CMD_SIZE always holds the
  * command.
  */
#define SMTP_MAP_RESULT_MAX	4096	/* longest generic(5) result used */
#define SMTP_CMD_SIZE		(8 * 4096 + 512)

extern const char *smtp_xtext(VSTRING *out, const char *text);
extern const char *smtp_cmd_mail(VSTRING *buf, const char *sender,
				         const DELIVER_REQUEST *request,
				         int features, int quote);
extern const char *smtp_cmd_rcpt(VSTRING *buf, const char *address,
				         const RECIPIENT *rcpt, int features,
				         int quote);

 /*
  * smtp_map_ehlo_words() looks up the server address in
  * smtp_discard_ehlo_keyword_address_maps (opened by smtp_map_init()):
  * the keyword list found, or null with *error set to 0 (not found,
  * or no table) or 1 (the lookup failed).
  */
extern const char *smtp_map_ehlo_words(const char *addr, int *error);

#endif
