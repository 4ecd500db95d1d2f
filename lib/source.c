/* source.c - walks paths and yields raw article inputs.
 *
 * The walk is a stack of open directories (entries sorted by byte order of
 * their names, dot-files skipped) under the list of paths given. Every file
 * is read through an instream, so gzip is undone whatever the kind. The
 * first bytes decide how a file is read: WARC and JSON Lines are streamed
 * (one record or one line in memory at a time); anything else is read
 * whole, up to max_file_len, and is one input of the kind its content
 * says. An input's strings live in one arena that is reset on every call,
 * and its bytes in the stream's window, so both stay valid exactly until
 * the next call. */
#include "concord/source.h"

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <dirent.h>

#include "arena.h"
#include "instream.h"
#include "json.h"
#include "warc.h"

#define DIR_DEPTH_MAX 32          /* directories below a given path */
#define SNIFF_LEN ((size_t)4096)  /* bytes looked at to choose a reader */
#define SAMPLE_LEN ((size_t)65536)/* bytes checked for binary content */
#define HTML_NEAR ((size_t)1024)  /* how near the start a tag must be */
#define MAX_FILE_CAP (SIZE_MAX / 4)

typedef struct dir_frame {
	char *path;
	char **names;
	size_t n, next;
	dev_t dev;
	ino_t ino;
} dir_frame;

/* How the current file is being read. WHOLE has yielded its one input and
 * only keeps the bytes alive until the next call. */
typedef enum reader_mode {
	MODE_IDLE, MODE_WHOLE, MODE_JSONL, MODE_WARC
} reader_mode;

struct concord_source {
	char **paths;
	size_t npaths, next_path;
	size_t max_file_len;
	const char *mem;           /* open_memory: the buffer, name in paths[0] */
	size_t mem_len;
	int is_memory;
	dir_frame dirs[DIR_DEPTH_MAX];
	size_t ndirs;
	reader_mode mode;
	char *cur_path;            /* the file being read */
	FILE *f;
	instream *in;
	warc_reader *warc;
	size_t line;               /* JSON Lines: lines read so far */
	size_t pending;            /* JSON Lines: bytes of the last line */
	arena *a;
	const char *err;
};

/* --- errors -------------------------------------------------------------- */

static concord_status fail(concord_source *s, concord_status st,
    const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	char *msg = n >= 0 ? arena_alloc(s->a, (size_t)n + 1) : NULL;
	if (msg) {
		va_start(ap, fmt);
		vsnprintf(msg, (size_t)n + 1, fmt, ap);
		va_end(ap);
	}
	s->err = msg ? msg : "out of memory";
	return st;
}

static concord_status fail_stream(concord_source *s, const instream *in)
{
	switch (instream_error(in)) {
	case INSTREAM_TRUNCATED:
		return fail(s, CONCORD_EPARSE, "%s: truncated gzip data",
		    s->cur_path);
	case INSTREAM_CORRUPT:
		return fail(s, CONCORD_EPARSE, "%s: corrupt gzip data",
		    s->cur_path);
	case INSTREAM_IO:
		return fail(s, CONCORD_EIO, "%s: %s", s->cur_path,
		    strerror(instream_errno(in)));
	case INSTREAM_BOMB:
		return fail(s, CONCORD_ELIMIT,
		    "%s: gzip data expands more than %d times", s->cur_path,
		    INSTREAM_BOMB_RATIO);
	default:
		return fail(s, CONCORD_ENOMEM, "%s: out of memory", s->cur_path);
	}
}

/* --- kind detection ------------------------------------------------------ */

static int is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
	    c == '\v';
}

static int starts_ci(const char *s, size_t len, const char *prefix)
{
	size_t n = strlen(prefix);
	if (len < n)
		return 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 'A' && c <= 'Z')
			c = (unsigned char)(c - 'A' + 'a');
		if (c != (unsigned char)prefix[i])
			return 0;
	}
	return 1;
}

/* Whether s[0..len) starts with the tag of an element that only HTML
 * pages use at their start ("<div", "<p>", ...). */
