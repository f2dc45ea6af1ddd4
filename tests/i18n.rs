#![cfg(not(target_arch = "wasm32"))]
//! The catalogues against the code: every text the code translates is in
//! each catalogue, no catalogue holds a text the code no longer uses, and a
//! translation keeps the English text's `{placeholders}`.
//!
//! The keys are read from the source: the literal inside every `tr("…")`,
//! `trf("…", …)`, `tr_html("…", …)` and `t!("…")` under `src/`.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use outsource_check::model::i18n::{placeholders, Lang};

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// A Rust string literal starting at `s[0] == '"'`: its value and length.
fn literal(s: &str) -> Option<(String, usize)> {
    let mut out = String::new();
    let mut chars = s.char_indices().skip(1);
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return Some((out, i + 1)),
            '\\' => {
                let (_, e) = chars.next()?;
                match e {
                    'n' => out.push('\n'),
                    't' => out.push('\t'),
                    '\\' => out.push('\\'),
                    '"' => out.push('"'),
                    '\'' => out.push('\''),
                    '\n' => {
                        // Line continuation: skip the next line's indent.
                        while let Some(&(_, w)) = chars.clone().peekable().peek() {
                            if w.is_whitespace() {
                                chars.next();
                            } else {
                                break;
                            }
                        }
                    }
                    'u' => {
                        let mut hex = String::new();
                        for (_, h) in chars.by_ref() {
                            match h {
                                '{' => {}
                                '}' => break,
                                h => hex.push(h),
                            }
                        }
                        out.push(char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?);
                    }
                    _ => return None,
                }
            }
            c => out.push(c),
        }
    }
    None
}

/// Every key in the code, with where it was found.
pub fn keys() -> Vec<(String, String)> {
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let text = fs::read_to_string(&f).unwrap();
        for marker in ["tr(", "trf(", "t!(", "tr_html("] {
            let mut from = 0;
            while let Some(at) = text[from..].find(marker) {
                let start = from + at;
                from = start + marker.len();
                let before = text[..start].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let rest = text[from..].trim_start();
                if !rest.starts_with('"') {
                    continue;
                }
                let (value, _) = literal(rest).unwrap_or_else(|| {
                    panic!("{}: unreadable literal after {marker}", f.display())
                });
                out.push((value, f.display().to_string()));
            }
        }
    }
    out
}

fn catalogue(lang: Lang) -> Vec<(String, String)> {
    let path = format!("i18n/{}.json", lang.code());
    let text = fs::read_to_string(&path).unwrap_or_else(|_| panic!("{path} is missing"));
    let v: serde_json::Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
    v.as_object()
        .unwrap_or_else(|| panic!("{path}: not an object"))
        .iter()
        .map(|(k, v)| {
            (
                k.clone(),
                v.as_str()
                    .unwrap_or_else(|| panic!("{path}: {k}: not a string"))
                    .to_string(),
            )
        })
        .collect()
}

#[test]
fn each_text_has_its_own_id_in_the_built_catalogues() {
    // The build keys the catalogues by `text_id` (scripts/post-build.mjs):
    // two texts with one id would show one text's translation for the other.
    let mut seen = std::collections::BTreeMap::new();
    for (k, at) in keys() {
        assert!(
            !(k.len() == 8 && k.bytes().all(|b| b.is_ascii_hexdigit())),
            "{at}: {k:?} reads as an id"
        );
        let id = outsource_check::model::catalogue::text_id(&k);
        if let Some(other) = seen.insert(id.clone(), k.clone()) {
            assert_eq!(other, k, "{at}: {k:?} and {other:?} share the id {id}");
        }
    }
}

#[test]
fn the_code_has_keys_and_each_is_one_literal() {
    let keys = keys();
    assert!(keys.len() > 300, "only {} keys found", keys.len());
    for (k, at) in &keys {
        assert!(!k.trim().is_empty(), "{at}: an empty key");
    }
}

#[test]
fn every_catalogue_has_every_key_and_no_other_with_the_same_placeholders() {
    let used: BTreeSet<String> = keys().into_iter().map(|(k, _)| k).collect();
    for lang in Lang::ALL.into_iter().filter(|l| l.has_catalogue()) {
        let cat = catalogue(lang);
        let have: BTreeSet<String> = cat.iter().map(|(k, _)| k.clone()).collect();
        let missing: Vec<&String> = used.difference(&have).collect();
        let unused: Vec<&String> = have.difference(&used).collect();
        assert!(
            missing.is_empty(),
            "{}: {} keys missing, e.g. {:?}",
            lang.code(),
            missing.len(),
            &missing[..missing.len().min(5)]
        );
        assert!(
            unused.is_empty(),
            "{}: {} keys no code uses, e.g. {:?}",
            lang.code(),
            unused.len(),
            &unused[..unused.len().min(5)]
        );
        for (k, v) in &cat {
            let mut want = placeholders(k);
            let mut got = placeholders(v);
            want.sort_unstable();
            got.sort_unstable();
            assert_eq!(
                got,
                want,
                "{}: placeholders differ in {k:?} → {v:?}",
                lang.code()
            );
            assert!(
                !v.trim().is_empty(),
                "{}: empty translation of {k:?}",
                lang.code()
            );
        }
    }
}

