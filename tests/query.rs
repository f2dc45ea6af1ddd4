//! Host tests of the link / saved-state / JSON codec.
#![cfg(not(target_arch = "wasm32"))]

use outsource_check::model::checklist::Answer;
use outsource_check::model::data::{Currency, DATA_VERSION};
use outsource_check::model::export::{to_csv, ExportFile};
use outsource_check::model::query::{
    decode, encode, encode_short, join_query, split_query, Notice,
};
use outsource_check::model::scenario::Group;
use outsource_check::model::{compare, Field, Home, Inputs, ProviderKind, Region, Task};
use proptest::prelude::*;

mod common;
use common::arb_inputs;

fn from(q: &str) -> outsource_check::model::query::Decoded {
    decode(&split_query(q))
}

#[test]
fn a_hand_written_preset_link_applies_and_leaves_the_rest_default() {
    let d = from("?task=bookkeeping&hours=40&home=us&region=southeast-asia&rate=12");
    assert!(d.notices.is_empty(), "{:?}", d.notices);
    assert!(d.has_scenario);
    let i = &d.inputs;
    assert_eq!(
        (i.task, i.home, i.region),
        (Task::Bookkeeping, Home::Us, Region::SoutheastAsia)
    );
    assert_eq!(i.get(Field::Hours), Some(40.0));
    assert_eq!(i.get(Field::Rate), Some(12.0));
    assert_eq!(i.get(Field::Salary), None);
}

#[test]
fn unknown_and_invalid_parameters_are_named_and_the_rest_applies() {
    let d =
        from("task=seo&hourz=3&hours=abc&region=mars&oncost=150&q-judge=maybe&q-nope=yes&rate=20");
    assert_eq!(d.inputs.task, Task::Seo);
    assert_eq!(d.inputs.get(Field::Rate), Some(20.0));
    let msgs: Vec<String> = d.notices.iter().map(Notice::message).collect();
    assert_eq!(msgs.len(), 6, "{msgs:?}");
    assert!(msgs.iter().any(|m| m.contains("“hourz”")));
    assert!(msgs
        .iter()
        .any(|m| m.contains("hours=abc") && m.contains("Not a number")));
    assert!(msgs.iter().any(|m| m.contains("region=mars")));
    assert!(msgs
        .iter()
        .any(|m| m.contains("oncost=150") && m.contains("at most 100%")));
    assert!(msgs.iter().any(|m| m.contains("q-judge=maybe")));
    assert!(msgs.iter().any(|m| m.contains("“q-nope”")));
}

#[test]
fn page_parameters_are_not_a_scenario() {
    let d = from("embed=1");
    assert!(!d.has_scenario && d.notices.is_empty());
}

#[test]
fn the_apps_own_link_carries_every_input_and_round_trips() {
    let mut i = Inputs::new(Task::Content, Home::Uk, Region::EasternEurope)
        .with(Field::Hours, 55.5)
        .with(Field::Salary, 41_000.0)
        .with(Field::Rework, 12.5);
    i.provider = ProviderKind::Agency;
    i.answers.set("describe", Answer::Partly);
    i.answers.set("exit-clause", Answer::NotSure);
    let pairs = encode(&i);
    // Every field the option costs; the software fields only for software.
    for f in Field::ALL {
        assert_eq!(
            pairs.iter().any(|(k, _)| k == f.spec().key),
            f.spec().group != Group::Software,
            "{f:?}"
        );
    }
    assert!(pairs
        .iter()
        .any(|(k, v)| k == "v" && v == &DATA_VERSION.to_string()));
    let back = decode(&split_query(&join_query(&pairs)));
    assert!(back.notices.is_empty(), "{:?}", back.notices);
    assert_eq!(
        back.inputs, i,
        "typed fields stay typed, defaults stay defaults"
    );
}

#[test]
fn a_link_keeps_its_numbers_when_a_default_would_differ() {
    // A link made when the salary default was 99,999 keeps that salary.
    let d = from("task=web-dev&home=us&salary=99999&v=1&s=1");
    assert_eq!(d.inputs.get(Field::Salary), Some(99_999.0));
}

#[test]
fn short_links_carry_only_what_differs() {
    let i = Inputs::default().with(Field::Hours, 20.0);
    let q = join_query(&encode_short(&i));
    assert_eq!(q, "task=web-dev&home=us&region=latin-america&hours=20");
    let mut eur = Inputs::default();
    eur.currency = Currency::Eur;
    assert!(join_query(&encode_short(&eur)).contains("currency=EUR"));
}

#[test]
fn encoding_escapes_and_decoding_unescapes() {
    let pairs = split_query("a%20b=c%26d&x=1+2&bad=%zz&trail=%4");
    assert_eq!(pairs[0], ("a b".into(), "c&d".into()));
    assert_eq!(pairs[1], ("x".into(), "1 2".into()));
    assert_eq!(pairs[2].1, "%zz");
    assert_eq!(pairs[3].1, "%4");
}

