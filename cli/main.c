/* main.c - the `concord` command: parses the command line and dispatches
 * to the library's public API (include/ only). Statuses become messages
 * on stderr and exit codes; everything else is the library's work.
 *
 * Exit codes (also in --help and docs/concord.1):
 *   0 success, 1 some inputs failed but the rest was processed,
 *   2 usage error, 3 fatal error (database, memory, output),
 *   4 nothing to do: no input could be read, or no such story.
 */
#include "concord.h"
#include "concord/template.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { EXIT_SOME = 1, EXIT_USAGE = 2, EXIT_FATAL = 3, EXIT_NONE = 4 };

/* The one text of the options; docs/concord.1 must list the same ones
 * (tests/cli/docs.sh compares them). */
static const char USAGE[] =
    "usage: concord COMMAND [OPTIONS] PATH...\n"
    "\n"
    "Commands:\n"
    "  brief PATH...       group articles into stories, print a cited brief per story\n"
    "  summarize PATH...   treat the inputs as one story, print its brief\n"
    "  extract PATH...     print each article as one JSON line\n"
    "  dedup PATH...       print groups of duplicate articles as JSON Lines\n"
    "  cluster PATH...     print the story of each article as JSON Lines\n"
    "  add PATH...         add articles to the store\n"
    "  stories             list the stories of the store\n"
    "  show ID             print the brief of one stored story\n"
    "\n"
    "Options:\n"
    "  --format FMT        markdown (default), json or html (brief, summarize,\n"
    "                      stories, show)\n"
    "  --max-bytes N       summary budget in bytes (brief, summarize, show)\n"
    "  --max-words N       summary budget in words (brief, summarize, show)\n"
    "  --db FILE           the store (add, stories, show; default ./concord.db)\n"
    "  --jobs N            extract articles and build stories on N threads\n"
    "                      (default: one per processor); the output never\n"
    "                      depends on it\n"
    "  -q, --quiet         no progress on stderr\n"
    "  -h, --help          print this help and exit\n"
    "  -V, --version       print the version and exit\n"
    "\n"
    "PATH is a file or a directory (recursed); - reads standard input.\n"
    "\n"
    "Exit status:\n"
    "  0  success\n"
    "  1  some inputs could not be read; the others were processed\n"
    "  2  usage error\n"
    "  3  fatal error: database, out of memory, or output error\n"
    "  4  nothing to do: no input could be read, or no such story\n";

/* Which options a command takes. */
enum {
	OPT_FORMAT = 1 << 0,
	OPT_BUDGET = 1 << 1,
	OPT_DB = 1 << 2,
};

typedef struct options {
	concord_format format;
	concord_brief_opts budget;
	const char *db;
	int quiet;
	int progress;      /* stderr is a terminal and not --quiet */
	unsigned jobs;     /* threads for extraction and story reports */
	char **paths;      /* the operands */
	size_t npaths;
} options;

typedef struct command {
	const char *name;
	int (*run)(const options *o);
	unsigned allowed;  /* OPT_* */
	int operands;      /* 1: PATH... required, 0: none, 2: exactly one */
} command;

/* ---- output ---- */

static int write_stdout(void *ctx, const char *data, size_t len)
{
	(void)ctx;
	return fwrite(data, 1, len, stdout) != len;
}

static void out_s(const char *s)
{
	fputs(s, stdout);
}

/* A JSON string, or null. */
static void out_json(const char *s)
{
	if (s)
		concord_render_json_string(s, strlen(s), write_stdout, NULL);
	else
		out_s("null");
}

/* Flushes stdout and turns a write error into exit 3. */
static int finish(int code)
{
	if (fflush(stdout) || ferror(stdout)) {
		fprintf(stderr, "concord: cannot write output: %s\n",
		    strerror(errno));
		return EXIT_FATAL;
	}
	return code;
}

static int fatal(const char *what, concord_status st)
{
	fprintf(stderr, "concord: %s: %s\n", what, concord_strerror(st));
	return EXIT_FATAL;
}

/* ---- reading inputs ---- */

/* Called with each extracted doc; returns 0 to go on, else an exit code
 * that stops the walk. The callback owns the doc. */
typedef int (*doc_fn)(void *ctx, concord_doc *d);

typedef struct walk_result {
	size_t ok, failed;
} walk_result;

static void progress(const options *o, size_t n, int done)
{
	if (!o->progress)
		return;
	if (done)
		fputs("\r\033[K", stderr);
	else if (n % 16 == 0)
		fprintf(stderr, "\rconcord: %zu articles", n);
}

/* Inputs are read ahead in batches of BATCH_PER_JOB per thread and
 * extracted together (concord_extract_many), then handed over in input
 * order: the output is the same for any --jobs. */
#define BATCH_PER_JOB 8

