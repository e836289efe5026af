//! Percentages and amounts of money in a token stream.
//!
//! A mention is `[qualifier] [từ] NUMBER [SCALE…] [(- | đến | tới) NUMBER [SCALE…]] UNIT [/PER]`
//! where NUMBER is digits or words, SCALE is nghìn/ngàn/triệu/tỷ (and compounds such as
//! "2 tỷ 500 triệu"), and UNIT is "%", "phần trăm", "điểm phần trăm" or a currency (which
//! may also stand before the number: "$50", "US$1,5 tỷ"). Numbers without a unit — years,
//! dates, counts, codes, "500 tỷ" — are not mentions, nor are vague sizes with no number
//! ("hàng nghìn tỷ đồng").
//!
//! The grammar is code; the words a linguist or a user may add (currencies, qualifiers,
//! syllables that make "đồng" another word, comparatives, units of price) are data:
//! `models/figures.txt` and `--lexicon` files, read into a [`FigureLexicon`].

use std::ops::Range;
use std::sync::{Mutex, PoisonError};

use rustc_hash::{FxBuildHasher, FxHashMap, FxHashSet};
use smallvec::{SmallVec, smallvec};

use super::extractor::Rule;
use super::number::{
    Decimal, NumberWord, Piece, evaluate, groups_of_three, number_word, number_word_packed,
};
use super::packed::{WordMap, WordSet, pack, packed_at};
use super::view::{TokenView, eq_lower};
use crate::normalize::{fold_case, is_upper, normalize};
use crate::segment::word::features::MAX_DICT;
use crate::segment::word::in_dictionary;
use crate::segment::{Segmented, Token, TokenKind};

/// What a number measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Percent { points: bool },
    Money(&'static str),
}

/// Which bound of a range a mention is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    Low,
    High,
}

impl Bound {
    pub fn as_str(self) -> &'static str {
        match self {
            Bound::Low => "low",
            Bound::High => "high",
        }
    }
}

/// One percentage or amount found: a value with its unit and where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quantity {
    /// The tokens of the mention (for a range: of the whole range).
    pub tokens: Range<usize>,
    pub value: Decimal,
    pub unit: Unit,
    pub qualifier: Option<&'static str>,
    pub bound: Option<Bound>,
    /// The unit of a price ("kg" in "50.000 đồng/kg").
    pub per: Option<Per>,
    /// The rule that found it.
    pub rule: &'static str,
}

impl Quantity {
    /// The token after the mention and its unit of price.
    fn end(&self) -> usize {
        self.per.as_ref().map_or(self.tokens.end, Per::end)
    }
}

/// Where the unit of a price is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Per {
    /// Tokens after a "/" ("kg" in "50.000 đồng/kg").
    Tokens(Range<usize>),
    /// The end of the currency's own token, from byte `from` of it on: "USD" in "22.316
    /// VND/USD", which the tokenizer keeps whole.
    InToken { token: usize, from: usize },
}

impl Per {
    /// The token after it.
    fn end(&self) -> usize {
        match self {
            Per::Tokens(tokens) => tokens.end,
            Per::InToken { token, .. } => token + 1,
        }
    }

    /// Its bytes in the original text.
    pub fn bytes(&self, segmented: &Segmented) -> Range<usize> {
        match self {
            Per::Tokens(tokens) => segmented.bytes_of(tokens.clone()),
            Per::InToken { token, from } => {
                let whole = segmented.bytes_of(*token..token + 1);
                (whole.start + from).min(whole.end)..whole.end
            }
        }
    }
}

pub(crate) const PERCENT_DIGITS: Rule = Rule {
    id: "percent.digits",
    description: "digits then % or phần trăm; \",\" is the decimal mark",
    examples: &[
        ("tăng 15,9% so với năm 2021", "15.9%"),
        ("đạt 96,50 %", "96.5%"),
        ("chiếm 12 phần trăm", "12%"),
        ("năm 2021 có 500 hộ", ""),
        // A sign: "-" or "−" glued to the number, or "âm"; not a dash between clauses.
        ("lãi suất (-0,5%)", "-0.5%"),
        ("ở mức −2%", "-2%"),
        ("tăng trưởng âm 1,5%", "-1.5%"),
        ("khả quan - 5% số hộ", "5%"),
        ("Brazil —5,84%", "5.84%"),
        // Regressions: a number in words after a percentage, past a dash or "đến", was read
        // as a range's high bound ("năm" is also five).
        ("xuống còn 15% đến năm 2020", "15%"),
        ("giảm xuống 47,2% - một con số thấp", "47.2%"),
        // Words in brackets other than a price's side name no bound: two values.
        ("lạm phát 5% (năm ngoái) - 6% (năm nay)", "5%|6%"),
    ],
};

pub(crate) const PERCENT_WORDS: Rule = Rule {
    id: "percent.words",
    description: "a number in words then phần trăm",
    examples: &[
        ("giảm mười lăm phần trăm", "15%"),
        ("tăng hai mươi mốt phần trăm", "21%"),
        ("một phần ba số hộ", ""),
    ],
};

pub(crate) const PERCENT_POINTS: Rule = Rule {
    id: "percent.points",
    description: "điểm phần trăm / điểm %: percentage points",
    examples: &[
        ("cao hơn 2,1 điểm phần trăm", "2.1pp"),
        ("VN-Index tăng 12,5 điểm", ""),
    ],
};

pub(crate) const PERCENT_RANGE: Rule = Rule {
    id: "percent.range",
    description: "two bounds of a range: 10-15%, 8,5 - 9%, 30%-38%, từ 5 đến 7%",
    examples: &[
        ("tăng 10-15%", "10%|15%"),
        ("khoảng 8,5 - 9%", "8.5%|9%"),
        ("từ 30%-38%", "30%|38%"),
        ("từ 5 đến 7 phần trăm", "5%|7%"),
        ("tăng 10 -15%", "10%|15%"),
        // Which bounds a sign belongs to is not written.
        ("biên độ -5-7%", ""),
    ],
};

pub(crate) const MONEY_DIGITS: Rule = Rule {
    id: "money.digits",
    description: "digits, scale words (nghìn, triệu, tỷ, nghìn tỷ, triệu tỷ), then a currency",
    examples: &[
        (
            "đạt 14.732 tỷ đồng bằng 131% dự toán",
            "14732000000000 VND|131%",
        ),
        ("1.5 triệu USD", "1500000 USD"),
        ("2 tỷ 500 triệu đồng", "2500000000 VND"),
        ("1,2 nghìn tỷ yên", "1200000000000 JPY"),
        ("14 732 tỷ đồng", "14732000000000 VND"),
        ("50.000đ", "50000 VND"),
        // A regression: a number in words after a dash and an amount was read as a range's
        // high bound, borrowing the currency.
        ("không dưới 5.000 USD - một con số lớn", "5000 USD"),
        // A currency in capitals glued on (a regression: it was read only in lower case).
        ("giá 100USD mỗi vé", "100 USD"),
        ("50k", ""),
        ("500 tỷ", ""),
        ("hàng nghìn tỷ đồng", ""),
        ("biển số 51F-123.45", ""),
        ("lỗ -3,5 tỷ đồng", "-3500000000 VND"),
        ("lợi nhuận âm 12 tỷ đồng", "-12000000000 VND"),
        // Scientific notation is not how news writes amounts: not read as digits.
        ("khoản vay 1E+9 đồng", ""),
        ("2e6 USD", ""),
    ],
};

pub(crate) const MONEY_WORDS: Rule = Rule {
    id: "money.words",
    description: "a number in words then a currency",
    examples: &[
        ("hai tỷ đồng", "2000000000 VND"),
        ("ba tỷ rưỡi đồng", "3500000000 VND"),
        ("nửa triệu USD", "500000 USD"),
        ("âm hai tỷ đồng", "-2000000000 VND"),
        ("vài tỷ đồng", ""),
    ],
};

pub(crate) const MONEY_SYMBOL: Rule = Rule {
    id: "money.symbol",
    description: "a currency sign before the number: $50, US$ 1,5 tỷ, €20",
    examples: &[("giá $50", "50 USD"), ("US$1,5 tỷ", "1500000000 USD")],
};

pub(crate) const MONEY_PER_UNIT: Rule = Rule {
    id: "money.per-unit",
    description: "a price per unit: 50.000 đồng/kg (per: kg)",
    examples: &[
        ("giá 50.000 đồng/kg", "50000 VND/kg"),
        ("640 USD/tấn", "640 USD/tấn"),
        // The currency and its unit glued into one token.
        ("tỷ giá trung tâm 23.104 VND/USD", "23104 VND/USD"),
    ],
};

pub(crate) const MONEY_RANGE: Rule = Rule {
    id: "money.range",
    description: "two bounds of a range of money; the low bound borrows the scale unless that puts it far above the high bound",
    examples: &[
        ("từ 2 đến 3 tỷ đồng", "2000000000 VND|3000000000 VND"),
        ("5-6 tỷ USD", "5000000000 USD|6000000000 USD"),
        ("8.500 - 9.200 đồng/kg", "8500 VND/kg|9200 VND/kg"),
        ("1,5 - 2 triệu đồng", "1500000 VND|2000000 VND"),
        // The high bound borrows the low bound's unit and scale.
        (
            "lương từ 20 triệu đồng đến 30 triệu/tháng",
            "20000000 VND/tháng|30000000 VND/tháng",
        ),
        // A regression: the low bound was read as 500.000 triệu.
        ("khoảng 500.000 - 1 triệu đồng", "500000 VND|1000000 VND"),
        ("từ 500 - 1 triệu đồng", "500000 VND|1000000 VND"),
        // A buying and a selling price, also with their names in brackets.
        (
            "36,8 - 36,7 triệu đồng/lượng",
            "36800000 VND/lượng|36700000 VND/lượng",
        ),
        (
            "36,180 (mua vào) – 36,370 triệu đồng/lượng (bán ra)",
            "36180000 VND/lượng|36370000 VND/lượng",
        ),
        // A regression: a range with the currency glued on was not read.
        ("giá 6.500-7.500đ một chiếc", "6500 VND|7500 VND"),
        // Glued on both bounds, or the low bound's glued to the high bound (exchange rates).
        ("giá từ 100.000đ-150.000đ", "100000 VND|150000 VND"),
        ("mua bán ở mức 22.555 VND-22.625 VND", "22555 VND|22625 VND"),
    ],
};

