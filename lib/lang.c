/* lang.c - language of a text from its script, then, for Latin script,
 * from its most frequent function words.
 *
 * Non-Latin scripts mostly name their language; a few letters split the
 * Cyrillic ones (Ukrainian і ї є ґ, Bulgarian ъ without ы/э) and Persian
 * from Arabic. For Latin text we count, over the first words, how many
 * are in each language's short list of function words: these are the
 * most frequent words of any running text, so a few hundred words are
 * plenty and the lists can stay short.
 */
#include "lang.h"

#include <string.h>
#include <utf8proc.h>

#define SAMPLE_BYTES ((size_t)32 << 10)
#define SAMPLE_WORDS 600
#define MIN_LETTERS 20

enum script {
	S_LATIN, S_CYRILLIC, S_GREEK, S_ARABIC, S_HEBREW, S_HAN, S_KANA,
	S_HANGUL, S_THAI, S_DEVANAGARI, S_BENGALI, S_COUNT
};

typedef struct census {
	size_t script[S_COUNT];
	size_t uk, bg_hard, ru_only, persian;
	size_t letters;
} census;

static int in(int32_t c, int32_t lo, int32_t hi)
{
	return c >= lo && c <= hi;
}

static int script_of(int32_t c)
{
	if (in(c, 'a', 'z') || in(c, 'A', 'Z') || in(c, 0xC0, 0x24F) ||
	    in(c, 0x1E00, 0x1EFF))
		return c == 0xD7 || c == 0xF7 ? -1 : S_LATIN;
	if (in(c, 0x400, 0x52F))
		return S_CYRILLIC;
	if (in(c, 0x370, 0x3FF) || in(c, 0x1F00, 0x1FFF))
		return S_GREEK;
	if (in(c, 0x600, 0x6FF) || in(c, 0x750, 0x77F) || in(c, 0xFB50, 0xFEFF))
		return S_ARABIC;
	if (in(c, 0x590, 0x5FF))
		return S_HEBREW;
	if (in(c, 0x4E00, 0x9FFF) || in(c, 0x3400, 0x4DBF))
		return S_HAN;
	if (in(c, 0x3040, 0x30FF))
		return S_KANA;
	if (in(c, 0xAC00, 0xD7AF) || in(c, 0x1100, 0x11FF))
		return S_HANGUL;
	if (in(c, 0xE00, 0xE7F))
		return S_THAI;
	if (in(c, 0x900, 0x97F))
		return S_DEVANAGARI;
	if (in(c, 0x980, 0x9FF))
		return S_BENGALI;
	return -1;
}

static void count_letter(census *k, int32_t c)
{
	int s = script_of(c);
	if (s < 0)
		return;
	k->script[s]++;
	k->letters++;
	if (s == S_CYRILLIC) {
		if (c == 0x456 || c == 0x457 || c == 0x454 || c == 0x491 ||
		    c == 0x406 || c == 0x407 || c == 0x404 || c == 0x490)
			k->uk++;
		else if (c == 0x44A || c == 0x42A)
			k->bg_hard++;
		else if (c == 0x44B || c == 0x42B || c == 0x44D || c == 0x42D)
			k->ru_only++;
	} else if (s == S_ARABIC && (c == 0x67E || c == 0x686 ||
	    c == 0x698 || c == 0x6AF || c == 0x6CC)) {
		k->persian++;
	}
}

static void take_census(const char *s, size_t len, census *k)
{
	const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
	size_t i = 0, n = len < SAMPLE_BYTES ? len : SAMPLE_BYTES;
	memset(k, 0, sizeof *k);
	while (i < n) {
		utf8proc_int32_t c;
		utf8proc_ssize_t r = utf8proc_iterate(p + i, (utf8proc_ssize_t)(n - i), &c);
		if (r <= 0) {
			i++;
			continue;
		}
		i += (size_t)r;
		count_letter(k, c);
	}
}

static const char *cyrillic_lang(const census *k)
{
	size_t n = k->script[S_CYRILLIC];
	if (k->uk * 100 >= n)
		return "uk";
	if (k->bg_hard * 200 >= n && k->ru_only * 1000 < n)
		return "bg";
	return "ru";
}

/* The language of the dominant non-Latin script, or NULL. */
static const char *script_lang(const census *k)
{
	size_t cjk = k->script[S_HAN] + k->script[S_KANA];
	size_t best = 0;
	int s_best = S_LATIN;
	for (int s = 0; s < S_COUNT; s++)
		if (k->script[s] > best) {
			best = k->script[s];
			s_best = s;
		}
	if (cjk > best / 2 && cjk >= k->script[S_LATIN] / 2 && cjk >= 10 &&
	    k->script[S_HANGUL] < cjk) {
		if (k->script[S_KANA] * 20 >= cjk)
			return "ja";
		return "zh";
	}
	switch (s_best) {
	case S_CYRILLIC: return cyrillic_lang(k);
	case S_GREEK: return "el";
	case S_ARABIC: return k->persian * 50 >= best ? "fa" : "ar";
	case S_HEBREW: return "he";
	case S_HAN: return "zh";
	case S_KANA: return "ja";
	case S_HANGUL: return "ko";
	case S_THAI: return "th";
	case S_DEVANAGARI: return "hi";
	case S_BENGALI: return "bn";
	default: return NULL;
	}
}