typedef struct slot {
	concord_input in;  /* a copy: the source reuses its buffers */
	char *blob;        /* the copy's bytes */
	char *error;       /* the source's message when this input failed */
} slot;

static size_t field_len(const char *s)
{
	return s ? strlen(s) + 1 : 0;
}

static const char *copy_field(char **p, const char *s)
{
	size_t n = field_len(s);
	char *d = *p;
	if (!s)
		return NULL;
	memcpy(d, s, n);
	*p += n;
	return d;
}

/* Copies in into one allocation; returns -1 when memory runs out. */
static int copy_input(const concord_input *in, slot *s)
{
	const char *f[] = {in->path, in->charset, in->id, in->url, in->site,
	    in->title, in->author, in->date};
	size_t total = in->len + 1;
	for (size_t i = 0; i < sizeof f / sizeof f[0]; i++)
		total += field_len(f[i]);
	char *p = s->blob = malloc(total);
	if (!p)
		return -1;
	s->in = *in;
	s->in.data = p;
	memcpy(p, in->data, in->len);
	p += in->len;
	*p++ = 0;
	s->in.path = copy_field(&p, in->path);
	s->in.charset = copy_field(&p, in->charset);
	s->in.id = copy_field(&p, in->id);
	s->in.url = copy_field(&p, in->url);
	s->in.site = copy_field(&p, in->site);
	s->in.title = copy_field(&p, in->title);
	s->in.author = copy_field(&p, in->author);
	s->in.date = copy_field(&p, in->date);
	return 0;
}

/* Reads up to cap inputs into b; *n gets how many slots were filled,
 * *end whether the walk is over. Returns 0 or a fatal exit code. */
static int read_batch(concord_source *src, slot *b, size_t cap, size_t *n,
    int *end)
{
	concord_input in;
	*n = 0;
	while (*n < cap) {
		concord_status st = concord_source_next(src, &in);
		slot *s = &b[*n];
		if (st == CONCORD_END) {
			*end = 1;
			return 0;
		}
		if (st == CONCORD_ENOMEM)
			return fatal("reading inputs", st);
		memset(s, 0, sizeof *s);
		if (st ? !(s->error = strdup(concord_source_error(src))) :
		    copy_input(&in, s) != 0)
			return fatal("reading inputs", CONCORD_ENOMEM);
		(*n)++;
	}
	return 0;
}

/* Extracts the good inputs of b[0..n) on jobs threads and hands them
 * over in order; bad ones get one stderr line each. Frees the slots. */
static int drain_batch(const options *o, slot *b, size_t n, doc_fn fn,
    void *ctx, walk_result *res)
{
	concord_input *ins = malloc((n + 1) * sizeof *ins);
	concord_doc **docs = malloc((n + 1) * sizeof *docs);
	concord_status *sts = malloc((n + 1) * sizeof *sts);
	size_t m = 0;
	int code = 0;
	if (!ins || !docs || !sts)
		code = fatal("reading inputs", CONCORD_ENOMEM);
	for (size_t i = 0; !code && i < n; i++)
		if (!b[i].error)
			ins[m++] = b[i].in;
	if (!code && concord_extract_many(ins, m, NULL, o->jobs, docs, sts))
		code = fatal("extracting", CONCORD_ENOMEM);
	int extracted = !code;
	for (size_t i = 0, k = 0; i < n; i++) {
		slot *s = &b[i];
		concord_doc *d = NULL;
		concord_status st = CONCORD_OK;
		if (!s->error && extracted) {
			d = docs[k];
			st = sts[k++];
		}
		if (code) {  /* stopped: the rest is dropped */
			concord_doc_free(d);
		} else if (s->error) {
			fprintf(stderr, "concord: %s\n", s->error);
			res->failed++;
		} else if (st == CONCORD_ENOMEM) {
			code = fatal(s->in.path, st);
		} else if (st) {
			fprintf(stderr, "concord: %s: %s\n", s->in.path,
			    concord_strerror(st));
			res->failed++;
		} else {
			res->ok++;
			code = fn(ctx, d);
			progress(o, res->ok, 0);
		}
		free(s->blob);
		free(s->error);
	}
	free(ins);
	free(docs);
	free(sts);
	return code;
}

/* Reads, extracts and hands over every input of o->paths. Bad inputs get
 * one stderr line each and are counted; returns 0 or a fatal exit code. */
static int walk(const options *o, doc_fn fn, void *ctx, walk_result *res)
{
	concord_source *src;
	concord_status st = concord_source_open(
	    (const char *const *)o->paths, o->npaths, 0, &src);
	if (st)
		return fatal("cannot read inputs", st);
	size_t cap = (size_t)o->jobs * BATCH_PER_JOB, n;
	slot *b = calloc(cap, sizeof *b);
	int code = b ? 0 : fatal("reading inputs", CONCORD_ENOMEM), end = 0;
	while (!code && !end) {
		int read_code = read_batch(src, b, cap, &n, &end);
		code = drain_batch(o, b, n, fn, ctx, res);
		if (!code)
			code = read_code;
	}
	progress(o, res->ok, 1);
	free(b);
	concord_source_free(src);
	return code;
}

