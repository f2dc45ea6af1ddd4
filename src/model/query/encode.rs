//! Inputs → pairs: every input for the app's links and saved state, or only
//! what differs from the defaults for short links.

use super::migrate::SCHEMA_VERSION;
use crate::model::checklist::{Answer, ITEMS};
use crate::model::choices::MAX_CHOICES;
use crate::model::data::{self, DATA_VERSION};
use crate::model::num;
use crate::model::scenario::{Field, Group, Inputs, ProviderKind};

/// Equal up to the rounding `encode` applies (10 significant digits).
pub(super) fn same(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()) + 1e-12
}

/// A number for a link: no grouping, no exponent; whole cents as they are
/// (a salary of 307,470,676,647.17 keeps every digit, so the defaults that
/// follow it come back the same), anything finer to 10 significant digits.
pub fn number_text(v: f64) -> String {
    if v == 0.0 || !v.is_finite() {
        return "0".to_string();
    }
    let cents = v * 100.0;
    if cents.abs() < 1e15 && cents == cents.round() {
        return num::decimal(v);
    }
    let scale = 10f64.powi(9 - v.abs().log10().floor() as i32);
    let r = (v * scale).round() / scale;
    num::decimal(r)
}

/// Whether a link writes field `f`: the software option's fields only when
/// the option is chosen, so the links of other scenarios do not grow.
fn writes(inputs: &Inputs, f: Field) -> bool {
    f.spec().group != Group::Software || inputs.provider == ProviderKind::Software
}

/// Every input as pairs: selectors, every numeric field (resolved, so the
/// numbers survive a change of default figures), answered checklist items,
/// data and schema versions.
pub fn encode(inputs: &Inputs) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = vec![
        ("task".into(), inputs.task.slug().into()),
        ("home".into(), inputs.home.slug().into()),
        ("region".into(), inputs.region.slug().into()),
        ("provider".into(), inputs.provider.slug().into()),
        ("currency".into(), inputs.currency.code().into()),
    ];
    let (_, defaults) = inputs.resolve_with_defaults();
    for &f in Field::ALL {
        if !writes(inputs, f) {
            continue;
        }
        let v = inputs.get(f).unwrap_or(defaults[f as usize]);
        out.push((f.spec().key.into(), number_text(v)));
    }
    for (item, a) in ITEMS.iter().zip(inputs.answers.0.iter()) {
        if *a != Answer::Unanswered {
            out.push((format!("q-{}", item.id), a.word().into()));
        }
    }
    // The rules it is costed by: today's, or the older version it came with.
    out.push(("v".into(), inputs.rules.min(DATA_VERSION).to_string()));
    out.push(("s".into(), SCHEMA_VERSION.to_string()));
    let choices = encode_choices(inputs, &out, encode);
    out.extend(choices);
    out
}

/// Only what differs from today's defaults, for short links.
pub fn encode_short(inputs: &Inputs) -> Vec<(String, String)> {
    let mut out = vec![
        ("task".into(), inputs.task.slug().into()),
        ("home".into(), inputs.home.slug().into()),
        ("region".into(), inputs.region.slug().into()),
    ];
    if inputs.provider != ProviderKind::Freelancer {
        out.push(("provider".into(), inputs.provider.slug().into()));
    }
    if inputs.currency != data::home_currency(inputs.home) {
        out.push(("currency".into(), inputs.currency.code().into()));
    }
    for &f in Field::ALL {
        if let (Some(v), true) = (inputs.get(f), writes(inputs, f)) {
            out.push((f.spec().key.into(), number_text(v)));
        }
    }
    for (item, a) in ITEMS.iter().zip(inputs.answers.0.iter()) {
        if *a != Answer::Unanswered {
            out.push((format!("q-{}", item.id), a.word().into()));
        }
    }
    let choices = encode_choices(inputs, &out, encode_short);
    out.extend(choices);
    out
}

/// The pairs of the options of `inputs`, each against `base` (the link's
/// pairs of the scenario itself), written by `write` (full or short).
pub fn encode_choices(
    inputs: &Inputs,
    base: &[(String, String)],
    write: fn(&Inputs) -> Vec<(String, String)>,
) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (n, choice) in inputs.choices.iter().enumerate().take(MAX_CHOICES) {
        let own = write(&choice.inputs.alone());
        let mut text = choice.side.code().to_string();
        for (k, v) in &own {
            if !base.iter().any(|(bk, bv)| bk == k && bv == v) {
                debug_assert!(!k.contains('_') && !k.contains('~') && !v.contains('~'));
                text.push_str(&format!("~{k}_{v}"));
            }
        }
        for (k, _) in base {
            if !own.iter().any(|(ok, _)| ok == k) {
                text.push_str(&format!("~{k}_"));
            }
        }
        out.push((format!("o{}", n + 1), text));
        if let Some(name) = &choice.name {
            out.push((format!("o{}n", n + 1), name.clone()));
        }
    }
    if let Some(e) = inputs
        .editing
        .filter(|&e| e < inputs.choices.len().min(MAX_CHOICES))
    {
        out.push(("oe".into(), (e + 1).to_string()));
    }
    out
}
