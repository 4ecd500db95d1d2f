/* test_plaintext.c - cleaning scraped plain-text pages: the five real seed
 * pages (body kept from first to last real paragraph, every piece of
 * furniture gone, titles found where the page starts with a headline), a
 * crafted case for each rule, and the precision of the furniture test on
 * the ground-truth article bodies of ../shared/data/scrapinghub. */
#include "harness.h"
#include "plaintext.h"
#include "json.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A cleaned page: body and title copied out of the arena. */
typedef struct cleaned {
	char *body, *title;
	concord_status st;
} cleaned;

static cleaned clean_text(const char *s, size_t len)
{
	cleaned c = {NULL, NULL, CONCORD_OK};
	arena *a = arena_new(0);
	char *body = NULL, *title = NULL;
	size_t blen = 0;
	c.st = plaintext_clean(a, s, len, &body, &blen, &title);
	if (!c.st) {
		c.body = strdup(body);
		c.title = title ? strdup(title) : NULL;
		if (strlen(body) != blen)
			harness_fail(__FILE__, __LINE__, "body length %zu != strlen %zu",
			    blen, strlen(body));
	}
	arena_free(a);
	return c;
}

static cleaned clean_str(const char *s)
{
	return clean_text(s, strlen(s));
}

static cleaned clean_seed(const char *name)
{
	char path[256];
	snprintf(path, sizeof path, "../shared/seeds/%s", name);
	size_t len;
	char *raw = harness_read_file(path, &len);
	if (!raw) {
		cleaned c = {NULL, NULL, CONCORD_EIO};
		harness_fail(__FILE__, __LINE__, "cannot read %s", path);
		return c;
	}
	cleaned c = clean_text(raw, len);
	free(raw);
	return c;
}

static void drop(cleaned *c)
{
	free(c->body);
	free(c->title);
}

/* The body is well formed: paragraphs separated by one '\n', each trimmed,
 * no runs of spaces, no NBSP. */
static void check_shape(const char *body, int line)
{
	if (!body)
		return;
	size_t n = strlen(body);
	if (n && (body[0] == '\n' || body[0] == ' ' || body[n - 1] == '\n' ||
	        body[n - 1] == ' '))
		harness_fail(__FILE__, line, "body not trimmed");
	if (strstr(body, "\n\n") || strstr(body, "  ") || strstr(body, " \n") ||
	    strstr(body, "\n ") || strstr(body, "\xc2\xa0") || strchr(body, '\r') ||
	    strchr(body, '\t'))
		harness_fail(__FILE__, line, "body white space not collapsed");
}
#define CHECK_SHAPE(b) check_shape(b, __LINE__)

/* Number of times sub occurs in s. */
static int occurrences(const char *s, const char *sub)
{
	int n = 0;
	for (const char *p = s; p && (p = strstr(p, sub)); p += strlen(sub))
		n++;
	return n;
}

/* Whether the body's first (last) paragraph starts with prefix. */
static int first_para_is(const char *body, const char *prefix)
{
	return body && strncmp(body, prefix, strlen(prefix)) == 0;
}

static int last_para_is(const char *body, const char *prefix)
{
	if (!body)
		return 0;
	const char *nl = strrchr(body, '\n');
	const char *last = nl ? nl + 1 : body;
	return strncmp(last, prefix, strlen(prefix)) == 0;
}

/* ---- the seeds -------------------------------------------------------- */

static void test_seed_000(void)
{
	cleaned c = clean_seed("000_4f84585575684f89.txt");
	CHECK_INT(c.st, CONCORD_OK);
	CHECK_STR(c.title, "Putin\xe2\x80\x99s Historic Visit to Pyongyang: A New Era of "
	    "Russian- North Korean Relations");
	/* the heading of the first section, then its first paragraph */
	CHECK(first_para_is(c.body, "A Grand Welcome for Putin\nRussian President "
	    "Vladmir Putin received a grand and lavish welcome"));
	CHECK(last_para_is(c.body, "Putin\xe2\x80\x99s North Korea visit marks a "
	    "remarkable development"));
	CHECK_HAS(c.body, "\nRegional Implications\n");
	CHECK_HAS(c.body, "heavily sanctioned by U.N. and Western nations.");
	const char *furniture[] = {"Recent Posts", "Read More", "December 5, 2025",
	    "This website uses cookies", "subscribe", "twitter.com", "Desk Writer",
	    "Human stories, politics", "Why UK Film Students", "GoGo Sale",
	    "Historic Visit to Pyongyang"};
	for (size_t i = 0; i < sizeof furniture / sizeof *furniture; i++)
		CHECK_LACKS(c.body, furniture[i]);
	CHECK_SHAPE(c.body);
	drop(&c);
}

