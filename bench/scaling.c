/* scaling.c - does article extraction take time linear in page size?
 *
 * Usage: scaling [-r ROUNDS] [-m MAX_BYTES] [-s SERIES] PAGE.html[.gz]
 *
 * From one real article page it builds pages of 1 KB to 5 MB in several
 * shapes, each a "series":
 *   article    a bare <article> filled with the page's own <p> paragraphs,
 *              repeated in order (every size);
 *   page       the whole real page, its paragraphs repeated after its last
 *              one (sizes below the page's own size are skipped);
 *   nest-div   paragraphs, <div> nested n deep and closed, paragraphs;
 *   nest-b     the same with <b>;
 *   attrs      one <div> with n attributes around the paragraphs;
 *   elements   n sibling <i class=c></i> before the paragraphs;
 *   text-node  one text node of the whole size;
 *   br         one paragraph of words split by n <br>.
 * -s runs one series only, -m stops at that size. Each page is built and timed in a child process of its own, so the peak
 * RSS printed is that page's. Time is CPU seconds of one concord_extract
 * (robust when other jobs share the cores), best of ROUNDS rounds; small
 * pages run many times per round. "ratio" is the time per byte divided by
 * that of the 64 KB page of the same series: 1.00 everywhere is linear,
 * a ratio growing with the size is superlinear. Uses only the public API.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <zlib.h>

#include "concord.h"

#define REF_SIZE ((size_t)64 << 10)

static const size_t sizes[] = {
	1 << 10, 4 << 10, 16 << 10, 64 << 10, 256 << 10, 1 << 20, 5 << 20,
};
#define N_SIZES (sizeof sizes / sizeof sizes[0])

/* ---- a growable buffer ------------------------------------------------- */

typedef struct page {
	char *d;
	size_t len, cap;
} page;

static void add_n(page *p, const char *s, size_t n)
{
	if (p->len + n + 1 > p->cap) {
		size_t cap = p->cap ? p->cap : 1 << 16;
		while (cap < p->len + n + 1)
			cap *= 2;
		char *d = realloc(p->d, cap);
		if (!d) {
			fprintf(stderr, "scaling: out of memory\n");
			exit(1);
		}
		p->d = d;
		p->cap = cap;
	}
	memcpy(p->d + p->len, s, n);
	p->len += n;
	p->d[p->len] = 0;
}

static void add(page *p, const char *s)
{
	add_n(p, s, strlen(s));
}

/* Appends s until p reaches target bytes (at least once). */
static void fill(page *p, const char *s, size_t target)
{
	size_t n = strlen(s);
	do
		add_n(p, s, n);
	while (p->len + n <= target);
}

static char *read_gz(const char *path, size_t *len)
{
	gzFile f = gzopen(path, "rb");
	page p = {0};
	char chunk[1 << 16];
	int got;
	if (!f)
		return NULL;
	while ((got = gzread(f, chunk, sizeof chunk)) > 0)
		add_n(&p, chunk, (size_t)got);
	gzclose(f);
	*len = p.len;
	return p.d;
}

/* ---- the source page --------------------------------------------------- */

/* The real page and what is taken from it: its prose paragraphs, one
 * after the other (pool), and where its last one ends. */
typedef struct source {
	char *html;
	size_t len;
	page pool;
	size_t last_end;
} source;

/* Keeps <p>...</p> elements of plain prose: long enough, no nested
 * paragraph, no embedded frame or script. */
static void harvest(source *s)
{
	const char *h = s->html, *end = h + s->len, *p = h;
	while ((p = strstr(p, "<p")) && p < end) {
		const char *close = strstr(p, "</p>");
		if (!close)
			break;
		size_t n = (size_t)(close + 4 - p);
		int tag = p[2] == '>' || p[2] == ' ';
		char *inner = tag ? strndup(p + 2, n - 2) : NULL;
		if (inner && n >= 80 && n <= 4000 && !strstr(inner, "<p") &&
		    !strstr(inner, "<iframe") && !strstr(inner, "<script")) {
			add_n(&s->pool, p, n);
			add(&s->pool, "\n");
			s->last_end = (size_t)(close + 4 - h);
		}
		free(inner);
		p = tag ? close + 4 : p + 2;
	}
}

/* Appends the pool's paragraphs in order, cyclically, until p would pass
 * target - reserve; at least one. */
