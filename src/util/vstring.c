/*++
/* NAME
/*	vstring 3
/* SUMMARY
/*	strings with a length, growable or fixed-capacity
/* SYNOPSIS
/*	#include <vstring.h>
/*
/*	VSTRING	*vstring_alloc(len)
/*	VSTRING	*vstring_fixed(cap)
/*	void	vstring_init_mem(vp, mem, memlen)
/*	void	vstring_free(vp)
/*
/*	int	vstring_addch(vp, ch)
/*	int	vstring_memcat(vp, data, len)
/*	int	vstring_strcpy(vp, str)
/*	int	vstring_sprintf(vp, format, ...)
/*	...
/* DESCRIPTION
/*	A VSTRING holds bytes and a length, and is always
/*	null-terminated. It comes in two kinds:
/*
/*	vstring_alloc() makes a growable string, for start-up work and
/*	the command-line tools.
/*
/*	vstring_fixed() allocates its capacity once and never grows;
/*	a capacity of a page or more gets pages of its own
/*	(mymalloc_pages()), so that it costs memory only as far as it
/*	is filled. vstring_init_mem() wraps caller-owned memory (for example a
/*	pool(3) object) in the same way. These are the bounded buffers
/*	the daemons use on per-message paths: what does not fit is
/*	truncated and the string is marked overflowed
/*	(vstring_overflowed()), so that the caller can refuse or
/*	truncate the input as Postfix does.
/*
/*	The modifying functions return 0, or -1 when the result was
/*	truncated.
/*
/*	vstring_export() hands the data of a growable string to the
/*	caller (free with myfree()) and frees the rest.
/*--*/

#include <sys_defs.h>
#include <stdio.h>
#include <string.h>

#include <msg.h>
#include <mymalloc.h>
#include <vstring.h>

/* vstring_alloc - growable string */

VSTRING *vstring_alloc(size_t len)
{
    VSTRING *vp = mymalloc(sizeof(*vp));

    if (len < 1)
	len = 1;
    vp->data = mymalloc(len + 1);
    vp->data[0] = 0;
    vp->len = 0;
    vp->cap = len;
    vp->flags = VSTRING_FLAG_OWNED;
    return (vp);
}

/* vstring_fixed - fixed-capacity string */

VSTRING *vstring_fixed(size_t cap)
{
    VSTRING *vp;

    if (cap < VSTRING_PAGE_SIZE) {
	vp = vstring_alloc(cap);
	vp->flags |= VSTRING_FLAG_FIXED;
	return (vp);
    }
    vp = mymalloc(sizeof(*vp));
    vp->data = mymalloc_pages(cap + 1);		/* zero-filled: untouched */
    vp->len = 0;
    vp->cap = cap;
    vp->flags = VSTRING_FLAG_OWNED | VSTRING_FLAG_FIXED | VSTRING_FLAG_PAGES;
    return (vp);
}

/* vstring_init_mem - fixed string in caller-owned memory */

void    vstring_init_mem(VSTRING *vp, char *mem, size_t memlen)
{
    if (memlen < 1)
	msg_panic("vstring_init_mem: bad length %lu", (unsigned long) memlen);
    vp->data = mem;
    vp->data[0] = 0;
    vp->len = 0;
    vp->cap = memlen - 1;
    vp->flags = VSTRING_FLAG_FIXED;
}

/* vstring_free - release a string */

void    vstring_free(VSTRING *vp)
{
    if (vp->flags & VSTRING_FLAG_OWNED) {
	if (vp->flags & VSTRING_FLAG_PAGES)
	    myfree_pages(vp->data, vp->cap + 1);
	else
	    myfree(vp->data);
	myfree(vp);
    }
}

/* vstring_reset - make empty, clear overflow */

void    vstring_reset(VSTRING *vp)
{
    vp->len = 0;
    if (vp->data[0] != 0)			/* an unused page stays clean */
	vp->data[0] = 0;
    vp->flags &= ~VSTRING_FLAG_OVERFLOW;
}

/* vstring_truncate - shorten */

void    vstring_truncate(VSTRING *vp, size_t len)
{
    if (len < vp->len) {
	vp->len = len;
	vp->data[len] = 0;
    }
}

/* vstring_room - make room for len more bytes; return what fits */

