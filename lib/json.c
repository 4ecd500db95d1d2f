/* json.c - a strict RFC 8259 JSON reader into an arena, with a lenient
 * mode for the JSON-LD of pages (comments, raw control characters in
 * strings, trailing commas, data after the value).
 *
 * The parser is iterative: nesting is tracked on an explicit stack of at
 * most max_depth frames, so hostile input cannot exhaust the C stack, and
 * every byte is looked at a bounded number of times (linear time). Strings
 * are decoded into one reusable scratch buffer, then copied to the arena at
 * their exact size. Invalid UTF-8 and lone surrogates become U+FFFD
 * (maximal-subpart replacement, as Unicode recommends); \u0000 becomes
 * U+FFFD too so that every decoded string is a proper C string. */
#include "json.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#define DEFAULT_DEPTH 64

typedef struct frame {
	json_value *node;   /* the array or object being filled */
	json_value *last;   /* its last child so far */
} frame;

typedef struct parser {
	arena *a;
	const unsigned char *s;
	size_t len, pos;
	buf scratch;        /* decoded string being built */
	frame *stack;       /* grown on demand, never past max_depth */
	size_t depth, max_depth, stack_n;
	int loose;          /* JSON as pages write it (json_parse_page) */
} parser;

static const char REPLACEMENT[] = "\xEF\xBF\xBD";