/* Exit code after a walk that read res: 4 when nothing was read. */
static int walk_code(const walk_result *res)
{
	if (res->ok == 0) {
		fprintf(stderr, "concord: no article could be read\n");
		return EXIT_NONE;
	}
	return res->failed ? EXIT_SOME : 0;
}

typedef struct corpus {
	concord_doc **docs;
	const concord_article **arts;
	size_t n, cap;
} corpus;

static int collect(void *ctx, concord_doc *d)
{
	corpus *c = ctx;
	if (c->n == c->cap) {
		size_t cap = c->cap ? c->cap * 2 : 64;
		concord_doc **nd = realloc(c->docs, cap * sizeof *nd);
		if (nd)
			c->docs = nd;
		const concord_article **na = nd ?
		    realloc(c->arts, cap * sizeof *na) : NULL;
		if (!nd || !na) {
			concord_doc_free(d);
			return fatal("reading inputs", CONCORD_ENOMEM);
		}
		c->arts = na;
		c->cap = cap;
	}
	c->docs[c->n] = d;
	c->arts[c->n++] = concord_doc_article(d);
	return 0;
}

static void corpus_free(corpus *c)
{
	for (size_t i = 0; i < c->n; i++)
		concord_doc_free(c->docs[i]);
	free(c->docs);
	free(c->arts);
}

/* Reads all inputs into c and strips each site's template (lines that
 * recur across its articles, see concord/template.h); returns -1 to go
 * on (with *code the final code so far) or an exit code to stop with. */
static int load(const options *o, corpus *c, int *code)
{
	walk_result res = {0, 0};
	int st = walk(o, collect, c, &res);
	if (st)
		return st;
	*code = walk_code(&res);
	if (*code == EXIT_NONE)
		return EXIT_NONE;
	concord_status ts = concord_templates_strip(c->docs, c->n, NULL);
	if (ts)
		return fatal("site templates", ts);
	for (size_t i = 0; i < c->n; i++)
		c->arts[i] = concord_doc_article(c->docs[i]);
	return -1;
}

/* ---- grouping into stories ---- */

/* The stories of a run, in output order: by size (articles left after
 * exact duplicates are dropped) descending, then by first appearance. */
typedef struct plan {
	concord_grouping *g;
	size_t nstories;
	size_t *order;     /* output position -> grouping story */
	size_t *rank;      /* grouping story -> output number, from 1 */
	size_t *size;      /* grouping story -> articles kept */
	size_t *start;     /* story s's articles: members[start[s]..start[s+1]) */
	size_t *members;   /* article indices by story, in input order */
} plan;

/* qsort has no context argument: the key arrays of the two sorts. */
static size_t *sort_size;

static int by_size(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	if (sort_size[x] != sort_size[y])
		return sort_size[x] > sort_size[y] ? -1 : 1;
	return x < y ? -1 : x > y;
}

/* Whether article i is left out as an exact copy of an earlier one. */
static int dropped(const concord_grouping *g, size_t i)
{
	return concord_grouping_duplicate_of(g, i) >= 0 &&
	    concord_grouping_exact(g, i);
}

/* Lists the articles of each story (a counting sort by story), so a
 * story's work costs its own size, not the corpus'. */
static int group_members(plan *p, size_t n)
{
	p->start = calloc(p->nstories + 2, sizeof *p->start);
	p->members = malloc((n + 1) * sizeof *p->members);
	if (!p->start || !p->members)
		return -1;
	for (size_t i = 0; i < n; i++)
		p->start[concord_grouping_story(p->g, i) + 2]++;
	for (size_t s = 2; s < p->nstories + 2; s++)
		p->start[s] += p->start[s - 1];
	for (size_t i = 0; i < n; i++)
		p->members[p->start[concord_grouping_story(p->g, i) + 1]++] = i;
	return 0;
}

