#![cfg(not(target_arch = "wasm32"))]
//! The JSON files the app writes and reads, through their serde types: an
//! export reads back as the same scenario, an import that is not a scenario
//! is refused with its reason, and a value of the wrong type is named. The
//! page's wire is the browser's JSON (`ui::json`); serde_json stands in here.

use outsource_check::model::export::{
    import_json, unreadable_file, ExportFile, ImportFile, JsonValue,
};
use outsource_check::model::query::{decode, encode, Notice};
use outsource_check::model::{Field, Inputs, Task};

/// As the page exports: two-space indents, a final newline.
fn to_json(pairs: &[(String, String)]) -> String {
    serde_json::to_string_pretty(&ExportFile(pairs)).unwrap() + "\n"
}

/// As the page reads an imported file.
fn read_json(text: &str) -> Result<Vec<(String, JsonValue)>, String> {
    serde_json::from_str::<ImportFile>(text)
        .map(|f| f.0)
        .map_err(|e| unreadable_file(!e.is_data()))
}

fn import(text: &str) -> Result<outsource_check::model::query::Decoded, String> {
    import_json(read_json(text)?).map_err(|r| r.message)
}

#[test]
fn an_export_reads_back_as_the_same_scenario_in_the_same_order() {
    let mut i = Inputs::default();
    i.task = Task::Bookkeeping;
    i.set(Field::Hours, Some(42.5));
    let pairs = encode(&i);
    let text = to_json(&pairs);
    assert!(
        text.starts_with("{\n  \"task\": \"bookkeeping\",\n"),
        "{text}"
    );
    assert!(text.ends_with("}\n"));
    let entries = read_json(&text).unwrap();
    let back: Vec<(String, String)> = entries
        .into_iter()
        .map(|(k, v)| match v {
            JsonValue::Str(s) => (k, s),
            other => panic!("{k}: {other:?}"),
        })
        .collect();
    assert_eq!(back, pairs);
    assert_eq!(import(&text).unwrap().inputs, decode(&pairs).inputs);
}

#[test]
fn text_that_needs_escaping_survives_the_round_trip() {
    let pairs = vec![("task".to_string(), "a\"b\\c\nd\u{1}é".to_string())];
    let entries = read_json(&to_json(&pairs)).unwrap();
    assert_eq!(
        entries,
        [("task".to_string(), JsonValue::Str(pairs[0].1.clone()))]
    );
}

#[test]
fn numbers_are_settings_and_other_values_are_named() {
    let d = import(r#"{"task": "seo", "hours": 33, "rate": {"x": [1, 2]}, "salary": null, "fte": true, "months": [12]}"#)
        .unwrap();
    assert_eq!(d.inputs.task, Task::Seo);
    assert_eq!(d.inputs.get(Field::Hours), Some(33.0));
    let named: Vec<(&str, &str)> = d
        .notices
        .iter()
        .filter_map(|n| match n {
            Notice::Invalid { key, value, .. } => Some((key.as_str(), value.as_str())),
            _ => None,
        })
        .collect();
    assert_eq!(
        named,
        [
            ("rate", "object"),
            ("salary", "null"),
            ("fte", "boolean"),
            ("months", "array")
        ]
    );
}

#[test]
fn what_is_not_a_scenario_is_refused_with_its_reason() {
    let not_json = import("{ task: seo").unwrap_err();
    assert!(not_json.contains("not valid JSON"), "{not_json}");
    for not_an_object in ["[1, 2]", "\"task=seo\"", "42", "null"] {
        let e = import(not_an_object).unwrap_err();
        assert!(e.contains("expected a JSON object"), "{not_an_object}: {e}");
    }
    let package = import(r#"{"name": "x", "version": "1.0.0", "scripts": {}}"#).unwrap_err();
    assert!(
        package.contains("“name”, “version”, “scripts”"),
        "{package}"
    );
    assert!(import("{}").unwrap_err().contains("empty"));
}
