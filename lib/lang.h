/* lang.h - language of a text from its script and common words. Private. */
#ifndef CONCORD_LANG_H
#define CONCORD_LANG_H

#include <stddef.h>

/* ISO 639-1 code of the language of UTF-8 text s[0..len), or NULL when
 * too short or unclear. Latin script: en de fr es it pt ca nl sv da no
 * fi pl cs sk hu ro hr sl tr id vi; Cyrillic: ru uk be bg sr mk; zh ja
 * ko el ar fa ur he th hi bn hy ka ta. Reads at most the first 32 KiB.
 * The result is a static string. */
const char *lang_detect(const char *s, size_t len);

/* 1 when the function-word tables are sorted as lookups need (a test). */
int lang_tables_sorted(void);

#endif