static concord_status plan_make(const corpus *c, plan *p)
{
	concord_sketch **sk = calloc(c->n ? c->n : 1, sizeof *sk);
	concord_status st = sk ? CONCORD_OK : CONCORD_ENOMEM;
	memset(p, 0, sizeof *p);
	for (size_t i = 0; !st && i < c->n; i++)
		st = concord_sketch_new(c->arts[i], &sk[i]);
	if (!st)
		st = concord_group((const concord_sketch *const *)sk, c->n,
		    &p->g);
	for (size_t i = 0; sk && i < c->n; i++)
		concord_sketch_free(sk[i]);
	free(sk);
	if (st)
		return st;
	size_t n = p->nstories = concord_grouping_nstories(p->g);
	p->order = calloc(n + 1, sizeof *p->order);
	p->rank = calloc(n + 1, sizeof *p->rank);
	p->size = calloc(n + 1, sizeof *p->size);
	if (!p->order || !p->rank || !p->size)
		return CONCORD_ENOMEM;
	for (size_t i = 0; i < c->n; i++)
		if (!dropped(p->g, i))
			p->size[concord_grouping_story(p->g, i)]++;
	if (group_members(p, c->n))
		return CONCORD_ENOMEM;
	for (size_t s = 0; s < n; s++)
		p->order[s] = s;
	sort_size = p->size;
	qsort(p->order, n, sizeof *p->order, by_size);
	for (size_t k = 0; k < n; k++)
		p->rank[p->order[k]] = k + 1;
	return CONCORD_OK;
}

static void plan_free(plan *p)
{
	concord_grouping_free(p->g);
	free(p->order);
	free(p->rank);
	free(p->size);
	free(p->start);
	free(p->members);
}

/* The article i copies, followed to the first of its chain. */
static size_t dup_root(const concord_grouping *g, size_t i)
{
	for (size_t guard = 0; guard < 64; guard++) {
		long j = concord_grouping_duplicate_of(g, i);
		if (j < 0 || (size_t)j == i)
			break;
		i = (size_t)j;
	}
	return i;
}

/* ---- brief ---- */

/* Stories are built STORIES_PER_JOB per thread at a time, on o->jobs
 * threads (concord_report_build_many), then rendered in output order. */
#define STORIES_PER_JOB 4

/* Work space of brief, sized once: pos[i] is article i's index in its
 * story's report (SIZE_MAX when left out); the stories of one window
 * take consecutive slices of arts and dups; the per-story arrays hold
 * one window. */
typedef struct scratch {
	const concord_article **arts;
	concord_duplicate *dups;
	size_t *pos;
	const concord_article *const **slice;
	concord_duplicate **dslice;
	size_t *count, *ndups;
	concord_report **r;
	concord_status *st;
} scratch;

static int scratch_new(scratch *w, size_t n, size_t window)
{
	w->arts = malloc((n + 1) * sizeof *w->arts);
	w->dups = malloc((n + 1) * sizeof *w->dups);
	w->pos = malloc((n + 1) * sizeof *w->pos);
	w->slice = malloc(window * sizeof *w->slice);
	w->dslice = malloc(window * sizeof *w->dslice);
	w->count = malloc(window * sizeof *w->count);
	w->ndups = malloc(window * sizeof *w->ndups);
	w->r = malloc(window * sizeof *w->r);
	w->st = malloc(window * sizeof *w->st);
	return !w->arts || !w->dups || !w->pos || !w->slice || !w->dslice ||
	    !w->count || !w->ndups || !w->r || !w->st ? -1 : 0;
}

static void scratch_free(scratch *w)
{
	free(w->arts);
	free(w->dups);
	free(w->pos);
	free(w->slice);
	free(w->dslice);
	free(w->count);
	free(w->ndups);
	free(w->r);
	free(w->st);
}

/* Lists the articles of grouping story s into arts[0..*n); a copy is
 * mentioned in dups[0..*nd) beside the article it copies, which comes
 * first in the same story. */
static void story_members(const corpus *c, const plan *p, size_t s,
    size_t *pos, const concord_article **arts, size_t *n,
    concord_duplicate *dups, size_t *nd)
{
	*n = *nd = 0;
	for (size_t k = p->start[s]; k < p->start[s + 1]; k++) {
		size_t i = p->members[k];
		size_t root = dropped(p->g, i) ? dup_root(p->g, i) : i;
		pos[i] = SIZE_MAX;
		if (root >= i || concord_grouping_story(p->g, root) != s ||
		    pos[root] == SIZE_MAX) {
			pos[i] = *n;
			arts[(*n)++] = c->arts[i];
			continue;
		}
		dups[(*nd)++] = (concord_duplicate){c->arts[i]->id,
		    c->arts[i]->path, pos[root]};
	}
}

/* Builds the stories in output positions [k0, k1) and renders them. */
static concord_status brief_window(const corpus *c, const plan *p,
    size_t k0, size_t k1, const options *o, concord_renderer *rr,
    scratch *w)
{
	size_t used = 0, dused = 0, m = k1 - k0;
	concord_status st = CONCORD_OK;
	for (size_t k = 0; k < m; k++) {
		w->slice[k] = w->arts + used;
		w->dslice[k] = w->dups + dused;
		story_members(c, p, p->order[k0 + k], w->pos, w->arts + used,
		    &w->count[k], w->dups + dused, &w->ndups[k]);
		used += w->count[k];
		dused += w->ndups[k];
	}
	concord_report_build_many(w->slice, w->count, m, &o->budget, o->jobs,
	    w->r, w->st);
	for (size_t k = 0; k < m; k++) {
		if (!st)
			st = w->st[k];
		if (!st)
			st = concord_render_story_dups(rr, w->r[k],
			    (int64_t)(k0 + k + 1), w->dslice[k], w->ndups[k]);
		concord_report_free(w->r[k]);
	}
	return st;
}

