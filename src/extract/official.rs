//! Named officials and position titles: who holds which office, in which organization.
//!
//! Per sentence: position titles are read from the lexicon with their qualifiers ("Phó",
//! "Thường trực", "nguyên", ranks), then the organization written after them, then the
//! person they belong to — written right after ("Bí thư Quận ủy Vũ Văn A"), before with an
//! apposition ("ông A, Giám đốc Sở Y tế"), in parentheses, or through a chain of offices
//! ("Ủy viên Bộ Chính trị, Bí thư Thành ủy A"; "kiêm"). Later short mentions ("ông A",
//! "Bí thư A") are added to the person's mentions.

use std::borrow::Cow;
use std::ops::Range;

use super::lexicon::{OfficialLexicon, OrgKind, PlaceKind, Qualifier};
use crate::normalize::{fold_case, is_upper};
use crate::segment::{Segmented, Token, TokenKind};

/// A person holding a position. Byte ranges point into the original text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfficialMention {
    /// The fullest form of the name.
    pub name: Range<usize>,
    pub role: Range<usize>,
    /// Empty when the text names no organization.
    pub organization: Option<Range<usize>>,
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
    /// The role and its organization.
    pub mentions: Vec<Range<usize>>,
    /// The names (byte ranges of their full form) of the holders.
    pub holders: Vec<Range<usize>>,
}

/// Words that end an organization written in lower case after its head.
const ORG_STOPS: &[&str] = &[
    "cho", "cũng", "đã", "sẽ", "đang", "vừa", "là", "nói", "khẳng", "nhấn", "chia", "ký", "trao",
    "tặng", "được", "bị", "về", "tại", "trong", "với", "của", "này", "đó", "khi", "thì", "mà",
    "để", "có", "cùng", "đến", "từ", "theo", "vào", "ra", "lên", "đi", "nêu", "kiêm", "năm",
    "ngày", "tháng", "người", "ông", "bà", "anh", "chị", "hiện", "trước", "sau", "đây", "kể",
    "trả", "ghi", "làm", "thăm", "gửi", "cảm", "mong", "hay", "hoặc", "nhưng", "nên", "vì", "do",
    "qua", "giữa", "các", "những", "mọi", "một", "hai", "ba", "ở", "như", "thay", "kêu", "bày",
    "thừa", "lưu", "chỉ", "vẫn", "đều",
];

/// Verbs of two syllables whose first one also ends names of bodies ("Giao thông" but
/// "thông tin"): they end an organization only as a pair.
const ORG_STOP_PAIRS: &[(&str, &str)] = &[
    ("thông", "tin"),
    ("thông", "báo"),
    ("phát", "biểu"),
    ("đề", "nghị"),
    ("đề", "xuất"),
    ("nhận", "định"),
    ("nhận", "xét"),
    ("yêu", "cầu"),
    ("đánh", "giá"),
    ("quyết", "định"),
    ("dự", "kiến"),
    ("chủ", "trì"),
    ("tham", "dự"),
    ("giải", "thích"),
    ("trao", "đổi"),
    ("ký", "kết"),
    ("công", "bố"),
    ("phụ", "trách"),
    ("tham", "gia"),
];

/// Separators between a name and its apposition, or between offices of one person.
const APPOSITION: &[&str] = &[",", "-", "–", "—", "(", ":"];

/// One sentence's words as the extractor reads them.
struct View<'a> {
    segmented: &'a Segmented,
    tokens: &'a [Token],
    normalized: &'a str,
    lower: Vec<Cow<'a, str>>,
    lexicon: &'a OfficialLexicon,
}

impl<'a> View<'a> {
    fn new(segmented: &'a Segmented, normalized: &'a str, lexicon: &'a OfficialLexicon) -> Self {
        let tokens = &segmented.tokens;
        let lower = tokens
            .iter()
            .map(|t| fold_case(t.norm_text(normalized)))
            .collect();
        View {
            segmented,
            tokens,
            normalized,
            lower,
            lexicon,
        }
    }

    fn len(&self) -> usize {
        self.tokens.len()
    }

    fn word(&self, i: usize) -> &str {
        self.lower.get(i).map_or("", |w| w.as_ref())
    }

    fn kind(&self, i: usize) -> Option<TokenKind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    /// Whether only spaces separate tokens `i - 1` and `i` (so they can be one phrase).
    fn joined(&self, i: usize) -> bool {
        self.segmented.joined(self.normalized, i)
    }

