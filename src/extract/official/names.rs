//! Whether a run of capitalized words is a person's name, and how long it is: a linear model
//! over the words' shapes and lexicon memberships and the words around them, learned from the
//! project's annotations by `vnextract train-officials` (see [`train`]).
//!
//! The officials grammar asks it wherever a holder's name may be written (after an office,
//! after an honorific, before an apposition); it scores each candidate span and takes the
//! best one that scores above zero. No feature holds a capitalized word itself: names are
//! recognized by what they look like and where they stand, never by a list of people.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::{Arc, OnceLock};

use rustc_hash::FxHashMap;
use smallvec::SmallVec;

use super::{MIDDLE_NAMES, View, surname_led, van_thi_second, written_alone_elsewhere};
use crate::extract::lexicon::{OrgKind, PlaceKind, Qualifier};
use crate::segment::TokenKind;

mod logistic;
pub mod train;

/// The first line of a names model file.
pub const FORMAT: &str = "# format: vnextract-names 1";

const BUILTIN: &str = include_str!("../../../models/names.txt");

/// Where the grammar asks for a name: the model weighs each place differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Site {
    /// Right after an office and its organization: "Giám đốc Sở Y tế A".
    AfterOffice,
    /// Inside the capitalized words after an office: "Chủ tịch UBND tỉnh Bắc Ninh A".
    InOrganization,
    /// After an honorific ("ông A", "bà A").
    AfterHonorific,
    /// Before an apposition: "A, Giám đốc …", "ông A (Chủ tịch …)".
    BeforeOffice,
}

impl Site {
    fn as_str(self) -> &'static str {
        match self {
            Site::AfterOffice => "after-office",
            Site::InOrganization => "in-organization",
            Site::AfterHonorific => "after-honorific",
            Site::BeforeOffice => "before-office",
        }
    }
}

/// The feature templates; a feature is a template and a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum Template {
    Bias,
    Site,
    Length,
    Shape,
    SiteShape,
    SiteLength,
    Syllable,
    First,
    Last,
    Before,
    Before2,
    BeforeClass,
    After,
    AfterShape,
    RunEnd,
    Place,
    Inside,
    SiteBefore,
    At,
    Reading,
    Elsewhere,
}

const TEMPLATES: &[(Template, &str)] = &[
    (Template::Bias, "bias"),
    (Template::Site, "site"),
    (Template::Length, "length"),
    (Template::Shape, "shape"),
    (Template::SiteShape, "site+shape"),
    (Template::SiteLength, "site+length"),
    (Template::Syllable, "syllable"),
    (Template::First, "first"),
    (Template::Last, "last"),
    (Template::Before, "before"),
    (Template::Before2, "before2"),
    (Template::BeforeClass, "before-class"),
    (Template::After, "after"),
    (Template::AfterShape, "after-shape"),
    (Template::RunEnd, "run-end"),
    (Template::Place, "place"),
    (Template::Inside, "inside"),
    (Template::SiteBefore, "site+before"),
    (Template::At, "at"),
    (Template::Reading, "reading"),
    (Template::Elsewhere, "elsewhere"),
];

/// The key of a feature: FNV-1a over the template and the value's parts joined by spaces,
/// byte by byte, so that parts hash as their joined text does (the model file holds the text).
fn key_of_parts(template: Template, parts: &[&str]) -> u64 {
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut byte = |b: u8| {
        h ^= u64::from(b);
        h = h.wrapping_mul(PRIME);
    };
    byte(template as u8);
    for (n, part) in parts.iter().enumerate() {
        if n > 0 {
            byte(b' ');
        }
        part.bytes().for_each(&mut byte);
    }
    h
}

fn key(template: Template, value: &str) -> u64 {
    key_of_parts(template, &[value])
}

/// Receives the features of a candidate span: a template and a value, given in parts that
/// join with spaces (no string is built to score a span).
pub(crate) trait Features {
    fn add(&mut self, template: Template, parts: &[&str]);
}

/// Sums the weights of the features it is given.
struct Scorer<'m> {
    model: &'m NameModel,
    score: f32,
}

