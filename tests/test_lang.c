/* test_lang.c - language detection: scripts, Cyrillic and Arabic
 * variants, Latin languages from function words, too-short input, and
 * the English seed articles. */
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

static void test_scripts(void)
{
	IS("Министр заявил во вторник, что правительство не изменит свои планы "
	    "по новой железной дороге.", "ru");
	IS("Міністр заявив у вівторок, що уряд не змінить свої плани щодо нової "
	    "залізниці, яка відкладається вже багато років.", "uk");
	IS("Министърът заяви във вторник, че правителството няма да промени "
	    "плановете си за новата железопътна линия.", "bg");
	IS("Ο υπουργός δήλωσε την Τρίτη ότι η κυβέρνηση δεν θα αλλάξει τα σχέδιά της.", "el");
	IS("قال الوزير يوم الثلاثاء إن الحكومة لن تغير خططها بشأن خط السكك الحديدية الجديد.", "ar");
	IS("وزیر روز سه‌شنبه گفت که دولت برنامه‌های خود را برای راه‌آهن جدید تغییر نمی‌دهد.", "fa");
	IS("השר אמר ביום שלישי כי הממשלה לא תשנה את תוכניותיה לגבי מסילת הרכבת החדשה.", "he");
	IS("部长周二表示，政府不会改变其新铁路的计划，该铁路已经推迟多年。", "zh");
	IS("大臣は火曜日、政府は新しい鉄道の計画を変更しないと述べた。", "ja");
	IS("장관은 화요일 정부가 새 철도 계획을 변경하지 않을 것이라고 말했다.", "ko");
	IS("รัฐมนตรีกล่าวเมื่อวันอังคารว่ารัฐบาลจะไม่เปลี่ยนแผนสำหรับทางรถไฟสายใหม่", "th");
	IS("मंत्री ने मंगलवार को कहा कि सरकार नई रेलवे लाइन के लिए अपनी योजना नहीं बदलेगी।", "hi");
	IS("মন্ত্রী মঙ্গলবার বলেছেন যে সরকার নতুন রেলপথের পরিকল্পনা পরিবর্তন করবে না।", "bn");
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

static const test_case tests[] = {
	{"latin", test_latin},
	{"scripts", test_scripts},
	{"unclear", test_unclear},
	{"seeds", test_seeds},
};

HARNESS_MAIN(tests)
