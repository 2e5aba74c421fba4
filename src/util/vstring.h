/*++
/* NAME
/*	vstring 3h
/* SUMMARY
/*	strings with a length, growable or fixed-capacity
/* SYNOPSIS
/*	#include <vstring.h>
/*--*/

#ifndef _VSTRING_H_INCLUDED_
#define _VSTRING_H_INCLUDED_

#include <sys_defs.h>
#include <stdarg.h>

typedef struct VSTRING {
    char   *data;			/* always null-terminated */
    size_t  len;			/* bytes used, excluding null */
    size_t  cap;			/* bytes available, excluding null */
    int     flags;
} VSTRING;

#define VSTRING_FLAG_FIXED	(1<<0)	/* never grows: truncate */
#define VSTRING_FLAG_OWNED	(1<<1)	/* data was allocated here */
#define VSTRING_FLAG_OVERFLOW	(1<<2)	/* something was truncated */
#define VSTRING_FLAG_PAGES	(1<<3)	/* data has pages of its own */

#define VSTRING_PAGE_SIZE	4096	/* from this capacity on, FLAG_PAGES */

#define vstring_str(vp)		((vp)->data)
#define VSTRING_LEN(vp)		((vp)->len)
#define vstring_end(vp)		((vp)->data + (vp)->len)
#define vstring_overflowed(vp)	((vp)->flags & VSTRING_FLAG_OVERFLOW)

extern VSTRING *vstring_alloc(size_t);
extern VSTRING *vstring_fixed(size_t);
extern void vstring_init_mem(VSTRING *, char *, size_t);
extern void vstring_free(VSTRING *);
extern void vstring_reset(VSTRING *);
extern void vstring_truncate(VSTRING *, size_t);
extern int vstring_addch(VSTRING *, int);
extern int vstring_memcat(VSTRING *, const void *, size_t);
extern int vstring_memcpy(VSTRING *, const void *, size_t);
extern int vstring_strcat(VSTRING *, const char *);
extern int vstring_strcpy(VSTRING *, const char *);
extern int vstring_strncat(VSTRING *, const char *, size_t);
extern int vstring_strncpy(VSTRING *, const char *, size_t);
extern int PRINTFLIKE(2, 3) vstring_sprintf(VSTRING *, const char *,...);
extern int PRINTFLIKE(2, 3) vstring_sprintf_append(VSTRING *, const char *,...);
extern int vstring_vsprintf_append(VSTRING *, const char *, va_list);
extern char *vstring_export(VSTRING *);

#endif
