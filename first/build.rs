//! The headline's words in each catalogue (`model::first::TEXTS`, taken from
//! `i18n/<code>.json`), compiled into the small wasm: a link in German shows
//! its headline without waiting for the whole catalogue.

use std::collections::HashMap;
use std::fmt::Write;
use std::path::Path;

use outsource_check::model::first::TEXTS;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut out = String::from("/// `TEXTS` in German, French and Dutch, in `TEXTS` order.\n");
    let _ = writeln!(out, "static WORDS: [[&str; 3]; {}] = [", TEXTS.len());
    let catalogues: Vec<HashMap<String, String>> = ["de", "fr", "nl"]
        .iter()
        .map(|code| {
            let path = root.join(format!("i18n/{code}.json"));
            println!("cargo:rerun-if-changed={}", path.display());
            let text = std::fs::read_to_string(&path).expect("a catalogue");
            serde_json::from_str(&text).expect("a catalogue is one JSON object of texts")
        })
        .collect();
    for en in TEXTS {
        let words: Vec<String> = catalogues
            .iter()
            .map(|c| {
                format!(
                    "{:?}",
                    c.get(*en)
                        .unwrap_or_else(|| panic!("no translation of {en:?}"))
                )
            })
            .collect();
        let _ = writeln!(out, "    [{}],", words.join(", "));
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("words.rs");
    std::fs::write(dest, out).expect("words.rs written");
    println!("cargo:rerun-if-changed=../src/model/first.rs");
}
