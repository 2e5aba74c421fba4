/*++
/* NAME
/*	name_mask 3
/* SUMMARY
/*	a list of names as a bit mask
/* SYNOPSIS
/*	#include <name_mask.h>
/*
/*	int	name_mask(title, table, names, flags)
/*	const char *title;
/*	const NAME_MASK *table;
/*	const char *names;
/*	int	flags;
/* DESCRIPTION
/*	name_mask() returns the bitwise OR of the masks of the names in
/*	a parameter value such as notify_classes ("resource, software"):
/*	names are separated by commas or white space and compared with
/*	the table (ending with a null name) ignoring case. A name that
/*	the table does not have is ignored, with a warning that names
/*	title when flags has NAME_MASK_WARN. Nothing is allocated.
/*--*/

#include <sys_defs.h>
#include <string.h>
#include <strings.h>

#include <msg.h>
#include <name_mask.h>

#define NAME_MASK_SEP	", \t\r\n"

/* name_mask - names to bits */

int     name_mask(const char *title, const NAME_MASK *table,
		          const char *names, int flags)
{
    const char *cp = names;
    const NAME_MASK *np;
    size_t  len;
    int     mask = 0;

    while (*(cp += strspn(cp, NAME_MASK_SEP)) != 0) {
	len = strcspn(cp, NAME_MASK_SEP);
	for (np = table; np->name; np++)
	    if (strlen(np->name) == len && strncasecmp(cp, np->name, len) == 0)
		break;
	if (np->name)
	    mask |= np->mask;
	else if (flags & NAME_MASK_WARN)
	    msg_warn("%s: unknown class \"%.*s\": ignored",
		     title, (int) len, cp);
	cp += len;
    }
    return (mask);
}
