//! Exact Vietnamese numbers: digits with "." thousands and "," decimals (and the English
//! style some sites use), scale words, and numbers written in words.

use std::fmt;

use serde::{Serialize, Serializer};

use super::packed::{WordTable, pack};

/// An exact decimal: `mantissa × 10^-scale`. Money and percentages never go through a float
/// while they are computed, so "14.732 tỷ" is exactly 14 732 000 000 000.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Decimal {
    mantissa: i128,
    scale: u32,
}

impl Decimal {
    pub const ZERO: Decimal = Decimal::int(0);
    pub const HALF: Decimal = Decimal {
        mantissa: 5,
        scale: 1,
    };

    pub const fn int(n: i128) -> Decimal {
        Decimal {
            mantissa: n,
            scale: 0,
        }
    }

    /// `digits` with `scale` of them after the decimal point.
    fn new(mantissa: i128, scale: u32) -> Decimal {
        Decimal { mantissa, scale }.reduced()
    }

    fn reduced(mut self) -> Decimal {
        while self.scale > 0 {
            // i64 arithmetic where it fits: i128 division is a library call.
            let divisible = match i64::try_from(self.mantissa) {
                Ok(small) => small % 10 == 0,
                Err(_) => self.mantissa % 10 == 0,
            };
            if !divisible {
                break;
            }
            self.mantissa /= 10;
            self.scale -= 1;
        }
        self
    }

    pub fn is_zero(&self) -> bool {
        self.mantissa == 0
    }

    pub fn is_integer(&self) -> bool {
        self.scale == 0
    }

    pub fn is_negative(&self) -> bool {
        self.mantissa < 0
    }

    /// The nearest `f64`, for range filters and Python floats. Read from the decimal text,
    /// which Rust's parser rounds correctly (dividing the mantissa would round twice).
    pub fn to_f64(&self) -> f64 {
        self.to_string().parse().unwrap_or(f64::NAN)
    }

    /// `-self`, `None` on overflow.
    pub fn checked_neg(self) -> Option<Decimal> {
        Some(Decimal {
            mantissa: self.mantissa.checked_neg()?,
            scale: self.scale,
        })
    }

    /// `self × 10^power`, `None` on overflow.
    pub fn shift(self, power: u32) -> Option<Decimal> {
        if power <= self.scale {
            return Some(Decimal::new(self.mantissa, self.scale - power));
        }
        let factor = pow10(power - self.scale)?;
        Some(Decimal::int(mul(self.mantissa, factor)?))
    }

    pub fn checked_add(self, other: Decimal) -> Option<Decimal> {
        let scale = self.scale.max(other.scale);
        let a = mul(self.mantissa, pow10(scale - self.scale)?)?;
        let b = mul(other.mantissa, pow10(scale - other.scale)?)?;
        Some(Decimal::new(a.checked_add(b)?, scale))
    }

    pub fn checked_mul(self, other: Decimal) -> Option<Decimal> {
        Some(Decimal::new(
            mul(self.mantissa, other.mantissa)?,
            self.scale.checked_add(other.scale)?,
        ))
    }

    /// Parses digits as Vietnamese news writes them: "14.732" (thousands), "15,9" (decimal),
    /// "1.234.567,89"; and the English style: "1.5" (a "." not followed by exactly three
    /// digits), "1,234,567.5". `None` for anything else.
    pub fn parse_digits(s: &str) -> Option<Decimal> {
        let bytes = s.as_bytes();
        // Plain digits (years, counts, "500"): the common case, read directly.
        if bytes.len() <= 18 && !bytes.is_empty() && bytes.iter().all(u8::is_ascii_digit) {
            let value = bytes
                .iter()
                .fold(0i64, |n, &b| n * 10 + i64::from(b - b'0'));
            return Some(Decimal::int(value.into()));
        }
        Self::parse_grouped(bytes).or_else(|| Self::parse_any_shape(s))
    }

