//! Fuzz smoke: well over 10^5 proptest cases over URL parameters, saved state,
//! JSON import, the parser and the form, with zero panics and nothing
//! non-finite reaching a figure. Longer: `FUZZ_SCALE=20 cargo test --release --test fuzz`
//! (20× every case count).
#![cfg(not(target_arch = "wasm32"))]

use outsource_check::model::checklist::{Answer, ITEMS};
use outsource_check::model::export::{decode_json, JsonValue};
use outsource_check::model::form::{Action, Form};
use outsource_check::model::parse::{parse_field, parse_number, Decimal, PageCurrency};
use outsource_check::model::query::{decode, encode, join_query, split_query};
use outsource_check::model::{compare, compare_regions, Field, Home, Inputs, Region, Task};
use proptest::prelude::*;

mod common;
use common::arb_inputs;

/// Case count × `FUZZ_SCALE` (default 1).
fn cases(n: u32) -> u32 {
    n * std::env::var("FUZZ_SCALE")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1)
}

const HOSTILE: &[&str] = &[
    "",
    " ",
    "-5",
    "0",
    "abc",
    "1e309",
    "NaN",
    "Infinity",
    "-Infinity",
    "1,234.5",
    "1.234,5",
    "€1.234,50",
    "45/h",
    "10^12",
    "١٢٣",
    "४५",
    "４５",
    "+7",
    "150%",
    "-0",
    "0x10",
    "1..2",
    "%",
    "%%41",
    "\u{0}",
    "🙂",
    "1.234",
    "1,234",
    "99999999999999999999999",
    "0.0000000001",
    "  12  ",
    "12 345,6",
    "1'234",
    "k",
    "5k",
];

fn keys() -> Vec<String> {
    let mut k: Vec<String> = Field::ALL
        .iter()
        .map(|f| f.spec().key.to_string())
        .collect();
    k.extend(
        [
            "task",
            "home",
            "region",
            "provider",
            "currency",
            "v",
            "s",
            "embed",
            "superv",
            "onboardwk",
        ]
        .map(String::from),
    );
    k.extend(ITEMS.iter().map(|i| format!("q-{}", i.id)));
    k
}

fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(HOSTILE).prop_map(String::from),
        ".{0,12}",
        "[0-9.,+\\- ]{0,10}",
        (0.0f64..1e7).prop_map(|v| v.to_string()),
        prop::sample::select(vec![
            "yes",
            "no",
            "partly",
            "unsure",
            "web-dev",
            "uk",
            "agency",
            "EUR",
            "south-asia",
            "1",
            "2",
            "0"
        ])
        .prop_map(String::from),
    ]
}

fn key() -> impl Strategy<Value = String> {
    prop_oneof![4 => prop::sample::select(keys()), 1 => ".{0,8}"]
}

