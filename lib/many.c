/* many.c - batches of independent work on a few threads:
 * concord_extract_many (one input each) and concord_report_build_many
 * (one story each). Each thread takes the next index from a shared
 * counter, so a slow item holds up one thread, not a fixed share of the
 * batch; every result goes to its own slot, so the output is the serial
 * one whatever the number of threads. libxml2 must be initialized once
 * before threads use it (its lazy start is not thread-safe): dom_init
 * does that. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>

#include "concord/brief.h"
#include "concord/extract.h"
#include "dom.h"

#define MAX_JOBS 256

typedef struct pool {
	void (*one)(struct pool *p, size_t i);  /* does item i */
	size_t n;
	atomic_size_t next;
	const void *in, *in2, *opts;
	void *out;
	concord_status *st;
} pool;

static void *work(void *arg)
{
	pool *p = arg;
	for (;;) {
		size_t i = atomic_fetch_add(&p->next, 1);
		if (i >= p->n)
			return NULL;
		p->one(p, i);
	}
}

/* Runs p on up to jobs threads, the calling one among them. */
static void run(pool *p, unsigned jobs)
{
	pthread_t tid[MAX_JOBS];
	size_t started = 0;
	if (jobs > MAX_JOBS)
		jobs = MAX_JOBS;
	if (jobs > p->n)
		jobs = (unsigned)p->n;
	for (unsigned k = 1; k < jobs; k++)
		if (!pthread_create(&tid[started], NULL, work, p))
			started++;
	work(p);
	for (size_t k = 0; k < started; k++)
		pthread_join(tid[k], NULL);
}

static void extract_one(pool *p, size_t i)
{
	const concord_input *ins = p->in;
	concord_doc **out = p->out;
	out[i] = NULL;
	p->st[i] = concord_extract(&ins[i], p->opts, &out[i]);
}

CONCORD_API concord_status concord_extract_many(const concord_input *ins,
    size_t n, const concord_extract_opts *opts, unsigned jobs,
    concord_doc **out, concord_status *st)
{
	pool p = {extract_one, n, 0, ins, NULL, opts, out, st};
	if (jobs > 1 && n > 1)
		dom_init();
	run(&p, jobs);
	return CONCORD_OK;
}

static void report_one(pool *p, size_t i)
{
	const concord_article *const *const *stories = p->in;
	const size_t *counts = p->in2;
	concord_report **out = p->out;
	out[i] = NULL;
	p->st[i] = concord_report_build(stories[i], counts[i], p->opts,
	    &out[i]);
}

CONCORD_API concord_status concord_report_build_many(
    const concord_article *const *const *stories, const size_t *counts,
    size_t n, const concord_brief_opts *opts, unsigned jobs,
    concord_report **out, concord_status *st)
{
	pool p = {report_one, n, 0, stories, counts, opts, out, st};
	run(&p, jobs);
	return CONCORD_OK;
}