static int cmd_brief(const options *o)
{
	corpus c = {0};
	plan p;
	scratch w = {0};
	int code, stop = load(o, &c, &code);
	if (stop >= 0) {
		corpus_free(&c);
		return stop;
	}
	size_t window = (size_t)o->jobs * STORIES_PER_JOB;
	concord_status st = plan_make(&c, &p);
	concord_renderer *rr = NULL;
	if (!st && scratch_new(&w, c.n, window))
		st = CONCORD_ENOMEM;
	if (!st)
		st = concord_render_open(o->format, write_stdout, NULL, &rr);
	for (size_t k = 0; !st && k < p.nstories; k += window)
		st = brief_window(&c, &p, k, k + window < p.nstories ?
		    k + window : p.nstories, o, rr, &w);
	if (rr) {
		concord_status cst = concord_render_close(rr);
		st = st ? st : cst;
	}
	scratch_free(&w);
	plan_free(&p);
	corpus_free(&c);
	if (st)
		return finish(fatal("brief", st));
	return finish(code);
}

static const concord_article *const *id_arts;

static int by_id(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	int d = strcmp(id_arts[x]->id, id_arts[y]->id);
	return d ? d : (x > y) - (x < y);
}

/* An input read twice would count twice: keeps the first article of each
 * id in c->arts[0..*n), in input order (sorting, not all pairs). */
static concord_status drop_same_ids(corpus *c, size_t *n)
{
	size_t *ix = malloc((c->n + 1) * sizeof *ix);
	unsigned char *drop = calloc(c->n + 1, 1);
	if (!ix || !drop) {
		free(ix);
		free(drop);
		return CONCORD_ENOMEM;
	}
	for (size_t i = 0; i < c->n; i++)
		ix[i] = i;
	id_arts = c->arts;
	qsort(ix, c->n, sizeof *ix, by_id);
	for (size_t k = 1; k < c->n; k++)
		drop[ix[k]] = !strcmp(c->arts[ix[k]]->id, c->arts[ix[k - 1]]->id);
	*n = 0;
	for (size_t i = 0; i < c->n; i++)
		if (!drop[i])
			c->arts[(*n)++] = c->arts[i];
	free(ix);
	free(drop);
	return CONCORD_OK;
}

static int cmd_summarize(const options *o)
{
	corpus c = {0};
	int code, stop = load(o, &c, &code);
	if (stop >= 0) {
		corpus_free(&c);
		return stop;
	}
	size_t n;
	concord_report *r;
	concord_status st = drop_same_ids(&c, &n);
	if (!st)
		st = concord_report_build(c.arts, n, &o->budget, &r);
	if (!st) {
		st = concord_render_report(o->format, r, 1, write_stdout, NULL);
		concord_report_free(r);
	}
	corpus_free(&c);
	if (st)
		return finish(fatal("summarize", st));
	return finish(code);
}

/* ---- extract, dedup, cluster ---- */

static int print_article(void *ctx, concord_doc *d)
{
	concord_status st = concord_render_article_json(concord_doc_article(d),
	    write_stdout, NULL);
	concord_doc_free(d);
	return st ? fatal("extract", st) : 0;
}

static int cmd_extract(const options *o)
{
	walk_result res = {0, 0};
	int code = walk(o, print_article, NULL, &res);
	return finish(code ? code : walk_code(&res));
}

static void out_ref(const concord_article *a)
{
	out_s("{\"path\":");
	out_json(a->path);
	out_s(",\"id\":");
	out_json(a->id);
}

static void print_copy(const corpus *c, const plan *p, size_t i, size_t j)
{
	out_s(",");
	out_ref(c->arts[j]);
	out_s(",\"duplicate_of\":");
	out_json(c->arts[i]->path);
	out_s(concord_grouping_exact(p->g, j) ? ",\"exact\":true}" :
	    ",\"exact\":false}");
}

/* One line per group of duplicates: the first article, then its copies,
 * found by a counting sort on the first article (not all pairs). */
