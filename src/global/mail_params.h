/*++
/* NAME
/*	mail_params 3h
/* SUMMARY
/*	parameter names, defaults and variables
/* SYNOPSIS
/*	#include <mail_params.h>
/* DESCRIPTION
/*	For every parameter: VAR_NAME is its main.cf name, DEF_NAME its
/*	default as "postconf -d" shows it (absent for the few defaults
/*	that are computed at run time), and var_name the variable that
/*	mail_params_init() fills in (char * for strings, int for
/*	numbers, booleans and times in seconds, long for sizes). Each
/*	parameter belongs to exactly one table, params_AREA[], defined
/*	in params_AREA.c; a program initialises the tables it uses.
/*
/*	Installation paths may be set at build time, for example
/*	-DDEF_CONFIG_DIR=\"/etc/postlet\" or
/*	-DDEF_QUEUE_DIRECTORY=\"/tmp/spool\"; so may the version
/*	(DEF_MAIL_VERSION, DEF_MAIL_RELEASE_DATE).
/*--*/

#ifndef _MAIL_PARAMS_H_INCLUDED_
#define _MAIL_PARAMS_H_INCLUDED_

#include <mail_conf.h>

 /*
  * The configuration directory: -DDEF_CONFIG_DIR=... at build time.
  */
#ifndef DEF_CONFIG_DIR
#define DEF_CONFIG_DIR		"/etc/postfix"
#endif
#define DEF_CONFIG_DIRECTORY	DEF_CONFIG_DIR

 /*
  * params_common.c: every program.
  */
#define VAR_CONFIG_DIRECTORY	"config_directory"
extern char   *var_config_directory;
#define VAR_QUEUE_DIRECTORY	"queue_directory"
#ifndef DEF_QUEUE_DIRECTORY
#define DEF_QUEUE_DIRECTORY	"/var/spool/postfix"
#endif
extern char   *var_queue_directory;
#define VAR_COMMAND_DIRECTORY	"command_directory"
#ifndef DEF_COMMAND_DIRECTORY
#define DEF_COMMAND_DIRECTORY	"/usr/sbin"
#endif
extern char   *var_command_directory;
#define VAR_DAEMON_DIRECTORY	"daemon_directory"
#ifndef DEF_DAEMON_DIRECTORY
#define DEF_DAEMON_DIRECTORY	"/usr/lib/postfix/sbin"
#endif
extern char   *var_daemon_directory;
#define VAR_DATA_DIRECTORY	"data_directory"
#ifndef DEF_DATA_DIRECTORY
#define DEF_DATA_DIRECTORY	"/var/lib/postfix"
#endif
extern char   *var_data_directory;
#define VAR_META_DIRECTORY	"meta_directory"
#ifndef DEF_META_DIRECTORY
#define DEF_META_DIRECTORY	"/etc/postfix"
#endif
extern char   *var_meta_directory;
#define VAR_HTML_DIRECTORY	"html_directory"
#ifndef DEF_HTML_DIRECTORY
#define DEF_HTML_DIRECTORY	"/usr/share/doc/postfix/html"
#endif
extern char   *var_html_directory;
#define VAR_README_DIRECTORY	"readme_directory"
#ifndef DEF_README_DIRECTORY
#define DEF_README_DIRECTORY	"/usr/share/doc/postfix"
#endif
extern char   *var_readme_directory;
#define VAR_MANPAGE_DIRECTORY	"manpage_directory"
#ifndef DEF_MANPAGE_DIRECTORY
#define DEF_MANPAGE_DIRECTORY	"/usr/share/man"
#endif
extern char   *var_manpage_directory;
#define VAR_SENDMAIL_PATH	"sendmail_path"
#ifndef DEF_SENDMAIL_PATH
#define DEF_SENDMAIL_PATH	"/usr/sbin/sendmail"
#endif
extern char   *var_sendmail_path;
#define VAR_NEWALIASES_PATH	"newaliases_path"
#ifndef DEF_NEWALIASES_PATH
#define DEF_NEWALIASES_PATH	"/usr/bin/newaliases"
#endif
extern char   *var_newaliases_path;
#define VAR_MAILQ_PATH	"mailq_path"
#ifndef DEF_MAILQ_PATH
#define DEF_MAILQ_PATH	"/usr/bin/mailq"
#endif
extern char   *var_mailq_path;
#define VAR_MAIL_OWNER	"mail_owner"
#define DEF_MAIL_OWNER	"postfix"
extern char   *var_mail_owner;
#define VAR_SETGID_GROUP	"setgid_group"
#define DEF_SETGID_GROUP	"postdrop"
extern char   *var_setgid_group;
#define VAR_MAIL_NAME	"mail_name"
#define DEF_MAIL_NAME	"Postlet"
extern char   *var_mail_name;
#define VAR_MAIL_VERSION	"mail_version"
#ifndef DEF_MAIL_VERSION
#define DEF_MAIL_VERSION	"0.1"
#endif
extern char   *var_mail_version;
#define VAR_MAIL_RELEASE_DATE	"mail_release_date"
#ifndef DEF_MAIL_RELEASE_DATE
#define DEF_MAIL_RELEASE_DATE	"20250101"
#endif
extern char   *var_mail_release_date;
#define VAR_MYHOSTNAME	"myhostname"
extern char   *var_myhostname;
#define VAR_MYDOMAIN	"mydomain"
extern char   *var_mydomain;
#define VAR_MYORIGIN	"myorigin"
#define DEF_MYORIGIN	"$myhostname"
extern char   *var_myorigin;
#define VAR_MYDESTINATION	"mydestination"
#define DEF_MYDESTINATION	"$myhostname, localhost.$mydomain, localhost"
extern char   *var_mydestination;
#define VAR_MYNETWORKS	"mynetworks"
#define VAR_MYNETWORKS_STYLE	"mynetworks_style"
#define DEF_MYNETWORKS_STYLE	"${{$compatibility_level} <level {2} ? {subnet} : {host}}"
extern char   *var_mynetworks_style;
#define VAR_INET_INTERFACES	"inet_interfaces"
#define DEF_INET_INTERFACES	"all"
extern char   *var_inet_interfaces;
#define VAR_INET_PROTOCOLS	"inet_protocols"
#define DEF_INET_PROTOCOLS	"all"
extern char   *var_inet_protocols;
#define VAR_PROXY_INTERFACES	"proxy_interfaces"
#define DEF_PROXY_INTERFACES	""
extern char   *var_proxy_interfaces;
#define VAR_SYSLOG_FACILITY	"syslog_facility"
#define DEF_SYSLOG_FACILITY	"mail"
extern char   *var_syslog_facility;
#define VAR_SYSLOG_NAME	"syslog_name"
#define DEF_SYSLOG_NAME	"${multi_instance_name?{$multi_instance_name}:{postfix}}"
extern char   *var_syslog_name;
#define VAR_MAILLOG_FILE	"maillog_file"
#define DEF_MAILLOG_FILE	""
extern char   *var_maillog_file;
#define VAR_MAILLOG_FILE_COMPRESSOR	"maillog_file_compressor"
#define DEF_MAILLOG_FILE_COMPRESSOR	"gzip"
extern char   *var_maillog_file_compressor;
#define VAR_MAILLOG_FILE_PREFIXES	"maillog_file_prefixes"
#define DEF_MAILLOG_FILE_PREFIXES	"/var, /dev/stdout"
extern char   *var_maillog_file_prefixes;
#define VAR_MAILLOG_FILE_ROTATE_SUFFIX	"maillog_file_rotate_suffix"
#define DEF_MAILLOG_FILE_ROTATE_SUFFIX	"%Y%m%d-%H%M%S"
extern char   *var_maillog_file_rotate_suffix;
#define VAR_POSTLOG_SERVICE_NAME	"postlog_service_name"
#define DEF_POSTLOG_SERVICE_NAME	"postlog"
extern char   *var_postlog_service_name;
#define VAR_IMPORT_ENVIRONMENT	"import_environment"
#define DEF_IMPORT_ENVIRONMENT	"MAIL_CONFIG MAIL_DEBUG MAIL_LOGTAG TZ XAUTHORITY DISPLAY LANG=C POSTLOG_SERVICE POSTLOG_HOSTNAME"
extern char   *var_import_environment;
#define VAR_EXPORT_ENVIRONMENT	"export_environment"
#define DEF_EXPORT_ENVIRONMENT	"TZ MAIL_CONFIG LANG"
extern char   *var_export_environment;
#define VAR_COMPATIBILITY_LEVEL	"compatibility_level"
#define DEF_COMPATIBILITY_LEVEL	"0"
extern char   *var_compatibility_level;
#define VAR_DEFAULT_DATABASE_TYPE	"default_database_type"
#define DEF_DEFAULT_DATABASE_TYPE	"hash"
extern char   *var_default_database_type;
#define VAR_PROCESS_ID_DIRECTORY	"process_id_directory"
#define DEF_PROCESS_ID_DIRECTORY	"pid"
extern char   *var_process_id_directory;
#define VAR_LINE_LENGTH_LIMIT	"line_length_limit"
#define DEF_LINE_LENGTH_LIMIT	"2048"
extern int var_line_length_limit;
#define VAR_MULTI_INSTANCE_DIRECTORIES	"multi_instance_directories"
#define DEF_MULTI_INSTANCE_DIRECTORIES	""
extern char   *var_multi_instance_directories;
#define VAR_MULTI_INSTANCE_ENABLE	"multi_instance_enable"
#define DEF_MULTI_INSTANCE_ENABLE	"no"
extern int var_multi_instance_enable;
#define VAR_MULTI_INSTANCE_GROUP	"multi_instance_group"
#define DEF_MULTI_INSTANCE_GROUP	""
extern char   *var_multi_instance_group;
#define VAR_MULTI_INSTANCE_NAME	"multi_instance_name"
#define DEF_MULTI_INSTANCE_NAME	""
extern char   *var_multi_instance_name;
#define VAR_MULTI_INSTANCE_WRAPPER	"multi_instance_wrapper"
#define DEF_MULTI_INSTANCE_WRAPPER	""
extern char   *var_multi_instance_wrapper;
#define VAR_DEBUGGER_COMMAND	"debugger_command"
#define DEF_DEBUGGER_COMMAND	""
extern char   *var_debugger_command;
#define VAR_OPENSSL_PATH	"openssl_path"
#define DEF_OPENSSL_PATH	"openssl"
extern char   *var_openssl_path;
#define VAR_COMMAND_TIME_LIMIT	"command_time_limit"
#define DEF_COMMAND_TIME_LIMIT	"1000s"
extern int var_command_time_limit;
#define VAR_PROCESS_ID	"process_id"
extern char   *var_process_id;
#define VAR_PROCESS_NAME	"process_name"
extern char   *var_process_name;
#define VAR_SERVICE_NAME	"service_name"
#define DEF_SERVICE_NAME	""
extern char   *var_service_name;
#define VAR_DAEMON_TIMEOUT	"daemon_timeout"
#define DEF_DAEMON_TIMEOUT	"18000s"
extern int var_daemon_timeout;
#define VAR_IPC_TIMEOUT	"ipc_timeout"
#define DEF_IPC_TIMEOUT	"3600s"
extern int var_ipc_timeout;
#define VAR_IPC_IDLE	"ipc_idle"
#define DEF_IPC_IDLE	"5s"
extern int var_ipc_idle;
#define VAR_IPC_TTL	"ipc_ttl"
#define DEF_IPC_TTL	"1000s"
extern int var_ipc_ttl;
#define VAR_MAX_IDLE	"max_idle"
#define DEF_MAX_IDLE	"100s"
extern int var_max_idle;
#define VAR_MAX_USE	"max_use"
#define DEF_MAX_USE	"100"
extern int var_max_use;
#define VAR_IN_FLOW_DELAY	"in_flow_delay"
#define DEF_IN_FLOW_DELAY	"1s"
extern int var_in_flow_delay;
#define VAR_APPLICATION_EVENT_DRAIN_TIME	"application_event_drain_time"
#define DEF_APPLICATION_EVENT_DRAIN_TIME	"100s"
extern int var_application_event_drain_time;
#define VAR_DAEMON_TABLE_OPEN_ERROR_IS_FATAL	"daemon_table_open_error_is_fatal"
#define DEF_DAEMON_TABLE_OPEN_ERROR_IS_FATAL	"no"
extern int var_daemon_table_open_error_is_fatal;
#define VAR_HASH_QUEUE_DEPTH	"hash_queue_depth"
#define DEF_HASH_QUEUE_DEPTH	"1"
extern int var_hash_queue_depth;
#define VAR_HASH_QUEUE_NAMES	"hash_queue_names"
#define DEF_HASH_QUEUE_NAMES	"deferred, defer"
extern char   *var_hash_queue_names;
#define VAR_ENABLE_LONG_QUEUE_IDS	"enable_long_queue_ids"
#define DEF_ENABLE_LONG_QUEUE_IDS	"no"
extern int var_enable_long_queue_ids;
#define VAR_MESSAGE_SIZE_LIMIT	"message_size_limit"
#define DEF_MESSAGE_SIZE_LIMIT	"10240000"
extern long var_message_size_limit;
#define VAR_QUEUE_MINFREE	"queue_minfree"
#define DEF_QUEUE_MINFREE	"0"
extern long var_queue_minfree;
#define VAR_QUEUE_FILE_ATTRIBUTE_COUNT_LIMIT	"queue_file_attribute_count_limit"
#define DEF_QUEUE_FILE_ATTRIBUTE_COUNT_LIMIT	"100"
extern int var_queue_file_attribute_count_limit;
#define VAR_SMTPUTF8_ENABLE	"smtputf8_enable"
#define DEF_SMTPUTF8_ENABLE	"${{$compatibility_level} <level {1} ? {no} : {yes}}"
extern int var_smtputf8_enable;
#define VAR_SMTPUTF8_AUTODETECT_CLASSES	"smtputf8_autodetect_classes"
#define DEF_SMTPUTF8_AUTODETECT_CLASSES	"sendmail, verify"
extern char   *var_smtputf8_autodetect_classes;
#define VAR_STRICT_SMTPUTF8	"strict_smtputf8"
#define DEF_STRICT_SMTPUTF8	"no"
extern int var_strict_smtputf8;
#define VAR_ENABLE_IDNA2003_COMPATIBILITY	"enable_idna2003_compatibility"
#define DEF_ENABLE_IDNA2003_COMPATIBILITY	"no"
extern int var_enable_idna2003_compatibility;
#define VAR_RECIPIENT_DELIMITER	"recipient_delimiter"
#define DEF_RECIPIENT_DELIMITER	""
extern char   *var_recipient_delimiter;
#define VAR_DELAY_LOGGING_RESOLUTION_LIMIT	"delay_logging_resolution_limit"
#define DEF_DELAY_LOGGING_RESOLUTION_LIMIT	"2"
extern int var_delay_logging_resolution_limit;
#define VAR_HELPFUL_WARNINGS	"helpful_warnings"
#define DEF_HELPFUL_WARNINGS	"yes"
extern int var_helpful_warnings;
#define VAR_FAULT_INJECTION_CODE	"fault_injection_code"
#define DEF_FAULT_INJECTION_CODE	"0"
extern int var_fault_injection_code;
#define VAR_STRESS	"stress"
#define DEF_STRESS	""
extern char   *var_stress;
#define VAR_TRIGGER_TIMEOUT	"trigger_timeout"
#define DEF_TRIGGER_TIMEOUT	"10s"
extern int var_trigger_timeout;
#define VAR_FORK_ATTEMPTS	"fork_attempts"
#define DEF_FORK_ATTEMPTS	"5"
extern int var_fork_attempts;
#define VAR_FORK_DELAY	"fork_delay"
#define DEF_FORK_DELAY	"1s"
extern int var_fork_delay;
#define VAR_ALTERNATE_CONFIG_DIRECTORIES	"alternate_config_directories"
#define DEF_ALTERNATE_CONFIG_DIRECTORIES	""
extern char   *var_alternate_config_directories;
#define VAR_ALLOW_MIN_USER	"allow_min_user"
#define DEF_ALLOW_MIN_USER	"no"
extern int var_allow_min_user;
#define VAR_PARENT_DOMAIN_MATCHES_SUBDOMAINS	"parent_domain_matches_subdomains"
#define DEF_PARENT_DOMAIN_MATCHES_SUBDOMAINS	"debug_peer_list,fast_flush_domains,mynetworks,permit_mx_backup_networks,qmqpd_authorized_clients,relay_domains,smtpd_access_maps"
extern char   *var_parent_domain_matches_subdomains;
#define VAR_DEFAULT_DELIVERY_STATUS_FILTER	"default_delivery_status_filter"
#define DEF_DEFAULT_DELIVERY_STATUS_FILTER	""
extern char   *var_default_delivery_status_filter;
#define VAR_DEFAULT_VERP_DELIMITERS	"default_verp_delimiters"
#define DEF_DEFAULT_VERP_DELIMITERS	"+="
extern char   *var_default_verp_delimiters;
#define VAR_VERP_DELIMITER_FILTER	"verp_delimiter_filter"
#define DEF_VERP_DELIMITER_FILTER	"-=+"
extern char   *var_verp_delimiter_filter;
#define VAR_PICKUP_SERVICE_NAME	"pickup_service_name"
#define DEF_PICKUP_SERVICE_NAME	"pickup"
extern char   *var_pickup_service_name;
#define VAR_QUEUE_SERVICE_NAME	"queue_service_name"
#define DEF_QUEUE_SERVICE_NAME	"qmgr"
extern char   *var_queue_service_name;
#define VAR_CLEANUP_SERVICE_NAME	"cleanup_service_name"
#define DEF_CLEANUP_SERVICE_NAME	"cleanup"
extern char   *var_cleanup_service_name;
#define VAR_BOUNCE_SERVICE_NAME	"bounce_service_name"
#define DEF_BOUNCE_SERVICE_NAME	"bounce"
extern char   *var_bounce_service_name;
#define VAR_DEFER_SERVICE_NAME	"defer_service_name"
#define DEF_DEFER_SERVICE_NAME	"defer"
extern char   *var_defer_service_name;
#define VAR_TRACE_SERVICE_NAME	"trace_service_name"
#define DEF_TRACE_SERVICE_NAME	"trace"
extern char   *var_trace_service_name;
#define VAR_ERROR_SERVICE_NAME	"error_service_name"
#define DEF_ERROR_SERVICE_NAME	"error"
extern char   *var_error_service_name;
#define VAR_SHOWQ_SERVICE_NAME	"showq_service_name"
#define DEF_SHOWQ_SERVICE_NAME	"showq"
extern char   *var_showq_service_name;
#define VAR_REWRITE_SERVICE_NAME	"rewrite_service_name"
#define DEF_REWRITE_SERVICE_NAME	"rewrite"
extern char   *var_rewrite_service_name;
#define VAR_FLUSH_SERVICE_NAME	"flush_service_name"
#define DEF_FLUSH_SERVICE_NAME	"flush"
extern char   *var_flush_service_name;
#define VAR_ADDRESS_VERIFY_SERVICE_NAME	"address_verify_service_name"
#define DEF_ADDRESS_VERIFY_SERVICE_NAME	"verify"
extern char   *var_address_verify_service_name;
#define VAR_PROXYMAP_SERVICE_NAME	"proxymap_service_name"
#define DEF_PROXYMAP_SERVICE_NAME	"proxymap"
extern char   *var_proxymap_service_name;
#define VAR_PROXYWRITE_SERVICE_NAME	"proxywrite_service_name"
#define DEF_PROXYWRITE_SERVICE_NAME	"proxywrite"
extern char   *var_proxywrite_service_name;
extern const MAIL_PARAM params_common[];

 /*
  * params_master.c: the master(8) process manager.
  */
