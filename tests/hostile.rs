//! Hostile input, per field type: each entry is understood or flagged in words.
#![cfg(not(target_arch = "wasm32"))]

use outsource_check::model::form::{Action, Form};
use outsource_check::model::parse::{parse_field, Decimal, PageCurrency, ParseError, Reading};
use outsource_check::model::{Field, Inputs};

/// Expected outcome: a value, or the start of the message beside the field.
enum Want {
    Value(f64),
    Blank,
    Flag(&'static str),
}
use Want::{Blank, Flag, Value};

#[track_caller]
fn case(field: Field, text: &str, want: Want) {
    let got = parse_field(field, text, Decimal::Point, PageCurrency::usd());
    match (want, got) {
        (Value(v), Ok(Some(p))) => assert_eq!(p.value, v, "{field:?} {text:?}"),
        (Blank, Ok(None)) => {}
        (Flag(m), Err(e)) => {
            let msg = e.message(field.spec().unit, &outsource_check::model::text::Plain(""));
            assert!(
                msg.starts_with(m),
                "{field:?} {text:?}: {msg:?} should start with {m:?}"
            );
        }
        (_, got) => panic!("{field:?} {text:?}: unexpected {got:?}"),
    }
}

const LONG: &str = "Too long";

#[test]
fn money_fields() {
    let f = Field::Salary;
    case(f, "", Blank);
    case(f, "-5", Flag("Can't be negative"));
    case(f, "0", Flag("Must be at least 1,000"));
    case(f, "abc", Flag("Not a number"));
    case(f, "1e309", Flag("Type the number in full"));
    case(f, "NaN", Flag("Not a number"));
    case(f, "Infinity", Flag("Not a number"));
    case(f, "1,234.5", Value(1234.5));
    case(f, "1.234,5", Value(1234.5));
    // On a dollar page, euros convert at the page's rates (they used to be
    // read as dollars).
    case(f, "€1.234,50", Value(1234.5 / 0.851));
    case(f, "10^12", Flag("Type the number in full"));
    case(f, &"1".repeat(10_000), Flag(LONG));
    case(f, "٤٥٠٠٠", Value(45000.0));
    case(f, "+45000", Value(45000.0));
    case(f, "$45k", Value(45000.0));
    case(f, "99999999", Flag("Must be at most 5,000,000"));
}

#[test]
fn rate_fields() {
    let f = Field::Rate;
    case(f, "45/h", Value(45.0));
    case(f, "$45", Value(45.0));
    case(f, "0", Flag("Must be at least 0.5"));
    case(f, "-5", Flag("Can't be negative"));
    case(f, "१२", Value(12.0));
}

#[test]
fn percent_fields() {
    let f = Field::OnCosts;
    case(f, "25%", Value(25.0));
    case(f, "150", Flag("Must be at most 100%"));
    case(f, "100.5%", Flag("Must be at most 100%"));
    case(f, "0", Value(0.0));
    case(f, "-5", Flag("Can't be negative"));
    case(f, "NaN", Flag("Not a number"));
}

#[test]
fn hours_and_months() {
    case(Field::Hours, "0", Flag("Must be at least 1"));
    case(Field::Hours, " 40 ", Value(40.0));
    case(Field::Hours, "1,200", Value(1200.0));
    case(Field::Hours, "40 h", Value(40.0));
    case(Field::Horizon, "12.5", Flag("Must be a whole number"));
    case(Field::Horizon, "61", Flag("Must be at most 60"));
    case(Field::Horizon, "24 months", Value(24.0));
}

#[test]
fn ambiguous_entries_follow_the_locale_and_say_which_reading() {
    let en = parse_field(Field::Salary, "1.234", Decimal::Point, PageCurrency::usd());
    assert_eq!(
        en,
        Err(ParseError::BelowMin { min: 1000.0 }),
        "1.234 in English is one point two three four"
    );
    let de = parse_field(Field::Salary, "1.234", Decimal::Comma, PageCurrency::usd())
        .unwrap()
        .unwrap();
    assert_eq!((de.value, de.reading), (1234.0, Some(Reading::Thousands)));
    let en_hours = parse_field(Field::Hours, "1,234", Decimal::Point, PageCurrency::usd())
        .unwrap()
        .unwrap();
    assert_eq!(
        (en_hours.value, en_hours.reading),
        (1234.0, Some(Reading::Thousands))
    );
}

#[test]
fn a_hostile_entry_never_touches_other_fields() {
    let mut form = Form::new(Inputs::default(), Decimal::Point);
    form.apply(Action::Text(Field::Rate, "30".into()));
    for text in ["abc", "1e309", "NaN", "-5", &"9".repeat(10_000), "10^12"] {
        form.apply(Action::Text(Field::Salary, text.into()));
        assert!(form.error(Field::Salary).is_some(), "{text:?}");
        assert_eq!(form.inputs.get(Field::Rate), Some(30.0));
        assert_eq!(
            form.inputs.get(Field::Salary),
            None,
            "last valid value (the default) stays"
        );
    }
}
