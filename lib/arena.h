/* arena.h - region allocator: everything that dies with one document or
 * one report lives in one arena and is freed at once. Allocation fails
 * (NULL) rather than growing past the arena's cap. Private to libconcord. */
#ifndef CONCORD_ARENA_H
#define CONCORD_ARENA_H

#include <stddef.h>

typedef struct arena arena;

/* cap: most bytes the arena may hold in all (0: 1 GiB). */
arena *arena_new(size_t cap);
void arena_free(arena *a);
/* Forgets every allocation but keeps the first block for reuse. */
void arena_reset(arena *a);
/* n bytes aligned for any type, or NULL when the cap is reached. */
void *arena_alloc(arena *a, size_t n);
/* Zeroed array of n elements of size sz; NULL on overflow or cap. */
void *arena_calloc(arena *a, size_t n, size_t sz);
/* NUL-terminated copy of s[0..len); NULL when s is NULL. */
char *arena_strndup(arena *a, const char *s, size_t len);
char *arena_strdup(arena *a, const char *s);
/* Bytes handed out so far. */
size_t arena_used(const arena *a);

/* A growable byte buffer with a cap; data is always NUL-terminated. */
typedef struct buf {
	char *data;
	size_t len, cap, max;  /* max: most bytes it may hold (0: 1 GiB) */
} buf;

/* Appends; returns 0, or -1 when memory or the cap runs out (buf kept). */
int buf_append(buf *b, const char *s, size_t len);
int buf_putc(buf *b, char c);
int buf_puts(buf *b, const char *s);
void buf_free(buf *b);

#endif
