//! The canonical forms that gold and predicted strings are compared in (GOLD.md, "Scoring").

use std::fmt;

use crate::normalize::normalize_str;

/// Abbreviations expanded word by word, keys case-folded.
const EXPANSIONS: &[(&str, &str)] = &[
    ("ubnd", "ủy ban nhân dân"),
    ("hđnd", "hội đồng nhân dân"),
    ("mttq", "mặt trận tổ quốc"),
    ("tp", "thành phố"),
    ("tp.", "thành phố"),
    ("hđqt", "hội đồng quản trị"),
    ("tw", "trung ương"),
    ("bch", "ban chấp hành"),
    ("tand", "tòa án nhân dân"),
    ("vksnd", "viện kiểm sát nhân dân"),
    ("qh", "quốc hội"),
    ("ubtvqh", "ủy ban thường vụ quốc hội"),
    ("ctcp", "công ty cổ phần"),
    ("q.", "quận"),
    ("ca", "công an"),
    ("bqp", "bộ quốc phòng"),
    ("bca", "bộ công an"),
    ("tgđ", "tổng giám đốc"),
    ("pgđ", "phó giám đốc"),
    ("gđ", "giám đốc"),
    ("tt", "thường trực"),
];

/// NFC, case-folded, one tone placement, outer punctuation stripped, whitespace collapsed,
/// abbreviations expanded word by word.
///
/// ```
/// use vnextract::eval::canon::canonical;
/// assert_eq!(canonical(" HĐND Thành phố, "), "hội đồng nhân dân thành phố");
/// assert_eq!(canonical("Quận uỷ"), canonical("Quận ủy"));
/// ```
pub fn canonical(s: &str) -> String {
    let folded = normalize_str(s).to_lowercase();
    let trimmed = folded.trim_matches(|c: char| !c.is_alphanumeric());
    let mut out = String::with_capacity(trimmed.len() + 16);
    for word in trimmed.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        let expanded = EXPANSIONS
            .iter()
            .find(|(abbreviation, _)| *abbreviation == word)
            .map(|(_, expansion)| *expansion);
        out.push_str(expanded.unwrap_or(word));
    }
    out
}

/// Whether two canonical roles match: equal, or one is the other followed by more whole
/// words ("chủ tịch" ~ "chủ tịch hội đồng quản trị", never ~ "phó chủ tịch").
pub fn roles_match(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    long == short
        || (!short.is_empty()
            && long.starts_with(short)
            && long.as_bytes().get(short.len()) == Some(&b' '))
}

/// Whether a predicted organization matches a gold one: equal, one holding the other as
/// whole words, or an empty gold one. An empty prediction matches only an empty gold one.
/// Punctuation inside a name separates words: "Vụ BHYT" is held in "Vụ BHYT, Bộ Y tế".
///
/// ```
/// use vnextract::eval::canon::{canonical, organizations_match};
/// let gold = canonical("Vụ BHYT, Bộ Y tế");
/// assert!(organizations_match(&gold, &canonical("Vụ BHYT")));
/// assert!(organizations_match(&gold, &canonical("Bộ Y tế")));
/// assert!(!organizations_match(&gold, &canonical("Vụ BHXH")));
/// ```
pub fn organizations_match(gold: &str, predicted: &str) -> bool {
    if gold.is_empty() {
        return true;
    }
    if predicted.is_empty() {
        return false;
    }
    if gold == predicted {
        return true;
    }
    // Each punctuation mark a word of its own: "khoa nhi , bệnh viện x" holds "khoa nhi",
    // not "khoa nhi bệnh".
    let words = |s: &str| {
        let mut out = String::with_capacity(s.len() + 8);
        out.push(' ');
        for c in s.chars() {
            if c.is_alphanumeric() {
                out.push(c);
                continue;
            }
            if !out.ends_with(' ') {
                out.push(' ');
            }
            if !c.is_whitespace() {
                out.push(c);
                out.push(' ');
            }
        }
        if !out.ends_with(' ') {
            out.push(' ');
        }
        out
    };
    let (gold, predicted) = (words(gold), words(predicted));
    gold.contains(&predicted) || predicted.contains(&gold)
}

/// A number compared exactly as a decimal: "15.9", "15.90" and "1.59e1" are one value.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Decimal(String);