static void test_seed_001(void)
{
	cleaned c = clean_seed("001_cde27cff9f0fd582.txt");
	CHECK_INT(c.st, CONCORD_OK);
	CHECK(c.title == NULL);  /* it opens with a body paragraph */
	CHECK(first_para_is(c.body, "In a significant geopolitical development, "
	    "Russian President Vladimir Putin announced"));
	CHECK(last_para_is(c.body, "The strengthened alliance between Russia and "
	    "North Korea signifies a major shift"));
	CHECK_HAS(c.body, "\nA Historic Visit\nThousands of North Koreans");
	CHECK_HAS(c.body, "\nImplications for the Future\n");
	CHECK_SHAPE(c.body);
	drop(&c);
}

static void test_seed_002(void)
{
	cleaned c = clean_seed("002_936a602e0eadc9bc.txt");
	CHECK_INT(c.st, CONCORD_OK);
	CHECK_STR(c.title, "Putin on North Korea visit, eyes now on new deal");
	/* the repeated caption is kept once */
	CHECK_INT(occurrences(c.body, "Russian President Vladimir Putin arrived in "
	    "North Korea\n"), 1);
	CHECK_HAS(c.body, "On Wednesday morning local time");
	CHECK(last_para_is(c.body, "The historic visit of President Vladimir Putin "
	    "to North Korea underscores"));
	CHECK_LACKS(c.body, "Tass Russian News Agency");
	CHECK_LACKS(c.body, "Georgy Toloraya");
	CHECK_LACKS(c.body, "\xe0\xa6\xaa\xe0\xa6\xbe\xe0\xa6\xa0\xe0\xa6\x95\xe0\xa7\x87\xe0\xa6\xb0");  /* পাঠকের */
	CHECK_LACKS(c.body, "eyes now on new deal");
	CHECK_HAS(c.body, "\nNorth Korea's Perspective\n");
	CHECK_SHAPE(c.body);
	drop(&c);
}

static void test_seed_003(void)
{
	cleaned c = clean_seed("003_5e3c4a208b616a98.txt");
	CHECK_INT(c.st, CONCORD_OK);
	CHECK(c.title == NULL);
	CHECK(first_para_is(c.body, "Cheering crowds and lavish ceremonies greeted"));
	CHECK(last_para_is(c.body, "Putin\xe2\x80\x99s visit to Pyongyang signifies"));
	CHECK_HAS(c.body, "\nConclusion\n");
	CHECK_HAS(c.body, "\n\xe2\x80\x9cWe highly appreciate your consistent");
	CHECK_SHAPE(c.body);
	drop(&c);
}

static void test_seed_004(void)
{
	cleaned c = clean_seed("004_eb114ad2a8217f4c.txt");
	CHECK_INT(c.st, CONCORD_OK);
	CHECK_STR(c.title, "Putin says Russia and North Korea will help each other "
	    "if attacked, taking ties to a \xe2\x80\x98new level\xe2\x80\x99");
	CHECK(first_para_is(c.body, "Vladimir Putin said Russia and North Korea "
	    "have ramped up ties"));
	CHECK_HAS(c.body, "\nThe relationship is important to Russia, too. Multiple "
	    "governments");
	CHECK_HAS(c.body, "Putin said after the meeting.");
	CHECK_LACKS(c.body, "Thank you for reading");
	CHECK_LACKS(c.body, "subscribe");
	CHECK_LACKS(c.body, "WordPress Theme");
	CHECK_LACKS(c.body, "\xc2\xa9");
	CHECK_LACKS(c.body, "WPEnjoy");
	CHECK_LACKS(c.body, "taking ties to a");  /* the title is not body */
	/* the NBSP-only line is gone, and NBSPs inside lines became spaces */
	CHECK_HAS(c.body, "Thousands of North Koreans chanting");
	CHECK_SHAPE(c.body);
	drop(&c);
}

/* ---- furniture lines -------------------------------------------------- */

static void test_furniture_positive(void)
{
	const char *lines[] = {
		"Thank you for reading this post, don't forget to subscribe!",
		"https://twitter.com/tassagency_en/status/1803396915779747982?t=jQy",
		"www.example.com/news", "twitter.com/someone", "Read More",
		"Read more \xc2\xbb", "Recent Posts", "Related Articles", "RELATED:",
		"More stories", "December 5, 2025", "Dec 5, 2025", "2024-06-19",
		"Tue 18 Jun 2024 10.30 BST", "Updated: 19/06/2024 14:05",
		"Published on June 19, 2024", "This website uses cookies.",
		"We use cookies to improve your experience. Accept",
		"\xc2\xa9" "2025 \xf0\x9f\x8d\xbf Show WordPress Theme by WPEnjoy",
		"Copyright 2024 Example Media. All rights reserved.",
		"Proudly powered by WordPress | Theme by Foo",
		"Photo: John Doe/Getty", "Photo by Jane Roe/Reuters",
		"(AP Photo/Ahn Young-joon)",
		"Photo: The Pellow Street Bridge seen from the Eastbank embankment. "
		"(Radio Marrowford / Jo Tennant)",
		"President Kim waves in Pyongyang, June 19, 2024. (AP Photo/Lee Jin-man)",
		"Sign up for our newsletter", "Subscribe to our newsletter for the latest news.",
		"Join our mailing list! Get a newsletter when an episode is out.",
		"Follow us on Twitter and Facebook", "Share this article",
		"Facebook Twitter WhatsApp Email", "Share on Facebook",
		"Advertisement", "----------", "* * *", "", "   ",
		"Global film legends are being used by British film schools to "
		"redefine the manner in which future actors train their\xe2\x80\xa6 Read More",
		"Leave a Reply", "Privacy Policy", "KOMMENTARE",
		"\xd0\x9a\xd0\xbe\xd0\xbc\xd0\xbc\xd0\xb5\xd0\xbd\xd1\x82\xd0\xb0\xd1\x80\xd0\xb8\xd0\xb8:",
		"Read more \xe2\x80\xba", "The council met on Tuesday and [\xe2\x80\xa6]",
		"The council met on Tuesday and... Continue reading \xc2\xbb",
		"By Brian Farmer, PA News", "By Jane Doe and John Roe",
	};
	for (size_t i = 0; i < sizeof lines / sizeof *lines; i++)
		if (!plaintext_furniture_line(lines[i], strlen(lines[i])))
			harness_fail(__FILE__, __LINE__, "not furniture: \"%s\"", lines[i]);
}

