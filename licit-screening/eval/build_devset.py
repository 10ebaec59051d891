#!/usr/bin/env python3
"""Builds the screening development set, licit-screening/src/test/resources/eval/devset.csv.

    python3 licit-screening/eval/build_devset.py [LISTS_DIR]

LISTS_DIR defaults to ../shared/data/lists next to the repository (the real list files: OFAC SDN
legacy CSV, UN Security Council consolidated XML, U.S. government and UN publications, public
domain / free to reuse). The output is deterministic: no clock, a fixed random seed, sorted input.

Every row says where it comes from (column `source`):
  un-original-script  UN consolidated XML: NAME_ORIGINAL_SCRIPT against the Latin name of the
                      same entry (true), or against another entry's Latin name that shares a word
                      (hard negative)
  un-alias            UN consolidated XML: an alias of "Good" or "a.k.a." quality of the entry
  ofac-alias          OFAC alt.csv: an a.k.a. of the same SDN entry (true)
  ofac-neighbour      OFAC sdn.csv: another entry of the list sharing a word, or whose name differs
                      by one or two letters (hard negative)
  ofac+TABLE          an OFAC SDN name rewritten with one of the tables below (true), or with the
                      rewrite applied to a different value (negative: another number, initial...)
  TABLE               a pair made from the table alone (names in native script)

The tables below are written for this set from public reference material and are kept apart from
the matcher's own tables on purpose (they are typed independently, so that the set is not simply
the matcher's tables read back): legal forms after the GLEIF ISO 20275 ELF code list (CC0);
romanisation after the Korean Revised Romanization (2000) and McCune-Reischauer, Wade-Giles and
Hepburn tables, ELOT 743 for Greek, ICAO Doc 9303 and scholarly (ISO 9-like) Cyrillic; given-name
short forms after common English and Russian usage.

Split: a row is in `test` when the first byte of SHA-1(entry) is odd, else `dev`; all rows of one
entry fall on the same side, so no listed name is seen in both parts. Thresholds are tuned on dev
only; test is for reporting.
"""
import csv
import gzip
import hashlib
import os
import random
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
LISTS = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(REPO), "shared", "data", "lists")
if not os.path.isdir(LISTS):
    LISTS = "/work/shared/data/lists"
OUT = os.path.join(REPO, "licit-screening", "src", "test", "resources", "eval", "devset.csv")
RNG = random.Random(16)
ROWS = []
SEEN = set()


def split_of(entry):
    return "test" if hashlib.sha1(entry.encode("utf-8")).digest()[0] % 2 else "dev"


def add(n1, n2, label, category, script, kind, entry, source):
    n1, n2 = " ".join(n1.split()), " ".join(n2.split())  # one line a pair: list names may hold line breaks
    if not n1 or not n2 or n1 == n2 or (n1, n2) in SEEN:
        return
    SEEN.add((n1, n2))
    ROWS.append([n1, n2, label, category, script, kind, split_of(entry), entry, source])


def words(s):
    return [w for w in re.split(r"[^\w]+", s.lower()) if len(w) > 2]


def all_words(s):
    return [w for w in re.split(r"[^\w&]+", s.lower()) if w]


def script_of(s):
    persian = set("پچژگکی")
    names = set()
    for ch in s:
        if ch.isalpha():
            n = unicodedata.name(ch, "?").split()[0]
            if n == "CJK":
                n = "HAN"
            names.add(n)
    names.discard("LATIN")
    if not names:
        return "latin"
    n = sorted(names)[0].lower()
    if n == "arabic" and any(c in persian for c in s):
        return "persian"
    return n


# ---------------------------------------------------------------------------------------- lists
def sdn():
    out = []
    with open(os.path.join(LISTS, "ofac-sdn.csv"), encoding="latin-1", newline="") as f:
        for r in csv.reader(f):
            if len(r) < 4:
                continue
            typ = r[2].strip()
            out.append((r[0].strip(), r[1].strip(), "person" if typ == "individual" else
                        ("vessel" if typ in ("vessel", "aircraft") else "company"), r[3].strip(),
                        r[11].strip() if len(r) > 11 else ""))
    return out


def alts():
    out = {}
    with open(os.path.join(LISTS, "ofac-alt.csv"), encoding="latin-1", newline="") as f:
        for r in csv.reader(f):
            if len(r) >= 4 and r[2].strip().strip('"') == "aka":
                out.setdefault(r[0].strip(), []).append(r[3].strip())
    return out


def display(name, kind):
    """OFAC writes people as 'SURNAME, Given'; lists and parties mostly as 'Given SURNAME'."""
    if kind == "person" and ", " in name:
        last, given = name.split(", ", 1)
        return given + " " + last.title()
    return name


