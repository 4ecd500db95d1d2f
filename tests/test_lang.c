/* test_lang.c - language detection: scripts, Cyrillic and Arabic
 * variants, Latin languages from function words (close pairs included),
 * mixed CJK, too-short input, thin or mixed evidence (lists, unknown
 * languages, quotations, scrambled text), and the English seed articles. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "lang.h"

static const char *det(const char *s)
{
	return lang_detect(s, strlen(s));
}

#define IS(s, code) CHECK_STR(det(s), code)

static void test_latin(void)
{
	IS("The minister said on Tuesday that the government would not change "
	    "its plans for the new railway, which has been delayed for years.", "en");
	IS("Der Minister sagte am Dienstag, dass die Regierung ihre Pläne für "
	    "die neue Bahnstrecke nicht ändern werde, die sich seit Jahren verzögert.", "de");
	IS("Le ministre a déclaré mardi que le gouvernement ne changerait pas "
	    "ses plans pour la nouvelle ligne, qui a été retardée depuis des années.", "fr");
	IS("El ministro dijo el martes que el gobierno no cambiará sus planes "
	    "para la nueva línea, que se ha retrasado durante años por la crisis.", "es");
	IS("Il ministro ha detto martedì che il governo non cambierà i suoi piani "
	    "per la nuova linea, che è stata ritardata per anni a causa della crisi.", "it");
	IS("O ministro disse na terça-feira que o governo não vai mudar os seus "
	    "planos para a nova linha, que foi adiada durante anos pela crise.", "pt");
	IS("De minister zei dinsdag dat de regering haar plannen voor de nieuwe "
	    "spoorlijn niet zal wijzigen, die al jaren is vertraagd door de crisis.", "nl");
	IS("Ministern sade på tisdagen att regeringen inte kommer att ändra sina "
	    "planer för den nya järnvägen, som har försenats i flera år och som är dyr.", "sv");
	IS("Minister powiedział we wtorek, że rząd nie zmieni swoich planów "
	    "dotyczących nowej linii kolejowej, która jest opóźniona od lat i nie tylko.", "pl");
	IS("Menteri mengatakan pada hari Selasa bahwa pemerintah tidak akan "
	    "mengubah rencana untuk jalur kereta yang baru, yang sudah tertunda.", "id");
	IS("Bakan salı günü yaptığı açıklamada, hükümetin yıllardır ertelenen "
	    "yeni demiryolu için planlarını değiştirmeyeceğini ve bu konuda daha çok "
	    "çalışma yapılacağını söyledi, ancak bir tarih vermedi.", "tr");
}

/* Languages that share many function words with a neighbour. */
static void test_close_pairs(void)
{
	IS("El ministre va dir dimarts que el govern no canviarà els seus plans "
	    "per a la nova línia, que s'ha endarrerit durant anys per la crisi i "
	    "per les obres, però també va anunciar més inversions.", "ca");
	IS("Minister v utorok povedal, že vláda nezmení svoje plány pre novú "
	    "železničnú trať, ktorá je už roky oneskorená, ale podľa neho sa to "
	    "tiež týka aj ďalších projektov, ktoré sú pripravené.", "sk");
	IS("Ministr v úterý řekl, že vláda nezmění své plány pro novou "
	    "železniční trať, která je už léta zpožděná, ale podle něj se to "
	    "také týká dalších projektů, které jsou připraveny.", "cs");
	IS("Ministeren sagde tirsdag, at regeringen ikke vil ændre sine planer "
	    "for den nye jernbane, som er blevet forsinket i flere år, og at der "
	    "efter valget skal findes flere penge af hensyn til pendlerne.", "da");
	IS("Ministeren sa tirsdag at regjeringen ikke vil endre sine planer for "
	    "den nye jernbanen, som har blitt forsinket i flere år, og at det "
	    "etter valget skal være mulig å finne mer penger til den.", "no");
	IS("Ministar je u utorak rekao da vlada neće mijenjati svoje planove za "
	    "novu željezničku prugu, koja kasni već godinama, ali da će biti "
	    "više novca za radove koji su već počeli.", "hr");
	IS("Minister je v torek dejal, da vlada ne bo spremenila svojih načrtov "
	    "za novo železniško progo, ki zamuja že več let, pa tudi da bo za "
	    "dela, ki so se že začela, na voljo več denarja.", "sl");
	IS("A miniszter kedden azt mondta, hogy a kormány nem változtat az új "
	    "vasútvonalra vonatkozó tervein, amely már évek óta késik, de még "
	    "idén több pénz is jut rá, mert a munka már elkezdődött.", "hu");
	IS("Ministrul a declarat marți că guvernul nu își va schimba planurile "
	    "pentru noua linie de cale ferată, care este întârziată de ani de "
	    "zile, dar că vor fi mai mulți bani pentru lucrările care au început.", "ro");
	IS("Ministeri sanoi tiistaina, että hallitus ei muuta suunnitelmiaan "
	    "uuden rautatien osalta, joka on viivästynyt jo vuosia, mutta hänen "
	    "mukaansa rahaa on nyt myös enemmän kuin ennen.", "fi");
	IS("Bộ trưởng cho biết vào thứ Ba rằng chính phủ sẽ không thay đổi kế "
	    "hoạch của mình đối với tuyến đường sắt mới, và những công trình này "
	    "đã bị trì hoãn trong nhiều năm.", "vi");
	/* elisions: l'homme, d'un, qu'il */
	IS("L'homme qu'il a vu n'était pas celui d'hier: l'enquête s'est arrêtée "
	    "là et d'autres témoins l'ont confirmé.", "fr");
	IS("Nell'anno dell'incidente l'azienda ha chiuso lo stabilimento e gli "
	    "operai sono rimasti senza lavoro per mesi.", "it");
}