static void test_furniture_negative(void)
{
	const char *lines[] = {
		"Russian President Vladimir Putin arrived in North Korea",
		"The relationship is important to Russia, too.",
		"Putin said joint drills were \xe2\x80\x9chostile\xe2\x80\x9d toward North Korea.",
		"The deal was signed on December 5, 2025, in Pyongyang.",
		"Readers who subscribe to the paper received the letter on Monday.",
		"Copyright infringement claims against the company were rejected.",
		"The photo by the agency showed Kim at the airport.",
		"Related talks will continue next week in Moscow.",
		"The website uses cookies to track users, the regulator said in its report.",
		"Conclusion", "A Grand Welcome for Putin", "Historical Context",
		"Kim Jong Un", "Share prices rose 3 percent on Monday.",
		"He said the follow-up meeting would be in Moscow.",
		"Source: the ministry said 40 people were hurt in the attack on Monday.",
		"June 19 was chosen as the date of the summit by both sides.",
		"1. Tass Russian News Agency",
		"\xd0\x9f\xd1\x83\xd1\x82\xd0\xb8\xd0\xbd \xd0\xbf\xd1\x80\xd0\xb8\xd0\xb5\xd1\x85\xd0\xb0\xd0\xbb.",
		"In newsletters sent to members, the party urged calm.",
		"The email was sent to all staff on Tuesday.",
		"The full report is published on the council website. Read more",
		"By Audience", "By the end of the day the talks had stalled.",
		"By Tuesday Morning",
	};
	for (size_t i = 0; i < sizeof lines / sizeof *lines; i++)
		if (plaintext_furniture_line(lines[i], strlen(lines[i])))
			harness_fail(__FILE__, __LINE__, "called furniture: \"%s\"", lines[i]);
}

/* Fails the test for each line of furniture[] that plaintext_furniture_line
 * keeps and each line of prose[] that it drops. */
static void lines_are(const char *const *furniture, size_t nf,
    const char *const *prose, size_t np)
{
	for (size_t i = 0; i < nf; i++)
		if (!plaintext_furniture_line(furniture[i], strlen(furniture[i])))
			harness_fail(__FILE__, __LINE__, "kept: %s", furniture[i]);
	for (size_t i = 0; i < np; i++)
		if (plaintext_furniture_line(prose[i], strlen(prose[i])))
			harness_fail(__FILE__, __LINE__, "dropped: %s", prose[i]);
}

/* PHP errors printed into a page are furniture; prose that speaks of
 * warnings, lines or notices is not. */
static void test_php_errors(void)
{
	const char *furniture[] = {
		"Warning: Creating default object from empty value in "
		"/www/htdocs/wp-content/themes/x/functions.php on line 12",
		"Strict Standards: Non-static method nggGallery::get_option() "
		"should not be called statically in /www/htdocs/w00a2/wp-content/"
		"plugins/nextgen-gallery/nggfunctions.php on line 813",
		"Deprecated: Function create_function() is deprecated in "
		"/home/site/public_html/wp-includes/plugin.php on line 42.",
	};
	const char *prose[] = {
		"Warning: the storm will reach the coast on line 3 of the forecast "
		"map tonight",
		"Notice: the library closes early on Friday.",
		"Warning: this is a developing story, details on line 4",
		"The mayor said the bus would run on line 12 from Monday.",
	};
	lines_are(furniture, sizeof furniture / sizeof *furniture, prose,
	    sizeof prose / sizeof *prose);
}

/* The consent line under a sign-up form is furniture, however long;
 * prose about signing up or agreeing is not. */