    /// A word that starts with a capital.
    fn capital(&self, i: usize) -> bool {
        matches!(self.kind(i), Some(TokenKind::Word | TokenKind::Abbrev))
            && self
                .tokens
                .get(i)
                .and_then(|t| t.norm_text(self.normalized).chars().next())
                .is_some_and(is_upper)
    }

    /// A word written all in capitals or with a digit: an acronym or a code ("FPT", "HĐND").
    fn acronym(&self, i: usize) -> bool {
        let Some(t) = self.tokens.get(i) else {
            return false;
        };
        let text = t.norm_text(self.normalized);
        matches!(t.kind, TokenKind::Abbrev | TokenKind::Code)
            || (t.kind == TokenKind::Word
                && text.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && text.chars().all(|c| !c.is_alphabetic() || is_upper(c)))
    }

    /// A capitalized word that can be a syllable of a name: not an acronym.
    fn name_word(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Word) && self.capital(i) && !self.acronym(i)
    }

    fn is(&self, i: usize, word: &str) -> bool {
        self.word(i) == word
    }

    fn is_any(&self, i: usize, words: &[&str]) -> bool {
        words.contains(&self.word(i))
    }

    fn qualifier(&self, i: usize) -> Option<(usize, Qualifier)> {
        self.lexicon
            .qualifiers
            .longest(&self.lower, i, |k| self.joined(k))
    }

    fn position(&self, i: usize) -> Option<usize> {
        self.lexicon
            .positions
            .longest(&self.lower, i, |k| self.joined(k))
            .map(|(end, ())| end)
    }

    fn organization_head(&self, i: usize) -> Option<(usize, OrgKind)> {
        self.lexicon
            .organizations
            .longest(&self.lower, i, |k| self.joined(k))
    }

    fn place(&self, i: usize) -> Option<(usize, PlaceKind)> {
        self.lexicon
            .places
            .longest(&self.lower, i, |k| self.joined(k))
    }

    fn surname(&self, i: usize) -> bool {
        self.name_word(i) && self.lexicon.surnames.contains(self.word(i))
    }

    /// The end of the run of name words from `i`.
    fn name_run_end(&self, i: usize) -> usize {
        let mut end = i;
        while end < self.len() && self.name_word(end) && (end == i || self.joined(end)) {
            end += 1;
        }
        end
    }
}

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
    /// Whether the role is written with a capital (a lower-case "giám đốc" needs more).
    capital: bool,
}

/// Reads the role at `i`: qualifiers, a head, qualifiers after. Returns the role's tokens.
fn role_at(view: &View<'_>, i: usize) -> Option<Range<usize>> {
    let mut k = i;
    // "Phó", "Quyền", "Tổng" … before the head, possibly several ("Quyền Phó Giám đốc").
    let head_end = loop {
        if let Some(end) = view.position(k) {
            break end;
        }
        match view.qualifier(k) {
            Some((end, Qualifier::Before)) if end > k => k = end,
            _ => return None,
        }
    };
    let mut end = head_end;
    while let Some((after, Qualifier::After)) = view.qualifier(end) {
        if !view.joined(end) {
            break;
        }
        end = after;
    }
    Some(i..end)
}

/// A person's name starting at `i`: a run of capitalized words led by a surname (two to
/// four syllables), or a foreign-looking run after an office or a country.
fn name_at(view: &View<'_>, i: usize, foreign_ok: bool) -> Option<Range<usize>> {
    let end = view.name_run_end(i);
    let len = end - i;
    if view.surname(i) && (2..=4).contains(&len) {
        return Some(i..end);
    }
    if foreign_ok && (2..=3).contains(&len) && (i..end).any(|k| looks_foreign(view.word(k))) {
        return Some(i..end);
    }
    None
}