pub(crate) const PERCENT_LIST: Rule = Rule {
    id: "percent.list",
    description: "numbers joined by \",\" and \"và\"/\"hoặc\" before the % of the last: one percentage each, sharing the list's text",
    examples: &[
        ("lần lượt tăng 5,2 và 6,1%", "5.2%|6.1%"),
        ("ba nhóm giảm 3, 4 và 7%", "3%|4%|7%"),
    ],
};

pub(crate) const MONEY_LIST: Rule = Rule {
    id: "money.list",
    description: "numbers joined by \",\" and \"và\"/\"hoặc\" before the currency of the last: one amount each, with the last one's scale, sharing the list's text",
    examples: &[
        (
            "giá lần lượt là 44 và 47 triệu đồng",
            "44000000 VND|47000000 VND",
        ),
        (
            "ba mệnh giá 50.000, 100.000 và 150.000 đồng",
            "50000 VND|100000 VND|150000 VND",
        ),
        ("tờ bạc 500 hoặc 1.000 rupee", "500 INR|1000 INR"),
    ],
};

/// The rules of percentages and money, each with examples (run by one test).
pub(crate) const RULES: &[Rule] = &[
    PERCENT_DIGITS,
    PERCENT_WORDS,
    PERCENT_POINTS,
    PERCENT_RANGE,
    PERCENT_LIST,
    MONEY_DIGITS,
    MONEY_WORDS,
    MONEY_SYMBOL,
    MONEY_PER_UNIT,
    MONEY_RANGE,
    MONEY_LIST,
];

/// A currency by name: its lower-case words, and its ISO 4217 code.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Currency {
    words: Box<[Box<str>]>,
    code: &'static str,
}

/// The words of the grammar of units after a number, which the code reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum UnitWord {
    /// "%".
    PercentSign,
    /// "phần" (of "phần trăm").
    PercentWord,
    /// "điểm" (of "điểm phần trăm", "điểm %").
    Points,
    /// "-", "~", "đến", "tới": a range goes on.
    Connector,
}

const UNIT_WORDS: [(&str, UnitWord); 7] = [
    ("%", UnitWord::PercentSign),
    ("phần", UnitWord::PercentWord),
    ("điểm", UnitWord::Points),
    ("-", UnitWord::Connector),
    ("~", UnitWord::Connector),
    ("đến", UnitWord::Connector),
    ("tới", UnitWord::Connector),
];

/// What a word after a number may start.
#[derive(Debug, Clone, Default)]
struct UnitStart {
    /// A word of the grammar of units: it starts nothing else.
    grammar: Option<UnitWord>,
    /// The currencies whose name starts with the word, longest first.
    currencies: Vec<Currency>,
    /// The currency the word names by itself after a scale word ("5 triệu đô") or digits
    /// grouped in thousands ("10.000 đô").
    after_scale: Option<&'static str>,
    /// The currency the word names by itself after digits or a scale word ("50.000 kíp"),
    /// not after a number in words ("một kíp bác sĩ": a shift).
    after_digits: Option<&'static str>,
}

/// A qualifier, found by its last word: the words before that one, and its name.
#[derive(Debug, Clone)]
struct FigureQualifier {
    before: Box<[Box<str>]>,
    name: &'static str,
    /// After a comparative word it is a comparison ("cao hơn 2 điểm").
    comparison: bool,
}

/// The word lists of percentages and money that users may extend (`models/figures.txt`,
/// `--lexicon`), compiled as they are read into maps keyed by each word's packed lower-case
/// key, the key [`TokenView::key`] gives every token: the unit after a number is one lookup.
#[derive(Debug, Clone)]
pub(crate) struct FigureLexicon {
    /// Currencies by their first word, with the grammar words of units ([`UNIT_WORDS`]).
    unit_starts: WordMap<UnitStart>,
    /// Currencies named by one word, which may be glued to the digits ("100usd").
    glued: FxHashMap<Box<str>, &'static str>,
    /// Currencies whose name ends in a sign, which may stand before the number ("US$ 5"),
    /// longest first; and those signs.
    before_number: Vec<Currency>,
    signs: WordMap<()>,
    /// Syllables that make "đồng" another word ("đồng chí").
    not_currency: WordMap<()>,
    /// Qualifiers by their last word, longest first.
    qualifiers: WordMap<Vec<FigureQualifier>>,
    /// Words after which a `comparison` qualifier is a comparison.
    comparatives: WordMap<()>,
    /// Units of price of several syllables by their first: the rest, longest first.
    per_units: WordMap<Vec<Box<[Box<str>]>>>,
    /// How many names of currencies it holds.
    currency_count: usize,
}

impl Default for FigureLexicon {
    /// No word list, only the grammar of units.
    fn default() -> Self {
        let mut unit_starts = WordMap::<UnitStart>::default();
        for (word, grammar) in UNIT_WORDS {
            unit_starts.entry(word).grammar = Some(grammar);
        }
        FigureLexicon {
            unit_starts,
            glued: FxHashMap::default(),
            before_number: Vec::new(),
            signs: WordMap::default(),
            not_currency: WordMap::default(),
            qualifiers: WordMap::default(),
            comparatives: WordMap::default(),
            per_units: WordMap::default(),
            currency_count: 0,
        }
    }
}

/// The kinds of entries a [`FigureLexicon`] reads.
pub(crate) const FIGURE_KINDS: [&str; 7] = [
    "currency",
    "currency-after-scale",
    "currency-after-digits",
    "not-currency",
    "qualifier",
    "comparative",
    "per-unit",
];

impl FigureLexicon {
    /// Adds one entry of a kind of [`FIGURE_KINDS`]; the message says what is wrong.
    pub(crate) fn add(
        &mut self,
        kind: &str,
        words: &str,
        extra: Option<&str>,
    ) -> Result<(), String> {
        let tokens = tokens_of(words);
        let Some((first, rest)) = tokens.split_first() else {
            return Err("empty entry".to_string());
        };
        let one_word = || {
            if rest.is_empty() {
                Ok(())
            } else {
                Err(format!("{kind} is one word, not {words:?}"))
            }
        };
        match kind {
            "currency" => {
                let code = currency_code(extra)?;
                let currency = Currency {
                    words: tokens.iter().map(|t| t.as_str().into()).collect(),
                    code,
                };
                if rest.is_empty() {
                    self.glued.insert(first.as_str().into(), code);
                }
                if let Some(sign) = tokens.last().filter(|t| is_sign(t)) {
                    self.signs.entry(sign);
                    insert_longest_first(&mut self.before_number, currency.clone());
                }
                let start = self.unit_starts.entry(first);
                if insert_longest_first(&mut start.currencies, currency) {
                    self.currency_count += 1;
                }
            }
            "currency-after-scale" => {
                one_word()?;
                self.unit_starts.entry(first).after_scale = Some(currency_code(extra)?);
            }
            "currency-after-digits" => {
                one_word()?;
                let code = currency_code(extra)?;
                self.glued.insert(first.as_str().into(), code);
                self.unit_starts.entry(first).after_digits = Some(code);
            }
            "not-currency" => {
                one_word()?;
                self.not_currency.entry(first);
            }
            "comparative" => {
                one_word()?;
                self.comparatives.entry(first);
            }
            "qualifier" => {
                let comparison = match extra {
                    None => false,
                    Some("comparison") => true,
                    Some(other) => return Err(format!("unknown qualifier flag {other:?}")),
                };
                let Some((last, before)) = tokens.split_last() else {
                    return Err("empty entry".to_string());
                };
                let qualifier = FigureQualifier {
                    before: before.iter().map(|t| t.as_str().into()).collect(),
                    name: interned(&tokens.join(" ")),
                    comparison,
                };
                let entries = self.qualifiers.entry(last);
                match entries.iter_mut().find(|q| q.before == qualifier.before) {
                    Some(existing) => *existing = qualifier,
                    None => {
                        entries.push(qualifier);
                        entries.sort_by_key(|q| std::cmp::Reverse(q.before.len()));
                    }
                }
            }
            "per-unit" => {
                let rest: Box<[Box<str>]> = rest.iter().map(|t| t.as_str().into()).collect();
                let entries = self.per_units.entry(first);
                if !entries.contains(&rest) {
                    entries.push(rest);
                    entries.sort_by_key(|r| std::cmp::Reverse(r.len()));
                }
            }
            other => return Err(format!("unknown kind {other:?}")),
        }
        Ok(())
    }

    /// Compiles the word lists read so far into their fastest tables: call it after each
    /// file (a list not compiled is still read, a little slower).
    pub(crate) fn compile(&mut self) {
        self.unit_starts.compile();
        self.signs.compile();
        self.not_currency.compile();
        self.qualifiers.compile();
        self.comparatives.compile();
        self.per_units.compile();
    }

    /// How many names of currencies it holds.
    pub(crate) fn currency_count(&self) -> usize {
        self.currency_count
    }

    /// What the word at token `i` may start after a number.
    #[inline(always)]
    fn unit_start(&self, words: &TokenView<'_>, i: usize) -> Option<&UnitStart> {
        lookup(&self.unit_starts, words, i)
    }
}

