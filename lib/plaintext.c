/* plaintext.c - cleaning scraped plain-text pages line by line.
 *
 * A scraped page is the article plus furniture around it: a headline
 * first, then paragraphs and sub-headings, then author boxes, "Recent
 * Posts" teaser lists, dates, cookie notices, credits and comment headers.
 * The cleaner works in passes over the lines:
 *   1. split into lines and collapse white space;
 *   2. re-join hard-wrapped lines (wire copy wrapped at ~80 columns);
 *   3. classify each line: furniture by itself (plaintext_furniture_line),
 *      ends like a sentence or not, word count, tail-section header;
 *   4. take the first real line as the title when it looks like a
 *      headline;
 *   5. find where the article ends (a "Recent Posts"/"Related"/comments
 *      header with less prose after it than before, or a bare link and an
 *      author name) and cut the tail, author box included;
 *   6. drop teaser blocks, furniture lines and immediate repeats;
 *   7. drop a trailing run of short non-sentence lines (comment headers in
 *      any language, author names, a short list of sources).
 * The phrase lists hold English and the major European languages (de,
 * fr, es, it, pt, nl, pl), each phrase one that article prose does not use.
 * Nothing here is specific to one site: each rule is a general shape of
 * page furniture, checked against the ground-truth bodies of the
 * benchmark sets (tests/test_plaintext.c). Every pass is linear in the
 * number of lines. */
#include "plaintext.h"

#include <string.h>
#include <utf8proc.h>

#include "util.h"

/* ---- one line -------------------------------------------------------- */

typedef struct line {
	char *s;        /* collapsed, trimmed, NUL-terminated (arena) */
	size_t len;
	int words;
	int sentence;   /* ends like a sentence: . ! ? ... (plus closers) */
	int furniture;
	int end_marker; /* a header that opens the page's tail section */
	int drop;
} line;

static int is_space_cp(int32_t cp)
{
	if (cp < 0x80)
		return cp <= 0x20 || cp == 0x7F;
	if (cp < 0xA0 || cp == 0xA0)
		return 1;  /* C1 controls, NBSP */
	if (invisible_cp(cp))
		return 2;  /* dropped without a space */
	utf8proc_category_t c = utf8proc_category(cp);
	return c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_ZL ||
	    c == UTF8PROC_CATEGORY_ZP;
}

/* Writes s[0..len) into o with white space (Unicode spaces and control
 * characters too) collapsed to one ' ' and trimmed; invalid bytes become
 * U+FFFD when may_grow, else the copy stops and returns (size_t)-1 (valid
 * text never grows, so o usually needs only len + 1 bytes). */
static size_t collapse_into(const char *s, size_t len, char *o, int may_grow)
{
	size_t i = 0, j = 0;
	int pending = 0;
	while (i < len) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
		    (utf8proc_ssize_t)(len - i), &cp);
		int bad = n <= 0;
		if (bad) {
			if (!may_grow)
				return (size_t)-1;
			cp = 0xFFFD;
			n = 1;
		}
		int sp = is_space_cp(cp);
		if (sp == 1) {
			pending = j > 0;
		} else if (!sp) {
			if (pending)
				o[j++] = ' ';
			pending = 0;
			if (bad) {
				j += (size_t)utf8proc_encode_char(cp, (utf8proc_uint8_t *)o + j);
			} else {
				memcpy(o + j, s + i, (size_t)n);
				j += (size_t)n;
			}
		}
		i += (size_t)n;
	}
	o[j] = 0;
	return j;
}

/* The collapsed copy of one line in the arena. */
static char *collapse_line(arena *a, const char *s, size_t len, size_t *out_len)
{
	char *o = arena_alloc(a, len + 1);
	if (!o)
		return NULL;
	*out_len = collapse_into(s, len, o, 0);
	if (*out_len != (size_t)-1)
		return o;
	o = arena_alloc(a, len * 3 + 1);  /* invalid bytes: room for U+FFFD */
	if (!o)
		return NULL;
	*out_len = collapse_into(s, len, o, 1);
	return o;
}

static int count_words(const char *s, size_t len)
{
	int w = 0, in = 0;
	for (size_t i = 0; i < len; i++) {
		if (s[i] == ' ') {
			in = 0;
		} else if (!in) {
			in = 1;
			w++;
		}
	}
	return w;
}

/* Whether s[0..len) starts with p, ignoring ASCII case. */
static int starts_with(const char *s, size_t len, const char *p)
{
	size_t n = strlen(p);
	if (n > len)
		return 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char a = (unsigned char)s[i], b = (unsigned char)p[i];
		if (a >= 'A' && a <= 'Z')
			a += 32;
		if (b >= 'A' && b <= 'Z')
			b += 32;
		if (a != b)
			return 0;
	}
	return 1;
}

static int ends_with(const char *s, size_t len, const char *p)
{
	size_t n = strlen(p);
	return n <= len && starts_with(s + len - n, n, p);
}

