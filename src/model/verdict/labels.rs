//! Small pieces of the verdicts: a percentage, a field's short name, a
//! sentence's first letter.

use crate::model::i18n::{tr, trf};
use crate::model::numbers::Fmt;
use crate::model::scenario::Field;

/// A share as a whole-number percentage, e.g. "23%" (never "-0%"), with
/// the formatter's language's percent sign ("23 %" in German).
pub fn percent(share: f64, f: &dyn Fmt) -> String {
    f.percent(share * 100.0, 0)
}

/// "a, b and c".
pub(super) fn join_and(parts: &[String]) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => trf(
            "{list} and {last}",
            &[("list", &init.join(", ")), ("last", last)],
        ),
    }
}

/// A field's name in a sentence or a chart: its label, capitalised as is.
pub fn label(f: Field) -> &'static str {
    tr(f.spec().label)
}

/// A short name for an uncertain input (chart rows and sentences).
pub fn short_label(f: Field) -> &'static str {
    match f {
        Field::Rate => tr("the provider's rate"),
        Field::Rework => tr("rework"),
        Field::MgmtHours => tr("your management time"),
        Field::ManagerRate => tr("the manager's hourly cost"),
        Field::ProviderRamp => tr("the provider's ramp-up"),
        Field::SelectHours => tr("finding a provider"),
        Field::OnboardingHours => tr("writing the brief"),
        Field::OnboardingWeeks => tr("the new hire's onboarding"),
        Field::Recruiting => tr("recruiting"),
        Field::HireHours => tr("your hiring hours"),
        Field::Supervision => tr("supervision"),
        Field::SeatMonthly => tr("software and desk"),
        Field::Equipment => tr("equipment"),
        Field::Trial => tr("the trial project"),
        Field::Exit => tr("exit or switching"),
        Field::Covers => tr("the share the software takes over"),
        Field::LearnHours => tr("learning the software"),
        _ => tr(f.spec().label),
    }
}

/// First letter upper-case.
pub fn capitalise(s: &str) -> String {
    with_first(s, true)
}

/// `s` with its first letter upper- or lower-case. ASCII and Latin-1 letters
/// (é ↔ É), which is every sentence start in English, German, French and
/// Dutch: `char::to_uppercase` would bring all of Unicode's case tables into
/// the wasm.
fn with_first(s: &str, upper: bool) -> String {
    let mut c = s.chars();
    let Some(f) = c.next() else {
        return String::new();
    };
    let latin1 = |c: char, from: char| {
        let n = c as u32;
        let base = from as u32;
        (base..=base + 0x1e).contains(&n) && n != base + 0x17
    };
    let f = if upper {
        if latin1(f, 'à') {
            char::from_u32(f as u32 - 0x20).unwrap_or(f)
        } else {
            f.to_ascii_uppercase()
        }
    } else if latin1(f, 'À') {
        char::from_u32(f as u32 + 0x20).unwrap_or(f)
    } else {
        f.to_ascii_lowercase()
    };
    let mut out = String::with_capacity(s.len());
    out.push(f);
    out.push_str(c.as_str());
    out
}

/// First letter lower-case.
pub(super) fn lower_first(s: &str) -> String {
    with_first(s, false)
}