static void test_scripts(void)
{
	IS("Министр заявил во вторник, что правительство не изменит свои планы "
	    "по новой железной дороге.", "ru");
	IS("Міністр заявив у вівторок, що уряд не змінить свої плани щодо нової "
	    "залізниці, яка відкладається вже багато років.", "uk");
	IS("Министърът заяви във вторник, че правителството няма да промени "
	    "плановете си за новата железопътна линия.", "bg");
	IS("Министар је у уторак рекао да влада неће мењати своје планове за "
	    "нову железничку пругу, која касни већ годинама.", "sr");
	IS("Министерот во вторник изјави дека владата нема да ги промени "
	    "своите планови за новата железничка пруга, која доцни со години.", "mk");
	IS("Міністр заявіў у аўторак, што ўрад не зменіць свае планы адносна "
	    "новай чыгункі, якая адкладаецца ўжо шмат гадоў.", "be");
	IS("Ο υπουργός δήλωσε την Τρίτη ότι η κυβέρνηση δεν θα αλλάξει τα σχέδιά της.", "el");
	IS("قال الوزير يوم الثلاثاء إن الحكومة لن تغير خططها بشأن خط السكك الحديدية الجديد.", "ar");
	IS("وزیر روز سه‌شنبه گفت که دولت برنامه‌های خود را برای راه‌آهن جدید تغییر نمی‌دهد.", "fa");
	IS("وزیر نے منگل کو کہا کہ حکومت نئی ریلوے لائن کے لیے اپنے منصوبے "
	    "تبدیل نہیں کرے گی۔", "ur");
	IS("השר אמר ביום שלישי כי הממשלה לא תשנה את תוכניותיה לגבי מסילת הרכבת החדשה.", "he");
	IS("部长周二表示，政府不会改变其新铁路的计划，该铁路已经推迟多年。", "zh");
	IS("大臣は火曜日、政府は新しい鉄道の計画を変更しないと述べた。", "ja");
	IS("장관은 화요일 정부가 새 철도 계획을 변경하지 않을 것이라고 말했다.", "ko");
	IS("รัฐมนตรีกล่าวเมื่อวันอังคารว่ารัฐบาลจะไม่เปลี่ยนแผนสำหรับทางรถไฟสายใหม่", "th");
	IS("मंत्री ने मंगलवार को कहा कि सरकार नई रेलवे लाइन के लिए अपनी योजना नहीं बदलेगी।", "hi");
	IS("Նախարարը երեքշաբթի հայտարարեց, որ կառավարությունը չի փոխի իր "
	    "ծրագրերը նոր երկաթուղու համար։", "hy");
	IS("მინისტრმა სამშაბათს განაცხადა, რომ მთავრობა არ შეცვლის ახალი "
	    "რკინიგზის გეგმებს.", "ka");
	IS("புதிய ரயில் பாதைக்கான திட்டங்களை அரசு மாற்றாது என்று அமைச்சர் "
	    "செவ்வாய்க்கிழமை தெரிவித்தார்.", "ta");
	IS("মন্ত্রী মঙ্গলবার বলেছেন যে সরকার নতুন রেলপথের পরিকল্পনা পরিবর্তন করবে না।", "bn");
}