impl Features for Scorer<'_> {
    fn add(&mut self, template: Template, parts: &[&str]) {
        if let Some(w) = self.model.weights.get(&key_of_parts(template, parts)) {
            self.score += w;
        }
    }
}

/// The learned weights of the name decision.
#[derive(Debug, Clone, Default)]
pub struct NameModel {
    weights: FxHashMap<u64, f32>,
    /// Feature keys → their template and value, to write the model back.
    names: HashMap<u64, (Template, String)>,
}

/// A names model file that cannot be read.
#[derive(Debug, thiserror::Error)]
pub enum NameModelError {
    #[error("{name}: not a names model (the first line must be {FORMAT:?})")]
    Format { name: String },
    #[error("{name}:{line}: expected `TEMPLATE<TAB>VALUE<TAB>WEIGHT`, found {found:?}")]
    Line {
        name: String,
        line: usize,
        found: String,
    },
}

impl NameModel {
    /// The model shipped in `models/names.txt`.
    pub fn builtin() -> Arc<NameModel> {
        static BUILT: OnceLock<Arc<NameModel>> = OnceLock::new();
        BUILT
            .get_or_init(|| {
                Arc::new(
                    NameModel::parse(BUILTIN, "models/names.txt")
                        .expect("the shipped names model is checked by a test"),
                )
            })
            .clone()
    }

    /// Reads a model file: the format line, `#` comments, then lines of template, value and
    /// weight separated by tabs.
    pub fn parse(text: &str, name: &str) -> Result<NameModel, NameModelError> {
        let mut lines = text.lines();
        if lines.next().map(str::trim_end) != Some(FORMAT) {
            return Err(NameModelError::Format {
                name: name.to_string(),
            });
        }
        let mut model = NameModel::default();
        for (n, line) in lines.enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let bad = || NameModelError::Line {
                name: name.to_string(),
                line: n + 2,
                found: line.to_string(),
            };
            let mut fields = line.split('\t');
            let (Some(template), Some(value), Some(weight), None) =
                (fields.next(), fields.next(), fields.next(), fields.next())
            else {
                return Err(bad());
            };
            let template = TEMPLATES
                .iter()
                .find(|(_, n)| *n == template)
                .map(|(t, _)| *t)
                .ok_or_else(bad)?;
            let weight: f32 = weight.parse().map_err(|_| bad())?;
            model.insert(template, value, weight);
        }
        Ok(model)
    }

    fn insert(&mut self, template: Template, value: &str, weight: f32) {
        let k = key(template, value);
        self.weights.insert(k, weight);
        self.names.insert(k, (template, value.to_string()));
    }

    /// The number of weights.
    pub fn len(&self) -> usize {
        self.weights.len()
    }

    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }

    /// The model as a file, weights sorted by template and value (a stable diff).
    pub fn to_file(&self, header: &str) -> String {
        let mut rows: Vec<(&str, &str, f32)> = self
            .weights
            .iter()
            .filter_map(|(k, w)| {
                let (t, v) = self.names.get(k)?;
                let t = TEMPLATES.iter().find(|(x, _)| x == t)?.1;
                Some((t, v.as_str(), *w))
            })
            .collect();
        rows.sort_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)));
        let mut out = format!("{FORMAT}\n");
        for line in header.lines() {
            out.push_str("# ");
            out.push_str(line);
            out.push('\n');
        }
        for (t, v, w) in rows {
            out.push_str(&format!("{t}\t{v}\t{w}\n"));
        }
        out
    }

    /// The score of `span` as a name at `site` (above zero: a name).
    pub(crate) fn score(&self, view: &View<'_, '_>, span: Range<usize>, site: Site) -> f32 {
        let mut scorer = Scorer {
            model: self,
            score: 0.0,
        };
        span_features(view, span, site, &mut scorer);
        scorer.score
    }
}

