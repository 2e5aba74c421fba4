/*++
/* NAME
/*	mail_conf 3h
/* SUMMARY
/*	main.cf reader and parameter evaluation
/* SYNOPSIS
/*	#include <mail_conf.h>
/*--*/

#ifndef _MAIL_CONF_H_INCLUDED_
#define _MAIL_CONF_H_INCLUDED_

#include <sys_defs.h>
#include <htable.h>
#include <vstring.h>
#include <argv.h>
#include <stdio.h>

 /*
  * Parameter tables. Each program has one table of the parameters it
  * uses (src/global/params_*.c); postconf lists the union of all tables
  * (mail_params_tables), so "postconf -d" is generated, never hand-listed.
  */
typedef enum {
    PARAM_STR,				/* string, $name expanded */
    PARAM_RAW,				/* string, not expanded */
    PARAM_INT,				/* int, with optional bounds */
    PARAM_LONG,				/* long (sizes), with optional bounds */
    PARAM_BOOL,				/* yes/no (also true/false) */
    PARAM_TIME,				/* seconds; suffix s/m/h/d/w, default
					 * unit is the suffix of the default */
} PARAM_TYPE;

typedef struct MAIL_PARAM {
    const char *name;			/* parameter name */
    PARAM_TYPE type;
    const char *defval;			/* default, as postconf -d shows it */
    const char *(*defval_fn) (void);	/* computed default, or null */
    void   *target;			/* char **, int *, long *, or null */
    long    min;			/* lower bound (0: none, but >= 0) */
    long    max;			/* upper bound (0: none) */
} MAIL_PARAM;

extern const MAIL_PARAM *const mail_params_tables[];	/* null-terminated */

 /*
  * Per-transport parameters: their names are a master.cf service name
  * followed by one of these suffixes ("smtp" + "_destination_concurrency_
  * limit"). mail_params_transport applies to every delivery agent service,
  * mail_params_transport_pipe to pipe(8) services only.
  * mail_params_transport_int() and _str() give the value for a transport
  * (main.cf, else the suffix's default), expanded and checked.
  */
extern const MAIL_PARAM mail_params_transport[];
extern const MAIL_PARAM mail_params_transport_pipe[];
extern int mail_params_delivery_agent(const char *);
extern int mail_params_transport_int(const char *, const char *);
extern char *mail_params_transport_str(const char *, const char *);

 /*
  * Reading main.cf. The configuration directory is, in order: the
  * directory given with mail_conf_set_dir() (-c option), $MAIL_CONFIG,
  * the built-in default (DEF_CONFIG_DIR). mail_conf_read_stream() reads
  * an open stream and returns -1 with a reason (path, line and text) for
  * a malformed line instead of exiting.
  */
extern void mail_conf_set_dir(const char *);
extern const char *mail_conf_dir(void);
extern void mail_conf_read(void);
extern int mail_conf_read_file(const char *, HTABLE *);
extern int mail_conf_read_stream(FILE *, const char *, HTABLE *, VSTRING *);

 /*
  * A set-id program takes a configuration directory other than the
  * default only when the default main.cf (the file given) lists it in
  * alternate_config_directories or multi_instance_directories.
  */
extern int mail_conf_dir_listed(const char *, const char *);

 /*
  * The main.cf dictionary: raw values from main.cf and from -o overrides.
  */
extern HTABLE *mail_conf_dict;		/* name -> char * raw value */
extern void mail_conf_update(const char *, const char *);
extern const char *mail_conf_lookup(const char *);

 /*
  * Evaluation. mail_conf_eval() expands $name, ${name}, $(name),
  * ${name?value}, ${name:value}, ${name?{value}:{value}} against the
  * dictionary, falling back to table defaults; the result is a private
  * copy (myfree()); bad syntax or a reference loop is fatal.
  * mail_conf_expand() does the same into a buffer and never exits: it
  * returns MAC_EXP_* bits (mac_expand.h), adds the undefined names it met
  * to undef (unless null) and puts the reason for an error in why.
  * mail_conf_default() returns the default of a known parameter (computed
  * ones included), or null.
  */
extern char *mail_conf_eval(const char *);
extern int mail_conf_expand(VSTRING *, const char *, ARGV *, VSTRING *);
extern const char *mail_conf_default(const char *);
extern const MAIL_PARAM *mail_params_find(const char *);

 /*
  * Converting and storing: every parameter of a table gets its value
  * (main.cf, else default), expanded and converted, into its target. A
  * bad value is fatal with Postfix's wording. PARAM_INT, PARAM_BOOL and
  * PARAM_TIME store an int, PARAM_LONG a long, strings a char *.
  * mail_conv_*() convert one value: 1 on success, 0 when it is malformed
  * or out of range. mail_params_time_unit() is the unit of a time
  * parameter's default ('s' when it has none). mail_params_convert()
  * converts, checks and stores one expanded value (target may be null).
  */
extern void mail_params_init(const MAIL_PARAM *);
extern int mail_conv_time(const char *, int, long *);
extern int mail_conv_bool(const char *, int *);
extern int mail_conv_long(const char *, long *);
extern int mail_params_time_unit(const MAIL_PARAM *);
extern void mail_params_convert(const MAIL_PARAM *, const char *,
				        const char *, void *);

#endif