    /// [`Decimal::parse_digits`] for every shape, working out which mark is which.
    fn parse_any_shape(s: &str) -> Option<Decimal> {
        let bytes = s.as_bytes();
        let (first, last) = (*bytes.first()?, *bytes.last()?);
        if !first.is_ascii_digit() || !last.is_ascii_digit() {
            return None;
        }
        let (mut dots, mut commas) = (0, 0);
        for &b in bytes {
            match b {
                b'0'..=b'9' => {}
                b'.' => dots += 1,
                b',' => commas += 1,
                _ => return None,
            }
        }
        let (thousands, decimal) = match (dots, commas) {
            (0, 0) => (None, None),
            (_, 0) if dots > 1 || groups_of_three(s, '.') => (Some(b'.'), None),
            (1, 0) => (None, Some(b'.')),
            (0, _) if commas > 1 => (Some(b','), None),
            (0, 1) => (None, Some(b',')),
            _ => {
                // Both: the last one is the decimal mark.
                if s.rfind(',')? > s.rfind('.')? {
                    (Some(b'.'), Some(b','))
                } else {
                    (Some(b','), Some(b'.'))
                }
            }
        };
        let point = match decimal {
            Some(mark) => {
                let at = bytes.iter().rposition(|&b| b == mark)?;
                if bytes[at + 1..].iter().any(|b| !b.is_ascii_digit()) {
                    return None;
                }
                at
            }
            None => bytes.len(),
        };
        let int_part = &s[..point];
        match thousands {
            Some(mark) if !groups_of_three(int_part, mark as char) => return None,
            None if int_part.contains(['.', ',']) => return None,
            _ => {}
        }
        let mut mantissa: i128 = 0;
        let mut digits = 0;
        for &b in bytes.iter().filter(|b| b.is_ascii_digit()) {
            digits += 1;
            if digits > 30 {
                return None;
            }
            mantissa = mantissa * 10 + i128::from(b - b'0');
        }
        let scale = bytes.len().saturating_sub(point + 1) as u32;
        Some(Decimal::new(mantissa, scale))
    }
}

impl Decimal {
    /// The shapes of most numbers in news, read in one pass: "14.732", "1.234.567" (groups
    /// of three after "."), "15,9" (a decimal ","), "1.234,5". `None` for any other shape,
    /// which [`Decimal::parse_digits`] then reads in full; where this gives a value, it is
    /// the one the full reading gives.
    #[inline]
    fn parse_grouped(bytes: &[u8]) -> Option<Decimal> {
        // Eighteen digits at most fit an i64.
        if bytes.len() > 18 {
            return None;
        }
        let mut mantissa = 0i64;
        // Digits since the start or the last mark; groups of three read after a ".".
        let mut group = 0;
        let mut groups = 0;
        let mut comma = false;
        for &b in bytes {
            match b {
                b'0'..=b'9' => {
                    mantissa = mantissa * 10 + i64::from(b - b'0');
                    group += 1;
                }
                // A first group of one to three digits, then groups of exactly three.
                b'.' if !comma
                    && (if groups == 0 {
                        (1..=3).contains(&group)
                    } else {
                        group == 3
                    }) =>
                {
                    groups += 1;
                    group = 0;
                }
                b',' if !comma && group > 0 && (groups == 0 || group == 3) => {
                    comma = true;
                    group = 0;
                }
                _ => return None,
            }
        }
        let scale = match (comma, groups) {
            (true, _) if group > 0 => group,
            (false, 1..) if group == 3 => 0,
            _ => return None,
        };
        Some(Decimal::new(mantissa.into(), scale))
    }
}

/// `a × b`, `None` on overflow. News numbers fit in i64, whose product cannot overflow an
/// i128: that spares the costly checked i128 multiplication in almost every case.
#[inline]
fn mul(a: i128, b: i128) -> Option<i128> {
    match (i64::try_from(a), i64::try_from(b)) {
        (Ok(a), Ok(b)) => Some(i128::from(a) * i128::from(b)),
        _ => a.checked_mul(b),
    }
}

/// 10^n for n ≤ 38 (the largest that fits an i128), from a table.
fn pow10(n: u32) -> Option<i128> {
    const TABLE: [i128; 39] = {
        let mut table = [1i128; 39];
        let mut k = 1;
        while k < 39 {
            table[k] = table[k - 1] * 10;
            k += 1;
        }
        table
    };
    TABLE.get(n as usize).copied()
}

