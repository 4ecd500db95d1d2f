/* charset.h - decoding raw page bytes to valid UTF-8. Private.
 *
 * Order of evidence: a BOM; the bytes being valid UTF-8 (pages often
 * declare the wrong charset, and valid multi-byte UTF-8 by accident is
 * rare); the transport charset; a <meta charset> or http-equiv
 * Content-Type in the first 4 KB (when html is set); else windows-1252.
 * Invalid or undecodable bytes become U+FFFD: the output is always valid
 * UTF-8 and NUL-terminated. */
#ifndef CONCORD_CHARSET_H
#define CONCORD_CHARSET_H

#include "arena.h"
#include "concord/base.h"

/* Decodes data[0..len) into a; *out is NUL-terminated, *out_len its
 * length. transport may be NULL. */
concord_status charset_decode(arena *a, const char *data, size_t len,
    const char *transport, int html, char **out, size_t *out_len);

/* The charset name declared by a <meta> tag in the first 4 KB of an HTML
 * page, lower-cased into dst (cap bytes), or 0 when none. */
size_t charset_sniff_meta(const char *data, size_t len, char *dst,
    size_t cap);

/* Length of the longest prefix of s[0..len) that is valid UTF-8. */
size_t charset_utf8_prefix(const char *s, size_t len);

#endif