/// Whether a syllable cannot be Vietnamese: letters Vietnamese does not use, or a final
/// cluster it does not allow ("Trump", "Donald", "Joe").
fn looks_foreign(word: &str) -> bool {
    if word.chars().any(|c| matches!(c, 'f' | 'j' | 'w' | 'z')) {
        return true;
    }
    if !word.is_ascii() {
        return false;
    }
    let vowels = |c: char| "aeiouy".contains(c);
    // Vietnamese syllables end in a vowel or in c, ch, m, n, ng, nh, p, t.
    let tail: String = word.chars().rev().take_while(|c| !vowels(*c)).collect();
    let tail: String = tail.chars().rev().collect();
    // One vowel cluster per Vietnamese syllable: "abe", "putin" have two.
    let mut vowel_groups = 0;
    let mut previous_vowel = false;
    for c in word.chars() {
        if vowels(c) && !previous_vowel {
            vowel_groups += 1;
        }
        previous_vowel = vowels(c);
    }
    !matches!(
        tail.as_str(),
        "" | "c" | "ch" | "m" | "n" | "ng" | "nh" | "p" | "t"
    ) || vowel_groups > 1
}

/// Reads the organization written after a role ending at `k`, and a name right after it.
/// Returns the organization's tokens (if any), the token after it, and the name.
fn organization_after(
    view: &View<'_>,
    k: usize,
    end: usize,
) -> (Option<Range<usize>>, usize, Option<Range<usize>>) {
    let mut j = k;
    // Where a name may not start: inside a place, or right after a head that needs a name.
    let mut blocked: Vec<usize> = Vec::new();
    let mut lower_run = 0;
    // Lower-case words allowed in a row: a few for a body named in lower case right after
    // its head ("Ban kiểm toán nội bộ"), two after a capital ("Bất động sản").
    let mut lower_max = 2;
    let mut after_head = false;
    let mut started = false;
    let mut country_end = None;
    while j < end && view.joined(j) {
        if view.kind(j) == Some(TokenKind::Punct) {
            // "Khoa học - Công nghệ", "KH&CN": joined words of one body.
            if started && view.is_any(j, &["-", "&"]) && view.capital(j + 1) && view.joined(j + 1) {
                j += 1;
                continue;
            }
            break;
        }
        if let Some((head_end, kind)) = view.organization_head(j) {
            if kind == OrgKind::Standalone {
                country_end = Some(head_end);
            }
            if kind == OrgKind::Named {
                // The body's own name follows: no person starts in its first two words.
                blocked.push(head_end);
                if view.name_word(head_end) && view.name_word(head_end + 1) {
                    blocked.push(head_end + 1);
                }
            }
            j = head_end;
            started = true;
            lower_run = 0;
            lower_max = if kind == OrgKind::Admin { 2 } else { 4 };
            after_head = kind != OrgKind::Admin;
            continue;
        }
        if let Some((place_end, kind)) = view.place(j) {
            // "Chủ tịch Hồ Chí Minh" is a person; "Chủ tịch Hà Nội", "Thái Nguyên" places.
            let person_like = j == k && place_end - j == 3 && kind != PlaceKind::Country;
            blocked.extend(if person_like { j + 1 } else { j }..place_end);
            if kind == PlaceKind::Country {
                country_end = Some(place_end);
            }
            j = place_end;
            started = true;
            lower_run = 0;
            // A place ends the name of a body: lower-case words after it are not part of it.
            lower_max = 0;
            after_head = false;
            continue;
        }
        if view.capital(j) || view.acronym(j) {
            // An acronym is a whole word: no lower-case syllable continues it.
            lower_max = if view.acronym(j) {
                0
            } else if blocked.contains(&j) {
                // The first word of a body's own name: "Chi cục Quản lý thị trường".
                3
            } else {
                2
            };
            j += 1;
            started = true;
            lower_run = 0;
            after_head = false;
            continue;
        }
        // Lower-case words belong to the name of a body right after a capital ("Sở Giáo
        // dục và Đào tạo"), a few at most.
        let after_capital = j > k && (view.capital(j - 1) || lower_run > 0 || after_head);
        let joins = view.is(j, "và") && view.capital(j + 1);
        let verb = ORG_STOP_PAIRS
            .iter()
            .any(|(a, b)| view.is(j, a) && view.is(j + 1, b));
        if !started
            || view.kind(j) != Some(TokenKind::Word)
            || (view.is_any(j, ORG_STOPS) && !joins)
            || verb
            || !after_capital
            || lower_run >= lower_max
        {
            break;
        }
        lower_run += 1;
        j += 1;
    }
    // A name inside the run of capitals: the earliest surname from which two to four name
    // words run on, not inside a place nor right after a head that needs a name.
    let mut name = None;
    for p in k..j {
        if blocked.contains(&p) || (p > k && view.is(p - 1, "và")) {
            continue;
        }
        if let Some(found) = name_at(view, p, false) {
            name = Some(found);
            break;
        }
        if country_end == Some(p)
            && let Some(found) = name_at(view, p, true)
        {
            name = Some(found);
            break;
        }
    }
    if name.is_none() && k == j || (name.is_none() && !started) {
        // "Ngoại trưởng Antony Blinken": a foreign name right after the office.
        if let Some(found) = name_at(view, k, true) {
            return (None, k, Some(found));
        }
    }
    // "Bí thư Định", "Chủ tịch Thắng": a later short mention of a person, not a body.
    if name.is_none()
        && j == k + 1
        && view.name_word(k)
        && view.place(k).is_none()
        && !looks_foreign(view.word(k))
        && view.organization_head(k).is_none()
    {
        return (None, k, None);
    }
    let org_end = name.as_ref().map_or(j, |n| n.start);
    // Lower-case words left dangling at the end are not part of the body.
    let mut org_end = org_end;
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
    let organization = (org_end > k).then_some(k..org_end);
    (organization, org_end, name)
}