static concord_status print_dedup(const corpus *c, const plan *p)
{
	size_t *start = calloc(c->n + 2, sizeof *start);
	size_t *copies = malloc((c->n + 1) * sizeof *copies);
	if (!start || !copies) {
		free(start);
		free(copies);
		return CONCORD_ENOMEM;
	}
	for (size_t j = 0; j < c->n; j++)
		if (dup_root(p->g, j) != j)
			start[dup_root(p->g, j) + 2]++;
	for (size_t i = 2; i < c->n + 2; i++)
		start[i] += start[i - 1];
	for (size_t j = 0; j < c->n; j++)
		if (dup_root(p->g, j) != j)
			copies[start[dup_root(p->g, j) + 1]++] = j;
	size_t group = 0;
	for (size_t i = 0; i < c->n; i++) {
		if (start[i] == start[i + 1])
			continue;
		printf("{\"group\":%zu,\"articles\":[", ++group);
		out_ref(c->arts[i]);
		out_s(",\"duplicate_of\":null,\"exact\":false}");
		for (size_t k = start[i]; k < start[i + 1]; k++)
			print_copy(c, p, i, copies[k]);
		out_s("]}\n");
	}
	free(start);
	free(copies);
	return CONCORD_OK;
}

static void print_cluster(const corpus *c, const plan *p)
{
	for (size_t i = 0; i < c->n; i++) {
		long j = concord_grouping_duplicate_of(p->g, i);
		out_ref(c->arts[i]);
		printf(",\"story\":%zu,\"duplicate_of\":",
		    p->rank[concord_grouping_story(p->g, i)]);
		out_json(j >= 0 ? c->arts[j]->path : NULL);
		out_s(j >= 0 && concord_grouping_exact(p->g, i) ?
		    ",\"exact\":true}\n" : ",\"exact\":false}\n");
	}
}

static int run_grouping(const options *o, int dedup)
{
	corpus c = {0};
	plan p;
	int code, stop = load(o, &c, &code);
	if (stop >= 0) {
		corpus_free(&c);
		return stop;
	}
	concord_status st = plan_make(&c, &p);
	if (!st && dedup)
		st = print_dedup(&c, &p);
	else if (!st)
		print_cluster(&c, &p);
	plan_free(&p);
	corpus_free(&c);
	if (st)
		return finish(fatal(dedup ? "dedup" : "cluster", st));
	return finish(code);
}

static int cmd_dedup(const options *o)
{
	return run_grouping(o, 1);
}

static int cmd_cluster(const options *o)
{
	return run_grouping(o, 0);
}

/* ---- the store ---- */

/* Opens the store; must_exist refuses to create one (stories, show). */
static int open_store(const options *o, int must_exist, concord_store **s)
{
	if (must_exist && access(o->db, F_OK)) {
		fprintf(stderr, "concord: %s: no such database (make one with"
		    " concord add)\n", o->db);
		return EXIT_FATAL;
	}
	concord_status st = concord_store_open(o->db, s);
	if (!st)
		return 0;
	if (*s && *concord_store_error(*s))
		fprintf(stderr, "concord: %s\n", concord_store_error(*s));
	else
		fprintf(stderr, "concord: %s: %s\n", o->db, concord_strerror(st));
	concord_store_close(*s);
	*s = NULL;
	return EXIT_FATAL;
}

typedef struct add_state {
	concord_store *s;
	size_t added, present;
} add_state;

static int add_doc(void *ctx, concord_doc *d)
{
	add_state *as = ctx;
	int added;
	concord_status st = concord_store_add(as->s, concord_doc_article(d),
	    &added, NULL);
	if (st) {
		fprintf(stderr, "concord: %s: %s\n",
		    concord_doc_article(d)->path, *concord_store_error(as->s) ?
		    concord_store_error(as->s) : concord_strerror(st));
		concord_doc_free(d);
		return EXIT_FATAL;
	}
	concord_doc_free(d);
	if (added)
		as->added++;
	else
		as->present++;
	return 0;
}

static int cmd_add(const options *o)
{
	add_state as = {0};
	int code = open_store(o, 0, &as.s);
	if (code)
		return code;
	walk_result res = {0, 0};
	code = walk(o, add_doc, &as, &res);
	concord_store_close(as.s);
	if (o->progress)
		fprintf(stderr, "concord: %zu added, %zu already stored\n",
		    as.added, as.present);
	return finish(code ? code : walk_code(&res));
}

/* Markdown table cells: one line, no column breaks. */
static void out_cell(const char *s)
{
	for (; s && *s; s++) {
		if (*s == '|' || *s == '\\')
			putchar('\\');
		putchar(*s == '\n' || *s == '\r' ? ' ' : *s);
	}
}

static void out_html(const char *s)
{
	if (s)
		concord_render_html_escape(s, strlen(s), write_stdout, NULL);
}

typedef struct list_state {
	concord_format f;
	size_t n;
} list_state;

