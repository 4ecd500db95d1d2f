/* many.c - concord_extract_many: a batch of inputs extracted by a few
 * threads. Each thread takes the next index from a shared counter, so a
 * slow page holds up one thread, not a fixed share of the batch; every
 * result goes to its own slot, so the output is the serial one whatever
 * the number of threads. libxml2 must be initialized once before threads
 * use it (its lazy start is not thread-safe): dom_init does that. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>

#include "concord/extract.h"
#include "dom.h"

#define MAX_JOBS 256

typedef struct pool {
	const concord_input *ins;
	const concord_extract_opts *opts;
	concord_doc **out;
	concord_status *st;
	size_t n;
	atomic_size_t next;
} pool;

static void *work(void *arg)
{
	pool *p = arg;
	for (;;) {
		size_t i = atomic_fetch_add(&p->next, 1);
		if (i >= p->n)
			return NULL;
		p->out[i] = NULL;
		p->st[i] = concord_extract(&p->ins[i], p->opts, &p->out[i]);
	}
}

CONCORD_API concord_status concord_extract_many(const concord_input *ins,
    size_t n, const concord_extract_opts *opts, unsigned jobs,
    concord_doc **out, concord_status *st)
{
	pthread_t tid[MAX_JOBS];
	size_t started = 0;
	pool p = {ins, opts, out, st, n, 0};
	if (jobs > MAX_JOBS)
		jobs = MAX_JOBS;
	if (jobs > n)
		jobs = (unsigned)n;
	if (jobs <= 1) {
		work(&p);
		return CONCORD_OK;
	}
	dom_init();
	/* the calling thread is one of the workers */
	for (unsigned k = 1; k < jobs; k++)
		if (!pthread_create(&tid[started], NULL, work, &p))
			started++;
	work(&p);
	for (size_t k = 0; k < started; k++)
		pthread_join(tid[k], NULL);
	return CONCORD_OK;
}