static int is_alnum_ascii(unsigned char c)
{
	return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* The line lower-cased (every script) for phrase search; long lines are
 * searched in their first LOW_MAX - 5 bytes or so. */
#define LOW_MAX 1024

size_t plaintext_lower(const char *s, size_t len, char *low, size_t cap,
    size_t *used)
{
	size_t i = 0, j = 0;
	while (i < len && j + 4 < cap) {
		unsigned char c = (unsigned char)s[i];
		utf8proc_int32_t cp;
		utf8proc_ssize_t k = 1;
		if (c >= 0x80)
			k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
			    (utf8proc_ssize_t)(len - i), &cp);
		if (c < 0x80 || k <= 0) {
			low[j++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
			i++;
			continue;
		}
		j += (size_t)utf8proc_encode_char(utf8proc_tolower(cp),
		    (utf8proc_uint8_t *)low + j);
		i += (size_t)k;
	}
	low[j] = 0;
	if (used)
		*used = i;
	return j;
}

/* Whether the lower-case phrase p occurs in low at the start of a word
 * ("our newsletter" is not found in "your newsletter"). */
static int has_phrase(const char *low, const char *p)
{
	for (const char *h = strstr(low, p); h; h = strstr(h + 1, p))
		if (h == low || !is_alnum_ascii((unsigned char)h[-1]) ||
		    !is_alnum_ascii((unsigned char)p[0]))
			return 1;
	return 0;
}

static int any_phrase(const char *low, const char *const *list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (has_phrase(low, list[i]))
			return 1;
	return 0;
}

/* The code point that ends s[0..len) and the offset where it starts. */
static size_t last_cp(const char *s, size_t len, int32_t *cp)
{
	size_t st = len - 1;
	while (st > 0 && len - st < 4 && ((unsigned char)s[st] & 0xC0) == 0x80)
		st--;
	utf8proc_int32_t c;
	if (utf8proc_iterate((const utf8proc_uint8_t *)s + st,
	        (utf8proc_ssize_t)(len - st), &c) <= 0)
		c = 0xFFFD;
	*cp = c;
	return st;
}

static int is_closer(int32_t cp)
{
	return cp == '"' || cp == '\'' || cp == ')' || cp == ']' ||
	    cp == 0x2019 || cp == 0x201D || cp == 0xBB || cp == 0x300D ||
	    cp == 0x300F || cp == '<' || cp == '*';
}

/* Whether the line ends like a sentence: a full stop, ! ? or an ellipsis,
 * possibly followed by closing quotes or brackets. */
static int ends_sentence(const char *s, size_t len)
{
	while (len > 0) {
		int32_t cp;
		size_t st = last_cp(s, len, &cp);
		if (is_closer(cp)) {
			len = st;
			continue;
		}
		return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026 ||
		    cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F ||
		    cp == 0x0964 || cp == 0x06D4 || cp == 0x061F;
	}
	return 0;
}

/* ---- furniture by itself --------------------------------------------- */

/* Lines that are nothing but one of these (case ignored, with an optional
 * trailing ':' or arrow) are navigation or section headers. */
static const char *const nav_lines[] = {
	"read more", "more",
	"continue reading", "read the full story", "read full article",
	"recent posts", "related", "related posts", "related articles",
	"related stories", "related news", "related content", "related topics",
	"more stories", "more news", "more from this section", "you may also like",
	"you might also like", "read next", "read also", "see also",
	"most popular", "most read", "trending", "trending now", "popular posts",
	"latest news", "latest posts", "latest stories", "top stories",
	"comments", "leave a reply", "leave a comment", "post a comment",
	"share this", "share this:", "share", "share this article",
	"share this story", "like this", "tags", "categories", "advertisement",
	"sponsored", "sponsored content", "skip to content", "skip to main content",
	"back to top", "print", "email", "tweet", "follow us", "sign in",
	"log in", "login", "menu", "home", "search", "previous post", "next post",
	"previous article", "next article", "newsletter", "subscribe",
	"click here", "show comments", "view comments", "load more",
	"also read", "don't miss", "editor's picks", "recommended",
	"recommended for you", "weiterlesen", "mehr zum thema", "lire aussi",
	"lire la suite", "leer más", "publicidad", "anzeige", "werbung",
	"privacy policy", "privacy statement", "terms and conditions",
	"terms of use", "terms of service", "contact us", "contact", "about us",
	"join now", "back to menu", "go to the content", "cookie policy",
	"advertising disclosure", "report this article", "fact checked",
	"accessibility", "sitemap", "site map", "imprint", "impressum",
	"datenschutz", "mentions légales", "aviso legal", "all rights reserved",
	"kommentare", "commentaires", "comentarios", "commenti", "lesen sie auch",
	"\xc3\xa0 lire aussi", "te puede interesar", "leia tamb\xc3\xa9m",
	"noticias relacionadas", "articoli correlati",
	"\xd0\xba\xd0\xbe\xd0\xbc\xd0\xbc\xd0\xb5\xd0\xbd\xd1\x82\xd0\xb0\xd1\x80\xd0\xb8\xd0\xb8",  /* комментарии */
	"\xd1\x87\xd0\xb8\xd1\x82\xd0\xb0\xd0\xb9\xd1\x82\xd0\xb5 \xd1\x82\xd0\xb0\xd0\xba\xd0\xb6\xd0\xb5",  /* читайте также */
	/* the same heads and buttons in other European languages: related
	 * lists, read-also boxes, comment forms, like/share/print buttons,
	 * ad labels, consent placeholders */
	"ähnliche beiträge", "ähnliche artikel",
	"verwandte artikel", "verwandte beiträge", "auch interessant",
	"schon gelesen?", "das könnte dich auch interessieren",
	"das könnte sie auch interessieren", "weitere artikel zum thema",
	"kommentierte artikel", "meistgelesen", "top themen",
	"weitere informationen", "kontakt", "inhaltsverzeichnis",
	"zum weiterlesen", "mehr themen", "kommentieren", "kommentieren sie",
	"kommentar schreiben",
	"kommentar verfassen", "kommentare schreiben", "keine kommentare",
	"schreibe einen kommentar", "comments are closed",
	"gefällt mir", "teilen", "teilen mit", "jetzt teilen",
	"artikel teilen", "beitrag teilen", "drucken", "artikel drucken",
	"seite drucken", "rezept drucken", "externer inhalt", "inhalt laden",
	"articles liés", "vous aimerez aussi", "partager", "imprimer",
	"laisser un commentaire", "notas relacionadas",
	"artículos relacionados", "le puede interesar",
	"también te puede interesar", "compartir", "imprimir",
	"deja un comentario", "ti potrebbe interessare", "condividi", "stampa",
	"lascia un commento", "artigos relacionados", "veja também",
	"compartilhe", "compartilhar", "deixe um comentário",
	"gerelateerde artikelen", "delen", "afdrukken",
	"laat een reactie achter", "czytaj też", "czytaj także",
	"zobacz też", "zobacz także",
	"powiązane artykuły", "podobne artykuły",
	"udostępnij", "drukuj", "dodaj komentarz",
	/* interface strings: contents boxes and jump links, print, image
	 * and source toggles, rating and login states, back links, compare
	 * buttons, share rows' labels */
	"table of contents", "jump to", "jump to recipe", "jump to the list",
	"skip to recipe", "print recipe", "print this page",
	"print this article", "print article", "show image", "view image",
	"show sources", "hide sources", "permalink", "no comments",
	"no comments yet", "no ratings yet", "(no ratings yet)",
	"you are not logged in", "log in to comment", "back to list",
	"back to overview", "this page", "share/print", "featured image",
	"compare", "add to compare", "preview of the next article",
	"last modified", "download pdf", "download as pdf",
	"zum rezept", "zur liste", "zum inhaltsverzeichnis", "bild anzeigen",
	"quellen anzeigen", "quellen ausblenden", "noch keine bewertungen",
	"(noch keine bewertungen)", "sie sind aktuell nicht eingeloggt",
	"sie sind nicht eingeloggt", "zurück zur listenansicht",
	"zurück zur übersicht", "diese seite", "artikel teilen/drucken",
	"beitragsbild", "vorschau auf den nächsten artikel", "vergleichen",
	"aufrufe", "als pdf herunterladen",
	"permalien", "sommaire", "table des matières", "aller à",
	"imprimer l'article", "imprimer la recette", "afficher l'image",
	"aucun commentaire", "retour à la liste", "comparer",
	"tabla de contenidos", "tabla de contenido", "imprimir receta",
	"sin comentarios", "volver al listado", "enlace permanente",
	"sommario", "stampa ricetta", "nessun commento", "torna all'elenco",
	"confronta", "sumário", "imprimir receita", "sem comentários",
	"voltar à lista", "link permanente", "inhoudsopgave",
	"recept afdrukken", "geen reacties", "terug naar overzicht",
	"vergelijk", "vergelijken", "spis treści", "drukuj przepis",
	"brak komentarzy", "powrót do listy", "porównaj",
	/* picture and type-size buttons */
	"enlarge image", "enlarge photo", "expand image", "text size",
	"font size",
	/* ad-slot labels, share-row labels and related heads in more
	 * languages (Indonesian, Russian, Japanese, Korean) */
	"advert", "publicité", "pubblicità", "publicidade", "reklama",
	"advertentie", "iklan", "реклама", "広告", "スポンサーリンク",
	"スポンサードリンク", "광고", "sharing is caring", "sukai ini",
	"bagikan ini", "terkait", "関連記事", "관련기사",
};

/* Section headers after which the rest of the page is not the article. */
static const char *const end_lines[] = {
	"recent posts", "related", "related posts", "related articles",
	"related stories", "related news", "related content", "more stories",
	"more news", "you may also like", "you might also like", "read next",
	"most popular", "most read", "popular posts", "latest news",
	"latest posts", "latest stories", "top stories", "comments",
	"leave a reply", "leave a comment", "post a comment", "show comments",
	"view comments", "recommended", "recommended for you", "editor's picks",
	"previous post", "next post", "mehr zum thema", "lire aussi",
	"trending now", "trending", "kommentare", "commentaires",
	"comentarios", "commenti", "comentários", "reacties",
	"\xd0\xba\xd0\xbe\xd0\xbc\xd0\xbc\xd0\xb5\xd0\xbd\xd1\x82\xd0\xb0\xd1\x80\xd0\xb8\xd0\xb8",  /* комментарии */
	"lesen sie auch", "das k\xc3\xb6nnte sie auch interessieren",
	"\xc3\xa0 lire aussi", "sur le m\xc3\xaame sujet", "te puede interesar",
	"noticias relacionadas", "leia tamb\xc3\xa9m", "articoli correlati",
	"\xd1\x87\xd0\xb8\xd1\x82\xd0\xb0\xd0\xb9\xd1\x82\xd0\xb5 \xd1\x82\xd0\xb0\xd0\xba\xd0\xb6\xd0\xb5",  /* читайте также */
	"ähnliche beiträge", "ähnliche artikel",
	"verwandte artikel", "verwandte beiträge",
	"das könnte dich auch interessieren", "weitere artikel zum thema",
	"kommentierte artikel", "kommentar verfassen", "kommentare schreiben",
	"schreibe einen kommentar", "keine kommentare", "comments are closed",
	"articles liés", "vous aimerez aussi", "laisser un commentaire",
	"notas relacionadas", "artículos relacionados",
	"también te puede interesar", "deja un comentario",
	"ti potrebbe interessare", "lascia un commento", "artigos relacionados",
	"deixe um comentário", "gerelateerde artikelen",
	"laat een reactie achter", "powiązane artykuły",
	"podobne artykuły", "dodaj komentarz",
};

/* Networks named in share/follow button rows. */
static const char *const social_words[] = {
	"facebook", "twitter", "x", "linkedin", "whatsapp", "telegram",
	"email", "e-mail", "print", "pinterest", "reddit", "instagram",
	"youtube", "tiktok", "share", "tweet", "copy", "link", "messenger",
	"mail", "threads", "bluesky", "vk", "flipboard", "pocket", "sms",
};

/* Phrases of subscription, sharing and following prompts. */
static const char *const prompt_phrases[] = {
	"forget to subscribe", "subscribe to our", "subscribe now",
	"subscribe to get", "subscribe today",
	"sign up for our", "sign up to our",
	"sign up to receive", "sign up now", "our newsletter",
	"follow us on", "follow us:", "like us on facebook", "share this article",
	"share this story", "share this post", "share on facebook",
	"share on twitter", "thank you for reading", "thanks for reading",
	"download our app", "download the app", "join our telegram",
	"join our whatsapp", "join our newsletter", "join our mailing list",
	"join our email list", "get the latest news",
	"to receive our newsletter", "click here to", "tap here to",
	"support our journalism", "become a member", "already a subscriber",
	"already have an account", "create a free account",
	"sign in to view", "sign in to read", "log in to read",
	"report this article", "continue reading below",
	"we may earn commission", "we may earn a commission",
	"we may earn a small commission", "contains affiliate links",
	"uses affiliate links", "as an amazon associate",
	"do not sell or share my personal information",
	"do not sell my personal information",
	"subscribe to continue", "you have reached your limit",
	"you can unsubscribe",
	"please subscribe to", "sign up to get", "if you enjoyed reading",
	"submit a letter to the editor", "submit your letter to the editor",
	"share it with a friend", "share this with a friend",
	"send you push notifications", "is the copyrighted property of",
	/* closed or locked comment forms */
	"cancel reply", "antwort abbrechen",
	"annuler la réponse", "cancelar respuesta", "annulla risposta",
	"comments are closed", "kommentare sind geschlossen",
	"kommentarfunktion ist geschlossen",
	"les commentaires sont fermés",
	"los comentarios están cerrados", "i commenti sono chiusi",
	"you must be logged in to", "du musst eingeloggt sein",
	"du musst angemeldet sein", "sie müssen sich einloggen",
	"sie müssen angemeldet sein", "bitte loggen sie sich",
	"para comentar debes", "vous devez être connecté",
	"devi essere connesso", "musisz być zalogowany",
	/* following, subscribing, rating and sharing in other languages */
	"folgen sie uns auf", "folge uns auf", "folgt uns auf",
	"síguenos en", "siguenos en", "suivez-nous sur", "seguici su",
	"siga-nos", "volg ons op", "obserwuj nas", "newsletter abonnieren",
	"für unseren newsletter", "abonnieren sie unseren",
	"abonniere unseren", "abonnez-vous à notre",
	"inscrivez-vous à notre newsletter", "suscríbete a nuestr",
	"suscribirse aquí", "iscriviti alla nostra",
	"iscriviti alla newsletter", "assine nossa newsletter",
	"inscreva-se na nossa newsletter", "abonneer je op onze",
	"schrijf je in voor onze nieuwsbrief", "zapisz się do newslettera",
	"do subskrypcji", "war der artikel nützlich",
	"war dieser artikel hilfreich", "war dieser beitrag hilfreich",
	"wie bewerten sie diesen artikel", "wie hat ihnen der artikel gefallen",
	"möchten sie den artikel teilen", "was this article helpful",
	"was this page helpful", "was this post helpful",
	"was this information helpful", "rate this article", "rate this post",
	"cet article vous a-t-il été utile",
	"könnte dich auch interessieren", "könnte sie auch interessieren",
	"könnte ihnen auch gefallen", "könnte dir auch gefallen",
	"abonnieren sie kostenlos", "enthält werbung",
	"cancela cuando quieras", "hazte miembro",
	/* consent placeholders of embedded posts and maps */
	"wir respektieren deine privatsphäre",
	"wir respektieren ihre privatsphäre",
	"klicken sie auf den unteren button",
	"mit dem laden des inhalts akzeptieren sie",
};

/* The consent line under a sign-up form ("By signing up, you agree to
 * receive recurring automated SMS marketing messages ..."), in several
 * languages. It runs long. */
static const char *const consent_phrases[] = {
	"by signing up, you agree", "by signing up you agree",
	"by subscribing, you agree", "by subscribing you agree",
	"by submitting your information", "by submitting this form",
	"by entering your email", "by clicking subscribe",
	"mit eintragung zum newsletter", "mit der anmeldung zum newsletter",
	"mit ihrer anmeldung zum newsletter",
	"en vous inscrivant, vous acceptez", "al suscribirte, aceptas",
	"iscrivendoti accetti",
};

/* Post footers of blog templates, in their translations: "This entry
 * was posted in X. Bookmark the permalink.", "Der Beitrag wurde am ...
 * veröffentlicht und wurde unter X abgelegt. Du kannst die Kommentare zu
 * diesen Eintrag durch den RSS 2.0 Feed verfolgen." They run long. */
static const char *const footer_phrases[] = {
	"bookmark the permalink", "this entry was posted in",
	"this entry was posted on", "you can follow any responses to this entry",
	"und abgelegt unter", "veröffentlicht und wurde unter",
	"dieser eintrag wurde veröffentlicht", "und verschlagwortet mit",
	"lesezeichen auf den permalink", "rss 2.0 feed",
};

static const char *const cookie_starts[] = {
	"this website uses cookies", "this site uses cookies",
	"we use cookies", "our website uses cookies", "this website use cookies",
	"by continuing to use", "by using this site", "by using this website",
	"by using our site", "we and our partners", "accept cookies",
	"accept all cookies", "manage cookies", "cookie settings",
	"cookie policy", "cookies policy", "we value your privacy",
	"diese website verwendet cookies", "wir verwenden cookies",
	"ce site utilise des cookies", "nous utilisons des cookies",
	"este sitio web utiliza cookies", "utilizamos cookies",
	"questo sito utilizza", "usamos cookies", "wir nutzen cookies",
	"diese webseite verwendet cookies", "diese seite verwendet cookies",
	"cette page utilise des cookies", "ce site web utilise des cookies",
	"este sitio utiliza cookies", "este sitio usa cookies",
	"utilizziamo i cookie", "questo sito web utilizza",
	"este site utiliza cookies", "este site usa cookies",
	"deze website gebruikt cookies", "wij gebruiken cookies",
	"we gebruiken cookies", "ta strona używa",
	"ta strona korzysta z", "ta strona wykorzystuje",
	"używamy plików cookie",
};

static const char *const credit_phrases[] = {
	"wordpress theme", "powered by wordpress", "proudly powered by",
	"theme by", "designed by", "developed by", "all rights reserved",
	"alle rechte vorbehalten", "tous droits réservés",
	"todos los derechos reservados", "powered by", "design by",
	"tutti i diritti riservati", "todos os direitos reservados",
	"alle rechten voorbehouden", "wszelkie prawa zastrzeżone",
};

/* "All rights reserved" in several languages (a stem where it inflects). */
static const char *const rights_phrases[] = {
	"rights reserved", "rechte vorbehalten", "droits r", "derechos",
	"diritti riservati", "direitos reservados", "rechten voorbehouden",
	"prawa zastrzeżone",
};

static const char *const photo_starts[] = {
	"photo:", "photo by", "photos:", "photograph:", "photograph by",
	"image:", "image by", "picture:", "pictures:", "credit:", "foto:",
	"bild:", "image source", "image caption", "file photo", "photo credit",
	"getty images", "(photo", "(ap photo", "(reuters", "(afp",
	"source:", "quelle:", "fonte:", "fuente:", "illustration:",
	"fotos:", "titelbild:", "beitragsbild:", "bildquelle:", "bildnachweis:",
	"fotonachweis:", "crédits photo", "crédit photo",
	"photo :", "crédit :", "crédits :", "źródło:",
	"zdjęcie:", "fot.", "foto di ", "imagen:", "bron:",
};

static int is_url_token(const char *s, size_t len)
{
	if (starts_with(s, len, "http://") || starts_with(s, len, "https://") ||
	    starts_with(s, len, "www.") || starts_with(s, len, "mailto:"))
		return 1;
	/* a host with a path: "twitter.com/tass", "t.me/x"; the host ends
	 * in a dot and two letters or more (not "4.5/5") */
	const char *slash = memchr(s, '/', len);
	if (!slash || memchr(s, ' ', len))
		return 0;
	size_t host = (size_t)(slash - s), dot = host, k;
	while (dot > 0 && s[dot - 1] != '.')
		dot--;
	if (dot == 0 || host - dot < 2)
		return 0;
	for (k = dot; k < host; k++)
		if (!((s[k] | 0x20) >= 'a' && (s[k] | 0x20) <= 'z'))
			return 0;
	return 1;
}

/* Whether every word of the line is a network name or a URL/handle. */
static int is_social_row(const char *s, size_t len)
{
	size_t i = 0;
	int words = 0;
	while (i < len) {
		size_t e = i;
		while (e < len && s[e] != ' ' && s[e] != '|' && s[e] != ',' &&
		    s[e] != '/')
			e++;
		if (e > i) {
			char w[16];
			size_t wl = e - i, k;
			int ok = s[i] == '@';
			if (!ok && wl < sizeof w) {
				for (k = 0; k < wl; k++)
					w[k] = (char)((unsigned char)s[i + k] | 0x20);
				w[wl] = 0;
				for (k = 0; k < sizeof social_words / sizeof *social_words; k++)
					if (strcmp(w, social_words[k]) == 0)
						ok = 1;
			}
			if (!ok)
				return 0;
			words++;
		}
		i = e + 1;
	}
	return words > 0;
}

/* Length of s without trailing decoration: white space, ':', '.', '>',
 * '|', '-', '*', '!', and the arrows and guillemets of "Read more »". */
static size_t strip_decoration(const char *s, size_t len)
{
	for (;;) {
		if (len > 0 && strchr(" :.>|-*!", s[len - 1]) && s[len - 1]) {
			len--;
		} else if (len >= 2 && memcmp(s + len - 2, "\xc2\xbb", 2) == 0) {
			len -= 2;  /* » */
		} else if (len >= 3 && (memcmp(s + len - 3, "\xe2\x80\xba", 3) == 0 ||
		        memcmp(s + len - 3, "\xe2\x86\x92", 3) == 0)) {
			len -= 3;  /* › → */
		} else {
			return len;
		}
	}
}

/* Whether the line, without decoration, is one of list (lower-case
 * entries; the line's case is ignored in every script: "Комментарии"). */
static int is_nav_line(const char *s, size_t len, const char *const *list,
    size_t n)
{
	while (len > 0 && strchr(" -*|", *s) && *s)
		s++, len--;  /* "- Anzeige -", "*Werbung" */
	len = strip_decoration(s, len);
	char low[128];
	size_t used, j = plaintext_lower(s, len, low, sizeof low, &used);
	if (used < len)
		return 0;  /* too long for any entry */
	/* the first byte turns away nearly every entry before strlen */
	for (size_t e = 0; e < n; e++)
		if (list[e][0] == low[0] && strlen(list[e]) == j &&
		    memcmp(list[e], low, j) == 0)
			return 1;
	return 0;
}

/* Month and weekday names that make a line a bare date. */
static const char *const date_words[] = {
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december", "jan", "feb",
	"mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
	"januar", "februar", "märz", "mai", "juni", "juli", "oktober",
	"dezember", "janvier", "février", "mars", "avril", "juin", "juillet",
	"août", "septembre", "octobre", "novembre", "décembre", "enero",
	"febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
	"septiembre", "octubre", "noviembre", "diciembre", "jänner",
	"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
	"sonntag", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
	"dimanche", "gennaio", "febbraio", "aprile", "maggio", "giugno",
	"luglio", "settembre", "ottobre", "dicembre", "janeiro", "fevereiro",
	"março", "maio", "junho", "julho", "setembro", "outubro",
	"dezembro", "januari", "februari", "maart", "mei", "augustus",
	"stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca",
	"sierpnia", "września", "października", "listopada",
	"grudnia",
};

/* Words allowed around a date on a date-only line. */
static const char *const date_fillers[] = {
	"published", "updated", "posted", "on", "at", "am", "pm", "a.m",
	"p.m", "gmt", "utc", "est", "edt", "et", "pt", "pst", "bst", "cet",
	"cest", "ist", "last", "modified", "de", "del", "le", "am", "um",
	"uhr", "of", "the", "st", "nd", "rd", "th", "h", "ago", "hours",
	"hour", "minutes", "min", "mins", "days", "day", "yesterday", "today",
	"by", "first", "aktualisiert", "publiziert", "veröffentlicht",
	"veröffentlichung", "erstellt", "geändert", "zuletzt",
	"stand", "den", "publié", "mis", "à", "jour",
	"el", "publicado", "actualizado", "pubblicato", "aggiornato", "il",
	"gepubliceerd", "bijgewerkt", "op", "om", "opublikowano",
	"aktualizacja", "dnia",
};

static int word_in(const char *w, size_t wl, const char *const *list, size_t n)
{
	char low[24];
	if (wl >= sizeof low)
		return 0;
	for (size_t k = 0; k < wl; k++) {
		unsigned char c = (unsigned char)w[k];
		low[k] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
	}
	low[wl] = 0;
	for (size_t k = 0; k < n; k++)
		if (strcmp(low, list[k]) == 0)
			return 1;
	return 0;
}

/* Whether the line has no letter or digit at all ("* * *", "----"). */
static int no_alnum(const char *s, size_t len)
{
	size_t i = 0;
	while (i < len) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
		    (utf8proc_ssize_t)(len - i), &cp);
		if (n <= 0)
			return 0;
		utf8proc_category_t c = utf8proc_category(cp);
		if (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_NO)
			return 0;
		i += (size_t)n;
	}
	return 1;
}