static int is_ws(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Length of the comment at s[pos..] ("// ..." to the end of the line,
 * "/" "* ... *" "/"), or 0. An unclosed block comment runs to the end. */
static size_t comment_len(const parser *p, size_t pos)
{
	const unsigned char *s = p->s + pos, *e = p->s + p->len, *q;
	if (e - s < 2 || s[0] != '/' || (s[1] != '/' && s[1] != '*'))
		return 0;
	q = memchr(s + 2, s[1] == '/' ? '\n' : '*', (size_t)(e - s - 2));
	while (q && s[1] == '*' && (q + 1 >= e || q[1] != '/'))
		q = memchr(q + 1, '*', (size_t)(e - q - 1));
	return q ? (size_t)(q - s) + (s[1] == '*' ? 2 : 1) : (size_t)(e - s);
}

static void skip_ws(parser *p)
{
	size_t n;
	while (p->pos < p->len)
		if (is_ws(p->s[p->pos]))
			p->pos++;
		else if (p->loose && (n = comment_len(p, p->pos)))
			p->pos += n;
		else
			break;
}

static int hex_value(unsigned char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Reads 4 hex digits at s[pos..]; -1 when they are not there. */
static long read_hex4(const parser *p, size_t pos)
{
	if (p->len - pos < 4)
		return -1;
	long v = 0;
	for (int i = 0; i < 4; i++) {
		int h = hex_value(p->s[pos + i]);
		if (h < 0)
			return -1;
		v = v * 16 + h;
	}
	return v;
}

static int put_codepoint(buf *b, unsigned long cp)
{
	char u[4];
	if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
		return buf_append(b, REPLACEMENT, 3);
	return buf_append(b, u, (size_t)utf8proc_encode_char(
	    (utf8proc_int32_t)cp, (utf8proc_uint8_t *)u));
}

/* Length of the UTF-8 sequence at s[0..n) when it is well formed (> 0), or
 * minus the length of its maximal valid prefix (at least 1) to skip. */
static long utf8_sequence(const unsigned char *s, size_t n)
{
	unsigned char c = s[0];
	size_t need;
	unsigned char lo = 0x80, hi = 0xBF;
	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF)
		need = 1;
	else if (c >= 0xE0 && c <= 0xEF)
		need = 2;
	else if (c >= 0xF0 && c <= 0xF4)
		need = 3;
	else
		return -1;
	if (c == 0xE0)
		lo = 0xA0;
	else if (c == 0xED)
		hi = 0x9F;
	else if (c == 0xF0)
		lo = 0x90;
	else if (c == 0xF4)
		hi = 0x8F;
	for (size_t i = 1; i <= need; i++) {
		if (i >= n || s[i] < lo || s[i] > hi)
			return -(long)i;
		lo = 0x80;
		hi = 0xBF;
	}
	return (long)need + 1;
}

/* Decodes the escape at s[pos] (just after the backslash) into scratch and
 * returns the bytes consumed, or 0 when it is malformed. */
static size_t decode_escape(parser *p, size_t pos, int *oom)
{
	static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
	unsigned char c = p->s[pos];
	const char *e = c ? strchr(from, c) : NULL;
	if (e) {
		*oom = buf_putc(&p->scratch, to[e - from]);
		return 1;
	}
	if (c != 'u')
		return 0;
	long cp = read_hex4(p, pos + 1);
	if (cp < 0)
		return 0;
	size_t used = 5;
	if (cp >= 0xD800 && cp <= 0xDBFF && p->len - pos >= 11 &&
	    p->s[pos + 5] == '\\' && p->s[pos + 6] == 'u') {
		long lo = read_hex4(p, pos + 7);
		if (lo >= 0xDC00 && lo <= 0xDFFF) {
			cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
			used = 11;
		}
	}
	*oom = put_codepoint(&p->scratch, (unsigned long)cp);
	return used;
}

/* Parses the string whose opening quote is at p->pos into the arena. */
static concord_status parse_string(parser *p, const char **out, size_t *len)
{
	size_t pos = p->pos + 1;
	int oom = 0;
	p->scratch.len = 0;
	while (!oom) {
		if (pos >= p->len) {
			p->pos = pos;
			return CONCORD_EPARSE;
		}
		unsigned char c = p->s[pos];
		if (c == '"')
			break;
		if (c < 0x20 && !p->loose) {
			p->pos = pos;
			return CONCORD_EPARSE;
		}
		if (c < 0x20) {  /* a raw tab or line break: kept as written */
			oom = buf_append(&p->scratch, (const char *)p->s + pos++, 1);
			continue;
		}
		if (c == '\\') {
			size_t used = pos + 1 < p->len ?
			    decode_escape(p, pos + 1, &oom) : 0;
			if (!used) {
				p->pos = pos;
				return CONCORD_EPARSE;
			}
			pos += 1 + used;
			continue;
		}
		/* copy a run of plain ASCII at once */
		size_t start = pos;
		while (pos < p->len && p->s[pos] >= 0x20 && p->s[pos] < 0x80 &&
		    p->s[pos] != '"' && p->s[pos] != '\\')
			pos++;
		if (pos > start) {
			oom = buf_append(&p->scratch,
			    (const char *)p->s + start, pos - start);
			continue;
		}
		long n = utf8_sequence(p->s + pos, p->len - pos);
		if (n > 0)
			oom = buf_append(&p->scratch,
			    (const char *)p->s + pos, (size_t)n);
		else
			oom = buf_append(&p->scratch, REPLACEMENT, 3);
		pos += (size_t)(n > 0 ? n : -n);
	}
	if (oom)
		return CONCORD_ENOMEM;
	const char *d = p->scratch.data ? p->scratch.data : "";
	*out = arena_strndup(p->a, d, p->scratch.len);
	if (!*out)
		return CONCORD_ENOMEM;
	*len = p->scratch.len;
	p->pos = pos + 1;
	return CONCORD_OK;
}

static size_t skip_digits(const parser *p, size_t pos)
{
	while (pos < p->len && p->s[pos] >= '0' && p->s[pos] <= '9')
		pos++;
	return pos;
}

/* number = [ minus ] int [ frac ] [ exp ]; returns the end or 0. */
static size_t scan_number(const parser *p, size_t pos)
{
	size_t d;
	if (pos < p->len && p->s[pos] == '-')
		pos++;
	if (pos < p->len && p->s[pos] == '0')
		pos++;
	else if ((d = skip_digits(p, pos)) > pos)
		pos = d;
	else
		return 0;
	if (pos < p->len && p->s[pos] == '.') {
		if ((d = skip_digits(p, pos + 1)) == pos + 1)
			return 0;
		pos = d;
	}
	if (pos < p->len && (p->s[pos] == 'e' || p->s[pos] == 'E')) {
		pos++;
		if (pos < p->len && (p->s[pos] == '+' || p->s[pos] == '-'))
			pos++;
		if ((d = skip_digits(p, pos)) == pos)
			return 0;
		pos = d;
	}
	return pos;
}

static int match_word(const parser *p, const char *w)
{
	size_t n = strlen(w);
	return p->len - p->pos >= n && !memcmp(p->s + p->pos, w, n);
}

/* Parses a scalar (not array/object) at p->pos into v. */
static concord_status parse_scalar(parser *p, json_value *v)
{
	static const struct { const char *word; json_type type; } words[] = {
		{"null", JSON_NULL}, {"false", JSON_FALSE}, {"true", JSON_TRUE},
	};
	unsigned char c = p->s[p->pos];
	if (c == '"') {
		v->type = JSON_STRING;
		return parse_string(p, &v->str, &v->len);
	}
	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
		if (match_word(p, words[i].word)) {
			v->type = words[i].type;
			p->pos += strlen(words[i].word);
			return CONCORD_OK;
		}
	}
	size_t end = scan_number(p, p->pos);
	if (!end)
		return CONCORD_EPARSE;
	v->type = JSON_NUMBER;
	v->len = end - p->pos;
	v->str = arena_strndup(p->a, (const char *)p->s + p->pos, v->len);
	p->pos = end;
	return v->str ? CONCORD_OK : CONCORD_ENOMEM;
}

/* Links v under the innermost open container (if any). */
static void attach(parser *p, json_value *v)
{
	if (!p->depth)
		return;
	frame *f = &p->stack[p->depth - 1];
	if (f->last)
		f->last->next = v;
	else
		f->node->child = v;
	f->last = v;
}

/* Reads `"key" :` at p->pos (white space skipped before and after). */
static concord_status parse_key(parser *p, const char **key)
{
	size_t len;
	skip_ws(p);
	if (p->pos >= p->len || p->s[p->pos] != '"')
		return CONCORD_EPARSE;
	concord_status st = parse_string(p, key, &len);
	if (st)
		return st;
	skip_ws(p);
	if (p->pos >= p->len || p->s[p->pos] != ':')
		return CONCORD_EPARSE;
	p->pos++;
	return CONCORD_OK;
}