/* Han characters inside Japanese and Korean text, Latin words inside
 * Chinese text. */
static void test_east_asian(void)
{
	/* mostly kanji, a few kana */
	IS("東京都議会選挙投票率過去最低更新、都知事発言注目集める。", "ja");
	/* Korean with hanja */
	IS("大韓民國 國會는 火曜日 新鐵道 計劃을 議決했다. 政府는 反對했다.", "ko");
	IS("苹果公司CEO Tim Cook周二表示，iPhone的销量在中国市场增长了百分之十。", "zh");
	IS("台灣總統府週二表示，政府將持續推動新的鐵路建設計畫。", "zh");
	/* a short headline: 12 CJK characters are enough, 12 Latin letters
	 * are not */
	IS("商品の改造が商標法違反に！？", "ja");
	CHECK(det("Tuesday news") == NULL);
	/* a Japanese article about code: more Latin letters (identifiers,
	 * product names) than CJK characters, no word of a language we
	 * list; its Japanese still names the language */
	IS("個人的にWebAssemblyには強く期待しており、その中でもGoが有力だと感じ"
	    "ています。wasm-moduleはRustでもDOM操作を可能にしてくれるのです。\n"
	    "extern \"C\" { fn global_getWindow() -> i32; fn Window_get_document"
	    "(window:i32) -> i32; fn Document_querySelector(document:i32,"
	    "query:i32) -> i32; fn HTMLCanvasElement_getContext(element:i32,"
	    "context:i32) -> i32; }", "ja");
	/* ... but an English text with a few CJK names stays English */
	IS("The company said on Tuesday that its founder, 孫正義, would step "
	    "down as the head of the fund after the losses of the year.", "en");
}

/* English clitics (it's, don't) and initialisms (U.S.) are not the
 * Czech, Slovak or Croatian one-letter words s, a, u. */
static void test_english_short(void)
{
	IS("The U.S. uses a progressive system, your marginal rate applies only "
	    "to income within each bracket.", "en");
	IS("Just because my blog is new doesn't mean I don't get to do a "
	    "year-end round-up! Right?", "en");
	IS("Here's a challenge: how much does project management software "
	    "cost? According to a leading review site, it's a lot.", "en");
}

/* NULL or code: thin evidence may give no answer, never another one. */
#define NULL_OR(s, code) \
	do { const char *r_ = det(s); \
	     CHECK(!r_ || !strcmp(r_, code)); } while (0)

/* A list of names, places and model codes holds a few one-letter words
 * ("Z-5", "X-TRA", "II") and no prose: no Slovenian or other guess;
 * the same letters as real prepositions keep their language. */
