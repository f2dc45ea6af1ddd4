//! Export and import: the scenario as JSON (the codec's pairs) and as CSV
//! (inputs and every line item), and an imported JSON object back to pairs.

use super::choices::board;
use super::cost::{compare, Scaled, Timing};
use super::i18n::{tr, trf};
use super::num;
use super::outcomes::outcomes;
use super::parse::plain;
use super::query::{decode, encode, is_known_key, Decoded, Notice};
use super::scenario::Inputs;
use serde::de::{Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, Serializer};

/// The exported file: one JSON object of the codec's pairs, in the codec's
/// order, every value a string (`{"task": "web-dev", "hours": "80", …}`).
pub struct ExportFile<'a>(pub &'a [(String, String)]);

impl Serialize for ExportFile<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

/// A CSV cell of our own words: quoted only when it must be, so the English
/// headings stay bare and a translation with a comma stays one cell.
fn cell(t: &str) -> String {
    if t.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", t.replace('"', "\"\""))
    } else {
        t.to_string()
    }
}

/// CSV of inputs and results: a header row, one row per input and per line
/// item. Headings, sections, timings, names and units are in the language in
/// use; input keys and values are the link's.
pub fn to_csv(inputs: &Inputs) -> String {
    let s = inputs.resolve();
    let c = compare(&s);
    let cur = s.currency.code();
    let heading = [
        tr("section"),
        tr("item"),
        tr("timing"),
        tr("amount"),
        tr("total_over_horizon"),
        tr("unit"),
    ];
    let mut rows = vec![heading.map(cell).join(",")];
    let q = |t: &str| format!("\"{}\"", t.replace('"', "\"\""));
    let input = cell(tr("input"));
    for (k, v) in encode(inputs) {
        rows.push(format!("{input},{},,{},,", q(&k), q(&v)));
    }
    for (side, items) in [
        (tr("in-house"), &c.in_house.items),
        (tr("outsourced"), &c.outsourced.items),
    ] {
        let side = cell(side);
        for it in items.iter() {
            let timing = cell(match it.timing {
                Timing::Monthly => tr("monthly"),
                Timing::Upfront => tr("month 1"),
                Timing::AtExit => tr("last month"),
            });
            rows.push(format!(
                "{side},{},{timing},{},{},{cur}",
                q(it.label),
                num::fixed(it.amount, 2),
                num::fixed(it.total, 2)
            ));
        }
    }
    let result = cell(tr("result"));
    let total = |name: &str, v: f64| format!("{result},{},,,{},{cur}", q(name), num::fixed(v, 2));
    rows.push(total(tr("In-house total"), c.in_house.total));
    rows.push(total(tr("Outsourced total"), c.outsourced.total));
    rows.push(total(tr("Saving"), c.saving));
    let o = outcomes(inputs);
    rows.push(total(tr("Saving, low end of the range"), o.low));
    rows.push(total(tr("Saving, high end of the range"), o.high));
    rows.push(total(
        tr("Idle paid in-house hours over the horizon"),
        c.idle_cost,
    ));
    let num = |v: Option<f64>| {
        v.map(|h| plain(h).replace(',', ""))
            .unwrap_or_else(|| cell(tr("none")))
    };
    let fact = |name: &str, v: Option<f64>, unit: &str| {
        format!("{result},{},,,{},{}", q(name), num(v), cell(unit))
    };
    rows.push(fact(tr("FTE costed"), Some(c.fte), tr("FTE")));
    rows.push(fact(
        tr("FTE the work needs"),
        Some(c.fte_needed),
        tr("FTE"),
    ));
    rows.push(fact(
        tr("Break-even hours per month"),
        c.break_even_hours,
        tr("h"),
    ));
    let scaled = match c.break_even_scaled {
        Some(Scaled::At { hours, .. }) => Some(hours),
        _ => None,
    };
    if c.break_even_scaled.is_some() {
        rows.push(fact(
            tr("Break-even hours per month, staff scaled to the work"),
            scaled,
            tr("h"),
        ));
    }
    rows.push(fact(
        tr("Crossing month"),
        c.crossing_month.map(f64::from),
        tr("month"),
    ));
    rows.push(fact(
        tr("Rate at which the totals are equal"),
        c.tips.rate,
        &trf("{currency}/h", &[("currency", cur)]),
    ));
    rows.push(fact(
        tr("Management hours at which the totals are equal"),
        c.tips.mgmt,
        tr("h/week"),
    ));
    rows.push(fact(
        tr("Rework at which the totals are equal"),
        c.tips.rework,
        "%",
    ));
    rows.extend(comparison_rows(inputs));
    rows.join("\n") + "\n"
}

