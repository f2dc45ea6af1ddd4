#![cfg(not(target_arch = "wasm32"))]
//! The headline before the app (`model::first`, run by the small wasm in
//! `first/`): the scenario the app would open with, its figures exactly the
//! engine's, its words the app's. That the page shows the same text as the
//! app once it starts is checked end to end (tests/e2e/prerender.spec.mjs).

use std::collections::HashMap;
use std::fs;

use outsource_check::model::first::{headline, lines, opening, Part, TEXTS};
use outsource_check::model::i18n::{set_language_with, Lang};
use outsource_check::model::num::decimal;
use outsource_check::model::start::choose;
use outsource_check::model::{compare, Home, Inputs};
use proptest::prelude::*;

fn speak(lang: Lang) {
    if !lang.has_catalogue() {
        set_language_with(lang, Box::new(|_| None));
        return;
    }
    let path = format!("i18n/{}.json", lang.code());
    let cat: HashMap<String, String> =
        serde_json::from_str(&fs::read_to_string(path).unwrap()).unwrap();
    set_language_with(lang, Box::new(move |en| cat.get(en).cloned()));
}

fn part<'a>(parts: &'a [Part], id: &str) -> &'a Part {
    parts
        .iter()
        .find(|p| p.id == id)
        .unwrap_or_else(|| panic!("no {id}"))
}

/// Every figure's raw value is the engine's, written as the app writes it.
fn figures_are_the_engines(inputs: &Inputs, parts: &[Part]) {
    let c = compare(&inputs.resolve());
    for (id, v) in [
        ("total-in-house", c.in_house.total),
        ("month-in-house", c.in_house.per_month),
        ("hour-in-house", c.in_house.per_delivered_hour),
        ("total-outsourced", c.outsourced.total),
        ("month-outsourced", c.outsourced.per_month),
        ("hour-outsourced", c.outsourced.per_delivered_hour),
    ] {
        assert_eq!(
            part(parts, id).raw.as_deref(),
            Some(decimal(v).as_str()),
            "{id}"
        );
    }
}

#[test]
fn the_default_in_english_is_the_pre_rendered_headline() {
    speak(Lang::En);
    let inputs = opening("", None, Some(Home::Us));
    assert_eq!(inputs, Inputs::default());
    let parts = headline(&inputs, Lang::En);
    figures_are_the_engines(&inputs, &parts);
    assert_eq!(part(&parts, "results-h").text, "Cost over a year");
    assert!(
        part(&parts, "verdict")
            .text
            .starts_with("Outsourcing saves $"),
        "{parts:?}"
    );
    assert!(part(&parts, "total-in-house").text.starts_with('$'));
    assert!(part(&parts, "hour-in-house").text.contains('.'), "cents");
}

#[test]
fn a_link_in_german_speaks_german_with_the_links_currency() {
    speak(Lang::De);
    let inputs = opening(
        "lang=de&task=bookkeeping&hours=40&home=de",
        None,
        Some(Home::Us),
    );
    assert_eq!(inputs.get(outsource_check::model::Field::Hours), Some(40.0));
    let parts = headline(&inputs, Lang::De);
    figures_are_the_engines(&inputs, &parts);
    assert_eq!(part(&parts, "results-h").text, "Kosten für ein Jahr");
    let verdict = &part(&parts, "verdict").text;
    assert!(
        verdict.starts_with("Auslagern spart auf ein Jahr gerechnet")
            || verdict.contains("günstiger"),
        "{verdict}"
    );
    assert!(
        part(&parts, "total-in-house").text.ends_with('€'),
        "{parts:?}"
    );
    speak(Lang::En);
}

#[test]
fn the_scenario_is_the_one_the_app_opens_with() {
    speak(Lang::En);
    // The link wins over what is saved; an embed never reads the saved one;
    // with neither, the defaults at the reader's home.
    let saved = Some("task=seo&hours=33");
    for (query, want) in [
        ("task=bookkeeping&hours=40", "task=bookkeeping&hours=40"),
        ("", "task=seo&hours=33"),
        ("lang=de", "task=seo&hours=33"),
        ("embed=1&hours=12", "hours=12"),
    ] {
        let from_app = choose(query, || Ok(saved.map(str::to_string)))
            .inputs
            .unwrap_or_default();
        assert_eq!(opening(query, saved, Some(Home::Uk)), from_app, "{query}");
        let expected = choose(want, || Ok(None)).inputs.unwrap_or_default();
        assert_eq!(opening(query, saved, Some(Home::Uk)), expected, "{query}");
    }
    // An embed with no scenario: the defaults at the reader's home, as the
    // app opens it (never the saved one).
    assert_eq!(opening("embed=1", saved, Some(Home::Uk)).home, Home::Uk);
    assert_eq!(
        opening("embed=1", saved, Some(Home::Uk)).get(outsource_check::model::Field::Hours),
        None
    );
    let first_visit = opening("", None, Some(Home::De));
    assert_eq!(first_visit.home, Home::De);
    assert_eq!(
        first_visit.currency,
        Inputs::new(first_visit.task, Home::De, first_visit.region).currency
    );
}

