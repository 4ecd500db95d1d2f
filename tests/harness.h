/* harness.h - the in-house test harness: a table of test functions, checks
 * that record failures with file and line and go on, and one closing line
 * "N passed, N failed". Tests run from the project root, so real inputs
 * are read as "../shared/..." and "examples/...". */
#ifndef CONCORD_HARNESS_H
#define CONCORD_HARNESS_H

#include <stddef.h>
#include <string.h>

typedef struct test_case {
	const char *name;
	void (*fn)(void);
} test_case;

void harness_fail(const char *file, int line, const char *fmt, ...);

#define CHECK(cond) \
	do { if (!(cond)) harness_fail(__FILE__, __LINE__, "%s", #cond); } while (0)
#define CHECK_INT(a, b) \
	do { long long a_ = (long long)(a), b_ = (long long)(b); \
	     if (a_ != b_) harness_fail(__FILE__, __LINE__, "%s == %lld, expected %lld", #a, a_, b_); } while (0)
#define CHECK_STR(a, b) \
	do { const char *a_ = (a), *b_ = (b); \
	     if (!a_ || !b_ || strcmp(a_, b_)) harness_fail(__FILE__, __LINE__, "%s == \"%s\", expected \"%s\"", #a, a_ ? a_ : "(null)", b_ ? b_ : "(null)"); } while (0)
/* a contains b */
#define CHECK_HAS(a, b) \
	do { const char *a_ = (a), *b_ = (b); \
	     if (!a_ || !strstr(a_, b_)) harness_fail(__FILE__, __LINE__, "%s lacks \"%s\"", #a, b_); } while (0)
#define CHECK_LACKS(a, b) \
	do { const char *a_ = (a), *b_ = (b); \
	     if (a_ && strstr(a_, b_)) harness_fail(__FILE__, __LINE__, "%s has \"%s\"", #a, b_); } while (0)

/* Runs tests[0..n) (or only those named in argv), prints failures and the
 * closing line, returns the exit status: 0 when all passed. */
int harness_main(const test_case *tests, size_t n, int argc, char **argv);

#define HARNESS_MAIN(tests) \
	int main(int argc, char **argv) \
	{ return harness_main(tests, sizeof tests / sizeof tests[0], argc, argv); }

/* Whole file as a NUL-terminated malloc'd buffer (free it), or NULL;
 * len may be NULL. */
char *harness_read_file(const char *path, size_t *len);
/* The same, gunzipped when the file is gzip (plain files read as they
 * are). */
char *harness_read_gunzip(const char *path, size_t *len);

/* The articles of ../shared/seeds, read as the CLI reads a directory
 * (source, then extract) in file name order. */
#define HARNESS_MAX_SEEDS 8
typedef struct harness_seeds {
	struct concord_doc *doc[HARNESS_MAX_SEEDS];
	const struct concord_article *a[HARNESS_MAX_SEEDS];
	size_t n;
} harness_seeds;

/* Loads the seeds into s; fails the calling test unless there are five. */
void harness_load_seeds(harness_seeds *s);
void harness_free_seeds(harness_seeds *s);

#endif