static void test_consent_lines(void)
{
	const char *furniture[] = {
		"By signing up, you agree to receive recurring automated SMS "
		"marketing messages from Example Deals at the number provided. "
		"Msg and data rates may apply. Reply STOP to cancel.",
		"By submitting your information you agree to the Terms & "
		"Conditions and Privacy Policy and are aged 16 or over.",
		"Mit Eintragung zum Newsletter stimme ich der Nutzung meiner "
		"E-Mail-Adresse im Rahmen des gewählten Newsletters und "
		"zugehörigen Angeboten gemäß den Datenschutzbestimmungen zu.",
	};
	const char *prose[] = {
		"The council said that by signing up for the scheme, residents "
		"would agree to let inspectors into their homes once a year.",
		"Voters who agree with the plan were asked to sign up at the "
		"town hall before the end of the month.",
	};
	lines_are(furniture, sizeof furniture / sizeof *furniture, prose,
	    sizeof prose / sizeof *prose);
}

/* The same kinds of furniture in other European languages (and the long
 * tail in English): related-list and comment heads, like/share/print
 * buttons, "loading" placeholders, read-also links, subscription and
 * follow prompts, consent placeholders, blog post footers, dates with
 * their label, photo credits, copyright lines. */
static void test_furniture_languages(void)
{
	const char *lines[] = {
		"Ähnliche Beiträge", "ÄHNLICHE BEITRÄGE",
		"Gefällt mir:", "Jetzt teilen!", "Rezept drucken", "drukuj",
		"- Anzeige -", "*Werbung", "Comments are closed.", "Kommentar verfassen",
		"Zum Weiterlesen:", "NOTAS RELACIONADAS", "Czytaj też",
		"Das könnte dich auch interessieren:",
		"Das Thema könnte Sie auch interessieren",
		"LE PUEDE INTERESAR: La ficha de Juan en el tribunal de Nueva York",
		"Czytaj też: Wyścig zbrojeń ruszył z kopyta",
		"Dowiedz się więcej: Kto jak głosował ws. funduszy?",
		"Zapraszamy też do subskrypcji tygodnika w Sieci Przyjaciół.",
		"Folgen Sie uns auf Facebook und Twitter",
		"Siguenos en Telegram, Instagram, Facebook y Twitter",
		"Wir respektieren deine Privatsphäre und stellen deshalb ohne "
		"dein Einverständnis keine Verbindung zu Twitter her.",
		"War der Artikel nützlich?", "Wie bewerten Sie diesen Artikel?",
		"Sie müssen sich einloggen, um sich an einer Diskussion zu beteiligen.",
		"This entry was posted in Allgemein. Bookmark the permalink.",
		"Der Beitrag wurde am Mittwoch, den 27. November 2019 um 15:21 Uhr "
		"veröffentlicht und wurde unter Allgemein, Region, Tastings "
		"& Events abgelegt. Du kannst die Kommentare zu diesen Eintrag durch "
		"den RSS 2.0 Feed verfolgen. Kommentare sind derzeit geschlossen, "
		"aber Du kannst dennoch einen Trackback einrichten.",
		"Aktualisiert: 11.04.2020, 10:27", "Stand: 05. Februar 2020",
		"Veröffentlichung: 2. Februar 2022", "5 września 2021",
		"Publicado el 12 de marzo de 2022", "Źródło: ISBnews",
		"Titelbild: Geyres Christophe/ABACA/picture-alliance",
		"Crédits photos : Bestimage", "(Credit: Clayton Aldern / Grist)",
		"Lee Elder war mit Talent gesegnet. | © Augusta National/Getty Images",
		"Marco Odermatt, Ski-Star aus der Schweiz. © AFP / MARCO BERTORELLO",
		"Materiał chroniony prawem autorskim - wszelkie prawa zastrzeżone.",
		"Submit your letter to the editor via this form.",
	};
	const char *prose[] = {
		"Ähnliche Beiträge gab es schon im letzten Jahr im Stadtrat.",
		"Die Stadt will die Kosten teilen, sagte der Bürgermeister.",
		"Mira, no es tan difícil como parece, dijo la ministra.",
		"Mira: la ministra dijo que el plan costará un millón de euros.",
		"Lesen Sie auch den Bericht des Rechnungshofs, sagte der Abgeordnete.",
		"Die Kommentare der Opposition waren scharf.",
		"Er wollte keine Kommentare zu den Vorwürfen abgeben.",
		"Am 5. Februar 2020 stand der Entwurf zum ersten Mal im Bundestag.",
		"Das Foto © der Agentur zeigt den Minister am Flughafen von Berlin, "
		"wo er am Dienstag mit den Kollegen aus Paris und Rom sprach.",
		"The company said its products are sold under the © symbol in "
		"many countries and that it will appeal the ruling.",
		"Wir respektieren die Entscheidung des Gerichts, sagte die Sprecherin.",
		"Die Daten werden geladen, sobald der Server wieder läuft.",
	};
	for (size_t i = 0; i < sizeof lines / sizeof *lines; i++)
		if (!plaintext_furniture_line(lines[i], strlen(lines[i])))
			harness_fail(__FILE__, __LINE__, "not furniture: \"%s\"", lines[i]);
	for (size_t i = 0; i < sizeof prose / sizeof *prose; i++)
		if (plaintext_furniture_line(prose[i], strlen(prose[i])))
			harness_fail(__FILE__, __LINE__, "called furniture: \"%s\"", prose[i]);
}