/// The value of the word at token `i`: by its key, or, when it has none (longer than eight
/// bytes) and the map holds such words, by its text.
#[inline(always)]
fn lookup<'m, T>(map: &'m WordMap<T>, words: &TokenView<'_>, i: usize) -> Option<&'m T> {
    let key = words.key(i);
    match map.get(key) {
        None if key == 0 && map.has_long() => map.get_long(&words.lower(i)),
        found => found,
    }
}

/// The length of the word at the start of `text`: letters and digits, and hyphens between
/// them, which the tokenizer keeps inside a word ("ơ-rô").
fn alphanumeric_run(text: &str) -> usize {
    let mut end = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let joins = c == '-' && chars.peek().is_some_and(|(_, next)| next.is_alphanumeric());
        if !(c.is_alphanumeric() || joins) {
            break;
        }
        end = at + c.len_utf8();
    }
    end
}

/// The tokens of a name as the tokenizer splits them, normalized and in lower case: at
/// spaces, and around each sign ("US$" is "us", "$").
fn tokens_of(phrase: &str) -> Vec<String> {
    let normalized = normalize(phrase);
    let mut tokens = Vec::new();
    for word in normalized.text().split_whitespace() {
        let mut rest = word;
        while let Some(c) = rest.chars().next() {
            let len = if c.is_alphanumeric() {
                alphanumeric_run(rest)
            } else {
                c.len_utf8()
            };
            tokens.push(fold_case(&rest[..len]).into_owned());
            rest = &rest[len..];
        }
    }
    tokens
}

/// A token with no letter or digit: "$", "€".
fn is_sign(token: &str) -> bool {
    !token.chars().any(char::is_alphanumeric)
}

/// An ISO 4217 code: three capital letters.
fn currency_code(extra: Option<&str>) -> Result<&'static str, String> {
    let code = extra.ok_or("a currency needs its ISO 4217 code (USD)")?;
    if code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(interned(code))
    } else {
        Err(format!(
            "{code:?} is not an ISO 4217 code (three capitals: USD)"
        ))
    }
}

/// Adds a currency to a list kept longest first (a name already there takes the new code),
/// so that the first that matches is the longest. Whether the name is new.
fn insert_longest_first(list: &mut Vec<Currency>, currency: Currency) -> bool {
    match list.iter_mut().find(|c| c.words == currency.words) {
        Some(existing) => {
            existing.code = currency.code;
            false
        }
        None => {
            list.push(currency);
            list.sort_by_key(|c| std::cmp::Reverse(c.words.len()));
            true
        }
    }
}

/// A name or code read from a lexicon as the `'static` text mentions carry: each distinct
/// one is kept once for the life of the process (a few dozen short strings).
fn interned(text: &str) -> &'static str {
    static INTERNED: Mutex<FxHashSet<&'static str>> =
        Mutex::new(FxHashSet::with_hasher(FxBuildHasher));
    let mut interned = INTERNED.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(known) = interned.get(text) {
        return known;
    }
    let leaked: &'static str = Box::leak(text.into());
    interned.insert(leaked);
    leaked
}

/// Whether the lower-case words at `i..` are `names`, on one line (as [`TokenView::matches`]).
#[inline]
fn matches_words(words: &TokenView<'_>, i: usize, names: &[Box<str>]) -> bool {
    names
        .iter()
        .enumerate()
        .all(|(k, w)| words.is(i + k, w) && (k == 0 || words.spaced(i + k)))
}

/// The words that may start a mention besides numbers and signs: those that start a number
/// in words, and "từ" (which starts a range). All are at most eight bytes.
const START_WORDS: [&str; 13] = [
    "ba", "hai", "từ", "tám", "năm", "sáu", "một", "bốn", "bảy", "bẩy", "chín", "nửa", "mười",
];

/// [`START_WORDS`] packed, for comparing a lower-case word at once.
const START_KEYS: [u64; 13] = {
    let mut keys = [0u64; 13];
    let mut k = 0;
    while k < keys.len() {
        keys[k] = pack(START_WORDS[k].as_bytes());
        k += 1;
    }
    keys
};

/// For each first byte, the lengths of [`START_WORDS`] that start with it, in either case,
/// as bits (bit n: n bytes): with [`END_LENGTHS`], a test most words fail with no case
/// folding and no branch on their text.
const START_LENGTHS: [u16; 256] = {
    let mut table = [0u16; 256];
    let mut k = 0;
    while k < START_WORDS.len() {
        let word = START_WORDS[k].as_bytes();
        table[word[0] as usize] |= 1 << word.len();
        table[word[0].to_ascii_uppercase() as usize] |= 1 << word.len();
        k += 1;
    }
    table
};

/// For each last byte, the lengths of [`START_WORDS`] that end with it (in either case), as
/// [`START_LENGTHS`] has them for the first byte. On news text the first byte alone lets
/// one word in six through to the whole comparison, both together one in twenty-two (a
/// third of them start words): fewer branches the processor mispredicts.
const END_LENGTHS: [u16; 256] = {
    let mut table = [0u16; 256];
    let mut k = 0;
    while k < START_WORDS.len() {
        let word = START_WORDS[k].as_bytes();
        let last = word[word.len() - 1];
        table[last as usize] |= 1 << word.len();
        table[last.to_ascii_uppercase() as usize] |= 1 << word.len();
        k += 1;
    }
    table
};

/// Whether a token may start a mention: a number, a sign, or a word that starts a number in
/// words ("một" … "mười", "nửa"), or "từ". Every token of an article goes through this test:
/// one load of the kind, and for a word two table lookups (its first and last bytes, and its
/// length); only the few words that pass are compared whole.
#[inline(always)]
fn may_start(words: &TokenView<'_>, token: &Token) -> bool {
    match token.kind {
        TokenKind::Number | TokenKind::Percent | TokenKind::Code | TokenKind::Symbol => true,
        TokenKind::Word => {
            // Lengths over 15 bytes match no bit of the tables.
            let len = token.norm.end.wrapping_sub(token.norm.start).min(15);
            let text = words.normalized().as_bytes();
            let first = text.get(token.norm.start).copied().unwrap_or(0);
            let last = text
                .get(token.norm.end.wrapping_sub(1))
                .copied()
                .unwrap_or(0);
            let lengths = START_LENGTHS[usize::from(first)] & END_LENGTHS[usize::from(last)];
            lengths & (1 << len) != 0 && is_start_word(words, token)
        }
        _ => false,
    }
}

/// Whether a word that passed the table test of [`may_start`] is one of [`START_WORDS`]: a
/// comparison of packed bytes when it starts in lower case.
#[inline(always)]
fn is_start_word(words: &TokenView<'_>, token: &Token) -> bool {
    match packed_at(words.normalized().as_bytes(), token.norm.clone()) {
        Some(key) if key & 0xff >= u64::from(b'a') => START_KEYS.contains(&key),
        _ => is_capitalized_start_word(words, token),
    }
}

/// [`is_start_word`] for a word that starts with a capital ("Năm", "Tại"): its first letter
/// lowered in the packed bytes, or, in capitals throughout ("HAI"), the whole word lowered.
#[cold]
#[inline(never)]
fn is_capitalized_start_word(words: &TokenView<'_>, token: &Token) -> bool {
    let text = token.norm_text(words.normalized());
    if let Some(key) = packed_at(words.normalized().as_bytes(), token.norm.clone())
        && START_KEYS.contains(&(key | 0x20))
    {
        return true;
    }
    text.chars().nth(1).is_some_and(is_upper) && text_is_any(text, &START_WORDS)
}

/// The first token from `from` on that may start a mention: the scan, kept apart from the
/// reading of a mention so that it stays a tight loop.
#[inline]
fn next_start(words: &TokenView<'_>, from: usize) -> Option<usize> {
    let rest = words.tokens().get(from..)?;
    rest.iter()
        .position(|t| may_start(words, t))
        .map(|k| from + k)
}

/// Whether `text` is one of `words` (given in lower case). Most tokens are lower case:
/// compare them as they are, and lower-case only a capitalized one.
#[inline(always)]
fn text_is_any(text: &str, words: &[&str]) -> bool {
    words.iter().any(|word| eq_lower(text, word))
}

/// The percentages and amounts of money among the tokens, in text order, read as they are
/// asked for (no list of them is built).
pub(crate) fn quantities<'w>(
    words: &'w TokenView<'_>,
    lexicon: &'w FigureLexicon,
) -> Quantities<'w> {
    Quantities {
        words,
        lexicon,
        next_free: 0,
        last_end: 0,
        pending: Found::new(),
    }
}

/// See [`quantities`].
pub(crate) struct Quantities<'w> {
    words: &'w TokenView<'w>,
    lexicon: &'w FigureLexicon,
    /// Tokens before this one belong to a mention already read.
    next_free: usize,
    /// The end of the last mention read.
    last_end: usize,
    /// Mentions read but not yet given out (the high bound of a range), last first.
    pending: Found,
}

impl Iterator for Quantities<'_> {
    type Item = Quantity;

    fn next(&mut self) -> Option<Quantity> {
        loop {
            if let Some(q) = self.pending.pop() {
                return Some(q);
            }
            let i = next_start(self.words, self.next_free)?;
            // A sign already used as the unit of the mention before is not a prefix of
            // this one.
            self.next_free = match quantity_at(self.words, self.lexicon, i, self.last_end) {
                // Its tokens are read, not given out: none of them starts another mention.
                Some(Err(end)) => end,
                Some(Ok(mut found)) => {
                    let last = found.last()?;
                    self.last_end = last.tokens.end;
                    let end = last.end();
                    found.reverse();
                    self.pending = found;
                    end
                }
                None => i + 1,
            };
        }
    }
}

