/* mojibake.c - undoing UTF-8 text read as windows-1252 and encoded again
 * (see mojibake.h).
 *
 * One pass: each character of the text is turned back into the byte it
 * was read from, and those bytes are checked as UTF-8 as they come. The
 * check is stricter than UTF-8 where real text could pass by accident:
 * "×" and "ß" never start a character ("2×½", "heißt’" stay), and a
 * three- or four-byte character must go on with a byte in 0x80..0x9F,
 * which windows-1252 shows as a symbol ("€", "™", "“") or Latin-1 as a
 * control: French "é\u00a0»" (bytes E9 A0 BB) is left alone, while the
 * quotes, dashes and emoji of mojibake ("â€œ", "ðŸ˜€") all start so. */
#include "mojibake.h"

#include <stdint.h>

/* The windows-1252 characters of the bytes 0x80..0x9F that are not the
 * Latin-1 controls, with their bytes. */
static const struct { uint16_t cp; uint8_t byte; } cp1252[] = {
	{0x20AC, 0x80}, {0x201A, 0x82}, {0x0192, 0x83}, {0x201E, 0x84},
	{0x2026, 0x85}, {0x2020, 0x86}, {0x2021, 0x87}, {0x02C6, 0x88},
	{0x2030, 0x89}, {0x0160, 0x8A}, {0x2039, 0x8B}, {0x0152, 0x8C},
	{0x017D, 0x8E}, {0x2018, 0x91}, {0x2019, 0x92}, {0x201C, 0x93},
	{0x201D, 0x94}, {0x2022, 0x95}, {0x2013, 0x96}, {0x2014, 0x97},
	{0x02DC, 0x98}, {0x2122, 0x99}, {0x0161, 0x9A}, {0x203A, 0x9B},
	{0x0153, 0x9C}, {0x017E, 0x9E}, {0x0178, 0x9F}
};

/* Decodes the character at s[*i] (valid UTF-8) and advances *i. */
static uint32_t next_char(const unsigned char *s, size_t n, size_t *i)
{
	uint32_t c = s[*i];
	int k = c < 0x80 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
	if (k)
		c &= 0x3F >> k;
	for ((*i)++; k > 0 && *i < n; k--, (*i)++)
		c = c << 6 | (s[*i] & 0x3F);
	return c;
}

/* The byte character c was read from, or -1 when it is none. */
static int byte_of(uint32_t c)
{
	if (c <= 0xFF)
		return (int)c;
	for (size_t k = 0; k < sizeof cp1252 / sizeof cp1252[0]; k++)
		if (cp1252[k].cp == c)
			return cp1252[k].byte;
	return -1;
}

/* Continuation bytes after lead byte b, or -1 when b may not lead. */
static int tail_of(int b)
{
	if (b >= 0xC2 && b <= 0xDE && b != 0xD7)
		return 1;
	if (b >= 0xE1 && b <= 0xEF)
		return 2;
	if (b >= 0xF0 && b <= 0xF4)
		return 3;
	return -1;
}

/* Whether b may be the first continuation byte after lead. */
static int first_tail_ok(int lead, int b)
{
	if (lead < 0xE0)
		return 1;
	if (lead == 0xF0)
		return b >= 0x90 && b <= 0x9F;
	if (lead == 0xF4)
		return b <= 0x8F;
	return b <= 0x9F;
}

size_t mojibake_undo(const char *s, size_t n, char *out)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, w = 0;
	int need = 0, lead = 0, multi = 0;
	while (i < n) {
		int b = byte_of(next_char(u, n, &i));
		if (b < 0)
			return 0;
		if (b < 0x80) {
			if (need)
				return 0;
		} else if (b < 0xC0) {
			if (!need || (lead && !first_tail_ok(lead, b)))
				return 0;
			lead = 0;
			if (!--need)
				multi = 1;
		} else {
			if (need || (need = tail_of(b)) < 0)
				return 0;
			lead = b;
		}
		if (out)
			out[w] = (char)b;
		w++;
	}
	if (need || !multi)
		return 0;
	if (out)
		out[w] = 0;
	return w;
}