/* Dashes and dots that separate a date from a time: "5 June 2024 – 10:30". */
static int is_date_separator(const char *w, size_t len)
{
	static const char *const seps[] = {
		"\xe2\x80\x93", "\xe2\x80\x94", "\xc2\xb7", "\xe2\x80\xa2",
	};
	for (size_t i = 0; i < sizeof seps / sizeof *seps; i++)
		if (strlen(seps[i]) == len && memcmp(seps[i], w, len) == 0)
			return 1;
	return 0;
}

/* Whether s[0..len) (digits and separators) is a numeric date:
 * 2024-06-19, 19/06/2024, 19.06.24. */
static int numeric_date(const char *s, size_t len)
{
	size_t group[4], ng = 0, cur = 0;
	for (size_t i = 0; i <= len; i++) {
		if (i < len && s[i] >= '0' && s[i] <= '9') {
			cur++;
			continue;
		}
		if (ng == 4 || cur == 0)
			return 0;
		group[ng++] = cur;
		cur = 0;
		if (i < len && s[i] == ':')
			return 0;  /* a time, not a date */
	}
	if (ng != 3)
		return 0;
	if (group[0] == 4)
		return group[1] <= 2 && group[2] <= 2;
	return group[0] <= 2 && group[1] <= 2 && (group[2] == 2 || group[2] == 4);
}