/// A number read from tokens.
#[derive(Debug, Clone)]
struct Number {
    value: Decimal,
    /// A second value when the token itself is a range ("10-15%", "5-6").
    high: Option<Decimal>,
    /// The token after the number and its scale words.
    end: usize,
    /// The power of its scale words (tỷ: 9), if any: a range's low bound borrows it.
    scale: Option<u32>,
    /// A unit written inside the token ("15,9%", "50.000đ").
    unit: Option<Unit>,
    words: bool,
}

/// Tries to read a mention (or the two bounds of a range) starting at token `i`, with its
/// sign: "-5%", "−5%", "âm 5%" are -5%. `Err(end)`: a mention up to token `end` that is
/// not given out.
#[inline(never)]
fn quantity_at(
    words: &TokenView<'_>,
    lexicon: &FigureLexicon,
    i: usize,
    free_from: usize,
) -> Option<Result<Found, usize>> {
    if in_exponent(words, i) {
        return None;
    }
    let mut found = unsigned_quantity_at(words, lexicon, i, free_from)?;
    let start = found.first()?.tokens.start;
    let Some(sign) = sign_before(words, start).filter(|s| *s >= free_from) else {
        return Some(Ok(found));
    };
    // "-10-15%", "âm 5 - 7%": which bounds the sign belongs to is not written; no reading
    // is better than a wrong one.
    if found.len() > 1 {
        let last = found.last()?;
        return Some(Err(last.end()));
    }
    let quantity = found.first_mut()?;
    quantity.value = quantity.value.checked_neg()?;
    quantity.tokens.start = sign;
    quantity.qualifier = qualifier_before(words, lexicon, sign);
    Some(Ok(found))
}

/// Whether token `i` is the exponent of a number in scientific notation ("9" of "1E+9",
/// "2,5e-3"): not a number of its own.
fn in_exponent(words: &TokenView<'_>, i: usize) -> bool {
    let (Some(sign), Some(mantissa)) = (i.checked_sub(1), i.checked_sub(2)) else {
        return false;
    };
    let mantissa = words.text(mantissa).as_bytes();
    words.touching(i)
        && words.touching(sign)
        && matches!(words.single_byte(sign), Some(b'+' | b'-'))
        && matches!(mantissa, [.., b'0'..=b'9', b'e' | b'E'])
}

/// The first token of a minus sign before token `start`, if there is one: "âm", or "-" or
/// "−" (U+2212) glued to the number and standing at the start of a line, after a space or
/// an opening bracket, but not after a number on the same line ("10 -15%" is a range,
/// "tăng - 5%" a dash between clauses). An en or em dash is punctuation ("Brazil —5%").
fn sign_before(words: &TokenView<'_>, start: usize) -> Option<usize> {
    let sign = start.checked_sub(1)?;
    if words.single_byte(sign) != Some(b'-') {
        return (words.is(sign, "âm") && words.spaced(start)).then_some(sign);
    }
    if !matches!(words.original_text(sign), "-" | "\u{2212}") {
        return None;
    }
    if !words.touching(start) {
        return None;
    }
    let Some(before) = sign.checked_sub(1) else {
        return Some(sign);
    };
    let minus = if words.touching(sign) {
        matches!(words.single_byte(before), Some(b'(' | b'['))
    } else {
        !(words.spaced(sign)
            && matches!(
                words.kind(before),
                Some(TokenKind::Number | TokenKind::Percent)
            ))
    };
    minus.then_some(sign)
}

/// [`quantity_at`] without the sign.
fn unsigned_quantity_at(
    words: &TokenView<'_>,
    lexicon: &FigureLexicon,
    i: usize,
    free_from: usize,
) -> Option<Found> {
    // "từ 2 đến 3 tỷ đồng": the range starts at "từ".
    let from = words.is(i, "từ") && i + 1 < words.len();
    let head = if from { i + 1 } else { i };
    if !unit_may_follow(words, lexicon, head) {
        return None;
    }
    let first = number_at(words, lexicon, head)?;
    let prefix_currency = currency_before(words, lexicon, head).filter(|(s, _)| *s >= free_from);
    let start = prefix_currency.as_ref().map_or(i, |(s, _)| *s);
    let start = if from { i } else { start };

    // A unit right after the first number, or inside it.
    let own_unit = first
        .unit
        .map(|u| (u, first.end))
        .or_else(|| unit_at(words, lexicon, first.end, &first));
    let first_unit = own_unit.or(prefix_currency.map(|(_, c)| (Unit::Money(c), first.end)));

    // A range: "10-15%", "8,5 - 9%", "30%-38%", "từ 2 đến 3 tỷ đồng".
    let after_first = first_unit.map_or(first.end, |(_, e)| e);
    if let Some((low, high)) = first.high.map(|h| (first.value, h)) {
        let (unit, end) = first_unit?;
        return Some(range(
            start..end,
            (low, high),
            unit,
            qualifier_before(words, lexicon, i),
            per_after(words, lexicon, end, unit),
        ));
    }
    // "22.555 VND-22.625 VND": the low bound's currency glued to the high bound.
    if first_unit.is_none()
        && !first.words
        && first.scale.is_none()
        && let Some((code, high, end)) = glued_currency_bound(words, lexicon, first.end)
    {
        let unit = Unit::Money(code);
        return Some(range(
            start..end,
            (first.value, high),
            unit,
            qualifier_before(words, lexicon, i),
            per_after(words, lexicon, end, unit),
        ));
    }
    if let Some(second_start) =
        range_connector(words, lexicon, after_first, from || first_unit.is_none())
    {
        if let Some(second) = number_at(words, lexicon, second_start) {
            // The high bound borrows the low one's unit ("20 triệu đồng đến 30 triệu/tháng",
            // "$5-10"), but a number in words after a unit is no bound: "5.000 USD - một con
            // số …", "15% đến năm 2020" ("năm" is also five) are no ranges.
            let second_unit = second
                .unit
                .map(|u| (u, second.end))
                .or_else(|| unit_at(words, lexicon, second.end, &second))
                .or(first_unit
                    .filter(|_| second.unit.is_none() && !(own_unit.is_some() && second.words))
                    .map(|(u, _)| (u, second.end)));
            if let Some((unit, end)) = second_unit
                && first_unit.is_none_or(|(u, _)| same_kind(u, unit))
                && second.high.is_none()
            {
                // The low bound borrows the high bound's scale ("từ 2 đến 3 tỷ đồng"), unless
                // it has its own unit ("700.000 đồng đến 1 triệu đồng") or is written in a
                // smaller one ("500.000 - 1 triệu đồng", see `borrowed_scale`).
                let low = match (first.scale, second.scale, first_unit) {
                    (None, Some(power), None) => borrowed_scale(first.value, power, second.value)?,
                    _ => first.value,
                };
                let per = per_after(words, lexicon, end, unit);
                return Some(range(
                    start..end,
                    (low, second.value),
                    unit,
                    qualifier_before(words, lexicon, i),
                    per,
                ));
            }
        }
    }
    if from {
        // "từ" without a range is only a preposition: the number is read on its own.
        return None;
    }
    if first_unit.is_none() {
        return list(words, lexicon, start, first);
    }
    let (unit, end) = first_unit?;
    let per = per_after(words, lexicon, end, unit);
    let rule = match (unit, first.words) {
        (Unit::Percent { points: true }, _) => PERCENT_POINTS.id,
        (Unit::Percent { .. }, false) => PERCENT_DIGITS.id,
        (Unit::Percent { .. }, true) => PERCENT_WORDS.id,
        (Unit::Money(_), true) => MONEY_WORDS.id,
        (Unit::Money(_), false) if prefix_currency.is_some() => MONEY_SYMBOL.id,
        (Unit::Money(_), false) if per.is_some() => MONEY_PER_UNIT.id,
        (Unit::Money(_), false) => MONEY_DIGITS.id,
    };
    Some(smallvec![Quantity {
        tokens: start..end,
        value: first.value,
        unit,
        qualifier: qualifier_before(words, lexicon, i),
        bound: None,
        per,
        rule,
    }])
}

/// The high bound of a range whose low bound's currency is glued to it by a dash, as
/// exchange rates are written ("22.555 VND-22.625 VND"): the token at `k` ("VND-22.625"),
/// then the same currency again, which tells the range from a code ("Ural 375 Đ-375").
/// Returns the currency, the high bound and the token after the range.
fn glued_currency_bound(
    words: &TokenView<'_>,
    lexicon: &FigureLexicon,
    k: usize,
) -> Option<(&'static str, Decimal, usize)> {
    if words.kind(k) != Some(TokenKind::Code) || !words.spaced(k) || !words.spaced(k + 1) {
        return None;
    }
    let (name, digits) = words.word(k).split_once('-')?;
    let code = *lexicon.glued.get(name)?;
    if lexicon.glued.get(words.word(k + 1)) != Some(&code) {
        return None;
    }
    Some((code, Decimal::parse_digits(digits)?, k + 2))
}

/// What joins the items of a list of numbers ([`list`]).
const LIST_JOINS: WordSet<3> = WordSet::new([",", "và", "hoặc"]);

/// The most items of a list of numbers ([`list`]).
const LONGEST_LIST: usize = 8;

/// Words before a number that make it a label, not an amount: a date's "năm 2015", "quý
/// 3", an ordinal's "số 5", "lớp 10".
const LABELS: WordSet<10> = WordSet::new([
    "năm", "tháng", "ngày", "quý", "tuần", "số", "lớp", "khóa", "kỳ", "lần",
]);

