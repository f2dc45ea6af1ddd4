//! Text → number as people type it ("1,200", "$45", "45/h", "1.234,50 €"),
//! with an error that says what is wrong.

use super::i18n::{tr, trf};
use super::numbers::Fmt;
/// Re-exported: they were defined here before numbers.rs took them.
pub use super::numbers::{plain, Decimal};
use super::scenario::{Field, Unit};

/// Which reading an ambiguous entry such as "1.234" was given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reading {
    /// The separator was read as a thousands separator.
    Thousands,
    /// The separator was read as the decimal mark.
    Decimal,
}

/// A number read from text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Parsed {
    pub value: f64,
    /// Set when the text could be read two ways and the page's language decided.
    pub reading: Option<Reading>,
}

/// Why a text is not a usable number.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ParseError {
    NotANumber,
    /// "1e5", "10^12".
    Exponent,
    Negative,
    TooLong,
    TooLarge,
    /// Separators in impossible places ("1,2,3", "1.2.3,4,5").
    BadGrouping,
    BelowMin {
        min: f64,
    },
    AboveMax {
        max: f64,
    },
    NotWhole,
}

/// Longest text accepted; anything longer is flagged, not scanned.
pub const MAX_LEN: usize = 64;

impl ParseError {
    /// Plain-words message shown beside the field, its limits written by
    /// `f` ("2.000" for a German page).
    pub fn message(&self, unit: Unit, f: &dyn Fmt) -> String {
        let limit = |v: f64| {
            if unit == Unit::Percent {
                f.percent(v, 2)
            } else {
                f.number(v, 2)
            }
        };
        match self {
            ParseError::NotANumber => tr("Not a number: type digits, like 1,200 or 45.50.").into(),
            ParseError::Exponent => {
                tr("Type the number in full (no exponents like 1e5 or 10^6).").into()
            }
            ParseError::Negative => tr("Can't be negative.").into(),
            ParseError::TooLong => tr("Too long to be a number.").into(),
            ParseError::TooLarge => tr("Far too large.").into(),
            ParseError::BadGrouping => {
                tr("Separators don't fit a number: try 1,234.50 or 1234.5.").into()
            }
            ParseError::BelowMin { min } => {
                trf("Must be at least {limit}.", &[("limit", &limit(*min))])
            }
            ParseError::AboveMax { max } => {
                trf("Must be at most {limit}.", &[("limit", &limit(*max))])
            }
            ParseError::NotWhole => tr("Must be a whole number.").into(),
        }
    }
}

fn ascii_digit(c: char) -> Option<char> {
    let zeros = [
        '0', '\u{660}', '\u{6F0}', '\u{966}', '\u{9E6}', '\u{E50}', '\u{FF10}',
    ];
    zeros.iter().find_map(|&z| {
        let d = (c as u32).wrapping_sub(z as u32);
        (d < 10).then(|| char::from(b'0' + d as u8))
    })
}

const SUFFIXES: &[&str] = &[
    "per hour",
    "an hour",
    "a month",
    "per month",
    "a year",
    "per year",
    "/month",
    "/hour",
    "/year",
    "/week",
    "/mo",
    "/hr",
    "/yr",
    "/wk",
    "/h",
    "months",
    "month",
    "hours",
    "hour",
    "weeks",
    "week",
    "hrs",
    "hr",
    "wk",
    "fte",
    "usd",
    "eur",
    "gbp",
    "cad",
    "aud",
    "nzd",
    "inr",
    "php",
    "mxn",
    "brl",
    "pln",
    "zar",
    // How French and Dutch pages write some currencies: "45 $US", "€ 45".
    "$us",
    "$ca",
    "$au",
    "$nz",
    "$mx",
    "£gb",
    "us$",
    "au$",
    "nz$",
    "mx$",
    "ca$",
    "c$",
    "r$",
    "h",
    "%",
];
const PREFIXES: &[&str] = &[
    "us$", "ca$", "au$", "nz$", "mx$", "r$", "a$", "c$", "usd", "eur", "gbp", "cad", "aud", "nzd",
    "inr", "php", "mxn", "brl", "pln", "zar",
];
const SYMBOLS: &[char] = &['$', '€', '£', '¥', '₹', '₱', '₩', '₦', '¢'];

/// Strip units, currency marks and spaces around the number.
fn strip_decorations(s: &str) -> String {
    // ASCII case folding: the units and marks to strip are ASCII, and
    // `str::to_lowercase` would bring Unicode's case tables into the wasm.
    let mut t = s.trim().to_ascii_lowercase();
    loop {
        let before = t.len();
        t = t
            .trim_matches(|c: char| c.is_whitespace() || SYMBOLS.contains(&c))
            .to_string();
        for suf in SUFFIXES {
            if let Some(x) = t.strip_suffix(suf) {
                t = x.to_string();
                break;
            }
        }
        for pre in PREFIXES {
            if let Some(x) = t.strip_prefix(pre) {
                t = x.to_string();
                break;
            }
        }
        if t.len() == before {
            return t;
        }
    }
}

