/*++
/* NAME
/*	params_common 3
/* SUMMARY
/*	parameters of every program
/* SYNOPSIS
/*	#include <mail_params.h>
/*
/*	extern const MAIL_PARAM params_common[];
/* DESCRIPTION
/*	The parameter table of every program, with the variables that
/*	mail_params_init() fills in. Names and defaults are those of
/*	Postfix, so that "postconf -d" shows what an administrator
/*	expects and copied main.cf files keep their meaning.
/*--*/

#include <sys_defs.h>

#include <mail_conf.h>
#include <mail_params.h>

char   *var_config_directory;
char   *var_queue_directory;
char   *var_command_directory;
char   *var_daemon_directory;
char   *var_data_directory;
char   *var_meta_directory;
char   *var_html_directory;
char   *var_readme_directory;
char   *var_manpage_directory;
char   *var_sendmail_path;
char   *var_newaliases_path;
char   *var_mailq_path;
char   *var_mail_owner;
char   *var_setgid_group;
char   *var_mail_name;
char   *var_mail_version;
char   *var_mail_release_date;
char   *var_myhostname;
char   *var_mydomain;
char   *var_myorigin;
char   *var_mydestination;
char   *var_mynetworks_style;
char   *var_inet_interfaces;
char   *var_inet_protocols;
char   *var_proxy_interfaces;
char   *var_syslog_facility;
char   *var_syslog_name;
char   *var_maillog_file;
char   *var_maillog_file_compressor;
char   *var_maillog_file_prefixes;
char   *var_maillog_file_rotate_suffix;
char   *var_postlog_service_name;
char   *var_import_environment;
char   *var_export_environment;
char   *var_compatibility_level;
char   *var_default_database_type;
char   *var_process_id_directory;
int     var_line_length_limit;
char   *var_multi_instance_directories;
int     var_multi_instance_enable;
char   *var_multi_instance_group;
char   *var_multi_instance_name;
char   *var_multi_instance_wrapper;
char   *var_debugger_command;
char   *var_openssl_path;
int     var_command_time_limit;
char   *var_process_id;
char   *var_process_name;
char   *var_service_name;
int     var_daemon_timeout;
int     var_ipc_timeout;
int     var_ipc_idle;
int     var_ipc_ttl;
int     var_max_idle;
int     var_max_use;
int     var_in_flow_delay;
int     var_application_event_drain_time;
int     var_daemon_table_open_error_is_fatal;
int     var_hash_queue_depth;
char   *var_hash_queue_names;
int     var_enable_long_queue_ids;
long    var_message_size_limit;
long    var_queue_minfree;
int     var_queue_file_attribute_count_limit;
int     var_smtputf8_enable;
char   *var_smtputf8_autodetect_classes;
int     var_strict_smtputf8;
int     var_enable_idna2003_compatibility;
char   *var_recipient_delimiter;
int     var_delay_logging_resolution_limit;
int     var_helpful_warnings;
int     var_fault_injection_code;
char   *var_stress;
int     var_trigger_timeout;
int     var_fork_attempts;
int     var_fork_delay;
char   *var_alternate_config_directories;
int     var_allow_min_user;
char   *var_parent_domain_matches_subdomains;
char   *var_default_delivery_status_filter;
char   *var_default_verp_delimiters;
char   *var_verp_delimiter_filter;
char   *var_pickup_service_name;
char   *var_queue_service_name;
char   *var_cleanup_service_name;
char   *var_bounce_service_name;
char   *var_defer_service_name;
char   *var_trace_service_name;
char   *var_error_service_name;
char   *var_showq_service_name;
char   *var_rewrite_service_name;
char   *var_flush_service_name;
char   *var_address_verify_service_name;
char   *var_proxymap_service_name;
char   *var_proxywrite_service_name;