/// A list of numbers in digits that the last one's unit and scale are written after: "44
/// và 47 triệu đồng", "50.000, 100.000 và 150.000 đồng", "5,2 và 6,1%" (items joined by
/// a comma, the last by "và" or "hoặc"). Each item is a mention of its own over the list's
/// text; none is a bound. `first` starts at `start`, with no unit after it. Items far
/// apart in size are no list but a model's name before a price ("Mini 9 và 6.990.000
/// VND"), and so is a dot that groups no thousands ("City 1.5 và 604 triệu đồng").
fn list(
    words: &TokenView<'_>,
    lexicon: &FigureLexicon,
    start: usize,
    first: Number,
) -> Option<Found> {
    // A number in digits with no unit of its own, starting at token `at`.
    let is_item = |at: usize, n: &Number| {
        let digits = words.word(at);
        !n.words
            && n.high.is_none()
            && n.unit.is_none()
            && (!digits.contains('.') || grouped_in_thousands(digits))
    };
    if !is_item(start, &first)
        || start
            .checked_sub(1)
            .is_some_and(|b| words.is_in(b, &LABELS))
    {
        return None;
    }
    let mut items: SmallVec<[Number; 4]> = smallvec![first];
    loop {
        let k = items.last()?.end;
        let last = if words.is(k, ",") {
            if !words.touching(k) {
                return None;
            }
            false
        } else if words.is_in(k, &LIST_JOINS) && words.spaced(k) {
            true
        } else {
            return None;
        };
        let at = k + 1;
        if !words.spaced(at)
            || !matches!(words.kind(at), Some(TokenKind::Number | TokenKind::Percent))
        {
            return None;
        }
        let item = number_at(words, lexicon, at)?;
        if last && !item.words && item.high.is_none() {
            let (unit, end) = item
                .unit
                .map(|u| (u, item.end))
                .or_else(|| unit_at(words, lexicon, item.end, &item))?;
            let rule = match unit {
                Unit::Percent { points: false } => PERCENT_LIST.id,
                Unit::Money(_) => MONEY_LIST.id,
                Unit::Percent { points: true } => return None,
            };
            let mut values: SmallVec<[Decimal; 4]> = SmallVec::new();
            for earlier in &items {
                values.push(match (earlier.scale, item.scale) {
                    (None, Some(power)) => borrowed_scale(earlier.value, power, item.value)?,
                    _ => earlier.value,
                });
            }
            let size = item.value.to_f64();
            if values
                .iter()
                .any(|v| !(size / 1000.0..=size * 1000.0).contains(&v.to_f64()))
            {
                return None;
            }
            values.push(item.value);
            let qualifier = qualifier_before(words, lexicon, start);
            let per = per_after(words, lexicon, end, unit);
            return Some(
                values
                    .into_iter()
                    .map(|value| Quantity {
                        tokens: start..end,
                        value,
                        unit,
                        qualifier,
                        bound: None,
                        per: per.clone(),
                        rule,
                    })
                    .collect(),
            );
        }
        // An item with a unit of its own is a mention of its own, and no join follows it.
        if last || !is_item(at, &item) || items.len() == LONGEST_LIST {
            return None;
        }
        items.push(item);
    }
}

/// A cheap look at the token after a number's first token: only a unit, a scale or number
/// word, a connector of a range or more digits can make it a mention. Most numbers in news
/// (years, counts, codes) stop here.
fn unit_may_follow(words: &TokenView<'_>, lexicon: &FigureLexicon, head: usize) -> bool {
    let word_head = match words.kind(head) {
        Some(TokenKind::Percent | TokenKind::Code) => return true,
        Some(TokenKind::Number) => false,
        Some(TokenKind::Word) => true,
        _ => return false,
    };
    if head > 0 && lookup(&lexicon.signs, words, head - 1).is_some() {
        return true;
    }
    let next = head + 1;
    if !(words.touching(next) || words.spaced(next)) {
        return false;
    }
    // "22.316 VND/USD": a currency with the unit of its price glued on.
    if !word_head && glued_currency_per(words, lexicon, next).is_some() {
        return true;
    }
    // A list's next item: "44 và 47 triệu đồng", "50.000, 100.000 và 150.000 đồng".
    if !word_head
        && words.is_in(next, &LIST_JOINS)
        && matches!(
            words.kind(next + 1),
            Some(TokenKind::Number | TokenKind::Percent)
        )
    {
        return true;
    }
    match words.kind(next) {
        Some(TokenKind::Code) => {
            return !word_head && glued_currency_bound(words, lexicon, next).is_some();
        }
        // More digits: thousands in groups, or the second number after "từ".
        Some(TokenKind::Number | TokenKind::Percent) => return !word_head || words.is(head, "từ"),
        Some(TokenKind::Symbol) => return !word_head,
        // "36,18 (mua vào) – 36,37 triệu đồng": a range's bounds named in brackets.
        Some(TokenKind::Punct) if past_bound_name(words, next).is_some() => return !word_head,
        Some(TokenKind::Word | TokenKind::Abbrev | TokenKind::Punct) => {}
        _ => return false,
    }
    number_word_packed(words.key(next)).is_some() || lexicon.unit_start(words, next).is_some()
}

/// The low bound `low` of a range with the high bound's scale `power` (`high` is scaled).
/// With the whole scale the low bound may pass the high bound many times over: then it was
/// written in a smaller unit, the largest that keeps it under the high bound ("500.000 - 1
/// triệu đồng" is 500.000 đồng; "500 - 1 triệu đồng" 500 nghìn). Pairs of a buying and a
/// selling price may go down a little ("36,8 - 36,7 triệu đồng"): they keep the scale.
fn borrowed_scale(low: Decimal, power: u32, high: Decimal) -> Option<Decimal> {
    let scaled = low.shift(power)?;
    if scaled.to_f64() <= 10.0 * high.to_f64() {
        return Some(scaled);
    }
    let mut smaller = power;
    while smaller > 0 {
        smaller = smaller.saturating_sub(3);
        let value = low.shift(smaller)?;
        if value.to_f64() <= high.to_f64() {
            return Some(value);
        }
    }
    Some(low)
}

fn same_kind(a: Unit, b: Unit) -> bool {
    matches!((a, b), (Unit::Percent { .. }, Unit::Percent { .. })) || a == b
}

/// The mentions read at one place: one, or the two bounds of a range.
type Found = SmallVec<[Quantity; 2]>;

fn range(
    tokens: Range<usize>,
    (low, high): (Decimal, Decimal),
    unit: Unit,
    qualifier: Option<&'static str>,
    per: Option<Per>,
) -> Found {
    let rule = match unit {
        Unit::Percent { .. } => PERCENT_RANGE.id,
        Unit::Money(_) => MONEY_RANGE.id,
    };
    [(low, Bound::Low), (high, Bound::High)]
        .into_iter()
        .map(|(value, bound)| Quantity {
            tokens: tokens.clone(),
            value,
            unit,
            qualifier,
            bound: Some(bound),
            per: per.clone(),
            rule,
        })
        .collect()
}

/// The token after a range connector following token `end - 1`: "-", "–", "đến", "tới"
/// ("tới" only when `open`: after "từ", or after a number without a unit, since "lên tới
/// 7%" is a qualifier).
fn range_connector(
    words: &TokenView<'_>,
    lexicon: &FigureLexicon,
    end: usize,
    open: bool,
) -> Option<usize> {
    if end >= words.len() || !words.spaced(end) {
        return None;
    }
    let end = past_bound_name(words, end).unwrap_or(end);
    let tới = words.is(end, "tới");
    let ok = words.is_in(end, &WordSet::new(["-", "~", "đến", "tới"]));
    if !(ok && (open || !tới) && end + 1 < words.len() && words.spaced(end + 1)) {
        return None;
    }
    // "từ 20 đến hơn 70%": a qualifier of the high bound.
    let next = end + 1;
    let qualified = lookup(&lexicon.qualifiers, words, next)
        .is_some_and(|qualifiers| qualifiers.iter().any(|q| q.before.is_empty()));
    Some(
        if qualified && next + 1 < words.len() && words.spaced(next + 1) {
            next + 1
        } else {
            next
        },
    )
}

/// The token after a bound's name in brackets at `open` ("36,18 (mua vào) – 36,37 triệu
/// đồng/lượng (bán ra)", a buying and a selling price).
fn past_bound_name(words: &TokenView<'_>, open: usize) -> Option<usize> {
    const LONGEST: usize = 2;
    if !words.is(open, "(") {
        return None;
    }
    let close = (open + 2..=open + 1 + LONGEST).find(|&q| words.is(q, ")"))?;
    let price_side = (open + 1..close).all(|q| words.is_in(q, &BOUND_NAMES));
    (price_side && close + 1 < words.len() && words.spaced(close + 1)).then_some(close + 1)
}

/// The words of a buying or a selling price's name in brackets ("mua vào", "bán ra", "mua",
/// "bán"); other words in brackets ("5% (năm ngoái) - 6% (năm nay)") name no bound.
const BOUND_NAMES: WordSet<4> = WordSet::new(["mua", "vào", "bán", "ra"]);

/// A qualifier just before token `i`.
fn qualifier_before(
    words: &TokenView<'_>,
    lexicon: &FigureLexicon,
    i: usize,
) -> Option<&'static str> {
    // Found by its last word, the one right before the number.
    let last = i.checked_sub(1)?;
    let qualifiers = lookup(&lexicon.qualifiers, words, last)?;
    if !words.spaced(i) {
        return None;
    }
    // The longest whose words before the last one are there too.
    let (first, qualifier) = qualifiers.iter().find_map(|q| {
        let first = last.checked_sub(q.before.len())?;
        let whole =
            q.before.is_empty() || (matches_words(words, first, &q.before) && words.spaced(last));
        whole.then_some((first, q))
    })?;
    // "cao hơn 2,1 điểm": a comparison ("higher by"), not "more than".
    let comparison = qualifier.comparison
        && first > 0
        && lookup(&lexicon.comparatives, words, first - 1).is_some();
    (!comparison).then_some(qualifier.name)
}