#define VAR_DEFAULT_PROCESS_LIMIT	"default_process_limit"
#define DEF_DEFAULT_PROCESS_LIMIT	"100"
extern int var_default_process_limit;
#define VAR_MASTER_SERVICE_DISABLE	"master_service_disable"
#define DEF_MASTER_SERVICE_DISABLE	""
extern char   *var_master_service_disable;
#define VAR_SERVICE_THROTTLE_TIME	"service_throttle_time"
#define DEF_SERVICE_THROTTLE_TIME	"60s"
extern int var_service_throttle_time;
extern const MAIL_PARAM params_master[];

 /*
  * params_qmgr.c: the qmgr(8) queue manager.
  */
#define VAR_DEFAULT_DELIVERY_SLOT_COST	"default_delivery_slot_cost"
#define DEF_DEFAULT_DELIVERY_SLOT_COST	"5"
extern int var_default_delivery_slot_cost;
#define VAR_DEFAULT_DELIVERY_SLOT_DISCOUNT	"default_delivery_slot_discount"
#define DEF_DEFAULT_DELIVERY_SLOT_DISCOUNT	"50"
extern int var_default_delivery_slot_discount;
#define VAR_DEFAULT_DELIVERY_SLOT_LOAN	"default_delivery_slot_loan"
#define DEF_DEFAULT_DELIVERY_SLOT_LOAN	"3"
extern int var_default_delivery_slot_loan;
#define VAR_DEFAULT_MINIMUM_DELIVERY_SLOTS	"default_minimum_delivery_slots"
#define DEF_DEFAULT_MINIMUM_DELIVERY_SLOTS	"3"
extern int var_default_minimum_delivery_slots;
#define VAR_DEFAULT_DESTINATION_CONCURRENCY_FAILED_COHORT_LIMIT	"default_destination_concurrency_failed_cohort_limit"
#define DEF_DEFAULT_DESTINATION_CONCURRENCY_FAILED_COHORT_LIMIT	"1"
extern int var_default_destination_concurrency_failed_cohort_limit;
#define VAR_DEFAULT_DESTINATION_CONCURRENCY_LIMIT	"default_destination_concurrency_limit"
#define DEF_DEFAULT_DESTINATION_CONCURRENCY_LIMIT	"20"
extern int var_default_destination_concurrency_limit;
#define VAR_DEFAULT_DESTINATION_CONCURRENCY_NEGATIVE_FEEDBACK	"default_destination_concurrency_negative_feedback"
#define DEF_DEFAULT_DESTINATION_CONCURRENCY_NEGATIVE_FEEDBACK	"1"
extern char   *var_default_destination_concurrency_negative_feedback;
#define VAR_DEFAULT_DESTINATION_CONCURRENCY_POSITIVE_FEEDBACK	"default_destination_concurrency_positive_feedback"
#define DEF_DEFAULT_DESTINATION_CONCURRENCY_POSITIVE_FEEDBACK	"1"
extern char   *var_default_destination_concurrency_positive_feedback;
#define VAR_DEFAULT_DESTINATION_RATE_DELAY	"default_destination_rate_delay"
#define DEF_DEFAULT_DESTINATION_RATE_DELAY	"0s"
extern int var_default_destination_rate_delay;
#define VAR_DEFAULT_DESTINATION_RECIPIENT_LIMIT	"default_destination_recipient_limit"
#define DEF_DEFAULT_DESTINATION_RECIPIENT_LIMIT	"50"
extern int var_default_destination_recipient_limit;
#define VAR_DEFAULT_EXTRA_RECIPIENT_LIMIT	"default_extra_recipient_limit"
#define DEF_DEFAULT_EXTRA_RECIPIENT_LIMIT	"1000"
extern int var_default_extra_recipient_limit;
#define VAR_DEFAULT_RECIPIENT_LIMIT	"default_recipient_limit"
#define DEF_DEFAULT_RECIPIENT_LIMIT	"20000"
extern int var_default_recipient_limit;
#define VAR_DEFAULT_RECIPIENT_REFILL_DELAY	"default_recipient_refill_delay"
#define DEF_DEFAULT_RECIPIENT_REFILL_DELAY	"5s"
extern int var_default_recipient_refill_delay;
#define VAR_DEFAULT_RECIPIENT_REFILL_LIMIT	"default_recipient_refill_limit"
#define DEF_DEFAULT_RECIPIENT_REFILL_LIMIT	"100"
extern int var_default_recipient_refill_limit;
#define VAR_DEFAULT_TRANSPORT_RATE_DELAY	"default_transport_rate_delay"
#define DEF_DEFAULT_TRANSPORT_RATE_DELAY	"0s"
extern int var_default_transport_rate_delay;
#define VAR_INITIAL_DESTINATION_CONCURRENCY	"initial_destination_concurrency"
#define DEF_INITIAL_DESTINATION_CONCURRENCY	"5"
extern int var_initial_destination_concurrency;
#define VAR_LOCAL_DESTINATION_CONCURRENCY_LIMIT	"local_destination_concurrency_limit"
#define DEF_LOCAL_DESTINATION_CONCURRENCY_LIMIT	"2"
extern int var_local_destination_concurrency_limit;
#define VAR_LOCAL_DESTINATION_RECIPIENT_LIMIT	"local_destination_recipient_limit"
#define DEF_LOCAL_DESTINATION_RECIPIENT_LIMIT	"1"
extern int var_local_destination_recipient_limit;
#define VAR_QMGR_CLOG_WARN_TIME	"qmgr_clog_warn_time"
#define DEF_QMGR_CLOG_WARN_TIME	"300s"
extern int var_qmgr_clog_warn_time;
#define VAR_QMGR_DAEMON_TIMEOUT	"qmgr_daemon_timeout"
#define DEF_QMGR_DAEMON_TIMEOUT	"1000s"
extern int var_qmgr_daemon_timeout;
#define VAR_QMGR_FUDGE_FACTOR	"qmgr_fudge_factor"
#define DEF_QMGR_FUDGE_FACTOR	"100"
extern int var_qmgr_fudge_factor;
#define VAR_QMGR_IPC_TIMEOUT	"qmgr_ipc_timeout"
#define DEF_QMGR_IPC_TIMEOUT	"60s"
extern int var_qmgr_ipc_timeout;
#define VAR_QMGR_MESSAGE_ACTIVE_LIMIT	"qmgr_message_active_limit"
#define DEF_QMGR_MESSAGE_ACTIVE_LIMIT	"20000"
extern int var_qmgr_message_active_limit;
#define VAR_QMGR_MESSAGE_RECIPIENT_LIMIT	"qmgr_message_recipient_limit"
#define DEF_QMGR_MESSAGE_RECIPIENT_LIMIT	"20000"
extern int var_qmgr_message_recipient_limit;
#define VAR_QMGR_MESSAGE_RECIPIENT_MINIMUM	"qmgr_message_recipient_minimum"
#define DEF_QMGR_MESSAGE_RECIPIENT_MINIMUM	"10"
extern int var_qmgr_message_recipient_minimum;
#define VAR_QUEUE_RUN_DELAY	"queue_run_delay"
#define DEF_QUEUE_RUN_DELAY	"300s"
extern int var_queue_run_delay;
#define VAR_MINIMAL_BACKOFF_TIME	"minimal_backoff_time"
#define DEF_MINIMAL_BACKOFF_TIME	"300s"
extern int var_minimal_backoff_time;
#define VAR_MAXIMAL_BACKOFF_TIME	"maximal_backoff_time"
#define DEF_MAXIMAL_BACKOFF_TIME	"4000s"
extern int var_maximal_backoff_time;
#define VAR_MAXIMAL_QUEUE_LIFETIME	"maximal_queue_lifetime"
#define DEF_MAXIMAL_QUEUE_LIFETIME	"5d"
extern int var_maximal_queue_lifetime;
#define VAR_BOUNCE_QUEUE_LIFETIME	"bounce_queue_lifetime"
#define DEF_BOUNCE_QUEUE_LIFETIME	"5d"
extern int var_bounce_queue_lifetime;
#define VAR_DELAY_WARNING_TIME	"delay_warning_time"
#define DEF_DELAY_WARNING_TIME	"0h"
extern int var_delay_warning_time;
#define VAR_TRANSPORT_RETRY_TIME	"transport_retry_time"
#define DEF_TRANSPORT_RETRY_TIME	"60s"
extern int var_transport_retry_time;
#define VAR_DEFER_TRANSPORTS	"defer_transports"
#define DEF_DEFER_TRANSPORTS	""
extern char   *var_defer_transports;
#define VAR_CONFIRM_DELAY_CLEARED	"confirm_delay_cleared"
#define DEF_CONFIRM_DELAY_CLEARED	"no"
extern int var_confirm_delay_cleared;
#define VAR_DONT_REMOVE	"dont_remove"
#define DEF_DONT_REMOVE	"0"
extern int var_dont_remove;
#define VAR_DEFAULT_FILTER_NEXTHOP	"default_filter_nexthop"
#define DEF_DEFAULT_FILTER_NEXTHOP	""
extern char   *var_default_filter_nexthop;
extern const MAIL_PARAM params_qmgr[];

 /*
  * params_rewrite.c: address rewriting and routing (in-process trivial-rewrite).
  */
