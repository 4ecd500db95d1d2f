/* text.c - Unicode text: normalization (NFKC + ASCII punctuation), sentence
 * splitting for news prose, word tokens with case-folded Snowball stems.
 *
 * Everything here is reentrant: no global mutable state; stemmers and the
 * word cache live for one call. Invalid UTF-8 is read as U+FFFD. */
#include "concord/text.h"

#include "arena.h"
#include "util.h"

#include <libstemmer.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include <xxhash.h>

#define REPLACEMENT 0xFFFD

/* ---- UTF-8 decoding -------------------------------------------------- */

/* Decodes the code point at s[i] (i < len) into *cp and returns its byte
 * length; an invalid or truncated sequence is one byte read as U+FFFD.
 * Strict: no overlongs, no surrogates, nothing above U+10FFFF. */
static size_t decode(const unsigned char *s, size_t len, size_t i, int32_t *cp)
{
	unsigned c = s[i];
	if (c < 0x80) {
		*cp = (int32_t)c;
		return 1;
	}
	size_t n;
	int32_t v, min;
	if (c >= 0xC2 && c <= 0xDF) {
		n = 2, v = c & 0x1F, min = 0x80;
	} else if (c >= 0xE0 && c <= 0xEF) {
		n = 3, v = c & 0x0F, min = 0x800;
	} else if (c >= 0xF0 && c <= 0xF4) {
		n = 4, v = c & 0x07, min = 0x10000;
	} else {
		*cp = REPLACEMENT;
		return 1;
	}
	if (len - i < n) {
		*cp = REPLACEMENT;
		return 1;
	}
	for (size_t k = 1; k < n; k++) {
		unsigned t = s[i + k];
		if ((t & 0xC0) != 0x80) {
			*cp = REPLACEMENT;
			return 1;
		}
		v = (v << 6) | (int32_t)(t & 0x3F);
	}
	if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
		*cp = REPLACEMENT;
		return 1;
	}
	*cp = v;
	return n;
}

/* Decodes the code point ending just before s[i] (i > 0); returns its
 * start. Used to look back at the word before a full stop. */
static size_t decode_back(const unsigned char *s, size_t i, int32_t *cp)
{
	size_t st = i - 1;
	while (st > 0 && i - st < 4 && (s[st] & 0xC0) == 0x80)
		st--;
	size_t n = decode(s, i, st, cp);
	if (st + n != i) {  /* not a whole sequence: one stray byte */
		*cp = REPLACEMENT;
		return i - 1;
	}
	return st;
}

static size_t encode(int32_t cp, char *out)
{
	utf8proc_ssize_t n = utf8proc_encode_char(cp, (utf8proc_uint8_t *)out);
	return n > 0 ? (size_t)n : 0;
}

int concord_utf8_valid(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0;
	while (i < len) {
		if (u[i] < 0x80) {
			i++;
			continue;
		}
		int32_t cp;
		size_t n = decode(u, len, i, &cp);
		if (cp == REPLACEMENT && n == 1)
			return 0;  /* U+FFFD itself is 3 bytes long */
		i += n;
	}
	return 1;
}

/* ---- normalization --------------------------------------------------- */

enum { CLS_KEEP, CLS_SPACE, CLS_NEWLINE, CLS_DROP };

/* How normalization treats cp (before NFKC: what to drop; after: what
 * to map or collapse); *ascii gets a replacement character for
 * typographic quotes and dashes (0 when none). */