/* ---- crafted pages, one per rule -------------------------------------- */

#define P1 "The council approved the new budget on Tuesday after a long debate."
#define P2 "Opposition members said the plan would cut funding for local schools."
#define P3 "The mayor is expected to sign the budget into law later this week."

static void test_title(void)
{
	cleaned c = clean_str("Council approves budget\n\n" P1 "\n\n" P2 "\n");
	CHECK_STR(c.title, "Council approves budget");
	CHECK_STR(c.body, P1 "\n" P2);
	drop(&c);
	/* a first line that is a sentence is body, not a title */
	c = clean_str(P1 "\n" P2 "\n");
	CHECK(c.title == NULL);
	CHECK_STR(c.body, P1 "\n" P2);
	drop(&c);
	/* a lone line is not a headline: there is no body after it */
	c = clean_str("Council approves budget\n");
	CHECK(c.title == NULL);
	drop(&c);
	/* a headline repeated as the first body line is said once; leading
	 * furniture (a date, a navigation line) is skipped */
	c = clean_str("Home\nJune 19, 2024\nCouncil approves budget\n"
	    "Council approves budget\n" P1 "\n");
	CHECK_STR(c.title, "Council approves budget");
	CHECK_STR(c.body, P1);
	drop(&c);
	/* a wire slug opening with a time is not a headline */
	c = clean_str("03:03 27/01/00: Page 1 (HHH) COURTS Pinochet\n" P1 "\n");
	CHECK(c.title == NULL);
	drop(&c);
	/* a headline ending in ? or a closing quote is still one */
	c = clean_str("Will the council approve the budget?\n" P1 "\n");
	CHECK_STR(c.title, "Will the council approve the budget?");
	drop(&c);
}

static void test_tail_section_cut(void)
{
	cleaned c = clean_str("Budget passes\n\n" P1 "\n\n" P2 "\n\nRelated Posts\n\n"
	    "Another story title here\n\nAnother story teaser that reads like a "
	    "sentence of prose on its own.\n\nYet another title\n");
	CHECK_STR(c.body, P1 "\n" P2);
	drop(&c);
	/* a "Related" box early in a long article does not cut its body */
	c = clean_str(P1 "\nRelated\nOther story\n" P2 "\n" P3 "\n" P1 " Again.\n");
	CHECK_HAS(c.body, P3);
	CHECK_LACKS(c.body, "Related");
	drop(&c);
}

static void test_author_box(void)
{
	cleaned c = clean_str(P1 "\n\n" P2 "\n\nhttps://example.com/profile/jdoe\n\n"
	    "Jane Doe\n\nJane writes about politics, cities and the people who run "
	    "them for our readers every day.\n\nRecent Posts\n\nA teaser title\n");
	CHECK_STR(c.body, P1 "\n" P2);
	drop(&c);
}

/* The same shapes in other languages: a German page with a cookie
 * notice, a byline, a date and a comments section. */
static void test_other_languages(void)
{
	cleaned c = clean_str("Bundestag beschlie\xc3\x9ft neues Gesetz\n"
	    "Diese Website verwendet Cookies. Mehr erfahren\n"
	    "Von Anna Schmidt\n"
	    "19. Juni 2024\n"
	    "Der Bundestag hat am Mittwoch ein neues Gesetz zur Energie beschlossen.\n"
	    "Die Opposition kritisierte den Entwurf als zu teuer und zu sp\xc3\xa4t.\n"
	    "KOMMENTARE\n"
	    "Ein Leser schreibt, dass er das Gesetz f\xc3\xbcr falsch h\xc3\xa4lt.\n");
	CHECK_STR(c.title, "Bundestag beschlie\xc3\x9ft neues Gesetz");
	CHECK(first_para_is(c.body, "Der Bundestag hat am Mittwoch"));
	CHECK(last_para_is(c.body, "Die Opposition kritisierte"));
	CHECK_LACKS(c.body, "Cookies");
	CHECK_LACKS(c.body, "Juni 2024");
	CHECK_LACKS(c.body, "Leser");
	drop(&c);
}

/* A bare link and a name alone, then a blurb and teasers, with no
 * section header: the article ended at the link. */
static void test_link_byline_tail(void)
{
	cleaned c = clean_str(P1 "\n" P2 "\nhttps://example.com/author/jdoe\n"
	    "Jane Doe\nJane writes about politics and cities for our readers "
	    "every single day.\nA teaser title\nAnother teaser title\n");
	CHECK_STR(c.body, P1 "\n" P2);
	drop(&c);
	/* a link inside the article, with the body going on, stays cut out
	 * alone */
	c = clean_str(P1 "\nhttps://example.com/report.pdf\nThe Report\n" P2 "\n"
	    P3 "\n");
	CHECK_HAS(c.body, P3);
	CHECK_LACKS(c.body, "example.com");
	drop(&c);
}

