/*++
/* NAME
/*	rec_type 3
/* SUMMARY
/*	queue file record types
/* SYNOPSIS
/*	#include <rec_type.h>
/*
/*	int	rec_type_known(type)
/*	int	type;
/*
/*	const char *rec_type_name(type)
/*	int	type;
/* DESCRIPTION
/*	rec_type_known() says whether type is one of the record types
/*	in rec_type(3h); the reader refuses any other.
/*
/*	rec_type_name() returns a short lower-case name for a record
/*	type ("recipient", "message_size"), as postcat prints them, or
/*	"unknown_record_type" for anything else, the pseudo types included.
/* DIAGNOSTICS
/*	None.
/*--*/

#include <sys_defs.h>

#include <rec_type.h>

typedef struct REC_TYPE_INFO {
    int     type;
    const char *name;
} REC_TYPE_INFO;

static const REC_TYPE_INFO rec_type_table[] = {
    {REC_TYPE_SIZE, "message_size"},
    {REC_TYPE_TIME, "message_arrival_time"},
    {REC_TYPE_CTIME, "queue_file_create_time"},
    {REC_TYPE_FULL, "sender_fullname"},
    {REC_TYPE_FROM, "sender"},
    {REC_TYPE_ATTR, "named_attribute"},
    {REC_TYPE_ORCP, "original_recipient"},
    {REC_TYPE_RCPT, "recipient"},
    {REC_TYPE_DONE, "done_recipient"},
    {REC_TYPE_DRCP, "canceled_recipient"},
    {REC_TYPE_DSN_ORCPT, "dsn_original_recipient"},
    {REC_TYPE_DSN_NOTIFY, "dsn_notify_flags"},
    {REC_TYPE_WARN, "warning_message_time"},
    {REC_TYPE_MESG, "message_content"},
    {REC_TYPE_NORM, "regular_text"},
    {REC_TYPE_CONT, "unterminated_text"},
    {REC_TYPE_XTRA, "extracted_info"},
    {REC_TYPE_END, "message_end"},
};

/* rec_type_find - table entry of a type, or null */

static const REC_TYPE_INFO *rec_type_find(int type)
{
    size_t  i;

    for (i = 0; i < ARRAY_LEN(rec_type_table); i++)
	if (rec_type_table[i].type == type)
	    return (rec_type_table + i);
    return (0);
}

/* rec_type_known - is this a record type we read? */

int     rec_type_known(int type)
{
    return (rec_type_find(type) != 0);
}

/* rec_type_name - printable name of a record type */

const char *rec_type_name(int type)
{
    const REC_TYPE_INFO *ip = rec_type_find(type);

    return (ip ? ip->name : "unknown_record_type");
}