#[track_caller]
fn all_finite(inputs: &Inputs) {
    let s = inputs.resolve();
    let c = compare(&s);
    let figures = [
        c.in_house.total,
        c.outsourced.total,
        c.saving,
        c.saving_share,
        c.in_house.per_month,
        c.outsourced.per_month,
        c.in_house.per_delivered_hour,
        c.outsourced.per_delivered_hour,
        c.idle_hours_per_month,
        c.capacity_hours_per_month,
        c.fair.fair_low,
        c.fair.fair_high,
        c.fair.break_even,
        c.fair.entered,
        c.fair.market,
    ];
    assert!(
        figures.iter().all(|v| v.is_finite()),
        "{figures:?} for {s:?}"
    );
    assert!(c.break_even_hours.is_none_or(f64::is_finite));
    for row in compare_regions(inputs) {
        assert!(row.outsourced_total.is_finite() && row.saving.is_finite() && row.rate.is_finite());
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(40_000), ..ProptestConfig::default() })]

    #[test]
    fn any_text_parses_or_is_flagged(text in prop_oneof![prop::sample::select(HOSTILE).prop_map(String::from), ".{0,80}", "\\PC{0,30}"], comma in any::<bool>()) {
        let locale = if comma { Decimal::Comma } else { Decimal::Point };
        if let Ok(p) = parse_number(&text, locale) {
            prop_assert!(p.value.is_finite() && p.value >= 0.0);
        }
        for f in Field::ALL {
            if let Ok(Some(p)) = parse_field(*f, &text, locale, PageCurrency::usd()) {
                prop_assert!(p.value >= f.spec().min && p.value <= f.spec().max);
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(30_000), ..ProptestConfig::default() })]

    #[test]
    fn url_parameters_with_hostile_values(pairs in prop::collection::vec((key(), value()), 0..12)) {
        let q = join_query(&pairs);
        let d = decode(&split_query(&q));
        all_finite(&d.inputs);
        // Raw (unencoded) text too: '&', '=' and '%' in odd places.
        let raw: String = pairs.iter().map(|(k, v)| format!("{k}={v}&")).collect();
        all_finite(&decode(&split_query(&raw)).inputs);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(20_000), ..ProptestConfig::default() })]

    #[test]
    fn truncated_and_reordered_saved_state(i in arb_inputs(), cut in 0.0f64..1.0, seed in any::<u64>()) {
        let mut pairs = encode(&i);
        // Reorder deterministically from the seed.
        let n = pairs.len();
        for k in 0..n {
            let j = ((seed >> (k % 60)) as usize + k * 7) % n;
            pairs.swap(k, j);
        }
        let saved = join_query(&pairs);
        let mut end = ((saved.len() as f64) * cut) as usize;
        while !saved.is_char_boundary(end) { end -= 1; }
        let d = decode(&split_query(&saved[..end]));
        all_finite(&d.inputs);
        // Untruncated but reordered: the same numbers.
        let whole = decode(&split_query(&saved));
        prop_assert!(whole.notices.is_empty(), "{:?} from {}", whole.notices, saved);
        let (a, b) = (compare(&i.resolve()), compare(&whole.inputs.resolve()));
        prop_assert!((a.outsourced.total - b.outsourced.total).abs() <= 1e-6 * a.outsourced.total.abs().max(1.0));
    }
}

fn json_value() -> impl Strategy<Value = JsonValue> {
    prop_oneof![
        value().prop_map(JsonValue::Str),
        any::<f64>().prop_map(JsonValue::Num),
        prop::sample::select(vec!["object", "array", "boolean", "null"]).prop_map(JsonValue::Other),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(15_000), ..ProptestConfig::default() })]

    #[test]
    fn json_import_with_wrong_types(entries in prop::collection::vec((key(), json_value()), 0..12)) {
        let d = decode_json(entries);
        all_finite(&d.inputs);
    }
}

fn action() -> impl Strategy<Value = Action> {
    prop_oneof![
        6 => (0..Field::ALL.len(), value()).prop_map(|(f, t)| Action::Text(Field::ALL[f], t)),
        1 => (0..10usize).prop_map(|t| Action::Task(Task::ALL[t])),
        1 => (0..8usize).prop_map(|h| Action::Home(Home::ALL[h])),
        1 => (0..9usize).prop_map(|r| Action::PickRegion(Region::ALL[r])),
        1 => (0..12usize).prop_map(|c| Action::Currency(outsource_check::model::data::Currency::ALL[c])),
        1 => (0..ITEMS.len(), 0..5usize).prop_map(|(i, a)| Action::Answer(i, Answer::ALL[a])),
        1 => Just(Action::Reset),
        1 => Just(Action::Undo),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(5_000), ..ProptestConfig::default() })]

    #[test]
    fn any_sequence_of_edits(actions in prop::collection::vec(action(), 0..20)) {
        let mut form = Form::new(Inputs::default(), Decimal::Point);
        for a in actions {
            form.apply(a);
            all_finite(&form.inputs);
        }
    }
}
