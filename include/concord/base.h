/* base.h - status codes, ownership rules and helpers shared by every module.
 *
 * Conventions used by the whole public API:
 * - Every fallible function returns a concord_status; 0 (CONCORD_OK) is
 *   success and results come back through out-parameters.
 * - An object made by concord_X_new/..._open/... is released by
 *   concord_X_free; every _free accepts NULL.
 * - Strings are UTF-8, NUL-terminated, and owned by the object they were
 *   read from unless a comment says otherwise; NULL means "unknown".
 * - The library never prints and never exits.
 */
#ifndef CONCORD_BASE_H
#define CONCORD_BASE_H

#include <stddef.h>
#include <stdint.h>

#if defined(__GNUC__)
#define CONCORD_API __attribute__((visibility("default")))
#else
#define CONCORD_API
#endif

#define CONCORD_VERSION "0.1.0"

typedef enum concord_status {
	CONCORD_OK = 0,
	CONCORD_END,      /* an iterator has nothing more: not an error */
	CONCORD_ENOMEM,   /* out of memory */
	CONCORD_EIO,      /* a file could not be opened or read */
	CONCORD_EEMPTY,   /* the input holds no content */
	CONCORD_EBINARY,  /* the input is not text, HTML, JSON Lines or WARC */
	CONCORD_EPARSE,   /* the input is malformed */
	CONCORD_ELIMIT,   /* a size, depth or count limit was hit */
	CONCORD_ENOTFOUND,/* no such story, article or file */
	CONCORD_EDB,      /* the database failed or is not a concord store */
	CONCORD_EINVAL    /* a caller passed an invalid argument */
} concord_status;

/* A static English message for s; never NULL. */
CONCORD_API const char *concord_strerror(concord_status s);

/* Releases memory the library returned to the caller with malloc (the
 * functions that do so say "free with concord_free"). NULL is a no-op. */
CONCORD_API void concord_free(void *p);

/* Output sink used by the renderers: writes len bytes, returns 0 on
 * success and non-zero to stop rendering (reported as CONCORD_EIO). */
typedef int (*concord_write_fn)(void *ctx, const char *data, size_t len);

#endif
