/* replay.c - a plain main() for a fuzz target: runs LLVMFuzzerTestOneInput
 * on every file named on the command line (directories are read one level
 * deep), so the corpora are replayed by every test run, sanitized or not.
 * A crash fails the run; each file that returns counts as passed. */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int run_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		fprintf(stderr, "%s: cannot open\n", path);
		return -1;
	}
	size_t cap = 1 << 16, n = 0, got;
	uint8_t *d = malloc(cap);
	while (d && (got = fread(d + n, 1, cap - n, f)) > 0) {
		n += got;
		if (n == cap) {
			uint8_t *nd = realloc(d, cap *= 2);
			if (!nd) {
				free(d);
				d = NULL;
			}
			d = nd;
		}
	}
	fclose(f);
	if (!d)
		return -1;
	/* an exact-size copy lets ASan see reads past the end */
	uint8_t *exact = malloc(n ? n : 1);
	if (!exact) {
		free(d);
		return -1;
	}
	memcpy(exact, d, n);
	free(d);
	LLVMFuzzerTestOneInput(exact, n);
	free(exact);
	return 0;
}

static int cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(int argc, char **argv)
{
	int passed = 0, failed = 0;
	for (int i = 1; i < argc; i++) {
		struct stat st;
		if (stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode)) {
			DIR *dir = opendir(argv[i]);
			struct dirent *e;
			char **names = NULL;
			size_t nn = 0;
			while (dir && (e = readdir(dir))) {
				if (e->d_name[0] == '.')
					continue;
				char **nnames = realloc(names, (nn + 1) * sizeof *names);
				if (!nnames)
					break;
				names = nnames;
				size_t len = strlen(argv[i]) + strlen(e->d_name) + 2;
				names[nn] = malloc(len);
				snprintf(names[nn++], len, "%s/%s", argv[i], e->d_name);
			}
			if (dir)
				closedir(dir);
			qsort(names, nn, sizeof *names, cmp);
			for (size_t k = 0; k < nn; k++) {
				if (run_file(names[k]) == 0)
					passed++;
				else
					failed++;
				free(names[k]);
			}
			free(names);
		} else if (run_file(argv[i]) == 0) {
			passed++;
		} else {
			failed++;
		}
	}
	printf("%s: %d passed, %d failed\n", argv[0], passed, failed);
	return failed ? 1 : 0;
}
