#![cfg(not(target_arch = "wasm32"))]
//! The rule on a freelancer who works like an employee follows the home
//! country, not the page's language; the German rule says what SGB IV says.

use std::collections::HashMap;
use std::fs;

use outsource_check::model::i18n::{set_language_with, tr, Lang};
use outsource_check::model::{Field, Home};

/// A catalogue as the page looks words up in it.
fn catalogue(lang: Lang) -> HashMap<String, String> {
    let path = format!("i18n/{}.json", lang.code());
    serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap()
}

/// Speak `lang` on this thread, its words from its catalogue.
fn speak(lang: Lang) {
    if !lang.has_catalogue() {
        set_language_with(lang, Box::new(|_| None));
        return;
    }
    let cat = catalogue(lang);
    set_language_with(lang, Box::new(move |en| cat.get(en).cloned()));
}

fn rule_text(home: Home) -> &'static str {
    home.contractor_rule()
        .unwrap_or_else(|| panic!("{home:?} has no rule"))
        .text
}

#[test]
fn each_home_country_with_a_known_law_has_a_rule_and_other_has_none() {
    for home in [
        Home::De,
        Home::Fr,
        Home::Nl,
        Home::Uk,
        Home::Us,
        Home::Ca,
        Home::Au,
    ] {
        let rule = home.contractor_rule().unwrap();
        assert!(!rule.text.is_empty() && !rule.source.is_empty(), "{home:?}");
        // The source names a year it relies on.
        assert!(
            rule.source
                .split(|c: char| !c.is_ascii_digit())
                .any(|n| n.len() == 4 && n.starts_with("20")),
            "{home:?}: no year in {:?}",
            rule.source
        );
    }
    assert_eq!(Home::Other.contractor_rule(), None);
    // Each country its own rule.
    let mut texts: Vec<&str> = Home::ALL
        .iter()
        .filter_map(|h| h.contractor_rule())
        .map(|r| r.text)
        .collect();
    texts.sort_unstable();
    texts.dedup();
    assert_eq!(texts.len(), Home::ALL.len() - 1);
}

#[test]
fn each_rule_names_its_own_countrys_law() {
    let names = [
        (Home::De, "SGB IV"),
        (Home::Fr, "L8221-6"),
        (Home::Nl, "Wet DBA"),
        (Home::Uk, "IR35"),
        (Home::Us, "SS-8"),
        (Home::Ca, "CRA"),
        (Home::Au, "Fair Work Act"),
    ];
    for (home, name) in names {
        assert!(rule_text(home).contains(name), "{home:?} lacks {name}");
        for (other, other_name) in names {
            if other != home {
                assert!(
                    !rule_text(home).contains(other_name),
                    "{home:?} names {other:?}'s {other_name}"
                );
            }
        }
    }
}

/// A French page with a British business shows the British rule (in
/// French); a French business read in English gets the French rule.
#[test]
fn the_rule_follows_the_home_country_not_the_language() {
    let english: Vec<_> = Home::ALL.iter().map(|h| h.contractor_rule()).collect();
    for lang in [Lang::De, Lang::Fr, Lang::Nl, Lang::En] {
        speak(lang);
        let now: Vec<_> = Home::ALL.iter().map(|h| h.contractor_rule()).collect();
        assert_eq!(now, english, "{lang:?}");
    }

    set_language_with(Lang::Fr, Box::new(|_| None));
    assert!(rule_text(Home::Uk).contains("IR35"));
    assert!(rule_text(Home::Uk).contains("off-payroll"));

    speak(Lang::Fr);
    let shown = tr(rule_text(Home::Uk));
    assert_ne!(shown, rule_text(Home::Uk), "the UK rule is translated");
    assert!(shown.contains("IR35") && shown.contains("HMRC"), "{shown}");
    assert!(!shown.contains("L8221"), "{shown}");

    speak(Lang::En);
    assert!(tr(rule_text(Home::Fr)).contains("L8221-6"));
    assert!(!tr(rule_text(Home::Nl)).contains("SGB"));
}

/// § 7 Abs. 1 SGB IV (employment), § 28e (the employer pays the whole
/// contribution), § 28g (the employee's share only from the next three
/// payslips), § 25 (4 years, 30 if intentional), § 7a (status procedure).
#[test]
fn the_german_rule_names_what_sgb_iv_says() {
    let en = rule_text(Home::De);
    for part in [
        "§ 7(1) SGB IV",
        "§ 7a SGB IV",
        "§ 28e",
        "§ 28g",
        "4 years",
        "30",
        "§ 25",
        "three payslips",
        "Deutsche Rentenversicherung",
    ] {
        assert!(en.contains(part), "English lacks {part:?}: {en}");
    }
    let de = catalogue(Lang::De)[en].clone();
    for part in [
        "§ 7 Abs. 1 SGB IV",
        "§ 7a SGB IV",
        "Statusfeststellungsverfahren",
        "§ 28e SGB IV",
        "§ 28g SGB IV",
        "4 Jahre",
        "30 Jahren",
        "§ 25 SGB IV",
        "drei Lohnzahlungen",
        "Arbeitnehmeranteil",
    ] {
        assert!(de.contains(part), "German lacks {part:?}: {de}");
    }
    let source = Home::De.contractor_rule().unwrap().source;
    for part in ["7a", "25", "28e", "28g"] {
        assert!(source.contains(part), "source lacks § {part}");
    }
}

/// The rate field's help is the plain help in every language: the law is
/// the home country's note, not a paragraph of one translation.
#[test]
fn the_rate_help_carries_no_law_in_any_language() {
    let help = Field::Rate.spec().help;
    for lang in [Lang::De, Lang::Fr, Lang::Nl] {
        let v = &catalogue(lang)[help];
        for law in ["§", "SGB", "L8221", "DBA", "IR35", "Code du travail"] {
            assert!(!v.contains(law), "{lang:?}: {law} in the rate help: {v}");
        }
        assert!(v.len() < 2 * help.len(), "{lang:?}: {v}");
    }
}
