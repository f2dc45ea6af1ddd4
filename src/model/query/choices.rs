//! The options set side by side, in a link: each as what it changes in the
//! link's own scenario, so four options stay short enough to paste.
//!
//! `o1`…`o4` hold an option each: its side (`h` a hire, `o` outsourced),
//! then `~key_value` for each of its pairs that is not the link's own
//! (`~key_` drops a pair the link has and the option has not). `o1n`…`o4n`
//! hold a name the reader gave; `oe` the option the screen is editing.

use super::decode::{decode, Notice};
use crate::model::choices::{clean_name, Choice, Side, MAX_CHOICES};
use crate::model::Inputs;

/// A key of the options: `o1`…`o4`, `o1n`…`o4n` or `oe`.
pub fn is_choice_key(k: &str) -> bool {
    let slot = |d: &str| matches!(d, "1" | "2" | "3" | "4");
    k == "oe"
        || k.strip_prefix('o')
            .is_some_and(|d| slot(d) || d.strip_suffix('n').is_some_and(slot))
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
    if let Some(e) = inputs.editing.filter(|&e| e < out.len().min(MAX_CHOICES)) {
        out.push(("oe".into(), (e + 1).to_string()));
    }
    out
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
        for item in items.filter(|i| !i.is_empty()) {
            let (k, v) = item.split_once('_').unwrap_or((item, ""));
            merged.retain(|(bk, _)| bk != k);
            if !v.is_empty() {
                merged.push((k.to_string(), v.to_string()));
            }
        }
        let d = decode(&merged);
        for notice in d.notices {
            notices.push(Notice::InChoice {
                n,
                words: notice.message(),
            });
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
