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
    long    min;			/* lower bound (0: none) */
    long    max;			/* upper bound (0: none) */
} MAIL_PARAM;

extern const MAIL_PARAM *const mail_params_tables[];	/* null-terminated */

 /*
  * Reading main.cf. The configuration directory is, in order: the
  * directory given with mail_conf_set_dir() (-c option), $MAIL_CONFIG,
  * the built-in default (DEF_CONFIG_DIR).
  */
extern void mail_conf_set_dir(const char *);
extern const char *mail_conf_dir(void);
extern void mail_conf_read(void);
extern int mail_conf_read_file(const char *, HTABLE *);

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
  * copy (myfree()). mail_conf_default() returns the default of a known
  * parameter (computed ones included), or null.
  */
extern char *mail_conf_eval(const char *);
extern const char *mail_conf_default(const char *);
extern const MAIL_PARAM *mail_params_find(const char *);

 /*
  * Converting and storing: every parameter of a table gets its value
  * (main.cf, else default), expanded and converted, into its target. A
  * bad value is fatal with Postfix's wording.
  */
extern void mail_params_init(const MAIL_PARAM *);
extern int mail_conv_time(const char *, int, long *);
extern int mail_conv_bool(const char *, int *);

#endif