/// Whether the number before the unit at `i` is written in digits grouped in thousands
/// ("250.000", "1.500"), with no scale word: an amount, not a year ("2017 Bảng A").
fn in_thousands(words: &TokenView<'_>, i: usize, number: &Number) -> bool {
    !number.words
        && number.scale.is_none()
        && number.high.is_none()
        && i > 0
        && words.kind(i - 1) == Some(TokenKind::Number)
        && grouped_in_thousands(words.word(i - 1))
}

/// Whether digits are written in groups of three after the first ("250.000", "1.500").
fn grouped_in_thousands(digits: &str) -> bool {
    digits.bytes().all(|b| b.is_ascii_digit() || b == b'.') && groups_of_three(digits, '.')
}

/// Whether the word at `i` starts a word of the dictionary with the words after it ("đô
/// thị", "bảng hiệu").
fn starts_a_compound(words: &TokenView<'_>, i: usize) -> bool {
    let following = (i + 1..i + MAX_DICT)
        .take_while(|&k| words.spaced(k) && words.kind(k) == Some(TokenKind::Word))
        .count();
    (1..=following).any(|n| in_dictionary((i..=i + n).map(|k| words.word(k))))
}

/// A currency written before the number: "$50", "US$ 1,5 tỷ", "€20". Returns the first
/// token of the currency and its code.
fn currency_before(
    words: &TokenView<'_>,
    lexicon: &FigureLexicon,
    head: usize,
) -> Option<(usize, &'static str)> {
    if head == 0 || lookup(&lexicon.signs, words, head - 1).is_none() {
        return None;
    }
    for currency in &lexicon.before_number {
        let Some(start) = head.checked_sub(currency.words.len()) else {
            continue;
        };
        if matches_words(words, start, &currency.words)
            && (words.touching(head) || words.spaced(head))
        {
            return Some((start, currency.code));
        }
    }
    None
}

/// A unit at token `i` after `number`: "%", "phần trăm", "điểm phần trăm", a currency.
/// Returns the unit and the token after it.
fn unit_at(
    words: &TokenView<'_>,
    lexicon: &FigureLexicon,
    i: usize,
    number: &Number,
) -> Option<(Unit, usize)> {
    if i >= words.len() || !(words.touching(i) || words.spaced(i)) {
        return None;
    }
    // "22.316 VND/USD": a currency with the unit of its price glued on.
    if let Some((code, _)) = glued_currency_per(words, lexicon, i) {
        return Some((Unit::Money(code), i + 1));
    }
    // Most words after a number start no unit: one look settles them.
    let start = lexicon.unit_start(words, i)?;
    let spaced_word = |k: usize, word: &str| words.is(k, word) && words.spaced(k);
    match start.grammar {
        Some(UnitWord::PercentSign) => {
            return (!per_mille_after(words, i + 1))
                .then_some((Unit::Percent { points: false }, i + 1));
        }
        Some(UnitWord::PercentWord) => {
            return spaced_word(i + 1, "trăm").then_some((Unit::Percent { points: false }, i + 2));
        }
        Some(UnitWord::Points) => {
            // "2,1 điểm phần trăm", "2,1 điểm %"; "2 triệu điểm" is no percentage.
            if number.scale.is_some() {
                return None;
            }
            if spaced_word(i + 1, "phần") && spaced_word(i + 2, "trăm") {
                return Some((Unit::Percent { points: true }, i + 3));
            }
            return spaced_word(i + 1, "%").then_some((Unit::Percent { points: true }, i + 2));
        }
        Some(UnitWord::Connector) => return None,
        None => {}
    }
    let currencies = &start.currencies;
    let longer_name = || {
        currencies
            .iter()
            .any(|c| c.words.len() > 1 && matches_words(words, i, &c.words))
    };
    // Short names that are ordinary words too ("bảng" is also a table): after a scale word
    // ("100 triệu bảng", "5 triệu đô"), or after digits in the thousands ("250.000 bảng/tuần",
    // "10.000 đô"), which count no tables, groups or wrestlers ("8 bảng", "64 đô vật"), unless
    // the word starts a compound there ("1.500 bảng hiệu") or heads a table in capitals after
    // the last price of the one before ("697.000.000 BẢNG GIÁ").
    if let Some(code) = start.after_scale
        && (number.scale.is_some()
            || (in_thousands(words, i, number)
                && !starts_a_compound(words, i)
                && words.text(i).chars().skip(1).any(char::is_lowercase)))
        && !longer_name()
    {
        return Some((Unit::Money(code), i + 1));
    }
    // Or only after digits ("50.000 kíp"; "một kíp bác sĩ" is a shift).
    if let Some(code) = start.after_digits
        && (!number.words || number.scale.is_some())
        && !longer_name()
    {
        return Some((Unit::Money(code), i + 1));
    }
    for currency in currencies {
        if matches_words(words, i, &currency.words) {
            if *currency.words == [Box::from("đồng")]
                && number.scale.is_none()
                && !dong_is_currency(words, lexicon, i)
            {
                return None;
            }
            return Some((Unit::Money(currency.code), i + currency.words.len()));
        }
    }
    None
}

/// Whether "đồng" at token `i`, after a number with no scale word, is the currency: not in
/// a compound ("2 đồng chí", "4 đồng phạm", "2 đồng bằng lớn"), nor a name written with a
/// capital mid-sentence ("số 5 Đồng Khởi"). "bằng" followed by a number is a comparison
/// ("500.000 đồng bằng 80% giá cũ").
fn dong_is_currency(words: &TokenView<'_>, lexicon: &FigureLexicon, i: usize) -> bool {
    let capital = words
        .tokens()
        .get(i)
        .and_then(|t| t.norm_text(words.normalized()).chars().next())
        .is_some_and(is_upper);
    if capital {
        return false;
    }
    let next = i + 1;
    if !words.spaced(next) || lookup(&lexicon.not_currency, words, next).is_none() {
        return true;
    }
    words.is(next, "bằng")
        && matches!(
            words.kind(next + 1),
            Some(TokenKind::Number | TokenKind::Percent)
        )
}

/// "đồng/kg", "USD/tấn", "đồng/người/ngày", "đồng / cổ phiếu": the unit after the slash;
/// "VND/USD", one token, the unit in the currency's token ending at `end`.
fn per_after(
    words: &TokenView<'_>,
    lexicon: &FigureLexicon,
    end: usize,
    unit: Unit,
) -> Option<Per> {
    if !matches!(unit, Unit::Money(_)) {
        return None;
    }
    if let Some(token) = end.checked_sub(1)
        && let Some((_, Some(from))) = glued_currency_per(words, lexicon, token)
    {
        return Some(Per::InToken { token, from });
    }
    let near = |k: usize| words.touching(k) || words.spaced(k);
    let mut i = end;
    let mut per: Option<Range<usize>> = None;
    while i + 1 < words.len()
        && words.is(i, "/")
        && near(i)
        && near(i + 1)
        && matches!(
            words.kind(i + 1),
            Some(TokenKind::Word | TokenKind::Abbrev | TokenKind::Code)
        )
    {
        // A unit of several syllables: "cổ phiếu", "tín chỉ".
        let rest = lookup(&lexicon.per_units, words, i + 1).and_then(|units| {
            units
                .iter()
                .find(|rest| words.spaced(i + 2) && matches_words(words, i + 2, rest))
        });
        let unit_end = i + 2 + rest.map_or(0, |rest| rest.len());
        let start = per.as_ref().map_or(i + 1, |p| p.start);
        per = Some(start..unit_end);
        i = unit_end;
    }
    per.map(Per::Tokens)
}

/// A currency and the unit of its price glued into one token ("VND/USD", "USD/ounce"): the
/// currency, and the byte of the token's original text where the unit starts, when it is a
/// word ("VNĐ/1 năm" names the currency, its unit of price is not all in the token).
fn glued_currency_per(
    words: &TokenView<'_>,
    lexicon: &FigureLexicon,
    k: usize,
) -> Option<(&'static str, Option<usize>)> {
    if !matches!(
        words.kind(k),
        Some(TokenKind::Word | TokenKind::Code | TokenKind::Abbrev)
    ) {
        return None;
    }
    let (name, per) = words.word(k).split_once('/')?;
    let code = *lexicon.glued.get(name)?;
    let from = (!per.is_empty() && per.chars().all(char::is_alphabetic))
        .then(|| words.original_text(k).find('/').map(|slash| slash + 1))
        .flatten();
    Some((code, from))
}

/// Whether token `k` is the "o" that makes the "%" glued before it a per mille sign
/// ("14,6%o" is 14.6 ‰): no percentage.
fn per_mille_after(words: &TokenView<'_>, k: usize) -> bool {
    k < words.len() && words.touching(k) && words.is(k, "o")
}

/// Reads a number starting at token `i`: digits (with "%" or a currency or scale letters
/// inside the token), or words; then scale words and the parts of a compound amount.
fn number_at(words: &TokenView<'_>, lexicon: &FigureLexicon, i: usize) -> Option<Number> {
    let lowered = words.lower(i);
    let text = &*lowered;
    let mut read = match words.kind(i)? {
        TokenKind::Percent => {
            if per_mille_after(words, i + 1) {
                return None;
            }
            let (low, high) = split_range(text.strip_suffix('%')?)?;
            return Some(Number {
                value: low,
                high,
                end: i + 1,
                scale: None,
                unit: Some(Unit::Percent { points: false }),
                words: false,
            });
        }
        TokenKind::Number => {
            let (digits, scale) = split_suffix(text);
            let (low, high) = split_range(digits)?;
            if let Some(number) = digits_then_scales(words, i, (low, high), scale) {
                return Some(number);
            }
            Reading::digits(low, high, scale)
        }
        TokenKind::Code => Reading::glued(lexicon, text)?,
        TokenKind::Word => Reading::word(text)?,
        _ => return None,
    };
    read.ends = smallvec![i + 1; read.pieces.len()];
    let mut end = i + 1;
    if read.may_go_on_in_groups() {
        end = read.thousands(words, text, end)?;
    }
    if read.unit.is_none() {
        read.more_pieces(words, end)?;
    }
    read.longest_number()
}