#define VAR_TRANSPORT_MAPS	"transport_maps"
#define DEF_TRANSPORT_MAPS	""
extern char   *var_transport_maps;
#define VAR_DEFAULT_TRANSPORT	"default_transport"
#define DEF_DEFAULT_TRANSPORT	"smtp"
extern char   *var_default_transport;
#define VAR_RELAY_TRANSPORT	"relay_transport"
#define DEF_RELAY_TRANSPORT	"relay"
extern char   *var_relay_transport;
#define VAR_RELAYHOST	"relayhost"
#define DEF_RELAYHOST	""
extern char   *var_relayhost;
#define VAR_RELAY_DOMAINS	"relay_domains"
#define DEF_RELAY_DOMAINS	"${{$compatibility_level} <level {2} ? {$mydestination} : {}}"
extern char   *var_relay_domains;
#define VAR_LOCAL_TRANSPORT	"local_transport"
#define DEF_LOCAL_TRANSPORT	"local:$myhostname"
extern char   *var_local_transport;
#define VAR_VIRTUAL_TRANSPORT	"virtual_transport"
#define DEF_VIRTUAL_TRANSPORT	"virtual"
extern char   *var_virtual_transport;
#define VAR_VIRTUAL_ALIAS_DOMAINS	"virtual_alias_domains"
#define DEF_VIRTUAL_ALIAS_DOMAINS	"$virtual_alias_maps"
extern char   *var_virtual_alias_domains;
#define VAR_VIRTUAL_MAILBOX_DOMAINS	"virtual_mailbox_domains"
#define DEF_VIRTUAL_MAILBOX_DOMAINS	"$virtual_mailbox_maps"
extern char   *var_virtual_mailbox_domains;
#define VAR_VIRTUAL_MAILBOX_MAPS	"virtual_mailbox_maps"
#define DEF_VIRTUAL_MAILBOX_MAPS	""
extern char   *var_virtual_mailbox_maps;
#define VAR_RELOCATED_MAPS	"relocated_maps"
#define DEF_RELOCATED_MAPS	""
extern char   *var_relocated_maps;
#define VAR_EMPTY_ADDRESS_RECIPIENT	"empty_address_recipient"
#define DEF_EMPTY_ADDRESS_RECIPIENT	"MAILER-DAEMON"
extern char   *var_empty_address_recipient;
#define VAR_APPEND_AT_MYORIGIN	"append_at_myorigin"
#define DEF_APPEND_AT_MYORIGIN	"yes"
extern int var_append_at_myorigin;
#define VAR_APPEND_DOT_MYDOMAIN	"append_dot_mydomain"
#define DEF_APPEND_DOT_MYDOMAIN	"${{$compatibility_level} <level {1} ? {yes} : {no}}"
extern int var_append_dot_mydomain;
#define VAR_SWAP_BANGPATH	"swap_bangpath"
#define DEF_SWAP_BANGPATH	"yes"
extern int var_swap_bangpath;
#define VAR_ALLOW_PERCENT_HACK	"allow_percent_hack"
#define DEF_ALLOW_PERCENT_HACK	"yes"
extern int var_allow_percent_hack;
#define VAR_RESOLVE_DEQUOTED_ADDRESS	"resolve_dequoted_address"
#define DEF_RESOLVE_DEQUOTED_ADDRESS	"yes"
extern int var_resolve_dequoted_address;
#define VAR_RESOLVE_NULL_DOMAIN	"resolve_null_domain"
#define DEF_RESOLVE_NULL_DOMAIN	"no"
extern int var_resolve_null_domain;
#define VAR_RESOLVE_NUMERIC_DOMAIN	"resolve_numeric_domain"
#define DEF_RESOLVE_NUMERIC_DOMAIN	"no"
extern int var_resolve_numeric_domain;
#define VAR_SHOW_USER_UNKNOWN_TABLE_NAME	"show_user_unknown_table_name"
#define DEF_SHOW_USER_UNKNOWN_TABLE_NAME	"yes"
extern int var_show_user_unknown_table_name;
#define VAR_SENDER_DEPENDENT_RELAYHOST_MAPS	"sender_dependent_relayhost_maps"
#define DEF_SENDER_DEPENDENT_RELAYHOST_MAPS	""
extern char   *var_sender_dependent_relayhost_maps;
#define VAR_SENDER_DEPENDENT_DEFAULT_TRANSPORT_MAPS	"sender_dependent_default_transport_maps"
#define DEF_SENDER_DEPENDENT_DEFAULT_TRANSPORT_MAPS	""
extern char   *var_sender_dependent_default_transport_maps;
#define VAR_EMPTY_ADDRESS_RELAYHOST_MAPS_LOOKUP_KEY	"empty_address_relayhost_maps_lookup_key"
#define DEF_EMPTY_ADDRESS_RELAYHOST_MAPS_LOOKUP_KEY	"<>"
extern char   *var_empty_address_relayhost_maps_lookup_key;
#define VAR_EMPTY_ADDRESS_DEFAULT_TRANSPORT_MAPS_LOOKUP_KEY	"empty_address_default_transport_maps_lookup_key"
#define DEF_EMPTY_ADDRESS_DEFAULT_TRANSPORT_MAPS_LOOKUP_KEY	"<>"
extern char   *var_empty_address_default_transport_maps_lookup_key;
#define VAR_REMOTE_HEADER_REWRITE_DOMAIN	"remote_header_rewrite_domain"
#define DEF_REMOTE_HEADER_REWRITE_DOMAIN	""
extern char   *var_remote_header_rewrite_domain;
#define VAR_LOCAL_HEADER_REWRITE_CLIENTS	"local_header_rewrite_clients"
#define DEF_LOCAL_HEADER_REWRITE_CLIENTS	"permit_inet_interfaces"
extern char   *var_local_header_rewrite_clients;
extern const MAIL_PARAM params_rewrite[];

 /*
  * params_cleanup.c: the cleanup(8) server.
  */
#define VAR_CANONICAL_CLASSES	"canonical_classes"
#define DEF_CANONICAL_CLASSES	"envelope_sender, envelope_recipient, header_sender, header_recipient"
extern char   *var_canonical_classes;
#define VAR_CANONICAL_MAPS	"canonical_maps"
#define DEF_CANONICAL_MAPS	""
extern char   *var_canonical_maps;
#define VAR_SENDER_CANONICAL_CLASSES	"sender_canonical_classes"
#define DEF_SENDER_CANONICAL_CLASSES	"envelope_sender, header_sender"
extern char   *var_sender_canonical_classes;
#define VAR_SENDER_CANONICAL_MAPS	"sender_canonical_maps"
#define DEF_SENDER_CANONICAL_MAPS	""
extern char   *var_sender_canonical_maps;
#define VAR_RECIPIENT_CANONICAL_CLASSES	"recipient_canonical_classes"
#define DEF_RECIPIENT_CANONICAL_CLASSES	"envelope_recipient, header_recipient"
extern char   *var_recipient_canonical_classes;
#define VAR_RECIPIENT_CANONICAL_MAPS	"recipient_canonical_maps"
#define DEF_RECIPIENT_CANONICAL_MAPS	""
extern char   *var_recipient_canonical_maps;
#define VAR_VIRTUAL_ALIAS_MAPS	"virtual_alias_maps"
#define DEF_VIRTUAL_ALIAS_MAPS	"$virtual_maps"
extern char   *var_virtual_alias_maps;
#define VAR_VIRTUAL_ALIAS_EXPANSION_LIMIT	"virtual_alias_expansion_limit"
#define DEF_VIRTUAL_ALIAS_EXPANSION_LIMIT	"1000"
extern int var_virtual_alias_expansion_limit;
#define VAR_VIRTUAL_ALIAS_RECURSION_LIMIT	"virtual_alias_recursion_limit"
#define DEF_VIRTUAL_ALIAS_RECURSION_LIMIT	"1000"
extern int var_virtual_alias_recursion_limit;
#define VAR_VIRTUAL_ALIAS_ADDRESS_LENGTH_LIMIT	"virtual_alias_address_length_limit"
#define DEF_VIRTUAL_ALIAS_ADDRESS_LENGTH_LIMIT	"1000"
extern int var_virtual_alias_address_length_limit;
#define VAR_MASQUERADE_CLASSES	"masquerade_classes"
#define DEF_MASQUERADE_CLASSES	"envelope_sender, header_sender, header_recipient"
extern char   *var_masquerade_classes;
#define VAR_MASQUERADE_DOMAINS	"masquerade_domains"
#define DEF_MASQUERADE_DOMAINS	""
extern char   *var_masquerade_domains;
#define VAR_MASQUERADE_EXCEPTIONS	"masquerade_exceptions"
#define DEF_MASQUERADE_EXCEPTIONS	""
extern char   *var_masquerade_exceptions;
#define VAR_HEADER_SIZE_LIMIT	"header_size_limit"
#define DEF_HEADER_SIZE_LIMIT	"102400"
extern int var_header_size_limit;
#define VAR_HEADER_ADDRESS_TOKEN_LIMIT	"header_address_token_limit"
#define DEF_HEADER_ADDRESS_TOKEN_LIMIT	"10240"
extern int var_header_address_token_limit;
#define VAR_HOPCOUNT_LIMIT	"hopcount_limit"
#define DEF_HOPCOUNT_LIMIT	"50"
extern int var_hopcount_limit;
#define VAR_ALWAYS_BCC	"always_bcc"
#define DEF_ALWAYS_BCC	""
extern char   *var_always_bcc;
#define VAR_ALWAYS_ADD_MISSING_HEADERS	"always_add_missing_headers"
#define DEF_ALWAYS_ADD_MISSING_HEADERS	"no"
extern int var_always_add_missing_headers;
#define VAR_SENDER_BCC_MAPS	"sender_bcc_maps"
#define DEF_SENDER_BCC_MAPS	""
extern char   *var_sender_bcc_maps;
#define VAR_RECIPIENT_BCC_MAPS	"recipient_bcc_maps"
#define DEF_RECIPIENT_BCC_MAPS	""
extern char   *var_recipient_bcc_maps;
#define VAR_HEADER_CHECKS	"header_checks"
#define DEF_HEADER_CHECKS	""
extern char   *var_header_checks;
#define VAR_BODY_CHECKS	"body_checks"
#define DEF_BODY_CHECKS	""
extern char   *var_body_checks;
#define VAR_MIME_HEADER_CHECKS	"mime_header_checks"
#define DEF_MIME_HEADER_CHECKS	"$header_checks"
extern char   *var_mime_header_checks;
#define VAR_NESTED_HEADER_CHECKS	"nested_header_checks"
#define DEF_NESTED_HEADER_CHECKS	"$header_checks"
extern char   *var_nested_header_checks;
#define VAR_BODY_CHECKS_SIZE_LIMIT	"body_checks_size_limit"
#define DEF_BODY_CHECKS_SIZE_LIMIT	"51200"
extern int var_body_checks_size_limit;
#define VAR_DUPLICATE_FILTER_LIMIT	"duplicate_filter_limit"
#define DEF_DUPLICATE_FILTER_LIMIT	"1000"
extern int var_duplicate_filter_limit;
#define VAR_ENABLE_ORIGINAL_RECIPIENT	"enable_original_recipient"
#define DEF_ENABLE_ORIGINAL_RECIPIENT	"yes"
extern int var_enable_original_recipient;
#define VAR_CLEANUP_REPLACE_STRAY_CR_LF	"cleanup_replace_stray_cr_lf"
#define DEF_CLEANUP_REPLACE_STRAY_CR_LF	"yes"
extern int var_cleanup_replace_stray_cr_lf;
#define VAR_MESSAGE_DROP_HEADERS	"message_drop_headers"
#define DEF_MESSAGE_DROP_HEADERS	"bcc, content-length, resent-bcc, return-path"
extern char   *var_message_drop_headers;
#define VAR_MESSAGE_REJECT_CHARACTERS	"message_reject_characters"
#define DEF_MESSAGE_REJECT_CHARACTERS	""
extern char   *var_message_reject_characters;
#define VAR_MESSAGE_STRIP_CHARACTERS	"message_strip_characters"
#define DEF_MESSAGE_STRIP_CHARACTERS	""
extern char   *var_message_strip_characters;
#define VAR_UNDISCLOSED_RECIPIENTS_HEADER	"undisclosed_recipients_header"
#define DEF_UNDISCLOSED_RECIPIENTS_HEADER	""
extern char   *var_undisclosed_recipients_header;
#define VAR_HEADER_FROM_FORMAT	"header_from_format"
#define DEF_HEADER_FROM_FORMAT	"standard"
extern char   *var_header_from_format;
#define VAR_MIME_BOUNDARY_LENGTH_LIMIT	"mime_boundary_length_limit"
#define DEF_MIME_BOUNDARY_LENGTH_LIMIT	"2048"
extern int var_mime_boundary_length_limit;
#define VAR_MIME_NESTING_LIMIT	"mime_nesting_limit"
#define DEF_MIME_NESTING_LIMIT	"100"
extern int var_mime_nesting_limit;
#define VAR_DISABLE_MIME_INPUT_PROCESSING	"disable_mime_input_processing"
#define DEF_DISABLE_MIME_INPUT_PROCESSING	"no"
extern int var_disable_mime_input_processing;
#define VAR_STRICT_7BIT_HEADERS	"strict_7bit_headers"
#define DEF_STRICT_7BIT_HEADERS	"no"
extern int var_strict_7bit_headers;
#define VAR_STRICT_8BITMIME	"strict_8bitmime"
#define DEF_STRICT_8BITMIME	"no"
extern int var_strict_8bitmime;
#define VAR_STRICT_8BITMIME_BODY	"strict_8bitmime_body"
#define DEF_STRICT_8BITMIME_BODY	"no"
extern int var_strict_8bitmime_body;
#define VAR_STRICT_MIME_ENCODING_DOMAIN	"strict_mime_encoding_domain"
#define DEF_STRICT_MIME_ENCODING_DOMAIN	"no"
extern int var_strict_mime_encoding_domain;
#define VAR_PROPAGATE_UNMATCHED_EXTENSIONS	"propagate_unmatched_extensions"
#define DEF_PROPAGATE_UNMATCHED_EXTENSIONS	"canonical, virtual"
extern char   *var_propagate_unmatched_extensions;
#define VAR_INTERNAL_MAIL_FILTER_CLASSES	"internal_mail_filter_classes"
#define DEF_INTERNAL_MAIL_FILTER_CLASSES	""
extern char   *var_internal_mail_filter_classes;
extern const MAIL_PARAM params_cleanup[];

 /*
  * params_pickup.c: the pickup(8) server.
  */