static int html_tag_at(const char *s, size_t len)
{
	static const char *const tags[] = {
		"html", "head", "body", "meta", "title", "div", "p", "article",
		"section", "header", "main", "nav", "span", "table", "script",
		"style", "link", "h1", "h2", "h3", "h4", "h5", "h6", "br", "img",
		"ul", "ol", "li", "form", "iframe", "noscript", "center", "font",
		"figure", "footer", "aside", "base", "frameset", "a",
	};
	if (len < 2 || s[0] != '<')
		return 0;
	for (size_t i = 0; i < sizeof tags / sizeof tags[0]; i++) {
		size_t n = strlen(tags[i]);
		if (!starts_ci(s + 1, len - 1, tags[i]))
			continue;
		if (len == n + 1)
			return 1;
		char c = s[n + 1];
		if (c == '>' || c == '/' || is_space((unsigned char)c))
			return 1;
	}
	return 0;
}

/* Skips white space, comments and <?xml ...?> at the start of a page. */
static size_t skip_prolog(const char *s, size_t len)
{
	size_t i = 0;
	for (int turns = 0; turns < 64; turns++) {
		while (i < len && is_space((unsigned char)s[i]))
			i++;
		const char *close = NULL, *end = NULL;
		if (len - i >= 4 && !memcmp(s + i, "<!--", 4))
			close = "-->";
		else if (len - i >= 2 && !memcmp(s + i, "<?", 2))
			close = "?>";
		if (!close)
			break;
		for (size_t j = i + 2; !end && j + strlen(close) <= len; j++)
			if (!memcmp(s + j, close, strlen(close)))
				end = s + j + strlen(close);
		if (!end)
			return len;
		i = (size_t)(end - s);
	}
	return i;
}

static int looks_html(const char *s, size_t len)
{
	size_t i = skip_prolog(s, len);
	if (i == len && i > 0 && s[0] == '<')
		return 1;   /* only comments: markup all the same */
	if (starts_ci(s + i, len - i, "<!doctype")) {
		size_t j = i + 9;
		while (j < len && is_space((unsigned char)s[j]))
			j++;
		if (starts_ci(s + j, len - j, "html"))
			return 1;
	}
	if (html_tag_at(s + i, len - i))
		return 1;
	size_t end = len - i < HTML_NEAR ? len : i + HTML_NEAR;
	for (size_t j = i; j < end; j++)
		if (s[j] == '<' && html_tag_at(s + j, len - j))
			return 1;
	return 0;
}

/* Magic numbers of common binary formats that begin with printable
 * bytes, so the control-byte count alone could miss them. */
static int binary_magic(const char *s, size_t len)
{
	static const struct { const char *m; size_t n; } magic[] = {
		{"%PDF-", 5}, {"\x89PNG", 4}, {"GIF87a", 6}, {"GIF89a", 6},
		{"\xFF\xD8\xFF", 3}, {"PK\x03\x04", 4}, {"\x7F" "ELF", 4},
		{"BZh", 3}, {"\xFD" "7zXZ", 5}, {"Rar!", 4}, {"OggS", 4},
		{"\x28\xB5\x2F\xFD", 4}, {"SQLite format 3", 15},
	};
	for (size_t i = 0; i < sizeof magic / sizeof magic[0]; i++)
		if (len >= magic[i].n && !memcmp(s, magic[i].m, magic[i].n))
			return 1;
	return 0;
}

/* Text has no NUL bytes and few control bytes; any 8-bit bytes are fine
 * (legacy encodings are text too). Only the first SAMPLE_LEN bytes are
 * looked at. */
static int looks_binary(const char *s, size_t len)
{
	size_t n = len < SAMPLE_LEN ? len : SAMPLE_LEN, ctrl = 0;
	if (binary_magic(s, len) || memchr(s, '\0', n))
		return 1;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if ((c < 0x20 && !is_space(c) && c != 0x1b) || c == 0x7f)
			ctrl++;
	}
	return ctrl * 50 > n;   /* more than 2% */
}

static int first_line_is_object(const char *s, size_t len)
{
	const char *nl = memchr(s, '\n', len);
	size_t n = nl ? (size_t)(nl - s) : len;
	arena *a = arena_new(0);
	json_value *v = NULL;
	int ok = a && json_parse(a, s, n, 0, &v, NULL) == CONCORD_OK &&
	    v->type == JSON_OBJECT;
	arena_free(a);
	return ok;
}