static void test_trailing_short_lines(void)
{
	/* comment header in any language, author name alone */
	cleaned c = clean_str(P1 "\n" P2 "\nJane Doe\n\xe0\xa6\xaa\xe0\xa6\xbe\xe0\xa6\xa0\xe0\xa6\x95\xe0\xa7\x87\xe0\xa6\xb0 "
	    "\xe0\xa6\xae\xe0\xa6\xa8\xe0\xa7\x8d\xe0\xa6\xa4\xe0\xa6\xac\xe0\xa7\x8d\xe0\xa6\xaf\n");
	CHECK_STR(c.body, P1 "\n" P2);
	drop(&c);
	/* a source list of short items at the end goes */
	c = clean_str(P1 "\n" P2 "\n1. Tass news agency\n2. Ministry of Defence\n"
	    "3. Jane Doe, professor at Some University\n");
	CHECK_STR(c.body, P1 "\n" P2);
	drop(&c);
	/* ...but a list of sentences is content and stays */
	c = clean_str(P1 "\n1. The council approved the budget on Tuesday.\n"
	    "2. The mayor will sign it this week.\n");
	CHECK_HAS(c.body, "2. The mayor will sign it this week.");
	drop(&c);
	/* short lines alone (no sentence at all) are kept rather than emptied */
	c = clean_str("Roses are red\nViolets are blue\n");
	CHECK_HAS(c.body, "Violets are blue");
	drop(&c);
}

static void test_teasers_and_dates(void)
{
	cleaned c = clean_str(P1 "\n\nOther headline about sports\n\nThe team won "
	    "again on Sunday and the coach said\xe2\x80\xa6 Read More\n\n"
	    "December 5, 2025\n\n" P2 "\n");
	CHECK_STR(c.body, P1 "\n" P2);
	drop(&c);
}

static void test_repeats_and_headings(void)
{
	cleaned c = clean_str(P1 "\nCaption of a photo\nCaption of a photo\n\n"
	    "A Sub Heading\n\n" P2 "\n" P2 "\n" P3 "\n");
	CHECK_INT(occurrences(c.body, "Caption of a photo"), 1);
	CHECK_INT(occurrences(c.body, P2), 1);
	CHECK_HAS(c.body, "Caption of a photo\nA Sub Heading\n" P2);
	drop(&c);
}

static void test_furniture_inside(void)
{
	cleaned c = clean_str(P1 "\r\n\r\nThank you for reading this post, don't "
	    "forget to subscribe!\r\n\xc2\xa0\r\n" P2 "\r\nAdvertisement\r\n" P3 "\r\n");
	CHECK_STR(c.body, P1 "\n" P2 "\n" P3);
	drop(&c);
}

/* Wire copy wrapped at 80 columns comes back as paragraphs. */
static void test_hard_wrapped(void)
{
	const char *s =
	    "A High Court challenge was continuing today over Home Secretary Jack Straw's\n"
	    "decision to allow former dictator Augusto Pinochet to return to Chile on health\n"
	    "grounds.\n"
	    "Lawyers acting for Belgium and six human rights groups are seeking leave for a\n"
	    "judicial review of Mr Straw's decision that extradition proceedings against the\n"
	    "84-year-old should be dropped because of his ill-health.\n"
	    "At the hearing before Mr Justice Maurice Kay yesterday, they argued that it\n"
	    "would be against the public interest not to allow his opponents to know the\n"
	    "medical reasons and have an opportunity to mount legal challenges to block the\n"
	    "general's departure.\n";
	cleaned c = clean_str(s);
	CHECK_HAS(c.body, "Jack Straw's decision to allow former dictator");
	CHECK_HAS(c.body, "on health grounds.\nLawyers acting for Belgium");
	CHECK_INT(occurrences(c.body, "\n"), 2);
	CHECK_SHAPE(c.body);
	drop(&c);
	/* ordinary one-line paragraphs are never joined */
	c = clean_str(P1 "\n" P2 "\n" P3 "\n");
	CHECK_INT(occurrences(c.body, "\n"), 2);
	drop(&c);
}

static void test_empty_and_odd(void)
{
	cleaned c = clean_str("");
	CHECK_INT(c.st, CONCORD_OK);
	CHECK_STR(c.body, "");
	CHECK(c.title == NULL);
	drop(&c);
	c = clean_str("Read More\n\nDecember 5, 2025\nhttps://x.com/a\n");
	CHECK_STR(c.body, "");
	drop(&c);
	c = clean_text("a\0b\xff\n" P1, 5 + strlen(P1));
	CHECK_INT(c.st, CONCORD_OK);
	CHECK_HAS(c.body, P1);
	drop(&c);
}

/* ---- precision on ground truth ---------------------------------------- */

/* A paragraph of running prose: eight words or more and a full stop. */
static int is_prose(const char *s, size_t n)
{
	int words = 0, in = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == ' ') {
			in = 0;
		} else if (!in) {
			in = 1;
			words++;
		}
	}
	while (n > 0 && strchr(" \"')", s[n - 1]))
		n--;
	return words >= 8 && n > 0 && strchr(".!?", s[n - 1]);
}

