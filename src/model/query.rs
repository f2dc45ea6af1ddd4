//! Scenario ⇄ URL parameters and saved state (flat key/value), versioned,
//! with the migrations of older schemas.
//!
//! One codec serves links, localStorage and JSON import/export (`export`): a list of
//! `(key, value)` pairs. Hand-written links may carry any subset; the app's own
//! carry every input (resolved, so a later change to the default figures does
//! not change a shared scenario's numbers), the data version `v` and the
//! schema version `s`.

use super::checklist::{Answer, ITEMS};
use super::data::{Currency, DATA_VERSION};
use super::i18n::{tr, trf};
use super::num;
use super::parse::{parse_field, parse_number, Decimal};
use super::regions::{Home, Region, Task};
use super::scenario::{Field, Inputs, ProviderKind, RESOLVE_ORDER};

/// Version of the key/value layout. Bump it with a migration in `migrate`.
/// 1 → 2 (2026-11): `superv` → `supervision`, `onboardwk` → `rampweeks`,
/// `onboardh` → `briefhours`.
/// 2 → 3 (2026-11): new costs `selecthours` (finding and vetting a provider)
/// and `provramp` (the provider's ramp-up).
pub const SCHEMA_VERSION: u32 = 3;

/// Fields added in schema 3. A scenario the app wrote before them (it names
/// its schema) had no such cost, so it opens with 0 and keeps its numbers.
const ADDED_IN_3: &[&str] = &["selecthours", "provramp"];

/// Keys renamed in schema 2: (old, new).
const RENAMED_IN_2: &[(&str, &str)] = &[
    ("superv", "supervision"),
    ("onboardwk", "rampweeks"),
    ("onboardh", "briefhours"),
];

/// Parameters that belong to the page, not the scenario (ignored here, not flagged).
pub const PAGE_KEYS: &[&str] = &["embed", "theme", "accent", "title", "lang"];

/// A key the calculator reads: a selector, a field, a checklist answer, a
/// version or a page parameter.
pub fn is_known_key(k: &str) -> bool {
    matches!(
        k,
        "task" | "home" | "region" | "provider" | "currency" | "v" | "s"
    ) || PAGE_KEYS.contains(&k)
        || Field::from_key(k).is_some()
        || k.strip_prefix("q-")
            .is_some_and(|id| ITEMS.iter().any(|i| i.id == id))
}

/// Something in a link or saved state that could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    Unknown {
        key: String,
    },
    Invalid {
        key: String,
        value: String,
        /// Why, in the language in use.
        reason: String,
    },
}

impl Notice {
    /// Plain-words message naming the parameter.
    pub fn message(&self) -> String {
        match self {
            Notice::Unknown { key } => trf(
                "Ignored “{key}”: not a setting this calculator knows.",
                &[("key", &clip(key))],
            ),
            Notice::Invalid { key, value, reason } => trf(
                "Ignored {key}={value}: {reason}",
                &[
                    ("key", &clip(key)),
                    ("value", &clip(value)),
                    ("reason", reason),
                ],
            ),
        }
    }
}

/// A key or value shortened for a notice.
pub fn clip(s: &str) -> String {
    if s.chars().count() > 40 {
        s.chars().take(40).collect::<String>() + "…"
    } else {
        s.to_string()
    }
}

/// Decode percent-encoding and '+' (as in a query string); invalid UTF-8 is replaced.
pub fn url_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3])
                    .ok()
                    .and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(b) => {
                        out.push(b);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Percent-encode everything but unreserved characters.
pub fn url_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Split "?a=1&b=2" into decoded pairs (a leading '?' is optional).
pub fn split_query(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (url_decode(k), url_decode(v))
        })
        .collect()
}