/* UTF-16 with a BOM (charset.c decodes it): the kind of its ASCII
 * projection. */
static concord_kind detect_utf16(const char *s, size_t len)
{
	char ascii[2048];
	size_t n = 0, big = (unsigned char)s[0] == 0xFE;
	for (size_t i = 2; i + 1 < len && n < sizeof ascii; i += 2) {
		unsigned char hi = (unsigned char)s[i + !big];
		unsigned char lo = (unsigned char)s[i + big];
		ascii[n++] = hi ? 'x' : lo ? (char)lo : '\x01';
	}
	size_t i = 0;
	while (i < n && is_space((unsigned char)ascii[i]))
		i++;
	if (i == n || looks_binary(ascii, n))
		return CONCORD_KIND_NONE;
	return looks_html(ascii + i, n - i) ? CONCORD_KIND_HTML :
	    CONCORD_KIND_TEXT;
}

concord_kind concord_detect_kind(const char *data, size_t len)
{
	if (!data || !len)
		return CONCORD_KIND_NONE;
	if (warc_looks_like(data, len))
		return CONCORD_KIND_WARC;
	const unsigned char *u = (const unsigned char *)data;
	if (len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) ||
	    (u[0] == 0xFE && u[1] == 0xFF)))
		return detect_utf16(data, len);
	size_t i = len >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3) ? 3 : 0;
	while (i < len && is_space(u[i]))
		i++;
	if (i == len)
		return CONCORD_KIND_NONE;
	if (u[i] == '{' && first_line_is_object(data + i, len - i))
		return CONCORD_KIND_JSONL;
	if (binary_magic(data + i, len - i))
		return CONCORD_KIND_NONE;
	if (looks_html(data + i, len - i))
		return CONCORD_KIND_HTML;
	return looks_binary(data, len) ? CONCORD_KIND_NONE : CONCORD_KIND_TEXT;
}

/* Whether s[0..len) holds nothing but white space (and a BOM). */
static int is_blank(const char *s, size_t len)
{
	size_t i = len >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3) ? 3 : 0;
	while (i < len && is_space((unsigned char)s[i]))
		i++;
	return i == len;
}

/* --- the walk ---------------------------------------------------------- */

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static char *join_path(const char *dir, const char *name)
{
	size_t dl = strlen(dir), nl = strlen(name);
	int slash = dl && dir[dl - 1] != '/';
	char *p = malloc(dl + slash + nl + 1);
	if (!p)
		return NULL;
	memcpy(p, dir, dl);
	if (slash)
		p[dl] = '/';
	memcpy(p + dl + slash, name, nl + 1);
	return p;
}

static void free_frame(dir_frame *f)
{
	for (size_t i = 0; i < f->n; i++)
		free(f->names[i]);
	free(f->names);
	free(f->path);
}

/* Reads the sorted entry names of directory path (owned: taken on
 * success) onto the stack. */