static void test_lists(void)
{
	NULL_OR("Zusammenarbeit Anna ./. Peter Mai 2019 II\nStandorte\n"
	    "Anna: Italien.\nPeter: Österreich.\nFilm\nKodak X-TRA 400.\n"
	    "Kameras\nAnna: Leica M-6.\nPeter: NIKON Z-5 p.\nFotostrecke\n"
	    "Posted in: Filmtausch, Anna-Peter | Tagged: Italien, NIKON Z-5p, "
	    "Doppelbelichtung", "de");
	/* a masthead of names and addresses shares "de" and "e" among
	 * Spanish, Portuguese and Italian: no Portuguese */
	NULL_OR("Presidenta del Directorio: María Elena Torres Vargas\n"
	    "Gerente General: Juan Carlos Rivas Soto\n"
	    "Director(e): Pedro Luis Campos Ruiz\n"
	    "Editora Andina Av. Grau 455, Lima 1 Central Telefónica (51-1) 4250300\n"
	    "Informaciones (51-1) 425-0300 anexos 2206 / 2218\n"
	    "Empresa Andina de Servicios S.A. RUC 20100072751", "es");
	IS("Z vlakom je šel v Ljubljano, ker je bil avto pokvarjen, in tudi "
	    "zato, ker je to hitreje, pa še ceneje je.", "sl");
	IS("Z tego powodu rząd nie zmieni planów, a minister powiedział, że to "
	    "jest dla niego ważne i że w przyszłym roku będzie więcej pieniędzy.", "pl");
	/* hyphens and digits do not make a one-letter word out of a name */
	IS("The X-ray of the U-boat showed that the A4 rocket had been hit, "
	    "and the crew said it was not their fault.", "en");
	/* capitals: a headline keeps its words, acronyms (AV, CA) are none */
	IS("THE MINISTER SAID THAT THE GOVERNMENT WOULD NOT CHANGE ITS PLANS "
	    "FOR THE NEW RAILWAY", "en");
	/* results table: function words only by chance, no line of prose */
	CHECK(det("1. Anna Meier (TSV Aalen) 12,34 s\n2. Lea Schmidt (LG Ulm) "
	    "12,56 s\n3. Eva de Vries (AV Den Haag) 12,61 s\n4. Ida Berg "
	    "(IF Lund) 12,70 s\n5. Mia van Dam (AV Delft) 12,74 s\n6. Zoe "
	    "Novak (AK Brno) 12,80 s\n7. Lena Horvat (AK Zagreb) 12,85 s\n"
	    "8. Sara Costa (SC Porto) 12,90 s\n9. Nora Kovac (AK Split) "
	    "12,95 s\n10. Alba Ruiz (CA Madrid) 13,02 s") == NULL);
}

/* A language we do not list (Papiamento) holds look-alikes of several
 * (Slovenian "pa", Portuguese "na", Italian "e"): no answer. */
static void test_unknown_language(void)
{
	CHECK(det("E scol a organisa un evento pa e studiantenan na e plaza "
	    "central. Na e ocasion aki e muchanan a presenta trabounan traha di "
	    "materialnan recicla cu yudansa di nan maestronan. Segun e directora, "
	    "nos ta biba den un tempo unda nos mester cuida nos planeta. Hopi "
	    "hende ta bebe nan koffie den cups cu ta wordo tira afo pa dia, y "
	    "esey ta causa hopi sushi riba caya y den lama. Tambe ta importante "
	    "pa corda cuanto palo ta wordo corta pa por traha e cupsnan aki. E "
	    "scol ta gradici e mayornan pa nan apoyo na e proyecto.") == NULL);
	/* Slovenian keeps its "pa" */
	IS("Vlada je v torek sporočila, da bo projekt končan do poletja, pa "
	    "tudi da bodo stroški višji, kot so pričakovali, ker so se cene "
	    "materiala zvišale in ni dovolj delavcev.", "sl");
}

/* Quotations in another language count only when the rest is unclear. */
static void test_quotes(void)
{
	IS("Am 14. Juni hielt die Rednerin eine vielbeachtete Rede vor den "
	    "Absolventen der Universität. „It is not the critic who counts; not "
	    "the man who points out how the strong man stumbles, or where the "
	    "doer of deeds could have done them better. The credit belongs to the "
	    "man who is actually in the arena“, sagte sie. Mit diesem Zitat "
	    "wollte sie den jungen Menschen Mut machen.\n"
	    "Dazu schrieb sie in einem Beitrag: “I concluded that this was the "
	    "single difference between the winner and the others: one saw the "
	    "chance and took it while the others did not see it, or if they did, "
	    "they did not act on it at all.” Angeregt durch diesen Gedanken hat "
	    "sie ein Buch über den Mut geschrieben, das im Herbst erscheint.", "de");
	/* English quoting German: still English */
	IS("The chancellor told reporters on Monday that the talks had been "
	    "difficult. «Wir haben uns auf einen Kompromiss geeinigt, der für "
	    "alle tragbar ist», she said, adding that the details would be "
	    "published later this week and that the parliament would vote on "
	    "the plan in the spring.", "en");
	/* a text that is all quotation keeps its language */
	IS("„Wir werden die Strecke bis zum Sommer fertigstellen, und die "
	    "Kosten sind nicht gestiegen, auch wenn die Arbeiten wegen des "
	    "Wetters länger gedauert haben als geplant.“", "de");
	/* a stray mark misleads no further than its paragraph */
	IS("He measured 5'10\" and said he was ready.\nThe coach said that "
	    "the team would travel on Sunday and that the players were fit.", "en");
}