#[test]
fn json_and_csv_exports() {
    let i = Inputs::default().with(Field::Hours, 10.0);
    let json = serde_json::to_string_pretty(&ExportFile(&encode(&i))).unwrap();
    assert!(json.starts_with("{\n  \"task\": \"web-dev\""));
    assert!(json.contains("\"hours\": \"10\""));
    let csv = to_csv(&i);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "section,item,timing,amount,total_over_horizon,unit"
    );
    let c = compare(&i.resolve());
    let items = c.in_house.items.len() + c.outsourced.items.len();
    assert_eq!(
        lines
            .iter()
            .filter(|l| l.starts_with("in-house,") || l.starts_with("outsourced,"))
            .count(),
        items
    );
    assert!(lines.iter().any(|l| l.starts_with("result,\"Saving\"")));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]
    #[test]
    fn encode_decode_keeps_the_numbers(i in arb_inputs()) {
        let back = decode(&split_query(&join_query(&encode(&i))));
        prop_assert!(back.notices.is_empty(), "{:?}", back.notices);
        let (a, b) = (compare(&i.resolve()), compare(&back.inputs.resolve()));
        let close = |x: f64, y: f64| (x - y).abs() <= 1e-6 * (1.0 + x.abs().max(y.abs()));
        prop_assert!(close(a.in_house.total, b.in_house.total), "{} {}", a.in_house.total, b.in_house.total);
        prop_assert!(close(a.outsourced.total, b.outsourced.total));
        prop_assert_eq!(i.answers, back.inputs.answers);
    }
}

#[test]
fn json_import_takes_strings_and_numbers_and_names_wrong_types() {
    use outsource_check::model::export::{decode_json, JsonValue};
    let d = decode_json(vec![
        ("task".into(), JsonValue::Str("seo".into())),
        ("hours".into(), JsonValue::Num(33.0)),
        ("rate".into(), JsonValue::Other("object")),
        ("salary".into(), JsonValue::Other("null")),
    ]);
    assert_eq!(d.inputs.task, Task::Seo);
    assert_eq!(d.inputs.get(Field::Hours), Some(33.0));
    assert_eq!(d.notices.len(), 2);
    assert!(d.notices[0].message().contains("rate=object"));
}

#[test]
fn a_hand_written_value_equal_to_the_default_is_still_shown_as_set() {
    // SEO's default is 30 h/month: a blog author's hours=30 stays visible.
    assert_eq!(
        from("task=seo&hours=30").inputs.get(Field::Hours),
        Some(30.0)
    );
    assert_eq!(from("task=seo&hours=30&v=1").inputs.get(Field::Hours), None);
}

#[test]
fn an_import_that_is_not_a_scenario_is_refused() {
    use outsource_check::model::export::{import_json, JsonValue};
    let package = vec![
        ("name".to_string(), JsonValue::Str("outsource-check".into())),
        ("version".to_string(), JsonValue::Str("1.0.0".into())),
        ("scripts".to_string(), JsonValue::Other("object")),
    ];
    let err = import_json(package).unwrap_err().message;
    assert!(
        err.contains("not a scenario") && err.contains("“name”"),
        "{err}"
    );
    assert!(import_json(vec![]).unwrap_err().message.contains("empty"));
    // The calculator's keys with only broken values: refused too, saying why.
    let broken = import_json(vec![
        ("hours".to_string(), JsonValue::Other("object")),
        ("rate".to_string(), JsonValue::Str("nine".into())),
    ])
    .unwrap_err();
    assert!(broken.message.contains("none of the file's settings"));
    assert_eq!(broken.notices.len(), 2);
    let ok = import_json(vec![("task".to_string(), JsonValue::Str("seo".into()))]).unwrap();
    assert!(ok.has_scenario);
}

#[test]
fn a_hand_written_link_with_unit_words_converts_or_names_them() {
    // A week's hours in hours per month; euros on a dollar page.
    let d = from("hours=40%2Fweek&salary=4000%20per%20month&rate=50%20EUR");
    assert!(d.notices.is_empty(), "{:?}", d.notices);
    assert_eq!(d.inputs.get(Field::Hours), Some(40.0 * 52.0 / 12.0));
    assert_eq!(d.inputs.get(Field::Salary), Some(48000.0));
    assert_eq!(d.inputs.get(Field::Rate), Some(50.0 / 0.851));
    // The link's own currency and rate: dollars on a euro page at fx=0.9.
    let d = from("currency=EUR&fx=0.9&rate=%2445");
    assert_eq!(d.inputs.get(Field::Rate), Some(45.0 * 0.9));
    // Refused, naming the word; the field keeps its default.
    let d = from("months=24%20hours&hours=3%20people");
    assert_eq!(d.inputs.get(Field::Horizon), None);
    let said: Vec<String> = d.notices.iter().map(Notice::message).collect();
    assert_eq!(
        said,
        [
            "Ignored months=24 hours: “hours” is not a number of months.",
            "Ignored hours=3 people: “people” is not a unit this field understands: type a number of hours per month.",
        ]
    );
}
