/* json.h - a small JSON reader: strict (RFC 8259) for JSON Lines input,
 * lenient for the JSON-LD of pages. Values live in the caller's arena. Private. */
#ifndef CONCORD_JSON_H
#define CONCORD_JSON_H

#include "arena.h"
#include "concord/base.h"

typedef enum json_type {
	JSON_NULL, JSON_FALSE, JSON_TRUE, JSON_NUMBER, JSON_STRING,
	JSON_ARRAY, JSON_OBJECT
} json_type;

typedef struct json_value json_value;
struct json_value {
	json_type type;
	const char *str;    /* STRING: decoded UTF-8, NUL-terminated (may hold
	                       \u0000 as U+FFFD); NUMBER: the literal text */
	size_t len;
	json_value *child;  /* ARRAY/OBJECT: first element / member value */
	json_value *next;   /* next element / member of the parent */
	const char *key;    /* member name (decoded, NUL-terminated) when the
	                       parent is an object, else NULL */
};

/* Parses one JSON text s[0..len) (white space around it allowed) into a.
 * Nesting deeper than max_depth (0: 64) is CONCORD_ELIMIT; malformed
 * input is CONCORD_EPARSE with *err_off (may be NULL) at the bad byte.
 * Invalid UTF-8 inside strings is replaced by U+FFFD. */
concord_status json_parse(arena *a, const char *s, size_t len,
    size_t max_depth, json_value **out, size_t *err_off);

/* As json_parse, for JSON that pages write (JSON-LD): also takes "//" and
 * block comments, raw control characters inside strings (kept), and a
 * comma before a closing bracket; it reads the first value only, and
 * *end gets the offset just past it (or of the bad byte on error), so the
 * caller can go on to a value that follows. */
concord_status json_parse_page(arena *a, const char *s, size_t len,
    size_t max_depth, json_value **out, size_t *end);

/* Member key of object obj, or NULL (also when obj is not an object). */
const json_value *json_get(const json_value *obj, const char *key);

#endif
