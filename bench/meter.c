/* meter.c - grouping and provenance measured on the METER courts corpus.
 *
 * Usage: meter DATA_DIR [--same-day] [--sweep]
 * DATA_DIR is meter-courts/ (manifest.tsv, PA/, newspapers/). Every PA and
 * newspaper story becomes an article (site = paper or "PA", date from the
 * folder name). Newspapers are dated the day after the folder: they were
 * printed next morning (656 of the 770 say "yesterday"); --same-day gives
 * them the folder date, so provenance must guess directions. Prints:
 * 1. story grouping: pairwise precision/recall/F1 against date+catchline,
 *    stories found vs true, and a sweep of the topic threshold;
 * 2. provenance: each newspaper story against its PA sources, the library's
 *    copy/rewrite/none against the journalists' wholly/partially/non-derived,
 *    per-class and macro F1, binary derived F1, how many wholly and
 *    partially derived stories are found derived of either kind, and
 *    threshold sweeps on containment (3-way and binary);
 * 3. time taken. Uses the public API only.
 */
#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "concord.h"

#define MAX_DOCS 4096

typedef struct item {
	char path[512];     /* relative to the data dir */
	char story[128];    /* date/catchline */
	char site[32];
	char date[16];
	int label;          /* newspapers: 0 non, 1 partially, 2 wholly; PA: -1 */
	char sources[2048]; /* newspapers: ';'-separated PA paths */
	concord_doc *doc;
	concord_sketch *sk;
} item;

static item items[MAX_DOCS];
static size_t nitems;

static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec + t.tv_nsec / 1e9;
}

static char *read_all(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	size_t cap = 1 << 16, n = 0;
	char *s = malloc(cap);
	size_t r;
	while (s && (r = fread(s + n, 1, cap - n - 1, f)) > 0) {
		n += r;
		if (n + 1 == cap) {
			char *t = realloc(s, cap *= 2);
			if (!t) {
				free(s);
				s = NULL;
			}
			s = t;
		}
	}
	fclose(f);
	if (s)
		s[n] = '\0';
	*len = n;
	return s;
}

/* Latin-1 to UTF-8 (the corpus is Latin-1 where it is not ASCII); control
 * bytes other than newline are dropped, TeX-style `` and '' become ". */
static char *to_utf8(const char *s, size_t len)
{
	char *o = malloc(2 * len + 1), *q = o;
	int utf8 = concord_utf8_valid(s, len);
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if ((c == '`' || c == '\'') && i + 1 < len && s[i + 1] == (char)c) {
			*q++ = '"';
			i++;
		} else if (c == '\r' || (c < 32 && c != '\n' && c != '\t')) {
			continue;
		} else if (c >= 128 && !utf8) {
			*q++ = (char)(0xc0 | c >> 6);
			*q++ = (char)(0x80 | (c & 0x3f));
		} else {
			*q++ = (char)c;
		}
	}
	*q = '\0';
	return o;
}

/* PA copy: skip the header (rules and the "HH:MM DD/MM/YY: ..." line);
 * a paragraph ends with '<'; wrapped lines are joined. Newspapers:
 * paragraphs are separated by blank lines. */
static char *paragraphs(char *s, int pa)
{
	char *o = malloc(strlen(s) + 2), *q = o;
	int in_header = pa, para_open = 0;
	for (char *line = strtok(s, "\n"); line; line = strtok(NULL, "\n")) {
		size_t n = strlen(line);
		while (n && (line[n - 1] == ' ' || line[n - 1] == '\t'))
			line[--n] = '\0';
		char *p = line;
		while (*p == ' ' || *p == '\t')
			p++;
		if (in_header) {
			if (*p == '\0' || *p == '-' || (strlen(p) > 14 && p[2] == ':' &&
			    p[5] == ' ' && p[8] == '/'))
				continue;
			in_header = 0;
		}
		if (*p == '\0') {
			if (!pa && para_open) {
				*q++ = '\n';
				para_open = 0;
			}
			continue;
		}
		int end = pa && p[strlen(p) - 1] == '<';
		if (end)
			p[strlen(p) - 1] = '\0';
		if (para_open)
			*q++ = ' ';
		q += sprintf(q, "%s", p);
		para_open = 1;
		if (end) {
			*q++ = '\n';
			para_open = 0;
		}
	}
	while (q > o && (q[-1] == '\n' || q[-1] == ' '))
		q--;
	*q = '\0';
	return o;
}