/* A date alone: "December 5, 2025", "Tue 18 Jun 2024 10.30 BST",
 * "2024-06-19", "Updated: 19/06/2024 14:05". Every word is a number, a
 * month or weekday name, or a filler; and there is a month name or a
 * numeric date. */
static int is_date_line(const char *s, size_t len)
{
	if (len > 60)
		return 0;
	int numbers = 0, dates = 0;
	size_t i = 0;
	while (i < len) {
		unsigned char c = (unsigned char)s[i];
		size_t e = i;
		if (c >= '0' && c <= '9') {
			while (e < len && ((s[e] >= '0' && s[e] <= '9') ||
			        s[e] == '/' || s[e] == '-' || s[e] == ':' || s[e] == '.'))
				e++;
			size_t te = e;
			while (te > i && !(s[te - 1] >= '0' && s[te - 1] <= '9'))
				te--;
			numbers++;
			dates += numeric_date(s + i, te - i);
			i = e;
			continue;
		}
		if (strchr(" ,.:|-/()", c)) {
			i++;
			continue;
		}
		while (e < len && !strchr(" ,.:|-/()", s[e]) &&
		    !(s[e] >= '0' && s[e] <= '9'))
			e++;
		if (word_in(s + i, e - i, date_words,
		        sizeof date_words / sizeof *date_words))
			dates++;
		else if (!word_in(s + i, e - i, date_fillers,
		        sizeof date_fillers / sizeof *date_fillers) &&
		    !is_date_separator(s + i, e - i))
			return 0;
		i = e;
	}
	return numbers > 0 && dates > 0;
}

/* The separator between a post's date and its author or section (a
 * dash is not one: "July 19 - Toronto, ON" is a tour date). */
static const char *const label_seps[] = {" | ", " / "};

/* A date with a name or section beside it and nothing else, the meta
 * line of a post or comment: "Malte Welding | 29.07.2006 um 14:26",
 * "2021-10-16 | Botschaft", "24. März 2004, 19:49 | Genesis". The other
 * side is a few words, not a sentence; a headline's year alone is not a
 * date (is_date_line wants a month or a whole numeric date). */
static int is_dated_label(const char *s, size_t len, int words)
{
	if (words > 12 || ends_sentence(s, len))
		return 0;
	for (size_t k = 0; k < sizeof label_seps / sizeof *label_seps; k++) {
		size_t n = strlen(label_seps[k]);
		for (size_t i = 1; i + n < len; i++) {
			if (memcmp(s + i, label_seps[k], n))
				continue;
			const char *r = s + i + n;
			size_t rl = len - i - n;
			if ((is_date_line(s, i) && count_words(r, rl) <= 5) ||
			    (is_date_line(r, rl) && count_words(s, i) <= 4))
				return 1;
			break;
		}
	}
	return 0;
}

/* Teaser text cut short with a "Read More" link: "... their… Read More". */
static int is_teaser_line(const char *s, size_t len)
{
	static const char *const more[] = {
		"read more", "continue reading", "read the full story", "weiterlesen",
		"lire la suite", "leer m\xc3\xa1s", "leia mais", "continua a leggere",
	};
	len = strip_decoration(s, len);
	if (ends_with(s, len, "[\xe2\x80\xa6]") || ends_with(s, len, "[...]"))
		return 1;  /* the cut itself: "[…]" */
	for (size_t i = 0; i < sizeof more / sizeof *more; i++) {
		if (!ends_with(s, len, more[i]))
			continue;
		/* the link alone, or after text cut short with an ellipsis: a
		 * whole sentence before "Read more" is kept as prose */
		size_t rest = len - strlen(more[i]);
		while (rest > 0 && strchr(" [(|-", s[rest - 1]))
			rest--;
		return rest == 0 || ends_with(s, rest, "\xe2\x80\xa6") ||
		    ends_with(s, rest, "...");
	}
	return 0;
}