/// A key is a whole sentence or label: a translator can reorder what it
/// says only when it does not start or end with a space or a joining mark
/// (a fragment glued to the text around it).
#[test]
fn every_key_is_whole() {
    const JOINING: &[char] = &[',', ';', ':', '·', '—', '–', '-', '&', '+', '/'];
    let glued: Vec<String> = keys()
        .into_iter()
        .map(|(k, _)| k)
        .filter(|k| {
            k.starts_with(char::is_whitespace)
                || k.ends_with(char::is_whitespace)
                || k.starts_with(JOINING)
                || k.ends_with(JOINING)
        })
        .collect();
    assert!(glued.is_empty(), "keys glued from fragments: {glued:#?}");
}

/// The loading shell that `assets/boot.js` shows before the app mounts
/// carries the app's own header in the page's language: the same words.
#[test]
fn the_loading_shell_says_what_the_app_says() {
    let boot = fs::read_to_string("assets/boot.js").unwrap();
    for lang in Lang::ALL.into_iter().filter(|l| l.has_catalogue()) {
        let cat: std::collections::HashMap<String, String> = catalogue(lang).into_iter().collect();
        for key in [
            "Outsource it or keep it in-house?",
            "The full cost of both options, a fair rate for the region, and the break-even point. Everything stays in your browser.",
        ] {
            let want = serde_json::to_string(&cat[key]).unwrap();
            assert!(boot.contains(&want), "boot.js lacks {}'s {want}", lang.code());
        }
    }
}

/// The tables' texts that the page translates where it shows them
/// (`tr(spec.label)`, `tr(item.why)`, a source's note and year, a spread's
/// reason) must be catalogue keys, i.e. marked `t!` where they are written:
/// the pseudo-language cannot tell, since `tr` accents whatever it is given.
#[test]
fn every_table_text_the_page_shows_is_a_key() {
    use outsource_check::model::checklist::ITEMS;
    use outsource_check::model::spreads::SPREADS;
    use outsource_check::model::{Field, Home, Inputs, ProviderKind, Region, Task};
    let used: BTreeSet<String> = keys().into_iter().map(|(k, _)| k).collect();
    let mut missing = BTreeSet::new();
    let mut need = |s: &str| {
        // Plain numbers, years and empty texts are not words.
        if s.chars().any(|c| c.is_alphabetic()) && !used.contains(s) {
            missing.insert(s.to_string());
        }
    };
    for f in Field::ALL {
        need(f.spec().label);
        need(f.spec().help);
    }
    for it in ITEMS.iter() {
        for s in [it.group, it.question, it.why, it.next, it.gap] {
            need(s);
        }
    }
    for (_, _, why) in SPREADS {
        need(why);
    }
    for home in Home::ALL {
        if let Some(rule) = home.contractor_rule() {
            need(rule.text);
            need(rule.source);
        }
    }
    for task in Task::ALL {
        for home in Home::ALL {
            for region in Region::ALL {
                for provider in [ProviderKind::Freelancer, ProviderKind::Agency] {
                    let mut i = Inputs::new(task, home, region);
                    i.provider = provider;
                    for f in Field::ALL {
                        let p = i.provenance(*f);
                        need(p.note);
                        need(p.year);
                    }
                }
            }
        }
    }
    assert!(missing.is_empty(), "not marked t!(…): {missing:#?}");
}

/// A number the English text writes with a thousands comma or a decimal
/// point ("4,013", "13.58") is written the translation's way: the page no
/// longer rewrites numbers inside translated texts, so the catalogue must.
#[test]
fn numbers_in_translations_are_written_the_languages_way() {
    // English-written numbers: digits with comma groups and/or a decimal point.
    fn english_numbers(text: &str) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        let mut out = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            let starts = chars[i].is_ascii_digit()
                && (i == 0
                    || !(chars[i - 1].is_alphanumeric() || matches!(chars[i - 1], '.' | ',')));
            if !starts {
                i += 1;
                continue;
            }
            let mut j = i;
            let mut marked = false;
            while j < chars.len() {
                let digits_after = |n: usize| {
                    (j + 1..=j + n).all(|m| chars.get(m).is_some_and(char::is_ascii_digit))
                };
                if chars[j].is_ascii_digit() {
                    j += 1;
                } else if matches!(chars[j], ',' | '.') && digits_after(1) {
                    marked = true;
                    j += 1;
                } else {
                    break;
                }
            }
            if marked && !chars.get(j).is_some_and(|c| c.is_alphabetic()) {
                out.push(chars[i..j].iter().collect());
            }
            i = j;
        }
        out
    }
    let mut wrong = Vec::new();
    for lang in Lang::ALL.into_iter().filter(|l| l.has_catalogue()) {
        for (k, v) in catalogue(lang) {
            for n in english_numbers(&k) {
                // Written the same in both ("1,2,3" lists; a plain "0" never matches).
                let local = n
                    .replace(',', "\u{0}")
                    .replace('.', ",")
                    .replace('\u{0}', ".");
                if n != local && v.contains(&n) && !v.contains(&local) {
                    wrong.push(format!("{}: {n} in {v:?}", lang.code()));
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "English-written numbers in translations: {wrong:#?}"
    );
}
