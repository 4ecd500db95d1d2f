/* base.c - status messages and the library's free. */
#include "concord/base.h"

#include <stdlib.h>

const char *concord_strerror(concord_status s)
{
	switch (s) {
	case CONCORD_OK: return "success";
	case CONCORD_END: return "no more items";
	case CONCORD_ENOMEM: return "out of memory";
	case CONCORD_EIO: return "cannot read or write";
	case CONCORD_EEMPTY: return "no content";
	case CONCORD_EBINARY: return "binary data, not an article";
	case CONCORD_EPARSE: return "malformed input";
	case CONCORD_ELIMIT: return "limit exceeded";
	case CONCORD_ENOTFOUND: return "not found";
	case CONCORD_EDB: return "database error";
	case CONCORD_EINVAL: return "invalid argument";
	}
	return "unknown status";
}

void concord_free(void *p)
{
	free(p);
}
