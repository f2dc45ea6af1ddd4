//! Hostile input, per field type: each entry is understood or flagged in words.
#![cfg(not(target_arch = "wasm32"))]

use outsource_check::model::data::Currency;
use outsource_check::model::form::{Action, Form};
use outsource_check::model::parse::{parse_field, Decimal, PageCurrency, ParseError, Reading};
use outsource_check::model::text::reading_note;
use outsource_check::model::{Field, Inputs};

/// Expected outcome: a value (nothing converted), a value
/// and the note beside the field, or the start of the message beside it.
enum Want {
    Value(f64),
    Noted(f64, &'static str),
    Blank,
    Flag(&'static str),
}
use Want::{Blank, Flag, Noted, Value};

#[track_caller]
fn case(field: Field, text: &str, want: Want) {
    case_in(PageCurrency::usd(), field, text, want)
}

/// A case on a page in another currency or at another rate.
#[track_caller]
fn case_in(money: PageCurrency, field: Field, text: &str, want: Want) {
    let got = parse_field(field, text, Decimal::Point, money);
    match (want, got) {
        (Value(v), Ok(Some(p))) => {
            assert_eq!(p.value, v, "{field:?} {text:?}");
            assert_eq!(p.conversion, None, "{field:?} {text:?}: nothing converted");
        }
        (Noted(v, note), Ok(Some(p))) => {
            assert_eq!(p.value, v, "{field:?} {text:?}");
            let said = p.note().map(|n| reading_note(n, Decimal::Point));
            assert_eq!(said.as_deref(), Some(note), "{field:?} {text:?}");
        }
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
    case(
        f,
        "€1.234,50",
        Noted(
            1234.5 / 0.851,
            "Read as 1234.5 EUR a year: 1450.65 USD a year at the exchange rates in use.",
        ),
    );
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

/// Issue: "40/week" in hours per month read as 40. A weekly figure is
/// × 52/12, a yearly one ÷ 12; in every language's words.
#[test]
fn hours_per_month_take_weekly_and_yearly_figures() {
    let f = Field::Hours;
    for text in [
        "40/week",
        "40 / week",
        "40/wk",
        "40/w",
        "40 h/wk",
        "40 hours a week",
        "40 hours per week",
        "40 H PER WEEK",
        "40 weekly",
        "40 h pro Woche",
        "40 Std. pro Woche",
        "40 Stunden/Woche",
        "40 Std. die Woche",
        "40 h wöchentlich",
        "40 heures par semaine",
        "40 h par semaine",
        "40 h hebdomadaire",
        "40 uur per week",
        "40 uur/week",
        "40 u per week",
        "40 uur wekelijks",
    ] {
        case(
            f,
            text,
            Noted(40.0 * 52.0 / 12.0, "Read as 40 h a week: 173.33 h a month."),
        );
    }
    for text in [
        "2080/yr",
        "2080 h per year",
        "2080 h a year",
        "2080 hours annually",
        "2080 h pro Jahr",
        "2080 Std. jährlich",
        "2080 heures par an",
        "2080 h annuel",
        "2080 uur per jaar",
        "2080 uur jaarlijks",
    ] {
        case(
            f,
            text,
            Noted(2080.0 / 12.0, "Read as 2080 h a year: 173.33 h a month."),
        );
    }
    // Already per month: no conversion, nothing to say.
    for text in [
        "160 h/month",
        "160 per month",
        "160 h im Monat",
        "160 h par mois",
        "160 uur per maand",
        "160/mo",
        "160 monthly",
    ] {
        case(f, text, Value(160.0));
    }
    // The old example: "10 per week" is no exponent.
    case(
        f,
        "10 per week",
        Noted(10.0 * 52.0 / 12.0, "Read as 10 h a week: 43.33 h a month."),
    );
}

/// Weekly-hours fields take a monthly figure (× 12/52) and a yearly one
/// (÷ 52); the productive hours per year take weekly and monthly ones.
#[test]
fn weekly_and_yearly_hours_convert_the_other_way() {
    for f in [Field::MgmtHours, Field::Supervision] {
        for text in [
            "20 per month",
            "20/mo",
            "20 h a month",
            "20 h im Monat",
            "20 h par mois",
            "20 uur per maand",
            "20 monthly",
        ] {
            case(
                f,
                text,
                Noted(20.0 * 12.0 / 52.0, "Read as 20 h a month: 4.62 h a week."),
            );
        }
        case(f, "10 per week", Value(10.0));
        case(
            f,
            "520 h a year",
            Noted(10.0, "Read as 520 h a year: 10 h a week."),
        );
    }
    let f = Field::ProductiveHours;
    case(
        f,
        "40 h a week",
        Noted(2080.0, "Read as 40 h a week: 2080 h a year."),
    );
    case(
        f,
        "150 h pro Monat",
        Noted(1800.0, "Read as 150 h a month: 1800 h a year."),
    );
    case(f, "1800 h a year", Value(1800.0));
}

/// Issue: "4000 per month" in the annual salary read as 4,000 a year.
#[test]
fn money_per_period_converts_to_the_fields_period() {
    let f = Field::Salary;
    let monthly = "Read as 4000 a month: 48000 a year.";
    for text in [
        "4000 per month",
        "4000/mo",
        "4000 a month",
        "$4000 monthly",
        "4k/month",
        "4000 pro Monat",
        "4000 im Monat",
        "4000 monatlich",
        "4000 par mois",
        "4000 mensuel",
        "4000 per maand",
        "4000 maandelijks",
    ] {
        case(f, text, Noted(48000.0, monthly));
    }
    case(
        f,
        "1000 a week",
        Noted(52000.0, "Read as 1000 a week: 52000 a year."),
    );
    case(f, "45k/yr", Value(45000.0));
    case(f, "45k", Value(45000.0));
    case(f, "45000 p.a.", Value(45000.0));
    // Monthly amounts take a yearly figure.
    for f in [Field::SeatMonthly, Field::Tooling] {
        for text in [
            "1200 a year",
            "1200/yr",
            "1200 pro Jahr",
            "1200 par an",
            "1200 per jaar",
            "1200 annual",
        ] {
            case(f, text, Noted(100.0, "Read as 1200 a year: 100 a month."));
        }
    }
    // "45/h" for an hourly rate stays what it was.
    for text in [
        "45/h",
        "45 per hour",
        "45 an hour",
        "45/hr",
        "45 pro Stunde",
        "45 de l'heure",
        "45 par heure",
        "45 per uur",
        "45 hourly",
    ] {
        case(Field::Rate, text, Value(45.0));
    }
}

/// Issue: "50 EUR" on a dollar page read as $50. Another currency converts
/// at the page's rates: the page's own rate, the other currency's default.
#[test]
fn another_currency_converts_at_the_pages_rates() {
    let f = Field::Rate;
    let eur = "Read as 50 EUR an hour: 58.75 USD an hour at the exchange rates in use.";
    for text in [
        "50 EUR",
        "€50",
        "50 €",
        "50€/h",
        "EUR 50",
        "50 euros per hour",
    ] {
        case(f, text, Noted(50.0 / 0.851, eur));
    }
    case(
        f,
        "£30",
        Noted(
            30.0 / 0.743,
            "Read as 30 GBP an hour: 40.38 USD an hour at the exchange rates in use.",
        ),
    );
    case(
        f,
        "₹2000",
        Noted(
            2000.0 / 89.854,
            "Read as 2000 INR an hour: 22.26 USD an hour at the exchange rates in use.",
        ),
    );
    case(
        f,
        "45 $CA",
        Noted(
            45.0 / 1.369,
            "Read as 45 CAD an hour: 32.87 USD an hour at the exchange rates in use.",
        ),
    );
    case(
        f,
        "R$ 100",
        Noted(
            100.0 / 5.477,
            "Read as 100 BRL an hour: 18.26 USD an hour at the exchange rates in use.",
        ),
    );
    case(f, "$45", Value(45.0));
    case(f, "45 USD", Value(45.0));
    // On a euro page, dollars convert; euros are the page's own.
    let page = PageCurrency::new(Currency::Eur, 0.851);
    case_in(
        page,
        f,
        "$45",
        Noted(
            45.0 * 0.851,
            "Read as 45 USD an hour: 38.3 EUR an hour at the exchange rates in use.",
        ),
    );
    case_in(page, f, "45 €/Std.", Value(45.0));
    // At a rate the reader typed for the page.
    let typed = PageCurrency::new(Currency::Eur, 0.9);
    case_in(
        typed,
        f,
        "US$ 45",
        Noted(
            45.0 * 0.9,
            "Read as 45 USD an hour: 40.5 EUR an hour at the exchange rates in use.",
        ),
    );
    // A bare "$" on a Canadian page is the Canadian dollar.
    let cad = PageCurrency::new(Currency::Cad, 1.369);
    case_in(cad, f, "$45", Value(45.0));
    // Currency and period together.
    case_in(
        page,
        Field::Salary,
        "4000 $ pro Monat",
        Noted(
            4000.0 * 12.0 * 0.851,
            "Read as 4000 USD a month: 40848 EUR a year at the exchange rates in use.",
        ),
    );
    case_in(
        page,
        Field::Salary,
        "4000 €/Monat",
        Noted(48000.0, "Read as 4000 a month: 48000 a year."),
    );
    // One-time amounts too.
    case(
        Field::Equipment,
        "1000 EUR",
        Noted(
            1000.0 / 0.851,
            "Read as 1000 EUR: 1175.09 USD at the exchange rates in use.",
        ),
    );
}

/// Counts of time convert between weeks, months and years.
#[test]
fn lengths_of_time_convert() {
    let f = Field::Horizon;
    for text in ["2 years", "2 yrs", "2 Jahre", "2 ans", "2 jaar"] {
        case(f, text, Noted(24.0, "Read as 2 years: 24 months."));
    }
    case(f, "1 an", Noted(12.0, "Read as 1 year: 12 months."));
    case(f, "1 Jahr", Noted(12.0, "Read as 1 year: 12 months."));
    for text in ["36 months", "36 Monate", "36 mois", "36 maanden"] {
        case(f, text, Value(36.0));
    }
    case(f, "4.5 years", Noted(54.0, "Read as 4.5 years: 54 months."));
    case(f, "1.3 years", Flag("Must be a whole number"));
    let f = Field::OnboardingWeeks;
    case(f, "3 months", Noted(13.0, "Read as 3 months: 13 weeks."));
    case(
        f,
        "2 Monate",
        Noted(2.0 * 52.0 / 12.0, "Read as 2 months: 8.67 weeks."),
    );
    case(f, "6 semaines", Value(6.0));
    case(f, "6 weken", Value(6.0));
    for text in [
        "25 %",
        "25 percent",
        "25 Prozent",
        "25 pour cent",
        "25 procent",
    ] {
        case(Field::OnCosts, text, Value(25.0));
    }
    for text in ["0.5 FTE", "0.5 fte", "0.5 VZÄ", "0.5 ETP"] {
        case(Field::Fte, text, Value(0.5));
    }
}

/// A unit that makes no sense for the field is refused, naming it.
#[test]
fn a_unit_the_field_cannot_take_is_named() {
    // Issue: "24 hours" in months read as 24.
    for (text, word) in [
        ("24 hours", "hours"),
        ("24 Stunden", "Stunden"),
        ("24 heures", "heures"),
        ("24 uur", "uur"),
        ("8 weeks", "weeks"),
    ] {
        let msg = format!("“{word}” is not a number of months.");
        case(Field::Horizon, text, Flag(Box::leak(msg.into_boxed_str())));
    }
    // Hourly figures for an annual salary need the hours: refused.
    for (text, word) in [
        ("45/h", "/h"),
        ("45 per hour", "per hour"),
        ("45 pro Stunde", "pro Stunde"),
        ("45 de l'heure", "de l'heure"),
        ("45 per uur", "per uur"),
        ("45 hourly", "hourly"),
    ] {
        let msg =
            format!("“{word}” would need the hours worked to convert: type an amount per year.");
        case(Field::Salary, text, Flag(Box::leak(msg.into_boxed_str())));
    }
    case(
        Field::Rate,
        "4000 a month",
        Flag("“a month” would need the hours worked to convert: type an amount per hour."),
    );
    case(
        Field::Rate,
        "4000 par mois",
        Flag("“par mois” would need the hours worked"),
    );
    for (text, word) in [
        ("8 h a day", "a day"),
        ("8 h pro Tag", "pro Tag"),
        ("8 h par jour", "par jour"),
        ("8 uur per dag", "per dag"),
        ("8 daily", "daily"),
    ] {
        let msg = format!(
            "“{word}” would need the days worked to convert: type a number of hours per month."
        );
        case(Field::Hours, text, Flag(Box::leak(msg.into_boxed_str())));
    }
    case(
        Field::Hours,
        "40 per hour",
        Flag("“per hour” is not a number of hours per month."),
    );
    case(
        Field::Hours,
        "40 EUR",
        Flag("“EUR” is not a number of hours per month."),
    );
    case(
        Field::Hours,
        "40%",
        Flag("“%” is not a number of hours per month."),
    );
    case(Field::Salary, "10%", Flag("“%” is not an amount per year."));
    case(
        Field::Salary,
        "45000 h",
        Flag("“h” is not an amount per year."),
    );
    case(
        Field::Recruiting,
        "500 per month",
        Flag("“per month” is not a one-time amount."),
    );
    case(
        Field::OnCosts,
        "10 per week",
        Flag("“per week” is not a percentage."),
    );
    case(Field::OnCosts, "10 EUR", Flag("“EUR” is not a percentage."));
    case(
        Field::Fte,
        "50%",
        Flag("“%” is not a fraction of full time, like 0.5."),
    );
    case(
        Field::Fx,
        "0.9 EUR",
        Flag("“EUR” is not a number of units per US dollar."),
    );
    case(
        Field::Horizon,
        "2 per month",
        Flag("“per month” is not a number of months."),
    );
}

/// Issue: "3 people" got "no exponents like 1e5". Each message names the
/// real problem; exponents keep theirs.
#[test]
fn an_unknown_word_is_named_not_taken_for_an_exponent() {
    case(
        Field::Hours,
        "3 people",
        Flag("“people” is not a unit this field understands: type a number of hours per month."),
    );
    case(
        Field::MgmtHours,
        "3 Leute",
        Flag("“Leute” is not a unit this field understands: type a number of hours per week."),
    );
    case(
        Field::Fte,
        "3 people",
        Flag("“people” is not a unit this field understands: type a fraction"),
    );
    case(
        Field::Salary,
        "¥5000",
        Flag("“¥” is not a unit this field understands: type an amount per year."),
    );
    case(
        Field::Horizon,
        "about 24",
        Flag("“about” is not a unit this field understands: type a number of months."),
    );
    case(
        Field::Hours,
        "40 per",
        Flag("“per” is not a unit this field understands"),
    );
    case(
        Field::Hours,
        "40/week/month",
        Flag("“/week” and “/month” say different things: keep one."),
    );
    case(
        Field::Salary,
        "$45000 EUR",
        Flag("“$” and “EUR” say different things: keep one."),
    );
    case(
        Field::Hours,
        "40 h %",
        Flag("“h” and “%” say different things"),
    );
    for text in ["1e5", "1E5 h", "10^6", "2.5e3/week"] {
        case(Field::Hours, text, Flag("Type the number in full"));
    }
    case(Field::Hours, "40 h 30", Flag("Not a number"));
}

/// The messages and notes in German, French and Dutch words.
#[test]
fn unit_words_speak_the_pages_language() {
    use outsource_check::model::i18n::{set_language_with, Lang};
    let cases: [(Lang, &str, &str, &str, &str); 3] = [
        (
            Lang::De,
            "40 Std. pro Woche",
            "Gelesen als 40 h pro Woche: 173,33 h pro Monat.",
            "24 Stunden",
            "„Stunden“ passt hier nicht: Geben Sie eine Anzahl Monate ein.",
        ),
        (
            Lang::Fr,
            "40 heures par semaine",
            "Lu comme 40 h par semaine\u{202f}: 173,33 h par mois.",
            "24 heures",
            "«\u{202f}heures\u{202f}» n'est pas un nombre de mois.",
        ),
        (
            Lang::Nl,
            "40 uur per week",
            "Gelezen als 40 uur per week: 173,33 uur per maand.",
            "24 uur",
            "“uur” past hier niet: typ een aantal maanden.",
        ),
    ];
    for (lang, weekly, note, hours, refusal) in cases {
        let path = format!("i18n/{}.json", lang.code());
        let cat: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        set_language_with(
            lang,
            Box::new(move |en| cat.get(en).and_then(|v| v.as_str()).map(String::from)),
        );
        let p = parse_field(Field::Hours, weekly, Decimal::Comma, PageCurrency::usd())
            .unwrap()
            .unwrap();
        assert_eq!(reading_note(p.note().unwrap(), Decimal::Comma), note);
        let e =
            parse_field(Field::Horizon, hours, Decimal::Comma, PageCurrency::usd()).unwrap_err();
        let plain = outsource_check::model::text::Plain("");
        assert_eq!(e.message(Field::Horizon.spec().unit, &plain), refusal);
    }
    set_language_with(Lang::En, Box::new(|_| None));
}

/// The form keeps the typed text, takes the converted value and says what
/// it did beside the field, through the note it already shows.
#[test]
fn the_form_shows_the_conversion_beside_the_field() {
    let mut form = Form::new(Inputs::default(), Decimal::Point);
    form.apply(Action::Text(Field::Hours, "40/week".into()));
    assert_eq!(form.text(Field::Hours), "40/week");
    assert_eq!(form.inputs.get(Field::Hours), Some(40.0 * 52.0 / 12.0));
    let note = form
        .reading(Field::Hours)
        .map(|n| reading_note(n, form.decimal));
    assert_eq!(
        note.as_deref(),
        Some("Read as 40 h a week: 173.33 h a month.")
    );
    form.apply(Action::Text(Field::Hours, "24 people".into()));
    assert!(form.error(Field::Hours).is_some());
    assert_eq!(form.reading(Field::Hours), None);
    assert_eq!(
        form.inputs.get(Field::Hours),
        Some(40.0 * 52.0 / 12.0),
        "last valid value stays"
    );
}

mod by_hand {
    //! Any accepted text with unit words gives the plain number converted
    //! by hand; a text the rules refuse is refused, naming a word.
    use super::*;
    use outsource_check::model::parse::Per;
    use proptest::prelude::*;

    #[derive(Clone, Copy, Debug, PartialEq)]
    enum Q {
        Hours,
        Weeks,
        Months,
        Years,
        Percent,
    }

    const PER: &[(&str, Per)] = &[
        ("/week", Per::Week),
        ("/wk", Per::Week),
        (" a week", Per::Week),
        (" weekly", Per::Week),
        (" pro Woche", Per::Week),
        (" par semaine", Per::Week),
        (" per week", Per::Week),
        ("/month", Per::Month),
        ("/mo", Per::Month),
        (" a month", Per::Month),
        (" im Monat", Per::Month),
        (" pro Monat", Per::Month),
        (" par mois", Per::Month),
        (" per maand", Per::Month),
        ("/yr", Per::Year),
        (" a year", Per::Year),
        (" annual", Per::Year),
        (" pro Jahr", Per::Year),
        (" par an", Per::Year),
        (" per jaar", Per::Year),
        ("/h", Per::Hour),
        (" an hour", Per::Hour),
        (" pro Stunde", Per::Hour),
        (" par heure", Per::Hour),
        (" per uur", Per::Hour),
        (" a day", Per::Day),
        (" pro Tag", Per::Day),
        (" par jour", Per::Day),
        (" per dag", Per::Day),
    ];
    const QTY: &[(&str, Q)] = &[
        (" h", Q::Hours),
        (" hours", Q::Hours),
        (" Std.", Q::Hours),
        (" heures", Q::Hours),
        (" uur", Q::Hours),
        (" weeks", Q::Weeks),
        (" Wochen", Q::Weeks),
        (" semaines", Q::Weeks),
        (" weken", Q::Weeks),
        (" months", Q::Months),
        (" Monate", Q::Months),
        (" mois", Q::Months),
        (" maanden", Q::Months),
        (" years", Q::Years),
        (" Jahre", Q::Years),
        (" ans", Q::Years),
        (" jaar", Q::Years),
        ("%", Q::Percent),
        (" Prozent", Q::Percent),
        (" pour cent", Q::Percent),
        (" procent", Q::Percent),
    ];
    const CUR: &[(&str, Currency)] = &[
        ("EUR", Currency::Eur),
        ("€", Currency::Eur),
        ("£", Currency::Gbp),
        ("GBP", Currency::Gbp),
        ("₹", Currency::Inr),
        ("USD", Currency::Usd),
        ("US$", Currency::Usd),
        ("CA$", Currency::Cad),
        ("R$", Currency::Brl),
        ("PLN", Currency::Pln),
        ("ZAR", Currency::Zar),
    ];
    const FIELDS: &[Field] = &[
        Field::Hours,
        Field::MgmtHours,
        Field::ProductiveHours,
        Field::Salary,
        Field::SeatMonthly,
        Field::Rate,
        Field::Recruiting,
        Field::Horizon,
        Field::OnboardingWeeks,
        Field::OnCosts,
    ];

    /// Weeks in a period, by the project's convention.
    fn weeks(p: Per) -> f64 {
        match p {
            Per::Week => 1.0,
            Per::Month => 52.0 / 12.0,
            Per::Year => 52.0,
            Per::Hour | Per::Day => unreachable!(),
        }
    }

    /// The field's value for `v` with these words, or `None`: refused.
    fn by_hand(
        f: Field,
        v: f64,
        cur: Option<Currency>,
        qty: Option<Q>,
        per: Option<Per>,
        page: PageCurrency,
    ) -> Option<f64> {
        let field_per = match f {
            Field::Hours | Field::SeatMonthly => Some(Per::Month),
            Field::MgmtHours => Some(Per::Week),
            Field::ProductiveHours | Field::Salary => Some(Per::Year),
            Field::Rate => Some(Per::Hour),
            _ => None,
        };
        let money = matches!(
            f,
            Field::Salary | Field::SeatMonthly | Field::Rate | Field::Recruiting
        );
        let hours = matches!(f, Field::Hours | Field::MgmtHours | Field::ProductiveHours);
        let mut value = v;
        match (f, qty) {
            (_, None) => {}
            (Field::Horizon, Some(Q::Months))
            | (Field::OnboardingWeeks, Some(Q::Weeks))
            | (Field::OnCosts, Some(Q::Percent)) => {}
            (Field::Horizon, Some(Q::Years)) => value = v * 12.0,
            (Field::OnboardingWeeks, Some(Q::Months)) => value = v * 52.0 / 12.0,
            (Field::OnboardingWeeks, Some(Q::Years)) => value = v * 52.0,
            (_, Some(Q::Hours)) if hours => {}
            _ => return None,
        }
        if let Some(p) = per {
            let fp = field_per?;
            if !(money || hours) {
                return None;
            }
            if p != fp {
                if matches!(p, Per::Hour | Per::Day) || fp == Per::Hour {
                    return None;
                }
                value = value * weeks(fp) / weeks(p);
            }
        }
        if let Some(c) = cur {
            if !money {
                return None;
            }
            if c != page.currency {
                value = value * page.fx / c.per_usd();
            }
        }
        Some(value)
    }

    fn pick<T: Clone + std::fmt::Debug + 'static>(
        items: &'static [T],
    ) -> impl Strategy<Value = Option<T>> {
        prop::option::of(prop::sample::select(items))
    }

    proptest! {
        #[test]
        fn accepted_unit_words_give_the_number_converted_by_hand(
            f in prop::sample::select(FIELDS),
            cents in 0u64..10_000_000,
            cur in pick(CUR),
            cur_first in any::<bool>(),
            qty in pick(QTY),
            per in pick(PER),
            page in prop::sample::select(&[
                (Currency::Usd, 1.0),
                (Currency::Eur, 0.851),
                (Currency::Eur, 0.9),
                (Currency::Inr, 89.854),
            ][..]),
        ) {
            let page = PageCurrency::new(page.0, page.1);
            let v = cents as f64 / 100.0;
            let mut text = String::new();
            if let (Some((c, _)), true) = (cur, cur_first) {
                text.push_str(c);
            }
            text.push_str(&v.to_string());
            if let Some((q, _)) = qty {
                text.push_str(q);
            }
            if let (Some((c, _)), false) = (cur, cur_first) {
                text.push(' ');
                text.push_str(c);
            }
            if let Some((p, _)) = per {
                text.push_str(p);
            }
            let want = by_hand(f, v, cur.map(|c| c.1), qty.map(|q| q.1), per.map(|p| p.1), page);
            let got = parse_field(f, &text, Decimal::Point, page);
            let (min, max) = f.spec().range(page.fx);
            match (want, got) {
                (Some(w), Ok(Some(p))) => prop_assert!(
                    (p.value - w).abs() <= 1e-9 * w.abs().max(1.0),
                    "{f:?} {text:?}: {} by the parser, {w} by hand", p.value
                ),
                (Some(w), Err(ParseError::BelowMin { .. })) => prop_assert!(w < min, "{f:?} {text:?}"),
                (Some(w), Err(ParseError::AboveMax { .. })) => prop_assert!(w > max, "{f:?} {text:?}"),
                (Some(w), Err(ParseError::NotWhole)) => prop_assert!(w.fract() != 0.0, "{f:?} {text:?}"),
                (None, Err(e)) => prop_assert!(
                    matches!(e, ParseError::WrongUnit { .. } | ParseError::NeedsHours { .. } | ParseError::NeedsDays { .. }),
                    "{f:?} {text:?}: {e:?}"
                ),
                (want, got) => prop_assert!(false, "{f:?} {text:?}: by hand {want:?}, parsed {got:?}"),
            }
        }
    }
}
