//! Text → number as people type it ("1,200", "$45", "45/h", "1.234,50 €"),
//! with an error that says what is wrong.

use super::i18n::{tr, trf};
use super::numbers::Fmt;
/// Re-exported: they were defined here before numbers.rs took them.
pub use super::numbers::{plain, Decimal};
use super::scenario::{Field, Unit};

mod convert;
mod units;
mod words;
pub use units::{field_period, Amount, Conversion, Expect, PageCurrency, Per, UnitError};
use words::Words;

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
    /// Set when a unit word was converted into the field's unit
    /// ("40/week" in hours per month); `value` is the converted figure.
    pub conversion: Option<Conversion>,
}

impl Parsed {
    /// What to say beside the field about how the text was read, if anything.
    pub fn note(&self) -> Option<Note> {
        (self.reading.is_some() || self.conversion.is_some()).then_some(Note {
            reading: self.reading,
            conversion: self.conversion,
        })
    }
}

/// What the form says beside a field about how its text was read.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Note {
    pub reading: Option<Reading>,
    pub conversion: Option<Conversion>,
}

impl From<Reading> for Note {
    fn from(r: Reading) -> Note {
        Note {
            reading: Some(r),
            conversion: None,
        }
    }
}

/// Why a text is not a usable number.
#[derive(Clone, Debug, PartialEq)]
pub enum ParseError {
    NotANumber,
    /// "1e5", "10^12".
    Exponent,
    /// A word that is no unit, currency or "per" ("3 people"), as typed.
    UnknownWord {
        word: String,
        expect: Expect,
    },
    /// A unit the field does not take ("24 hours" for months).
    WrongUnit {
        word: String,
        expect: Expect,
    },
    /// A period that needs the hours worked to convert ("45/h" for a salary).
    NeedsHours {
        word: String,
        expect: Expect,
    },
    /// A period that needs the days worked to convert ("8 h a day").
    NeedsDays {
        word: String,
        expect: Expect,
    },
    /// Two words that say different things ("40/week/month", "$45 EUR").
    Conflict {
        first: String,
        second: String,
    },
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
            ParseError::UnknownWord { word, expect } => trf(
                "“{word}” is not a unit this field understands: type {what}.",
                &[("word", word), ("what", expect.words())],
            ),
            ParseError::WrongUnit { word, expect } => trf(
                "“{word}” is not {what}.",
                &[("word", word), ("what", expect.words())],
            ),
            ParseError::NeedsHours { word, expect } => trf(
                "“{word}” would need the hours worked to convert: type {what}.",
                &[("word", word), ("what", expect.words())],
            ),
            ParseError::NeedsDays { word, expect } => trf(
                "“{word}” would need the days worked to convert: type {what}.",
                &[("word", word), ("what", expect.words())],
            ),
            ParseError::Conflict { first, second } => trf(
                "“{first}” and “{second}” say different things: keep one.",
                &[("first", first), ("second", second)],
            ),
        }
    }

    /// A refusal of unit words, naming what the field takes.
    fn units(e: UnitError, expect: Expect) -> ParseError {
        match e {
            UnitError::Unknown(word) => ParseError::UnknownWord { word, expect },
            UnitError::Wrong(word) => ParseError::WrongUnit { word, expect },
            UnitError::NeedsHours(word) => ParseError::NeedsHours { word, expect },
            UnitError::NeedsDays(word) => ParseError::NeedsDays { word, expect },
            UnitError::Conflict(first, second) => ParseError::Conflict { first, second },
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

/// Read a non-negative number from what a person typed. Unit words and
/// currency marks are checked (an unknown word is refused, naming it) but not
/// applied: this reads the number alone. A field's text goes through
/// [`parse_field`], which converts what the words say or refuses them.
pub fn parse_number(text: &str, locale: Decimal) -> Result<Parsed, ParseError> {
    read(text, locale, Expect::Number).map(|(p, _)| p)
}

/// The number in `text` and the words around it; a refused word's message
/// names `expect`.
fn read(text: &str, locale: Decimal, expect: Expect) -> Result<(Parsed, Words), ParseError> {
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
    // The number: from the first digit (or a separator just before it,
    // ".5") over digits, separators and grouping marks ("1 234", "1'234").
    let Some(first) = mapped.find(|c: char| c.is_ascii_digit()) else {
        return Err(ParseError::NotANumber);
    };
    let before = mapped[..first].chars().next_back();
    let start = match before {
        Some(c @ ('.' | ',')) => {
            let prior = mapped[..first - 1].chars().next_back();
            if prior.is_some_and(char::is_alphabetic) {
                first
            } else {
                first - c.len_utf8()
            }
        }
        _ => first,
    };
    let grouping = |c: char| {
        matches!(
            c,
            ' ' | '\u{A0}' | '\u{202F}' | '\u{2009}' | '\'' | '’' | '_'
        )
    };
    let mut end = start;
    for (i, c) in mapped[start..].char_indices() {
        if c.is_ascii_digit() || c == '.' || c == ',' {
            end = start + i + c.len_utf8();
        } else if !grouping(c) {
            break;
        }
    }
    let (pre, number, post) = (&mapped[..start], &mapped[start..end], &mapped[end..]);
    if post.chars().any(|c| c.is_ascii_digit()) {
        // A second number: "1e5", "10^12", "40 h 30".
        let low = post.to_ascii_lowercase();
        return Err(if low.contains('e') || low.contains('^') {
            ParseError::Exponent
        } else {
            ParseError::NotANumber
        });
    }
    let words = Words::read(pre, post).map_err(|e| ParseError::units(e, expect))?;
    let t: String = number.chars().filter(|&c| !grouping(c)).collect();
    let (normal, reading) = normalise_separators(&t, locale)?;
    let value = crate::model::num::parse_decimal(&normal).ok_or(ParseError::NotANumber)?;
    let value = if words.thousand {
        value * 1000.0
    } else {
        value
    };
    if !value.is_finite() || value > 1e15 {
        return Err(ParseError::TooLarge);
    }
    if words.negative && value != 0.0 {
        return Err(ParseError::Negative);
    }
    let parsed = Parsed {
        value,
        reading,
        conversion: None,
    };
    Ok((parsed, words))
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

/// Read text typed into a field as the field's value, converting what its
/// unit words say (see `convert::apply`), without the range check: what
/// [`parse_field`] checks, and what a link's decoder compares with the
/// default. `Ok(None)` means blank.
pub fn parse_value(
    field: Field,
    text: &str,
    locale: Decimal,
    money: PageCurrency,
) -> Result<Option<Parsed>, ParseError> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    let expect = Expect::of(field);
    let (p, words) = read(text, locale, expect)?;
    let (value, conversion) =
        convert::apply(field, p.value, &words, money).map_err(|e| ParseError::units(e, expect))?;
    if !value.is_finite() || value > 1e15 {
        return Err(ParseError::TooLarge);
    }
    Ok(Some(Parsed {
        value,
        reading: p.reading,
        conversion,
    }))
}

/// Parse text typed into a field and check it against the field's range at
/// the page's exchange rate (money ranges scale with the currency; see
/// `FieldSpec::range`). A unit word converts when the conversion is
/// unambiguous ("40/week" in hours per month, "4000 a month" for an annual
/// salary, "50 EUR" on a dollar page) and is refused, named, otherwise.
/// `Ok(None)` means blank: the field takes its default.
pub fn parse_field(
    field: Field,
    text: &str,
    locale: Decimal,
    money: PageCurrency,
) -> Result<Option<Parsed>, ParseError> {
    let Some(p) = parse_value(field, text, locale, money)? else {
        return Ok(None);
    };
    let spec = field.spec();
    let (min, max) = spec.range(money.fx);
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