/// "14.732", "1.234.567": a first group of one to three digits, then groups of exactly three.
pub(crate) fn groups_of_three(s: &str, mark: char) -> bool {
    let mut groups = s.split(mark);
    let first = groups.next().unwrap_or("");
    let mut rest = 0;
    (1..=3).contains(&first.len())
        && groups.all(|g| {
            rest += 1;
            g.len() == 3
        })
        && rest >= 1
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let digits = self.mantissa.unsigned_abs().to_string();
        let sign = if self.mantissa < 0 { "-" } else { "" };
        let scale = self.scale as usize;
        if scale == 0 {
            return write!(f, "{sign}{digits}");
        }
        let padded = format!("{digits:0>width$}", width = scale + 1);
        let (int, frac) = padded.split_at(padded.len() - scale);
        write!(f, "{sign}{int}.{frac}")
    }
}

/// Written as a plain JSON number, exactly: an integer when whole, else its shortest exact
/// decimal form ("15.9", "0.000001"), never with an exponent and never rounded through a
/// float, whatever its size (serde_json's `RawValue`; a consumer decides how to read it).
impl Serialize for Decimal {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.scale == 0
            && let Ok(n) = i64::try_from(self.mantissa)
        {
            return serializer.serialize_i64(n);
        }
        // Display writes digits, an optional "-" and ".", which is always valid JSON.
        let raw = serde_json::value::RawValue::from_string(self.to_string())
            .map_err(serde::ser::Error::custom)?;
        raw.serialize(serializer)
    }
}

/// A JSON number, written exactly (see its `Serialize`).
impl schemars::JsonSchema for Decimal {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Decimal".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "number" })
    }
}

/// What a word means inside a number written in words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberWord {
    /// 0–9 ("một", "năm", "mốt", "lăm", "tư").
    Digit(u8),
    /// "mười": ten, when it starts the tens.
    Ten,
    /// "mươi": tens after a digit ("hai mươi").
    Tens,
    /// "trăm".
    Hundred,
    /// "linh", "lẻ": no tens ("một trăm linh năm").
    Zero,
    /// "chục": ten, as a count ("hai chục").
    Dozen,
    /// nghìn/ngàn (3), triệu (6), tỷ/tỉ (9): the power of ten.
    Scale(u32),
    /// "rưỡi": and a half of the last unit.
    AndHalf,
    /// "nửa": one half.
    Half,
}

/// The number words, by their lower-case, normalized syllables.
const NUMBER_WORDS: [(&str, NumberWord); 30] = {
    use NumberWord::*;
    [
        ("không", Digit(0)),
        ("một", Digit(1)),
        ("mốt", Digit(1)),
        ("hai", Digit(2)),
        ("ba", Digit(3)),
        ("bốn", Digit(4)),
        ("tư", Digit(4)),
        ("năm", Digit(5)),
        ("lăm", Digit(5)),
        ("nhăm", Digit(5)),
        ("sáu", Digit(6)),
        ("bảy", Digit(7)),
        ("bẩy", Digit(7)),
        ("tám", Digit(8)),
        ("chín", Digit(9)),
        ("mười", Ten),
        ("mươi", Tens),
        ("trăm", Hundred),
        ("linh", Zero),
        ("lẻ", Zero),
        ("chục", Dozen),
        ("nghìn", Scale(3)),
        ("ngàn", Scale(3)),
        ("k", Scale(3)),
        ("triệu", Scale(6)),
        ("tr", Scale(6)),
        ("tỷ", Scale(9)),
        ("tỉ", Scale(9)),
        ("rưỡi", AndHalf),
        ("nửa", Half),
    ]
};

/// [`NUMBER_WORDS`] by packed syllable (see [`WordTable`]).
const NUMBER_WORD_TABLE: WordTable<256> = WordTable::new(&{
    let mut names = [""; NUMBER_WORDS.len()];
    let mut k = 0;
    while k < names.len() {
        names[k] = NUMBER_WORDS[k].0;
        k += 1;
    }
    names
});

