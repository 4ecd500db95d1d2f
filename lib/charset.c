/* charset.c - raw page bytes to valid UTF-8.
 *
 * Valid UTF-8 is kept as is even when the page declares another charset:
 * many pages declare iso-8859-1 or windows-1252 in a template and serve
 * UTF-8, while text in a legacy encoding is almost never valid UTF-8 by
 * accident once it holds non-ASCII letters. Declared charsets go through
 * glibc iconv; latin-1 and ASCII labels mean windows-1252 as browsers
 * read them (WHATWG Encoding), which we decode with a table of our own.
 * Bytes iconv rejects become U+FFFD, so the output is always valid.
 */
#include "charset.h"

#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#define SNIFF_LEN 4096

static const unsigned char utf8_bom[] = {0xEF, 0xBB, 0xBF};

/* windows-1252 0x80..0x9F; 0 marks the five undefined bytes. */
static const unsigned short cp1252_high[32] = {
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

/* Length of the valid UTF-8 sequence at s (1..4), or 0 when invalid
 * (overlongs, surrogates and code points past U+10FFFF are invalid). */
static size_t utf8_seq(const unsigned char *s, size_t n)
{
	unsigned c = s[0];
	if (c < 0x80)
		return 1;
	if (c < 0xC2 || c > 0xF4)
		return 0;
	if (c < 0xE0)
		return n >= 2 && (s[1] & 0xC0) == 0x80 ? 2 : 0;
	if (c < 0xF0) {
		if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
			return 0;
		if ((c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] > 0x9F))
			return 0;
		return 3;
	}
	if (n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 ||
	    (s[3] & 0xC0) != 0x80)
		return 0;
	if ((c == 0xF0 && s[1] < 0x90) || (c == 0xF4 && s[1] > 0x8F))
		return 0;
	return 4;
}

size_t charset_utf8_prefix(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, k;
	while (i < len) {
		/* ASCII fast path, 8 bytes at a time. */
		while (i + 8 <= len) {
			uint64_t w;
			memcpy(&w, p + i, 8);
			if (w & 0x8080808080808080ULL)
				break;
			i += 8;
		}
		if (i >= len)
			break;
		if (!(k = utf8_seq(p + i, len - i)))
			break;
		i += k;
	}
	return i;
}

/* Counts valid multi-byte sequences and invalid bytes of s. */
static void utf8_census(const unsigned char *s, size_t len, size_t *multi,
    size_t *bad)
{
	size_t i = 0, k;
	*multi = *bad = 0;
	while (i < len) {
		if (s[i] < 0x80) {
			i++;
			continue;
		}
		k = utf8_seq(s + i, len - i);
		if (k) {
			(*multi)++;
			i += k;
		} else {
			(*bad)++;
			i++;
		}
	}
}

/* UTF-8 with each invalid byte replaced by U+FFFD (3 bytes). */
static concord_status decode_utf8(arena *a, const unsigned char *s,
    size_t len, char **out, size_t *out_len)
{
	size_t multi, bad, i = 0, j = 0, k;
	utf8_census(s, len, &multi, &bad);
	char *o = arena_alloc(a, len + 2 * bad + 1);
	if (!o)
		return CONCORD_ENOMEM;
	while (i < len) {
		k = utf8_seq(s + i, len - i);
		if (k) {
			memcpy(o + j, s + i, k);
			i += k;
			j += k;
		} else {
			j += (size_t)utf8proc_encode_char(0xFFFD,
			    (utf8proc_uint8_t *)o + j);
			i++;
		}
	}
	o[j] = 0;
	*out = o;
	*out_len = j;
	return CONCORD_OK;
}

static concord_status decode_cp1252(arena *a, const unsigned char *s,
    size_t len, char **out, size_t *out_len)
{
	size_t j = 0;
	char *o;
	if (len > ((size_t)-1 - 1) / 3)
		return CONCORD_ELIMIT;
	o = arena_alloc(a, 3 * len + 1);
	if (!o)
		return CONCORD_ENOMEM;
	for (size_t i = 0; i < len; i++) {
		unsigned c = s[i];
		if (c >= 0x80 && c < 0xA0)
			c = cp1252_high[c - 0x80] ? cp1252_high[c - 0x80] : 0xFFFD;
		j += (size_t)utf8proc_encode_char((utf8proc_int32_t)c,
		    (utf8proc_uint8_t *)o + j);
	}
	o[j] = 0;
	*out = o;
	*out_len = j;
	return CONCORD_OK;
}

static int ascii_lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

static int label_is(const char *label, const char *const *names)
{
	for (; *names; names++)
		if (!strcmp(label, *names))
			return 1;
	return 0;
}

/* Labels browsers read as windows-1252 (WHATWG), and as UTF-8. */
static const char *const latin1_labels[] = {
	"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii",
	"ascii", "windows-1252", "cp1252", "x-cp1252", "iso_8859-1",
	"ansi_x3.4-1968", "cp819", "ibm819", NULL};
static const char *const utf8_labels[] = {
	"utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8", NULL};

/* Runs iconv from charset over s; each byte it rejects becomes U+FFFD.
 * Returns CONCORD_EINVAL when iconv does not know charset. */
