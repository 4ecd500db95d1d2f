/* claims.c - quotes, numbers, dates and attributions of one article.
 *
 * The article is split into sentences and word tokens once (text.h); all
 * the rules below work on token indices, with the byte gaps between tokens
 * telling punctuation apart. Only prose sentences are read, so headings,
 * captions without a full stop and page furniture give no claims.
 *
 * Speakers come from attribution patterns around the quote, in this order:
 * after it (`"...," Putin said`, `"...," he assured Putin`, `"...," said
 * Putin`), then before it within the same sentence (`Kim called it the
 * "..."`), then the speaker of the previous quote of the sentence (`He
 * said the deal is "...", calling it "..."`), then the subject of a
 * previous sentence ending in ':'. A pronoun is resolved to the last name
 * seen as the subject of a speech verb in the three sentences before; when
 * none is found the speaker stays NULL rather than guessed.
 */
#include "concord/claims.h"
#include "concord/text.h"
#include "arena.h"
#include "util.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

struct concord_claimset {
	arena *ar;
	concord_mention *m;
	size_t n;
};

/* A quotation: bytes of its inner words, tokens inside, and sentences. */
typedef struct quote {
	size_t open, close;    /* offsets of the opening and closing marks */
	size_t in_off, in_len; /* trimmed inner text */
	size_t t0, t1;         /* tokens inside */
	size_t s_open, s_close;/* sentences holding the marks */
	long speaker;          /* token run start of the speaker, or -1 */
	size_t sp_end;         /* run end (exclusive) */
} quote;

/* A name seen as the subject of a speech verb, for pronouns. */
typedef struct person {
	size_t t0, t1, sentence;
} person;

typedef struct ctx {
	const char *s;
	size_t len;
	const char *lang;
	concord_span *sent;
	size_t nsent;
	concord_token *tok;
	size_t ntok;
	size_t *tok_sent;     /* sentence of each token */
	size_t *sent_tok;     /* first token of each sentence (nsent + 1) */
	unsigned char *in_quote;
	unsigned char *verb;  /* speech verb flag of each token, set once */
	quote *q;
	size_t nq;
	person *p;
	size_t np;
	concord_claimset *out;
	size_t cap;
} ctx;

/* ---- small token helpers ------------------------------------------- */

static int tok_is(const ctx *c, size_t i, const char *w)
{
	const concord_token *t = &c->tok[i];
	/* the first letter rules out most words before strlen runs */
	if (!t->len || tolower((unsigned char)c->s[t->off]) != w[0])
		return 0;
	size_t n = strlen(w);
	if (t->len != n)
		return 0;
	for (size_t k = 1; k < n; k++)
		if (tolower((unsigned char)c->s[t->off + k]) != w[k])
			return 0;
	return 1;
}

static int tok_in(const ctx *c, size_t i, const char *const *list)
{
	for (; *list; list++)
		if (tok_is(c, i, *list))
			return 1;
	return 0;
}

/* Whether only spaces separate tokens i and i + 1. */
static int tight(const ctx *c, size_t i)
{
	size_t e = c->tok[i].off + c->tok[i].len, b = c->tok[i + 1].off;
	if (b - e > 2)
		return 0;
	for (size_t k = e; k < b; k++)
		if (c->s[k] != ' ')
			return 0;
	return 1;
}

/* Whether tokens i and i + 1 belong to one name: tight, or an abbreviated
 * title or initial and its full stop ("Dr. Selin Aravena", "John F.
 * Kennedy"). */
static int tight_name(const ctx *c, size_t i)
{
	if (tight(c, i))
		return 1;
	const concord_token *t = &c->tok[i];
	size_t e = t->off + t->len;
	return t->len <= 4 && (t->flags & CONCORD_TOK_UPPER) &&
	    c->tok[i + 1].off == e + 2 && c->s[e] == '.' && c->s[e + 1] == ' ';
}

/* Whether the gap after token i holds a clause break (, ; : . ( or a
 * quotation mark). */
static int broken(const ctx *c, size_t i)
{
	size_t e = c->tok[i].off + c->tok[i].len;
	size_t b = i + 1 < c->ntok ? c->tok[i + 1].off : c->len;
	for (size_t k = e; k < b; k++)
		if (strchr(",;:.()!?\"", c->s[k]) || (unsigned char)c->s[k] == 0xE2)
			return 1;
	return 0;
}

static int is_lower_word(const ctx *c, size_t i)
{
	unsigned char ch = (unsigned char)c->s[c->tok[i].off];
	return ch >= 'a' && ch <= 'z';
}

static const char *const speech_verbs[] = {
	"said", "says", "say", "told", "tells", "added", "adds", "declared",
	"declares", "stated", "states", "called", "calls", "calling", "hailed",
	"hails", "hailing", "assured", "assures", "described", "describes",
	"describing", "emphasized", "emphasised", "emphasizing", "stressed",
	"noted", "announced", "warned", "praised", "praising", "labeled",
	"labelled", "labeling", "labelling", "characterized", "characterised",
	"characterizing", "wrote", "writes", "urged", "insisted", "claimed",
	"reiterated", "highlighted", "suggested", "pledged", "vowed",
	"promised", "replied", "explained", "acknowledged", "admitted",
	"criticized", "criticised", "asserted", "remarked", "answered",
	"expressed", "recalled", "insists", "argued", "argues", "announces",
	NULL
};

/* Words allowed between a subject and its verb: "Kim, meanwhile, called". */
static const char *const between[] = {
	"also", "then", "later", "meanwhile", "however", "again", "further",
	"has", "had", "have", "once", "previously", "reportedly", "earlier",
	"recently", "repeatedly", "publicly", NULL
};

static const char *const pronouns[] = { "he", "she", NULL };

static int is_verb(const ctx *c, size_t i)
{
	return c->verb[i];
}

/* A word that may belong to a name: capitalized, not a stop word, not a
 * number, not inside a quote. */
static int is_name_tok(const ctx *c, size_t i)
{
	const concord_token *t = &c->tok[i];
	if (!(t->flags & CONCORD_TOK_UPPER) || (t->flags & CONCORD_TOK_NUMBER))
		return 0;
	if (t->flags & CONCORD_TOK_STOP)
		return 0;
	return !c->in_quote[i] && !is_verb(c, i);
}