/// Join pairs into "a=1&b=2".
pub fn join_query(pairs: &[(String, String)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| format!("{}={}", url_encode(k), url_encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// The result of decoding: the inputs, whether the pairs held any scenario
/// setting, and what was ignored.
#[derive(Clone, Debug, PartialEq)]
pub struct Decoded {
    pub inputs: Inputs,
    pub has_scenario: bool,
    pub notices: Vec<Notice>,
    /// Written by a newer version of the calculator (`s` or `v` above ours):
    /// what it holds may not all be understood here.
    pub newer: bool,
    /// The data version it was written with, when older than today's: its
    /// numbers are the defaults of that version, kept as they were.
    pub older_data: Option<u32>,
}

/// Rewrite the keys of an older schema into today's. Links without `s` are
/// hand-written and may use either generation of names, so they are migrated
/// as schema 1 (today's names pass through unchanged); `written` says the
/// app wrote the pairs (they carry `v` and `s`, as its links and saved state
/// always do): only those are given the costs a later schema added, at 0.
pub fn migrate(pairs: Vec<(String, String)>, from: u32, written: bool) -> Vec<(String, String)> {
    let mut pairs: Vec<(String, String)> = if from >= 2 {
        pairs
    } else {
        pairs
            .into_iter()
            .map(
                |(k, v)| match RENAMED_IN_2.iter().find(|(old, _)| *old == k) {
                    Some((_, new)) => (new.to_string(), v),
                    None => (k, v),
                },
            )
            .collect()
    };
    if written && from < 3 {
        for key in ADDED_IN_3 {
            if !pairs.iter().any(|(k, _)| k == key) {
                pairs.push((key.to_string(), "0".to_string()));
            }
        }
    }
    pairs
}

/// Build inputs from pairs. Selectors are applied first so that "values equal
/// to the default" are recognised against the right task, home and region.
/// A numeric value equal to today's default is kept as "default" (so it keeps
/// following the task and region); any other valid value is set.
pub fn decode(pairs: &[(String, String)]) -> Decoded {
    let mut notices = Vec::new();
    let mut has_scenario = false;
    let invalid = |k: &str, v: &str, reason: &str| Notice::Invalid {
        key: k.to_string(),
        value: v.to_string(),
        reason: reason.to_string(),
    };
    let named = pairs
        .iter()
        .rev()
        .find(|(k, _)| k == "s")
        .and_then(|(_, v)| v.trim().parse::<u32>().ok());
    let version = pairs
        .iter()
        .rev()
        .find(|(k, _)| k == "v")
        .and_then(|(_, v)| v.trim().parse::<u32>().ok());
    let newer =
        named.is_some_and(|s| s > SCHEMA_VERSION) || version.is_some_and(|v| v > DATA_VERSION);
    let written = named.is_some() && pairs.iter().any(|(k, _)| k == "v");
    let pairs = migrate(pairs.to_vec(), named.unwrap_or(1), written);
    let mut inputs = Inputs::default();
    // Pass 1: selectors (home before currency: home sets the default currency).
    let mut currency = None;
    for (k, v) in &pairs {
        let v = v.trim();
        let ok = match k.as_str() {
            "task" => Task::from_slug(v).map(|t| inputs.task = t).is_some(),
            "home" => Home::from_slug(v)
                .map(|h| {
                    inputs.home = h;
                    inputs.currency = super::data::home_currency(h);
                })
                .is_some(),
            "region" => Region::from_slug(v).map(|r| inputs.region = r).is_some(),
            "provider" => ProviderKind::from_slug(v)
                .map(|p| inputs.provider = p)
                .is_some(),
            "currency" => Currency::from_code(v).map(|c| currency = Some(c)).is_some(),
            _ => continue,
        };
        if ok {
            has_scenario = true;
        } else {
            notices.push(invalid(k, v, tr("not one of the choices.")));
        }
    }
    if let Some(c) = currency {
        inputs.currency = c;
    }
    // Pass 2: answers and numbers.
    let mut numbers = Vec::new();
    for (k, v) in &pairs {
        if matches!(
            k.as_str(),
            "task" | "home" | "region" | "provider" | "currency"
        ) {
            continue;
        }
        if k == "v" || k == "s" || PAGE_KEYS.contains(&k.as_str()) {
            continue;
        }
        if let Some(id) = k.strip_prefix("q-") {
            match (ITEMS.iter().any(|i| i.id == id), Answer::from_text(v)) {
                (true, Some(a)) => {
                    inputs.answers.set(id, a);
                    has_scenario = true;
                }
                (true, None) => notices.push(invalid(k, v, &answer_words())),
                (false, _) => notices.push(Notice::Unknown { key: k.clone() }),
            }
            continue;
        }
        match Field::from_key(k) {
            // Blank: the field keeps its default.
            Some(_) if v.trim().is_empty() => {}
            Some(f) => match parse_number(v, Decimal::Point) {
                Ok(p) => numbers.push((f, p.value, v.clone())),
                Err(e) => notices.push(invalid(k, v, &e.message(f.spec().unit))),
            },
            None => notices.push(Notice::Unknown { key: k.clone() }),
        }
    }
    // Numbers in the resolver's order. In the app's own links (they carry
    // `v`), a value equal to the default that applies at that point stays a
    // default, even if that default lies outside the typed range (as extreme
    // exchange rates can make it); in a hand-written link every value is set.
    let own_link = pairs.iter().any(|(k, _)| k == "v");
    for &f in RESOLVE_ORDER {
        if let Some((_, value, text)) = numbers.iter().rev().find(|(g, _, _)| *g == f) {
            has_scenario = true;
            let (_, defaults) = inputs.resolve_with_defaults();
            if own_link && same(defaults[f as usize], *value) {
                continue;
            }
            // Fx comes first in RESOLVE_ORDER: money ranges use the link's rate.
            match parse_field(f, text, Decimal::Point, inputs.fx()) {
                Ok(p) => inputs.set(f, p.map(|p| p.value)),
                Err(e) => notices.push(invalid(f.spec().key, text, &e.message(f.spec().unit))),
            }
        }
    }
    Decoded {
        inputs,
        has_scenario,
        notices,
        newer,
        older_data: version.filter(|v| *v < DATA_VERSION),
    }
}

/// Why a checklist answer in a link was refused: the answers it may hold.
/// Those words stay English (a link holds them so); the sentence is translated.
fn answer_words() -> String {
    trf(
        "answer {yes}, {partly}, {no} or {unsure}.",
        &[
            ("yes", Answer::Yes.word()),
            ("partly", Answer::Partly.word()),
            ("no", Answer::No.word()),
            ("unsure", Answer::NotSure.word()),
        ],
    )
}

/// Equal up to the rounding `encode` applies (10 significant digits).
fn same(a: f64, b: f64) -> bool {
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
        let v = inputs.get(f).unwrap_or(defaults[f as usize]);
        out.push((f.spec().key.into(), number_text(v)));
    }
    for (item, a) in ITEMS.iter().zip(inputs.answers.0.iter()) {
        if *a != Answer::Unanswered {
            out.push((format!("q-{}", item.id), a.word().into()));
        }
    }
    out.push(("v".into(), DATA_VERSION.to_string()));
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
    if inputs.currency != super::data::home_currency(inputs.home) {
        out.push(("currency".into(), inputs.currency.code().into()));
    }
    for &f in Field::ALL {
        if let Some(v) = inputs.get(f) {
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
