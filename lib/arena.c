/* arena.c - region allocator and capped growable buffers.
 *
 * Blocks are chained; a request larger than the default block size gets a
 * block of its own, so one huge string does not waste a doubling. */
#include "arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define BLOCK_SIZE ((size_t)64 << 10)
#define DEFAULT_CAP ((size_t)1 << 30)
#define ALIGN 16

typedef struct block {
	struct block *next;
	size_t size, used;
	_Alignas(ALIGN) unsigned char data[];
} block;

struct arena {
	block *head;
	size_t total, cap;
};

arena *arena_new(size_t cap)
{
	arena *a = calloc(1, sizeof *a);
	if (a)
		a->cap = cap ? cap : DEFAULT_CAP;
	return a;
}

void arena_free(arena *a)
{
	if (!a)
		return;
	block *b = a->head;
	while (b) {
		block *next = b->next;
		free(b);
		b = next;
	}
	free(a);
}

void arena_reset(arena *a)
{
	block *b = a->head;
	if (!b)
		return;
	/* keep the oldest block: it is the usual size */
	while (b->next) {
		block *next = b->next;
		a->head = next;
		free(b);
		b = next;
	}
	b->used = 0;
	a->total = 0;
}

void *arena_alloc(arena *a, size_t n)
{
	size_t need = (n + ALIGN - 1) & ~(size_t)(ALIGN - 1);
	if (need < n || need > a->cap - a->total)
		return NULL;
	block *b = a->head;
	if (!b || b->size - b->used < need) {
		size_t size = need > BLOCK_SIZE ? need : BLOCK_SIZE;
		block *nb = malloc(sizeof *nb + size);
		if (!nb)
			return NULL;
		nb->size = size;
		nb->used = 0;
		/* a big private block goes behind the current one so the
		 * current block's free space stays in use */
		if (b && size > BLOCK_SIZE) {
			nb->next = b->next;
			b->next = nb;
		} else {
			nb->next = b;
			a->head = nb;
		}
		b = nb;
	}
	void *p = b->data + b->used;
	b->used += need;
	a->total += need;
	return p;
}

void *arena_calloc(arena *a, size_t n, size_t sz)
{
	if (sz && n > SIZE_MAX / sz)
		return NULL;
	void *p = arena_alloc(a, n * sz);
	if (p)
		memset(p, 0, n * sz);
	return p;
}

char *arena_strndup(arena *a, const char *s, size_t len)
{
	if (!s)
		return NULL;
	char *p = arena_alloc(a, len + 1);
	if (p) {
		memcpy(p, s, len);
		p[len] = '\0';
	}
	return p;
}

char *arena_strdup(arena *a, const char *s)
{
	return s ? arena_strndup(a, s, strlen(s)) : NULL;
}

size_t arena_used(const arena *a)
{
	return a->total;
}

int buf_append(buf *b, const char *s, size_t len)
{
	size_t max = b->max ? b->max : DEFAULT_CAP;
	if (len > max || b->len > max - len)
		return -1;
	if (b->len + len + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 256;
		while (cap < b->len + len + 1)
			cap *= 2;
		char *d = realloc(b->data, cap);
		if (!d)
			return -1;
		b->data = d;
		b->cap = cap;
	}
	if (len)
		memcpy(b->data + b->len, s, len);
	b->len += len;
	b->data[b->len] = '\0';
	return 0;
}

int buf_putc(buf *b, char c)
{
	return buf_append(b, &c, 1);
}

int buf_puts(buf *b, const char *s)
{
	return buf_append(b, s, strlen(s));
}

void buf_free(buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}
