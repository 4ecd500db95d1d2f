/* mojibake.h - undoing UTF-8 text that was read as windows-1252 or
 * Latin-1 and encoded again ("â€™" for "’", "Ã©" for "é"). Private.
 *
 * Some pages carry their text that way in the bytes themselves, well
 * declared as UTF-8, so no charset choice can fix it: every character
 * of a word like "donâ€™t" is valid. The repair works on one run of text
 * (an HTML text node) at a time and only when the whole run reads back:
 * each of its characters maps to one byte (ASCII, U+0080..U+00FF, or a
 * windows-1252 symbol such as "€" or "™"), and those bytes are valid
 * UTF-8 holding at least one multi-byte character. A run that also
 * holds a correct "ä" or "’" (an article quoting mojibake, a German "ß"
 * before a quote) does not read back and is left alone. */
#ifndef CONCORD_MOJIBAKE_H
#define CONCORD_MOJIBAKE_H

#include <stddef.h>

/* Writes the repaired form of the valid UTF-8 text s[0..n) to out (n + 1
 * bytes at least; the result is never longer than s) NUL-terminated, and
 * returns its length; returns 0 when s is not double-encoded text, with
 * out's content then undefined. out may be s once a call with out NULL
 * has said yes (each byte is written after the character it comes from
 * is read). With out NULL, only tells: the length the repair would
 * have, or 0. */
size_t mojibake_undo(const char *s, size_t n, char *out);

#endif
