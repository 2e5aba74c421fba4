/*++
/* NAME
/*	dsn_buf 3
/* SUMMARY
/*	a delivery status under construction
/* SYNOPSIS
/*	#include <dsn_buf.h>
/*
/*	DSN_BUF	*dsb_create()
/*
/*	DSN_BUF	*dsb_simple(dsb, status, format, ...)
/*	DSN_BUF	*dsb;
/*	const char *status;
/*	const char *format;
/*
/*	DSN_BUF	*dsb_formal(dsb, status, dtext, mname, format, ...)
/*	DSN_BUF	*dsb;
/*	const char *status;
/*	const char *dtext;
/*	const char *mname;
/*	const char *format;
/*
/*	DSN_BUF	*dsb_status(dsb, status)
/*	DSN_BUF	*dsb;
/*	const char *status;
/*
/*	DSN	*dsb_dsn(dsn, dsb, action)
/*	DSN	*dsn;
/*	const DSN_BUF *dsb;
/*	const char *action;
/*
/*	void	dsb_reset(dsb)
/*	DSN_BUF	*dsb;
/* DESCRIPTION
/*	See dsn_buf(3h). A status that is not a valid enhanced status
/*	code is a programming error (panic): callers pass constants or
/*	codes that dsn_reply_split() has checked.
/* DIAGNOSTICS
/*	Panic: an invalid status.
/*--*/

#include <sys_defs.h>
#include <stdarg.h>
#include <string.h>

#include <msg.h>
#include <mymalloc.h>
#include <vstring.h>
#include <dsn_buf.h>

 /*
  * One allocation holds the structure, the strings and their memory, the
  * short strings first: a status that is reset and set on every delivery
  * touches one page or two, not one per string.
  */
typedef struct DSN_BUF_MEM {
    DSN_BUF dsb;
    VSTRING str[6];
    char    status[DSN_STATUS_SIZE + 1];
    char    dtype[8 + 1];
    char    mtype[8 + 1];
    char    mname[256 + 1];
    char    reason[DSB_REASON_SIZE + 1];
    char    dtext[DSB_REASON_SIZE + 1];
} DSN_BUF_MEM;

/* dsb_create - make the buffers once */

DSN_BUF *dsb_create(void)
{
    DSN_BUF_MEM *mem = (DSN_BUF_MEM *) mymalloc(sizeof(*mem));
    DSN_BUF *dsb = &mem->dsb;

#define DSB_INIT(field, n) \
	(vstring_init_mem(mem->str + (n), mem->field, sizeof(mem->field)), \
	 dsb->field = mem->str + (n))

    DSB_INIT(status, 0);
    DSB_INIT(dtype, 1);
    DSB_INIT(mtype, 2);
    DSB_INIT(mname, 3);
    DSB_INIT(reason, 4);
    DSB_INIT(dtext, 5);
    return (dsb);
}

/* dsb_status - replace the status */

DSN_BUF *dsb_status(DSN_BUF *dsb, const char *status)
{
    if (dsn_valid(status) != strlen(status))
	msg_panic("dsb_status: invalid status \"%s\"", status);
    vstring_strcpy(dsb->status, status);
    return (dsb);
}

/* dsb_vreason - set status and reason */

static void dsb_vreason(DSN_BUF *dsb, const char *status,
			        const char *format, va_list ap)
{
    dsb_status(dsb, status);
    vstring_reset(dsb->reason);
    vstring_vsprintf_append(dsb->reason, format, ap);
}

/* dsb_simple - an outcome of our own making */

DSN_BUF *dsb_simple(DSN_BUF *dsb, const char *status, const char *format,...)
{
    va_list ap;

    va_start(ap, format);
    dsb_vreason(dsb, status, format, ap);
    va_end(ap);
    vstring_reset(dsb->dtype);
    vstring_reset(dsb->dtext);
    vstring_reset(dsb->mtype);
    vstring_reset(dsb->mname);
    return (dsb);
}

/* dsb_formal - an outcome that a remote server stated */

DSN_BUF *dsb_formal(DSN_BUF *dsb, const char *status, const char *dtext,
		            const char *mname, const char *format,...)
{
    va_list ap;

    va_start(ap, format);
    dsb_vreason(dsb, status, format, ap);
    va_end(ap);
    vstring_strcpy(dsb->dtype, "smtp");
    vstring_strcpy(dsb->dtext, dtext);
    vstring_strcpy(dsb->mtype, "dns");
    vstring_strcpy(dsb->mname, mname);
    return (dsb);
}

/* dsb_dsn - a DSN view of the buffer */

DSN    *dsb_dsn(DSN *dsn, const DSN_BUF *dsb, const char *action)
{
    dsn->status = vstring_str(dsb->status);
    dsn->action = action;
    dsn->reason = vstring_str(dsb->reason);
    dsn->dtype = vstring_str(dsb->dtype);
    dsn->dtext = vstring_str(dsb->dtext);
    dsn->mtype = vstring_str(dsb->mtype);
    dsn->mname = vstring_str(dsb->mname);
    return (dsn);
}

/* dsb_reset - empty everything */

void    dsb_reset(DSN_BUF *dsb)
{
    vstring_reset(dsb->status);
    vstring_reset(dsb->reason);
    vstring_reset(dsb->dtype);
    vstring_reset(dsb->dtext);
    vstring_reset(dsb->mtype);
    vstring_reset(dsb->mname);
}