static concord_status push_dir(concord_source *s, char *path,
    const struct stat *st)
{
	for (size_t i = 0; i < s->ndirs; i++)
		if (s->dirs[i].dev == st->st_dev && s->dirs[i].ino == st->st_ino)
			return fail(s, CONCORD_ELIMIT, "%s: directory loop", path);
	if (s->ndirs == DIR_DEPTH_MAX)
		return fail(s, CONCORD_ELIMIT, "%s: directories nested too deep",
		    path);
	DIR *d = opendir(path);
	if (!d)
		return fail(s, CONCORD_EIO, "%s: %s", path, strerror(errno));
	dir_frame f = {.path = path, .dev = st->st_dev, .ino = st->st_ino};
	size_t cap = 0;
	struct dirent *e;
	concord_status rc = CONCORD_OK;
	while (!rc && (e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		if (f.n == cap) {
			size_t ncap = cap ? cap * 2 : 16;
			char **nn = realloc(f.names, ncap * sizeof *nn);
			if (!nn) {
				rc = CONCORD_ENOMEM;
				break;
			}
			f.names = nn;
			cap = ncap;
		}
		if (!(f.names[f.n] = strdup(e->d_name)))
			rc = CONCORD_ENOMEM;
		else
			f.n++;
	}
	closedir(d);
	if (rc) {
		f.path = NULL;
		free_frame(&f);
		return fail(s, rc, "%s: out of memory", path);
	}
	if (f.n)
		qsort(f.names, f.n, sizeof *f.names, cmp_names);
	s->dirs[s->ndirs++] = f;
	return CONCORD_OK;
}

/* Looks at path (owned): a directory is pushed (CONCORD_END: nothing to
 * read yet), a file becomes cur_path (CONCORD_OK). */
static concord_status visit(concord_source *s, char *path, int top)
{
	struct stat st;
	if (top && !strcmp(path, "-")) {
		s->cur_path = path;
		return CONCORD_OK;
	}
	if (stat(path, &st)) {
		concord_status rc = fail(s, CONCORD_EIO, "%s: %s", path,
		    strerror(errno));
		free(path);
		return rc;
	}
	if (S_ISDIR(st.st_mode)) {
		concord_status rc = push_dir(s, path, &st);
		if (rc) {
			free(path);
			return rc;
		}
		return CONCORD_END;
	}
	if (!top && !S_ISREG(st.st_mode)) {
		concord_status rc = fail(s, CONCORD_EIO,
		    "%s: not a regular file", path);
		free(path);
		return rc;
	}
	s->cur_path = path;
	return CONCORD_OK;
}

/* Finds the next file to read into cur_path: CONCORD_OK, CONCORD_END when
 * the walk is over, or the error of one path. */
static concord_status next_file(concord_source *s)
{
	for (;;) {
		char *path;
		int top = 0;
		if (s->ndirs) {
			dir_frame *f = &s->dirs[s->ndirs - 1];
			if (f->next == f->n) {
				free_frame(f);
				s->ndirs--;
				continue;
			}
			path = join_path(f->path, f->names[f->next++]);
		} else if (s->next_path < s->npaths) {
			path = strdup(s->paths[s->next_path++]);
			top = 1;
		} else {
			return CONCORD_END;
		}
		if (!path)
			return fail(s, CONCORD_ENOMEM, "out of memory");
		concord_status rc = visit(s, path, top);
		if (rc != CONCORD_END)
			return rc;
	}
}

static void close_current(concord_source *s)
{
	warc_free(s->warc);
	instream_free(s->in);
	if (s->f && s->f != stdin)
		fclose(s->f);
	free(s->cur_path);
	s->warc = NULL;
	s->in = NULL;
	s->f = NULL;
	s->cur_path = NULL;
	s->mode = MODE_IDLE;
	s->pending = 0;
	s->line = 0;
}

/* --- JSON Lines ---------------------------------------------------------- */

/* Finds the next line: *len its length without the newline, *used with
 * it. 0 at the end; when it is longer than max, -2 if *used covers the
 * whole line or -1 if the rest of it is still to be skipped. */
static int next_line(instream *in, size_t max, size_t *len, size_t *used)
{
	size_t scanned = 0, n = instream_fill(in, 1);
	for (;;) {
		const char *d = instream_data(in);
		const char *nl = n > scanned ?
		    memchr(d + scanned, '\n', n - scanned) : NULL;
		if (nl) {
			*len = (size_t)(nl - d);
			*used = *len + 1;
			return *len > max ? -2 : 1;
		}
		if (n > max) {
			*used = n;
			return -1;
		}
		scanned = n;
		size_t want = n < ((size_t)64 << 10) ? ((size_t)64 << 10) : n;
		size_t m = instream_fill(in, n + want > max + 1 ? max + 1 : n + want);
		if (m == n) {
			*len = *used = n;
			return n > 0;
		}
		n = m;
	}
}

/* Drops the rest of an over-long line, through its newline. */
static void skip_line(instream *in, size_t used)
{
	instream_consume(in, used);
	for (;;) {
		size_t n = instream_fill(in, (size_t)64 << 10);
		if (!n)
			return;
		const char *nl = memchr(instream_data(in), '\n', n);
		if (nl) {
			instream_consume(in, (size_t)(nl - instream_data(in)) + 1);
			return;
		}
		instream_consume(in, n);
	}
}

static const char *string_field(const json_value *obj, const char *key)
{
	const json_value *v = json_get(obj, key);
	if (v && (v->type == JSON_STRING ||
	    (v->type == JSON_NUMBER && !strcmp(key, "id"))))
		return v->str;
	return NULL;
}

/* Turns one parsed line into an input. */
static concord_status line_input(concord_source *s, const json_value *v,
    concord_input *in)
{
	if (v->type != JSON_OBJECT)
		return fail(s, CONCORD_EPARSE, "%s:%zu: not a JSON object",
		    s->cur_path, s->line);
	const json_value *html = json_get(v, "html");
	const json_value *text = json_get(v, "text");
	const json_value *body = NULL;
	if (html && html->type == JSON_STRING && !is_blank(html->str, html->len))
		body = html;
	else if (text && text->type == JSON_STRING)
		body = text;
	else if (html && html->type == JSON_STRING)
		body = html;
	if (!body)
		return fail(s, CONCORD_EPARSE, "%s:%zu: no html or text field",
		    s->cur_path, s->line);
	if (is_blank(body->str, body->len))
		return fail(s, CONCORD_EEMPTY, "%s:%zu: empty %s field",
		    s->cur_path, s->line, body == html ? "html" : "text");
	in->kind = body == html ? CONCORD_KIND_HTML : CONCORD_KIND_TEXT;
	in->data = body->str;
	in->len = body->len;
	in->id = string_field(v, "id");
	in->url = string_field(v, "url");
	in->site = string_field(v, "site");
	in->title = string_field(v, "title");
	in->author = string_field(v, "author");
	in->date = string_field(v, "date");
	return CONCORD_OK;
}

static concord_status path_with_suffix(concord_source *s, char sep,
    size_t n, concord_input *in)
{
	size_t len = strlen(s->cur_path) + 24;
	char *p = arena_alloc(s->a, len);
	if (!p)
		return fail(s, CONCORD_ENOMEM, "%s: out of memory", s->cur_path);
	snprintf(p, len, "%s%c%zu", s->cur_path, sep, n);
	in->path = p;
	return CONCORD_OK;
}

static concord_status jsonl_next(concord_source *s, concord_input *in)
{
	size_t len, used;
	instream_consume(s->in, s->pending);
	s->pending = 0;
	for (;;) {
		int rc = next_line(s->in, s->max_file_len, &len, &used);
		if (!rc && instream_error(s->in)) {
			s->mode = MODE_WHOLE;   /* reported once, then done */
			return fail_stream(s, s->in);
		}
		if (!rc)
			return CONCORD_END;
		s->line++;
		if (rc < 0) {
			if (rc == -1)
				skip_line(s->in, used);
			else
				instream_consume(s->in, used);
			return fail(s, CONCORD_ELIMIT,
			    "%s:%zu: line longer than %zu bytes", s->cur_path,
			    s->line, s->max_file_len);
		}
		s->pending = used;
		if (!is_blank(instream_data(s->in), len))
			break;
		instream_consume(s->in, used);
		s->pending = 0;
	}
	json_value *v;
	size_t off = 0;
	concord_status st = json_parse(s->a, instream_data(s->in), len, 0, &v,
	    &off);
	if (st == CONCORD_ELIMIT)
		return fail(s, st, "%s:%zu: JSON nested too deep at byte %zu",
		    s->cur_path, s->line, off + 1);
	if (st == CONCORD_ENOMEM)   /* the arena's cap: a limit, not fatal */
		return fail(s, CONCORD_ELIMIT, "%s:%zu: JSON too large to parse",
		    s->cur_path, s->line);
	if (st)
		return fail(s, st, "%s:%zu: malformed JSON at byte %zu",
		    s->cur_path, s->line, off + 1);
	st = line_input(s, v, in);
	return st ? st : path_with_suffix(s, ':', s->line, in);
}

/* --- WARC ------------------------------------------------------------------ */

static concord_status warc_input(concord_source *s, concord_input *in)
{
	warc_page page;
	concord_status st = warc_next(s->warc, &page);
	if (st == CONCORD_END)
		return st;
	if (st)
		return fail(s, st, "%s#%zu: %s", s->cur_path, page.record,
		    warc_error(s->warc));
	in->kind = page.kind;
	in->data = page.data;
	in->len = page.len;
	in->url = page.url;
	in->charset = page.charset;
	return path_with_suffix(s, '#', page.record, in);
}

/* --- opening a file ---------------------------------------------------- */

/* Reads the rest of the stream into its window, up to max bytes. */
static concord_status read_whole(concord_source *s)
{
	size_t n = instream_avail(s->in);
	for (;;) {
		size_t step = n < ((size_t)64 << 10) ? ((size_t)64 << 10) : n;
		size_t want = n + step > s->max_file_len ? s->max_file_len + 1 :
		    n + step;
		size_t m = instream_fill(s->in, want);
		if (m > s->max_file_len)
			return fail(s, CONCORD_ELIMIT,
			    "%s: file larger than %zu bytes", s->cur_path,
			    s->max_file_len);
		if (m == n)
			break;
		n = m;
	}
	return instream_error(s->in) ? fail_stream(s, s->in) : CONCORD_OK;
}

/* Makes sure the whole first line, which starts at from, is in the
 * window (up to the line cap), so that JSON Lines are recognised the way
 * concord_detect_kind does. */
static void sniff_first_line(concord_source *s, size_t from)
{
	size_t n = instream_avail(s->in), scanned = from;
	while (!memchr(instream_data(s->in) + scanned, '\n', n - scanned) &&
	    n <= s->max_file_len) {
		scanned = n;
		size_t m = instream_fill(s->in, n * 2);
		if (m == n)
			return;
		n = m;
	}
}

/* Chooses how to read the stream just opened on cur_path: WARC and JSON
 * Lines are streamed (CONCORD_END: nothing yielded yet), anything else is
 * read whole and yielded as one input. */
static concord_status start_file(concord_source *s, concord_input *in)
{
	size_t n = instream_fill(s->in, SNIFF_LEN);
	const char *d = instream_data(s->in);
	if (warc_looks_like(d, n)) {
		s->warc = warc_new(s->in, s->max_file_len);
		if (!s->warc)
			return fail(s, CONCORD_ENOMEM, "%s: out of memory",
			    s->cur_path);
		s->mode = MODE_WARC;
		return CONCORD_END;
	}
	size_t i = n >= 3 && !memcmp(d, "\xEF\xBB\xBF", 3) ? 3 : 0;
	while (i < n && is_space((unsigned char)d[i]))
		i++;
	if (i < n && d[i] == '{') {
		sniff_first_line(s, i);
		d = instream_data(s->in);
		n = instream_avail(s->in);
		if (concord_detect_kind(d, n) == CONCORD_KIND_JSONL) {
			s->mode = MODE_JSONL;
			return CONCORD_END;
		}
	}
	s->mode = MODE_WHOLE;
	concord_status st = read_whole(s);
	if (st)
		return st;
	d = instream_data(s->in);
	n = instream_avail(s->in);
	concord_kind kind = concord_detect_kind(d, n);
	if (kind == CONCORD_KIND_JSONL) {
		s->mode = MODE_JSONL;
		return CONCORD_END;
	}
	if (kind == CONCORD_KIND_NONE)
		return is_blank(d, n) ?
		    fail(s, CONCORD_EEMPTY, "%s: empty file", s->cur_path) :
		    fail(s, CONCORD_EBINARY, "%s: binary data, not an article",
		        s->cur_path);
	in->path = s->cur_path;
	in->kind = kind;
	in->data = d;
	in->len = n;
	return CONCORD_OK;
}

/* Opens cur_path (a file, "-", or the memory buffer). */
static concord_status open_current(concord_source *s, concord_input *in)
{
	if (s->is_memory) {
		s->in = instream_new_memory(s->mem, s->mem_len);
	} else {
		s->f = strcmp(s->cur_path, "-") ? fopen(s->cur_path, "rb") : stdin;
		if (!s->f)
			return fail(s, CONCORD_EIO, "%s: %s", s->cur_path,
			    strerror(errno));
		s->in = instream_new_file(s->f);
	}
	if (!s->in)
		return fail(s, CONCORD_ENOMEM, "%s: out of memory", s->cur_path);
	s->mode = MODE_WHOLE;
	return start_file(s, in);
}

/* --- the public API ---------------------------------------------------- */

static concord_source *source_new(size_t npaths)
{
	concord_source *s = calloc(1, sizeof *s);
	if (!s)
		return NULL;
	s->paths = calloc(npaths ? npaths : 1, sizeof *s->paths);
	s->a = arena_new(0);
	if (!s->paths || !s->a) {
		free(s->paths);
		arena_free(s->a);
		free(s);
		return NULL;
	}
	s->npaths = npaths;
	s->err = "";
	return s;
}

concord_status concord_source_open(const char *const *paths, size_t n,
    size_t max_file_len, concord_source **out)
{
	if (!out || (n && !paths))
		return CONCORD_EINVAL;
	*out = NULL;
	for (size_t i = 0; i < n; i++)
		if (!paths[i])
			return CONCORD_EINVAL;
	concord_source *s = source_new(n);
	if (!s)
		return CONCORD_ENOMEM;
	s->max_file_len = max_file_len ? max_file_len : CONCORD_SOURCE_MAX_FILE;
	if (s->max_file_len > MAX_FILE_CAP)
		s->max_file_len = MAX_FILE_CAP;   /* so that len + 1 cannot wrap */
	for (size_t i = 0; i < n; i++) {
		if (!(s->paths[i] = strdup(paths[i]))) {
			concord_source_free(s);
			return CONCORD_ENOMEM;
		}
	}
	*out = s;
	return CONCORD_OK;
}

concord_status concord_source_open_memory(const char *name,
    const char *data, size_t len, concord_source **out)
{
	if (!out || (!data && len))
		return CONCORD_EINVAL;
	*out = NULL;
	concord_source *s = source_new(1);
	if (!s)
		return CONCORD_ENOMEM;
	s->max_file_len = CONCORD_SOURCE_MAX_FILE;
	s->is_memory = 1;
	s->mem = data;
	s->mem_len = len;
	s->paths[0] = strdup(name ? name : "<memory>");
	if (!s->paths[0]) {
		concord_source_free(s);
		return CONCORD_ENOMEM;
	}
	*out = s;
	return CONCORD_OK;
}

/* The next input of the file being read; CONCORD_END when it is done. */
static concord_status current_next(concord_source *s, concord_input *in)
{
	switch (s->mode) {
	case MODE_JSONL:
		return jsonl_next(s, in);
	case MODE_WARC:
		return warc_input(s, in);
	default:
		return CONCORD_END;
	}
}

/* Opens the next file (or the memory buffer) and yields what it gives
 * first; CONCORD_END when it gave nothing yet (a stream reader is set). */
static concord_status open_next(concord_source *s, concord_input *in)
{
	if (s->is_memory) {
		if (s->next_path)
			return CONCORD_END;
		s->next_path = 1;
		if (!(s->cur_path = strdup(s->paths[0])))
			return fail(s, CONCORD_ENOMEM, "out of memory");
	} else {
		concord_status st = next_file(s);
		if (st)
			return st;
	}
	return open_current(s, in);
}

concord_status concord_source_next(concord_source *s, concord_input *in)
{
	if (!s || !in)
		return CONCORD_EINVAL;
	arena_reset(s->a);
	s->err = "";
	for (;;) {
		memset(in, 0, sizeof *in);
		if (s->mode != MODE_IDLE) {
			concord_status st = current_next(s, in);
			if (st != CONCORD_END)
				return st;
			close_current(s);
			continue;
		}
		int walk_over = !s->ndirs && (s->is_memory ?
		    s->next_path > 0 : s->next_path == s->npaths);
		if (walk_over)
			return CONCORD_END;
		concord_status st = open_next(s, in);
		if (st == CONCORD_END)
			continue;
		if (st && s->cur_path)
			s->mode = MODE_WHOLE; /* closed on the next call */
		return st;
	}
}

const char *concord_source_error(const concord_source *s)
{
	return s ? s->err : "";
}

void concord_source_free(concord_source *s)
{
	if (!s)
		return;
	close_current(s);
	while (s->ndirs)
		free_frame(&s->dirs[--s->ndirs]);
	for (size_t i = 0; i < s->npaths; i++)
		free(s->paths[i]);
	free(s->paths);
	arena_free(s->a);
	free(s);
}