/* After a value: closes finished containers and reads the separator
 * before the next value (and the key, inside an object). *done is set
 * when the top-level value is complete. */
static concord_status after_value(parser *p, const char **key, int *done)
{
	for (;;) {
		skip_ws(p);
		if (!p->depth) {
			*done = 1;
			return p->pos == p->len || p->loose ? CONCORD_OK :
			    CONCORD_EPARSE;
		}
		if (p->pos >= p->len)
			return CONCORD_EPARSE;
		json_value *top = p->stack[p->depth - 1].node;
		unsigned char c = p->s[p->pos];
		unsigned char close = top->type == JSON_OBJECT ? '}' : ']';
		if (c == close) {
			p->pos++;
			p->depth--;
			continue;
		}
		if (c != ',')
			return CONCORD_EPARSE;
		p->pos++;
		skip_ws(p);
		/* a comma before the closing bracket */
		if (p->loose && p->pos < p->len && p->s[p->pos] == close)
			continue;
		return top->type == JSON_OBJECT ? parse_key(p, key) : CONCORD_OK;
	}
}

static int grow_stack(parser *p)
{
	size_t n = p->stack_n ? p->stack_n * 2 : 16;
	if (n > p->max_depth)
		n = p->max_depth;
	frame *f = realloc(p->stack, n * sizeof *f);
	if (!f)
		return -1;
	p->stack = f;
	p->stack_n = n;
	return 0;
}

/* Opens the array or object v whose bracket is at p->pos. *closed is set
 * when it is empty (and so already closed). */
static concord_status open_container(parser *p, json_value *v,
    const char **key, int *closed)
{
	if (p->depth >= p->max_depth)
		return CONCORD_ELIMIT;
	if (p->depth == p->stack_n && grow_stack(p))
		return CONCORD_ENOMEM;
	int is_obj = p->s[p->pos] == '{';
	v->type = is_obj ? JSON_OBJECT : JSON_ARRAY;
	p->pos++;
	skip_ws(p);
	if (p->pos < p->len && p->s[p->pos] == (is_obj ? '}' : ']')) {
		p->pos++;
		*closed = 1;
		return CONCORD_OK;
	}
	p->stack[p->depth].node = v;
	p->stack[p->depth].last = NULL;
	p->depth++;
	*closed = 0;
	return is_obj ? parse_key(p, key) : CONCORD_OK;
}

/* The main loop: one value per turn, containers kept on p->stack. */
static concord_status parse_all(parser *p, json_value **out)
{
	const char *key = NULL;
	for (;;) {
		skip_ws(p);
		if (p->pos >= p->len)
			return CONCORD_EPARSE;
		json_value *v = arena_calloc(p->a, 1, sizeof *v);
		if (!v)
			return CONCORD_ENOMEM;
		v->key = key;
		key = NULL;
		if (!*out)
			*out = v;
		attach(p, v);
		unsigned char c = p->s[p->pos];
		concord_status st;
		int closed = 1, done = 0;
		if (c == '[' || c == '{')
			st = open_container(p, v, &key, &closed);
		else
			st = parse_scalar(p, v);
		if (st)
			return st;
		if (!closed)
			continue;
		st = after_value(p, &key, &done);
		if (st || done)
			return st;
	}
}

/* json_parse and json_parse_page: loose reads as the latter, and *end
 * gets where the value ended (or, on error, the bad byte). */
static concord_status parse_text(arena *a, const char *s, size_t len,
    size_t max_depth, int loose, json_value **out, size_t *end)
{
	parser p = {
		.a = a, .s = (const unsigned char *)s, .len = s ? len : 0,
		.max_depth = max_depth ? max_depth : DEFAULT_DEPTH,
		.loose = loose,
	};
	if (!a || !out)
		return CONCORD_EINVAL;
	*out = NULL;
	/* RFC 8259 lets a parser ignore a UTF-8 byte order mark */
	if (p.len >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3))
		p.pos = 3;
	json_value *root = NULL;
	concord_status st = parse_all(&p, &root);
	free(p.stack);
	buf_free(&p.scratch);
	if (end)
		*end = p.pos < p.len ? p.pos : p.len;
	if (st)
		return st;
	*out = root;
	return CONCORD_OK;
}

concord_status json_parse(arena *a, const char *s, size_t len,
    size_t max_depth, json_value **out, size_t *err_off)
{
	return parse_text(a, s, len, max_depth, 0, out, err_off);
}

concord_status json_parse_page(arena *a, const char *s, size_t len,
    size_t max_depth, json_value **out, size_t *end)
{
	return parse_text(a, s, len, max_depth, 1, out, end);
}

const json_value *json_get(const json_value *obj, const char *key)
{
	if (!obj || obj->type != JSON_OBJECT || !key)
		return NULL;
	for (const json_value *v = obj->child; v; v = v->next)
		if (v->key && !strcmp(v->key, key))
			return v;
	return NULL;
}