/// Read a non-negative number from what a person typed.
pub fn parse_number(text: &str, locale: Decimal) -> Result<Parsed, ParseError> {
    if text.chars().count() > MAX_LEN {
        return Err(ParseError::TooLong);
    }
    let mapped: String = text
        .chars()
        .map(|c| match c {
            '\u{66B}' => '.',
            '\u{66C}' | '\u{FF0C}' => ',',
            '\u{FF0E}' => '.',
            '\u{2212}' => '-',
            c => ascii_digit(c).unwrap_or(c),
        })
        .collect();
    let mut t = strip_decorations(&mapped);
    let mut multiplier = 1.0;
    if let Some(x) = t.strip_suffix('k') {
        t = x.trim_end().to_string();
        multiplier = 1000.0;
    }
    let mut negative = false;
    if let Some(x) = t.strip_prefix('+') {
        t = x.trim_start().to_string();
    } else if let Some(x) = t.strip_prefix('-') {
        t = x.trim_start().to_string();
        negative = true;
    }
    // Grouping spaces and apostrophes: "1 234", "1'234".
    let t: String = t
        .chars()
        .filter(|c| {
            !matches!(
                c,
                ' ' | '\u{A0}' | '\u{202F}' | '\u{2009}' | '\'' | '’' | '_'
            )
        })
        .collect();
    if t.is_empty() {
        return Err(ParseError::NotANumber);
    }
    if t.chars()
        .any(|c| !c.is_ascii_digit() && c != '.' && c != ',')
    {
        let has_digit = t.chars().any(|c| c.is_ascii_digit());
        if has_digit && (t.contains('e') || t.contains('^')) {
            return Err(ParseError::Exponent);
        }
        return Err(ParseError::NotANumber);
    }
    if !t.chars().any(|c| c.is_ascii_digit()) {
        return Err(ParseError::NotANumber);
    }
    let (normal, reading) = normalise_separators(&t, locale)?;
    let value = crate::model::num::parse_decimal(&normal).ok_or(ParseError::NotANumber)?;
    let value = value * multiplier;
    if !value.is_finite() || value > 1e15 {
        return Err(ParseError::TooLarge);
    }
    if negative && value != 0.0 {
        return Err(ParseError::Negative);
    }
    Ok(Parsed { value, reading })
}

/// Turn digits with ',' and '.' into a Rust float literal.
fn normalise_separators(t: &str, locale: Decimal) -> Result<(String, Option<Reading>), ParseError> {
    let dots = t.matches('.').count();
    let commas = t.matches(',').count();
    let grouped = |s: &str, sep: char| -> Result<String, ParseError> {
        let parts: Vec<&str> = s.split(sep).collect();
        let ok =
            !parts[0].is_empty() && parts[0].len() <= 3 && parts[1..].iter().all(|p| p.len() == 3);
        if ok {
            Ok(parts.concat())
        } else {
            Err(ParseError::BadGrouping)
        }
    };
    match (dots, commas) {
        (0, 0) => Ok((t.to_string(), None)),
        (_, _) if dots > 0 && commas > 0 => {
            // The last separator is the decimal mark; the other groups thousands.
            let (dec, grp) = if t.rfind('.') > t.rfind(',') {
                ('.', ',')
            } else {
                (',', '.')
            };
            if t.matches(dec).count() != 1 {
                return Err(ParseError::BadGrouping);
            }
            let (int, frac) = t.split_once(dec).unwrap_or((t, ""));
            if frac.contains(grp) {
                return Err(ParseError::BadGrouping);
            }
            Ok((format!("{}.{frac}", grouped(int, grp)?), None))
        }
        _ => {
            let sep = if dots > 0 { '.' } else { ',' };
            let count = dots.max(commas);
            if count > 1 {
                return Ok((grouped(t, sep)?, None));
            }
            let (int, frac) = t.split_once(sep).unwrap_or((t, ""));
            let could_group =
                frac.len() == 3 && !int.is_empty() && int.len() <= 3 && !int.starts_with('0');
            if !could_group {
                return Ok((
                    format!("{}.{frac}", if int.is_empty() { "0" } else { int }),
                    None,
                ));
            }
            let locale_sep = match locale {
                Decimal::Point => '.',
                Decimal::Comma => ',',
            };
            if sep == locale_sep {
                Ok((format!("{int}.{frac}"), Some(Reading::Decimal)))
            } else {
                Ok((format!("{int}{frac}"), Some(Reading::Thousands)))
            }
        }
    }
}

/// Parse text typed into a field and check it against the field's range at
/// exchange rate `fx` (money ranges scale with the currency; see
/// `FieldSpec::range`). `Ok(None)` means blank: the field takes its default.
pub fn parse_field(
    field: Field,
    text: &str,
    locale: Decimal,
    fx: f64,
) -> Result<Option<Parsed>, ParseError> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    let spec = field.spec();
    let p = parse_number(text, locale)?;
    let (min, max) = spec.range(fx);
    if p.value < min {
        return Err(ParseError::BelowMin { min });
    }
    if p.value > max {
        return Err(ParseError::AboveMax { max });
    }
    if spec.unit == Unit::Months && p.value.fract() != 0.0 {
        return Err(ParseError::NotWhole);
    }
    Ok(Some(p))
}

#[cfg(test)]
mod tests;