/* Most words of a name phrase ("Former South Korean nuclear envoy Kim
 * Gun-dee" has 7). */
#define MAX_NAME 8
/* Longest sentence read for claims, in bytes. */
#define MAX_SENTENCE 4000

/* Lowercase words that sit inside a name phrase: "North Korean leader
 * Kim Jong Un", "Putin aide Yuri Ushakov". */
static const char *const roles[] = {
	"leader", "president", "minister", "aide", "diplomat", "spokesman",
	"spokeswoman", "spokesperson", "envoy", "official", "chief",
	"secretary", "analyst", "ambassador", "adviser", "advisor", "head",
	"chairman", "commander", "general", "director", "lawmaker", "senator",
	"governor", "dictator", "premier", "counterpart", "clerk", "mayor",
	"councillor", "councilor", "professor", "researcher", "scientist",
	"officer", "manager", "judge", "prosecutor", "lawyer", "attorney",
	"economist", "engineer", "inspector", "resident", "owner",
	"correspondent", "commissioner", "negotiator", "representative", NULL
};

/* Whether token i is a role word followed tightly by a name word. */
static int role_in_name(const ctx *c, size_t i, size_t hi)
{
	return i + 1 < hi && !c->in_quote[i] && tok_in(c, i, roles) &&
	    tight(c, i) && is_name_tok(c, i + 1);
}

/* The name run ending at token e (inclusive), not before token lo: sets
 * [*b, e + 1). Role words join two name runs. */
static int name_back(const ctx *c, size_t e, size_t lo, size_t *b)
{
	if (e < lo || !is_name_tok(c, e))
		return 0;
	size_t s = e;
	while (s > lo && e - s < MAX_NAME && tight_name(c, s - 1) &&
	    (is_name_tok(c, s - 1) ||
	    (s - 1 > lo && role_in_name(c, s - 1, e + 1) &&
	    is_name_tok(c, s - 2) && tight(c, s - 2))))
		s--;
	*b = s;
	return 1;
}

/* The name run starting at token b, before token hi: sets [b, *e). */
static int name_fwd(const ctx *c, size_t b, size_t hi, size_t *e)
{
	if (b >= hi || !is_name_tok(c, b))
		return 0;
	size_t s = b + 1;
	while (s < hi && s - b < MAX_NAME && tight_name(c, s - 1) &&
	    (is_name_tok(c, s) || role_in_name(c, s, hi)))
		s++;
	*e = s;
	return 1;
}

/* Token just before verb v that can be its subject, skipping adverbs such
 * as "meanwhile" (lowercase, ending in -ly, or listed); lo bounds it. */
static long subject_end(const ctx *c, size_t v, size_t lo)
{
	size_t i = v, skipped = 0;
	while (i > lo) {
		i--;
		if (!c->in_quote[i] && skipped < 2 && (tok_in(c, i, between) ||
		    (is_lower_word(c, i) && c->tok[i].len > 3 &&
		    !memcmp(c->s + c->tok[i].off + c->tok[i].len - 2, "ly", 2)))) {
			skipped++;
			continue;
		}
		/* "Neil, 24, from Runcorn, Cheshire, said": the name before an
		 * apposition is not the subject; leave it unknown */
		if (!skipped && !tight(c, i))
			return -1;
		return (long)i;
	}
	return -1;
}

/* ---- sentences ------------------------------------------------------ */

static size_t sentence_of(const ctx *c, size_t off)
{
	size_t lo = 0, hi = c->nsent;
	while (hi - lo > 1) {
		size_t mid = (lo + hi) / 2;
		if (c->sent[mid].off <= off)
			lo = mid;
		else
			hi = mid;
	}
	return lo;
}

static int ci_find(const char *s, size_t len, const char *w)
{
	size_t n = strlen(w);
	for (size_t i = 0; i + n <= len; i++) {
		unsigned char ch = (unsigned char)s[i];
		if ((ch >= 'A' && ch <= 'Z' ? ch + 32 : ch) != (unsigned char)w[0])
			continue;
		size_t k = 1;
		while (k < n && tolower((unsigned char)s[i + k]) == w[k])
			k++;
		if (k == n)
			return 1;
	}
	return 0;
}

static const char *const furniture[] = {
	"http://", "https://", "www.", "read more", "recent posts", "cookie",
	"subscribe", "wordpress", "\xc2\xa9", "all rights reserved",
	"sign up", "newsletter", "click here", "share this", "posted in",
	NULL
};

int concord_claims_prose(const char *s, size_t len, size_t min_words)
{
	while (len && isspace((unsigned char)s[len - 1]))
		len--;
	/* Closing marks after the full stop: " ' ) ] and the typographic
	 * closing quotes (UTF-8 E2 80 9D / E2 80 99). */
	size_t e = len;
	for (;;) {
		if (e && strchr("\"')]", s[e - 1])) {
			e--;
		} else if (e >= 3 && (unsigned char)s[e - 3] == 0xE2 &&
		    (unsigned char)s[e - 2] == 0x80 &&
		    ((unsigned char)s[e - 1] == 0x9D ||
		    (unsigned char)s[e - 1] == 0x99)) {
			e -= 3;
		} else {
			break;
		}
	}
	if (!e || !strchr(".!?", s[e - 1]))
		return 0;
	size_t words = 0;
	for (size_t i = 0; i < len; i++)
		if (!isspace((unsigned char)s[i]) &&
		    (!i || isspace((unsigned char)s[i - 1])))
			words++;
	if (words < min_words)
		return 0;
	for (const char *const *f = furniture; *f; f++)
		if (ci_find(s, len, *f))
			return 0;
	return 1;
}

static int sent_prose(const ctx *c, size_t si)
{
	const concord_span *sp = &c->sent[si];
	return sp->len <= MAX_SENTENCE &&
	    concord_claims_prose(c->s + sp->off, sp->len, 4);
}

/* ---- quotes ---------------------------------------------------------- */

/* Length of an opening (dir 1) or closing (dir 2) quotation mark at s[i],
 * or 0. '"' counts as both. */