const MAIL_PARAM params_common[] = {
    {VAR_CONFIG_DIRECTORY, PARAM_STR,
	DEF_CONFIG_DIRECTORY, 0, &var_config_directory, 0, 0},
    {VAR_QUEUE_DIRECTORY, PARAM_STR,
	DEF_QUEUE_DIRECTORY, 0, &var_queue_directory, 0, 0},
    {VAR_COMMAND_DIRECTORY, PARAM_STR,
	DEF_COMMAND_DIRECTORY, 0, &var_command_directory, 0, 0},
    {VAR_DAEMON_DIRECTORY, PARAM_STR,
	DEF_DAEMON_DIRECTORY, 0, &var_daemon_directory, 0, 0},
    {VAR_DATA_DIRECTORY, PARAM_STR,
	DEF_DATA_DIRECTORY, 0, &var_data_directory, 0, 0},
    {VAR_META_DIRECTORY, PARAM_STR,
	DEF_META_DIRECTORY, 0, &var_meta_directory, 0, 0},
    {VAR_HTML_DIRECTORY, PARAM_STR,
	DEF_HTML_DIRECTORY, 0, &var_html_directory, 0, 0},
    {VAR_README_DIRECTORY, PARAM_STR,
	DEF_README_DIRECTORY, 0, &var_readme_directory, 0, 0},
    {VAR_MANPAGE_DIRECTORY, PARAM_STR,
	DEF_MANPAGE_DIRECTORY, 0, &var_manpage_directory, 0, 0},
    {VAR_SENDMAIL_PATH, PARAM_STR,
	DEF_SENDMAIL_PATH, 0, &var_sendmail_path, 0, 0},
    {VAR_NEWALIASES_PATH, PARAM_STR,
	DEF_NEWALIASES_PATH, 0, &var_newaliases_path, 0, 0},
    {VAR_MAILQ_PATH, PARAM_STR, DEF_MAILQ_PATH, 0, &var_mailq_path, 0, 0},
    {VAR_MAIL_OWNER, PARAM_STR, DEF_MAIL_OWNER, 0, &var_mail_owner, 0, 0},
    {VAR_SETGID_GROUP, PARAM_STR,
	DEF_SETGID_GROUP, 0, &var_setgid_group, 0, 0},
    {VAR_MAIL_NAME, PARAM_STR, DEF_MAIL_NAME, 0, &var_mail_name, 0, 0},
    {VAR_MAIL_VERSION, PARAM_STR,
	DEF_MAIL_VERSION, 0, &var_mail_version, 0, 0},
    {VAR_MAIL_RELEASE_DATE, PARAM_STR,
	DEF_MAIL_RELEASE_DATE, 0, &var_mail_release_date, 0, 0},
    {VAR_MYHOSTNAME, PARAM_STR,
	0, mail_params_myhostname, &var_myhostname, 0, 0},
    {VAR_MYDOMAIN, PARAM_STR, 0, mail_params_mydomain, &var_mydomain, 0, 0},
    {VAR_MYORIGIN, PARAM_STR, DEF_MYORIGIN, 0, &var_myorigin, 0, 0},
    {VAR_MYDESTINATION, PARAM_STR,
	DEF_MYDESTINATION, 0, &var_mydestination, 0, 0},
    {VAR_MYNETWORKS, PARAM_STR,		/* computed where it is expanded */
	0, mail_params_mynetworks, 0, 0, 0},
    {VAR_MYNETWORKS_STYLE, PARAM_STR,
	DEF_MYNETWORKS_STYLE, 0, &var_mynetworks_style, 0, 0},
    {VAR_INET_INTERFACES, PARAM_STR,
	DEF_INET_INTERFACES, 0, &var_inet_interfaces, 0, 0},
    {VAR_INET_PROTOCOLS, PARAM_STR,
	DEF_INET_PROTOCOLS, 0, &var_inet_protocols, 0, 0},
    {VAR_PROXY_INTERFACES, PARAM_STR,
	DEF_PROXY_INTERFACES, 0, &var_proxy_interfaces, 0, 0},
    {VAR_SYSLOG_FACILITY, PARAM_STR,
	DEF_SYSLOG_FACILITY, 0, &var_syslog_facility, 0, 0},
    {VAR_SYSLOG_NAME, PARAM_STR, DEF_SYSLOG_NAME, 0, &var_syslog_name, 0, 0},
    {VAR_MAILLOG_FILE, PARAM_STR,
	DEF_MAILLOG_FILE, 0, &var_maillog_file, 0, 0},
    {VAR_MAILLOG_FILE_COMPRESSOR, PARAM_STR,
	DEF_MAILLOG_FILE_COMPRESSOR, 0, &var_maillog_file_compressor, 0, 0},
    {VAR_MAILLOG_FILE_PREFIXES, PARAM_STR,
	DEF_MAILLOG_FILE_PREFIXES, 0, &var_maillog_file_prefixes, 0, 0},
    {VAR_MAILLOG_FILE_ROTATE_SUFFIX, PARAM_STR,
	DEF_MAILLOG_FILE_ROTATE_SUFFIX, 0,
	&var_maillog_file_rotate_suffix, 0, 0},
    {VAR_POSTLOG_SERVICE_NAME, PARAM_STR,
	DEF_POSTLOG_SERVICE_NAME, 0, &var_postlog_service_name, 0, 0},
    {VAR_IMPORT_ENVIRONMENT, PARAM_STR,
	DEF_IMPORT_ENVIRONMENT, 0, &var_import_environment, 0, 0},
    {VAR_EXPORT_ENVIRONMENT, PARAM_STR,
	DEF_EXPORT_ENVIRONMENT, 0, &var_export_environment, 0, 0},
    {VAR_COMPATIBILITY_LEVEL, PARAM_STR,
	DEF_COMPATIBILITY_LEVEL, 0, &var_compatibility_level, 0, 0},
    {VAR_DEFAULT_DATABASE_TYPE, PARAM_STR,
	DEF_DEFAULT_DATABASE_TYPE, 0, &var_default_database_type, 0, 0},
    {VAR_PROCESS_ID_DIRECTORY, PARAM_STR,
	DEF_PROCESS_ID_DIRECTORY, 0, &var_process_id_directory, 0, 0},
    {VAR_LINE_LENGTH_LIMIT, PARAM_INT,
	DEF_LINE_LENGTH_LIMIT, 0, &var_line_length_limit, 512, 0},
    {VAR_MULTI_INSTANCE_DIRECTORIES, PARAM_STR,
	DEF_MULTI_INSTANCE_DIRECTORIES, 0,
	&var_multi_instance_directories, 0, 0},
    {VAR_MULTI_INSTANCE_ENABLE, PARAM_BOOL,
	DEF_MULTI_INSTANCE_ENABLE, 0, &var_multi_instance_enable, 0, 0},
    {VAR_MULTI_INSTANCE_GROUP, PARAM_STR,
	DEF_MULTI_INSTANCE_GROUP, 0, &var_multi_instance_group, 0, 0},
    {VAR_MULTI_INSTANCE_NAME, PARAM_STR,
	DEF_MULTI_INSTANCE_NAME, 0, &var_multi_instance_name, 0, 0},
    {VAR_MULTI_INSTANCE_WRAPPER, PARAM_STR,
	DEF_MULTI_INSTANCE_WRAPPER, 0, &var_multi_instance_wrapper, 0, 0},
    {VAR_DEBUGGER_COMMAND, PARAM_RAW,
	DEF_DEBUGGER_COMMAND, 0, &var_debugger_command, 0, 0},
    {VAR_OPENSSL_PATH, PARAM_STR,
	DEF_OPENSSL_PATH, 0, &var_openssl_path, 0, 0},
    {VAR_COMMAND_TIME_LIMIT, PARAM_TIME,
	DEF_COMMAND_TIME_LIMIT, 0, &var_command_time_limit, 0, 0},
    {VAR_PROCESS_ID, PARAM_STR,
	0, mail_params_process_id, &var_process_id, 0, 0},
    {VAR_PROCESS_NAME, PARAM_STR,
	0, mail_params_process_name, &var_process_name, 0, 0},
    {VAR_SERVICE_NAME, PARAM_STR,
	DEF_SERVICE_NAME, 0, &var_service_name, 0, 0},
    {VAR_DAEMON_TIMEOUT, PARAM_TIME,
	DEF_DAEMON_TIMEOUT, 0, &var_daemon_timeout, 1, 0},
    {VAR_IPC_TIMEOUT, PARAM_TIME, DEF_IPC_TIMEOUT, 0, &var_ipc_timeout, 1, 0},
    {VAR_IPC_IDLE, PARAM_TIME, DEF_IPC_IDLE, 0, &var_ipc_idle, 1, 0},
    {VAR_IPC_TTL, PARAM_TIME, DEF_IPC_TTL, 0, &var_ipc_ttl, 1, 0},
    {VAR_MAX_IDLE, PARAM_TIME, DEF_MAX_IDLE, 0, &var_max_idle, 1, 0},
    {VAR_MAX_USE, PARAM_INT, DEF_MAX_USE, 0, &var_max_use, 1, 0},
    {VAR_IN_FLOW_DELAY, PARAM_TIME,
	DEF_IN_FLOW_DELAY, 0, &var_in_flow_delay, 0, 0},
    {VAR_APPLICATION_EVENT_DRAIN_TIME, PARAM_TIME,
	DEF_APPLICATION_EVENT_DRAIN_TIME, 0,
	&var_application_event_drain_time, 0, 0},
    {VAR_DAEMON_TABLE_OPEN_ERROR_IS_FATAL, PARAM_BOOL,
	DEF_DAEMON_TABLE_OPEN_ERROR_IS_FATAL, 0,
	&var_daemon_table_open_error_is_fatal, 0, 0},
    {VAR_HASH_QUEUE_DEPTH, PARAM_INT,
	DEF_HASH_QUEUE_DEPTH, 0, &var_hash_queue_depth, 1, 16},
    {VAR_HASH_QUEUE_NAMES, PARAM_STR,
	DEF_HASH_QUEUE_NAMES, 0, &var_hash_queue_names, 0, 0},
    {VAR_ENABLE_LONG_QUEUE_IDS, PARAM_BOOL,
	DEF_ENABLE_LONG_QUEUE_IDS, 0, &var_enable_long_queue_ids, 0, 0},
    {VAR_MESSAGE_SIZE_LIMIT, PARAM_LONG,
	DEF_MESSAGE_SIZE_LIMIT, 0, &var_message_size_limit, 0, 0},
    {VAR_QUEUE_MINFREE, PARAM_LONG,
	DEF_QUEUE_MINFREE, 0, &var_queue_minfree, 0, 0},
    {VAR_QUEUE_FILE_ATTRIBUTE_COUNT_LIMIT, PARAM_INT,
	DEF_QUEUE_FILE_ATTRIBUTE_COUNT_LIMIT, 0,
	&var_queue_file_attribute_count_limit, 0, 0},
    {VAR_SMTPUTF8_ENABLE, PARAM_BOOL,
	DEF_SMTPUTF8_ENABLE, 0, &var_smtputf8_enable, 0, 0},
    {VAR_SMTPUTF8_AUTODETECT_CLASSES, PARAM_STR,
	DEF_SMTPUTF8_AUTODETECT_CLASSES, 0,
	&var_smtputf8_autodetect_classes, 0, 0},
    {VAR_STRICT_SMTPUTF8, PARAM_BOOL,
	DEF_STRICT_SMTPUTF8, 0, &var_strict_smtputf8, 0, 0},
    {VAR_ENABLE_IDNA2003_COMPATIBILITY, PARAM_BOOL,
	DEF_ENABLE_IDNA2003_COMPATIBILITY, 0,
	&var_enable_idna2003_compatibility, 0, 0},
    {VAR_RECIPIENT_DELIMITER, PARAM_STR,
	DEF_RECIPIENT_DELIMITER, 0, &var_recipient_delimiter, 0, 0},
    {VAR_DELAY_LOGGING_RESOLUTION_LIMIT, PARAM_INT,
	DEF_DELAY_LOGGING_RESOLUTION_LIMIT, 0,
	&var_delay_logging_resolution_limit, 0, 6},
    {VAR_HELPFUL_WARNINGS, PARAM_BOOL,
	DEF_HELPFUL_WARNINGS, 0, &var_helpful_warnings, 0, 0},
    {VAR_FAULT_INJECTION_CODE, PARAM_INT,
	DEF_FAULT_INJECTION_CODE, 0, &var_fault_injection_code, 0, 0},
    {VAR_STRESS, PARAM_STR, DEF_STRESS, 0, &var_stress, 0, 0},
    {VAR_TRIGGER_TIMEOUT, PARAM_TIME,
	DEF_TRIGGER_TIMEOUT, 0, &var_trigger_timeout, 1, 0},
    {VAR_FORK_ATTEMPTS, PARAM_INT,
	DEF_FORK_ATTEMPTS, 0, &var_fork_attempts, 1, 0},
    {VAR_FORK_DELAY, PARAM_TIME, DEF_FORK_DELAY, 0, &var_fork_delay, 1, 0},
    {VAR_ALTERNATE_CONFIG_DIRECTORIES, PARAM_STR,
	DEF_ALTERNATE_CONFIG_DIRECTORIES, 0,
	&var_alternate_config_directories, 0, 0},
    {VAR_ALLOW_MIN_USER, PARAM_BOOL,
	DEF_ALLOW_MIN_USER, 0, &var_allow_min_user, 0, 0},
    {VAR_PARENT_DOMAIN_MATCHES_SUBDOMAINS, PARAM_STR,
	DEF_PARENT_DOMAIN_MATCHES_SUBDOMAINS, 0,
	&var_parent_domain_matches_subdomains, 0, 0},
    {VAR_DEFAULT_DELIVERY_STATUS_FILTER, PARAM_STR,
	DEF_DEFAULT_DELIVERY_STATUS_FILTER, 0,
	&var_default_delivery_status_filter, 0, 0},
    {VAR_DEFAULT_VERP_DELIMITERS, PARAM_STR,
	DEF_DEFAULT_VERP_DELIMITERS, 0, &var_default_verp_delimiters, 0, 0},
    {VAR_VERP_DELIMITER_FILTER, PARAM_STR,
	DEF_VERP_DELIMITER_FILTER, 0, &var_verp_delimiter_filter, 0, 0},
    {VAR_PICKUP_SERVICE_NAME, PARAM_STR,
	DEF_PICKUP_SERVICE_NAME, 0, &var_pickup_service_name, 0, 0},
    {VAR_QUEUE_SERVICE_NAME, PARAM_STR,
	DEF_QUEUE_SERVICE_NAME, 0, &var_queue_service_name, 0, 0},
    {VAR_CLEANUP_SERVICE_NAME, PARAM_STR,
	DEF_CLEANUP_SERVICE_NAME, 0, &var_cleanup_service_name, 0, 0},
    {VAR_BOUNCE_SERVICE_NAME, PARAM_STR,
	DEF_BOUNCE_SERVICE_NAME, 0, &var_bounce_service_name, 0, 0},
    {VAR_DEFER_SERVICE_NAME, PARAM_STR,
	DEF_DEFER_SERVICE_NAME, 0, &var_defer_service_name, 0, 0},
    {VAR_TRACE_SERVICE_NAME, PARAM_STR,
	DEF_TRACE_SERVICE_NAME, 0, &var_trace_service_name, 0, 0},
    {VAR_ERROR_SERVICE_NAME, PARAM_STR,
	DEF_ERROR_SERVICE_NAME, 0, &var_error_service_name, 0, 0},
    {VAR_SHOWQ_SERVICE_NAME, PARAM_STR,
	DEF_SHOWQ_SERVICE_NAME, 0, &var_showq_service_name, 0, 0},
    {VAR_REWRITE_SERVICE_NAME, PARAM_STR,
	DEF_REWRITE_SERVICE_NAME, 0, &var_rewrite_service_name, 0, 0},
    {VAR_FLUSH_SERVICE_NAME, PARAM_STR,
	DEF_FLUSH_SERVICE_NAME, 0, &var_flush_service_name, 0, 0},
    {VAR_ADDRESS_VERIFY_SERVICE_NAME, PARAM_STR,
	DEF_ADDRESS_VERIFY_SERVICE_NAME, 0,
	&var_address_verify_service_name, 0, 0},
    {VAR_PROXYMAP_SERVICE_NAME, PARAM_STR,
	DEF_PROXYMAP_SERVICE_NAME, 0, &var_proxymap_service_name, 0, 0},
    {VAR_PROXYWRITE_SERVICE_NAME, PARAM_STR,
	DEF_PROXYWRITE_SERVICE_NAME, 0, &var_proxywrite_service_name, 0, 0},
    {0},
};
