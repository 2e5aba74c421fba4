/*++
/* NAME
/*	postconf_refs 3
/* SUMMARY
/*	find $name references in a parameter value
/* SYNOPSIS
/*	#include "postconf.h"
/*
/*	void	postconf_refs(value, fn, context)
/*	const char *value;
/*	void	(*fn)(const char *name, void *context);
/*	void	*context;
/* DESCRIPTION
/*	postconf_refs() calls fn once for every parameter name that
/*	value refers to, in the order of appearance: $name, ${name},
/*	$(name), and the names in ${name?text}, ${name:text} and
/*	${name?{text}:{text}}. The text inside those forms is searched
/*	as well, and so are Postfix's relational expressions such as
/*	${{$compatibility_level} <level {2} ? {a} : {b}}. "$$" is a
/*	literal dollar sign, not a reference.
/*
/*	The scan never fails: text that is not a well-formed reference
/*	is simply not one. Whether the value expands without error is
/*	mail_conf_eval()'s business.
/* DIAGNOSTICS
/*	None.
/*--*/

#include <sys_defs.h>
#include <ctype.h>
#include <string.h>

#include <vstring.h>
#include "postconf.h"

/* postconf_refs_namech - may this character be part of a name? */

static int postconf_refs_namech(int ch)
{
    return (isalnum((unsigned char) ch) || ch == '_');
}

/* postconf_refs - report every $name in value */

void    postconf_refs(const char *value, POSTCONF_REFS_FN fn, void *context)
{
    VSTRING *name = vstring_alloc(50);
    const char *cp = value;
    size_t  len;

    while ((cp = strchr(cp, '$')) != 0) {
	cp++;
	if (*cp == '$') {
	    cp++;
	    continue;
	}
	if (*cp == '{' || *cp == '(')
	    cp++;
	for (len = 0; postconf_refs_namech(cp[len]); len++)
	     /* void */ ;
	if (len > 0) {
	    vstring_strncpy(name, cp, len);
	    fn(vstring_str(name), context);
	    cp += len;
	}
    }
    vstring_free(name);
}