def un_entries():
    root = ET.parse(os.path.join(LISTS, "un-consolidated.xml")).getroot()
    out = []
    for tag, alias_tag, kind in (("INDIVIDUAL", "INDIVIDUAL_ALIAS", "person"), ("ENTITY", "ENTITY_ALIAS", "company")):
        for e in root.iter(tag):
            ref = (e.findtext("REFERENCE_NUMBER") or e.findtext("DATAID") or "").strip()
            parts = [(e.findtext(t) or "").strip() for t in ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")]
            latin = " ".join(p for p in parts if p)
            orig = (e.findtext("NAME_ORIGINAL_SCRIPT") or "").strip()
            aliases = []
            for a in e.iter(alias_tag):
                q = (a.findtext("QUALITY") or "").strip()
                n = (a.findtext("ALIAS_NAME") or "").strip()
                if n and q in ("Good", "a.k.a."):
                    aliases.append(n)
            out.append((ref, latin, orig, aliases, kind))
    return out


# ---------------------------------------------------------------------------------------- tables
LEGAL_FORMS = [  # abbreviation, spelled out (GLEIF ELF code list, CC0)
    ("AB", "Aktiebolag"), ("NV", "Naamloze Vennootschap"), ("BV", "Besloten Vennootschap"),
    ("GmbH", "Gesellschaft mit beschränkter Haftung"), ("AG", "Aktiengesellschaft"),
    ("KG", "Kommanditgesellschaft"), ("SARL", "Société à responsabilité limitée"),
    ("SA", "Société anonyme"), ("S.A.", "Sociedad Anónima"), ("Sp. z o.o.", "Spółka z ograniczoną odpowiedzialnością"),
    ("S.p.A.", "Società per azioni"), ("S.r.l.", "Società a responsabilità limitata"),
    ("A.Ş.", "Anonim Şirketi"), ("Ltd. Şti.", "Limited Şirketi"), ("Oy", "Osakeyhtiö"),
    ("AS", "Aksjeselskap"), ("ApS", "Anpartsselskab"), ("A/S", "Aktieselskab"),
    ("PLC", "Public Limited Company"), ("Pvt. Ltd.", "Private Limited"), ("Sdn. Bhd.", "Sendirian Berhad"),
    ("PT", "Perseroan Terbatas"), ("s.r.o.", "Společnost s ručením omezeným"), ("a.s.", "Akciová společnost"),
    ("Kft.", "Korlátolt felelősségű társaság"), ("Zrt.", "Zártkörűen működő részvénytársaság"),
    ("Ltda.", "Limitada"), ("OOO", "Obshchestvo s Ogranichennoy Otvetstvennostyu"),
    ("AO", "Aktsionernoye Obshchestvo"), ("PAO", "Publichnoye Aktsionernoye Obshchestvo"),
    ("TOV", "Tovarystvo z Obmezhenoyu Vidpovidalnistyu"), ("d.o.o.", "Društvo s ograničenom odgovornošću"),
    ("d.d.", "Dioničko društvo"), ("Pty Ltd", "Proprietary Limited"), ("K.K.", "Kabushiki Kaisha"),
    ("LLC", "Limited Liability Company"), ("Inc.", "Incorporated"), ("Corp.", "Corporation"),
    ("Co.", "Company"), ("LLP", "Limited Liability Partnership"), ("EOOD", "Ednolichno Druzhestvo s Ogranichena Otgovornost"),
    ("SpA", "Sociedad por Acciones"), ("S.L.", "Sociedad Limitada"), ("SAS", "Société par actions simplifiée"),
    ("e.V.", "eingetragener Verein"), ("S.A.R.L.", "Société Anonyme à Responsabilité Limitée"),
    ("JSC", "Joint Stock Company"), ("FZE", "Free Zone Establishment"), ("FZCO", "Free Zone Company"),
]
ABBREVIATIONS = [  # full word in a list name, usual short form
    ("INTERNATIONAL", "Intl."), ("NATIONAL", "Natl."), ("COMPANY", "Co"), ("AIRWAYS", "Air"),
    ("AIRLINES", "Air"), ("CORPORATION", "Corp."), ("TRADING", "Trdg."), ("INDUSTRIES", "Inds."),
    ("ENGINEERING", "Eng."), ("TECHNOLOGY", "Tech."), ("MANUFACTURING", "Mfg."), ("ASSOCIATION", "Assn."),
    ("DEPARTMENT", "Dept."), ("BROTHERS", "Bros."), ("SAINT", "St."), ("ESTABLISHMENT", "Est."),
    ("ORGANIZATION", "Org."), ("INSTITUTE", "Inst."), ("UNIVERSITY", "Univ."), ("GOVERNMENT", "Govt."),
    ("SERVICES", "Svcs."), ("HOLDINGS", "Hldgs."), ("ELECTRONICS", "Elec."), ("SHIPPING", "Shpg."),
    ("AIRLINE", "Air"), ("COMPANIES", "Cos."), ("INDUSTRIAL", "Indl."), ("DEVELOPMENT", "Dev."),
]
NICKNAMES = {  # given name: short forms (common English and Russian usage)
    "William": ["Bill", "Will"], "Robert": ["Bob", "Rob"], "Richard": ["Dick", "Rick"], "James": ["Jim", "Jimmy"],
    "Joseph": ["Joe"], "Michael": ["Mike"], "Thomas": ["Tom"], "Charles": ["Chuck", "Charlie"],
    "Edward": ["Ed", "Ted"], "Anthony": ["Tony"], "Daniel": ["Dan", "Danny"], "David": ["Dave"],
    "Christopher": ["Chris"], "Nicholas": ["Nick"], "Alexander": ["Alex"], "Benjamin": ["Ben"],
    "Samuel": ["Sam"], "Stephen": ["Steve"], "Steven": ["Steve"], "Peter": ["Pete"], "Timothy": ["Tim"],
    "Jonathan": ["Jon"], "Matthew": ["Matt"], "Andrew": ["Andy", "Drew"], "Patrick": ["Pat"],
    "Raymond": ["Ray"], "Ronald": ["Ron"], "Donald": ["Don"], "Gregory": ["Greg"], "Kenneth": ["Ken"],
    "Lawrence": ["Larry"], "Frederick": ["Fred"], "Gerald": ["Jerry"], "Jeffrey": ["Jeff"],
    "Elizabeth": ["Liz", "Beth"], "Margaret": ["Maggie", "Peggy"], "Katherine": ["Kate", "Kathy"],
    "Catherine": ["Cathy"], "Jennifer": ["Jen"], "Susan": ["Sue"], "Deborah": ["Debbie"],
    "Aleksandr": ["Sasha"], "Aleksandra": ["Sasha"], "Dmitry": ["Dima"], "Dmitriy": ["Dima"], "Dmitri": ["Dima"],
    "Vladimir": ["Volodya"], "Mikhail": ["Misha"], "Sergey": ["Seryozha"], "Sergei": ["Seryozha"],
    "Nikolai": ["Kolya"], "Nikolay": ["Kolya"], "Ivan": ["Vanya"], "Yevgeny": ["Zhenya"], "Evgeniy": ["Zhenya"],
    "Aleksey": ["Alyosha"], "Alexey": ["Alyosha"], "Aleksei": ["Alyosha"], "Pavel": ["Pasha"],
    "Konstantin": ["Kostya"], "Viktor": ["Vitya"], "Vyacheslav": ["Slava"], "Anatoly": ["Tolya"],
    "Yuri": ["Yura"], "Yuriy": ["Yura"], "Grigory": ["Grisha"], "Boris": ["Borya"], "Tatiana": ["Tanya"],
    "Tatyana": ["Tanya"], "Natalia": ["Natasha"], "Natalya": ["Natasha"], "Yekaterina": ["Katya"],
    "Ekaterina": ["Katya"], "Maria": ["Masha"], "Elena": ["Lena"], "Olga": ["Olya"], "Svetlana": ["Sveta"],
    "Francisco": ["Paco", "Pancho"], "José": ["Pepe"], "Jose": ["Pepe"], "Manuel": ["Manolo"],
    "Guillermo": ["Memo"], "Ignacio": ["Nacho"], "Roberto": ["Beto"], "Alberto": ["Beto"],
}
NUMBER_WORDS = {1: "One", 2: "Two", 3: "Three", 4: "Four", 5: "Five", 6: "Six", 7: "Seven", 8: "Eight",
                9: "Nine", 10: "Ten", 11: "Eleven", 12: "Twelve", 13: "Thirteen", 14: "Fourteen", 15: "Fifteen",
                16: "Sixteen", 17: "Seventeen", 18: "Eighteen", 19: "Nineteen", 20: "Twenty", 21: "Twenty-One",
                22: "Twenty-Two", 24: "Twenty-Four", 25: "Twenty-Five", 30: "Thirty", 40: "Forty",
                50: "Fifty", 100: "One Hundred"}
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV", 5: "V", 6: "VI", 7: "VII", 8: "VIII", 9: "IX", 10: "X",
         11: "XI", 12: "XII", 14: "XIV", 16: "XVI", 19: "XIX", 21: "XXI"}