static int print_row(void *ctx, const concord_story_row *r)
{
	list_state *ls = ctx;
	if (ls->f == CONCORD_FORMAT_JSON) {
		printf("%s{\"id\":%lld,\"title\":", ls->n ? ",\n" : "",
		    (long long)r->id);
		out_json(r->title);
		printf(",\"articles\":%zu,\"independent_sources\":%zu,"
		    "\"first_date\":", r->narticles, r->independent);
		out_json(r->first_date);
		out_s(",\"last_date\":");
		out_json(r->last_date);
		out_s("}");
	} else if (ls->f == CONCORD_FORMAT_HTML) {
		printf("<tr><td>%lld</td><td>", (long long)r->id);
		out_html(r->title);
		printf("</td><td>%zu</td><td>%zu</td><td>", r->narticles,
		    r->independent);
		out_html(r->first_date);
		out_s("</td><td>");
		out_html(r->last_date);
		out_s("</td></tr>\n");
	} else {
		printf("| %lld | ", (long long)r->id);
		out_cell(r->title);
		printf(" | %zu | %zu | ", r->narticles, r->independent);
		out_cell(r->first_date);
		out_s(" | ");
		out_cell(r->last_date);
		out_s(" |\n");
	}
	ls->n++;
	return ferror(stdout) != 0;
}

static const char LIST_HEAD_MD[] =
    "| id | title | articles | independent sources | first date | last date |\n"
    "|---:|---|---:|---:|---|---|\n";
static const char LIST_HEAD_HTML[] =
    "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
    "<title>concord stories</title>\n</head>\n<body>\n<table>\n"
    "<tr><th>id</th><th>title</th><th>articles</th>"
    "<th>independent sources</th><th>first date</th><th>last date</th></tr>\n";

static int cmd_stories(const options *o)
{
	concord_store *s;
	int code = open_store(o, 1, &s);
	if (code)
		return code;
	list_state ls = {o->format, 0};
	out_s(o->format == CONCORD_FORMAT_JSON ? "{\"stories\":[" :
	    o->format == CONCORD_FORMAT_HTML ? LIST_HEAD_HTML : LIST_HEAD_MD);
	concord_status st = concord_store_stories(s, print_row, &ls);
	if (!st)
		out_s(o->format == CONCORD_FORMAT_JSON ? "]}\n" :
		    o->format == CONCORD_FORMAT_HTML ?
		    "</table>\n</body>\n</html>\n" : "");
	if (st)
		fprintf(stderr, "concord: %s\n", concord_store_error(s));
	concord_store_close(s);
	return finish(st ? EXIT_FATAL : 0);
}

static int parse_id(const char *s, int64_t *id)
{
	char *end;
	errno = 0;
	long long v = strtoll(s, &end, 10);
	if (errno || end == s || *end || v <= 0)
		return -1;
	*id = v;
	return 0;
}

static int cmd_show(const options *o)
{
	int64_t id;
	if (parse_id(o->paths[0], &id)) {
		fprintf(stderr, "concord: show: not a story id: %s\n",
		    o->paths[0]);
		return EXIT_USAGE;
	}
	concord_store *s;
	int code = open_store(o, 1, &s);
	if (code)
		return code;
	concord_doc **docs = NULL;
	size_t n = 0;
	concord_status st = concord_store_story_docs(s, id, &docs, &n);
	if (st == CONCORD_ENOTFOUND) {
		fprintf(stderr, "concord: no story %lld\n", (long long)id);
		concord_store_close(s);
		return EXIT_NONE;
	}
	const concord_article **arts = malloc((n + 1) * sizeof *arts);
	concord_report *r = NULL;
	if (!st && !arts)
		st = CONCORD_ENOMEM;
	for (size_t i = 0; !st && i < n; i++)
		arts[i] = concord_doc_article(docs[i]);
	if (!st)
		st = concord_report_build(arts, n, &o->budget, &r);
	if (!st)
		st = concord_render_report(o->format, r, id, write_stdout, NULL);
	if (st)
		code = fatal("show", st);
	concord_report_free(r);
	free(arts);
	for (size_t i = 0; i < n; i++)
		concord_doc_free(docs[i]);
	concord_free(docs);
	concord_store_close(s);
	return finish(code);
}

/* ---- command line ---- */

static const command COMMANDS[] = {
	{"brief", cmd_brief, OPT_FORMAT | OPT_BUDGET, 1},
	{"summarize", cmd_summarize, OPT_FORMAT | OPT_BUDGET, 1},
	{"extract", cmd_extract, 0, 1},
	{"dedup", cmd_dedup, 0, 1},
	{"cluster", cmd_cluster, 0, 1},
	{"add", cmd_add, OPT_DB, 1},
	{"stories", cmd_stories, OPT_DB | OPT_FORMAT, 0},
	{"show", cmd_show, OPT_DB | OPT_FORMAT | OPT_BUDGET, 2},
};

static int usage_error(const char *fmt, const char *arg)
{
	fputs("concord: ", stderr);
	fprintf(stderr, fmt, arg);
	fputs("\nTry 'concord --help'.\n", stderr);
	return EXIT_USAGE;
}

#define MAX_JOBS 64

/* One extraction thread per online processor. */
static unsigned default_jobs(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	return n < 1 ? 1 : n > MAX_JOBS ? MAX_JOBS : (unsigned)n;
}

