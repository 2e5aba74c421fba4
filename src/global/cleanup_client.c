/*++
/* NAME
/*	cleanup_client 3
/* SUMMARY
/*	hand one message to the cleanup(8) service
/* SYNOPSIS
/*	#include <cleanup_client.h>
/* DESCRIPTION
/*	See cleanup_client(3h) for the interface. The connection comes
/*	from mail_connect() (one allocation for the stream, freed when
/*	the message is done); the queue ID and the reply are copied into
/*	the caller's CLEANUP_CLIENT and buffer; the scratch buffers are
/*	on the stack.
/* DIAGNOSTICS
/*	Warnings for connection and protocol errors.
/*--*/

/* System library. */

#include <sys_defs.h>
#include <string.h>

/* Utility library. */

#include <msg.h>
#include <iostuff.h>
#include <vstream.h>
#include <vstring.h>

/* Global library. */

#include <mail_proto.h>
#include <mail_connect.h>
#include <attr.h>
#include <cleanup_client.h>

/* cleanup_client_init - start a conversation on a connected stream */

int     cleanup_client_init(CLEANUP_CLIENT *cc, VSTREAM *stream, int flags)
{
    char    id_mem[CLEANUP_CLIENT_QID_MAX];
    VSTRING id_buf;
    VSTRING *id = &id_buf;
    int     ret = 0;

    vstring_init_mem(id, id_mem, sizeof(id_mem));

    cc->stream = stream;
    cc->flags = flags;
    cc->queue_id[0] = 0;
    if (attr_scan(stream, ATTR_FLAG_STRICT,
		  RECV_ATTR_STR(MAIL_ATTR_QUEUEID, id), ATTR_TYPE_END) != 1
	|| VSTRING_LEN(id) == 0
	|| attr_print(stream, ATTR_FLAG_NONE,
		      SEND_ATTR_INT(MAIL_ATTR_FLAGS, flags),
		      ATTR_TYPE_END) != 0) {
	msg_warn("%s service: no queue ID or cannot send flags",
		 MAIL_SERVICE_CLEANUP);
	(void) vstream_fclose(stream);
	cc->stream = 0;
	ret = -1;
    } else {
	memcpy(cc->queue_id, vstring_str(id), VSTRING_LEN(id) + 1);
    }
    return (ret);
}

/* cleanup_client_open - connect and start */

int     cleanup_client_open(CLEANUP_CLIENT *cc, const char *class, int flags,
			            int timeout)
{
    VSTREAM *stream;

    if ((stream = mail_connect(class, MAIL_SERVICE_CLEANUP, BLOCKING)) == 0) {
	msg_warn("connect to %s/%s service: %m", class, MAIL_SERVICE_CLEANUP);
	cc->stream = 0;
	return (-1);
    }
    vstream_set_timeout(stream, timeout);
    return (cleanup_client_init(cc, stream, flags));
}

/* cleanup_client_finish - read the status and hang up */

int     cleanup_client_finish(CLEANUP_CLIENT *cc, char *reason, size_t len)
{
    char    why_mem[ATTR_VALUE_MAX + 1];
    VSTRING why_buf;
    VSTRING *why = &why_buf;
    int     status;

    vstring_init_mem(why, why_mem, sizeof(why_mem));

    if (vstream_fflush(cc->stream) != 0
	|| attr_scan(cc->stream, ATTR_FLAG_STRICT,
		     RECV_ATTR_INT(MAIL_ATTR_STATUS, &status),
		     RECV_ATTR_STR(MAIL_ATTR_REASON, why),
		     ATTR_TYPE_END) != 2) {
	msg_warn("%s: no reply from the %s service",
		 cc->queue_id, MAIL_SERVICE_CLEANUP);
	status = CLEANUP_STAT_WRITE;
	vstring_reset(why);
    }
    if (status != CLEANUP_STAT_OK && VSTRING_LEN(why) == 0)
	vstring_strcpy(why, cleanup_strerror(status));
    if (len > 0) {
	strncpy(reason, vstring_str(why), len - 1);
	reason[len - 1] = 0;
    }
    (void) vstream_fclose(cc->stream);
    cc->stream = 0;
    return (status);
}

/* cleanup_client_abort - hang up without END */

void    cleanup_client_abort(CLEANUP_CLIENT *cc)
{
    if (cc->stream) {
	(void) vstream_fclose(cc->stream);
	cc->stream = 0;
    }
}
