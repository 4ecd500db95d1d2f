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
 * hr/sl) depend on exactly those. No answer is better than a wrong
 * one, so the winner needs 3 words, 5% of all words or a line of prose,
 * and a quarter more weight than each other language among the words
 * that tell the two apart: lists of names and codes, scrambled text and
 * languages we do not know stay unanswered. Quotations are set aside
 * when the rest of the text is clear by itself.
 */
#include "lang.h"

#include <stdint.h>
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

/* A function word and the languages (bits of its family) listing it. */
typedef struct fword {
	const char *w;
	uint32_t langs;
} fword;

/* A family of languages told apart by their function words: codes[i]
 * is bit i; words are sorted by bytes (strcmp) for bsearch. */
typedef struct family {
	const char *const *codes;
	size_t n;
	const fword *words;
	size_t nwords;
} family;

static const char *vote(const family *f, const char *s, size_t len);

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

/* utf8proc_iterate with the ASCII case inline: most bytes of most
 * texts are ASCII, and this loop runs over every byte of the sample. */
static utf8proc_ssize_t decode(const utf8proc_uint8_t *p, size_t n,
    utf8proc_int32_t *c)
{
	if (*p < 0x80) {
		*c = *p;
		return 1;
	}
	return utf8proc_iterate(p, (utf8proc_ssize_t)n, c);
}

static void take_census(const char *s, size_t len, census *k)
{
	const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
	size_t i = 0, n = len < SAMPLE_BYTES ? len : SAMPLE_BYTES;
	memset(k, 0, sizeof *k);
	while (i < n) {
		utf8proc_int32_t c;
		utf8proc_ssize_t r = decode(p + i, n - i, &c);
		if (r <= 0) {
			i++;
			continue;
		}
		i += (size_t)r;
		count_letter(k, c);
	}
}

/* Cyrillic languages without a letter of their own, told apart by
 * their function words (Russian has ы э, which the others lack). Each
 * word names the languages listing it; sorted by bytes for bsearch. */