static int parse_size(const char *s, size_t *v)
{
	char *end;
	errno = 0;
	unsigned long long x = strtoull(s, &end, 10);
	if (errno || end == s || *end || *s == '-' || x == 0)
		return -1;
	*v = (size_t)x;
	return 0;
}

/* Handles one option that takes a value; returns 0 or an exit code. */
static int value_option(const char *name, const char *val, const command *c,
    options *o)
{
	unsigned need = !strcmp(name, "--format") ? OPT_FORMAT :
	    !strcmp(name, "--db") ? OPT_DB : !strcmp(name, "--jobs") ? 0 :
	    OPT_BUDGET;
	if (need && !(c->allowed & need))
		return usage_error("option %s does not apply here", name);
	if (!strcmp(name, "--format")) {
		if (concord_format_parse(val, &o->format))
			return usage_error("unknown format: %s", val);
	} else if (!strcmp(name, "--db")) {
		o->db = val;
	} else {
		size_t v;
		if (parse_size(val, &v))
			return usage_error("not a positive number: %s", val);
		if (!strcmp(name, "--jobs"))
			o->jobs = v > MAX_JOBS ? MAX_JOBS : (unsigned)v;
		else if (!strcmp(name, "--max-bytes"))
			o->budget.max_bytes = v;
		else if (!strcmp(name, "--max-words"))
			o->budget.max_words = v;
	}
	return 0;
}

static int is_value_option(const char *name)
{
	return !strcmp(name, "--format") || !strcmp(name, "--db") ||
	    !strcmp(name, "--max-bytes") || !strcmp(name, "--max-words") ||
	    !strcmp(name, "--jobs");
}

/* Parses argv[first..] into o: options may come anywhere, "--" ends
 * them, "-" is an operand (stdin). Returns 0, -1 for help/version shown,
 * or an exit code. */
static int parse_args(int argc, char **argv, int first, const command *c,
    options *o)
{
	int dashdash = 0;
	for (int i = first; i < argc; i++) {
		char *a = argv[i];
		if (dashdash || a[0] != '-' || !strcmp(a, "-")) {
			o->paths[o->npaths++] = a;
			continue;
		}
		if (!strcmp(a, "--")) {
			dashdash = 1;
		} else if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			fputs(USAGE, stdout);
			return -1;
		} else if (!strcmp(a, "-V") || !strcmp(a, "--version")) {
			puts("concord " CONCORD_VERSION);
			return -1;
		} else if (!strcmp(a, "-q") || !strcmp(a, "--quiet")) {
			o->quiet = 1;
		} else {
			char *eq = strchr(a, '=');
			char name[32];
			size_t len = eq ? (size_t)(eq - a) : strlen(a);
			if (len >= sizeof name)
				return usage_error("unknown option: %s", a);
			memcpy(name, a, len);
			name[len] = '\0';
			if (!is_value_option(name))
				return usage_error("unknown option: %s", a);
			const char *val = eq ? eq + 1 : NULL;
			if (!val && i + 1 >= argc)
				return usage_error("option %s needs a value", a);
			if (!val)
				val = argv[++i];
			int code = value_option(name, val, c, o);
			if (code)
				return code;
		}
	}
	if (c->operands == 1 && o->npaths == 0)
		return usage_error("%s: no PATH given", c->name);
	if (c->operands == 0 && o->npaths)
		return usage_error("%s takes no operands", c->name);
	if (c->operands == 2 && o->npaths != 1)
		return usage_error("%s needs exactly one story ID", c->name);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc < 2)
		return usage_error("%s", "no command given");
	if (!strcmp(argv[1], "-h") || !strcmp(argv[1], "--help")) {
		fputs(USAGE, stdout);
		return finish(0);
	}
	if (!strcmp(argv[1], "-V") || !strcmp(argv[1], "--version")) {
		puts("concord " CONCORD_VERSION);
		return finish(0);
	}
	const command *c = NULL;
	for (size_t i = 0; i < sizeof COMMANDS / sizeof COMMANDS[0]; i++)
		if (!strcmp(argv[1], COMMANDS[i].name))
			c = &COMMANDS[i];
	if (!c)
		return usage_error("unknown command: %s", argv[1]);
	options o = {.format = CONCORD_FORMAT_MARKDOWN, .db = "concord.db"};
	o.paths = calloc((size_t)argc, sizeof *o.paths);
	if (!o.paths)
		return fatal("concord", CONCORD_ENOMEM);
	int code = parse_args(argc, argv, 2, c, &o);
	if (code) {
		free(o.paths);
		return code < 0 ? finish(0) : code;
	}
	o.progress = !o.quiet && isatty(STDERR_FILENO);
	if (!o.jobs)
		o.jobs = default_jobs();
	code = c->run(&o);
	free(o.paths);
	return code;
}