/// The pieces of a number read by [`number_at`], each with the token after it.
struct Reading {
    pieces: SmallVec<[Piece; 8]>,
    /// The token after each piece, so that a shorter reading knows where it ends.
    ends: SmallVec<[usize; 8]>,
    /// A unit written inside the first token ("50.000đ").
    unit: Option<Unit>,
    /// A second value in the first token ("5-6").
    high: Option<Decimal>,
    /// A number in words.
    words: bool,
}

impl Reading {
    fn new(first: Piece) -> Self {
        Reading {
            pieces: smallvec![first],
            ends: SmallVec::new(),
            unit: None,
            high: None,
            words: false,
        }
    }

    /// Digits, maybe a range ("5-6"), maybe with scale letters ("50k").
    fn digits(low: Decimal, high: Option<Decimal>, scale: Option<NumberWord>) -> Self {
        let mut read = Reading::new(Piece::Digits(low));
        read.high = high;
        if let Some(scale) = scale {
            read.pieces.push(Piece::Word(scale));
        }
        read
    }

    /// "50.000đ", "100USD", "3,5tỷ": digits with a unit or scale glued on.
    fn glued(lexicon: &FigureLexicon, text: &str) -> Option<Self> {
        // "100.000đ-150.000đ": a range with the currency glued on both bounds.
        if let Some((low, high)) = text.split_once('-')
            && low.ends_with(char::is_alphabetic)
        {
            let low = Reading::glued(lexicon, low)?;
            let high = Reading::glued(lexicon, high)?;
            let (&[Piece::Digits(value)], &[Piece::Digits(high_value)]) =
                (&low.pieces[..], &high.pieces[..])
            else {
                return None;
            };
            if low.unit.is_none() || low.unit != high.unit || low.high.or(high.high).is_some() {
                return None;
            }
            let mut read = Reading::new(Piece::Digits(value));
            read.high = Some(high_value);
            read.unit = low.unit;
            return Some(read);
        }
        let (digits, mut suffix) = text.split_at(text.find(|c: char| c.is_alphabetic())?);
        // "6.500-7.500đ": a range with the unit glued on.
        let (low, high) = split_range(digits)?;
        let mut read = Reading::new(Piece::Digits(low));
        read.high = high;
        // "192tỷđồng": scale words, then a currency, all glued on.
        while let Some((word, rest)) = ["nghìn", "ngàn", "triệu", "tỷ", "tỉ"]
            .iter()
            .find_map(|w| suffix.strip_prefix(w).map(|rest| (*w, rest)))
        {
            read.pieces.push(Piece::Word(number_word(word)?));
            suffix = rest;
        }
        if !suffix.is_empty() {
            if let Some(word @ NumberWord::Scale(_)) = number_word(suffix) {
                read.pieces.push(Piece::Word(word));
            } else {
                read.unit = Some(Unit::Money(lexicon.glued.get(suffix).copied()?));
            }
        }
        Some(read)
    }

    /// The first word of a number in words. Only a digit, "mười" or "nửa" starts one:
    /// "trăm", "nghìn" alone are vague sizes ("hàng trăm", "hàng nghìn tỷ").
    fn word(text: &str) -> Option<Self> {
        let word = number_word(text)?;
        // "không" (also "not": "không đồng đều") never starts one.
        if !matches!(
            word,
            NumberWord::Digit(1..) | NumberWord::Ten | NumberWord::Half
        ) || matches!(text, "mốt" | "lăm" | "nhăm" | "tư")
        {
            return None;
        }
        let mut read = Reading::new(Piece::Word(word));
        read.words = true;
        Some(read)
    }

    /// Plain digits alone so far, which groups of three digits may go on ("14 732").
    fn may_go_on_in_groups(&self) -> bool {
        !self.words && self.unit.is_none() && self.high.is_none() && self.pieces.len() == 1
    }

    /// "14 732 tỷ": groups of three digits after a space are thousands of the first token
    /// `text`, whose next token is `end`. Returns the token after the groups.
    fn thousands(&mut self, words: &TokenView<'_>, text: &str, mut end: usize) -> Option<usize> {
        let group_follows = |end: usize| {
            words.spaced(end)
                && words.kind(end) == Some(TokenKind::Number)
                && words.tokens()[end].norm.len() == 3
                && words.lower(end).bytes().all(|b| b.is_ascii_digit())
        };
        if !group_follows(end) {
            return Some(end);
        }
        let first_end = end;
        let mut digits = text.to_string();
        while end < words.len()
            && group_follows(end)
            && digits.len() <= 3 + 3 * 4
            && digits.bytes().all(|b| b.is_ascii_digit())
            && digits.len() % 3 == text.len() % 3
            && text.len() <= 3
        {
            digits.push_str(&words.lower(end));
            end += 1;
        }
        if end > first_end {
            self.pieces[0] = Piece::Digits(Decimal::parse_digits(&digits)?);
            self.ends[0] = end;
        }
        Some(end)
    }

    /// Scale words, number words and compound parts from token `end`, as far as they go.
    /// `None` when digits that belong to the number do not parse.
    fn more_pieces(&mut self, words: &TokenView<'_>, mut end: usize) -> Option<()> {
        while end < words.len() && words.spaced(end) {
            let piece = match (words.kind(end), number_word_packed(words.key(end))) {
                (Some(TokenKind::Word | TokenKind::Abbrev), Some(word)) => {
                    if !self.words && !matches!(word, NumberWord::Scale(_) | NumberWord::AndHalf) {
                        // "2 tỷ hai"? digits then word digits do not make one number.
                        break;
                    }
                    Piece::Word(word)
                }
                // "2 tỷ 500 triệu": digits again only right after a scale word.
                (Some(TokenKind::Number), None)
                    if matches!(self.pieces.last(), Some(Piece::Word(NumberWord::Scale(_))))
                        && self.high.is_none() =>
                {
                    let next = words.lower(end);
                    let (digits, scale) = split_suffix(&next);
                    if scale.is_some() {
                        break;
                    }
                    Piece::Digits(Decimal::parse_digits(digits)?)
                }
                _ => break,
            };
            self.pieces.push(piece);
            end += 1;
            self.ends.push(end);
        }
        Some(())
    }

    /// The longest prefix of the pieces that is one number ("năm 2022" is the word "year",
    /// then a year).
    fn longest_number(mut self) -> Option<Number> {
        while !self.pieces.is_empty() {
            // A compound that ends in bare digits ("2 tỷ 500") is not read as one amount.
            let dangling =
                self.pieces.len() > 1 && matches!(self.pieces.last(), Some(Piece::Digits(_)));
            // Plain digits, the common case, need no evaluation.
            let value = match self.pieces[..] {
                [Piece::Digits(value)] => Some(value),
                _ if dangling => None,
                _ => evaluate(&self.pieces),
            };
            if let Some(value) = value {
                let scale = scale_power(&self.pieces);
                let high = match (self.high, scale) {
                    (Some(h), Some(power)) => Some(h.shift(power)?),
                    (h, _) => h,
                };
                return Some(Number {
                    value,
                    high,
                    end: *self.ends.last()?,
                    scale,
                    unit: self.unit,
                    words: self.words,
                });
            }
            self.pieces.pop();
            self.ends.pop();
        }
        None
    }
}

/// The most common number, read without the general machinery of [`number_at`]: digits
/// at token `i` (already read: `low`, and `high` for a range in the token, with the scale
/// of a suffix such as "50k"), then nothing but scale words ("14.732 tỷ", "2 nghìn tỷ").
/// `None` when more follows that is part of the number (a group of three digits, a number
/// word, the digits of a compound amount), or on overflow: [`number_at`] reads those.
fn digits_then_scales(
    words: &TokenView<'_>,
    i: usize,
    (low, high): (Decimal, Option<Decimal>),
    suffix: Option<NumberWord>,
) -> Option<Number> {
    let mut power = match suffix {
        Some(NumberWord::Scale(p)) => Some(p),
        Some(_) => return None,
        None => None,
    };
    let mut end = i + 1;
    while end < words.len() && words.spaced(end) {
        match (words.kind(end)?, number_word_packed(words.key(end))) {
            (TokenKind::Word | TokenKind::Abbrev, Some(NumberWord::Scale(p))) => {
                power = Some(power.unwrap_or(0) + p);
            }
            (TokenKind::Word | TokenKind::Abbrev, Some(_)) => return None,
            // "14 732" (a group of thousands), "2 tỷ 500 triệu" (a compound amount).
            (TokenKind::Number, _) => return None,
            _ => break,
        }
        end += 1;
    }
    let shift = |d: Decimal| power.map_or(Some(d), |p| d.shift(p));
    Some(Number {
        value: shift(low)?,
        high: match high {
            Some(h) => Some(shift(h)?),
            None => None,
        },
        end,
        scale: power,
        unit: None,
        words: false,
    })
}

/// The total power of the scale words at the end of the pieces ("nghìn tỷ" → 12).
fn scale_power(pieces: &[Piece]) -> Option<u32> {
    let mut power = None;
    for piece in pieces {
        match piece {
            Piece::Word(NumberWord::Scale(p)) => power = Some(power.unwrap_or(0) + p),
            Piece::Word(NumberWord::AndHalf) => {}
            _ => power = None,
        }
    }
    power
}