/* Function words, space-delimited and space-padded so " word " finds a
 * whole word. Shared words count for every language that lists them. */
static const struct {
	const char *code, *words;
} function_words[] = {
	{"en", " the and of to in is that for it was with on as are this by be"
	    " at from has have he she said but not they his her an which will"
	    " been were their would who had "},
	{"de", " der die und das ist nicht ein eine den dem mit sich auch auf"
	    " für von zu im des es wird wurde dass sie er bei nach aus noch wie"
	    " oder aber hat sind werden "},
	{"fr", " le la les et des est une un du dans que qui pour pas sur au"
	    " avec il elle ce se plus par sont ont été aux mais cette nous leur"
	    " "},
	{"es", " el la los las y de que en un una es por con para del se no al"
	    " lo como más pero sus fue ha este esta son también entre "},
	{"it", " il la di che e è un una per non del della con sono le gli si"
	    " da nel alla anche come ma più dei questo stato ha delle "},
	{"pt", " o a os as de que e do da em um uma para com não por dos das no"
	    " na se mais foi ao é pelo pela também são está "},
	{"nl", " de het een en van is dat niet op te zijn met voor die ook er"
	    " aan als maar wordt bij naar heeft om nog dit werd hij ze "},
	{"sv", " och att det som en är på för med av inte har den till var om"
	    " ett jag men från kan sig vid också eller efter "},
	{"da", " og at det er en til på som med for af ikke har den de et var"
	    " jeg fra men kan sig også eller efter blev være skal "},
	{"no", " og å det er en til på som med for av ikke har den de et var"
	    " jeg fra men kan seg også eller etter ble være skal "},
	{"pl", " i w na z się nie do że to jest o jak od po przez dla ale tak"
	    " jego są był była tym także oraz który która już "},
	{"cs", " a v se na je že s z do to o k jako by pro ale jsou byl byla"
	    " které který také jeho už podle není při "},
	{"tr", " ve bir bu da de için ile olarak çok daha olan gibi ama en kadar"
	    " sonra her değil var ise o şey göre ancak "},
	{"id", " dan yang di ini itu dengan untuk dari dalam tidak akan pada"
	    " juga ke adalah oleh ada karena mereka sudah bisa telah atau saat "},
	{"fi", " ja on ei se että oli hän mutta kun myös ovat joka tai sen kuin"
	    " niin ole mukaan jo vain nyt hänen sekä "},
};

#define N_LANGS (sizeof function_words / sizeof function_words[0])

/* Whether word w (lower-case, n bytes) is in the list. */
static int listed(const char *list, const char *w, size_t n)
{
	const char *p = list;
	while ((p = strstr(p, w)) != NULL) {
		if (p[-1] == ' ' && p[n] == ' ')
			return 1;
		p += n;
	}
	return 0;
}

/* Lower-cases the next word of s from *i into w (cap bytes, space-padded
 * on both sides for listed()), returns its length or 0 at the end. */
static size_t next_word(const char *s, size_t len, size_t *i, char *w,
    size_t cap)
{
	const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
	size_t n = 0;
	int started = 0;
	while (*i < len) {
		utf8proc_int32_t c;
		utf8proc_ssize_t r = utf8proc_iterate(p + *i, (utf8proc_ssize_t)(len - *i), &c);
		if (r <= 0) {
			(*i)++;
			if (started)
				break;
			continue;
		}
		int cat = utf8proc_category(c);
		int letter = cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
		if (!letter) {
			*i += (size_t)r;
			if (started)
				break;
			continue;
		}
		started = 1;
		*i += (size_t)r;
		utf8proc_uint8_t enc[4];
		utf8proc_ssize_t e = utf8proc_encode_char(utf8proc_tolower(c), enc);
		if (n + (size_t)e + 2 < cap) {
			memcpy(w + n, enc, (size_t)e);
			n += (size_t)e;
		}
	}
	w[n] = 0;
	return n;
}

static const char *latin_lang(const char *s, size_t len)
{
	size_t hits[N_LANGS] = {0}, i = 0, n, words = 0;
	size_t lim = len < SAMPLE_BYTES ? len : SAMPLE_BYTES;
	char w[64];
	while (words < SAMPLE_WORDS && (n = next_word(s, lim, &i, w + 1,
	    sizeof w - 1)) > 0) {
		words++;
		if (n > 12)
			continue;
		w[0] = ' ';
		for (size_t l = 0; l < N_LANGS; l++)
			hits[l] += listed(function_words[l].words, w + 1, n);
	}
	size_t best = 0, bi = 0;
	/* ties go to the language listed first */
	for (size_t l = 0; l < N_LANGS; l++) {
		if (hits[l] > best) {
			best = hits[l];
			bi = l;
		}
	}
	/* lists and box scores hold few function words: 5% is enough */
	if (best < 3 || best * 20 < words)
		return NULL;
	return function_words[bi].code;
}

const char *lang_detect(const char *s, size_t len)
{
	census k;
	if (!s)
		return NULL;
	take_census(s, len, &k);
	if (k.letters < MIN_LETTERS)
		return NULL;
	if (k.script[S_LATIN] * 2 < k.letters)
		return script_lang(&k);
	return latin_lang(s, len);
}
