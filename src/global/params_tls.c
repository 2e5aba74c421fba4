/*++
/* NAME
/*	params_tls 3
/* SUMMARY
/*	parameters of the TLS library and tlsmgr(8)
/* SYNOPSIS
/*	#include <mail_params.h>
/*
/*	extern const MAIL_PARAM params_tls[];
/* DESCRIPTION
/*	The parameter table of the TLS library and tlsmgr(8), with the
/*	variables that mail_params_init() fills in. Names and defaults
/*	are those of Postfix, so that "postconf -d" shows what an
/*	administrator expects and copied main.cf files keep their
/*	meaning.
/*--*/

#include <sys_defs.h>

#include <mail_conf.h>
#include <mail_params.h>

int     var_tls_append_default_CA;
char   *var_tls_config_file;
char   *var_tls_config_name;
int     var_tls_daemon_random_bytes;
char   *var_tls_dane_digests;
char   *var_tls_disable_workarounds;
char   *var_tls_eecdh_auto_curves;
char   *var_tls_eecdh_strong_curve;
char   *var_tls_eecdh_ultra_curve;
char   *var_tls_export_cipherlist;
int     var_tls_fast_shutdown_enable;
char   *var_tls_high_cipherlist;
int     var_tls_legacy_public_key_fingerprints;
char   *var_tls_low_cipherlist;
char   *var_tls_medium_cipherlist;
char   *var_tls_null_cipherlist;
int     var_tls_preempt_cipherlist;
int     var_tls_random_bytes;
char   *var_tls_random_exchange_name;
int     var_tls_random_prng_update_period;
int     var_tls_random_reseed_period;
char   *var_tls_random_source;
char   *var_tls_server_sni_maps;
char   *var_tls_session_ticket_cipher;
char   *var_tls_ssl_options;
int     var_tls_wildcard_matches_multiple_labels;
char   *var_tlsmgr_service_name;

const MAIL_PARAM params_tls[] = {
    {VAR_TLS_APPEND_DEFAULT_CA, PARAM_BOOL,
	DEF_TLS_APPEND_DEFAULT_CA, 0, &var_tls_append_default_CA, 0, 0},
    {VAR_TLS_CONFIG_FILE, PARAM_STR,
	DEF_TLS_CONFIG_FILE, 0, &var_tls_config_file, 0, 0},
    {VAR_TLS_CONFIG_NAME, PARAM_STR,
	DEF_TLS_CONFIG_NAME, 0, &var_tls_config_name, 0, 0},
    {VAR_TLS_DAEMON_RANDOM_BYTES, PARAM_INT,
	DEF_TLS_DAEMON_RANDOM_BYTES, 0, &var_tls_daemon_random_bytes, 1, 0},
    {VAR_TLS_DANE_DIGESTS, PARAM_STR,
	DEF_TLS_DANE_DIGESTS, 0, &var_tls_dane_digests, 0, 0},
    {VAR_TLS_DISABLE_WORKAROUNDS, PARAM_STR,
	DEF_TLS_DISABLE_WORKAROUNDS, 0, &var_tls_disable_workarounds, 0, 0},
    {VAR_TLS_EECDH_AUTO_CURVES, PARAM_STR,
	DEF_TLS_EECDH_AUTO_CURVES, 0, &var_tls_eecdh_auto_curves, 0, 0},
    {VAR_TLS_EECDH_STRONG_CURVE, PARAM_STR,
	DEF_TLS_EECDH_STRONG_CURVE, 0, &var_tls_eecdh_strong_curve, 0, 0},
    {VAR_TLS_EECDH_ULTRA_CURVE, PARAM_STR,
	DEF_TLS_EECDH_ULTRA_CURVE, 0, &var_tls_eecdh_ultra_curve, 0, 0},
    {VAR_TLS_EXPORT_CIPHERLIST, PARAM_STR,
	DEF_TLS_EXPORT_CIPHERLIST, 0, &var_tls_export_cipherlist, 0, 0},
    {VAR_TLS_FAST_SHUTDOWN_ENABLE, PARAM_BOOL,
	DEF_TLS_FAST_SHUTDOWN_ENABLE, 0, &var_tls_fast_shutdown_enable, 0, 0},
    {VAR_TLS_HIGH_CIPHERLIST, PARAM_STR,
	DEF_TLS_HIGH_CIPHERLIST, 0, &var_tls_high_cipherlist, 0, 0},
    {VAR_TLS_LEGACY_PUBLIC_KEY_FINGERPRINTS, PARAM_BOOL,
	DEF_TLS_LEGACY_PUBLIC_KEY_FINGERPRINTS, 0,
	&var_tls_legacy_public_key_fingerprints, 0, 0},
    {VAR_TLS_LOW_CIPHERLIST, PARAM_STR,
	DEF_TLS_LOW_CIPHERLIST, 0, &var_tls_low_cipherlist, 0, 0},
    {VAR_TLS_MEDIUM_CIPHERLIST, PARAM_STR,
	DEF_TLS_MEDIUM_CIPHERLIST, 0, &var_tls_medium_cipherlist, 0, 0},
    {VAR_TLS_NULL_CIPHERLIST, PARAM_STR,
	DEF_TLS_NULL_CIPHERLIST, 0, &var_tls_null_cipherlist, 0, 0},
    {VAR_TLS_PREEMPT_CIPHERLIST, PARAM_BOOL,
	DEF_TLS_PREEMPT_CIPHERLIST, 0, &var_tls_preempt_cipherlist, 0, 0},
    {VAR_TLS_RANDOM_BYTES, PARAM_INT,
	DEF_TLS_RANDOM_BYTES, 0, &var_tls_random_bytes, 0, 0},
    {VAR_TLS_RANDOM_EXCHANGE_NAME, PARAM_STR,
	DEF_TLS_RANDOM_EXCHANGE_NAME, 0, &var_tls_random_exchange_name, 0, 0},
    {VAR_TLS_RANDOM_PRNG_UPDATE_PERIOD, PARAM_TIME,
	DEF_TLS_RANDOM_PRNG_UPDATE_PERIOD, 0,
	&var_tls_random_prng_update_period, 0, 0},
    {VAR_TLS_RANDOM_RESEED_PERIOD, PARAM_TIME,
	DEF_TLS_RANDOM_RESEED_PERIOD, 0, &var_tls_random_reseed_period, 0, 0},
    {VAR_TLS_RANDOM_SOURCE, PARAM_STR,
	DEF_TLS_RANDOM_SOURCE, 0, &var_tls_random_source, 0, 0},
    {VAR_TLS_SERVER_SNI_MAPS, PARAM_STR,
	DEF_TLS_SERVER_SNI_MAPS, 0, &var_tls_server_sni_maps, 0, 0},
    {VAR_TLS_SESSION_TICKET_CIPHER, PARAM_STR,
	DEF_TLS_SESSION_TICKET_CIPHER, 0,
	&var_tls_session_ticket_cipher, 0, 0},
    {VAR_TLS_SSL_OPTIONS, PARAM_STR,
	DEF_TLS_SSL_OPTIONS, 0, &var_tls_ssl_options, 0, 0},
    {VAR_TLS_WILDCARD_MATCHES_MULTIPLE_LABELS, PARAM_BOOL,
	DEF_TLS_WILDCARD_MATCHES_MULTIPLE_LABELS, 0,
	&var_tls_wildcard_matches_multiple_labels, 0, 0},
    {VAR_TLSMGR_SERVICE_NAME, PARAM_STR,
	DEF_TLSMGR_SERVICE_NAME, 0, &var_tlsmgr_service_name, 0, 0},
    {0},
};
