/*++
/* NAME
/*	params_cleanup 3
/* SUMMARY
/*	parameters of the cleanup(8) server
/* SYNOPSIS
/*	#include <mail_params.h>
/*
/*	extern const MAIL_PARAM params_cleanup[];
/* DESCRIPTION
/*	The parameter table of the cleanup(8) server, with the
/*	variables that mail_params_init() fills in. Names and defaults
/*	are those of Postfix, so that "postconf -d" shows what an
/*	administrator expects and copied main.cf files keep their
/*	meaning.
/*--*/

#include <sys_defs.h>

#include <mail_conf.h>
#include <mail_params.h>

char   *var_canonical_classes;
char   *var_canonical_maps;
char   *var_sender_canonical_classes;
char   *var_sender_canonical_maps;
char   *var_recipient_canonical_classes;
char   *var_recipient_canonical_maps;
char   *var_virtual_alias_maps;
int     var_virtual_alias_expansion_limit;
int     var_virtual_alias_recursion_limit;
int     var_virtual_alias_address_length_limit;
char   *var_masquerade_classes;
char   *var_masquerade_domains;
char   *var_masquerade_exceptions;
int     var_header_size_limit;
int     var_header_address_token_limit;
int     var_hopcount_limit;
char   *var_always_bcc;
int     var_always_add_missing_headers;
char   *var_sender_bcc_maps;
char   *var_recipient_bcc_maps;
char   *var_header_checks;
char   *var_body_checks;
char   *var_mime_header_checks;
char   *var_nested_header_checks;
int     var_body_checks_size_limit;
int     var_duplicate_filter_limit;
int     var_enable_original_recipient;
int     var_cleanup_replace_stray_cr_lf;
char   *var_message_drop_headers;
char   *var_message_reject_characters;
char   *var_message_strip_characters;
char   *var_undisclosed_recipients_header;
char   *var_header_from_format;
int     var_mime_boundary_length_limit;
int     var_mime_nesting_limit;
int     var_disable_mime_input_processing;
int     var_strict_7bit_headers;
int     var_strict_8bitmime;
int     var_strict_8bitmime_body;
int     var_strict_mime_encoding_domain;
char   *var_propagate_unmatched_extensions;
char   *var_internal_mail_filter_classes;

