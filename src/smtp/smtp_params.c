/*++
/* NAME
/*	smtp_params 3
/* SUMMARY
/*	the client's settings, from the smtp_* or the lmtp_* parameters
/* SYNOPSIS
/*	#include "smtp_params.h"
/*
/*	SMTP_PARAMS smtp_par;
/*
/*	void	smtp_params_init(lmtp)
/*	int	lmtp;
/* DESCRIPTION
/*	See smtp_params(3h). Call after the parameters are read
/*	(mail_params_init() of the smtp and lmtp tables).
/*--*/

#include <sys_defs.h>

#include <mail_params.h>
#include "smtp_params.h"

SMTP_PARAMS smtp_par;

 /*
  * One setting: the same name in both modes.
  */
#define PICK(field, name) \
	(smtp_par.field = lmtp ? var_lmtp_##name : var_smtp_##name)

/* smtp_params_init - copy the settings of the mode */

void    smtp_params_init(int lmtp)
{
    smtp_par.lmtp = lmtp;
    smtp_par.proto = lmtp ? "lmtp" : "smtp";
    smtp_par.helo_cmd = lmtp ? "LHLO" : "EHLO";

    PICK(connect_timeout, connect_timeout);
    PICK(mail_timeout, mail_timeout);
    PICK(rcpt_timeout, rcpt_timeout);
    PICK(data_init_timeout, data_init_timeout);
    PICK(data_xfer_timeout, data_xfer_timeout);
    PICK(data_done_timeout, data_done_timeout);
    PICK(quit_timeout, quit_timeout);
    PICK(rset_timeout, rset_timeout);
    PICK(xforward_timeout, xforward_timeout);
    PICK(per_request_deadline, per_request_deadline);
    PICK(min_data_rate, min_data_rate);

    PICK(skip_5xx_greeting, skip_5xx_greeting);
    PICK(skip_quit_response, skip_quit_response);

    PICK(tcp_port, tcp_port);
    PICK(address_preference, address_preference);
    PICK(bind_address, bind_address);
    PICK(bind_address6, bind_address6);
    PICK(fallback_relay, fallback_relay);
    PICK(host_lookup, host_lookup);
    PICK(dns_support_level, dns_support_level);
    PICK(mx_address_limit, mx_address_limit);
    PICK(mx_session_limit, mx_session_limit);
    PICK(defer_if_no_mx_address_found, defer_if_no_mx_address_found);
    PICK(randomize_addresses, randomize_addresses);
    PICK(balance_inet_protocols, balance_inet_protocols);

    PICK(line_length_limit, line_length_limit);
    PICK(quote_rfc821_envelope, quote_rfc821_envelope);
    PICK(generic_maps, generic_maps);
    PICK(header_checks, header_checks);
    PICK(body_checks, body_checks);
    PICK(send_xforward_command, send_xforward_command);

    PICK(connection_cache_destinations, connection_cache_destinations);
    PICK(connection_cache_on_demand, connection_cache_on_demand);
    PICK(connection_cache_time_limit, connection_cache_time_limit);
    PICK(connection_reuse_count_limit, connection_reuse_count_limit);
    PICK(connection_reuse_time_limit, connection_reuse_time_limit);

    PICK(sasl_auth_enable, sasl_auth_enable);
    PICK(sasl_auth_soft_bounce, sasl_auth_soft_bounce);
    PICK(sasl_mechanism_filter, sasl_mechanism_filter);
    PICK(sasl_password_maps, sasl_password_maps);
    PICK(sasl_security_options, sasl_security_options);
    PICK(sasl_tls_security_options, sasl_tls_security_options);
    PICK(sender_dependent_authentication, sender_dependent_authentication);

    /*
     * The settings whose names differ between the modes.
     */
    if (lmtp) {
	smtp_par.helo_timeout = var_lmtp_lhlo_timeout;
	smtp_par.helo_name = var_lmtp_lhlo_name;
	smtp_par.discard_ehlo_keywords = var_lmtp_discard_lhlo_keywords;
	smtp_par.discard_ehlo_keyword_address_maps =
	    var_lmtp_discard_lhlo_keyword_address_maps;
	smtp_par.assume_final = var_lmtp_assume_final;
	smtp_par.always_send_ehlo = 0;
	smtp_par.never_send_ehlo = 0;
    } else {
	smtp_par.helo_timeout = var_smtp_helo_timeout;
	smtp_par.helo_name = var_smtp_helo_name;
	smtp_par.discard_ehlo_keywords = var_smtp_discard_ehlo_keywords;
	smtp_par.discard_ehlo_keyword_address_maps =
	    var_smtp_discard_ehlo_keyword_address_maps;
	smtp_par.assume_final = 0;
	smtp_par.always_send_ehlo = var_smtp_always_send_ehlo;
	smtp_par.never_send_ehlo = var_smtp_never_send_ehlo;
    }
}
