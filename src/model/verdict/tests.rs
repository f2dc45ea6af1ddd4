//! Unit tests of the verdicts' words.

use super::labels::lower_first;
use super::*;
use crate::model::cost::compare;
use crate::model::scenario::{Field, Inputs};
use crate::model::text::Plain;

#[test]
fn first_letter_case_as_unicode_has_it_for_latin1() {
    for w in [
        "outsourcing",
        "écart",
        "über",
        "à faire",
        "Ça",
        "ÿ",
        "÷x",
        "×y",
        "1 month",
        "",
    ] {
        let mut c = w.chars();
        let up: String = c
            .next()
            .map(|f| f.to_uppercase().chain(c.clone()).collect())
            .unwrap_or_default();
        let mut c = w.chars();
        let down: String = c
            .next()
            .map(|f| f.to_lowercase().chain(c.clone()).collect())
            .unwrap_or_default();
        // ÿ's capital is outside Latin-1: kept as it is.
        if w != "ÿ" {
            assert_eq!(capitalise(w), up, "{w}");
        }
        assert_eq!(lower_first(w), down, "{w}");
    }
}

#[track_caller]
fn verdict(i: Inputs, starts: &str) {
    let v = cost_verdict(&compare(&i.resolve()), &Plain("$"));
    assert!(v.starts_with(starts), "{v}");
}

#[test]
fn verdicts() {
    verdict(Inputs::default(), "Outsourcing saves $");
    verdict(
        Inputs::default().with(Field::Rate, 500.0),
        "Keeping it in-house is cheaper by $",
    );
    verdict(
        Inputs::default().with(Field::Horizon, 24.0),
        "Outsourcing saves",
    );
    assert_eq!(percent(-0.001, &Plain("$")), "0%");
    assert_eq!(percent(0.234, &Plain("$")), "23%");
}

#[test]
fn rate_verdicts_name_the_band() {
    let f = Plain("$");
    let s = Inputs::default().resolve();
    let c = compare(&s);
    let (tone, text) = rate_verdict(&c, s.region, &f);
    assert_eq!(tone, "ok");
    assert!(
        text.contains("is fair: from the Latin America market rate of"),
        "{text}"
    );
    let low = Inputs::default().with(Field::Rate, 5.0).resolve();
    let (tone, text) = rate_verdict(&compare(&low), low.region, &f);
    assert_eq!(tone, "warn");
    assert!(
        text.starts_with("$5/h is below the Latin America market rate"),
        "{text}"
    );
    assert!(
        rate_scale_label(&c.fair, s.region, &f).starts_with("Rate scale: Latin America market $")
    );
}
