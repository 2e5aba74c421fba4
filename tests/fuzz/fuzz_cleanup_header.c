/*++
/* NAME
/*	fuzz_cleanup_header 1
/* SUMMARY
/*	libFuzzer harness for the message state machine of cleanup(8)
/* SYNOPSIS
/*	fuzz_cleanup_header [libFuzzer options] [corpus...]
/* DESCRIPTION
/*	Each input is what a client sends cleanup(8) after the MESG
/*	record: content records (headers, body), XTRA, extracted
/*	recipients, END, or anything else, as a record stream (type
/*	byte, base-128 length, data). It is read with rec_get() from a
/*	real file, as cleanup(8) reads its client, and dispatched by
/*	phase to cleanup_envelope(), cleanup_message() and
/*	cleanup_extracted() exactly as cleanup.c does, after a fixed
/*	envelope (sender, two recipients, MESG). The queue file goes to
/*	a scratch file, which is then read back: it must be a valid
/*	record stream. The first input byte picks the request flags
/*	(address mapping, automatic BCC) and turns
/*	cleanup_replace_stray_cr_lf off or on.
/*
/*	The cleanup(8) modules other than cleanup.c (the socket
/*	service) are compiled into this harness (included below), with
/*	small tables in inline: form: canonical_maps,
/*	virtual_alias_maps, masquerade_domains, and a small
/*	header_size_limit and message_size_limit so that truncation
/*	and refusal are reached. The cleanup_hdr helpers are reached
/*	through the header code. Diagnostics are discarded. A crash,
/*	hang, leak, sanitizer report or failed check (abort) is a bug.
/*--*/

#include <sys_defs.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <msg.h>
#include <vstring.h>
#include <vstream.h>
#include <record.h>
#include <mail_conf.h>
#include <mail_params.h>
#include <cleanup_user.h>

#include "fuzz_util.h"

 /*
  * The daemon's modules, without its service routine.
  */
#include "../../src/cleanup/cleanup_addr.c"
#include "../../src/cleanup/cleanup_dup.c"
#include "../../src/cleanup/cleanup_envelope.c"
#include "../../src/cleanup/cleanup_extracted.c"
#include "../../src/cleanup/cleanup_init.c"
#include "../../src/cleanup/cleanup_map.c"
#include "../../src/cleanup/cleanup_masq.c"
#include "../../src/cleanup/cleanup_message.c"
#include "../../src/cleanup/cleanup_out.c"
#include "../../src/cleanup/cleanup_smtputf8.c"
#include "../../src/cleanup/cleanup_state.c"

static int fuzz_in_fd = -1;
static int fuzz_out_fd = -1;
static VSTRING *fuzz_check;

/* fuzz_temp - an unlinked scratch file */

static int fuzz_temp(void)
{
    char    path[] = "/tmp/fuzz_cleanup_header.XXXXXX";
    int     fd;

    if ((fd = mkstemp(path)) < 0)
	abort();
    (void) unlink(path);
    return (fd);
}

/* fuzz_init - settings, tables, pools */

static void fuzz_init(void)
{
    static const char *settings[][2] = {
	{"myhostname", "mx.example.com"},
	{"mydomain", "example.com"},
	{"myorigin", "$mydomain"},
	{"mydestination", "$myhostname, localhost, $mydomain"},
	{"alias_maps", ""},
	{"canonical_maps", "inline:{old@example.com=new@example.com,"
	"@legacy.example=@example.com}"},
	{"virtual_alias_maps", "inline:{root=admin@example.com,"
	"{list=a@example.org, b@example.org, \"x y\"@example.org, root}}"},
	{"masquerade_domains", "!keep.example.com, example.com"},
	{"header_size_limit", "300"},
	{"message_size_limit", "20000"},
	{"hopcount_limit", "5"},
	{"always_bcc", "archive@example.com"},
	{"undisclosed_recipients_header", "To: undisclosed-recipients:;"},
	{"duplicate_filter_limit", "20"},
	{"virtual_alias_expansion_limit", "20"},
	{0, 0},
    };
    int     n;

    msg_output(fuzz_quiet);
    for (n = 0; settings[n][0]; n++)
	mail_conf_update(settings[n][0], settings[n][1]);
    mail_params_init(params_common);
    mail_params_init(params_cleanup);
    cleanup_pre_init("cleanup", (char **) 0);
    cleanup_post_init("cleanup", (char **) 0);
    fuzz_in_fd = fuzz_temp();
    fuzz_out_fd = fuzz_temp();
    fuzz_check = vstring_alloc(100);
}