ARABIC_VARIANTS = [  # one usual Latin spelling and another in common use
    ("Muhammad", "Mohammed"), ("Mohammad", "Mohamed"), ("Mohammed", "Muhammad"), ("Ahmad", "Ahmed"),
    ("Husayn", "Hussein"), ("Hussein", "Husain"), ("Hasan", "Hassan"), ("Usama", "Osama"), ("Yusuf", "Youssef"),
    ("Abd al-", "Abdul "), ("Abdul", "Abd al-"), ("Abdallah", "Abdullah"), ("Abdullah", "Abdallah"),
    ("Umar", "Omar"), ("Uthman", "Othman"), ("Mustafa", "Moustafa"), ("Mahmud", "Mahmoud"),
    ("Khalid", "Khaled"), ("Sulayman", "Suleiman"), ("Sulaiman", "Suleiman"), ("Ibrahim", "Ebrahim"),
    ("Ismail", "Ismael"), ("Jafar", "Jaafar"), ("Nasir", "Nasser"), ("Salih", "Saleh"), ("Said", "Saeed"),
    ("Ali", "Aly"), ("Hamid", "Hamed"), ("Rashid", "Rasheed"), ("Majid", "Majeed"), ("Aziz", "Azeez"),
    ("Qasim", "Kassem"), ("Qadir", "Kadir"), ("Abu", "Abou"), ("AL-", "El-"), ("Al-", "El-"),
    (" bin ", " ibn "), (" BIN ", " Ben "), ("Zayd", "Zaid"), ("Faysal", "Faisal"), ("Walid", "Waleed"),
    ("Mansur", "Mansour"), ("Yasin", "Yassin"), ("Muhammed", "Mohamed"), ("Hussain", "Husayn"),
]
PINYIN_WADE = {  # initials and finals, Pinyin -> Wade-Giles (aspiration marks dropped as lists do)
    "zh": "ch", "ch": "ch", "sh": "sh", "x": "hs", "q": "ch", "j": "ch", "z": "ts", "c": "ts", "r": "j",
}
CANTONESE_SURNAMES = {  # Mandarin (Pinyin) surname -> usual Hong Kong (Cantonese) spelling
    "Chen": "Chan", "Wang": "Wong", "Huang": "Wong", "Li": "Lee", "Zhang": "Cheung", "Liu": "Lau", "Wu": "Ng",
    "Zhou": "Chow", "Lin": "Lam", "He": "Ho", "Guo": "Kwok", "Liang": "Leung", "Xie": "Tse", "Cai": "Choi",
    "Deng": "Tang", "Zheng": "Cheng", "Ye": "Yip", "Lu": "Lo", "Yang": "Yeung", "Zhao": "Chiu", "Hu": "Wu",
    "Xu": "Hui", "Su": "So", "Luo": "Law", "Tan": "Tam", "Feng": "Fung", "Mai": "Mak", "Jiang": "Kong",
    "Cao": "Tso", "Peng": "Pang", "Zeng": "Tsang", "Xiao": "Siu", "Cheng": "Ching", "Yu": "Yue", "Ma": "Ma",
}
HANGUL_SURNAMES = [  # Hangul, Revised Romanization, McCune-Reischauer, usual spelling(s) (surname table)
    ("김", "Gim", "Kim", ["Kim"]), ("이", "I", "Yi", ["Lee", "Rhee", "Yi"]), ("리", "Ri", "Ri", ["Ri", "Lee"]),
    ("박", "Bak", "Pak", ["Park", "Pak"]), ("최", "Choe", "Ch'oe", ["Choi", "Choe"]),
    ("정", "Jeong", "Chong", ["Jung", "Chung", "Jeong"]), ("강", "Gang", "Kang", ["Kang"]),
    ("조", "Jo", "Cho", ["Cho", "Jo"]), ("윤", "Yun", "Yun", ["Yoon", "Yun"]), ("장", "Jang", "Chang", ["Jang", "Chang"]),
    ("임", "Im", "Im", ["Lim", "Im"]), ("림", "Rim", "Rim", ["Rim", "Lim"]), ("한", "Han", "Han", ["Han"]),
    ("오", "O", "O", ["Oh", "O"]), ("서", "Seo", "So", ["Seo", "Suh"]), ("신", "Sin", "Sin", ["Shin"]),
    ("권", "Gwon", "Kwon", ["Kwon"]), ("황", "Hwang", "Hwang", ["Hwang"]), ("안", "An", "An", ["Ahn", "An"]),
    ("송", "Song", "Song", ["Song"]), ("류", "Ryu", "Ryu", ["Ryu", "Yoo"]), ("홍", "Hong", "Hong", ["Hong"]),
    ("전", "Jeon", "Chon", ["Jeon", "Jun", "Chon"]), ("고", "Go", "Ko", ["Ko", "Koh"]), ("문", "Mun", "Mun", ["Moon"]),
    ("손", "Son", "Son", ["Son", "Sohn"]), ("양", "Yang", "Yang", ["Yang"]), ("배", "Bae", "Pae", ["Bae"]),
    ("백", "Baek", "Paek", ["Baek", "Paik"]), ("허", "Heo", "Ho", ["Huh", "Heo"]), ("노", "No", "No", ["Noh", "Roh"]),
    ("심", "Sim", "Sim", ["Shim"]), ("곽", "Gwak", "Kwak", ["Kwak"]), ("주", "Ju", "Chu", ["Joo", "Chu"]),
    ("구", "Gu", "Ku", ["Koo"]), ("현", "Hyeon", "Hyon", ["Hyun", "Hyon"]), ("방", "Bang", "Pang", ["Bang"]),
]
HANGUL_GIVEN = [  # two-syllable given names: Hangul, Revised, McCune-Reischauer (without breve)
    ("정은", "Jeong-eun", "Jong Un"), ("여정", "Yeo-jeong", "Yo Jong"), ("성호", "Seong-ho", "Song Ho"),
    ("민수", "Min-su", "Min Su"), ("영철", "Yeong-cheol", "Yong Chol"), ("철수", "Cheol-su", "Chol Su"),
    ("광진", "Gwang-jin", "Kwang Jin"), ("동혁", "Dong-hyeok", "Tong Hyok"), ("지훈", "Ji-hun", "Chi Hun"),
    ("현우", "Hyeon-u", "Hyon U"), ("준호", "Jun-ho", "Chun Ho"), ("재석", "Jae-seok", "Chae Sok"),
    ("명국", "Myeong-guk", "Myong Guk"), ("일성", "Il-seong", "Il Song"), ("용남", "Yong-nam", "Yong Nam"),
    ("혁", "Hyeok", "Hyok"), ("경희", "Gyeong-hui", "Kyong Hui"), ("수진", "Su-jin", "Su Jin"),
    ("태형", "Tae-hyeong", "Thae Hyong"), ("병철", "Byeong-cheol", "Pyong Chol"), ("룡해", "Ryong-hae", "Ryong Hae"),
    ("봉주", "Bong-ju", "Pong Ju"), ("상민", "Sang-min", "Sang Min"), ("은정", "Eun-jeong", "Un Jong"),
]
HANJA = [  # Hanja name, Hangul reading, usual Latin spelling
    ("金正恩", "김정은", "Kim Jong Un"), ("金正日", "김정일", "Kim Jong Il"), ("金日成", "김일성", "Kim Il Sung"),
    ("金與正", "김여정", "Kim Yo Jong"), ("朴正熙", "박정희", "Park Chung-hee"), ("李承晩", "이승만", "Syngman Rhee"),
    ("崔龍海", "최룡해", "Choe Ryong Hae"), ("朴奉珠", "박봉주", "Pak Pong Ju"), ("李明博", "이명박", "Lee Myung-bak"),
    ("朴槿惠", "박근혜", "Park Geun-hye"), ("文在寅", "문재인", "Moon Jae-in"), ("尹錫悦", "윤석열", "Yoon Suk-yeol"),
    ("金大中", "김대중", "Kim Dae-jung"), ("金泳三", "김영삼", "Kim Young-sam"), ("盧武鉉", "노무현", "Roh Moo-hyun"),
    ("全斗煥", "전두환", "Chun Doo-hwan"), ("盧泰愚", "노태우", "Roh Tae-woo"), ("李洛淵", "이낙연", "Lee Nak-yon"),
    ("鄭周永", "정주영", "Chung Ju-yung"), ("李健熙", "이건희", "Lee Kun-hee"), ("李在鎔", "이재용", "Lee Jae-yong"),
    ("張成澤", "장성택", "Jang Song Thaek"), ("玄永哲", "현영철", "Hyon Yong Chol"), ("黃炳瑞", "황병서", "Hwang Pyong So"),
]
JAPANESE = [  # kanji, Hepburn
    ("佐藤", "Sato"), ("鈴木", "Suzuki"), ("高橋", "Takahashi"), ("田中", "Tanaka"), ("伊藤", "Ito"),
    ("渡辺", "Watanabe"), ("山本", "Yamamoto"), ("中村", "Nakamura"), ("小林", "Kobayashi"), ("加藤", "Kato"),
    ("吉田", "Yoshida"), ("山田", "Yamada"), ("佐々木", "Sasaki"), ("山口", "Yamaguchi"), ("松本", "Matsumoto"),
    ("井上", "Inoue"), ("木村", "Kimura"), ("斎藤", "Saito"), ("清水", "Shimizu"), ("森", "Mori"),
]
JAPANESE_GIVEN = [("太郎", "Taro"), ("一郎", "Ichiro"), ("健", "Ken"), ("誠", "Makoto"), ("浩", "Hiroshi"),
                  ("隆", "Takashi"), ("明", "Akira"), ("直樹", "Naoki"), ("大輔", "Daisuke"), ("翔太", "Shota"),
                  ("花子", "Hanako"), ("恵子", "Keiko"), ("裕子", "Yuko"), ("美咲", "Misaki"), ("正", "Tadashi")]
