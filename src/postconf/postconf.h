/*++
/* NAME
/*	postconf 3h
/* SUMMARY
/*	postconf(1) internal interfaces
/* SYNOPSIS
/*	#include "postconf.h"
/*--*/

#ifndef _POSTCONF_H_INCLUDED_
#define _POSTCONF_H_INCLUDED_

#include <sys_defs.h>
#include <stdio.h>
#include <argv.h>
#include <htable.h>
#include <vstring.h>
#include <master_ent.h>

 /*
  * Command-line flags, one bit per option.
  */
#define POSTCONF_FLAG_DEFAULT	(1<<0)	/* -d: defaults */
#define POSTCONF_FLAG_NONDEF	(1<<1)	/* -n: main.cf settings only */
#define POSTCONF_FLAG_HIDE_NAME	(1<<2)	/* -h: values only */
#define POSTCONF_FLAG_HIDE_VALUE (1<<3)	/* -H: names only */
#define POSTCONF_FLAG_EXPAND	(1<<4)	/* -x: expand $name */
#define POSTCONF_FLAG_FOLD	(1<<5)	/* -f: fold long lines */
#define POSTCONF_FLAG_EDIT	(1<<6)	/* -e: set */
#define POSTCONF_FLAG_EXCLUDE	(1<<7)	/* -X: remove */
#define POSTCONF_FLAG_COMMENT	(1<<8)	/* -#: comment out */
#define POSTCONF_FLAG_MASTER	(1<<9)	/* -M: master.cf entries */
#define POSTCONF_FLAG_FIELD	(1<<10)	/* -F: master.cf fields */
#define POSTCONF_FLAG_PARAM	(1<<11)	/* -P: master.cf -o parameters */

#define POSTCONF_FLAG_ANY_EDIT \
	(POSTCONF_FLAG_EDIT | POSTCONF_FLAG_EXCLUDE | POSTCONF_FLAG_COMMENT)
#define POSTCONF_FLAG_ANY_MASTER \
	(POSTCONF_FLAG_MASTER | POSTCONF_FLAG_FIELD | POSTCONF_FLAG_PARAM)

 /*
  * postconf_param: every parameter name that postconf knows. Built-in
  * ones come from the programs' parameter tables, service-defined ones
  * from master.cf service names (relay_destination_concurrency_limit),
  * user-defined ones are main.cf names that another value uses as $name.
  */
#define POSTCONF_PARAM_BUILTIN	1
#define POSTCONF_PARAM_SERVICE	2
#define POSTCONF_PARAM_USER	3

typedef struct POSTCONF_PARAM {
    int     kind;			/* POSTCONF_PARAM_* */
    char   *defval;			/* service-defined: its default */
} POSTCONF_PARAM;

extern void postconf_param_init(void);
extern void postconf_param_add(const char *, int, const char *);
extern POSTCONF_PARAM *postconf_param_find(const char *);
extern const char *postconf_param_default(const char *, POSTCONF_PARAM *);
extern HTABLE_INFO **postconf_param_list(void);

 /*
  * postconf_refs: find $name references in a value.
  */
typedef void (*POSTCONF_REFS_FN) (const char *, void *);
extern void postconf_refs(const char *, POSTCONF_REFS_FN, void *);

 /*
  * postconf_print: output with Postfix's layout, optionally folded.
  */
#define POSTCONF_MAIN_LIMIT	80	/* longest folded main.cf line */
#define POSTCONF_MASTER_LIMIT	79	/* longest folded master.cf line */
#define POSTCONF_INDENT		"    "	/* continuation line indent */

typedef struct POSTCONF_LINE {
    VSTRING *buf;			/* text so far */
    int     fold;			/* break long lines */
    size_t  limit;			/* longest line when folding */
} POSTCONF_LINE;

extern void postconf_line_init(POSTCONF_LINE *, VSTRING *, int, size_t);
extern void postconf_line_word(POSTCONF_LINE *, const char *, int);
extern void postconf_print_param(int, const char *, const char *);

 /*
  * postconf_master: master.cf as postconf sees it.
  */
typedef struct POSTCONF_MASTER {
    MASTER_ENT *ent;			/* parsed fields */
    char   *name;			/* service/type */
    ARGV   *words;			/* command and arguments */
    int    *word_opt;			/* per word: -o index, or -1 */
    ARGV   *opt_names;			/* -o names, in order */
    ARGV   *opt_values;			/* -o values, in order */
} POSTCONF_MASTER;

extern POSTCONF_MASTER **postconf_master_table;
extern int postconf_master_count;
extern const char *postconf_master_path(void);
extern int postconf_master_read(int);
extern POSTCONF_MASTER *postconf_master_parse(const char *, int, const char **);
extern void postconf_master_free(POSTCONF_MASTER *);
extern void postconf_master_format(VSTRING *, POSTCONF_MASTER *, int);
extern int postconf_master_field_index(const char *);
extern ARGV *postconf_master_request(const char *, int);
extern void postconf_master_show_entries(int, char **);
extern void postconf_master_show_fields(int, char **);
extern void postconf_master_show_params(int, char **);

 /*
  * postconf_service: parameters that master.cf service names create.
  */
extern void postconf_service_register(void);

 /*
  * postconf_unused: user-defined names, unused and undefined warnings.
  */
extern void postconf_unused_register(void);
extern void postconf_unused_warn_main(void);
extern void postconf_unused_warn_master(void);

 /*
  * postconf_main: main.cf parameter display.
  */
extern const char *postconf_main_path(void);
extern void postconf_main_show(int, char **);

 /*
  * postconf_edit: main.cf rewrites; postconf_medit: master.cf rewrites.
  */
extern void postconf_edit_main(int, char **);
extern void postconf_medit(int, char **);

#endif