#define VAR_CONTENT_FILTER	"content_filter"
#define DEF_CONTENT_FILTER	""
extern char   *var_content_filter;
#define VAR_RECEIVE_OVERRIDE_OPTIONS	"receive_override_options"
#define DEF_RECEIVE_OVERRIDE_OPTIONS	""
extern char   *var_receive_override_options;
extern const MAIL_PARAM params_pickup[];

 /*
  * params_bounce.c: the bounce(8), defer(8) and trace(8) servers.
  */
#define VAR_BOUNCE_SIZE_LIMIT	"bounce_size_limit"
#define DEF_BOUNCE_SIZE_LIMIT	"50000"
extern int var_bounce_size_limit;
#define VAR_BOUNCE_TEMPLATE_FILE	"bounce_template_file"
#define DEF_BOUNCE_TEMPLATE_FILE	""
extern char   *var_bounce_template_file;
#define VAR_BOUNCE_NOTICE_RECIPIENT	"bounce_notice_recipient"
#define DEF_BOUNCE_NOTICE_RECIPIENT	"postmaster"
extern char   *var_bounce_notice_recipient;
#define VAR_2BOUNCE_NOTICE_RECIPIENT	"2bounce_notice_recipient"
#define DEF_2BOUNCE_NOTICE_RECIPIENT	"postmaster"
extern char   *var_2bounce_notice_recipient;
#define VAR_DELAY_NOTICE_RECIPIENT	"delay_notice_recipient"
#define DEF_DELAY_NOTICE_RECIPIENT	"postmaster"
extern char   *var_delay_notice_recipient;
#define VAR_ERROR_NOTICE_RECIPIENT	"error_notice_recipient"
#define DEF_ERROR_NOTICE_RECIPIENT	"postmaster"
extern char   *var_error_notice_recipient;
#define VAR_NOTIFY_CLASSES	"notify_classes"
#define DEF_NOTIFY_CLASSES	"resource, software"
extern char   *var_notify_classes;
#define VAR_DOUBLE_BOUNCE_SENDER	"double_bounce_sender"
#define DEF_DOUBLE_BOUNCE_SENDER	"double-bounce"
extern char   *var_double_bounce_sender;
#define VAR_ENABLE_THREADED_BOUNCES	"enable_threaded_bounces"
#define DEF_ENABLE_THREADED_BOUNCES	"no"
extern int var_enable_threaded_bounces;
#define VAR_BACKWARDS_BOUNCE_LOGFILE_COMPATIBILITY	"backwards_bounce_logfile_compatibility"
#define DEF_BACKWARDS_BOUNCE_LOGFILE_COMPATIBILITY	"yes"
extern int var_backwards_bounce_logfile_compatibility;
#define VAR_DISABLE_VERP_BOUNCES	"disable_verp_bounces"
#define DEF_DISABLE_VERP_BOUNCES	"no"
extern int var_disable_verp_bounces;
extern const MAIL_PARAM params_bounce[];

 /*
  * params_postlogd.c: the postlogd(8) logging service.
  */
#define VAR_POSTLOGD_WATCHDOG_TIMEOUT	"postlogd_watchdog_timeout"
#define DEF_POSTLOGD_WATCHDOG_TIMEOUT	"10s"
extern int var_postlogd_watchdog_timeout;
extern const MAIL_PARAM params_postlogd[];

 /*
  * params_sendmail.c: sendmail(1) and the other submission and queue tools.
  */
#define VAR_AUTHORIZED_FLUSH_USERS	"authorized_flush_users"
#define DEF_AUTHORIZED_FLUSH_USERS	"static:anyone"
extern char   *var_authorized_flush_users;
#define VAR_AUTHORIZED_MAILQ_USERS	"authorized_mailq_users"
#define DEF_AUTHORIZED_MAILQ_USERS	"static:anyone"
extern char   *var_authorized_mailq_users;
#define VAR_AUTHORIZED_SUBMIT_USERS	"authorized_submit_users"
#define DEF_AUTHORIZED_SUBMIT_USERS	"static:anyone"
extern char   *var_authorized_submit_users;
#define VAR_SENDMAIL_FIX_LINE_ENDINGS	"sendmail_fix_line_endings"
#define DEF_SENDMAIL_FIX_LINE_ENDINGS	"always"
extern char   *var_sendmail_fix_line_endings;
extern const MAIL_PARAM params_sendmail[];

 /*
  * params_postmap.c: postmap(1), postalias(1) and newaliases(1).
  */
#define VAR_ALIAS_MAPS	"alias_maps"
#define DEF_ALIAS_MAPS	"hash:/etc/aliases, nis:mail.aliases"
extern char   *var_alias_maps;
#define VAR_ALIAS_DATABASE	"alias_database"
#define DEF_ALIAS_DATABASE	"hash:/etc/aliases"
extern char   *var_alias_database;
extern const MAIL_PARAM params_postmap[];

 /*
  * params_smtp.c: the smtp(8) and lmtp(8) client.
  */