JAPANESE_COMPANIES = [  # name as written in Japan, English name
    ("株式会社東芝", "Toshiba Corporation"), ("日立製作所", "Hitachi Ltd"), ("三菱電機株式会社", "Mitsubishi Electric Corporation"),
    ("富士通株式会社", "Fujitsu Limited"), ("日本電気株式会社", "NEC Corporation"), ("ソニー株式会社", "Sony Corporation"),
    ("トヨタ自動車株式会社", "Toyota Motor Corporation"), ("本田技研工業株式会社", "Honda Motor Co Ltd"),
]
GREEK = [  # Greek, ELOT 743 / usual spelling(s)
    ("Παπαδόπουλος", ["Papadopoulos"]), ("Παπαδοπούλου", ["Papadopoulou"]), ("Γεωργίου", ["Georgiou", "Yeorgiou"]),
    ("Νικολάου", ["Nikolaou", "Nicolaou"]), ("Ιωάννου", ["Ioannou"]), ("Κωνσταντίνου", ["Konstantinou", "Constantinou"]),
    ("Δημητρίου", ["Dimitriou", "Demetriou"]), ("Χριστοδούλου", ["Christodoulou", "Hristodoulou"]),
    ("Παπανικολάου", ["Papanikolaou"]), ("Βασιλείου", ["Vasileiou", "Vassiliou"]), ("Αθανασίου", ["Athanasiou"]),
    ("Οικονόμου", ["Oikonomou", "Economou"]), ("Μιχαηλίδης", ["Michailidis", "Michaelides"]),
]
GREEK_GIVEN = [("Γιώργος", ["Giorgos", "Yiorgos"]), ("Νίκος", ["Nikos"]), ("Δημήτρης", ["Dimitris", "Demetris"]),
               ("Κώστας", ["Kostas", "Costas"]), ("Ανδρέας", ["Andreas"]), ("Μαρία", ["Maria"]), ("Ελένη", ["Eleni"])]
HEBREW = [("כהן", ["Cohen", "Kohen"]), ("לוי", ["Levi", "Levy"]), ("מזרחי", ["Mizrahi", "Mizrachi"]),
          ("פרץ", ["Peretz", "Perez"]), ("ביטון", ["Biton", "Bitton"]), ("דהן", ["Dahan"]), ("אברהם", ["Avraham", "Abraham"]),
          ("פרידמן", ["Friedman", "Fridman"]), ("שפירא", ["Shapira", "Shapiro"]), ("גולדברג", ["Goldberg"]),
          ("רוזנברג", ["Rosenberg"]), ("אזולאי", ["Azoulay", "Azulai"])]
HEBREW_GIVEN = [("משה", ["Moshe"]), ("יוסף", ["Yosef", "Joseph"]), ("דוד", ["David"]), ("יעקב", ["Yaakov", "Jacob"]),
                ("אברהם", ["Avraham"]), ("שרה", ["Sara", "Sarah"]), ("רחל", ["Rachel"]), ("אבי", ["Avi"])]
THAI = [("ชินวัตร", ["Shinawatra", "Chinnawat"]), ("จันทร์โอชา", ["Chan-o-cha", "Chan-ocha"]), ("สุวรรณ", ["Suwan", "Suwanna"]),
        ("ศรีสุข", ["Srisuk", "Sisuk"]), ("วงศ์สวัสดิ์", ["Wongsawat"]), ("ประยุทธ", ["Prayut", "Prayuth"]),
        # added for the RTGS reading (issue 16): common spelling first, RTGS (Royal Institute 2000) last
        ("ปัญญารชุน", ["Panyarachun"]), ("ชุณหะวัณ", ["Choonhavan", "Chunhawan"]), ("หลีกภัย", ["Leekpai", "Likphai"]),
        ("ทองคำ", ["Tongkam", "Thongkham"]), ("บุญมา", ["Boonma", "Bunma"]), ("แก้วมณี", ["Kaewmanee", "Kaeomani"])]
THAI_GIVEN = [("ทักษิณ", ["Thaksin", "Taksin"]), ("ยิ่งลักษณ์", ["Yingluck", "Yinglak"]), ("สมชาย", ["Somchai", "Somchay"]),
              ("ประยุทธ์", ["Prayut", "Prayuth"]),
              ("อภิสิทธิ์", ["Abhisit", "Aphisit"]), ("ชวน", ["Chuan"]), ("ชาติชาย", ["Chatichai", "Chatchai"]),
              ("สมศักดิ์", ["Somsak"]), ("วิชัย", ["Vichai", "Wichai"]), ("สุรชัย", ["Surachai"])]
DEVANAGARI = [("शर्मा", ["Sharma"]), ("वर्मा", ["Verma", "Varma"]), ("गुप्ता", ["Gupta"]), ("सिंह", ["Singh"]),
              ("कुमार", ["Kumar"]), ("पटेल", ["Patel"]), ("यादव", ["Yadav"]), ("मिश्रा", ["Mishra", "Misra"]),
              ("अग्रवाल", ["Agarwal", "Aggarwal"]), ("चौधरी", ["Chaudhary", "Choudhury"])]
DEVANAGARI_GIVEN = [("राहुल", ["Rahul"]), ("अमित", ["Amit"]), ("सुनील", ["Sunil"]), ("प्रिया", ["Priya"]),
                    ("राजेश", ["Rajesh"]), ("विजय", ["Vijay", "Vijai"]), ("अनिल", ["Anil"])]