/* "DD.MM.YY" to "YYYY-MM-DD", plus extra days (small, within the month
 * arithmetic done by mktime). */
static void folder_date(const char *f, int plus, char *out)
{
	struct tm t = {0};
	t.tm_mday = atoi(f) + plus;
	t.tm_mon = atoi(f + 3) - 1;
	int y = atoi(f + 6);
	t.tm_year = (y < 50 ? 2000 + y : 1900 + y) - 1900;
	t.tm_hour = 12;
	mktime(&t);
	strftime(out, 16, "%Y-%m-%d", &t);
}

static int load(const char *dir, item *it, int next_day)
{
	char full[1024];
	snprintf(full, sizeof full, "%s/%s", dir, it->path);
	size_t len;
	char *raw = read_all(full, &len);
	if (!raw)
		return -1;
	char *u = to_utf8(raw, len);
	int pa = it->label < 0;
	char *text = paragraphs(u, pa);
	/* path: PA|newspapers / DD.MM.YY / catchline / file */
	const char *d = strchr(it->path, '/') + 1;
	folder_date(d, pa ? 0 : next_day, it->date);
	concord_article a = {0};
	a.path = it->path;
	a.site = it->site;
	a.date = it->date;
	a.lang = "en";
	a.text = text;
	a.text_len = strlen(text);
	concord_status st = concord_doc_from_fields(&a, &it->doc);
	free(raw);
	free(u);
	free(text);
	return st ? -1 : 0;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorted entries of a directory (no dot files). */
static size_t list_dir(const char *path, char **names, size_t cap)
{
	DIR *d = opendir(path);
	size_t n = 0;
	struct dirent *e;
	while (d && (e = readdir(d)) && n < cap)
		if (e->d_name[0] != '.')
			names[n++] = strdup(e->d_name);
	if (d)
		closedir(d);
	qsort(names, n, sizeof *names, cmp_str);
	return n;
}

static void add_pa(const char *dir)
{
	char p[1024], *days[64], *cats[64], *files[64];
	snprintf(p, sizeof p, "%s/PA", dir);
	size_t nd = list_dir(p, days, 64);
	for (size_t i = 0; i < nd; i++) {
		snprintf(p, sizeof p, "%s/PA/%s", dir, days[i]);
		size_t nc = list_dir(p, cats, 64);
		for (size_t j = 0; j < nc; j++) {
			snprintf(p, sizeof p, "%s/PA/%s/%s", dir, days[i], cats[j]);
			size_t nf = list_dir(p, files, 64);
			for (size_t k = 0; k < nf && nitems < MAX_DOCS; k++) {
				item *it = &items[nitems++];
				snprintf(it->path, sizeof it->path, "PA/%s/%s/%s",
				    days[i], cats[j], files[k]);
				snprintf(it->story, sizeof it->story, "%s/%s", days[i], cats[j]);
				strcpy(it->site, "PA");
				it->label = -1;
				free(files[k]);
			}
			free(cats[j]);
		}
		free(days[i]);
	}
}

static int add_papers(const char *dir)
{
	char p[1024];
	snprintf(p, sizeof p, "%s/manifest.tsv", dir);
	size_t len;
	char *m = read_all(p, &len);
	if (!m)
		return -1;
	char *save = NULL;
	for (char *line = strtok_r(m, "\n", &save); line;
	    line = strtok_r(NULL, "\n", &save)) {
		char *f[8];
		int nf = 0;
		for (char *c = line; nf < 8; c++) {
			f[nf++] = c;
			c = strchr(c, '\t');
			if (!c)
				break;
			*c = '\0';
		}
		if (nf < 8 || !strcmp(f[0], "path") || nitems >= MAX_DOCS)
			continue;
		item *it = &items[nitems++];
		snprintf(it->path, sizeof it->path, "%s", f[0]);
		snprintf(it->story, sizeof it->story, "%s/%s", f[2], f[3]);
		snprintf(it->site, sizeof it->site, "%s", f[4]);
		it->label = !strcmp(f[5], "wholly-derived") ? 2 :
		    !strcmp(f[5], "partially-derived") ? 1 : 0;
		snprintf(it->sources, sizeof it->sources, "%s", f[7]);
	}
	free(m);
	return 0;
}

/* Pairwise precision/recall/F1 of a partition against the true stories. */
static void pairwise(const size_t *pred, double *P, double *R, double *F)
{
	long tp = 0, fp = 0, fn = 0;
	for (size_t i = 0; i < nitems; i++)
		for (size_t j = i + 1; j < nitems; j++) {
			int same_t = !strcmp(items[i].story, items[j].story);
			int same_p = pred[i] == pred[j];
			tp += same_t && same_p;
			fp += !same_t && same_p;
			fn += same_t && !same_p;
		}
	*P = tp + fp ? (double)tp / (tp + fp) : 0;
	*R = tp + fn ? (double)tp / (tp + fn) : 0;
	*F = *P + *R > 0 ? 2 * *P * *R / (*P + *R) : 0;
}

static size_t uf_find(size_t *p, size_t i)
{
	while (p[i] != i)
		i = p[i] = p[p[i]];
	return i;
}

static long day_of(const char *d)
{
	struct tm t = {0};
	t.tm_year = atoi(d) - 1900;
	t.tm_mon = atoi(d + 5) - 1;
	t.tm_mday = atoi(d + 8);
	t.tm_hour = 12;
	return (long)(mktime(&t) / 86400);
}

/* Components of the pairs whose topic is >= t (and, with dates, whose
 * dates are at most 3 days apart): what the rule gives with that
 * threshold when every pair is a candidate. */
static void sweep_topic(const float *topic, int dated)
{
	size_t *par = malloc(nitems * sizeof *par);
	printf("  topic sweep (%s): t P R F1 stories\n", dated ? "dated" : "undated");
	for (double t = 0.10; t < 0.76; t += 0.05) {
		for (size_t i = 0; i < nitems; i++)
			par[i] = i;
		size_t k = 0;
		for (size_t i = 0; i < nitems; i++)
			for (size_t j = i + 1; j < nitems; j++, k++) {
				if (topic[k] < t)
					continue;
				if (dated && labs(day_of(items[i].date) -
				    day_of(items[j].date)) > 3)
					continue;
				size_t a = uf_find(par, i), b = uf_find(par, j);
				if (a != b)
					par[a < b ? b : a] = a < b ? a : b;
			}
		size_t ns = 0;
		for (size_t i = 0; i < nitems; i++) {
			par[i] = uf_find(par, i);
			ns += par[i] == i;
		}
		double P, R, F;
		pairwise(par, &P, &R, &F);
		printf("  %.2f %.3f %.3f %.3f %zu\n", t, P, R, F, ns);
	}
	free(par);
}

static size_t true_stories(void)
{
	size_t n = 0;
	for (size_t i = 0; i < nitems; i++) {
		size_t j = 0;
		while (j < i && strcmp(items[j].story, items[i].story))
			j++;
		n += j == i;
	}
	return n;
}

static void eval_grouping(int sweep)
{
	const concord_sketch **sk = malloc(nitems * sizeof *sk);
	for (size_t i = 0; i < nitems; i++)
		sk[i] = items[i].sk;
	double t0 = now();
	concord_grouping *g;
	if (concord_group(sk, nitems, &g)) {
		printf("concord_group failed\n");
		exit(1);
	}
	double t1 = now();
	size_t *pred = calloc(nitems + 1, sizeof *pred);
	size_t ndup = 0, nexact = 0;
	for (size_t i = 0; i < nitems; i++) {
		pred[i] = concord_grouping_story(g, i);
		ndup += concord_grouping_duplicate_of(g, i) >= 0;
		nexact += concord_grouping_exact(g, i);
	}
	double P, R, F;
	pairwise(pred, &P, &R, &F);
	printf("grouping: %zu articles, stories found %zu, true %zu\n", nitems,
	    concord_grouping_nstories(g), true_stories());
	printf("  pairwise P %.3f R %.3f F1 %.3f; duplicates %zu (exact %zu); "
	    "concord_group %.3f s\n", P, R, F, ndup, nexact, t1 - t0);
	if (sweep) {
		size_t np = nitems * (nitems - 1) / 2, k = 0;
		float *topic = malloc(np * sizeof *topic);
		for (size_t i = 0; i < nitems; i++)
			for (size_t j = i + 1; j < nitems; j++)
				topic[k++] = (float)concord_sketch_topic(sk[i], sk[j]);
		sweep_topic(topic, 1);
		sweep_topic(topic, 0);
		free(topic);
	}
	concord_grouping_free(g);
	free(pred);
	free(sk);
}

static item *find_item(const char *path)
{
	for (size_t i = 0; i < nitems; i++)
		if (!strcmp(items[i].path, path))
			return &items[i];
	return NULL;
}

typedef struct conf {
	long m[3][3]; /* [truth][pred] */
} conf;

static void report_conf(const char *name, const conf *c)
{
	static const char *cls[3] = {"non", "partially", "wholly"};
	double macro = 0;
	printf("%s\n", name);
	for (int k = 0; k < 3; k++) {
		long tp = c->m[k][k], fp = 0, fn = 0;
		for (int o = 0; o < 3; o++)
			if (o != k) {
				fp += c->m[o][k];
				fn += c->m[k][o];
			}
		double p = tp + fp ? (double)tp / (tp + fp) : 0;
		double r = tp + fn ? (double)tp / (tp + fn) : 0;
		double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
		macro += f / 3;
		printf("  %-9s P %.3f R %.3f F1 %.3f (true %ld)\n", cls[k], p, r,
		    f, c->m[k][0] + c->m[k][1] + c->m[k][2]);
	}
	long tp = c->m[1][1] + c->m[1][2] + c->m[2][1] + c->m[2][2];
	long fp = c->m[0][1] + c->m[0][2], fn = c->m[1][0] + c->m[2][0];
	long tn = c->m[0][0];
	double p = (double)tp / (tp + fp), r = (double)tp / (tp + fn);
	double pn = (double)tn / (tn + fn), rn = (double)tn / (tn + fp);
	double fd = 2 * p * r / (p + r), fnd = 2 * pn * rn / (pn + rn);
	printf("  3-way macro F1 %.3f; binary: derived F1 %.3f, non-derived F1 "
	    "%.3f, macro %.3f\n", macro, fd, fnd, (fd + fnd) / 2);
	long wd = c->m[2][1] + c->m[2][2], pd = c->m[1][1] + c->m[1][2];
	printf("  derived: P %.3f R %.3f; found derived (either kind): wholly "
	    "%ld/%ld (%.3f), partially %ld/%ld (%.3f)\n", p, r, wd,
	    c->m[2][0] + wd, (double)wd / (double)(c->m[2][0] + wd), pd,
	    c->m[1][0] + pd, (double)pd / (double)(c->m[1][0] + pd));
}

/* Binary derived / non-derived by one threshold on the feature. */
static void sweep_binary(const double *feat, const int *truth, size_t n)
{
	printf("  binary by threshold: t derivedP derivedR derivedF1 nonF1 "
	    "whollyR\n");
	for (double t = 0.01; t < 0.205; t += 0.01) {
		long tp = 0, fp = 0, fn = 0, tn = 0, wr = 0, wn = 0;
		for (size_t i = 0; i < n; i++) {
			int d = feat[i] >= t;
			tp += d && truth[i];
			fp += d && !truth[i];
			fn += !d && truth[i];
			tn += !d && !truth[i];
			wn += truth[i] == 2;
			wr += d && truth[i] == 2;
		}
		double p = tp + fp ? (double)tp / (double)(tp + fp) : 0;
		double r = (double)tp / (double)(tp + fn);
		double pn = tn + fn ? (double)tn / (double)(tn + fn) : 0;
		double rn = (double)tn / (double)(tn + fp);
		printf("  %.2f %.3f %.3f %.3f %.3f %.3f\n", t, p, r,
		    p + r > 0 ? 2 * p * r / (p + r) : 0,
		    pn + rn > 0 ? 2 * pn * rn / (pn + rn) : 0, (double)wr / (double)wn);
	}
}

static double macro3(const conf *c)
{
	double macro = 0;
	for (int k = 0; k < 3; k++) {
		long tp = c->m[k][k], fp = 0, fn = 0;
		for (int o = 0; o < 3; o++)
			if (o != k) {
				fp += c->m[o][k];
				fn += c->m[k][o];
			}
		double p = tp + fp ? (double)tp / (tp + fp) : 0;
		double r = tp + fn ? (double)tp / (tp + fn) : 0;
		macro += p + r > 0 ? 2 * p * r / (p + r) / 3 : 0;
	}
	return macro;
}

static void eval_provenance(int sweep)
{
	conf lib = {{{0}}};
	size_t nnews = 0, wrong_dir = 0, guessed = 0;
	double *feat = malloc(nitems * sizeof *feat);
	int *truth = malloc(nitems * sizeof *truth);
	double t0 = now();
	for (size_t i = 0; i < nitems; i++) {
		item *it = &items[i];
		if (it->label < 0)
			continue;
		const concord_article *set[64];
		size_t n = 0;
		char src[2048];
		snprintf(src, sizeof src, "%s", it->sources);
		for (char *s = strtok(src, ";"); s && n < 63; s = strtok(NULL, ";")) {
			item *pa = find_item(s);
			if (pa)
				set[n++] = concord_doc_article(pa->doc);
		}
		const concord_article *news = concord_doc_article(it->doc);
		double best = 0;
		for (size_t k = 0; k < n; k++) {
			double c = concord_provenance_containment(set[k], news);
			if (c > best)
				best = c;
		}
		set[n++] = news;
		concord_provenance *p;
		if (concord_provenance_compute(set, n, &p)) {
			printf("provenance failed\n");
			exit(1);
		}
		const concord_derivation *d = concord_provenance_at(p, n - 1);
		int pred = d->kind == CONCORD_DERIVED_COPY ? 2 :
		    d->kind == CONCORD_DERIVED_REWRITE ? 1 : 0;
		/* A PA copy taken from the paper is a wrong direction. */
		for (size_t k = 0; k + 1 < n; k++) {
			const concord_derivation *e = concord_provenance_at(p, k);
			if (e->source == (long)(n - 1))
				wrong_dir++;
		}
		guessed += d->source >= 0 && !d->direction_known;
		lib.m[it->label][pred]++;
		feat[nnews] = best;
		truth[nnews++] = it->label;
		concord_provenance_free(p);
	}
	double t1 = now();
	printf("provenance: %zu newspaper stories vs their PA sources, %.3f s; "
	    "PA sources wrongly derived from the paper: %zu; sources by guessed "
	    "direction: %zu\n", nnews, t1 - t0, wrong_dir, guessed);
	report_conf("  library rule (copy = wholly, rewrite = partially):", &lib);
	if (sweep) {
		double mean[3] = {0};
		long cnt[3] = {0};
		for (size_t i = 0; i < nnews; i++) {
			mean[truth[i]] += feat[i];
			cnt[truth[i]]++;
		}
		printf("  mean best containment: non %.3f partially %.3f wholly %.3f\n",
		    mean[0] / cnt[0], mean[1] / cnt[1], mean[2] / cnt[2]);
		double bf = 0, blo = 0, bhi = 0;
		for (double lo = 0.05; lo < 0.6; lo += 0.01)
			for (double hi = lo + 0.01; hi < 0.95; hi += 0.01) {
				conf c = {{{0}}};
				for (size_t i = 0; i < nnews; i++)
					c.m[truth[i]][feat[i] >= hi ? 2 : feat[i] >= lo ? 1 : 0]++;
				double f = macro3(&c);
				if (f > bf + 1e-12)
					bf = f, blo = lo, bhi = hi;
			}
		conf c = {{{0}}};
		for (size_t i = 0; i < nnews; i++)
			c.m[truth[i]][feat[i] >= bhi ? 2 : feat[i] >= blo ? 1 : 0]++;
		printf("  best thresholds on best containment: rewrite >= %.2f, "
		    "copy >= %.2f\n", blo, bhi);
		printf("  3-way macro F1 by thresholds (rows rewrite, columns copy):\n"
		    "        0.20  0.22  0.25  0.30  0.35\n");
		for (double lo = 0.06; lo < 0.125; lo += 0.01) {
			printf("  %.2f", lo);
			for (int h = 0; h < 5; h++) {
				static const double hs[5] = {0.20, 0.22, 0.25, 0.30, 0.35};
				conf g = {{{0}}};
				for (size_t i = 0; i < nnews; i++)
					g.m[truth[i]][feat[i] >= hs[h] ? 2 : feat[i] >= lo ? 1 : 0]++;
				printf(" %.3f", macro3(&g));
			}
			printf("\n");
		}
		report_conf("  (sweep optimum, fitted on the same data):", &c);
		sweep_binary(feat, truth, nnews);
	}
	free(feat);
	free(truth);
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "usage: meter DATA_DIR [--same-day] [--sweep]\n");
		return 2;
	}
	int next_day = 1, sweep = 0;
	for (int i = 2; i < argc; i++) {
		if (!strcmp(argv[i], "--same-day"))
			next_day = 0;
		sweep |= !strcmp(argv[i], "--sweep");
	}
	add_pa(argv[1]);
	if (add_papers(argv[1])) {
		fprintf(stderr, "meter: cannot read %s/manifest.tsv\n", argv[1]);
		return 1;
	}
	double t0 = now();
	size_t bytes = 0;
	for (size_t i = 0; i < nitems; i++) {
		if (load(argv[1], &items[i], next_day)) {
			fprintf(stderr, "meter: cannot load %s\n", items[i].path);
			return 1;
		}
		bytes += concord_doc_article(items[i].doc)->text_len;
	}
	double t1 = now();
	for (size_t i = 0; i < nitems; i++)
		if (concord_sketch_new(concord_doc_article(items[i].doc),
		    &items[i].sk)) {
			fprintf(stderr, "meter: cannot sketch %s\n", items[i].path);
			return 1;
		}
	double t2 = now();
	printf("loaded %zu articles (%.1f MB of text) in %.3f s; sketched in "
	    "%.3f s (%.0f sketches/s, %.1f MB/s)\n", nitems, bytes / 1e6,
	    t1 - t0, t2 - t1, nitems / (t2 - t1), bytes / 1e6 / (t2 - t1));
	eval_grouping(sweep);
	eval_provenance(sweep);
	for (size_t i = 0; i < nitems; i++) {
		concord_sketch_free(items[i].sk);
		concord_doc_free(items[i].doc);
	}
	return 0;
}