static int is_copyright(const char *s, size_t len, const char *low, int words)
{
	if (starts_with(s, len, "\xc2\xa9") || starts_with(s, len, "(c) ") ||
	    starts_with(s, len, "copyright \xc2\xa9") ||
	    starts_with(s, len, "copyright (c)"))
		return words <= 30;
	if (starts_with(s, len, "copyright ") && len > 14 &&
	    s[10] >= '1' && s[10] <= '2')
		return words <= 30;  /* "Copyright 2025 ..." */
	return words <= 20 && any_phrase(low, credit_phrases,
	    sizeof credit_phrases / sizeof *credit_phrases) &&
	    (has_phrase(low, "\xc2\xa9") || has_phrase(low, "wordpress") ||
	        has_phrase(low, "theme") || any_phrase(low, rights_phrases,
	        sizeof rights_phrases / sizeof *rights_phrases));
}

/* Credits written inside a caption line. */
static const char *const inline_credits[] = {
	"(ap photo", "(photo:", "(photo by", "(reuters/", "/getty images)",
	"(afp/", "(afp via getty", "(image:", "(foto:", "(epa/", "(file photo",
	"(credit:",
};

/* Whether a caption ends with its credit after a copyright sign: "Lee
 * Elder in 1975. | © Augusta National/Getty Images", "...muss© Rike/
 * pixelio.de" (a line that starts with it is is_copyright's). The
 * credit is a few words, not a sentence. */
static int ends_with_credit(const char *s, size_t len, int words)
{
	const char *c = NULL;
	for (size_t i = 1; i + 1 < len; i++)
		if ((unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xA9)
			c = s + i + 2;
	if (!c || words > 40)
		return 0;
	size_t rest = len - (size_t)(c - s);
	int tail = count_words(c, rest);
	return tail >= 1 && tail <= 6 && !ends_sentence(c, rest);
}

/* Labels of figures in several languages. */
static const char *const figure_labels[] = {
	"figure", "fig.", "abbildung", "abb.", "grafik", "figura", "rys.",
};

/* A figure's caption: its label, maybe a number, and a colon, then the
 * caption ("Abbildung 4: klassische Schwachschicht. Der Unterschied...",
 * "Figure: ..."). Prose does not start with "Figure 2:". */
static int is_figure_caption(const char *low, int words)
{
	if (words > 40)
		return 0;
	for (size_t i = 0; i < sizeof figure_labels / sizeof *figure_labels;
	    i++) {
		size_t n = strlen(figure_labels[i]);
		if (strncmp(low, figure_labels[i], n))
			continue;
		while (low[n] == ' ' || (low[n] >= '0' && low[n] <= '9') ||
		    low[n] == '.')
			n++;
		return low[n] == ':';
	}
	return 0;
}

static int is_photo_credit(const char *s, size_t len, const char *low,
    int words)
{
	if (any_phrase(low, inline_credits,
	        sizeof inline_credits / sizeof *inline_credits))
		return 1;  /* a caption with its credit */
	if (words > 40)
		return 0;
	if (ends_with_credit(s, len, words))
		return 1;
	/* low: the starts are lower case in every script ("Źródło:") */
	for (size_t i = 0; i < sizeof photo_starts / sizeof *photo_starts; i++)
		if (starts_with(low, strlen(low), photo_starts[i])) {
			/* "Photo: ... (Agency / Name)": a caption with credit */
			if (s[len - 1] == ')')
				return 1;
			return words <= 12 && (!ends_sentence(s, len) || words <= 6);
		}
	return 0;
}

/* Heads of "read also" links set inside the article ("LE PUEDE
 * INTERESAR: <headline>", "Czytaj też: <headline>"). English, French and
 * Italian ones are left alone: annotators of the benchmark sets keep
 * them as body text ("Also read: ...", "Lire aussi : ..."). */
static const char *const read_also[] = {
	"le puede interesar", "te puede interesar", "puede interesarte",
	"puedes ver", "lee también", "lea también", "ver también",
	"lesen sie auch", "lesen sie mehr", "auch interessant",
	"mehr zum thema", "czytaj też", "czytaj także", "czytaj więcej",
	"zobacz też", "zobacz także", "zobacz również", "przeczytaj też",
	"przeczytaj także", "dowiedz się więcej", "leia também", "leia mais",
	"veja também", "veja mais", "lees ook", "lees meer",
};

/* A read-also head, a colon, and a headline (not a sentence). */
static int is_read_also(const char *s, size_t len, const char *low,
    int words)
{
	if (words > 25 || ends_with(s, len, "."))
		return 0;
	for (size_t i = 0; i < sizeof read_also / sizeof *read_also; i++) {
		size_t n = strlen(read_also[i]);
		if (strncmp(low, read_also[i], n) != 0)
			continue;
		if (low[n] == ' ')
			n++;
		return low[n] == ':';
	}
	return 0;
}

/* A byline alone: "By Jane Doe", "By Brian Farmer, PA News", "Von Anna
 * Schmidt": "By" (or its German, French, Spanish word) and two
 * capitalized words at least, no sentence. */
static int is_byline(const char *s, size_t len, int words)
{
	static const char *const by[] = {"By ", "BY ", "Von ", "Par ", "Por "};
	size_t i = 0;
	for (size_t k = 0; k < sizeof by / sizeof *by && !i; k++)
		if (len > strlen(by[k]) && memcmp(s, by[k], strlen(by[k])) == 0)
			i = strlen(by[k]);
	if (!i || words < 3 || words > 8 || ends_sentence(s, len))
		return 0;
	for (int w = 0; w < 2; w++) {
		size_t st = i;
		if (i >= len || !(s[i] >= 'A' && s[i] <= 'Z'))
			return 0;
		while (i < len && s[i] != ' ' && s[i] != ',')
			i++;
		if (word_in(s + st, i - st, date_words,
		        sizeof date_words / sizeof *date_words))
			return 0;  /* "By Tuesday Morning": a time, not a name */
		while (i < len && (s[i] == ' ' || s[i] == ','))
			i++;
	}
	return 1;
}

/* A PHP error that a broken site prints into its page: "Warning:
 * Creating default object from empty value in /var/www/x.php on line
 * 12", "Strict Standards: Non-static method ... on line 813". The
 * label opens the line and " on line N" ends it; prose has neither. */
static int is_php_error(const char *s, size_t len, const char *low)
{
	static const char *const labels[] = {"warning: ", "notice: ",
	    "strict standards: ", "deprecated: ", "fatal error: ",
	    "parse error: ", "catchable fatal error: "};
	size_t i = len;
	for (size_t k = 0; k < sizeof labels / sizeof *labels; k++) {
		if (strncmp(low, labels[k], strlen(labels[k])))
			continue;
		while (i > 0 && (s[i - 1] == '.' || s[i - 1] == ' '))
			i--;
		size_t d = i;
		while (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9')
			i--;
		return i < d && i >= 9 && !memcmp(s + i - 9, " on line ", 9) &&
		    memchr(s, '/', i) != NULL;
	}
	return 0;
}

/* Labels of a post's tag and category lists, in several languages. */
static const char *const tag_labels[] = {
	"tags", "tag", "tagged", "tagged with", "filed under", "category",
	"categories", "topics", "schlagwörter", "schlagworte", "stichwörter",
	"kategorie", "kategorien", "étiquettes", "catégorie", "catégories",
	"etiquetas", "categoría", "categorías", "categoria", "categorie",
	"trefwoorden", "categorieën", "tagi", "kategoria", "kategorie wpisu",
};

/* A post's tags or categories: "Tags: Helena, smart thermostat",
 * "Filed under: Khawarij |", "Category: Personal Finance 101". The
 * label and a colon open a short line that is no sentence. */
static int is_tag_line(const char *s, size_t len, const char *low,
    int words)
{
	if (words > 30 || ends_sentence(s, len))
		return 0;
	while (*low && strchr(" *-|#", *low))
		low++;
	for (size_t i = 0; i < sizeof tag_labels / sizeof *tag_labels; i++) {
		size_t n = strlen(tag_labels[i]);
		if (strncmp(low, tag_labels[i], n))
			continue;
		if (low[n] == ' ')
			n++;
		if (low[n] == ':')
			return 1;
	}
	return 0;
}

/* Phrases of a reading-time label, beside its number. */
static const char *const reading_time[] = {
	"min read", "mins read", "min. read", "minute read", "minutes read",
	"reading time", "read time", "lesezeit", "lesedauer",
	"temps de lecture", "min de lecture", "tiempo de lectura",
	"min de lectura", "tempo di lettura", "min di lettura",
	"tempo de leitura", "min de leitura", "leestijd", "czas czytania",
};

/* A reading-time label: "5 min read", "Reading Time: 11 minutes",
 * "Tempo de leitura: 2 minutos": a few words with a number. */
static int is_reading_time(const char *s, size_t len, const char *low,
    int words)
{
	size_t i = 0;
	if (words > 6)
		return 0;
	while (i < len && !(s[i] >= '0' && s[i] <= '9'))
		i++;
	return i < len && any_phrase(low, reading_time,
	    sizeof reading_time / sizeof *reading_time);
}

/* Photo and news agencies that close a credit line. */
static const char *const agencies[] = {
	"AP", "Associated Press", "Getty Images", "Reuters", "AFP",
	"Shutterstock", "iStock", "iStockphoto", "Alamy", "dpa", "EPA",
	"Bloomberg",
};

/* A credit standing alone under a picture or a byline: a few words, no
 * sentence, ending with an agency after a separator or as the whole
 * line ("Al Goldis, Associated Press", "Jane Roe | Getty Images", "File
 * photo via AP", "Associated Press"). Agencies are matched with their
 * own case, so "ap" or "dpa" inside a word do not count. */
static int is_agency_credit(const char *s, size_t len, int words)
{
	static const char *const seps[] = {", ", " | ", "/", " / ", " via "};
	if (words > 10 || ends_sentence(s, len))
		return 0;
	for (size_t i = 0; i < sizeof agencies / sizeof *agencies; i++) {
		size_t n = strlen(agencies[i]);
		if (n > len || memcmp(s + len - n, agencies[i], n))
			continue;
		if (n == len)
			return 1;
		for (size_t k = 0; k < sizeof seps / sizeof *seps; k++) {
			size_t m = strlen(seps[k]);
			if (len >= n + m && !memcmp(s + len - n - m, seps[k], m))
				return 1;
		}
	}
	return 0;
}

/* Verbs that open an invitation to follow the site or the writer
 * elsewhere, and the networks such an invitation names. */
static const char *const follow_verbs[] = {
	"follow ", "join ", "connect with ", "find us ", "find me ",
	"like us ", "subscribe to ", "watch ", "folgen sie ", "folge ",
	"folgt ", "suivez", "síguenos", "sígueme", "seguici", "seguimi",
	"siga ", "volg ", "obserwuj",
};

static const char *const networks[] = {
	"facebook", "twitter", "instagram", "linkedin", "youtube", "tiktok",
	"pinterest", "bluesky", "mastodon", "telegram", "whatsapp", "snapchat",
};

static int has_words(const char *low, const char *p);

/* "Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.",
 * "Join me on TikTok: @housemaven", "Join the Facebook group -
 * https://...": a short line that opens with a follow verb and names two
 * networks, or one beside a handle, a link or the verb's "me"/"us". A
 * sentence that opens so and mentions one network is prose ("Follow
 * these steps shared on Twitter to ..."). */
static int is_follow_line(const char *s, size_t len, const char *low,
    int words)
{
	size_t verb = 0;
	int named = 0;
	if (words > 30)
		return 0;
	for (size_t i = 0; i < sizeof follow_verbs / sizeof *follow_verbs &&
	    !verb; i++)
		if (!strncmp(low, follow_verbs[i], strlen(follow_verbs[i])))
			verb = strlen(follow_verbs[i]);
	for (size_t i = 0; verb && i < sizeof networks / sizeof *networks; i++)
		named += has_words(low, networks[i]);
	if (named >= 2)
		return 1;
	return named == 1 && (memchr(s, '@', len) || has_phrase(low, "://") ||
	    !strncmp(low + verb, "me ", 3) || !strncmp(low + verb, "us ", 3) ||
	    !strncmp(low + verb, "mir ", 4) || !strncmp(low + verb, "uns ", 4));
}

/* How to reach the reporter, closing a news story: "Jane Roe can be
 * reached at jroe@example.com", "Write to Al Root at al@example.com",
 * "Reach the reporters on Twitter at ...", "Have a tip? ...". */
static const char *const contact_phrases[] = {
	"can be reached at", "can be reached by", "can be reached on",
	"may be reached at", "may be reached by", "may be reached on",
	"reach the reporter", "reach the writer", "reach the author",
	"contact the reporter", "contact the writer", "contact staff writer",
	"contact the author at", "have a tip?", "got a tip?", "have a news tip",
};

static int is_reporter_contact(const char *s, size_t len, const char *low,
    int words)
{
	if (words > 40)
		return 0;
	if (starts_with(s, len, "write to ") && memchr(s, '@', len) &&
	    has_phrase(low, " at "))
		return 1;
	/* every phrase holds one of these: most lines stop here */
	if (!strstr(low, "reach") && !strstr(low, "tip") &&
	    !strstr(low, "contact"))
		return 0;
	return any_phrase(low, contact_phrases,
	    sizeof contact_phrases / sizeof *contact_phrases);
}

int plaintext_furniture_line(const char *s, size_t len)
{
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\n' ||
	        s[len - 1] == '\r' || s[len - 1] == '\t'))
		len--;
	while (len > 0 && (*s == ' ' || *s == '\n' || *s == '\r' || *s == '\t'))
		s++, len--;
	if (len == 0 || no_alnum(s, len))
		return 1;
	int words = count_words(s, len);
	char low[LOW_MAX];
	plaintext_lower(s, len, low, sizeof low, NULL);
	if (words == 1 && is_url_token(s, len))
		return 1;
	if (words <= 12 && is_social_row(s, len))
		return 1;
	if (words <= 6 && is_nav_line(s, len, nav_lines,
	        sizeof nav_lines / sizeof *nav_lines))
		return 1;
	if (words <= 12 && (is_date_line(s, len) ||
	        is_dated_label(s, len, words)))
		return 1;
	if (words <= 60 && is_teaser_line(s, len))
		return 1;
	if (words <= 30) {
		for (size_t i = 0; i < sizeof cookie_starts / sizeof *cookie_starts; i++)
			if (starts_with(s, len, cookie_starts[i]))
				return 1;
		if (any_phrase(low, prompt_phrases,
		        sizeof prompt_phrases / sizeof *prompt_phrases))
			return 1;
	}
	if (words <= 80 && (any_phrase(low, footer_phrases,
	        sizeof footer_phrases / sizeof *footer_phrases) ||
	    any_phrase(low, consent_phrases,
	        sizeof consent_phrases / sizeof *consent_phrases)))
		return 1;
	if (is_copyright(s, len, low, words) || is_byline(s, len, words) ||
	    is_read_also(s, len, low, words) || is_php_error(s, len, low))
		return 1;
	if (is_agency_credit(s, len, words) || is_tag_line(s, len, low, words) ||
	    is_reading_time(s, len, low, words) ||
	    is_follow_line(s, len, low, words) ||
	    is_reporter_contact(s, len, low, words))
		return 1;
	return is_photo_credit(s, len, low, words) ||
	    is_figure_caption(low, words);
}