CYRILLIC_SURNAMES = [  # Cyrillic, passport (ICAO Doc 9303), scholarly (ISO 9-like, diacritics dropped)
    ("Иванов", "Ivanov", "Ivanov"), ("Кузнецов", "Kuznetsov", "Kuznecov"), ("Смирнов", "Smirnov", "Smirnov"),
    ("Соколов", "Sokolov", "Sokolov"), ("Шойгу", "Shoigu", "Sojgu"), ("Чемезов", "Chemezov", "Cemezov"),
    ("Жуков", "Zhukov", "Zukov"), ("Щербаков", "Shcherbakov", "Scerbakov"), ("Хабаров", "Khabarov", "Chabarov"),
    ("Юдин", "Iudin", "Judin"), ("Яковлев", "Iakovlev", "Jakovlev"), ("Цветков", "Tsvetkov", "Cvetkov"),
    ("Зайцев", "Zaitsev", "Zajcev"), ("Медведев", "Medvedev", "Medvedev"), ("Тимченко", "Timchenko", "Timcenko"),
    ("Ротенберг", "Rotenberg", "Rotenberg"), ("Ковальчук", "Kovalchuk", "Koval'cuk"), ("Дерипаска", "Deripaska", "Deripaska"),
]
CYRILLIC_GIVEN = [("Александр", "Aleksandr", "Aleksandr"), ("Сергей", "Sergei", "Sergej"), ("Юрий", "Iurii", "Jurij"),
                  ("Дмитрий", "Dmitrii", "Dmitrij"), ("Евгений", "Evgenii", "Evgenij"), ("Андрей", "Andrei", "Andrej"),
                  ("Алексей", "Aleksei", "Aleksej"), ("Олег", "Oleg", "Oleg"), ("Геннадий", "Gennadii", "Gennadij")]
CYRILLIC_USUAL = {"Aleksandr": "Alexander", "Sergei": "Sergey", "Iurii": "Yuri", "Dmitrii": "Dmitry",
                  "Evgenii": "Yevgeny", "Andrei": "Andrey", "Aleksei": "Alexey", "Gennadii": "Gennady",
                  "Iudin": "Yudin", "Iakovlev": "Yakovlev", "Zaitsev": "Zaytsev", "Shoigu": "Shoygu"}
HAN_TRANSLATED = [  # Chinese name, the English name the lists use
    ("中国移动通信集团有限公司", "China Mobile Communications Group Co., Ltd."), ("中国电信集团有限公司", "China Telecom Group Co., Ltd."),
    ("中国联合网络通信集团有限公司", "China United Network Communications Group Co., Ltd."),
    ("中国航天科工集团有限公司", "China Aerospace Science and Industry Corporation Limited"),
    ("中国航天科技集团有限公司", "China Aerospace Science and Technology Corporation"),
    ("中国电子科技集团有限公司", "China Electronics Technology Group Corporation"),
    ("中国船舶重工集团有限公司", "China Shipbuilding Industry Corporation"),
    ("中国核工业集团有限公司", "China National Nuclear Corporation"),
    ("中国航空工业集团有限公司", "Aviation Industry Corporation of China"),
    ("中国兵器工业集团有限公司", "China North Industries Group Corporation Limited"),
    ("中国工程物理研究院", "China Academy of Engineering Physics"), ("国防科技大学", "National University of Defense Technology"),
    ("哈尔滨工业大学", "Harbin Institute of Technology"), ("北京航空航天大学", "Beihang University"),
    ("西北工业大学", "Northwestern Polytechnical University"), ("中国电子信息产业集团有限公司", "China Electronics Corporation"),
    ("中国科学院计算技术研究所", "Institute of Computing Technology, Chinese Academy of Sciences"),
    ("国家超级计算无锡中心", "National Supercomputing Center Wuxi"), ("国家超级计算长沙中心", "National Supercomputing Center Changsha"),
    ("中芯国际集成电路制造有限公司", "Semiconductor Manufacturing International Corporation"),
    ("长江存储科技有限责任公司", "Yangtze Memory Technologies Co., Ltd."),
    ("中国海洋石油集团有限公司", "China National Offshore Oil Corporation"),
    ("中国建筑集团有限公司", "China State Construction Engineering Corporation"),
    ("中国铁建股份有限公司", "China Railway Construction Corporation Limited"),
    ("中国交通建设股份有限公司", "China Communications Construction Company Limited"),
]
HAN_PINYIN = [  # Chinese name, the Pinyin spelling the lists use
    ("华为技术有限公司", "Huawei Technologies Co., Ltd."), ("海康威视", "Hikvision"), ("浙江大华技术股份有限公司", "Zhejiang Dahua Technology Co., Ltd."),
    ("科大讯飞股份有限公司", "iFlytek Co., Ltd."), ("北京旷视科技有限公司", "Beijing Megvii Technology Co., Ltd."),
    ("商汤科技", "SenseTime"), ("浪潮集团", "Inspur Group"), ("曙光信息产业股份有限公司", "Sugon Information Industry Co., Ltd."),
    ("中兴通讯股份有限公司", "ZTE Corporation"), ("大疆创新科技有限公司", "DJI Technology Co., Ltd."),
    ("深圳市大疆创新科技有限公司", "SZ DJI Technology Co., Ltd."), ("飞腾信息技术有限公司", "Phytium Technology Co., Ltd."),
    ("上海微电子装备有限公司", "Shanghai Micro Electronics Equipment Co., Ltd."), ("云从科技", "CloudWalk Technology"),
    ("依图科技", "Yitu Technology"), ("美亚柏科", "Meiya Pico"), ("中科曙光", "Sugon"),
]
KOREAN_EXONYMS = [  # Korean spelling of a foreign company, the listed name
    ("화웨이", "Huawei Technologies Co., Ltd."), ("센스타임", "SenseTime Group Limited"), ("하이크비전", "Hikvision"),
    ("다화", "Dahua Technology"), ("메그비", "Megvii Technology"), ("아이플라이텍", "iFlytek"), ("인스퍼", "Inspur Group"),
    ("로스텍", "Rostec"), ("로사톰", "Rosatom"), ("가즈프롬", "Gazprom"), ("로스네프트", "Rosneft"), ("아에로플로트", "Aeroflot"),
    ("스베르방크", "Sberbank"), ("카스퍼스키", "Kaspersky Lab"), ("마한항공", "Mahan Air"), ("이란항공", "Iran Air"),
    ("중싱통신", "ZTE Corporation"), ("화웨이 테크놀로지스", "Huawei Technologies"), ("알마즈안테이", "Almaz-Antey"),
    ("수호이", "Sukhoi"), ("미그", "MiG"), ("칼라시니코프", "Kalashnikov Concern"), ("우랄바곤자보드", "Uralvagonzavod"),
    ("VTB 은행", "VTB Bank"), ("노바텍", "Novatek"), ("트랜스네프트", "Transneft"),
]
PADDING = ["Global Trading Services Division", "International Holdings Group", "Trading Company",
           "General Trading LLC", "Worldwide Logistics Services", "Import Export Division", "Technical Services Branch"]


# ---------------------------------------------------------------------------------------- builders
def build_un():
    entries = un_entries()
    by_word = {}
    for ref, latin, orig, aliases, kind in entries:
        for w in set(words(latin)):
            by_word.setdefault(w, []).append(ref)
    latin_of = {e[0]: e[1] for e in entries}
    for ref, latin, orig, aliases, kind in entries:
        entry = "un:" + ref
        if orig and latin:
            sc = script_of(orig)
            if sc != "latin":
                add(orig, latin, 1, "cross-script-" + sc, sc, kind, entry, "un-original-script")
                # hard negative: the same script against another entry's Latin name sharing most words
                best, best_n = None, 0
                for w in words(latin):
                    for other in by_word.get(w, []):
                        if other != ref:
                            n = len(set(words(latin)) & set(words(latin_of[other])))
                            if n > best_n and set(words(latin_of[other])) != set(words(latin)):
                                best, best_n = other, n
                if best:
                    add(orig, latin_of[best], 0, "cross-script-" + sc, sc, kind, entry, "un-original-script")
        for a in aliases[:2]:
            if latin and a:
                add(a, latin, 1, "alias-" + kind, "latin", kind, entry, "un-alias")