/// Finds the titles of one sentence, with their organizations and any name right after.
fn titles_in(view: &View<'_>, range: Range<usize>) -> Vec<Title> {
    let mut titles = Vec::new();
    let mut i = range.start;
    while i < range.end {
        let start = i;
        let mut k = i;
        let mut former = false;
        let mut rank = None;
        // "nguyên", "cựu", and a rank, in either order.
        for _ in 0..2 {
            match view.qualifier(k) {
                Some((end, Qualifier::Former)) => {
                    former = true;
                    k = end;
                }
                Some((end, Qualifier::Rank)) => {
                    rank = Some(k..end);
                    k = end;
                }
                _ => {}
            }
        }
        let Some(role) = role_at(view, k).filter(|r| r.end <= range.end) else {
            i += 1;
            continue;
        };
        let capital = view.capital(role.start) || view.acronym(role.start);
        let (organization, org_end, mut name_after) = organization_after(view, role.end, range.end);
        let mut end = name_after.as_ref().map_or(org_end, |n| n.end);
        // "Giám đốc Sở Y tế ông Nguyễn Văn A", "…, ông A,", "… là bà A": a person
        // introduced after it — unless the title is itself an apposition to a person before
        // it ("ông A, Chủ tịch X, ông B, …").
        let apposed = start > range.start
            && view.is_any(start - 1, APPOSITION)
            && person_before(view, start - 1, range.start).is_some();
        if name_after.is_none() && !apposed {
            let mut p = org_end;
            if view.is_any(p, &[",", "-", "–"]) {
                p += 1;
            } else {
                // "Chủ tịch Hà Nội thời điểm đó là ông A": a short clause, then "là".
                if let Some(la) = (p..(p + 6).min(range.end))
                    .take_while(|&q| view.kind(q) == Some(TokenKind::Word))
                    .find(|&q| view.is(q, "là"))
                {
                    p = la + 1;
                }
            }
            if let Some((h, Qualifier::Honorific)) = view.qualifier(p)
                && let Some(found) = name_at(view, h, true)
            {
                end = found.end;
                name_after = Some(found);
            }
        }
        // "Trưởng phòng Kinh tế X": the body is "phòng Kinh tế X", its head written in the role.
        let organization = match organization {
            Some(org)
                if role.len() >= 2
                    && view.is_any(
                        role.end - 1,
                        &["phòng", "ban", "khoa", "đội", "trạm", "đoàn"],
                    )
                    && view.organization_head(org.start).is_none() =>
            {
                Some(role.end - 1..org.end)
            }
            other => other,
        };
        titles.push(Title {
            role,
            organization,
            start,
            end,
            former,
            rank,
            name_after,
            capital,
        });
        i = end.max(k + 1);
    }
    titles
}