static concord_status decode_iconv(arena *a, const char *charset,
    const char *s, size_t len, char **out, size_t *out_len)
{
	iconv_t cd = iconv_open("UTF-8", charset);
	if (cd == (iconv_t)-1)
		return CONCORD_EINVAL;
	buf b = {0};
	char chunk[8192];
	char *in = (char *)s;
	size_t in_left = len;
	concord_status st = CONCORD_OK;
	while (in_left && !st) {
		char *o = chunk;
		size_t o_left = sizeof chunk;
		size_t r = iconv(cd, &in, &in_left, &o, &o_left);
		int err = r == (size_t)-1 ? errno : 0;
		if (buf_append(&b, chunk, sizeof chunk - o_left))
			st = CONCORD_ENOMEM;
		else if (err == EILSEQ || err == EINVAL) {
			/* undecodable or truncated: one U+FFFD, skip a byte */
			if (buf_append(&b, "\xEF\xBF\xBD", 3))
				st = CONCORD_ENOMEM;
			in++;
			in_left--;
			iconv(cd, NULL, NULL, NULL, NULL);
		} else if (err && err != E2BIG)
			st = CONCORD_EPARSE;
	}
	iconv_close(cd);
	/* A buggy converter must not leak invalid bytes: recheck. */
	if (!st)
		st = decode_utf8(a, (const unsigned char *)(b.data ? b.data : ""),
		    b.len, out, out_len);
	buf_free(&b);
	return st;
}

/* Copies a charset name (token characters only), lower-cased. */
static size_t copy_label(const char *s, size_t n, char *dst, size_t cap)
{
	size_t i = 0, j = 0;
	while (i < n && (s[i] == ' ' || s[i] == '"' || s[i] == '\'' ||
	    s[i] == '='))
		i++;
	for (; i < n && j + 1 < cap; i++) {
		int c = (unsigned char)s[i];
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9') || c == '-' || c == '_' ||
		    c == ':' || c == '.'))
			break;
		dst[j++] = (char)ascii_lower(c);
	}
	if (cap)
		dst[j] = 0;
	return j;
}

/* Case-insensitive search for needle (lower-case) in h[0..n). */
static const char *find_ci(const char *h, size_t n, const char *needle)
{
	size_t m = strlen(needle);
	for (size_t i = 0; i + m <= n; i++) {
		size_t k = 0;
		while (k < m && ascii_lower((unsigned char)h[i + k]) == needle[k])
			k++;
		if (k == m)
			return h + i;
	}
	return NULL;
}

size_t charset_sniff_meta(const char *data, size_t len, char *dst, size_t cap)
{
	size_t n = len < SNIFF_LEN ? len : SNIFF_LEN;
	const char *p = data, *end = data + n;
	if (n > 5 && !memcmp(data, "<?xml", 5)) {
		const char *q = memchr(data, '>', n);
		const char *e = q ? find_ci(data, (size_t)(q - data), "encoding") : NULL;
		if (e)
			return copy_label(e + 8, (size_t)(q - e - 8), dst, cap);
	}
	while (p < end) {
		const char *m = find_ci(p, (size_t)(end - p), "<meta");
		if (!m)
			break;
		const char *gt = memchr(m, '>', (size_t)(end - m));
		const char *tag_end = gt ? gt : end;
		const char *c = find_ci(m, (size_t)(tag_end - m), "charset");
		if (c) {
			size_t got = copy_label(c + 7, (size_t)(tag_end - c - 7), dst, cap);
			if (got)
				return got;
		}
		p = tag_end;
	}
	return 0;
}

/* Decodes with the declared label; unknown labels give windows-1252. */
static concord_status decode_declared(arena *a, const char *label,
    const char *s, size_t len, char **out, size_t *out_len)
{
	const unsigned char *u = (const unsigned char *)s;
	if (label_is(label, utf8_labels))
		return decode_utf8(a, u, len, out, out_len);
	if (label_is(label, latin1_labels))
		return decode_cp1252(a, u, len, out, out_len);
	concord_status st = decode_iconv(a, label, s, len, out, out_len);
	if (st == CONCORD_EINVAL)
		return decode_cp1252(a, u, len, out, out_len);
	return st;
}

/* Decodes UTF-16 after its BOM. */
static concord_status decode_bom16(arena *a, const unsigned char *s,
    size_t len, char **out, size_t *out_len)
{
	const char *cs = s[0] == 0xFF ? "UTF-16LE" : "UTF-16BE";
	concord_status st = decode_iconv(a, cs, (const char *)s + 2, len - 2,
	    out, out_len);
	return st == CONCORD_EINVAL ?
	    decode_cp1252(a, s, len, out, out_len) : st;
}

concord_status charset_decode(arena *a, const char *data, size_t len,
    const char *transport, int html, char **out, size_t *out_len)
{
	const unsigned char *u = (const unsigned char *)data;
	char label[64] = "";
	size_t multi, bad;
	if (len >= 3 && !memcmp(u, utf8_bom, 3))
		return decode_utf8(a, u + 3, len - 3, out, out_len);
	if (len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) ||
	    (u[0] == 0xFE && u[1] == 0xFF)))
		return decode_bom16(a, u, len, out, out_len);
	if (charset_utf8_prefix(data, len) == len) {
		*out = arena_strndup(a, data, len);
		*out_len = len;
		return *out ? CONCORD_OK : CONCORD_ENOMEM;
	}
	if (transport && *transport)
		copy_label(transport, strlen(transport), label, sizeof label);
	if (!*label && html)
		charset_sniff_meta(data, len, label, sizeof label);
	/* Mostly valid UTF-8 with a few broken bytes (a page cut
	 * mid-character, one stray byte) is still UTF-8: legacy text makes
	 * valid multi-byte sequences only by rare accident. */
	utf8_census(u, len, &multi, &bad);
	if (*label && !(multi >= 8 && multi >= 10 * bad))
		return decode_declared(a, label, data, len, out, out_len);
	if (multi >= 4 * bad)
		return decode_utf8(a, u, len, out, out_len);
	return decode_cp1252(a, u, len, out, out_len);
}