/// The number word of a lower-case, normalized syllable.
pub fn number_word(word: &str) -> Option<NumberWord> {
    if word.len() > 8 {
        return None;
    }
    number_word_packed(pack(word.as_bytes()))
}

/// The number word of a lower-case syllable packed as [`pack`] does.
#[inline]
pub(crate) fn number_word_packed(key: u64) -> Option<NumberWord> {
    let place = NUMBER_WORD_TABLE.get(key)?;
    NUMBER_WORDS.get(place).map(|(_, word)| *word)
}

/// A piece of a number: digits, or a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece {
    Digits(Decimal),
    Word(NumberWord),
}

/// Evaluates a sequence of pieces ("2", tỷ, "500", triệu; hai, mươi, mốt; ba, tỷ, rưỡi;
/// "1,2", nghìn, tỷ). Returns the value, or `None` when the sequence is not one number.
pub fn evaluate(pieces: &[Piece]) -> Option<Decimal> {
    let mut evaluation = Evaluation::new();
    for (n, piece) in pieces.iter().enumerate() {
        let last = n + 1 == pieces.len();
        evaluation.read(*piece, n == 0, last)?;
        evaluation.previous_was_scale = matches!(piece, Piece::Word(NumberWord::Scale(_)));
    }
    evaluation.value()
}

/// The state of [`evaluate`] between two pieces.
struct Evaluation {
    /// The value of the groups closed by a scale word.
    total: Decimal,
    /// The part under the next scale word: built from digits and tens and hundreds.
    group: Option<Decimal>,
    /// The last digit word, waiting for "mươi" or "trăm" or the end of the group.
    pending: Option<Decimal>,
    /// The power of the last scale word.
    last_scale: Option<u32>,
    previous_was_scale: bool,
    /// The unit that "rưỡi" halves: of the last scale word, or a hundred.
    half_unit: Option<Decimal>,
}

impl Evaluation {
    fn new() -> Self {
        Evaluation {
            total: Decimal::ZERO,
            group: None,
            pending: None,
            last_scale: None,
            previous_was_scale: false,
            half_unit: None,
        }
    }

    /// Adds `amount` to the group.
    fn add_to_group(&mut self, amount: Decimal) -> Option<()> {
        self.group = Some(self.group.unwrap_or(Decimal::ZERO).checked_add(amount)?);
        Some(())
    }

    /// Reads one piece (`first`: the first of the sequence; `last`: its last); `None` when
    /// it cannot follow what was read.
    fn read(&mut self, piece: Piece, first: bool, last: bool) -> Option<()> {
        use NumberWord::*;
        match piece {
            Piece::Digits(d) => {
                if self.pending.is_some() || self.group.is_some() {
                    return None;
                }
                self.pending = Some(d);
            }
            Piece::Word(Digit(d)) => {
                if self.pending.is_some() {
                    return None;
                }
                // "lăm", "mốt", "tư" only close a group of tens.
                self.pending = Some(Decimal::int(d.into()));
            }
            Piece::Word(Ten) => {
                if self.pending.is_some() {
                    return None;
                }
                self.add_to_group(Decimal::int(10))?;
                self.half_unit = None;
            }
            Piece::Word(Tens | Dozen) => {
                let tens = self.pending.take()?.checked_mul(Decimal::int(10))?;
                self.add_to_group(tens)?;
            }
            Piece::Word(Hundred) => {
                let hundreds = self.pending.take().unwrap_or(Decimal::int(1)).shift(2)?;
                self.add_to_group(hundreds)?;
                self.half_unit = Some(Decimal::int(100));
            }
            Piece::Word(Zero) => {
                if self.group.is_none() || self.pending.is_some() {
                    return None;
                }
            }
            Piece::Word(Scale(power)) => self.scale(power)?,
            Piece::Word(AndHalf) => {
                // "ba tỷ rưỡi", "trăm rưỡi": half of the last unit, at the end.
                if !last {
                    return None;
                }
                let unit = self.half_unit?;
                if let Some(p) = self.pending.take() {
                    self.add_to_group(p)?;
                }
                self.total = self.total.checked_add(unit.checked_mul(Decimal::HALF)?)?;
            }
            Piece::Word(Half) => {
                if self.pending.is_some() || self.group.is_some() || !first {
                    return None;
                }
                self.pending = Some(Decimal::HALF);
            }
        }
        Some(())
    }

