/*++
/* NAME
/*	mail_conv 3
/* SUMMARY
/*	convert parameter values
/* SYNOPSIS
/*	#include <mail_conf.h>
/*
/*	int	mail_conv_long(text, result)
/*	const char *text;
/*	long	*result;
/*
/*	int	mail_conv_bool(text, result)
/*	const char *text;
/*	int	*result;
/*
/*	int	mail_conv_time(text, def_unit, result)
/*	const char *text;
/*	int	def_unit;
/*	long	*result;
/* DESCRIPTION
/*	These functions convert the text of a parameter value. They
/*	return 1 on success, 0 when the text is malformed or the value
/*	does not fit; *result is changed only on success.
/*
/*	mail_conv_long() accepts a decimal number with an optional
/*	leading "-" (no blanks, no "+", no other characters); the value
/*	must fit a long, which has 32 bits on the smaller targets.
/*
/*	mail_conv_bool() accepts "yes" and "true" (1), "no" and "false"
/*	(0), in any case.
/*
/*	mail_conv_time() accepts a non-negative decimal number with an
/*	optional unit: s (seconds), m (minutes), h (hours), d (days) or
/*	w (weeks), in either case. Without a unit, def_unit applies.
/*	The result is in seconds and must fit an int.
/*--*/

#include <sys_defs.h>
#include <ctype.h>
#include <limits.h>
#include <string.h>
#include <strings.h>

#include <mail_conf.h>

/* mail_conv_digits - non-negative decimal prefix, with overflow check */

static const char *mail_conv_digits(const char *cp, long limit, long *result)
{
    long    val = 0;
    int     digit;

    if (!isdigit((unsigned char) *cp))
	return (0);
    for ( /* void */ ; isdigit((unsigned char) *cp); cp++) {
	digit = *cp - '0';
	if (val > (limit - digit) / 10)
	    return (0);
	val = val * 10 + digit;
    }
    *result = val;
    return (cp);
}

/* mail_conv_long - decimal number */

int     mail_conv_long(const char *text, long *result)
{
    const char *cp = text;
    long    val;
    int     neg = 0;

    if (*cp == '-') {
	neg = 1;
	cp++;
    }
    if ((cp = mail_conv_digits(cp, LONG_MAX, &val)) == 0 || *cp != 0)
	return (0);
    *result = neg ? -val : val;
    return (1);
}

/* mail_conv_bool - yes/no, true/false */

int     mail_conv_bool(const char *text, int *result)
{
    if (strcasecmp(text, "yes") == 0 || strcasecmp(text, "true") == 0) {
	*result = 1;
	return (1);
    }
    if (strcasecmp(text, "no") == 0 || strcasecmp(text, "false") == 0) {
	*result = 0;
	return (1);
    }
    return (0);
}

/* mail_conv_time - time with optional unit, in seconds */

int     mail_conv_time(const char *text, int def_unit, long *result)
{
    const char *cp;
    long    val;
    long    mult;
    int     unit;

    if ((cp = mail_conv_digits(text, INT_MAX, &val)) == 0)
	return (0);
    if (*cp == 0)
	unit = def_unit;
    else if (cp[1] == 0)
	unit = *cp;
    else
	return (0);
    switch (tolower((unsigned char) unit)) {
    case 's':
	mult = 1;
	break;
    case 'm':
	mult = 60;
	break;
    case 'h':
	mult = 60 * 60;
	break;
    case 'd':
	mult = 24 * 60 * 60;
	break;
    case 'w':
	mult = 7 * 24 * 60 * 60;
	break;
    default:
	return (0);
    }
    if (val > INT_MAX / mult)
	return (0);
    *result = val * mult;
    return (1);
}
