//! Inputs → pairs: every input for the app's links and saved state, or only
//! what differs from the defaults for short links.

use super::migrate::SCHEMA_VERSION;
use crate::model::checklist::{Answer, ITEMS};
use crate::model::data::{self, DATA_VERSION};
use crate::model::num;
use crate::model::scenario::{Field, Group, Inputs, ProviderKind};

/// Equal up to the rounding `encode` applies (10 significant digits).
pub(super) fn same(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()) + 1e-12
}

/// A number for a link: 10 significant digits, no grouping, no exponent.
pub fn number_text(v: f64) -> String {
    if v == 0.0 || !v.is_finite() {
        return "0".to_string();
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
    out
}