#[test]
fn a_seasonal_link_has_its_sentence() {
    speak(Lang::En);
    let inputs = opening(
        "task=bookkeeping&hours=40&peak=160&peakmonths=3",
        None,
        None,
    );
    let parts = headline(&inputs, Lang::En);
    assert!(parts.iter().any(|p| p.id == "season-verdict"), "{parts:?}");
}

#[test]
fn the_lines_keep_three_fields_each() {
    let parts = vec![
        Part {
            id: "verdict",
            raw: None,
            text: "a\tb\nc".into(),
        },
        Part {
            id: "total-in-house",
            raw: Some("1.5".into()),
            text: "$2".into(),
        },
    ];
    assert_eq!(lines(&parts), "verdict\t\ta b c\ntotal-in-house\t1.5\t$2\n");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    /// Any query and saved text (good, bad, embedded): the scenario is the
    /// one `start::choose` gives the app.
    #[test]
    fn the_opening_is_the_apps_choice(
        link in prop::collection::vec(prop::sample::select(vec![
            "embed=1", "embed=0", "lang=de", "theme=dark", "task=seo", "task=nope", "hours=12", "hours=abc",
            "home=de", "v=99", "provider=software", "q-trial=no", "o1=h", "rate=1e9", "months=0", "accent=zz",
        ]), 0..5),
        saved in prop::option::of(prop::sample::select(vec!["task=seo&hours=33", "hours=x", "", "v=99&task=seo", "junk"])),
        home in prop::option::of(prop::sample::select(vec![Home::Us, Home::De, Home::Uk])),
    ) {
        let query = link.join("&");
        let app = choose(&query, || Ok(saved.map(str::to_string))).inputs.unwrap_or_else(|| match home {
            Some(h) => Inputs::new(Inputs::default().task, h, Inputs::default().region),
            None => Inputs::default(),
        });
        prop_assert_eq!(opening(&query, saved, home), app, "{} / {:?}", query, saved);
    }

    /// Any link: the figures are the engine's, every text is filled and
    /// nothing reads NaN or infinity.
    #[test]
    fn any_link_gives_the_engines_figures(
        task in prop::sample::select(vec!["web-dev", "bookkeeping", "seo", "customer-support", "social-media", "custom"]),
        home in prop::sample::select(vec!["us", "uk", "de", "fr", "nl", "au", "ca", "other"]),
        provider in prop::sample::select(vec!["freelancer", "agency", "software"]),
        hours in 1u32..400,
        months in 1u32..60,
        lang in prop::sample::select(vec![Lang::En, Lang::De, Lang::Fr, Lang::Nl]),
    ) {
        speak(lang);
        let query = format!("task={task}&home={home}&provider={provider}&hours={hours}&months={months}");
        let inputs = opening(&query, None, None);
        let parts = headline(&inputs, lang);
        figures_are_the_engines(&inputs, &parts);
        for p in &parts {
            prop_assert!(!p.text.is_empty(), "{query}: {p:?}");
            prop_assert!(!p.text.contains("NaN") && !p.text.contains("inf"), "{query}: {p:?}");
        }
        let text = lines(&parts);
        prop_assert!(text.lines().all(|l| l.split('\t').count() == 3), "{text}");
        speak(Lang::En);
    }
}

/// Many scenarios: every task, provider and home with workloads, rates,
/// horizons, seasons and answers that take each branch of the verdict.
fn sweep() -> Vec<Inputs> {
    let mut out = Vec::new();
    for task in [
        "web-dev",
        "bookkeeping",
        "seo",
        "customer-support",
        "social-media",
        "it-support",
        "custom",
    ] {
        for provider in ["freelancer", "agency", "software"] {
            for extra in [
                "",
                "&hours=5",
                "&hours=400",
                "&rate=1",
                "&rate=500",
                "&rate=29.03",
                "&months=1",
                "&months=24",
                "&peak=300&peakmonths=2",
                "&peak=200&peakmonths=9",
                "&fte=1",
                "&q-trial=no",
                "&q-judge=no",
                "&q-not-core=no",
            ] {
                for home in ["us", "de", "uk"] {
                    out.push(opening(
                        &format!("task={task}&provider={provider}&home={home}{extra}"),
                        None,
                        None,
                    ));
                }
            }
        }
    }
    out
}

#[test]
fn the_headlines_own_words_are_every_word_it_shows() {
    // The small wasm carries only `TEXTS` of each catalogue (first/build.rs):
    // with only those, every headline reads as with the whole catalogue.
    let all = sweep();
    for lang in [Lang::De, Lang::Fr, Lang::Nl] {
        let path = format!("i18n/{}.json", lang.code());
        let cat: HashMap<String, String> =
            serde_json::from_str(&fs::read_to_string(path).unwrap()).unwrap();
        for t in TEXTS {
            assert!(cat.contains_key(*t), "{}: no {t:?}", lang.code());
        }
        let whole = cat.clone();
        set_language_with(lang, Box::new(move |en| whole.get(en).cloned()));
        let full: Vec<Vec<Part>> = all.iter().map(|i| headline(i, lang)).collect();
        set_language_with(
            lang,
            Box::new(move |en| TEXTS.contains(&en).then(|| cat.get(en).cloned()).flatten()),
        );
        for (inputs, want) in all.iter().zip(&full) {
            assert_eq!(&headline(inputs, lang), want, "in {}", lang.code());
        }
    }
    set_language_with(Lang::En, Box::new(|_| None));
}
