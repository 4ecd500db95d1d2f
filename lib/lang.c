/* lang.c - language of a text from its script, then, for Latin script,
 * from its most frequent function words.
 *
 * Non-Latin scripts mostly name their language. Han, kana and hangul are
 * counted together: any real share of hangul makes Korean, then any real
 * share of kana Japanese (Japanese and Korean texts also hold Han
 * characters, Chinese holds neither kana nor hangul). A few letters split
 * the Cyrillic languages (Belarusian ў, Macedonian ѓ ќ ѕ, Serbian ђ ћ џ ј
 * љ њ, Ukrainian і ї є ґ, Bulgarian ъ without ы/э) and the Arabic-script
 * ones (Urdu ے ں ٹ ڈ ڑ, Persian پ چ ژ گ ی). For Latin text we count,
 * over the first words, how many are in each language's short list of
 * function words: these are the most frequent words of any running text,
 * so a few hundred words are plenty and the lists can stay short. A word
 * listed by several languages ("de", "la", "a") is shared among them
 * (each gets 1/k of a hit), so the languages are told apart by the words
 * only one or two of them use; close pairs (es/pt/ca/it, cs/sk, da/no,
 * hr/sl) depend on exactly those.
 */
#include "lang.h"

#include <string.h>
#include <utf8proc.h>

#define SAMPLE_BYTES ((size_t)32 << 10)
#define SAMPLE_WORDS 600
#define MIN_LETTERS 20

enum script {
	S_LATIN, S_CYRILLIC, S_GREEK, S_ARABIC, S_HEBREW, S_HAN, S_KANA,
	S_HANGUL, S_THAI, S_DEVANAGARI, S_BENGALI, S_ARMENIAN, S_GEORGIAN,
	S_TAMIL, S_COUNT
};

typedef struct census {
	size_t script[S_COUNT];
	size_t uk, be, sr, mk, bg_hard, ru_only, persian, urdu;
	size_t letters;
} census;

/* A language's function words, space-delimited and space-padded so
 * " word " finds a whole word. */
typedef struct lang_words {
	const char *code, *words;
} lang_words;

static const char *vote(const lang_words *table, size_t nt, const char *s,
    size_t len);

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
	if (in(c, 0x531, 0x58F))
		return S_ARMENIAN;
	if (in(c, 0x10A0, 0x10FF))
		return S_GEORGIAN;
	if (in(c, 0xB80, 0xBFF))
		return S_TAMIL;
	return -1;
}

/* Whether c is one of the code points of set (0-terminated). */
static int one_of(int32_t c, const int32_t *set)
{
	for (; *set; set++)
		if (c == *set)
			return 1;
	return 0;
}

/* Letters that tell the Cyrillic languages apart, lower and upper case. */
static const int32_t UK[] = {0x456, 0x457, 0x454, 0x491, 0x406, 0x407,
	0x404, 0x490, 0};
static const int32_t BE[] = {0x45E, 0x40E, 0};
static const int32_t SR[] = {0x452, 0x45B, 0x45F, 0x458, 0x459, 0x45A,
	0x402, 0x40B, 0x40F, 0x408, 0x409, 0x40A, 0};
static const int32_t MK[] = {0x453, 0x45C, 0x455, 0x403, 0x40C, 0x405, 0};
static const int32_t RU_ONLY[] = {0x44B, 0x42B, 0x44D, 0x42D, 0};
static const int32_t PERSIAN[] = {0x67E, 0x686, 0x698, 0x6AF, 0x6CC, 0};
static const int32_t URDU[] = {0x6D2, 0x6BA, 0x679, 0x688, 0x691, 0};