static int has_alnum(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if ((s[i] >= '0' && s[i] <= '9') || ((s[i] | 0x20) >= 'a' &&
		        (s[i] | 0x20) <= 'z') || (unsigned char)s[i] >= 0xC0)
			return 1;
	return 0;
}

/* Almost no paragraph of the real article bodies may be called furniture:
 * the HTML extractor would drop it. */
static void test_ground_truth_precision(void)
{
	size_t len;
	char *raw = harness_read_file("../shared/data/scrapinghub/ground-truth.json", &len);
	CHECK(raw != NULL);
	if (!raw)
		return;
	arena *a = arena_new(0);
	json_value *root = NULL;
	CHECK_INT(json_parse(a, raw, len, 0, &root, NULL), CONCORD_OK);
	size_t paras = 0, furn = 0, prose = 0, prose_furn = 0, pages = 0;
	for (const json_value *page = root ? root->child : NULL; page; page = page->next) {
		const json_value *body = json_get(page, "articleBody");
		if (!body || body->type != JSON_STRING)
			continue;
		pages++;
		const char *s = body->str;
		size_t n = body->len, i = 0;
		while (i < n) {
			size_t e = i;
			while (e < n && s[e] != '\n')
				e++;
			if (has_alnum(s + i, e - i)) {
				int p = is_prose(s + i, e - i);
				int f = plaintext_furniture_line(s + i, e - i);
				paras++;
				furn += f;
				prose += p;
				prose_furn += p && f;
			}
			i = e + 1;
		}
	}
	CHECK(pages > 150);
	CHECK(paras > 3000);
	/* under 2% of all paragraphs (bare links and credits the ground truth
	 * keeps), under 0.3% of prose paragraphs */
	CHECK(furn * 50 < paras);
	CHECK(prose_furn * 1000 < prose * 3);
	printf("ground truth: %zu of %zu paragraphs called furniture, "
	    "%zu of %zu prose paragraphs\n", furn, paras, prose_furn, prose);
	arena_free(a);
	free(raw);
}

/* A date with a name or section beside it is a post's meta line, and a
 * figure's label with a colon starts its caption; a tour date after a
 * dash, a headline with a year, and prose that mentions a figure stay. */
static void test_meta_and_captions(void)
{
	const char *furniture[] = {
		"Malte Welding | 29.07.2006 um 14:26",
		"2021-10-16 | Botschaft",
		"24. März 2004, 19:49 | Genesis",
		"Abbildung 4: klassische Schwachschicht. Der Unterschied in der "
		"Kornform ist klar ersichtlich.",
		"Abbildung: Vergleich auf dem Aletschgletscher",
		"Figure 2: Sales by region in 2023.",
	};
	const char *prose[] = {
		"July 19 \xe2\x80\x93 Toronto, ON @ Budweiser Stage",
		"Olympia 2022 | Nordische Kombination",
		"The figure 2: that is what the council spent, the mayor said.",
		"Figures from the council show that the gap is closing.",
		"Jane Doe | Reporter",
	};
	lines_are(furniture, sizeof furniture / sizeof *furniture, prose,
	    sizeof prose / sizeof *prose);
}

/* Interface strings alone on a line are furniture (contents boxes,
 * jump links, source toggles, rating and login states, back links);
 * a sentence that uses the same words stays. */
static void test_interface_strings(void)
{
	const char *furniture[] = {
		"Table of Contents", "Jump to:", "Quellen ausblenden",
		"(Noch keine Bewertungen)", "Sie sind aktuell nicht eingeloggt.",
		"zurück zur Listenansicht", "Artikel teilen/drucken:",
		"Table des matières", "Spis treści",
	};
	const char *prose[] = {
		"The table of contents lists nine chapters.",
		"Compare the two plans before you sign.",
		"Jump to the end of the line, the coach said.",
	};
	for (size_t i = 0; i < sizeof furniture / sizeof *furniture; i++)
		if (!plaintext_furniture_line(furniture[i], strlen(furniture[i])))
			harness_fail(__FILE__, __LINE__, "kept: %s", furniture[i]);
	for (size_t i = 0; i < sizeof prose / sizeof *prose; i++)
		if (plaintext_furniture_line(prose[i], strlen(prose[i])))
			harness_fail(__FILE__, __LINE__, "dropped: %s", prose[i]);
}

/* A pitch closing the text goes with its label; a closing sentence
 * opening with a pitch verb stays when nothing button-like is beside it,
 * and a pitch that would leave almost nothing stays too. */
static void test_closing_pitch(void)
{
	const char *body = "The council met on Monday, and it voted, after a long "
	    "night, to spend less on roads and more on schools, parks and "
	    "libraries.\nThe mayor said that the gap, about a million dollars, "
	    "would be closed next year, and that the plan needs a second vote "
	    "in the spring before it can take effect.\nParents groups welcomed "
	    "the vote.\n";
	char text[1024];
	size_t n = (size_t)snprintf(text, sizeof text, "%s%s", body,
	    "Next Steps\nFollow me on Instagram for new recipes!\nSign Up");
	CHECK_INT((int)plaintext_trim_pitches(text, n), (int)strlen(body) - 1);
	n = (size_t)snprintf(text, sizeof text, "%s%s", body,
	    "Ready to start? Book a call with our planners today.");
	CHECK_INT((int)plaintext_trim_pitches(text, n), (int)n);
	const char *short_text = "A short note.\nFollow us";
	n = strlen(short_text);
	CHECK_INT((int)plaintext_trim_pitches(short_text, n), (int)n);
}