/* ---- calls to action closing an article ------------------------------ */

/* An article box often ends with the site's pitch: a newsletter or
 * follow row, an app or donation appeal, a trial button, with a short
 * label above it ("Take the next step", "Support Five Books"). Prose
 * closing in the writer's voice ("Ready to start? Call us today.") is
 * the article's, so a sentence starting with a pitch verb counts only
 * beside a button-like pitch or a pitch phrase. */

#define MAX_PITCH 300      /* bytes: a pitch block is short */
#define PITCH_BLOCKS 4     /* the last blocks looked at */
#define MIN_BEFORE_PITCH 300

/* Imperatives that open a pitch, matched as a prefix of the block. */
static const char *const pitch_starts[] = {
	"sign up", "subscribe", "join ", "follow ", "download", "get ",
	"try ", "book ", "call ", "order ", "shop ", "buy ", "register",
	"donate", "support ", "explore ", "discover ", "check out", "click ",
	"request ", "schedule ", "talk to", "reach out", "don't miss",
	"don\xe2\x80\x99t miss", "like us", "be the first", "ready to",
	"want to", "contact us", "start your",
	"jetzt ", "abonnier", "melde dich", "melden sie sich", "folge ",
	"folgen sie", "unterstütze", "lade ", "laden sie", "entdecke",
	"kontaktier", "bestelle", "registrier", "teste ", "testen sie",
	"sichern sie sich", "sichere dir", "werde ", "werden sie",
	"abonnez", "inscrivez", "suivez", "téléchargez", "rejoignez",
	"découvrez", "contactez", "soutenez", "pour lire la suite", "cliquez",
	"suscríbete", "suscribete", "síguenos", "siguenos", "descarga",
	"únete", "unete", "contáctanos", "apoya", "haz clic", "descubre",
	"iscriviti", "seguici", "scarica", "abbonati", "sostieni", "scopri",
	"clicca", "contattaci", "inscreva", "assine", "siga ", "baixe",
	"participe", "apoie", "descubra", "clique", "entre em contato",
	"abonneer", "volg ", "meld je", "schrijf je in", "ontdek", "steun ",
	"obserwuj", "zapisz się", "pobierz", "wesprzyj", "dołącz", "sprawdź",
	"kliknij", "subskrybuj",
};