/// The options side by side, in the CSV: each one's total over its horizon
/// (amount: per month), its range's ends and the cheapest.
fn comparison_rows(inputs: &Inputs) -> Vec<String> {
    let b = board(&inputs.choices);
    let section = cell(tr("comparison"));
    let q = |t: &str| format!("\"{}\"", t.replace('"', "\"\""));
    let mut rows = Vec::new();
    for (n, r) in b.rows.iter().enumerate() {
        let cur = r.currency.code();
        let name = format!("{}. {}", n + 1, r.name);
        let monthly = cell(tr("monthly"));
        rows.push(format!(
            "{section},{},{monthly},{},{},{cur}",
            q(&name),
            num::fixed(r.per_month, 2),
            num::fixed(r.total, 2)
        ));
        for (end, v) in [
            (tr("low end of the range"), r.low),
            (tr("high end of the range"), r.high),
        ] {
            rows.push(format!(
                "{section},{},,,{},{cur}",
                q(&trf("{name}, {end}", &[("name", &name), ("end", end)])),
                num::fixed(v, 2)
            ));
        }
    }
    if let Some(k) = b.cheapest {
        let mut verdict = trf(
            "Cheapest on cost: {name}.",
            &[("name", &format!("{}. {}", k + 1, b.rows[k].name))],
        );
        if b.too_close {
            verdict = format!(
                "{verdict} {}",
                tr("Too close to call on cost: decide on readiness.")
            );
        }
        rows.push(format!("{section},{},,,,", q(&verdict)));
    }
    rows
}

/// A JSON value as the import sees it: text or a number is a setting;
/// anything else is named in the notice that refuses it.
#[derive(Clone, Debug, PartialEq)]
pub enum JsonValue {
    Str(String),
    Num(f64),
    /// Anything else, named for the notice ("object", "array", "boolean", "null").
    Other(&'static str),
}

impl<'de> Deserialize<'de> for JsonValue {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = JsonValue;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON value")
            }
            fn visit_str<E>(self, v: &str) -> Result<JsonValue, E> {
                Ok(JsonValue::Str(v.to_string()))
            }
            fn visit_string<E>(self, v: String) -> Result<JsonValue, E> {
                Ok(JsonValue::Str(v))
            }
            fn visit_f64<E>(self, v: f64) -> Result<JsonValue, E> {
                Ok(JsonValue::Num(v))
            }
            fn visit_i64<E>(self, v: i64) -> Result<JsonValue, E> {
                Ok(JsonValue::Num(v as f64))
            }
            fn visit_u64<E>(self, v: u64) -> Result<JsonValue, E> {
                Ok(JsonValue::Num(v as f64))
            }
            fn visit_bool<E>(self, _: bool) -> Result<JsonValue, E> {
                Ok(JsonValue::Other("boolean"))
            }
            fn visit_unit<E>(self) -> Result<JsonValue, E> {
                Ok(JsonValue::Other("null"))
            }
            fn visit_none<E>(self) -> Result<JsonValue, E> {
                Ok(JsonValue::Other("null"))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut a: A) -> Result<JsonValue, A::Error> {
                while a.next_element::<IgnoredAny>()?.is_some() {}
                Ok(JsonValue::Other("array"))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut a: A) -> Result<JsonValue, A::Error> {
                while a.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(JsonValue::Other("object"))
            }
        }
        d.deserialize_any(V)
    }
}

/// An imported file: one JSON object, its entries in the file's order
/// (anything but an object is refused by the deserializer).
#[derive(Debug, PartialEq)]
pub struct ImportFile(pub Vec<(String, JsonValue)>);

impl<'de> Deserialize<'de> for ImportFile {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = ImportFile;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut a: A) -> Result<ImportFile, A::Error> {
                let mut entries = Vec::new();
                while let Some(e) = a.next_entry::<String, JsonValue>()? {
                    entries.push(e);
                }
                Ok(ImportFile(entries))
            }
        }
        d.deserialize_map(V)
    }
}

/// Why an imported file could not be read, in words.
pub fn unreadable_file(not_json: bool) -> String {
    if not_json {
        tr("That file is not valid JSON.").into()
    } else {
        tr("That file does not hold a scenario (expected a JSON object).").into()
    }
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
                reason: tr("not a number.").into(),
            }),
            JsonValue::Other(kind) => notices.push(Notice::Invalid {
                key: k,
                value: kind.into(),
                reason: tr("expected text or a number.").into(),
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
        tr("Not imported: the file is empty. Your scenario is unchanged.").to_string()
    } else if !known {
        let keys = keys
            .iter()
            .map(|k| trf("“{key}”", &[("key", &super::query::clip(k))]))
            .collect::<Vec<_>>()
            .join(", ");
        trf(
            "Not imported: this file is not a scenario from this calculator (it holds {keys}). Your scenario is unchanged.",
            &[("keys", &keys)],
        )
    } else {
        tr("Not imported: none of the file's settings could be used. Your scenario is unchanged.")
            .to_string()
    };
    Err(Refused {
        message,
        notices: d.notices,
    })
}
