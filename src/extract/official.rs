//! Named officials and position titles: who holds which office, in which organization.
//!
//! Per sentence: position titles are read from the lexicon with their qualifiers ("Phó",
//! "Thường trực", "nguyên", ranks), then the organization written after them, then the
//! person they belong to — written right after ("Bí thư Quận ủy Vũ Văn A"), before with an
//! apposition ("ông A, Giám đốc Sở Y tế"), in parentheses, or through a chain of offices
//! ("Ủy viên Bộ Chính trị, Bí thư Thành ủy A"; "kiêm"). Later short mentions ("ông A",
//! "Bí thư A") are added to the person's mentions.

use std::borrow::Cow;
use std::cell::{OnceCell, RefCell};
use std::hash::Hasher;
use std::ops::Range;
use std::sync::Arc;

use rustc_hash::{FxHashMap, FxHashSet};
use smallvec::SmallVec;

use super::extractor::{Extractor, Found, Rule};
use super::lexicon::{OfficialLexicon, OrgKind, PlaceKind, Qualifier, UNKNOWN};
use super::packed::{WordSet, WordTable};
use super::view::TokenView;
use crate::segment::TokenKind;
use crate::segment::word::in_dictionary;

pub mod names;

use names::{NameModel, Site};

/// A person holding a position. Byte ranges point into the original text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfficialMention {
    /// The fullest form of the name.
    pub name: Range<usize>,
    pub role: Range<usize>,
    /// Empty when the text names no organization.
    pub organization: Option<Range<usize>>,
    /// The organization named in full from context, in parts to join with spaces (see
    /// [`OfficialMention::organization`]); empty when it is written whole.
    pub organization_resolved: Vec<Range<usize>>,
    pub former: bool,
    pub rank: Option<Range<usize>>,
    /// Every mention of the person: the full name and later short forms.
    pub mentions: Vec<Range<usize>>,
    pub rule: &'static str,
}

/// A position title named in the text, held by a named person or not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TitleMention {
    pub role: Range<usize>,
    pub organization: Option<Range<usize>>,
    /// As [`OfficialMention::organization_resolved`].
    pub organization_resolved: Vec<Range<usize>>,
    /// The role and its organization.
    pub mentions: Vec<Range<usize>>,
    /// The names (byte ranges of their full form) of the holders.
    pub holders: Vec<Range<usize>>,
}

/// The office, then the name: "Bí thư Quận ủy Vũ Văn A", "… là ông A", "…, ông A".
pub(crate) const TITLE_NAME: Rule = Rule {
    id: "official.title-name",
    description: "an office, then the name of its holder",
    examples: &[
        (
            "Phó Chủ tịch UBND tỉnh Trần Văn Bình phát biểu.",
            "Trần Văn Bình · Phó Chủ tịch · UBND tỉnh",
        ),
        (
            "Người đứng đầu là Giám đốc Sở Tài chính, ông Lê Quang Minh.",
            "Lê Quang Minh · Giám đốc · Sở Tài chính",
        ),
        ("Xe chạy trên đường Nguyễn Du.", ""),
        // Regression: "trưởng" of "thuyền trưởng", "cơ trưởng" was read as an office.
        ("Cơ trưởng Trần Văn An hạ cánh an toàn.", ""),
        (
            "Cảnh sát trưởng Manila Rodel Santos cho biết.",
            "Rodel Santos · Cảnh sát trưởng · Manila",
        ),
        (
            "Thượng nghị sĩ đảng Dân chủ Tom Ridley phản đối dự luật.",
            "Tom Ridley · Thượng nghị sĩ · ",
        ),
        (
            "Chủ tịch đảng Dân chủ Tom Ridley phản đối dự luật.",
            "Tom Ridley · Chủ tịch · đảng Dân chủ",
        ),
        (
            "Ngoại trưởng Valdrov cho biết.",
            "Valdrov · Ngoại trưởng · ",
        ),
        // A name transliterated in hyphened syllables, as Nhân Dân writes foreign names.
        (
            "Thủ tướng Ni-cô-lai Pê-trốp phát biểu.",
            "Ni-cô-lai Pê-trốp · Thủ tướng · ",
        ),
        // Regression: "Âu" of "châu Âu" was read as the first word of the holder's name.
        (
            "Chủ tịch Ủy ban châu Âu Greg Hollis cho biết.",
            "Greg Hollis · Chủ tịch · Ủy ban châu Âu",
        ),
        // Regression: two name words after a body named in one word were kept for the
        // body, as in "Trường Lê Quý Đôn", though foreign.
        (
            "Phó chủ tịch tập đoàn Northvale Greg Hollis cho biết.",
            "Greg Hollis · Phó chủ tịch · tập đoàn Northvale",
        ),
        (
            "Cựu Tổng thống đảng Cộng hòa Tom Ridley bổ nhiệm Thẩm phán Tòa án Tối cao Ken Lowe.",
            "Tom Ridley · Tổng thống · |Ken Lowe · Thẩm phán · Tòa án Tối cao",
        ),
        // A regression: "sở" of "cơ sở" was read as a body's head, which no name follows.
        (
            "Phó Cục trưởng Cục Văn hóa cơ sở Lạc Thị Thu Hà ký văn bản.",
            "Lạc Thị Thu Hà · Phó Cục trưởng · Cục Văn hóa cơ sở",
        ),
        // A regression: "thông tin" right after a head ended the body as a verb would.
        (
            "Bộ trưởng Bộ thông tin và truyền thông Lạc Văn Tín chỉ đạo.",
            "Lạc Văn Tín · Bộ trưởng · Bộ thông tin và truyền thông",
        ),
        // Heads of bodies added in stop 31 ("Nội các", "Cơ quan", "Hội đồng").
        (
            "Chánh văn phòng Nội các Nhật Bản Kenji Watanabe cho biết.",
            "Kenji Watanabe · Chánh văn phòng · Nội các Nhật Bản",
        ),
        (
            "Chủ tịch Hội đồng di sản văn hóa quốc gia Lạc Văn Tín phát biểu.",
            "Lạc Văn Tín · Chủ tịch · Hội đồng di sản văn hóa quốc gia",
        ),
        // The body written after the holder's name and "của".
        (
            "HLV Marco Bellini của U23 Malaysia cho biết.",
            "Marco Bellini · HLV · U23 Malaysia",
        ),
        (
            "Thủ tướng Kenji Watanabe của Nhật Bản phát biểu.",
            "Kenji Watanabe · Thủ tướng · Nhật Bản",
        ),
        // "đương nhiệm", "thứ 40" between the office and its holder.
        (
            "Tổng thống Mỹ đương nhiệm Peter Holm phát biểu.",
            "Peter Holm · Tổng thống · Mỹ",
        ),
        (
            "Tổng thống Mỹ thứ 40 Peter Holm lúc 29 tuổi.",
            "Peter Holm · Tổng thống · Mỹ",
        ),
        // A transliterated name with its initial (a regression: it was the body's).
        (
            "Thủ tướng Đức A.Méc-ken kêu gọi.",
            "A.Méc-ken · Thủ tướng · Đức",
        ),
        // Two particles inside a foreign name (a regression: it was cut before them).
        (
            "Bộ trưởng Quốc phòng Hà Lan Anna van der Berg cho biết.",
            "Anna van der Berg · Bộ trưởng · Quốc phòng Hà Lan",
        ),
        // A company's name after a field that ends in a head's syllable ("dịch vụ").
        (
            "Giám đốc Công ty cổ phần cung ứng dịch vụ Hà Thành cho biết.",
            "",
        ),
    ],
};

/// The name, then its office: "ông A, Giám đốc Sở Y tế", "A - Chủ tịch X".
pub(crate) const APPOSITION: Rule = Rule {
    id: "official.apposition",
    description: "a name, then its office after a comma or a dash",
    examples: &[
        (
            "Ông Đoàn Minh Khoa, Giám đốc Sở Y tế, cho biết.",
            "Đoàn Minh Khoa · Giám đốc · Sở Y tế",
        ),
        // Regression: "Đoàn Chủ" of "Đoàn Chủ tịch" (a presidium) was read as a name.
        (
            "Bà Lê Thị Hoa, Ủy viên Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam, phát biểu.",
            "Lê Thị Hoa · Ủy viên · Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam",
        ),
    ],
};

/// The office in parentheses after the name: "ông A (Chủ tịch UBND tỉnh)".
pub(crate) const PARENTHESIS: Rule = Rule {
    id: "official.parenthesis",
    description: "a name, then its office in parentheses",
    examples: &[
        (
            "Ông Đỗ Văn Tâm (Chủ tịch UBND huyện) dự lễ.",
            "Đỗ Văn Tâm · Chủ tịch · UBND huyện",
        ),
        // After the age, the defendant holds the office, and a name-like word after the
        // body is the body's (a regression: it was read as the holder).
        (
            "Tòa phạt bị cáo Đỗ Văn Tâm (45 tuổi, nguyên Giám đốc Công ty TNHH Hải sản Hồ Bảo Anh) 5 năm tù.",
            "Đỗ Văn Tâm · Giám đốc · Công ty TNHH Hải sản Hồ Bảo Anh",
        ),
    ],
};

/// More offices of one person: "Ủy viên Bộ Chính trị, Bí thư Thành ủy A", "kiêm".
pub(crate) const CHAIN: Rule = Rule {
    id: "official.chain",
    description: "the other offices of a chain held by one person",
    examples: &[
        (
            "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Hoàng Văn Long dự hội nghị.",
            "Hoàng Văn Long · Bí thư · Tỉnh ủy|Hoàng Văn Long · Ủy viên · Trung ương Đảng",
        ),
        // Regression: the dash was read as part of the first office's body.
        (
            "Phó Bí thư Tỉnh ủy - Chủ tịch UBND tỉnh Lò Văn Sơn dự hội nghị.",
            "Lò Văn Sơn · Chủ tịch · UBND tỉnh|Lò Văn Sơn · Phó Bí thư · Tỉnh ủy",
        ),
    ],
};

/// An office the person is appointed or elected to: "ông A được bầu làm Chủ tịch Hội".
pub(crate) const APPOINTED: Rule = Rule {
    id: "official.appointed",
    description: "a name, then the office it is elected or appointed to",
    examples: &[
        (
            "Ông Phan Văn Hùng được bầu làm Chủ tịch Hội Nông dân tỉnh.",
            "Phan Văn Hùng · Chủ tịch · Hội Nông dân tỉnh",
        ),
        (
            "Chủ tịch tỉnh đã bổ nhiệm ông Lê Văn Tâm vào vị trí Giám đốc Sở Y tế.",
            "Lê Văn Tâm · Giám đốc · Sở Y tế",
        ),
    ],
};

/// The office a person holds, written after the name and "làm": "Công ty X do ông A làm
/// Giám đốc", "bà B lên làm chủ tịch", "ông C trở thành Tổng thống".
pub(crate) const HOLDS: Rule = Rule {
    id: "official.holds",
    description: "a name, then \"làm\", \"là\" or \"trở thành\" and the office it holds",
    examples: &[
        (
            "Ông Lò Văn Quân đã trở thành Chủ tịch UBND tỉnh Lai Châu.",
            "Lò Văn Quân · Chủ tịch · UBND tỉnh Lai Châu",
        ),
        (
            "Ông Đinh Quang Vũ hiện là Giám đốc Công ty Tân Lập.",
            "Đinh Quang Vũ · Giám đốc · Công ty Tân Lập",
        ),
        // A member of a body is more often a description than an office.
        (
            "Công ty Tân Lập Miền Bắc là thành viên Tập đoàn Tân Lập.",
            "",
        ),
        (
            "Hợp tác xã Tân Lập do ông Đinh Quang Vũ làm Chủ tịch HĐQT vừa công bố kế hoạch.",
            "Đinh Quang Vũ · Chủ tịch HĐQT · Hợp tác xã Tân Lập",
        ),
        (
            "Bà Lưu Thị Hạnh từng làm Giám đốc Sở Tư pháp.",
            "Lưu Thị Hạnh · Giám đốc · Sở Tư pháp",
        ),
        (
            "Bà Lưu Thị Hạnh lên làm chủ tịch từ tháng 5.",
            "Lưu Thị Hạnh · chủ tịch · ",
        ),
    ],
};

/// The person a new holder replaces held the office before: "bà A lên làm chủ tịch thay ông
/// B", "ông A được bầu làm Chủ tịch HĐQT thay cho ông B" (B: former).
pub(crate) const REPLACED: Rule = Rule {
    id: "official.replaced",
    description: "an office taken \"thay\" (in place of) a named person: that person's former one",
    examples: &[
        (
            "Bà Lưu Thị Hạnh lên làm chủ tịch thay ông Đinh Quang Vũ.",
            "Lưu Thị Hạnh · chủ tịch · |Đinh Quang Vũ · chủ tịch · ",
        ),
        (
            "Hội đồng quản trị bầu ông Đinh Quang Vũ làm Chủ tịch HĐQT Công ty Tân Lập, thay cho bà Lưu Thị Hạnh.",
            "Đinh Quang Vũ · Chủ tịch HĐQT · Công ty Tân Lập|Lưu Thị Hạnh · Chủ tịch HĐQT · Công ty Tân Lập",
        ),
        // "thay mặt": on behalf of, no replacement.
        (
            "Đại diện nhà trường nhận làm Trưởng ban thay mặt ông Đinh Quang Vũ.",
            "",
        ),
    ],
};

/// The holders of an office listed after it: "5 Phó Chủ tịch, gồm các ông: A, B và C",
/// "các Phó Thủ tướng A, B và C", "Thứ trưởng A và B", "bổ nhiệm X đối với ông A và ông B".
pub(crate) const LISTED: Rule = Rule {
    id: "official.listed",
    description: "an office, then a list of the people holding it",
    examples: &[
        (
            "Sở hiện có 2 Phó Giám đốc gồm các ông: Lã Văn Đông, Vi Thành Nam.",
            "Lã Văn Đông · Phó Giám đốc · |Vi Thành Nam · Phó Giám đốc · ",
        ),
        (
            "Các Phó Thủ tướng Lã Văn Đông, Vi Thành Nam dự họp.",
            "Lã Văn Đông · Phó Thủ tướng · |Vi Thành Nam · Phó Thủ tướng · ",
        ),
        (
            "Bộ đã kỷ luật Thứ trưởng Lã Văn Đông và Vi Thành Nam.",
            "Lã Văn Đông · Thứ trưởng · |Vi Thành Nam · Thứ trưởng · ",
        ),
        (
            "Quốc hội bổ nhiệm Thẩm phán Tòa án tối cao đối với ông Lã Văn Đông và ông Vi Thành Nam.",
            "Lã Văn Đông · Thẩm phán · Tòa án tối cao|Vi Thành Nam · Thẩm phán · Tòa án tối cao",
        ),
    ],
};

/// A counterpart: "Tổng thống Argentina A và người đồng cấp Brazil B" — B holds the office
/// of the title before it in the sentence, in the country named after "người đồng cấp".
pub(crate) const COUNTERPART: Rule = Rule {
    id: "official.counterpart",
    description: "người đồng cấp/đồng nhiệm [country] and a name: the office of the title \
                  before it, else of the one after it in the sentence",
    examples: &[
        (
            "Ngoại trưởng Pháp Louis Garnier đã hội đàm với người đồng cấp Đức Karl Bremer.",
            "Louis Garnier · Ngoại trưởng · Pháp|Karl Bremer · Ngoại trưởng · Đức",
        ),
        (
            "Sau cuộc gặp người đồng nhiệm Đức Karl Bremer, Ngoại trưởng Pháp Louis Garnier nói.",
            "Louis Garnier · Ngoại trưởng · Pháp|Karl Bremer · Ngoại trưởng · Đức",
        ),
        ("Người đồng cấp Đức Karl Bremer không đến.", ""),
    ],
};

/// The office a person acts in: "ông A, với tư cách Chủ tịch HĐQT Công ty X, đã ký …",
/// "ông B phát biểu trên cương vị Bộ trưởng …".
pub(crate) const CAPACITY: Rule = Rule {
    id: "official.capacity",
    description: "a person, then \"với tư cách\", \"với vai trò\", \"trên cương vị\" … and the office held",
    examples: &[
        (
            "Ông Lò Nam Dũng, với tư cách Chủ tịch Hội đồng quản trị Công ty Minh Khai, đã ký hợp đồng.",
            "Lò Nam Dũng · Chủ tịch Hội đồng quản trị · Công ty Minh Khai",
        ),
        (
            "Ông Vi Văn Hùng phát biểu với tư cách là Phó Chủ tịch UBND tỉnh.",
            "Vi Văn Hùng · Phó Chủ tịch · UBND tỉnh",
        ),
        // Another person between: the capacity is not the subject's.
        (
            "Ông Vi Văn Hùng cho biết ông Lò Nam Dũng sẽ tham dự với tư cách khách mời.",
            "",
        ),
    ],
};

/// The rules of officials, each with examples (run by one test).
pub(crate) const RULES: &[Rule] = &[
    TITLE_NAME,
    APPOSITION,
    PARENTHESIS,
    CHAIN,
    APPOINTED,
    HOLDS,
    CAPACITY,
    REPLACED,
    LISTED,
    COUNTERPART,
];

/// Finds named officials ([`OfficialMention`]) and the position titles an article names
/// ([`TitleMention`]), with the officials lexicon.
#[derive(Debug, Clone)]
pub struct Officials {
    lexicon: Arc<OfficialLexicon>,
    names: Arc<NameModel>,
}

impl Officials {
    /// The extractor reading `lexicon`, which must be the one the [`TokenView`] it is given
    /// numbered its words with (as [`super::Extractors`] makes sure).
    pub fn new(lexicon: Arc<OfficialLexicon>) -> Self {
        Officials::with_names(lexicon, NameModel::builtin())
    }

    /// The extractor deciding names with `names` instead of the shipped model.
    pub fn with_names(lexicon: Arc<OfficialLexicon>, names: Arc<NameModel>) -> Self {
        Officials { lexicon, names }
    }
}

impl Extractor for Officials {
    fn rules(&self) -> &'static [Rule] {
        RULES
    }

    fn extract(&self, tokens: &TokenView<'_>, found: &mut Found) {
        let (officials, titles) = officials(tokens, &self.lexicon, self.names.as_ref());
        found.extend(officials);
        found.extend(titles);
    }
}

/// Words that end an organization written in lower case after its head: a table, as it is
/// asked at most words of a body and has grown past a hundred words.
const ORG_STOPS: WordTable<2048> = WordTable::new(&[
    "cho", "cũng", "đã", "sẽ", "đang", "vừa", "là", "nói", "khẳng", "nhấn", "chia", "ký", "trao",
    "tặng", "được", "bị", "về", "tại", "trong", "với", "của", "này", "đó", "khi", "thì", "mà",
    "để", "có", "cùng", "đến", "từ", "theo", "vào", "ra", "lên", "đi", "nêu", "kiêm", "năm",
    "ngày", "tháng", "người", "ông", "bà", "anh", "chị", "hiện", "trước", "sau", "đây", "kể",
    "trả", "ghi", "làm", "thăm", "gửi", "cảm", "mong", "hay", "hoặc", "nhưng", "nên", "vì", "do",
    "qua", "giữa", "các", "những", "mọi", "một", "hai", "ba", "ở", "như", "thay", "kêu", "bày",
    "thừa", "lưu", "chỉ", "vẫn", "đều", "giữ", "gồm", "rằng", "bổ", "miễn", "sang", "tới", "hôm",
    "từng", "thốt", "lại", "biết", "đưa", "nếu", "chưa", "phải", "lúc", "muốn", "mấy",
]);

/// "không" (not): a word that goes on with the sentence after a body's name ("Cục X không
/// đồng tình"), unless it makes a word with the syllable before or after it, in any case
/// ("hàng không", "phòng không không quân"). ("cần", needs, would cut "hậu cần", which the
/// dictionary lacks.)
const STOPS_OUTSIDE_A_WORD: WordSet<1> = WordSet::new(["không"]);

/// Separators between a name and its apposition, or between offices of one person.
const APPOSITION_MARKS: &[&str] = &[",", "-", "–", "—", "(", ":"];

/// The article's tokens as the extractor reads them: the shared [`TokenView`] and the
/// lexicon its words were numbered in.
pub(crate) struct View<'v, 'a> {
    tokens: &'v TokenView<'a>,
    lexicon: &'v OfficialLexicon,
    /// Decides which candidate spans are names.
    names: &'v dyn NameJudge,
    /// What bodies shortened later in the article are resolved from, gathered on first use.
    earlier: RefCell<Earlier>,
    /// Where each run of name words starts, by its words ("elon musk"): how the article
    /// writes a name elsewhere, for the names model (apart from `earlier`, which is borrowed
    /// while the model is asked).
    name_runs: OnceCell<FxHashMap<u64, SmallVec<[usize; 2]>>>,
}

impl<'a> std::ops::Deref for View<'_, 'a> {
    type Target = TokenView<'a>;

    fn deref(&self) -> &TokenView<'a> {
        self.tokens
    }
}

impl View<'_, '_> {
    /// Whether a title can start at word `i`: it is "tân", "đương" or the first word of a
    /// qualifier or position. Most words are none of these, and [`titles_in`] asks at
    /// every word, so this is answered from the word's id and key before any phrase is
    /// compared.
    #[inline(always)]
    fn may_start_title(&self, i: usize) -> bool {
        const OPENERS: WordSet<2> = WordSet::new([NEW_HOLDER, INCUMBENT[0]]);
        let id = self.lexicon_id(i).unwrap_or(UNKNOWN);
        self.lexicon.qualifiers.starts_with(id)
            || self.lexicon.positions.starts_with(id)
            || self.is_in(i, &OPENERS)
    }

    fn qualifier(&self, i: usize) -> Option<(usize, Qualifier)> {
        self.lexicon
            .qualifiers
            .longest(self.lexicon_ids(), i, |k| self.joined(k))
            // A rank of one syllable that ends the word the one before began is that word's:
            // "tướng" of "Thủ tướng", "nữ tướng".
            .filter(|&(end, kind)| {
                !(kind == Qualifier::Rank && end == i + 1 && self.ends_a_word(i))
            })
    }

    fn position(&self, i: usize) -> Option<usize> {
        // A word in capitals that reads as a syllable is an abbreviation, not the
        // lower-case word of an office: "Trưởng CA quận" is the head of the police ("Công
        // an"), no "Trưởng ca" (a shift's). "Chánh VP" is written so, and "GIÁM ĐỐC" in a
        // line of capitals.
        let abbreviation =
            |k: usize| self.acronym(k) && !self.acronym(i) && !looks_foreign(self.word(k));
        let goes_on = |k: usize| self.joined(k) && !abbreviation(k);
        self.lexicon
            .positions
            .longest(self.lexicon_ids(), i, goes_on)
            .map(|(end, ())| end)
            // An office of one syllable that begins a word of `compounds.txt` written on in
            // lower case is that word's: "Trưởng thành" (to grow up) is no office "Trưởng".
            .filter(|&end| !(end == i + 1 && self.compound_over(i + 1).is_some()))
    }

    /// The end of a ministry's field written in lower case at `i` ("quốc phòng").
    fn portfolio(&self, i: usize) -> Option<usize> {
        (!self.capital(i) && self.joined(i))
            .then(|| {
                self.lexicon.portfolios.longest(self.lexicon_ids(), i, |k| {
                    self.joined(k) && !self.capital(k)
                })
            })
            .flatten()
            .map(|(end, ())| end)
    }

    /// A ministry's field as [`View::portfolio`] reads it, written in any case ("Quốc
    /// phòng" in a list of ministries).
    fn portfolio_any_case(&self, i: usize) -> Option<usize> {
        self.lexicon
            .portfolios
            .longest(self.lexicon_ids(), i, |k| self.joined(k))
            .map(|(end, ())| end)
    }

    fn organization_head(&self, i: usize) -> Option<(usize, OrgKind)> {
        self.lexicon
            .organizations
            .longest(self.lexicon_ids(), i, |k| self.joined(k))
            .filter(|&(_, kind)| !(kind.named_alone() && self.lexicon.companies_ignored))
    }

    /// The end of the word of `compounds.txt` that starts at `i - 1` and goes on over the
    /// lower-case word at `i`.
    fn compound_over(&self, i: usize) -> Option<usize> {
        (i > 0 && self.joined(i) && !self.capital(i))
            .then(|| {
                self.lexicon
                    .compounds
                    .longest(self.lexicon_ids(), i - 1, |k| self.joined(k))
            })
            .flatten()
            .map(|(end, ())| end)
            .filter(|&end| end > i)
    }

    /// Whether the syllable at `i` ends a word of the dictionary that the one joined before
    /// it began ("quản lý", "hàng không").
    fn ends_a_word(&self, i: usize) -> bool {
        i > 0 && self.joined(i) && in_dictionary([self.word(i - 1), self.word(i)])
    }

    /// Whether the head at `i`, in lower case, ends a word that began before it ("cơ sở",
    /// "dịch vụ", "thị trường"): the end of a field's name more than the head of a body.
    fn ends_a_compound(&self, i: usize) -> bool {
        i > 0 && !self.capital(i - 1) && self.compound_over(i).is_some()
    }

    /// Whether the word at `i`, in lower case, is the second syllable of a compound that
    /// is no office: "trưởng" in "thuyền trưởng", "Cơ trưởng", "tăng trưởng".
    fn ends_an_office_compound(&self, i: usize) -> bool {
        self.compound_over(i) == Some(i + 1)
    }

    /// Whether the word at `i` cannot be a Vietnamese syllable ([`looks_foreign`]), or is
    /// a name transliterated in hyphened syllables ("Phi-đen Ca-xtơ-rô"; but "Rịa-Vũng" of
    /// "Bà Rịa-Vũng Tàu" joins two Vietnamese words).
    fn foreign(&self, i: usize) -> bool {
        looks_foreign(self.word(i)) || {
            let text = self.text(i);
            text.starts_with(char::is_uppercase)
                && text.contains('-')
                && text
                    .split('-')
                    .skip(1)
                    .all(|part| part.starts_with(char::is_lowercase))
        }
    }

    /// The place that starts at `i`, unless its one syllable begins a word of
    /// `compounds.txt` written on in lower case: "Vụ Pháp chế" names no France.
    fn place(&self, i: usize) -> Option<(usize, PlaceKind)> {
        self.lexicon
            .places
            .longest(self.lexicon_ids(), i, |k| self.joined(k))
            .filter(|&(end, _)| end > i + 1 || self.compound_over(i + 1).is_none())
    }

    /// The end of a ward or commune named after a person starting at `i` (see
    /// `OfficialLexicon::wards`).
    fn ward(&self, i: usize) -> Option<usize> {
        self.lexicon
            .wards
            .longest(self.lexicon_ids(), i, |k| self.joined(k))
            .map(|(end, ())| end)
    }

    fn surname(&self, i: usize) -> bool {
        self.name_word(i)
            && self
                .lexicon_id(i)
                .is_some_and(|id| self.lexicon.surnames.contains(&id))
    }
}

/// Syllables that "quyền" ends a word after (never "acting" there); "dưới quyền HLV A" is
/// under the coach's command.
const QUYEN_WORDS: &[&str] = &[
    "chính", "thẩm", "chủ", "nhân", "đặc", "bản", "phân", "trao", "toàn", "ủy", "uỷ", "nắm", "cầm",
    "lộng", "đương", "thực", "binh", "dưới",
];

/// Whether the "quyền" at `k` ends a word ("chính quyền Tổng thống X" is the
/// administration, also "thẩm quyền", "chủ quyền" …) rather than meaning "acting".
fn quyen_ends_a_word(view: &View<'_, '_>, k: usize) -> bool {
    k > 0 && view.is(k, "quyền") && view.joined(k) && view.is_any(k - 1, QUYEN_WORDS)
}

/// Whether the qualifier at `k` is another word: the last syllable of a word begun before
/// it ("chính quyền", "dưới quyền": see [`quyen_ends_a_word`]; "hợp đồng", "Hội đồng"), or
/// the currency after an amount ("nộp phạt 25 triệu đồng Trưởng Ban …"): no co-holder.
fn qualifier_is_another_word(view: &View<'_, '_>, k: usize) -> bool {
    quyen_ends_a_word(view, k)
        || (view.is(k, "đồng")
            && k > 0
            && (view.ends_a_word(k)
                || view.kind(k - 1) == Some(TokenKind::Number)
                || view.is_any(k - 1, AMOUNT_SCALES)))
}

/// Words that scale an amount before its currency ("25 triệu đồng").
const AMOUNT_SCALES: &[&str] = &["nghìn", "ngàn", "triệu", "tỷ", "tỉ", "trăm", "chục", "vạn"];

/// Decides which of the candidate spans the grammar offers at a site is a person's name:
/// the learned model, or (when training it) the annotations.
pub(crate) trait NameJudge {
    fn choose(
        &self,
        view: &View<'_, '_>,
        candidates: &[Range<usize>],
        site: Site,
    ) -> Option<Range<usize>>;
}

impl NameJudge for NameModel {
    fn choose(
        &self,
        view: &View<'_, '_>,
        candidates: &[Range<usize>],
        site: Site,
    ) -> Option<Range<usize>> {
        let mut best: Option<(f32, &Range<usize>)> = None;
        for c in candidates {
            let score = self.score(view, c.clone(), site);
            if score > 0.0 && best.is_none_or(|(b, _)| score > b) {
                best = Some((score, c));
            }
        }
        best.map(|(_, c)| c.clone())
    }
}

/// The longest name the model considers, in syllables.
const LONGEST_NAME: usize = 6;

/// A title as read: the role, its organization, and what comes around it.
#[derive(Debug, Clone)]
struct Title {
    /// Tokens of the role, qualifiers included ("Phó Bí thư Thường trực").
    role: Range<usize>,
    organization: Option<Range<usize>>,
    /// The first token of the title's phrase (a "nguyên" or a rank before the role).
    start: usize,
    /// The token after the role and organization.
    end: usize,
    former: bool,
    rank: Option<Range<usize>>,
    /// A name written right after the title (tokens).
    name_after: Option<Range<usize>>,
    /// The holders listed after the title ("gồm các ông: A, B và C"), when there are several.
    listed: Vec<Range<usize>>,
    /// Whether the role is written with a capital (a lower-case "giám đốc" needs more).
    capital: bool,
    /// Whether a party is written after the role as its holder's affiliation ("Thượng nghị
    /// sĩ đảng Cộng hòa A"): the office has no body, and borrows none from the sentence.
    affiliated: bool,
    /// Whether the title names an aide's or a candidate's office ("trợ lý Bộ trưởng",
    /// "ứng cử viên Tổng thống"): the office is a title, and the person named with it
    /// holds none (GOLD.md).
    unheld: bool,
    /// The organization as context names it in full, when the text shortens it: "Hội" after
    /// "Hội Nông dân tỉnh X"; "UBND quận" and "Hoàn Kiếm" after "quận Hoàn Kiếm". Empty when
    /// the organization is whole.
    resolved: Vec<Range<usize>>,
}

impl Title {
    /// Whether `body` was read over the name of one of the title's holders, the one written
    /// after it or any listed ("các phó trưởng phòng A, B": "phòng A" is no one's body).
    fn read_over_a_holder(&self, body: &Range<usize>) -> bool {
        self.name_after
            .iter()
            .chain(&self.listed)
            .any(|holder| overlaps(body, holder))
    }
}

/// Whether two token ranges share a token.
fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// Reads the role at `i`: qualifiers, a head, qualifiers after. Returns the role's tokens.
fn role_at(view: &View<'_, '_>, i: usize) -> Option<Range<usize>> {
    // "các nước thành viên EU", "quốc gia thành viên", "nền kinh tế thành viên APEC":
    // member states, no member's office.
    if i > 0 && view.is_any(i - 1, &["nước", "gia", "tế"]) && view.matches(i, &["thành", "viên"])
    {
        return None;
    }
    let mut k = i;
    // "Phó", "Quyền", "Tổng" … before the head, possibly several ("Quyền Phó Giám đốc").
    let head_end = loop {
        // "chức vụ Phó Giám đốc" is no "Vụ phó": a capital inside a head written in lower
        // case that starts a role of its own starts another phrase ("trưởng Phòng" is one
        // head).
        let role_inside = |end: usize| {
            (k + 1..end).any(|q| {
                view.capital(q)
                    // "nhà Vua": the head's own last word, no other phrase.
                    && (view.position(q).is_some_and(|e| e != end)
                        || matches!(view.qualifier(q), Some((_, Qualifier::Before))))
            })
        };
        if let Some(end) = view.position(k)
            && (view.capital(k) || !role_inside(end))
            && !(k == i && view.ends_an_office_compound(k))
        {
            break end;
        }
        match view.qualifier(k) {
            Some((end, Qualifier::Before)) if end > k && !qualifier_is_another_word(view, k) => {
                k = end
            }
            // "Phó Công an xã X": the deputy of the police named after it, written with no
            // head ("Phó trưởng Công an").
            _ if k > i
                && view.is(k - 1, "phó")
                && view.capital(k)
                && (view.matches(k, &["công", "an"]) || view.is(k, "ca")) =>
            {
                break k;
            }
            _ => return None,
        }
    };
    // "Đại sứ quán", "Tổng lãnh sự quán": the mission, a body, not its head's office.
    if view.is(head_end, "quán") && view.joined(head_end) {
        return None;
    }
    let mut end = head_end;
    while let Some((after, Qualifier::After)) = view.qualifier(end) {
        // "Tổng thống nước này A": "nước" is the country referred to, not the office's;
        // and "nước" is the office's only in "Chủ tịch nước" ("Tổng thống nước Cộng hòa
        // Pháp": the country's formal name).
        if view.matches(end, THIS_COUNTRY)
            || (view.is(end, "nước") && !(end >= 2 && view.matches(end - 2, &["chủ", "tịch"])))
        {
            break;
        }
        // "Tổng thống Liên bang Nga", "Chủ tịch Quốc hội Iran": a country's formal name or
        // a body of it. A qualifier that names no body stays the office's before a country
        // ("Đại sứ Đặc mệnh Toàn quyền Việt Nam tại …", "Thủ tướng Lâm thời …").
        let names_a_body = view.organization_head(end).is_some() || view.matches(end, FEDERAL);
        let names_a_country = view.capital(end)
            && names_a_body
            && matches!(view.place(after), Some((_, PlaceKind::Country)));
        if !view.joined(end) || names_a_country {
            break;
        }
        end = after;
    }
    // "Phó Chủ tịch phụ trách mảng truyền thông", "Ủy viên phụ trách kinh tế": the field an
    // office is in charge of, written in lower case, is the office's (GOLD.md keeps it in
    // the role); its body follows ("… của Google", "… EU").
    if end > head_end && view.matches(end - IN_CHARGE.len(), &IN_CHARGE) {
        end = field_in_charge_end(view, end);
    } else if end == head_end {
        end = directed_field_end(view, k, head_end);
    }
    Some(i..end)
}

/// The end of the field a director heads, written in lower case between the office and
/// the body it belongs to ("giám đốc nghiên cứu của Viện X", "Phó giám đốc phát triển sản
/// phẩm tại Ford"): GOLD.md keeps it in the role. Only a field that "của" or "tại" and a
/// capital follow is one; a unit's head among its words makes it the body's name
/// ("giám đốc trung tâm …"). `head_end` when there is none; `head` is where the office's
/// head starts (a listed director of a field may go on: "giám đốc kinh doanh bán lẻ").
fn directed_field_end(view: &View<'_, '_>, head: usize, head_end: usize) -> usize {
    if !view.matches(head, &DIRECTOR) {
        return head_end;
    }
    let q = field_in_charge_end(view, head_end);
    // Not another office after "của" ("giám đốc chiến dịch của Tổng thống A": its holder's).
    let body_follows = view.is_any(q, &["của", "tại"])
        && view.joined(q)
        && view.joined(q + 1)
        && (view.capital(q + 1) || view.acronym(q + 1))
        && role_at(view, q + 1).is_none();
    let names_a_unit = (head_end..q).any(|p| {
        view.is_any(p, HEADS_IN_ROLES) || view.organization_head(p).is_some() || view.capital(p)
    });
    // "giám đốc mới của FBI", "giám đốc trẻ nhất của …": which holder, not what is directed.
    let which_holder = (head_end..q).any(|p| view.is_any(p, WHICH_HOLDER));
    if q > head_end && body_follows && !names_a_unit && !which_holder {
        q
    } else {
        head_end
    }
}

/// "giám đốc": the office whose field may stand before its body ([`directed_field_end`]).
const DIRECTOR: [&str; 2] = ["giám", "đốc"];

/// Words that tell which holder of an office is meant or what the holder does, never the
/// field the office directs: new, former, outgoing, the second, the last, acting, the
/// present one ("kế nhiệm", "đương nhiệm", "đầu tiên" by their last syllable: "kế hoạch",
/// "đầu tư" are fields), the youngest or only one ("trẻ nhất", "duy nhất"), one at work or
/// speaking ("làm việc", "phát biểu").
const WHICH_HOLDER: &[&str] = &[
    "mới", "cũ", "sắp", "thứ", "cuối", "tạm", "hiện", "nhiệm", "tiên", "trẻ", "nhất", "làm", "biểu",
];

/// The end of the field an office is in charge of, from `from` (after "phụ trách"): words
/// in lower case ("công nghiệp và thương mại"), up to a word that starts its body ("của",
/// "tại", "thuộc") or a clause ("cho biết", "giữ chức", "dưới thời", "ông"). A place is
/// the field's when written in lower case or after a region's, a level's or a topic's word
/// ("châu Âu", "khu vực Bắc Âu", "tỉnh Quảng Nam", "vấn đề Triều Tiên"), and so is one word
/// with a capital after a topic's ("vấn đề Brexit", "mảng Chống mã độc"). Other capitals
/// end it (its body or holder: "kinh tế EU", "vận tải Karla Bruck"), unless "của" or
/// "thuộc" follows them with only words, brackets and dashes between and no person's name
/// ("vấn đề Syria của X", "mảng phát triển phần mềm Windows của X"). `from` when no field
/// follows, or one too long to be a field.
fn field_in_charge_end(view: &View<'_, '_>, from: usize) -> usize {
    const LONGEST_FIELD: usize = 10;
    let plain = |q: usize| {
        view.joined(q)
            && view.kind(q) == Some(TokenKind::Word)
            && !view.capital(q)
            && !view.acronym(q)
            && !view.is_any(q, FIELD_ENDS)
            && !view.matches(q, &["trực", "thuộc"])
            // "phát triển" is a field's word, "và" is read below.
            && (!view.is_any(q, CLAUSE_WORDS) || view.is_any(q, &["phát", "và"]))
    };
    // "công nghiệp và thương mại": "và" between two of the field's words.
    let field_word = |q: usize| {
        if view.is(q, "và") {
            q > from && plain(q + 1)
        } else {
            plain(q)
        }
    };
    let capital = |q: usize| view.joined(q) && (view.capital(q) || view.acronym(q));
    let mut q = from;
    while q < from + LONGEST_FIELD {
        let after_a_region_or_topic = q > from && view.is_any(q - 1, REGIONS_AND_TOPICS);
        if q > from
            && view.joined(q)
            && let Some((place_end, _)) = view.place(q)
            && (!view.capital(q) || after_a_region_or_topic)
        {
            q = place_end;
        } else if field_word(q)
            || (after_a_region_or_topic
                && capital(q)
                && vietnamese_name_at(view, q).is_none_or(|n| n.len() < 2))
        {
            q += 1;
        } else {
            break;
        }
    }
    if q >= from + LONGEST_FIELD {
        return from;
    }
    if q == from || !(capital(q) || view.is_any(q, BETWEEN)) {
        return q;
    }
    // A person's name among the capitals: the holder, before the body (not a gloss in
    // brackets: "(Anti Malware)").
    let a_name_at = |k: usize| {
        view.place(k).is_none()
            && !view.is(k - 1, "(")
            && (vietnamese_name_at(view, k).is_some_and(|n| n.len() >= 2)
                || (plain_name_word(view, k)
                    && plain_name_word(view, k + 1)
                    && view.joined(k + 1)
                    && (view.foreign(k) || view.foreign(k + 1))))
    };
    let before_body = (q..q + LONGEST_FIELD)
        .take_while(|&k| {
            view.is_any(k, BETWEEN)
                || (view.kind(k) == Some(TokenKind::Word)
                    && (view.joined(k) || view.is(k - 1, "("))
                    && !view.is_any(k, FIELD_ENDS)
                    && !a_name_at(k))
        })
        .last()
        .map(|k| k + 1)
        .filter(|&k| view.is_any(k, &["của", "thuộc"]) && view.joined(k));
    before_body.unwrap_or(q)
}

/// Brackets and dashes that may stand inside a field before its body: "mảng Chống mã độc
/// (Anti Malware) của X", "khu vực châu Á – Thái Bình Dương của X".
const BETWEEN: &[&str] = &["(", ")", "-", "–"];

/// Words that end the field an office is in charge of, besides those that start a clause
/// after a title ([`CLAUSE_WORDS`]): its body follows ("của", "tại", "ở", "thuộc"), or the
/// sentence goes on ("thay thế ông A", "giữ chức", "dưới thời", "tiếp đoàn", "ông A",
/// "đánh giá").
const FIELD_ENDS: &[&str] = &[
    "của", "tại", "ở", "thuộc", "thay", "giữ", "dưới", "nhận", "tiếp", "cùng", "ông", "bà", "đánh",
];

/// Words after which a place or a word with a capital is part of the field an office is in
/// charge of: a region or a level ("khu vực", "vùng", "miền", "xứ", "châu", "tỉnh", "quận",
/// "huyện", "bang") or a topic ("vấn đề", "mảng", "lĩnh vực", "vụ").
const REGIONS_AND_TOPICS: &[&str] = &[
    "vực", "vùng", "miền", "xứ", "châu", "tỉnh", "quận", "huyện", "bang", "đề", "mảng", "vụ",
];

/// "Liên bang" (federal), the start of a country's formal name ("Liên bang Nga").
const FEDERAL: &[&str] = &["liên", "bang"];

/// A person's name starting at `i`, where the grammar expects one at `site`: the best of
/// the spans of capitalized words from `i` that the names model takes for a name.
fn name_at(view: &View<'_, '_>, i: usize, site: Site) -> Option<Range<usize>> {
    // "Đội trưởng X Ông A": a capital honorific starts no name; the name follows it.
    if view.capital(i)
        && let Some((h, Qualifier::Honorific)) = view.qualifier(i)
        && h > i
    {
        return name_at(view, h, Site::AfterHonorific);
    }
    if let Some(found) = vietnamese_name_at(view, i) {
        return Some(found);
    }
    let candidates: Vec<Range<usize>> = name_candidates(view, i).collect();
    if candidates.is_empty() {
        return None;
    }
    // "V. Marov", "Robert S. Mueller III": an initial, first or after a foreign given name,
    // and the name words after it are a name, whatever the model makes of words it has
    // rarely seen ("George H.W. Bush" is cut at no initial: no such span is a candidate).
    let initial_inside = |last: &Range<usize>| {
        view.initial_stop(i + 2) && last.end > i + 3 && view.foreign(i) && view.place(i).is_none()
    };
    view.names
        .choose(view, &candidates, site)
        .or_else(|| {
            let last = candidates.last()?;
            (view.initial_stop(i + 1) || initial_inside(last)).then(|| last.clone())
        })
        .or_else(|| match site {
            Site::AfterHonorific => short_name_at(view, i),
            _ => None,
        })
}

/// "ông Đức Chung", "bà Kim Ngân": right after an honorific, a name written short as its
/// middle and given names, the whole run of capitals. The model, which learned that a span
/// led by a middle name is mostly the tail of a fuller name ("Nguyễn Đức Chung"), takes
/// none there, where no fuller span is to be had.
fn short_name_at(view: &View<'_, '_>, i: usize) -> Option<Range<usize>> {
    let end = i + 2;
    let after_honorific = (i.saturating_sub(3)..i)
        .any(|p| matches!(view.qualifier(p), Some((e, Qualifier::Honorific)) if e == i));
    // "Đức" is a country too; neither word heads a body, nor are they a place together.
    (after_honorific
        && view.name_run_end(i) == end
        && view.is_any(i, MIDDLE_NAMES)
        && (i..end).all(|k| view.organization_head(k).is_none() && !view.foreign(k))
        && view.place(i).is_none_or(|(e, _)| e == i + 1)
        && view.place(i + 1).is_none()
        && !view.acronym(end))
    .then_some(i..end)
}

/// A name written as an initial and the last name in one token, as the press writes foreign
/// leaders ("V.Putin", "T.Mây", "B.Nê-ta-ni-a-hu"), with no capitalized word after it: "Q.Tân
/// Bình", "H.Củ Chi" are districts written short.
fn dotted_initial_name(view: &View<'_, '_>, k: usize) -> bool {
    let word = view.text(k);
    let mut chars = word.chars();
    matches!(
        (chars.next(), chars.next(), chars.next()),
        (Some(initial), Some('.'), Some(first)) if initial.is_uppercase() && first.is_uppercase()
    ) && chars.clone().all(|c| c.is_alphabetic() || c == '-')
        // A last name has small letters: "T.Ư" (Trung ương), "H.R" (of "H.R. McMaster")
        // have none.
        && chars.any(char::is_lowercase)
        && !(view.joined(k + 1) && view.capital(k + 1))
}

/// A capitalized word that may be a name's and is no place's or body's head ("Hà Nội",
/// "Sở" are not).
fn plain_name_word(view: &View<'_, '_>, k: usize) -> bool {
    view.name_word(k) && view.place(k).is_none() && view.organization_head(k).is_none()
}

/// Whether the word at `i` is a one-word honorific ("ông", "bà", "Ông" at a sentence start).
fn honorific_word(view: &View<'_, '_>, i: usize) -> bool {
    matches!(view.qualifier(i), Some((e, Qualifier::Honorific)) if e == i + 1)
}

/// A Vietnamese name read exactly, with no need of the model: a whole run of two to four
/// capitalized words led by a listed surname, or of three or four with "Văn" or "Thị" second.
fn vietnamese_name_at(view: &View<'_, '_>, i: usize) -> Option<Range<usize>> {
    // "Ông", "Bà" are surnames too, but far more often a capital honorific.
    if honorific_word(view, i) {
        return None;
    }
    let mut end = view.name_run_end(i);
    // "Ủy viên Đoàn Chủ tịch": a head running on past the capitals is no name's end; the
    // name, if any, ends before it ("… Nguyễn Văn A Thủ tướng B nói": a caption run on
    // without a full stop), and "Đoàn" alone is none.
    let runs_past = |p: usize| {
        let role_from = match view.qualifier(p) {
            Some((e, Qualifier::Before)) if e > p => e,
            _ => p,
        };
        view.position(role_from).is_some_and(|e| e > end)
            || view.organization_head(p).is_some_and(|(e, _)| e > end)
    };
    if let Some(head) = (i..end).find(|&p| runs_past(p)) {
        end = head;
    }
    // "Chủ tịch A Ông B …": a heading run on into the next sentence.
    end = before_a_run_on(view, i, end);
    // "Hà Lan-Việt Nam", "Việt-Lào": Vietnamese syllables with capitals joined by a hyphen
    // join two names, of places or states, in no person's name.
    if (i..end).any(|p| names_joined(view.text(p), view.word(p))) {
        return None;
    }
    let len = end - i;
    let van_thi = van_thi_second(view, i, len) && plain_name_word(view, i);
    (surname_led(view, i, len) || van_thi).then_some(i..end)
}

/// Whether a word (`text` as written, `word` in lower case) is Vietnamese syllables with
/// capitals joined by hyphens, not all in plain letters ("Lan-Việt"; Korean names are
/// written in plain letters: "Young-Chan").
fn names_joined(text: &str, word: &str) -> bool {
    // Most words have no hyphen: one scan of the bytes first.
    if !text.as_bytes().contains(&b'-') {
        return false;
    }
    let capital = |s: &str| s.chars().next().is_some_and(char::is_uppercase);
    matches!(
        (text.split_once('-'), word.split_once('-')),
        (Some((a, b)), Some((x, y)))
            if capital(a) && capital(b) && !looks_foreign(x) && !looks_foreign(y)
                && !(x.is_ascii() && y.is_ascii())
    )
}

/// Whether `len` words from `i` are led by a listed surname, two to four of them.
fn surname_led(view: &View<'_, '_>, i: usize, len: usize) -> bool {
    view.surname(i) && (2..=4).contains(&len)
}

/// Whether `len` words from `i` have "Văn" or "Thị" second, three or four of them.
fn van_thi_second(view: &View<'_, '_>, i: usize, len: usize) -> bool {
    (3..=4).contains(&len) && view.is_any(i + 1, &["văn", "thị"])
}

/// Endings of company names written as one word ("Vingroup", "Techcombank").
const BODY_ENDINGS: &[&str] = &["group", "bank", "corp", "soft", "tech", "mart", "pharma"];

/// Whether word `k` names a body, never a person: "Airlines", "Vingroup".
fn body_word(view: &View<'_, '_>, k: usize) -> bool {
    view.lexicon_id(k)
        .is_some_and(|id| view.lexicon.body_words.contains(&id))
        || company_word(view.word(k))
}

/// Whether a word (lower case) is a company's name by its ending: "vingroup", "sacombank".
fn company_word(word: &str) -> bool {
    BODY_ENDINGS
        .iter()
        .any(|e| word.len() > e.len() && word.ends_with(e))
}

/// The spans from `i` that may be a name: its name words, one to [`LONGEST_NAME`] of them,
/// up to a word that names a body.
fn name_candidates(view: &View<'_, '_>, i: usize) -> impl Iterator<Item = Range<usize>> {
    // A name does not start at the initial after a given name ("Q. Harmon" in "John Q.
    // Harmon"); it does after a country ("Tổng thống Nga V. Putin") or an honorific with a
    // capital ("Ngài V. Orlanov").
    let inside = view.initial_stop(i + 1)
        && plain_name_word(view, i.wrapping_sub(1))
        && !honorific_word(view, i.wrapping_sub(1))
        && view.joined(i);
    let run_end = name_words_end(view, i);
    // A run of capitals that holds a word naming a body is that body's name ("Fox News",
    // "Human Rights Watch"): no name starts before that word.
    let end = if inside || (i..run_end).any(|k| body_word(view, k)) {
        i
    } else {
        run_end.min(i + LONGEST_NAME)
    };
    // A name is not cut at an initial: "Anders K. Lund", never "Anders K" or "Anders K.";
    // nor before its numeral or a particle inside it: "Elizabeth II", "Paulo de Abreu",
    // never "Elizabeth", "Paulo".
    // Nor does one start at a level of administration ("TP Hồ Chí Minh", "Q. 1"), nor at
    // another body's head that is no surname ("Cục Viễn Thông"; but "Đoàn" is one, and "Ban
    // Ki-moon" goes on in a foreign word).
    let end = if view.organization_head(i).is_some_and(|(_, kind)| {
        kind == OrgKind::Admin || !(view.surname(i) || view.foreign(i + 1))
    }) {
        i
    } else {
        end
    };
    // Nor does one run on into the next sentence ("HLV A Người đẹp …").
    let end = before_a_run_on(view, i, end);
    // One letter alone is no name ("Q"); an initial starts one ("V. Putin").
    let one_letter = view.word(i).chars().count() == 1;
    (i + 1..=end)
        .filter(move |&e| {
            let cut_initial = view.initial_stop(e) || view.initial_stop(e - 1);
            let cut_inside = e < end && (view.regnal_numeral(e) || particle_at(view, e));
            !(cut_initial
                || cut_inside
                || (one_letter && e == i + 1)
                || ends_inside_a_word(view, i..e))
        })
        .map(move |e| i..e)
}

/// Words that open the next sentence or clause, written with a capital after a name run on
/// from a heading or caption ("Chủ tịch A Ông B …", "HLV A Người đẹp …"): no word of a name
/// but its first.
const RUN_ON_OPENERS: &[&str] = &[
    "ông", "bà", "người", "trả", "đúng", "theo", "trong", "khi", "sau", "với", "tại",
];

/// Where a name that starts at `i` must end, at `end` or before: at the first word after
/// its first that opens the next sentence ([`RUN_ON_OPENERS`]).
fn before_a_run_on(view: &View<'_, '_>, i: usize, end: usize) -> usize {
    (i + 1..end)
        .find(|&p| view.is_any(p, RUN_ON_OPENERS))
        .unwrap_or(end)
}

/// Whether a span ends inside a body's head or a place that runs past it ("Marketing Công"
/// of "Công ty"), or ends with a province or country of two words or more ("Choang Quảng
/// Tây"): no name.
fn ends_inside_a_word(view: &View<'_, '_>, span: Range<usize>) -> bool {
    span.clone().any(|q| {
        let head_end = view.organization_head(q).map(|(e, _)| e);
        let place = view.place(q);
        head_end.is_some_and(|e| e > span.end)
            || place.is_some_and(|(e, _)| e > span.end)
            || (q > span.start
                && place.is_some_and(|(e, kind)| {
                    e == span.end
                        && e - q >= 2
                        && matches!(kind, PlaceKind::Province | PlaceKind::Country)
                }))
    })
}

/// Lower-case particles inside foreign names: "Paulo de Abreu", "Ludwig van Beethoven".
const NAME_PARTICLES: &[&str] = &[
    "al", "bin", "binti", "da", "de", "del", "der", "di", "dos", "du", "el", "ibn", "la", "le",
    "van", "von",
];

/// Whether the word at `i` is a particle of a foreign name, alone ("da") or before a
/// hyphen ("al-Abadi").
fn particle_at(view: &View<'_, '_>, i: usize) -> bool {
    view.is_any(i, NAME_PARTICLES) || particle_word(view, i)
}

/// A word of a foreign name written in lower case before a hyphen: "al-Abadi", "el-Sisi".
fn particle_word(view: &View<'_, '_>, i: usize) -> bool {
    view.kind(i) == Some(TokenKind::Word)
        && view.text(i).split_once('-').is_some_and(|(head, rest)| {
            NAME_PARTICLES.contains(&head) && rest.chars().next().is_some_and(char::is_uppercase)
        })
}

/// The end of the words from `i` that a name may span: capitalized words, and the particles
/// of foreign names between them ("da", "al-Abadi").
fn name_words_end(view: &View<'_, '_>, i: usize) -> usize {
    let word = |k: usize| {
        (view.name_word(k) && !names_joined(view.text(k), view.word(k))) || particle_word(view, k)
    };
    let mut end = if word(i) {
        i + 1
    } else if view.initial_stop(i + 1) {
        // "H.R. McMaster": initials open the name.
        i + 2
    } else {
        return i;
    };
    loop {
        if end < view.len() && view.joined(end) && word(end) {
            end += 1;
        } else if let Some(particles) = (1..=2).find(|&n| {
            // "Paulo de Abreu", "Ursula von der Leyen": one or two particles, then a word.
            (end..end + n).all(|q| view.is_any(q, NAME_PARTICLES) && view.joined(q))
                && view.joined(end + n)
                && word(end + n)
        }) {
            end += particles + 1;
        } else if view.initial_stop(end) {
            // "Anders K. Lund": the initial's stop is inside the name.
            end += 2;
        } else if view.joined(end) && view.initial_stop(end + 1) {
            // "George H.W. Bush": two initials written as one token, then the stop.
            end += 2;
        } else if view.regnal_numeral(end) {
            // "Elizabeth II": a numeral ends the name.
            return end + 1;
        } else {
            return end;
        }
    }
}

/// The consonants a Vietnamese syllable can begin with, as written without diacritics ("đ"
/// is not ASCII; "gi" and "qu" begin with "g" and "q" before a vowel).
const VIETNAMESE_ONSETS: &[&str] = &[
    "", "b", "c", "ch", "d", "g", "gh", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p",
    "ph", "q", "r", "s", "t", "th", "tr", "v", "x",
];

/// Whether a syllable cannot be Vietnamese: letters Vietnamese does not use, or a first or
/// final cluster it does not allow ("McCain", "Kemp", "Ronald", "Joe").
fn looks_foreign(word: &str) -> bool {
    // "a.méc-ken": an initial against a name is never Vietnamese ("V.Putin").
    if word
        .chars()
        .any(|c| matches!(c, 'f' | 'j' | 'w' | 'z' | '.'))
    {
        return true;
    }
    if !word.is_ascii() {
        return false;
    }
    let vowels = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
    // Vietnamese syllables begin with one of a closed set of consonants ("McCain",
    // "Schumer", "Blinken" do not).
    let onset_len = word.find(vowels).unwrap_or(word.len());
    if !VIETNAMESE_ONSETS.contains(&&word[..onset_len]) {
        return true;
    }
    // Vietnamese syllables end in a vowel or in c, ch, m, n, ng, nh, p, t.
    let tail = &word[word.trim_end_matches(|c: char| !vowels(c)).len()..];
    // One vowel cluster per Vietnamese syllable: "abe", "putin" have two.
    let mut vowel_groups = 0;
    let mut previous_vowel = false;
    for c in word.chars() {
        if vowels(c) && !previous_vowel {
            vowel_groups += 1;
        }
        previous_vowel = vowels(c);
    }
    !matches!(tail, "" | "c" | "ch" | "m" | "n" | "ng" | "nh" | "p" | "t") || vowel_groups > 1
}

/// "Theo Quyết định của Bộ trưởng Bộ Tài chính, bà A sẽ …": an office that issued what a
/// clause opened by "theo" cites; the person after the comma is the subject, not its holder.
fn issuer_of_a_document(view: &View<'_, '_>, title_start: usize, sentence_start: usize) -> bool {
    title_start > sentence_start
        && view.is(title_start - 1, "của")
        && (sentence_start..title_start)
            .rev()
            .take_while(|&k| !view.is(k, ","))
            .any(|k| view.is(k, "theo") && DOCUMENTS.iter().any(|d| view.matches(k + 1, d)))
}

/// What an office issues, cited after "theo" ("theo lời của X, A" cites a person: A may be
/// X's holder).
const DOCUMENTS: &[&[&str]] = &[
    &["quyết", "định"],
    &["đề", "nghị"],
    &["đề", "xuất"],
    &["chỉ", "đạo"],
    &["công", "văn"],
    &["văn", "bản"],
    &["tờ", "trình"],
    &["kết", "luận"],
    &["thông", "báo"],
    &["nghị", "quyết"],
    &["yêu", "cầu"],
];

/// Capitalized sentence openers that no body's name holds, so one ends a body read over a
/// missing full stop. Other openers may be inside one: "Tòa án Tối cao", "Ủy ban Các vấn đề
/// xã hội", "Viện Đào tạo Sau đại học", "Quỹ Vì người nghèo".
const OPENERS_NO_BODY_HOLDS: WordSet<22> = WordSet::new([
    "theo", "trong", "ngoài", "nếu", "khi", "ảnh", "nhưng", "tuy", "dù", "bởi", "để", "cũng",
    "còn", "riêng", "clip", "video", "chiều", "trưa", "hôm", "lúc", "bên", "về",
]);

/// The words after a role that an organization may span, as read so far: where the run has
/// reached, and where a name may or may not start in it.
struct OrgRun {
    /// The token after the role: where the run starts.
    k: usize,
    /// The token after the run.
    j: usize,
    /// Where a name may not start: inside a place, or right after a head that needs a name.
    blocked: Vec<usize>,
    /// Lower-case words read in a row.
    lower_run: usize,
    /// The same counted in words: a syllable that ends the word the lower-case one before
    /// began ("quản lý", "kinh tế") adds none.
    lower_words: usize,
    /// Lower-case words allowed in a row: a few for a body named in lower case right after
    /// its head ("Ban kiểm toán nội bộ"), two after a capital ("Bất động sản").
    lower_max: usize,
    after_head: bool,
    /// Whether the run has taken no body's head nor place yet: its capitals may be a
    /// portfolio ("Tài chính"), a company, or a holder's name.
    headless: bool,
    started: bool,
    /// Where a name may start right after a country or a body that needs no name.
    country_ends: Vec<usize>,
    /// The end of the run's last word that is no lower-case word after the body's name
    /// (a head, a place, a capital, or a syllable ending a word begun by a capital: "Đại
    /// hội"): where the body ends if lower-case words then lead to another office.
    solid_end: usize,
    /// The words of a local unit's name that no holder starts in ("xã Yên Lâm").
    unit_names: Vec<usize>,
}

impl OrgRun {
    /// Reads the run from `k`, the token after a role, over joined words before `end`.
    fn read(view: &View<'_, '_>, k: usize, end: usize) -> Self {
        Self::read_from(view, k, end, false)
    }

    /// Reads the run from `k`, the first word inside parentheses (written against them).
    fn read_in_parentheses(view: &View<'_, '_>, k: usize, end: usize) -> Self {
        Self::read_from(view, k, end, true)
    }

    /// Reads the run from `k`; with `first_unjoined`, its first word need not be joined to
    /// the word before it (inside parentheses, at a sentence's start).
    fn read_from(view: &View<'_, '_>, k: usize, end: usize, first_unjoined: bool) -> Self {
        // "Trưởng phòng thương mại X", "Trưởng đoàn đại biểu Quốc hội tỉnh Y": a role ending
        // in a body's head goes on with the body's name, its first words in lower case.
        // "Tổ trưởng tổ công tác", "Trạm trưởng trạm y tế": the unit of the role written
        // again in lower case begins the body's name, in lower case too.
        let repeated_unit = unit_repeated(view, k);
        let after_head_in_role = k > 0
            && (view.is_any(k - 1, HEADS_IN_ROLES)
                || unit_in_two_words_before(view, k)
                || repeated_unit);
        let mut run = OrgRun {
            k,
            j: k,
            blocked: Vec::new(),
            lower_run: 0,
            lower_words: 0,
            lower_max: if after_head_in_role { 4 } else { 2 },
            after_head: after_head_in_role,
            headless: !after_head_in_role,
            started: after_head_in_role,
            country_ends: Vec::new(),
            solid_end: k,
            unit_names: Vec::new(),
        };
        // "Trưởng khoa Khúc Xạ": the unit's name, not a person, unless a full Vietnamese
        // name of three words or more ("Trưởng phòng Lê Văn A") or a foreign one ("Chánh
        // văn phòng Reince P.") stands there.
        if after_head_in_role
            && vietnamese_name_at(view, k).is_none_or(|n| n.len() < 3)
            && !view.foreign(k)
        {
            run.blocked.push(k);
        }
        // "Trưởng ban chỉ đạo Tây Nguyên": the head in the role begins a longer head ("Ban
        // Chỉ đạo"), whose words the run takes before the body's name. A head that is whole
        // by itself needs no name: "Trưởng đoàn công tác".
        let mut longer_head = None;
        if after_head_in_role
            && let Some((head_end, kind)) = view.organization_head(k - 1).filter(|&(e, _)| e > k)
            && head_end <= end
        {
            run.blocked.extend(k..head_end);
            run.j = head_end;
            longer_head = Some((head_end, kind == OrgKind::Standalone));
        }
        // A comma against the word before it is read by `step` ("phường 5, quận 3"), and so
        // is a dash ("Quốc phòng- An ninh").
        while run.j < end
            && (view.joined(run.j)
                || view.is_any(run.j, &[",", "-"])
                || (first_unjoined && run.j == k))
        {
            if !run.step(view) {
                break;
            }
        }
        // Lower-case words alone are no body's name there ("Trưởng phòng cho biết"); after
        // the unit written again, they are ("Tổ trưởng tổ công tác").
        if after_head_in_role
            && !(repeated_unit && run.j > k + 1)
            && !longer_head.is_some_and(|(head_end, whole)| whole || run.j > head_end)
            && (k..run.j).all(|q| !view.capital(q) && !view.acronym(q))
        {
            run.j = k;
            run.started = false;
        }
        run
    }

    /// Takes the word at `j` (and what it starts) into the run; false when it ends the run.
    fn step(&mut self, view: &View<'_, '_>) -> bool {
        let j = self.j;
        if view.kind(j) == Some(TokenKind::Punct) {
            // "Khoa học - Công nghệ", "KH&CN": joined words of one body; but "Tỉnh ủy -
            // Chủ tịch UBND tỉnh" joins two offices.
            if self.started
                && view.is_any(j, &["-", "&"])
                && view.kind(j - 1) != Some(TokenKind::Number)
                && view.capital(j + 1)
                // Spaced on one side at least: "Quốc phòng- An ninh", "Kế hoạch -Đầu tư".
                && (view.joined(j + 1) || view.joined(j))
                && role_at(view, j + 1).is_none()
                && !editors_mark(view, j + 1)
            {
                self.j += 1;
                return true;
            }
            // "Bộ VH,TT&DL": a comma with no space on either side between two sets of
            // initials joins the fields of one body's abbreviated name.
            if self.started
                && view.is(j, ",")
                && view.touching(j)
                && view.touching(j + 1)
                && view.acronym(j - 1)
                && view.acronym(j + 1)
            {
                self.j += 1;
                self.take_capital(view);
                return true;
            }
            // "Cục Quản lý khám, chữa bệnh", "Trung tâm Phòng, chống HIV/AIDS": two verbs of
            // one field, with a comma between them, inside a body's name; the second is read
            // with the first, as one word (a lower-case one: "Khám, chữa bệnh").
            if self.started && view.is(j, ",") && view.joined(j + 1) && paired_verbs_at(view, j) {
                self.j += 2;
                self.lower_run = self.lower_run.max(1);
                return true;
            }
            // "Bộ Văn hóa, Thể thao và Du lịch": the fields a body's name lists.
            if self.started && view.is(j, ",") && listed_fields_after(view, j) {
                self.j += 1;
                self.restart_lower();
                return true;
            }
            // "Cục Quản lý công sản, Bộ Tài chính Nguyễn Văn A": the body the unit belongs
            // to, after a comma, then the holder's full name.
            if self.started && view.is(j, ",") && parent_body_then_holder(view, j + 1) {
                self.j += 1;
                self.restart_lower();
                return true;
            }
            // "UBND phường 5, quận 3": a numbered unit, then the one it is in.
            if self.started
                && view.is(j, ",")
                && numbered_unit(view, j)
                && matches!(view.organization_head(j + 1), Some((e, OrgKind::Admin)) if view.kind(e) == Some(TokenKind::Number))
            {
                self.j += 1;
                return true;
            }
            return false;
        }
        // "quận 7", "Đội Cảnh sát giao thông số 3", "Quân khu 7": the number of a unit.
        if view.kind(j) == Some(TokenKind::Number) {
            // A number of one or two digits before a name or a mark (not a count: "xã Tân
            // Phú 3 năm qua").
            let short_number = view.text(j).len() <= 2
                && view.text(j).bytes().all(|b| b.is_ascii_digit())
                && (view.capital(j + 1) || view.kind(j + 1) == Some(TokenKind::Punct));
            // "phường Mỹ Đình 2 A": the number that ends a local unit's name.
            let unit_number = short_number && local_unit_name_before(view, j);
            // "Chi cục Hải quan … khu vực 1", "Bộ Tư lệnh Vùng 4": a numbered area.
            let area = short_number
                && (view.is(j - 1, "vùng") || (j >= 2 && view.matches(j - 2, &["khu", "vực"])));
            let numbered = view.is(j - 1, "số")
                || area
                || after_admin(view, j)
                || numbers_a_body(view, j)
                || unit_number;
            if !(self.started && j > self.k && numbered) {
                return false;
            }
            self.j += 1;
            self.solid_end = self.j;
            self.restart_lower();
            self.lower_max = 0;
            self.after_head = false;
            return true;
        }
        // "Thủ tướng Chính phủ giao Bộ trưởng Bộ Tư pháp …": an office after a lower-case
        // word or two; they are the verb between the body and it, not the body's.
        if self.solid_end < j
            && j - self.solid_end <= 2
            && view.capital(j)
            && role_at(view, j).is_some()
        {
            self.j = self.solid_end;
            return false;
        }
        // A head written in lower case right after a capital is the end of a word, not a
        // body: "Quốc phòng", "Văn phòng"; but a level of administration after an acronym
        // is one ("HĐND xã X").
        let inside_word = j > self.k && !view.capital(j) && view.capital(j - 1);
        // A head in lower case that begins a verb ending a body is the verb: "Chính phủ ban
        // hành …" (promulgates) starts no "Ban".
        let verb = !view.capital(j) && !view.acronym(j) && stop_pair_at(view, j);
        // "Thành ủy Hội An": a place that a one-word head begins and runs past is the place.
        let longer_place = |head_end: usize| view.place(j).is_some_and(|(e, _)| e > head_end);
        let head = view.organization_head(j).filter(|&(head_end, kind)| {
            !verb
                && (!inside_word || (kind == OrgKind::Admin && view.acronym(j - 1)))
                && !(kind == OrgKind::Named && self.started && longer_place(head_end))
        });
        if let Some((head_end, kind)) = head {
            self.take_head(view, head_end, kind);
        } else if let Some(ward_end) = view.ward(j).filter(|_| after_admin(view, j)) {
            // "UBND phường Lê Đại Hành": a ward named after a person, no holder.
            self.take_place(view, ward_end, PlaceKind::District);
        } else if let Some((place_end, kind)) = view.place(j).filter(|&(e, kind)| {
            // "Ủy ban Tư pháp của Quốc hội": a one-syllable place that ends a word begun by
            // the syllable before it is that word's ("tư pháp"; no France).
            let ends_a_word = e == j + 1 && j > self.k && view.ends_a_word(j);
            // "Bộ Ngoại giao Vũ Quang Minh": a district's name that begins a full name
            // running past it, after a body and no level of administration, is the name.
            let begins_a_name = kind == PlaceKind::District
                && self.started
                && !after_admin(view, j)
                && vietnamese_name_at(view, j).is_some_and(|n| n.len() >= 3 && n.end > e);
            !(ends_a_word || begins_a_name)
        }) {
            self.take_place(view, place_end, kind);
        } else if self.started
            && view.capital(j)
            && (view.is_in(j, &OPENERS_NO_BODY_HOLDS)
                || (view.is(j, "ngày")
                    && matches!(view.kind(j + 1), Some(TokenKind::Number | TokenKind::Date))))
        {
            // "Chủ tịch Hiệp hội X Theo …", "Giám đốc Sở X Ngày 9/6, …": the next sentence,
            // run on without a full stop ("Ngày" alone may name a body: "báo Ngày Nay").
            return false;
        } else if self.started && !self.after_head && another_office_with_holder(view, j) {
            // "Chủ tịch UBND tỉnh X Thứ trưởng A …": a caption run on without a full stop,
            // or another office named with its holder; no body's name goes on past a
            // proper name into a role and a person ("Văn phòng Chủ tịch nước" right after
            // its head is one body).
            return false;
        } else if self.started
            && view.capital(j)
            && honorific_word(view, j)
            && view.joined(j + 1)
            && (vietnamese_name_at(view, j + 1).is_some()
                || (view.name_word(j + 1) && view.foreign(j + 1)))
        {
            // "Giám đốc Sở Y tế Bà A Thị B": an honorific written with a capital introduces
            // the holder as "bà" does, when a name follows it ("Bà Rịa", "Hai Bà Trưng" are
            // places); no body's name holds it.
            return false;
        } else if view.capital(j) || view.acronym(j) {
            self.take_capital(view);
        } else {
            return self.take_lower(view);
        }
        true
    }

    /// Takes the head of a body ending at `head_end`; its kind says what may follow it.
    fn take_head(&mut self, view: &View<'_, '_>, head_end: usize, kind: OrgKind) {
        let start = self.j;
        if matches!(kind, OrgKind::Standalone | OrgKind::National) || kind.named_alone() {
            self.country_ends.push(head_end);
        }
        // A company's name starts no person's ("Chủ tịch Alibaba Jack Ma"); other heads may
        // ("Đoàn" is a surname, "Ban" begins "Ban Ki-moon").
        if kind.named_alone() {
            self.blocked.extend(self.j..head_end);
        } else {
            // Nor inside a head: "điện Kremlin A" (the capital of the head's second word is
            // no name's), "Bí thư T.Ư Đoàn A" ("Đoàn" there is the Youth Union's).
            self.blocked.extend(self.j + 1..head_end);
        }
        // A head in lower case that ends a word ("cơ sở", "quốc phòng") is the end of a
        // field's name: a full Vietnamese name or a place may come right after it.
        let field_ends = view.ends_a_compound(self.j)
            && (view.place(head_end).is_some()
                || vietnamese_name_at(view, head_end).is_some_and(|n| n.len() >= 3));
        if kind == OrgKind::Named && !field_ends && !holder_after_bare_head(view, self.j, head_end)
        {
            // The body's own name follows: no person starts in its first two words.
            self.blocked.push(head_end);
            // A full Vietnamese name may follow a body named in one word ("Tổng cục Thuế
            // Lại Văn Tâm"); two name words there are the body's ("Trường Lê Quý Đôn"),
            // unless they are foreign ("Tập đoàn Apple Tim Cook").
            let foreign_name_after = view.name_word(head_end + 2)
                && (view.foreign(head_end + 1) || view.foreign(head_end + 2));
            if view.name_word(head_end)
                && view.name_word(head_end + 1)
                && vietnamese_name_at(view, head_end + 1).is_none_or(|n| n.len() < 3)
                && !foreign_name_after
            {
                self.blocked.push(head_end + 1);
            }
        }
        // "Công an xã Yên Lâm Trần Văn A", "HĐND xã Lộc Điền": a unit's name that does not
        // begin a full name (three words or more) takes two words at least, and no holder
        // starts in them ("Lâm Trần …", "Lộc Điền"); "UBND tỉnh Nguyễn Văn A" has none.
        if kind == OrgKind::Admin
            && view.is_any(head_end - 1, LOCAL_UNITS)
            && view.capital(head_end)
            && !view.foreign(head_end)
            && view.place(head_end).is_none()
            && vietnamese_name_at(view, head_end).is_none_or(|n| n.len() < 3)
        {
            self.blocked.extend([head_end, head_end + 1]);
            self.unit_names.extend([head_end, head_end + 1]);
        }
        self.j = head_end;
        self.solid_end = head_end;
        self.started = true;
        self.headless = false;
        self.restart_lower();
        // A company's own name is whole: "Google thậm chí …" goes on with no word of it;
        // so is a state's body written as a name ("Thủ tướng Chính phủ giao …"; in lower
        // case its words may be another's: "toàn quốc Hội nghị").
        let national = kind == OrgKind::National && (view.capital(start) || view.acronym(start));
        self.lower_max = match kind {
            _ if national => 0,
            OrgKind::Admin => 2,
            _ if kind.named_alone() => 0,
            _ => 4,
        };
        self.after_head = !national && kind != OrgKind::Admin && !kind.named_alone();
    }

    /// Takes the place ending at `place_end`, where no name starts.
    fn take_place(&mut self, view: &View<'_, '_>, place_end: usize, kind: PlaceKind) {
        let j = self.j;
        // "Chủ tịch Hồ Chí Minh" is a person; "Chủ tịch Hà Nội", "Thái Nguyên" places.
        let person_like = j == self.k && place_end - j == 3 && kind != PlaceKind::Country;
        self.blocked
            .extend(if person_like { j + 1 } else { j }..place_end);
        let mut place_end = place_end;
        if kind == PlaceKind::Country {
            // "Đại sứ Việt Nam tại Nhật Bản": the mission's country, then where it is.
            if view.is(place_end, "tại")
                && let Some(there_end) = self.where_a_mission_is(view, place_end + 1)
            {
                self.blocked.extend(place_end..there_end);
                place_end = there_end;
            }
            self.country_ends.push(place_end);
        }
        self.j = place_end;
        self.solid_end = place_end;
        self.started = true;
        self.headless = false;
        self.restart_lower();
        // A place ends the name of a body: lower-case words after it are not part of it,
        // but for a numbered area ("Hải quan Hải Phòng khu vực 2").
        let area = view.matches(place_end, &["khu", "vực"])
            && view.kind(place_end + 2) == Some(TokenKind::Number);
        self.lower_max = if area { 2 } else { 0 };
        self.after_head = false;
    }

    /// The end of where a country's mission is, written after "tại" at `q`: another country,
    /// or for an envoy ("Đại sứ", "Tổng lãnh sự") a city too: a listed place ("tại Quảng
    /// Châu"), or one foreign word before the holder's name ("Đại sứ Nga tại Washington A B").
    fn where_a_mission_is(&self, view: &View<'_, '_>, q: usize) -> Option<usize> {
        let envoy = view.is_any(self.k.wrapping_sub(1), &["sứ", "sự"]);
        match view.place(q) {
            Some((end, PlaceKind::Country)) => Some(end),
            Some((end, _)) if envoy => Some(end),
            None if envoy
                && view.capital(q)
                && view.foreign(q)
                && view.organization_head(q).is_none()
                && view.joined(q + 1)
                && view.name_word(q + 1) =>
            {
                Some(q + 1)
            }
            _ => None,
        }
    }

    /// Takes a word written with a capital, or an acronym.
    fn take_capital(&mut self, view: &View<'_, '_>) {
        let j = self.j;
        // An acronym is a whole word, and a local unit's name a place: no lower-case
        // syllable continues them ("xã Hưng Trạch xác nhận"); but a body's region does, as
        // after any name ("WHO khu vực Tây Thái Bình Dương").
        let region_after = view.matches(j + 1, &["khu", "vực"]);
        self.lower_max = if (view.acronym(j) && !region_after) || self.unit_names.contains(&j) {
            0
        } else if self.blocked.contains(&j) {
            // The first word of a body's own name: "Chi cục Quản lý thị trường".
            3
        } else {
            2
        };
        self.j += 1;
        self.solid_end = self.j;
        self.started = true;
        self.restart_lower();
        self.after_head = false;
    }

    /// No lower-case word read in a row yet: after a head, a place, a capital or a number.
    fn restart_lower(&mut self) {
        self.lower_run = 0;
        self.lower_words = 0;
    }

    /// Takes a lower-case word if it continues the body's name; false when it ends the run.
    fn take_lower(&mut self, view: &View<'_, '_>) -> bool {
        let (j, k) = (self.j, self.k);
        // "Đội CSGT số 3", "Công ty XD số 5": "số" and a unit's number go on after an
        // acronym as after any word of a body's name; not a document's number ("số
        // 12/2017").
        let unit_number = |n: usize| {
            view.kind(n) == Some(TokenKind::Number)
                && view.text(n).len() <= 3
                && view.text(n).bytes().all(|b| b.is_ascii_digit())
                && !(view.joined(n + 1) && view.is_any(n + 1, &["/", "-", "."]))
        };
        if self.started && j > k && view.is(j, "số") && unit_number(j + 1) {
            self.j += 1;
            return true;
        }
        // "Bộ trưởng ngoại giao Nga A": a portfolio in lower case, then the country.
        if j == k && country_ahead(view, j) {
            self.started = true;
            self.after_head = true;
            self.lower_max = 4;
        }
        // Lower-case words belong to the name of a body right after a capital ("Sở Giáo
        // dục và Đào tạo"), a few at most; more when they lead to the body's country
        // ("Công ty Dịch vụ Kỹ thuật đường cao tốc Việt Nam").
        // A code ("HTV9") has no capital bit but reads as one.
        let after_capital = (j > k
            && (view.capital(j - 1) || view.acronym(j - 1) || self.lower_run > 0))
            || self.after_head;
        // "Giám đốc Sở Tài chính và Giám đốc Sở Nội vụ": "và" then another office ends it.
        // "Tổng Giám đốc X và đồng chí A", "Giám đốc Sở X và Lê Văn B": "và" then a person,
        // too.
        if view.is(j, "và")
            && (role_at(view, j + 1).is_some()
                || matches!(view.qualifier(j + 1), Some((_, Qualifier::Honorific)))
                || vietnamese_name_at(view, j + 1).is_some_and(|n| n.len() >= 3))
        {
            return false;
        }
        // "Phó Bí thư Tỉnh ủy và giới thiệu để …": right after a body whole by itself, "và"
        // and a lower-case word that heads no body go on with the sentence.
        if view.is(j, "và")
            && self.country_ends.last() == Some(&j)
            && !view.capital(j + 1)
            && !view.acronym(j + 1)
            && view.organization_head(j + 1).is_none()
        {
            return false;
        }
        // "Ủy ban Đối ngoại của Quốc hội": "của" then a body, inside one body's name; its
        // head may be in lower case before its name ("khu vực Bắc Âu của hãng X"). Or
        // a country: "Trưởng đoàn đàm phán của Thái Lan A".
        let joins = (view.is(j, "và") && view.capital(j + 1))
            || (view.is(j, "của")
                && match view.organization_head(j + 1) {
                    Some((head_end, _)) => {
                        view.capital(j + 1)
                            || view.acronym(j + 1)
                            || view.capital(head_end)
                            || view.acronym(head_end)
                    }
                    None => {
                        view.capital(j + 1)
                            && matches!(view.place(j + 1), Some((_, PlaceKind::Country)))
                    }
                });
        // "Bộ thông tin và Truyền thông": right after a head, a stop pair then "và" is the
        // first field the body's name lists, not a verb.
        let stop_pair = stop_pair_at(view, j);
        let first_field =
            stop_pair && self.after_head && self.lower_run == 0 && view.is(j + 2, "và");
        // Whether this syllable ends a word the one before began ("quản lý", "Thư ký").
        let ends_a_word = view.ends_a_word(j);
        // Past the lower-case words allowed: "của" and a body ("… châu Á của Tổ chức X"),
        // or words that lead to a full name, a country or a province.
        let runs_on_past_max = || {
            (joins && view.is(j, "của"))
                || full_name_ahead(view, j)
                || country_ahead(view, j)
                || province_ahead(view, j)
                || abbreviation_ahead(view, j)
                || completes_a_word(view, k, j)
                // "Hợp tác quốc tế,": the word the last lower-case syllable began, when the
                // body ends with it (not "phu nhân A", "giới thiệu B": more words go on).
                || (self.lower_run > 0
                    && ends_a_word
                    && !(view.joined(j + 1)
                        && (view.capital(j + 1)
                            || view.acronym(j + 1)
                            || view.kind(j + 1) == Some(TokenKind::Word))))
        };
        // "Ban Thực hiện chính sách", "Ban Thư ký": a stop word that ends a word begun by
        // the capital before it is that word's; not after a place ("tỉnh Thái Nguyên do
        // …"), nor a word that opens the next sentence ("Trước đây", "Đối với").
        let ends_the_word = j > k
            && view.capital(j - 1)
            && self.lower_run < self.lower_max
            && !view.is_any(j, &["với", "đây", "đó", "khi", "sau", "nay"])
            && ends_a_word;
        // One foreign word right after the role, with no body's head, is a company, a team
        // or a holder's name: lower-case words after it are the sentence's ("Chủ tịch Perez
        // chưa …", "HLV Arsenal tin …"), unless "và" or "của" joins another body to it or
        // a unit of it follows ("Agribank chi nhánh tỉnh X").
        // So are two Vietnamese capital syllables that make no word and name no place: a
        // holder's given name or a company's ("HLV Hữu Thắng tâm sự", "Chủ tịch Hòa Phát
        // cho biết"); foreign ones may go on in English ("Commonwealth Bank of Australia").
        let two_name_words = || {
            j == k + 2
                && view.name_word(k)
                && view.name_word(k + 1)
                && !view.foreign(k)
                && !view.foreign(k + 1)
                && !view.ends_a_word(k + 1)
                && view.place(k).is_none()
                && view.place(k + 1).is_none()
        };
        let past_a_name = || {
            self.headless
                && ((j == k + 1 && view.foreign(k)) || two_name_words())
                && !joins
                && !ends_a_word
                && view.organization_head(j).is_none()
                && !province_ahead(view, j)
        };
        if !self.started
            || view.kind(j) != Some(TokenKind::Word)
            || past_a_name()
            || (view.is_in(j, &ORG_STOPS) && !joins && !ends_the_word)
            || (view.is_in(j, &STOPS_OUTSIDE_A_WORD) && !ends_a_word && !begins_a_word(view, j))
            || (stop_pair && !first_field)
            || !after_capital
            || ((if self.lower_max == 0 {
                self.lower_run
            } else {
                self.lower_words
            }) >= self.lower_max
                && !runs_on_past_max())
        {
            return false;
        }
        if first_field {
            // Room for the second field: "thông tin và truyền thông".
            self.lower_max = self.lower_max.max(5);
        }
        if !(self.lower_run > 0 && ends_a_word) {
            self.lower_words += 1;
        }
        self.lower_run += 1;
        self.j += 1;
        // "Đại hội", "Thường vụ": a syllable that ends a word begun by a capital.
        if self.solid_end == j && view.capital(j - 1) && ends_a_word {
            self.solid_end = self.j;
        }
        // "tổ quản lý chợ Lương Văn Can": a market, street or bridge named after a person;
        // no holder starts in its name.
        if view.is_any(j, NAMED_AFTER_PEOPLE) && view.capital(j + 1) {
            self.blocked.extend(j + 1..view.name_run_end(j + 1));
        }
        true
    }

    /// A name inside the run of capitals, not inside a place nor right after a head that
    /// needs a name.
    fn name(&self, view: &View<'_, '_>) -> Option<Range<usize>> {
        let open = |p: usize| !(self.blocked.contains(&p) || (p > self.k && view.is(p - 1, "và")));
        // A Vietnamese name read exactly comes first ("CEO Zentrix Lê Hoài Phương": not
        // "Zentrix …"); then the first word from which the model reads a name (a joint
        // decision over all the run's spans was tried: it cuts names short more often).
        // Two words that read as a Vietnamese name right after a foreign one that opens the
        // run end a foreign name ("tổng thống Park Chung Hee"), not begin one.
        let ends_a_foreign_name = |p: usize, found: &Range<usize>| {
            found.len() == 2
                && p == self.k + 1
                && view.joined(p)
                && view.foreign(p - 1)
                && plain_name_word(view, p - 1)
        };
        if let Some(found) = (self.k..self.j)
            .filter(|&p| open(p))
            .find_map(|p| vietnamese_name_at(view, p).filter(|f| !ends_a_foreign_name(p, f)))
        {
            return Some(found);
        }
        // The two rules below take two or more open plain name words that the model
        // accepts whole.
        let plain_span = |r: &Range<usize>| {
            r.len() >= 2
                && r.clone().all(|q| {
                    open(q)
                        && (plain_name_word(view, q) || particle_at(view, q))
                        && !body_word(view, q)
                })
        };
        let model_takes = |r: &Range<usize>| {
            view.names
                .choose(view, std::slice::from_ref(r), Site::InOrganization)
                .as_ref()
                == Some(r)
        };
        // "CEO Northwind Peter Holm" where the article writes "Peter Holm" alone: the words
        // before a name written elsewhere are the body's — within the run of capitals the
        // body starts ("Tổng thống A bổ nhiệm B" is no body "A bổ nhiệm").
        let capitals_end = view.name_run_end(self.k).min(self.j);
        if let Some(found) = (self.k + 1..capitals_end)
            .filter(|&p| open(p))
            .map(|p| p..name_words_end(view, p).min(self.j))
            .find(|r| plain_span(r) && written_alone_elsewhere(view, r.clone()) && model_takes(r))
        {
            return Some(found);
        }
        // "CEO Uber Travis Kalanick" where the article writes "Uber" on its own, not after an
        // honorific or an office ("ông Moon" is a person's): the first word is the body's.
        let rest = self.k + 1..name_words_end(view, self.k + 1).min(self.j);
        if capitals_end >= self.k + 3
            && open(self.k)
            && plain_name_word(view, self.k)
            && plain_span(&rest)
            && written_alone_as_a_body(view, self.k)
            && model_takes(&rest)
        {
            return Some(rest);
        }
        // "Bộ trưởng Tài chính Marco Valdez III": the field of a minister's office, right
        // after it; the foreign words after it are a name's, however the model cut them.
        let after_minister = role_ends_in(view, &(self.k.saturating_sub(2)..self.k), MINISTERS);
        let minister_field_end = view.portfolio_any_case(self.k).filter(|_| after_minister);
        let foreign_from = |from: usize, to: usize| {
            (from..to).all(|q| {
                open(q)
                    && ((view.foreign(q) && plain_name_word(view, q)) || view.regnal_numeral(q))
                    && !body_word(view, q)
                    && view.place(q).is_none()
            })
        };
        for p in self.k..self.j {
            if !open(p) {
                continue;
            }
            let site = if p == self.k {
                Site::AfterOffice
            } else {
                Site::InOrganization
            };
            // "Ông A, CEO X và Y": an office set off after its holder's name has its
            // holder; one word right after it is the body's.
            let lone_after_apposed =
                |f: &Range<usize>| p == self.k && f.len() == 1 && office_after_a_name(view, p);
            if let Some(found) = name_at(view, p, site).filter(|f| !lone_after_apposed(f)) {
                // "Bộ trưởng Tài chính Marco Valdez III": a name ending in a numeral takes
                // the plain name words before it.
                let plain = |q: usize| open(q) && plain_name_word(view, q) && !body_word(view, q);
                let start = if view.regnal_numeral(found.end - 1) {
                    (self.k..p)
                        .rev()
                        .take_while(|&q| plain(q))
                        .last()
                        .unwrap_or(p)
                } else if p > self.k
                    && self.country_ends.contains(&(p - 1))
                    && plain(p - 1)
                    && view.foreign(p - 1)
                    && found.end - p >= 2
                {
                    // "tổng thống Brazil Marco Aurélio Vaz da Cunha": the first word after the
                    // country begins the long foreign name read from the second.
                    p - 1
                } else if let Some(field_end) =
                    minister_field_end.filter(|&e| e < p && foreign_from(e, p) && view.foreign(p))
                {
                    // "Bộ trưởng Tài chính Juan Pablo Valdez" read from "Pablo".
                    field_end
                } else {
                    p
                };
                return Some(start..found.end);
            }
            // Right after a country or a body that needs no name ("Chính phủ"), three name
            // words with a common middle name ("Phó Thủ tướng Chính phủ A Đức C"; "Đức" is
            // also a country: only the first word may not be a place).
            let end = view.name_run_end(p);
            if self.country_ends.contains(&p)
                && end - p == 3
                && view.is_any(p + 1, MIDDLE_NAMES)
                && view.place(p).is_none()
            {
                return Some(p..end);
            }
        }
        // "Thủ tướng T.Mây", "Bộ trưởng Ngoại giao Nga X.La-vrốp", "Phó Thống đốc RBI
        // R.Gandhi": a name shortened to an initial, right after the role or a country, or
        // the run's last word after a body's name, when nothing above read a name (the
        // model is asked first, as it was trained).
        let after_country = |p: usize| {
            (p.saturating_sub(4)..p)
                .any(|q| matches!(view.place(q), Some((end, PlaceKind::Country)) if end == p))
        };
        if let Some(p) = std::iter::once(self.k)
            .chain(
                self.country_ends
                    .iter()
                    .copied()
                    .filter(|&p| after_country(p)),
            )
            .chain((self.j > self.k + 1).then(|| self.j - 1))
            .filter(|&p| p < self.j && open(p))
            .find(|&p| dotted_initial_name(view, p))
        {
            return Some(p..p + 1);
        }
        // After a minister's field, the foreign name words that end the run, when the model
        // took none (asked first, as it was trained).
        let field_end = minister_field_end?;
        let name_end = name_words_end(view, field_end);
        ((2..=LONGEST_NAME).contains(&(name_end - field_end))
            && name_end == self.j
            && foreign_from(field_end, name_end))
        .then_some(field_end..name_end)
    }
}

/// Whether the comma at `q` joins two verbs of one field ([`PAIRED_VERBS`]), as a body's
/// name writes them: "khám, chữa bệnh", "phòng, chống tham nhũng".
fn paired_verbs_at(view: &View<'_, '_>, q: usize) -> bool {
    q > 1
        && PAIRED_VERBS.iter().any(|[before, a, b]| {
            view.is(q - 1, a)
                && view.is(q + 1, b)
                // "phòng, chống" begins its word (not "Quốc phòng, chống lại …"); "cháy,
                // chữa" ends "phòng cháy".
                && if before.is_empty() {
                    !view.ends_a_word(q - 1)
                } else {
                    view.is(q - 2, before)
                }
        })
}

/// Two verbs of one field that bodies' names join with a comma, by the word before the
/// comma (its first syllable too when it has two) and the one after: "phòng, chống"
/// (prevent, combat), "khám, chữa" (examine, treat), "phòng cháy, chữa cháy", "tìm kiếm,
/// cứu nạn", "cứu hộ, cứu nạn", "cứu nạn, cứu hộ", "xuất, nhập" (cảnh, khẩu). Not "buôn
/// lậu, gian lận thương mại và hàng giả": the body's name runs on past what the run reads
/// after "và".
const PAIRED_VERBS: &[[&str; 3]] = &[
    ["", "phòng", "chống"],
    ["", "khám", "chữa"],
    ["", "phòng", "chữa"],
    ["phòng", "cháy", "chữa"],
    ["tìm", "kiếm", "cứu"],
    ["cứu", "hộ", "cứu"],
    ["cứu", "nạn", "cứu"],
    ["", "xuất", "nhập"],
];

/// Whether a body written with a capital head starts at `k` and runs, in a few joined
/// words, into a full Vietnamese name: the parent of the unit before its comma, then the
/// holder ("…, Bộ Tài chính Nguyễn Văn A").
fn parent_body_then_holder(view: &View<'_, '_>, k: usize) -> bool {
    let Some((head_end, kind)) = view.organization_head(k) else {
        return false;
    };
    if kind == OrgKind::Admin
        || !(view.capital(k) || view.acronym(k))
        || !view.joined(k)
        || role_at(view, k).is_some()
    {
        return false;
    }
    (head_end..head_end + 6)
        .take_while(|&q| view.joined(q) && view.kind(q) == Some(TokenKind::Word))
        .any(|q| vietnamese_name_at(view, q).is_some_and(|n| n.len() >= 3))
}

/// Whether a role written with a capital starts at `j` (not inside one: "Phó Tổng thống")
/// and a person's name follows it.
fn another_office_with_holder(view: &View<'_, '_>, j: usize) -> bool {
    let inside_a_role =
        j > 0 && matches!(view.qualifier(j - 1), Some((e, Qualifier::Before)) if e == j);
    view.capital(j)
        && !inside_a_role
        && role_at(view, j).is_some_and(|role| {
            view.joined(role.end)
                && (vietnamese_name_at(view, role.end).is_some()
                    || (view.name_word(role.end) && view.foreign(role.end)))
        })
}

/// Words for places named after people, written before the name in lower case: markets,
/// streets, bridges, wharves, ports, lanes.
const NAMED_AFTER_PEOPLE: &[&str] = &["chợ", "đường", "phố", "cầu", "bến", "cảng", "ngõ", "hẻm"];

/// Whether the word at `k`, in lower case, writes again the unit of the role before it:
/// "Tổ trưởng tổ công tác", "Trạm trưởng trạm y tế".
fn unit_repeated(view: &View<'_, '_>, k: usize) -> bool {
    k >= 2
        && view.is(k - 1, "trưởng")
        && !view.capital(k)
        && view.word(k) == view.word(k - 2)
        && view.joined(k)
}

/// Whether a few lower-case words from `j` lead to a full Vietnamese name: a body's long
/// lower-case name then its head's holder ("Cục Quản lý xuất nhập khẩu hàng hóa A Văn B").
fn full_name_ahead(view: &View<'_, '_>, j: usize) -> bool {
    let end = lower_words_end(view, j, |_| true);
    end > j && view.joined(end) && vietnamese_name_at(view, end).is_some_and(|n| n.len() >= 3)
}

/// Whether a few lower-case words from `j` lead to a country: the portfolio of a foreign
/// office ("Bộ trưởng ngoại giao Nga", "Cố vấn an ninh quốc gia Mỹ").
fn country_ahead(view: &View<'_, '_>, j: usize) -> bool {
    let end = lower_words_end(view, j, |q| role_at(view, q).is_none());
    // With a capital: "anh", "pháp" in lower case are words ("biện pháp"), not countries.
    end > j
        && view.joined(end)
        && view.capital(end)
        && matches!(view.place(end), Some((_, PlaceKind::Country)))
}

/// Whether a few lower-case words from `j` lead to the province or district a body is of:
/// "Trung tâm Dịch vụ bán đấu giá tài sản tỉnh X".
fn province_ahead(view: &View<'_, '_>, j: usize) -> bool {
    let end = lower_words_end(view, j, |q| role_at(view, q).is_none());
    (j..end).any(|q| {
        matches!(view.organization_head(q), Some((e, OrgKind::Admin))
            if e <= end && view.joined(e)
                && matches!(view.place(e), Some((_, PlaceKind::Province | PlaceKind::District))))
    })
}

/// Whether a few lower-case words from `j` lead to the body's abbreviation in brackets:
/// "Trung tâm Ứng cứu khẩn cấp máy tính quốc gia (VNCERT)" is one name up to it.
fn abbreviation_ahead(view: &View<'_, '_>, j: usize) -> bool {
    let end = lower_words_end(view, j, |_| true);
    view.is(end, "(") && view.acronym(end + 1) && view.is(end + 2, ")")
}

/// The end of the lower-case words from `j` that may continue a body's name (no stop word,
/// and `also` holds), four at most.
fn lower_words_end(view: &View<'_, '_>, j: usize, also: impl Fn(usize) -> bool) -> usize {
    let lower = |q: usize| {
        view.kind(q) == Some(TokenKind::Word)
            && !view.capital(q)
            && view.joined(q)
            && !view.is_in(q, &ORG_STOPS)
            && also(q)
    };
    (j..j + 4).find(|&q| !lower(q)).unwrap_or(j + 4)
}

/// Whether the syllable at `q` begins a dictionary word with the one joined after it.
fn begins_a_word(view: &View<'_, '_>, q: usize) -> bool {
    view.kind(q + 1) == Some(TokenKind::Word) && view.ends_a_word(q + 1)
}

/// Whether a verb that ends a body's name (a `body-end` entry of the lexicon) starts at `q`.
fn stop_pair_at(view: &View<'_, '_>, q: usize) -> bool {
    view.lexicon
        .body_ends
        .longest(view.lexicon_ids(), q, |_| true)
        .is_some()
}

/// The most fields [`listed_fields_after`] reads between commas before the last "và".
const MOST_LISTED_FIELDS: usize = 5;

/// Whether the comma at `j` separates the fields a body's name lists: a capitalized field
/// after it, then "và" and a last capitalized field ("Bộ Lao động, Thương binh và Xã hội"),
/// or more fields apart by commas before "và" ("Ủy ban Văn hóa, Giáo dục, Thanh niên,
/// Thiếu niên và Nhi đồng"). A field of such a list is a capital and a word in lower case
/// ("Giáo dục"): names of people, of companies or of bodies listed are not.
fn listed_fields_after(view: &View<'_, '_>, j: usize) -> bool {
    if j == 0 || view.kind(j - 1) != Some(TokenKind::Word) {
        return false;
    }
    let word = |q: usize| view.kind(q) == Some(TokenKind::Word) && view.joined(q);
    let field_of_a_list = |first: usize| {
        word(first + 1)
            && !view.capital(first + 1)
            && view.organization_head(first).is_none()
            && role_at(view, first).is_none()
    };
    let mut comma = j;
    for fields in 0..MOST_LISTED_FIELDS {
        let first = comma + 1;
        if !view.capital(first) || (fields > 0 && !field_of_a_list(first)) {
            return false;
        }
        // A field is a word or two ("Thương binh", "Công nghệ"), then "và" and the last
        // field, or another comma and field.
        let mut next = first + 1;
        while next < first + 3 && word(next) && !view.is(next, "và") {
            next += 1;
        }
        if word(next) && view.is(next, "và") {
            return view.capital(next + 1) && view.joined(next + 1);
        }
        if !view.is(next, ",") || !field_of_a_list(first) {
            return false;
        }
        comma = next;
    }
    false
}

/// Whether an organization head whose kind `wanted` accepts ends right before token `j`,
/// beginning at most `words` tokens before it.
fn head_ends_at(view: &View<'_, '_>, j: usize, words: usize, wanted: fn(OrgKind) -> bool) -> bool {
    (j.saturating_sub(words)..j)
        .any(|h| matches!(view.organization_head(h), Some((e, kind)) if e == j && wanted(kind)))
}

/// Whether token `j` comes right after a level of administration ("quận", "thành phố").
fn after_admin(view: &View<'_, '_>, j: usize) -> bool {
    head_ends_at(view, j, 2, |kind| kind == OrgKind::Admin)
}

/// Whether the number at `j`, right after the head of a body, names it ("Quân khu 7",
/// "Bệnh viện 108"): a whole number, and no count of units ("UBND 3 xã").
fn numbers_a_body(view: &View<'_, '_>, j: usize) -> bool {
    head_ends_at(view, j, 3, |kind| kind != OrgKind::Admin)
        && view.text(j).bytes().all(|b| b.is_ascii_digit())
        && view.organization_head(j + 1).is_none()
        && view.place(j + 1).is_none()
}

/// Words that place a holder among the holders of an office, between the office and its
/// body: "Tổng thống thứ 42 của Hoa Kỳ", "Ngoại trưởng mới của Hàn Quốc", "Tổng thống trẻ
/// nhất (trong lịch sử) nước Pháp".
const RANKING_WORDS: &[&[&str]] = &[
    &["đầu", "tiên"],
    &["trẻ", "nhất"],
    &["duy", "nhất"],
    &["cuối", "cùng"],
    &["đắc", "cử"],
    &["mới"],
];

/// Where the body of an office ending at `k` starts after [`RANKING_WORDS`] (or "thứ" and
/// a number) and "của" or "trong lịch sử": only when a body, a place or capitals follow
/// ("Bộ trưởng mới nhậm chức" keeps its words); else `k`.
fn after_ranking_words(view: &View<'_, '_>, k: usize, end: usize) -> usize {
    let ranked = if view.is(k, "thứ") && view.kind(k + 1) == Some(TokenKind::Number) {
        k + 2
    } else if let Some(words) = RANKING_WORDS.iter().find(|w| view.matches(k, w)) {
        k + words.len()
    } else {
        return k;
    };
    let mut p = ranked;
    if view.matches(p, &["trong", "lịch", "sử"]) {
        p += 3;
    }
    let of = view.is(p, "của");
    if of {
        p += 1;
    }
    if view.is(p, "nước") && view.place(p + 1).is_some() {
        p += 1;
    }
    let body = p < end
        && view.joined(p)
        && (view.place(p).is_some()
            || (of && (view.capital(p) || view.acronym(p)))
            || (view.capital(p) && view.organization_head(p).is_some()));
    if !body {
        return k;
    }
    // "của" stays for the reading of a body after it.
    if of { p - 1 } else { p }
}

/// Whether word `k` closes a bracketed note as its writer's mark: "(… - PV)" (the
/// reporter's), "ND" (the translator's), "NV"; no part of a body's name before it.
fn editors_mark(view: &View<'_, '_>, k: usize) -> bool {
    view.is_any(k, &["pv", "nd", "nv", "btv"]) && view.is(k + 1, ")")
}

/// Whether a local unit's name, capitalized words after its level ("phường Mỹ Đình"),
/// ends right before `j`.
fn local_unit_name_before(view: &View<'_, '_>, j: usize) -> bool {
    (1..=3).any(|words| {
        j > words
            && (j - words..j).all(|q| view.capital(q) && view.kind(q) == Some(TokenKind::Word))
            && view.is_any(j - words - 1, LOCAL_UNITS)
    })
}

/// Whether the token before `j` is the number of a unit ("phường 5").
fn numbered_unit(view: &View<'_, '_>, j: usize) -> bool {
    j > 0 && view.kind(j - 1) == Some(TokenKind::Number) && after_admin(view, j - 1)
}

/// Reads the organization written after a role ending at `k`, and a name right after it.
/// Returns the organization's tokens (if any), the token after it, and the name.
fn organization_after(
    view: &View<'_, '_>,
    k: usize,
    end: usize,
) -> (Option<Range<usize>>, usize, Option<Range<usize>>) {
    organization_from(view, k, end, false)
}

/// [`organization_after`] for a body that may begin its sentence (`first_unjoined`: its
/// first word is joined to no word before it), as a body named before an office is.
fn organization_from(
    view: &View<'_, '_>,
    k: usize,
    end: usize,
    first_unjoined: bool,
) -> (Option<Range<usize>>, usize, Option<Range<usize>>) {
    // "Thống đốc đương nhiệm A": the holder now, named after the office.
    let k = if view.matches(k, &INCUMBENT_AFTER) && view.name_word(k + 2) {
        k + 2
    } else {
        k
    };
    let k = after_ranking_words(view, k, end);
    // "Tổng thống nước này A", "ngoại trưởng của nước này": the country named before, and
    // the holder after.
    let k = if view.is(k, "của") && view.matches(k + 1, THIS_COUNTRY) {
        k + 1
    } else {
        k
    };
    if view.matches(k, THIS_COUNTRY) && k + 2 <= end {
        let name = name_at(view, k + 2, Site::AfterOffice).filter(|n| n.end <= end);
        return (this_country_refers_to(view, k), k + 2, name);
    }
    // "Phó Giám đốc của Viện X", "người phát ngôn của liên quân Mỹ": "của" between the
    // office and its body. What follows "của" is the body's, never the holder's name
    // ("Giám đốc pháp lý của Protect Democracy").
    // "Lãnh đạo phe đa số ở Hạ viện Mỹ": a body (not a place) after "ở" or "tại".
    let of_a_body = view.joined(k + 1)
        && ((view.is(k, "của")
            && (view.capital(k + 1)
                || view.acronym(k + 1)
                || view.organization_head(k + 1).is_some()))
            || (view.is_any(k, &["ở", "tại"])
                && (view.capital(k + 1) || view.acronym(k + 1))
                && view.organization_head(k + 1).is_some()));
    let k = if of_a_body { k + 1 } else { k };
    let run = OrgRun::read_from(view, k, end, first_unjoined);
    let (mut j, started) = (run.j, run.started);
    let mut name = run.name(view).filter(|n| !(of_a_body && n.start == k));
    // "Tổng thống Nga V. Marov": a run cut at an initial after a place; the name starts
    // after the place.
    if name.is_none() && started && view.initial_stop(j) {
        let after_places = (k..j).rev().take_while(|q| !run.blocked.contains(q)).last();
        if let Some(s) = after_places.filter(|&s| s > k) {
            name = name_at(view, s, Site::InOrganization);
        }
    }
    // A run of capitals cut at an initial ("Rex W. Tillerson") is a name, not a body.
    if name.is_none() && !of_a_body && (k == j || !started || view.initial_stop(j)) {
        // "Ngoại trưởng Antony Blinken": a foreign name right after the office.
        if let Some(found) = name_at(view, k, Site::AfterOffice) {
            return (None, k, Some(found));
        }
    }
    // "Bí thư Định", "Chủ tịch Thắng", "Tổng thống Kemp": a later short mention of a
    // person, not a body. A foreign-looking word may name a company ("Chủ tịch Vingroup"):
    // it is a person's when it ends a longer name elsewhere in the article ("Mark Kemp"),
    // also with lower-case words after it ("Tổng thống Kemp đưa …"), and after a foreign
    // word a place the run read on to ("Tổng thống Kemp tới Anh").
    let lower_or_places = |from: usize| {
        let mut q = from;
        while q < j {
            if let Some((place_end, _)) = view.place(q).filter(|_| q > from && view.foreign(k)) {
                q = place_end;
            } else if view.capital(q) || view.acronym(q) {
                return false;
            } else {
                q += 1;
            }
        }
        true
    };
    // Not a word where no name starts ("Trưởng ban Chỉ đạo cải cách …": the head of the
    // body the role ends in).
    if name.is_none()
        && !run.blocked.contains(&k)
        && plain_name_word(view, k)
        && view.name_run_end(k) == k + 1
        && (if j == k + 1 && !view.foreign(k) {
            true
        } else {
            lower_or_places(k + 1)
                && !body_word(view, k)
                && (ends_a_name_elsewhere(view, k)
                    || (view.organization_head(k).is_none()
                        && !view.foreign(k)
                        && starts_a_longer_name(view, k)))
        })
    {
        return (None, k, None);
    }
    // "Bộ Khoa học - Công nghệ (KH&CN) A", "Cục An toàn thực phẩm (Bộ Y tế) A": the
    // body's abbreviation or the body it belongs to in parentheses are part of it; then
    // the person.
    if name.is_none()
        && started
        && let Some((close, held)) = body_in_parentheses(view, j, end)
    {
        let after = close + 1;
        let goes_on = after < end && view.joined(after);
        if held == Parenthesized::Part {
            j = after;
        }
        let body_after =
            (view.capital(after) || view.acronym(after)) && view.organization_head(after).is_some();
        let place_after = view
            .place(after)
            .filter(|&(e, _)| view.capital(after) && e <= end)
            .map(|(e, _)| e);
        if goes_on && held == Parenthesized::Part && body_after {
            // "Phòng Cảnh sát hình sự (PC45) Công an tỉnh X A": the body it is part of.
            let rest = OrgRun::read(view, after, end);
            j = rest.j;
            name = rest.name(view);
        } else if goes_on
            && held == Parenthesized::Part
            && let Some(place_end) = place_after
        {
            // "Sở Giáo dục và Đào tạo (GD-ĐT) Hà Nội A": where the body is, then its holder.
            j = place_end;
            name = (place_end < end && view.joined(place_end))
                .then(|| name_at(view, place_end, Site::AfterOffice))
                .flatten();
        } else if goes_on {
            // "Chủ tịch Hội đồng châu Âu (EC) Đ.Tu-xcơ": a name shortened to an initial too.
            name = name_at(view, after, Site::AfterOffice)
                .or_else(|| dotted_initial_name(view, after).then_some(after..after + 1));
        }
    }
    if name.is_none() && started {
        name = name_after_field(view, j, end);
    }
    let mut org_end = name.as_ref().map_or(j, |n| n.start.min(j));
    // "Giám đốc Công an tỉnh X Đại tá A": the holder's rank, between the body and the name,
    // is no word of the body.
    if name.is_some()
        && let Some(rank) = (org_end.saturating_sub(3).max(k + 1)..org_end)
            .find(|&p| matches!(view.qualifier(p), Some((e, Qualifier::Rank)) if e == org_end))
    {
        org_end = rank;
    }
    // Lower-case words left dangling at the end are not part of the body.
    while org_end > k && (view.is_any(org_end - 1, &["và", "-", "&"])) {
        org_end -= 1;
    }
    // "Sở Du lịch, TPHCM": the body's city after a comma, when nothing else follows.
    if name.is_none()
        && org_end > k
        && view.is(org_end, ",")
        && let Some((place_end, PlaceKind::Province)) = view.place(org_end + 1).or_else(|| {
            view.organization_head(org_end + 1)
                .filter(|(_, kind)| *kind == OrgKind::Admin && view.acronym(org_end + 1))
                .map(|(e, _)| (e, PlaceKind::Province))
        })
        && (place_end >= end || !view.capital(place_end))
    {
        org_end = place_end;
    }
    // "Giám đốc Sở này", "chỉ huy lực lượng này": a body's head alone pointing back to one
    // named before is no body written here (CONVENTIONS.md).
    let points_back = view.is(org_end, "này")
        && view
            .organization_head(k)
            .is_some_and(|(head_end, _)| head_end == org_end);
    let organization = (org_end > k && !points_back).then_some(k..org_end);
    (organization, org_end, name)
}

/// Whether the office ending before `k` is set off by a comma right after a name ("Ông
/// A, CEO X"): its holder is that name.
fn office_after_a_name(view: &View<'_, '_>, k: usize) -> bool {
    (k.saturating_sub(6)..k).any(|q| {
        q >= 2
            && view.is(q - 1, ",")
            && view.name_word(q - 2)
            && role_at(view, q).is_some_and(|r| r.end == k)
    })
}

/// "nước này" (this country) after an office: the country named before it.
const THIS_COUNTRY: &[&str] = &["nước", "này"];

/// The country "nước này" (this country) at `k` refers to: in its sentence, the last one
/// written as the state ("Chính phủ Đức", "nước Pháp", or opening the sentence:
/// "Philippines muốn … với Trung Quốc, Tổng thống nước này A" is Philippines'), else the
/// last one before it ("… tại Canberra, Australia sau khi gặp Ngoại trưởng nước này B"),
/// some 80 words back at most; none named in the sentence, none (an earlier sentence's
/// country is as often another's). Regions ("Nam Mỹ") are no country.
fn this_country_refers_to(view: &View<'_, '_>, k: usize) -> Option<Range<usize>> {
    let from = k.saturating_sub(80);
    let sentence_start = (from..k)
        .rev()
        .find(|&p| view.is_any(p, &[".", "!", "?"]))
        .map_or(from, |p| p + 1);
    let in_sentence: Vec<Range<usize>> = (sentence_start..k)
        .filter_map(|p| match view.place(p) {
            Some((end, PlaceKind::Country)) if end <= k && view.capital(p) => Some(p..end),
            _ => None,
        })
        .filter(|c| !is_region(&words_of(view, c)))
        .collect();
    let the_state =
        |c: &&Range<usize>| c.start == sentence_start || view.is_any(c.start - 1, STATE_WORDS);
    in_sentence
        .iter()
        .rev()
        .find(the_state)
        .or(in_sentence.last())
        .cloned()
}

/// The holder named after the field an office covers, written after its body: "Phó Chủ
/// tịch UBND tỉnh X phụ trách lĩnh vực văn hóa A", "Bộ trưởng Anh phụ trách vấn đề Brexit,
/// A". From `j`, the end of the body: "phụ trách", a few words of the field (capitals that
/// are no name among them), then a name of two words or more, or a comma or a dash and one
/// (after an honorific, any name).
fn name_after_field(view: &View<'_, '_>, j: usize, end: usize) -> Option<Range<usize>> {
    if !view.matches(j, &["phụ", "trách"]) {
        return None;
    }
    let longest_field = j + 2 + 10;
    // "A – đội trưởng đội 11 phụ trách quận X, B – đội trưởng đội 3": a name followed by an
    // office of its own is the next in a list, not this office's holder.
    let own_office_after = |n: &Range<usize>| {
        view.is_any(n.end, APPOSITION_MARKS) && role_at(view, n.end + 1).is_some()
    };
    let two_words = |n: &Range<usize>| n.len() >= 2 && !own_office_after(n);
    let mut q = j + 2;
    while q < end.min(longest_field) {
        // Places are the field's ("phụ trách khu vực châu Á, châu Phi").
        if let Some((place_end, _)) = view.place(q) {
            q = place_end;
            continue;
        }
        // ", A", "– bà A": the name after the field.
        if view.is_any(q, &[",", "-", "–"]) && view.place(q + 1).is_none() {
            return match view.qualifier(q + 1) {
                Some((h, Qualifier::Honorific)) => {
                    name_at(view, h, Site::AfterHonorific).filter(|n| !own_office_after(n))
                }
                _ => name_at(view, q + 1, Site::AfterOffice).filter(two_words),
            };
        }
        let joined = view.joined(q) || (view.is(q, ",") && view.joined(q + 1));
        if (view.kind(q) == Some(TokenKind::Punct) && !view.is(q, ",")) || !joined {
            return None;
        }
        if q > j + 2
            && plain_name_word(view, q)
            && let Some(name) = name_at(view, q, Site::AfterOffice).filter(two_words)
        {
            return Some(name);
        }
        q += 1;
    }
    None
}

/// The full name of a body the text shortens, from the nearest mention before it: a head
/// alone ("Hội", "Công ty") takes the name written after the same head earlier; a body
/// ending in a level of administration ("UBND quận") takes the place written after the
/// same level earlier ("quận Hoàn Kiếm"). Empty when nothing is shortened or found.
fn resolve_body(view: &View<'_, '_>, org: &Range<usize>) -> Vec<Range<usize>> {
    let words_at = |r: Range<usize>| r.map(|k| view.word(k).to_string()).collect::<Vec<_>>();
    let mut earlier = view.earlier.borrow_mut();
    match view.organization_head(org.start) {
        Some((head_end, OrgKind::Named)) if head_end == org.end => {
            let head = words_at(org.clone());
            let bodies = earlier.bodies_after(view, head, org.start);
            nearest_before(bodies, org.start).map_or_else(Vec::new, |body| vec![body])
        }
        _ => {
            let last = org.end - 1;
            let admin_last = org.len() >= 2
                && matches!(view.organization_head(last), Some((e, OrgKind::Admin)) if e == org.end);
            // "Nhật Bản" ends in the word of a village ("bản"), as part of the place's name.
            let inside_a_place =
                (org.start..last).any(|p| view.place(p).is_some_and(|(e, _)| e > last));
            if !admin_last || inside_a_place {
                return Vec::new();
            }
            let names = earlier.names_after(view, last);
            nearest_before(names, org.start).map_or_else(Vec::new, |name| vec![org.clone(), name])
        }
    }
}

/// The last of `found` (ranges after a position, by that position) whose position is
/// before `before`.
fn nearest_before(found: &[(usize, Range<usize>)], before: usize) -> Option<Range<usize>> {
    let n = found.partition_point(|(p, _)| *p < before);
    n.checked_sub(1).map(|n| found[n].1.clone())
}

/// What [`resolve_body`] looks back for, for the whole article at once and each word once:
/// the look back is then a binary search, not a walk back over the text.
#[derive(Default)]
struct Earlier {
    /// The (id, position) of each word of the lexicon, in order: the positions of one id
    /// are a run found by binary search (sorting one list costs less than a map of lists).
    positions: Option<Vec<(u32, usize)>>,
    /// For each head of a body (its words): where it is written with the body's name after
    /// it, and that body.
    bodies: FxHashMap<Vec<String>, Vec<(usize, Range<usize>)>>,
    /// For each level of administration ("quận"): where it is written with a name after it,
    /// and the name.
    names: FxHashMap<String, Vec<(usize, Range<usize>)>>,
    /// The last words of the runs of two or more name words ("kemp" of "Mark Kemp").
    name_ends: Option<FxHashSet<String>>,
    /// Every word of the runs of two or more name words ("kishida" of "Kishida Fumio").
    name_words: Option<FxHashSet<String>>,
    /// The first words of the runs of three or more name words ("tập" of "Tập Cận Bình").
    name_starts: Option<FxHashSet<String>>,
    /// Capitalized words the article writes as a team's name ("Chelsea" of "trước
    /// Chelsea").
    team_words: Option<FxHashSet<String>>,
}

impl Earlier {
    /// The positions of the word at `at`, in order. The words asked for are heads of
    /// bodies and levels of administration, words of the lexicon: the positions of every
    /// lexicon word are gathered in one pass, by id (no word's text is copied).
    fn positions_of(&mut self, view: &View<'_, '_>, at: usize) -> Vec<usize> {
        let id = view.lexicon_id(at).unwrap_or(UNKNOWN);
        if id == UNKNOWN {
            let word = view.word(at);
            return (0..view.len()).filter(|&k| view.word(k) == word).collect();
        }
        let positions = self.positions.get_or_insert_with(|| {
            let mut positions: Vec<(u32, usize)> = (view.lexicon_ids().iter().enumerate())
                .filter(|&(_, &id)| id != UNKNOWN)
                .map(|(k, &id)| (id, k))
                .collect();
            positions.sort_unstable();
            positions
        });
        let first = positions.partition_point(|&(other, _)| other < id);
        let run = &positions[first..];
        run[..run.partition_point(|&(other, _)| other == id)]
            .iter()
            .map(|&(_, k)| k)
            .collect()
    }

    /// Where the head `head` is written as a head with a body's name after it ("Hội Nông
    /// dân tỉnh X" for "Hội"), in order.
    fn bodies_after(
        &mut self,
        view: &View<'_, '_>,
        head: Vec<String>,
        head_at: usize,
    ) -> &[(usize, Range<usize>)] {
        if !self.bodies.contains_key(&head) {
            let found = self
                .positions_of(view, head_at)
                .into_iter()
                .filter(|&p| {
                    view.organization_head(p).is_some()
                        && (p..p + head.len()).map(|k| view.word(k)).eq(head.iter())
                })
                .filter_map(|p| {
                    let (body, _, _) = organization_after(view, p, view.len());
                    body.filter(|b| b.end > p + head.len()).map(|b| (p, b))
                })
                .collect();
            self.bodies.insert(head.clone(), found);
        }
        self.bodies.get(&head).map_or(&[], Vec::as_slice)
    }

    /// Where `level` is written with a place after it, or a capitalized name that is no
    /// person's ("TP. Phan A"), in order.
    fn names_after(&mut self, view: &View<'_, '_>, level_at: usize) -> &[(usize, Range<usize>)] {
        let level = view.word(level_at);
        if !self.names.contains_key(level) {
            let found = self
                .positions_of(view, level_at)
                .into_iter()
                .filter(|&q| view.joined(q + 1))
                .filter_map(|q| {
                    let name = q + 1;
                    let end = match view.place(name) {
                        Some((end, _)) => end,
                        None if view.name_word(name) && !view.surname(name) => {
                            view.name_run_end(name)
                        }
                        None => return None,
                    };
                    Some((q, name..end))
                })
                .collect();
            self.names.insert(level.to_string(), found);
        }
        self.names.get(level).map_or(&[], Vec::as_slice)
    }
}

/// Whether a role is an office of a company: of its board or its management.
fn company_office(view: &View<'_, '_>, role: &Range<usize>) -> bool {
    role.clone().any(|k| {
        view.is_any(k, &["hđqt", "hđtv", "ceo", "cfo", "coo"])
            || (view.is(k, "quản") && view.is(k + 1, "trị"))
            || (view.is(k, "giám") && view.is(k + 1, "đốc"))
    })
}

/// The companies named in `range`: a company's head ("Công ty", "Tập đoàn", "Ngân hàng",
/// "CTCP" …) and its name, or one word named as a company is ("Sacombank", "Vingroup").
/// Not a listed company alone: "Facebook", "Fed" are as often where a thing is said.
fn companies_in(view: &View<'_, '_>, range: Range<usize>) -> Vec<Range<usize>> {
    let mut companies = Vec::new();
    let mut p = range.start;
    while p < range.end {
        let company = view.is_any(p, &["công", "tập", "tổng", "ngân", "ctcp"])
            && view.organization_head(p).is_some();
        if company {
            let (body, end, _) = organization_after(view, p, range.end);
            if let Some(body) = body.filter(|b| b.len() >= 3) {
                companies.push(body);
                p = end.max(p + 1);
                continue;
            }
        }
        if view.capital(p) && view.organization_head(p).is_none() && company_word(view.word(p)) {
            companies.push(p..p + 1);
        }
        p += 1;
    }
    companies
}

/// Whether tokens `open..open + 3` are "(", an acronym, ")": a body's abbreviation.
fn abbreviation_in_parentheses(view: &View<'_, '_>, open: usize) -> bool {
    // Asked at every word: the packed key tells "(" apart before any text is compared.
    const OPEN: WordSet<1> = WordSet::new(["("]);
    view.is_in(open, &OPEN) && view.acronym(open + 1) && view.is(open + 2, ")")
}

/// The end of a body's name without the parentheses it may end in ("Cục Điều tra Liên bang
/// Mỹ (FBI)": before "(FBI)").
fn before_parentheses(view: &View<'_, '_>, body: &Range<usize>) -> usize {
    if body.end > body.start && view.is(body.end - 1, ")") {
        if let Some(open) = (body.start..body.end).rev().find(|&q| view.is(q, "(")) {
            return open;
        }
    }
    body.end
}

/// The last words of the local units of administration, whose names are places.
const LOCAL_UNITS: &[&str] = &["xã", "phường", "trấn", "huyện", "quận", "thôn", "ấp"];

/// What parentheses right after a body hold ([`body_in_parentheses`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Parenthesized {
    /// Part of the body's name: its abbreviation or short name ("(FBI)", "(Sacombank)"),
    /// its country ("(Nga)"), or the body it belongs to ("(Bộ Y tế)", "(Bệnh viện Bạch Mai)").
    Part,
    /// Where the body is: a province, city or district ("(TP.HCM)", "(TP Hải Dương)"),
    /// which a holder's name may follow but the body's name does not take.
    Place,
}

/// The token after a place (or a list of places) in brackets that opens at `at`: "(Yên
/// Bái)", "(huyện Tánh Linh, Bình Thuận)"; `at` itself when no such brackets open there.
fn past_bracketed_place(view: &View<'_, '_>, at: usize) -> usize {
    if !view.is(at, "(") {
        return at;
    }
    let one_place = view
        .place(at + 1)
        .map(|(e, _)| e)
        .filter(|&e| view.is(e, ")"));
    one_place
        .or_else(|| places_listed(view, at + 1, view.len()))
        .map_or(at, |close| close + 1)
}

/// Where a list of places from `first` ends at a closing bracket: each a known place or a
/// level of administration and its name ("huyện Tánh Linh, Bình Thuận", "Q.1, TP.HCM"),
/// two at least, apart by commas or dashes. One place alone is read by the caller.
fn places_listed(view: &View<'_, '_>, first: usize, end: usize) -> Option<usize> {
    let mut q = first;
    let mut places = 0;
    loop {
        let level_end = match view.organization_head(q) {
            Some((h, OrgKind::Admin)) => h,
            _ => q,
        };
        let place_end = match view.place(level_end) {
            Some((e, _)) => e,
            // A level's own name, not listed: its capitalized words.
            None if level_end > q => (level_end..end.min(level_end + 4))
                .take_while(|&p| view.capital(p) && view.kind(p) == Some(TokenKind::Word))
                .last()
                .map_or(level_end, |p| p + 1),
            None => q,
        };
        if place_end == level_end || place_end >= end {
            return None;
        }
        places += 1;
        q = place_end;
        if view.is(q, ")") {
            return (places >= 2).then_some(q);
        }
        if !view.is_any(q, &[",", "-", "–"]) {
            return None;
        }
        q += 1;
    }
}

/// Where the parentheses opened at `open` close, and what they hold, when a body's name
/// may go on over them.
fn body_in_parentheses(
    view: &View<'_, '_>,
    open: usize,
    end: usize,
) -> Option<(usize, Parenthesized)> {
    let first = open + 1;
    if !view.is(open, "(") || first >= end {
        return None;
    }
    // "(huyện Tánh Linh, Bình Thuận)": where the body is, as a list of places.
    if let Some(close) = places_listed(view, first, end) {
        return Some((close, Parenthesized::Place));
    }
    // A word, an abbreviation or a code with letters ("PC45"), not a date.
    let word = match view.kind(first) {
        Some(TokenKind::Word | TokenKind::Abbrev) => true,
        Some(TokenKind::Code) => view.word(first).contains(char::is_alphabetic),
        _ => false,
    };
    if !word || !(view.capital(first) || view.acronym(first)) {
        return None;
    }
    let admin = view
        .organization_head(first)
        .is_some_and(|(_, kind)| kind == OrgKind::Admin);
    let place = view
        .place(first)
        .filter(|&(_, kind)| kind != PlaceKind::Country);
    if view.is(first + 1, ")") {
        let part = !admin && place.is_none();
        return Some((
            first + 1,
            if part {
                Parenthesized::Part
            } else {
                Parenthesized::Place
            },
        ));
    }
    if let Some((place_end, _)) = place.filter(|&(e, _)| view.is(e, ")")) {
        return Some((place_end, Parenthesized::Place));
    }
    view.organization_head(first)?;
    let inner = OrgRun::read_in_parentheses(view, first, end);
    // A body's name in parentheses is short: a dozen words at most.
    let closed = inner.started && inner.j < first + 12 && view.is(inner.j, ")");
    (closed && inner.name(view).is_none()).then_some((
        inner.j,
        if admin {
            Parenthesized::Place
        } else {
            Parenthesized::Part
        },
    ))
}

/// The heads of bodies that a role may end in ("Trưởng phòng", "Trưởng ban"), the body's
/// name following it; a village's too ("Trưởng thôn Đồng Xá": the village, not a person).
const HEADS_IN_ROLES: &[&str] = &[
    "phòng", "ban", "khoa", "đội", "trạm", "đoàn", "thôn", "ấp", "bản", "xóm",
];

/// Finds the titles of one sentence, with their organizations and any name right after.
fn titles_in(view: &View<'_, '_>, range: Range<usize>) -> Vec<Title> {
    let mut titles = Vec::new();
    let mut i = range.start;
    while i < range.end {
        if !view.may_start_title(i) {
            i += 1;
            continue;
        }
        let start = i;
        let (k, former, rank) = leading_qualifiers(view, i);
        let Some(role) = role_at(view, k).filter(|r| r.end <= range.end) else {
            i += 1;
            continue;
        };
        // "Gia đình Xã hội Trưởng công an xã …": a role in lower case does not start inside a
        // name's word ("Xã hội"); the next word may start one ("làm chủ tịch", "Các hạ nghị
        // sĩ" opening a sentence do).
        if k == i
            && k > range.start + 1
            && !view.capital(k)
            && view.capital(k - 1)
            && view.ends_a_word(k)
        {
            i += 1;
            continue;
        }
        // "đại biểu Quốc hội khóa XIV": with its term written, the assembly and the term are
        // the body, as annotated (role "đại biểu").
        let (role, with_term) =
            match assembly_with_term(view, &role).filter(|_| role.end + 2 <= range.end) {
                Some(seat_end) => (role.start..seat_end, Some(seat_end..role.end + 2)),
                None => (role, None),
            };
        // "Đoàn đại biểu Quốc hội": the delegation, a body, not one of its members.
        if k > range.start && view.is(k - 1, "đoàn") && assembly_seat(view, &role) {
            i = role.end;
            continue;
        }
        // "Bộ trưởng các Bộ: Quốc phòng, GTVT, Xây dựng": one office of each ministry listed,
        // held by several people, none of them named with it (no apposition reads one).
        if role_ends_in(view, &role, MINISTERS)
            && let Some((fields, list_end)) = ministries_listed_after(view, role.end, range.end)
        {
            for field in fields {
                titles.push(Title {
                    role: role.clone(),
                    resolved: Vec::new(),
                    organization: Some(field),
                    start,
                    end: list_end,
                    former,
                    rank: rank.clone(),
                    name_after: None,
                    listed: Vec::new(),
                    capital: view.capital(role.start) || view.acronym(role.start),
                    affiliated: false,
                    unheld: true,
                });
            }
            i = list_end;
            continue;
        }
        // "Ban Bí thư", "Ban Giám hiệu": a body whose name holds an office's words.
        if k == start
            && k > range.start
            && view
                .organization_head(k - 1)
                .is_some_and(|(end, _)| end > k)
        {
            i = role.end;
            continue;
        }
        // "mang băng đội trưởng": the captain's armband, not an office held.
        if k > range.start && view.is(k - 1, "băng") && !view.capital(k - 1) {
            i = role.end;
            continue;
        }
        // "vua phòng vé", "Vua đầu bếp", "Nữ hoàng sắc đẹp": a king or queen of a field, no
        // monarch's office ("Nữ hoàng nước Anh" is one).
        if (monarch(view, &role) || role_ends_in(view, &role, &[["nữ", "hoàng"]]))
            && view.joined(role.end)
            && !view.is(role.end, "nước")
            && view.kind(role.end) == Some(TokenKind::Word)
            && !view.capital(role.end)
            && !view.acronym(role.end)
        {
            i = role.end;
            continue;
        }
        // "chỉ huy" after a word is to command ("nhà khoa học chỉ huy dự án", "âm mưu và chỉ
        // huy"), a command's place or board ("sở chỉ huy", "Ban chỉ huy"), or command itself
        // ("sự chỉ huy"): a commander opens the sentence or a clause, or follows a word that
        // a noun follows ("có chỉ huy X", "là chỉ huy X", "theo chỉ huy X").
        if bare_head(view, &role, &COMMANDER)
            && !(start == range.start
                || view.kind(start - 1) == Some(TokenKind::Punct)
                || view.is_any(start - 1, BEFORE_A_COMMANDER))
        {
            i = role.end;
            continue;
        }
        // "trợ lý [của] Ngoại trưởng Mỹ, ông A": A assists the office's holder (GOLD.md
        // leaves assistants out); "ứng cử viên Tổng thống Pháp A" seeks the office.
        let unheld = aide_or_candidate_before(view, range.start, k);
        // "đồng Trưởng ban": a co-holder's office is written as the office is.
        let written_from = if view.is(role.start, "đồng") && !view.capital(role.start) {
            role.start + 1
        } else {
            role.start
        };
        let capital = view.capital(written_from) || view.acronym(written_from);
        // "Giám đốc điều hành (CEO) Norvalis A": the office's short name in brackets
        // glosses it; the body and the name follow.
        let role_end = gloss_after(view, role.end, range.end).unwrap_or(role.end);
        // "Tổng thống tiền nhiệm A": the holder before the current one.
        let predecessor = view.matches(role_end, &PREDECESSOR) && view.joined(role_end + 2);
        // "Tổng thống đắc cử A", "Tổng thống bị phế truất A": which holder, then the name.
        let which_one = which_one_after(view, role_end).filter(|_| !predecessor);
        let mut former = former || predecessor || which_one.is_some_and(|(_, was)| was);
        let after_role = if predecessor {
            role_end + PREDECESSOR.len()
        } else {
            which_one.map_or(role_end, |(e, _)| e)
        };
        let party = party_after(view, &role);
        // "Bộ trưởng Chủ nhiệm Văn phòng Chính phủ A", "Phó Thủ tướng Bộ trưởng Ngoại giao
        // A": another office written right after this one, with a capital, is no body of it;
        // the body and the name that follow are that office's (the chain of offices gives A
        // both, as GOLD.md reads "Bộ trưởng, Chủ nhiệm …"). But an office's staff serve the
        // office named after them ("phát ngôn viên Tổng thống", "chánh Văn phòng Tổng
        // thống"), and an office named by its unit names the unit ("Trưởng đoàn Đại biểu
        // Quốc hội", "Phó Ban Thư ký tòa soạn").
        let another_office_next = party.is_none()
            && !role_ends_in(view, &role, STAFF_OF_AN_OFFICE)
            && !ends_in_a_units_head(view, &role)
            && view.joined(after_role)
            && view.capital(after_role)
            && role_at(view, after_role).is_some();
        let (mut organization, mut org_end, mut name_after) = if another_office_next {
            (None, after_role, None)
        } else {
            organization_after(
                view,
                party.as_ref().map_or(after_role, |p| p.end),
                range.end,
            )
        };
        // The term is the body's, a number too ("Quốc hội khóa 13").
        if let Some(body) = with_term
            && organization.as_ref().is_none_or(|o| o.end < body.end)
        {
            org_end = org_end.max(body.end);
            organization = Some(body);
            name_after = name_after
                .filter(|n| n.start >= org_end)
                .or_else(|| name_joined_after(view, org_end, range.end));
        }
        // "bộ trưởng quốc phòng A": a ministry named by its field in lower case is the
        // body, as written (GOLD.md); with a country after it the body is read above.
        if organization.is_none()
            && name_after.is_none()
            && role_ends_in(view, &role, MINISTERS)
            && let Some(field_end) = view.portfolio(after_role)
        {
            organization = Some(after_role..field_end);
            org_end = field_end;
            name_after = name_joined_after(view, field_end, range.end);
        }
        // "ông A, Vụ trưởng, Vụ Chính sách thuế": an office set off after its holder's name,
        // with no body of its own, then a comma and a body's head with a capital (no other
        // office, no level of administration) that no holder's name follows: the office's
        // body. Not in a list of offices and bodies ("Tổng Bí thư, Chủ tịch nước, Chính
        // phủ").
        if organization.is_none()
            && name_after.is_none()
            && start > range.start + 1
            && view.is(start - 1, ",")
            && person_before(view, start - 1, range.start).is_some()
            && view.is(after_role, ",")
            && view.capital(after_role + 1)
            && view
                .organization_head(after_role + 1)
                .is_some_and(|(_, kind)| kind != OrgKind::Admin)
            && role_at(view, leading_qualifiers(view, after_role + 1).0).is_none()
            && let (Some(body), body_end, None) =
                organization_from(view, after_role + 1, range.end, true)
        {
            organization = Some(body);
            org_end = body_end;
        }
        // "Tổng thống Obama", "Tổng thống Nga Putin", "HLV Wenger": after an office of a
        // state (whose body is a country, which may be written) or a coach's, one
        // foreign-looking word that is no place is its holder's name, when the article
        // writes no fuller form of it (that one is linked as a later mention).
        let country_end = organization
            .as_ref()
            .filter(|o| o.start == after_role)
            .and_then(|o| match view.place(o.start) {
                Some((e, PlaceKind::Country)) if e < o.end => Some(e),
                _ => None,
            });
        // A team's captain ("Đội trưởng Terry") is named so too; the captain holds no
        // office (dropped later), and the name is no body to lend.
        let lone_name_holds = || {
            state_office(view, &role)
                || monarch(view, &role)
                || captains_role(&words_of(view, &role).join(" "))
                || (coach(view, &role)
                    && country_end.is_none()
                    && !former
                    && !names_a_team(view, after_role))
        };
        if name_after.is_none()
            && organization.as_ref().is_none_or(|o| o.start == after_role)
            && let Some(name) = lone_foreign_name(view, country_end.unwrap_or(after_role))
            && lone_name_holds()
        {
            organization = country_end.map(|e| after_role..e);
            org_end = name.start;
            name_after = Some(name);
        }
        // "Tổng thống Trump viết trên Twitter", "Tổng thống Nga Putin và …": the short form of
        // a name the article writes in full is no word of the body of a state's office
        // (its country is); the name is linked as a later mention.
        if name_after.is_none()
            && (state_office(view, &role) || monarch(view, &role))
            && let Some(o) = organization.as_ref()
        {
            let k = country_end.unwrap_or(after_role);
            if o.start == after_role
                && o.end > k
                && plain_name_word(view, k)
                && view.foreign(k)
                && in_a_longer_name(view, k)
            {
                organization = country_end.map(|e| after_role..e);
                org_end = k;
            }
        }
        // Name words that end a body after its country, not a coach's team nor a company
        // named after its country ("hãng Hàn Quốc Lotte"): one foreign-looking word ("Bộ
        // trưởng Quốc phòng Mỹ A", "Đại sứ Nga A") is the holder's name, or the short form
        // of a name the article writes in full (linked as a later mention); two or three
        // after a country not Vietnam are the name however Vietnamese they look ("Người
        // phát ngôn Bộ Ngoại giao Trung Quốc A B": Chinese names in Sino-Vietnamese).
        if name_after.is_none()
            && !coach(view, &role)
            && let Some(o) = organization.clone()
            && let Some((e, vietnam)) = country_before_names(view, &o)
            && !commercial_body(view, o.start)
        {
            let plain = |q: usize| plain_name_word(view, q) && !body_word(view, q);
            let (name, body_only) = if o.end == e + 1 && plain(e) && view.foreign(e) {
                let name = lone_foreign_name(view, e).filter(|n| n.end == o.end);
                let later_mention = name.is_none() && in_a_longer_name(view, e);
                (name, later_mention)
            } else if !vietnam
                && (2..=LONGEST_NAME).contains(&(o.end - e))
                && (e..o.end).all(|q| plain(q) && view.foreign(q) == view.foreign(e))
            {
                (Some(e..o.end), false)
            } else {
                (None, false)
            };
            if name.is_some() || body_only {
                name_after = name;
                organization = Some(o.start..e);
                org_end = e;
            }
        }
        // "Thủ tướng Campuchia Hun Sen": after an office of a state and its country, plain
        // name words are the holder's, however Vietnamese they look — all of them alike:
        // a foreign name run into a heading's capitals ("Putin Việc Thư ký") is not one.
        let name_end = country_end.map_or(0, |e| name_words_end(view, e));
        if name_after.is_none()
            && state_office(view, &role)
            && let Some(e) = country_end
            && (2..=LONGEST_NAME).contains(&(name_end - e))
            && organization.as_ref().is_some_and(|o| o.end >= name_end)
            && (e..name_end).all(|q| plain_name_word(view, q) && !body_word(view, q))
            && (e..name_end).all(|q| view.foreign(q) == view.foreign(e))
        {
            name_after = Some(e..name_end);
            organization = Some(after_role..e);
            org_end = e;
        }
        // "Thủ tướng Hun Sen cho biết", "Tổng thống Moon từng nói": right after the office of
        // a head of government or state (no monarch: "Nữ hoàng Sắc đẹp"), with no country,
        // plain name words are no body's: two or more are the holder's name, however
        // Vietnamese they look; one is the short form of a fuller name the article writes
        // elsewhere, linked as a later mention.
        if name_after.is_none()
            && country_end.is_none()
            && role_ends_in(view, &role, HEADS_OF_STATE)
            && let Some(o) = organization.as_ref().filter(|o| o.start == after_role)
        {
            let k = after_role;
            let end = name_words_end(view, k);
            let plain = !honorific_word(view, k)
                && (k..end).all(|q| plain_name_word(view, q) && !body_word(view, q));
            if plain && o.end >= end && (2..=LONGEST_NAME).contains(&(end - k)) {
                name_after = Some(k..end);
                organization = None;
                org_end = k;
            } else if plain && end == k + 1 && in_a_longer_name(view, k) {
                organization = None;
                org_end = k;
            }
        }
        // "Tổng thống Mỹ đương nhiệm A", "Tổng thống Mỹ thứ 40 A": the holder after words
        // that say which one.
        if name_after.is_none()
            && organization.is_some()
            && let Some((from, was)) = which_one_after(view, org_end).or_else(|| {
                (view.is(org_end, "thứ") && view.kind(org_end + 1) == Some(TokenKind::Number))
                    .then_some((org_end + 2, false))
            })
            && from < range.end
            && view.joined(from)
            && let Some(name) =
                name_at(view, from, Site::AfterOffice).filter(|n| n.end <= range.end)
        {
            name_after = Some(name);
            former |= was;
        }
        // The party is the body of an office that leads it ("Chủ tịch đảng Dân chủ A"), and
        // otherwise the holder's affiliation ("Thượng nghị sĩ đảng Cộng hòa A").
        let affiliated = party.is_some() && !leads_a_party(view, &role);
        if let Some(party) = party.filter(|_| !affiliated) {
            organization = Some(party.start..org_end);
        }
        // "Giám đốc Sở Y tế ông Nguyễn Văn A", "…, ông A,", "… là bà A": a person
        // introduced after it — unless the title is itself an apposition to a person before
        // it ("ông A, Chủ tịch X, ông B, …").
        let person = (start > range.start && view.is_any(start - 1, APPOSITION_MARKS))
            .then(|| {
                // "bị cáo A (45 tuổi, nguyên Giám đốc …)": the age or the year of birth first.
                let mark = age_before(view, start - 1)
                    .filter(|&open| open > range.start)
                    .unwrap_or(start - 1);
                person_before(view, mark, range.start)
            })
            .flatten();
        let apposed = person.is_some();
        // "ông A - Chủ tịch Tài chính Hoàng B": the office of a person named before it, who
        // is no other title's holder (as in a list "Bộ trưởng A, Thứ trưởng B"); a name-like
        // word right after its body belongs to the body, unless parentheses closed the body.
        if let (Some(person), Some(name)) = (&person, &name_after)
            && name.start == org_end
            && !view.is(org_end - 1, ")")
            && organization.is_some()
            // The same person however its start was read ("… Disney Bob Iger, Giám đốc
            // điều hành Walmart Doug McMillon"): the name that ends where it ends.
            && !titles
                .iter()
                .any(|t: &Title| t.name_after.as_ref().is_some_and(|n| n.end == person.end))
            // A country is no body a name goes on ("…, Ngoại trưởng Nga Sergei Lavrov"), and
            // a name shortened to an initial is a holder's ("…, Bộ trưởng Ngoại giao Nga
            // X.La-vrốp").
            && organization
                .as_ref()
                .is_none_or(|o| view.place(o.start).is_none_or(|(e, _)| e != o.end))
            && !(name.len() == 1 && dotted_initial_name(view, name.start))
            // A whole Vietnamese name of three words after the body holds the office when
            // the words before the comma are a weaker name: two words with no honorific
            // ("nhà ga La Khê, Thứ trưởng Bộ X Nguyễn Văn A": a place, then the holder).
            && !(name.len() >= 3
                && vietnamese_name_at(view, name.start).as_ref() == Some(name)
                && person.len() < 3
                && !(person.start > 0 && honorific_word(view, person.start - 1)))
        {
            organization = organization.map(|o| o.start..name.end);
            org_end = name.end;
            name_after = None;
        }
        // "ông A, Chủ tịch HĐQT Thế Giới Di Động": capitals right after the office of a
        // Vietnamese person named before it, no Vietnamese name, are its body's name (a
        // state's office is held by the name after it). After another run of capitals, the
        // names model decides: "Leicester City, HLV Jose Mourinho" names the coach.
        if let (Some(person), Some(name)) = (&person, &name_after)
            && organization.is_none()
            && name.start == after_role
            && !state_office(view, &role)
            && vietnamese_name_at(view, person.start).is_some()
            && person.clone().all(|q| !view.foreign(q))
            && vietnamese_name_at(view, name.start).as_ref() != Some(name)
            && !titles
                .iter()
                .any(|t: &Title| t.name_after.as_ref().is_some_and(|n| n.end == person.end))
        {
            organization = Some(name.clone());
            org_end = name.end;
            name_after = None;
        }
        if organization.is_none()
            && let Some(body_end) = lower_case_body_after(view, &role, range.end)
                .or_else(|| body_before_holder(view, &role, range.end))
                .or_else(|| unit_before_its_body(view, &role, range.end))
                .or_else(|| unit_numbered_after(view, &role))
        {
            // "Người phát ngôn của lực lượng X, tướng A": the body after "của"; "của mình",
            // "của họ" (his own, theirs) name none.
            let body_start = role.end + usize::from(view.is(role.end, "của"));
            let pronoun = view.is_any(body_end - 1, &["mình", "họ", "nó", "ấy", "ta"]);
            organization = (!pronoun).then_some(body_start..body_end);
            org_end = body_end;
        }
        // "Chủ tịch Real Madrid, ông Florentino Perez": capitals after the office that are no
        // Vietnamese name, then the holder an honorific introduces after a comma, are the
        // body's name. A state's office is held by the name after it ("Tổng thống A, ông B").
        if organization.is_none()
            && !apposed
            && !state_office(view, &role)
            && let Some(run) = name_after.clone().or_else(|| {
                // One word the names model took for no name ("Chủ tịch Lyon, ông A").
                let end = view.name_run_end(after_role);
                (end == after_role + 1).then_some(after_role..end)
            })
            && run.start == after_role
            && vietnamese_name_at(view, run.start) != Some(run.clone())
            && !written_as_a_holder_elsewhere(view, run.clone())
            && honorific_after_comma(view, run.end)
                .is_some_and(|h| name_at(view, h, Site::AfterHonorific).is_some())
        {
            organization = Some(run.clone());
            org_end = run.end;
            name_after = None;
        }
        // "Báo cáo Thủ tướng A, Phó Chủ tịch Hội X, Nguyễn Văn B, cho biết": the office is
        // the subject's named after it, not the person's before it.
        if name_after.is_none()
            && let Some(subject) = subject_after_comma(view, org_end, range.end)
        {
            name_after = Some(subject);
        }
        let mut end = name_after.as_ref().map_or(org_end, |n| n.end);
        let mut listed = Vec::new();
        // "các Phó Thủ tướng A, B và C": each name after a plural title holds it.
        if let Some(first) = name_after
            .clone()
            .filter(|_| plural_title(view, start, range.start))
            && let Some(next) =
                past_list_separator(view, past_aside(view, first.end, range.end), &[",", "và"])
        {
            let more = names_listed_from(view, next, range.end);
            if let Some(last) = more.last() {
                end = last.end;
                listed = std::iter::once(first).chain(more).collect();
                name_after = None;
            }
        } else if let Some(first) = name_after.clone()
            && let Some(second) = second_holder_of_one_office(view, first.end, range.end)
        {
            end = second.end;
            listed = vec![first, second];
            name_after = None;
        }
        if name_after.is_none() && !apposed && listed.is_empty() {
            listed = holders_listed_after(view, org_end, range.end);
            // "bổ nhiệm Thẩm phán X đối với ông A và ông B", "miễn nhiệm chức danh Y đối với
            // ông C": the people an office is given to or taken from.
            if listed.is_empty()
                && let Some((names, removed)) = holders_regarded(view, start, org_end, &range)
            {
                listed = names;
                former |= removed;
            }
            if let Some(last) = listed.last() {
                end = last.end;
            } else if let Some((found, complement)) =
                person_introduced_after(view, org_end, range.end)
                    .map(|found| (found, None))
                    .or_else(|| {
                        // "Đại sứ Nga tại Washington, ông A", "Bộ trưởng X năm 1994, ông A";
                        // a rank introduces the name as an honorific does ("…, tướng A").
                        let (at, place) = complement_before_comma(view, &role, org_end, range.end)?;
                        let (h, Qualifier::Honorific | Qualifier::Rank) = view.qualifier(at + 1)?
                        else {
                            return None;
                        };
                        let found = name_at(view, h, Site::AfterHonorific)?;
                        Some((found, place.then_some(at)))
                    })
                    .filter(|_| !issuer_of_a_document(view, start, range.start))
                    // "Thay mặt giám đốc Công an tỉnh, thượng tá A": A acts for the office's
                    // holder.
                    .filter(|_| !on_behalf_of(view, start))
            {
                end = found.end;
                name_after = Some(found);
                // Where the body sits is part of it, as in "Đại sứ Việt Nam tại Nhật Bản".
                if let (Some(o), Some(at)) = (&organization, complement) {
                    organization = Some(o.start..at);
                }
            }
        }
        // "HLV A của Colombia", "Thủ tướng A của Nhật Bản", "Thẩm phán A thuộc tòa án X":
        // the body after the holder.
        if organization.is_none()
            && let Some(name) = name_after.as_ref().filter(|n| n.end == end)
            && view.is_any(name.end, &["của", "thuộc"])
            && let Some(body) = body_after_holder(view, &role, name.end + 1, range.end)
        {
            end = body.end;
            organization = Some(body);
        }
        let mut name_after = name_after.map(|n| without_honorific(view, n));
        // The office is still a title, held by no one named here; what it is in charge of
        // goes with it ("Phó trợ lý Ngoại trưởng Mỹ phụ trách khu vực Đông Á A": no office
        // "phụ trách" of A either).
        if unheld {
            name_after = None;
            listed.clear();
            end = org_end.max(role.end);
            if view.matches(end, &IN_CHARGE) && !view.capital(end) {
                end += IN_CHARGE.len();
            }
        }
        // "đội trưởng Chelsea A": a club's captain, whom no office makes an official
        // (CONVENTIONS.md), is dropped as one with no body is.
        let captains_club = |o: &Range<usize>| {
            view.organization_head(o.start) == Some((o.end, OrgKind::Club))
                && captains_role(&words_of(view, &role).join(" "))
        };
        let organization = with_head_in_role(view, &role, organization)
            .filter(|o| !(assembly_seat(view, &role) && only_a_place(view, o)))
            .filter(|o| !captains_club(o));
        // "cô giáo A, phụ trách lớp 3": in charge of a class or a task, no office; one with
        // a body ("phụ trách Trung tâm X") is.
        if organization.is_none() && !capital && role_is(view, &role, &IN_CHARGE) {
            i = role.end;
            continue;
        }
        // "Người phát ngôn của Tổng thống Philippines A": the name after an office of a
        // state that is the body is that office's holder when the article writes it after
        // that office elsewhere ("Tổng thống A"); the title then ends before that office,
        // which is read next as a title of its own. ("… của Tổng thống Nga B": B, written
        // after no such office, is the spokesman.)
        let mut next = end;
        let mut unheld = unheld;
        if let (Some(o), Some(n)) = (organization.as_ref(), name_after.as_ref())
            && let Some(inner) = role_at(view, o.start)
            && state_office(view, &inner)
            && n.start >= inner.end
            && holder_elsewhere(view, &inner, n)
        {
            name_after = None;
            unheld = true;
            next = o.start;
        }
        // "lãnh đạo Triều Tiên A", "Lãnh đạo SPD A": "lãnh đạo" alone is a leader's office
        // only with its body and the holder's name right after it; "lãnh đạo Sở Y tế",
        // "ban lãnh đạo CLB", "lãnh đạo thành phố, ông A" name a body's leadership.
        if bare_head(view, &role, &LEADER)
            && !leader_named(
                view,
                &role,
                (k == start || former) && !after_a_group(view, start),
                organization.as_ref(),
                name_after.as_ref(),
            )
        {
            i = role.end;
            continue;
        }
        let resolved = organization
            .as_ref()
            .map_or_else(Vec::new, |o| resolve_body(view, o));
        titles.push(Title {
            role,
            resolved,
            organization,
            start,
            end,
            former,
            rank,
            name_after,
            listed,
            capital,
            affiliated,
            unheld,
        });
        i = next.max(k + 1);
    }
    titles
}

/// Whether the article writes the last word of the name `name` elsewhere right after the
/// office `office` (its last two words), or after it and a country, where that office is
/// no other's body: "Tổng thống Duterte", "Tổng thống Philippines Rodrigo Duterte".
fn holder_elsewhere(view: &View<'_, '_>, office: &Range<usize>, name: &Range<usize>) -> bool {
    if office.len() < 2 || name.is_empty() {
        return false;
    }
    let head = [view.word(office.end - 2), view.word(office.end - 1)];
    let last = view.word(name.end - 1);
    (0..view.len()).any(|q| {
        // Not the same phrase again ("… [của] Tổng thống Nga B" twice): the office there
        // is no body of another office.
        if q == office.end - 2
            || name.contains(&q)
            || !view.matches(q, &head)
            || (q > 0 && view.is(q - 1, "của"))
            || (q.saturating_sub(4)..q).any(|p| role_at(view, p).is_some_and(|r| r.end == q))
        {
            return false;
        }
        let mut p = q + 2;
        if let Some((e, PlaceKind::Country)) = view.place(p) {
            p = e;
        }
        let run_end = name_words_end(view, p);
        run_end > p && view.word(run_end - 1) == last
    })
}

/// "tân Chủ tịch": the new holder; "tân" is no part of the role.
const NEW_HOLDER: &str = "tân";

/// "nữ" (a woman) before an office: no part of it (GOLD.md writes "nữ Bộ trưởng" as "Bộ
/// trưởng").
const WOMAN: &str = "nữ";

/// "Tổng thống Mỹ đương nhiệm A": the incumbent, written after the office.
const INCUMBENT_AFTER: [&str; 2] = ["đương", "nhiệm"];

/// Words after an office (and its body) that say which holder the name after them is, and
/// whether that one holds it no more: the incumbent, the one elected (in office soon, as
/// CONVENTIONS.md counts) or just sworn in, the outgoing one, the one deposed.
const WHICH_ONE: &[(&[&str], bool)] = &[
    (&INCUMBENT_AFTER, false),
    (&["đắc", "cử"], false),
    (&["vừa", "đắc", "cử"], false),
    (&["mới", "đắc", "cử"], false),
    (&["tái", "đắc", "cử"], false),
    (&["vừa", "tái", "đắc", "cử"], false),
    (&["mới", "tái", "đắc", "cử"], false),
    (&["vừa", "nhậm", "chức"], false),
    (&["mới", "nhậm", "chức"], false),
    // The outgoing holder, and the one whose term has just ended.
    (&["sắp", "mãn", "nhiệm"], false),
    (&["sắp", "rời", "nhiệm", "sở"], false),
    (&["mãn", "nhiệm"], true),
    (&["vừa", "mãn", "nhiệm"], true),
    (&["bị", "phế", "truất"], true),
    (&["bị", "truất", "phế"], true),
];

/// The end of one of [`WHICH_ONE`] at `k`, and whether it marks a former holder.
fn which_one_after(view: &View<'_, '_>, k: usize) -> Option<(usize, bool)> {
    WHICH_ONE
        .iter()
        .find(|(words, _)| view.joined(k) && view.matches(k, words))
        .map(|(words, was)| (k + words.len(), *was))
}

/// "đương kim Chủ tịch": the incumbent; no part of the role either.
const INCUMBENT: [&str; 2] = ["đương", "kim"];

/// Reads "nguyên", "cựu" and a rank at `i`, in either order: returns where the role may
/// start, whether the office is a former one, and the rank.
fn leading_qualifiers(view: &View<'_, '_>, i: usize) -> (usize, bool, Option<Range<usize>>) {
    let mut k = i;
    let mut former = false;
    let mut rank = None;
    for _ in 0..2 {
        // Words before the role that are no part of it; [`View::may_start_title`] knows
        // their first words.
        if view.word(k) == NEW_HOLDER && view.joined(k + 1) && view.capital(k + 1) {
            k += 1;
            continue;
        }
        // "A, nữ phát ngôn viên Nhà Trắng": a woman holds the office ("Nữ hoàng" is an
        // office of its own: no office starts at "hoàng". "nữ" starts a title as the first
        // word of that office).
        if view.word(k) == WOMAN && view.joined(k + 1) && role_at(view, k + 1).is_some() {
            k += 1;
            continue;
        }
        if view.matches(k, &INCUMBENT) && view.joined(k + 2) {
            k += 2;
            continue;
        }
        match view.qualifier(k) {
            Some((end, Qualifier::Former)) => {
                former = true;
                k = end;
            }
            Some((end, Qualifier::Rank)) => {
                rank = Some(k..end);
                k = end;
            }
            // Nothing read at `k`: a second pass would ask the same there. Most of the words
            // that may start a title stop here (of 142,000 calls on 6 MB of news).
            _ => break,
        }
    }
    (k, former, rank)
}

/// The end of an office's short name in brackets right after it ("Giám đốc điều hành
/// (CEO)", "Tổng Giám đốc (TGĐ)"): one office, written twice.
fn gloss_after(view: &View<'_, '_>, k: usize, end: usize) -> Option<usize> {
    if !view.is(k, "(") {
        return None;
    }
    let (inner_start, _, _) = leading_qualifiers(view, k + 1);
    let inner = role_at(view, inner_start)?;
    (inner.end < end && view.is(inner.end, ")")).then_some(inner.end + 1)
}

/// The end of a body named in lower case after a role that ends in its head ("Trưởng ban
/// quản lý dự án X"), up to the next punctuation before `sentence_end`.
fn lower_case_body_after(
    view: &View<'_, '_>,
    role: &Range<usize>,
    sentence_end: usize,
) -> Option<usize> {
    if word_after_role(view, role) && ends_in_a_units_head(view, role) {
        let body_end = (role.end..sentence_end.min(role.end + 12))
            .take_while(|&q| {
                view.joined(q)
                    && matches!(view.kind(q), Some(TokenKind::Word | TokenKind::Number))
                    && !view.is_in(q, &ORG_STOPS)
            })
            .last()
            .map_or(role.end, |q| q + 1);
        if body_end < sentence_end && view.kind(body_end) == Some(TokenKind::Punct) {
            return Some(body_end);
        }
    }
    None
}

/// Whether a role of two words or more ends in the head of a unit ("Trưởng phòng",
/// "Phó trưởng ban"), whose name may follow it in lower case.
fn ends_in_a_units_head(view: &View<'_, '_>, role: &Range<usize>) -> bool {
    role.len() >= 2
        && (view.is_any(role.end - 1, HEADS_IN_ROLES)
            || view.is(role.end - 1, "bqt")
            || (role.len() >= 3 && unit_in_two_words_before(view, role.end)))
        && !has_a_field(view, role)
}

/// Units named in two words that a head's office is written with and its body begins
/// with: "Trưởng đơn vị Mắt" heads "đơn vị Mắt", "Trưởng dự án X" "dự án X".
const TWO_WORD_UNITS: &[[&str; 2]] = &[["đơn", "vị"], ["dự", "án"]];

/// Whether the two words before `k` name a unit of [`TWO_WORD_UNITS`].
fn unit_in_two_words_before(view: &View<'_, '_>, k: usize) -> bool {
    k >= 2 && TWO_WORD_UNITS.iter().any(|unit| view.matches(k - 2, unit))
}

/// Whether a role ends in the field its office is in charge of ("Thứ trưởng phụ trách
/// chính sách quốc phòng"): its last words are the field's, not a unit's head.
fn has_a_field(view: &View<'_, '_>, role: &Range<usize>) -> bool {
    (role.start..role.end.saturating_sub(IN_CHARGE.len())).any(|q| view.matches(q, &IN_CHARGE))
}

/// Whether a word joined to a role follows it.
fn word_after_role(view: &View<'_, '_>, role: &Range<usize>) -> bool {
    view.kind(role.end) == Some(TokenKind::Word) && view.joined(role.end)
}

/// The end of a unit named in lower case after a role that ends in its head, right before
/// "tại" or "của" and the body it belongs to: "Trưởng khoa tiết niệu tại Bệnh viện X",
/// "Trưởng ban phụ huynh của trường". No verb, office or ordinal ("phó trưởng ban thứ 8
/// của …") among the unit's words.
fn unit_before_its_body(
    view: &View<'_, '_>,
    role: &Range<usize>,
    sentence_end: usize,
) -> Option<usize> {
    if !(word_after_role(view, role) && ends_in_a_units_head(view, role)) {
        return None;
    }
    let unit = |q: usize| {
        view.joined(q)
            && view.kind(q) == Some(TokenKind::Word)
            && !view.capital(q)
            && !view.is_in(q, &ORG_STOPS)
            && !view.is(q, "thứ")
            && !stop_pair_at(view, q)
            && role_at(view, q).is_none()
    };
    let end = (role.end..sentence_end.min(role.end + 8)).find(|&q| !unit(q))?;
    let named = |q: usize| view.capital(q) || view.acronym(q);
    let body_after = view.joined(end + 1)
        && ((view.is(end, "tại") && named(end + 1))
            || (view.is(end, "của")
                && (named(end + 1) || view.organization_head(end + 1).is_some())));
    (end > role.end && body_after).then_some(end)
}

/// The end of a unit named by its number after a role that ends in its head: "Phó trưởng
/// phòng 8, C45" heads "phòng 8", "Trưởng thôn 3." "thôn 3". Only before punctuation, the
/// end or a capital (the body it belongs to, the holder): a word in lower case makes the
/// number a count ("Trưởng phòng 10 năm", "Trưởng ban 2 nhiệm kỳ", "các Trưởng phòng 3 đơn
/// vị").
fn unit_numbered_after(view: &View<'_, '_>, role: &Range<usize>) -> Option<usize> {
    let number = role.end;
    let after = number + 1;
    let unit_number = view.kind(number) == Some(TokenKind::Number)
        && view.joined(number)
        && view.text(number).bytes().all(|b| b.is_ascii_digit())
        && view.text(number).len() <= 2;
    let ends_there = after >= view.len()
        || !matches!(view.kind(after), Some(TokenKind::Word | TokenKind::Number))
        || view.capital(after)
        || view.acronym(after);
    (unit_number && ends_there && ends_in_a_units_head(view, role)).then_some(after)
}

/// The end of a body described in lower case after a role, up to a comma and the holder
/// an honorific introduces there: "Thống đốc vùng X, ông A", "Trưởng đoàn đàm phán của
/// Liên minh Y, bà B". No verb, office or other punctuation in between.
fn body_before_holder(
    view: &View<'_, '_>,
    role: &Range<usize>,
    sentence_end: usize,
) -> Option<usize> {
    let inside = |q: usize| {
        view.joined(q)
            && matches!(view.kind(q), Some(TokenKind::Word | TokenKind::Number))
            && (!view.is_in(q, &ORG_STOPS) || view.is_any(q, &["của", "tại"]))
            && !stop_pair_at(view, q)
            && role_at(view, q).is_none()
    };
    // A body written with a capital is read as one; a name-like word is a person's. An
    // office of the nation has no body ("cảm ơn Thủ tướng dành thời gian tiếp, ông A").
    if view.capital(role.end) || view.acronym(role.end) || of_the_nation(view, role) {
        return None;
    }
    let limit = sentence_end.min(role.end + 10);
    let comma = (role.end..limit).find(|&q| !inside(q))?;
    let introduced = comma > role.end
        && view.is(comma, ",")
        && matches!(view.qualifier(comma + 1), Some((h, Qualifier::Honorific | Qualifier::Rank))
            if name_at(view, h, Site::AfterHonorific).is_some());
    introduced.then_some(comma)
}

/// The holders listed after a title ending at `org_end`: "[,] gồm [có] [các ông bà][:] A, B
/// và bà C", "là ông A và ông B", ": A, B". Empty unless two names at least are listed.
fn holders_listed_after(
    view: &View<'_, '_>,
    org_end: usize,
    sentence_end: usize,
) -> Vec<Range<usize>> {
    let mut p = org_end;
    if view.is(p, ",") {
        p += 1;
    }
    if view.is(p, "gồm") {
        p += 1 + usize::from(view.is(p + 1, "có"));
    } else if view.is(p, "là") || view.is(p, ":") {
        p += 1;
    } else {
        return Vec::new();
    }
    // "các ông bà:", "các đồng chí": who the list is of.
    if view.is(p, "các") {
        p += 1;
    }
    while let Some((end, Qualifier::Honorific)) = view.qualifier(p) {
        p = end;
    }
    if view.is(p, ":") {
        p += 1;
    }
    let names = names_listed_from(view, p, sentence_end);
    if names.len() < 2 {
        return Vec::new();
    }
    names
}

/// Verbs that give an office ("bổ nhiệm Thẩm phán X đối với ông A") and that take it away
/// (the holder's office is then former: "miễn nhiệm", "cho thôi làm nhiệm vụ đại biểu …").
const GIVING_AN_OFFICE: &[&[&str]] = &[
    &["bổ", "nhiệm"],
    &["phê", "chuẩn"],
    &["chuẩn", "y"],
    &["điều", "động"],
];
const TAKING_AN_OFFICE_AWAY: &[&[&str]] = &[
    &["miễn", "nhiệm"],
    &["bãi", "nhiệm"],
    &["cách", "chức"],
    &["thôi"],
];

/// The people named after "đối với" (regarding) right after a title that a verb giving or
/// taking away an office leads, a few words before it: each one's name after an honorific,
/// and whether the office is taken away. "Thái độ của Chủ tịch X đối với ông A" (towards)
/// has no such verb.
fn holders_regarded(
    view: &View<'_, '_>,
    title_start: usize,
    org_end: usize,
    sentence: &Range<usize>,
) -> Option<(Vec<Range<usize>>, bool)> {
    // "Chủ tịch HĐND tỉnh khóa XV đối với ông A": a term the body was read without.
    let org_end = if view.is_any(org_end, TERM) {
        org_end + 2
    } else {
        org_end
    };
    if !view.matches(org_end, &["đối", "với"]) {
        return None;
    }
    let from = title_start.saturating_sub(8).max(sentence.start);
    let verb =
        |verbs: &[&[&str]]| (from..title_start).any(|k| verbs.iter().any(|v| view.matches(k, v)));
    let removed = verb(TAKING_AN_OFFICE_AWAY);
    if !removed && !verb(GIVING_AN_OFFICE) {
        return None;
    }
    let p = org_end + 2;
    if !matches!(view.qualifier(p), Some((_, Qualifier::Honorific))) {
        return None;
    }
    let names = names_listed_from(view, p, sentence.end);
    (!names.is_empty()).then_some((names, removed))
}

/// The names listed from `p`, each after an optional honorific, separated by ",", ";" or
/// "và"; the list ends at anything else, a place or an office.
fn names_listed_from(view: &View<'_, '_>, mut p: usize, sentence_end: usize) -> Vec<Range<usize>> {
    let mut names = Vec::new();
    while p < sentence_end {
        let q = match view.qualifier(p) {
            Some((end, Qualifier::Honorific)) => end,
            _ => p,
        };
        if view.place(q).is_some() || role_at(view, q).is_some() {
            break;
        }
        let Some(name) = name_at(view, q, Site::AfterHonorific) else {
            break;
        };
        let end = past_aside(view, name.end, sentence_end);
        names.push(name);
        match past_list_separator(view, end, &[",", ";", "và"]) {
            Some(next) => p = next,
            None => break,
        }
    }
    names
}

/// Past the brackets right after a listed name, which say where the person is from or what
/// they do ("các ĐB A (Hà Nội), B (Huế) và C", ": A (thường trực), B"): the index after the
/// closing bracket, or `p` when none opens there. Brackets are short and hold no others.
fn past_aside(view: &View<'_, '_>, p: usize, sentence_end: usize) -> usize {
    const LONGEST_ASIDE: usize = 12;
    if !view.is(p, "(") {
        return p;
    }
    (p + 1..sentence_end.min(p + LONGEST_ASIDE))
        .take_while(|&q| !view.is(q, "("))
        .find(|&q| view.is(q, ")"))
        .map_or(p, |close| close + 1)
}

/// The second of two people an office written once is given to: "Thứ trưởng A và B" (both
/// deputy ministers), where B is a bare Vietnamese name after "và", with no honorific, office
/// or description of its own ("và vợ B", "và bà B", "B (kế toán)", "B - Giám đốc …" are not).
fn second_holder_of_one_office(
    view: &View<'_, '_>,
    first_end: usize,
    sentence_end: usize,
) -> Option<Range<usize>> {
    if !view.is(first_end, "và") || first_end + 1 >= sentence_end {
        return None;
    }
    // A full name: two capitals after "và" are as often a body's ("và Đoàn Công tác").
    let second = vietnamese_name_at(view, first_end + 1).filter(|n| n.len() >= 3)?;
    let described = view.is_any(second.end, &["(", "-", "–", "là"])
        || (view.is(second.end, ",")
            && (role_at(view, second.end + 1).is_some()
                || view.qualifier(second.end + 1).is_some()));
    (!described).then_some(second)
}

/// Whether the title at `start` is written as held by several, also after a plural
/// honorific ("các đồng chí Ủy viên …").
fn held_by_several(view: &View<'_, '_>, start: usize, sentence_start: usize) -> bool {
    plural_title(view, start, sentence_start)
        || (start.saturating_sub(3).max(sentence_start + 1)..start).any(|k| {
            matches!(view.qualifier(k), Some((e, Qualifier::Honorific)) if e == start)
                && view.is_any(k - 1, &["các", "những"])
        })
}

/// Whether the title at `start` is written as held by several ("các Phó Thủ tướng", "hai
/// ĐBQH", "3 Phó Giám đốc").
fn plural_title(view: &View<'_, '_>, start: usize, sentence_start: usize) -> bool {
    start > sentence_start
        && (view.is_any(start - 1, &["các", "những", "hai", "ba", "bốn", "năm"])
            || view.kind(start - 1) == Some(TokenKind::Number))
}

/// The token after the separator of a list of names at `p` (one of `separators`; ", và" is
/// one), if one is there.
fn past_list_separator(view: &View<'_, '_>, p: usize, separators: &[&str]) -> Option<usize> {
    view.is_any(p, separators)
        .then(|| p + 1 + usize::from(view.is(p, ",") && view.is(p + 1, "và")))
}

/// The people listed before `last` with it after a plural honorific: "các ông A, B và bà
/// C, Phó Chủ tịch UBND tỉnh" — the office after the list is each one's. Empty unless the
/// list opens with "các" and an honorific and runs, name by name, up to `last`.
fn holders_listed_before(
    view: &View<'_, '_>,
    last: &Range<usize>,
    sentence_start: usize,
) -> Vec<Range<usize>> {
    // A list of a few names: "các" at most two dozen tokens before the last one.
    let from = last.start.saturating_sub(24).max(sentence_start);
    let Some(opening) = (from..last.start).rev().find(|&q| {
        view.is(q, "các") && matches!(view.qualifier(q + 1), Some((_, Qualifier::Honorific)))
    }) else {
        return Vec::new();
    };
    let mut p = opening + 1;
    let mut names = Vec::new();
    while p < last.start {
        if let Some((end, Qualifier::Honorific)) = view.qualifier(p) {
            p = end;
        }
        if p == last.start {
            return names;
        }
        let Some(name) = name_at(view, p, Site::AfterHonorific) else {
            return Vec::new();
        };
        let end = name.end;
        names.push(name);
        let Some(next) = past_list_separator(view, end, &[",", "và"]) else {
            return Vec::new();
        };
        p = next;
    }
    if p == last.start { names } else { Vec::new() }
}

/// A person an honorific introduces after a title ending at `org_end`: after a comma or a
/// dash ("…, ông A"), or after a short clause and "là" ("… là bà A").
fn person_introduced_after(
    view: &View<'_, '_>,
    org_end: usize,
    sentence_end: usize,
) -> Option<Range<usize>> {
    let mut p = org_end;
    let mut separated = view.is_any(p, &[",", "-", "–"]);
    if separated {
        p += 1;
    } else {
        // "Chủ tịch Hà Nội thời điểm đó là ông A": a short clause, then "là"; the name
        // alone after it ("Tổng thống X khi đó là A") only after a few lower-case words.
        if let Some(la) = (p..(p + 6).min(sentence_end))
            .take_while(|&q| view.kind(q) == Some(TokenKind::Word))
            .find(|&q| view.is(q, "là"))
        {
            separated = la - p <= 3 && (p..la).all(|q| !view.capital(q));
            p = la + 1;
        }
    }
    if let Some((h, Qualifier::Honorific)) = view.qualifier(p)
        && let Some(found) = name_at(view, h, Site::AfterHonorific)
    {
        return Some(found);
    }
    // "Tư lệnh Quân khu 7 trung tướng A": a rank right after the body introduces the
    // holder as an honorific does (a full Vietnamese name, read exactly).
    if !separated
        && let Some((h, Qualifier::Rank)) = view.qualifier(p)
        && let Some(found) = vietnamese_name_at(view, h).filter(|n| n.len() >= 3)
    {
        return Some(found);
    }
    // "Trưởng Công an huyện X, đại tá A cho biết", "Đại sứ Y tại Z, A, cảnh báo": the name
    // alone (or after a rank) after the comma or "là", ending there — no place, body or
    // office.
    if separated {
        // A rank introduces the name as an honorific does.
        let (q, site) = match view.qualifier(p) {
            Some((end, Qualifier::Rank)) => (end, Site::AfterHonorific),
            None => (p, Site::AfterOffice),
            Some(_) => return None,
        };
        if view.place(q).is_none()
            && view.organization_head(q).is_none()
            && role_at(view, q).is_none()
            && let Some(found) = name_at(view, q, site)
            && !view.name_word(found.end)
            && !view.acronym(found.end)
        {
            return Some(found);
        }
    }
    None
}

/// A complement between a title and the comma before its holder: where the body sits ("tại
/// Washington", "ở Seattle": one to four words with a capital), a year ("năm 1994") or a
/// few words that say which office. Returns the comma and whether the complement is a place
/// (part of the body).
fn complement_before_comma(
    view: &View<'_, '_>,
    role: &Range<usize>,
    from: usize,
    sentence_end: usize,
) -> Option<(usize, bool)> {
    // A capital "Năm" starts the next sentence of a headline run on without a stop.
    if view.is(from, "năm") && !view.capital(from) && view.kind(from + 1) == Some(TokenKind::Number)
    {
        return view.is(from + 2, ",").then_some((from + 2, false));
    }
    if view.is_any(from, &["tại", "ở"]) {
        let comma = (from + 1..sentence_end.min(from + 6))
            .find(|&q| !(view.joined(q) && (view.capital(q) || view.acronym(q))))?;
        if comma > from + 1 && view.is(comma, ",") {
            return Some((comma, true));
        }
    }
    // "Giám đốc phụ trách khu vực Bắc Âu của hãng X, ông A": a few more words that say
    // which office, in lower case first, none that starts a clause of its own ("Giám đốc
    // X cho biết, ông A …"), and no other person's name ("… của Tổng thống A, ông B"). An
    // office of the nation is one: words after it start a clause ("cảm ơn Thủ tướng dành
    // thời gian tiếp, ông A cho biết").
    if view.capital(from) || of_the_nation(view, role) {
        return None;
    }
    let comma = (from..sentence_end.min(from + 9)).find(|&q| {
        !(view.joined(q) && view.kind(q) == Some(TokenKind::Word) && !view.is_any(q, CLAUSE_WORDS))
    })?;
    let names_a_person =
        (from + 1..comma).any(|q| plain_name_word(view, q - 1) && plain_name_word(view, q));
    (comma > from && view.is(comma, ",") && !names_a_person).then_some((comma, false))
}

/// Words that start a clause or a time after a title rather than say which office it is.
const CLAUSE_WORDS: &[&str] = &[
    "cho", "đã", "sẽ", "đang", "vừa", "là", "nói", "khẳng", "nhấn", "được", "bị", "có", "cũng",
    "thì", "mà", "khi", "nếu", "và", "với", "trong", "sau", "trước", "theo", "để", "vì", "do",
    "đến", "ngày", "hôm", "tháng", "năm", "rằng", "gồm", "như", "hay", "hoặc", "nhưng", "còn",
    "từ", "lúc", "vào", "ra", "đi", "lên", "phát", "trả", "chia", "kiêm",
];

/// The ministries listed after "các Bộ" (and a colon) behind a minister's office: "Bộ
/// trưởng các Bộ: Quốc phòng, GTVT, Xây dựng và Y tế" — each a ministry's field (in any
/// case) or an acronym, separated by commas, semicolons or "và". Returns the fields and
/// where the list ends; `None` for fewer than two.
fn ministries_listed_after(
    view: &View<'_, '_>,
    from: usize,
    end: usize,
) -> Option<(Vec<Range<usize>>, usize)> {
    if !view.matches(from, &["các", "bộ"]) {
        return None;
    }
    let mut p = from + 2;
    if view.is(p, ":") {
        p += 1;
    }
    let mut fields = Vec::new();
    while p < end {
        let field_end = view
            .portfolio_any_case(p)
            .or_else(|| view.acronym(p).then_some(p + 1));
        let Some(mut field_end) = field_end.filter(|&e| e <= end) else {
            break;
        };
        // "Văn hóa, Thể thao và Du lịch": one ministry whose name lists its fields, as the
        // list of fields names it ("Xây dựng, Giao thông và Y tế" are three).
        if view.is(field_end, ",") && listed_fields_after(view, field_end) {
            let and = (field_end + 2..end).find(|&q| view.is(q, "và"));
            if let Some(last_end) = and.and_then(|q| view.portfolio_any_case(q + 1)) {
                let mut words: Vec<String> = Vec::new();
                for q in p..last_end {
                    match words.last_mut() {
                        Some(last) if view.is(q, ",") => last.push(','),
                        _ => words.push(view.word(q).to_string()),
                    }
                }
                if view.lexicon.is_portfolio(&words) {
                    field_end = last_end;
                }
            }
        }
        fields.push(p..field_end);
        p = field_end;
        if p < end && view.is_any(p, &[",", ";", "và"]) && p + 1 < end {
            p += 1;
        } else {
            break;
        }
    }
    // A separator read past the last field is not the list's.
    let list_end = fields.last().map_or(from, |f| f.end);
    (fields.len() >= 2).then_some((fields, list_end))
}

/// The organization of a role that ends in the body's head: "Trưởng phòng Kinh tế X" is of
/// "phòng Kinh tế X", its head written in the role.
fn with_head_in_role(
    view: &View<'_, '_>,
    role: &Range<usize>,
    organization: Option<Range<usize>>,
) -> Option<Range<usize>> {
    match organization {
        // "Chánh Thanh tra Bộ Y tế" heads "Thanh tra Bộ Y tế", whatever body follows; a
        // state's own body excepted ("Chánh văn phòng Nhà Trắng": the White House). Read
        // before a one-word head, so that "Chánh Văn phòng Tổng thống" heads "Văn phòng
        // Tổng thống", not "phòng Tổng thống".
        Some(org)
            if org.start == role.end
                && role.len() > 2
                && role_ends_in(view, role, BODIES_HEADED_IN_ROLES)
                && !has_a_field(view, role)
                && !matches!(
                    view.organization_head(org.start),
                    Some((_, OrgKind::National))
                ) =>
        {
            Some(role.end - 2..org.end)
        }
        // "Trưởng ban tổ chức lễ hội X", "Trưởng Ban Tổ chức Trung ương", "Trưởng phòng Tổ
        // chức cán bộ": after a unit's head "tổ chức" is the unit's field (organizing,
        // personnel), not a body of its own.
        Some(org)
            if ends_in_a_units_head(view, role)
                && (view.organization_head(org.start).is_none()
                    || view.matches(org.start, &["tổ", "chức"])) =>
        {
            let unit_words = if unit_in_two_words_before(view, role.end) {
                2
            } else {
                1
            };
            Some(role.end - unit_words..org.end)
        }
        other => other,
    }
}

/// Offices that head a body named by their last two words and the body it serves
/// ("Chánh Văn phòng", "Chánh Thanh tra", "Tổng Kiểm toán Nhà nước"), as "Trưởng phòng X"
/// heads "phòng X" (GOLD.md).
const BODIES_HEADED_IN_ROLES: &[[&str; 2]] =
    &[["văn", "phòng"], ["thanh", "tra"], ["kiểm", "toán"]];

/// Words right before an office that a person takes or holds: "được bầu làm Chủ tịch",
/// "giữ chức vụ Phó Giám đốc".
const TAKES_OFFICE: &[&[&str]] = &[
    &["thôi", "chức", "vụ"],
    &["giữ", "chức", "vụ"],
    &["giữ", "cương", "vị"],
    &["giữ", "vị", "trí"],
    &["giữ", "chức"],
    &["chức", "vụ"],
    &["cương", "vị"],
    &["vị", "trí"],
    &["nhậm", "chức"],
    &["thôi", "chức"],
    &["làm"],
];

/// Verbs of appointment, one of which "làm" needs a few words before it ("được đại hội
/// bầu làm …"); "giữ chức" needs none. "đảm" is of "đảm nhiệm", "đảm nhận" (vị trí …).
const APPOINTING: &[&str] = &["bầu", "nhiệm", "giao", "cử", "động", "đảm"];

/// Whether the title at `title_start` is an office someone takes or holds, by the words
/// right before it.
fn appointed_to(view: &View<'_, '_>, title_start: usize, sentence_start: usize) -> bool {
    // "đề cử", "ứng cử": nominated or standing for the office, not given it.
    let appointing = |k: usize| {
        view.is_any(k, APPOINTING)
            && !(view.is(k, "cử") && k > sentence_start && view.is_any(k - 1, &["đề", "ứng"]))
    };
    let Some(words) = takes_office_before(view, title_start, sentence_start) else {
        // "được bầu Chủ tịch", "được bổ nhiệm Phó Giám đốc", "được bổ nhiệm là Hiệu
        // trưởng".
        let verb = match title_start.checked_sub(1) {
            Some(k) if k > sentence_start && view.is(k, "là") => k - 1,
            Some(k) => k,
            None => return false,
        };
        return verb >= sentence_start
            && appointing(verb)
            && (verb.saturating_sub(3).max(sentence_start)..verb).any(|k| view.is(k, "được"));
    };
    let verb_end = title_start - words.len();
    // "giữ chức", "nhậm chức" (takes office) need no verb of appointment.
    matches!(words[0], "giữ" | "nhậm")
        || (verb_end.saturating_sub(3).max(sentence_start)..verb_end).any(appointing)
}

/// The punctuation mark nearest before `end`, at `from` or after: where an aside opens.
fn mark_before(view: &View<'_, '_>, from: usize, end: usize) -> Option<usize> {
    (from..end)
        .rev()
        .find(|&k| view.kind(k) == Some(TokenKind::Punct))
}

/// The person put "vào" an office ("bổ nhiệm ông A vào vị trí Giám đốc X", "… ông A, Giáo
/// sư tại Đại học Y, vào chức vụ …"): the name right before "vào", or before an aside set
/// off by commas.
fn appointed_into(
    view: &View<'_, '_>,
    title_start: usize,
    sentence_start: usize,
) -> Option<Range<usize>> {
    let words = takes_office_before(view, title_start, sentence_start)
        .filter(|w| w.len() == 2 && !matches!(w[0], "giữ" | "nhậm"))?;
    let into = title_start.checked_sub(words.len() + 1)?;
    if into <= sentence_start || !view.is(into, "vào") {
        return None;
    }
    let mut end = into;
    if view.is(end - 1, ",") {
        // Back over the aside to the comma that opens it.
        end = (end.saturating_sub(15).max(sentence_start)..end - 1)
            .rev()
            .find(|&k| view.is(k, ","))?;
    }
    person_before(view, end, sentence_start)
}

/// The phrase of [`TAKES_OFFICE`] written right before the title at `title_start`, inside
/// its sentence (the longest, listed first).
fn takes_office_before(
    view: &View<'_, '_>,
    title_start: usize,
    sentence_start: usize,
) -> Option<&'static [&'static str]> {
    TAKES_OFFICE.iter().copied().find(|words| {
        title_start >= sentence_start + words.len() && {
            let from = title_start - words.len();
            words.iter().enumerate().all(|(k, w)| view.is(from + k, w))
        }
    })
}

/// Words of time and aspect between a person and "thôi (giữ) chức", the office they left:
/// "ông A cũng vừa thôi chức …", "ông A đã xin thôi chức …".
const WHEN_LEFT: &[&str] = &["vừa", "đã", "mới", "cũng", "chỉ", "xin", "được"];

/// Whether the office at `title_start` is one its holder "từng" (once) held or "thôi"
/// (stopped) holding: "ông A từng giữ chức Giám đốc" (GOLD.md: "từng giữ chức" marks a
/// former office), "ông A thôi giữ chức Giám đốc".
fn once_held(view: &View<'_, '_>, title_start: usize, sentence_start: usize) -> bool {
    takes_office_before(view, title_start, sentence_start).is_some_and(|words| {
        let from = title_start - words.len();
        from > sentence_start && view.is_any(from - 1, &["từng", "thôi"])
    })
}

/// How many words of "giữ chức (vụ)" or "thôi chức (vụ)", of [`TAKES_OFFICE`], are written
/// right before the title at `title_start`, with a word before them in the sentence (the
/// person who holds or held the office).
fn keeps_office_words(
    view: &View<'_, '_>,
    title_start: usize,
    sentence_start: usize,
) -> Option<usize> {
    takes_office_before(view, title_start, sentence_start)
        .filter(|w| {
            (w.starts_with(&["giữ", "chức"]) || w.starts_with(&["thôi", "chức"]))
                && title_start > sentence_start + w.len()
        })
        .map(<[&str]>::len)
}

/// The person written right before "làm" (or "lên làm", "từng làm"), "là" ("hiện là",
/// "từng là" …), "giữ chức" or "trở thành" and the office `title`, and whether "từng"
/// makes the office a former one.
/// Not the person replaced ("thay ông B làm …"), nor a member "là thành viên" of a body
/// (which describes the person, or a company, more often than it names an office).
fn holder_before_lam(
    view: &View<'_, '_>,
    title: &Title,
    sentence_start: usize,
) -> Option<(Range<usize>, bool)> {
    let title_start = title.start;
    let member = role_ends_in(view, &title.role, &[["thành", "viên"]]);
    // "A trở thành Tổng thống B": the office the person took and holds (not one they
    // "sẽ trở thành", will take).
    // A metaphor ("trở thành nữ hoàng phòng vé") is written in lower case and names no
    // body in capitals; an office of a state needs none.
    let named_office = title.capital
        || state_office(view, &title.role)
        || title
            .organization
            .as_ref()
            .is_some_and(|o| view.capital(o.start) || view.acronym(o.start));
    let became = title_start >= sentence_start + 3
        && view.matches(title_start - 2, &["trở", "thành"])
        && !member
        && named_office
        && !view.is_any(title_start - 3, &["sẽ", "muốn", "để"]);
    // "bổ nhiệm ông A giữ chức Giám đốc …", "ông A từng giữ chức …": the office the
    // person right before "giữ chức (vụ)" holds.
    let keeps = keeps_office_words(view, title_start, sentence_start);
    if !became
        && keeps.is_none()
        && (title_start < sentence_start + 2
            || !(view.is(title_start - 1, "làm") || (view.is(title_start - 1, "là") && !member)))
    {
        return None;
    }
    let mut end = title_start - keeps.unwrap_or(if became { 2 } else { 1 });
    // "lên làm"; "hiện là", "nay là", "cũng là" …: what "là" says of the named person.
    let before_verb: &[&str] = if became {
        &["đã", "vừa"]
    } else if keeps.is_some() {
        &["đang", "vẫn", "hiện", "thôi"]
    } else if view.is(end, "là") {
        NOW_BEFORE_LA
    } else {
        &["lên"]
    };
    let verb_at = end;
    if end > sentence_start && view.is_any(end - 1, before_verb) {
        end -= 1;
    }
    // "ông A đồng thời (cũng) là Chủ tịch X": at the same time.
    if !became
        && keeps.is_none()
        && end >= sentence_start + 2
        && view.matches(end - 2, &["đồng", "thời"])
    {
        end -= 2;
    }
    // "Ông A khi đó là Phó Trưởng phòng …": when the office was held, between them.
    if !became
        && end >= sentence_start + 2
        && view.is_any(end - 2, &["khi", "lúc"])
        && view.is_any(end - 1, &["đó", "ấy", "này"])
    {
        end -= 2;
    }
    // "thôi giữ chức": the office is left; "ông A cũng vừa thôi chức …": when, between.
    let left = keeps.is_some() && view.is(end, "thôi");
    if left {
        let mut when = 0;
        while when < 3 && end > sentence_start + 1 && view.is_any(end - 1, WHEN_LEFT) {
            end -= 1;
            when += 1;
        }
    }
    let former = left || (end > sentence_start && view.is(end - 1, "từng"));
    if former && !left {
        end -= 1;
    }
    // "ông A, hiện là Chủ tịch X,", "ông A, người từng là …": said of the person before
    // the comma (not a bare "A, là …").
    if end < verb_at || (former && !left) {
        if end >= sentence_start + 2 && view.is(end - 1, "người") && view.is(end - 2, ",") {
            end -= 1;
        }
        if end > sentence_start && view.is(end - 1, ",") {
            end -= 1;
        }
    }
    let name = person_before(view, end, sentence_start).or_else(|| {
        if became || keeps.is_some() {
            return None;
        }
        // "bà A, cố vấn cao cấp của Bộ Y, đồng thời là điều phối viên X": an aside that is
        // no office, closed by a comma before "đồng thời là".
        if view.is(verb_at, "là")
            && verb_at >= sentence_start + 3
            && view.matches(verb_at - 2, &["đồng", "thời"])
            && view.is(verb_at - 3, ",")
        {
            let open = mark_before(
                view,
                verb_at.saturating_sub(18).max(sentence_start),
                verb_at - 3,
            )?;
            return view
                .is(open, ",")
                .then(|| person_before(view, open, sentence_start))
                .flatten();
        }
        // "Đoàn X do ông A, Phó Giám đốc Sở Y làm Trưởng đoàn": the person set off by a
        // comma or a dash before another office of theirs, with no other mark between.
        if !view.is(verb_at, "làm") {
            return None;
        }
        let mark = mark_before(view, end.saturating_sub(12).max(sentence_start), end)?;
        let set_off = view.is_any(mark, &[",", "-", "–"]) && role_at(view, mark + 1).is_some();
        set_off
            .then(|| person_before(view, mark, sentence_start))
            .flatten()
    })?;
    let replaced = (name.start.saturating_sub(3).max(sentence_start)..name.start)
        .any(|k| view.is_any(k, &["thay", "thế"]));
    (!replaced).then_some((name, former))
}

/// The person who acts in the capacity of the office `title`: written right before the
/// phrase, or before it and a comma ("ông A, với tư cách Chủ tịch …"), or the sentence's
/// subject a few words before it with no other person between ("Ông A phát biểu với tư
/// cách là Phó Chủ tịch …"), unless "của" names whose office it is. A phrase that opens
/// the sentence ("Trên cương vị Tổng Bí thư, ông A …") is read as an apposition.
fn acting_in_capacity(
    view: &View<'_, '_>,
    title: &Title,
    sentence_start: usize,
) -> Option<Range<usize>> {
    let mut end = title.start;
    if end > sentence_start && view.is(end - 1, "là") {
        end -= 1;
    }
    // A `capacity` phrase of the lexicon ending there ("với tư cách", "trên cương vị").
    let phrase_start = (end.saturating_sub(4).max(sentence_start)..end).find(|&p| {
        view.lexicon
            .capacities
            .longest(view.lexicon_ids(), p, |_| true)
            .is_some_and(|(e, _)| e == end)
    })?;
    if phrase_start > sentence_start && view.is(phrase_start - 1, ",") {
        return person_before(view, phrase_start - 1, sentence_start);
    }
    // "chuyến công du của ông A trên cương vị Bộ trưởng": the name right before it.
    if phrase_start > sentence_start && view.name_word(phrase_start - 1) {
        return person_before(view, phrase_start, sentence_start);
    }
    // "… trên cương vị Chủ tịch nước của ông B": the office is B's.
    if view.is(title.end, "của") {
        return None;
    }
    // The subject's own verb and its object, a few words: no reported clause between.
    let subject = sentence_subject(view, sentence_start, phrase_start)
        .filter(|s| phrase_start - s.end <= 6)?;
    let another_person = (subject.end..phrase_start).any(|k| {
        matches!(
            view.qualifier(k),
            Some((_, Qualifier::Honorific | Qualifier::Rank))
        ) || vietnamese_name_at(view, k).is_some()
            || role_at(view, k).is_some()
    });
    (!another_person).then_some(subject)
}

/// Words right before an office that someone takes or holds: "làm", "giữ chức (vụ)",
/// "bổ nhiệm", "bầu".
const TAKEN_WITH: &[&str] = &["làm", "chức", "vụ", "nhiệm", "bầu"];

/// The person named after an office taken "thay" (in place of) them: "… làm Chủ tịch HĐQT
/// thay (thế) (cho) ông B" — B held the office before. The office must be one someone
/// takes (see [`TAKEN_WITH`]; the new holder may stand between: "bầu ông A làm …"), and
/// the person be introduced by an honorific; "thay mặt" (on behalf of) replaces no one.
/// Only a Vietnamese name read exactly: the names model is asked nothing more, so the
/// rule leaves its training as it was (a foreign name here is left unread).
fn replaced_after(
    view: &View<'_, '_>,
    title: &Title,
    sentence_start: usize,
) -> Option<Range<usize>> {
    // "được bổ nhiệm là Hiệu trưởng … thay thế …": "là" after the verb.
    let before = title.start.checked_sub(1).filter(|&k| k > sentence_start)?;
    let taken = view.is_any(before, TAKEN_WITH)
        || (view.is(before, "là") && view.is_any(before - 1, TAKEN_WITH));
    if !taken {
        return None;
    }
    let mut p = title.end;
    if view.is(p, ",") {
        p += 1;
    }
    if !view.is(p, "thay") {
        return None;
    }
    p += 1;
    // "thay cho", "thay thế", "thay thế cho".
    if view.is(p, "thế") {
        p += 1;
    }
    if view.is(p, "cho") {
        p += 1;
    }
    // "ông B", "PGS.TS B", "Đại tá B".
    let (h, Qualifier::Honorific | Qualifier::Rank) = view.qualifier(p)? else {
        return None;
    };
    vietnamese_name_at(view, h)
}

/// The body whose office "do" gives to the person named at `name`: "Hội đồng kỷ luật do
/// Thứ trưởng A làm Chủ tịch", "Công ty X do ông A làm giám đốc" — the joined words from
/// the nearest head of a body (with a capital) to "do", with no word that ends a body
/// between.
fn body_given_by_do(
    view: &View<'_, '_>,
    name: &Range<usize>,
    sentence_start: usize,
) -> Option<Range<usize>> {
    let do_at = (name.start.saturating_sub(4).max(sentence_start)..name.start)
        .rev()
        .find(|&k| view.is(k, "do"))?;
    // "Công ty X (do ông A làm giám đốc)".
    let end = if do_at > sentence_start && view.is(do_at - 1, "(") {
        do_at - 1
    } else {
        do_at
    };
    let mut k = end;
    while k > sentence_start && end - k < 10 {
        k -= 1;
        // Words, numbers and codes ("Y9/141").
        let word = view.kind(k).is_some_and(|kind| kind != TokenKind::Punct);
        if !word || (k + 1 < end && view.is_in(k + 1, &ORG_STOPS)) {
            return None;
        }
        // A head with a capital, or of two words at least: "vụ" in lower case is no "Vụ",
        // "tổ công tác" is a body.
        if matches!(view.organization_head(k), Some((head_end, kind))
            if kind != OrgKind::Admin
                && (view.capital(k) || view.acronym(k) || head_end - k >= 2))
        {
            return Some(k..end);
        }
        if !view.joined(k) {
            return None;
        }
    }
    None
}

/// The unit that an office heading it ("Trưởng đoàn", "trưởng ban") is taken in, named
/// earlier in the sentence by the same head, in lower case too: "đoàn kiểm tra liên ngành
/// do ông A, … làm Trưởng đoàn", "Đoàn thanh tra gồm 6 người, trong đó ông A làm trưởng
/// đoàn". The unit's words run from its head to a word that ends a body.
fn unit_named_before(
    view: &View<'_, '_>,
    title: &Title,
    name: &Range<usize>,
    sentence_start: usize,
) -> Option<Range<usize>> {
    let unit = title.role.end - 1;
    if title.role.len() < 2 || !view.is_any(unit, UNITS_NAMED_BEFORE) {
        return None;
    }
    let head = (sentence_start..name.start).find(|&k| {
        view.word(k) == view.word(unit)
            && view.organization_head(k).is_some()
            && (k == sentence_start || view.kind(k - 1) == Some(TokenKind::Punct))
    })?;
    // A head of several words ("Ban Chỉ đạo") is taken whole, whatever its words.
    let head_end = view.organization_head(head).map_or(head + 1, |(e, _)| e);
    let end = (head_end..name.start)
        .find(|&q| {
            !view.joined(q) || view.kind(q) != Some(TokenKind::Word) || view.is_in(q, &ORG_STOPS)
        })
        .unwrap_or(name.start);
    // The head alone names no unit ("Ban"); nor does a run that goes on into the clause.
    (2..=8).contains(&(end - head)).then_some(head..end)
}

/// Units whose head's office "làm Trưởng X" may take the unit named earlier in its sentence.
const UNITS_NAMED_BEFORE: &[&str] = &["đoàn", "ban"];

/// The person a sentence is about, when it opens with one: "Ông A …", "Bà A, …".
fn sentence_subject(view: &View<'_, '_>, start: usize, before: usize) -> Option<Range<usize>> {
    // "Ông A …", "Đại tá A …".
    let (h, Qualifier::Honorific | Qualifier::Rank) = view.qualifier(start)? else {
        return None;
    };
    name_at(view, h, Site::AfterHonorific).filter(|n| n.end <= before)
}

/// First words of the verbs of appointment after "được": "bầu", "bổ nhiệm", "cử", "điều
/// động", "giao", "chọn", "tái cử", "phân công", "luân chuyển", "chỉ định", "tín nhiệm".
const APPOINTED_AFTER_DUOC: &[&str] = &[
    "bầu", "bổ", "cử", "điều", "giao", "chọn", "tái", "phân", "luân", "chỉ", "tín",
];

/// Words between a person and "được" that say when they were appointed ("vừa được bầu").
const WHEN_APPOINTED: &[&str] = &["vừa", "đã", "mới", "sẽ", "đều", "cũng"];

/// The person right before "được" and a verb of appointment (or before "đảm nhận") a few
/// words before the office at `title_start`: "Theo đó, ông A (vừa) được bổ nhiệm làm Giám
/// đốc …", "… cho biết bà B được bầu giữ chức …", "nhà báo C sẽ đảm nhận vị trí …" — the
/// one appointed, wherever the sentence starts.
fn appointee_before(
    view: &View<'_, '_>,
    title_start: usize,
    sentence_start: usize,
) -> Option<Range<usize>> {
    // "được đề nghị giữ chức …", "được mời làm …": offered, not given. "(sẽ) đảm nhận
    // (vị trí) …": taken.
    let verb = (title_start.saturating_sub(6).max(sentence_start)..title_start)
        .rev()
        .find(|&k| {
            (view.is(k, "được") && view.is_any(k + 1, APPOINTED_AFTER_DUOC))
                || view.matches(k, &["đảm", "nhận"])
                || view.matches(k, &["đảm", "nhiệm"])
        })?;
    let mut end = verb;
    while end > sentence_start && view.is_any(end - 1, WHEN_APPOINTED) {
        end -= 1;
    }
    if end >= sentence_start + 2 && view.matches(end - 2, &["chính", "thức"]) {
        end -= 2;
    }
    person_before(view, end, sentence_start)
}

/// A person introduced by an honorific, a rank or a degree ("ông A", "PGS.TS A"), or a
/// surname-led name that no "đường", "trường" … precedes. Returns the name's tokens.
fn person_before(view: &View<'_, '_>, end: usize, start: usize) -> Option<Range<usize>> {
    person_before_with_honorifics(view, end, start).map(|n| without_honorific(view, n))
}

/// A name without a capitalized honorific written at its start as if one of its words
/// ("Samdech Techo Hun Sen": Hun Sen; "Đội trưởng X Ông Quang Thanh"). "Ông" stays before
/// one word: it is a surname too.
fn without_honorific(view: &View<'_, '_>, name: Range<usize>) -> Range<usize> {
    match view.qualifier(name.start) {
        Some((h, Qualifier::Honorific))
            if view.capital(name.start)
                && h < name.end
                && (!view.surname(name.start) || name.end - h >= 2) =>
        {
            h..name.end
        }
        _ => name,
    }
}

/// [`person_before`], before an honorific written at the name's start is taken off.
fn person_before_with_honorifics(
    view: &View<'_, '_>,
    end: usize,
    start: usize,
) -> Option<Range<usize>> {
    // "Ông A (bầu A) - Chủ tịch …": a nickname in parentheses between name and office.
    let mut end = end;
    if end > start && view.is(end - 1, ")") {
        if let Some(open) = (end.saturating_sub(8).max(start)..end - 1)
            .rev()
            .find(|&q| view.is(q, "("))
        {
            end = open;
        }
    }
    // The name ends right before `end`: walk back over its words and the initials inside
    // it ("Peter K. Holm").
    let mut s = end;
    loop {
        if s > start && view.name_word(s - 1) && (s == end || view.joined(s)) {
            s -= 1;
        } else if s >= start + 2 && s < end && view.initial_stop(s - 1) {
            s -= 2;
        } else {
            break;
        }
    }
    // "hãng tin Sky News, Đại sứ …": a body's name; a name starts only after its words.
    if let Some(body_end) = (s..end).rev().find(|&k| body_word(view, k)) {
        s = body_end + 1;
    }
    if s == end {
        return None;
    }
    // "Ông Nguyễn Văn A" at a sentence start, "Ảnh: Reuters Ông A B": a capital honorific
    // is not the name, which follows it; nor before one foreign word ("Ông Sajjan là …").
    // The same for an honorific of several words ("Samdech Techo A").
    let last_words = |p: usize| end - p > 2 || (end - p == 2 && view.foreign(p + 1));
    if let Some(after) = (s..end.saturating_sub(1))
        .rev()
        .find_map(|p| match view.qualifier(p) {
            Some((h, Qualifier::Honorific)) if h < end && last_words(h - 1) => Some(h),
            _ => None,
        })
    {
        s = after;
    }
    // Never more than four syllables: the name is the last ones (an initial's stop is no
    // syllable, nor does a name start at one).
    let words = |s: usize| (s..end).filter(|&k| !view.initial_stop(k)).count();
    while words(s) > 4 || view.initial_stop(s) {
        s += 1;
    }
    let after_honorific = s > start
        && matches!(
            view.qualifier(s - 1).or_else(|| s.checked_sub(2).and_then(|p| view.qualifier(p))),
            Some((e, Qualifier::Honorific | Qualifier::Rank)) if e == s
        );
    // "nhà báo A": an honorific in lower case (or opening the sentence) that ends in a
    // body's head ("báo") still introduces a person ("Hội Nhà báo Việt Nam" is a body).
    let lower_honorific = || {
        (s.saturating_sub(3).max(start)..s).any(|p| {
            (!view.capital(p) || p == start)
                && matches!(view.qualifier(p), Some((e, Qualifier::Honorific)) if e == s)
        })
    };
    let not_person = s > start
        && (s.saturating_sub(3)..s).any(|p| {
            matches!(view.qualifier(p), Some((e, Qualifier::NotPerson)) if e == s)
                || matches!(view.organization_head(p), Some((e, _)) if e == s)
        })
        && !lower_honorific();
    if not_person {
        return None;
    }
    // "…, Hà Nội, Phó Thống đốc …": a place, not a person, unless an honorific says so.
    if !after_honorific && view.place(s).is_some_and(|(e, _)| e == end) {
        return None;
    }
    // Nor is a place at the run's end ("Nhổn - Ga Hà Nội, Phó Thủ tướng …"), whatever
    // words stand before it.
    let a_place = |p: usize| !after_honorific && view.place(p).is_some_and(|(e, _)| e == end);
    // The earliest Vietnamese name read exactly that ends the run, else the span ending at
    // `end` that the model takes for the name.
    if let Some(p) = (s..end).find(|&p| vietnamese_name_at(view, p).is_some_and(|n| n.end == end)) {
        return (!a_place(p)).then_some(p..end);
    }
    // "ông Peter Holm Jr, Phó chủ tịch …": right after an honorific, the whole run is the
    // name when the model takes it for one.
    if after_honorific
        && let Some(whole) = view
            .names
            .choose(view, std::slice::from_ref(&(s..end)), Site::AfterHonorific)
            .or_else(|| short_name_at(view, s).filter(|short| short.end == end))
    {
        return Some(whole);
    }
    // No name starts at an initial's stop, nor at the initial after a given name ("J. Holm"
    // of "Peter J. Holm").
    let candidates: Vec<Range<usize>> = (s..end)
        .filter(|&p| end - p <= LONGEST_NAME && !view.initial_stop(p))
        .filter(|&p| p == s || !view.initial_stop(p + 1))
        .map(|p| p..end)
        .collect();
    let chosen = view.names.choose(view, &candidates, Site::BeforeOffice)?;
    // "Anna Maria Berg, Giám đốc …", "Abu Bakr al-Baghdadi, thủ lĩnh …": the model, which
    // mostly saw two-word names there, takes the last words of a run of foreign ones; the
    // run, three or four words that cannot be Vietnamese, is the name, unless its first
    // word is a place or written alone elsewhere, as a source or a company is ("Reuters A
    // B", "Apple A B").
    let foreign_run = (3..=4).contains(&(end - s))
        && (s..end).all(|k| (view.foreign(k) || particle_at(view, k)) && !body_word(view, k))
        && view.place(s).is_none()
        && !written_alone_elsewhere(view, s..s + 1);
    let name = if foreign_run && chosen.end == end {
        s..end
    } else {
        chosen
    };
    // "Ủy viên Bộ Chính Trị, Bí thư …": a body's head of two words or more, in whatever
    // case, names no person, though the model may take its capitals for a name.
    let a_body = view
        .organization_head(name.start)
        .is_some_and(|(e, _)| e >= name.start + 2 && e <= name.end);
    (!a_body).then_some(name)
}

/// Middle names common enough to mark a name whose surname the lexicon lacks.
const MIDDLE_NAMES: &[&str] = &[
    "văn", "thị", "đức", "hữu", "quốc", "minh", "ngọc", "thanh", "xuân", "đình", "công", "quang",
    "hồng", "mạnh", "trọng", "tiến", "bá", "duy", "thế", "kim", "thu",
];

/// A person linked to a title they hold, and the id of the rule that linked them.
type Link = (Range<usize>, Title, &'static str);

/// Officials and titles of an article.
pub(crate) fn officials(
    tokens: &TokenView<'_>,
    lexicon: &OfficialLexicon,
    names: &dyn NameJudge,
) -> (Vec<OfficialMention>, Vec<TitleMention>) {
    let view = View {
        tokens,
        lexicon,
        names,
        earlier: RefCell::default(),
        name_runs: OnceCell::new(),
    };
    let segmented = tokens.segmented();
    let bytes = |r: &Range<usize>| segmented.bytes_of(r.clone());
    let mut found: Vec<Link> = Vec::new();
    let mut all_titles: Vec<Title> = Vec::new();
    for sentence in &segmented.sentences {
        let mut titles = titles_in(&view, sentence.tokens.clone());
        // "Công ty X do ông A làm giám đốc": the office is the body's before "do"; that body
        // is no other title's (set after the one body of the sentence is lent).
        let given_by_do: Vec<(usize, Range<usize>)> = titles
            .iter()
            .enumerate()
            .filter(|(_, t)| t.organization.is_none())
            .filter_map(|(n, t)| {
                let (name, _) = holder_before_lam(&view, t, sentence.tokens.start)?;
                let body = body_given_by_do(&view, &name, sentence.tokens.start)
                    .or_else(|| unit_named_before(&view, t, &name, sentence.tokens.start))?;
                Some((n, body))
            })
            .collect();
        let across_kiem = bodies_across_kiem(&view, &titles);
        if let Some(body) = the_one_body(&view, &titles, sentence.tokens.start) {
            // An office of a state takes the country the body ends in ("Bộ Quốc phòng Nga"),
            // never another title's body, nor the country of another office of a state
            // unless it deputizes in that office: "Thủ tướng Nhật Bản A hội đàm với Tổng
            // thống B", "… với Thủ tướng B" meet two states' leaders; "Tổng thống Mỹ A và
            // Phó Tổng thống B" serve one. Nor does any office take the body of another
            // title of the same office: "Chủ tịch Quốc hội A hội đàm với Chủ tịch Quốc hội
            // Campuchia B" meets a counterpart.
            let offices_of_body: Vec<(Vec<&str>, bool)> = titles
                .iter()
                .filter(|t| {
                    t.organization
                        .as_ref()
                        .is_some_and(|o| words_of(&view, o) == words_of(&view, &body))
                })
                .map(|t| (words_of(&view, &t.role), state_office(&view, &t.role)))
                .collect();
            // "Người phát ngôn A của Bộ Ngoại giao Nga … Tổng thống B": a body named after
            // its holder's name is that holder's, its country no other leader's.
            let held_by_name = titles.iter().any(|t| {
                t.name_after.is_some()
                    && t.organization.as_ref().is_some_and(|o| {
                        words_of(&view, o) == words_of(&view, &body)
                            && t.name_after.as_ref().is_some_and(|n| n.end <= o.start)
                    })
            });
            // The words of each such office with the body ("chủ tịch quốc hội campuchia"):
            // an office written as their start is the same office.
            let with_body: Vec<Vec<&str>> = offices_of_body
                .iter()
                .map(|(role, _)| [role.clone(), words_of(&view, &body)].concat())
                .collect();
            // "Cục Điều tra Liên bang Mỹ (FBI)": the country ends the name before its
            // abbreviation.
            let name_end = before_parentheses(&view, &body);
            // Not a word inside a ministry's field: "pháp" of "Tư pháp" (or "Tư Pháp") is
            // no France.
            let in_a_field = |p: usize| {
                (body.start..p).any(|q| view.portfolio_any_case(q).is_some_and(|e| e > p))
            };
            let country = (body.start..name_end).find(|&p| {
                view.capital(p)
                    && !in_a_field(p)
                    && matches!(view.place(p), Some((e, PlaceKind::Country)) if e == name_end)
            });
            for title in titles.iter_mut().filter(|t| {
                t.organization.is_none()
                    && !t.affiliated
                    && !national_office(&view, t)
                    && !coach(&view, &t.role)
            }) {
                title.organization = if state_office(&view, &title.role) {
                    let role = words_of(&view, &title.role);
                    let deputy_of_one = |other: &Vec<&str>| {
                        other != &role && (other.ends_with(&role) || role.ends_with(other))
                    };
                    // A chairman or king of a bare country leads that state as "Tổng thống"
                    // does ("Tổng thống A và Chủ tịch Trung Quốc B": A's state is another).
                    let bare_country = country.is_some_and(|p| p == body.start);
                    let only_deputies = offices_of_body
                        .iter()
                        .filter(|(other, state)| {
                            *state
                                || (bare_country && LEADERS_OF_A_STATE.contains(&other.as_slice()))
                        })
                        .all(|(other, _)| deputy_of_one(other));
                    country
                        .filter(|_| only_deputies && !held_by_name)
                        .map(|p| p..name_end)
                } else {
                    // A body has one head but several deputies and members.
                    let role = words_of(&view, &title.role);
                    let several = role.first() == Some(&"phó")
                        || role_ends_in(&view, &title.role, SEVERAL_HOLDERS);
                    // An office of a kind of body holds none of another kind: a deputy
                    // minister's is a ministry, never "Chính phủ".
                    let other_kind = view.organization_head(body.start).is_some()
                        && of_another_kind(&view, &role, body.start);
                    (!other_kind
                        && (several || !with_body.iter().any(|other| other.starts_with(&role))))
                    .then(|| body.clone())
                };
            }
        }
        for (n, body) in given_by_do {
            titles[n].organization = Some(body);
        }
        if let Some(country) = country_of_the_sentence(&view, &titles, sentence.tokens.clone()) {
            // A leader the country deals with is another country's ("Nga muốn quan hệ tốt
            // với Tổng thống A").
            let dealt_with = |t: &Title| {
                (t.start.saturating_sub(2)..t.start).any(|k| view.is_any(k, DEALING_WORDS))
            };
            for title in titles.iter_mut().filter(|t| {
                foreign_head_of_state(&view, t) && country.end <= t.start && !dealt_with(t)
            }) {
                title.organization = Some(country.clone());
            }
        }
        for (n, body) in bodies_of_their_kind(&view, &titles, sentence.tokens.clone()) {
            titles[n].organization = Some(body);
        }
        for (n, body) in bodies_of_the_nation(&view, &titles, sentence.tokens.clone()) {
            titles[n].organization = Some(body);
        }
        for title in titles.iter_mut().filter(|t| t.organization.is_none()) {
            title.organization = body_that_has(&view, title.start, sentence.tokens.start);
        }
        let sentence_links = found.len();
        link_holders(&view, &titles, sentence.tokens.start, &mut found);
        link_counterparts(&view, &titles, sentence.tokens.clone(), &mut found);
        // Lent after linking, which reads the bodies lent above, so that the names model's
        // candidates stay as it was trained on; the body of the office joined to it is
        // surer than the one body of the sentence.
        for (n, body) in across_kiem.into_iter().chain(team_of_the_sentence(
            &view,
            &titles,
            sentence.tokens.clone(),
        )) {
            let start = titles[n].start;
            for (_, title, _) in found[sentence_links..]
                .iter_mut()
                .filter(|(_, t, _)| t.start == start)
            {
                title.organization = Some(body.clone());
            }
            titles[n].organization = Some(body);
        }
        all_titles.extend(titles);
    }

    name_initials_in_full(&view, &mut found);
    short_names_in_full(&view, &mut found);
    country_from_the_article(&view, &all_titles, &mut found);
    let aliases = body_aliases(&view);
    let mut out = official_mentions(&view, &found, &bytes, &aliases);
    add_mentions(&view, &mut out, &bytes, &found);
    let text = tokens.original();
    merge_misspelled_names(text, &mut out);
    let dropped = drop_leader_with_office(text, &mut out);
    let mut titles = title_mentions(&view, &all_titles, &found, &out, &bytes, &aliases);
    titles.retain(|t| {
        !(leader_role(text, &t.role) && {
            let role = role_lower(text, &t.role);
            t.holders
                .iter()
                .all(|h| dropped.iter().any(|(n, r)| n == h && *r == role))
        })
    });
    (out, titles)
}

/// The body a sentence says has a number of the office starting at `start`: "UBND thành
/// phố X hiện có 5 phó chủ tịch, gồm các ông: A, B …" → "UBND thành phố X". The body is
/// read from its head to the verb, with "hiện" (now), "đã" or "vẫn" between.
fn body_that_has(view: &View<'_, '_>, start: usize, sentence_start: usize) -> Option<Range<usize>> {
    let counted = start >= sentence_start + 3
        && (view.kind(start - 1) == Some(TokenKind::Number)
            || view.is_any(start - 1, &["hai", "ba", "bốn", "năm", "sáu", "bảy"]))
        && view.is(start - 2, "có");
    if !counted {
        return None;
    }
    let verb = if view.is_any(start - 3, &["hiện", "đã", "vẫn"]) {
        start - 3
    } else {
        start - 2
    };
    (sentence_start..verb).find_map(|p| {
        if view.organization_head(p).is_none() || !view.capital(p) && !view.acronym(p) {
            return None;
        }
        match organization_after(view, p, verb) {
            (Some(body), _, _) if body.start == p && body.end == verb => Some(body),
            _ => None,
        }
    })
}

/// Whether token `p` is inside one of `titles` (its rank, role or body).
fn in_a_title(titles: &[Title], p: usize) -> bool {
    titles.iter().any(|t| (t.start..t.end).contains(&p))
}

/// Offices whose last words say the kind of their body, and the head of that body: a
/// minister's is a "Bộ", a director general's a "Cục", a rector's a "Trường".
const OFFICES_OF_A_KIND: &[(&[&str], &str)] = &[
    (&["bộ", "trưởng"], "bộ"),
    (&["thứ", "trưởng"], "bộ"),
    (&["cục", "trưởng"], "cục"),
    (&["vụ", "trưởng"], "vụ"),
    (&["viện", "trưởng"], "viện"),
    (&["hiệu", "trưởng"], "trường"),
    (&["trưởng", "phòng"], "phòng"),
    (&["trưởng", "ban"], "ban"),
    // The head of an organizing committee ("Trưởng ban tổ chức lễ hội X").
    (&["trưởng", "ban", "tổ", "chức"], "ban"),
    (&["trưởng", "đoàn"], "đoàn"),
    (&["trưởng", "khoa"], "khoa"),
    (&["đội", "trưởng"], "đội"),
    (&["chánh", "án"], "tòa"),
    (&["thẩm", "phán"], "tòa"),
    (&["chủ", "tọa", "phiên", "tòa"], "tòa"),
];

/// Whether the body at `start` is of the kind `head` names: headed by it, or by another
/// name of that kind of body (a university is a school: "ĐH", "Đại học", "Học viện").
fn of_the_kind(view: &View<'_, '_>, start: usize, head: &str) -> bool {
    view.is(start, head)
        || (head == "trường" && view.is_any(start, &["đh", "đại", "học", "cđ", "cao"]))
}

/// Whether `role` (its words) is an office of [`OFFICES_OF_A_KIND`] and the body at `start`
/// is not of that kind: a deputy minister's body is a ministry, never "Chính phủ".
fn of_another_kind(view: &View<'_, '_>, role: &[&str], start: usize) -> bool {
    OFFICES_OF_A_KIND
        .iter()
        .any(|(office, head)| role.ends_with(office) && !of_the_kind(view, start, head))
        || (role.ends_with(&["bí", "thư"]) && !secretarys_body(view, start))
}

/// Whether the body at `start` is one a secretary ("Bí thư") holds office in: a party's
/// committee or cell ("Thành ủy", "Đảng ủy", "Chi bộ", "Ban cán sự đảng", "Trung ương"),
/// the youth union ("Đoàn", "Tỉnh đoàn") or an embassy ("Bí thư thứ nhất Đại sứ quán"),
/// never a state's body ("Bí thư kiêm Chủ tịch UBND xã": the council is the chairman's).
fn secretarys_body(view: &View<'_, '_>, start: usize) -> bool {
    view.is_any(start + 1, &["ủy", "uỷ", "đoàn"])
        || view.is_any(start, &["đảng", "đoàn", "bch", "t.ư", "tư", "tw"])
        || [
            &["chi", "bộ"][..],
            &["trung", "ương"],
            &["ban", "cán", "sự"],
            &["ban", "chấp", "hành"],
            &["ban", "thường", "vụ"],
            &["đại", "sứ", "quán"],
            &["sứ", "quán"],
        ]
        .iter()
        .any(|words| view.matches(start, words))
}

/// "Chủ tịch kiêm Tổng giám đốc X": an office joined by "kiêm" to the next one, with no
/// body or holder of its own, is held in that office's body (one person's two offices of
/// one body). Not an office of the nation or a state, and not one of another kind of body
/// ("Thủ tướng kiêm Bộ trưởng Bộ X", "Bộ trưởng kiêm Chủ nhiệm Ủy ban X"). Returns each
/// such title and its body, read from the bodies written in the titles.
fn bodies_across_kiem(view: &View<'_, '_>, titles: &[Title]) -> Vec<(usize, Range<usize>)> {
    let mut bodies: Vec<Option<Range<usize>>> =
        titles.iter().map(|t| t.organization.clone()).collect();
    let mut lent = Vec::new();
    for n in (1..titles.len()).rev() {
        let (first, second) = (&titles[n - 1], &titles[n]);
        let between = first.end..second.start;
        let joined = between.len() <= 2
            && between.clone().any(|k| view.is(k, "kiêm"))
            && between.clone().all(|k| view.is_any(k, &[",", "kiêm"]));
        let Some(body) = bodies[n]
            .clone()
            .filter(|o| o.start >= second.role.end)
            // "… kiêm CEO của công ty này": a body referred back to is read elsewhere.
            .filter(|o| !view.is_any(o.end, &["này", "đó", "ấy", "trên"]))
        else {
            continue;
        };
        let other_kind = of_another_kind(view, &words_of(view, &first.role), body.start);
        if joined
            && bodies[n - 1].is_none()
            && first.name_after.is_none()
            && first.listed.is_empty()
            && !first.affiliated
            && !first.unheld
            && !national_office(view, first)
            && !state_office(view, &first.role)
            && !other_kind
        {
            bodies[n - 1] = Some(body.clone());
            lent.push((n - 1, body));
        }
    }
    lent
}

/// The body of its kind that a sentence names once, before each office of that kind
/// written without one (GOLD.md: a body the sentence names unambiguously): "Tại Bộ Y tế,
/// Thứ trưởng A cho biết" → "Bộ Y tế". The body is named outside every title, and the
/// sentence names no other body of that kind.
fn bodies_of_their_kind(
    view: &View<'_, '_>,
    titles: &[Title],
    sentence: Range<usize>,
) -> Vec<(usize, Range<usize>)> {
    let mut lent = Vec::new();
    for (n, title) in titles.iter().enumerate() {
        // Held by a name written after it (or several): a title alone ("Bộ trưởng đã ký")
        // is left as the text gives it.
        if title.organization.is_some()
            || title.unheld
            || title.affiliated
            || (title.name_after.is_none() && title.listed.is_empty())
        {
            continue;
        }
        let role = words_of(view, &title.role);
        let Some(&(_, head)) = OFFICES_OF_A_KIND.iter().find(|(o, _)| role.ends_with(o)) else {
            continue;
        };
        // Every body of the kind the sentence names, `None` for one that cannot be read.
        let mut bodies: Vec<Option<Range<usize>>> = Vec::new();
        let mut p = sentence.start;
        while p < sentence.end {
            // "Bộ Công Thương", "Bộ GTVT"; not "Bộ báo cáo …" (the ministry, as a subject).
            // "Tòa án nhân dân tỉnh X", "TAND tỉnh X": a court's name goes on in lower case.
            let court = head == "tòa"
                && ((view.capital(p) && view.matches(p, &["tòa", "án"]))
                    || view.is_any(p, &["tand", "tandtc"]));
            let named = court
                || (view.is(p, head)
                    && view.capital(p)
                    && (view.capital(p + 1) || view.acronym(p + 1))
                    && view.organization_head(p).is_some());
            if !named {
                p += 1;
                continue;
            }
            match organization_from(view, p, sentence.end, p == sentence.start) {
                (Some(body), end, _) if body.start == p => {
                    // "Bộ Y tế và Bộ Tài chính": two bodies of the kind read as one.
                    let two = (body.start + 2..body.end)
                        .any(|q| view.is(q - 1, "và") && view.is(q, head) && view.capital(q));
                    bodies.push((!two).then(|| body.start..before_parentheses(view, &body)));
                    p = end.max(p + 1);
                }
                _ => {
                    bodies.push(None);
                    p += 1;
                }
            }
        }
        let Some(Some(first)) = bodies.first() else {
            continue;
        };
        let one = bodies.iter().all(|b| {
            b.as_ref()
                .is_some_and(|b| words_of(view, b) == words_of(view, first))
        });
        // Named before the office: one named after it is most often what its holder asks
        // or visits ("Bộ trưởng A đề nghị Bộ Quốc phòng …").
        let free = bodies
            .iter()
            .flatten()
            .all(|b| !in_a_title(titles, b.start));
        // "Tòa phúc thẩm bác phán quyết của thẩm phán A": the ruling a court reviews is a
        // judge's of another court ("chỉ đạo của Bộ trưởng" is no such act).
        let acted_on =
            head == "tòa" && title.start > sentence.start && view.is(title.start - 1, "của");
        if one && free && !acted_on && first.end <= title.start {
            lent.push((n, first.clone()));
        }
    }
    lent
}

/// The national body a sentence names once, for the offices held in it that are written
/// without it (GOLD.md: a body the sentence names unambiguously): "Chính phủ" for the
/// Prime Minister and deputies of a Vietnamese holder ("Thủ tướng A chủ trì phiên họp
/// Chính phủ"), "Quốc hội" for a member ("đại biểu A (Hà Nội) cho rằng Quốc hội …"). The
/// body is named on its own, not as part of another's name ("Văn phòng Chính phủ", "Ủy
/// ban Thường vụ Quốc hội"), and every time alike ("Chính phủ Lào" is another's).
fn bodies_of_the_nation(
    view: &View<'_, '_>,
    titles: &[Title],
    sentence: Range<usize>,
) -> Vec<(usize, Range<usize>)> {
    const GOVERNMENT: [&str; 2] = ["chính", "phủ"];
    const ASSEMBLY: [&str; 2] = ["quốc", "hội"];
    let mut lent = Vec::new();
    for (n, title) in titles.iter().enumerate() {
        if title.organization.is_some() || title.unheld || title.affiliated {
            continue;
        }
        let Some(holder) = title
            .name_after
            .clone()
            .or_else(|| title.listed.first().cloned())
        else {
            continue;
        };
        let role = words_of(view, &title.role);
        let body = if role_is_prime_minister(&role) {
            GOVERNMENT
        } else if matches!(role.as_slice(), ["đại", "biểu"] | ["đb"]) {
            ASSEMBLY
        } else {
            continue;
        };
        if holder.clone().any(|k| view.foreign(k)) {
            continue;
        }
        // Where the body is named on its own: with a capital, after no head of a body that
        // it would end the name of, and not inside a title.
        let named_alone = |p: usize| {
            view.capital(p)
                && view.matches(p, &body)
                && !in_a_title(titles, p)
                && !(p > sentence.start && view.capital(p - 1))
                && !(p.saturating_sub(3).max(sentence.start)..p)
                    .any(|q| view.organization_head(q).is_some_and(|(e, _)| e == p))
        };
        let mentions: Vec<Range<usize>> = (sentence.start..sentence.end.saturating_sub(1))
            .filter(|&p| named_alone(p))
            .map(|p| {
                // "Chính phủ Việt Nam": the country it is of; another's is no such body.
                match view.place(p + 2) {
                    Some((e, PlaceKind::Country)) if e <= sentence.end => p..e,
                    _ => p..p + 2,
                }
            })
            .collect();
        let Some(first) = mentions.first() else {
            continue;
        };
        let one = mentions
            .iter()
            .all(|m| words_of(view, m) == words_of(view, first));
        let vietnamese = first.len() == 2
            || matches!(
                words_of(view, &(first.start + 2..first.end)).as_slice(),
                ["việt", "nam"]
            );
        if one && vietnamese {
            lent.push((n, first.clone()));
        }
    }
    lent
}

/// Whether a role's words are the Prime Minister's or a deputy's ("Phó Thủ tướng
/// Thường trực").
fn role_is_prime_minister(role: &[&str]) -> bool {
    let role = role.strip_suffix(&["thường", "trực"][..]).unwrap_or(role);
    matches!(role, ["thủ", "tướng"] | ["phó", "thủ", "tướng"])
}

/// Whether a title is an office of a state, written without its country, before a name
/// that is not Vietnamese ("Tổng thống Donald Trump"): the one that may take the country its
/// sentence names (see [`country_of_the_sentence`]). A Vietnamese holder's sentence names
/// the countries they visit or meet ("Thủ tướng A hội đàm tại Nhật Bản").
fn foreign_head_of_state(view: &View<'_, '_>, t: &Title) -> bool {
    t.organization.is_none()
        && !t.affiliated
        && !t.unheld
        && state_office(view, &t.role)
        && t.name_after
            .as_ref()
            .is_some_and(|name| name.clone().any(|k| view.foreign(k)))
}

/// The country a sentence names unambiguously, for an office of a state written without
/// one after it (GOLD.md: a body the sentence names unambiguously): the sentence names one
/// country and no other, first outside every title ("tòa án Mỹ … lệnh cấm của Tổng thống
/// A"), and no title of the sentence has a body of its own. A country written after another
/// title is that title's ("Tổng thống A tiếp Thủ tướng Ấn Độ B"), and one named after the
/// office is most often what the leader acts on ("Tổng thống A trừng phạt Nga"): the caller
/// lends it only to offices after it. Regions ("châu Âu", "Đông Nam Á") are no country.
fn country_of_the_sentence(
    view: &View<'_, '_>,
    titles: &[Title],
    sentence: Range<usize>,
) -> Option<Range<usize>> {
    if !titles.iter().any(|t| foreign_head_of_state(view, t))
        || titles.iter().any(|t| t.organization.is_some())
    {
        return None;
    }
    let mut countries = Vec::new();
    let mut p = sentence.start;
    while p < sentence.end {
        match view.place(p) {
            Some((end, PlaceKind::Country)) if view.capital(p) || view.is(p, "châu") => {
                countries.push(p..end);
                p = end;
            }
            _ => p += 1,
        }
    }
    let first = countries.first()?;
    let one_country = countries
        .iter()
        .all(|c| words_of(view, c) == words_of(view, first));
    // A foreign leader's sentence that names Vietnam tells of a visit or of relations.
    let vietnam = matches!(words_of(view, first).as_slice(), ["việt", "nam"] | ["vn"]);
    // The country as the subject of the sentence ("Mỹ muốn …") or as the state
    // itself ("nước Anh", "chính quyền Mỹ", "Tòa án Tối cao Mỹ"); not a country the sentence
    // only deals with ("quan hệ với Nga", "khủng hoảng Ukraine", "tỷ phú người Anh").
    let the_state =
        |c: &Range<usize>| c.start == sentence.start || view.is_any(c.start - 1, STATE_WORDS);
    let free = countries
        .iter()
        .find(|c| !in_a_title(titles, c.start) && the_state(c))?;
    (one_country && !vietnam && !is_region(&words_of(view, first))).then(|| free.clone())
}

/// Offices that lead a state written with its bare country, besides the offices of a state
/// ("Chủ tịch Trung Quốc", "Quốc vương Saudi Arabia"). Not "nhà lãnh đạo", written of a
/// state's leaders in general ("các nhà lãnh đạo Mỹ") as often as of one.
const LEADERS_OF_A_STATE: &[&[&str]] =
    &[&["chủ", "tịch"], &["quốc", "vương"], &["tổng", "bí", "thư"]];

/// Words before a leader that make them whom a sentence's subject deals with.
const DEALING_WORDS: &[&str] = &["với", "gặp", "tiếp", "thăm", "mời"];

/// The last words before a country that make it the state: "nước", "chính quyền", "chính
/// phủ", "tòa án", "Tòa án Tối cao", "quốc hội", "người dân", "quan chức", "giới chức".
const STATE_WORDS: &[&str] = &["nước", "quyền", "phủ", "án", "cao", "hội", "dân", "chức"];

/// Whether the words of a place of the country list name a region of the world: "châu Âu",
/// "Đông Nam Á", "Trung Đông", "Bắc Mỹ" (but "Nam Phi" is a country).
fn is_region(words: &[&str]) -> bool {
    let direction = matches!(
        words.first(),
        Some(&("đông" | "tây" | "nam" | "bắc" | "trung"))
    );
    match words {
        ["châu", ..] => true,
        // South Africa.
        ["nam", "phi"] => false,
        [_, .., "á" | "âu" | "đông" | "phi"] | ["bắc" | "nam", "mỹ"] => direction,
        _ => false,
    }
}

/// The last words of offices a body has several holders of at once ("Thứ trưởng", "Ủy
/// viên"), besides its deputies ("Phó …").
const SEVERAL_HOLDERS: &[[&str; 2]] = &[
    ["thứ", "trưởng"],
    ["ủy", "viên"],
    ["thành", "viên"],
    ["đại", "biểu"],
];

/// Words before an office that say it is sought or counted, not held by one person now.
const NOT_THE_OFFICE_HELD: &[&str] = &["viên", "cử", "ghế", "đời", "các", "những", "chức"];

/// The country of a head of state or government written without one ("Tổng thống Donald
/// Trump"), from elsewhere in the article: when the article names that office with a
/// country and no holder ("Tổng thống Mỹ cho biết …"), only ever one country, and only one
/// person holds the office there without a country, after it (or before it, when the
/// article refers back to them: see `referred_back`). A country title with a holder
/// of its own belongs to that holder ("Tổng thống Mỹ A gặp Tổng thống B" lends B nothing).
fn country_from_the_article(view: &View<'_, '_>, titles: &[Title], found: &mut [Link]) {
    let held: FxHashSet<usize> = found.iter().map(|(_, t, _)| t.start).collect();
    let is_country = |o: &Range<usize>| {
        view.place(o.start)
            .is_some_and(|(e, kind)| e == o.end && kind == PlaceKind::Country)
    };
    let mut fills: Vec<(Vec<&str>, Range<usize>)> = Vec::new();
    let mut offices: Vec<Vec<&str>> = found
        .iter()
        .filter(|(_, t, _)| t.organization.is_none() && state_office(view, &t.role))
        .map(|(_, t, _)| words_of(view, &t.role))
        .collect();
    offices.sort();
    offices.dedup();
    for role in offices {
        let same_role = |t: &Title| words_of(view, &t.role) == role;
        // The country written right after the office, of the office itself, not of a
        // candidate for it ("ứng viên Tổng thống Pháp", "12 đời Tổng thống Mỹ").
        let with_country: Vec<&Title> = titles
            .iter()
            .filter(|t| {
                same_role(t)
                    && t.organization
                        .as_ref()
                        .is_some_and(|o| o.start == t.role.end && is_country(o))
                    && !(t.start.saturating_sub(2)..t.start)
                        .any(|k| view.is_any(k, NOT_THE_OFFICE_HELD))
            })
            .collect();
        let Some(first) = with_country.first() else {
            continue;
        };
        let first_body = first.organization.clone().unwrap_or_default();
        let one_country = with_country.iter().all(|t| {
            t.organization
                .as_ref()
                .is_some_and(|o| words_of(view, o) == words_of(view, &first_body))
        });
        let unheld = with_country
            .iter()
            .all(|t| t.name_after.is_none() && t.listed.is_empty() && !held.contains(&t.start));
        let without_country = || {
            found
                .iter()
                .filter(|(_, t, _)| t.organization.is_none() && same_role(t))
        };
        // Named first with its country ("Tổng thống Mỹ …" in the title or lead), then
        // by the holder's name: a country named only later may be another's office.
        let named_first = without_country().all(|(_, t, _)| first.start < t.start);
        // A Vietnamese name holds a Vietnamese office, a foreign one a foreign office.
        let vietnam = matches!(words_of(view, &first_body).as_slice(), ["việt", "nam"]);
        let same_nation = without_country()
            .all(|(name, _, _)| vietnamese_name_at(view, name.start).is_some() == vietnam);
        let mut holders: Vec<Vec<&str>> = without_country()
            .map(|(name, _, _)| words_of(view, name))
            .collect();
        holders.sort();
        holders.dedup();
        // Named only after the holder, the country is theirs when the office is written in
        // lower case there, as the article refers back to its subject ("Tổng thống Donald
        // Trump … tổng thống Mỹ đã đề nghị"), or twice; once with a capital, it may be
        // another holder's ("Tổng thống Putin … Tổng thống Mỹ" is Putin's counterpart).
        let referred_back = with_country.iter().all(|t| !view.capital(t.role.start));
        if one_country
            && unheld
            && (named_first || referred_back || with_country.len() >= 2)
            && same_nation
            && holders.len() == 1
        {
            fills.push((role, first_body));
        }
    }
    for (role, body) in fills {
        for (_, title, _) in found.iter_mut() {
            if title.organization.is_none() && words_of(view, &title.role) == role {
                title.organization = Some(body.clone());
            }
        }
    }
}

/// The one body a sentence names, if it names exactly one, for its roles written without
/// their body ("Ông A - Chủ tịch HĐQT PVOIL, ông B - Thành viên HĐQT").
fn the_one_body(
    view: &View<'_, '_>,
    titles: &[Title],
    sentence_start: usize,
) -> Option<Range<usize>> {
    // A unit named in lower case ("ban quản lý dự án") is part of a body, not another.
    let bodies: Vec<Range<usize>> = titles
        .iter()
        .filter_map(|t| t.organization.clone())
        .filter(|o| view.capital(o.start) || view.acronym(o.start))
        .collect();
    bodies
        .first()
        .filter(|first| {
            bodies
                .iter()
                .all(|b| words_of(view, b) == words_of(view, first))
        })
        .cloned()
        .or_else(|| {
            // "… của Công ty cổ phần X (mã X) do ông A (Chủ tịch HĐQT) … điều hành": a
            // company's offices take the one company the sentence names before them.
            let first_office = titles
                .iter()
                .find(|t| t.organization.is_none() && company_office(view, &t.role))?;
            let companies = companies_in(view, sentence_start..first_office.start);
            companies
                .first()
                .filter(|first| {
                    companies
                        .iter()
                        .all(|b| words_of(view, b) == words_of(view, first))
                })
                .cloned()
        })
}

/// Whether a title is a national office, an office whose role names its body ("Chủ tịch
/// Quốc hội") or a seat in an assembly, which has no body to take from elsewhere in the
/// sentence ("Phó Thủ tướng", "ĐBQH").
fn national_office(view: &View<'_, '_>, t: &Title) -> bool {
    let role: Vec<&str> = t.role.clone().map(|k| view.word(k)).collect();
    of_the_nation(view, &t.role)
        || role.ends_with(&["quốc", "hội"])
        || role.ends_with(&["chính", "phủ"])
        || seat_words(&role)
        // "Tỉnh ủy viên", "Huyện ủy viên": a member named by the committee.
        || (role.len() == 3 && role.ends_with(&["ủy", "viên"]))
}

/// The offices of the nation, whose roles name no body of their own.
const NATIONAL_OFFICES: &[&[&str]] = &[
    &["thủ", "tướng"],
    &["phó", "thủ", "tướng"],
    &["tổng", "bí", "thư"],
    &["chủ", "tịch", "nước"],
    &["phó", "chủ", "tịch", "nước"],
];

/// Whether a role is one of [`NATIONAL_OFFICES`], "thường trực" after it or not ("Phó Thủ
/// tướng Thường trực").
fn of_the_nation(view: &View<'_, '_>, role: &Range<usize>) -> bool {
    let standing = role.len() > 2 && view.matches(role.end - 2, &["thường", "trực"]);
    let role = if standing {
        role.start..role.end - 2
    } else {
        role.clone()
    };
    NATIONAL_OFFICES
        .iter()
        .any(|office| role_is(view, &role, office))
}

/// Whether a role's words (lower case) are exactly `words`, compared in place.
fn role_is(view: &View<'_, '_>, role: &Range<usize>, words: &[&str]) -> bool {
    role.len() == words.len() && role.clone().zip(words).all(|(k, w)| view.is(k, w))
}

/// The name right after `at`, joined to the word before it and ending inside the sentence
/// (ending at `end`): the holder after a body read apart from the run of its office.
fn name_joined_after(view: &View<'_, '_>, at: usize, end: usize) -> Option<Range<usize>> {
    (at < end && view.joined(at))
        .then(|| name_at(view, at, Site::AfterOffice))
        .flatten()
        .filter(|n| n.end <= end)
}

/// Whether tokens `o` name a place and no body: "Hà Nội", "tỉnh Thanh Hóa", "TP.HCM".
fn only_a_place(view: &View<'_, '_>, o: &Range<usize>) -> bool {
    let mut k = o.start;
    if let Some((end, OrgKind::Admin)) = view.organization_head(k) {
        k = end;
    }
    k == o.end || view.place(k).is_some_and(|(end, _)| end == o.end)
}

/// A party named after a role, when a name follows it: "Thượng nghị sĩ đảng Cộng hòa A",
/// "nghị sĩ thuộc đảng Dân chủ A", "Chủ tịch đảng Dân chủ A".
fn party_after(view: &View<'_, '_>, role: &Range<usize>) -> Option<Range<usize>> {
    let k = role.end;
    let p = if view.is_any(k, &["thuộc", "của"]) {
        k + 1
    } else {
        k
    };
    // A name follows, or the member's constituency first ("Thượng nghị sĩ đảng Cộng hòa
    // bang Ohio A").
    let state_after = |e: usize| {
        matches!(view.organization_head(e), Some((h, OrgKind::Admin))
            if view.joined(h) && (view.place(h).is_some() || view.ward(h).is_some()))
    };
    let party_end = match view.qualifier(p) {
        Some((e, Qualifier::Party)) => Some(e),
        // "Thượng nghị sĩ Cộng hòa A": the two American parties, named without "đảng" after a
        // member of Congress, never the start of a country's name ("Cộng hòa Séc").
        _ if role_ends_in(view, role, &[["nghị", "sĩ"]]) && view.place(p).is_none() => {
            AMERICAN_PARTIES
                .iter()
                .find(|party| view.matches(p, *party))
                .map(|party| p + party.len())
        }
        _ => None,
    };
    // Or the name set off by commas ("thượng nghị sĩ đảng Cộng hòa, A,").
    let name_set_off = |e: usize| view.is(e, ",") && view.name_word(e + 1);
    match party_end {
        Some(e) if view.name_word(e) || state_after(e) || name_set_off(e) => Some(p..e),
        _ => None,
    }
}

/// The parties of American members of Congress, which news often names without "đảng".
const AMERICAN_PARTIES: &[[&str; 2]] = &[["cộng", "hòa"], ["dân", "chủ"]];

/// The last words of the offices that lead a party (qualifiers before them may differ:
/// "Phó Chủ tịch"); other offices only belong to one.
const PARTY_LEADERS: &[[&str; 2]] = &[
    ["chủ", "tịch"],
    ["lãnh", "đạo"],
    ["thủ", "lĩnh"],
    ["thư", "ký"],
    ["thư", "kí"],
    ["bí", "thư"],
];

fn leads_a_party(view: &View<'_, '_>, role: &Range<usize>) -> bool {
    role_ends_in(view, role, PARTY_LEADERS)
}

/// Whether the role's last two words are one of `heads` (whatever qualifiers precede them).
fn role_ends_in(view: &View<'_, '_>, role: &Range<usize>, heads: &[[&str; 2]]) -> bool {
    role.len() >= 2 && heads.iter().any(|w| view.matches(role.end - 2, w))
}

/// The last words of the offices of a state, whose body is a country: a head of state or
/// government, a monarch, a foreign minister (qualifiers before them may differ).
const STATE_OFFICES: &[[&str; 2]] = &[
    ["tổng", "thống"],
    ["thủ", "tướng"],
    ["ngoại", "trưởng"],
    ["quốc", "vương"],
    ["nhà", "vua"],
    ["nữ", "hoàng"],
];

/// The heads of a state or government that are no monarchs ("Thủ tướng", "Tổng thống",
/// "Ngoại trưởng").
const HEADS_OF_STATE: &[[&str; 2]] = &[["tổng", "thống"], ["thủ", "tướng"], ["ngoại", "trưởng"]];

/// The last words of the offices that serve another office, named after them: "người phát
/// ngôn", "phát ngôn viên", "Thư ký báo chí", "chánh Văn phòng", "thư ký", "Tham mưu
/// trưởng", "đặc phái viên".
const STAFF_OF_AN_OFFICE: &[[&str; 2]] = &[
    ["phát", "ngôn"],
    ["ngôn", "viên"],
    ["báo", "chí"],
    ["văn", "phòng"],
    ["thư", "ký"],
    ["mưu", "trưởng"],
    ["phái", "viên"],
];

/// The last words of a minister's office, which a ministry's field may follow.
const MINISTERS: &[[&str; 2]] = &[["bộ", "trưởng"], ["thứ", "trưởng"]];

fn state_office(view: &View<'_, '_>, role: &Range<usize>) -> bool {
    role_ends_in(view, role, STATE_OFFICES)
}

/// Where a country ends that a body names right before a run of name words ending the body
/// ("Quốc phòng Mỹ A", "Bộ Ngoại giao Trung Quốc A B"), and whether that country is Vietnam.
fn country_before_names(view: &View<'_, '_>, body: &Range<usize>) -> Option<(usize, bool)> {
    (body.start..body.end).find_map(|q| match view.place(q) {
        Some((e, PlaceKind::Country))
            if view.capital(q) && e < body.end && name_words_end(view, e) == body.end =>
        {
            Some((e, view.matches(q, &["việt", "nam"])))
        }
        _ => None,
    })
}

/// Heads of a body that trades or publishes under its own name, which may follow its
/// country ("hãng Hàn Quốc Lotte", "báo Mỹ Politico").
const COMMERCIAL_HEADS: &[&[&str]] = &[
    &["công", "ty"],
    &["cty"],
    &["tập", "đoàn"],
    &["tổng", "công", "ty"],
    &["hãng"],
    &["ngân", "hàng"],
    &["doanh", "nghiệp"],
    &["nhà", "mạng"],
    &["quỹ"],
    &["báo"],
    &["tờ"],
    &["đài"],
    &["kênh"],
    &["câu", "lạc", "bộ"],
    &["clb"],
    &["đội"],
];

/// Whether the body at `k` opens with one of [`COMMERCIAL_HEADS`].
fn commercial_body(view: &View<'_, '_>, k: usize) -> bool {
    COMMERCIAL_HEADS.iter().any(|words| view.matches(k, words))
}

/// A monarch or a pope ("vua", "Hoàng đế", "Nhật hoàng", "Giáo hoàng"), most often named by
/// one name ("Giáo hoàng Francis", "Nhật hoàng Akihito").
fn monarch(view: &View<'_, '_>, role: &Range<usize>) -> bool {
    view.is_any(role.end - 1, &["vua", "đế"])
        || role_ends_in(view, role, &[["nhật", "hoàng"], ["giáo", "hoàng"]])
}

/// A coach ("HLV", "huấn luyện viên"), most often named by a surname alone; the words after
/// the head qualify it ("HLV trưởng", "HLV tạm quyền").
fn coach(view: &View<'_, '_>, role: &Range<usize>) -> bool {
    role.clone().any(|q| view.is(q, "hlv"))
        || (role.start..role.end.saturating_sub(1)).any(|q| view.matches(q, &["luyện", "viên"]))
}

/// The body of an office written after its holder's name and "của", from `k`: a country or
/// province ("Thủ tướng A của Nhật Bản"), a body's head and its name ("Chủ tịch A của Tập
/// đoàn X"), or for a coach the team's name in capitals ("HLV A của U20 Argentina").
fn body_after_holder(
    view: &View<'_, '_>,
    role: &Range<usize>,
    k: usize,
    end: usize,
) -> Option<Range<usize>> {
    if k >= end || !view.joined(k) {
        return None;
    }
    if let Some((place_end, PlaceKind::Country | PlaceKind::Province)) = view.place(k) {
        return (place_end <= end).then_some(k..place_end);
    }
    // "Đảng Tự do", and a head in lower case when the body's own name has a capital
    // ("trường Harvard", "tòa án liên bang quận Hawaii").
    if view.organization_head(k).is_some() {
        let (body, _, name) = organization_after(view, k, end);
        let proper = |q: &usize| view.capital(*q) || view.acronym(*q);
        let last_proper = body.clone().and_then(|b| b.filter(proper).last())?;
        // After a head in lower case, the body ends with its own name: "trường Harvard
        // viết thư" is "trường Harvard".
        let body_end = if view.capital(k) {
            body.as_ref().map_or(k, |b| b.end)
        } else if view.is(last_proper + 1, ")") {
            // "tổ chức Nhà nước Hồi giáo (IS)".
            last_proper + 2
        } else {
            last_proper + 1
        };
        return name.is_none().then_some(k..body_end);
    }
    if coach(view, role) && (view.capital(k) || view.acronym(k)) {
        let team_end = (k..end.min(k + 4))
            .take_while(|&q| {
                (view.name_word(q) || view.acronym(q) || (q == k && view.capital(q)))
                    && view.joined(q)
            })
            .last()?
            + 1;
        return Some(k..team_end);
    }
    None
}

/// Words before a team that make it a coach's opponent, not the coach's own team: "trước
/// U20 Argentina", "gặp Juventus", "chạm trán", "đối đầu", "vượt qua", "đánh bại", "tiếp
/// đón", "vào lưới HAGL".
const OPPONENT_WORDS: &[&str] = &[
    "trước", "gặp", "với", "đấu", "thắng", "hạ", "thua", "trán", "đầu", "qua", "bại", "đón", "lưới",
];

/// Words before a club's bare name that make it someone's, most often a player's ("tiền
/// đạo A của Real Madrid", "trong màu áo Liverpool"), or a club compared ("như Real").
const OWNER_WORDS: &[&str] = &["của", "áo", "như"];

/// Words before a team that make it a player's: "tiền vệ", "hậu vệ", "tiền đạo", "thủ
/// môn", "cầu thủ", "đồng đội" ("Tiền vệ CLB X lọt vào tầm ngắm của HLV A").
const PLAYER_WORDS: &[&str] = &["vệ", "đạo", "môn", "thủ", "đội"];

/// The coaches of a sentence written without their team that take the one team the
/// sentence names before them, or a club after them where they work ("HLV A đang gặp khó
/// khăn tại Arsenal") (GOLD.md: a body the sentence names unambiguously): "ĐT Việt
/// Nam còn được dẫn dắt bởi HLV A", "U20 Pháp đã chơi … đội bóng của HLV B". A team is a
/// national or youth team ("ĐT Việt Nam", "tuyển U23 Việt Nam", "U20 Pháp"), a club ("CLB
/// X"), or a club of the lexicon named alone ("Chelsea", "Real Madrid": `club` in
/// models/organizations.txt) unless it is someone's ("tiền đạo A của Real Madrid", "màu áo
/// Liverpool"). A club named alone yields to a national team or a "CLB X" of the same
/// sentence: there it is most often where the players come from. Nothing when the sentence
/// names another team, or names its one team as an opponent ("trận đấu với Jordan"): a
/// match has two sides. Only coaches whose name follows the office take it, and one with a
/// Vietnamese name takes no other country's team ("U23 Malaysia" is whom they play).
fn team_of_the_sentence(
    view: &View<'_, '_>,
    titles: &[Title],
    sentence: Range<usize>,
) -> Vec<(usize, Range<usize>)> {
    let coaches: Vec<usize> = (0..titles.len())
        .filter(|&n| {
            let t = &titles[n];
            t.organization.is_none() && !t.affiliated && !t.unheld && coach(view, &t.role)
        })
        .collect();
    if coaches.is_empty() {
        return Vec::new();
    }
    let mut teams = Vec::new();
    let mut p = sentence.start;
    while p < sentence.end {
        match team_at(view, p, sentence.end) {
            Some(team) if !in_a_title(titles, p) => {
                p = team.body.end;
                teams.push(team);
            }
            _ => p += 1,
        }
    }
    // A national team or a "CLB X" is surer than a club named alone, which is most often
    // where the team's players come from ("cầu thủ HAGL lên U23 Việt Nam").
    if teams.iter().any(|t| !t.bare_club) {
        teams.retain(|t| !t.bare_club);
    }
    let Some(team) = teams.first() else {
        return Vec::new();
    };
    let not_a_coachs = |t: &Team| {
        t.body.start > 0 && view.is_any(t.body.start - 1, OPPONENT_WORDS)
            || (t.body.start.saturating_sub(3)..t.body.start).any(|k| view.is_any(k, PLAYER_WORDS))
            || (t.bare_club && t.body.start > 0 && view.is_any(t.body.start - 1, OWNER_WORDS))
    };
    if teams
        .iter()
        .any(|t| words_of(view, &t.body) != words_of(view, &team.body) || not_a_coachs(t))
    {
        return Vec::new();
    }
    coaches
        .into_iter()
        .filter(|&n| {
            let t = &titles[n];
            // Every word a Vietnamese syllable: "Hữu Thắng", not "Toshiya Miura".
            let vietnamese = t.name_after.as_ref().is_some_and(|name| {
                name.clone()
                    .all(|k| !view.foreign(k) && crate::segment::is_syllable(view.word(k)))
            });
            // After the coach only a club where the coach works: "HLV A … tại Arsenal";
            // not one they once led ("từng dẫn dắt tại Real"), nor "hiện tại" (now).
            let at_the_club = team.bare_club
                && team.body.start > t.start + 1
                && view.is_any(team.body.start - 1, &["tại", "ở"])
                && !view.is(team.body.start - 2, "hiện")
                && !(t.start..team.body.start).any(|q| view.is(q, "từng"));
            (team.body.end <= t.start || at_the_club)
                && t.name_after.is_some()
                && (!vietnamese || team.vietnamese)
        })
        .map(|n| (n, team.body.clone()))
        .collect()
}

/// A team a sentence names, and whether it is Vietnam's or a club (any coach's).
struct Team {
    body: Range<usize>,
    vietnamese: bool,
    /// A club named alone ("Chelsea"), not after "CLB" nor as a national team.
    bare_club: bool,
}

/// The team whose name starts at `k`, up to `end`: "ĐT", "tuyển" or "đội tuyển", a youth
/// team's age or not ("U20", "U-23"), and a country; a youth team's age and a country; or
/// "CLB" and a name in capitals ("CLB Hà Nội").
fn team_at(view: &View<'_, '_>, k: usize, end: usize) -> Option<Team> {
    if let Some((club_end, OrgKind::Club)) = view.organization_head(k)
        && club_end <= end
        && view.capital(k)
    {
        return Some(Team {
            body: k..club_end,
            vietnamese: true,
            bare_club: true,
        });
    }
    if view.is(k, "clb") {
        let name_end = (k + 1..end.min(k + 4))
            .take_while(|&r| (view.capital(r) || view.acronym(r)) && view.joined(r))
            .last()?
            + 1;
        return Some(Team {
            body: k..name_end,
            vietnamese: true,
            bare_club: false,
        });
    }
    let mut q = if view.matches(k, &["đội", "tuyển"]) {
        k + 2
    } else if view.is_any(k, &["đt", "tuyển"]) {
        k + 1
    } else {
        k
    };
    if q < end && youth_team(view.word(q)) {
        q += 1;
    }
    if q == k || q >= end || !view.joined(q) || !view.capital(q) {
        return None;
    }
    match view.place(q) {
        Some((country_end, PlaceKind::Country)) if country_end <= end => Some(Team {
            body: k..country_end,
            vietnamese: view.matches(q, &["việt", "nam"]),
            bare_club: false,
        }),
        _ => None,
    }
}

/// Whether a word names a youth team's age: "u20", "u-23".
fn youth_team(word: &str) -> bool {
    let digits = word
        .strip_prefix('u')
        .map(|rest| rest.strip_prefix('-').unwrap_or(rest));
    digits.is_some_and(|d| d.len() == 2 && d.bytes().all(|b| b.is_ascii_digit()))
}

/// Words before a team's name: "CLB Chelsea", "trước Arsenal", "gặp Juventus".
const TEAM_MARKERS: &[&str] = &["clb", "đội", "trước", "gặp", "thắng", "hạ", "đấu", "fc"];

/// Whether the word at `k` names the team a coach leads, not the coach: it goes on in
/// capitals or after a comma ("HLV Gangwon FC", "HLV Juventus, Massimiliano Allegri"), or
/// the article writes it after a word that marks a team elsewhere.
fn names_a_team(view: &View<'_, '_>, k: usize) -> bool {
    if matches!(view.organization_head(k), Some((_, OrgKind::Club))) {
        return true;
    }
    // "HLV Zidane, Real …", "HLV Zidane (Real)": a club after the comma is the coach's.
    let club_after = || matches!(view.organization_head(k + 2), Some((_, OrgKind::Club)));
    if (view.is_any(k + 1, &[",", "("]) && !club_after())
        || view.capital(k + 1)
        || view.acronym(k + 1)
    {
        return true;
    }
    let mut earlier = view.earlier.borrow_mut();
    let teams = earlier.team_words.get_or_insert_with(|| {
        (1..view.len())
            .filter(|&q| view.name_word(q) && view.is_any(q - 1, TEAM_MARKERS))
            .map(|q| view.word(q).to_string())
            .collect()
    });
    teams.contains(view.word(k))
}

/// Written after a role: its holder is the one before the current one.
const PREDECESSOR: [&str; 2] = ["tiền", "nhiệm"];

/// "phụ trách", in charge of.
const IN_CHARGE: [&str; 2] = ["phụ", "trách"];

/// "lãnh đạo": a leader, or a body's leadership (see [`leader_named`]).
const LEADER: [&str; 2] = ["lãnh", "đạo"];

/// "chỉ huy": a commander, or to command.
const COMMANDER: [&str; 2] = ["chỉ", "huy"];

/// Words after which "chỉ huy" is a commander (see [`titles_in`]); not "và", after which
/// it is as often a verb ("âm mưu và chỉ huy các vụ tấn công").
const BEFORE_A_COMMANDER: &[&str] = &["cho", "có", "của", "là", "với", "một", "gồm", "theo", "làm"];

/// Whether `role` is `words` alone, a head with no qualifier read into it ("lãnh đạo", not
/// "lãnh đạo đa số").
fn bare_head(view: &View<'_, '_>, role: &Range<usize>, words: &[&str]) -> bool {
    view.matches(role.start, words) && view.position(role.start) == Some(role.start + words.len())
}

/// Whether "lãnh đạo" at `role` names one leader, its holder named: the role alone (or
/// former), then a body whose last word has a capital ("lãnh đạo Sở Nội vụ A" is as often
/// one of its leaders, whatever their office), then the holder's name right after it —
/// a foreign one, or a Vietnamese one of three words ("lãnh đạo Đài Loan Thái Anh Văn"),
/// with no place in it. A body's name of two words is read as a name too often ("lãnh đạo
/// BV Bạch Mai"), one with a place too ("lãnh đạo Công an TP Hồ Chí Minh").
fn leader_named(
    view: &View<'_, '_>,
    role: &Range<usize>,
    alone: bool,
    organization: Option<&Range<usize>>,
    name: Option<&Range<usize>>,
) -> bool {
    let (Some(o), Some(n)) = (organization, name) else {
        return false;
    };
    alone
        && role_is(view, role, &LEADER)
        && o.start == role.end
        && capital_word(view, o.end - 1)
        && n.start == o.end
        && (n.len() >= 3 || n.clone().any(|q| view.foreign(q)))
        && n.clone().all(|q| view.place(q).is_none())
}

/// A word written with a capital, an acronym or a number ("quận 7").
fn capital_word(view: &View<'_, '_>, k: usize) -> bool {
    view.capital(k) || view.acronym(k) || view.kind(k) == Some(TokenKind::Number)
}

/// Whether a body's name ends whole: its last word, or the word it ends ("Tối cao", "Tài
/// chính"), written with a capital, or a body's head ends it ("Ủy ban nhân dân").
fn ends_whole(view: &View<'_, '_>, o: &Range<usize>) -> bool {
    capital_word(view, o.end - 1)
        || (o.len() >= 2 && view.capital(o.end - 2))
        || o.clone()
            .any(|p| view.organization_head(p).is_some_and(|(e, _)| e == o.end))
}

/// Whether the word before `start` makes "lãnh đạo" a group's or a leadership ("ban lãnh
/// đạo", "các lãnh đạo", "sự lãnh đạo"), or another office ("nhà cựu lãnh đạo").
fn after_a_group(view: &View<'_, '_>, start: usize) -> bool {
    start > 0 && view.is_any(start - 1, &["ban", "các", "những", "sự", "nhà"])
}

/// Who serves or seeks an office without holding it: "trợ lý" (an aide), "ứng cử viên",
/// "ứng viên" (a candidate).
const AIDES_AND_CANDIDATES: &[&[&str]] =
    &[&["trợ", "lý"], &["ứng", "cử", "viên"], &["ứng", "viên"]];

/// Whether one of [`AIDES_AND_CANDIDATES`], then "của" or not, comes right before word `k`
/// (and after `start`).
fn aide_or_candidate_before(view: &View<'_, '_>, start: usize, k: usize) -> bool {
    let before = if k > start && view.is(k - 1, "của") {
        k - 1
    } else {
        k
    };
    AIDES_AND_CANDIDATES.iter().any(|words| {
        before >= start + words.len()
            && view.matches(before - words.len(), words)
            && view.spaced(before)
    })
}

/// One capitalized, foreign-looking word at `k` that is no place or body, and no word of a
/// longer name written in the article; or such a word and the rest of a name joined to it
/// by a particle ("Paulo de Abreu"), never cut before the particle.
fn lone_foreign_name(view: &View<'_, '_>, k: usize) -> Option<Range<usize>> {
    let end = name_words_end(view, k);
    let particle = |q: usize| particle_at(view, q);
    let whole = end == k + 1 || (end - k <= LONGEST_NAME && (k + 1..end).any(particle));
    (plain_name_word(view, k)
        && view.joined(k)
        && whole
        // "Cúp Nhà vua Tây Ban Nha Barcelona 1-1 …": a score follows a team.
        && !matches!(view.kind(end), Some(TokenKind::Number | TokenKind::Date))
        && view.foreign(k)
        && !(k..end).any(|q| body_word(view, q))
        // A lone word may be the short form of a fuller name written elsewhere.
        && (end > k + 1 || !in_a_longer_name(view, k)))
    .then_some(k..end)
}

/// Whether a role is a seat in an assembly ("đại biểu", "ĐBQH"), whose place written after
/// it names the member's constituency, not a body ("ĐBQH Hà Nội").
fn assembly_seat(view: &View<'_, '_>, role: &Range<usize>) -> bool {
    let role: Vec<&str> = role.clone().map(|k| view.word(k)).collect();
    seat_words(&role)
}

/// Where the seat ends in a role "đại biểu Quốc hội" written with its term after it ("khóa
/// XIV", "khóa 13"): before "Quốc hội", which is then read as the body.
fn assembly_with_term(view: &View<'_, '_>, role: &Range<usize>) -> Option<usize> {
    const SEAT: [&str; 4] = ["đại", "biểu", "quốc", "hội"];
    // The term first: most titles have none, and are read with no more work.
    let term = view.is_any(role.end, TERM)
        && (view.kind(role.end + 1) == Some(TokenKind::Number)
            || view.acronym(role.end + 1)
            || view.capital(role.end + 1));
    let seat = role_is(view, role, &SEAT);
    (term && seat).then(|| role.end - 2)
}

/// "khóa" (a term of office: "Quốc hội khóa XIV"), in both placements of its tone mark.
const TERM: &[&str] = &["khóa", "khoá"];

/// [`assembly_seat`] on the role's words, lower case.
fn seat_words(role: &[&str]) -> bool {
    matches!(role, ["đại", "biểu", ..] | ["đb" | "đbqh"])
}

/// Links the counterparts a sentence names ([`COUNTERPART`]): "người đồng cấp", a country
/// if one follows, and a name hold the office of the nearest title written before them in
/// the sentence. The office is the title's role; the body is the country (none without one).
fn link_counterparts(
    view: &View<'_, '_>,
    titles: &[Title],
    sentence: Range<usize>,
    found: &mut Vec<Link>,
) {
    if titles.is_empty() {
        return;
    }
    for i in sentence.clone() {
        if !(view.matches(i, &["người", "đồng", "cấp"])
            || view.matches(i, &["người", "đồng", "nhiệm"]))
        {
            continue;
        }
        let mut k = i + 3;
        let country = match view.place(k) {
            Some((end, PlaceKind::Country)) if view.joined(k) && end < sentence.end => {
                let country = k..end;
                k = end;
                Some(country)
            }
            _ => None,
        };
        if k >= sentence.end || !view.joined(k) {
            continue;
        }
        let Some(name) = name_at(view, k, Site::AfterOffice).filter(|n| n.end <= sentence.end)
        else {
            continue;
        };
        // The title before, else the one the sentence goes on with: "Sau cuộc gặp người
        // đồng cấp Đức B, Ngoại trưởng Pháp A nói …".
        let Some(office) = (titles.iter().rev().find(|t| t.end <= i)).or_else(|| {
            titles
                .iter()
                .find(|t| t.start >= name.end && t.end <= sentence.end)
        }) else {
            continue;
        };
        let title = Title {
            organization: country,
            resolved: Vec::new(),
            start: i,
            end: name.end,
            former: false,
            rank: None,
            name_after: Some(name.clone()),
            listed: Vec::new(),
            affiliated: false,
            ..office.clone()
        };
        found.push((name, title, COUNTERPART.id));
    }
}

/// The words that may join the offices of a chain: "A, Giám đốc X kiêm Chủ tịch Y",
/// "…, đồng thời là …", "…, hiện là …", "…, nay là …".
const CHAIN_WORDS: &[&str] = &["kiêm", "và", "đồng", "thời", "hiện", "nay", "là", "đang"];

/// The words of [`CHAIN_WORDS`] that say the offices are one person's ("và" may join two
/// people's; "là" alone may describe the person).
const CHAIN_JOINERS: &[&str] = &["kiêm", "đồng", "hiện", "nay"];

/// Links the titles of one sentence to the people holding them: a name after the title, a
/// chain of offices, an office taken, or an apposition.
fn link_holders(
    view: &View<'_, '_>,
    titles: &[Title],
    sentence_start: usize,
    found: &mut Vec<Link>,
) {
    // Links before this sentence hold titles of earlier sentences only.
    let sentence_links = found.len();
    let mut holder: Option<Holder> = None;
    // Those replaced come after the sentence's holders.
    let mut replaced = Vec::new();
    for (n, title) in titles.iter().enumerate() {
        if title.unheld {
            holder = None;
            continue;
        }
        if let Some(name) = replaced_after(view, title, sentence_start) {
            let mut title = title.clone();
            title.former = true;
            replaced.push((name, title, REPLACED.id));
        }
        let gap_from = |from: usize| -> bool {
            // Only a separator (or "kiêm", "và", "hiện là" …) between `from` and the title;
            // "là" only after "hiện", "nay", "đồng thời" ("A là thành viên …" is no chain).
            // A place in brackets after the body before may come first ("…, Phó Chủ tịch
            // UBND huyện X (Yên Bái), Trưởng ban …").
            let between = past_bracketed_place(view, from)..title.start;
            between.len() <= 4
                && between
                    .clone()
                    .all(|k| view.is_any(k, APPOSITION_MARKS) || view.is_any(k, CHAIN_WORDS))
                && (!between.clone().any(|k| view.is_any(k, &["là", "đang"]))
                    || between.clone().any(|k| view.is_any(k, CHAIN_JOINERS)))
        };
        // "…, nguyên Giám đốc X, hiện là Phó Chủ tịch Y": the office held now.
        let now_from = |from: usize| (from..title.start).any(|k| view.is_any(k, &["hiện", "nay"]));
        if let Some(name) = &title.name_after {
            found.push((name.clone(), title.clone(), TITLE_NAME.id));
            holder = Some(Holder::of(name.clone(), title, true));
            link_chain_before(view, titles, n, name, found, sentence_links);
            continue;
        }
        // "các đồng chí Ủy viên Trung ương Đảng: Tổng Giám đốc X A, Bộ trưởng Y B": each
        // holder of the offices listed after the colon holds this one too.
        if title.name_after.is_none()
            && title.listed.is_empty()
            && view.is(title.end, ":")
            && held_by_several(view, title.start, sentence_start)
        {
            for name in titles[n + 1..].iter().filter_map(|t| t.name_after.as_ref()) {
                found.push((name.clone(), title.clone(), LISTED.id));
            }
            holder = None;
            continue;
        }
        if !title.listed.is_empty() {
            for name in &title.listed {
                found.push((name.clone(), title.clone(), LISTED.id));
            }
            holder = None;
            continue;
        }
        // An apposition: "ông A, Giám đốc …", "A (Chủ tịch …)", "A - Phó Giám đốc …".
        // A lower-case office chained on needs its own body ("…, phụ trách, điều hành").
        let own_body = title.capital
            || title
                .organization
                .as_ref()
                .is_some_and(|o| o.start >= title.role.end);
        // "Phó Chủ nhiệm X A, Phó Trưởng Ban Y, năm nay …": one office with its body set
        // off by commas, then the sentence goes on in lower case, is A's second office; a
        // list of other people's offices goes on with another office or a name.
        // So is one set off by a comma and followed by the verb at once ("Chủ tịch nước A,
        // Trưởng ban Chỉ đạo X chủ trì phiên họp"), not one after "và" ("Thủ tướng A và Bộ
        // trưởng Bộ X đã họp": two people).
        let lower_after = |at: usize| {
            view.kind(at) == Some(TokenKind::Word)
                && !view.is_any(at, &["và", "cùng", "với", "hoặc", "hay", "của"])
                && !view.capital(at)
                && !view.acronym(at)
                && role_at(view, at).is_none()
                && qualifier_is_not_honorific(view, at)
        };
        let set_off = title.name_after.is_none()
            && title.capital
            && title
                .organization
                .as_ref()
                .is_some_and(|o| (title.role.start..=title.role.end).contains(&o.start));
        let closed_apposition = set_off && view.is(title.end, ",") && lower_after(title.end + 1);
        let verb_after = set_off && lower_after(title.end);
        let chained = |h: Holder| {
            let comma_only = h.reached + 1 == title.start && view.is(h.reached, ",");
            (gap_from(h.reached)
                && (!h.needs_word
                    || closed_apposition
                    || (verb_after && comma_only)
                    || (h.reached..title.start).any(|k| view.is_any(k, CHAIN_JOINERS))
                    // "A, đồng phó thủ lĩnh X": a co-holder's office, the apposition's.
                    || view.is(title.role.start, "đồng"))
                && own_body)
                .then(|| {
                    let mut title = title.clone();
                    title.former |= h.former && !now_from(h.reached);
                    (h.name, title)
                })
        };
        // A chain after an apposition; one after a name written after its office is read
        // last (below), when no other reading takes the office.
        let after_title_name = holder.as_ref().filter(|h| h.needs_word).cloned();
        let after_apposition = holder.filter(|h| !h.needs_word);
        if let Some((name, title)) = after_apposition.clone().and_then(&chained) {
            holder = Some(Holder::of(name.clone(), &title, false));
            found.push((name, title, CHAIN.id));
            continue;
        }
        // "… để ông B thôi giữ chức X": the person right before "giữ chức" holds it, not
        // the one the sentence opens with.
        if keeps_office_words(view, title.start, sentence_start).is_some()
            && let Some((name, former)) = holder_before_lam(view, title, sentence_start)
        {
            let mut title = title.clone();
            title.former |= former;
            found.push((name, title, HOLDS.id));
            holder = None;
            continue;
        }
        // "ông A, …, được bầu làm Chủ tịch Hội X": an office the person takes.
        if let Some(name) = after_apposition
            .map(|h| h.name)
            .or_else(|| appointee_before(view, title.start, sentence_start))
            .or_else(|| sentence_subject(view, sentence_start, title.start))
            && appointed_to(view, title.start, sentence_start)
        {
            let mut title = title.clone();
            title.former |= once_held(view, title.start, sentence_start);
            found.push((name, title, APPOINTED.id));
            holder = None;
            continue;
        }
        if let Some((name, former)) = holder_before_lam(view, title, sentence_start) {
            let mut title = title.clone();
            title.former |= former;
            found.push((name, title, HOLDS.id));
            holder = None;
            continue;
        }
        if let Some(name) = appointed_into(view, title.start, sentence_start) {
            found.push((name, title.clone(), APPOINTED.id));
            holder = None;
            continue;
        }
        if let Some(name) = acting_in_capacity(view, title, sentence_start) {
            found.push((name, title.clone(), CAPACITY.id));
            holder = None;
            continue;
        }
        if let Some((name, title, rule)) = apposed_holder(view, title, sentence_start) {
            for listed in holders_listed_before(view, &name, sentence_start) {
                found.push((listed, title.clone(), rule));
            }
            holder = Some(Holder::of(name.clone(), &title, false));
            found.push((name, title, rule));
            continue;
        }
        if let Some((name, title)) = after_title_name.and_then(&chained) {
            holder = Some(Holder::of(name.clone(), &title, false));
            found.push((name, title, CHAIN.id));
            continue;
        }
        holder = None;
    }
    found.extend(replaced);
}

/// Whether the word at `k` introduces no person ("ông", "bà" do).
fn qualifier_is_not_honorific(view: &View<'_, '_>, k: usize) -> bool {
    !matches!(view.qualifier(k), Some((_, Qualifier::Honorific)))
}

/// The person a chain of offices belongs to, as [`link_holders`] reads a sentence.
#[derive(Clone)]
struct Holder {
    name: Range<usize>,
    /// Where the chain has reached: the end of its last office.
    reached: usize,
    /// Whether its offices are former ones.
    former: bool,
    /// Whether the next office needs a word joining it ("kiêm", "đồng thời là"): after a
    /// name written after its office, a bare comma may start a list of other people's
    /// offices.
    needs_word: bool,
}

impl Holder {
    fn of(name: Range<usize>, title: &Title, needs_word: bool) -> Holder {
        Holder {
            name,
            reached: title.end,
            former: title.former,
            needs_word,
        }
    }
}

/// Links to `name`, the holder of title `n`, the chain of offices before it with no name
/// of its own: "Ủy viên Bộ Chính trị, Bí thư Thành ủy A" — the earlier offices are A's too.
/// `found[sentence_links..]` are the links of this sentence, the only ones that can hold
/// its titles (looking no further keeps the linking linear in the article's length).
fn link_chain_before(
    view: &View<'_, '_>,
    titles: &[Title],
    n: usize,
    name: &Range<usize>,
    found: &mut Vec<Link>,
    sentence_links: usize,
) {
    let mut m = n;
    while m > 0 {
        let before = &titles[m - 1];
        let current = &titles[m];
        if before.unheld {
            break;
        }
        let between = before.end..current.start;
        // "được sự cho phép của Thủ tướng Chính phủ, và Điều phối viên … A", "đề xuất của
        // Chủ tịch Thượng viện X, Chủ tịch Quốc hội A cho rằng": an office whose act it is
        // ("của"), then "và" or a name that opens the next clause, is another person's
        // ("chiêu đãi của Tổng Bí thư, Chủ tịch Trung Quốc A và Phu nhân" is one person's).
        // The same for the office a fronted phrase meets or questions ("Trong buổi tiếp
        // Chủ tịch X, Thủ tướng A bày tỏ …", "Chất vấn Bộ trưởng Y, ĐB B (Hà Nội) dẫn …").
        let possessor = before.start > 0
            && view.is_any(before.start - 1, OBJECT_MARKERS)
            && (between.clone().any(|k| view.is(k, "và"))
                || view.is_any(
                    past_aside(view, name.end, view.len()),
                    VERBS_AFTER_A_SUBJECT,
                ));
        // "với các ĐB, Bộ trưởng A": an office of several is none of A's.
        let chained = before.name_after.is_none()
            && before.capital
            && !possessor
            && !plural_title(view, before.start, 0)
            && !on_behalf_of(view, before.start)
            && between.len() <= 2
            && between
                .clone()
                .all(|k| view.is_any(k, &[",", "-", "–", "kiêm", "và"]))
            && !found[sentence_links..]
                .iter()
                .any(|(_, t, _)| t.start == before.start);
        if !chained {
            break;
        }
        found.push((name.clone(), before.clone(), CHAIN.id));
        m -= 1;
    }
    // "nguyên A, B X": the chain's "nguyên" holds for every office after it.
    let chain = found.len() - (n - m) - 1..found.len();
    let mut former = false;
    for k in chain.rev() {
        former |= found[k].1.former;
        found[k].1.former = former;
    }
}

/// A full Vietnamese name (three words or more) after the first comma at or after a body's
/// end `org_end` (words between, no office), that is the subject of its clause: a verb of
/// [`VERBS_AFTER_A_SUBJECT`] follows it, after a comma or not ("…, Nguyễn Văn B, cho
/// biết"). A name followed by an office is the next item of a list instead ("ông A, Giám
/// đốc Sở X, Trần Văn B, Phó Giám đốc …").
fn subject_after_comma(
    view: &View<'_, '_>,
    org_end: usize,
    sentence_end: usize,
) -> Option<Range<usize>> {
    // The comma may come a few words after the body as read ("Hội người Việt ở Nhật
    // Bản,"), but not past a word that opens a caption's next sentence ("… Thái Lan Trước
    // đó, A cho biết").
    let comma = (org_end..sentence_end.min(org_end + 10))
        .take_while(|&q| {
            view.is(q, ",")
                || (view.kind(q) == Some(TokenKind::Word)
                    && !(view.capital(q)
                        && (view.is_in(q, &OPENERS_NO_BODY_HOLDS)
                            || view.is_any(q, &["trước", "sau", "từ", "tại", "với", "về"])))
                    && role_at(view, q).is_none())
        })
        .find(|&q| view.is(q, ","))?;
    // "Phó Cục trưởng Cục X, Bộ Y tế, Nguyễn Văn B cho biết": the body's parent or place,
    // set off by commas too, may come first.
    let parent = comma + 1;
    let comma = if view.organization_head(parent).is_some() || view.place(parent).is_some() {
        (parent + 1..sentence_end.min(parent + 10))
            .take_while(|&q| {
                view.is(q, ",")
                    || (view.kind(q) == Some(TokenKind::Word) && role_at(view, q).is_none())
            })
            .find(|&q| view.is(q, ","))
            .unwrap_or(comma)
    } else {
        comma
    };
    let name = vietnamese_name_at(view, comma + 1)
        .filter(|n| n.len() >= 3 && view.place(n.start).is_none())?;
    let mut next = name.end;
    if view.is(next, ",") {
        next += 1;
    }
    (next < sentence_end && view.is_any(next, VERBS_AFTER_A_SUBJECT)).then_some(name)
}

/// Words right before an office that make it the object of an act ("của", "tiếp", "gặp",
/// "chất vấn" …), not the subject of the sentence.
const OBJECT_MARKERS: &[&str] = &["của", "tiếp", "gặp", "thăm", "vấn", "với"];

/// Words that open a clause's verb right after its subject ("A cho rằng", "A đã", "A tham
/// dự", "A chủ trì"): a name before one is the clause's subject.
const VERBS_AFTER_A_SUBJECT: &[&str] = &[
    "cho", "nói", "khẳng", "nhấn", "tham", "phát", "bày", "chia", "yêu", "nhận", "kêu", "gửi",
    "chủ", "cũng", "đã", "sẽ", "vừa", "đang", "đề", "đánh", "lưu", "trả", "thông", "tuyên",
    "trình", "dẫn",
];

/// Whether the capitalized word at `k` ends a name of two or more words written elsewhere
/// in the article ("Kemp" of "Mark Kemp"); the article's name ends are gathered once.
fn ends_a_name_elsewhere(view: &View<'_, '_>, k: usize) -> bool {
    let mut earlier = view.earlier.borrow_mut();
    let ends = earlier
        .name_ends
        .get_or_insert_with(|| words_of_longer_names(view, |run| &run[run.len() - 1..]));
    ends.contains(view.word(k))
}

/// Whether word `k` starts a run of three or more name words in the article: the family
/// name of a Chinese or Korean name written first, as its short mention ("Chủ tịch Tập"
/// of "Tập Cận Bình").
fn starts_a_longer_name(view: &View<'_, '_>, k: usize) -> bool {
    let mut earlier = view.earlier.borrow_mut();
    let starts = earlier.name_starts.get_or_insert_with(|| {
        words_of_longer_names(view, |run| if run.len() >= 3 { &run[..1] } else { &[] })
    });
    starts.contains(view.word(k))
}

/// Whether word `k` is any word of a run of two or more name words in the article: a
/// family name written first ("Kishida" of "Kishida Fumio") or last.
fn in_a_longer_name(view: &View<'_, '_>, k: usize) -> bool {
    let mut earlier = view.earlier.borrow_mut();
    let words = earlier
        .name_words
        .get_or_insert_with(|| words_of_longer_names(view, |run| run));
    words.contains(view.word(k))
}

/// One pass over the article: the words `pick` takes from every run of two or more name
/// words (token indices).
fn words_of_longer_names(
    view: &View<'_, '_>,
    pick: impl Fn(&[usize]) -> &[usize],
) -> FxHashSet<String> {
    let mut words = FxHashSet::default();
    let mut i = 0;
    while i < view.len() {
        let end = view.name_run_end(i);
        if end == i {
            // Most words begin no run: no place to look up.
            i += 1;
            continue;
        }
        let start = name_run_start(view, i, end);
        if end >= start + 2 {
            let run: Vec<usize> = (start..end).collect();
            for &k in pick(&run) {
                words.insert(view.word(k).to_string());
            }
        } else if end == start + 1
            && let Some((_, surname)) = view.word(start).split_once('.')
        {
            // "J.Mourinho": an initial and a surname in one word.
            words.insert(surname.to_string());
        }
        i = end.max(i + 1);
    }
    words
}

/// Where the name in the run of name words `i..end` starts: "Nga Putin", a country before
/// a name, is no word of it; nor is "Ông" written with a capital at a sentence start ("Ông
/// Poroshenko").
fn name_run_start(view: &View<'_, '_>, i: usize, end: usize) -> usize {
    match view.place(i) {
        Some((e, PlaceKind::Country)) if e < end => e,
        _ if end >= i + 2 && honorific_word(view, i) => i + 1,
        _ => i,
    }
}

/// The runs of name words of the article and where each starts, by the key of their words
/// ([`words_key`]); a country or an honorific before a name is no word of it.
fn name_runs(view: &View<'_, '_>) -> FxHashMap<u64, SmallVec<[usize; 2]>> {
    let mut runs: FxHashMap<u64, SmallVec<[usize; 2]>> = FxHashMap::default();
    let mut i = 0;
    while i < view.len() {
        // Most words are no name's: a cheap test first.
        let end = if view.name_word(i) {
            name_words_end(view, i)
        } else {
            i
        };
        if end == i {
            i += 1;
            continue;
        }
        let start = name_run_start(view, i, end);
        if end > start {
            runs.entry(words_key(view, start..end))
                .or_default()
                .push(start);
        }
        i = end;
    }
    runs
}

/// A key of the words of `range` (lower case, the stops of initials left out): the same
/// words give the same key, wherever they are written.
fn words_key(view: &View<'_, '_>, range: Range<usize>) -> u64 {
    let mut hasher = rustc_hash::FxHasher::default();
    for k in range.filter(|&k| !view.initial_stop(k)) {
        hasher.write(view.word(k).as_bytes());
        hasher.write_u8(b' ');
    }
    hasher.finish()
}

/// Whether an office starting at `s` ends right before `p`, so that the words from `p` are
/// written after it; not a bare "lãnh đạo", as often a body's leadership ("Lãnh đạo Real
/// Madrid họp").
fn office_ends_at(view: &View<'_, '_>, s: usize, p: usize) -> bool {
    role_at(view, s).is_some_and(|r| r.end == p && !role_is(view, &r, &LEADER))
}

/// Heads of bodies of the state and of groups that are never named after a person: written
/// alone, they point back to the body named before ("Thứ trưởng Bộ", "Chủ tịch Tập đoàn").
/// Schools, hospitals, institutes, councils and clubs are often named after people
/// ("Bệnh viện Phạm Ngọc Thạch"), so they are not here.
const HEADS_NOT_NAMED_AFTER_PEOPLE: &[&[&str]] = &[
    &["bộ"],
    &["sở"],
    &["cục"],
    &["tổng", "cục"],
    &["chi", "cục"],
    &["ban"],
    &["ủy", "ban"],
    &["văn", "phòng"],
    &["thanh", "tra"],
    &["tập", "đoàn"],
    &["tổng", "công", "ty"],
];

/// "Chủ tịch Tập đoàn Trần Văn A cho biết", "Thứ trưởng Bộ Lê Văn B chỉ đạo": a head of
/// [`HEADS_NOT_NAMED_AFTER_PEOPLE`] from `start` to `head_end`, then a full Vietnamese name
/// (three words or more) that ends the capitals: the name is the holder's, not the body's.
fn holder_after_bare_head(view: &View<'_, '_>, start: usize, head_end: usize) -> bool {
    HEADS_NOT_NAMED_AFTER_PEOPLE
        .iter()
        .any(|head| start + head.len() == head_end && view.matches(start, head))
        && vietnamese_name_at(view, head_end)
            .is_some_and(|n| n.len() >= 3 && n.end == view.name_run_end(head_end))
}

/// Whether the article writes the word at `k` elsewhere as a run of one name word that no
/// honorific or office introduces: a body's name ("Uber đã …", "của Uber"), not a person's.
fn written_alone_as_a_body(view: &View<'_, '_>, k: usize) -> bool {
    runs_written_as(view, k..k + 1).iter().any(|&p| {
        p != k
            && p > 0
            && !view.name_word(p - 1)
            && !honorific_word(view, p - 1)
            && !(p.saturating_sub(4)..p).any(|s| office_ends_at(view, s, p))
    })
}

/// Where the name starts that an honorific introduces after a comma at `k` (", ông A").
fn honorific_after_comma(view: &View<'_, '_>, k: usize) -> Option<usize> {
    match view.qualifier(k + 1) {
        Some((h, Qualifier::Honorific)) if view.is(k, ",") => Some(h),
        _ => None,
    }
}

/// Whether the article writes the words of `range` elsewhere right after an honorific or an
/// office, as a person's name ("thẩm phán A" before "… thẩm phán A, ông B"). Not where the
/// holder is introduced after them again ("Chủ tịch Real Madrid, ông B" twice): there they
/// are the body's name too.
fn written_as_a_holder_elsewhere(view: &View<'_, '_>, range: Range<usize>) -> bool {
    let len = range.len();
    runs_written_as(view, range.clone()).iter().any(|&p| {
        p != range.start
            && p > 0
            && honorific_after_comma(view, p + len).is_none()
            && (honorific_word(view, p - 1)
                || (p.saturating_sub(4)..p).any(|s| {
                    // "Ban lãnh đạo Real Madrid", "Ban giám đốc X": a board, a body.
                    office_ends_at(view, s, p) && !(s > 0 && view.is(s - 1, "ban"))
                }))
    })
}

/// Where the article's runs of name words with the words of `range` start (the table of
/// runs built on first use).
fn runs_written_as<'v>(view: &'v View<'_, '_>, range: Range<usize>) -> &'v [usize] {
    let key = words_key(view, range);
    view.name_runs
        .get_or_init(|| name_runs(view))
        .get(&key)
        .map_or(&[], |at| at.as_slice())
}

/// Whether the article writes the words of `range` as a whole run of name words somewhere
/// other than at `range.start`: "Elon Musk" alone elsewhere, so that "Tesla" before it in
/// "CEO Tesla Elon Musk" is no word of the name.
fn written_alone_elsewhere(view: &View<'_, '_>, range: Range<usize>) -> bool {
    if range.is_empty() {
        return false;
    }
    let start = range.start;
    runs_written_as(view, range).iter().any(|&p| p != start)
}

/// Whether the lower-case word at `j` ends a dictionary word begun in the run from `k`: a
/// body's name does not end inside a word ("Cục Quản lý xuất nhập cảnh", "Cục Khảo thí và
/// Kiểm định chất lượng", never "… xuất nhập", "… chất"). Only in a run that begins with a
/// body's head (or after a head written in the role, "Trưởng phòng …"): capitals with no
/// head are as often a name and the sentence's next words ("Trump giới thiệu …").
fn completes_a_word(view: &View<'_, '_>, k: usize, j: usize) -> bool {
    let headed = view.organization_head(k).is_some()
        || (k > 0 && view.is_any(k - 1, HEADS_IN_ROLES))
        || unit_repeated(view, k);
    if !headed {
        return false;
    }
    (j.saturating_sub(2).max(k)..j).any(|from| {
        (from + 1..=j).all(|q| view.joined(q) && view.kind(q) == Some(TokenKind::Word))
            && view.kind(from) == Some(TokenKind::Word)
            && in_dictionary((from..=j).map(|q| view.word(q)))
    })
}

/// Words right before "là" that say when the person is the office after it ("hiện là",
/// "cũng là"): the person is before them.
const NOW_BEFORE_LA: &[&str] = &["hiện", "nay", "đang", "vẫn", "cũng"];

/// After an opening bracket, the words that say a person is the office at `start`: "ông A
/// (hiện là Giám đốc …)", "(lúc đó là …)", "(thời điểm đó đang là …)". Returns where the
/// office would start were those words left out: right after the bracket.
fn said_in_brackets(view: &View<'_, '_>, start: usize, sentence_start: usize) -> Option<usize> {
    if start < sentence_start + 2 || !view.is(start - 1, "là") {
        return None;
    }
    let mut p = start - 1;
    if p > sentence_start && view.is_any(p - 1, NOW_BEFORE_LA) {
        p -= 1;
    }
    // "lúc đó", "khi ấy", "thời điểm đó", "hiện đang".
    if p >= sentence_start + 2
        && view.is_any(p - 1, &["đó", "ấy", "này"])
        && view.is_any(p - 2, &["lúc", "khi", "điểm"])
    {
        let time = p >= sentence_start + 3 && view.matches(p - 3, &["thời", "điểm"]);
        p -= if time { 3 } else { 2 };
    } else if p > sentence_start && view.is(p - 1, "hiện") {
        p -= 1;
    }
    (p > sentence_start && view.is(p - 1, "(")).then_some(p)
}

/// Whether the title at `start` is the office another acts for: "Thừa ủy quyền Chủ tịch
/// UBND X, Phó Chủ tịch Y" — the office before the comma is not Y's.
fn on_behalf_of(view: &View<'_, '_>, start: usize) -> bool {
    // "Thừa ủy quyền của Thủ tướng, Phó Thủ tướng A", "Thay mặt cho giám đốc, …": "của" or
    // "cho" may come between.
    // ("ủy quyền cho X" delegates to X: X's holder is named).
    let start = if start > 0
        && (view.is(start - 1, "của")
            || (view.is(start - 1, "cho")
                && start >= 3
                && view.matches(start - 3, &["thay", "mặt"])))
    {
        start - 1
    } else {
        start
    };
    start >= 2
        && (view.matches(start - 2, &["ủy", "quyền"])
            || view.matches(start - 2, &["uỷ", "quyền"])
            || view.matches(start - 2, &["thừa", "lệnh"])
            || view.matches(start - 2, &["thay", "mặt"]))
}

/// The person a title is an apposition to, named right before it ("ông A, Giám đốc …",
/// "A (Chủ tịch …)"): the link, the title taking a rank written before the name.
fn apposed_holder(view: &View<'_, '_>, title: &Title, sentence_start: usize) -> Option<Link> {
    let mut p = said_in_brackets(view, title.start, sentence_start).unwrap_or(title.start);
    if p > sentence_start && view.is_any(p - 1, APPOSITION_MARKS) {
        p -= 1;
        // "bị cáo A (52 tuổi, nguyên Giám đốc …)": the age or the year of birth first.
        if let Some(open) = age_before(view, p).filter(|&open| open > sentence_start) {
            p = open;
        }
        let paren = view.is(p, "(");
        // "ông A, luật sư, Tổng thư ký …": the person's occupation between name and office.
        let described = || {
            let comma = occupation_before(view, p, sentence_start)?;
            person_before(view, comma, sentence_start)
        };
        if let Some(name) = person_before(view, p, sentence_start).or_else(described) {
            let rule = if paren { PARENTHESIS.id } else { APPOSITION.id };
            let mut title = title.clone();
            // "trung tá A, Đội trưởng …": the rank written before the name.
            if title.rank.is_none() {
                title.rank = (name.start.saturating_sub(3)..name.start).find_map(|s| {
                    matches!(view.qualifier(s), Some((e, Qualifier::Rank)) if e == name.start)
                        .then_some(s..name.start)
                });
            }
            return Some((name, title, rule));
        }
    }
    None
}

/// Occupations written between a name and its office: "ông A, luật sư, Tổng thư ký …",
/// "B, chuyên gia về Trung Đông, Viện trưởng …".
const OCCUPATIONS: &[&[&str]] = &[
    &["luật", "sư"],
    &["chuyên", "gia"],
    &["giáo", "sư"],
    &["nhà", "nghiên", "cứu"],
    &["nhà", "kinh", "tế"],
    &["nhà", "khoa", "học"],
    &["nhà", "báo"],
    &["nhà", "văn"],
    &["tiến", "sĩ"],
    &["bác", "sĩ"],
    &["kỹ", "sư"],
    &["kinh", "tế", "gia"],
];

/// The mark before an occupation that ends at the comma or dash `mark` (", luật sư,", ",
/// một chuyên gia về Nga,", "(chuyên gia kinh tế -", "- nhà nghiên cứu -"): an
/// occupation's words first, then at most six words in lower case or places, inside the
/// sentence.
fn occupation_before(view: &View<'_, '_>, mark: usize, sentence_start: usize) -> Option<usize> {
    const DASHES: &[&str] = &["-", "–"];
    if !view.is(mark, ",") && !view.is_any(mark, DASHES) {
        return None;
    }
    let first = mark.saturating_sub(9).max(sentence_start);
    let before = (first..mark)
        .rev()
        .find(|&q| view.is(q, ",") || view.is(q, "(") || view.is_any(q, DASHES))?;
    let mut k = before + 1;
    if view.is(k, "một") {
        k += 1;
    }
    let words = OCCUPATIONS.iter().find(|w| view.matches(k, w))?;
    let mut q = k + words.len();
    while q < mark {
        if let Some((place_end, _)) = view.place(q) {
            q = place_end;
        } else if view.kind(q) == Some(TokenKind::Word) && !view.capital(q) && !view.acronym(q) {
            q += 1;
        } else {
            return None;
        }
    }
    (q == mark && mark - k <= words.len() + 6).then_some(before)
}

/// Where the parenthesis opens when the comma at `comma` follows an age or a year of birth
/// written first in it: "(52 tuổi,", "(SN 1972,", "(sinh năm 1984,".
fn age_before(view: &View<'_, '_>, comma: usize) -> Option<usize> {
    if !view.is(comma, ",") || comma < 3 {
        return None;
    }
    let number = |k: usize| view.kind(k) == Some(TokenKind::Number);
    let age = view.is(comma - 1, "tuổi") && number(comma - 2);
    let born = number(comma - 1) && view.is(comma - 2, "sn");
    let open = if age || born {
        comma - 3
    } else if number(comma - 1) && comma >= 4 && view.matches(comma - 3, &["sinh", "năm"]) {
        comma - 4
    } else {
        return None;
    };
    view.is(open, "(").then_some(open)
}

/// A person's name as a key: its words, lower case.
fn name_key(view: &View<'_, '_>, r: &Range<usize>) -> String {
    r.clone()
        .map(|k| view.word(k))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A title's organization as a key. A shortened body is keyed by its full name, so that
/// "Chủ tịch Hội" of two bodies are two titles.
fn org_key(view: &View<'_, '_>, t: &Title) -> String {
    let parts = match &t.organization {
        Some(_) if !t.resolved.is_empty() => t.resolved.clone(),
        Some(o) => vec![o.clone()],
        None => Vec::new(),
    };
    parts
        .into_iter()
        .flatten()
        .map(|k| view.word(k))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A title's role as a key: its words, lower case, initials written out ("ĐB" is
/// "đại biểu", "TGĐ" "tổng giám đốc").
fn role_key(view: &View<'_, '_>, t: &Title) -> String {
    let words = t
        .role
        .clone()
        .map(|k| view.word(k))
        .collect::<Vec<_>>()
        .join(" ");
    crate::normalize::fold_case(&view.lexicon.expand(&words)).into_owned()
}

/// "nhà lãnh đạo A" (or "lãnh đạo X A") is A's position only when the article gives A no
/// other office ("Chủ tịch Trung Quốc A" … "nhà lãnh đạo A": A is Chủ tịch); both written of
/// A are one office, "nhà lãnh đạo" ("nhà lãnh đạo Triều Tiên A" … "lãnh đạo Triều Tiên A").
///
/// Returns the names (byte ranges) and roles (lower case) of the officials dropped, whose
/// leader's title goes too.
fn drop_leader_with_office(
    text: &str,
    out: &mut Vec<OfficialMention>,
) -> Vec<(Range<usize>, String)> {
    let name = |o: &OfficialMention| text.get(o.name.clone()).unwrap_or("").to_lowercase();
    let names_with = |wanted: fn(&str, &Range<usize>) -> bool| -> FxHashSet<String> {
        out.iter()
            .filter(|o| wanted(text, &o.role))
            .map(name)
            .collect()
    };
    let with_office = names_with(|text, role| !leader_role(text, role));
    let with_nha = names_with(|text, role| role_text_is(text, role, "nhà lãnh đạo"));
    let mut dropped = Vec::new();
    out.retain(|o| {
        let n = name(o);
        let drop = leader_role(text, &o.role)
            && (with_office.contains(&n)
                || (role_text_is(text, &o.role, "lãnh đạo") && with_nha.contains(&n)));
        if drop {
            dropped.push((o.name.clone(), role_lower(text, &o.role)));
        }
        !drop
    });
    dropped
}

/// "Doanld Trump" where the article also names "Donald Trump" in the same office: one
/// person whose foreign name is misspelled once (the news writes such names by ear). The
/// form the article writes more often is kept (with more mentions, then the first, on a
/// tie) and the other becomes its mention.
/// Only foreign words may differ, each by one letter (a transposition counts as one), two
/// words at most: Vietnamese names that differ by a letter or a tone mark ("Thanh",
/// "Thành") are different people, and so are "Kim Jong-il" and "Kim Jong-un".
fn merge_misspelled_names(text: &str, out: &mut Vec<OfficialMention>) {
    // More officials of one office than this in an article is no news text worth the
    // quadratic comparison.
    const MOST: usize = 64;
    if out.len() < 2 {
        return;
    }
    let lower = |r: &Range<usize>| text.get(r.clone()).unwrap_or("").to_lowercase();
    let names: Vec<String> = out.iter().map(|o| lower(&o.name)).collect();
    let roles: Vec<String> = out.iter().map(|o| lower(&o.role)).collect();
    let mut by_role: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    for (n, role) in roles.iter().enumerate() {
        by_role.entry(role.as_str()).or_default().push(n);
    }
    let mut into: Vec<Option<usize>> = vec![None; out.len()];
    for group in by_role.values().filter(|g| g.len() >= 2 && g.len() <= MOST) {
        // How often each form is written, then how often linked.
        let written = |n: usize| {
            let name = text.get(out[n].name.clone()).unwrap_or("");
            (text.matches(name).count(), out[n].mentions.len())
        };
        for &a in group {
            for &b in group {
                // The cheap tests first: counting a form's occurrences reads the article.
                if a != b
                    && into[b].is_none()
                    && misspelling_of(&names[a], &names[b])
                    && match (&out[a].organization, &out[b].organization) {
                        (Some(x), Some(y)) => lower(x) == lower(y),
                        _ => true,
                    }
                    && (written(b), std::cmp::Reverse(b)) > (written(a), std::cmp::Reverse(a))
                {
                    into[a] = Some(b);
                    break;
                }
            }
        }
    }
    for a in 0..out.len() {
        // Follow the chain to a kept official ("Donal" → "Doanl" → "Donald").
        let mut b = a;
        while let Some(next) = into[b] {
            b = next;
        }
        if b == a {
            continue;
        }
        let (name, mentions) = (out[a].name.clone(), out[a].mentions.clone());
        let kept = &mut out[b];
        kept.mentions.push(name);
        kept.mentions.extend(mentions);
        kept.mentions.sort_by_key(|m| (m.start, m.end));
        kept.mentions.dedup();
    }
    retain_at(out, |n| into[n].is_none());
}

/// Whether the lower-case name `a` is `b` misspelled (see [`merge_misspelled_names`]).
fn misspelling_of(a: &str, b: &str) -> bool {
    let (wa, wb): (Vec<&str>, Vec<&str>) = (
        a.split_whitespace().collect(),
        b.split_whitespace().collect(),
    );
    if a == b || wa.len() != wb.len() {
        return false;
    }
    let mut differing = 0;
    for (x, y) in wa.iter().zip(&wb) {
        if x == y {
            continue;
        }
        differing += 1;
        let foreign = looks_foreign(x) && looks_foreign(y);
        let long = x.chars().count() >= 4 && y.chars().count() >= 4;
        if !foreign || !long || strsim::osa_distance(x, y) > 1 {
            return false;
        }
    }
    differing <= 2
}

/// Whether the role at `role` (bytes of `text`) is a leader's: "nhà lãnh đạo", "lãnh đạo".
fn leader_role(text: &str, role: &Range<usize>) -> bool {
    role_text_is(text, role, "nhà lãnh đạo") || role_text_is(text, role, "lãnh đạo")
}

/// Whether the role at `role` (bytes of `text`) is `wanted` (lower case).
fn role_text_is(text: &str, role: &Range<usize>, wanted: &str) -> bool {
    // Its letters take as many bytes in either case: most roles differ in length.
    role.len() == wanted.len() && role_lower(text, role) == wanted
}

/// The role at `role` (bytes of `text`) in lower case.
fn role_lower(text: &str, role: &Range<usize>) -> String {
    text.get(role.clone()).unwrap_or("").to_lowercase()
}

/// "V. Marov" or "V.Marov" where the article also links "Viktor Marov": the person is named
/// in full, once one linked name alone has the initial's letter and the last word.
fn name_initials_in_full(view: &View<'_, '_>, found: &mut [Link]) {
    let initial_led = |r: &Range<usize>| r.len() >= 3 && view.initial_stop(r.start + 1);
    // The initial's letter and the last word: "V. Marov", or "T.May" written as one word.
    let initial_and_last = |r: &Range<usize>| {
        let letter = view.word(r.start).chars().next();
        if initial_led(r) {
            Some((letter, view.word(r.end - 1)))
        } else if r.len() == 1 && dotted_initial_name(view, r.start) {
            view.word(r.start)
                .split_once('.')
                .map(|(_, last)| (letter, last))
        } else {
            None
        }
    };
    let full_names: Vec<Range<usize>> = found
        .iter()
        .map(|(name, _, _)| name.clone())
        .filter(|name| name.len() >= 2 && !initial_led(name))
        .collect();
    for (name, _, _) in found.iter_mut() {
        let Some((letter, last)) = initial_and_last(name) else {
            continue;
        };
        let mut fuller = full_names.iter().filter(|full| {
            view.word(full.end - 1) == last && view.word(full.start).chars().next() == letter
        });
        if let Some(first) = fuller.next()
            && fuller.all(|other| name_key(view, other) == name_key(view, first))
        {
            *name = first.clone();
        }
    }
}

/// "ông Đức Chung" ([`short_name_at`]) where the article also writes "Nguyễn Đức Chung":
/// the person is named in full, once every fuller Vietnamese name ending in the two words
/// is that one.
fn short_names_in_full(view: &View<'_, '_>, found: &mut [Link]) {
    // A coach's short name is linked many times in an article: one search per name.
    let mut full_names: FxHashMap<(&str, &str), Option<Range<usize>>> = FxHashMap::default();
    for (name, _, _) in found.iter_mut() {
        if name.len() != 2 || !view.is_any(name.start, MIDDLE_NAMES) {
            continue;
        }
        let words = (view.word(name.start), view.word(name.start + 1));
        let full = full_names
            .entry(words)
            .or_insert_with(|| the_full_name_ending_in(view, words));
        if let Some(full) = full {
            *name = full.clone();
        }
    }
}

/// The one full Vietnamese name the article writes ending in the two words, if every such
/// name is the same.
fn the_full_name_ending_in(
    view: &View<'_, '_>,
    (middle, given): (&str, &str),
) -> Option<Range<usize>> {
    let mut fuller = (1..view.len().saturating_sub(1))
        .filter(|&k| view.word(k) == middle && view.word(k + 1) == given)
        .filter_map(|k| {
            (k.saturating_sub(2)..k)
                .find(|&s| vietnamese_name_at(view, s) == Some(s..k + 2))
                .map(|s| s..k + 2)
        });
    let first = fuller.next()?;
    fuller
        .all(|other| name_key(view, &other) == name_key(view, &first))
        .then_some(first)
}

/// One official per (person, position) from the links found, mentions still empty.
fn official_mentions(
    view: &View<'_, '_>,
    found: &[Link],
    bytes: &dyn Fn(&Range<usize>) -> Range<usize>,
    aliases: &Aliases,
) -> Vec<OfficialMention> {
    let mut out: Vec<OfficialMention> = Vec::new();
    // The organization of each official, and the officials of each (person, role) in order:
    // only those can be the same again.
    let mut orgs: Vec<String> = Vec::new();
    let mut by_person_role: FxHashMap<(String, String), Vec<usize>> = FxHashMap::default();
    for (name, title, rule) in found {
        // A body read over the holder's own name, here or where it is written again ("HLV
        // Hữu Thắng" · "Hữu Thắng"), is none.
        // So is one read over the name of another holder of the office, for every holder of
        // a list ("các phó trưởng phòng A, B": B's office is not "phòng A").
        let title = &without_body_if(title, |o| {
            overlaps(o, name) || names_the_holder(view, o, name) || title.read_over_a_holder(o)
        });
        let org = org_key(view, title);
        let same_person_role = by_person_role
            .entry((name_key(view, name), role_key(view, title)))
            .or_default();
        // The same person and role again: keep the fuller organization (but the first of
        // a body and the abbreviation the text gave it, unless that is its initials).
        if let Some(&at) = same_person_role
            .iter()
            .find(|&&at| same_body(&orgs[at], &org, aliases))
        {
            keep_spelled_out(&mut out[at].role, bytes(&title.role));
            if orgs[at].len() < org.len()
                && (!aliased(&orgs[at], &org, aliases) || initials_of(&orgs[at], &org))
            {
                orgs[at] = org;
                out[at].organization = title.organization.as_ref().map(bytes);
                out[at].organization_resolved = title.resolved.iter().map(bytes).collect();
            }
            continue;
        }
        same_person_role.push(out.len());
        orgs.push(org);
        out.push(OfficialMention {
            name: bytes(name),
            role: bytes(&title.role),
            organization: title.organization.as_ref().map(bytes),
            organization_resolved: title.resolved.iter().map(bytes).collect(),
            former: title.former,
            rank: title.rank.as_ref().map(bytes),
            mentions: Vec::new(),
            rule,
        });
    }
    // "ĐBQH A" … "ĐB A (Bến Tre)": a member's seat written without its assembly (or with
    // the assembly as its body, lent by its sentence) is the seat the article names in
    // full for that person.
    let short_seats: FxHashSet<usize> = by_person_role
        .iter()
        .filter(|((name, role), _)| {
            role == "đại biểu"
                && by_person_role.contains_key(&(name.clone(), "đại biểu quốc hội".to_string()))
        })
        .flat_map(|(_, at)| {
            at.iter()
                .copied()
                .filter(|&at| the_assembly_or_none(&orgs[at]))
        })
        .collect();
    // "đội trưởng A" with no unit named and no rank is most often a sports team's captain,
    // which is no position (corpus/baomoi/CONVENTIONS.md); a police or army team's head is
    // written with the unit ("Đội trưởng Đội CSGT") or a rank ("Trung tá A, Đội trưởng").
    let captains: FxHashSet<usize> = by_person_role
        .iter()
        .filter(|((_, role), _)| captains_role(role))
        .flat_map(|(_, at)| at.iter().copied())
        .filter(|&at| out[at].organization.is_none() && out[at].rank.is_none())
        .collect();
    // One of an office written twice goes (see `offices_written_short`); its body, when
    // the one kept was written without one, stays ("Thứ trưởng Bộ X A" … "Thứ trưởng thường
    // trực A").
    let formers: Vec<bool> = out.iter().map(|o| o.former).collect();
    let pairs = offices_written_short(&by_person_role, &orgs, &formers, aliases);
    let dropping: FxHashSet<usize> = pairs.iter().map(|&(dropped, _)| dropped).collect();
    let mut shortened = FxHashSet::default();
    for (dropped, kept) in pairs {
        // The one kept is itself written short of another: the body it would take is
        // lost there ("Phó Chủ tịch · Hội X", "Phó Chủ tịch thường trực", "Phó Chủ tịch
        // thường trực Quốc hội"), so the one with the body stays.
        let lends = orgs[kept].is_empty() && !orgs[dropped].is_empty();
        if (lends && dropping.contains(&kept)) || !shortened.insert(dropped) {
            continue;
        }
        if lends {
            orgs[kept] = orgs[dropped].clone();
            out[kept].organization = out[dropped].organization.clone();
            out[kept].organization_resolved = out[dropped].organization_resolved.clone();
        }
    }
    retain_at(&mut out, |n| {
        !short_seats.contains(&n) && !captains.contains(&n) && !shortened.contains(&n)
    });
    out
}

/// "Phó Thủ tướng thường trực A" … "Phó Thủ tướng A": pairs of officials (indices, in
/// order), the one to drop and the one to keep, where one's role is the other's cut short,
/// for the same person and the same body (or none): one office written again without its
/// last words, not a second office. The short one goes, unless the full one has no body
/// and its last words name a state's ("Chủ tịch Quốc hội", "Chủ tịch nước") while the
/// short one has a body: that is the full one's when it is that state body ("Chủ tịch ·
/// Quốc hội Lào", and the full one goes), and otherwise another office ("Chủ tịch · Liên
/// minh X"), no pair.
fn offices_written_short(
    by_person_role: &FxHashMap<(String, String), Vec<usize>>,
    orgs: &[String],
    formers: &[bool],
    aliases: &Aliases,
) -> Vec<(usize, usize)> {
    let mut roles_of: FxHashMap<&str, Vec<(&str, &[usize])>> = FxHashMap::default();
    for ((name, role), at) in by_person_role {
        roles_of.entry(name).or_default().push((role, at));
    }
    let mut pairs = Vec::new();
    for roles in roles_of.values().filter(|roles| roles.len() >= 2) {
        // One word ("trưởng") begins too many offices to be one of them cut short; a person
        // holding one office in many bodies is a list, not an office written twice (and
        // comparing every pair of them would cost the square of the list).
        let few = |at: &[usize]| at.len() <= MAX_BODIES_OF_ONE_OFFICE;
        for &(short, at) in roles
            .iter()
            .filter(|(role, at)| role.contains(' ') && few(at))
        {
            // "phụ trách" makes another office: the deputy who runs the body.
            let fuller = roles
                .iter()
                .filter(|(_, at)| few(at))
                .filter_map(|(role, fuller_at)| {
                    role.strip_prefix(short)
                        .and_then(|rest| rest.strip_prefix(' '))
                        .filter(|rest| !rest.starts_with("phụ trách"))
                        .map(|rest| (rest, fuller_at))
                });
            // A full office written without a body takes the short ones' only when they
            // all name one ("Giám đốc Công ty A, Giám đốc Công ty B" … "Giám đốc điều hành").
            let bodies: Vec<&str> = at
                .iter()
                .map(|&a| orgs[a].as_str())
                .filter(|o| !o.is_empty())
                .collect();
            let one_body = bodies.iter().all(|o| same_body(bodies[0], o, aliases));
            for (rest, fuller_at) in fuller {
                let states_body = STATES_BODIES.iter().any(|body| contains_words(rest, body));
                // A board of the body other than the one the full role names: "thành viên
                // · hội đồng tín dụng X" is no "thành viên HĐQT".
                let other_board = |org: &str| {
                    rest.split(' ').next() == org.split(' ').next() && !org.starts_with(rest)
                };
                for &a in at {
                    pairs.extend(fuller_at.iter().filter_map(|&b| {
                        if formers[a] != formers[b]
                            || !same_body(&orgs[a], &orgs[b], aliases)
                            || other_board(&orgs[a])
                            || (orgs[b].is_empty() && !one_body)
                        {
                            None
                        } else if states_body && orgs[b].is_empty() && !orgs[a].is_empty() {
                            // "Chủ tịch · Quốc hội Lào" and "Chủ tịch Quốc hội": the short
                            // one, with the state's body, says more. Its body alone
                            // ("đại biểu · Quốc hội", "ĐBQH") is no more: no pair.
                            (orgs[a] != rest && the_same_states_body(rest, &orgs[a]))
                                .then_some((b, a))
                        } else {
                            Some((a, b))
                        }
                    }));
                }
            }
        }
    }
    pairs.sort_unstable();
    pairs
}

/// The most bodies of one office of one person that [`offices_written_short`] compares.
const MAX_BODIES_OF_ONE_OFFICE: usize = 16;

/// Whether the body `org` is the state's body that a role's last words `rest` name
/// ("quốc hội" in "quốc hội lào", "nước" in "nước cộng hòa …").
fn the_same_states_body(rest: &str, org: &str) -> bool {
    STATES_BODIES
        .iter()
        .any(|body| contains_words(rest, body) && contains_words(org, body))
}

/// A state's bodies that end an office's role: "Chủ tịch Quốc hội", "Chủ tịch nước".
const STATES_BODIES: [&str; 2] = ["quốc hội", "nước"];

/// Whether a role (as [`role_key`]) is a team's captain's or deputy's when written with
/// no unit and no rank (see [`official_mentions`]).
fn captains_role(role: &str) -> bool {
    matches!(role, "đội trưởng" | "phó đội trưởng" | "đội phó")
}

/// Whether a seat's organization (as [`org_key`]) is none or the national assembly: the
/// seat "đại biểu" is then "đại biểu Quốc hội" written short.
fn the_assembly_or_none(org: &str) -> bool {
    org.is_empty() || org == "quốc hội"
}

/// The words of tokens `r`.
fn words_of<'v>(view: &'v View<'_, '_>, r: &Range<usize>) -> Vec<&'v str> {
    r.clone().map(|k| view.word(k)).collect()
}

/// Whether the body `o` is the words of the holder's name or of its short form, the last
/// two words or more ("HLV Hữu Thắng" read as the coach of "Hữu Thắng", for "Nguyễn Hữu
/// Thắng").
fn names_the_holder(view: &View<'_, '_>, o: &Range<usize>, name: &Range<usize>) -> bool {
    is_name_or_short_form(&words_of(view, o), &words_of(view, name))
}

/// Whether `words` are the name `holder` or its last two words or more.
fn is_name_or_short_form(words: &[&str], holder: &[&str]) -> bool {
    words == holder || (words.len() >= 2 && holder.ends_with(words))
}

/// `title`, without its body when `wrong` holds for the body.
fn without_body_if(title: &Title, wrong: impl Fn(&Range<usize>) -> bool) -> Cow<'_, Title> {
    match &title.organization {
        Some(o) if wrong(o) => Cow::Owned(Title {
            organization: None,
            resolved: Vec::new(),
            ..title.clone()
        }),
        _ => Cow::Borrowed(title),
    }
}

/// The titles: one per distinct (role, organization), accepted when written with a capital
/// or held by a named person, with their mentions and the full names of their holders.
fn title_mentions(
    view: &View<'_, '_>,
    all_titles: &[Title],
    found: &[Link],
    out: &[OfficialMention],
    bytes: &dyn Fn(&Range<usize>) -> Range<usize>,
    aliases: &Aliases,
) -> Vec<TitleMention> {
    // The holders linked to each title (by where it starts; several for a list "gồm các
    // ông: A, B"), and the first official each name is a mention of: looked up for each
    // title rather than searched for.
    let mut holders_of: FxHashMap<usize, Vec<&Range<usize>>> = FxHashMap::default();
    for (name, title, _) in found {
        holders_of.entry(title.start).or_default().push(name);
    }
    let mut official_of: FxHashMap<&Range<usize>, usize> = FxHashMap::default();
    for (at, official) in out.iter().enumerate() {
        for mention in official.mentions.iter().chain([&official.name]) {
            official_of.entry(mention).or_insert(at);
        }
    }
    // A body that is a holder's name or its short form ("HLV Hữu Thắng" read as the coach
    // of "Hữu Thắng") is none, as for the officials.
    let holder_names: Vec<Vec<&str>> = found
        .iter()
        .map(|(name, _, _)| words_of(view, name))
        .collect();
    // So is one word that is the given name of a holder of the same office: "Thứ trưởng
    // Trường" after "Thứ trưởng … Nguyễn Hồng Trường" is the holder again (and "Trường" a
    // school's head).
    let given_names: FxHashSet<(String, &str)> = found
        .iter()
        .zip(&holder_names)
        .filter_map(|((_, title, _), words)| match words[..] {
            [_, .., given] => Some((role_key(view, title), given)),
            _ => None,
        })
        .collect();
    let mut titles: Vec<TitleMention> = Vec::new();
    let mut holders: Vec<FxHashSet<Range<usize>>> = Vec::new();
    let mut keys = TitleKeys::default();
    for title in all_titles {
        // Or one read over the name of a holder of this office.
        let title = &without_body_if(title, |o| {
            let body = words_of(view, o);
            holder_names
                .iter()
                .any(|holder| is_name_or_short_form(&body, holder))
                || title.read_over_a_holder(o)
                || (o.len() == 1
                    && o.start == title.role.end
                    && given_names.contains(&(role_key(view, title), body[0])))
        });
        // A team's captain is no office, as for the officials.
        if title.organization.is_none()
            && title.rank.is_none()
            && captains_role(&role_key(view, title))
        {
            continue;
        }
        let title_holders = holders_of.get(&title.start).map_or(&[][..], Vec::as_slice);
        // A role in lower case names an office when a body written with a capital follows
        // it, whole ("các đại biểu Quốc hội", "thẩm phán Tòa án Tối cao", "tổng thống
        // Mỹ"), not alone ("giám đốc"); "thành viên" of a group of states or of a party
        // names no office, nor does a team's "đội trưởng" (its captain).
        let named_body_after = !title.affiliated
            && !role_ends_in(view, &title.role, &[["thành", "viên"], ["đội", "trưởng"]])
            && title.organization.as_ref().is_some_and(|o| {
                // A body's head, a place or an acronym first: not a name ("thẩm phán James").
                let a_body = view.organization_head(o.start).is_some()
                    || view.place(o.start).is_some()
                    || view.acronym(o.start);
                o.start == title.role.end
                    && capital_word(view, o.start)
                    && a_body
                    && ends_whole(view, o)
            });
        // "các đại biểu Quốc hội": a seat whose role names its assembly with a capital.
        let names_its_assembly = assembly_seat(view, &title.role)
            && (title.role.start + 1..title.role.end).any(|k| view.capital(k));
        if title_holders.is_empty()
            && (!(title.capital || named_body_after || names_its_assembly)
                || holder_only(view, title))
        {
            continue;
        }
        let key = (role_key(view, title), org_key(view, title));
        // The role and the body written after it; a body taken from elsewhere in the
        // sentence is not part of the mention.
        let mention_end = match &title.organization {
            Some(o) if o.start >= title.role.start && o.end <= title.end => {
                o.end.max(title.role.end)
            }
            _ => title.role.end,
        };
        let span = bytes(&(title.role.start..mention_end));
        let at = match keys.find(&key, aliases) {
            Some(at) => {
                keep_spelled_out(&mut titles[at].role, bytes(&title.role));
                // A body written in full after its initials ("NHNN" … "Ngân hàng Nhà nước"),
                // its short name or with words abbreviated ("Thành ủy TP HCM") names the
                // title.
                if (keys.orgs[at].is_empty() && !key.1.is_empty())
                    || initials_of(&keys.orgs[at], &key.1)
                    || shortened_name(&keys.orgs[at], &key.1)
                    || abbreviated_words(&keys.orgs[at], &key.1)
                {
                    keys.orgs[at] = key.1;
                    titles[at].organization = title.organization.as_ref().map(bytes);
                    titles[at].organization_resolved = title.resolved.iter().map(bytes).collect();
                }
                at
            }
            None => {
                keys.push(key);
                holders.push(FxHashSet::default());
                titles.push(TitleMention {
                    role: bytes(&title.role),
                    organization: title.organization.as_ref().map(bytes),
                    organization_resolved: title.resolved.iter().map(bytes).collect(),
                    mentions: Vec::new(),
                    holders: Vec::new(),
                });
                titles.len() - 1
            }
        };
        titles[at].mentions.push(span);
        for h in title_holders.iter().map(|n| bytes(n)) {
            let full = official_of.get(&h).map_or(h, |&o| out[o].name.clone());
            if holders[at].insert(full.clone()) {
                titles[at].holders.push(full);
            }
        }
    }
    // A seat written without its assembly ("ĐB A"), held only by members the article
    // names with the full seat ("ĐBQH A"), is that seat (as for the officials).
    let full_seat_holders: FxHashSet<&Range<usize>> = keys
        .of_role("đại biểu quốc hội")
        .iter()
        .map(|&at| &titles[at])
        .filter(|t| t.organization.is_none())
        .flat_map(|t| &t.holders)
        .collect();
    let short_seats: FxHashSet<usize> = keys
        .of_role("đại biểu")
        .iter()
        .copied()
        .filter(|&at| {
            let t = &titles[at];
            the_assembly_or_none(&keys.orgs[at])
                && !t.holders.is_empty()
                && t.holders.iter().all(|h| full_seat_holders.contains(h))
        })
        .collect();
    retain_at(&mut titles, |n| !short_seats.contains(&n));
    titles
}

/// Keeps the items of `items` at the positions `keep` accepts, in order.
fn retain_at<T>(items: &mut Vec<T>, keep: impl Fn(usize) -> bool) {
    let mut n = 0;
    items.retain(|_| {
        n += 1;
        keep(n - 1)
    });
}

/// One office's role as the article spells it out rather than by its initials: the longer
/// of the two spans ("Huấn luyện viên" over "HLV").
fn keep_spelled_out(kept: &mut Range<usize>, role: Range<usize>) {
    if kept.len() < role.len() {
        *kept = role;
    }
}

/// Roles that name an office only when a holder is named: "Đại biểu A" is a member of an
/// assembly, "Đại biểu dự hội nghị" or "các ĐB" any delegate; "nhà lãnh đạo" any leader,
/// "lãnh đạo" a body's leadership unless [`leader_named`] kept it, and "chỉ huy" commanders
/// in general.
const HOLDER_ONLY: &[&str] = &["đại biểu", "nhà lãnh đạo", "lãnh đạo", "chỉ huy"];

fn holder_only(view: &View<'_, '_>, title: &Title) -> bool {
    title.role.len() <= 2 && HOLDER_ONLY.contains(&role_key(view, title).as_str())
}

/// The keys of the distinct titles found so far, (role, organization), looked up by role.
#[derive(Default)]
struct TitleKeys {
    /// Each title's organization, as in [`org_key`].
    orgs: Vec<String>,
    /// The titles of each role, in order.
    by_role: FxHashMap<String, Vec<usize>>,
    /// The title a key was found to be before. It stays the answer: an organization changes
    /// only from empty, and a title with an empty one is the first of its role.
    known: FxHashMap<(String, String), usize>,
}

impl TitleKeys {
    /// The title `key` names: the first of its role with the same organization, or else the
    /// first whose organization is the same body. The same role again with its
    /// organization shortened, lengthened or left out ("Bí thư Quận ủy" … "Bí thư Quận ủy
    /// Hoàn Kiếm" … "Bí thư Định") is the same title.
    fn find(&mut self, key: &(String, String), aliases: &Aliases) -> Option<usize> {
        if let Some(&at) = self.known.get(key) {
            return Some(at);
        }
        let same_role = self.by_role.get(&key.0)?;
        let at = (same_role.iter().copied())
            .find(|&at| self.orgs[at] == key.1)
            .or_else(|| {
                (same_role.iter().copied()).find(|&at| same_body(&self.orgs[at], &key.1, aliases))
            })?;
        self.known.insert(key.clone(), at);
        Some(at)
    }

    /// Adds a new title.
    fn push(&mut self, key: (String, String)) {
        let at = self.orgs.len();
        self.by_role.entry(key.0.clone()).or_default().push(at);
        self.orgs.push(key.1.clone());
        self.known.insert(key, at);
    }

    /// The titles of a role (as in [`role_key`]), in order.
    fn of_role(&self, role: &str) -> &[usize] {
        self.by_role.get(role).map_or(&[], Vec::as_slice)
    }
}

/// Whether two organizations (lower-case words) of one role are one body: equal, one left
/// out, one holding the other, or one the other's abbreviation.
fn same_body(a: &str, b: &str, aliases: &Aliases) -> bool {
    a == b
        || a.is_empty()
        || b.is_empty()
        || contains_words(a, b)
        || contains_words(b, a)
        || aliased(a, b, aliases)
        || shortened_name(a, b)
        || shortened_name(b, a)
        || abbreviated_words(a, b)
        || abbreviated_words(b, a)
}

/// Whether `short` is `full` with some of its words abbreviated or left out, word by word:
/// initials for a run of words ("bhxh vn" · "bhxh việt nam", "thành ủy tp hcm" · "thành ủy
/// thành phố hồ chí minh", "bộ lđ-tb&xh" · "bộ lao động, thương binh và xã hội"), and the
/// words that only say what kind of place follows left out ("tỉnh ủy yên bái" · "tỉnh ủy
/// tỉnh yên bái", "quốc hội campuchia" · "quốc hội vương quốc campuchia"). One word at
/// least is written the same in both.
fn abbreviated_words(short: &str, full: &str) -> bool {
    // Punctuation and "và" are left out of both: "lđ-tb&xh", "lao động, thương binh và …".
    let words = |s: &'_ str| -> Vec<String> {
        s.split(|c: char| c.is_whitespace() || matches!(c, ',' | '-' | '&' | '–' | '.'))
            .filter(|w| !w.is_empty() && *w != "và")
            .map(str::to_owned)
            .collect()
    };
    let (short, full) = (words(short), words(full));
    if short.is_empty() || short == full || !short.iter().any(|w| full.contains(w)) {
        return false;
    }
    // reach[i][j]: the first i words of `short` are the first j of `full`.
    let mut reach = vec![vec![false; full.len() + 1]; short.len() + 1];
    reach[0][0] = true;
    for i in 0..=short.len() {
        for j in 0..=full.len() {
            if !reach[i][j] {
                continue;
            }
            if let Some(left_out) = PLACE_KIND_WORDS
                .iter()
                .find(|kind| starts_with_words(&full[j..], kind))
            {
                reach[i][j + left_out.len()] = true;
            }
            let Some(word) = short.get(i) else { continue };
            if full.get(j) == Some(word) {
                reach[i + 1][j + 1] = true;
            }
            let letters = word.chars().count();
            if letters >= 2
                && j + letters <= full.len()
                && spells_initials(word, full[j..j + letters].iter().map(String::as_str))
            {
                reach[i + 1][j + letters] = true;
            }
        }
    }
    reach[short.len()][full.len()]
}

/// Words that say what kind of place or state a name follows, which a body's name may
/// leave out ("tỉnh ủy tỉnh yên bái", "quốc hội vương quốc campuchia").
const PLACE_KIND_WORDS: &[&[&str]] = &[
    &["tỉnh"],
    &["thành", "phố"],
    &["tp"],
    &["nước"],
    &["vương", "quốc"],
    &["liên", "bang"],
    &["cộng", "hòa"],
    &["chdcnd"],
    &["chxhcn"],
];

/// Whether `words` begin with `prefix`.
fn starts_with_words(words: &[String], prefix: &[&str]) -> bool {
    words.len() >= prefix.len() && words.iter().zip(prefix).all(|(a, b)| a == b)
}

/// Whether `short` is `full` without the words that say what kind of company it is, between
/// its two-word head and its own name of two words or more: "công ty hồng lam" of "công ty
/// tnhh thương mại dịch vụ hồng lam".
fn shortened_name(short: &str, full: &str) -> bool {
    let short: Vec<&str> = short.split_whitespace().collect();
    let full: Vec<&str> = full.split_whitespace().collect();
    short.len() >= 4
        && full.len() > short.len()
        && full[..2] == short[..2]
        && full.ends_with(&short[2..])
        && full[2..full.len() + 2 - short.len()]
            .iter()
            .all(|w| COMPANY_KINDS.contains(w))
}

/// The words of a company's kind written between its head and its own name ("Công ty TNHH
/// Thương mại Dịch vụ X", "Công ty cổ phần Đầu tư Y"), lower case.
const COMPANY_KINDS: &[&str] = &[
    "tnhh", "mtv", "cp", "cổ", "phần", "một", "thành", "viên", "thương", "mại", "dịch", "vụ",
    "đầu", "tư", "xây", "dựng", "sản", "xuất", "nhập", "khẩu", "phát", "triển", "tm", "dv", "xnk",
    "hữu", "hạn", "trách", "nhiệm",
];

/// Whether `a` names by its abbreviation the body `b` names in full, or the other way round:
/// "công ty tisco" and "công ty gang thép thái nguyên" when the text wrote "Công ty Gang thép
/// Thái Nguyên (TISCO)"; "nhnn" and "ngân hàng nhà nước".
fn aliased(a: &str, b: &str, aliases: &Aliases) -> bool {
    let short_for = |short: &str, full: &str| {
        aliases.ending(short).any(|(head, body)| {
            // The words before the abbreviation, if any, are the body's head ("công ty").
            let head = head.trim_end();
            (head.is_empty() || full.starts_with(&format!("{head} ")))
                && (full == body || contains_words(full, body))
        })
    };
    short_for(a, b) || short_for(b, a) || initials_of(a, b) || initials_of(b, a)
}

/// Whether `short`, one word, is the initials of the words of `full` ("nhnn", "ngân hàng
/// nhà nước"; "bhxh", "bảo hiểm xã hội"), as Vietnamese abbreviates a body's name: each
/// word's first letter without its marks, "đ" kept.
fn initials_of(short: &str, full: &str) -> bool {
    let words = full.split_whitespace();
    !short.contains(' ')
        && short.chars().count() >= 2
        && words.clone().count() == short.chars().count()
        && spells_initials(short, words)
}

/// Whether the first letters of `words`, without their marks, are the letters of `short`.
fn spells_initials<'w>(short: &str, words: impl Iterator<Item = &'w str>) -> bool {
    words
        .filter_map(|w| w.chars().next())
        .map(base_letter)
        .eq(short.chars().map(base_letter))
}

/// A letter without its tone and vowel marks ("ủ", "ư" → "u"; "ấ", "ă" → "a"); "đ" stays.
fn base_letter(c: char) -> char {
    match crate::normalize::strip_tone(c) {
        'â' | 'ă' => 'a',
        'ê' => 'e',
        'ô' | 'ơ' => 'o',
        'ư' => 'u',
        other => other,
    }
}

/// The bodies an article names with their abbreviation in parentheses, "Ngân hàng Nhà nước
/// (NHNN)", in lower case: each body by its abbreviation, so that a comparison of two bodies
/// looks up the abbreviations they may end in rather than going through all of them.
#[derive(Default)]
struct Aliases {
    bodies: FxHashMap<String, Vec<String>>,
    /// The length of the longest abbreviation, in bytes.
    longest: usize,
}

impl Aliases {
    /// The abbreviations `short` ends in: (what comes before it, the body it stands for).
    fn ending<'s>(&'s self, short: &'s str) -> impl Iterator<Item = (&'s str, &'s str)> {
        (short.len().saturating_sub(self.longest)..=short.len())
            .filter(|&at| short.is_char_boundary(at))
            .filter_map(|at| Some((at, self.bodies.get(&short[at..])?)))
            .flat_map(move |(at, bodies)| bodies.iter().map(move |b| (&short[..at], b.as_str())))
    }
}

/// The bodies an article names with their abbreviation in parentheses, "Ngân hàng Nhà nước
/// (NHNN)".
fn body_aliases(view: &View<'_, '_>) -> Aliases {
    let mut aliases = Aliases::default();
    for open in 1..view.len() {
        if !abbreviation_in_parentheses(view, open) {
            continue;
        }
        // The body: from the nearest head of a body before, over joined words.
        let mut start = open;
        let mut body = None;
        while body.is_none() && start > open.saturating_sub(12) && view.joined(start) {
            start -= 1;
            body = view.organization_head(start).map(|_| start);
        }
        if let Some(body) = body {
            let words = |r: Range<usize>| r.map(|k| view.word(k)).collect::<Vec<_>>().join(" ");
            let (abbreviation, body) = (words(open + 1..open + 2), words(body..open));
            aliases.longest = aliases.longest.max(abbreviation.len());
            let bodies = aliases.bodies.entry(abbreviation).or_default();
            if !bodies.contains(&body) {
                bodies.push(body);
            }
        }
    }
    aliases
}

/// Whether `outer` holds `inner` as whole words.
fn contains_words(outer: &str, inner: &str) -> bool {
    format!(" {outer} ").contains(&format!(" {inner} "))
}

/// A person: the name's words (lower case), and the bytes of where it was first linked.
type Person = (Vec<String>, Range<usize>);

/// Gathers every mention of each official: the full name wherever it appears, and short
/// forms after an honorific or a title ("ông Định", "Bí thư Định").
fn add_mentions(
    view: &View<'_, '_>,
    officials: &mut [OfficialMention],
    bytes: &dyn Fn(&Range<usize>) -> Range<usize>,
    found: &[Link],
) {
    let people = People::of(view, bytes, found);
    if people.list.is_empty() {
        return;
    }
    // The mentions of each person, in order.
    let mut spans: Vec<Vec<Range<usize>>> = vec![Vec::new(); people.list.len()];
    for (p, span) in mention_spans(view, bytes, &people) {
        spans[p].push(span);
    }
    // Which person each link's name is (a person may be linked at several places): the
    // first link at those bytes.
    let mut person_of: FxHashMap<Range<usize>, usize> = FxHashMap::default();
    for (name, _, _) in found {
        let words: Vec<String> = name.clone().map(|k| view.word(k).to_string()).collect();
        if let Some(&p) = people.by_name.get(&words) {
            person_of.entry(bytes(name)).or_insert(p);
        }
    }
    for official in officials.iter_mut() {
        let Some(&p) = person_of.get(&official.name) else {
            continue;
        };
        official.mentions = spans[p].clone();
        if official.mentions.is_empty() {
            official.mentions.push(official.name.clone());
        }
        // The first mention is where the person is named in full.
        if let Some(first) = official
            .mentions
            .iter()
            .find(|m| m.len() == official.name.len())
        {
            official.name = first.clone();
        }
    }
}

/// The people linked in an article, indexed by their names' words so that a run of name
/// words is matched against the names it can be, not against every person.
struct People {
    /// Each person's name tokens (lower case), once per name, in the order first linked.
    list: Vec<Person>,
    /// Each person by the words of the name.
    by_name: FxHashMap<Vec<String>, usize>,
    /// The lengths of the names, shortest first.
    lengths: Vec<usize>,
    /// The people whose names end in the words of a short form (none to two words) and are
    /// longer than it, in order.
    by_short_form: FxHashMap<Vec<String>, Vec<usize>>,
    /// The last word of every name: a run of name words without one is no mention of
    /// anyone (a full name and a short form both end in it).
    last_words: FxHashSet<String>,
}

impl People {
    /// The people of the links found.
    fn of(
        view: &View<'_, '_>,
        bytes: &dyn Fn(&Range<usize>) -> Range<usize>,
        found: &[Link],
    ) -> Self {
        let mut people = People {
            list: Vec::new(),
            by_name: FxHashMap::default(),
            lengths: Vec::new(),
            by_short_form: FxHashMap::default(),
            last_words: FxHashSet::default(),
        };
        for (name, _, _) in found {
            let words: Vec<String> = name.clone().map(|k| view.word(k).to_string()).collect();
            if people.by_name.contains_key(&words) {
                continue;
            }
            let p = people.list.len();
            for short in 0..=2.min(words.len().saturating_sub(1)) {
                let form = words[words.len() - short..].to_vec();
                people.by_short_form.entry(form).or_default().push(p);
            }
            if !people.lengths.contains(&words.len()) {
                people.lengths.push(words.len());
            }
            if let Some(last) = words.last() {
                people.last_words.insert(last.clone());
            }
            people.by_name.insert(words.clone(), p);
            people.list.push((words, bytes(name)));
        }
        people.lengths.sort_unstable();
        people
    }

    /// The first person (in the order linked) whose full name is in `run`.
    fn full_name_in(&self, run: &[&str]) -> Option<usize> {
        let mut first: Option<usize> = None;
        for &len in self.lengths.iter().take_while(|&&len| len <= run.len()) {
            for offset in 0..=run.len() - len {
                let window = &run[offset..offset + len];
                let words: Vec<String> = window.iter().map(|w| w.to_string()).collect();
                if let Some(&p) = self.by_name.get(&words) {
                    first = Some(first.map_or(p, |f| f.min(p)));
                }
            }
        }
        first
    }

    /// The people whose names `run` may be a short form of, in order.
    fn short_forms(&self, run: &[&str]) -> &[usize] {
        if run.len() > 2 {
            return &[];
        }
        let words: Vec<String> = run.iter().map(|w| w.to_string()).collect();
        self.by_short_form.get(&words).map_or(&[], Vec::as_slice)
    }
}

/// Every mention of the people in the article, in order: (the person's index, bytes).
fn mention_spans(
    view: &View<'_, '_>,
    bytes: &dyn Fn(&Range<usize>) -> Range<usize>,
    people: &People,
) -> Vec<(usize, Range<usize>)> {
    let mut spans: Vec<(usize, Range<usize>)> = Vec::new();
    let mut i = 0;
    while i < view.len() {
        if !view.name_word(i) || (i > 0 && view.name_word(i - 1) && view.joined(i)) {
            i += 1;
            continue;
        }
        let run_end = view.name_run_end(i);
        // "Ông Định" at a sentence start: the honorific is written with a capital.
        let capital_honorific = run_end - i >= 2 && honorific_word(view, i);
        let run_start = if capital_honorific { i + 1 } else { i };
        if !(run_start..run_end).any(|k| people.last_words.contains(view.word(k))) {
            i = run_end.max(i + 1);
            continue;
        }
        let run: Vec<&str> = (run_start..run_end).map(|k| view.word(k)).collect();
        // The full name, or its last syllable (or two) after an honorific or a title; the
        // look back for those is made only for a run short enough.
        let mut introduced = None;
        let is_introduced =
            || *introduced.get_or_insert_with(|| capital_honorific || introduced_at(view, i));
        if let Some(p) = person_in_run(&run, people, is_introduced) {
            let (words, _) = &people.list[p];
            let r = if run.len() >= words.len() {
                let o = (0..=run.len() - words.len())
                    .find(|&o| run[o..o + words.len()] == words[..])
                    .unwrap_or(0);
                run_start + o..run_start + o + words.len()
            } else {
                run_start..run_end
            };
            spans.push((p, bytes(&r)));
        }
        i = run_end.max(i + 1);
    }
    spans
}

/// Whether the name run at `i` follows an honorific or a title, which may introduce a
/// short form of a name.
fn introduced_at(view: &View<'_, '_>, i: usize) -> bool {
    i > 0
        && (honorific_word(view, i - 1)
            || (i >= 2
                && matches!(view.qualifier(i - 2), Some((e, Qualifier::Honorific)) if e == i))
            || (0..i)
                .rev()
                .take(4)
                .any(|s| role_at(view, s).is_some_and(|r| r.end == i)))
}

/// The person a run of name words names: the first (in the order linked) whose full name is
/// in it, or a short form (when `is_introduced`) that fits only one person. Two short forms
/// fitting people before the first full name leave the run alone.
fn person_in_run(
    run: &[&str],
    people: &People,
    mut is_introduced: impl FnMut() -> bool,
) -> Option<usize> {
    let full = people.full_name_in(run);
    let shorts = people.short_forms(run);
    let shorts_before_full = shorts
        .iter()
        .take_while(|&&p| full.is_none_or(|f| p < f))
        .count();
    if shorts_before_full > 0 && is_introduced() {
        if shorts_before_full >= 2 {
            return None;
        }
        return full.or(Some(shorts[0]));
    }
    full
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::testing::{check_examples, run};

    /// The notation of the rule examples: `name · role · organization`.
    fn describe(text: &str) -> String {
        let found = run(&Officials::new(OfficialLexicon::builtin()), text);
        let items: Vec<String> = found
            .get::<OfficialMention>()
            .iter()
            .map(|o| {
                let organization = o.organization.clone().map_or("", |r| &text[r]);
                format!(
                    "{} · {} · {organization}",
                    &text[o.name.clone()],
                    &text[o.role.clone()]
                )
            })
            .collect();
        items.join("|")
    }

    #[test]
    fn every_rule_example() {
        check_examples(
            &Officials::new(OfficialLexicon::builtin()),
            describe,
            |found, rule| {
                found
                    .get::<OfficialMention>()
                    .iter()
                    .any(|o| o.rule == rule)
            },
        );
    }

    #[test]
    fn a_body_that_is_the_holders_short_name_is_none() {
        // A regression: "Hữu Thành" stayed the body of the coach "Lạc Hữu Thành".
        let holder = ["lạc", "hữu", "thành"];
        assert!(is_name_or_short_form(&["hữu", "thành"], &holder));
        assert!(is_name_or_short_form(&holder, &holder));
        assert!(!is_name_or_short_form(&["thành"], &holder));
        assert!(!is_name_or_short_form(&["lạc", "hữu"], &holder));
    }

    #[test]
    fn a_head_of_state_takes_the_country_the_article_names_the_office_with() {
        let text = "Tổng thống Mỹ sẽ đến Hà Nội. Hôm qua, Tổng thống Greg Hollis phát biểu.";
        assert_eq!(describe(text), "Greg Hollis · Tổng thống · Mỹ");
        // Two holders without a country: either may be another country's.
        let two =
            "Tổng thống Mỹ sẽ đến. Tổng thống Greg Hollis và Tổng thống Ivan Sokolin gặp nhau.";
        assert!(!describe(two).contains("Mỹ"), "{}", describe(two));
        // The country title has its own holder.
        let held = "Tổng thống Mỹ Tom Ridley sẽ đến. Tổng thống Ivan Sokolin phát biểu.";
        assert_eq!(
            describe(held),
            "Tom Ridley · Tổng thống · Mỹ|Ivan Sokolin · Tổng thống · "
        );
        // A Vietnamese name holds no foreign office, and a country named only after the
        // holder may be another's office.
        let abroad = "Thủ tướng Nhật Bản ca ngợi quan hệ. Thủ tướng Lê Văn Bình hội đàm.";
        assert_eq!(describe(abroad), "Lê Văn Bình · Thủ tướng · ");
        let later = "Thủ tướng Greg Hollis hội đàm. Thủ tướng Pháp phát biểu.";
        assert_eq!(describe(later), "Greg Hollis · Thủ tướng · ");
        // A candidate for the office is no holder of it.
        let sought = "Ứng viên Tổng thống Pháp bị chỉ trích. Tổng thống Greg Hollis phát biểu.";
        assert!(!describe(sought).contains("Pháp"), "{}", describe(sought));
    }

    #[test]
    fn a_holder_read_with_a_word_too_many_is_no_apposition_to_the_next_office() {
        // Regression: the first holder was read as "Contoso Peter Holm" and its last words
        // then taken for a person the next office stood in apposition to, whose body ran
        // over its own holder ("Walmart Anna Berg").
        let text = "Hội đồng có Giám đốc điều hành Contoso Peter Holm, Giám đốc điều hành Walmart Anna Berg, CEO PepsiCo Karl Lund.";
        let found = describe(text);
        assert!(
            found.contains("Anna Berg · Giám đốc điều hành · Walmart")
                && found.contains("Karl Lund · CEO · PepsiCo"),
            "{found}"
        );
    }

    #[test]
    fn a_name_after_a_country_is_the_holders_not_the_bodys() {
        // Regression: an office in apposition to a name before it ("X, Ngoại trưởng Nga A")
        // took the name after its country into its body, "Nga A", as a company's name is
        // ("ông A - Chủ tịch Tài chính Hoàng Long").
        let counterpart = "Sau cuộc hội đàm với người đồng cấp Bỉ Greg Hollis, Ngoại trưởng Nga Ivan Sokolin chia sẻ.";
        // The counterpart holds the same office (rule `official.counterpart`).
        assert_eq!(
            describe(counterpart),
            "Ivan Sokolin · Ngoại trưởng · Nga|Greg Hollis · Ngoại trưởng · Bỉ"
        );
        let channel = "Trả lời phỏng vấn Fox News, Tổng thống Mỹ Greg Hollis tuyên bố như vậy.";
        assert_eq!(describe(channel), "Greg Hollis · Tổng thống · Mỹ");
        let company = "Ông Trần Văn Nam - Chủ tịch Tài chính Hoàng Long cho biết.";
        assert_eq!(
            describe(company),
            "Trần Văn Nam · Chủ tịch · Tài chính Hoàng Long"
        );
    }

    #[test]
    fn no_head_of_state_takes_another_states_country() {
        // Regression: the country of one state's leader was lent to the other's.
        let text = "Thủ tướng Nhật Bản Hamada Kenji hội đàm với Tổng thống Greg Hollis.";
        assert_eq!(
            describe(text),
            "Hamada Kenji · Thủ tướng · Nhật Bản|Greg Hollis · Tổng thống · "
        );
        let deputy = "Tổng thống Mỹ Greg Hollis và Phó Tổng thống Tom Ridley dự lễ.";
        assert_eq!(
            describe(deputy),
            "Greg Hollis · Tổng thống · Mỹ|Tom Ridley · Phó Tổng thống · Mỹ"
        );
    }

    /// The titles of `text`, as "role · organization".
    fn titles_of(text: &str) -> Vec<String> {
        let found = run(&Officials::new(OfficialLexicon::builtin()), text);
        found
            .get::<TitleMention>()
            .iter()
            .map(|t| {
                let organization = t.organization.clone().map_or("", |r| &text[r]);
                format!("{} · {organization}", &text[t.role.clone()])
            })
            .collect()
    }

    #[test]
    fn a_lower_case_role_before_a_named_body_is_a_title() {
        assert_eq!(
            titles_of("Theo thẩm phán Tòa án Tối cao, vụ án sẽ được xử."),
            ["thẩm phán · Tòa án Tối cao"]
        );
        assert_eq!(titles_of("Ông nói với tổng thống Mỹ."), ["tổng thống · Mỹ"]);
        // Alone, before a name, a member or a team's captain: none.
        for text in [
            "Giám đốc cho biết.",
            "Ông nói với giám đốc rằng mọi việc ổn.",
            "Vụ án do thẩm phán James xem xét.",
            "Việt Nam là thành viên ASEAN.",
            "Anh là đội trưởng U23 Việt Nam.",
        ] {
            let titles = titles_of(text);
            assert!(
                titles.iter().all(|t| !t.starts_with(char::is_lowercase)),
                "{text}: {titles:?}"
            );
        }
    }

    #[test]
    fn a_chinese_leader_is_named_short_by_the_family_name() {
        // Regression: "Tập và đoàn tùy tùng" was read as the body of "Chủ tịch".
        let text = "Chủ tịch Trung Quốc Tập Cận Bình đến. Chủ tịch Tập và đoàn tùy tùng đã tới.";
        assert_eq!(titles_of(text), ["Chủ tịch · Trung Quốc"]);
    }

    #[test]
    fn a_counterpart_takes_no_body_of_the_same_office() {
        // Regression: the host's office took the guest's parliament.
        let text = "Chủ tịch Quốc hội Lê Thị Hoa hội đàm với Chủ tịch Quốc hội Lào Ivan Sokolin.";
        assert_eq!(
            describe(text),
            "Lê Thị Hoa · Chủ tịch Quốc hội · |Ivan Sokolin · Chủ tịch · Quốc hội Lào"
        );
        // A body's deputies are several.
        let deputies = "Phó Chủ tịch UBND tỉnh Lê Thị Hoa và Phó Chủ tịch Trần Văn Bình dự họp.";
        assert_eq!(
            describe(deputies),
            "Lê Thị Hoa · Phó Chủ tịch · UBND tỉnh|Trần Văn Bình · Phó Chủ tịch · UBND tỉnh"
        );
    }

    #[test]
    fn a_short_mention_then_a_place_is_no_body() {
        // Regression: "Hollis tới Anh" was read as the body of the office.
        let text = "Tổng thống Greg Hollis đến. Chuyến thăm của Tổng thống Hollis tới Anh bị hủy.";
        assert_eq!(titles_of(text), ["Tổng thống · "]);
    }

    #[test]
    fn a_place_that_begins_a_word_names_no_place() {
        // Regression: "Vụ Pháp chế" was cut after "Pháp" (France), and no holder was read.
        let text = "Vụ trưởng Vụ Pháp chế Bộ Tư pháp Trần Văn An cho biết.";
        assert_eq!(
            describe(text),
            "Trần Văn An · Vụ trưởng · Vụ Pháp chế Bộ Tư pháp"
        );
        assert_eq!(titles_of("Tổng thống Pháp nói."), ["Tổng thống · Pháp"]);
    }

    #[test]
    fn monarchs_and_popes_are_offices_named_by_one_name() {
        // Regression: "vua", "Hoàng đế", "Giáo hoàng", "Nhật hoàng" were no offices.
        assert_eq!(
            describe("Tại kinh thành, vua Trần Minh Tông mở tiệc."),
            "Trần Minh Tông · vua · "
        );
        assert_eq!(
            describe("Ông gặp Giáo hoàng Clement hôm qua."),
            "Clement · Giáo hoàng · "
        );
        assert_eq!(
            describe("Hoàng đế La Mã Valens II ra lệnh."),
            "Valens II · Hoàng đế · La Mã"
        );
        // A king of a field is none.
        assert_eq!(
            titles_of("Anh là vua phá lưới giải đấu."),
            Vec::<String>::new()
        );
        assert_eq!(
            titles_of("Ông là vua phòng vé Hồng Kông."),
            Vec::<String>::new()
        );
    }

    #[test]
    fn interim_and_plenipotentiary_offices_keep_their_qualifier() {
        // Regression: "lâm thời" (interim) ended the office, so no holder was found, and
        // "Đặc mệnh Toàn quyền" before a country was read as the country's formal name.
        assert_eq!(
            describe("Theo Chủ tịch lâm thời Mira Voss, đảng sẽ họp."),
            "Mira Voss · Chủ tịch lâm thời · "
        );
        assert_eq!(
            describe("Ông Lê Văn Bình, Đại sứ Đặc mệnh Toàn quyền Việt Nam tại Pháp, cho biết."),
            "Lê Văn Bình · Đại sứ Đặc mệnh Toàn quyền · Việt Nam tại Pháp"
        );
        // A qualifier that names a body or a federation before a country is still its.
        assert_eq!(
            describe("Chủ tịch Quốc hội Iran Ali Rahimi phát biểu."),
            "Ali Rahimi · Chủ tịch · Quốc hội Iran"
        );
        assert_eq!(
            describe("Tổng thống Liên bang Nga Pavel Orlov phát biểu."),
            "Pavel Orlov · Tổng thống · Liên bang Nga"
        );
    }

    #[test]
    fn a_foreign_name_after_a_ministers_field_is_read_when_the_model_takes_none() {
        // A names model that takes no candidate: what it leaves, the rule after it reads.
        let none = NameModel::parse(&format!("{}\n", names::FORMAT), "none").expect("model");
        let officials = Officials::with_names(OfficialLexicon::builtin(), Arc::new(none));
        for (text, name) in [
            (
                "Bộ trưởng Tài chính Marco Valdez III cho biết.",
                "Marco Valdez III",
            ),
            (
                "Thứ trưởng Quốc phòng Juan Pablo Ortega cho biết.",
                "Juan Pablo Ortega",
            ),
        ] {
            let found = run(&officials, text);
            let names: Vec<&str> = found
                .get::<OfficialMention>()
                .iter()
                .map(|o| &text[o.name.clone()])
                .collect();
            assert_eq!(names, [name], "{text}");
        }
        // A country after the field is no word of the name.
        let text = "Bộ trưởng Quốc phòng Italia Roberta Pinelli cho biết.";
        let found = run(&officials, text);
        assert!(
            found
                .get::<OfficialMention>()
                .iter()
                .all(|o| !text[o.name.clone()].starts_with("Italia")),
            "{text}"
        );
    }

    /// Each sentence's one official is found with no organization.
    fn assert_no_body_lent(sentences: &[&str]) {
        for sentence in sentences {
            let found = describe(sentence);
            assert!(found.ends_with(" · "), "{sentence}: {found}");
        }
    }

    #[test]
    fn a_body_that_has_a_number_of_an_office_is_its_holders() {
        let both = "Lê Văn An · phó chủ tịch · UBND tỉnh Nam Định|Trần Hữu Bình · phó chủ tịch · \
                    UBND tỉnh Nam Định";
        assert_eq!(
            describe(
                "Như vậy, UBND tỉnh Nam Định hiện có 2 phó chủ tịch, gồm các ông: Lê Văn An, Trần Hữu Bình."
            ),
            both
        );
        assert_eq!(
            describe(
                "Năm nay, UBND tỉnh Nam Định có hai phó chủ tịch, gồm các ông: Lê Văn An, Trần Hữu Bình."
            ),
            both
        );
    }

    #[test]
    fn initials_name_a_body() {
        assert!(initials_of("nhnn", "ngân hàng nhà nước"));
        assert!(initials_of("bhxh", "bảo hiểm xã hội"));
        assert!(initials_of("hđnd", "hội đồng nhân dân"));
        assert!(initials_of("ubnd", "ủy ban nhân dân"));
        assert!(!initials_of("nhnn", "ngân hàng nhà"));
        assert!(!initials_of("hn", "hà nam định"));
        assert!(!initials_of("n", "nga"));
    }

    #[test]
    fn a_body_with_words_abbreviated_or_left_out_is_the_same_body() {
        assert!(abbreviated_words("bhxh vn", "bhxh việt nam"));
        assert!(abbreviated_words(
            "thành ủy tp hcm",
            "thành ủy thành phố hồ chí minh"
        ));
        assert!(abbreviated_words(
            "bộ lđ-tb&xh",
            "bộ lao động , thương binh và xã hội"
        ));
        assert!(abbreviated_words("tỉnh ủy yên bái", "tỉnh ủy tỉnh yên bái"));
        assert!(abbreviated_words(
            "quốc hội campuchia",
            "quốc hội vương quốc campuchia"
        ));
        assert!(abbreviated_words(
            "bộ kh&cn lào",
            "bộ kh&cn nước chdcnd lào"
        ));
        // Different bodies, or no word in common.
        assert!(!abbreviated_words(
            "công an tỉnh nam định",
            "công an huyện hải hậu tỉnh nam định"
        ));
        assert!(!abbreviated_words("sở y tế", "sở tài chính"));
        assert!(!abbreviated_words("fbi", "cục điều tra liên bang"));
        assert!(!abbreviated_words("ubnd tỉnh", "ubnd tỉnh"));
    }

    #[test]
    fn an_office_takes_the_one_body_of_its_kind_named_before_it() {
        assert_eq!(
            describe("Tại Bộ Y tế, Thứ trưởng Lê Văn An cho biết sẽ kiểm tra."),
            "Lê Văn An · Thứ trưởng · Bộ Y tế"
        );
        assert_eq!(
            describe("Lãnh đạo Trường THPT Nguyễn Trãi và hiệu trưởng Trần Thị Mai đã họp."),
            "Trần Thị Mai · hiệu trưởng · Trường THPT Nguyễn Trãi"
        );
        // Not a body named after the office, nor one of two, nor "Bộ" as a subject.
        assert_no_body_lent(&[
            "Bộ trưởng Lê Văn An đề nghị Bộ Quốc phòng giao đất.",
            "Bộ Y tế và Bộ Tài chính đã họp, Thứ trưởng Lê Văn An nói.",
            "Bộ báo cáo Chính phủ, Thứ trưởng Lê Văn An nói.",
        ]);
    }

    #[test]
    fn a_body_named_after_its_holder_lends_no_country_to_another_leader() {
        // Regression: the spokesperson's ministry gave its country to the president.
        let found = describe(
            "Người phát ngôn Anna Kovacs của Bộ Ngoại giao Nga nói quan hệ không tiến triển dưới thời Tổng thống Walter Brennan.",
        );
        assert_eq!(
            found,
            "Anna Kovacs · Người phát ngôn · Bộ Ngoại giao Nga|Walter Brennan · Tổng thống · "
        );
    }

    #[test]
    fn member_states_hold_no_office() {
        // Regression: "thành viên EU" was a title, and its EU the president's country.
        assert_eq!(
            describe(
                "Chính quyền Mỹ dưới thời Tổng thống Walter Brennan và các nước thành viên EU đã áp đặt trừng phạt."
            ),
            "Walter Brennan · Tổng thống · "
        );
    }

    #[test]
    fn a_foreign_leader_takes_the_one_state_the_sentence_names_before_them() {
        assert_eq!(
            describe(
                "Nước Pháp chuẩn bị bầu cử khi nhiệm kỳ của Tổng thống Jacques Moreau kết thúc."
            ),
            "Jacques Moreau · Tổng thống · Pháp"
        );
        assert_eq!(
            describe("Tòa án Tối cao Mỹ đã bác sắc lệnh của Tổng thống Walter Brennan."),
            "Walter Brennan · Tổng thống · Mỹ"
        );
        // Not a country named after the office, nor one the subject deals with, nor one of
        // two, nor a region, nor Vietnam, nor for a Vietnamese holder.
        assert_no_body_lent(&[
            "Tổng thống Walter Brennan trừng phạt Nga.",
            "Nga muốn quan hệ tốt với Tổng thống Walter Brennan.",
            "Chính phủ Đức và Pháp ủng hộ Tổng thống Walter Brennan.",
            "Châu Âu lo ngại chính sách của Tổng thống Walter Brennan.",
            "Việt Nam chào đón Tổng thống Walter Brennan.",
            "Nước Nhật Bản chào đón Thủ tướng Nguyễn Văn An.",
        ]);
    }

    #[test]
    fn an_honorific_in_capitals_is_no_part_of_the_name() {
        // Regression: "Samdech Techo" (a Cambodian honorific) was read as the holder's name.
        assert_eq!(
            describe("Thủ tướng Campuchia Samdech Techo Heng Vanna nói."),
            "Heng Vanna · Thủ tướng · Campuchia"
        );
        assert_eq!(
            describe("Chủ tịch Thượng viện Campuchia Xăm-đéc Sai Chhum phát biểu."),
            "Sai Chhum · Chủ tịch · Thượng viện Campuchia"
        );
    }

    #[test]
    fn the_elected_and_the_deposed_are_named_after_their_office() {
        // Regression: words that say which holder kept the name from its office.
        assert_eq!(
            describe("Tổng thống Mỹ đắc cử Paul Reed nói."),
            "Paul Reed · Tổng thống · Mỹ"
        );
        assert_eq!(
            describe("Tổng thống đắc cử Paul Reed nói."),
            "Paul Reed · Tổng thống · "
        );
        let text = "Tổng thống Hàn Quốc bị phế truất Kim Min-ji ra tòa.";
        assert_eq!(describe(text), "Kim Min-ji · Tổng thống · Hàn Quốc");
        let found = run(&Officials::new(OfficialLexicon::builtin()), text);
        assert!(
            found.get::<OfficialMention>()[0].former,
            "deposed: no longer in office"
        );
    }

    #[test]
    fn a_ministry_named_by_its_field_in_lower_case_is_the_body() {
        // Regression: "bộ trưởng quốc phòng A" gave no official and a title without body.
        assert_eq!(
            describe("Ông gặp bộ trưởng quốc phòng Paul Reed hôm qua."),
            "Paul Reed · bộ trưởng · quốc phòng"
        );
        assert_eq!(
            titles_of("Cựu Bộ trưởng kinh tế nói."),
            ["Bộ trưởng · kinh tế"]
        );
        // Only after a minister's office, and not a field named with capitals or a country.
        assert_eq!(titles_of("Chủ tịch kinh tế nói."), ["Chủ tịch · "]);
        assert_eq!(
            titles_of("Bộ trưởng quốc phòng Mỹ Paul Reed nói."),
            ["Bộ trưởng · quốc phòng Mỹ"]
        );
    }

    #[test]
    fn an_aide_holds_no_office_but_the_office_is_a_title() {
        // Regression: the aide named after "trợ lý [của] Ngoại trưởng Mỹ" held that office,
        // and so did a candidate.
        for text in [
            "Phó trợ lý Ngoại trưởng Mỹ phụ trách khu vực Đông Á Paul Reed nói vậy.",
            "Phó trợ lý của Ngoại trưởng Mỹ, ông Paul Reed cho biết.",
            "Ứng cử viên Ngoại trưởng Mỹ Paul Reed cho biết.",
        ] {
            assert_eq!(describe(text), "", "{text}");
            assert_eq!(titles_of(text), ["Ngoại trưởng · Mỹ"], "{text}");
        }
        assert_eq!(
            describe("Ngoại trưởng Mỹ Paul Reed nói."),
            "Paul Reed · Ngoại trưởng · Mỹ"
        );
    }

    #[test]
    fn an_abbreviation_in_capitals_is_no_word_of_an_office() {
        // Regression: "Trưởng CA" (police) was read as the office "Trưởng ca" (a shift's).
        assert_eq!(
            describe("Ông Lê Minh An, Trưởng CA xã Ninh Sở cho biết."),
            "Lê Minh An · Trưởng · CA xã Ninh Sở"
        );
        assert_eq!(titles_of("Trưởng ca sản xuất đã về."), ["Trưởng ca · "]);
        assert_eq!(titles_of("GIÁM ĐỐC SỞ Y TẾ"), ["GIÁM ĐỐC · SỞ Y TẾ"]);
        assert_eq!(
            titles_of("Chánh VP Bộ Tài chính nói."),
            ["Chánh VP · Bộ Tài chính"]
        );
    }

    #[test]
    fn a_commune_police_chief_heads_the_commune_police() {
        // Regression: "Trưởng công an xã" was one role, and the commune's name the holder.
        assert_eq!(
            describe("Trưởng Công an xã Yên Lâm Trần Hữu Đạt cho hay."),
            "Trần Hữu Đạt · Trưởng · Công an xã Yên Lâm"
        );
        assert_eq!(
            describe("Ông Lê Văn Tư - Phó Trưởng Công an xã Hòa Bắc cho hay."),
            "Lê Văn Tư · Phó Trưởng · Công an xã Hòa Bắc"
        );
        // A commune's two-word name is no holder ("Lộc Điền", "Đồng Lương").
        assert_eq!(
            titles_of("Ông H. là Phó Chủ tịch HĐND xã Lộc Điền."),
            ["Phó Chủ tịch · HĐND xã Lộc Điền"]
        );
        // An island district (regression: "huyện" after "UBND" became a head, and
        // "đảo" ended the body and lost the holder).
        assert_eq!(
            describe("Chủ tịch UBND huyện đảo Lý Sơn Lê Văn Hưng nói."),
            "Lê Văn Hưng · Chủ tịch · UBND huyện đảo Lý Sơn"
        );
        // A holder's name right after the level still is one.
        assert_eq!(
            describe("Chủ tịch UBND tỉnh Nguyễn Văn Cao cho hay."),
            "Nguyễn Văn Cao · Chủ tịch · UBND tỉnh"
        );
    }

    #[test]
    fn parentheses_after_a_body_are_part_of_it_unless_a_place() {
        // The body it belongs to, its abbreviation: part of its name, then the holder.
        assert_eq!(
            describe("Cục trưởng Cục Quản lý giá (Bộ Tài chính) Lê Thị Mai cho biết."),
            "Lê Thị Mai · Cục trưởng · Cục Quản lý giá (Bộ Tài chính)"
        );
        assert_eq!(
            describe("Giám đốc Cơ quan Tình báo Trung ương Mỹ (CIA) Ralph Stone nói."),
            "Ralph Stone · Giám đốc · Cơ quan Tình báo Trung ương Mỹ (CIA)"
        );
        assert_eq!(
            titles_of("Ông Lê Văn Hải, Vụ trưởng Vụ Pháp chế (Bộ Y tế) cho biết."),
            ["Vụ trưởng · Vụ Pháp chế (Bộ Y tế)"]
        );
        // Where it is: not part of its name, and the holder still follows.
        assert_eq!(
            describe("Phó Chủ tịch UBND Q.2 (TP.HCM) Huỳnh Văn Khiêm cho biết."),
            "Huỳnh Văn Khiêm · Phó Chủ tịch · UBND Q.2"
        );
        // A body the bracketed one is part of goes on after it.
        assert_eq!(
            describe("Trưởng phòng Cảnh sát hình sự (PC45) Công an tỉnh Long An Lê Văn Ân nói."),
            "Lê Văn Ân · Trưởng phòng · Cảnh sát hình sự (PC45) Công an tỉnh Long An"
        );
    }

    #[test]
    fn a_committee_named_in_lower_case_words_is_read_whole() {
        assert_eq!(
            describe("Phó Chủ nhiệm Ủy ban về các vấn đề xã hội của Quốc hội Lê Văn Lợi nói."),
            "Lê Văn Lợi · Phó Chủ nhiệm · Ủy ban về các vấn đề xã hội của Quốc hội"
        );
    }

    #[test]
    fn a_holder_after_a_comma_and_words_that_say_which_office() {
        let found =
            describe("Giám đốc phụ trách khu vực Bắc Âu của hãng Lumen, ông Erik Sand nói.");
        assert!(found.contains("Erik Sand · Giám đốc"), "{found}");
        // A clause of its own, or another person's name, is no such complement.
        assert_eq!(
            describe("Giám đốc Sở Y tế cho biết, ông Lê Văn An đã nghỉ."),
            ""
        );
        assert_eq!(
            describe("Cố vấn phụ trách chiến lược của Tổng thống Mỹ Jack Rowe, ông Sam Hill nói."),
            "Jack Rowe · Tổng thống · Mỹ"
        );
    }

    #[test]
    fn an_office_that_names_its_body_borrows_none() {
        // Regression: "Chủ tịch Quốc hội" took the sentence's other body.
        assert_eq!(
            titles_of("Giám đốc BHXH Việt Nam cho biết, Chủ tịch Quốc hội đã đồng ý."),
            ["Giám đốc · BHXH Việt Nam", "Chủ tịch Quốc hội · "]
        );
    }

    #[test]
    fn a_body_whose_name_holds_an_office_is_no_title() {
        // Regression: "Ban Bí thư", "Ban Giám hiệu", "Bộ Tư lệnh" gave titles.
        for text in [
            "Thay mặt Ban Bí thư Trung ương Đảng, ông A đã ký.",
            "Ban Giám hiệu nhà trường đã họp.",
            "Phát biểu tại Bộ Tư lệnh Hải quân, ông A cho biết.",
            "Ngày 31/5, tại Phủ Chủ tịch, đoàn đã đến thăm.",
            "Đoàn đến viếng Lăng Chủ tịch Hồ Chí Minh.",
        ] {
            assert!(titles_of(text).is_empty(), "{text}");
        }
        // Its standing member is an office.
        assert_eq!(
            describe("Đề xuất đã được gửi Thường trực Ban Bí thư Lê Văn Tùng."),
            "Lê Văn Tùng · Thường trực Ban Bí thư · "
        );
    }

    #[test]
    fn members_of_a_named_assembly_are_a_title() {
        assert_eq!(
            titles_of("Các đại biểu Quốc hội lo ngại về dự án."),
            ["đại biểu Quốc hội · "]
        );
        assert!(titles_of("Các đại biểu dự hội nghị.").is_empty());
    }

    #[test]
    fn delegates_in_general_are_no_title_nor_a_holders_office() {
        let text = "Bộ đã gửi các đại biểu (ĐB) văn bản. Trả lời các ĐB, Bộ trưởng Lê Văn An nói.";
        assert_eq!(describe(text), "Lê Văn An · Bộ trưởng · ");
        assert_eq!(titles_of(text), ["Bộ trưởng · "]);
    }

    #[test]
    fn a_foreign_name_misspelled_once_is_a_mention_of_the_other() {
        for (a, b) in [
            ("doanld trump", "donald trump"),
            ("jawarharlal nerhu", "jawaharlal nehru"),
            ("moon jaein", "moon jae-in"),
            ("frank bernahardt", "frank bernhardt"),
        ] {
            assert!(misspelling_of(a, b), "{a} ~ {b}");
        }
        for (a, b) in [
            // Different people: Vietnamese names a letter or a tone mark apart, short words.
            ("nguyễn văn thanh", "nguyễn văn thành"),
            ("la khang thụy", "la khanh thụy"),
            ("kim jong-il", "kim jong-un"),
            ("kim jong il", "kim jong un"),
            ("donald trump", "donald trump jr"),
            ("george bush", "george bush"),
        ] {
            assert!(!misspelling_of(a, b), "{a} ~ {b}");
        }
        let text = "Tổng thống Mỹ Donald Trump đến Brussels. Tổng thống Mỹ Doanld Trump và phu \
                    nhân. Tổng thống Donald Trump phát biểu.";
        assert_eq!(describe(text), "Donald Trump · Tổng thống · Mỹ");
    }

    #[test]
    fn foreign_syllables() {
        for word in [
            "trump", "donald", "blinken", "jong", "shinzo", "abe", "putin", "mccain", "schumer",
            "graham", "stan",
        ] {
            assert!(looks_foreign(word), "{word}");
        }
        for word in [
            "nguyễn", "minh", "thanh", "lâm", "tuấn", "hoang", "tuan", "anh", "nghia", "quang",
            "giang", "khanh", "phuong", "truong", "uyen",
        ] {
            assert!(!looks_foreign(word), "{word}");
        }
    }
}