static size_t vstring_room(VSTRING *vp, size_t len)
{
    size_t  newcap;

    if (vp->cap - vp->len >= len)
	return (len);
    if (vp->flags & VSTRING_FLAG_FIXED) {
	vp->flags |= VSTRING_FLAG_OVERFLOW;
	return (vp->cap - vp->len);
    }
    newcap = vp->cap * 2;
    if (newcap < vp->len + len)
	newcap = vp->len + len;
    vp->data = myrealloc(vp->data, newcap + 1);
    vp->cap = newcap;
    return (len);
}

/* vstring_memcat - append bytes */

int     vstring_memcat(VSTRING *vp, const void *data, size_t len)
{
    size_t  fit = vstring_room(vp, len);

    memcpy(vp->data + vp->len, data, fit);
    vp->len += fit;
    vp->data[vp->len] = 0;
    return (fit == len ? 0 : -1);
}

/* vstring_addch - append one byte */

int     vstring_addch(VSTRING *vp, int ch)
{
    char    c = ch;

    return (vstring_memcat(vp, &c, 1));
}

/* vstring_memcpy - replace with bytes */

int     vstring_memcpy(VSTRING *vp, const void *data, size_t len)
{
    vstring_reset(vp);
    return (vstring_memcat(vp, data, len));
}

/* vstring_strcat - append string */

int     vstring_strcat(VSTRING *vp, const char *str)
{
    return (vstring_memcat(vp, str, strlen(str)));
}

/* vstring_strcpy - replace with string */

int     vstring_strcpy(VSTRING *vp, const char *str)
{
    vstring_reset(vp);
    return (vstring_memcat(vp, str, strlen(str)));
}

/* vstring_strncat - append at most len bytes of string */

int     vstring_strncat(VSTRING *vp, const char *str, size_t len)
{
    const char *end = memchr(str, 0, len);

    return (vstring_memcat(vp, str, end ? (size_t) (end - str) : len));
}

/* vstring_strncpy - replace with at most len bytes of string */

int     vstring_strncpy(VSTRING *vp, const char *str, size_t len)
{
    vstring_reset(vp);
    return (vstring_strncat(vp, str, len));
}

/* vstring_vsprintf_append - formatted append */

int     vstring_vsprintf_append(VSTRING *vp, const char *fmt, va_list ap)
{
    va_list ap2;
    int     need;
    size_t  fit;

    va_copy(ap2, ap);
    need = vsnprintf(vp->data + vp->len, vp->cap - vp->len + 1, fmt, ap2);
    va_end(ap2);
    if (need < 0)
	msg_panic("vstring_vsprintf_append: bad format \"%s\"", fmt);
    if ((size_t) need <= vp->cap - vp->len) {
	vp->len += need;
	return (0);
    }
    fit = vstring_room(vp, need);
    if (fit == (size_t) need) {
	vsnprintf(vp->data + vp->len, vp->cap - vp->len + 1, fmt, ap);
	vp->len += need;
	return (0);
    }
    /* Fixed string: vsnprintf() already stored the part that fits. */
    vp->len = vp->cap;
    vp->data[vp->len] = 0;
    return (-1);
}

/* vstring_sprintf - formatted replace */

int     vstring_sprintf(VSTRING *vp, const char *fmt,...)
{
    va_list ap;
    int     ret;

    vstring_reset(vp);
    va_start(ap, fmt);
    ret = vstring_vsprintf_append(vp, fmt, ap);
    va_end(ap);
    return (ret);
}

/* vstring_sprintf_append - formatted append */

int     vstring_sprintf_append(VSTRING *vp, const char *fmt,...)
{
    va_list ap;
    int     ret;

    va_start(ap, fmt);
    ret = vstring_vsprintf_append(vp, fmt, ap);
    va_end(ap);
    return (ret);
}

/* vstring_export - hand over the data, free the rest */

char   *vstring_export(VSTRING *vp)
{
    char   *data;

    if ((vp->flags & VSTRING_FLAG_OWNED) == 0
	|| (vp->flags & VSTRING_FLAG_PAGES) != 0)
	msg_panic("vstring_export: string does not own malloc(3) memory");
    data = vp->data;
    myfree(vp);
    return (data);
}