/* A credit under a picture ends with its agency after a separator, or is
 * the agency alone; a sentence naming the agency, or a name that merely
 * ends with its letters, is prose. */
static void test_agency_credits(void)
{
	const char *furniture[] = {
		"Al Goldis, Associated Press", "Michael Conroy, AP",
		"Natalie Naccache | Bloomberg | Getty Images",
		"File photo via AP", "Associated Press", "FMW/Bloomberg",
	};
	const char *prose[] = {
		"The photo was taken by a photographer for the AP.",
		"Jane Doe, a reporter at Reuters, broke the story on Monday.",
		"Chris Knap", "Ask the Associated Press why it waited",
	};
	lines_are(furniture, sizeof furniture / sizeof *furniture, prose,
	    sizeof prose / sizeof *prose);
}

/* Invitations to follow the site or the writer on networks, and how to
 * reach the reporter; a sentence that opens with "Follow" and mentions
 * one network in passing stays. */
static void test_follow_and_contact(void)
{
	const char *furniture[] = {
		"Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.",
		"Follow me on Twitter or LinkedIn. Check out my website.",
		"Join me on TikTok: @housemaven",
		"Join the Facebook group - https://facebook.com/groups/x",
		"Folge mir auf Instagram! Alle Rezepte auch unter @backen",
		"Write to Al Root at allen.root@example.com",
		"Have a tip? Amy Lee may be reached at alee@example.com.",
		"Reach the reporters on Twitter at http://twitter.com/ann",
		"Contact staff writer Jill Roe at 212-678-3595.",
	};
	const char *prose[] = {
		"Follow these steps shared on Twitter to stop a thief on a train.",
		"Join the club, the coach told the new players on Monday.",
		"He wrote to the council at once, the mayor said.",
		"The suspect could not be reached at his home on Friday.",
	};
	lines_are(furniture, sizeof furniture / sizeof *furniture, prose,
	    sizeof prose / sizeof *prose);
}

/* A post's tag or category line, a reading-time label, ad-slot and
 * share-row labels in more languages, a feedback prompt and a dated
 * meta line with its source after a slash. */
static void test_post_labels(void)
{
	const char *furniture[] = {
		"Tags: Helena, smart thermostat", "Filed under: Khawarij |",
		"Category: Personal Finance 101", "Schlagwörter: Garten, Herbst",
		"5 min read", "Reading Time: 11 minutes", "3 MIN. READ",
		"Tempo de leitura: 2 minutos", "Advert", "Iklan", "Реклама",
		"スポンサードリンク", "Sharing is caring!", "Sukai ini:",
		"Was this page helpful?", "Like this story? Share it with a friend!",
		"November 20, 2019 / 1:07 AM / CBS News",
		"First published on November 19, 2019 / 8:16 AM",
	};
	const char *prose[] = {
		"Tags: they are sewn into every collar, the tailor said.",
		"The category of the storm was raised on Monday.",
		"It takes 5 minutes to read the whole report, she said.",
		"Reading time was cut in half in the new schools.",
		"Olympia 2022 / Nordische Kombination",
	};
	lines_are(furniture, sizeof furniture / sizeof *furniture, prose,
	    sizeof prose / sizeof *prose);
}

static const test_case tests[] = {
	{"seed_000", test_seed_000},
	{"seed_001", test_seed_001},
	{"seed_002", test_seed_002},
	{"seed_003", test_seed_003},
	{"seed_004", test_seed_004},
	{"furniture_positive", test_furniture_positive},
	{"furniture_negative", test_furniture_negative},
	{"furniture_languages", test_furniture_languages},
	{"php_errors", test_php_errors},
	{"consent_lines", test_consent_lines},
	{"title", test_title},
	{"tail_section_cut", test_tail_section_cut},
	{"author_box", test_author_box},
	{"link_byline_tail", test_link_byline_tail},
	{"other_languages", test_other_languages},
	{"trailing_short_lines", test_trailing_short_lines},
	{"teasers_and_dates", test_teasers_and_dates},
	{"repeats_and_headings", test_repeats_and_headings},
	{"furniture_inside", test_furniture_inside},
	{"hard_wrapped", test_hard_wrapped},
	{"empty_and_odd", test_empty_and_odd},
	{"ground_truth_precision", test_ground_truth_precision},
	{"meta_and_captions", test_meta_and_captions},
	{"interface_strings", test_interface_strings},
	{"closing_pitch", test_closing_pitch},
	{"agency_credits", test_agency_credits},
	{"follow_and_contact", test_follow_and_contact},
	{"post_labels", test_post_labels},
};

HARNESS_MAIN(tests)