/// A person introduced by an honorific, a rank or a degree ("ông A", "PGS.TS A"), or a
/// surname-led name that no "đường", "trường" … precedes. Returns the name's tokens.
fn person_before(view: &View<'_>, end: usize, start: usize) -> Option<Range<usize>> {
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
    // The name ends right before `end`: walk back over its words.
    let mut s = end;
    while s > start && view.name_word(s - 1) && (s == end || view.joined(s)) {
        s -= 1;
    }
    if s == end {
        return None;
    }
    // "Ông Nguyễn Văn A" at a sentence start: the capital honorific is not the name.
    if end - s >= 3 && matches!(view.qualifier(s), Some((e, Qualifier::Honorific)) if e == s + 1) {
        s += 1;
    }
    // Never more than four syllables: the name is the last ones.
    while end - s > 4 {
        s += 1;
    }
    let after_honorific = s > start
        && matches!(
            view.qualifier(s - 1).or_else(|| s.checked_sub(2).and_then(|p| view.qualifier(p))),
            Some((e, Qualifier::Honorific | Qualifier::Rank)) if e == s
        );
    let not_person = s > start
        && (s.saturating_sub(3)..s).any(|p| {
            matches!(view.qualifier(p), Some((e, Qualifier::NotPerson)) if e == s)
                || matches!(view.organization_head(p), Some((e, _)) if e == s)
        });
    if not_person {
        return None;
    }
    // The earliest surname within the run from which the rest is the name.
    for p in s..end {
        if view.surname(p) && end - p >= 2 {
            return Some(p..end);
        }
    }
    (after_honorific && end - s >= 2).then_some(s..end)
}