#define VAR_SMTP_ADDRESS_PREFERENCE	"smtp_address_preference"
#define DEF_SMTP_ADDRESS_PREFERENCE	"any"
extern char   *var_smtp_address_preference;
#define VAR_SMTP_ADDRESS_VERIFY_TARGET	"smtp_address_verify_target"
#define DEF_SMTP_ADDRESS_VERIFY_TARGET	"rcpt"
extern char   *var_smtp_address_verify_target;
#define VAR_SMTP_ALWAYS_SEND_EHLO	"smtp_always_send_ehlo"
#define DEF_SMTP_ALWAYS_SEND_EHLO	"yes"
extern int var_smtp_always_send_ehlo;
#define VAR_SMTP_BALANCE_INET_PROTOCOLS	"smtp_balance_inet_protocols"
#define DEF_SMTP_BALANCE_INET_PROTOCOLS	"yes"
extern int var_smtp_balance_inet_protocols;
#define VAR_SMTP_BIND_ADDRESS	"smtp_bind_address"
#define DEF_SMTP_BIND_ADDRESS	""
extern char   *var_smtp_bind_address;
#define VAR_SMTP_BIND_ADDRESS6	"smtp_bind_address6"
#define DEF_SMTP_BIND_ADDRESS6	""
extern char   *var_smtp_bind_address6;
#define VAR_SMTP_BIND_ADDRESS_ENFORCE	"smtp_bind_address_enforce"
#define DEF_SMTP_BIND_ADDRESS_ENFORCE	"no"
extern int var_smtp_bind_address_enforce;
#define VAR_SMTP_BODY_CHECKS	"smtp_body_checks"
#define DEF_SMTP_BODY_CHECKS	""
extern char   *var_smtp_body_checks;
#define VAR_SMTP_CNAME_OVERRIDES_SERVERNAME	"smtp_cname_overrides_servername"
#define DEF_SMTP_CNAME_OVERRIDES_SERVERNAME	"no"
extern int var_smtp_cname_overrides_servername;
#define VAR_SMTP_CONNECT_TIMEOUT	"smtp_connect_timeout"
#define DEF_SMTP_CONNECT_TIMEOUT	"30s"
extern int var_smtp_connect_timeout;
#define VAR_SMTP_CONNECTION_CACHE_DESTINATIONS	"smtp_connection_cache_destinations"
#define DEF_SMTP_CONNECTION_CACHE_DESTINATIONS	""
extern char   *var_smtp_connection_cache_destinations;
#define VAR_SMTP_CONNECTION_CACHE_ON_DEMAND	"smtp_connection_cache_on_demand"
#define DEF_SMTP_CONNECTION_CACHE_ON_DEMAND	"yes"
extern int var_smtp_connection_cache_on_demand;
#define VAR_SMTP_CONNECTION_CACHE_TIME_LIMIT	"smtp_connection_cache_time_limit"
#define DEF_SMTP_CONNECTION_CACHE_TIME_LIMIT	"2s"
extern int var_smtp_connection_cache_time_limit;
#define VAR_SMTP_CONNECTION_REUSE_COUNT_LIMIT	"smtp_connection_reuse_count_limit"
#define DEF_SMTP_CONNECTION_REUSE_COUNT_LIMIT	"0"
extern int var_smtp_connection_reuse_count_limit;
#define VAR_SMTP_CONNECTION_REUSE_TIME_LIMIT	"smtp_connection_reuse_time_limit"
#define DEF_SMTP_CONNECTION_REUSE_TIME_LIMIT	"300s"
extern int var_smtp_connection_reuse_time_limit;
#define VAR_SMTP_DATA_DONE_TIMEOUT	"smtp_data_done_timeout"
#define DEF_SMTP_DATA_DONE_TIMEOUT	"600s"
extern int var_smtp_data_done_timeout;
#define VAR_SMTP_DATA_INIT_TIMEOUT	"smtp_data_init_timeout"
#define DEF_SMTP_DATA_INIT_TIMEOUT	"120s"
extern int var_smtp_data_init_timeout;
#define VAR_SMTP_DATA_XFER_TIMEOUT	"smtp_data_xfer_timeout"
#define DEF_SMTP_DATA_XFER_TIMEOUT	"180s"
extern int var_smtp_data_xfer_timeout;
#define VAR_SMTP_DEFER_IF_NO_MX_ADDRESS_FOUND	"smtp_defer_if_no_mx_address_found"
#define DEF_SMTP_DEFER_IF_NO_MX_ADDRESS_FOUND	"no"
extern int var_smtp_defer_if_no_mx_address_found;
#define VAR_SMTP_DELIVERY_STATUS_FILTER	"smtp_delivery_status_filter"
#define DEF_SMTP_DELIVERY_STATUS_FILTER	"$default_delivery_status_filter"
extern char   *var_smtp_delivery_status_filter;
#define VAR_SMTP_DISCARD_EHLO_KEYWORD_ADDRESS_MAPS	"smtp_discard_ehlo_keyword_address_maps"
#define DEF_SMTP_DISCARD_EHLO_KEYWORD_ADDRESS_MAPS	""
extern char   *var_smtp_discard_ehlo_keyword_address_maps;
#define VAR_SMTP_DISCARD_EHLO_KEYWORDS	"smtp_discard_ehlo_keywords"
#define DEF_SMTP_DISCARD_EHLO_KEYWORDS	""
extern char   *var_smtp_discard_ehlo_keywords;
#define VAR_SMTP_DNS_REPLY_FILTER	"smtp_dns_reply_filter"
#define DEF_SMTP_DNS_REPLY_FILTER	""
extern char   *var_smtp_dns_reply_filter;
#define VAR_SMTP_DNS_RESOLVER_OPTIONS	"smtp_dns_resolver_options"
#define DEF_SMTP_DNS_RESOLVER_OPTIONS	""
extern char   *var_smtp_dns_resolver_options;
#define VAR_SMTP_DNS_SUPPORT_LEVEL	"smtp_dns_support_level"
#define DEF_SMTP_DNS_SUPPORT_LEVEL	""
extern char   *var_smtp_dns_support_level;
#define VAR_SMTP_ENFORCE_TLS	"smtp_enforce_tls"
#define DEF_SMTP_ENFORCE_TLS	"no"
extern int var_smtp_enforce_tls;
#define VAR_SMTP_FALLBACK_RELAY	"smtp_fallback_relay"
#define DEF_SMTP_FALLBACK_RELAY	"$fallback_relay"
extern char   *var_smtp_fallback_relay;
#define VAR_SMTP_GENERIC_MAPS	"smtp_generic_maps"
#define DEF_SMTP_GENERIC_MAPS	""
extern char   *var_smtp_generic_maps;
#define VAR_SMTP_HEADER_CHECKS	"smtp_header_checks"
#define DEF_SMTP_HEADER_CHECKS	""
extern char   *var_smtp_header_checks;
#define VAR_SMTP_HELO_NAME	"smtp_helo_name"
#define DEF_SMTP_HELO_NAME	"$myhostname"
extern char   *var_smtp_helo_name;
#define VAR_SMTP_HELO_TIMEOUT	"smtp_helo_timeout"
#define DEF_SMTP_HELO_TIMEOUT	"300s"
extern int var_smtp_helo_timeout;
#define VAR_SMTP_HOST_LOOKUP	"smtp_host_lookup"
#define DEF_SMTP_HOST_LOOKUP	"dns"
extern char   *var_smtp_host_lookup;
#define VAR_SMTP_LINE_LENGTH_LIMIT	"smtp_line_length_limit"
#define DEF_SMTP_LINE_LENGTH_LIMIT	"998"
extern int var_smtp_line_length_limit;
#define VAR_SMTP_MAIL_TIMEOUT	"smtp_mail_timeout"
#define DEF_SMTP_MAIL_TIMEOUT	"300s"
extern int var_smtp_mail_timeout;
#define VAR_SMTP_MIME_HEADER_CHECKS	"smtp_mime_header_checks"
#define DEF_SMTP_MIME_HEADER_CHECKS	""
extern char   *var_smtp_mime_header_checks;
#define VAR_SMTP_MIN_DATA_RATE	"smtp_min_data_rate"
#define DEF_SMTP_MIN_DATA_RATE	"500"
extern int var_smtp_min_data_rate;
#define VAR_SMTP_MX_ADDRESS_LIMIT	"smtp_mx_address_limit"
#define DEF_SMTP_MX_ADDRESS_LIMIT	"5"
extern int var_smtp_mx_address_limit;
#define VAR_SMTP_MX_SESSION_LIMIT	"smtp_mx_session_limit"
#define DEF_SMTP_MX_SESSION_LIMIT	"2"
extern int var_smtp_mx_session_limit;
#define VAR_SMTP_NESTED_HEADER_CHECKS	"smtp_nested_header_checks"
#define DEF_SMTP_NESTED_HEADER_CHECKS	""
extern char   *var_smtp_nested_header_checks;
#define VAR_SMTP_NEVER_SEND_EHLO	"smtp_never_send_ehlo"
#define DEF_SMTP_NEVER_SEND_EHLO	"no"
extern int var_smtp_never_send_ehlo;
#define VAR_SMTP_PER_REQUEST_DEADLINE	"smtp_per_request_deadline"
#define DEF_SMTP_PER_REQUEST_DEADLINE	"${smtp_per_record_deadline?{$smtp_per_record_deadline}:{no}}"
extern int var_smtp_per_request_deadline;
#define VAR_SMTP_PIX_WORKAROUND_DELAY_TIME	"smtp_pix_workaround_delay_time"
#define DEF_SMTP_PIX_WORKAROUND_DELAY_TIME	"10s"
extern int var_smtp_pix_workaround_delay_time;
#define VAR_SMTP_PIX_WORKAROUND_MAPS	"smtp_pix_workaround_maps"
#define DEF_SMTP_PIX_WORKAROUND_MAPS	""
extern char   *var_smtp_pix_workaround_maps;
#define VAR_SMTP_PIX_WORKAROUND_THRESHOLD_TIME	"smtp_pix_workaround_threshold_time"
#define DEF_SMTP_PIX_WORKAROUND_THRESHOLD_TIME	"500s"
extern int var_smtp_pix_workaround_threshold_time;
#define VAR_SMTP_PIX_WORKAROUNDS	"smtp_pix_workarounds"
#define DEF_SMTP_PIX_WORKAROUNDS	"disable_esmtp,delay_dotcrlf"
extern char   *var_smtp_pix_workarounds;
#define VAR_SMTP_QUIT_TIMEOUT	"smtp_quit_timeout"
#define DEF_SMTP_QUIT_TIMEOUT	"300s"
extern int var_smtp_quit_timeout;
#define VAR_SMTP_QUOTE_RFC821_ENVELOPE	"smtp_quote_rfc821_envelope"
#define DEF_SMTP_QUOTE_RFC821_ENVELOPE	"yes"
extern int var_smtp_quote_rfc821_envelope;
#define VAR_SMTP_RANDOMIZE_ADDRESSES	"smtp_randomize_addresses"
#define DEF_SMTP_RANDOMIZE_ADDRESSES	"yes"
extern int var_smtp_randomize_addresses;
#define VAR_SMTP_RCPT_TIMEOUT	"smtp_rcpt_timeout"
#define DEF_SMTP_RCPT_TIMEOUT	"300s"
extern int var_smtp_rcpt_timeout;
#define VAR_SMTP_REPLY_FILTER	"smtp_reply_filter"
#define DEF_SMTP_REPLY_FILTER	""
extern char   *var_smtp_reply_filter;
#define VAR_SMTP_RSET_TIMEOUT	"smtp_rset_timeout"
#define DEF_SMTP_RSET_TIMEOUT	"20s"
extern int var_smtp_rset_timeout;
#define VAR_SMTP_SASL_AUTH_CACHE_NAME	"smtp_sasl_auth_cache_name"
#define DEF_SMTP_SASL_AUTH_CACHE_NAME	""
extern char   *var_smtp_sasl_auth_cache_name;
#define VAR_SMTP_SASL_AUTH_CACHE_TIME	"smtp_sasl_auth_cache_time"
#define DEF_SMTP_SASL_AUTH_CACHE_TIME	"90d"
extern int var_smtp_sasl_auth_cache_time;
#define VAR_SMTP_SASL_AUTH_ENABLE	"smtp_sasl_auth_enable"
#define DEF_SMTP_SASL_AUTH_ENABLE	"no"
extern int var_smtp_sasl_auth_enable;
#define VAR_SMTP_SASL_AUTH_SOFT_BOUNCE	"smtp_sasl_auth_soft_bounce"
#define DEF_SMTP_SASL_AUTH_SOFT_BOUNCE	"yes"
extern int var_smtp_sasl_auth_soft_bounce;
#define VAR_SMTP_SASL_MECHANISM_FILTER	"smtp_sasl_mechanism_filter"
#define DEF_SMTP_SASL_MECHANISM_FILTER	""
extern char   *var_smtp_sasl_mechanism_filter;
#define VAR_SMTP_SASL_PASSWORD_MAPS	"smtp_sasl_password_maps"
#define DEF_SMTP_SASL_PASSWORD_MAPS	""
extern char   *var_smtp_sasl_password_maps;
#define VAR_SMTP_SASL_PATH	"smtp_sasl_path"
#define DEF_SMTP_SASL_PATH	""
extern char   *var_smtp_sasl_path;
#define VAR_SMTP_SASL_SECURITY_OPTIONS	"smtp_sasl_security_options"
#define DEF_SMTP_SASL_SECURITY_OPTIONS	"noplaintext, noanonymous"
extern char   *var_smtp_sasl_security_options;
#define VAR_SMTP_SASL_TLS_SECURITY_OPTIONS	"smtp_sasl_tls_security_options"
#define DEF_SMTP_SASL_TLS_SECURITY_OPTIONS	"$smtp_sasl_security_options"
extern char   *var_smtp_sasl_tls_security_options;
#define VAR_SMTP_SASL_TLS_VERIFIED_SECURITY_OPTIONS	"smtp_sasl_tls_verified_security_options"
#define DEF_SMTP_SASL_TLS_VERIFIED_SECURITY_OPTIONS	"$smtp_sasl_tls_security_options"
extern char   *var_smtp_sasl_tls_verified_security_options;
#define VAR_SMTP_SASL_TYPE	"smtp_sasl_type"
#define DEF_SMTP_SASL_TYPE	"cyrus"
extern char   *var_smtp_sasl_type;
#define VAR_SMTP_SEND_DUMMY_MAIL_AUTH	"smtp_send_dummy_mail_auth"
#define DEF_SMTP_SEND_DUMMY_MAIL_AUTH	"no"
extern int var_smtp_send_dummy_mail_auth;
#define VAR_SMTP_SEND_XFORWARD_COMMAND	"smtp_send_xforward_command"
#define DEF_SMTP_SEND_XFORWARD_COMMAND	"no"
extern int var_smtp_send_xforward_command;
#define VAR_SMTP_SENDER_DEPENDENT_AUTHENTICATION	"smtp_sender_dependent_authentication"
#define DEF_SMTP_SENDER_DEPENDENT_AUTHENTICATION	"no"
extern int var_smtp_sender_dependent_authentication;
#define VAR_SMTP_SKIP_5XX_GREETING	"smtp_skip_5xx_greeting"
#define DEF_SMTP_SKIP_5XX_GREETING	"yes"
extern int var_smtp_skip_5xx_greeting;
#define VAR_SMTP_SKIP_QUIT_RESPONSE	"smtp_skip_quit_response"
#define DEF_SMTP_SKIP_QUIT_RESPONSE	"yes"
extern int var_smtp_skip_quit_response;
#define VAR_SMTP_STARTTLS_TIMEOUT	"smtp_starttls_timeout"
#define DEF_SMTP_STARTTLS_TIMEOUT	"300s"
extern int var_smtp_starttls_timeout;
#define VAR_SMTP_TCP_PORT	"smtp_tcp_port"
#define DEF_SMTP_TCP_PORT	"smtp"
extern char   *var_smtp_tcp_port;
#define VAR_SMTP_TLS_CAFILE	"smtp_tls_CAfile"
#define DEF_SMTP_TLS_CAFILE	""
extern char   *var_smtp_tls_CAfile;
#define VAR_SMTP_TLS_CAPATH	"smtp_tls_CApath"
#define DEF_SMTP_TLS_CAPATH	""
extern char   *var_smtp_tls_CApath;
#define VAR_SMTP_TLS_BLOCK_EARLY_MAIL_REPLY	"smtp_tls_block_early_mail_reply"
#define DEF_SMTP_TLS_BLOCK_EARLY_MAIL_REPLY	"no"
extern int var_smtp_tls_block_early_mail_reply;
#define VAR_SMTP_TLS_CERT_FILE	"smtp_tls_cert_file"
#define DEF_SMTP_TLS_CERT_FILE	""
extern char   *var_smtp_tls_cert_file;
#define VAR_SMTP_TLS_CHAIN_FILES	"smtp_tls_chain_files"
#define DEF_SMTP_TLS_CHAIN_FILES	""
extern char   *var_smtp_tls_chain_files;
#define VAR_SMTP_TLS_CIPHERS	"smtp_tls_ciphers"
#define DEF_SMTP_TLS_CIPHERS	"medium"
extern char   *var_smtp_tls_ciphers;
#define VAR_SMTP_TLS_CONNECTION_REUSE	"smtp_tls_connection_reuse"
#define DEF_SMTP_TLS_CONNECTION_REUSE	"no"
extern int var_smtp_tls_connection_reuse;
#define VAR_SMTP_TLS_DANE_INSECURE_MX_POLICY	"smtp_tls_dane_insecure_mx_policy"
#define DEF_SMTP_TLS_DANE_INSECURE_MX_POLICY	"${{$smtp_tls_security_level} == {dane} ? {dane} : {may}}"
extern char   *var_smtp_tls_dane_insecure_mx_policy;
#define VAR_SMTP_TLS_DCERT_FILE	"smtp_tls_dcert_file"
#define DEF_SMTP_TLS_DCERT_FILE	""
extern char   *var_smtp_tls_dcert_file;
#define VAR_SMTP_TLS_DKEY_FILE	"smtp_tls_dkey_file"
#define DEF_SMTP_TLS_DKEY_FILE	"$smtp_tls_dcert_file"
extern char   *var_smtp_tls_dkey_file;
#define VAR_SMTP_TLS_ECCERT_FILE	"smtp_tls_eccert_file"
#define DEF_SMTP_TLS_ECCERT_FILE	""
extern char   *var_smtp_tls_eccert_file;
#define VAR_SMTP_TLS_ECKEY_FILE	"smtp_tls_eckey_file"
#define DEF_SMTP_TLS_ECKEY_FILE	"$smtp_tls_eccert_file"
extern char   *var_smtp_tls_eckey_file;
#define VAR_SMTP_TLS_ENFORCE_PEERNAME	"smtp_tls_enforce_peername"
#define DEF_SMTP_TLS_ENFORCE_PEERNAME	"yes"
extern int var_smtp_tls_enforce_peername;
#define VAR_SMTP_TLS_EXCLUDE_CIPHERS	"smtp_tls_exclude_ciphers"
#define DEF_SMTP_TLS_EXCLUDE_CIPHERS	""
extern char   *var_smtp_tls_exclude_ciphers;
#define VAR_SMTP_TLS_FINGERPRINT_CERT_MATCH	"smtp_tls_fingerprint_cert_match"
#define DEF_SMTP_TLS_FINGERPRINT_CERT_MATCH	""
extern char   *var_smtp_tls_fingerprint_cert_match;
#define VAR_SMTP_TLS_FINGERPRINT_DIGEST	"smtp_tls_fingerprint_digest"
#define DEF_SMTP_TLS_FINGERPRINT_DIGEST	"${{$compatibility_level} <level {3.6} ? {md5} : {sha256}}"
extern char   *var_smtp_tls_fingerprint_digest;
#define VAR_SMTP_TLS_FORCE_INSECURE_HOST_TLSA_LOOKUP	"smtp_tls_force_insecure_host_tlsa_lookup"
#define DEF_SMTP_TLS_FORCE_INSECURE_HOST_TLSA_LOOKUP	"no"
extern int var_smtp_tls_force_insecure_host_tlsa_lookup;
#define VAR_SMTP_TLS_KEY_FILE	"smtp_tls_key_file"
#define DEF_SMTP_TLS_KEY_FILE	"$smtp_tls_cert_file"
extern char   *var_smtp_tls_key_file;
#define VAR_SMTP_TLS_LOGLEVEL	"smtp_tls_loglevel"
#define DEF_SMTP_TLS_LOGLEVEL	"0"
extern char   *var_smtp_tls_loglevel;
#define VAR_SMTP_TLS_MANDATORY_CIPHERS	"smtp_tls_mandatory_ciphers"
#define DEF_SMTP_TLS_MANDATORY_CIPHERS	"medium"
extern char   *var_smtp_tls_mandatory_ciphers;
#define VAR_SMTP_TLS_MANDATORY_EXCLUDE_CIPHERS	"smtp_tls_mandatory_exclude_ciphers"
#define DEF_SMTP_TLS_MANDATORY_EXCLUDE_CIPHERS	""
extern char   *var_smtp_tls_mandatory_exclude_ciphers;
#define VAR_SMTP_TLS_MANDATORY_PROTOCOLS	"smtp_tls_mandatory_protocols"
#define DEF_SMTP_TLS_MANDATORY_PROTOCOLS	">=TLSv1"
extern char   *var_smtp_tls_mandatory_protocols;
#define VAR_SMTP_TLS_NOTE_STARTTLS_OFFER	"smtp_tls_note_starttls_offer"
#define DEF_SMTP_TLS_NOTE_STARTTLS_OFFER	"no"
extern int var_smtp_tls_note_starttls_offer;
#define VAR_SMTP_TLS_PER_SITE	"smtp_tls_per_site"
#define DEF_SMTP_TLS_PER_SITE	""
extern char   *var_smtp_tls_per_site;
#define VAR_SMTP_TLS_POLICY_MAPS	"smtp_tls_policy_maps"
#define DEF_SMTP_TLS_POLICY_MAPS	""
extern char   *var_smtp_tls_policy_maps;
#define VAR_SMTP_TLS_PROTOCOLS	"smtp_tls_protocols"
#define DEF_SMTP_TLS_PROTOCOLS	">=TLSv1"
extern char   *var_smtp_tls_protocols;
#define VAR_SMTP_TLS_SCERT_VERIFYDEPTH	"smtp_tls_scert_verifydepth"
#define DEF_SMTP_TLS_SCERT_VERIFYDEPTH	"9"
extern int var_smtp_tls_scert_verifydepth;
#define VAR_SMTP_TLS_SECURE_CERT_MATCH	"smtp_tls_secure_cert_match"
#define DEF_SMTP_TLS_SECURE_CERT_MATCH	"nexthop, dot-nexthop"
extern char   *var_smtp_tls_secure_cert_match;
#define VAR_SMTP_TLS_SECURITY_LEVEL	"smtp_tls_security_level"
#define DEF_SMTP_TLS_SECURITY_LEVEL	""
extern char   *var_smtp_tls_security_level;
#define VAR_SMTP_TLS_SERVERNAME	"smtp_tls_servername"
#define DEF_SMTP_TLS_SERVERNAME	""
extern char   *var_smtp_tls_servername;
#define VAR_SMTP_TLS_SESSION_CACHE_DATABASE	"smtp_tls_session_cache_database"
#define DEF_SMTP_TLS_SESSION_CACHE_DATABASE	""
extern char   *var_smtp_tls_session_cache_database;
#define VAR_SMTP_TLS_SESSION_CACHE_TIMEOUT	"smtp_tls_session_cache_timeout"
#define DEF_SMTP_TLS_SESSION_CACHE_TIMEOUT	"3600s"
extern int var_smtp_tls_session_cache_timeout;
#define VAR_SMTP_TLS_TRUST_ANCHOR_FILE	"smtp_tls_trust_anchor_file"
#define DEF_SMTP_TLS_TRUST_ANCHOR_FILE	""
extern char   *var_smtp_tls_trust_anchor_file;
#define VAR_SMTP_TLS_VERIFY_CERT_MATCH	"smtp_tls_verify_cert_match"
#define DEF_SMTP_TLS_VERIFY_CERT_MATCH	"hostname"
extern char   *var_smtp_tls_verify_cert_match;
#define VAR_SMTP_TLS_WRAPPERMODE	"smtp_tls_wrappermode"
#define DEF_SMTP_TLS_WRAPPERMODE	"no"
extern int var_smtp_tls_wrappermode;
#define VAR_SMTP_USE_TLS	"smtp_use_tls"
#define DEF_SMTP_USE_TLS	"no"
extern int var_smtp_use_tls;
#define VAR_SMTP_XFORWARD_TIMEOUT	"smtp_xforward_timeout"
#define DEF_SMTP_XFORWARD_TIMEOUT	"300s"
extern int var_smtp_xforward_timeout;
#define VAR_LMTP_ADDRESS_PREFERENCE	"lmtp_address_preference"
#define DEF_LMTP_ADDRESS_PREFERENCE	"any"
extern char   *var_lmtp_address_preference;
#define VAR_LMTP_ADDRESS_VERIFY_TARGET	"lmtp_address_verify_target"
#define DEF_LMTP_ADDRESS_VERIFY_TARGET	"rcpt"
extern char   *var_lmtp_address_verify_target;
#define VAR_LMTP_ASSUME_FINAL	"lmtp_assume_final"
#define DEF_LMTP_ASSUME_FINAL	"no"
extern int var_lmtp_assume_final;
#define VAR_LMTP_BALANCE_INET_PROTOCOLS	"lmtp_balance_inet_protocols"
#define DEF_LMTP_BALANCE_INET_PROTOCOLS	"yes"
extern int var_lmtp_balance_inet_protocols;
#define VAR_LMTP_BIND_ADDRESS	"lmtp_bind_address"
#define DEF_LMTP_BIND_ADDRESS	""
extern char   *var_lmtp_bind_address;
#define VAR_LMTP_BIND_ADDRESS6	"lmtp_bind_address6"
#define DEF_LMTP_BIND_ADDRESS6	""
extern char   *var_lmtp_bind_address6;
#define VAR_LMTP_BIND_ADDRESS_ENFORCE	"lmtp_bind_address_enforce"
#define DEF_LMTP_BIND_ADDRESS_ENFORCE	"no"
extern int var_lmtp_bind_address_enforce;
#define VAR_LMTP_BODY_CHECKS	"lmtp_body_checks"
#define DEF_LMTP_BODY_CHECKS	""
extern char   *var_lmtp_body_checks;
#define VAR_LMTP_CNAME_OVERRIDES_SERVERNAME	"lmtp_cname_overrides_servername"
#define DEF_LMTP_CNAME_OVERRIDES_SERVERNAME	"no"
extern int var_lmtp_cname_overrides_servername;
#define VAR_LMTP_CONNECT_TIMEOUT	"lmtp_connect_timeout"
#define DEF_LMTP_CONNECT_TIMEOUT	"0s"
extern int var_lmtp_connect_timeout;
#define VAR_LMTP_CONNECTION_CACHE_DESTINATIONS	"lmtp_connection_cache_destinations"
#define DEF_LMTP_CONNECTION_CACHE_DESTINATIONS	""
extern char   *var_lmtp_connection_cache_destinations;
#define VAR_LMTP_CONNECTION_CACHE_ON_DEMAND	"lmtp_connection_cache_on_demand"
#define DEF_LMTP_CONNECTION_CACHE_ON_DEMAND	"yes"
extern int var_lmtp_connection_cache_on_demand;
#define VAR_LMTP_CONNECTION_CACHE_TIME_LIMIT	"lmtp_connection_cache_time_limit"
#define DEF_LMTP_CONNECTION_CACHE_TIME_LIMIT	"2s"
extern int var_lmtp_connection_cache_time_limit;
#define VAR_LMTP_CONNECTION_REUSE_COUNT_LIMIT	"lmtp_connection_reuse_count_limit"
#define DEF_LMTP_CONNECTION_REUSE_COUNT_LIMIT	"0"
extern int var_lmtp_connection_reuse_count_limit;
#define VAR_LMTP_CONNECTION_REUSE_TIME_LIMIT	"lmtp_connection_reuse_time_limit"
#define DEF_LMTP_CONNECTION_REUSE_TIME_LIMIT	"300s"
extern int var_lmtp_connection_reuse_time_limit;
#define VAR_LMTP_DATA_DONE_TIMEOUT	"lmtp_data_done_timeout"
#define DEF_LMTP_DATA_DONE_TIMEOUT	"600s"
extern int var_lmtp_data_done_timeout;
#define VAR_LMTP_DATA_INIT_TIMEOUT	"lmtp_data_init_timeout"
#define DEF_LMTP_DATA_INIT_TIMEOUT	"120s"
extern int var_lmtp_data_init_timeout;
#define VAR_LMTP_DATA_XFER_TIMEOUT	"lmtp_data_xfer_timeout"
#define DEF_LMTP_DATA_XFER_TIMEOUT	"180s"
extern int var_lmtp_data_xfer_timeout;
#define VAR_LMTP_DEFER_IF_NO_MX_ADDRESS_FOUND	"lmtp_defer_if_no_mx_address_found"
#define DEF_LMTP_DEFER_IF_NO_MX_ADDRESS_FOUND	"no"
extern int var_lmtp_defer_if_no_mx_address_found;
#define VAR_LMTP_DELIVERY_STATUS_FILTER	"lmtp_delivery_status_filter"
#define DEF_LMTP_DELIVERY_STATUS_FILTER	"$default_delivery_status_filter"
extern char   *var_lmtp_delivery_status_filter;
#define VAR_LMTP_DISCARD_LHLO_KEYWORD_ADDRESS_MAPS	"lmtp_discard_lhlo_keyword_address_maps"
#define DEF_LMTP_DISCARD_LHLO_KEYWORD_ADDRESS_MAPS	""
extern char   *var_lmtp_discard_lhlo_keyword_address_maps;
#define VAR_LMTP_DISCARD_LHLO_KEYWORDS	"lmtp_discard_lhlo_keywords"
#define DEF_LMTP_DISCARD_LHLO_KEYWORDS	""
extern char   *var_lmtp_discard_lhlo_keywords;
#define VAR_LMTP_DNS_REPLY_FILTER	"lmtp_dns_reply_filter"
#define DEF_LMTP_DNS_REPLY_FILTER	""
extern char   *var_lmtp_dns_reply_filter;
#define VAR_LMTP_DNS_RESOLVER_OPTIONS	"lmtp_dns_resolver_options"
#define DEF_LMTP_DNS_RESOLVER_OPTIONS	""
extern char   *var_lmtp_dns_resolver_options;
#define VAR_LMTP_DNS_SUPPORT_LEVEL	"lmtp_dns_support_level"
#define DEF_LMTP_DNS_SUPPORT_LEVEL	""
extern char   *var_lmtp_dns_support_level;
#define VAR_LMTP_ENFORCE_TLS	"lmtp_enforce_tls"
#define DEF_LMTP_ENFORCE_TLS	"no"
extern int var_lmtp_enforce_tls;
#define VAR_LMTP_FALLBACK_RELAY	"lmtp_fallback_relay"
#define DEF_LMTP_FALLBACK_RELAY	""
extern char   *var_lmtp_fallback_relay;
#define VAR_LMTP_GENERIC_MAPS	"lmtp_generic_maps"
#define DEF_LMTP_GENERIC_MAPS	""
extern char   *var_lmtp_generic_maps;
#define VAR_LMTP_HEADER_CHECKS	"lmtp_header_checks"
#define DEF_LMTP_HEADER_CHECKS	""
extern char   *var_lmtp_header_checks;
#define VAR_LMTP_HOST_LOOKUP	"lmtp_host_lookup"
#define DEF_LMTP_HOST_LOOKUP	"dns"
extern char   *var_lmtp_host_lookup;
#define VAR_LMTP_LHLO_NAME	"lmtp_lhlo_name"
#define DEF_LMTP_LHLO_NAME	"$myhostname"
extern char   *var_lmtp_lhlo_name;
#define VAR_LMTP_LHLO_TIMEOUT	"lmtp_lhlo_timeout"
#define DEF_LMTP_LHLO_TIMEOUT	"300s"
extern int var_lmtp_lhlo_timeout;
#define VAR_LMTP_LINE_LENGTH_LIMIT	"lmtp_line_length_limit"
#define DEF_LMTP_LINE_LENGTH_LIMIT	"998"
extern int var_lmtp_line_length_limit;
#define VAR_LMTP_MAIL_TIMEOUT	"lmtp_mail_timeout"
#define DEF_LMTP_MAIL_TIMEOUT	"300s"
extern int var_lmtp_mail_timeout;
#define VAR_LMTP_MIME_HEADER_CHECKS	"lmtp_mime_header_checks"
#define DEF_LMTP_MIME_HEADER_CHECKS	""
extern char   *var_lmtp_mime_header_checks;
#define VAR_LMTP_MIN_DATA_RATE	"lmtp_min_data_rate"
#define DEF_LMTP_MIN_DATA_RATE	"500"
extern int var_lmtp_min_data_rate;
#define VAR_LMTP_MX_ADDRESS_LIMIT	"lmtp_mx_address_limit"
#define DEF_LMTP_MX_ADDRESS_LIMIT	"5"
extern int var_lmtp_mx_address_limit;
#define VAR_LMTP_MX_SESSION_LIMIT	"lmtp_mx_session_limit"
#define DEF_LMTP_MX_SESSION_LIMIT	"2"
extern int var_lmtp_mx_session_limit;
#define VAR_LMTP_NESTED_HEADER_CHECKS	"lmtp_nested_header_checks"
#define DEF_LMTP_NESTED_HEADER_CHECKS	""
extern char   *var_lmtp_nested_header_checks;
#define VAR_LMTP_PER_REQUEST_DEADLINE	"lmtp_per_request_deadline"
#define DEF_LMTP_PER_REQUEST_DEADLINE	"${lmtp_per_record_deadline?{$lmtp_per_record_deadline}:{no}}"
extern int var_lmtp_per_request_deadline;
#define VAR_LMTP_PIX_WORKAROUND_DELAY_TIME	"lmtp_pix_workaround_delay_time"
#define DEF_LMTP_PIX_WORKAROUND_DELAY_TIME	"10s"
extern int var_lmtp_pix_workaround_delay_time;
#define VAR_LMTP_PIX_WORKAROUND_MAPS	"lmtp_pix_workaround_maps"
#define DEF_LMTP_PIX_WORKAROUND_MAPS	""
extern char   *var_lmtp_pix_workaround_maps;
#define VAR_LMTP_PIX_WORKAROUND_THRESHOLD_TIME	"lmtp_pix_workaround_threshold_time"
#define DEF_LMTP_PIX_WORKAROUND_THRESHOLD_TIME	"500s"
extern int var_lmtp_pix_workaround_threshold_time;
#define VAR_LMTP_PIX_WORKAROUNDS	"lmtp_pix_workarounds"
#define DEF_LMTP_PIX_WORKAROUNDS	"disable_esmtp,delay_dotcrlf"
extern char   *var_lmtp_pix_workarounds;
#define VAR_LMTP_QUIT_TIMEOUT	"lmtp_quit_timeout"
#define DEF_LMTP_QUIT_TIMEOUT	"300s"
extern int var_lmtp_quit_timeout;
#define VAR_LMTP_QUOTE_RFC821_ENVELOPE	"lmtp_quote_rfc821_envelope"
#define DEF_LMTP_QUOTE_RFC821_ENVELOPE	"yes"
extern int var_lmtp_quote_rfc821_envelope;
#define VAR_LMTP_RANDOMIZE_ADDRESSES	"lmtp_randomize_addresses"
#define DEF_LMTP_RANDOMIZE_ADDRESSES	"yes"
extern int var_lmtp_randomize_addresses;
#define VAR_LMTP_RCPT_TIMEOUT	"lmtp_rcpt_timeout"
#define DEF_LMTP_RCPT_TIMEOUT	"300s"
extern int var_lmtp_rcpt_timeout;
#define VAR_LMTP_REPLY_FILTER	"lmtp_reply_filter"
#define DEF_LMTP_REPLY_FILTER	""
extern char   *var_lmtp_reply_filter;
#define VAR_LMTP_RSET_TIMEOUT	"lmtp_rset_timeout"
#define DEF_LMTP_RSET_TIMEOUT	"20s"
extern int var_lmtp_rset_timeout;
#define VAR_LMTP_SASL_AUTH_CACHE_NAME	"lmtp_sasl_auth_cache_name"
#define DEF_LMTP_SASL_AUTH_CACHE_NAME	""
extern char   *var_lmtp_sasl_auth_cache_name;
#define VAR_LMTP_SASL_AUTH_CACHE_TIME	"lmtp_sasl_auth_cache_time"
#define DEF_LMTP_SASL_AUTH_CACHE_TIME	"90d"
extern int var_lmtp_sasl_auth_cache_time;
#define VAR_LMTP_SASL_AUTH_ENABLE	"lmtp_sasl_auth_enable"
#define DEF_LMTP_SASL_AUTH_ENABLE	"no"
extern int var_lmtp_sasl_auth_enable;
#define VAR_LMTP_SASL_AUTH_SOFT_BOUNCE	"lmtp_sasl_auth_soft_bounce"
#define DEF_LMTP_SASL_AUTH_SOFT_BOUNCE	"yes"
extern int var_lmtp_sasl_auth_soft_bounce;
#define VAR_LMTP_SASL_MECHANISM_FILTER	"lmtp_sasl_mechanism_filter"
#define DEF_LMTP_SASL_MECHANISM_FILTER	""
extern char   *var_lmtp_sasl_mechanism_filter;
#define VAR_LMTP_SASL_PASSWORD_MAPS	"lmtp_sasl_password_maps"
#define DEF_LMTP_SASL_PASSWORD_MAPS	""
extern char   *var_lmtp_sasl_password_maps;
#define VAR_LMTP_SASL_PATH	"lmtp_sasl_path"
#define DEF_LMTP_SASL_PATH	""
extern char   *var_lmtp_sasl_path;
#define VAR_LMTP_SASL_SECURITY_OPTIONS	"lmtp_sasl_security_options"
#define DEF_LMTP_SASL_SECURITY_OPTIONS	"noplaintext, noanonymous"
extern char   *var_lmtp_sasl_security_options;
#define VAR_LMTP_SASL_TLS_SECURITY_OPTIONS	"lmtp_sasl_tls_security_options"
#define DEF_LMTP_SASL_TLS_SECURITY_OPTIONS	"$lmtp_sasl_security_options"
extern char   *var_lmtp_sasl_tls_security_options;
#define VAR_LMTP_SASL_TLS_VERIFIED_SECURITY_OPTIONS	"lmtp_sasl_tls_verified_security_options"
#define DEF_LMTP_SASL_TLS_VERIFIED_SECURITY_OPTIONS	"$lmtp_sasl_tls_security_options"
extern char   *var_lmtp_sasl_tls_verified_security_options;
#define VAR_LMTP_SASL_TYPE	"lmtp_sasl_type"
#define DEF_LMTP_SASL_TYPE	"cyrus"
extern char   *var_lmtp_sasl_type;
#define VAR_LMTP_SEND_DUMMY_MAIL_AUTH	"lmtp_send_dummy_mail_auth"
#define DEF_LMTP_SEND_DUMMY_MAIL_AUTH	"no"
extern int var_lmtp_send_dummy_mail_auth;
#define VAR_LMTP_SEND_XFORWARD_COMMAND	"lmtp_send_xforward_command"
#define DEF_LMTP_SEND_XFORWARD_COMMAND	"no"
extern int var_lmtp_send_xforward_command;
#define VAR_LMTP_SENDER_DEPENDENT_AUTHENTICATION	"lmtp_sender_dependent_authentication"
#define DEF_LMTP_SENDER_DEPENDENT_AUTHENTICATION	"no"
extern int var_lmtp_sender_dependent_authentication;
#define VAR_LMTP_SKIP_5XX_GREETING	"lmtp_skip_5xx_greeting"
#define DEF_LMTP_SKIP_5XX_GREETING	"yes"
extern int var_lmtp_skip_5xx_greeting;
#define VAR_LMTP_SKIP_QUIT_RESPONSE	"lmtp_skip_quit_response"
#define DEF_LMTP_SKIP_QUIT_RESPONSE	"no"
extern int var_lmtp_skip_quit_response;
#define VAR_LMTP_STARTTLS_TIMEOUT	"lmtp_starttls_timeout"
#define DEF_LMTP_STARTTLS_TIMEOUT	"300s"
extern int var_lmtp_starttls_timeout;
#define VAR_LMTP_TCP_PORT	"lmtp_tcp_port"
#define DEF_LMTP_TCP_PORT	"24"
extern char   *var_lmtp_tcp_port;
#define VAR_LMTP_TLS_CAFILE	"lmtp_tls_CAfile"
#define DEF_LMTP_TLS_CAFILE	""
extern char   *var_lmtp_tls_CAfile;
#define VAR_LMTP_TLS_CAPATH	"lmtp_tls_CApath"
#define DEF_LMTP_TLS_CAPATH	""
extern char   *var_lmtp_tls_CApath;
#define VAR_LMTP_TLS_BLOCK_EARLY_MAIL_REPLY	"lmtp_tls_block_early_mail_reply"
#define DEF_LMTP_TLS_BLOCK_EARLY_MAIL_REPLY	"no"
extern int var_lmtp_tls_block_early_mail_reply;
#define VAR_LMTP_TLS_CERT_FILE	"lmtp_tls_cert_file"
#define DEF_LMTP_TLS_CERT_FILE	""
extern char   *var_lmtp_tls_cert_file;
#define VAR_LMTP_TLS_CHAIN_FILES	"lmtp_tls_chain_files"
#define DEF_LMTP_TLS_CHAIN_FILES	""
extern char   *var_lmtp_tls_chain_files;
#define VAR_LMTP_TLS_CIPHERS	"lmtp_tls_ciphers"
#define DEF_LMTP_TLS_CIPHERS	"medium"
extern char   *var_lmtp_tls_ciphers;
#define VAR_LMTP_TLS_CONNECTION_REUSE	"lmtp_tls_connection_reuse"
#define DEF_LMTP_TLS_CONNECTION_REUSE	"no"
extern int var_lmtp_tls_connection_reuse;
#define VAR_LMTP_TLS_DCERT_FILE	"lmtp_tls_dcert_file"
#define DEF_LMTP_TLS_DCERT_FILE	""
extern char   *var_lmtp_tls_dcert_file;
#define VAR_LMTP_TLS_DKEY_FILE	"lmtp_tls_dkey_file"
#define DEF_LMTP_TLS_DKEY_FILE	"$lmtp_tls_dcert_file"
extern char   *var_lmtp_tls_dkey_file;
#define VAR_LMTP_TLS_ECCERT_FILE	"lmtp_tls_eccert_file"
#define DEF_LMTP_TLS_ECCERT_FILE	""
extern char   *var_lmtp_tls_eccert_file;
#define VAR_LMTP_TLS_ECKEY_FILE	"lmtp_tls_eckey_file"
#define DEF_LMTP_TLS_ECKEY_FILE	"$lmtp_tls_eccert_file"
extern char   *var_lmtp_tls_eckey_file;
#define VAR_LMTP_TLS_ENFORCE_PEERNAME	"lmtp_tls_enforce_peername"
#define DEF_LMTP_TLS_ENFORCE_PEERNAME	"yes"
extern int var_lmtp_tls_enforce_peername;
#define VAR_LMTP_TLS_EXCLUDE_CIPHERS	"lmtp_tls_exclude_ciphers"
#define DEF_LMTP_TLS_EXCLUDE_CIPHERS	""
extern char   *var_lmtp_tls_exclude_ciphers;
#define VAR_LMTP_TLS_FINGERPRINT_CERT_MATCH	"lmtp_tls_fingerprint_cert_match"
#define DEF_LMTP_TLS_FINGERPRINT_CERT_MATCH	""
extern char   *var_lmtp_tls_fingerprint_cert_match;
#define VAR_LMTP_TLS_FINGERPRINT_DIGEST	"lmtp_tls_fingerprint_digest"
#define DEF_LMTP_TLS_FINGERPRINT_DIGEST	"${{$compatibility_level} <level {3.6} ? {md5} : {sha256}}"
extern char   *var_lmtp_tls_fingerprint_digest;
#define VAR_LMTP_TLS_FORCE_INSECURE_HOST_TLSA_LOOKUP	"lmtp_tls_force_insecure_host_tlsa_lookup"
#define DEF_LMTP_TLS_FORCE_INSECURE_HOST_TLSA_LOOKUP	"no"
extern int var_lmtp_tls_force_insecure_host_tlsa_lookup;
#define VAR_LMTP_TLS_KEY_FILE	"lmtp_tls_key_file"
#define DEF_LMTP_TLS_KEY_FILE	"$lmtp_tls_cert_file"
extern char   *var_lmtp_tls_key_file;
#define VAR_LMTP_TLS_LOGLEVEL	"lmtp_tls_loglevel"
#define DEF_LMTP_TLS_LOGLEVEL	"0"
extern char   *var_lmtp_tls_loglevel;
#define VAR_LMTP_TLS_MANDATORY_CIPHERS	"lmtp_tls_mandatory_ciphers"
#define DEF_LMTP_TLS_MANDATORY_CIPHERS	"medium"
extern char   *var_lmtp_tls_mandatory_ciphers;
#define VAR_LMTP_TLS_MANDATORY_EXCLUDE_CIPHERS	"lmtp_tls_mandatory_exclude_ciphers"
#define DEF_LMTP_TLS_MANDATORY_EXCLUDE_CIPHERS	""
extern char   *var_lmtp_tls_mandatory_exclude_ciphers;
#define VAR_LMTP_TLS_MANDATORY_PROTOCOLS	"lmtp_tls_mandatory_protocols"
#define DEF_LMTP_TLS_MANDATORY_PROTOCOLS	">=TLSv1"
extern char   *var_lmtp_tls_mandatory_protocols;
#define VAR_LMTP_TLS_NOTE_STARTTLS_OFFER	"lmtp_tls_note_starttls_offer"
#define DEF_LMTP_TLS_NOTE_STARTTLS_OFFER	"no"
extern int var_lmtp_tls_note_starttls_offer;
#define VAR_LMTP_TLS_PER_SITE	"lmtp_tls_per_site"
#define DEF_LMTP_TLS_PER_SITE	""
extern char   *var_lmtp_tls_per_site;
#define VAR_LMTP_TLS_POLICY_MAPS	"lmtp_tls_policy_maps"
#define DEF_LMTP_TLS_POLICY_MAPS	""
extern char   *var_lmtp_tls_policy_maps;
#define VAR_LMTP_TLS_PROTOCOLS	"lmtp_tls_protocols"
#define DEF_LMTP_TLS_PROTOCOLS	">=TLSv1"
extern char   *var_lmtp_tls_protocols;
#define VAR_LMTP_TLS_SCERT_VERIFYDEPTH	"lmtp_tls_scert_verifydepth"
#define DEF_LMTP_TLS_SCERT_VERIFYDEPTH	"9"
extern int var_lmtp_tls_scert_verifydepth;
#define VAR_LMTP_TLS_SECURE_CERT_MATCH	"lmtp_tls_secure_cert_match"
#define DEF_LMTP_TLS_SECURE_CERT_MATCH	"nexthop"
extern char   *var_lmtp_tls_secure_cert_match;
#define VAR_LMTP_TLS_SECURITY_LEVEL	"lmtp_tls_security_level"
#define DEF_LMTP_TLS_SECURITY_LEVEL	""
extern char   *var_lmtp_tls_security_level;
#define VAR_LMTP_TLS_SERVERNAME	"lmtp_tls_servername"
#define DEF_LMTP_TLS_SERVERNAME	""
extern char   *var_lmtp_tls_servername;
#define VAR_LMTP_TLS_SESSION_CACHE_DATABASE	"lmtp_tls_session_cache_database"
#define DEF_LMTP_TLS_SESSION_CACHE_DATABASE	""
extern char   *var_lmtp_tls_session_cache_database;
#define VAR_LMTP_TLS_SESSION_CACHE_TIMEOUT	"lmtp_tls_session_cache_timeout"
#define DEF_LMTP_TLS_SESSION_CACHE_TIMEOUT	"3600s"
extern int var_lmtp_tls_session_cache_timeout;
#define VAR_LMTP_TLS_TRUST_ANCHOR_FILE	"lmtp_tls_trust_anchor_file"
#define DEF_LMTP_TLS_TRUST_ANCHOR_FILE	""
extern char   *var_lmtp_tls_trust_anchor_file;
#define VAR_LMTP_TLS_VERIFY_CERT_MATCH	"lmtp_tls_verify_cert_match"
#define DEF_LMTP_TLS_VERIFY_CERT_MATCH	"hostname"
extern char   *var_lmtp_tls_verify_cert_match;
#define VAR_LMTP_TLS_WRAPPERMODE	"lmtp_tls_wrappermode"
#define DEF_LMTP_TLS_WRAPPERMODE	"no"
extern int var_lmtp_tls_wrappermode;
#define VAR_LMTP_USE_TLS	"lmtp_use_tls"
#define DEF_LMTP_USE_TLS	"no"
extern int var_lmtp_use_tls;
#define VAR_LMTP_XFORWARD_TIMEOUT	"lmtp_xforward_timeout"
#define DEF_LMTP_XFORWARD_TIMEOUT	"300s"
extern int var_lmtp_xforward_timeout;
#define VAR_IGNORE_MX_LOOKUP_ERROR	"ignore_mx_lookup_error"
#define DEF_IGNORE_MX_LOOKUP_ERROR	"no"
extern int var_ignore_mx_lookup_error;
#define VAR_DISABLE_DNS_LOOKUPS	"disable_dns_lookups"
#define DEF_DISABLE_DNS_LOOKUPS	"no"
extern int var_disable_dns_lookups;
#define VAR_DEBUG_PEER_LEVEL	"debug_peer_level"
#define DEF_DEBUG_PEER_LEVEL	"2"
extern int var_debug_peer_level;
#define VAR_DEBUG_PEER_LIST	"debug_peer_list"
#define DEF_DEBUG_PEER_LIST	""
extern char   *var_debug_peer_list;
#define VAR_SEND_CYRUS_SASL_AUTHZID	"send_cyrus_sasl_authzid"
#define DEF_SEND_CYRUS_SASL_AUTHZID	"no"
extern int var_send_cyrus_sasl_authzid;
#define VAR_TCP_WINDOWSIZE	"tcp_windowsize"
#define DEF_TCP_WINDOWSIZE	"0"
extern int var_tcp_windowsize;
#define VAR_BEST_MX_TRANSPORT	"best_mx_transport"
#define DEF_BEST_MX_TRANSPORT	""
extern char   *var_best_mx_transport;
#define VAR_DNS_NCACHE_TTL_FIX_ENABLE	"dns_ncache_ttl_fix_enable"
#define DEF_DNS_NCACHE_TTL_FIX_ENABLE	"no"
extern int var_dns_ncache_ttl_fix_enable;
#define VAR_DNSSEC_PROBE	"dnssec_probe"
#define DEF_DNSSEC_PROBE	"ns:."
extern char   *var_dnssec_probe;
#define VAR_DISABLE_MIME_OUTPUT_CONVERSION	"disable_mime_output_conversion"
#define DEF_DISABLE_MIME_OUTPUT_CONVERSION	"no"
extern int var_disable_mime_output_conversion;
extern const MAIL_PARAM params_smtp[];

 /*
  * params_scache.c: the scache(8) connection cache.
  */