static size_t mark_at(const char *s, size_t len, size_t i, int dir)
{
	if (s[i] == '"')
		return 1;
	if (i + 2 < len && (unsigned char)s[i] == 0xE2 &&
	    (unsigned char)s[i + 1] == 0x80) {
		unsigned char k = (unsigned char)s[i + 2];
		if ((dir == 1 && k == 0x9C) || (dir == 2 && k == 0x9D))
			return 3;
	}
	return 0;
}

/* Finds the closing mark of a quote opened before i, within the paragraph
 * (quotes never cross a '\n'). Returns its offset or (size_t)-1. */
static size_t find_close(const char *s, size_t len, size_t i)
{
	for (; i < len && s[i] != '\n'; i++)
		if (mark_at(s, len, i, 2))
			return i;
	return (size_t)-1;
}

static size_t first_tok_at(const ctx *c, size_t off)
{
	size_t lo = 0, hi = c->ntok;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (c->tok[mid].off < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static int add_quote(ctx *c, size_t open, size_t olen, size_t close)
{
	size_t b = open + olen, e = close;
	while (b < e && isspace((unsigned char)c->s[b]))
		b++;
	while (e > b && strchr(" ,.;:", c->s[e - 1]))
		e--;
	if (e <= b)
		return 0;
	quote *q = &c->q[c->nq++];
	memset(q, 0, sizeof *q);
	q->open = open;
	q->close = close;
	q->in_off = b;
	q->in_len = e - b;
	q->t0 = first_tok_at(c, b);
	q->t1 = first_tok_at(c, e);
	q->s_open = sentence_of(c, open);
	q->s_close = sentence_of(c, close);
	q->speaker = -1;
	for (size_t t = q->t0; t < q->t1; t++)
		c->in_quote[t] = 1;
	return 0;
}

static concord_status find_quotes(ctx *c)
{
	size_t cap = 64;
	c->q = arena_calloc(c->out->ar, cap, sizeof *c->q);
	if (!c->q)
		return CONCORD_ENOMEM;
	for (size_t i = 0; i < c->len && c->nq < cap; i++) {
		size_t ol = mark_at(c->s, c->len, i, 1);
		if (!ol)
			continue;
		size_t cl = find_close(c->s, c->len, i + ol);
		if (cl == (size_t)-1) {
			/* no mark closes anything later in this paragraph either:
			 * skip it, so unbalanced marks cost linear time */
			while (i + 1 < c->len && c->s[i + 1] != '\n')
				i++;
			continue;
		}
		add_quote(c, i, ol, cl);
		i = cl + mark_at(c->s, c->len, cl, 2) - 1;
	}
	return CONCORD_OK;
}

/* ---- speakers -------------------------------------------------------- */

/* Records the subjects of speech verbs outside quotes, for pronouns. */
static concord_status find_persons(ctx *c)
{
	size_t cap = 256;
	c->p = arena_calloc(c->out->ar, cap, sizeof *c->p);
	if (!c->p)
		return CONCORD_ENOMEM;
	for (size_t v = 1; v < c->ntok && c->np < cap; v++) {
		if (c->in_quote[v] || !is_verb(c, v))
			continue;
		size_t si = c->tok_sent[v];
		long e = subject_end(c, v, c->sent_tok[si]);
		size_t b;
		if (e < 0 || !name_back(c, (size_t)e, c->sent_tok[si], &b))
			continue;
		c->p[c->np++] = (person){ b, (size_t)e + 1, si };
	}
	return CONCORD_OK;
}

/* The person a pronoun at token i stands for: the last recorded subject
 * before it, no more than three sentences back. */
static const person *resolve(const ctx *c, size_t i)
{
	size_t si = c->tok_sent[i];
	for (size_t k = c->np; k-- > 0;) {
		const person *p = &c->p[k];
		if (p->t1 > i)
			continue;
		return p->sentence + 3 >= si ? p : NULL;
	}
	return NULL;
}

/* Sets q's speaker to the name or pronoun subject ending at token e. */
static int take_subject(const ctx *c, quote *q, long e, size_t lo)
{
	if (e < 0)
		return 0;
	if (tok_in(c, (size_t)e, pronouns)) {
		const person *p = resolve(c, (size_t)e);
		if (!p)
			return 0;
		q->speaker = (long)p->t0;
		q->sp_end = p->t1;
		return 1;
	}
	size_t b;
	if (!name_back(c, (size_t)e, lo, &b))
		return 0;
	q->speaker = (long)b;
	q->sp_end = (size_t)e + 1;
	return 1;
}

/* `"...," Putin said`, `"...," he assured Putin`, `"...," said Putin`. */
static int speaker_after(const ctx *c, quote *q, size_t hi)
{
	size_t t = q->t1;
	if (t >= hi)
		return 0;
	size_t e;
	if (tok_in(c, t, pronouns) || is_name_tok(c, t)) {
		size_t end = t + 1;
		if (!tok_in(c, t, pronouns) && !name_fwd(c, t, hi, &end))
			return 0;
		size_t v = end;
		while (v < hi && v < end + 2 && tok_in(c, v, between))
			v++;
		if (v < hi && is_verb(c, v))
			return take_subject(c, q, (long)end - 1, t);
		return 0;
	}
	if (!is_verb(c, t))
		return 0;
	/* "said (the) town clerk Ruth Castellano": a few lowercase words
	 * describing the speaker may come before the name */
	size_t b = t + 1;
	if (b < hi && tok_is(c, b, "the"))
		b++;
	size_t k = b;
	while (k < hi && k < b + 3 && is_lower_word(c, k) && !c->in_quote[k] &&
	    !(c->tok[k].flags & CONCORD_TOK_STOP) && tight(c, k))
		k++;
	if (k > b && k > 0 && !tight(c, k - 1))
		return 0;
	if (name_fwd(c, k, hi, &e)) {
		q->speaker = (long)b;
		q->sp_end = e;
		return 1;
	}
	return 0;
}

/* `Kim called it the "..."`: the last speech verb before the quote with a
 * subject, within [lo, q->t0). */
static int speaker_before(const ctx *c, quote *q, size_t lo)
{
	for (size_t v = q->t0; v-- > lo;) {
		if (c->in_quote[v] || !is_verb(c, v))
			continue;
		if (take_subject(c, q, subject_end(c, v, lo), lo))
			return 1;
	}
	return 0;
}

/* `"A," said X. "B."`: a quote that makes up its own sentence right
 * after an attributed quote of the same paragraph goes on with it. */
static int continues(const ctx *c, const quote *prev, const quote *q)
{
	if (!prev || prev->speaker < 0 || prev->s_close + 1 != q->s_open ||
	    q->open != c->sent[q->s_open].off)
		return 0;
	for (size_t i = prev->close; i < q->open; i++)
		if (c->s[i] == '\n')
			return 0;
	return 1;
}

static void find_speakers(ctx *c)
{
	for (size_t i = 0; i < c->nq; i++) {
		quote *q = &c->q[i];
		const quote *prev = i ? &c->q[i - 1] : NULL;
		int same = prev && prev->s_close == q->s_open;
		size_t lo = c->sent_tok[q->s_open];
		if (same && prev->t1 > lo)
			lo = prev->t1;
		size_t hi = c->sent_tok[q->s_close + 1];
		if (i + 1 < c->nq && c->q[i + 1].t0 < hi)
			hi = c->q[i + 1].t0;
		if (speaker_after(c, q, hi) || speaker_before(c, q, lo))
			continue;
		if (same && prev->speaker >= 0) {
			q->speaker = prev->speaker;
			q->sp_end = prev->sp_end;
			continue;
		}
		if (continues(c, prev, q)) {
			q->speaker = prev->speaker;
			q->sp_end = prev->sp_end;
			continue;
		}
		/* A quote that opens its sentence after "X said:" */
		if (q->s_open > 0 && q->t0 == c->sent_tok[q->s_open]) {
			const concord_span *ps = &c->sent[q->s_open - 1];
			if (ps->len && c->s[ps->off + ps->len - 1] == ':') {
				quote tmp = *q;
				tmp.t0 = c->sent_tok[q->s_open];
				size_t plo = c->sent_tok[q->s_open - 1];
				if (speaker_before(c, &tmp, plo)) {
					q->speaker = tmp.speaker;
					q->sp_end = tmp.sp_end;
				}
			}
		}
	}
}

/* ---- attribution ----------------------------------------------------- */

/* Head words of a source phrase: offices, agencies and the people who
 * speak for them ("the city's public works department", "the town
 * clerk"). The role words of names count too. */
static const char *const source_heads[] = {
	"department", "office", "ministry", "agency", "police", "council",
	"authorities", "authority", "officials", "spokesman", "spokeswoman",
	"spokesperson", "researchers", "scientists", "service", "commission",
	"court", "company", "board", "bureau", "government", "administration",
	"newspaper", "broadcaster", "institute", "university", "team", NULL
};

static int source_head(const ctx *c, size_t i)
{
	return tok_in(c, i, source_heads) || tok_in(c, i, roles);
}

/* Extends a source phrase ending before token e with "at|of|for|from" and
 * a name ("researchers at Carrow Vale University"). */
static size_t source_tail(const ctx *c, size_t e, size_t hi)
{
	size_t n;
	if (e + 1 < hi && tight(c, e - 1) && tight(c, e) &&
	    (tok_is(c, e, "at") || tok_is(c, e, "of") || tok_is(c, e, "for") ||
	    tok_is(c, e, "from")) && name_fwd(c, e + 1, hi, &n))
		return n;
	return e;
}

/* The short source name at the start of tokens [p, hi), at most seven
 * words: a name run ("TASS", "Professor Miriam Adeyemi-Holt"), or plain
 * words ending in an office or agency word, maybe followed by a name
 * ("city's public works department", "Russian state news agency TASS",
 * "Putin's foreign policy aide"). The longest such prefix is taken: sets
 * [p, *e) and returns 1, or 0 when the phrase names no source. */
static int source_name(const ctx *c, size_t p, size_t hi, size_t *e)
{
	if (p < hi && (tok_is(c, p, "the") || tok_is(c, p, "a")))
		p++;
	size_t best = 0;
	int names_only = 1, after_head = 0;
	for (size_t k = p; k < hi && k < p + 7; k++) {
		if ((k > p && !tight_name(c, k - 1)) || c->in_quote[k])
			break;
		if (is_name_tok(c, k)) {
			if (names_only || after_head)
				best = k + 1;
		} else if (is_lower_word(c, k) && !(c->tok[k].flags &
		    (CONCORD_TOK_STOP | CONCORD_TOK_NUMBER))) {
			names_only = 0;
			if ((after_head = source_head(c, k)) != 0)
				best = k + 1;
		} else {
			break;
		}
	}
	if (!best)
		return 0;
	*e = source_tail(c, best, hi);
	return 1;
}

/* The end of the clause that starts at token i (a , ; : . ( or quotation
 * mark after a token ends it), at most 24 tokens on. */
static size_t clause_end(const ctx *c, size_t i, size_t hi)
{
	size_t k = i;
	while (k < hi && k < i + 24 && !c->in_quote[k])
		if (broken(c, k++))
			break;
	return k;
}

/* The source credited for the claim at token `at` of sentence si, as
 * token run [*b, *e), or 0. "according to X" and "as reported by X"
 * govern the rest of the sentence (not the words of the phrase itself);
 * "X reported (that) ..." governs what follows the verb. X must read as
 * a short source name; inside a longer phrase the name after "by" is
 * taken ("results released by the town clerk"); else nothing. */
static int attribution_of(const ctx *c, size_t si, size_t at, size_t *b,
    size_t *e)
{
	size_t lo = c->sent_tok[si], hi = c->sent_tok[si + 1];
	for (size_t i = lo; i + 2 < hi; i++) {
		if (c->in_quote[i])
			continue;
		size_t start = 0;
		if (tok_is(c, i, "according") && tok_is(c, i + 1, "to"))
			start = i + 2;
		else if (tok_is(c, i, "reported") && tok_is(c, i + 1, "by"))
			start = i + 2;
		else if (i > lo && at > i && (tok_is(c, i, "reported") ||
		    tok_is(c, i, "reports")) && tight(c, i - 1) &&
		    name_back(c, i - 1, lo, b)) {
			*e = i;
			return 1;
		}
		if (!start)
			continue;
		size_t k = clause_end(c, start, hi);
		if (at >= i && at < k)
			continue;  /* the claim is part of the credit itself */
		if (source_name(c, start, k, e) && *e <= k) {
			*b = start + (tok_is(c, start, "the") || tok_is(c, start, "a"));
			return 1;
		}
		for (size_t j = start; j + 1 < k; j++)
			if (tok_is(c, j, "by") && source_name(c, j + 1, k, e)) {
				*b = j + 1 + (tok_is(c, j + 1, "the") ||
				    tok_is(c, j + 1, "a"));
				return 1;
			}
	}
	return 0;
}

/* ---- numbers and dates ------------------------------------------------ */

static const char *const months[] = {
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december", NULL
};
static const char *const weekdays[] = {
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday", NULL
};
static const char *const small_numbers[] = {
	"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
	"nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
	"sixteen", "seventeen", "eighteen", "nineteen", NULL
};
static const char *const tens[] = {
	"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
	"eighty", "ninety", NULL
};
/* Words that make "the two leaders" a reference, not a count. */
static const char *const determiners[] = {
	"the", "these", "those", "both", "its", "their", "his", "her", "all",
	"our", "each", "every", NULL
};

static int list_index(const ctx *c, size_t i, const char *const *list)
{
	for (int k = 0; list[k]; k++)
		if (tok_is(c, i, list[k]))
			return k;
	return -1;
}

/* Value of a digit token ("1,000" -> 1000, "3.5"), 0 when it is not
 * plain digits. */
static int digits_value(const ctx *c, size_t i, double *v)
{
	const concord_token *t = &c->tok[i];
	if (!(t->flags & CONCORD_TOK_NUMBER) || t->len > 20)
		return 0;
	char digits[32];
	size_t n = 0;
	for (size_t k = 0; k < t->len; k++) {
		char ch = c->s[t->off + k];
		if (ch == ',')
			continue;
		digits[n++] = ch;
	}
	digits[n] = 0;
	char *end;
	*v = strtod(digits, &end);
	return *end == 0;
}

/* Value of a number word ("two", "twenty-four"), -1 when not one. */
static int word_value(const ctx *c, size_t i)
{
	/* every number word starts with one of these letters */
	const concord_token *t0 = &c->tok[i];
	if (!t0->len || !strchr("zotfsen",
	    tolower((unsigned char)c->s[t0->off])))
		return -1;
	int k = list_index(c, i, small_numbers);
	if (k >= 0)
		return k;
	const concord_token *t = &c->tok[i];
	const char *w = c->s + t->off;
	for (int d = 2; tens[d]; d++) {
		size_t n = strlen(tens[d]);
		if (t->len < n || strncasecmp(w, tens[d], n))
			continue;
		if (t->len == n)
			return d * 10;
		if (w[n] != '-')
			return -1;
		for (int u = 1; u < 10; u++)
			if (t->len - n - 1 == strlen(small_numbers[u]) &&
			    !strncasecmp(w + n + 1, small_numbers[u], t->len - n - 1))
				return d * 10 + u;
	}
	return -1;
}

static int is_year(const ctx *c, size_t i)
{
	const concord_token *t = &c->tok[i];
	if (!(t->flags & CONCORD_TOK_NUMBER) || t->len != 4)
		return 0;
	int y = atoi(c->s + t->off);
	for (int k = 0; k < 4; k++)
		if (!isdigit((unsigned char)c->s[t->off + k]))
			return 0;
	return y >= 1800 && y <= 2100;
}

static int day_value(const ctx *c, size_t i)
{
	const concord_token *t = &c->tok[i];
	if (!(t->flags & CONCORD_TOK_NUMBER) || t->len > 2)
		return 0;
	int d = atoi(c->s + t->off);
	return d >= 1 && d <= 31 ? d : 0;
}

/* ---- emitting mentions ------------------------------------------------ */

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return x < y ? -1 : x > y;
}

/* Sorted distinct hashes of tokens [b, e) (content only when content),
 * skipping numbers when nonum, into the arena. */
static uint64_t *hash_set(ctx *c, size_t b, size_t e, int content, int nonum,
    size_t *n)
{
	uint64_t *h = arena_calloc(c->out->ar, e > b ? e - b : 1, sizeof *h);
	*n = 0;
	if (!h)
		return NULL;
	for (size_t i = b; i < e; i++) {
		uint32_t f = c->tok[i].flags;
		if ((content && (f & CONCORD_TOK_STOP)) ||
		    (nonum && (f & CONCORD_TOK_NUMBER)))
			continue;
		h[(*n)++] = c->tok[i].hash;
	}
	qsort(h, *n, sizeof *h, cmp_u64);
	size_t k = 0;
	for (size_t i = 0; i < *n; i++)
		if (!k || h[k - 1] != h[i])
			h[k++] = h[i];
	*n = k;
	return h;
}

static const char *dup_span(ctx *c, size_t off, size_t len)
{
	return arena_strndup(c->out->ar, c->s + off, len);
}

static const char *dup_run(ctx *c, size_t b, size_t e)
{
	size_t off = c->tok[b].off;
	return dup_span(c, off, c->tok[e - 1].off + c->tok[e - 1].len - off);
}

/* Whether the set already holds this claim (same kind and key; quotes:
 * the same words, here s[off, off+len)). An article's "June 19" and its
 * "June 19, 2024" are one date: the mention met first stays, with the
 * year when the later one gives it. */
static int seen(const ctx *c, const concord_mention *m, size_t off, size_t len)
{
	for (size_t i = 0; i < c->out->n; i++) {
		concord_mention *o = &c->out->m[i];
		if (o->kind != m->kind)
			continue;
		if (m->kind == CONCORD_CLAIM_DATE &&
		    day_without_year(o->value, m->value)) {
			if (o->value[0] == '-')
				o->value = m->value;
			return 1;
		}
		if (m->kind == CONCORD_CLAIM_QUOTE) {
			if (o->len == len && !memcmp(c->s + o->off, c->s + off, len))
				return 1;
		} else if (!strcmp(o->value, m->value) &&
		    (!o->unit) == (!m->unit) && (!o->unit || !strcmp(o->unit, m->unit))) {
			return 1;
		}
	}
	return 0;
}

/* Fills the common fields of a mention of text [off, off+len) found in
 * sentence si and appends it unless already there. */
static concord_status emit(ctx *c, concord_mention *m, size_t off, size_t len,
    size_t si)
{
	if (c->out->n >= c->cap || seen(c, m, off, len))
		return CONCORD_OK;
	m->off = off;
	m->len = len;
	m->sentence = si;
	m->text = dup_span(c, off, len);
	m->context = dup_span(c, c->sent[si].off, c->sent[si].len);
	if (!m->text || !m->context)
		return CONCORD_ENOMEM;
	size_t b, e;
	if (!m->attribution &&
	    attribution_of(c, si, first_tok_at(c, off), &b, &e)) {
		m->attribution = dup_run(c, b, e);
		if (!m->attribution)
			return CONCORD_ENOMEM;
	}
	m->ctx = hash_set(c, c->sent_tok[si], c->sent_tok[si + 1], 1, 1, &m->nctx);
	if (!m->ctx)
		return CONCORD_ENOMEM;
	c->out->m[c->out->n++] = *m;
	return CONCORD_OK;
}

static concord_status emit_quote(ctx *c, const quote *q)
{
	if (q->t1 - q->t0 < 3 || !sent_prose(c, q->s_close))
		return CONCORD_OK;
	concord_mention m = { .kind = CONCORD_CLAIM_QUOTE };
	if (q->speaker >= 0) {
		m.speaker = dup_run(c, (size_t)q->speaker, q->sp_end);
		if (!m.speaker)
			return CONCORD_ENOMEM;
	}
	size_t b, e;
	if (attribution_of(c, q->s_close, q->t0, &b, &e) ||
	    attribution_of(c, q->s_open, q->t0, &b, &e)) {
		m.attribution = dup_run(c, b, e);
		if (!m.attribution)
			return CONCORD_ENOMEM;
	}
	m.words = hash_set(c, q->t0, q->t1, 0, 0, &m.nwords);
	m.cwords = hash_set(c, q->t0, q->t1, 1, 0, &m.ncwords);
	if (!m.words || !m.cwords)
		return CONCORD_ENOMEM;
	return emit(c, &m, q->in_off, q->in_len, q->s_open);
}

/* The content words next to a number: up to four before it and two after
 * its noun, within the sentence. */
static concord_status set_near(ctx *c, concord_mention *m, size_t nb, size_t ne)
{
	size_t si = c->tok_sent[nb], lo = c->sent_tok[si], hi = c->sent_tok[si + 1];
	uint64_t near[8];
	size_t n = 0;
	for (size_t i = nb; i-- > lo && n < 4;)
		if (!(c->tok[i].flags & (CONCORD_TOK_STOP | CONCORD_TOK_NUMBER)))
			near[n++] = c->tok[i].hash;
	for (size_t i = ne; i < hi && n < 6; i++)
		if (!(c->tok[i].flags & (CONCORD_TOK_STOP | CONCORD_TOK_NUMBER)))
			near[n++] = c->tok[i].hash;
	uint64_t *h = arena_calloc(c->out->ar, n ? n : 1, sizeof *h);
	if (!h)
		return CONCORD_ENOMEM;
	memcpy(h, near, n * sizeof *h);
	qsort(h, n, sizeof *h, cmp_u64);
	m->near = h;
	m->nnear = n;
	return CONCORD_OK;
}

/* The counted noun after token i: the next lowercase content word, or the
 * one after it when that one is plural and the first is not ("24 ballistic
 * missiles"). Returns the noun's token or 0. */
static int ends_with(const ctx *c, size_t i, const char *suffix)
{
	const concord_token *t = &c->tok[i];
	size_t n = strlen(suffix);
	return t->len > n + 2 && !memcmp(c->s + t->off + t->len - n, suffix, n);
}

/* A word that can be counted: lowercase, no stop word, not a verb form
 * ("1.5 million coming", "20 killed"), no abbreviation ("11 p.m."). */
static int countable(const ctx *c, size_t i)
{
	const concord_token *t = &c->tok[i];
	return is_lower_word(c, i) &&
	    !(t->flags & (CONCORD_TOK_STOP | CONCORD_TOK_NUMBER)) &&
	    !memchr(c->s + t->off, '.', t->len) &&
	    !ends_with(c, i, "ing") && !ends_with(c, i, "ed");
}

static size_t counted_noun(const ctx *c, size_t i, size_t hi)
{
	if (i + 1 >= hi || !tight(c, i) || !is_lower_word(c, i + 1) ||
	    (c->tok[i + 1].flags & (CONCORD_TOK_STOP | CONCORD_TOK_NUMBER)))
		return 0;
	size_t n = i + 1;
	const concord_token *a = &c->tok[n];
	if (n + 1 < hi && tight(c, n) && countable(c, n + 1)) {
		const concord_token *b = &c->tok[n + 1];
		if (c->s[b->off + b->len - 1] == 's' && c->s[a->off + a->len - 1] != 's')
			return n + 1;  /* "12 damaged homes" */
	}
	return countable(c, n) ? n : 0;
}

/* The currency sign written just before offset off, as a unit ("$4.2
 * million" is "usd", "£" "gbp", "€" "eur") with the sign's length in
 * *len; else NULL. */
static const char *currency(const ctx *c, size_t off, size_t *len)
{
	const unsigned char *s = (const unsigned char *)c->s;
	*len = 0;
	if (off >= 1 && s[off - 1] == '$')
		return *len = 1, "usd";
	if (off >= 2 && s[off - 2] == 0xC2 && s[off - 1] == 0xA3)
		return *len = 2, "gbp";
	if (off >= 3 && s[off - 3] == 0xE2 && s[off - 2] == 0x82 &&
	    s[off - 1] == 0xAC)
		return *len = 3, "eur";
	return NULL;
}

static const char *const rate_words[] = { "a", "an", "per", "each",
    "every", NULL };
static const char *const periods[] = { "second", "minute", "hour", "day",
    "night", "week", "month", "year", "decade", "weekday", NULL };

/* The period of a rate right after token n ("a day", "per year", "each
 * week"), case-folded, or NULL. */
static const char *rate_after(const ctx *c, size_t n, size_t hi)
{
	if (n + 2 >= hi || !tight(c, n) || !tight(c, n + 1) || list_index(c, n + 1, rate_words) < 0)
		return NULL;
	int k = list_index(c, n + 2, periods);
	return k >= 0 ? periods[k] : NULL;
}

/* A lowercase content word. */
static int plain_word(const ctx *c, size_t i)
{
	return is_lower_word(c, i) &&
	    !(c->tok[i].flags & (CONCORD_TOK_STOP | CONCORD_TOK_NUMBER));
}

static const char *const hedges[] = { "about", "around", "nearly", "some",
    "roughly", "almost", "approximately", "over", "than", "more", "up", "to",
    "just", "under", NULL };

/* The subject of a rate whose number starts at token i and whose period
 * ends at token e (exclusive): "the ferry carries (about) N ..." or "N
 * ... a day use the bridge". Only a plain, tight pattern counts; else 0. */
static uint64_t rate_subject(const ctx *c, size_t i, size_t e, size_t lo,
    size_t hi)
{
	size_t k = i;
	while (k > lo && i - k < 3 && tok_in(c, k - 1, hedges))
		k--;
	if (k >= lo + 2 && plain_word(c, k - 1) && plain_word(c, k - 2) &&
	    tight(c, k - 2) && tight(c, k - 1))
		return c->tok[k - 2].hash;
	if (e + 2 < hi && plain_word(c, e) && tight(c, e) && tight(c, e + 1) &&
	    list_index(c, e + 1, rate_words) < 0 && tok_is(c, e + 1, "the") &&
	    plain_word(c, e + 2))
		return c->tok[e + 2].hash;
	return 0;
}

static concord_status emit_number(ctx *c, size_t i, size_t hi, double v)
{
	static const char *const scales[] = { "hundred", "thousand", "million",
	    "billion", "trillion", NULL };
	static const double scale_v[] = { 1e2, 1e3, 1e6, 1e9, 1e12 };
	size_t last = i;
	int k;
	if (i + 1 < hi && tight(c, i) && (k = list_index(c, i + 1, scales)) >= 0) {
		v *= scale_v[k];
		last = i + 1;
	}
	concord_mention m = { .kind = CONCORD_CLAIM_NUMBER };
	char unit[64], val[48];
	size_t end = c->tok[last].off + c->tok[last].len, noun = 0;
	size_t start = c->tok[i].off;
	size_t clen;
	const char *cur = currency(c, start, &clen);
	if (cur) {
		strcpy(unit, cur);
		start -= clen;
	} else if (end < c->len && c->s[end] == '%') {
		strcpy(unit, "percent");
		end++;
	} else if (last + 2 < hi && tok_is(c, last + 1, "per") &&
	    tok_is(c, last + 2, "cent") && tight(c, last) && tight(c, last + 1)) {
		strcpy(unit, "percent");
		end = c->tok[last + 2].off + c->tok[last + 2].len;
	} else if ((noun = counted_noun(c, last, hi)) != 0) {
		const concord_token *t = &c->tok[noun];
		concord_text_stem(c->s + t->off, t->len, c->lang, unit, sizeof unit);
		end = t->off + t->len;
		m.rate = rate_after(c, noun, hi);
		if (m.rate)
			m.subject = rate_subject(c, i, noun + 3,
			    c->sent_tok[c->tok_sent[i]], hi);
		if (noun > last + 1)
			m.modifier = c->tok[last + 1].hash;
	} else {
		return CONCORD_OK;
	}
	snprintf(val, sizeof val, "%.15g", v);
	m.value = arena_strdup(c->out->ar, val);
	m.unit = arena_strdup(c->out->ar, unit);
	if (!m.value || !m.unit || set_near(c, &m, i, (noun ? noun : last) + 1))
		return CONCORD_ENOMEM;
	return emit(c, &m, start, end - start, c->tok_sent[i]);
}

static concord_status emit_date(ctx *c, size_t b, size_t e, const char *value)
{
	concord_mention m = { .kind = CONCORD_CLAIM_DATE };
	m.value = arena_strdup(c->out->ar, value);
	if (!m.value || set_near(c, &m, b, e))
		return CONCORD_ENOMEM;
	size_t off = c->tok[b].off;
	return emit(c, &m, off, c->tok[e - 1].off + c->tok[e - 1].len - off,
	    c->tok_sent[b]);
}

/* Whether at most two bytes (", ") separate tokens i and i + 1. */
static int near_gap(const ctx *c, size_t i)
{
	return c->tok[i + 1].off - (c->tok[i].off + c->tok[i].len) <= 2;
}

/* Emits the day d of month mo (0-based) as a date claim over tokens
 * [b, e): "YYYY-MM-DD", or "--MM-DD" when the year y is 0 (unknown). */
static size_t emit_day(ctx *c, size_t b, size_t e, int y, int mo, int d,
    concord_status *st)
{
	char v[32];
	if (y)
		snprintf(v, sizeof v, "%04d-%02d-%02d", y, mo + 1, d);
	else
		snprintf(v, sizeof v, "--%02d-%02d", mo + 1, d);
	*st = emit_date(c, b, e, v);
	return e - b;
}

/* A date starting at token i: "June 19(, 2024)", "19 June (2024)", "June
 * 2024", an ISO date, a weekday, a year. Returns the tokens used or 0. */
static size_t scan_date(ctx *c, size_t i, size_t hi, concord_status *st)
{
	char v[32];
	const concord_token *t = &c->tok[i];
	*st = CONCORD_OK;
	/* a date starts with a capitalized month or weekday, a number, or an
	 * ISO date: other words are skipped at once */
	if (!(t->flags & (CONCORD_TOK_UPPER | CONCORD_TOK_NUMBER)) && t->len != 10)
		return 0;
	int mo = list_index(c, i, months), d, y = 0;
	if (mo >= 0 && (t->flags & CONCORD_TOK_UPPER) && i + 1 < hi) {
		if ((d = day_value(c, i + 1)) && tight(c, i)) {
			size_t e = i + 2;
			if (e < hi && is_year(c, e) && near_gap(c, e - 1))
				y = atoi(c->s + c->tok[e++].off);
			return emit_day(c, i, e, y, mo, d, st);
		}
		if (is_year(c, i + 1) && tight(c, i)) {
			y = atoi(c->s + c->tok[i + 1].off);
			snprintf(v, sizeof v, "%04d-%02d", y, mo + 1);
			*st = emit_date(c, i, i + 2, v);
			return 2;
		}
	}
	if ((d = day_value(c, i)) && i + 1 < hi && tight(c, i) &&
	    (mo = list_index(c, i + 1, months)) >= 0 &&
	    (c->tok[i + 1].flags & CONCORD_TOK_UPPER)) {
		size_t e = i + 2;
		if (e < hi && is_year(c, e) && tight(c, e - 1))
			y = atoi(c->s + c->tok[e++].off);
		return emit_day(c, i, e, y, mo, d, st);
	}
	if (t->len == 10 && c->s[t->off + 4] == '-' && c->s[t->off + 7] == '-') {
		const char *w = c->s + t->off;
		int ok = 1;
		for (int k = 0; k < 10; k++)
			if (k != 4 && k != 7 && !isdigit((unsigned char)w[k]))
				ok = 0;
		if (ok) {
			memcpy(v, w, 10);
			v[10] = 0;
			*st = emit_date(c, i, i + 1, v);
			return 1;
		}
	}
	if ((t->flags & CONCORD_TOK_UPPER) && list_index(c, i, weekdays) >= 0) {
		snprintf(v, sizeof v, "%.*s", (int)t->len, c->s + t->off);
		*st = emit_date(c, i, i + 1, v);
		return 1;
	}
	if (is_year(c, i)) {
		snprintf(v, sizeof v, "%.4s", c->s + t->off);
		*st = emit_date(c, i, i + 1, v);
		return 1;
	}
	return 0;
}

/* Numbers and dates of sentence si, in text order. */
static concord_status scan_sentence(ctx *c, size_t si)
{
	size_t lo = c->sent_tok[si], hi = c->sent_tok[si + 1];
	concord_status st;
	for (size_t i = lo; i < hi; i++) {
		size_t used = scan_date(c, i, hi, &st);
		if (st)
			return st;
		if (used) {
			i += used - 1;
			continue;
		}
		double v;
		int w;
		if (digits_value(c, i, &v)) {
			st = emit_number(c, i, hi, v);
		} else if ((w = word_value(c, i)) > 1 &&
		    !(i > lo && tok_in(c, i - 1, determiners))) {
			st = emit_number(c, i, hi, (double)w);
		} else {
			continue;
		}
		if (st)
			return st;
	}
	return CONCORD_OK;
}

/* ---- driver ----------------------------------------------------------- */

static concord_status index_sentences(ctx *c)
{
	arena *ar = c->out->ar;
	c->tok_sent = arena_calloc(ar, c->ntok ? c->ntok : 1, sizeof *c->tok_sent);
	c->sent_tok = arena_calloc(ar, c->nsent + 1, sizeof *c->sent_tok);
	c->in_quote = arena_calloc(ar, c->ntok ? c->ntok : 1, 1);
	c->verb = arena_calloc(ar, c->ntok ? c->ntok : 1, 1);
	if (!c->tok_sent || !c->sent_tok || !c->in_quote || !c->verb)
		return CONCORD_ENOMEM;
	for (size_t i = 0; i < c->ntok; i++)
		c->verb[i] = (unsigned char)tok_in(c, i, speech_verbs);
	size_t t = 0;
	for (size_t si = 0; si < c->nsent; si++) {
		c->sent_tok[si] = t;
		size_t end = c->sent[si].off + c->sent[si].len;
		while (t < c->ntok && c->tok[t].off < end)
			c->tok_sent[t++] = si;
	}
	/* Tokens between sentences (none in practice) join the last one. */
	while (t < c->ntok)
		c->tok_sent[t++] = c->nsent ? c->nsent - 1 : 0;
	c->sent_tok[c->nsent] = c->ntok;
	return CONCORD_OK;
}

static concord_status extract_all(ctx *c)
{
	concord_status st = index_sentences(c);
	if (!st)
		st = find_quotes(c);
	if (!st)
		st = find_persons(c);
	if (st)
		return st;
	find_speakers(c);
	size_t qi = 0;
	for (size_t si = 0; si < c->nsent; si++) {
		/* Quotes first, in the order they open, then the sentence's
		 * numbers and dates. */
		for (; qi < c->nq && c->q[qi].s_open <= si; qi++)
			if ((st = emit_quote(c, &c->q[qi])) != CONCORD_OK)
				return st;
		if (sent_prose(c, si) && (st = scan_sentence(c, si)) != CONCORD_OK)
			return st;
	}
	return CONCORD_OK;
}

concord_status concord_claims_extract(const concord_article *a,
    concord_claimset **out)
{
	if (!a || !out || !a->text)
		return CONCORD_EINVAL;
	*out = NULL;
	concord_claimset *set = calloc(1, sizeof *set);
	if (!set || !(set->ar = arena_new(0)) ||
	    !(set->m = arena_calloc(set->ar, CONCORD_CLAIMS_MAX, sizeof *set->m))) {
		concord_claims_free(set);
		return CONCORD_ENOMEM;
	}
	ctx c = { .s = a->text, .len = a->text_len, .lang = a->lang, .out = set,
	    .cap = CONCORD_CLAIMS_MAX };
	concord_status st = concord_text_sentences(c.s, c.len, &c.sent, &c.nsent);
	if (!st)
		st = concord_text_tokens(c.s, c.len, c.lang, &c.tok, &c.ntok);
	if (!st && c.nsent)
		st = extract_all(&c);
	concord_free(c.sent);
	concord_free(c.tok);
	if (st) {
		concord_claims_free(set);
		return st;
	}
	*out = set;
	return CONCORD_OK;
}

size_t concord_claims_n(const concord_claimset *s)
{
	return s ? s->n : 0;
}

const concord_mention *concord_claims_at(const concord_claimset *s, size_t i)
{
	return s && i < s->n ? &s->m[i] : NULL;
}

void concord_claims_free(concord_claimset *s)
{
	if (!s)
		return;
	arena_free(s->ar);
	free(s);
}
