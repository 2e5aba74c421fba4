/*++
/* NAME
/*	params_smtp 3
/* SUMMARY
/*	parameters of the smtp(8) and lmtp(8) client
/* SYNOPSIS
/*	#include <mail_params.h>
/*
/*	extern const MAIL_PARAM params_smtp[];
/* DESCRIPTION
/*	The parameter table of the smtp(8) and lmtp(8) client, with
/*	the variables that mail_params_init() fills in. Names and
/*	defaults are those of Postfix, so that "postconf -d" shows
/*	what an administrator expects and copied main.cf files keep
/*	their meaning.
/*--*/

#include <sys_defs.h>

#include <mail_conf.h>
#include <mail_params.h>

char   *var_smtp_address_preference;
char   *var_smtp_address_verify_target;
int     var_smtp_always_send_ehlo;
int     var_smtp_balance_inet_protocols;
char   *var_smtp_bind_address;
char   *var_smtp_bind_address6;
int     var_smtp_bind_address_enforce;
char   *var_smtp_body_checks;
int     var_smtp_cname_overrides_servername;
int     var_smtp_connect_timeout;
char   *var_smtp_connection_cache_destinations;
int     var_smtp_connection_cache_on_demand;
int     var_smtp_connection_cache_time_limit;
int     var_smtp_connection_reuse_count_limit;
int     var_smtp_connection_reuse_time_limit;
int     var_smtp_data_done_timeout;
int     var_smtp_data_init_timeout;
int     var_smtp_data_xfer_timeout;
int     var_smtp_defer_if_no_mx_address_found;
char   *var_smtp_delivery_status_filter;
char   *var_smtp_discard_ehlo_keyword_address_maps;
char   *var_smtp_discard_ehlo_keywords;
char   *var_smtp_dns_reply_filter;
char   *var_smtp_dns_resolver_options;
char   *var_smtp_dns_support_level;
int     var_smtp_enforce_tls;
char   *var_smtp_fallback_relay;
char   *var_smtp_generic_maps;
char   *var_smtp_header_checks;
char   *var_smtp_helo_name;
int     var_smtp_helo_timeout;
char   *var_smtp_host_lookup;
int     var_smtp_line_length_limit;
int     var_smtp_mail_timeout;
char   *var_smtp_mime_header_checks;
int     var_smtp_min_data_rate;
int     var_smtp_mx_address_limit;
int     var_smtp_mx_session_limit;
char   *var_smtp_nested_header_checks;
int     var_smtp_never_send_ehlo;
int     var_smtp_per_request_deadline;
int     var_smtp_pix_workaround_delay_time;
char   *var_smtp_pix_workaround_maps;
int     var_smtp_pix_workaround_threshold_time;
char   *var_smtp_pix_workarounds;
int     var_smtp_quit_timeout;
int     var_smtp_quote_rfc821_envelope;
int     var_smtp_randomize_addresses;
int     var_smtp_rcpt_timeout;
char   *var_smtp_reply_filter;
int     var_smtp_rset_timeout;
char   *var_smtp_sasl_auth_cache_name;
int     var_smtp_sasl_auth_cache_time;
int     var_smtp_sasl_auth_enable;
int     var_smtp_sasl_auth_soft_bounce;
char   *var_smtp_sasl_mechanism_filter;
char   *var_smtp_sasl_password_maps;
char   *var_smtp_sasl_path;
char   *var_smtp_sasl_security_options;
char   *var_smtp_sasl_tls_security_options;
char   *var_smtp_sasl_tls_verified_security_options;
char   *var_smtp_sasl_type;
int     var_smtp_send_dummy_mail_auth;
int     var_smtp_send_xforward_command;
int     var_smtp_sender_dependent_authentication;
int     var_smtp_skip_5xx_greeting;
int     var_smtp_skip_quit_response;
int     var_smtp_starttls_timeout;
char   *var_smtp_tcp_port;
char   *var_smtp_tls_CAfile;
char   *var_smtp_tls_CApath;
int     var_smtp_tls_block_early_mail_reply;
char   *var_smtp_tls_cert_file;
char   *var_smtp_tls_chain_files;
char   *var_smtp_tls_ciphers;
int     var_smtp_tls_connection_reuse;
char   *var_smtp_tls_dane_insecure_mx_policy;
char   *var_smtp_tls_dcert_file;
char   *var_smtp_tls_dkey_file;
char   *var_smtp_tls_eccert_file;
char   *var_smtp_tls_eckey_file;
int     var_smtp_tls_enforce_peername;
char   *var_smtp_tls_exclude_ciphers;
char   *var_smtp_tls_fingerprint_cert_match;
char   *var_smtp_tls_fingerprint_digest;
int     var_smtp_tls_force_insecure_host_tlsa_lookup;
char   *var_smtp_tls_key_file;
char   *var_smtp_tls_loglevel;
char   *var_smtp_tls_mandatory_ciphers;
char   *var_smtp_tls_mandatory_exclude_ciphers;
char   *var_smtp_tls_mandatory_protocols;
int     var_smtp_tls_note_starttls_offer;
char   *var_smtp_tls_per_site;
char   *var_smtp_tls_policy_maps;
char   *var_smtp_tls_protocols;
int     var_smtp_tls_scert_verifydepth;
char   *var_smtp_tls_secure_cert_match;
char   *var_smtp_tls_security_level;
char   *var_smtp_tls_servername;
char   *var_smtp_tls_session_cache_database;
int     var_smtp_tls_session_cache_timeout;
char   *var_smtp_tls_trust_anchor_file;
char   *var_smtp_tls_verify_cert_match;
int     var_smtp_tls_wrappermode;
int     var_smtp_use_tls;
int     var_smtp_xforward_timeout;
char   *var_lmtp_address_preference;
char   *var_lmtp_address_verify_target;
int     var_lmtp_assume_final;
int     var_lmtp_balance_inet_protocols;
char   *var_lmtp_bind_address;
char   *var_lmtp_bind_address6;
int     var_lmtp_bind_address_enforce;
char   *var_lmtp_body_checks;
int     var_lmtp_cname_overrides_servername;
int     var_lmtp_connect_timeout;
char   *var_lmtp_connection_cache_destinations;
int     var_lmtp_connection_cache_on_demand;
int     var_lmtp_connection_cache_time_limit;
int     var_lmtp_connection_reuse_count_limit;
int     var_lmtp_connection_reuse_time_limit;
int     var_lmtp_data_done_timeout;
int     var_lmtp_data_init_timeout;
int     var_lmtp_data_xfer_timeout;
int     var_lmtp_defer_if_no_mx_address_found;
char   *var_lmtp_delivery_status_filter;
char   *var_lmtp_discard_lhlo_keyword_address_maps;
char   *var_lmtp_discard_lhlo_keywords;
char   *var_lmtp_dns_reply_filter;
char   *var_lmtp_dns_resolver_options;
char   *var_lmtp_dns_support_level;
int     var_lmtp_enforce_tls;
char   *var_lmtp_fallback_relay;
char   *var_lmtp_generic_maps;
char   *var_lmtp_header_checks;
char   *var_lmtp_host_lookup;
char   *var_lmtp_lhlo_name;
int     var_lmtp_lhlo_timeout;
int     var_lmtp_line_length_limit;
int     var_lmtp_mail_timeout;
char   *var_lmtp_mime_header_checks;
int     var_lmtp_min_data_rate;
int     var_lmtp_mx_address_limit;
int     var_lmtp_mx_session_limit;
char   *var_lmtp_nested_header_checks;
int     var_lmtp_per_request_deadline;
int     var_lmtp_pix_workaround_delay_time;
char   *var_lmtp_pix_workaround_maps;
int     var_lmtp_pix_workaround_threshold_time;
char   *var_lmtp_pix_workarounds;
int     var_lmtp_quit_timeout;
int     var_lmtp_quote_rfc821_envelope;
int     var_lmtp_randomize_addresses;
int     var_lmtp_rcpt_timeout;
char   *var_lmtp_reply_filter;
int     var_lmtp_rset_timeout;
char   *var_lmtp_sasl_auth_cache_name;
int     var_lmtp_sasl_auth_cache_time;
int     var_lmtp_sasl_auth_enable;
int     var_lmtp_sasl_auth_soft_bounce;
char   *var_lmtp_sasl_mechanism_filter;
char   *var_lmtp_sasl_password_maps;
char   *var_lmtp_sasl_path;
char   *var_lmtp_sasl_security_options;
char   *var_lmtp_sasl_tls_security_options;
char   *var_lmtp_sasl_tls_verified_security_options;
char   *var_lmtp_sasl_type;
int     var_lmtp_send_dummy_mail_auth;
int     var_lmtp_send_xforward_command;
int     var_lmtp_sender_dependent_authentication;
int     var_lmtp_skip_5xx_greeting;
int     var_lmtp_skip_quit_response;
int     var_lmtp_starttls_timeout;
char   *var_lmtp_tcp_port;
char   *var_lmtp_tls_CAfile;
char   *var_lmtp_tls_CApath;
int     var_lmtp_tls_block_early_mail_reply;
char   *var_lmtp_tls_cert_file;
char   *var_lmtp_tls_chain_files;
char   *var_lmtp_tls_ciphers;
int     var_lmtp_tls_connection_reuse;
char   *var_lmtp_tls_dcert_file;
char   *var_lmtp_tls_dkey_file;
char   *var_lmtp_tls_eccert_file;
char   *var_lmtp_tls_eckey_file;
int     var_lmtp_tls_enforce_peername;
char   *var_lmtp_tls_exclude_ciphers;
char   *var_lmtp_tls_fingerprint_cert_match;
char   *var_lmtp_tls_fingerprint_digest;
int     var_lmtp_tls_force_insecure_host_tlsa_lookup;
char   *var_lmtp_tls_key_file;
char   *var_lmtp_tls_loglevel;
char   *var_lmtp_tls_mandatory_ciphers;
char   *var_lmtp_tls_mandatory_exclude_ciphers;
char   *var_lmtp_tls_mandatory_protocols;
int     var_lmtp_tls_note_starttls_offer;
char   *var_lmtp_tls_per_site;
char   *var_lmtp_tls_policy_maps;
char   *var_lmtp_tls_protocols;
int     var_lmtp_tls_scert_verifydepth;
char   *var_lmtp_tls_secure_cert_match;
char   *var_lmtp_tls_security_level;
char   *var_lmtp_tls_servername;
char   *var_lmtp_tls_session_cache_database;
int     var_lmtp_tls_session_cache_timeout;
char   *var_lmtp_tls_trust_anchor_file;
char   *var_lmtp_tls_verify_cert_match;
int     var_lmtp_tls_wrappermode;
int     var_lmtp_use_tls;
int     var_lmtp_xforward_timeout;
int     var_ignore_mx_lookup_error;
int     var_disable_dns_lookups;
int     var_debug_peer_level;
char   *var_debug_peer_list;
int     var_send_cyrus_sasl_authzid;
int     var_tcp_windowsize;
char   *var_best_mx_transport;
int     var_dns_ncache_ttl_fix_enable;
char   *var_dnssec_probe;
int     var_disable_mime_output_conversion;