/// The class of one syllable of a candidate name, by lexicon and shape.
fn syllable_class(view: &View<'_, '_>, k: usize) -> &'static str {
    if view.kind(k) != Some(TokenKind::Word) {
        return "x";
    }
    // "J" of "Antony J. Blinken": an initial, whatever its letter.
    if view.initial_stop(k + 1) {
        return "I";
    }
    if view.acronym(k) {
        return "A";
    }
    if view.surname(k) {
        return "S";
    }
    let word = view.word(k);
    if MIDDLE_NAMES.contains(&word) {
        return "M";
    }
    if view.foreign(k) {
        return "F";
    }
    if word.is_ascii() { "a" } else { "v" }
}

/// How the span reads as a Vietnamese or foreign name: led by a listed surname, with "Văn" or
/// "Thị" second, or with syllables Vietnamese does not have.
fn readings(
    view: &View<'_, '_>,
    s: usize,
    e: usize,
    words: &[usize],
) -> impl Iterator<Item = &'static str> {
    let len = words.len();
    let whole_run = view.name_run_end(s) == e;
    let by_surname = surname_led(view, s, len);
    let middle = van_thi_second(view, s, len);
    let foreign = words.iter().filter(|&&k| view.foreign(k)).count();
    [
        (by_surname && whole_run).then_some("surname-led-run"),
        (by_surname && !whole_run).then_some("surname-led-cut"),
        middle.then_some("van-thi"),
        (foreign > 0 && foreign == len).then_some("all-foreign"),
        (foreign > 0 && foreign < len).then_some("some-foreign"),
    ]
    .into_iter()
    .flatten()
}

/// What the lexicon makes of the phrase that ends right before `s`, if anything.
fn class_before(view: &View<'_, '_>, s: usize) -> &'static str {
    for from in (s.saturating_sub(4)..s).rev() {
        if view.position(from) == Some(s) {
            return "position";
        }
        if let Some((e, q)) = view.qualifier(from)
            && e == s
        {
            return match q {
                Qualifier::Before => "qualifier-before",
                Qualifier::After => "qualifier-after",
                Qualifier::Former => "former",
                Qualifier::Rank => "rank",
                Qualifier::Honorific => "honorific",
                Qualifier::NotPerson => "not-person",
                Qualifier::Party => "party",
            };
        }
        if let Some((e, kind)) = view.organization_head(from)
            && e == s
        {
            return match kind {
                OrgKind::Standalone | OrgKind::National | OrgKind::Company | OrgKind::Club => {
                    "body"
                }
                OrgKind::Named => "body-named",
                OrgKind::Admin => "admin",
            };
        }
        if let Some((e, kind)) = view.place(from)
            && e == s
        {
            return match kind {
                PlaceKind::Province => "province",
                PlaceKind::District => "district",
                PlaceKind::Country => "country",
            };
        }
    }
    "none"
}

/// A word around a candidate as a feature value: lower-case words and punctuation as they
/// are; capitalized words by their class only (no name ever becomes a feature).
fn context_word<'v>(view: &'v View<'_, '_>, k: usize) -> &'v str {
    match view.kind(k) {
        None => "<edge>",
        Some(TokenKind::Word) if view.name_word(k) => match syllable_class(view, k) {
            "S" => "<S>",
            "M" => "<M>",
            "F" => "<F>",
            "I" => "<I>",
            "a" => "<a>",
            _ => "<v>",
        },
        Some(TokenKind::Word | TokenKind::Punct) => view.word(k),
        Some(_) => "<other>",
    }
}

const NUMBERS: [&str; 7] = ["0", "1", "2", "3", "4", "5", "6"];