static void add_paras(page *p, const page *pool, size_t target,
    size_t reserve)
{
	size_t at = 0;
	do {
		const char *nl = memchr(pool->d + at, '\n', pool->len - at);
		size_t n = (size_t)(nl - (pool->d + at)) + 1;
		add_n(p, pool->d + at, n);
		at = at + n == pool->len ? 0 : at + n;
	} while (p->len + 600 + reserve <= target);
}

/* ---- the shapes -------------------------------------------------------- */

#define HEAD "<!DOCTYPE html><html><head><meta charset=\"utf-8\">" \
	"<title>Scaling</title></head><body>"
#define TAIL "</body></html>"

typedef int (*shape_fn)(page *p, const source *s, size_t target);

static int shape_article(page *p, const source *s, size_t target)
{
	add(p, HEAD "<article>");
	add_paras(p, &s->pool, target, sizeof "</article>" TAIL);
	add(p, "</article>" TAIL);
	return 1;
}

static int shape_page(page *p, const source *s, size_t target)
{
	if (s->len > target)
		return 0;
	add_n(p, s->html, s->last_end);
	add_paras(p, &s->pool, target, s->len - s->last_end);
	add_n(p, s->html + s->last_end, s->len - s->last_end);
	return 1;
}

/* Paragraphs, then open n deep and closed again, then paragraphs: both
 * must come out, whatever n. */
static int nest(page *p, const source *s, size_t target, const char *open,
    const char *close)
{
	size_t unit = strlen(open) + strlen(close), n;
	add(p, HEAD "<article>");
	add_paras(p, &s->pool, p->len + 1200, 0);
	size_t fixed = p->len + 1200 + sizeof "</article>" TAIL;
	n = target > fixed + unit ? (target - fixed) / unit : 1;
	for (size_t i = 0; i < n; i++)
		add(p, open);
	for (size_t i = 0; i < n; i++)
		add(p, close);
	add_paras(p, &s->pool, p->len + 1200, 0);
	add(p, "</article>" TAIL);
	return 1;
}

static int shape_nest_div(page *p, const source *s, size_t target)
{
	return nest(p, s, target, "<div>", "</div>");
}

static int shape_nest_b(page *p, const source *s, size_t target)
{
	return nest(p, s, target, "<b>", "</b>");
}

static int shape_attrs(page *p, const source *s, size_t target)
{
	char at[32];
	add(p, HEAD "<div ");
	for (size_t i = 0; p->len + 2 * 600 + 64 < target; i++) {
		int n = snprintf(at, sizeof at, "a%zu=x ", i);
		add_n(p, at, (size_t)n);
	}
	add(p, ">");
	add_paras(p, &s->pool, p->len + 2 * 600, 0);
	add(p, "</div>" TAIL);
	return 1;
}

static int shape_elements(page *p, const source *s, size_t target)
{
	add(p, HEAD "<div>");
	fill(p, "<i class=c></i>", target > 2 * 600 + 64 ?
	    target - 2 * 600 - 64 : 0);
	add(p, "</div><article>");
	add_paras(p, &s->pool, p->len + 2 * 600, 0);
	add(p, "</article>" TAIL);
	return 1;
}

static int shape_text_node(page *p, const source *s, size_t target)
{
	(void)s;
	add(p, HEAD "<p>");
	fill(p, "the committee heard from witnesses and read the minutes, ",
	    target - sizeof TAIL - 4);
	add(p, "</p>" TAIL);
	return 1;
}

static int shape_br(page *p, const source *s, size_t target)
{
	(void)s;
	add(p, HEAD "<p>");
	fill(p, "the committee heard witnesses,<br>", target - sizeof TAIL - 4);
	add(p, "</p>" TAIL);
	return 1;
}

static const struct {
	const char *name;
	shape_fn fn;
} shapes[] = {
	{"article", shape_article}, {"page", shape_page},
	{"nest-div", shape_nest_div}, {"nest-b", shape_nest_b},
	{"attrs", shape_attrs}, {"elements", shape_elements},
	{"text-node", shape_text_node}, {"br", shape_br},
};

/* ---- timing ------------------------------------------------------------ */

typedef struct result {
	int built;
	concord_status st;
	size_t len, text_len;
	double sec;     /* CPU seconds of one extraction, best round */
	long rss_kb;    /* peak RSS of the child */
} result;