/* Phrases that make a short block a pitch wherever they stand, matched
 * as whole words ("donate" is not in "donateurs"). */
static const char *const pitch_phrases[] = {
	"our newsletter", "sign up for our", "subscribe to our", "follow us",
	"follow me on", "support us", "donate", "donating", "donation",
	"download our app", "free trial",
	"newsletter abonnieren", "unseren newsletter", "folgen sie uns",
	"folge uns", "unterstützen sie uns", "unterstütze uns", "spenden sie",
	"notre newsletter", "suivez-nous", "soutenez-nous", "faites un don",
	"nuestro boletín", "síguenos", "apóyanos", "dona ",
	"la nostra newsletter", "seguici", "sostienici",
	"nossa newsletter", "siga-nos", "apoie",
	"onze nieuwsbrief", "volg ons", "steun ons", "doneer",
	"nasz newsletter", "obserwuj nas", "wesprzyj nas",
};

/* Whether p occurs in low as whole words (a phrase ending in a space
 * may be followed by anything). */
static int has_words(const char *low, const char *p)
{
	size_t n = strlen(p);
	for (const char *h = strstr(low, p); h; h = strstr(h + 1, p))
		if ((h == low || !is_alnum_ascii((unsigned char)h[-1])) &&
		    (p[n - 1] == ' ' || !is_alnum_ascii((unsigned char)h[n])))
			return 1;
	return 0;
}

enum { TAIL_OTHER, TAIL_LABEL, TAIL_SOFT, TAIL_PITCH };

/* What one closing block is: a pitch (a pitch phrase, or a pitch verb
 * on a button-like line without a sentence's end: "Follow Hardtail
 * Canada"), a soft pitch (a sentence opening with a pitch verb), a label
 * (a few words, no sentence: "Next Steps"), or other text. */
static int tail_kind(const char *s, size_t len)
{
	char low[MAX_PITCH * 2 + 8];
	if (!len || len > MAX_PITCH)
		return TAIL_OTHER;
	plaintext_lower(s, len, low, sizeof low, NULL);
	int sentence = ends_sentence(s, len), start = 0;
	for (size_t i = 0; i < sizeof pitch_phrases / sizeof *pitch_phrases;
	    i++)
		if (has_words(low, pitch_phrases[i]))
			return TAIL_PITCH;
	for (size_t i = 0; i < sizeof pitch_starts / sizeof *pitch_starts &&
	    !start; i++)
		start = !strncmp(low, pitch_starts[i], strlen(pitch_starts[i]));
	if (start)
		return sentence ? TAIL_SOFT : TAIL_PITCH;
	return count_words(s, len) <= 5 && !sentence ? TAIL_LABEL : TAIL_OTHER;
}

size_t plaintext_trim_pitches(const char *s, size_t len)
{
	size_t end = len, cut = len;
	int pitch = 0;
	for (int k = 0; k < PITCH_BLOCKS && end; k++) {
		size_t i = end;
		while (i && s[i - 1] != '\n' && end - i <= MAX_PITCH)
			i--;
		int kind = tail_kind(s + i, end - i);
		if (kind == TAIL_OTHER || (i && s[i - 1] != '\n'))
			break;
		pitch |= kind == TAIL_PITCH;
		cut = i;
		if (!i)
			break;
		end = i - 1;
	}
	return pitch && cut >= MIN_BEFORE_PITCH ? cut - 1 : len;
}

/* ---- the whole page -------------------------------------------------- */

typedef struct page {
	arena *a;
	line *v;
	size_t n;
} page;

/* Splits s at '\n', "\r\n" and '\r' into collapsed lines; a run of blank
 * lines is kept as one empty line (it still separates paragraphs). */
static int split_lines(page *p, const char *s, size_t len)
{
	size_t cap = 1;
	for (size_t i = 0; i < len; i++)
		cap += s[i] == '\n' || s[i] == '\r';
	p->v = arena_calloc(p->a, cap, sizeof *p->v);
	if (!p->v)
		return -1;
	size_t i = 0;
	while (i <= len && p->n < cap) {
		size_t e = i;
		while (e < len && s[e] != '\n' && s[e] != '\r')
			e++;
		line *l = &p->v[p->n];
		l->s = collapse_line(p->a, s + i, e - i, &l->len);
		if (!l->s)
			return -1;
		if (l->len || p->n == 0 || p->v[p->n - 1].len)
			p->n++;
		if (e < len && s[e] == '\r' && e + 1 < len && s[e + 1] == '\n')
			e++;
		i = e + 1;
	}
	return 0;
}

static void classify_lines(page *p)
{
	for (size_t i = 0; i < p->n; i++) {
		line *l = &p->v[i];
		if (!l->len)
			continue;
		l->words = count_words(l->s, l->len);
		l->sentence = ends_sentence(l->s, l->len);
		l->furniture = plaintext_furniture_line(l->s, l->len);
		l->end_marker = l->words <= 5 && is_nav_line(l->s, l->len,
		    end_lines, sizeof end_lines / sizeof *end_lines);
	}
}

/* Prose: a line that reads as running text, not furniture. */
static int is_prose(const line *l)
{
	return l->len && !l->furniture && l->sentence && l->words >= 6;
}

static size_t next_text(const page *p, size_t i)
{
	while (i < p->n && (!p->v[i].len || p->v[i].drop))
		i++;
	return i;
}

/* Whether s opens with a clock time "hh:mm". */
static int starts_with_time(const char *s, size_t len)
{
	size_t d = 0;
	while (d < len && d < 3 && s[d] >= '0' && s[d] <= '9')
		d++;
	return d >= 1 && d <= 2 && d + 2 < len && s[d] == ':' &&
	    s[d + 1] >= '0' && s[d + 1] <= '9' && s[d + 2] >= '0' && s[d + 2] <= '9';
}

/* A headline: short, not ending with a full stop, with body after it. */
static int looks_like_title(const page *p, size_t i)
{
	const line *l = &p->v[i];
	if (l->furniture || l->words > 30 || l->len > 300 || l->words < 2)
		return 0;
	if (starts_with_time(l->s, l->len))
		return 0;  /* a wire slug: "03:03 27/01/00: Page 1 COURTS" */
	/* a question or exclamation may be a headline; a full stop is not */
	int32_t cp;
	size_t end = l->len;
	do
		end = last_cp(l->s, end, &cp);
	while (end > 0 && is_closer(cp));
	if (cp == ':' || cp == ',' || cp == ';' || cp == '.' || cp == 0x3002 ||
	    cp == 0x2026)
		return 0;
	size_t j = next_text(p, i + 1);
	if (j >= p->n)
		return 0;
	for (size_t k = j; k < p->n; k++)
		if (is_prose(&p->v[k]))
			return 1;
	return 0;
}

/* Bytes and lines of prose after each line, counted once from the end so
 * that asking at every line stays linear. */
typedef struct tail_prose {
	size_t *bytes, *lines;  /* [i]: prose strictly after line i */
} tail_prose;

static int count_tail_prose(page *p, tail_prose *t)
{
	t->bytes = arena_calloc(p->a, p->n + 1, sizeof *t->bytes);
	t->lines = arena_calloc(p->a, p->n + 1, sizeof *t->lines);
	if (!t->bytes || !t->lines)
		return -1;
	for (size_t k = p->n; k-- > 1;) {  /* line k counts for k - 1 */
		const line *l = &p->v[k];
		int prose = is_prose(l) && !l->end_marker;
		t->bytes[k - 1] = t->bytes[k] + (prose ? l->len : 0);
		t->lines[k - 1] = t->lines[k] + (prose ? 1 : 0);
	}
	return 0;
}

static int is_bare_link(const line *l)
{
	return l->len && l->words == 1 && is_url_token(l->s, l->len);
}

/* The author box above a tail header at i: a bare link at most four text
 * lines up (then a name and a blurb); returns where the cut starts. */
static size_t author_box_start(const page *p, size_t i)
{
	size_t seen = 0;
	for (size_t k = i; k-- > 0 && seen < 4;) {
		if (!p->v[k].len)
			continue;
		seen++;
		if (is_bare_link(&p->v[k]))
			return k;
	}
	return i;
}

/* A bare link followed by a name alone (an author box without a header):
 * the article is over when at most one line of prose follows. */
static int is_link_byline(const page *p, const tail_prose *t, size_t i)
{
	if (!is_bare_link(&p->v[i]))
		return 0;
	size_t j = next_text(p, i + 1);
	if (j >= p->n || p->v[j].sentence || p->v[j].words > 4 ||
	    p->v[j].furniture)
		return 0;
	return t->lines[j] <= 1;
}