def build_ofac(entries, alt):
    rng = random.Random(1601)
    by_word = {}
    for num, name, kind, prog, rem in entries:
        for w in set(words(name)):
            by_word.setdefault(w, []).append(num)
    names = {e[0]: e for e in entries}
    pool = sorted(e for e in entries if e[0] in alt)
    for num, name, kind, prog, rem in rng.sample(pool, 420):
        a = sorted(alt[num])[0]
        add(display(a, kind), display(name, kind), 1, "alias-" + kind, "latin", kind, "ofac:" + num, "ofac-alias")
    # hard negatives: another entry of the list sharing a distinctive word
    sample = rng.sample(sorted(entries), 900)
    count = 0
    for num, name, kind, prog, rem in sample:
        ws = words(name)
        rare = sorted(ws, key=lambda w: (len(by_word.get(w, [])), w))
        for w in rare:
            others = [o for o in by_word.get(w, []) if o != num and names[o][2] == kind]
            if 1 <= len(others) <= 40:
                o = names[sorted(others)[0]]
                if set(words(o[1])) != set(ws):
                    add(display(name, kind), display(o[1], kind), 0, "shared-word-" + kind, "latin", kind,
                        "ofac:" + num, "ofac-neighbour")
                    count += 1
                break
        if count >= 420:
            break


def edit1(a, b):
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    import difflib
    return difflib.SequenceMatcher(None, a, b).ratio() >= 0.8


def build_one_word_differs(entries):
    """Different people of the list whose names differ by a letter or two (Brenner / Bremer)."""
    people = [e for e in entries if e[2] == "person" and ", " in e[1]]
    by_given = {}
    for e in people:
        last, given = e[1].split(", ", 1)
        by_given.setdefault(given.split()[0].lower(), []).append((last, e))
    n = 0
    for g in sorted(by_given):
        grp = sorted(by_given[g], key=lambda x: x[1][0])
        for i in range(len(grp)):
            for j in range(i + 1, len(grp)):
                la, lb = grp[i][0].lower(), grp[j][0].lower()
                if la != lb and len(la) >= 5 and edit1(la, lb):
                    add(display(grp[i][1][1], "person"), display(grp[j][1][1], "person"), 0, "one-word-differs",
                        "latin", "person", "ofac:" + grp[i][1][0], "ofac-neighbour")
                    n += 1
    companies = sorted(e for e in entries if e[2] == "company")
    by_len = {}
    for e in companies:
        by_len.setdefault(len(all_words(e[1])), []).append(e)
    m = 0
    for k in sorted(by_len):
        grp = by_len[k]
        index = {}
        for e in grp:
            ws = all_words(e[1])
            for i in range(len(ws)):
                index.setdefault(tuple(ws[:i] + ["*"] + ws[i + 1:]), []).append((ws[i], e))
        for key in sorted(index):
            v = index[key]
            if len(v) >= 2 and m < 150:
                (wa, ea), (wb, eb) = v[0], v[1]
                if wa != wb and len(wa) >= 4 and len(wb) >= 4 and ea[0] != eb[0]:
                    add(ea[1], eb[1], 0, "one-word-differs", "latin", "company", "ofac:" + ea[0], "ofac-neighbour")
                    m += 1


def build_legal_forms(entries):
    rng = random.Random(1602)
    companies = sorted(e for e in entries if e[2] == "company" and 2 <= len(e[1].split()) <= 6)
    bare = [e for e in companies if "," not in e[1] and not re.search(r"\b(LTD|LIMITED|CO|COMPANY|LLC|INC|CORP|SA|GMBH|AG|JSC|OOO|BV)\b\.?", e[1])]
    picked = rng.sample(bare, 2 * len(LEGAL_FORMS))
    for k, (num, name, kind, prog, rem) in enumerate(picked):
        abbr, full = LEGAL_FORMS[k % len(LEGAL_FORMS)]
        base = name.title()
        add(base + " " + full, base + " " + abbr, 1, "legal-form", "latin", "company", "ofac:" + num, "ofac+elf")
    # the same name without its legal form against with it, and two different forms of the same name
    for k, (num, name, kind, prog, rem) in enumerate(rng.sample(bare, 60)):
        abbr, full = LEGAL_FORMS[(k * 7) % len(LEGAL_FORMS)]
        add(name + " " + abbr.upper(), name, 1, "legal-form", "latin", "company", "ofac:" + num, "ofac+elf")


def build_abbreviations(entries):
    n = 0
    for num, name, kind, prog, rem in sorted(entries):
        if kind != "company":
            continue
        for full, short in ABBREVIATIONS:
            if re.search(r"\b" + full + r"\b", name):
                add(re.sub(r"\b" + full + r"\b", short, name, count=1), name, 1, "abbreviation", "latin", "company",
                    "ofac:" + num, "ofac+abbreviations")
                n += 1
                break
        if n >= 160:
            break


def split_person(name):
    last, given = name.split(", ", 1)
    return last, given.split()


def build_initials_and_nicknames(entries):
    rng = random.Random(1603)
    people = sorted(e for e in entries if e[2] == "person" and ", " in e[1])
    n_init = 0
    nick_count = [0]
    for num, name, kind, prog, rem in rng.sample(people, len(people)):
        last, given = split_person(name)
        if not given or len(given[0]) < 3 or not given[0].isalpha():
            continue
        full = " ".join(given) + " " + last.title()
        if n_init < 130:
            add(given[0][0] + ". " + last.title(), full, 1, "initials", "latin", "person", "ofac:" + num, "ofac+initials")
            other = chr((ord(given[0][0].upper()) - 65 + 7) % 26 + 65)
            add(other + ". " + last.title(), full, 0, "initials", "latin", "person", "ofac:" + num, "ofac+initials")
            n_init += 1
    for num, name, kind, prog, rem in people:
        last, given = split_person(name)
        if given and given[0] in NICKNAMES:
            full = " ".join(given) + " " + last.title()
            if nick_count[0] >= 220:
                continue
            nick_count[0] += 1
            for nick in NICKNAMES[given[0]][:1]:
                add(" ".join([nick] + given[1:] + [last.title()]), full, 1, "hypocorism", "latin", "person",
                    "ofac:" + num, "ofac+nicknames")
            others = sorted(k for k in NICKNAMES if k[0] != given[0][0])
            wrong = NICKNAMES[others[int(num) % len(others)]][0]
            add(" ".join([wrong] + given[1:] + [last.title()]), full, 0, "hypocorism", "latin", "person",
                "ofac:" + num, "ofac+nicknames")
    # hyphenated given names written as initials (J.-P. Morel)
    for num, name, kind, prog, rem in people:
        last, given = split_person(name)
        if given and "-" in given[0] and all(p.isalpha() for p in given[0].split("-")):
            ini = "-".join(p[0] + "." for p in given[0].split("-"))
            add(ini + " " + last.title(), " ".join(given) + " " + last.title(), 1, "initials", "latin", "person",
                "ofac:" + num, "ofac+initials")