impl Decimal {
    /// Parses a JSON number's text. `None` for anything that is not a finite number.
    pub fn parse(text: &str) -> Option<Decimal> {
        let text = text.trim();
        let (negative, body) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text.strip_prefix('+').unwrap_or(text)),
        };
        let (mantissa, exponent) = match body.find(['e', 'E']) {
            Some(at) => (&body[..at], body[at + 1..].parse::<i64>().ok()?),
            None => (body, 0),
        };
        let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
        if int_part.is_empty() && frac_part.is_empty() {
            return None;
        }
        if !int_part
            .bytes()
            .chain(frac_part.bytes())
            .all(|b| b.is_ascii_digit())
        {
            return None;
        }
        // digits × 10^(exponent − fraction length)
        let digits = format!("{int_part}{frac_part}");
        let scale = exponent - frac_part.len() as i64;
        let digits = digits.trim_start_matches('0');
        if digits.is_empty() {
            return Some(Decimal("0".into()));
        }
        let point = digits.len() as i64 + scale; // digits before the decimal point
        let mut out = String::new();
        if negative {
            out.push('-');
        }
        if point <= 0 {
            out.push_str("0.");
            out.extend(std::iter::repeat_n('0', (-point) as usize));
            out.push_str(digits);
        } else if point as usize >= digits.len() {
            out.push_str(digits);
            out.extend(std::iter::repeat_n('0', point as usize - digits.len()));
        } else {
            out.push_str(&digits[..point as usize]);
            out.push('.');
            out.push_str(&digits[point as usize..]);
        }
        if out.contains('.') {
            let trimmed = out.trim_end_matches('0').trim_end_matches('.').len();
            out.truncate(trimmed);
        }
        Some(Decimal(out))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_forms() {
        assert_eq!(canonical("UBND quận"), "ủy ban nhân dân quận");
        assert_eq!(canonical("TP. Hà Nội"), "thành phố hà nội");
        assert_eq!(canonical("Phó Bí thư TT"), "phó bí thư thường trực");
        assert_eq!(canonical("  Công an   Q. 1 "), "công an quận 1");
        assert_eq!(canonical("“Chủ tịch”"), "chủ tịch");
    }

    #[test]
    fn role_and_organization_rules() {
        let c = canonical;
        assert!(roles_match(&c("Chủ tịch"), &c("Chủ tịch HĐQT")));
        assert!(!roles_match(&c("Chủ tịch"), &c("Phó Chủ tịch")));
        assert!(!roles_match(&c("Chủ tịch"), &c("Chủ tịchh")));
        assert!(organizations_match(&c("Quận ủy"), &c("Quận uỷ Hoàn Kiếm")));
        assert!(organizations_match("", &c("nước")));
        assert!(!organizations_match(&c("UBND quận"), ""));
        assert!(organizations_match(
            &c("Sở Y tế"),
            &c("Sở Y tế tỉnh Nghệ An")
        ));
        assert!(!organizations_match(&c("Sở Y tế"), &c("Sở Tài chính")));
        // Regression: a comma inside the gold organization kept "khoa Nhi" from matching
        // "khoa Nhi, Bệnh viện Đa khoa tỉnh X" (GOLD.md: punctuation separates words).
        assert!(organizations_match(
            &c("khoa Nhi, Bệnh viện Đa khoa tỉnh X"),
            &c("khoa Nhi")
        ));
        assert!(organizations_match(&c("Sở TN&MT"), &c("Sở TN&MT tỉnh X")));
        assert!(!organizations_match(
            &c("khoa Nhi, Bệnh viện X"),
            &c("khoa Nhi Bệnh")
        ));
    }

    #[test]
    fn decimals() {
        let d = |s: &str| Decimal::parse(s).unwrap().0;
        assert_eq!(d("15.9"), "15.9");
        assert_eq!(d("15.90"), "15.9");
        assert_eq!(d("1.59e1"), "15.9");
        assert_eq!(d("131"), "131");
        assert_eq!(d("131.0"), "131");
        assert_eq!(d("14732000000000"), "14732000000000");
        assert_eq!(d("1.4732e13"), "14732000000000");
        assert_eq!(d("0.05"), "0.05");
        assert_eq!(d("5e-2"), "0.05");
        assert_eq!(d("-2.50"), "-2.5");
        assert_eq!(d("0"), "0");
        assert!(Decimal::parse("abc").is_none());
    }
}