/* Scrambled text (a paywall) after a paragraph of German prose: the
 * prose paragraph is enough, the noise does not dilute it away. */
static void test_scrambled(void)
{
	char buf[6000];
	size_t n = (size_t)snprintf(buf, sizeof buf, "%s",
	    "Seit kurzem schmücken die Wände des Gebäudes der Stiftung ein "
	    "buntes Gemälde. Die Agentur hat die Außenwände neu gestaltet, und "
	    "was hinter dem Motiv steckt, erklärt sie auf ihrer Seite.\n");
	uint32_t x = 12345;
	while (n + 16 < sizeof buf) {
		size_t wl = 3 + (x >> 16) % 9;
		for (size_t i = 0; i < wl; i++) {
			x = x * 1103515245u + 12345u;
			buf[n++] = (char)('a' + (x >> 16) % 26);
		}
		buf[n++] = ' ';
	}
	buf[n] = 0;
	IS(buf, "de");
	/* the noise alone is no language */
	CHECK(det(strchr(buf, '\n') + 1) == NULL);
}

/* When no listed word tells Spanish from Catalan, the more common
 * language listed first is the answer. */
static void test_ties(void)
{
	IS("El director técnico argentino del club compareció en conferencia "
	    "de prensa previo a la reanudación del torneo de la liga.", "es");
}

static void test_unclear(void)
{
	CHECK(det("") == NULL);
	CHECK(det("Hello") == NULL);
	CHECK(det("12345 67890 !!! ??? ... 2024-01-01") == NULL);
	CHECK(lang_detect(NULL, 0) == NULL);
	/* invalid bytes do not crash and do not count */
	CHECK(det("\xFF\xFE\xFD\xC3") == NULL);
	/* names and numbers only: no function words */
	CHECK(det("Xavier Quintana Zbigniew Yorick Wolfgang Vladimir Ulrich") == NULL);
}

/* The five seed articles are English news with page furniture. */
static void test_seeds(void)
{
	static const char *const seeds[] = {
		"000_4f84585575684f89.txt", "001_cde27cff9f0fd582.txt",
		"002_936a602e0eadc9bc.txt", "003_5e3c4a208b616a98.txt",
		"004_eb114ad2a8217f4c.txt",
	};
	for (size_t i = 0; i < 5; i++) {
		char path[256] = "../shared/seeds/";
		size_t len;
		strcat(path, seeds[i]);
		char *s = harness_read_file(path, &len);
		CHECK(s != NULL);
		if (s)
			CHECK_STR(lang_detect(s, len), "en");
		free(s);
	}
}

/* The word tables are searched by bisection: an entry out of order would
 * silently never match. */
static void test_tables_sorted(void)
{
	CHECK(lang_tables_sorted());
}

static const test_case tests[] = {
	{"latin", test_latin},
	{"close_pairs", test_close_pairs},
	{"scripts", test_scripts},
	{"east_asian", test_east_asian},
	{"english_short", test_english_short},
	{"lists", test_lists},
	{"unknown_language", test_unknown_language},
	{"quotes", test_quotes},
	{"scrambled", test_scrambled},
	{"ties", test_ties},
	{"unclear", test_unclear},
	{"seeds", test_seeds},
	{"tables_sorted", test_tables_sorted},
};

HARNESS_MAIN(tests)
