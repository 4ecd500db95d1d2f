/* lang.h - language of a text from its script and common words. Private. */
#ifndef CONCORD_LANG_H
#define CONCORD_LANG_H

#include <stddef.h>

/* ISO 639-1 code of the language of UTF-8 text s[0..len) ("en", "de",
 * "ru", "zh", "ja", "ko", "ar", ...), or NULL when too short or unclear.
 * The result is a static string. */
const char *lang_detect(const char *s, size_t len);

#endif
