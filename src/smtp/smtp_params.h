/*++
/* NAME
/*	smtp_params 3h
/* SUMMARY
/*	the client's settings, from the smtp_* or the lmtp_* parameters
/* SYNOPSIS
/*	#include "smtp_params.h"
/* DESCRIPTION
/*	The same program delivers with SMTP (as "smtp" and its clones)
/*	and with LMTP (as "lmtp", by program name or when master.cf runs
/*	it under a service name that starts with "lmtp"). Each mode has
/*	its own parameter names: smtp_connect_timeout and
/*	lmtp_connect_timeout, smtp_helo_name and lmtp_lhlo_name, and so
/*	on. smtp_params_init() copies the set of the mode into
/*	smtp_par once at start-up; the modules read smtp_par and never
/*	the var_smtp_* or var_lmtp_* variables, so that no module needs
/*	to know the mode to find a setting.
/*
/*	Settings that exist only in one mode (smtp_always_send_ehlo,
/*	smtp_never_send_ehlo for SMTP; lmtp_assume_final for LMTP) are 0
/*	in the other.
/*--*/

#ifndef _SMTP_PARAMS_H_INCLUDED_
#define _SMTP_PARAMS_H_INCLUDED_

typedef struct SMTP_PARAMS {
    int     lmtp;			/* 1: LMTP mode */
    const char *proto;			/* "smtp" or "lmtp" (parameter
					 * prefix, log text) */
    const char *helo_cmd;		/* "EHLO" or "LHLO" */
    /* Time limits, seconds. */
    int     connect_timeout;
    int     helo_timeout;
    int     mail_timeout;
    int     rcpt_timeout;
    int     data_init_timeout;
    int     data_xfer_timeout;
    int     data_done_timeout;
    int     quit_timeout;
    int     rset_timeout;
    int     xforward_timeout;
    int     per_request_deadline;	/* boolean */
    int     min_data_rate;
    /* Greeting and features. */
    const char *helo_name;
    int     always_send_ehlo;
    int     never_send_ehlo;
    int     skip_5xx_greeting;
    int     skip_quit_response;
    const char *discard_ehlo_keywords;
    const char *discard_ehlo_keyword_address_maps;
    int     assume_final;
    /* Routing and addresses. */
    const char *tcp_port;
    const char *address_preference;
    const char *bind_address;
    const char *bind_address6;
    const char *fallback_relay;
    const char *host_lookup;
    const char *dns_support_level;
    int     mx_address_limit;
    int     mx_session_limit;
    int     defer_if_no_mx_address_found;
    int     randomize_addresses;
    int     balance_inet_protocols;
    /* Content. */
    int     line_length_limit;
    int     quote_rfc821_envelope;
    const char *generic_maps;
    const char *header_checks;
    const char *body_checks;
    int     send_xforward_command;
    /* Connection cache. */
    const char *connection_cache_destinations;
    int     connection_cache_on_demand;
    int     connection_cache_time_limit;
    int     connection_reuse_count_limit;
    int     connection_reuse_time_limit;
    /* SASL. */
    int     sasl_auth_enable;
    int     sasl_auth_soft_bounce;
    const char *sasl_mechanism_filter;
    const char *sasl_password_maps;
    const char *sasl_security_options;
    const char *sasl_tls_security_options;
    int     sender_dependent_authentication;
} SMTP_PARAMS;

extern SMTP_PARAMS smtp_par;

extern void smtp_params_init(int lmtp);

#endif
