package dev.licit.screening.eval;

import static dev.licit.screening.eval.Comparisons.compare;
import static dev.licit.screening.eval.Comparisons.lineOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.screening.Band;
import dev.licit.screening.NameComparison;
import dev.licit.screening.match.MatchKind;
import dev.licit.screening.match.TokenAlignment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The kinds of variant a trained analyst recognises (issue 16), one example each: flagged when they
 * name the same party, not flagged when one distinctive word or number differs, and every
 * equivalence from a table named in the word-by-word alignment.
 */
class AnalystVariantsTest {

    @ParameterizedTest(name = "{0} is flagged against {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Volvo Aktiebolag | Volvo AB",
                // the kashida that stretches Arabic letters is no letter (written for looks, or to evade)
                "أديب شعبـان العانــي | ADIB SHABAN AL-ANI",
                "رودي سليــوة | ROODI SLEWA",
                // a name and الدين written apart against one Latin word, the h after sh a letter
                "شهاب الدين دلاور | SHAHABUDDIN DELAWAR",
                // the article assimilated (ur, ul) is the article, and an initial may stand for it
                "Zia Rahman Madani | ZIA-UR-RAHMAN MADANI",
                "F.-u. Khalil | Fazl-ur Rehman Khalil",
                "Amin, Muhammad | AMIN MUHAMMAD UL HAQ SAAM KHAN",
                // a listed company's name with one distinctive word or its place dropped: an analyst looks
                "Beijing Zhipu Technology Co. Ltd. | Beijing Zhipu Huazhang Technology Co. Ltd.",
                "Novas Tecnologias S.A. | GENI NOVAS TECNOLOGIAS S.A.",
                "Rahmah Naamloze Vennootschap | Rahmah NV",
                "Polimex Spółka z ograniczoną odpowiedzialnością | Polimex Sp. z o.o.",
                "Mahan Air | MAHAN AIRWAYS",
                "Pangates Intl. Trading | PANGATES INTERNATIONAL TRADING",
                "Pangates Indl. Chem. Corpn. | PANGATES INDUSTRIAL CHEMICALS CORPORATION",
                "Pangates Trdg. Inds. | PANGATES TRADING INDUSTRIES",
                "Pangates Shpg. Mgmt. | PANGATES SHIPPING MANAGEMENT",
                "Bill Gates | William Gates",
                "Sasha Borisovich Totoonov | Aleksandr Borisovich Totoonov",
                "Hap Jang Gang Six | HAP JANG GANG 6",
                "I. Bayaltun | Ismail Bayaltun",
                "Pak Pong Ju | Park Bong-ju",
                "Rhee Jong Ho | Lee Jong-ho",
                "박봉주 | Pak Pong Ju",
                "金正恩 | Kim Jong Un",
                "佐藤太郎 | Taro Sato",
                "中国移动通信集团有限公司 | China Mobile Communications Group Co., Ltd.",
                // universities the Entity List names in English only, written in Chinese as parties in China do
                "哈尔滨工业大学 | Harbin Institute of Technology",
                "北京航空航天大学 | Beijing University of Aeronautics and Astronautics (BUAA)",
                "西北工业大学 | Northwestern Polytechnical University",
                "电子科技大学 | University of Electronic Science and Technology of China",
                "China Academy of Engineering Physics | Chinese Academy of Engineering Physics", // one place
                "中国航天科技集团有限公司 | China Aerospace Science and Technology Corporation (CASC)",
                // an institute's ordinal in Chinese numerals, the list's in digits
                "中国电子科技集团公司第十四研究所 | China Electronics Technology Group Corporation 14th Research Institute",
                "中国船舶集团有限公司第七二二研究所 | China Shipbuilding Group 722nd Research Institute",
                "화웨이 | Huawei Technologies Co., Ltd.",
                "صدام حسين التكريتي | SADDAM HUSSEIN AL-TIKRITI",
                "هدايت الله | HIDAYATULLAH",
                "حمد الله نعمانى | HAMDULLAH NOMANI",
                "صلاح الدين | SALAHUDDIN",
                "عبد القدوس | ABDUL QUDDUS", // the final s of an Arabic word is a consonant, not a plural
                // Arabic script against Latin letter by letter, long vowels and ʿayn held to the spelling
                "حكمت مزبان إبراهيم العزاوي | HIKMAT MIZBAN IBRAHIM AL-AZZAWI", // ʿayn written as a vowel
                "الطيب نايل | TAYEB NAIL", // two words of two consonants each, their long vowels agree
                "يحيى جوادي | YAHIA DJOUADI", // the French dj for ج
                "فضل ربيع | FAZL RABI", // ض said z in Persian and Urdu spellings
                "عبد الحق وثيق | ABDUL-HAQ WASSIQ", // ث said s; the article of a short word set apart
                "فیض الله خان نورزی | FAIZULLAH KHAN NOORZAI", // a two-word name written as one, as long
                "ولی خان | WALI KHAN", // و and ی opening a word are consonants (w, y), not long vowels
                "یزید ولی | YAZID WALI",
                "حزب في لبنان | HIZB IN LEBANON", // في is "in", a particle as light as the English one
                "Khalid Al Masri | KHALID ELMASRY", // the article apart, and the noun respelt, against one word
                "Z. Hir | ZULKIFLI BIN ABDUL HIR", // "bin" (son of) is a particle, as "al" is
                "Yasar Ibrahim | YASSER HUSSEIN IBRAHIM", // two spellings of ياسر and a middle name dropped
                "Ayman Al-Zawahari | AIMAN MUHAMMED RABI AL-ZAWAHIRI", // two middle names dropped, a typo
                "Army of Mohammed | JAISH-I-MOHAMMED", // Jaysh, Jaish: army
                "Park Chung-hee | 박정희", // the usual spellings of Korean names
                "朴正熙 | Park Chung-hee",
                "Roh Tae-woo | 노태우",
                "Han Duck-soo | 한덕수",
                "Hwang Kyo-ahn | 황교안",
                "尹錫悦 | Yoon Suk-yeol",
                "Ban Ki-moon | 潘基文",
                "Yair Lapid | יאיר לפיד",
                "Paetongtarn Shinawatra | แพทองธาร ชินวัตร",
                "Abhisit Vejjajiva | อภิสิทธิ์ เวชชาชีวะ",
                "حرکت الجہاد الاسلامی | HARAKAT-UL JIHAD ISLAMI", // Harakat (movement) against its script
                "محمد عمر ځدران | MUHAMMAD OMAR ZADRAN", // Pashto ځ, z in Latin spellings
                "پښتون | PASHTUN", // Pashto ښ, sh
                "بینظیر بھٹو | BENAZIR BHUTTO", // Urdu ھ, the h of an aspirate
                "عمران خاں | IMRAN KHAN", // Urdu ں, a final n
                "عامر علی چوہدری | AAMIR ALI CHAUDHRY", // the h before the d in Urdu, after it in Latin
                "ชวน ทองคำ | Chuan Tongkam", // ำ read am after the name's compatibility normalisation
                "Μαρία Βασιλείου | Maria Vassiliou", // Greek as passports read it (β v), a doubled s apart
                "ソニー株式会社 | Sony Corporation", // the kana's prolonged sound mark is part of its word
                "Saint Petersburg Bank | St. Petersburg Bank", // a word of place names and its abbreviation
                // an organisation whose words are all names is known by its acronym, a person is not
                "IRGC | ISLAMIC REVOLUTIONARY GUARD CORPS",
                "LRA | LORD’S RESISTANCE ARMY",
                "Fort Worth Trading LLC | Ft. Worth Trading LLC",
                "Ευάγγελος Βενιζέλος | Evangelos Venizelos",
                "משה מזרחי | Moshe Mizrachi",
                "יוסף פרץ | Yosef Peretz",
                "אברהם שפירא | Avraham Shapiro",
                "Mohamed Saeed | Muhammad Said",
                "Hossein Kamali-Niya | HOSSEIN KAMMALINIA", // a hyphened name written as one, two letters apart
                // a ship's type written before its name; a Roman numeral of one letter against its number
                "MT Happiness 1 | HAPPINESS 1",
                "M/T Grace 1 | GRACE 1",
                "S/T Happiness I | HAPPINESS 1",
                "MV Adrian Darya 1 | ADRIAN DARYA 1",
                "M/S Rahmah Traders | RAHMAH TRADERS", // Messrs, in South Asian company names
                "Abdullah bin Ahmed | Abdullah ibn Ahmed", // son of, in three spellings
                "Fatima bint Ali | Fatima binti Ali",
                "Алексей Зайцев | Alexey Zaytsev",
                "अमित शाह | Amit Shah", // श is sh
                "प्रिया चौधरी | Priya Chaudhary", // a final vowel sign stays (Priya); च is ch
                "H U A W E I | HUAWEI",
                "N-E-D-A I-N-D-U-S-T-R-I-A-L G-R-O-U-P | NEDA INDUSTRIAL GROUP",
                "Gaviotas Ltda. Global Trading Services Division | GAVIOTAS LTDA.",
                "J. Fernandez De Luna | Jesus Fernandez De Luna",
                "I Su-jin | Yi Su Jin", // I is the Korean surname 이, not an initial
                "Pak Su Jin | Park Su-jin", // one family name in two spellings
                // a company's word that is a surname too is no family name (Ong, a typo of Hong)
                "SMIC ong Kong International Company Limited | SMIC Hong Kong International Company Limited",
                "Cho Il Woo | CHO IL U", // U is a syllable spelt Woo too
                "ทักษิณ ชินวัตร | Thaksin Shinawatra",
                "ทักษิณ ชินวัตร | Taksin Chinnawat",
                "ยิ่งลักษณ์ ชินวัตร | Yingluck Shinawatra",
                "สมชาย วงศ์สวัสดิ์ | Somchai Wongsawat",
                "ประยุทธ์ จันทร์โอชา | Prayuth Chan-ocha",
                "อภิสิทธิ์ เวชชาชีวะ | Aphisit Wetchachiwa",
                // German and French spellings of Russian names (RussianRomanization)
                "Michail Gorbatschow | Mikhail Gorbachev",
                "Nikita Chruschtschow | Nikita Khrushchev",
                "Nikita Khrouchtchev | Nikita Khrushchev",
                "Boris Jelzin | Boris Yeltsin",
                "Pjotr Tschaikowski | Pyotr Chaykovskiy",
                "Sergueï Choïgou | Sergei Shoigu",
                "Boris Beresowski | Boris Berezovsky",
                // Latin spellings of one Arabic name, by consonants (ArabicLatinKey): held at POSSIBLE
                "Muammar Gaddafi | Muammar Qadhafi",
                "Saif al-Islam Al-Gaddafi | Saif al-Islam Qadhafi",
                "Abdul Jalil Al-Malahi | Abdul Jalil Mallah",
                // Russian joint-stock forms written out, their words swapped; words for "company"
                "Shvabe JSC | AKTSIONERNOE OBSHCHESTVO SHVABE",
                "Obshchestvo Aktsionernoe Shvabe | AO SHVABE",
                "Otkrytoe Aktsionernoe Obshchestvo Rostec | OAO ROSTEC",
                "Publichnoye Aktsionernoye Obshchestvo Songwon | SONGWON PAO",
                "Sherkat Tejarat Kala | KALA TRADING COMPANY",
                "Kompaniya Almaz | ALMAZ CO",
                "Aktsioenrnoe Obshchestvo Pasit | AKTSIONERNOE OBSHCHESTVO PASIT", // a slip in a form word
                // a listed company's generic word dropped, or its name padded, is still the company
                "Geni Novas Ltd | GENI NOVAS TECNOLOGIAS S.A.",
                "Prosport & Health, S.A. de C.V. | PROSPORT & HEALTH IMAGEN, S.A. DE C.V.", // a word further on
                "Amin Industrial Company | AMIN INDUSTRIAL COMPLEX",
                "Geni Novas Technologies Ltd | GENI NOVAS TECNOLOGIAS S.A.",
                "Geni Novas Tecnologias Global Trading Services Division S.A. | GENI NOVAS TECNOLOGIAS S.A.",
            })
    void sameParty(String party, String listed) {
        assertThat(compare(party, listed).band()).as(party + " / " + listed).isNotEqualTo(Band.NO_MATCH);
    }

    @ParameterizedTest(name = "{0} is not flagged against {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Foo Capital Fund IX | Foo Capital Fund XI",
                "哈尔滨理工大学 | Harbin Institute of Technology", // another university of the same city
                "中国电子科技集团公司第十五研究所 | China Electronics Technology Group Corporation 14th Research Institute",
                "Chinese Academy of Sciences | Russian Academy of Sciences", // two places, adjectives or not
                // a run of initials and a name is not the name two letters apart: another company's name
                "Fundacion Zumbaco Andes | C.I. ZUMBACO ANDES S.A.S.",
                "Pangates Shpg. | RAHMAH SHIPPING", // the sector word alone is no match
                "Gaviotas Series 2011-3 | Gaviotas Series 2011-4",
                "8 Karnes | 7 Karnes",
                "T. Hamid | Mustafa Hamid",
                "هدايت الله | HABIBULLAH",
                "نجيب الله | NASRULLAH",
                "عبد القدوس | ABDUL QUDDAM",
                "משה כהן | Moshe Katz",
                "יוסף פרץ | Yosef Perlman",
                "אברהם שפירא | Avraham Sharon",
                "प्रिया मिश्रा | Priya Verma",
                "अमित शाह | Amit Sahni",
                "ELLISSA HOLDING Global Trading Services Division | GAVIOTAS LTDA.",
                "ทักษิณ ชินวัตร | Thawatchai Chanwit",
                "Q. Fernandez De Luna | Jesus Fernandez De Luna", // Q stands for another given name
                "P. Laredo Donjuan | Ismael Laredo Donjuan",
                "สมชาย ศรีสุข | Somsak Suwan",
                // a distinctive word of the listed company missing from a name written out with its form
                "Nova Technologies Ltd | GENI NOVAS TECNOLOGIAS S.A.",
                "Boris Jelzin | Boris Yelkin",
                "Muammar Gaddafi | Muammar Ghaffar", // another consonant
                "Aktsionernoe Obshchestvo Shvabe | AO SVYAZ", // the forms alone are no match
                "Sherkat Almaz | SHERKAT TEJARAT KALA",
                "Peter Gadafi | Peter Kadaffy", // neither name looks Arabic: no consonant key (and no typo)
                "Michail Gorbatschow | Mikhail Gorbunov",
                "주식회사 아미반도체 | AHMADI MOGHADAM, Ismail", // Ami is no acronym of a person's names
                "Happiness II | HAPPINESS 1",
                "Salahuddin Ahmed | Salah al-Din Mahmoud", // the joined name alone is no match
                // the same given names under another family name of the tables: another person
                "Kim Su-jin | Park Su Jin",
                "O Su-jin | Jeon Su Jin", // O, a Korean surname of one letter
                "Wang Xiaoming | Xiaoming Zhang",
                // the consonants agree but a letter Arabic writes has nothing in the Latin spelling
                "حسين | HASSAN", // ي unwritten: Hussein, not Hassan
                "حسن | HUSSAIN", // ai writes the ي that حسن lacks
                "محمد | MAHMOUD", // two names the tables tell apart
                "الطيب نايل | TAYEB NIL", // ا and ي against one i
                "Nasreddine Kamal | Salah al-Din Kamal",
                "MT Happiness 2 | HAPPINESS 1",
            })
    void differentParty(String party, String listed) {
        assertThat(compare(party, listed).band()).as(party + " / " + listed).isEqualTo(Band.NO_MATCH);
    }

    @ParameterizedTest(name = "{0} against {1} says why {2} and {3} are equal")
    @CsvSource(
            delimiter = '|',
            value = {
                "Pak Pong Ju | Park Bong-ju | pak | common Korean surname spelling",
                "Bill Gates | William Gates | bill | short form or spelling of a given name",
                "Mohamed Saeed | Muhammad Said | mohamed | common spelling of an Arabic name",
                "Abdullah bin Ahmed | Abdullah ibn Ahmed | bin | common spelling of an Arabic name",
                "Happiness I | HAPPINESS 1 | i | Roman numeral of one letter: i = 1",
                "Ahmed ben Ali | Ahmed bin Ali | ben | common spelling of an Arabic name",
                // Abd with the article's l assimilated to the next name's sun letter (ar-Rahman, as-Sattar)
                "Abdur Rahman Makki | ABDUL RAHMAN MAKKI | abdur | common spelling of an Arabic name",
                "Abdus Sattar | ABD AL-SATTAR | abdus | common spelling of an Arabic name",
                "Mahan Air | MAHAN AIRWAYS | air | abbreviation",
                "Hap Jang Gang Six | HAP JANG GANG 6 | six | number written out",
                "Saint Petersburg Bank | ST PETERSBURG BANK | saint | abbreviation of a word of place names",
            })
    void equivalencesAreExplained(String party, String listed, String word, String reason) {
        TokenAlignment line = lineOf(compare(party, listed), word);
        if (reason == null) {
            assertThat(line.how()).isEqualTo(MatchKind.EXACT); // both sides read 21: nothing to explain
        } else {
            assertThat(line.how()).isEqualTo(MatchKind.EQUIVALENT);
            assertThat(line.why()).startsWith(reason);
        }
    }

    @ParameterizedTest(name = "{0} against {1}: {2} is the legal form {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Aktsionernoye Obshchestvo Shvabe | AO SHVABE | aktsionernoye obshchestvo | ao",
                "Zakrytoe Aktsionernoe Obshchestvo Shvabe | ZAO SHVABE | zakrytoe aktsionernoe obshchestvo | zao",
                "Sherkat Kala | KALA CO | sherkat | co",
            })
    void writtenOutFormsPairWithTheirAbbreviation(String party, String listed, String words, String form) {
        TokenAlignment line = lineOf(compare(party, listed), words);
        assertThat(line.how()).isEqualTo(MatchKind.LEGAL_FORM);
        assertThat(line.listed()).isEqualTo(form);
    }

    @ParameterizedTest(name = "{0} against {1}: {2} and {3} by consonants, at POSSIBLE")
    @CsvSource(
            delimiter = '|',
            value = {
                "Muammar Gaddafi | Muammar Qadhafi | gaddafi | qadhafi",
                "Muammar al-Gaddafi | Muammar Kadhafi | gaddafi | kadhafi",
            })
    void arabicSpellingsAreExplainedAndHeldBelowMatch(String party, String listed, String word, String latin) {
        NameComparison.Result r = compare(party, listed);
        assertThat(r.band()).isEqualTo(Band.POSSIBLE);
        TokenAlignment line = lineOf(r, word);
        assertThat(line.how()).isEqualTo(MatchKind.SKELETON);
        assertThat(line.why()).startsWith("Latin spellings of one Arabic or Persian name: " + word + " / " + latin);
    }

    @ParameterizedTest(name = "{0} against {1}: {2} is {3} with its article apart, at POSSIBLE")
    @CsvSource(
            delimiter = '|',
            value = {
                "Salahuddin Ahmed | Salah al-Din Ahmed | salahuddin | salah al din",
                "Salaheddine Ahmed | Salah al-Din Ahmed | salaheddine | salah al din",
                "Nasreddine Kamal | Nasr al-Din Kamal | nasreddine | nasr al din",
                "Abdurrahman Saleh | Abd al-Rahman Saleh | abdurrahman | abd al rahman",
                "Alaeddin Boroujerdi | Ala al-Din Boroujerdi | alaeddin | ala al din",
                "Salah Eddine Ahmed | Salahuddin Ahmed | salah eddine | salahuddin",
            })
    void arabicNamesWithTheirArticleApartPair(String party, String listed, String words, String other) {
        NameComparison.Result r = compare(party, listed);
        assertThat(r.band()).as(party + " / " + listed + " " + r.score()).isEqualTo(Band.POSSIBLE);
        TokenAlignment line = lineOf(r, words);
        assertThat(line.how()).isEqualTo(MatchKind.SKELETON);
        assertThat(line.listed()).isEqualTo(other);
        assertThat(line.why())
                .startsWith("an Arabic name written in one word and with its article apart: " + words + " / " + other);
    }

    @ParameterizedTest(name = "{0} against {1} says {2} and {3} are one Russian name")
    @CsvSource(
            delimiter = '|',
            value = {
                "Michail Gorbatschow | Mikhail Gorbachev | gorbatschow | gorbachev",
                "Boris Jelzin | Boris Yeltsin | jelzin | yeltsin",
                "Sergueï Choïgou | Sergei Shoigu | choigou | shoigu",
            })
    void russianSpellingsAreExplained(String party, String listed, String word, String latin) {
        TokenAlignment line = lineOf(compare(party, listed), word);
        assertThat(line.how()).isEqualTo(MatchKind.ROMANISATION_RU);
        assertThat(line.why())
                .startsWith("Cyrillic romanisation (scholarly, ISO 9, BGN/PCGN, passport): " + word + " / " + latin);
    }

    @ParameterizedTest(name = "{0} against {1} says {2} and {3} are one Thai name")
    @CsvSource(
            delimiter = '|',
            value = {
                "สมชาย ชินวัตร | Somchay Shinawatra | somchai | somchay",
                "ทักษิณ ชินวัตร | Taksin Shinawatra | chinwat | shinawatra",
            })
    void thaiSpellingsAreExplained(String party, String listed, String word, String latin) {
        TokenAlignment line = lineOf(compare(party, listed), word);
        assertThat(line.how()).isEqualTo(MatchKind.ROMANISATION_TH);
        assertThat(line.why()).startsWith("Thai RTGS romanisation: " + word + " / " + latin);
    }

    @ParameterizedTest(name = "{0} against {1}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                // one distinctive word alike but perhaps another name: reported, not as sure
                "Lukas Brenner | Lukas Bremer | POSSIBLE",
                "Miroslav Radic | Miroslav Tadic | POSSIBLE",
                "Jinsong Joint Bank | Jinmyong Joint Bank | POSSIBLE",
                "Jose Antonio Radic | Jose Antonio Tadic | POSSIBLE",
                "Li Youming | Youmin Li | POSSIBLE", // a syllable's rhyme a letter apart (ng, n): a slip?
                // a syllable changed by more than a letter, or in its initial, is another character
                "Wang Guoming | Guoying Wang | NO_MATCH",
                "Zhang Keming | Keping Zhang | NO_MATCH",
                "Ma Xiaoming | Xiaohong Ma | NO_MATCH",
                "Chen Mingfu | Chen Mingguo | NO_MATCH",
                "Zheng Yanming | Yanxiong Zheng | NO_MATCH",
                // names not shaped as Chinese keep the typo rules, though their words split into syllables
                "Lorenzo Rossi | Lorenso Rossi | MATCH",
                "Xiaoming Ma | Xioaming Ma | MATCH", // not syllables: a typist's slip
                // a typist's slip, a long word's typo or a spelling of one name stay sure
                "Lukas Brenner | Lukas Brenenr | MATCH",
                "Huawie Technologies | Huawei Technologies | MATCH",
                "Mohammad Shamkhany | Mohammad Shamkhani | MATCH",
                "Issa Al-Zaydi | Issa Al-Zeydi | MATCH",
                "Andrey Shoygu | Andrei Shoigu | MATCH",
                "Mohamed Hamcho | Muhammad Hamsho | MATCH",
            })
    void aWordAlikeIsATypoOrAnotherName(String party, String listed, Band band) {
        assertBand(party, listed, band);
    }

    /** The band of the comparison, its score in the message. */
    private static void assertBand(String party, String listed, Band band) {
        NameComparison.Result r = compare(party, listed);
        assertThat(r.band()).as(party + " / " + listed + " " + r.score()).isEqualTo(band);
    }

    @ParameterizedTest(name = "{0} against {1}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                // given and family names swapped: both orders are plausible, perhaps two people
                "Werner Otto | Otto Werner | POSSIBLE",
                "Martin Thomas Ellis | Thomas Martin Ellis | POSSIBLE",
                "Hassan Ali | Ali Hassan | POSSIBLE",
                // the same order, or an order set by convention, stays sure
                "Otto Werner | Otto Werner | MATCH",
                "Moroz Dmitry | Dmitry Moroz | MATCH", // Moroz is no given name: the family name first
                "Rim Abbas | ABBAS, Rim | MATCH",
                "Kim Jong Un | Jong Un Kim | MATCH",
                "Wang Chen | Chen Wang | MATCH",
                "中村健 | Ken Nakamura | MATCH",
                "Huawei Technologies | Technologies Huawei | MATCH",
            })
    void swappedNamesAreNotSure(String party, String listed, Band band) {
        NameComparison.Result r = compare(party, listed);
        assertThat(r.band()).as(party + " / " + listed + " " + r.score()).isEqualTo(band);
        if (band == Band.POSSIBLE) {
            assertThat(r.explanation().adjustments()).anyMatch(a -> a.contains("given and family names swapped"));
        }
    }

    @ParameterizedTest(name = "{0} against {1}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                // a number in two words or hyphenated is one number, an ordinal one too
                "IRAN HORMUZ Twenty-Two | IRAN HORMUZ 22 | MATCH",
                "Twenty One Holdings | 21 HOLDINGS | MATCH",
                "Ninety Nine Trading | 99 TRADING | MATCH",
                "Twenty-First Century Shipping | 21st Century Shipping | MATCH",
                "First Century Shipping | 1st Century Shipping | MATCH",
                // and another number is another name
                "IRAN HORMUZ Twenty-Two | IRAN HORMUZ 23 | NO_MATCH",
                "IRAN HORMUZ Twenty-Two | IRAN HORMUZ 20 | NO_MATCH",
                "Twenty-First Century Shipping | 22nd Century Shipping | NO_MATCH",
                // French numbers in words, counted by twenties above sixty
                "Almacen Vingt-et-Un Rahmah | ALMACEN 21 RAHMAH | MATCH",
                "Fonds Quatre-Vingt-Dix Rahmah | FONDS 90 RAHMAH | MATCH",
                "Soixante-Dix-Sept Rahmah | 77 RAHMAH | MATCH",
                "Quatre-Vingts Rahmah | 80 RAHMAH | MATCH",
                "Soixante et Onze Rahmah | 71 RAHMAH | MATCH",
                "Vingt-Deux Rahmah | 22 RAHMAH | MATCH",
                "Cinq Rahmah | 5 RAHMAH | MATCH",
                "Almacen Vingt-et-Un Rahmah | ALMACEN 22 RAHMAH | NO_MATCH",
                "Fonds Quatre-Vingt-Dix Rahmah | FONDS 80 RAHMAH | NO_MATCH",
                "Soixante-Dix-Sept Rahmah | 67 RAHMAH | NO_MATCH",
                "Soixante-Dix-Sept Rahmah | 70 RAHMAH | NO_MATCH",
            })
    void numbersInWords(String party, String listed, Band band) {
        NameComparison.Result r = compare(party, listed);
        assertThat(r.band()).as(party + " / " + listed + " " + r.score()).isEqualTo(band);
    }

    @ParameterizedTest(name = "{0} against {1}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                // Wade-Giles given names, hyphenated, against Pinyin written as one word
                "Liu Kuo-hua | Guohua Liu | MATCH", // kuo guo, split as guo + hua, not gu + ohua
                "Huang Jih-hsin | Rixin Huang | MATCH", // Wade-Giles j before ih is Pinyin r
                "Lin Yu-ting | Youting Lin | MATCH", // Wade-Giles yu is Pinyin you
                "Kao Yen-ming | Yanming Gao | MATCH", // yen is yan
                "CHIH-HANG SHIPPING | ZHIHANG SHIPPING | MATCH", // zhi + hang, not zhih + ang
                "Mao Tse-tung | Mao Ze Dong | MATCH", // a syllable of two letters (ze) against its other spelling
                "Li Hung-jih | Hong Ri Li | MATCH", // li with li, not with ri (a Korean spelling of 李)
                // Cantonese and Hokkien surnames against Pinyin
                "Chan Chih-ming | Zhiming Chen | MATCH",
                "Tan Kuo-liang | Guoliang Chen | MATCH",
                "Cheung Hsiao-ping | Xiaoping Zhang | MATCH",
                "Leung Tse-hua | Zehua Liang | MATCH",
                // the near pairs: another given name, another surname, Pinyin j that is no r
                "Chan Chih-ming | Zhiqiang Chen | NO_MATCH",
                "Tan Wei | Lin Wei | NO_MATCH",
                "Chen Jih-hsin | Chen Jixin | NO_MATCH",
                "Kao Yen-ming | Yanqing Gao | NO_MATCH",
            })
    void chineseRomanisations(String party, String listed, Band band) {
        NameComparison.Result r = compare(party, listed);
        assertThat(r.band()).as(party + " / " + listed + " " + r.score()).isEqualTo(band);
    }

    @ParameterizedTest(name = "{0} against {1} explains {2}: {3}")
    @CsvSource(
            delimiter = ';',
            value = {
                "Chan Chih-ming; Zhiming Chen; chan; Chinese surname in Pinyin, Wade-Giles, Cantonese or Hokkien:"
                        + " chen/chan/tan/chern",
                "Chan Chih-ming; Zhiming Chen; chih ming; same Chinese syllables in another romanisation"
                        + " (Wade-Giles, Pinyin, postal): chih ming / zhiming (syllable key ci|ming|)",
                "Kao Yen; Yan Gao; kao; same Chinese syllables in another romanisation (Wade-Giles, Pinyin,"
                        + " postal): kao / gao (syllable key kao|)",
            })
    void chineseSpellingsAreExplained(String party, String listed, String word, String why) {
        TokenAlignment line = lineOf(compare(party, listed), word);
        assertThat(line.why()).isEqualTo(why);
    }

    @ParameterizedTest(name = "{0} against {1}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                // middle names and patronymics left out of an alias: reported, never as sure
                "Maria Lopez | Maria Elena Sofia Lopez | POSSIBLE",
                "D. Ivanov | Dmitri Sergeyevich Ivanov | POSSIBLE",
                "Ali Hassan | Ali Mohamed Hassan | POSSIBLE",
                "Maria Elena Sofia Lopez | Maria Lopez | POSSIBLE", // the party's name the longer one
                // the near pairs: the longer name's first or last word left over is not a middle name
                "Maria Lopez | Elena Maria Sofia Lopez | NO_MATCH",
                "Maria Lopez | Maria Elena Lopez Sofia Garcia | NO_MATCH",
                // a name that is the listed name's first words, which goes on with a father's names: reported,
                // never as sure; the listed name's last words are not (a relative's name may end the same)
                "Karim Zadran | KARIM ZADRAN GUL MOHAMMAD | POSSIBLE",
                "Karim Zadran | KARIM ZADRAN GUL MOHAMMAD JAN | POSSIBLE",
                "Karim Zadran Gul Mohammad | KARIM ZADRAN | POSSIBLE",
                "Karim Zadran | GUL MOHAMMAD KARIM ZADRAN | NO_MATCH",
                "Karim Zadran | KARIM GUL ZADRAN MOHAMMAD | NO_MATCH",
                "Karim Zadran Trading | KARIM ZADRAN GUL MOHAMMAD | NO_MATCH",
                // a dotted A., E. or Y. is an initial, not the stop word; in a legal form still a letter
                "A. Karimov | Abdullah Karimov | POSSIBLE",
                "A. Karimov | Rustam Karimov | NO_MATCH",
                // initials of a compound given name or of one name among several dropped: reported
                "J.-M. Runiga | Jean-Marie Rugerero Runiga | POSSIBLE",
                "T. Naji | Talal Muhammad Rashid Naji | POSSIBLE",
                "D. Popov | Dimitri Popov | POSSIBLE",
                "Foo Trading S. A. | Foo Trading SA | MATCH",
                // a given name that is also a place's is a given name all the same
                "T. Novak | Milan Novak | NO_MATCH",
                "M. Novak | Milan Novak | MATCH",
            })
    void middleNamesAndInitials(String party, String listed, Band band) {
        NameComparison.Result r = compare(party, listed);
        assertThat(r.band()).as(party + " / " + listed + " " + r.score()).isEqualTo(band);
    }

    @ParameterizedTest(name = "{0} against {1}: the initial {2} pairs with {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                // an initial opening a name alone is a given name's, not the article's; among initials it
                // may be, and further on a letter may be a word cut short
                "A. Imad Al-Din Al-Madani | Tariq Imad Al-Din Al-Madani | a | ''",
                "H.-a.-D. Jalal | Husam-al-Din Jalal | a | al",
                "PETROLEOS D EVENEZUELA S A | PETROLEOS DE VENEZUELA S A | d | de",
            })
    void anInitialStandsForAnArticleOnlyAmongInitials(String party, String listed, String initial, String word) {
        NameComparison.Result r = compare(party, listed);
        assertThat(lineOf(r, initial).listed())
                .as(r.explanation().alignment().toString())
                .isEqualTo(word);
    }

    @ParameterizedTest(name = "{0} against {1}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                // a true short form of the given name stays flagged
                "Bill John Harper Jones | William John Harper Jones | MATCH",
                "Sasha Mikhailovich Radkin | Aleksandr Mikhailovich Radkin | MATCH",
                "Masha Elena Gomez Ruiz | Maria Elena Gomez Ruiz | MATCH",
                // another given name of the tables, the other names the same: not flagged
                "Robert John Harper Jones | Richard John Harper Jones | NO_MATCH",
                "Sam Antonio Reyes Toboada | Jose Antonio Reyes Toboada | NO_MATCH",
                "Katya Elena Gomez Ruiz | Maria Elena Gomez Ruiz | NO_MATCH",
                // a left-over word further on is not the given name: the score decides
                "Rukan Razuqi Abd al-Ghafur Sulaiman | Rukan Razuqi Abd al-Ghafur Majid | POSSIBLE",
            })
    void anotherGivenNameIsAnotherPerson(String party, String listed, Band band) {
        NameComparison.Result r = compare(party, listed);
        assertThat(r.band()).as(party + " / " + listed + " " + r.score()).isEqualTo(band);
        if (band == Band.NO_MATCH && r.score() > 0.7 * 0.85) {
            assertThat(r.explanation().adjustments()).anyMatch(a -> a.contains("two names of the tables"));
        }
    }

    @ParameterizedTest(name = "{0} against {1}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                // Korean surnames spelt in one or two letters, in a Korean name
                "No Min-jun | Roh Min Jun | MATCH",
                "Go Dong-hyeok | Koh Tong Hyok | MATCH",
                "An Song-ho | Ahn Song Ho | MATCH",
                "O Su-jin | Oh Su Jin | MATCH",
                "I Cheol-ho | Yi Chol Ho | MATCH",
                // the near pairs: another surname, or a name that is not Korean, or I. an initial
                "Go Min-jun | Noh Min Jun | NO_MATCH",
                "No Limit Trading | Noh Limit Trading | NO_MATCH",
                "I. Smith | Lee Smith | NO_MATCH",
                "An Maria Lopez | Ahn Maria Lopez | NO_MATCH",
            })
    void koreanSurnamesInTwoLetters(String party, String listed, Band band) {
        NameComparison.Result r = compare(party, listed);
        assertThat(r.band()).as(party + " / " + listed + " " + r.score()).isEqualTo(band);
        if (band == Band.MATCH) {
            assertThat(r.explanation().alignment())
                    .anyMatch(a -> a.how() == MatchKind.EQUIVALENT
                            && a.why().startsWith("common Korean surname spelling, in a Korean name: "));
        }
    }

    /**
     * A company of the same name under another legal form is another legal person, often a sister
     * company elsewhere: flagged, not a MATCH. A form left out, or written another way the table
     * knows, is no other form.
     */
    @ParameterizedTest(name = "{0} against {1}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Pangates Trading SARL | PANGATES TRADING LIMITED | POSSIBLE",
                "Pangates Trading Co. SARL | PANGATES TRADING CO. LIMITED | POSSIBLE",
                "Pangates Trading GmbH | PANGATES TRADING AG | POSSIBLE",
                "Pangates Trading Ltd | PANGATES TRADING LIMITED | MATCH",
                "Pangates Trading Co. | PANGATES TRADING CO. LTD. | MATCH",
                "Pangates Trading | PANGATES TRADING LLC | MATCH",
                "Pangates Handels Aktiengesellschaft | PANGATES HANDELS AG | MATCH",
            })
    void anotherLegalFormIsAnotherCompany(String party, String listed, Band band) {
        assertBand(party, listed, band);
    }
    /**
     * A religious title before a name (Haji, Mullah, Maulavi, Qari, Sheikh) is on one alias and not
     * another of the same person: it weighs as little as an article. It does not make two people of
     * one given name alike.
     */
    @ParameterizedTest(name = "{0} against {1}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Haji Abdul Basir | ABDUL BASIR NOORZAI | POSSIBLE",
                "Maulavi Adam Khan | ADAM KHAN ACHEKZAI | POSSIBLE",
                "Mullah Fazlullah | MAULANA FAZLULLAH | MATCH",
                "Hajji Lal Jan Ishaqzai | LAL JAN ISHAQZAI | MATCH",
                "Haji Abdul Basir | HAJI ABDUL MANAN | NO_MATCH",
                "Mullah Ahmad | MULLAH MAHMOOD | NO_MATCH",
                // the same title on both and the person's own name, the listed name going on with his father's:
                // as much as two names; without the title on both, one name is not enough
                "Qari Saifullah | QARI SAIFULLAH TOKHI | POSSIBLE",
                "Haji Azizullah | HAJI AZIZULLAH ALIZAI | POSSIBLE",
                "Haji Azizullah | AZIZULLAH ALIZAI | NO_MATCH",
                "ملا محمد عمر | MOHAMMED OMAR | MATCH",
                "قاری سیف الله توخی | SAIFULLAH TOKHI | POSSIBLE",
            })
    void aTitleIsOnOneAliasAndNotAnother(String party, String listed, Band band) {
        assertBand(party, listed, band);
    }

    @Test
    void aTitleSaysWhyItWeighsLittle() {
        TokenAlignment paired = lineOf(compare("ملا محمد عمر", "Mullah Mohammed Omar"), "mla");
        assertThat(paired.listed()).isEqualTo("mullah");
        assertThat(paired.why())
                .isEqualTo(
                        "a title before a name, which one alias gives and another not: weighs as an article (mla / mullah)");
        TokenAlignment alone = lineOf(compare("Haji Abdul Basir", "ABDUL BASIR NOORZAI"), "haji");
        assertThat(alone.how()).isEqualTo(MatchKind.ONLY_IN_QUERY);
        assertThat(alone.why()).startsWith("a title before a name");
        assertThat(lineOf(compare("Abdul Basir Noorzai", "ABDUL BASIR"), "noorzai")
                        .why())
                .isEmpty();
    }
    /**
     * A Japanese company's name in kanji and katakana against the English name the lists use: the
     * name read by Kuromoji, its common words (重工業, 自動車, 電機; グループ) translated, and 株式会社
     * the Japanese form of the Corporation or Ltd. the English writes, not another company's form;
     * listed foreign companies by the katakana names Japanese press gives them.
     */
    @ParameterizedTest(name = "{0} against {1}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "三菱重工業株式会社 | MITSUBISHI HEAVY INDUSTRIES, LTD. | MATCH",
                "トヨタ自動車株式会社 | TOYOTA MOTOR CORPORATION | MATCH",
                "三菱電機株式会社 | MITSUBISHI ELECTRIC CORPORATION | MATCH",
                "ソニーグループ株式会社 | SONY GROUP CORPORATION | POSSIBLE",
                "三菱電機株式会社 | MITSUBISHI HEAVY INDUSTRIES, LTD. | NO_MATCH",
                "トヨタ自動車株式会社 | TOYOTA TSUSHO CORPORATION | NO_MATCH",
                // Kuromoji reads 三井 once the table's 物産 (trading) is cut off, not 三井物産 as one
                "三井物産株式会社 | MITSUI & CO., LTD. | POSSIBLE",
                // two forms in one other script are two companies' forms, as two Latin ones are
                "三菱電機株式会社 | 三菱電機有限公司 | POSSIBLE",
                // listed foreign companies as Japanese writes them in katakana
                "ファーウェイ・テクノロジーズ | HUAWEI TECHNOLOGIES CO., LTD. | MATCH",
                "センスタイム・グループ | SENSETIME GROUP LIMITED | MATCH",
                "ファーウェイ | ZTE CORPORATION | NO_MATCH",
            })
    void japaneseCompanyNamesAgainstTheirEnglishNames(String party, String listed, Band band) {
        assertBand(party, listed, band);
    }
}