static int classify(int32_t cp, char *ascii)
{
	*ascii = 0;
	if (cp < 0x80) {
		if (cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v')
			return CLS_NEWLINE;
		if (cp == ' ' || cp == '\t')
			return CLS_SPACE;
		return cp < 0x20 || cp == 0x7F ? CLS_DROP : CLS_KEEP;
	}
	switch (cp) {
	case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
	case 0x2035: case 0x02BC:
		*ascii = '\'';
		return CLS_KEEP;
	case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB:
	case 0x00BB: case 0x2033: case 0x2036: case 0x301D: case 0x301E:
		*ascii = '"';
		return CLS_KEEP;
	case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
	case 0x2015: case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D:
		*ascii = '-';
		return CLS_KEEP;
	case 0x0085: case 0x2028: case 0x2029:
		return CLS_NEWLINE;
	case 0x00A0: case 0x1680: case 0x180E: case 0x202F: case 0x205F:
	case 0x3000:
		return CLS_SPACE;
	case 0x00AD: case 0x200B: case 0x2060: case 0xFEFF: case 0x200E:
	case 0x200F:
		return CLS_DROP;
	}
	if (cp >= 0x2000 && cp <= 0x200A)
		return CLS_SPACE;
	if (cp >= 0x80 && cp < 0xA0)
		return CLS_DROP;  /* C1 controls */
	utf8proc_category_t cat = utf8proc_category(cp);
	if (cat == UTF8PROC_CATEGORY_ZS)
		return CLS_SPACE;
	if (cat == UTF8PROC_CATEGORY_ZL || cat == UTF8PROC_CATEGORY_ZP)
		return CLS_NEWLINE;
	if (cat == UTF8PROC_CATEGORY_CN)  /* unassigned: kept, noncharacters not */
		return (cp & 0xFFFE) == 0xFFFE || (cp >= 0xFDD0 && cp <= 0xFDEF) ?
		    CLS_DROP : CLS_KEEP;
	if (cat == UTF8PROC_CATEGORY_CC || cat == UTF8PROC_CATEGORY_CS ||
	    cat == UTF8PROC_CATEGORY_CO)
		return CLS_DROP;  /* controls, private use (icon fonts) */
	return CLS_KEEP;
}

/* Whether normalization drops cp (>= 0x80): classify's answer, with a
 * fast path for the BMP below the private use area, where only a few
 * invisible characters are dropped. */
static int dropped(int32_t cp)
{
	char a;
	if (cp >= 0xA0 && cp < 0xE000)
		return cp == 0xAD || cp == 0x200B || cp == 0x200E || cp == 0x200F ||
		    cp == 0x2060;
	return classify(cp, &a) == CLS_DROP;
}

/* Copies s into a malloc'd buffer of valid UTF-8 (invalid bytes become
 * U+FFFD) without the characters normalization drops (controls,
 * invisible format characters, combining marks past MAX_MARK_RUN in a
 * row): they go before NFKC so that what they separated composes now
 * rather than on a second normalization. Sets *ascii when every byte
 * left is below 0x80. */
static char *sanitize(const char *s, size_t len, size_t *out_len, int *ascii)
{
	const unsigned char *u = (const unsigned char *)s;
	if (len > SIZE_MAX / 4)
		return NULL;
	/* the copy grows only by U+FFFD (3 bytes for 1): room is made then */
	size_t cap = len + 1, j = 0, i = 0;
	char *o = malloc(cap);
	if (!o)
		return NULL;
	size_t marks = 0;  /* combining marks in a row (MAX_MARK_RUN) */
	*ascii = 1;
	while (i < len) {
		if (u[i] < 0x80) {  /* controls but white space are dropped */
			if ((u[i] >= 0x20 && u[i] != 0x7F) ||
			    (u[i] >= '\t' && u[i] <= '\r'))
				o[j++] = (char)u[i];
			i++;
			marks = 0;
			continue;
		}
		int32_t cp;
		size_t n = decode(u, len, i, &cp);
		*ascii = 0;
		marks = n > 1 && is_mark_cp(cp) ? marks + 1 : 0;
		if (marks > MAX_MARK_RUN) {
			i += n;
			continue;
		}
		if (n == 1) {
			size_t need = j + 3 + (len - i - 1) + 1;
			if (need > cap) {
				cap = need + need / 2;
				char *no = realloc(o, cap);
				if (!no) {
					free(o);
					return NULL;
				}
				o = no;
			}
			j += encode(REPLACEMENT, o + j);
		} else if (!dropped(cp)) {
			memcpy(o + j, s + i, n);
			j += n;
		}
		i += n;
	}
	o[j] = 0;
	*out_len = j;
	return o;
}

/* Writes the final form of NFKC text t into o (which has room for tlen
 * bytes + NUL): punctuation mapped, controls dropped, white space
 * collapsed and trimmed. Returns the output length. */
static size_t collapse(const char *t, size_t tlen, char *o)
{
	const unsigned char *u = (const unsigned char *)t;
	size_t j = 0, i = 0;
	int pending = 0;  /* 0 none, 1 space, 2 newline */
	while (i < tlen) {
		if (u[i] > ' ' && u[i] < 0x7F) {  /* fast path: printable ASCII */
			if (pending && j > 0)
				o[j++] = pending == 2 ? '\n' : ' ';
			pending = 0;
			o[j++] = (char)u[i++];
			continue;
		}
		int32_t cp;
		size_t n = decode(u, tlen, i, &cp);
		char a;
		int cls = classify(cp, &a);
		if (cls == CLS_SPACE || cls == CLS_NEWLINE) {
			if (cls == CLS_NEWLINE || pending == 2)
				pending = 2;
			else
				pending = 1;
		} else if (cls == CLS_KEEP) {
			if (pending && j > 0)
				o[j++] = pending == 2 ? '\n' : ' ';
			pending = 0;
			if (a) {
				o[j++] = a;
			} else {
				memmove(o + j, t + i, n);  /* o may be t itself */
				j += n;
			}
		}
		i += n;
	}
	o[j] = 0;
	return j;
}

/* Whether NFKC may change cp or its neighbours: it has a decomposition,
 * combines with others, or is a Hangul jamo or syllable (composed by
 * algorithm, outside utf8proc's tables). */
static int nfkc_unstable(int32_t cp)
{
	if (cp < 0xA0)
		return 0;
	if ((cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0xAC00 && cp <= 0xD7A3))
		return 1;
	const utf8proc_property_t *p = utf8proc_get_property(cp);
	return p->decomp_seqindex != UINT16_MAX || p->combining_class != 0 ||
	    p->comb_index != UINT16_MAX;
}

/* Appends the NFKC form of line t[0..n) (valid UTF-8) to b; lines that
 * NFKC leaves unchanged are copied (most lines of most texts). */
static concord_status append_nfkc(buf *b, const char *t, size_t n)
{
	const unsigned char *u = (const unsigned char *)t;
	int unstable = 0;
	for (size_t i = 0; i < n && !unstable;) {
		if (u[i] < 0x80) {
			i++;
			continue;
		}
		int32_t cp;
		i += decode(u, n, i, &cp);
		unstable = nfkc_unstable(cp);
	}
	if (!unstable)
		return buf_append(b, t, n) ? CONCORD_ENOMEM : CONCORD_OK;
	utf8proc_uint8_t *nf = NULL;
	utf8proc_ssize_t r = utf8proc_map(u, (utf8proc_ssize_t)n, &nf,
	    UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT);
	if (r < 0)
		return r == UTF8PROC_ERROR_NOMEM ? CONCORD_ENOMEM : CONCORD_EINVAL;
	int fail = buf_append(b, (const char *)nf, (size_t)r);
	free(nf);
	return fail ? CONCORD_ENOMEM : CONCORD_OK;
}

/* NFKC of the whole valid text, line by line: a '\n' never composes with
 * its neighbours, so lines are independent. */
static concord_status nfkc_lines(const char *t, size_t n, buf *b)
{
	size_t i = 0;
	while (i < n) {
		const char *nl = memchr(t + i, '\n', n - i);
		size_t e = nl ? (size_t)(nl - t) + 1 : n;
		concord_status st = append_nfkc(b, t + i, e - i);
		if (st)
			return st;
		i = e;
	}
	return CONCORD_OK;
}

concord_status concord_text_normalize(const char *s, size_t len, char **out,
    size_t *out_len)
{
	if (!out)
		return CONCORD_EINVAL;
	*out = NULL;
	if (out_len)
		*out_len = 0;
	if (!s)
		len = 0;
	size_t slen;
	int ascii;
	char *san = sanitize(s ? s : "", len, &slen, &ascii);
	if (!san)
		return CONCORD_ENOMEM;
	char *t = san;
	if (!ascii) {
		buf b = {0};
		concord_status st = nfkc_lines(san, slen, &b);
		if (!st && !b.data)
			st = buf_append(&b, "", 0) ? CONCORD_ENOMEM : CONCORD_OK;
		free(san);
		if (st) {
			buf_free(&b);
			return st;
		}
		t = b.data;
		slen = b.len;
	}
	/* mapping and collapsing never lengthen the text: each output
	 * character replaces at least as many input bytes */
	size_t n = collapse(t, slen, t);
	*out = t;
	if (out_len)
		*out_len = n;
	return CONCORD_OK;
}

/* ---- character classes ----------------------------------------------- */

static int is_space_cp(int32_t cp)
{
	if (cp < 0x80)
		return cp == ' ' || (cp >= '\t' && cp <= '\r');
	if (cp == 0x85 || cp == 0xA0 || cp == 0x3000 || cp == 0x200B ||
	    cp == 0xFEFF)
		return 1;
	utf8proc_category_t c = utf8proc_category(cp);
	return c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_ZL ||
	    c == UTF8PROC_CATEGORY_ZP;
}

static int is_word_cp(int32_t cp)
{
	if (cp < 0x80)
		return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
		    (cp >= '0' && cp <= '9');
	if (cp == REPLACEMENT)
		return 0;
	utf8proc_category_t c = utf8proc_category(cp);
	return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_NO;
}

static int is_digit_cp(int32_t cp)
{
	if (cp < 0x80)
		return cp >= '0' && cp <= '9';
	return utf8proc_category(cp) == UTF8PROC_CATEGORY_ND;
}

static int is_upper_cp(int32_t cp)
{
	if (cp < 0x80)
		return cp >= 'A' && cp <= 'Z';
	utf8proc_category_t c = utf8proc_category(cp);
	return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

static int is_lower_cp(int32_t cp)
{
	if (cp < 0x80)
		return cp >= 'a' && cp <= 'z';
	return utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

static int is_alnum_ascii(unsigned c)
{
	return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* Scripts written without spaces between words: each character is a word
 * of its own (Han ideographs, kana). */
static int is_cjk_cp(int32_t cp)
{
	return (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
	    (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
	    (cp >= 0x20000 && cp <= 0x3FFFF) || (cp >= 0x31F0 && cp <= 0x31FF);
}

/* Closing quotes and brackets that stay with the sentence they close. */
static int is_closer_cp(int32_t cp)
{
	switch (cp) {
	case '"': case '\'': case ')': case ']': case '}':
	case 0x2019: case 0x201D: case 0x00BB: case 0x203A: case 0x300D:
	case 0x300F: case 0xFF09: case 0x3011: case 0x3009: case 0x300B:
	case 0xFF02: case 0x201C: case 0x00AB:
		return 1;
	}
	return 0;
}

/* Opening quotes and brackets that may precede a sentence's first word. */
static int is_opener_cp(int32_t cp)
{
	switch (cp) {
	case '"': case '\'': case '(': case '[': case 0x2018: case 0x201C:
	case 0x201E: case 0x00AB: case 0x00BB: case 0x300C: case 0x300E:
	case 0x2039: case 0xFF08:
		return 1;
	}
	return 0;
}

/* ---- sentences ------------------------------------------------------- */

/* Abbreviations after which a full stop never ends a sentence: titles
 * that precede a name, and words that precede a number. */
static const char *const abbrev_never[] = {
	"mr", "mrs", "ms", "dr", "prof", "st", "sr", "gen", "gov", "sen",
	"rep", "rev", "hon", "lt", "col", "maj", "capt", "cpl", "sgt", "adm",
	"cmdr", "pres", "supt", "insp", "mt", "ft", "messrs", "mme", "mlle",
	"vs", "v", "e.g", "i.e", "cf", "al", "approx", "fig", "figs",
	"vol", "pp", "ch", "sec", "art", "para", "ca",
	"ave", "blvd", "rd", "dept", "univ", "assn", "bros",
	"z.b", "bzw", "fr", "str", "u.a", "vgl",
	"d.h", "sog", "mio", "mrd", "tel", "abs", "ggf", "inkl", "evtl",
	"sra", "sr", "srta", "dña", "av", "pág", "núm",
	"sig", "dott", "ing", "avv", "sig.ra", "ул", "им", "т.е",
	"т.д", "т.п", "др", "пр", "см", "стр", "руб", "млн", "млрд", "тыс",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
	"nov", "dec",
};

/* Abbreviations that often end a sentence too ("... in the U.S. The
 * next day"): they end one only before a typical sentence opener. */
static const char *const abbrev_maybe[] = {
	"inc", "ltd", "co", "corp", "jr", "plc", "llc", "bros", "a.m", "p.m",
	"u.s", "u.k", "u.n", "e.u", "u.s.a", "d.c", "etc", "hr", "hrs", "min",
	"usw",
};

/* Abbreviations that stand before a number. */
static const char *const abbrev_number[] = {
	"no", "nos", "nr", "op", "nº",
};

/* Words that typically open a sentence; after an abbreviation such as
 * "U.S." they tell a sentence end from a name ("U.S. Army"). */
static const char *const openers[] = {
	"The", "He", "She", "It", "They", "We", "I", "But", "And", "In", "A",
	"An", "This", "That", "These", "Those", "His", "Her", "Its", "Their",
	"There", "On", "At", "As", "If", "When", "While", "After", "Before",
	"Meanwhile", "However", "Also", "Some", "Many", "No", "Now", "So",
	"Yet", "For", "What", "Who", "Why", "How", "Officials", "According",
};

static int in_list(const char *const *list, size_t n, const char *w, size_t len)
{
	if (!len)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (list[i][0] == w[0] && strncmp(list[i], w, len) == 0 &&
		    list[i][len] == 0)
			return 1;
	return 0;
}

/* The word ending at a full stop at s[dot]: its start. Word characters
 * and inner periods ("U.S", "e.g") belong to it. */
static size_t word_before(const unsigned char *s, size_t dot)
{
	size_t i = dot;
	while (i > 0) {
		int32_t cp;
		size_t st = decode_back(s, i, &cp);
		if (is_word_cp(cp) || (cp == '.' && st > 0 && i < dot))
			i = st;
		else
			break;
	}
	return i;
}

/* Lower-cases ASCII letters of w into buf (cap 32); 0 when too long. */
static size_t lower_ascii(const unsigned char *w, size_t len, char *dst)
{
	if (len >= 32)
		return 0;
	for (size_t k = 0; k < len; k++)
		dst[k] = (char)(w[k] >= 'A' && w[k] <= 'Z' ? w[k] + 32 : w[k]);
	dst[len] = 0;
	return len;
}

/* Whether w[0..wl) is a run of single letters with inner dots ("F.B.I",
 * "a.m"). */
static int is_dotted_run(const unsigned char *w, size_t wl)
{
	if (wl < 3 || !memchr(w, '.', wl))
		return 0;
	for (size_t k = 0; k + 1 < wl; k++)
		if (w[k] != '.' && w[k + 1] != '.')
			return 0;
	return 1;
}

/* Whether the word at s[next..] typically opens a sentence. */
static int is_opener_word(const unsigned char *s, size_t len, size_t next)
{
	size_t ne = next;
	while (ne < len) {
		int32_t cp;
		size_t n = decode(s, len, ne, &cp);
		if (!is_word_cp(cp))
			break;
		ne += n;
	}
	return in_list(openers, sizeof openers / sizeof *openers,
	    (const char *)s + next, ne - next);
}

/* Whether the '.' at s[dot] belongs to an abbreviation rather than ending
 * the sentence; next is the offset of the following word (or len). */
static int is_abbreviation(const unsigned char *s, size_t len, size_t dot,
    size_t next)
{
	size_t ws = word_before(s, dot);
	size_t wl = dot - ws;
	if (wl == 0)
		return 0;
	int32_t first, nextcp = 0;
	if (next < len)
		decode(s, len, next, &nextcp);
	/* one capital letter: an initial ("J. Smith") */
	if (decode(s, dot, ws, &first) == wl && is_upper_cp(first))
		return is_upper_cp(nextcp) || is_digit_cp(nextcp) || !nextcp;
	char low[32];
	if (!lower_ascii(s + ws, wl, low))
		return 0;
	if (in_list(abbrev_never, sizeof abbrev_never / sizeof *abbrev_never,
	        low, wl))
		return 1;
	/* "No. 5", "Op. 3"; but "the answer was No. Then" ends */
	if (in_list(abbrev_number, sizeof abbrev_number / sizeof *abbrev_number,
	        low, wl))
		return is_digit_cp(nextcp);
	if (!in_list(abbrev_maybe, sizeof abbrev_maybe / sizeof *abbrev_maybe,
	        low, wl) && !is_dotted_run(s + ws, wl))
		return 0;
	return !is_opener_word(s, len, next);
}

/* Whether s[start..dot) is only a list number ("1.", "12.") or letter
 * ("a.") opening a list item. */
static int is_list_number(const unsigned char *s, size_t start, size_t dot)
{
	while (start < dot && (s[start] == ' ' || s[start] == '\t'))
		start++;
	if (start == dot || dot - start > 3)
		return 0;
	for (size_t k = start; k < dot; k++)
		if (!(s[k] >= '0' && s[k] <= '9') && dot - start > 1)
			return 0;
	return 1;
}

/* After a terminator run ending at i: skips closing quotes/brackets;
 * returns the sentence end. */
static size_t skip_closers(const unsigned char *s, size_t len, size_t i)
{
	while (i < len) {
		int32_t cp;
		size_t n = decode(s, len, i, &cp);
		if (!is_closer_cp(cp))
			break;
		i += n;
	}
	return i;
}

/* Decides whether a sentence ends at the terminator run s[t..e) (e after
 * closers). Returns 1 to split after e. */
static int ends_sentence(const unsigned char *s, size_t len, size_t start,
    size_t t, size_t run_end, size_t e, int cjk)
{
	if (e >= len)
		return 1;
	int32_t cp;
	size_t n = decode(s, len, e, &cp);
	if (!is_space_cp(cp))
		return cjk;  /* "3.5", "U.S", "...," stay inside */
	size_t next = e;
	while (next < len) {
		n = decode(s, len, next, &cp);
		if (cp == '\n')
			return 1;
		if (!is_space_cp(cp))
			break;
		next += n;
	}
	if (next >= len)
		return 1;
	/* skip opening quotes to reach the next word */
	size_t w = next;
	while (w < len) {
		n = decode(s, len, w, &cp);
		if (!is_opener_cp(cp))
			break;
		w += n;
	}
	if (w < len)
		decode(s, len, w, &cp);
	if (is_lower_cp(cp))
		return 0;  /* "etc. and", "Help!” she said" */
	size_t dots = 0;
	for (size_t k = t; k < run_end; k++)
		dots += s[k] == '.';
	int single_dot = dots == 1 && run_end - t == 1;
	if (single_dot && e == run_end && is_abbreviation(s, len, t, w))
		return 0;
	if (single_dot && e == run_end && is_list_number(s, start, t))
		return 0;
	return 1;
}

static int is_terminator(int32_t cp, int *cjk)
{
	*cjk = 0;
	switch (cp) {
	case '.': case '!': case '?': case 0x2026: case 0x203C: case 0x2047:
	case 0x2048: case 0x2049: case 0x061F: case 0x06D4: case 0x0964:
	case 0x0965: case 0x037E:
		return 1;
	case 0x3002: case 0xFF01: case 0xFF1F: case 0xFF0E: case 0xFF61:
		*cjk = 1;
		return 1;
	}
	return 0;
}

typedef struct span_list {
	concord_span *v;
	size_t n, cap;
} span_list;

/* Adds s[a..b) trimmed of white space; empty spans are skipped. */
static int push_span(span_list *l, const unsigned char *s, size_t a, size_t b)
{
	while (a < b) {
		int32_t cp;
		size_t n = decode(s, b, a, &cp);
		if (!is_space_cp(cp))
			break;
		a += n;
	}
	while (b > a) {
		int32_t cp;
		size_t st = decode_back(s, b, &cp);
		if (st < a || !is_space_cp(cp))
			break;
		b = st;
	}
	if (a >= b)
		return 0;
	if (l->n == l->cap) {
		size_t nc = l->cap ? l->cap * 2 : 16;
		concord_span *nv = realloc(l->v, nc * sizeof *nv);
		if (!nv)
			return -1;
		l->v = nv;
		l->cap = nc;
	}
	l->v[l->n].off = a;
	l->v[l->n].len = b - a;
	l->n++;
	return 0;
}

/* The sentence splitter proper: one left-to-right scan that stops at
 * each terminator run or newline and asks ends_sentence. */
static int split_sentences(const unsigned char *s, size_t len, span_list *l)
{
	size_t start = 0, i = 0;
	while (i < len) {
		unsigned c = s[i];
		if (c < 0x80 && c != '.' && c != '!' && c != '?' && c != '\n') {
			i++;  /* fast path: most bytes are no stop */
			continue;
		}
		int32_t cp;
		size_t n = decode(s, len, i, &cp);
		int cjk;
		if (cp == '\n' || cp == 0x2029 || cp == 0x2028) {
			if (push_span(l, s, start, i) < 0)
				return -1;
			start = i += n;
			continue;
		}
		if (!is_terminator(cp, &cjk)) {
			i += n;
			continue;
		}
		size_t t = i, run_end = i + n;
		int c2;
		while (run_end < len) {
			size_t m = decode(s, len, run_end, &cp);
			if (!is_terminator(cp, &c2))
				break;
			cjk |= c2;
			run_end += m;
		}
		size_t e = skip_closers(s, len, run_end);
		if (ends_sentence(s, len, start, t, run_end, e, cjk)) {
			if (push_span(l, s, start, e) < 0)
				return -1;
			start = e;
		}
		i = e > run_end ? e : run_end;
	}
	return push_span(l, s, start, len);
}

concord_status concord_text_sentences(const char *s, size_t len,
    concord_span **out, size_t *n)
{
	if (!out || !n)
		return CONCORD_EINVAL;
	*out = NULL;
	*n = 0;
	if (!s || !len)
		return CONCORD_OK;
	span_list l = {0};
	if (split_sentences((const unsigned char *)s, len, &l) < 0) {
		free(l.v);
		return CONCORD_ENOMEM;
	}
	*out = l.v;
	*n = l.n;
	return CONCORD_OK;
}

/* ---- stemming and stop words ----------------------------------------- */

typedef struct lang_info {
	const char *code, *algorithm;
	const char *const *stop;
	size_t nstop;
} lang_info;

#define LIST(a) a, sizeof a / sizeof *a

static const char *const stop_en[] = {
	"a", "about", "after", "all", "also", "an", "and", "any", "are", "as",
	"at", "be", "been", "being", "but", "by", "can", "could", "did", "do",
	"does", "for", "from", "had", "has", "have", "he", "her", "hers", "him",
	"his", "how", "i", "if", "in", "into", "is", "it", "its", "just", "me",
	"more", "most", "my", "no", "not", "of", "on", "one", "or", "other",
	"our", "out", "over", "said", "says", "she", "so", "some", "such",
	"than", "that", "the", "their", "them", "then", "there", "these",
	"they", "this", "those", "to", "up", "us", "was", "we", "were", "what",
	"when", "where", "which", "while", "who", "whom", "why", "will",
	"with", "would", "you", "your",
};
static const char *const stop_de[] = {
	"aber", "als", "am", "an", "auch", "auf", "aus", "bei", "bin", "bis",
	"da", "das", "dass", "dem", "den", "der", "des", "die", "dies", "diese",
	"dieser", "doch", "du", "durch", "ein", "eine", "einem", "einen",
	"einer", "eines", "er", "es", "für", "hat", "hatte", "ich", "ihr",
	"im", "in", "ist", "ja", "kann", "man", "mit", "nach", "nicht", "noch",
	"nur", "oder", "sein", "seine", "sich", "sie", "sind", "so", "um",
	"und", "uns", "von", "vor", "war", "was", "wie", "wir", "wird", "wurde",
	"zu", "zum", "zur", "über",
};
static const char *const stop_fr[] = {
	"à", "au", "aux", "avec", "ce", "ces", "cette", "dans", "de", "des",
	"du", "elle", "en", "est", "et", "il", "ils", "je", "la", "le", "les",
	"leur", "lui", "mais", "me", "même", "ne", "nous", "on", "ont", "ou",
	"où", "par", "pas", "plus", "pour", "qu", "que", "qui", "sa", "se",
	"ses", "son", "sont", "sur", "un", "une", "vous", "été", "était", "a",
	"y", "l", "d", "n", "s", "c", "j",
};
static const char *const stop_es[] = {
	"a", "al", "como", "con", "de", "del", "el", "en", "es", "esta",
	"este", "ha", "la", "las", "le", "les", "lo", "los", "más", "no",
	"o", "para", "pero", "por", "que", "se", "si", "sin", "sobre", "su",
	"sus", "también", "un", "una", "y", "ya", "fue", "son", "entre",
	"cuando", "muy", "hay", "donde", "han", "me", "mi",
};
static const char *const stop_it[] = {
	"a", "al", "alla", "anche", "che", "ci", "come", "con", "da", "dal",
	"dei", "del", "della", "di", "e", "è", "gli", "ha", "i", "il", "in",
	"la", "le", "lo", "ma", "nel", "nella", "non", "per", "più", "si",
	"sono", "su", "sul", "tra", "un", "una", "uno", "l", "d", "c",
	"questo", "questa", "sua", "suo", "loro", "stato", "anche",
};
static const char *const stop_pt[] = {
	"a", "ao", "aos", "as", "com", "como", "da", "das", "de", "do", "dos",
	"e", "é", "ela", "ele", "em", "entre", "foi", "mais", "mas", "na",
	"nas", "no", "nos", "não", "o", "os", "ou", "para", "pela", "pelo",
	"por", "que", "se", "sem", "seu", "sua", "são", "também", "um", "uma",
	"já", "ser", "ter", "há",
};
static const char *const stop_nl[] = {
	"aan", "al", "als", "bij", "dat", "de", "die", "dit", "door", "een",
	"en", "er", "het", "hij", "hun", "in", "is", "je", "maar", "met",
	"na", "naar", "niet", "nog", "of", "om", "ook", "op", "over", "te",
	"tot", "uit", "van", "voor", "was", "wat", "werd", "wie", "wij",
	"worden", "wordt", "zal", "ze", "zich", "zij", "zijn",
};
static const char *const stop_ru[] = {
	"а", "без", "бы", "был", "была", "были", "было", "в", "во", "вы",
	"да", "для", "до", "его", "ее", "её", "если", "есть", "еще", "ещё",
	"же", "за", "и", "из", "или", "им", "их", "к", "как", "ко", "когда",
	"ли", "на", "над", "не", "него", "нет", "ни", "но", "о", "об", "он",
	"она", "они", "оно", "от", "по", "под", "при", "с", "со", "так",
	"также", "то", "того", "только", "у", "уже", "что", "это", "этот",
	"я", "мы", "все", "всё", "чтобы",
};

static const lang_info langs[] = {
	{"en", "english", LIST(stop_en)},
	{"de", "german", LIST(stop_de)},
	{"fr", "french", LIST(stop_fr)},
	{"es", "spanish", LIST(stop_es)},
	{"it", "italian", LIST(stop_it)},
	{"pt", "portuguese", LIST(stop_pt)},
	{"nl", "dutch", LIST(stop_nl)},
	{"ru", "russian", LIST(stop_ru)},
	{"sv", "swedish", NULL, 0},
	{"da", "danish", NULL, 0},
	{"no", "norwegian", NULL, 0},
	{"nb", "norwegian", NULL, 0},
	{"nn", "norwegian", NULL, 0},
	{"fi", "finnish", NULL, 0},
	{"hu", "hungarian", NULL, 0},
	{"ro", "romanian", NULL, 0},
	{"tr", "turkish", NULL, 0},
	{"ar", "arabic", NULL, 0},
	{"el", "greek", NULL, 0},
	{"id", "indonesian", NULL, 0},
	{"ga", "irish", NULL, 0},
	{"lt", "lithuanian", NULL, 0},
	{"ne", "nepali", NULL, 0},
	{"sr", "serbian", NULL, 0},
	{"ta", "tamil", NULL, 0},
	{"ca", "catalan", NULL, 0},
	{"eu", "basque", NULL, 0},
	{"hy", "armenian", NULL, 0},
	{"hi", "hindi", NULL, 0},
	{"yi", "yiddish", NULL, 0},
	/* languages written without a Snowball stemmer: words are only
	 * case-folded */
	{"zh", NULL, NULL, 0}, {"ja", NULL, NULL, 0}, {"ko", NULL, NULL, 0},
	{"th", NULL, NULL, 0}, {"vi", NULL, NULL, 0}, {"bn", NULL, NULL, 0},
	{"fa", NULL, NULL, 0}, {"he", NULL, NULL, 0}, {"uk", NULL, NULL, 0},
	{"pl", NULL, NULL, 0}, {"cs", NULL, NULL, 0},
};

/* The language of an ISO 639-1 code, case ignored, region dropped
 * ("pt-BR", "EN"); English when NULL or unknown. */
static const lang_info *find_lang(const char *code)
{
	char c[4] = {0};
	for (size_t k = 0; code && k < 3 && code[k] && code[k] != '-' &&
	    code[k] != '_'; k++)
		c[k] = (char)(code[k] >= 'A' && code[k] <= 'Z' ? code[k] + 32 : code[k]);
	for (size_t i = 0; i < sizeof langs / sizeof *langs; i++)
		if (strcmp(langs[i].code, c) == 0)
			return &langs[i];
	return &langs[0];
}

/* Case-folds w[0..len) into buf (cap bytes); returns the folded length,
 * or 0 when it does not fit. */
static size_t casefold(const unsigned char *w, size_t len, char *dst, size_t cap)
{
	size_t j = 0, i = 0;
	while (i < len) {
		if (w[i] < 0x80) {
			if (j + 1 >= cap)
				return 0;
			unsigned c = w[i++];
			dst[j++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
			continue;
		}
		int32_t cp, folded[8];
		i += decode(w, len, i, &cp);
		if (cp == 0x2019 || cp == 0x2018 || cp == 0x02BC)
			cp = '\'';  /* "Putin’s" stems like "Putin's" */
		else if (cp == 0x2010 || cp == 0x2011)
			cp = '-';
		if (cp < 0x80) {
			if (j + 1 >= cap)
				return 0;
			dst[j++] = (char)cp;
			continue;
		}
		int last = 0;
		utf8proc_ssize_t n = utf8proc_decompose_char(cp, folded, 8,
		    UTF8PROC_CASEFOLD, &last);
		if (n < 0 || n > 8) {
			folded[0] = cp;
			n = 1;
		}
		for (utf8proc_ssize_t k = 0; k < n; k++) {
			if (j + 5 >= cap)
				return 0;
			j += encode(folded[k], dst + j);
		}
	}
	dst[j] = 0;
	return j;
}

#define WORD_MAX 256  /* longer words are hashed unstemmed and truncated */

/* The stem of the case-folded word f[0..flen) written into out (cap
 * WORD_MAX), or f itself when no stemmer applies. */
static size_t stem_folded(struct sb_stemmer *st, const char *f, size_t flen,
    char *out)
{
	if (st) {
		const sb_symbol *r = sb_stemmer_stem(st, (const sb_symbol *)f,
		    (int)flen);
		if (r) {
			size_t n = (size_t)sb_stemmer_length(st);
			if (n < WORD_MAX) {
				memcpy(out, r, n);
				out[n] = 0;
				return n;
			}
		}
	}
	memcpy(out, f, flen);
	out[flen] = 0;
	return flen;
}

size_t concord_text_stem(const char *word, size_t len, const char *lang,
    char *dst, size_t cap)
{
	if (!dst || !cap)
		return 0;
	dst[0] = 0;
	if (!word || !len)
		return 0;
	char f[WORD_MAX], st[WORD_MAX];
	size_t flen = casefold((const unsigned char *)word, len, f, sizeof f);
	if (!flen) {
		flen = len < WORD_MAX - 1 ? len : WORD_MAX - 1;
		memcpy(f, word, flen);
		f[flen] = 0;
	}
	const lang_info *li = find_lang(lang);
	struct sb_stemmer *stemmer = li->algorithm ?
	    sb_stemmer_new(li->algorithm, "UTF_8") : NULL;
	size_t n = stem_folded(stemmer, f, flen, st);
	sb_stemmer_delete(stemmer);
	if (n >= cap)
		n = cap - 1;
	memcpy(dst, st, n);
	dst[n] = 0;
	return n;
}

/* ---- tokens ---------------------------------------------------------- */

/* A per-call cache from a word as written to its hash and stop flag:
 * news text repeats its words, and stemming is the costly step. */
typedef struct cache_entry {
	const unsigned char *w;
	uint32_t len, flags;
	uint64_t hash;
} cache_entry;

typedef struct tokenizer {
	const unsigned char *s;
	size_t len;
	const lang_info *li;
	struct sb_stemmer *stemmer;
	cache_entry *cache;
	size_t cache_mask;
	concord_token *v;
	size_t n, cap;
} tokenizer;

/* The hash of a number: digits as written, thousands separators dropped,
 * a decimal separator written '.' so "3,5" and "3.5" agree. */
static uint64_t hash_number(const unsigned char *w, size_t len)
{
	char digits[WORD_MAX];
	size_t j = 0;
	for (size_t i = 0; i < len && j + 1 < sizeof digits; i++) {
		if (w[i] != ',' && w[i] != '.') {
			digits[j++] = (char)w[i];
			continue;
		}
		size_t d = i + 1;
		while (d < len && w[d] >= '0' && w[d] <= '9')
			d++;
		if (d - i - 1 != 3)
			digits[j++] = '.';
	}
	return XXH3_64bits(digits, j);
}

static int is_stop(const lang_info *li, const char *f, size_t flen)
{
	return li->stop && in_list(li->stop, li->nstop, f, flen);
}

/* Hash and stop flag of the word w[0..len) (not a number). */
static void hash_word(tokenizer *tk, const unsigned char *w, size_t len,
    uint64_t *hash, uint32_t *flags)
{
	char f[WORD_MAX], st[WORD_MAX];
	size_t flen = casefold(w, len, f, sizeof f);
	*flags = 0;
	if (!flen) {  /* absurdly long: hash it as written */
		*hash = XXH3_64bits(w, len);
		return;
	}
	if (is_stop(tk->li, f, flen))
		*flags |= CONCORD_TOK_STOP;
	size_t n = stem_folded(tk->stemmer, f, flen, st);
	*hash = XXH3_64bits(st, n);
}

static void lookup_word(tokenizer *tk, const unsigned char *w, size_t len,
    uint64_t *hash, uint32_t *flags)
{
	if (!tk->cache) {
		hash_word(tk, w, len, hash, flags);
		return;
	}
	uint64_t key = XXH3_64bits(w, len);
	size_t slot = (size_t)key & tk->cache_mask;
	cache_entry *e = &tk->cache[slot];
	if (e->w && e->len == len && memcmp(e->w, w, len) == 0) {
		*hash = e->hash;
		*flags = e->flags;
		return;
	}
	hash_word(tk, w, len, hash, flags);
	/* direct-mapped: a collision just replaces the older word */
	e->w = w;
	e->len = (uint32_t)len;
	e->hash = *hash;
	e->flags = *flags;
}

static int push_token(tokenizer *tk, size_t a, size_t b, int number,
    int32_t first)
{
	if (tk->n == tk->cap) {
		size_t nc = tk->cap ? tk->cap * 2 : 64;
		concord_token *nv = realloc(tk->v, nc * sizeof *nv);
		if (!nv)
			return -1;
		tk->v = nv;
		tk->cap = nc;
	}
	concord_token *t = &tk->v[tk->n++];
	t->off = (uint32_t)a;
	t->len = (uint32_t)(b - a);
	t->flags = 0;
	if (number) {
		t->flags = CONCORD_TOK_NUMBER;
		t->hash = hash_number(tk->s + a, b - a);
	} else {
		uint32_t fl;
		lookup_word(tk, tk->s + a, b - a, &t->hash, &fl);
		t->flags = fl;
		if (is_upper_cp(first))
			t->flags |= CONCORD_TOK_UPPER;
	}
	return 0;
}

/* Whether joiner (' - . , or a typographic form) between prev and next
 * keeps one word: "don't", "well-known", "U.S", "3.5"; a comma only
 * between digits ("1,000"). Ideographs are never joined. */
static int joins(int32_t joiner, int32_t prev, int32_t next)
{
	if (!is_word_cp(next) || is_cjk_cp(next) || is_cjk_cp(prev))
		return 0;
	switch (joiner) {
	case '\'': case 0x2019: case '-': case 0x2010: case 0x2011: case '.':
		return 1;
	case ',':
		return is_digit_cp(prev) && is_digit_cp(next);
	}
	return 0;
}

static int is_joiner_cp(int32_t cp)
{
	return cp == '\'' || cp == 0x2019 || cp == '-' || cp == 0x2010 ||
	    cp == 0x2011 || cp == '.' || cp == ',';
}

/* Reads one word starting at s[i] (a word character); returns its end and
 * sets *number when it is made of digits with inner . or , only. */
static size_t scan_word(const unsigned char *s, size_t len, size_t i,
    int *number)
{
	int32_t cp, prev;
	size_t n = decode(s, len, i, &cp);
	*number = 0;
	if (is_cjk_cp(cp))
		return i + n;
	int num = 1;
	for (;;) {
		if (!is_digit_cp(cp))
			num = 0;
		prev = cp;
		i += n;
		while (i < len && is_alnum_ascii(s[i])) {  /* fast path */
			prev = s[i++];
			if (prev > '9')
				num = 0;
		}
		if (i >= len)
			break;
		n = decode(s, len, i, &cp);
		if (is_word_cp(cp) && !is_cjk_cp(cp))
			continue;
		if (!is_joiner_cp(cp) || i + n >= len)
			break;
		int32_t next;
		size_t m = decode(s, len, i + n, &next);
		if (!joins(cp, prev, next))
			break;
		/* "said.The": a full stop with its space lost, not "U.S" */
		if (cp == '.' && is_upper_cp(next) && !is_upper_cp(prev) &&
		    i + n + m < len) {
			int32_t after;
			decode(s, len, i + n + m, &after);
			if (is_lower_cp(after))
				break;
		}
		if (!(is_digit_cp(prev) && is_digit_cp(next) &&
		        (cp == '.' || cp == ',')))
			num = 0;
		i += n;
		cp = next;
		n = m;
	}
	*number = num;
	return i;
}

/* Marks tokens that open a sentence: the first token at or after each
 * sentence's start. */
static int mark_sentence_starts(tokenizer *tk)
{
	concord_span *sp;
	size_t ns;
	if (concord_text_sentences((const char *)tk->s, tk->len, &sp, &ns))
		return -1;
	size_t k = 0;
	for (size_t i = 0; i < ns && k < tk->n; i++) {
		while (k < tk->n && tk->v[k].off < sp[i].off)
			k++;
		if (k < tk->n && tk->v[k].off < sp[i].off + sp[i].len)
			tk->v[k].flags |= CONCORD_TOK_SENT_START;
	}
	free(sp);
	return 0;
}

static int tokenize(tokenizer *tk)
{
	const unsigned char *s = tk->s;
	size_t i = 0, len = tk->len;
	while (i < len) {
		if (s[i] < 0x80 && !((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z') &&
		    !(s[i] >= '0' && s[i] <= '9')) {
			i++;
			continue;
		}
		int32_t cp;
		size_t n = decode(s, len, i, &cp);
		if (!is_word_cp(cp)) {
			i += n;
			continue;
		}
		int number;
		size_t e = scan_word(s, len, i, &number);
		if (push_token(tk, i, e, number, cp) < 0)
			return -1;
		i = e;
	}
	return 0;
}

concord_status concord_text_tokens(const char *s, size_t len, const char *lang,
    concord_token **out, size_t *n)
{
	if (!out || !n)
		return CONCORD_EINVAL;
	*out = NULL;
	*n = 0;
	if (!s || !len)
		return CONCORD_OK;
	if (len > UINT32_MAX)
		return CONCORD_ELIMIT;  /* offsets are 32-bit */
	tokenizer tk = {0};
	tk.s = (const unsigned char *)s;
	tk.len = len;
	tk.li = find_lang(lang);
	if (tk.li->algorithm) {
		tk.stemmer = sb_stemmer_new(tk.li->algorithm, "UTF_8");
		if (!tk.stemmer)
			return CONCORD_ENOMEM;
	}
	size_t slots = 256;
	while (slots < len / 4 && slots < 16384)
		slots *= 2;
	tk.cache = calloc(slots, sizeof *tk.cache);
	tk.cache_mask = slots - 1;
	concord_status rc = CONCORD_OK;
	if (!tk.cache || tokenize(&tk) < 0 || mark_sentence_starts(&tk) < 0)
		rc = CONCORD_ENOMEM;
	sb_stemmer_delete(tk.stemmer);
	free(tk.cache);
	if (rc) {
		free(tk.v);
		return rc;
	}
	*out = tk.v;
	*n = tk.n;
	return CONCORD_OK;
}