static double cpu_now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* In the child: build, extract ROUNDS x reps times, keep the best. */
static result measure(const source *s, shape_fn fn, size_t target,
    int rounds)
{
	result r = {0};
	page p = {0};
	if (!(r.built = fn(&p, s, target)))
		return r;
	r.len = p.len;
	size_t reps = ((size_t)4 << 20) / p.len + 1;
	concord_input in = {0};
	in.path = "scaling.html";
	in.kind = CONCORD_KIND_HTML;
	in.data = p.d;
	in.len = p.len;
	r.sec = 1e30;
	for (int k = 0; k < rounds; k++) {
		double t0 = cpu_now();
		for (size_t i = 0; i < reps; i++) {
			concord_doc *d = NULL;
			r.st = concord_extract(&in, NULL, &d);
			r.text_len = d ? concord_doc_article(d)->text_len : 0;
			concord_doc_free(d);
		}
		double dt = (cpu_now() - t0) / (double)reps;
		r.sec = dt < r.sec ? dt : r.sec;
	}
	free(p.d);
	return r;
}

/* Runs measure() in a child and collects its result and peak RSS. */
static result run_child(const source *s, shape_fn fn, size_t target,
    int rounds)
{
	result r = {0};
	int fd[2];
	if (pipe(fd))
		return r;
	fflush(stdout);
	pid_t pid = fork();
	if (pid == 0) {
		close(fd[0]);
		r = measure(s, fn, target, rounds);
		ssize_t w = write(fd[1], &r, sizeof r);
		_exit(w == (ssize_t)sizeof r ? 0 : 1);
	}
	close(fd[1]);
	if (pid < 0 || read(fd[0], &r, sizeof r) != (ssize_t)sizeof r)
		memset(&r, 0, sizeof r);
	close(fd[0]);
	struct rusage ru;
	int status;
	if (pid > 0 && wait4(pid, &status, 0, &ru) == pid)
		r.rss_kb = ru.ru_maxrss;
	return r;
}

static void print_series(const char *name, const result *rs, size_t n)
{
	double ref = 0;
	for (size_t i = 0; i < n; i++)
		if (rs[i].built && sizes[i] == REF_SIZE && rs[i].len)
			ref = rs[i].sec / (double)rs[i].len;
	for (size_t i = 0; i < n; i++) {
		const result *r = &rs[i];
		char ratio[16] = "-";
		if (!r->built)
			continue;
		if (ref > 0)
			snprintf(ratio, sizeof ratio, "%.2f",
			    r->sec / (double)r->len / ref);
		printf("%-10s %10zu %9.5f %8.2f %7s %10zu %-8s %8.1f\n", name,
		    r->len, r->sec, (double)r->len / r->sec / 1e6, ratio,
		    r->text_len, r->st ? concord_strerror(r->st) : "ok",
		    (double)r->rss_kb / 1024);
	}
}

int main(int argc, char **argv)
{
	int rounds = 3, first = 1;
	size_t max = sizes[N_SIZES - 1];
	const char *only = NULL;
	for (; first + 1 < argc && argv[first][0] == '-'; first += 2) {
		if (!strcmp(argv[first], "-r"))
			rounds = atoi(argv[first + 1]);
		else if (!strcmp(argv[first], "-m"))
			max = strtoul(argv[first + 1], NULL, 10);
		else if (!strcmp(argv[first], "-s"))
			only = argv[first + 1];
	}
	if (first != argc - 1 || rounds < 1) {
		fprintf(stderr, "usage: scaling [-r ROUNDS] [-m MAX_BYTES] "
		    "[-s SERIES] PAGE.html[.gz]\n");
		return 2;
	}
	source s = {0};
	if (!(s.html = read_gz(argv[first], &s.len)) || (harvest(&s), !s.pool.len)) {
		fprintf(stderr, "scaling: %s: no page or no paragraphs\n",
		    argv[first]);
		return 1;
	}
	printf("source %s: %zu bytes, %zu bytes of paragraphs; best of %d\n",
	    argv[first], s.len, s.pool.len, rounds);
	printf("%-10s %10s %9s %8s %7s %10s %-8s %8s\n", "series", "bytes",
	    "cpu_s", "MB/s", "ratio", "text", "status", "rss_MB");
	for (size_t k = 0; k < sizeof shapes / sizeof shapes[0]; k++) {
		result rs[N_SIZES] = {{0}};
		if (only && strcmp(only, shapes[k].name))
			continue;
		for (size_t i = 0; i < N_SIZES && sizes[i] <= max; i++)
			rs[i] = run_child(&s, shapes[k].fn, sizes[i], rounds);
		print_series(shapes[k].name, rs, N_SIZES);
	}
	free(s.html);
	free(s.pool.d);
	return 0;
}