/* Cuts the page where the article ends: at the first tail-section header
 * ("Recent Posts", "Comments"...) after which there is less prose than
 * before it (teasers are short or cut off with "Read More"; a "Related"
 * box early in a long article is not its end), taking the author box
 * above it along; or at a bare link and author name with next to no
 * prose after them. */
static int cut_tail(page *p)
{
	tail_prose t;
	if (count_tail_prose(p, &t) < 0)
		return -1;
	size_t before = 0;
	for (size_t i = 0; i < p->n; i++) {
		line *l = &p->v[i];
		size_t cut = p->n;
		if (before > 0 && l->end_marker && t.bytes[i] < before)
			cut = author_box_start(p, i);
		else if (before > 0 && is_link_byline(p, &t, i))
			cut = i;
		if (cut < p->n) {
			for (size_t k = cut; k < p->n; k++)
				p->v[k].drop = 1;
			return 0;
		}
		if (is_prose(l))
			before += l->len;
	}
	return 0;
}

/* Teaser blocks: a title line, a "... Read More" line, a date line. */
static void drop_teasers(page *p)
{
	for (size_t i = 0; i < p->n; i++) {
		line *l = &p->v[i];
		if (!l->len || !l->furniture || !is_teaser_line(l->s, l->len))
			continue;
		l->drop = 1;
		size_t k = i;
		while (k > 0 && !p->v[k - 1].len)
			k--;
		if (k > 0 && !p->v[k - 1].sentence && p->v[k - 1].words <= 25)
			p->v[k - 1].drop = 1;
	}
}

static void drop_furniture_and_repeats(page *p)
{
	const line *prev = NULL;
	for (size_t i = 0; i < p->n; i++) {
		line *l = &p->v[i];
		if (!l->len || l->drop)
			continue;
		if (l->furniture) {
			l->drop = 1;
			continue;
		}
		if (prev && prev->len == l->len && memcmp(prev->s, l->s, l->len) == 0) {
			l->drop = 1;
			continue;
		}
		prev = l;
	}
}

static int ends_with_colon(const line *l)
{
	return l->len && l->s[l->len - 1] == ':';
}

/* A trailing run of short lines that are not sentences: comment headers,
 * author names, a short list of sources. Kept when nothing else would
 * remain, and when it reads as content: a list announced by a line
 * ending in ':' (tour dates, a product list) or longer than
 * TRAIL_MAX lines. */
#define TRAIL_MAX 8

static void drop_trailing_run(page *p)
{
	size_t i = p->n, first = p->n, lines = 0;
	int announced = 0;
	while (i > 0) {
		line *l = &p->v[i - 1];
		if (l->len && !l->drop) {
			if (l->sentence || l->words > 15) {
				announced |= ends_with_colon(l);
				break;
			}
			announced |= ends_with_colon(l);
			first = i - 1;
			lines++;
		}
		i--;
	}
	if (i == 0 || announced || lines > TRAIL_MAX)
		return;
	for (size_t k = first; k < p->n; k++)
		p->v[k].drop = 1;
}

/* ---- hard-wrapped text ---------------------------------------------- */

/* Wire copy and e-mail are wrapped at a fixed width: most lines end just
 * short of it and paragraphs go on across lines. Returns the width, or 0
 * when the text is not wrapped. */
static size_t wrap_width(const page *p)
{
	size_t hist[161] = {0}, total = 0;
	for (size_t i = 0; i < p->n; i++) {
		size_t w = p->v[i].len;
		if (!w)
			continue;
		total++;
		if (w <= 160)
			hist[w]++;
	}
	if (total < 6)
		return 0;
	size_t best = 0, best_n = 0;
	for (size_t w = 40; w <= 140; w++) {
		size_t n = 0;
		for (size_t k = w - 12; k <= w; k++)
			n += hist[k];
		if (n > best_n) {
			best_n = n;
			best = w;
		}
	}
	size_t longer = 0, open = 0;
	for (size_t i = 0; i < p->n; i++) {
		const line *l = &p->v[i];
		longer += l->len > best;
		/* lines of the band that stop mid-sentence */
		open += l->len + 12 >= best && l->len <= best &&
		    !ends_sentence(l->s, l->len);
	}
	if (best_n * 5 < total * 2 || longer * 10 > total || open * 2 < best_n)
		return 0;
	/* the width is the longest line of the band's neighbourhood */
	size_t width = best;
	for (size_t w = best + 1; w <= best + 8 && w <= 160; w++)
		if (hist[w])
			width = w;
	return width;
}

static size_t first_word_len(const line *l)
{
	const char *sp = memchr(l->s, ' ', l->len);
	return sp ? (size_t)(sp - l->s) : l->len;
}

/* Joins lines i..j-1 into line i (one allocation, so long runs stay
 * linear) and empties the others. */
static int join_lines(page *p, size_t i, size_t j)
{
	size_t total = 0;
	for (size_t k = i; k < j; k++)
		total += p->v[k].len + 1;
	char *s = arena_alloc(p->a, total);
	if (!s)
		return -1;
	size_t o = 0;
	for (size_t k = i; k < j; k++) {
		line *l = &p->v[k];
		if (o)
			s[o++] = ' ';
		memcpy(s + o, l->s, l->len);
		o += l->len;
		if (k > i) {
			l->s[0] = 0;
			l->len = 0;
		}
	}
	s[o] = 0;
	p->v[i].s = s;
	p->v[i].len = o;
	return 0;
}

static int starts_lower(const line *l)
{
	utf8proc_int32_t cp;
	if (utf8proc_iterate((const utf8proc_uint8_t *)l->s,
	        (utf8proc_ssize_t)l->len, &cp) <= 0)
		return 0;
	return utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

/* Whether wrapped line a (its last physical line) goes on with line b:
 * b's first word would have fitted on a (the wrapper would have put it
 * there), or a's sentence is open and b starts lower-case or a reaches
 * into the band of full lines. */
static int continues(const line *a, const line *b, size_t w)
{
	if (!b->len || no_alnum(b->s, b->len) || no_alnum(a->s, a->len))
		return 0;
	if (a->len + 1 + first_word_len(b) > w)
		return 1;
	if (ends_sentence(a->s, a->len))
		return 0;
	return starts_lower(b) || a->len + 12 >= w;
}

/* Re-joins lines broken by wrapping into paragraphs. */
static int unwrap(page *p)
{
	size_t w = wrap_width(p);
	if (!w)
		return 0;
	size_t i = 0;
	while (i < p->n) {
		size_t j = i + 1;
		while (j < p->n && p->v[i].len && continues(&p->v[j - 1], &p->v[j], w))
			j++;
		if (j > i + 1 && join_lines(p, i, j) < 0)
			return -1;
		i = j;
	}
	return 0;
}

/* ---- output ---------------------------------------------------------- */

static concord_status emit(page *p, size_t skip, char **body, size_t *body_len)
{
	size_t total = 1;
	for (size_t i = 0; i < p->n; i++)
		if (i != skip && p->v[i].len && !p->v[i].drop)
			total += p->v[i].len + 1;
	char *o = arena_alloc(p->a, total);
	if (!o)
		return CONCORD_ENOMEM;
	size_t j = 0;
	for (size_t i = 0; i < p->n; i++) {
		const line *l = &p->v[i];
		if (i == skip || !l->len || l->drop)
			continue;
		if (j)
			o[j++] = '\n';
		memcpy(o + j, l->s, l->len);
		j += l->len;
	}
	o[j] = 0;
	*body = o;
	*body_len = j;
	return CONCORD_OK;
}

concord_status plaintext_clean(arena *a, const char *s, size_t len,
    char **body, size_t *body_len, char **title)
{
	if (!a || !body || !body_len)
		return CONCORD_EINVAL;
	*body = NULL;
	*body_len = 0;
	if (title)
		*title = NULL;
	page p = {a, NULL, 0};
	if (split_lines(&p, s ? s : "", s ? len : 0) < 0)
		return CONCORD_ENOMEM;
	if (unwrap(&p) < 0)
		return CONCORD_ENOMEM;
	classify_lines(&p);
	size_t first = next_text(&p, 0), skip = (size_t)-1;
	while (first < p.n && p.v[first].furniture)
		first = next_text(&p, first + 1);
	if (first < p.n && looks_like_title(&p, first)) {
		skip = first;
		if (title)
			*title = p.v[first].s;
		p.v[first].drop = 1;
		/* a headline repeated as the first body line is said once */
		size_t again = next_text(&p, first + 1);
		if (again < p.n && p.v[again].len == p.v[first].len &&
		    memcmp(p.v[again].s, p.v[first].s, p.v[first].len) == 0)
			p.v[again].drop = 1;
	}
	if (cut_tail(&p) < 0)
		return CONCORD_ENOMEM;
	drop_teasers(&p);
	drop_furniture_and_repeats(&p);
	drop_trailing_run(&p);
	return emit(&p, skip, body, body_len);
}