    /// A scale word of `power` (nghìn: 3) closes the group under it.
    fn scale(&mut self, power: u32) -> Option<()> {
        let amount = self
            .group
            .unwrap_or(Decimal::ZERO)
            .checked_add(self.pending.take().unwrap_or(Decimal::ZERO))?;
        self.group = None;
        if amount.is_zero() && !self.previous_was_scale {
            // "nghìn tỷ" alone is a vague size, not a number.
            return None;
        }
        self.total = match self.last_scale {
            // A higher scale takes everything before it: "1,2 nghìn tỷ",
            // "hai nghìn năm trăm tỷ" (2 500 × 10^9), "13,7 triệu tỷ".
            Some(last) if last < power => self.total.checked_add(amount)?.shift(power)?,
            // Falling scales add up: "2 tỷ 500 triệu".
            Some(last) if last > power => self.total.checked_add(amount.shift(power)?)?,
            // "tỷ tỷ", "2 triệu 3 triệu": not one number.
            Some(_) => return None,
            None => amount.shift(power)?,
        };
        self.last_scale = Some(power);
        self.half_unit = Some(Decimal::int(1).shift(power)?);
        Some(())
    }

    /// The value read: the closed groups and the open one.
    fn value(self) -> Option<Decimal> {
        let rest = self
            .group
            .unwrap_or(Decimal::ZERO)
            .checked_add(self.pending.unwrap_or(Decimal::ZERO))?;
        self.total.checked_add(rest)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn to_f64_is_the_nearest_float() {
        assert_eq!(Decimal::new(159, 1).to_f64(), 15.9);
        assert_eq!(
            Decimal::int(-14_732_000_000_000).to_f64(),
            -14_732_000_000_000.0
        );
        assert_eq!(Decimal::HALF.to_f64(), 0.5);
    }

    proptest! {
        /// The one-pass reading of common shapes never disagrees with the full reading.
        #[test]
        fn grouped_shapes_read_as_the_full_reading(
            s in "[0-9.,]{1,20}|[0-9]{1,4}([.,][0-9]{2,4}){0,4}"
        ) {
            if let Some(value) = Decimal::parse_grouped(s.as_bytes()) {
                prop_assert_eq!(Some(value), Decimal::parse_any_shape(&s), "{}", s);
            }
        }
    }

    proptest! {
        /// Any decimal is written as a plain JSON number (no exponent, no rounding) that
        /// reads back, as an exact decimal, as itself.
        #[test]
        fn json_reads_back_exactly(mantissa in any::<i128>(), scale in 0u32..=40) {
            let decimal = Decimal::new(mantissa, scale);
            let json = serde_json::to_string(&decimal).unwrap();
            prop_assert!(!json.contains(['e', 'E']), "{}", json);
            prop_assert_eq!(read_back(&json), Some(decimal), "{}", json);
            prop_assert_eq!(&json, &decimal.to_string());
        }
    }

    /// A JSON number's text read as an exact decimal, without a float.
    fn read_back(json: &str) -> Option<Decimal> {
        let value: &serde_json::value::RawValue = serde_json::from_str(json).ok()?;
        let (negative, body) = match value.get().strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, value.get()),
        };
        let (int, frac) = body.split_once('.').unwrap_or((body, ""));
        let digits = format!("{int}{frac}");
        let magnitude: u128 = digits.parse().ok()?;
        let mantissa = if negative {
            0i128.checked_sub_unsigned(magnitude)?
        } else {
            i128::try_from(magnitude).ok()?
        };
        Some(Decimal::new(mantissa, u32::try_from(frac.len()).ok()?))
    }

    #[test]
    fn negation_and_overflow() {
        let d = Decimal::parse_digits("3,5").unwrap();
        assert_eq!(d.checked_neg().unwrap().to_string(), "-3.5");
        assert!(d.checked_neg().unwrap().is_negative());
        assert_eq!(Decimal::int(i128::MIN).checked_neg(), None);
        // 10^38 fits, 10^39 does not: an amount that cannot be held is no amount.
        assert!(Decimal::int(1).shift(38).is_some());
        assert_eq!(Decimal::int(10).shift(38), None);
        assert_eq!(Decimal::parse_digits(&"9".repeat(31)), None);
    }

    fn digits(s: &str) -> String {
        Decimal::parse_digits(s).map_or("none".into(), |d| d.to_string())
    }

    #[test]
    fn digit_conventions() {
        for (input, value) in [
            ("14.732", "14732"),
            ("15,9", "15.9"),
            ("1.234.567,89", "1234567.89"),
            ("1.5", "1.5"),
            ("1.50", "1.5"),
            ("0,25", "0.25"),
            ("1,234,567.5", "1234567.5"),
            ("1,234,567", "1234567"),
            ("100.000.000", "100000000"),
            ("96,50", "96.5"),
            ("131", "131"),
            ("2021", "2021"),
        ] {
            assert_eq!(digits(input), value, "{input}");
        }
        for bad in ["1..2", "1.2.3", ".5", "5.", "12.34.567", "1,2,3", "a1", ""] {
            assert_eq!(digits(bad), "none", "{bad}");
        }
    }

    fn words(s: &str) -> String {
        let pieces: Option<Vec<Piece>> = s
            .split_whitespace()
            .map(|w| {
                Decimal::parse_digits(w)
                    .map(Piece::Digits)
                    .or_else(|| number_word(w).map(Piece::Word))
            })
            .collect();
        pieces
            .and_then(|p| evaluate(&p))
            .map_or("none".into(), |d| d.to_string())
    }

    #[test]
    fn numbers_in_words_and_scales() {
        for (input, value) in [
            ("mười lăm", "15"),
            ("hai mươi mốt", "21"),
            ("hai mươi tư", "24"),
            ("một trăm linh năm", "105"),
            ("một trăm", "100"),
            ("ba tỷ rưỡi", "3500000000"),
            ("nửa triệu", "500000"),
            ("hai tỷ", "2000000000"),
            ("hai tỷ tám trăm triệu", "2800000000"),
            ("14.732 tỷ", "14732000000000"),
            ("2 tỷ 500 triệu", "2500000000"),
            ("12 tỷ 650 triệu", "12650000000"),
            ("1,2 nghìn tỷ", "1200000000000"),
            ("13,7 triệu tỷ", "13700000000000000"),
            ("1.5 triệu", "1500000"),
            ("50 k", "50000"),
            ("5 tr", "5000000"),
            ("hai chục", "20"),
            ("trăm rưỡi", "150"),
            ("một triệu rưỡi", "1500000"),
            ("sáu mươi", "60"),
            ("hai nghìn năm trăm tỷ", "2500000000000"),
            ("1 nghìn 200 tỷ", "1200000000000"),
        ] {
            assert_eq!(words(input), value, "{input}");
        }
        for bad in [
            "nghìn tỷ",
            "triệu",
            "2 3",
            "mươi",
            "2 triệu 3 triệu",
            "rưỡi hai",
            "hai nửa",
        ] {
            assert_eq!(words(bad), "none", "{bad}");
        }
    }

    #[test]
    fn serializes_exactly() {
        let json = |s: &str| serde_json::to_string(&Decimal::parse_digits(s).unwrap()).unwrap();
        assert_eq!(json("15,9"), "15.9");
        assert_eq!(json("14.732"), "14732");
        assert_eq!(json("93,06"), "93.06");
        let big = evaluate(&[
            Piece::Digits(Decimal::int(13)),
            Piece::Word(NumberWord::Scale(9)),
        ]);
        assert_eq!(serde_json::to_string(&big.unwrap()).unwrap(), "13000000000");
        let huge = Decimal::parse_digits("999.999.999.999.999.999.999")
            .and_then(|d| d.shift(9))
            .unwrap();
        assert_eq!(
            serde_json::to_string(&huge).unwrap(),
            "999999999999999999999000000000"
        );
        assert_eq!(json("0,000001"), "0.000001");
        assert_eq!(json("96,50"), "96.5");
    }
}