/// The features of `span` as a name at `site`.
pub(crate) fn span_features(
    view: &View<'_, '_>,
    span: Range<usize>,
    site: Site,
    out: &mut impl Features,
) {
    let (s, e) = (span.start, span.end);
    // The words of the name: the stop of an initial ("Anders K. Lund") is not one of them.
    let words: SmallVec<[usize; 8]> = (s..e).filter(|&k| !view.initial_stop(k)).collect();
    let len = NUMBERS[words.len().min(6)];
    let mut shape_bytes = [0u8; 6];
    for (n, &k) in words.iter().take(6).enumerate() {
        shape_bytes[n] = syllable_class(view, k).as_bytes()[0];
    }
    let shape = std::str::from_utf8(&shape_bytes[..words.len().min(6)]).unwrap_or("");
    let site = site.as_str();
    out.add(Template::Bias, &[]);
    out.add(Template::Site, &[site]);
    out.add(Template::Length, &[len]);
    out.add(Template::Shape, &[shape]);
    out.add(Template::SiteShape, &[site, shape]);
    out.add(Template::SiteLength, &[site, len]);
    for reading in readings(view, s, e, &words) {
        out.add(Template::Reading, &[reading]);
    }
    for (n, &k) in words.iter().enumerate() {
        let c = syllable_class(view, k);
        out.add(Template::Syllable, &[c]);
        // The class at each place, from the start and from the end: "Thị" second, a given
        // name last.
        out.add(Template::At, &[NUMBERS[n.min(6)], c]);
        out.add(Template::At, &["-", NUMBERS[(words.len() - n).min(6)], c]);
        if n == 0 {
            out.add(Template::First, &[c]);
        }
        if k + 1 == e {
            out.add(Template::Last, &[c]);
        }
        if k > s {
            if view.position(k).is_some() {
                out.add(Template::Inside, &["position"]);
            }
            if view.organization_head(k).is_some() {
                out.add(Template::Inside, &["body"]);
            }
            if view.place(k).is_some() {
                out.add(Template::Inside, &["place"]);
            }
            if !view.joined(k) {
                out.add(Template::Inside, &["gap"]);
            }
        }
    }
    match view.place(s) {
        Some((end, _)) if end == e => out.add(Template::Place, &["whole"]),
        Some((end, _)) if end < e => out.add(Template::Place, &["prefix"]),
        Some(_) => out.add(Template::Place, &["longer"]),
        None => {}
    }
    let before = if s == 0 {
        "<edge>"
    } else {
        context_word(view, s - 1)
    };
    out.add(Template::Before, &[before]);
    out.add(Template::SiteBefore, &[site, before]);
    let before2 = if s < 2 {
        "<edge>"
    } else {
        context_word(view, s - 2)
    };
    out.add(Template::Before2, &[before2, before]);
    out.add(Template::BeforeClass, &[class_before(view, s)]);
    out.add(Template::After, &[context_word(view, e)]);
    let after_shape = if view.name_word(e) && view.joined(e) {
        "name-word"
    } else if view.acronym(e) {
        "acronym"
    } else {
        "other"
    };
    out.add(Template::AfterShape, &[after_shape]);
    let run_end = if view.name_run_end(s) == e {
        "end"
    } else {
        "cut"
    };
    out.add(Template::RunEnd, &[run_end]);
    // "CEO Northwind Peter Holm" where "Northwind" is written alone elsewhere: a company's
    // name more likely than a given name.
    if let [first, _, ..] = words[..]
        && written_alone_elsewhere(view, first..first + 1)
    {
        out.add(Template::Elsewhere, &["first", syllable_class(view, first)]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_model_is_read() {
        let model = NameModel::builtin();
        assert!(model.len() > 100, "{} weights", model.len());
    }

    #[test]
    fn a_model_file_is_written_and_read_back() {
        let model = NameModel::builtin();
        let text = model.to_file("a header\nof two lines");
        assert!(text.starts_with(FORMAT));
        let again = NameModel::parse(&text, "again").unwrap();
        assert_eq!(again.to_file("a header\nof two lines"), text);
    }

    #[test]
    fn a_file_that_is_not_a_model_is_refused() {
        let err = NameModel::parse("# format: vnextract-words 1\n", "m.txt").unwrap_err();
        assert!(
            err.to_string().contains("m.txt: not a names model"),
            "{err}"
        );
        let bad = format!("{FORMAT}\nlength\t2\n");
        let err = NameModel::parse(&bad, "m.txt").unwrap_err();
        assert!(err.to_string().starts_with("m.txt:2:"), "{err}");
        let unknown = format!("{FORMAT}\nno-such-template\tx\t1.5\n");
        assert!(NameModel::parse(&unknown, "m.txt").is_err());
    }
}
