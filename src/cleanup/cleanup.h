/*++
/* NAME
/*	cleanup 3h
/* SUMMARY
/*	cleanup(8) internal interfaces
/* SYNOPSIS
/*	#include "cleanup.h"
/*--*/

#ifndef _CLEANUP_H_INCLUDED_
#define _CLEANUP_H_INCLUDED_

#include <sys_defs.h>
#include <sys/time.h>

#include <vstream.h>
#include <vstring.h>
#include <maps.h>
#include <rewrite.h>

 /*
  * Where the reader is in the record stream.
  */
#define CLEANUP_PHASE_ENVELOPE	0
#define CLEANUP_PHASE_HEADER	1
#define CLEANUP_PHASE_BODY	2
#define CLEANUP_PHASE_EXTRACTED	3
#define CLEANUP_PHASE_DONE	4

 /*
  * The largest record a client may send.
  */
#define CLEANUP_REC_MAX		(64 * 1024)

 /*
  * Per-message state. Every buffer is fixed-capacity and made once, when
  * the state object is set up at start-up.
  */
typedef struct CLEANUP_STATE {
    VSTREAM *src;			/* the client */
    VSTREAM *dst;			/* the queue file, or null */
    VSTREAM dst_stream;			/* the queue file stream */
    char   *dst_buf;			/* its VSTREAM_BUFSIZE buffer */
    const char *queue_name;		/* incoming, or hold */
    VSTRING *queue_id;
    struct timeval arrival;		/* queue file creation */
    int     flags;			/* CLEANUP_FLAG_* from the client */
    unsigned errs;			/* CLEANUP_STAT_* */
    int     phase;			/* CLEANUP_PHASE_* */
    VSTRING *rec;			/* record from the client */
    VSTRING *sender;			/* envelope sender, as written */
    VSTRING *full_name;			/* sender full name */
    VSTRING *orig_rcpt;			/* ORCP for the next RCPT */
    VSTRING *dsn_orcpt;			/* DSN_ORCPT for the next RCPT */
    VSTRING *dsn_notify;		/* DSN_NOTIFY for the next RCPT */
    VSTRING *addr;			/* address work */
    VSTRING *addr2;			/* address work */
    VSTRING *ext;			/* address extension work */
    VSTRING *quoted;			/* an address in external form */
    VSTRING *header;			/* the logical header being read */
    VSTRING *hdr_out;			/* a rewritten header */
    VSTRING *msg_id;			/* Message-ID for the log */
    int     have_time;			/* TIME record written */
    int     have_from;			/* FROM record seen */
    int     header_class;		/* classes the current header is in */
    int     prev_cont;			/* the last record was CONT */
    int     hop_count;			/* Received: headers */
    int     headers_seen;		/* 1 << CLEANUP_HDR_* */
    int     resent_seen;		/* same, Resent- forms */
    int     rcpt_count;			/* RCPT records written */
    int     smtputf8;			/* SMTPUTF8_FLAG_* */
    off_t   size_offset;		/* SIZE record */
    off_t   mesg_offset;		/* MESG record */
    off_t   data_offset;		/* first content record */
    off_t   xtra_offset;		/* XTRA record */
    long    content_size;		/* bytes of content */
} CLEANUP_STATE;

 /*
  * cleanup_state.c
  */
extern void cleanup_state_init(void);
extern CLEANUP_STATE *cleanup_state_alloc(VSTREAM *);
extern void cleanup_state_free(CLEANUP_STATE *);

 /*
  * cleanup_init.c: tables and settings.
  */
extern REWRITE_CONF cleanup_rewrite_conf;
extern MAPS *cleanup_comm_canon_maps;
extern MAPS *cleanup_send_canon_maps;
extern MAPS *cleanup_rcpt_canon_maps;
extern MAPS *cleanup_virt_alias_maps;
extern MAPS *cleanup_alias_maps;
extern MAPS *cleanup_send_bcc_maps;
extern int cleanup_comm_canon_flags;
extern int cleanup_send_canon_flags;
extern int cleanup_rcpt_canon_flags;
extern int cleanup_masq_flags;
extern int cleanup_ext_prop_flags;

#define CLEANUP_CLASS_ENV_FROM	(1<<0)
#define CLEANUP_CLASS_ENV_RCPT	(1<<1)
#define CLEANUP_CLASS_HDR_FROM	(1<<2)
#define CLEANUP_CLASS_HDR_RCPT	(1<<3)

#define CLEANUP_EXT_PROP_CANON	(1<<0)
#define CLEANUP_EXT_PROP_VIRT	(1<<1)

extern void cleanup_pre_init(char *, char **);
extern void cleanup_post_init(char *, char **);

 /*
  * cleanup_out.c
  */
extern void cleanup_out(CLEANUP_STATE *, int, const char *, ssize_t);
extern void cleanup_out_string(CLEANUP_STATE *, int, const char *);
extern void PRINTFLIKE(3, 4) cleanup_out_format(CLEANUP_STATE *, int, const char *,...);
extern void cleanup_out_header(CLEANUP_STATE *, const char *, size_t);

 /*
  * cleanup_envelope.c, cleanup_message.c, cleanup_extracted.c
  */
extern void cleanup_envelope(CLEANUP_STATE *, int, const char *, ssize_t);
extern void cleanup_message(CLEANUP_STATE *, int, char *, ssize_t);
extern void cleanup_extracted(CLEANUP_STATE *, int, const char *, ssize_t);
extern void cleanup_extracted_init(void);

 /*
  * cleanup_addr.c, cleanup_map.c, cleanup_masq.c, cleanup_dup.c
  */
extern void cleanup_addr_sender(CLEANUP_STATE *, const char *);
extern void cleanup_addr_recipient(CLEANUP_STATE *, const char *);
extern void cleanup_addr_bcc(CLEANUP_STATE *, const char *);
extern void cleanup_map11(CLEANUP_STATE *, VSTRING *, MAPS *);
extern void cleanup_map_init(void);
extern void cleanup_map1n(CLEANUP_STATE *, const char *, const char *);
extern void cleanup_addr_out(CLEANUP_STATE *, const char *, const char *);
extern const char *cleanup_addr_header(CLEANUP_STATE *, const char *, int);
extern void cleanup_masquerade(VSTRING *);
extern void cleanup_dup_init(int);
extern void cleanup_dup_reset(void);
extern int cleanup_dup_seen(const char *);

 /*
  * cleanup_smtputf8.c
  */
extern void cleanup_smtputf8_init(void);
extern void cleanup_smtputf8_attr(CLEANUP_STATE *, const char *);
extern void cleanup_smtputf8_text(CLEANUP_STATE *, int, const char *, size_t);
extern void cleanup_smtputf8_final(CLEANUP_STATE *);

 /*
  * cleanup_final.c
  */
extern void cleanup_final(CLEANUP_STATE *);

#endif
