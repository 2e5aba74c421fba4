/*++
/* NAME
/*	params_rewrite 3
/* SUMMARY
/*	parameters of address rewriting and routing (in-process trivial-rewrite)
/* SYNOPSIS
/*	#include <mail_params.h>
/*
/*	extern const MAIL_PARAM params_rewrite[];
/* DESCRIPTION
/*	The parameter table of address rewriting and routing (in-
/*	process trivial-rewrite), with the variables that
/*	mail_params_init() fills in. Names and defaults are those of
/*	Postfix, so that "postconf -d" shows what an administrator
/*	expects and copied main.cf files keep their meaning.
/*--*/

#include <sys_defs.h>

#include <mail_conf.h>
#include <mail_params.h>

char   *var_transport_maps;
char   *var_default_transport;
char   *var_relay_transport;
char   *var_relayhost;
char   *var_relay_domains;
char   *var_local_transport;
char   *var_virtual_transport;
char   *var_virtual_alias_domains;
char   *var_virtual_mailbox_domains;
char   *var_virtual_mailbox_maps;
char   *var_relocated_maps;
char   *var_empty_address_recipient;
int     var_append_at_myorigin;
int     var_append_dot_mydomain;
int     var_swap_bangpath;
int     var_allow_percent_hack;
int     var_resolve_dequoted_address;
int     var_resolve_null_domain;
int     var_resolve_numeric_domain;
int     var_show_user_unknown_table_name;
char   *var_sender_dependent_relayhost_maps;
char   *var_sender_dependent_default_transport_maps;
char   *var_empty_address_relayhost_maps_lookup_key;
char   *var_empty_address_default_transport_maps_lookup_key;
char   *var_remote_header_rewrite_domain;
char   *var_local_header_rewrite_clients;

const MAIL_PARAM params_rewrite[] = {
    {VAR_TRANSPORT_MAPS, PARAM_STR,
	DEF_TRANSPORT_MAPS, 0, &var_transport_maps, 0, 0},
    {VAR_DEFAULT_TRANSPORT, PARAM_STR,
	DEF_DEFAULT_TRANSPORT, 0, &var_default_transport, 0, 0},
    {VAR_RELAY_TRANSPORT, PARAM_STR,
	DEF_RELAY_TRANSPORT, 0, &var_relay_transport, 0, 0},
    {VAR_RELAYHOST, PARAM_STR, DEF_RELAYHOST, 0, &var_relayhost, 0, 0},
    {VAR_RELAY_DOMAINS, PARAM_STR,
	DEF_RELAY_DOMAINS, 0, &var_relay_domains, 0, 0},
    {VAR_LOCAL_TRANSPORT, PARAM_STR,
	DEF_LOCAL_TRANSPORT, 0, &var_local_transport, 0, 0},
    {VAR_VIRTUAL_TRANSPORT, PARAM_STR,
	DEF_VIRTUAL_TRANSPORT, 0, &var_virtual_transport, 0, 0},
    {VAR_VIRTUAL_ALIAS_DOMAINS, PARAM_STR,
	DEF_VIRTUAL_ALIAS_DOMAINS, 0, &var_virtual_alias_domains, 0, 0},
    {VAR_VIRTUAL_MAILBOX_DOMAINS, PARAM_STR,
	DEF_VIRTUAL_MAILBOX_DOMAINS, 0, &var_virtual_mailbox_domains, 0, 0},
    {VAR_VIRTUAL_MAILBOX_MAPS, PARAM_STR,
	DEF_VIRTUAL_MAILBOX_MAPS, 0, &var_virtual_mailbox_maps, 0, 0},
    {VAR_RELOCATED_MAPS, PARAM_STR,
	DEF_RELOCATED_MAPS, 0, &var_relocated_maps, 0, 0},
    {VAR_EMPTY_ADDRESS_RECIPIENT, PARAM_STR,
	DEF_EMPTY_ADDRESS_RECIPIENT, 0, &var_empty_address_recipient, 0, 0},
    {VAR_APPEND_AT_MYORIGIN, PARAM_BOOL,
	DEF_APPEND_AT_MYORIGIN, 0, &var_append_at_myorigin, 0, 0},
    {VAR_APPEND_DOT_MYDOMAIN, PARAM_BOOL,
	DEF_APPEND_DOT_MYDOMAIN, 0, &var_append_dot_mydomain, 0, 0},
    {VAR_SWAP_BANGPATH, PARAM_BOOL,
	DEF_SWAP_BANGPATH, 0, &var_swap_bangpath, 0, 0},
    {VAR_ALLOW_PERCENT_HACK, PARAM_BOOL,
	DEF_ALLOW_PERCENT_HACK, 0, &var_allow_percent_hack, 0, 0},
    {VAR_RESOLVE_DEQUOTED_ADDRESS, PARAM_BOOL,
	DEF_RESOLVE_DEQUOTED_ADDRESS, 0, &var_resolve_dequoted_address, 0, 0},
    {VAR_RESOLVE_NULL_DOMAIN, PARAM_BOOL,
	DEF_RESOLVE_NULL_DOMAIN, 0, &var_resolve_null_domain, 0, 0},
    {VAR_RESOLVE_NUMERIC_DOMAIN, PARAM_BOOL,
	DEF_RESOLVE_NUMERIC_DOMAIN, 0, &var_resolve_numeric_domain, 0, 0},
    {VAR_SHOW_USER_UNKNOWN_TABLE_NAME, PARAM_BOOL,
	DEF_SHOW_USER_UNKNOWN_TABLE_NAME, 0,
	&var_show_user_unknown_table_name, 0, 0},
    {VAR_SENDER_DEPENDENT_RELAYHOST_MAPS, PARAM_STR,
	DEF_SENDER_DEPENDENT_RELAYHOST_MAPS, 0,
	&var_sender_dependent_relayhost_maps, 0, 0},
    {VAR_SENDER_DEPENDENT_DEFAULT_TRANSPORT_MAPS, PARAM_STR,
	DEF_SENDER_DEPENDENT_DEFAULT_TRANSPORT_MAPS, 0,
	&var_sender_dependent_default_transport_maps, 0, 0},
    {VAR_EMPTY_ADDRESS_RELAYHOST_MAPS_LOOKUP_KEY, PARAM_STR,
	DEF_EMPTY_ADDRESS_RELAYHOST_MAPS_LOOKUP_KEY, 0,
	&var_empty_address_relayhost_maps_lookup_key, 0, 0},
    {VAR_EMPTY_ADDRESS_DEFAULT_TRANSPORT_MAPS_LOOKUP_KEY, PARAM_STR,
	DEF_EMPTY_ADDRESS_DEFAULT_TRANSPORT_MAPS_LOOKUP_KEY, 0,
	&var_empty_address_default_transport_maps_lookup_key, 0, 0},
    {VAR_REMOTE_HEADER_REWRITE_DOMAIN, PARAM_STR,
	DEF_REMOTE_HEADER_REWRITE_DOMAIN, 0,
	&var_remote_header_rewrite_domain, 0, 0},
    {VAR_LOCAL_HEADER_REWRITE_CLIENTS, PARAM_STR,
	DEF_LOCAL_HEADER_REWRITE_CLIENTS, 0,
	&var_local_header_rewrite_clients, 0, 0},
    {0},
};