#define VAR_CONNECTION_CACHE_PROTOCOL_TIMEOUT	"connection_cache_protocol_timeout"
#define DEF_CONNECTION_CACHE_PROTOCOL_TIMEOUT	"5s"
extern int var_connection_cache_protocol_timeout;
#define VAR_CONNECTION_CACHE_SERVICE_NAME	"connection_cache_service_name"
#define DEF_CONNECTION_CACHE_SERVICE_NAME	"scache"
extern char   *var_connection_cache_service_name;
#define VAR_CONNECTION_CACHE_STATUS_UPDATE_TIME	"connection_cache_status_update_time"
#define DEF_CONNECTION_CACHE_STATUS_UPDATE_TIME	"600s"
extern int var_connection_cache_status_update_time;
#define VAR_CONNECTION_CACHE_TTL_LIMIT	"connection_cache_ttl_limit"
#define DEF_CONNECTION_CACHE_TTL_LIMIT	"2s"
extern int var_connection_cache_ttl_limit;
extern const MAIL_PARAM params_scache[];

 /*
  * params_tls.c: the TLS library and tlsmgr(8).
  */
#define VAR_TLS_APPEND_DEFAULT_CA	"tls_append_default_CA"
#define DEF_TLS_APPEND_DEFAULT_CA	"no"
extern int var_tls_append_default_CA;
#define VAR_TLS_CONFIG_FILE	"tls_config_file"
#define DEF_TLS_CONFIG_FILE	"default"
extern char   *var_tls_config_file;
#define VAR_TLS_CONFIG_NAME	"tls_config_name"
#define DEF_TLS_CONFIG_NAME	""
extern char   *var_tls_config_name;
#define VAR_TLS_DAEMON_RANDOM_BYTES	"tls_daemon_random_bytes"
#define DEF_TLS_DAEMON_RANDOM_BYTES	"32"
extern int var_tls_daemon_random_bytes;
#define VAR_TLS_DANE_DIGESTS	"tls_dane_digests"
#define DEF_TLS_DANE_DIGESTS	"sha512 sha256"
extern char   *var_tls_dane_digests;
#define VAR_TLS_DISABLE_WORKAROUNDS	"tls_disable_workarounds"
#define DEF_TLS_DISABLE_WORKAROUNDS	""
extern char   *var_tls_disable_workarounds;
#define VAR_TLS_EECDH_AUTO_CURVES	"tls_eecdh_auto_curves"
#define DEF_TLS_EECDH_AUTO_CURVES	"X25519 X448 prime256v1 secp521r1 secp384r1"
extern char   *var_tls_eecdh_auto_curves;
#define VAR_TLS_EECDH_STRONG_CURVE	"tls_eecdh_strong_curve"
#define DEF_TLS_EECDH_STRONG_CURVE	"prime256v1"
extern char   *var_tls_eecdh_strong_curve;
#define VAR_TLS_EECDH_ULTRA_CURVE	"tls_eecdh_ultra_curve"
#define DEF_TLS_EECDH_ULTRA_CURVE	"secp384r1"
extern char   *var_tls_eecdh_ultra_curve;
#define VAR_TLS_EXPORT_CIPHERLIST	"tls_export_cipherlist"
#define DEF_TLS_EXPORT_CIPHERLIST	"aNULL:-aNULL:HIGH:MEDIUM:LOW:EXPORT:+RC4:@STRENGTH"
extern char   *var_tls_export_cipherlist;
#define VAR_TLS_FAST_SHUTDOWN_ENABLE	"tls_fast_shutdown_enable"
#define DEF_TLS_FAST_SHUTDOWN_ENABLE	"yes"
extern int var_tls_fast_shutdown_enable;
#define VAR_TLS_HIGH_CIPHERLIST	"tls_high_cipherlist"
#define DEF_TLS_HIGH_CIPHERLIST	"aNULL:-aNULL:HIGH:@STRENGTH"
extern char   *var_tls_high_cipherlist;
#define VAR_TLS_LEGACY_PUBLIC_KEY_FINGERPRINTS	"tls_legacy_public_key_fingerprints"
#define DEF_TLS_LEGACY_PUBLIC_KEY_FINGERPRINTS	"no"
extern int var_tls_legacy_public_key_fingerprints;
#define VAR_TLS_LOW_CIPHERLIST	"tls_low_cipherlist"
#define DEF_TLS_LOW_CIPHERLIST	"aNULL:-aNULL:HIGH:MEDIUM:LOW:+RC4:@STRENGTH"
extern char   *var_tls_low_cipherlist;
#define VAR_TLS_MEDIUM_CIPHERLIST	"tls_medium_cipherlist"
#define DEF_TLS_MEDIUM_CIPHERLIST	"aNULL:-aNULL:HIGH:MEDIUM:+RC4:@STRENGTH"
extern char   *var_tls_medium_cipherlist;
#define VAR_TLS_NULL_CIPHERLIST	"tls_null_cipherlist"
#define DEF_TLS_NULL_CIPHERLIST	"eNULL:!aNULL"
extern char   *var_tls_null_cipherlist;
#define VAR_TLS_PREEMPT_CIPHERLIST	"tls_preempt_cipherlist"
#define DEF_TLS_PREEMPT_CIPHERLIST	"no"
extern int var_tls_preempt_cipherlist;
#define VAR_TLS_RANDOM_BYTES	"tls_random_bytes"
#define DEF_TLS_RANDOM_BYTES	"32"
extern int var_tls_random_bytes;
#define VAR_TLS_RANDOM_EXCHANGE_NAME	"tls_random_exchange_name"
#define DEF_TLS_RANDOM_EXCHANGE_NAME	"${data_directory}/prng_exch"
extern char   *var_tls_random_exchange_name;
#define VAR_TLS_RANDOM_PRNG_UPDATE_PERIOD	"tls_random_prng_update_period"
#define DEF_TLS_RANDOM_PRNG_UPDATE_PERIOD	"3600s"
extern int var_tls_random_prng_update_period;
#define VAR_TLS_RANDOM_RESEED_PERIOD	"tls_random_reseed_period"
#define DEF_TLS_RANDOM_RESEED_PERIOD	"3600s"
extern int var_tls_random_reseed_period;
#define VAR_TLS_RANDOM_SOURCE	"tls_random_source"
#define DEF_TLS_RANDOM_SOURCE	"dev:/dev/urandom"
extern char   *var_tls_random_source;
#define VAR_TLS_SERVER_SNI_MAPS	"tls_server_sni_maps"
#define DEF_TLS_SERVER_SNI_MAPS	""
extern char   *var_tls_server_sni_maps;
#define VAR_TLS_SESSION_TICKET_CIPHER	"tls_session_ticket_cipher"
#define DEF_TLS_SESSION_TICKET_CIPHER	"aes-256-cbc"
extern char   *var_tls_session_ticket_cipher;
#define VAR_TLS_SSL_OPTIONS	"tls_ssl_options"
#define DEF_TLS_SSL_OPTIONS	""
extern char   *var_tls_ssl_options;
#define VAR_TLS_WILDCARD_MATCHES_MULTIPLE_LABELS	"tls_wildcard_matches_multiple_labels"
#define DEF_TLS_WILDCARD_MATCHES_MULTIPLE_LABELS	"yes"
extern int var_tls_wildcard_matches_multiple_labels;
#define VAR_TLSMGR_SERVICE_NAME	"tlsmgr_service_name"
#define DEF_TLSMGR_SERVICE_NAME	"tlsmgr"
extern char   *var_tlsmgr_service_name;
extern const MAIL_PARAM params_tls[];

 /*
  * Computed defaults (mail_params_fn.c).
  */
extern const char *mail_params_myhostname(void);
extern const char *mail_params_mydomain(void);
extern const char *mail_params_mynetworks(void);
extern const char *mail_params_process_id(void);
extern const char *mail_params_process_name(void);

#endif