/// Officials and titles of an article.
pub(crate) fn officials(
    segmented: &Segmented,
    normalized: &str,
    lexicon: &OfficialLexicon,
) -> (Vec<OfficialMention>, Vec<TitleMention>) {
    let view = View::new(segmented, normalized, lexicon);
    let bytes = |r: &Range<usize>| segmented.bytes_of(r.clone());
    let mut found: Vec<(Range<usize>, Title, &'static str)> = Vec::new();
    let mut all_titles: Vec<Title> = Vec::new();
    for sentence in &segmented.sentences {
        let mut titles = titles_in(&view, sentence.tokens.clone());
        // A role written without its body takes the one body the sentence names, if it
        // names exactly one ("Ông A - Chủ tịch HĐQT PVOIL, ông B - Thành viên HĐQT").
        let body_words = |r: &Range<usize>| r.clone().map(|k| view.word(k)).collect::<Vec<_>>();
        let bodies: Vec<Range<usize>> = titles
            .iter()
            .filter_map(|t| t.organization.clone())
            .collect();
        let one_body = bodies
            .first()
            .filter(|first| bodies.iter().all(|b| body_words(b) == body_words(first)))
            .cloned();
        if let Some(body) = one_body {
            // National offices have no body to take ("Phó Thủ tướng").
            let national = |t: &Title| {
                let role: Vec<&str> = t.role.clone().map(|k| view.word(k)).collect();
                matches!(
                    role.as_slice(),
                    ["thủ", "tướng"]
                        | ["phó", "thủ", "tướng"]
                        | ["tổng", "bí", "thư"]
                        | ["chủ", "tịch", "nước"]
                        | ["phó", "chủ", "tịch", "nước"]
                )
            };
            for title in titles
                .iter_mut()
                .filter(|t| t.organization.is_none() && !national(t))
            {
                title.organization = Some(body.clone());
            }
        }
        // The person a chain of offices belongs to, and where the chain has reached.
        let mut holder: Option<(Range<usize>, usize)> = None;
        for (n, title) in titles.iter().enumerate() {
            let gap_from = |from: usize| -> bool {
                // Only a separator (or "kiêm", "và") between `from` and the title.
                let between = from..title.start;
                between.len() <= 3
                    && between.clone().all(|k| {
                        view.is_any(k, APPOSITION)
                            || view.is_any(k, &["kiêm", "và", "đồng", "thời"])
                    })
            };
            if let Some(name) = &title.name_after {
                found.push((name.clone(), title.clone(), "official.title-name"));
                holder = None;
                // A chain before it with no name of its own: "Ủy viên Bộ Chính trị, Bí thư
                // Thành ủy A" — the earlier offices are A's too.
                let mut m = n;
                while m > 0 {
                    let before = &titles[m - 1];
                    let current = &titles[m];
                    let between = before.end..current.start;
                    let chained = before.name_after.is_none()
                        && before.capital
                        && between.len() <= 2
                        && between
                            .clone()
                            .all(|k| view.is_any(k, &[",", "kiêm", "và"]))
                        && !found.iter().any(|(_, t, _)| t.start == before.start);
                    if !chained {
                        break;
                    }
                    found.push((name.clone(), before.clone(), "official.chain"));
                    m -= 1;
                }
                continue;
            }
            // An apposition: "ông A, Giám đốc …", "A (Chủ tịch …)", "A - Phó Giám đốc …".
            if let Some((name, reached)) = holder.clone()
                && gap_from(reached)
            {
                found.push((name.clone(), title.clone(), "official.chain"));
                holder = Some((name, title.end));
                continue;
            }
            let mut p = title.start;
            if p > sentence.tokens.start && view.is_any(p - 1, APPOSITION) {
                p -= 1;
                let paren = view.is(p, "(");
                if let Some(name) = person_before(&view, p, sentence.tokens.start) {
                    let rule = if paren {
                        "official.parenthesis"
                    } else {
                        "official.apposition"
                    };
                    let mut title = title.clone();
                    // "trung tá A, Đội trưởng …": the rank written before the name.
                    if title.rank.is_none() {
                        title.rank = (name.start.saturating_sub(3)..name.start).find_map(|s| {
                            matches!(view.qualifier(s), Some((e, Qualifier::Rank)) if e == name.start)
                                .then_some(s..name.start)
                        });
                    }
                    let reached = title.end;
                    found.push((name.clone(), title, rule));
                    holder = Some((name, reached));
                    continue;
                }
            }
            holder = None;
        }
        all_titles.extend(titles);
    }

    // One entry per (person, position); the person's mentions gathered across the article.
    let name_key = |r: &Range<usize>| -> String {
        r.clone()
            .map(|k| view.word(k))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let org_key = |t: &Title| -> String {
        t.organization
            .as_ref()
            .map(|o| {
                o.clone()
                    .map(|k| view.word(k))
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .unwrap_or_default()
    };
    let role_key = |t: &Title| -> String {
        t.role
            .clone()
            .map(|k| view.word(k))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut out: Vec<OfficialMention> = Vec::new();
    let mut keys: Vec<(String, String, String)> = Vec::new();
    for (name, title, rule) in &found {
        let key = (name_key(name), role_key(title), org_key(title));
        // The same person and role again: keep the fuller organization.
        if let Some(at) = keys.iter().position(|(n, r, o)| {
            *n == key.0
                && *r == key.1
                && (o.is_empty()
                    || key.2.is_empty()
                    || o.contains(&key.2)
                    || key.2.contains(o.as_str()))
        }) {
            if keys[at].2.len() < key.2.len() {
                keys[at].2 = key.2.clone();
                out[at].organization = title.organization.as_ref().map(&bytes);
            }
            continue;
        }
        keys.push(key);
        out.push(OfficialMention {
            name: bytes(name),
            role: bytes(&title.role),
            organization: title.organization.as_ref().map(&bytes),
            former: title.former,
            rank: title.rank.as_ref().map(&bytes),
            mentions: Vec::new(),
            rule,
        });
    }
    add_mentions(&view, &mut out, &bytes, &found);

    // Titles: one per distinct (role, organization), accepted when written with a capital
    // or held by a named person.
    let mut titles: Vec<TitleMention> = Vec::new();
    let mut title_keys: Vec<(String, String)> = Vec::new();
    for title in &all_titles {
        let holder = found
            .iter()
            .find(|(_, t, _)| t.start == title.start)
            .map(|(n, _, _)| bytes(n));
        if !title.capital && holder.is_none() {
            continue;
        }
        let key = (role_key(title), org_key(title));
        // The role and the body written after it; a body taken from elsewhere in the
        // sentence is not part of the mention.
        let mention_end = match &title.organization {
            Some(o) if o.start >= title.role.start => o.end.max(title.role.end),
            _ => title.role.end,
        };
        let span = bytes(&(title.role.start..mention_end));
        // The same role again with its organization shortened, lengthened or left out
        // ("Bí thư Quận ủy" … "Bí thư Quận ủy Hoàn Kiếm" … "Bí thư Định") is the same title.
        let same = |k: &(String, String)| {
            k.0 == key.0
                && (k.1 == key.1
                    || k.1.is_empty()
                    || key.1.is_empty()
                    || contains_words(&k.1, &key.1)
                    || contains_words(&key.1, &k.1))
        };
        let at = match title_keys
            .iter()
            .position(|k| *k == key)
            .or_else(|| title_keys.iter().position(same))
        {
            Some(at) => {
                if title_keys[at].1.is_empty() && !key.1.is_empty() {
                    title_keys[at].1 = key.1.clone();
                    titles[at].organization = title.organization.as_ref().map(&bytes);
                }
                at
            }
            None => {
                title_keys.push(key);
                titles.push(TitleMention {
                    role: bytes(&title.role),
                    organization: title.organization.as_ref().map(&bytes),
                    mentions: Vec::new(),
                    holders: Vec::new(),
                });
                titles.len() - 1
            }
        };
        titles[at].mentions.push(span);
        if let Some(h) = holder {
            let full = out
                .iter()
                .find(|o| o.mentions.contains(&h) || o.name == h)
                .map_or(h, |o| o.name.clone());
            if !titles[at].holders.contains(&full) {
                titles[at].holders.push(full);
            }
        }
    }
    (out, titles)
}

/// Whether `outer` holds `inner` as whole words.
fn contains_words(outer: &str, inner: &str) -> bool {
    format!(" {outer} ").contains(&format!(" {inner} "))
}

/// Gathers every mention of each official: the full name wherever it appears, and short
/// forms after an honorific or a title ("ông Định", "Bí thư Định").
fn add_mentions(
    view: &View<'_>,
    officials: &mut [OfficialMention],
    bytes: &dyn Fn(&Range<usize>) -> Range<usize>,
    found: &[(Range<usize>, Title, &'static str)],
) {
    // Each person's name tokens (lower case), from the links found.
    let mut people: Vec<(Vec<String>, Range<usize>)> = Vec::new();
    for (name, _, _) in found {
        let words: Vec<String> = name.clone().map(|k| view.word(k).to_string()).collect();
        if !people.iter().any(|(w, _)| *w == words) {
            people.push((words, bytes(name)));
        }
    }
    let mut spans: Vec<(usize, Range<usize>)> = Vec::new();
    let mut i = 0;
    while i < view.len() {
        if !view.name_word(i) || (i > 0 && view.name_word(i - 1) && view.joined(i)) {
            i += 1;
            continue;
        }
        let run_end = view.name_run_end(i);
        // "Ông Định" at a sentence start: the honorific is written with a capital.
        let capital_honorific = run_end - i >= 2
            && matches!(view.qualifier(i), Some((e, Qualifier::Honorific)) if e == i + 1);
        let run_start = if capital_honorific { i + 1 } else { i };
        let run: Vec<&str> = (run_start..run_end).map(|k| view.word(k)).collect();
        // The full name, or its last syllable (or two) after an honorific or a title.
        let introduced = capital_honorific
            || i > 0
                && (matches!(view.qualifier(i - 1), Some((e, Qualifier::Honorific)) if e == i)
                    || (i >= 2
                        && matches!(view.qualifier(i - 2), Some((e, Qualifier::Honorific)) if e == i))
                    || (0..i)
                        .rev()
                        .take(4)
                        .any(|s| role_at(view, s).is_some_and(|r| r.end == i)));
        let mut matched = None;
        for (p, (words, _)) in people.iter().enumerate() {
            let full = run.len() >= words.len()
                && (0..=run.len() - words.len()).any(|o| run[o..o + words.len()] == words[..]);
            let short = introduced
                && run.len() < words.len()
                && run.len() <= 2
                && words[words.len() - run.len()..] == run[..];
            if full || short {
                // A short form that fits two people is left alone.
                if short && matched.is_some() {
                    matched = None;
                    break;
                }
                matched = Some(p);
                if full {
                    break;
                }
            }
        }
        if let Some(p) = matched {
            let (words, _) = &people[p];
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
    for official in officials.iter_mut() {
        let Some(p) = people.iter().position(|(_, full)| *full == official.name) else {
            continue;
        };
        official.mentions = spans
            .iter()
            .filter(|(q, _)| *q == p)
            .map(|(_, r)| r.clone())
            .collect();
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn foreign_syllables() {
        for word in [
            "trump", "donald", "blinken", "jong", "shinzo", "abe", "putin",
        ] {
            assert!(looks_foreign(word), "{word}");
        }
        for word in [
            "nguyễn", "minh", "thanh", "lâm", "tuấn", "hoang", "tuan", "anh",
        ] {
            assert!(!looks_foreign(word), "{word}");
        }
    }
}