enum { C_RU = 1u << 0, C_BG = 1u << 1, C_SR = 1u << 2, C_MK = 1u << 3 };
static const char *const cyrillic_codes[] = {"ru", "bg", "sr", "mk"};
static const fword cyrillic_list[] = {
	{"али", C_SR}, {"беше", C_BG | C_MK}, {"би", C_SR | C_MK},
	{"била", C_SR}, {"био", C_SR}, {"бы", C_RU}, {"был", C_RU},
	{"было", C_RU}, {"в", C_RU | C_BG}, {"во", C_RU | C_MK},
	{"все", C_RU}, {"във", C_BG}, {"ги", C_BG | C_MK}, {"го", C_MK},
	{"да", C_BG | C_SR}, {"дека", C_MK}, {"для", C_RU},
	{"е", C_BG | C_MK}, {"его", C_RU}, {"же", C_RU},
	{"за", C_RU | C_BG | C_SR | C_MK}, {"и", C_RU | C_BG | C_SR | C_MK},
	{"из", C_RU | C_SR}, {"има", C_MK}, {"к", C_RU}, {"как", C_RU | C_BG},
	{"како", C_MK}, {"као", C_SR}, {"кои", C_MK}, {"които", C_BG},
	{"който", C_BG}, {"кој", C_MK}, {"која", C_SR | C_MK}, {"које", C_SR},
	{"који", C_SR}, {"към", C_BG}, {"ли", C_RU}, {"му", C_BG},
	{"мы", C_RU}, {"на", C_RU | C_BG | C_SR | C_MK},
	{"не", C_RU | C_BG | C_SR | C_MK}, {"није", C_SR},
	{"но", C_RU | C_BG | C_MK}, {"о", C_RU}, {"од", C_SR | C_MK},
	{"он", C_RU}, {"она", C_RU}, {"от", C_RU | C_BG}, {"по", C_RU | C_BG},
	{"с", C_RU | C_BG}, {"са", C_BG | C_SR}, {"се", C_BG | C_SR | C_MK},
	{"со", C_MK}, {"су", C_SR}, {"так", C_RU}, {"това", C_BG},
	{"той", C_BG}, {"только", C_RU}, {"у", C_RU | C_SR}, {"уже", C_RU},
	{"че", C_BG}, {"что", C_RU}, {"што", C_SR | C_MK}, {"ще", C_BG},
	{"это", C_RU}, {"је", C_SR}, {"ће", C_SR}, {"ќе", C_MK},
};
static const family cyrillic_words = {cyrillic_codes, 4, cyrillic_list,
	sizeof cyrillic_list / sizeof cyrillic_list[0]};

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
	const char *v = vote(&cyrillic_words, s, len);
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
 * English "I'd", "it's", "don't" and box scores ("W d. L") make them.
 * One entry per word with the languages listing it, sorted by bytes
 * (strcmp order, for listing()'s binary search): a word is looked up
 * once, not searched for in each language's list. */
enum {
	L_EN = 1u << 0,
	L_DE = 1u << 1,
	L_FR = 1u << 2,
	L_ES = 1u << 3,
	L_IT = 1u << 4,
	L_PT = 1u << 5,
	L_CA = 1u << 6,
	L_NL = 1u << 7,
	L_SV = 1u << 8,
	L_DA = 1u << 9,
	L_NO = 1u << 10,
	L_FI = 1u << 11,
	L_PL = 1u << 12,
	L_CS = 1u << 13,
	L_SK = 1u << 14,
	L_HU = 1u << 15,
	L_RO = 1u << 16,
	L_HR = 1u << 17,
	L_SL = 1u << 18,
	L_TR = 1u << 19,
	L_ID = 1u << 20,
	L_VI = 1u << 21,
};
static const char *const latin_codes[] = {
	"en", "de", "fr", "es", "it", "pt", "ca", "nl", "sv", "da", "no",
	"fi", "pl", "cs", "sk", "hu", "ro", "hr", "sl", "tr", "id", "vi"
};
static const fword latin_list[] = {
	{"a", L_EN | L_FR | L_ES | L_IT | L_PT | L_CA | L_CS | L_SK | L_HU |
	    L_RO | L_HR}, {"aan", L_NL},
	{"aber", L_DE}, {"această", L_RO}, {"acest", L_RO}, {"ada", L_ID},
	{"adalah", L_ID}, {"af", L_DA}, {"aj", L_SK}, {"akan", L_ID},
	{"ako", L_SK}, {"al", L_ES | L_CA}, {"ale", L_PL | L_CS | L_SK},
	{"ali", L_HR | L_SL}, {"all", L_IT}, {"alla", L_IT},
	{"als", L_DE | L_CA | L_NL}, {"ama", L_TR}, {"amb", L_CA}, {"amely", L_HU},
	{"an", L_EN | L_DE}, {"ancak", L_TR}, {"anche", L_IT}, {"and", L_EN},
	{"ao", L_PT}, {"aquest", L_CA}, {"aquesta", L_CA}, {"are", L_EN},
	{"as", L_EN | L_PT}, {"at", L_EN | L_DA}, {"atau", L_ID},
	{"att", L_SV}, {"au", L_FR | L_RO}, {"auch", L_DE}, {"auf", L_DE},
	{"aus", L_DE}, {"aux", L_FR}, {"av", L_SV | L_NO}, {"avec", L_FR},
	{"az", L_HU}, {"azt", L_HU}, {"be", L_EN}, {"been", L_EN},
	{"bei", L_DE}, {"bi", L_HR | L_SL}, {"bij", L_NL}, {"bil", L_SL},
	{"bila", L_HR | L_SL}, {"bio", L_HR}, {"bir", L_TR}, {"bisa", L_ID},
	{"biti", L_HR}, {"ble", L_NO}, {"blev", L_DA}, {"bol", L_SK},
	{"bola", L_SK}, {"bu", L_TR}, {"but", L_EN},
	{"by", L_EN | L_CS | L_SK}, {"byl", L_CS}, {"byla", L_CS},
	{"był", L_PL}, {"była", L_PL}, {"ca", L_RO}, {"care", L_RO},
	{"ce", L_FR | L_RO}, {"cette", L_FR}, {"che", L_IT}, {"cho", L_VI},
	{"com", L_PT}, {"come", L_IT}, {"como", L_ES}, {"con", L_ES | L_IT},
	{"csak", L_HU}, {"cu", L_RO}, {"các", L_VI}, {"có", L_VI},
	{"că", L_RO}, {"của", L_VI}, {"da", L_IT | L_PT | L_HR | L_SL | L_TR},
	{"daha", L_TR}, {"dalam", L_ID}, {"dan", L_ID}, {"dans", L_FR},
	{"dar", L_RO}, {"dari", L_ID}, {"das", L_DE | L_PT}, {"dass", L_DE},
	{"dat", L_NL},
	{"de", L_ES | L_PT | L_CA | L_NL | L_DA | L_NO | L_HU | L_RO | L_TR},
	{"dei", L_IT}, {"del", L_ES | L_IT | L_CA}, {"dell", L_IT},
	{"della", L_IT}, {"delle", L_IT}, {"dels", L_CA}, {"dem", L_DE},
	{"den", L_DE | L_SV | L_DA | L_NO}, {"dengan", L_ID}, {"der", L_DE},
	{"des", L_DE | L_FR}, {"det", L_SV | L_DA | L_NO}, {"değil", L_TR},
	{"di", L_IT | L_ID}, {"die", L_DE | L_NL}, {"din", L_RO},
	{"dit", L_NL}, {"dla", L_PL}, {"do", L_EN | L_PT | L_PL | L_CS | L_SK},
	{"dos", L_PT}, {"du", L_DE | L_FR}, {"e", L_IT | L_PT}, {"een", L_NL},
	{"efter", L_SV | L_DA}, {"egy", L_HU}, {"ei", L_FI}, {"ein", L_DE},
	{"eine", L_DE}, {"el", L_ES | L_CA | L_HU}, {"elle", L_FR},
	{"eller", L_SV | L_DA | L_NO}, {"els", L_CA}, {"em", L_PT},
	{"en", L_ES | L_CA | L_NL | L_SV | L_DA | L_NO | L_TR},
	{"entre", L_ES}, {"er", L_DE | L_NL | L_DA | L_NO},
	{"es", L_DE | L_ES | L_CA}, {"est", L_FR}, {"esta", L_ES},
	{"este", L_ES | L_RO}, {"está", L_PT}, {"et", L_FR | L_DA | L_NO},
	{"ett", L_SV}, {"etter", L_NO}, {"että", L_FI}, {"ez", L_HU},
	{"ezt", L_HU}, {"foi", L_PT}, {"for", L_EN | L_DA | L_NO},
	{"fost", L_RO}, {"fra", L_DA | L_NO}, {"from", L_EN}, {"från", L_SV},
	{"fue", L_ES}, {"för", L_SV}, {"für", L_DE}, {"gibi", L_TR},
	{"gli", L_IT}, {"göre", L_TR}, {"ha", L_ES | L_IT | L_CA},
	{"had", L_EN}, {"han", L_ES | L_CA | L_SV | L_DA | L_NO}, {"har", L_SV | L_DA | L_NO},
	{"has", L_EN}, {"hat", L_DE}, {"have", L_EN}, {"he", L_EN},
	{"heeft", L_NL}, {"her", L_EN | L_TR}, {"het", L_NL}, {"hij", L_NL},
	{"his", L_EN}, {"hogy", L_HU}, {"hän", L_FI}, {"hänen", L_FI},
	{"i", L_EN | L_CA | L_PL | L_HR}, {"ikke", L_DA | L_NO},
	{"il", L_FR | L_IT}, {"ile", L_TR}, {"ili", L_HR}, {"im", L_DE},
	{"in", L_EN | L_DE | L_IT | L_NL | L_SL}, {"ini", L_ID}, {"inte", L_SV},
	{"is", L_EN | L_NL | L_HU}, {"ise", L_TR}, {"ist", L_DE},
	{"it", L_EN}, {"itu", L_ID}, {"iz", L_HR | L_SL}, {"için", L_TR},
	{"ja", L_FI}, {"jag", L_SV}, {"jak", L_PL}, {"jako", L_CS},
	{"je", L_CS | L_SK | L_HR | L_SL}, {"jeg", L_DA | L_NO},
	{"jego", L_PL}, {"jeho", L_CS | L_SK}, {"jest", L_PL}, {"jih", L_SL},
	{"jo", L_FI}, {"joka", L_FI}, {"jsou", L_CS}, {"juga", L_ID},
	{"już", L_PL}, {"k", L_CS | L_SK}, {"kadar", L_TR},
	{"kan", L_SV | L_DA | L_NO}, {"kao", L_HR}, {"karena", L_ID},
	{"ke", L_ID}, {"khi", L_VI}, {"không", L_VI}, {"ki", L_HU | L_SL},
	{"koja", L_HR}, {"koje", L_HR}, {"koji", L_HR}, {"kot", L_SL},
	{"které", L_CS}, {"který", L_CS}, {"ktoré", L_SK}, {"ktorý", L_SK},
	{"która", L_PL}, {"który", L_PL}, {"kuin", L_FI}, {"kun", L_FI},
	{"l", L_FR | L_IT | L_CA}, {"la", L_FR | L_ES | L_IT | L_CA | L_RO},
	{"las", L_ES}, {"le", L_FR | L_ES | L_IT}, {"les", L_FR | L_CA},
	{"leur", L_FR}, {"lo", L_ES}, {"los", L_ES}, {"lui", L_RO},
	{"là", L_VI}, {"ma", L_IT}, {"maar", L_NL}, {"mai", L_RO},
	{"mais", L_FR | L_PT}, {"med", L_SV | L_DA | L_NO}, {"meg", L_HU},
	{"men", L_SV | L_DA | L_NO}, {"mereka", L_ID}, {"mert", L_HU},
	{"met", L_NL}, {"mint", L_HU}, {"mit", L_DE}, {"mukaan", L_FI},
	{"mutta", L_FI}, {"myös", L_FI}, {"már", L_HU}, {"más", L_ES},
	{"még", L_HU}, {"més", L_CA}, {"một", L_VI},
	{"na", L_PT | L_PL | L_CS | L_SK | L_HR | L_SL}, {"naar", L_NL},
	{"nach", L_DE}, {"ne", L_SL}, {"nel", L_IT}, {"nell", L_IT},
	{"nem", L_HU}, {"není", L_CS}, {"người", L_VI}, {"những", L_VI},
	{"ni", L_SL}, {"nicht", L_DE}, {"nie", L_PL | L_SK}, {"niet", L_NL},
	{"niin", L_FI}, {"nije", L_HR}, {"no", L_ES | L_PT | L_CA},
	{"noch", L_DE}, {"nog", L_NL}, {"non", L_IT}, {"not", L_EN},
	{"nous", L_FR}, {"nu", L_RO}, {"nyt", L_FI}, {"này", L_VI},
	{"não", L_PT}, {"o", L_PT | L_PL | L_CS | L_SK | L_RO | L_TR},
	{"och", L_SV}, {"också", L_SV}, {"od", L_PL | L_HR}, {"oder", L_DE},
	{"of", L_EN}, {"og", L_DA | L_NO}, {"også", L_DA | L_NO},
	{"olan", L_TR}, {"olarak", L_TR}, {"ole", L_FI}, {"oleh", L_ID},
	{"oli", L_FI}, {"om", L_NL | L_SV}, {"on", L_EN | L_FI},
	{"ont", L_FR}, {"ook", L_NL}, {"op", L_NL}, {"oraz", L_PL},
	{"os", L_PT}, {"ovat", L_FI}, {"pa", L_SL}, {"pada", L_ID},
	{"par", L_FR}, {"para", L_ES | L_PT}, {"pas", L_FR}, {"pe", L_RO},
	{"pedig", L_HU}, {"pela", L_PT}, {"pelo", L_PT}, {"pentru", L_RO},
	{"per", L_IT | L_CA}, {"pero", L_ES}, {"però", L_CA}, {"più", L_IT},
	{"plus", L_FR}, {"po", L_PL | L_SL}, {"podle", L_CS}, {"podľa", L_SK},
	{"por", L_ES | L_PT}, {"pour", L_FR}, {"pre", L_SK}, {"pri", L_SK},
	{"pro", L_CS}, {"przez", L_PL}, {"på", L_SV | L_DA | L_NO},
	{"při", L_CS}, {"qu", L_FR}, {"que", L_FR | L_ES | L_PT | L_CA},
	{"questo", L_IT}, {"qui", L_FR}, {"s", L_CS | L_SK | L_HR},
	{"sa", L_SK}, {"saat", L_ID}, {"said", L_EN}, {"sam", L_HR},
	{"samo", L_HR}, {"sau", L_RO},
	{"se", L_FR | L_ES | L_PT | L_FI | L_CS | L_RO | L_HR | L_SL},
	{"seg", L_NO}, {"sekä", L_FI}, {"sen", L_FI}, {"seu", L_CA},
	{"seva", L_CA}, {"she", L_EN}, {"si", L_IT}, {"sich", L_DE},
	{"sie", L_DE}, {"sig", L_SV | L_DA}, {"sind", L_DE}, {"się", L_PL},
	{"skal", L_DA | L_NO}, {"so", L_EN | L_DE | L_SL}, {"som", L_SV | L_DA | L_NO},
	{"son", L_ES}, {"sono", L_IT}, {"sonra", L_TR}, {"sont", L_FR},
	{"stato", L_IT}, {"su", L_ES | L_IT | L_HR}, {"sudah", L_ID}, {"sunt", L_RO},
	{"sur", L_FR}, {"sus", L_ES}, {"szerint", L_HU}, {"são", L_PT},
	{"sú", L_SK}, {"są", L_PL}, {"tai", L_FI}, {"tak", L_PL},
	{"také", L_CS}, {"także", L_PL}, {"también", L_ES}, {"també", L_CA},
	{"também", L_PT}, {"te", L_NL}, {"telah", L_ID}, {"ter", L_SL},
	{"that", L_EN}, {"the", L_EN}, {"their", L_EN}, {"they", L_EN},
	{"this", L_EN}, {"tidak", L_ID}, {"tiež", L_SK}, {"til", L_DA | L_NO},
	{"till", L_SV}, {"to", L_EN | L_PL | L_CS | L_SK}, {"trong", L_VI},
	{"tudi", L_SL}, {"tym", L_PL}, {"từ", L_VI}, {"u", L_HR},
	{"um", L_PT}, {"uma", L_PT}, {"un", L_FR | L_ES | L_IT | L_CA | L_RO},
	{"una", L_ES | L_IT | L_CA}, {"und", L_DE}, {"une", L_FR},
	{"untuk", L_ID}, {"után", L_HU}, {"už", L_CS | L_SK},
	{"v", L_CS | L_SK | L_SL}, {"va", L_CA}, {"vagy", L_HU},
	{"vain", L_FI}, {"van", L_CA | L_NL | L_HU},
	{"var", L_SV | L_DA | L_NO | L_TR}, {"ve", L_TR}, {"vid", L_SV},
	{"volt", L_HU}, {"von", L_DE}, {"voor", L_NL}, {"và", L_VI},
	{"være", L_DA | L_NO}, {"về", L_VI}, {"với", L_VI}, {"w", L_PL},
	{"was", L_EN}, {"werd", L_NL}, {"werden", L_DE}, {"were", L_EN},
	{"which", L_EN}, {"who", L_EN}, {"wie", L_DE}, {"will", L_EN},
	{"wird", L_DE}, {"with", L_EN}, {"wordt", L_NL}, {"would", L_EN},
	{"wurde", L_DE}, {"y", L_ES}, {"yang", L_ID},
	{"z", L_PL | L_CS | L_SK | L_SL}, {"za", L_HR | L_SL}, {"ze", L_NL},
	{"zijn", L_NL}, {"zu", L_DE}, {"är", L_SV}, {"å", L_NO},
	{"çok", L_TR}, {"è", L_IT}, {"é", L_PT}, {"és", L_CA | L_HU},
	{"été", L_FR}, {"în", L_RO}, {"će", L_HR}, {"đã", L_VI},
	{"được", L_VI}, {"để", L_VI}, {"şey", L_TR}, {"şi", L_RO},
	{"še", L_SL}, {"što", L_HR}, {"że", L_PL}, {"že", L_CS | L_SK},
	{"și", L_RO},
};
static const family latin_words = {latin_codes, 22, latin_list,
	sizeof latin_list / sizeof latin_list[0]};

/* The languages of f listing word w (lower-case, NUL-terminated). */
static uint32_t listing(const family *f, const char *w)
{
	size_t lo = 0, hi = f->nwords;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(w, f->words[mid].w);
		if (!c)
			return f->words[mid].langs;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return 0;
}

/* 1 when f's words are in strictly increasing strcmp order, which the
 * binary search of listing() needs. */
static int family_sorted(const family *f)
{
	for (size_t i = 1; i < f->nwords; i++)
		if (strcmp(f->words[i - 1].w, f->words[i].w) >= 0)
			return 0;
	return 1;
}

int lang_tables_sorted(void)
{
	return family_sorted(&latin_words) && family_sorted(&cyrillic_words);
}

static int ascii_letter(unsigned char b);

static int is_letter(int32_t c)
{
	if (c < 0x80)
		return c >= 0 && ascii_letter((unsigned char)c);
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

static int joiner(unsigned char b)
{
	return b == '-' || (b >= '0' && b <= '9');
}

/* Whether the word p[at..end) of one letter is no word: one letter of
 * an initialism such as "U.S." or "e.g." (a '.' joins it to another
 * letter), of a name or code such as "X-ray", "U-Bahn", "Z-1", "A4" (a
 * hyphen or a digit touches it), or the unit after a number ("12,3 s",
 * "5 m") in tables and results. */
static int lone_letter(const unsigned char *p, size_t at, size_t end,
    size_t len)
{
	return (at >= 2 && p[at - 1] == '.' && ascii_letter(p[at - 2])) ||
	    (end + 1 < len && p[end] == '.' && ascii_letter(p[end + 1])) ||
	    (at >= 1 && joiner(p[at - 1])) || (end < len && joiner(p[end])) ||
	    (at >= 2 && p[at - 1] == ' ' && p[at - 2] >= '0' &&
	    p[at - 2] <= '9');
}

/* A reader of the words of s[0..len): where it is, the lines passed,
 * the code point before, how many quotations are open there, whether
 * the last word read was quoted and whether it was in capitals. */
typedef struct cursor {
	const unsigned char *p;
	size_t len, i, line;
	int32_t prev;
	int open, quoted, caps;
} cursor;

static int is_quote_mark(int32_t c)
{
	return c == '"' || c == 0xAB || c == 0xBB || c == 0x201C ||
	    c == 0x201D || c == 0x201E;
}

/* Follows quotation marks: a mark after a letter, a digit or closing
 * punctuation closes, any other opens, so „…“ “…” «…» »…« and "…" all
 * pair up whatever the convention. A paragraph ends every quotation
 * (one running over several paragraphs reopens at each), so a stray
 * mark misleads no further than its paragraph. */
static void follow_quotes(cursor *cu, int32_t c)
{
	int32_t b = cu->prev;
	cu->prev = c;
	if (c == '\n') {
		cu->open = 0;
		cu->line++;
		return;
	}
	if (!is_quote_mark(c))
		return;
	if (b > 0 && (is_letter(b) || (b < 0x80 && strchr("0123456789.,;:!?)",
	    (int)b)) || b == 0x2026)) {
		if (cu->open > 0)
			cu->open--;
	} else {
		cu->open++;
	}
}

/* Lower-cases the next word from cu into w (cap bytes, NUL terminated,
 * two spare), returns its length or 0 at the end; cu->quoted then
 * tells whether the word is quoted.
 * *skip tells that the word is no function word whatever its spelling:
 * it follows a letter and an apostrophe (English it's, you're, don't;
 * while the head of a French or Italian elision, l'homme, dell'anno, is
 * kept), it is a lone letter (U.S., Z-1, 12 s), or it is in capitals
 * after a word that is not, an acronym (AV, CA, IT) rather than a word
 * of a headline in capitals. */
static size_t next_word(cursor *cu, char *w, size_t cap, int *skip)
{
	const unsigned char *p = cu->p;
	size_t n = 0, start = 0, end = cu->len, letters = 0, upper = 0;
	int caps = cu->caps;
	*skip = 0;
	while (cu->i < cu->len) {
		utf8proc_int32_t c;
		utf8proc_ssize_t r = decode(p + cu->i, cu->len - cu->i, &c);
		cu->i += r > 0 ? (size_t)r : 1;
		if (r <= 0 || !is_letter(c)) {
			if (letters) {
				end = cu->i - (r > 0 ? (size_t)r : 1);
				follow_quotes(cu, r > 0 ? c : 0);
				break;
			}
			follow_quotes(cu, r > 0 ? c : 0);
			continue;
		}
		if (!letters++) {
			start = cu->i - (size_t)r;
			*skip = after_apostrophe(p, start);
			cu->quoted = cu->open > 0;
		}
		cu->prev = c;
		upper += c < 0x80 ? c >= 'A' && c <= 'Z' :
		    utf8proc_category(c) == UTF8PROC_CATEGORY_LU;
		utf8proc_uint8_t enc[4];
		utf8proc_ssize_t e = 1;
		if (c < 0x80)
			enc[0] = (utf8proc_uint8_t)(c | 0x20);
		else
			e = utf8proc_encode_char(utf8proc_tolower(c), enc);
		if (n + (size_t)e + 2 < cap) {
			memcpy(w + n, enc, (size_t)e);
			n += (size_t)e;
		}
	}
	if (letters == 1 && lone_letter(p, start, end, cu->len))
		*skip = 1;
	cu->caps = letters > 1 && upper == letters;
	if (cu->caps && !caps)
		*skip = 1;
	w[n] = 0;
	return n;
}

#define MAX_LANGS 32

static unsigned bits_set(uint32_t x)
{
	unsigned k = 0;
	for (; x; x &= x - 1)
		k++;
	return k;
}

/* The function words of a text: for each one the languages listing it
 * and whether it is quoted; the number of all words outside and inside
 * quotation marks; which languages have a line of prose (bit l: a line
 * where l lists at least PROSE_HITS words and a PROSE_SHARE-th of all). */
typedef struct hits {
	uint32_t langs[SAMPLE_WORDS];
	unsigned char quoted[SAMPLE_WORDS];
	size_t n, words[2];
	uint32_t prose;
} hits;

#define PROSE_HITS 4
#define PROSE_SHARE 6

/* Marks the languages for which the line ending before hit h->n is
 * prose, given its first hit and its number of words. */
static void end_line(hits *h, size_t first, size_t words, size_t nt)
{
	for (size_t l = 0; l < nt; l++) {
		size_t k = 0;
		for (size_t j = first; j < h->n; j++)
			k += h->langs[j] >> l & 1;
		if (k >= PROSE_HITS && k * PROSE_SHARE >= words)
			h->prose |= 1u << l;
	}
}

/* Reads the first SAMPLE_WORDS words of s into h. */
static void count_words(const family *f, const char *s, size_t len, hits *h)
{
	cursor cu = {(const unsigned char *)s,
		len < SAMPLE_BYTES ? len : SAMPLE_BYTES, 0, 0, 0, 0, 0, 0};
	size_t nt = f->n < MAX_LANGS ? f->n : MAX_LANGS, n, words = 0;
	size_t line = 0, line_first = 0, line_words = 0;
	char w[64];
	int skip;
	h->n = h->words[0] = h->words[1] = 0;
	h->prose = 0;
	while (words++ < SAMPLE_WORDS &&
	    (n = next_word(&cu, w, sizeof w - 1, &skip)) > 0) {
		if (cu.line != line) {
			end_line(h, line_first, line_words, nt);
			line = cu.line;
			line_first = h->n;
			line_words = 0;
		}
		h->words[cu.quoted]++;
		line_words++;
		uint32_t in_list = n > 12 || skip ? 0 : listing(f, w);
		if (in_list) {
			h->langs[h->n] = in_list;
			h->quoted[h->n++] = (unsigned char)cu.quoted;
		}
	}
	end_line(h, line_first, line_words, nt);
}

/* A hit is worth SHARE, split evenly among the languages listing the
 * word (SHARE is divisible by every count up to 16). */
#define SHARE 720720u

/* Sums the hits of h (with the quoted ones when quotes is set) into
 * score and count, per language; returns the number of words. */
static size_t tally(const hits *h, int quotes, size_t nt, size_t *score,
    size_t *count)
{
	memset(score, 0, nt * sizeof *score);
	memset(count, 0, nt * sizeof *count);
	for (size_t j = 0; j < h->n; j++) {
		if (h->quoted[j] && !quotes)
			continue;
		unsigned k = bits_set(h->langs[j]);
		for (size_t l = 0; l < nt; l++)
			if (h->langs[j] >> l & 1) {
				score[l] += SHARE / k;
				count[l]++;
			}
	}
	return h->words[0] + (quotes ? h->words[1] : 0);
}

/* What the words that tell language a from b give a: the shares of
 * the hits that a lists and b does not. */
static size_t lead(const hits *h, int quotes, size_t a, size_t b)
{
	size_t sum = 0;
	for (size_t j = 0; j < h->n; j++)
		if ((!h->quoted[j] || quotes) && (h->langs[j] >> a & 1) &&
		    !(h->langs[j] >> b & 1))
			sum += SHARE / bits_set(h->langs[j]);
	return sum;
}

/* The language of f whose words h holds most (quoted ones too when
 * quotes is set), or NULL when the evidence is thin: fewer than 3 of
 * its words; too few for prose (lists, box scores and scrambled text
 * hold function words by chance: 5% of all words, or one line of
 * prose, is enough); or, among the words that tell it from the
 * runner-up, less than a quarter more weight than the runner-up has
 * (names and addresses hold a few short words of many languages, and a
 * language we do not know spreads its look-alikes over several). The
 * close pairs (es/ca, da/no, cs/sk) share most of their words, so only
 * the words that differ can measure the lead. */
static const char *decide(const family *f, const hits *h, int quotes)
{
	size_t nt = f->n < MAX_LANGS ? f->n : MAX_LANGS, bi = 0;
	size_t score[MAX_LANGS], count[MAX_LANGS];
	size_t words = tally(h, quotes, nt, score, count);
	for (size_t l = 1; l < nt; l++)
		if (score[l] > score[bi])
			bi = l;
	if (count[bi] < 3)
		return NULL;
	if (count[bi] * 20 < words && !(h->prose >> bi & 1))
		return NULL;
	for (size_t l = 0; l < nt; l++)
		if (l != bi && score[l] &&
		    lead(h, quotes, bi, l) * 4 < lead(h, quotes, l, bi) * 5)
			return NULL;
	return f->codes[bi];
}

/* The language of f whose words s uses most, or NULL when s holds too
 * few of them. Quotations are left out when the rest of the text alone
 * is clear: a German report quoting a speech in English is German. */
static const char *vote(const family *f, const char *s, size_t len)
{
	hits h;
	count_words(f, s, len, &h);
	const char *lang = decide(f, &h, 0);
	return lang ? lang : decide(f, &h, 1);
}

const char *lang_detect(const char *s, size_t len)
{
	census k;
	const char *l;
	size_t east;
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
	l = vote(&latin_words, s, len);
	east = k.script[S_HAN] + k.script[S_KANA] + k.script[S_HANGUL];
	/* a Japanese or Chinese article about code, whose Latin letters
	 * are identifiers and product names, not words of a language we
	 * list: its CJK text still names the language when it is a real
	 * part of it (a character counts as a word, some four letters) */
	if (!l && east >= MIN_LETTERS && east * 4 >= k.script[S_LATIN])
		return east_asian_lang(&k);
	return l;
}
