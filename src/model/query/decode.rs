//! Pairs → inputs: which keys are known, what is ignored and why.

use super::codec::clip;
use super::encode::same;
use super::migrate::{migrate, SCHEMA_VERSION};
use crate::model::checklist::{index_of, Answer};
use crate::model::choices::{clean_name, Choice, Side, MAX_CHOICES};
use crate::model::data::{self, Currency, DATA_VERSION};
use crate::model::i18n::{self, tr, trf};
use crate::model::numbers::Local;
use crate::model::parse::{parse_field, parse_value, Decimal, PageCurrency};
use crate::model::regions::{Home, Region, Task};
use crate::model::scenario::{Field, Inputs, ProviderKind, RESOLVE_ORDER};

/// Parameters that belong to the page, not the scenario (ignored here, not flagged).
pub const PAGE_KEYS: &[&str] = &["embed", "theme", "accent", "title", "lang"];

/// A key the calculator reads: a selector, a field, a checklist answer, a
/// version or a page parameter.
pub fn is_known_key(k: &str) -> bool {
    matches!(
        k,
        "task" | "home" | "region" | "provider" | "currency" | "v" | "s"
    ) || PAGE_KEYS.contains(&k)
        || is_choice_key(k)
        || Field::from_key(k).is_some()
        || k.strip_prefix("q-")
            .is_some_and(|id| index_of(id).is_some())
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
    /// Something in option `n` of the comparison (`o1`…`o4`), said in full.
    InChoice {
        n: usize,
        words: String,
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
            Notice::InChoice { n, words } => trf(
                "Option {n} of the comparison: {words}",
                &[("n", &n.to_string()), ("words", words)],
            ),
        }
    }
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