/* fuzz_dispatch - one record, by phase, as cleanup_read() does */

static void fuzz_dispatch(CLEANUP_STATE *state, int type)
{
    switch (state->phase) {
    case CLEANUP_PHASE_ENVELOPE:
	cleanup_envelope(state, type, vstring_str(state->rec),
			 VSTRING_LEN(state->rec));
	break;
    case CLEANUP_PHASE_HEADER:
    case CLEANUP_PHASE_BODY:
	cleanup_message(state, type, vstring_str(state->rec),
			VSTRING_LEN(state->rec));
	break;
    default:
	cleanup_extracted(state, type, vstring_str(state->rec),
			  VSTRING_LEN(state->rec));
	break;
    }
}

/* fuzz_envelope - the fixed envelope */

static void fuzz_envelope(CLEANUP_STATE *state)
{
    static const char *const env[][2] = {
	{"S", "Sender@Legacy.Example"},
	{"R", "root"},
	{"R", "list@example.com"},
	{"M", ""},
	{0, 0},
    };
    int     n;

    for (n = 0; env[n][0]; n++) {
	vstring_strcpy(state->rec, env[n][1]);
	fuzz_dispatch(state, env[n][0][0]);
    }
}

int     LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char    in_buf[VSTREAM_BUFSIZE];
    char    out_buf[VSTREAM_BUFSIZE];
    VSTREAM in;
    VSTREAM out;
    CLEANUP_STATE *state;
    int     type;

    if (fuzz_in_fd < 0)
	fuzz_init();
    if (size == 0)
	return (0);
    var_cleanup_replace_stray_cr_lf = (data[0] & 1);
    if (ftruncate(fuzz_in_fd, 0) < 0
	|| pwrite(fuzz_in_fd, data + 1, size - 1, 0) != (ssize_t) (size - 1)
	|| lseek(fuzz_in_fd, 0, SEEK_SET) != 0
	|| ftruncate(fuzz_out_fd, 0) < 0
	|| lseek(fuzz_out_fd, 0, SEEK_SET) != 0)
	abort();
    vstream_init(&in, fuzz_in_fd, O_RDONLY, in_buf, sizeof(in_buf));
    vstream_init(&out, fuzz_out_fd, O_RDWR, out_buf, sizeof(out_buf));

    state = cleanup_state_alloc(&in);
    state->dst = &out;
    vstring_strcpy(state->queue_id, "FUZZ");
    state->arrival.tv_sec = 1700000000;
    state->flags = ((data[0] & 2) ? CLEANUP_FLAG_MAP_OK : 0)
	| ((data[0] & 4) ? CLEANUP_FLAG_BCC_OK : 0);
    cleanup_out_format(state, REC_TYPE_SIZE, REC_TYPE_SIZE_FORMAT,
		       0L, 0L, 0L, 0L, 0L);
    fuzz_envelope(state);
    while ((state->errs & CLEANUP_STAT_BAD) == 0
	   && state->phase != CLEANUP_PHASE_DONE
	   && (type = rec_get(&in, state->rec, CLEANUP_REC_MAX)) >= 0)
	fuzz_dispatch(state, type);
    if (state->errs == 0 && state->phase == CLEANUP_PHASE_DONE)
	cleanup_out(state, REC_TYPE_END, "", 0);
    if (vstream_fflush(&out) != 0)
	abort();

    /*
     * What was written must read back as records.
     */
    if (lseek(fuzz_out_fd, 0, SEEK_SET) != 0)
	abort();
    (void) vstream_fdclose(&out);
    vstream_init(&out, fuzz_out_fd, O_RDONLY, out_buf, sizeof(out_buf));
    while ((type = rec_get(&out, fuzz_check, 0)) >= 0)
	 /* void */ ;
    if (type != REC_TYPE_EOF)
	abort();
    (void) vstream_fdclose(&out);
    (void) vstream_fdclose(&in);
    cleanup_state_free(state);
    return (0);
}