static void count_letter(census *k, int32_t c)
{
	int s = script_of(c);
	if (s < 0)
		return;
	k->script[s]++;
	k->letters++;
	if (s == S_CYRILLIC) {
		k->uk += one_of(c, UK);
		k->be += one_of(c, BE);
		k->sr += one_of(c, SR);
		k->mk += one_of(c, MK);
		k->bg_hard += c == 0x44A || c == 0x42A;
		k->ru_only += one_of(c, RU_ONLY);
	} else if (s == S_ARABIC) {
		k->persian += one_of(c, PERSIAN);
		k->urdu += one_of(c, URDU);
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

/* Cyrillic languages without a letter of their own, told apart by
 * their function words (Russian has ы э, which the others lack). */
static const lang_words cyrillic_words[] = {
	{"ru", " и в во не на что с по он как это к но из у за от о же так все"
	    " она был было мы его для только бы уже ли "},
	{"bg", " и в във не на че с по той как това за от се да е са но ще към"
	    " му ги които който беше "},
	{"sr", " и у не на да се је за су од са као што али из ће би који која"
	    " које био била није "},
	{"mk", " и во не на дека се е за од со како што но ќе би кој која кои"
	    " беше ги го има "},
};

/* Unique letters first (Belarusian ў, Macedonian ѓ ќ ѕ, Ukrainian і ї
 * є ґ, Russian ы э), then function words, then the shared letters. */
static const char *cyrillic_lang(const census *k, const char *s, size_t len)
{
	size_t n = k->script[S_CYRILLIC];
	if (k->be * 300 >= n)
		return "be";
	if (k->mk * 300 >= n)
		return "mk";
	if (k->uk * 100 >= n)
		return "uk";
	if (k->ru_only * 1000 >= n)
		return "ru";
	const char *v = vote(cyrillic_words, sizeof cyrillic_words /
	    sizeof cyrillic_words[0], s, len);
	if (v)
		return v;
	if (k->sr * 100 >= n)
		return "sr";
	if (k->bg_hard * 200 >= n)
		return "bg";
	return "ru";
}

static const char *arabic_lang(const census *k)
{
	size_t n = k->script[S_ARABIC];
	if (k->urdu * 100 >= n)
		return "ur";
	return k->persian * 50 >= n ? "fa" : "ar";
}

/* Han, kana and hangul together: hangul first, then kana, else Chinese. */
static const char *east_asian_lang(const census *k)
{
	size_t east = k->script[S_HAN] + k->script[S_KANA] + k->script[S_HANGUL];
	if (k->script[S_HANGUL] * 10 >= east)
		return "ko";
	if (k->script[S_KANA] * 20 >= east)
		return "ja";
	return "zh";
}

/* The language of the dominant non-Latin script, or NULL. */
static const char *script_lang(const census *k, const char *s,
    size_t len)
{
	size_t east = k->script[S_HAN] + k->script[S_KANA] + k->script[S_HANGUL];
	size_t best = 0;
	int s_best = S_LATIN;
	for (int sc = 0; sc < S_COUNT; sc++)
		if (k->script[sc] > best) {
			best = k->script[sc];
			s_best = sc;
		}
	/* one CJK character is a word or a syllable: a few count as much
	 * as a Latin word */
	if (east > best / 2 && east * 2 >= k->script[S_LATIN] && east >= 10)
		return east_asian_lang(k);
	switch (s_best) {
	case S_CYRILLIC: return cyrillic_lang(k, s, len);
	case S_GREEK: return "el";
	case S_ARABIC: return arabic_lang(k);
	case S_HEBREW: return "he";
	case S_HAN: case S_KANA: case S_HANGUL: return east_asian_lang(k);
	case S_THAI: return "th";
	case S_DEVANAGARI: return "hi";
	case S_BENGALI: return "bn";
	case S_ARMENIAN: return "hy";
	case S_GEORGIAN: return "ka";
	case S_TAMIL: return "ta";
	default: return NULL;
	}
}

/* Function words of the Latin-script languages. Elided articles
 * (French l' qu', Italian l' dell' nell') are words of their own here,
 * as next_word() stops at the apostrophe; d' s' n' are left out because
 * English "I'd", "it's", "don't" and box scores ("W d. L") make them. */
static const lang_words latin_words[] = {
	{"en", " the a i and of to in is that for it was with on as are this by"
	    " be at from has have he she said but not they his her an which will"
	    " been were their would who had "},
	{"de", " der die und das ist nicht ein eine den dem mit sich auch auf"
	    " für von zu im des es wird wurde dass sie er bei nach aus noch wie"
	    " oder aber hat sind werden "},
	{"fr", " le la les et des est une un du dans que qui pour pas sur au"
	    " avec il elle ce se plus par sont ont été aux mais cette nous leur"
	    " l qu "},
	{"es", " el la los las y de que en un una es por con para del se no al"
	    " lo como más pero sus fue ha este esta son también entre "},
	{"it", " il la di che e è un una per non del della con sono le gli si"
	    " da nel alla anche come ma più dei questo stato ha delle l dell"
	    " nell all un "},
	{"pt", " o a os as de que e do da em um uma para com não por dos das no"
	    " na se mais foi ao é pelo pela também são está "},
	{"ca", " el la els les i de que en un una és per amb no del dels al als"
	    " es va van més però també aquest aquesta seu seva ha han l "},
	{"nl", " de het een en van is dat niet op te zijn met voor die ook er"
	    " aan als maar wordt bij naar heeft om nog dit werd hij ze "},
	{"sv", " och att det som en är på för med av inte har den till var om"
	    " ett jag men från kan sig vid också eller efter "},
	{"da", " og at det er en til på som med for af ikke har den de et var"
	    " jeg fra men kan sig også eller efter blev være skal "},
	{"no", " og å det er en til på som med for av ikke har den de et var"
	    " jeg fra men kan seg også eller etter ble være skal "},
	{"fi", " ja on ei se että oli hän mutta kun myös ovat joka tai sen kuin"
	    " niin ole mukaan jo vain nyt hänen sekä "},
	{"pl", " i w na z się nie do że to jest o jak od po przez dla ale tak"
	    " jego są był była tym także oraz który która już "},
	{"cs", " a v se na je že s z do to o k jako by pro ale jsou byl byla"
	    " které který také jeho už podle není při "},
	{"sk", " a v sa na je že s z do to o k ako by pre ale sú bol bola"
	    " ktoré ktorý tiež jeho už podľa nie pri aj "},
	{"hu", " a az és hogy nem is egy meg van volt csak de el már ki mint azt"
	    " ez ezt még mert vagy után szerint pedig amely "},
	{"ro", " și şi în de la a cu că pe nu o un se din care pentru este au"
	    " mai fost sunt ca ce dar lui sau acest această "},
	{"hr", " i je u da se na za su od s a što koji kao ali iz će bi sam"
	    " samo nije ili biti bio bila koja koje "},
	{"sl", " in je v da se na za so z pa ki kot tudi ali bi bil bila po iz"
	    " še ne jih ter ni "},
	{"tr", " ve bir bu da de için ile olarak çok daha olan gibi ama en kadar"
	    " sonra her değil var ise o şey göre ancak "},
	{"id", " dan yang di ini itu dengan untuk dari dalam tidak akan pada"
	    " juga ke adalah oleh ada karena mereka sudah bisa telah atau saat "},
	{"vi", " và của là có trong được cho không những các một người đã với"
	    " này để khi từ về "},
};

#define N_LATIN (sizeof latin_words / sizeof latin_words[0])
#define MAX_LANGS 32

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

static int is_letter(int32_t c)
{
	int cat = utf8proc_category(c);
	return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
}

static int ascii_letter(unsigned char b)
{
	return (b | 0x20) >= 'a' && (b | 0x20) <= 'z';
}

/* Whether p[0..at) ends with a letter and an apostrophe (' or U+2019);
 * any byte >= 0x80 before it is taken for a letter. */
static int after_apostrophe(const unsigned char *p, size_t at)
{
	size_t q;
	if (at >= 2 && p[at - 1] == '\'')
		q = at - 1;
	else if (at >= 4 && p[at - 3] == 0xE2 && p[at - 2] == 0x80 &&
	    p[at - 1] == 0x99)
		q = at - 3;
	else
		return 0;
	return p[q - 1] >= 0x80 || ascii_letter(p[q - 1]);
}

/* Whether the word p[at..end) of one letter is part of an initialism
 * such as "U.S." or "e.g.": a '.' joins it to another letter. */
static int in_initialism(const unsigned char *p, size_t at, size_t end,
    size_t len)
{
	return (at >= 2 && p[at - 1] == '.' && ascii_letter(p[at - 2])) ||
	    (end + 1 < len && p[end] == '.' && ascii_letter(p[end + 1]));
}

/* Lower-cases the next word of s from *i into w (cap bytes, space-padded
 * on both sides for listed()), returns its length or 0 at the end.
 * *skip tells that the word is no function word whatever its spelling:
 * it follows a letter and an apostrophe (English it's, you're, don't;
 * while the head of a French or Italian elision, l'homme, dell'anno, is
 * kept), or it is one letter of an initialism (U.S.). */
static size_t next_word(const char *s, size_t len, size_t *i, char *w,
    size_t cap, int *skip)
{
	const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
	size_t n = 0, start = 0, end = len, letters = 0;
	*skip = 0;
	while (*i < len) {
		utf8proc_int32_t c;
		utf8proc_ssize_t r = utf8proc_iterate(p + *i, (utf8proc_ssize_t)(len - *i), &c);
		if (r <= 0 || !is_letter(c)) {
			if (letters) {
				end = *i;
				*i += r > 0 ? (size_t)r : 1;
				break;
			}
			*i += r > 0 ? (size_t)r : 1;
			continue;
		}
		if (!letters++) {
			start = *i;
			*skip = after_apostrophe(p, start);
		}
		*i += (size_t)r;
		utf8proc_uint8_t enc[4];
		utf8proc_ssize_t e = utf8proc_encode_char(utf8proc_tolower(c), enc);
		if (n + (size_t)e + 2 < cap) {
			memcpy(w + n, enc, (size_t)e);
			n += (size_t)e;
		}
	}
	if (letters == 1 && in_initialism(p, start, end, len))
		*skip = 1;
	w[n] = 0;
	return n;
}

/* A hit is worth SHARE, split evenly among the languages listing the
 * word (SHARE is divisible by every count up to 16). */
#define SHARE 720720u

/* The language of table whose words s uses most, or NULL when s holds
 * too few of them. */
static const char *vote(const lang_words *table, size_t nt, const char *s,
    size_t len)
{
	size_t score[MAX_LANGS] = {0}, hits[MAX_LANGS] = {0}, i = 0, n;
	size_t words = 0;
	size_t lim = len < SAMPLE_BYTES ? len : SAMPLE_BYTES;
	char w[64];
	if (nt > MAX_LANGS)
		nt = MAX_LANGS;
	int skip;
	while (words < SAMPLE_WORDS && (n = next_word(s, lim, &i, w + 1,
	    sizeof w - 1, &skip)) > 0) {
		unsigned char in_list[MAX_LANGS];
		size_t k = 0;
		words++;
		if (n > 12 || skip)
			continue;
		w[0] = ' ';
		for (size_t l = 0; l < nt; l++)
			k += in_list[l] = (unsigned char)listed(table[l].words,
			    w + 1, n);
		for (size_t l = 0; l < nt && k; l++)
			if (in_list[l]) {
				score[l] += SHARE / k;
				hits[l]++;
			}
	}
	size_t best = 0, bi = 0;
	/* ties go to the language listed first */
	for (size_t l = 0; l < nt; l++) {
		if (score[l] > best) {
			best = score[l];
			bi = l;
		}
	}
	/* lists and box scores hold few function words: 5% is enough */
	if (hits[bi] < 3 || hits[bi] * 20 < words)
		return NULL;
	return table[bi].code;
}

const char *lang_detect(const char *s, size_t len)
{
	census k;
	if (!s)
		return NULL;
	take_census(s, len, &k);
	/* a Han, kana or hangul character carries a syllable or a word:
	 * it counts twice towards the minimum */
	if (k.letters + k.script[S_HAN] + k.script[S_KANA] +
	    k.script[S_HANGUL] < MIN_LETTERS)
		return NULL;
	if (k.script[S_LATIN] * 2 < k.letters)
		return script_lang(&k, s, len);
	return vote(latin_words, N_LATIN, s, len);
}
