/*++
/* NAME
/*	base64_code 3h
/* SUMMARY
/*	base64 encoding and decoding (RFC 4648)
/* SYNOPSIS
/*	#include <base64_code.h>
/* DESCRIPTION
/*	base64_encode() stores the encoding of len bytes of in into
/*	result (replacing its content) and returns result.
/*
/*	base64_decode() stores the decoding of len bytes of in into
/*	result and returns result, or returns a null pointer for input
/*	that is not valid base64 (a byte outside the alphabet, a bad
/*	length or misplaced padding); result then holds garbage.
/*--*/

#ifndef _BASE64_CODE_H_INCLUDED_
#define _BASE64_CODE_H_INCLUDED_

#include <sys_defs.h>
#include <vstring.h>

extern VSTRING *base64_encode(VSTRING *result, const char *in, size_t len);
extern VSTRING *base64_decode(VSTRING *result, const char *in, size_t len);

#endif