/// "50k" → ("50", nghìn), "10tr" → ("10", triệu), "14.732" → ("14.732", none).
fn split_suffix(text: &str) -> (&str, Option<NumberWord>) {
    for (suffix, power) in [("tr", 6), ("k", 3)] {
        if let Some(digits) = text.strip_suffix(suffix) {
            return (digits, Some(NumberWord::Scale(power)));
        }
    }
    (text, None)
}

/// "10-15" → (10, Some(15)); "15,9" → (15.9, None).
fn split_range(text: &str) -> Option<(Decimal, Option<Decimal>)> {
    // Tokens are short: a plain scan beats a call to memchr.
    let dash = text.bytes().position(|b| b == b'-');
    match dash.map(|at| (&text[..at], &text[at + 1..])) {
        Some((low, high)) => Some((
            Decimal::parse_digits(low.trim_end_matches('%'))?,
            Some(Decimal::parse_digits(high)?),
        )),
        None => Some((Decimal::parse_digits(text)?, None)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The money `text` holds in the notation of the rule examples, read with the shipped
    /// word lists and `user`'s entries.
    fn money_with(user: &str, text: &str) -> String {
        use crate::extract::testing::run;
        use crate::extract::{Figures, MoneyMention, OfficialLexicon};
        let mut lexicon = (*OfficialLexicon::builtin()).clone();
        lexicon
            .extend_from_str(
                &format!("# format: vnextract-lexicon 1\n{user}"),
                "mine.tsv",
            )
            .unwrap();
        let found = run(&Figures::new(std::sync::Arc::new(lexicon)), text);
        let money = found.get::<MoneyMention>();
        let read = money.iter().map(|m| format!("{} {}", m.amount, m.currency));
        read.collect::<Vec<_>>().join("|")
    }

    #[test]
    fn a_user_lexicon_adds_currencies_without_recompiling() {
        let text = "thu về 5 tỷ rupiah";
        assert_eq!(money_with("", text), "");
        assert_eq!(
            money_with("currency\trupiah\tIDR\n", text),
            "5000000000 IDR"
        );
        // Glued to the digits, in capitals, and longer than eight bytes.
        assert_eq!(
            money_with("currency\trupiah\tIDR\n", "giá 700Rupiah"),
            "700 IDR"
        );
        assert_eq!(
            money_with("currency\tdirhamUAE\tAED\n", "thu 3 triệu DirhamUAE"),
            "3000000 AED"
        );
        // The longest name wins wherever it is listed: after "đô la" (USD).
        assert_eq!(
            money_with("currency\tđô la Brunei\tBND\n", "5 triệu đô la Brunei"),
            "5000000 BND"
        );
        // A sign before the number.
        assert_eq!(money_with("currency\t₫\tVND\n", "giá ₫500"), "500 VND");
        // A word that is a currency only after a scale word.
        let scaled = "currency-after-scale\tbath\tTHB\n";
        assert_eq!(money_with(scaled, "2 triệu bath"), "2000000 THB");
        assert_eq!(money_with(scaled, "2 bath"), "");
        // A word that is a currency after digits, not after a number in words.
        let after_digits = "currency-after-digits\tbath\tTHB\n";
        assert_eq!(money_with(after_digits, "còn một bath"), "");
        assert_eq!(money_with(after_digits, "còn 500 bath"), "500 THB");
        assert_eq!(
            money_with(after_digits, "còn một tỷ bath"),
            "1000000000 THB"
        );
    }

    #[test]
    fn kip_after_a_number_in_words_is_a_shift() {
        // A regression: "một kíp bác sĩ" (a team of doctors) was read as 1 LAK.
        assert_eq!(money_with("", "một kíp bác sĩ đã lên đường"), "");
        assert_eq!(money_with("", "giá 50.000 kíp"), "50000 LAK");
        assert_eq!(money_with("", "giá 50.000kíp"), "50000 LAK");
    }

    #[test]
    fn a_user_lexicon_adds_qualifiers_and_words_that_are_not_the_currency() {
        use crate::extract::testing::run;
        use crate::extract::{Figures, OfficialLexicon, PercentMention};
        let qualifier = |user: &str, text: &str| {
            let mut lexicon = (*OfficialLexicon::builtin()).clone();
            let source = format!("# format: vnextract-lexicon 1\n{user}");
            lexicon.extend_from_str(&source, "mine.tsv").unwrap();
            let found = run(&Figures::new(std::sync::Arc::new(lexicon)), text);
            found
                .get::<PercentMention>()
                .first()
                .and_then(|p| p.qualifier)
        };
        assert_eq!(qualifier("", "tăng độ chừng 5%"), Some("chừng"));
        assert_eq!(
            qualifier("qualifier\tđộ chừng\n", "tăng độ chừng 5%"),
            Some("độ chừng")
        );
        assert_eq!(qualifier("", "tăng tầm 5%"), None);
        assert_eq!(qualifier("qualifier\tTầm\n", "tăng tầm 5%"), Some("tầm"));
        assert_eq!(money_with("", "có 2 đồng bọn"), "2 VND");
        assert_eq!(money_with("not-currency\tbọn\n", "có 2 đồng bọn"), "");
    }

    #[test]
    fn a_per_mille_written_with_o_is_no_percentage() {
        // A regression: "14,6%o" (per mille) was read as 14.6%.
        use crate::extract::testing::run;
        use crate::extract::{Figures, OfficialLexicon, PercentMention};
        let percents = |text: &str| {
            let found = run(&Figures::new(OfficialLexicon::builtin()), text);
            found
                .get::<PercentMention>()
                .iter()
                .map(|p| p.value.to_string())
                .collect::<Vec<_>>()
        };
        assert!(percents("tỷ suất sinh thô đạt 14,6%o, giảm 1 %o").is_empty());
        assert_eq!(percents("tăng 14,6%, ông O nói"), ["14.6"]);
        assert_eq!(percents("tăng 5 % o"), ["5"]);
    }

    #[test]
    fn bad_figure_entries_name_the_file_and_line() {
        use crate::extract::OfficialLexicon;
        for (entry, message) in [
            ("currency\trupiah", "ISO 4217"),
            ("currency\trupiah\tidr", "ISO 4217"),
            ("currency-after-scale\tđô la\tUSD", "one word"),
            ("currency-after-digits\tđô la\tUSD", "one word"),
            ("not-currency\tđồng chí", "one word"),
            ("qualifier\ttầm\tmaybe", "unknown qualifier flag"),
            ("currencies\trupiah\tIDR", "unknown kind"),
        ] {
            let mut lexicon = OfficialLexicon::default();
            let source = format!("# format: vnextract-lexicon 1\n# mine\n{entry}\n");
            let error = lexicon.extend_from_str(&source, "mine.tsv").unwrap_err();
            let error = error.to_string();
            assert!(error.starts_with("mine.tsv:3: "), "{entry}: {error}");
            assert!(error.contains(message), "{entry}: {error}");
        }
    }

    #[test]
    fn names_split_into_tokens_as_text_does() {
        assert_eq!(tokens_of("US$"), ["us", "$"]);
        assert_eq!(tokens_of("đô la  Mỹ"), ["đô", "la", "mỹ"]);
        assert_eq!(tokens_of("VNĐ"), ["vnđ"]);
        // The tokenizer keeps a hyphen between letters inside the word.
        assert_eq!(tokens_of("ơ-rô"), ["ơ-rô"]);
        assert_eq!(tokens_of("- rô-"), ["-", "rô", "-"]);
    }

    #[test]
    fn keys_are_the_lower_case_words_packed() {
        use crate::normalize::normalize;
        use crate::segment::Segmenter;
        let text = "đồng Đồng ĐỒNG USD Usd tỷ Tỷ Ước ước 100USD nghiệp trường";
        let normalized = normalize(text);
        let segmented = Segmenter::new().segment(&normalized);
        let lexicon = crate::extract::OfficialLexicon::builtin();
        let words = TokenView::new(&normalized, &segmented, &lexicon);
        let expected = [
            "đồng", "đồng", "đồng", "usd", "usd", "tỷ", "tỷ", "ước", "ước", "100usd", "nghiệp",
        ];
        for (i, word) in expected.iter().enumerate() {
            assert_eq!(words.key(i), pack(word.as_bytes()), "{word}");
        }
        // Longer than eight bytes: no key.
        assert_eq!(words.key(11), 0);
        assert_eq!(words.key(12), 0);
    }

    #[test]
    fn number_words_may_start() {
        use crate::normalize::normalize;
        use crate::segment::Segmenter;
        let text =
            "một hai ba bốn năm sáu bảy bẩy tám chín mười nửa từ Một HAI Mười trăm nghìn tỷ của";
        let normalized = normalize(text);
        let segmented = Segmenter::new().segment(&normalized);
        let lexicon = crate::extract::OfficialLexicon::builtin();
        let words = TokenView::new(&normalized, &segmented, &lexicon);
        let starts: Vec<bool> = segmented
            .tokens
            .iter()
            .map(|t| may_start(&words, t))
            .collect();
        let expected: Vec<bool> = (0..words.len()).map(|i| i < 16).collect();
        assert_eq!(starts, expected);
        // Fewer than eight bytes left: the word is packed from its own bytes.
        for (text, yes) in [("ba", true), ("chín", true), ("mười", true), ("bà", false)] {
            let normalized = normalize(text);
            let segmented = Segmenter::new().segment(&normalized);
            let lexicon = crate::extract::OfficialLexicon::builtin();
            let words = TokenView::new(&normalized, &segmented, &lexicon);
            assert_eq!(may_start(&words, &segmented.tokens[0]), yes, "{text}");
        }
    }
}
