//! Export and import: the scenario as JSON (the codec's pairs) and as CSV
//! (inputs and every line item), and an imported JSON object back to pairs.

use super::cost::{compare, Scaled, Timing};
use super::num;
use super::outcomes::outcomes;
use super::parse::plain;
use super::query::{decode, encode, is_known_key, Decoded, Notice};
use super::scenario::Inputs;

/// JSON object of the same pairs (all values strings), for export.
pub fn to_json(pairs: &[(String, String)]) -> String {
    let esc = |s: &str| {
        let mut o = String::new();
        for c in s.chars() {
            match c {
                '"' => o.push_str("\\\""),
                '\\' => o.push_str("\\\\"),
                c if (c as u32) < 0x20 => o.push_str(&format!("\\u{:04x}", c as u32)),
                c => o.push(c),
            }
        }
        o
    };
    let body: Vec<String> = pairs
        .iter()
        .map(|(k, v)| format!("  \"{}\": \"{}\"", esc(k), esc(v)))
        .collect();
    format!("{{\n{}\n}}\n", body.join(",\n"))
}

/// CSV of inputs and results: a header row, one row per input and per line item.
pub fn to_csv(inputs: &Inputs) -> String {
    let s = inputs.resolve();
    let c = compare(&s);
    let cur = s.currency.code();
    let mut rows = vec!["section,item,timing,amount,total_over_horizon,unit".to_string()];
    let q = |t: &str| format!("\"{}\"", t.replace('"', "\"\""));
    for (k, v) in encode(inputs) {
        rows.push(format!("input,{},,{},,", q(&k), q(&v)));
    }
    for (side, items) in [
        ("in-house", &c.in_house.items),
        ("outsourced", &c.outsourced.items),
    ] {
        for it in items.iter() {
            let timing = match it.timing {
                Timing::Monthly => "monthly",
                Timing::Upfront => "month 1",
                Timing::AtExit => "last month",
            };
            rows.push(format!(
                "{side},{},{timing},{},{},{cur}",
                q(it.label),
                num::fixed(it.amount, 2),
                num::fixed(it.total, 2)
            ));
        }
    }
    let total = |name: &str, v: f64| format!("result,{},,,{},{cur}", q(name), num::fixed(v, 2));
    rows.push(total("In-house total", c.in_house.total));
    rows.push(total("Outsourced total", c.outsourced.total));
    rows.push(total("Saving", c.saving));
    let o = outcomes(inputs);
    rows.push(total("Saving, low end of the range", o.low));
    rows.push(total("Saving, high end of the range", o.high));
    rows.push(total(
        "Idle paid in-house hours over the horizon",
        c.idle_cost,
    ));
    let num = |v: Option<f64>| {
        v.map(|h| plain(h).replace(',', ""))
            .unwrap_or_else(|| "none".into())
    };
    let fact =
        |name: &str, v: Option<f64>, unit: &str| format!("result,{},,,{},{unit}", q(name), num(v));
    rows.push(fact("FTE costed", Some(c.fte), "FTE"));
    rows.push(fact("FTE the work needs", Some(c.fte_needed), "FTE"));
    rows.push(fact("Break-even hours per month", c.break_even_hours, "h"));
    let scaled = match c.break_even_scaled {
        Some(Scaled::At { hours, .. }) => Some(hours),
        _ => None,
    };
    if c.break_even_scaled.is_some() {
        rows.push(fact(
            "Break-even hours per month, staff scaled to the work",
            scaled,
            "h",
        ));
    }
    rows.push(fact(
        "Crossing month",
        c.crossing_month.map(f64::from),
        "month",
    ));
    rows.push(fact(
        "Rate at which the totals are equal",
        c.tips.rate,
        &format!("{cur}/h"),
    ));
    rows.push(fact(
        "Management hours at which the totals are equal",
        c.tips.mgmt,
        "h/week",
    ));
    rows.push(fact(
        "Rework at which the totals are equal",
        c.tips.rework,
        "%",
    ));
    rows.join("\n") + "\n"
}

/// A JSON value as the import sees it (the page parses with the browser's JSON).
#[derive(Clone, Debug, PartialEq)]
pub enum JsonValue {
    Str(String),
    Num(f64),
    /// Anything else, named for the notice ("object", "array", "boolean", "null").
    Other(&'static str),
}

/// Turn the entries of an imported JSON object into pairs; values of the
/// wrong type are reported and skipped.
pub fn pairs_from_json(entries: Vec<(String, JsonValue)>) -> (Vec<(String, String)>, Vec<Notice>) {
    let mut pairs = Vec::new();
    let mut notices = Vec::new();
    for (k, v) in entries {
        match v {
            JsonValue::Str(s) => pairs.push((k, s)),
            JsonValue::Num(n) if n.is_finite() => pairs.push((k, num::decimal(n))),
            JsonValue::Num(_) => notices.push(Notice::Invalid {
                key: k,
                value: "NaN".into(),
                reason: "not a number.".into(),
            }),
            JsonValue::Other(kind) => notices.push(Notice::Invalid {
                key: k,
                value: kind.into(),
                reason: "expected text or a number.".into(),
            }),
        }
    }
    (pairs, notices)
}

/// Decode an imported JSON object: its own notices first, then the codec's.
pub fn decode_json(entries: Vec<(String, JsonValue)>) -> Decoded {
    let (pairs, mut notices) = pairs_from_json(entries);
    let mut d = decode(&pairs);
    notices.append(&mut d.notices);
    d.notices = notices;
    d
}

/// Why an import was refused: the message, and what could not be used.
#[derive(Clone, Debug, PartialEq)]
pub struct Refused {
    pub message: String,
    pub notices: Vec<Notice>,
}

/// An import: refused, with the reason, when the file holds no usable
/// setting of the calculator (any other JSON file, such as a
/// `package.json`, or one whose every value is broken), so the scenario is
/// never replaced by defaults; otherwise the decoded scenario and what
/// could not be used.
pub fn import_json(entries: Vec<(String, JsonValue)>) -> Result<Decoded, Refused> {
    let keys: Vec<String> = entries.iter().take(4).map(|(k, _)| k.clone()).collect();
    let known = entries.iter().any(|(k, _)| is_known_key(k));
    let d = decode_json(entries);
    if d.has_scenario {
        return Ok(d);
    }
    let message = if keys.is_empty() {
        "Not imported: the file is empty. Your scenario is unchanged.".to_string()
    } else if !known {
        format!(
            "Not imported: this file is not a scenario from this calculator (it holds {}). Your scenario is unchanged.",
            keys.iter().map(|k| format!("“{}”", super::query::clip(k))).collect::<Vec<_>>().join(", ")
        )
    } else {
        "Not imported: none of the file's settings could be used. Your scenario is unchanged."
            .to_string()
    };
    Err(Refused {
        message,
        notices: d.notices,
    })
}