def build_numbers(entries):
    n = 0
    for num, name, kind, prog, rem in sorted(entries):
        m = re.search(r"\b(\d{1,3})\b", name)
        if not m or kind == "person":
            continue
        v = int(m.group(1))
        if v in NUMBER_WORDS:
            add(name[:m.start()] + NUMBER_WORDS[v] + name[m.end():], name, 1, "number-words", "latin", kind,
                "ofac:" + num, "ofac+number-words")
        w = v + 1 if v < 9 else v - 1
        add(name[:m.start()] + str(w) + name[m.end():], name, 0, "number-differs", "latin", kind, "ofac:" + num,
            "ofac+numbers")
        n += 1
        if n >= 160:
            break
    # roman numerals and series numbers (Fund IX / Fund XI, Series 2011-3 / 2011-4)
    rng = random.Random(1604)
    bases = sorted(e for e in entries if e[2] == "company" and 2 <= len(e[1].split()) <= 4)
    for k, (num, name, kind, prog, rem) in enumerate(rng.sample(bases, 60)):
        a, b = (9, 11) if k % 3 == 0 else ((2, 3) if k % 3 == 1 else (14, 16))
        add(name + " FUND " + ROMAN[a], name + " FUND " + ROMAN[b], 0, "number-differs", "latin", "company",
            "ofac:" + num, "ofac+numbers")
        add(name + " Fund " + str(a), name + " FUND " + ROMAN[a], 1, "number-words", "latin", "company",
            "ofac:" + num, "ofac+numbers")
        add(name + " SERIES 20%02d-%d" % (10 + k % 10, 3), name + " SERIES 20%02d-%d" % (10 + k % 10, 4), 0,
            "number-differs", "latin", "company", "ofac:" + num, "ofac+numbers")


def wade_giles(syl):
    s = syl.lower()
    for p in ("zh", "ch", "sh"):
        if s.startswith(p):
            ini, fin = p, s[2:]
            break
    else:
        ini = s[0] if s and s[0] in "bpmfdtnlgkhjqxzcrsyw" else ""
        fin = s[len(ini):]
    if ini in ("zh", "ch", "sh", "r", "z", "c", "s") and fin == "i":
        fin = "ih" if ini in ("zh", "ch", "sh", "r") else "u"
    if ini in ("j", "q", "x") and fin.startswith("u"):
        fin = "ü" [0:0] + "u" + fin[1:]
    if ini == "y" and fin in ("an", "e"):
        fin = {"an": "en", "e": "eh"}[fin]
    elif ini == "y" and fin == "ou":
        fin = "u"
    fin = fin.replace("ong", "ung").replace("ian", "ien").replace("ie", "ieh") if fin != "ian" else "ien"
    if fin == "e" and ini in ("g", "k", "h", ""):
        fin = "o"
    if fin == "uo" and ini in ("g", "k", "h", "sh"):
        fin = "uo"
    out = {"b": "p", "p": "p'", "d": "t", "t": "t'", "g": "k", "k": "k'", "zh": "ch", "ch": "ch'",
           "j": "ch", "q": "ch'", "x": "hs", "z": "ts", "c": "ts'", "r": "j"}.get(ini, ini) + fin
    return out


PINYIN_SYL = re.compile(r"^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(iong|uang|iang|ueng|ang|eng|ing|ong|uan|ian|iao|uai|"
                        r"ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|v)$")
CHINESE_SURNAMES = set("wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang "
                       "xie song tang xu han feng deng cao peng zeng xiao tian dong yuan pan yu jiang cai ye su lu wei "
                       "jin ding shen ren yao lu jiang cui zhong tan".split())


def syllables(word):
    w = word.lower()
    out = []
    i = 0
    while i < len(w):
        for j in range(min(len(w), i + 6), i, -1):
            if PINYIN_SYL.match(w[i:j]) and (j == len(w) or w[j] not in "aeiouv" or j - i <= 1):
                out.append(w[i:j])
                i = j
                break
        else:
            return None
    return out


def build_chinese(entries):
    people = sorted(e for e in entries if e[2] == "person" and ", " in e[1])
    n = 0
    for num, name, kind, prog, rem in people:
        last, given = split_person(name)
        if last.lower() not in CHINESE_SURNAMES or "china" not in rem.lower() or not given:
            continue
        sy = syllables("".join(given))
        if not sy or len(sy) > 2:
            continue
        wg_last = wade_giles(last.lower()).replace("'", "").capitalize()
        wg_given = "-".join(wade_giles(s).replace("'", "") for s in sy).capitalize()
        listed = " ".join(given) + " " + last.title()
        add(wg_last + " " + wg_given, listed, 1, "romanisation-zh", "latin", "person", "ofac:" + num, "ofac+wade-giles")
        if last.title() in CANTONESE_SURNAMES:
            add(CANTONESE_SURNAMES[last.title()] + " " + wg_given, listed, 1,
                "romanisation-zh", "latin", "person", "ofac:" + num, "ofac+cantonese-surnames")
        # a different given syllable is another person
        alt = sy[:-1] + ["ming" if sy[-1] != "ming" else "hua"]
        add(last.title() + " " + "".join(alt).capitalize(), listed, 0, "romanisation-zh", "latin", "person",
            "ofac:" + num, "ofac+wade-giles")
        n += 1
    # Chinese companies of the list: Pinyin place and name words in Wade-Giles
    for num, name, kind, prog, rem in sorted(entries):
        if kind != "company" or "CHINA" not in rem.upper() and "CHINA" not in name:
            continue
        ws = name.split()
        conv = []
        changed = False
        for w in ws:
            sy = syllables(w) if w.isalpha() and w.upper() == w and len(w) >= 4 else None
            if sy and 2 <= len(sy) <= 3 and w.lower() not in ("china", "company", "limited", "technology"):
                conv.append("-".join(wade_giles(s).replace("'", "") for s in sy).upper())
                changed = True
            else:
                conv.append(w)
        if changed:
            add(" ".join(conv), name, 1, "romanisation-zh", "latin", "company", "ofac:" + num, "ofac+wade-giles")
    for han, latin in HAN_TRANSLATED:
        add(han, latin, 1, "cross-script-han-translation", "han", "company", "table:" + han, "han-translation")
    for k, (han, latin) in enumerate(HAN_TRANSLATED):
        other = HAN_TRANSLATED[(k + 3) % len(HAN_TRANSLATED)][1]
        add(han, other, 0, "cross-script-han-translation", "han", "company", "table:" + han, "han-translation")
    for han, latin in HAN_PINYIN:
        add(han, latin, 1, "cross-script-han", "han", "company", "table:" + han, "han-pinyin")
    for k, (han, latin) in enumerate(HAN_PINYIN):
        add(han, HAN_PINYIN[(k + 5) % len(HAN_PINYIN)][1], 0, "cross-script-han", "han", "company", "table:" + han,
            "han-pinyin")