/// Build inputs from pairs. Selectors are applied first so that "values equal
/// to the default" are recognised against the right task, home and region.
/// A numeric value equal to today's default is kept as "default" (so it keeps
/// following the task and region); any other valid value is set.
pub fn decode(pairs: &[(String, String)]) -> Decoded {
    // Its notices are words of the page, numbers written as its language does.
    let page = Local::new(i18n::language(), Currency::Usd);
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
                    inputs.currency = data::home_currency(h);
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
    // Software only where the task has a common tool; otherwise the link is
    // costed with a freelancer, and says so.
    if !inputs.provider.offered_for(inputs.task) {
        inputs.provider = ProviderKind::Freelancer;
        notices.push(invalid(
            "provider",
            ProviderKind::Software.slug(),
            tr("no common software does this task, so the option is not offered; a freelancer is costed instead."),
        ));
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
        if k == "v" || k == "s" || PAGE_KEYS.contains(&k.as_str()) || is_choice_key(k) {
            continue;
        }
        if let Some(id) = k.strip_prefix("q-") {
            match (index_of(id).is_some(), Answer::from_text(v)) {
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
            // Unit words are checked in the link's currency; the value is
            // read again below, at the link's exchange rate.
            Some(f) => match parse_value(f, v, Decimal::Point, PageCurrency::of(&inputs)) {
                Ok(_) => numbers.push((f, v.clone())),
                Err(e) => notices.push(invalid(k, v, &e.message(f.spec().unit, &page))),
            },
            None => notices.push(Notice::Unknown { key: k.clone() }),
        }
    }
    // Numbers in the resolver's order. In the app's own links (they carry
    // `v`), a value equal to the default that applies at that point stays a
    // default, even if that default lies outside the typed range (as extreme
    // exchange rates can make it); in a hand-written link every value is set.
    let own_link = pairs.iter().any(|(k, _)| k == "v");
    // The app's own links keep the rules of the data version they were
    // written with, so their numbers stay as they were.
    if let Some(v) = version.filter(|v| own_link && *v < DATA_VERSION) {
        inputs.rules = v.max(1);
    }
    for &f in RESOLVE_ORDER {
        if let Some((_, text)) = numbers.iter().rev().find(|(g, _)| *g == f) {
            has_scenario = true;
            // Fx comes first in RESOLVE_ORDER: money ranges and amounts in
            // another currency use the link's rate.
            let money = PageCurrency::of(&inputs);
            let (_, defaults) = inputs.resolve_with_defaults();
            let value = parse_value(f, text, Decimal::Point, money)
                .ok()
                .flatten()
                .map(|p| p.value);
            if own_link && value.is_some_and(|v| same(defaults[f as usize], v)) {
                continue;
            }
            match parse_field(f, text, Decimal::Point, money) {
                Ok(p) => inputs.set(f, p.map(|p| p.value)),
                Err(e) => notices.push(invalid(
                    f.spec().key,
                    text,
                    &e.message(f.spec().unit, &page),
                )),
            }
        }
    }
    if pairs.iter().any(|(k, _)| is_choice_key(k)) {
        let (choices, editing, said) = decode_choices(&pairs);
        has_scenario |= !choices.is_empty();
        inputs.choices = std::sync::Arc::new(choices);
        inputs.editing = editing;
        notices.extend(said);
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

// The options set side by side, in a link: each as what it changes in the
// link's own scenario, so four options stay short enough to paste.
//
// `o1`…`o4` hold an option each: its side (`h` a hire, `o` outsourced),
// then `~key_value` for each of its pairs that is not the link's own
// (`~key_` drops a pair the link has and the option has not). `o1n`…`o4n`
// hold a name the reader gave; `oe` the option the screen is editing.

/// A key of the options: `o1`…`o4`, `o1n`…`o4n` or `oe`.
pub fn is_choice_key(k: &str) -> bool {
    let slot = |d: &str| matches!(d, "1" | "2" | "3" | "4");
    k == "oe"
        || k.strip_prefix('o')
            .is_some_and(|d| slot(d) || d.strip_suffix('n').is_some_and(slot))
}

/// The options a link holds, the one being edited, and what could not be
/// used (each notice names its option).
pub fn decode_choices(pairs: &[(String, String)]) -> (Vec<Choice>, Option<usize>, Vec<Notice>) {
    let last = |key: &str| pairs.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v);
    let base: Vec<(String, String)> = pairs
        .iter()
        .filter(|(k, _)| !is_choice_key(k))
        .cloned()
        .collect();
    let mut choices = Vec::new();
    let mut notices = Vec::new();
    let mut slots = Vec::new();
    for n in 1..=MAX_CHOICES {
        let key = format!("o{n}");
        let Some(text) = last(&key) else { continue };
        let mut items = text.split('~');
        let Some(side) = items.next().and_then(|s| Side::from_code(s.trim())) else {
            notices.push(Notice::Invalid {
                key,
                value: text.clone(),
                reason: crate::model::i18n::tr("not an option this calculator wrote.").into(),
            });
            continue;
        };
        let mut merged = base.clone();
        let mut own = Vec::new();
        for item in items.filter(|i| !i.is_empty()) {
            let Some((k, v)) = item.split_once('_') else {
                notices.push(Notice::InChoice {
                    n,
                    words: Notice::Invalid {
                        key: key.clone(),
                        value: item.to_string(),
                        reason: tr("not an option this calculator wrote.").into(),
                    }
                    .message(),
                });
                continue;
            };
            merged.retain(|(bk, _)| bk != k);
            if !v.is_empty() {
                merged.push((k.to_string(), v.to_string()));
            }
            own.push(k.to_string());
        }
        // What the link itself carries is said once, for the link; an
        // option speaks only of its own settings.
        let d = decode(&merged);
        for notice in d.notices {
            let about = match &notice {
                Notice::Unknown { key } | Notice::Invalid { key, .. } => Some(key),
                Notice::InChoice { .. } => None,
            };
            if about.is_some_and(|k| own.contains(k)) {
                notices.push(Notice::InChoice {
                    n,
                    words: notice.message(),
                });
            }
        }
        choices.push(Choice {
            name: last(&format!("o{n}n")).and_then(|t| clean_name(t)),
            side,
            inputs: d.inputs.alone(),
        });
        slots.push(n);
    }
    // `oe` names a slot; the options are numbered again without gaps.
    let editing = last("oe")
        .and_then(|v| v.trim().parse::<usize>().ok())
        .and_then(|slot| slots.iter().position(|&s| s == slot));
    (choices, editing, notices)
}
