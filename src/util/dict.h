/*++
/* NAME
/*	dict 3h
/* SUMMARY
/*	lookup tables ("maps") by type:name
/* SYNOPSIS
/*	#include <dict.h>
/*--*/

#ifndef _DICT_H_INCLUDED_
#define _DICT_H_INCLUDED_

#include <sys_defs.h>
#include <vstring.h>

 /*
  * Limits. A lookup never allocates memory: a key that is folded to lower
  * case is copied into a buffer of DICT_KEY_MAX bytes (a longer key cannot
  * be in any table that mkmap(3) built, so it is simply not found), and a
  * value read from a file or produced by substitution goes into a buffer
  * of DICT_VALUE_MAX bytes owned by the table (a longer value is a lookup
  * error, reported once per lookup).
  */
#define DICT_KEY_MAX	1024
#define DICT_VALUE_MAX	8192

 /*
  * The generic table object. Each type embeds it as its first member.
  */
typedef struct DICT {
    char   *type;			/* as the user wrote it: "hash" */
    char   *name;			/* file name or inline text */
    int     flags;			/* DICT_FLAG_* */
    int     error;			/* DICT_ERR_* of the last operation */
    const char *(*lookup) (struct DICT *, const char *);
    int     (*sequence) (struct DICT *, int, const char **, const char **);
    void    (*close) (struct DICT *);
    VSTRING *fold_buf;			/* key folded to lower case */
} DICT;

 /*
  * dict_flags. The DUP flags say what to do with a duplicate key while a
  * table is built (postmap, texthash, inline). TRY0NULL/TRY1NULL: look up
  * keys without/with their terminating null byte. FIXED/PATTERN describe
  * the type (set by the type itself); FOLD_FIX folds keys of FIXED tables.
  */
#define DICT_FLAG_NONE		0
#define DICT_FLAG_DUP_WARN	(1<<0)	/* duplicate: warn, keep the first */
#define DICT_FLAG_DUP_IGNORE	(1<<1)	/* duplicate: keep the first, quietly */
#define DICT_FLAG_DUP_REPLACE	(1<<2)	/* duplicate: keep the last, quietly */
#define DICT_FLAG_TRY0NULL	(1<<3)	/* key without terminating null */
#define DICT_FLAG_TRY1NULL	(1<<4)	/* key with terminating null */
#define DICT_FLAG_FIXED		(1<<5)	/* fixed-string keys */
#define DICT_FLAG_PATTERN	(1<<6)	/* keys are patterns */
#define DICT_FLAG_FOLD_FIX	(1<<7)	/* fold keys of fixed tables */
#define DICT_FLAG_QUIET		(1<<8)	/* do not announce "read as cdb" */
#define DICT_FLAG_NO_REGSUB	(1<<9)	/* refuse $n in regexp results */

#define DICT_FLAG_DUP_MASK \
	(DICT_FLAG_DUP_WARN | DICT_FLAG_DUP_IGNORE | DICT_FLAG_DUP_REPLACE)
#define DICT_FLAG_NULL_MASK	(DICT_FLAG_TRY0NULL | DICT_FLAG_TRY1NULL)
#define DICT_FLAG_TYPE_MASK	(DICT_FLAG_FIXED | DICT_FLAG_PATTERN)

 /*
  * Lookup errors (dict->error). A lookup that returns a null pointer with
  * DICT_ERR_NONE means "not found".
  */
#define DICT_ERR_NONE		0	/* found, or not found */
#define DICT_ERR_RETRY		(-1)	/* temporary: I/O error */
#define DICT_ERR_CONFIG		(-2)	/* the table is unusable as is */

 /*
  * Sequential access (postmap -s).
  */
#define DICT_SEQ_FUN_FIRST	0
#define DICT_SEQ_FUN_NEXT	1

extern DICT *dict_open(const char *, int, int);
extern DICT *dict_try_open(const char *, int, int, VSTRING *);
extern const char *dict_get(DICT *, const char *);
extern int dict_seq(DICT *, int, const char **, const char **);
extern void dict_close(DICT *);
extern int dict_split_spec(const char *, VSTRING *, VSTRING *);
extern int dict_type_known(const char *);
extern const char *dict_file_type(const char *);
extern void dict_alias_notice(const char *, const char *);

 /*
  * For the type implementations.
  */
extern DICT *dict_alloc(const char *, const char *, size_t, int);
extern void dict_free(DICT *);

 /*
  * The types (one file each).
  */
typedef DICT *(*DICT_OPEN_FN) (const char *, const char *, int, int, VSTRING *);

extern DICT *dict_cdb_open(const char *, const char *, int, int, VSTRING *);
extern DICT *dict_thash_open(const char *, const char *, int, int, VSTRING *);
extern DICT *dict_inline_open(const char *, const char *, int, int, VSTRING *);
extern DICT *dict_static_open(const char *, const char *, int, int, VSTRING *);
extern DICT *dict_regexp_open(const char *, const char *, int, int, VSTRING *);
extern DICT *dict_cidr_open(const char *, const char *, int, int, VSTRING *);

 /*
  * In-memory fixed-string tables: texthash and inline share these.
  */
extern DICT *dict_thash_create(const char *, const char *, int);
extern int dict_thash_add(DICT *, const char *, const char *);

#define DICT_THASH_ADDED	0
#define DICT_THASH_KEPT		1	/* duplicate: the first one stays */
#define DICT_THASH_REPLACED	2	/* duplicate: the new one replaced it */

 /*
  * The source line format of postmap(1) and texthash: key whitespace value.
  */
extern const char *dict_line_split(char *, char **, char **);

#endif