def build_korean():
    for si, (hs, rr, mr, usual) in enumerate(HANGUL_SURNAMES):
        for gi, (hg, grr, gmr) in enumerate(HANGUL_GIVEN):
            if (si * 7 + gi) % 4:
                continue
            hangul = hs + hg
            entry = "table:ko:" + hangul
            add(hangul, usual[0] + " " + gmr, 1, "cross-script-hangul", "hangul", "person", entry, "korean-romanisation")
            add(rr + " " + grr, usual[-1] + " " + gmr, 1, "romanisation-ko", "latin", "person", entry,
                "korean-romanisation")
            for u in usual[1:]:
                add(usual[0] + " " + gmr, u + " " + gmr, 1, "romanisation-ko", "latin", "person", entry,
                    "korean-surname-spellings")
            og = HANGUL_GIVEN[(gi + 5) % len(HANGUL_GIVEN)]
            add(hangul, usual[0] + " " + og[2], 0, "cross-script-hangul", "hangul", "person", entry,
                "korean-romanisation")
            os_ = HANGUL_SURNAMES[(si + 9) % len(HANGUL_SURNAMES)]
            add(rr + " " + grr, os_[3][0] + " " + gmr, 0, "romanisation-ko", "latin", "person", entry,
                "korean-romanisation")
    for k, (hanja, hangul, latin) in enumerate(HANJA):
        entry = "table:hanja:" + hanja
        add(hanja, latin, 1, "cross-script-hanja", "han", "person", entry, "hanja-readings")
        add(hangul, latin, 1, "cross-script-hangul", "hangul", "person", entry, "hanja-readings")
        add(hanja, HANJA[(k + 1) % len(HANJA)][2], 0, "cross-script-hanja", "han", "person", entry, "hanja-readings")
    for k, (ko, latin) in enumerate(KOREAN_EXONYMS):
        entry = "table:ko-exonym:" + ko
        add(ko, latin, 1, "cross-script-hangul-exonym", "hangul", "company", entry, "korean-exonyms")
        add(ko, KOREAN_EXONYMS[(k + 4) % len(KOREAN_EXONYMS)][1], 0, "cross-script-hangul-exonym", "hangul",
            "company", entry, "korean-exonyms")


def build_native_tables():
    def people(table, given, script, category, source):
        for i, (s, sl) in enumerate(table):
            for j, (g, gl) in enumerate(given):
                if (i + j) % 2:
                    continue
                native = g + " " + s
                if gl[0] == sl[0]:
                    continue
                entry = "table:" + script + ":" + native
                add(native, gl[0] + " " + sl[0], 1, category, script, "person", entry, source)
                if len(sl) > 1 or len(gl) > 1:
                    add(native, gl[-1] + " " + sl[-1], 1, category, script, "person", entry, source)
                other = table[(i + 3) % len(table)][1][0]
                add(native, gl[0] + " " + other, 0, category, script, "person", entry, source)
    people(GREEK, GREEK_GIVEN, "greek", "cross-script-greek", "greek-elot743")
    people(HEBREW, HEBREW_GIVEN, "hebrew", "cross-script-hebrew", "hebrew-names")
    people(THAI, THAI_GIVEN, "thai", "cross-script-thai", "thai-names")
    people(DEVANAGARI, DEVANAGARI_GIVEN, "devanagari", "cross-script-devanagari", "devanagari-names")
    jp_s = [(k, [h]) for k, h in JAPANESE]
    jp_g = [(k, [h]) for k, h in JAPANESE_GIVEN]
    for i, (s, sl) in enumerate(jp_s):
        for j, (g, gl) in enumerate(jp_g):
            if (i + j) % 3:
                continue
            native = s + g
            entry = "table:japanese:" + native
            add(native, gl[0] + " " + sl[0], 1, "cross-script-japanese", "han", "person", entry, "japanese-hepburn")
            add(native, gl[0] + " " + jp_s[(i + 4) % len(jp_s)][1][0], 0, "cross-script-japanese", "han", "person",
                entry, "japanese-hepburn")
    for k, (jp, en) in enumerate(JAPANESE_COMPANIES):
        add(jp, en, 1, "cross-script-japanese", "han", "company", "table:japanese:" + jp, "japanese-companies")
        add(jp, JAPANESE_COMPANIES[(k + 2) % len(JAPANESE_COMPANIES)][1], 0, "cross-script-japanese", "han",
            "company", "table:japanese:" + jp, "japanese-companies")
    for i, (s, sp, ss) in enumerate(CYRILLIC_SURNAMES):
        for j, (g, gp, gs) in enumerate(CYRILLIC_GIVEN):
            if (i + j) % 3:
                continue
            native = g + " " + s
            entry = "table:cyrillic:" + native
            usual = CYRILLIC_USUAL.get(gp, gp) + " " + CYRILLIC_USUAL.get(sp, sp)
            add(native, usual, 1, "cross-script-cyrillic", "cyrillic", "person", entry, "cyrillic-icao-iso9")
            add(gs + " " + ss, gp + " " + sp, 1, "romanisation-cyrillic", "latin", "person", entry, "cyrillic-icao-iso9")
            add(usual, gp + " " + sp, 1, "romanisation-cyrillic", "latin", "person", entry, "cyrillic-icao-iso9")
            other = CYRILLIC_SURNAMES[(i + 5) % len(CYRILLIC_SURNAMES)][1]
            add(native, gp + " " + other, 0, "cross-script-cyrillic", "cyrillic", "person", entry, "cyrillic-icao-iso9")


def build_arabic(entries):
    n = 0
    for num, name, kind, prog, rem in sorted(entries):
        if kind != "person" or ", " not in name:
            continue
        full = display(name, kind)
        for a, b in ARABIC_VARIANTS:
            pattern = r"(?<![A-Za-z])" + re.escape(a.strip()) + r"(?![a-z])"
            if a.strip() and re.search(pattern, full):
                add(re.sub(pattern, b.strip(), full, count=1), full, 1, "romanisation-arabic", "latin", "person", "ofac:" + num,
                    "ofac+arabic-variants")
                n += 1
                break
        if n >= 220:
            break


def build_evasion(entries):
    rng = random.Random(1605)
    companies = sorted(e for e in entries if e[2] == "company" and 1 <= len(e[1].split()) <= 3 and len(e[1]) <= 22)
    for k, (num, name, kind, prog, rem) in enumerate(rng.sample(companies, 120)):
        core = re.sub(r"[^A-Za-z0-9 ]", "", name)
        letters = [c for c in core if c != " "]
        if k % 2 == 0:
            spaced = " ".join(letters)
        else:
            spaced = "-".join(letters)
        add(spaced, name, 1, "evasion-spaced", "latin", "company", "ofac:" + num, "ofac+spacing")
    padded = sorted(e for e in entries if e[2] == "company" and 2 <= len(e[1].split()) <= 5)
    for k, (num, name, kind, prog, rem) in enumerate(rng.sample(padded, 120)):
        add(name + " " + PADDING[k % len(PADDING)], name, 1, "evasion-padded", "latin", "company", "ofac:" + num,
            "ofac+padding")
        other = padded[(padded.index((num, name, kind, prog, rem)) + 97) % len(padded)]
        add(other[1] + " " + PADDING[k % len(PADDING)], name, 0, "evasion-padded", "latin", "company",
            "ofac:" + num, "ofac+padding")


def main():
    entries = sdn()
    alt = alts()
    build_un()
    build_ofac(entries, alt)
    build_one_word_differs(entries)
    build_legal_forms(entries)
    build_abbreviations(entries)
    build_initials_and_nicknames(entries)
    build_numbers(entries)
    build_chinese(entries)
    build_korean()
    build_native_tables()
    build_arabic(entries)
    build_evasion(entries)
    ROWS.sort(key=lambda r: (r[3], r[7], r[0], r[1]))
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name1", "name2", "label", "category", "script", "kind", "split", "entry", "source"])
        w.writerows(ROWS)
    print(len(ROWS), "pairs written to", OUT, file=sys.stderr)


if __name__ == "__main__":
    main()