const MAIL_PARAM params_smtp[] = {
    {VAR_SMTP_ADDRESS_PREFERENCE, PARAM_STR,
	DEF_SMTP_ADDRESS_PREFERENCE, 0, &var_smtp_address_preference, 0, 0},
    {VAR_SMTP_ADDRESS_VERIFY_TARGET, PARAM_STR,
	DEF_SMTP_ADDRESS_VERIFY_TARGET, 0,
	&var_smtp_address_verify_target, 0, 0},
    {VAR_SMTP_ALWAYS_SEND_EHLO, PARAM_BOOL,
	DEF_SMTP_ALWAYS_SEND_EHLO, 0, &var_smtp_always_send_ehlo, 0, 0},
    {VAR_SMTP_BALANCE_INET_PROTOCOLS, PARAM_BOOL,
	DEF_SMTP_BALANCE_INET_PROTOCOLS, 0,
	&var_smtp_balance_inet_protocols, 0, 0},
    {VAR_SMTP_BIND_ADDRESS, PARAM_STR,
	DEF_SMTP_BIND_ADDRESS, 0, &var_smtp_bind_address, 0, 0},
    {VAR_SMTP_BIND_ADDRESS6, PARAM_STR,
	DEF_SMTP_BIND_ADDRESS6, 0, &var_smtp_bind_address6, 0, 0},
    {VAR_SMTP_BIND_ADDRESS_ENFORCE, PARAM_BOOL,
	DEF_SMTP_BIND_ADDRESS_ENFORCE, 0,
	&var_smtp_bind_address_enforce, 0, 0},
    {VAR_SMTP_BODY_CHECKS, PARAM_STR,
	DEF_SMTP_BODY_CHECKS, 0, &var_smtp_body_checks, 0, 0},
    {VAR_SMTP_CNAME_OVERRIDES_SERVERNAME, PARAM_BOOL,
	DEF_SMTP_CNAME_OVERRIDES_SERVERNAME, 0,
	&var_smtp_cname_overrides_servername, 0, 0},
    {VAR_SMTP_CONNECT_TIMEOUT, PARAM_TIME,
	DEF_SMTP_CONNECT_TIMEOUT, 0, &var_smtp_connect_timeout, 0, 0},
    {VAR_SMTP_CONNECTION_CACHE_DESTINATIONS, PARAM_STR,
	DEF_SMTP_CONNECTION_CACHE_DESTINATIONS, 0,
	&var_smtp_connection_cache_destinations, 0, 0},
    {VAR_SMTP_CONNECTION_CACHE_ON_DEMAND, PARAM_BOOL,
	DEF_SMTP_CONNECTION_CACHE_ON_DEMAND, 0,
	&var_smtp_connection_cache_on_demand, 0, 0},
    {VAR_SMTP_CONNECTION_CACHE_TIME_LIMIT, PARAM_TIME,
	DEF_SMTP_CONNECTION_CACHE_TIME_LIMIT, 0,
	&var_smtp_connection_cache_time_limit, 0, 0},
    {VAR_SMTP_CONNECTION_REUSE_COUNT_LIMIT, PARAM_INT,
	DEF_SMTP_CONNECTION_REUSE_COUNT_LIMIT, 0,
	&var_smtp_connection_reuse_count_limit, 0, 0},
    {VAR_SMTP_CONNECTION_REUSE_TIME_LIMIT, PARAM_TIME,
	DEF_SMTP_CONNECTION_REUSE_TIME_LIMIT, 0,
	&var_smtp_connection_reuse_time_limit, 0, 0},
    {VAR_SMTP_DATA_DONE_TIMEOUT, PARAM_TIME,
	DEF_SMTP_DATA_DONE_TIMEOUT, 0, &var_smtp_data_done_timeout, 0, 0},
    {VAR_SMTP_DATA_INIT_TIMEOUT, PARAM_TIME,
	DEF_SMTP_DATA_INIT_TIMEOUT, 0, &var_smtp_data_init_timeout, 0, 0},
    {VAR_SMTP_DATA_XFER_TIMEOUT, PARAM_TIME,
	DEF_SMTP_DATA_XFER_TIMEOUT, 0, &var_smtp_data_xfer_timeout, 0, 0},
    {VAR_SMTP_DEFER_IF_NO_MX_ADDRESS_FOUND, PARAM_BOOL,
	DEF_SMTP_DEFER_IF_NO_MX_ADDRESS_FOUND, 0,
	&var_smtp_defer_if_no_mx_address_found, 0, 0},
    {VAR_SMTP_DELIVERY_STATUS_FILTER, PARAM_STR,
	DEF_SMTP_DELIVERY_STATUS_FILTER, 0,
	&var_smtp_delivery_status_filter, 0, 0},
    {VAR_SMTP_DISCARD_EHLO_KEYWORD_ADDRESS_MAPS, PARAM_STR,
	DEF_SMTP_DISCARD_EHLO_KEYWORD_ADDRESS_MAPS, 0,
	&var_smtp_discard_ehlo_keyword_address_maps, 0, 0},
    {VAR_SMTP_DISCARD_EHLO_KEYWORDS, PARAM_STR,
	DEF_SMTP_DISCARD_EHLO_KEYWORDS, 0,
	&var_smtp_discard_ehlo_keywords, 0, 0},
    {VAR_SMTP_DNS_REPLY_FILTER, PARAM_STR,
	DEF_SMTP_DNS_REPLY_FILTER, 0, &var_smtp_dns_reply_filter, 0, 0},
    {VAR_SMTP_DNS_RESOLVER_OPTIONS, PARAM_STR,
	DEF_SMTP_DNS_RESOLVER_OPTIONS, 0,
	&var_smtp_dns_resolver_options, 0, 0},
    {VAR_SMTP_DNS_SUPPORT_LEVEL, PARAM_STR,
	DEF_SMTP_DNS_SUPPORT_LEVEL, 0, &var_smtp_dns_support_level, 0, 0},
    {VAR_SMTP_ENFORCE_TLS, PARAM_BOOL,
	DEF_SMTP_ENFORCE_TLS, 0, &var_smtp_enforce_tls, 0, 0},
    {VAR_SMTP_FALLBACK_RELAY, PARAM_STR,
	DEF_SMTP_FALLBACK_RELAY, 0, &var_smtp_fallback_relay, 0, 0},
    {VAR_SMTP_GENERIC_MAPS, PARAM_STR,
	DEF_SMTP_GENERIC_MAPS, 0, &var_smtp_generic_maps, 0, 0},
    {VAR_SMTP_HEADER_CHECKS, PARAM_STR,
	DEF_SMTP_HEADER_CHECKS, 0, &var_smtp_header_checks, 0, 0},
    {VAR_SMTP_HELO_NAME, PARAM_STR,
	DEF_SMTP_HELO_NAME, 0, &var_smtp_helo_name, 0, 0},
    {VAR_SMTP_HELO_TIMEOUT, PARAM_TIME,
	DEF_SMTP_HELO_TIMEOUT, 0, &var_smtp_helo_timeout, 0, 0},
    {VAR_SMTP_HOST_LOOKUP, PARAM_STR,
	DEF_SMTP_HOST_LOOKUP, 0, &var_smtp_host_lookup, 0, 0},
    {VAR_SMTP_LINE_LENGTH_LIMIT, PARAM_INT,
	DEF_SMTP_LINE_LENGTH_LIMIT, 0, &var_smtp_line_length_limit, 0, 0},
    {VAR_SMTP_MAIL_TIMEOUT, PARAM_TIME,
	DEF_SMTP_MAIL_TIMEOUT, 0, &var_smtp_mail_timeout, 0, 0},
    {VAR_SMTP_MIME_HEADER_CHECKS, PARAM_STR,
	DEF_SMTP_MIME_HEADER_CHECKS, 0, &var_smtp_mime_header_checks, 0, 0},
    {VAR_SMTP_MIN_DATA_RATE, PARAM_INT,
	DEF_SMTP_MIN_DATA_RATE, 0, &var_smtp_min_data_rate, 0, 0},
    {VAR_SMTP_MX_ADDRESS_LIMIT, PARAM_INT,
	DEF_SMTP_MX_ADDRESS_LIMIT, 0, &var_smtp_mx_address_limit, 0, 0},
    {VAR_SMTP_MX_SESSION_LIMIT, PARAM_INT,
	DEF_SMTP_MX_SESSION_LIMIT, 0, &var_smtp_mx_session_limit, 0, 0},
    {VAR_SMTP_NESTED_HEADER_CHECKS, PARAM_STR,
	DEF_SMTP_NESTED_HEADER_CHECKS, 0,
	&var_smtp_nested_header_checks, 0, 0},
    {VAR_SMTP_NEVER_SEND_EHLO, PARAM_BOOL,
	DEF_SMTP_NEVER_SEND_EHLO, 0, &var_smtp_never_send_ehlo, 0, 0},
    {VAR_SMTP_PER_REQUEST_DEADLINE, PARAM_BOOL,
	DEF_SMTP_PER_REQUEST_DEADLINE, 0,
	&var_smtp_per_request_deadline, 0, 0},
    {VAR_SMTP_PIX_WORKAROUND_DELAY_TIME, PARAM_TIME,
	DEF_SMTP_PIX_WORKAROUND_DELAY_TIME, 0,
	&var_smtp_pix_workaround_delay_time, 0, 0},
    {VAR_SMTP_PIX_WORKAROUND_MAPS, PARAM_STR,
	DEF_SMTP_PIX_WORKAROUND_MAPS, 0, &var_smtp_pix_workaround_maps, 0, 0},
    {VAR_SMTP_PIX_WORKAROUND_THRESHOLD_TIME, PARAM_TIME,
	DEF_SMTP_PIX_WORKAROUND_THRESHOLD_TIME, 0,
	&var_smtp_pix_workaround_threshold_time, 0, 0},
    {VAR_SMTP_PIX_WORKAROUNDS, PARAM_STR,
	DEF_SMTP_PIX_WORKAROUNDS, 0, &var_smtp_pix_workarounds, 0, 0},
    {VAR_SMTP_QUIT_TIMEOUT, PARAM_TIME,
	DEF_SMTP_QUIT_TIMEOUT, 0, &var_smtp_quit_timeout, 0, 0},
    {VAR_SMTP_QUOTE_RFC821_ENVELOPE, PARAM_BOOL,
	DEF_SMTP_QUOTE_RFC821_ENVELOPE, 0,
	&var_smtp_quote_rfc821_envelope, 0, 0},
    {VAR_SMTP_RANDOMIZE_ADDRESSES, PARAM_BOOL,
	DEF_SMTP_RANDOMIZE_ADDRESSES, 0, &var_smtp_randomize_addresses, 0, 0},
    {VAR_SMTP_RCPT_TIMEOUT, PARAM_TIME,
	DEF_SMTP_RCPT_TIMEOUT, 0, &var_smtp_rcpt_timeout, 0, 0},
    {VAR_SMTP_REPLY_FILTER, PARAM_STR,
	DEF_SMTP_REPLY_FILTER, 0, &var_smtp_reply_filter, 0, 0},
    {VAR_SMTP_RSET_TIMEOUT, PARAM_TIME,
	DEF_SMTP_RSET_TIMEOUT, 0, &var_smtp_rset_timeout, 0, 0},
    {VAR_SMTP_SASL_AUTH_CACHE_NAME, PARAM_STR,
	DEF_SMTP_SASL_AUTH_CACHE_NAME, 0,
	&var_smtp_sasl_auth_cache_name, 0, 0},
    {VAR_SMTP_SASL_AUTH_CACHE_TIME, PARAM_TIME,
	DEF_SMTP_SASL_AUTH_CACHE_TIME, 0,
	&var_smtp_sasl_auth_cache_time, 0, 0},
    {VAR_SMTP_SASL_AUTH_ENABLE, PARAM_BOOL,
	DEF_SMTP_SASL_AUTH_ENABLE, 0, &var_smtp_sasl_auth_enable, 0, 0},
    {VAR_SMTP_SASL_AUTH_SOFT_BOUNCE, PARAM_BOOL,
	DEF_SMTP_SASL_AUTH_SOFT_BOUNCE, 0,
	&var_smtp_sasl_auth_soft_bounce, 0, 0},
    {VAR_SMTP_SASL_MECHANISM_FILTER, PARAM_STR,
	DEF_SMTP_SASL_MECHANISM_FILTER, 0,
	&var_smtp_sasl_mechanism_filter, 0, 0},
    {VAR_SMTP_SASL_PASSWORD_MAPS, PARAM_STR,
	DEF_SMTP_SASL_PASSWORD_MAPS, 0, &var_smtp_sasl_password_maps, 0, 0},
    {VAR_SMTP_SASL_PATH, PARAM_STR,
	DEF_SMTP_SASL_PATH, 0, &var_smtp_sasl_path, 0, 0},
    {VAR_SMTP_SASL_SECURITY_OPTIONS, PARAM_STR,
	DEF_SMTP_SASL_SECURITY_OPTIONS, 0,
	&var_smtp_sasl_security_options, 0, 0},
    {VAR_SMTP_SASL_TLS_SECURITY_OPTIONS, PARAM_STR,
	DEF_SMTP_SASL_TLS_SECURITY_OPTIONS, 0,
	&var_smtp_sasl_tls_security_options, 0, 0},
    {VAR_SMTP_SASL_TLS_VERIFIED_SECURITY_OPTIONS, PARAM_STR,
	DEF_SMTP_SASL_TLS_VERIFIED_SECURITY_OPTIONS, 0,
	&var_smtp_sasl_tls_verified_security_options, 0, 0},
    {VAR_SMTP_SASL_TYPE, PARAM_STR,
	DEF_SMTP_SASL_TYPE, 0, &var_smtp_sasl_type, 0, 0},
    {VAR_SMTP_SEND_DUMMY_MAIL_AUTH, PARAM_BOOL,
	DEF_SMTP_SEND_DUMMY_MAIL_AUTH, 0,
	&var_smtp_send_dummy_mail_auth, 0, 0},
    {VAR_SMTP_SEND_XFORWARD_COMMAND, PARAM_BOOL,
	DEF_SMTP_SEND_XFORWARD_COMMAND, 0,
	&var_smtp_send_xforward_command, 0, 0},
    {VAR_SMTP_SENDER_DEPENDENT_AUTHENTICATION, PARAM_BOOL,
	DEF_SMTP_SENDER_DEPENDENT_AUTHENTICATION, 0,
	&var_smtp_sender_dependent_authentication, 0, 0},
    {VAR_SMTP_SKIP_5XX_GREETING, PARAM_BOOL,
	DEF_SMTP_SKIP_5XX_GREETING, 0, &var_smtp_skip_5xx_greeting, 0, 0},
    {VAR_SMTP_SKIP_QUIT_RESPONSE, PARAM_BOOL,
	DEF_SMTP_SKIP_QUIT_RESPONSE, 0, &var_smtp_skip_quit_response, 0, 0},
    {VAR_SMTP_STARTTLS_TIMEOUT, PARAM_TIME,
	DEF_SMTP_STARTTLS_TIMEOUT, 0, &var_smtp_starttls_timeout, 0, 0},
    {VAR_SMTP_TCP_PORT, PARAM_STR,
	DEF_SMTP_TCP_PORT, 0, &var_smtp_tcp_port, 0, 0},
    {VAR_SMTP_TLS_CAFILE, PARAM_STR,
	DEF_SMTP_TLS_CAFILE, 0, &var_smtp_tls_CAfile, 0, 0},
    {VAR_SMTP_TLS_CAPATH, PARAM_STR,
	DEF_SMTP_TLS_CAPATH, 0, &var_smtp_tls_CApath, 0, 0},
    {VAR_SMTP_TLS_BLOCK_EARLY_MAIL_REPLY, PARAM_BOOL,
	DEF_SMTP_TLS_BLOCK_EARLY_MAIL_REPLY, 0,
	&var_smtp_tls_block_early_mail_reply, 0, 0},
    {VAR_SMTP_TLS_CERT_FILE, PARAM_STR,
	DEF_SMTP_TLS_CERT_FILE, 0, &var_smtp_tls_cert_file, 0, 0},
    {VAR_SMTP_TLS_CHAIN_FILES, PARAM_STR,
	DEF_SMTP_TLS_CHAIN_FILES, 0, &var_smtp_tls_chain_files, 0, 0},
    {VAR_SMTP_TLS_CIPHERS, PARAM_STR,
	DEF_SMTP_TLS_CIPHERS, 0, &var_smtp_tls_ciphers, 0, 0},
    {VAR_SMTP_TLS_CONNECTION_REUSE, PARAM_BOOL,
	DEF_SMTP_TLS_CONNECTION_REUSE, 0,
	&var_smtp_tls_connection_reuse, 0, 0},
    {VAR_SMTP_TLS_DANE_INSECURE_MX_POLICY, PARAM_STR,
	DEF_SMTP_TLS_DANE_INSECURE_MX_POLICY, 0,
	&var_smtp_tls_dane_insecure_mx_policy, 0, 0},
    {VAR_SMTP_TLS_DCERT_FILE, PARAM_STR,
	DEF_SMTP_TLS_DCERT_FILE, 0, &var_smtp_tls_dcert_file, 0, 0},
    {VAR_SMTP_TLS_DKEY_FILE, PARAM_STR,
	DEF_SMTP_TLS_DKEY_FILE, 0, &var_smtp_tls_dkey_file, 0, 0},
    {VAR_SMTP_TLS_ECCERT_FILE, PARAM_STR,
	DEF_SMTP_TLS_ECCERT_FILE, 0, &var_smtp_tls_eccert_file, 0, 0},
    {VAR_SMTP_TLS_ECKEY_FILE, PARAM_STR,
	DEF_SMTP_TLS_ECKEY_FILE, 0, &var_smtp_tls_eckey_file, 0, 0},
    {VAR_SMTP_TLS_ENFORCE_PEERNAME, PARAM_BOOL,
	DEF_SMTP_TLS_ENFORCE_PEERNAME, 0,
	&var_smtp_tls_enforce_peername, 0, 0},
    {VAR_SMTP_TLS_EXCLUDE_CIPHERS, PARAM_STR,
	DEF_SMTP_TLS_EXCLUDE_CIPHERS, 0, &var_smtp_tls_exclude_ciphers, 0, 0},
    {VAR_SMTP_TLS_FINGERPRINT_CERT_MATCH, PARAM_STR,
	DEF_SMTP_TLS_FINGERPRINT_CERT_MATCH, 0,
	&var_smtp_tls_fingerprint_cert_match, 0, 0},
    {VAR_SMTP_TLS_FINGERPRINT_DIGEST, PARAM_STR,
	DEF_SMTP_TLS_FINGERPRINT_DIGEST, 0,
	&var_smtp_tls_fingerprint_digest, 0, 0},
    {VAR_SMTP_TLS_FORCE_INSECURE_HOST_TLSA_LOOKUP, PARAM_BOOL,
	DEF_SMTP_TLS_FORCE_INSECURE_HOST_TLSA_LOOKUP, 0,
	&var_smtp_tls_force_insecure_host_tlsa_lookup, 0, 0},
    {VAR_SMTP_TLS_KEY_FILE, PARAM_STR,
	DEF_SMTP_TLS_KEY_FILE, 0, &var_smtp_tls_key_file, 0, 0},
    {VAR_SMTP_TLS_LOGLEVEL, PARAM_STR,
	DEF_SMTP_TLS_LOGLEVEL, 0, &var_smtp_tls_loglevel, 0, 0},
    {VAR_SMTP_TLS_MANDATORY_CIPHERS, PARAM_STR,
	DEF_SMTP_TLS_MANDATORY_CIPHERS, 0,
	&var_smtp_tls_mandatory_ciphers, 0, 0},
    {VAR_SMTP_TLS_MANDATORY_EXCLUDE_CIPHERS, PARAM_STR,
	DEF_SMTP_TLS_MANDATORY_EXCLUDE_CIPHERS, 0,
	&var_smtp_tls_mandatory_exclude_ciphers, 0, 0},
    {VAR_SMTP_TLS_MANDATORY_PROTOCOLS, PARAM_STR,
	DEF_SMTP_TLS_MANDATORY_PROTOCOLS, 0,
	&var_smtp_tls_mandatory_protocols, 0, 0},
    {VAR_SMTP_TLS_NOTE_STARTTLS_OFFER, PARAM_BOOL,
	DEF_SMTP_TLS_NOTE_STARTTLS_OFFER, 0,
	&var_smtp_tls_note_starttls_offer, 0, 0},
    {VAR_SMTP_TLS_PER_SITE, PARAM_STR,
	DEF_SMTP_TLS_PER_SITE, 0, &var_smtp_tls_per_site, 0, 0},
    {VAR_SMTP_TLS_POLICY_MAPS, PARAM_STR,
	DEF_SMTP_TLS_POLICY_MAPS, 0, &var_smtp_tls_policy_maps, 0, 0},
    {VAR_SMTP_TLS_PROTOCOLS, PARAM_STR,
	DEF_SMTP_TLS_PROTOCOLS, 0, &var_smtp_tls_protocols, 0, 0},
    {VAR_SMTP_TLS_SCERT_VERIFYDEPTH, PARAM_INT,
	DEF_SMTP_TLS_SCERT_VERIFYDEPTH, 0,
	&var_smtp_tls_scert_verifydepth, 1, 0},
    {VAR_SMTP_TLS_SECURE_CERT_MATCH, PARAM_STR,
	DEF_SMTP_TLS_SECURE_CERT_MATCH, 0,
	&var_smtp_tls_secure_cert_match, 0, 0},
    {VAR_SMTP_TLS_SECURITY_LEVEL, PARAM_STR,
	DEF_SMTP_TLS_SECURITY_LEVEL, 0, &var_smtp_tls_security_level, 0, 0},
    {VAR_SMTP_TLS_SERVERNAME, PARAM_STR,
	DEF_SMTP_TLS_SERVERNAME, 0, &var_smtp_tls_servername, 0, 0},
    {VAR_SMTP_TLS_SESSION_CACHE_DATABASE, PARAM_STR,
	DEF_SMTP_TLS_SESSION_CACHE_DATABASE, 0,
	&var_smtp_tls_session_cache_database, 0, 0},
    {VAR_SMTP_TLS_SESSION_CACHE_TIMEOUT, PARAM_TIME,
	DEF_SMTP_TLS_SESSION_CACHE_TIMEOUT, 0,
	&var_smtp_tls_session_cache_timeout, 0, 0},
    {VAR_SMTP_TLS_TRUST_ANCHOR_FILE, PARAM_STR,
	DEF_SMTP_TLS_TRUST_ANCHOR_FILE, 0,
	&var_smtp_tls_trust_anchor_file, 0, 0},
    {VAR_SMTP_TLS_VERIFY_CERT_MATCH, PARAM_STR,
	DEF_SMTP_TLS_VERIFY_CERT_MATCH, 0,
	&var_smtp_tls_verify_cert_match, 0, 0},
    {VAR_SMTP_TLS_WRAPPERMODE, PARAM_BOOL,
	DEF_SMTP_TLS_WRAPPERMODE, 0, &var_smtp_tls_wrappermode, 0, 0},
    {VAR_SMTP_USE_TLS, PARAM_BOOL,
	DEF_SMTP_USE_TLS, 0, &var_smtp_use_tls, 0, 0},
    {VAR_SMTP_XFORWARD_TIMEOUT, PARAM_TIME,
	DEF_SMTP_XFORWARD_TIMEOUT, 0, &var_smtp_xforward_timeout, 0, 0},
    {VAR_LMTP_ADDRESS_PREFERENCE, PARAM_STR,
	DEF_LMTP_ADDRESS_PREFERENCE, 0, &var_lmtp_address_preference, 0, 0},
    {VAR_LMTP_ADDRESS_VERIFY_TARGET, PARAM_STR,
	DEF_LMTP_ADDRESS_VERIFY_TARGET, 0,
	&var_lmtp_address_verify_target, 0, 0},
    {VAR_LMTP_ASSUME_FINAL, PARAM_BOOL,
	DEF_LMTP_ASSUME_FINAL, 0, &var_lmtp_assume_final, 0, 0},
    {VAR_LMTP_BALANCE_INET_PROTOCOLS, PARAM_BOOL,
	DEF_LMTP_BALANCE_INET_PROTOCOLS, 0,
	&var_lmtp_balance_inet_protocols, 0, 0},
    {VAR_LMTP_BIND_ADDRESS, PARAM_STR,
	DEF_LMTP_BIND_ADDRESS, 0, &var_lmtp_bind_address, 0, 0},
    {VAR_LMTP_BIND_ADDRESS6, PARAM_STR,
	DEF_LMTP_BIND_ADDRESS6, 0, &var_lmtp_bind_address6, 0, 0},
    {VAR_LMTP_BIND_ADDRESS_ENFORCE, PARAM_BOOL,
	DEF_LMTP_BIND_ADDRESS_ENFORCE, 0,
	&var_lmtp_bind_address_enforce, 0, 0},
    {VAR_LMTP_BODY_CHECKS, PARAM_STR,
	DEF_LMTP_BODY_CHECKS, 0, &var_lmtp_body_checks, 0, 0},
    {VAR_LMTP_CNAME_OVERRIDES_SERVERNAME, PARAM_BOOL,
	DEF_LMTP_CNAME_OVERRIDES_SERVERNAME, 0,
	&var_lmtp_cname_overrides_servername, 0, 0},
    {VAR_LMTP_CONNECT_TIMEOUT, PARAM_TIME,
	DEF_LMTP_CONNECT_TIMEOUT, 0, &var_lmtp_connect_timeout, 0, 0},
    {VAR_LMTP_CONNECTION_CACHE_DESTINATIONS, PARAM_STR,
	DEF_LMTP_CONNECTION_CACHE_DESTINATIONS, 0,
	&var_lmtp_connection_cache_destinations, 0, 0},
    {VAR_LMTP_CONNECTION_CACHE_ON_DEMAND, PARAM_BOOL,
	DEF_LMTP_CONNECTION_CACHE_ON_DEMAND, 0,
	&var_lmtp_connection_cache_on_demand, 0, 0},
    {VAR_LMTP_CONNECTION_CACHE_TIME_LIMIT, PARAM_TIME,
	DEF_LMTP_CONNECTION_CACHE_TIME_LIMIT, 0,
	&var_lmtp_connection_cache_time_limit, 0, 0},
    {VAR_LMTP_CONNECTION_REUSE_COUNT_LIMIT, PARAM_INT,
	DEF_LMTP_CONNECTION_REUSE_COUNT_LIMIT, 0,
	&var_lmtp_connection_reuse_count_limit, 0, 0},
    {VAR_LMTP_CONNECTION_REUSE_TIME_LIMIT, PARAM_TIME,
	DEF_LMTP_CONNECTION_REUSE_TIME_LIMIT, 0,
	&var_lmtp_connection_reuse_time_limit, 0, 0},
    {VAR_LMTP_DATA_DONE_TIMEOUT, PARAM_TIME,
	DEF_LMTP_DATA_DONE_TIMEOUT, 0, &var_lmtp_data_done_timeout, 0, 0},
    {VAR_LMTP_DATA_INIT_TIMEOUT, PARAM_TIME,
	DEF_LMTP_DATA_INIT_TIMEOUT, 0, &var_lmtp_data_init_timeout, 0, 0},
    {VAR_LMTP_DATA_XFER_TIMEOUT, PARAM_TIME,
	DEF_LMTP_DATA_XFER_TIMEOUT, 0, &var_lmtp_data_xfer_timeout, 0, 0},
    {VAR_LMTP_DEFER_IF_NO_MX_ADDRESS_FOUND, PARAM_BOOL,
	DEF_LMTP_DEFER_IF_NO_MX_ADDRESS_FOUND, 0,
	&var_lmtp_defer_if_no_mx_address_found, 0, 0},
    {VAR_LMTP_DELIVERY_STATUS_FILTER, PARAM_STR,
	DEF_LMTP_DELIVERY_STATUS_FILTER, 0,
	&var_lmtp_delivery_status_filter, 0, 0},
    {VAR_LMTP_DISCARD_LHLO_KEYWORD_ADDRESS_MAPS, PARAM_STR,
	DEF_LMTP_DISCARD_LHLO_KEYWORD_ADDRESS_MAPS, 0,
	&var_lmtp_discard_lhlo_keyword_address_maps, 0, 0},
    {VAR_LMTP_DISCARD_LHLO_KEYWORDS, PARAM_STR,
	DEF_LMTP_DISCARD_LHLO_KEYWORDS, 0,
	&var_lmtp_discard_lhlo_keywords, 0, 0},
    {VAR_LMTP_DNS_REPLY_FILTER, PARAM_STR,
	DEF_LMTP_DNS_REPLY_FILTER, 0, &var_lmtp_dns_reply_filter, 0, 0},
    {VAR_LMTP_DNS_RESOLVER_OPTIONS, PARAM_STR,
	DEF_LMTP_DNS_RESOLVER_OPTIONS, 0,
	&var_lmtp_dns_resolver_options, 0, 0},
    {VAR_LMTP_DNS_SUPPORT_LEVEL, PARAM_STR,
	DEF_LMTP_DNS_SUPPORT_LEVEL, 0, &var_lmtp_dns_support_level, 0, 0},
    {VAR_LMTP_ENFORCE_TLS, PARAM_BOOL,
	DEF_LMTP_ENFORCE_TLS, 0, &var_lmtp_enforce_tls, 0, 0},
    {VAR_LMTP_FALLBACK_RELAY, PARAM_STR,
	DEF_LMTP_FALLBACK_RELAY, 0, &var_lmtp_fallback_relay, 0, 0},
    {VAR_LMTP_GENERIC_MAPS, PARAM_STR,
	DEF_LMTP_GENERIC_MAPS, 0, &var_lmtp_generic_maps, 0, 0},
    {VAR_LMTP_HEADER_CHECKS, PARAM_STR,
	DEF_LMTP_HEADER_CHECKS, 0, &var_lmtp_header_checks, 0, 0},
    {VAR_LMTP_HOST_LOOKUP, PARAM_STR,
	DEF_LMTP_HOST_LOOKUP, 0, &var_lmtp_host_lookup, 0, 0},
    {VAR_LMTP_LHLO_NAME, PARAM_STR,
	DEF_LMTP_LHLO_NAME, 0, &var_lmtp_lhlo_name, 0, 0},
    {VAR_LMTP_LHLO_TIMEOUT, PARAM_TIME,
	DEF_LMTP_LHLO_TIMEOUT, 0, &var_lmtp_lhlo_timeout, 0, 0},
    {VAR_LMTP_LINE_LENGTH_LIMIT, PARAM_INT,
	DEF_LMTP_LINE_LENGTH_LIMIT, 0, &var_lmtp_line_length_limit, 0, 0},
    {VAR_LMTP_MAIL_TIMEOUT, PARAM_TIME,
	DEF_LMTP_MAIL_TIMEOUT, 0, &var_lmtp_mail_timeout, 0, 0},
    {VAR_LMTP_MIME_HEADER_CHECKS, PARAM_STR,
	DEF_LMTP_MIME_HEADER_CHECKS, 0, &var_lmtp_mime_header_checks, 0, 0},
    {VAR_LMTP_MIN_DATA_RATE, PARAM_INT,
	DEF_LMTP_MIN_DATA_RATE, 0, &var_lmtp_min_data_rate, 0, 0},
    {VAR_LMTP_MX_ADDRESS_LIMIT, PARAM_INT,
	DEF_LMTP_MX_ADDRESS_LIMIT, 0, &var_lmtp_mx_address_limit, 0, 0},
    {VAR_LMTP_MX_SESSION_LIMIT, PARAM_INT,
	DEF_LMTP_MX_SESSION_LIMIT, 0, &var_lmtp_mx_session_limit, 0, 0},
    {VAR_LMTP_NESTED_HEADER_CHECKS, PARAM_STR,
	DEF_LMTP_NESTED_HEADER_CHECKS, 0,
	&var_lmtp_nested_header_checks, 0, 0},
    {VAR_LMTP_PER_REQUEST_DEADLINE, PARAM_BOOL,
	DEF_LMTP_PER_REQUEST_DEADLINE, 0,
	&var_lmtp_per_request_deadline, 0, 0},
    {VAR_LMTP_PIX_WORKAROUND_DELAY_TIME, PARAM_TIME,
	DEF_LMTP_PIX_WORKAROUND_DELAY_TIME, 0,
	&var_lmtp_pix_workaround_delay_time, 0, 0},
    {VAR_LMTP_PIX_WORKAROUND_MAPS, PARAM_STR,
	DEF_LMTP_PIX_WORKAROUND_MAPS, 0, &var_lmtp_pix_workaround_maps, 0, 0},
    {VAR_LMTP_PIX_WORKAROUND_THRESHOLD_TIME, PARAM_TIME,
	DEF_LMTP_PIX_WORKAROUND_THRESHOLD_TIME, 0,
	&var_lmtp_pix_workaround_threshold_time, 0, 0},
    {VAR_LMTP_PIX_WORKAROUNDS, PARAM_STR,
	DEF_LMTP_PIX_WORKAROUNDS, 0, &var_lmtp_pix_workarounds, 0, 0},
    {VAR_LMTP_QUIT_TIMEOUT, PARAM_TIME,
	DEF_LMTP_QUIT_TIMEOUT, 0, &var_lmtp_quit_timeout, 0, 0},
    {VAR_LMTP_QUOTE_RFC821_ENVELOPE, PARAM_BOOL,
	DEF_LMTP_QUOTE_RFC821_ENVELOPE, 0,
	&var_lmtp_quote_rfc821_envelope, 0, 0},
    {VAR_LMTP_RANDOMIZE_ADDRESSES, PARAM_BOOL,
	DEF_LMTP_RANDOMIZE_ADDRESSES, 0, &var_lmtp_randomize_addresses, 0, 0},
    {VAR_LMTP_RCPT_TIMEOUT, PARAM_TIME,
	DEF_LMTP_RCPT_TIMEOUT, 0, &var_lmtp_rcpt_timeout, 0, 0},
    {VAR_LMTP_REPLY_FILTER, PARAM_STR,
	DEF_LMTP_REPLY_FILTER, 0, &var_lmtp_reply_filter, 0, 0},
    {VAR_LMTP_RSET_TIMEOUT, PARAM_TIME,
	DEF_LMTP_RSET_TIMEOUT, 0, &var_lmtp_rset_timeout, 0, 0},
    {VAR_LMTP_SASL_AUTH_CACHE_NAME, PARAM_STR,
	DEF_LMTP_SASL_AUTH_CACHE_NAME, 0,
	&var_lmtp_sasl_auth_cache_name, 0, 0},
    {VAR_LMTP_SASL_AUTH_CACHE_TIME, PARAM_TIME,
	DEF_LMTP_SASL_AUTH_CACHE_TIME, 0,
	&var_lmtp_sasl_auth_cache_time, 0, 0},
    {VAR_LMTP_SASL_AUTH_ENABLE, PARAM_BOOL,
	DEF_LMTP_SASL_AUTH_ENABLE, 0, &var_lmtp_sasl_auth_enable, 0, 0},
    {VAR_LMTP_SASL_AUTH_SOFT_BOUNCE, PARAM_BOOL,
	DEF_LMTP_SASL_AUTH_SOFT_BOUNCE, 0,
	&var_lmtp_sasl_auth_soft_bounce, 0, 0},
    {VAR_LMTP_SASL_MECHANISM_FILTER, PARAM_STR,
	DEF_LMTP_SASL_MECHANISM_FILTER, 0,
	&var_lmtp_sasl_mechanism_filter, 0, 0},
    {VAR_LMTP_SASL_PASSWORD_MAPS, PARAM_STR,
	DEF_LMTP_SASL_PASSWORD_MAPS, 0, &var_lmtp_sasl_password_maps, 0, 0},
    {VAR_LMTP_SASL_PATH, PARAM_STR,
	DEF_LMTP_SASL_PATH, 0, &var_lmtp_sasl_path, 0, 0},
    {VAR_LMTP_SASL_SECURITY_OPTIONS, PARAM_STR,
	DEF_LMTP_SASL_SECURITY_OPTIONS, 0,
	&var_lmtp_sasl_security_options, 0, 0},
    {VAR_LMTP_SASL_TLS_SECURITY_OPTIONS, PARAM_STR,
	DEF_LMTP_SASL_TLS_SECURITY_OPTIONS, 0,
	&var_lmtp_sasl_tls_security_options, 0, 0},
    {VAR_LMTP_SASL_TLS_VERIFIED_SECURITY_OPTIONS, PARAM_STR,
	DEF_LMTP_SASL_TLS_VERIFIED_SECURITY_OPTIONS, 0,
	&var_lmtp_sasl_tls_verified_security_options, 0, 0},
    {VAR_LMTP_SASL_TYPE, PARAM_STR,
	DEF_LMTP_SASL_TYPE, 0, &var_lmtp_sasl_type, 0, 0},
    {VAR_LMTP_SEND_DUMMY_MAIL_AUTH, PARAM_BOOL,
	DEF_LMTP_SEND_DUMMY_MAIL_AUTH, 0,
	&var_lmtp_send_dummy_mail_auth, 0, 0},
    {VAR_LMTP_SEND_XFORWARD_COMMAND, PARAM_BOOL,
	DEF_LMTP_SEND_XFORWARD_COMMAND, 0,
	&var_lmtp_send_xforward_command, 0, 0},
    {VAR_LMTP_SENDER_DEPENDENT_AUTHENTICATION, PARAM_BOOL,
	DEF_LMTP_SENDER_DEPENDENT_AUTHENTICATION, 0,
	&var_lmtp_sender_dependent_authentication, 0, 0},
    {VAR_LMTP_SKIP_5XX_GREETING, PARAM_BOOL,
	DEF_LMTP_SKIP_5XX_GREETING, 0, &var_lmtp_skip_5xx_greeting, 0, 0},
    {VAR_LMTP_SKIP_QUIT_RESPONSE, PARAM_BOOL,
	DEF_LMTP_SKIP_QUIT_RESPONSE, 0, &var_lmtp_skip_quit_response, 0, 0},
    {VAR_LMTP_STARTTLS_TIMEOUT, PARAM_TIME,
	DEF_LMTP_STARTTLS_TIMEOUT, 0, &var_lmtp_starttls_timeout, 0, 0},
    {VAR_LMTP_TCP_PORT, PARAM_STR,
	DEF_LMTP_TCP_PORT, 0, &var_lmtp_tcp_port, 0, 0},
    {VAR_LMTP_TLS_CAFILE, PARAM_STR,
	DEF_LMTP_TLS_CAFILE, 0, &var_lmtp_tls_CAfile, 0, 0},
    {VAR_LMTP_TLS_CAPATH, PARAM_STR,
	DEF_LMTP_TLS_CAPATH, 0, &var_lmtp_tls_CApath, 0, 0},
    {VAR_LMTP_TLS_BLOCK_EARLY_MAIL_REPLY, PARAM_BOOL,
	DEF_LMTP_TLS_BLOCK_EARLY_MAIL_REPLY, 0,
	&var_lmtp_tls_block_early_mail_reply, 0, 0},
    {VAR_LMTP_TLS_CERT_FILE, PARAM_STR,
	DEF_LMTP_TLS_CERT_FILE, 0, &var_lmtp_tls_cert_file, 0, 0},
    {VAR_LMTP_TLS_CHAIN_FILES, PARAM_STR,
	DEF_LMTP_TLS_CHAIN_FILES, 0, &var_lmtp_tls_chain_files, 0, 0},
    {VAR_LMTP_TLS_CIPHERS, PARAM_STR,
	DEF_LMTP_TLS_CIPHERS, 0, &var_lmtp_tls_ciphers, 0, 0},
    {VAR_LMTP_TLS_CONNECTION_REUSE, PARAM_BOOL,
	DEF_LMTP_TLS_CONNECTION_REUSE, 0,
	&var_lmtp_tls_connection_reuse, 0, 0},
    {VAR_LMTP_TLS_DCERT_FILE, PARAM_STR,
	DEF_LMTP_TLS_DCERT_FILE, 0, &var_lmtp_tls_dcert_file, 0, 0},
    {VAR_LMTP_TLS_DKEY_FILE, PARAM_STR,
	DEF_LMTP_TLS_DKEY_FILE, 0, &var_lmtp_tls_dkey_file, 0, 0},
    {VAR_LMTP_TLS_ECCERT_FILE, PARAM_STR,
	DEF_LMTP_TLS_ECCERT_FILE, 0, &var_lmtp_tls_eccert_file, 0, 0},
    {VAR_LMTP_TLS_ECKEY_FILE, PARAM_STR,
	DEF_LMTP_TLS_ECKEY_FILE, 0, &var_lmtp_tls_eckey_file, 0, 0},
    {VAR_LMTP_TLS_ENFORCE_PEERNAME, PARAM_BOOL,
	DEF_LMTP_TLS_ENFORCE_PEERNAME, 0,
	&var_lmtp_tls_enforce_peername, 0, 0},
    {VAR_LMTP_TLS_EXCLUDE_CIPHERS, PARAM_STR,
	DEF_LMTP_TLS_EXCLUDE_CIPHERS, 0, &var_lmtp_tls_exclude_ciphers, 0, 0},
    {VAR_LMTP_TLS_FINGERPRINT_CERT_MATCH, PARAM_STR,
	DEF_LMTP_TLS_FINGERPRINT_CERT_MATCH, 0,
	&var_lmtp_tls_fingerprint_cert_match, 0, 0},
    {VAR_LMTP_TLS_FINGERPRINT_DIGEST, PARAM_STR,
	DEF_LMTP_TLS_FINGERPRINT_DIGEST, 0,
	&var_lmtp_tls_fingerprint_digest, 0, 0},
    {VAR_LMTP_TLS_FORCE_INSECURE_HOST_TLSA_LOOKUP, PARAM_BOOL,
	DEF_LMTP_TLS_FORCE_INSECURE_HOST_TLSA_LOOKUP, 0,
	&var_lmtp_tls_force_insecure_host_tlsa_lookup, 0, 0},
    {VAR_LMTP_TLS_KEY_FILE, PARAM_STR,
	DEF_LMTP_TLS_KEY_FILE, 0, &var_lmtp_tls_key_file, 0, 0},
    {VAR_LMTP_TLS_LOGLEVEL, PARAM_STR,
	DEF_LMTP_TLS_LOGLEVEL, 0, &var_lmtp_tls_loglevel, 0, 0},
    {VAR_LMTP_TLS_MANDATORY_CIPHERS, PARAM_STR,
	DEF_LMTP_TLS_MANDATORY_CIPHERS, 0,
	&var_lmtp_tls_mandatory_ciphers, 0, 0},
    {VAR_LMTP_TLS_MANDATORY_EXCLUDE_CIPHERS, PARAM_STR,
	DEF_LMTP_TLS_MANDATORY_EXCLUDE_CIPHERS, 0,
	&var_lmtp_tls_mandatory_exclude_ciphers, 0, 0},
    {VAR_LMTP_TLS_MANDATORY_PROTOCOLS, PARAM_STR,
	DEF_LMTP_TLS_MANDATORY_PROTOCOLS, 0,
	&var_lmtp_tls_mandatory_protocols, 0, 0},
    {VAR_LMTP_TLS_NOTE_STARTTLS_OFFER, PARAM_BOOL,
	DEF_LMTP_TLS_NOTE_STARTTLS_OFFER, 0,
	&var_lmtp_tls_note_starttls_offer, 0, 0},
    {VAR_LMTP_TLS_PER_SITE, PARAM_STR,
	DEF_LMTP_TLS_PER_SITE, 0, &var_lmtp_tls_per_site, 0, 0},
    {VAR_LMTP_TLS_POLICY_MAPS, PARAM_STR,
	DEF_LMTP_TLS_POLICY_MAPS, 0, &var_lmtp_tls_policy_maps, 0, 0},
    {VAR_LMTP_TLS_PROTOCOLS, PARAM_STR,
	DEF_LMTP_TLS_PROTOCOLS, 0, &var_lmtp_tls_protocols, 0, 0},
    {VAR_LMTP_TLS_SCERT_VERIFYDEPTH, PARAM_INT,
	DEF_LMTP_TLS_SCERT_VERIFYDEPTH, 0,
	&var_lmtp_tls_scert_verifydepth, 1, 0},
    {VAR_LMTP_TLS_SECURE_CERT_MATCH, PARAM_STR,
	DEF_LMTP_TLS_SECURE_CERT_MATCH, 0,
	&var_lmtp_tls_secure_cert_match, 0, 0},
    {VAR_LMTP_TLS_SECURITY_LEVEL, PARAM_STR,
	DEF_LMTP_TLS_SECURITY_LEVEL, 0, &var_lmtp_tls_security_level, 0, 0},
    {VAR_LMTP_TLS_SERVERNAME, PARAM_STR,
	DEF_LMTP_TLS_SERVERNAME, 0, &var_lmtp_tls_servername, 0, 0},
    {VAR_LMTP_TLS_SESSION_CACHE_DATABASE, PARAM_STR,
	DEF_LMTP_TLS_SESSION_CACHE_DATABASE, 0,
	&var_lmtp_tls_session_cache_database, 0, 0},
    {VAR_LMTP_TLS_SESSION_CACHE_TIMEOUT, PARAM_TIME,
	DEF_LMTP_TLS_SESSION_CACHE_TIMEOUT, 0,
	&var_lmtp_tls_session_cache_timeout, 0, 0},
    {VAR_LMTP_TLS_TRUST_ANCHOR_FILE, PARAM_STR,
	DEF_LMTP_TLS_TRUST_ANCHOR_FILE, 0,
	&var_lmtp_tls_trust_anchor_file, 0, 0},
    {VAR_LMTP_TLS_VERIFY_CERT_MATCH, PARAM_STR,
	DEF_LMTP_TLS_VERIFY_CERT_MATCH, 0,
	&var_lmtp_tls_verify_cert_match, 0, 0},
    {VAR_LMTP_TLS_WRAPPERMODE, PARAM_BOOL,
	DEF_LMTP_TLS_WRAPPERMODE, 0, &var_lmtp_tls_wrappermode, 0, 0},
    {VAR_LMTP_USE_TLS, PARAM_BOOL,
	DEF_LMTP_USE_TLS, 0, &var_lmtp_use_tls, 0, 0},
    {VAR_LMTP_XFORWARD_TIMEOUT, PARAM_TIME,
	DEF_LMTP_XFORWARD_TIMEOUT, 0, &var_lmtp_xforward_timeout, 0, 0},
    {VAR_IGNORE_MX_LOOKUP_ERROR, PARAM_BOOL,
	DEF_IGNORE_MX_LOOKUP_ERROR, 0, &var_ignore_mx_lookup_error, 0, 0},
    {VAR_DISABLE_DNS_LOOKUPS, PARAM_BOOL,
	DEF_DISABLE_DNS_LOOKUPS, 0, &var_disable_dns_lookups, 0, 0},
    {VAR_DEBUG_PEER_LEVEL, PARAM_INT,
	DEF_DEBUG_PEER_LEVEL, 0, &var_debug_peer_level, 0, 0},
    {VAR_DEBUG_PEER_LIST, PARAM_STR,
	DEF_DEBUG_PEER_LIST, 0, &var_debug_peer_list, 0, 0},
    {VAR_SEND_CYRUS_SASL_AUTHZID, PARAM_BOOL,
	DEF_SEND_CYRUS_SASL_AUTHZID, 0, &var_send_cyrus_sasl_authzid, 0, 0},
    {VAR_TCP_WINDOWSIZE, PARAM_INT,
	DEF_TCP_WINDOWSIZE, 0, &var_tcp_windowsize, 0, 0},
    {VAR_BEST_MX_TRANSPORT, PARAM_STR,
	DEF_BEST_MX_TRANSPORT, 0, &var_best_mx_transport, 0, 0},
    {VAR_DNS_NCACHE_TTL_FIX_ENABLE, PARAM_BOOL,
	DEF_DNS_NCACHE_TTL_FIX_ENABLE, 0,
	&var_dns_ncache_ttl_fix_enable, 0, 0},
    {VAR_DNSSEC_PROBE, PARAM_STR,
	DEF_DNSSEC_PROBE, 0, &var_dnssec_probe, 0, 0},
    {VAR_DISABLE_MIME_OUTPUT_CONVERSION, PARAM_BOOL,
	DEF_DISABLE_MIME_OUTPUT_CONVERSION, 0,
	&var_disable_mime_output_conversion, 0, 0},
    {0},
};