const MAIL_PARAM params_cleanup[] = {
    {VAR_CANONICAL_CLASSES, PARAM_STR,
	DEF_CANONICAL_CLASSES, 0, &var_canonical_classes, 0, 0},
    {VAR_CANONICAL_MAPS, PARAM_STR,
	DEF_CANONICAL_MAPS, 0, &var_canonical_maps, 0, 0},
    {VAR_SENDER_CANONICAL_CLASSES, PARAM_STR,
	DEF_SENDER_CANONICAL_CLASSES, 0, &var_sender_canonical_classes, 0, 0},
    {VAR_SENDER_CANONICAL_MAPS, PARAM_STR,
	DEF_SENDER_CANONICAL_MAPS, 0, &var_sender_canonical_maps, 0, 0},
    {VAR_RECIPIENT_CANONICAL_CLASSES, PARAM_STR,
	DEF_RECIPIENT_CANONICAL_CLASSES, 0,
	&var_recipient_canonical_classes, 0, 0},
    {VAR_RECIPIENT_CANONICAL_MAPS, PARAM_STR,
	DEF_RECIPIENT_CANONICAL_MAPS, 0, &var_recipient_canonical_maps, 0, 0},
    {VAR_VIRTUAL_ALIAS_MAPS, PARAM_STR,
	DEF_VIRTUAL_ALIAS_MAPS, 0, &var_virtual_alias_maps, 0, 0},
    {VAR_VIRTUAL_ALIAS_EXPANSION_LIMIT, PARAM_INT,
	DEF_VIRTUAL_ALIAS_EXPANSION_LIMIT, 0,
	&var_virtual_alias_expansion_limit, 1, 0},
    {VAR_VIRTUAL_ALIAS_RECURSION_LIMIT, PARAM_INT,
	DEF_VIRTUAL_ALIAS_RECURSION_LIMIT, 0,
	&var_virtual_alias_recursion_limit, 1, 0},
    {VAR_VIRTUAL_ALIAS_ADDRESS_LENGTH_LIMIT, PARAM_INT,
	DEF_VIRTUAL_ALIAS_ADDRESS_LENGTH_LIMIT, 0,
	&var_virtual_alias_address_length_limit, 1, 0},
    {VAR_MASQUERADE_CLASSES, PARAM_STR,
	DEF_MASQUERADE_CLASSES, 0, &var_masquerade_classes, 0, 0},
    {VAR_MASQUERADE_DOMAINS, PARAM_STR,
	DEF_MASQUERADE_DOMAINS, 0, &var_masquerade_domains, 0, 0},
    {VAR_MASQUERADE_EXCEPTIONS, PARAM_STR,
	DEF_MASQUERADE_EXCEPTIONS, 0, &var_masquerade_exceptions, 0, 0},
    {VAR_HEADER_SIZE_LIMIT, PARAM_INT,
	DEF_HEADER_SIZE_LIMIT, 0, &var_header_size_limit, 1, 0},
    {VAR_HEADER_ADDRESS_TOKEN_LIMIT, PARAM_INT,
	DEF_HEADER_ADDRESS_TOKEN_LIMIT, 0,
	&var_header_address_token_limit, 1, 0},
    {VAR_HOPCOUNT_LIMIT, PARAM_INT,
	DEF_HOPCOUNT_LIMIT, 0, &var_hopcount_limit, 1, 0},
    {VAR_ALWAYS_BCC, PARAM_STR, DEF_ALWAYS_BCC, 0, &var_always_bcc, 0, 0},
    {VAR_ALWAYS_ADD_MISSING_HEADERS, PARAM_BOOL,
	DEF_ALWAYS_ADD_MISSING_HEADERS, 0,
	&var_always_add_missing_headers, 0, 0},
    {VAR_SENDER_BCC_MAPS, PARAM_STR,
	DEF_SENDER_BCC_MAPS, 0, &var_sender_bcc_maps, 0, 0},
    {VAR_RECIPIENT_BCC_MAPS, PARAM_STR,
	DEF_RECIPIENT_BCC_MAPS, 0, &var_recipient_bcc_maps, 0, 0},
    {VAR_HEADER_CHECKS, PARAM_STR,
	DEF_HEADER_CHECKS, 0, &var_header_checks, 0, 0},
    {VAR_BODY_CHECKS, PARAM_STR, DEF_BODY_CHECKS, 0, &var_body_checks, 0, 0},
    {VAR_MIME_HEADER_CHECKS, PARAM_STR,
	DEF_MIME_HEADER_CHECKS, 0, &var_mime_header_checks, 0, 0},
    {VAR_NESTED_HEADER_CHECKS, PARAM_STR,
	DEF_NESTED_HEADER_CHECKS, 0, &var_nested_header_checks, 0, 0},
    {VAR_BODY_CHECKS_SIZE_LIMIT, PARAM_INT,
	DEF_BODY_CHECKS_SIZE_LIMIT, 0, &var_body_checks_size_limit, 0, 0},
    {VAR_DUPLICATE_FILTER_LIMIT, PARAM_INT,
	DEF_DUPLICATE_FILTER_LIMIT, 0, &var_duplicate_filter_limit, 0, 0},
    {VAR_ENABLE_ORIGINAL_RECIPIENT, PARAM_BOOL,
	DEF_ENABLE_ORIGINAL_RECIPIENT, 0,
	&var_enable_original_recipient, 0, 0},
    {VAR_CLEANUP_REPLACE_STRAY_CR_LF, PARAM_BOOL,
	DEF_CLEANUP_REPLACE_STRAY_CR_LF, 0,
	&var_cleanup_replace_stray_cr_lf, 0, 0},
    {VAR_MESSAGE_DROP_HEADERS, PARAM_STR,
	DEF_MESSAGE_DROP_HEADERS, 0, &var_message_drop_headers, 0, 0},
    {VAR_MESSAGE_REJECT_CHARACTERS, PARAM_STR,
	DEF_MESSAGE_REJECT_CHARACTERS, 0,
	&var_message_reject_characters, 0, 0},
    {VAR_MESSAGE_STRIP_CHARACTERS, PARAM_STR,
	DEF_MESSAGE_STRIP_CHARACTERS, 0, &var_message_strip_characters, 0, 0},
    {VAR_UNDISCLOSED_RECIPIENTS_HEADER, PARAM_STR,
	DEF_UNDISCLOSED_RECIPIENTS_HEADER, 0,
	&var_undisclosed_recipients_header, 0, 0},
    {VAR_HEADER_FROM_FORMAT, PARAM_STR,
	DEF_HEADER_FROM_FORMAT, 0, &var_header_from_format, 0, 0},
    {VAR_MIME_BOUNDARY_LENGTH_LIMIT, PARAM_INT,
	DEF_MIME_BOUNDARY_LENGTH_LIMIT, 0,
	&var_mime_boundary_length_limit, 1, 0},
    {VAR_MIME_NESTING_LIMIT, PARAM_INT,
	DEF_MIME_NESTING_LIMIT, 0, &var_mime_nesting_limit, 1, 0},
    {VAR_DISABLE_MIME_INPUT_PROCESSING, PARAM_BOOL,
	DEF_DISABLE_MIME_INPUT_PROCESSING, 0,
	&var_disable_mime_input_processing, 0, 0},
    {VAR_STRICT_7BIT_HEADERS, PARAM_BOOL,
	DEF_STRICT_7BIT_HEADERS, 0, &var_strict_7bit_headers, 0, 0},
    {VAR_STRICT_8BITMIME, PARAM_BOOL,
	DEF_STRICT_8BITMIME, 0, &var_strict_8bitmime, 0, 0},
    {VAR_STRICT_8BITMIME_BODY, PARAM_BOOL,
	DEF_STRICT_8BITMIME_BODY, 0, &var_strict_8bitmime_body, 0, 0},
    {VAR_STRICT_MIME_ENCODING_DOMAIN, PARAM_BOOL,
	DEF_STRICT_MIME_ENCODING_DOMAIN, 0,
	&var_strict_mime_encoding_domain, 0, 0},
    {VAR_PROPAGATE_UNMATCHED_EXTENSIONS, PARAM_STR,
	DEF_PROPAGATE_UNMATCHED_EXTENSIONS, 0,
	&var_propagate_unmatched_extensions, 0, 0},
    {VAR_INTERNAL_MAIL_FILTER_CLASSES, PARAM_STR,
	DEF_INTERNAL_MAIL_FILTER_CLASSES, 0,
	&var_internal_mail_filter_classes, 0, 0},
    {0},
};
