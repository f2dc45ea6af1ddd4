//! Unit tests of `parse`.

use super::*;
use crate::model::data::Currency;
use crate::model::i18n::Lang;
use crate::model::numbers::Local;
use Decimal::{Comma, Point};

#[track_caller]
fn ok(text: &str, want: f64) {
    assert_eq!(
        parse_number(text, Point).map(|p| p.value),
        Ok(want),
        "{text:?}"
    );
}
#[track_caller]
fn err(text: &str, want: ParseError) {
    assert_eq!(parse_number(text, Point), Err(want), "{text:?}");
}
#[track_caller]
fn read(text: &str, locale: Decimal, want: f64, reading: Option<Reading>) {
    assert_eq!(
        parse_number(text, locale),
        Ok(Parsed {
            value: want,
            reading,
            conversion: None,
        }),
        "{text:?}"
    );
}

#[test]
fn reads_numbers_as_people_type_them() {
    ok("1,200", 1200.0);
    ok(" 40 ", 40.0);
    ok("$45", 45.0);
    ok("45/h", 45.0);
    ok("45 per hour", 45.0);
    ok("3 months", 3.0);
    ok("2 weeks", 2.0);
    ok("€1.234,50", 1234.5);
    ok("1,234.5", 1234.5);
    ok("1.234,5", 1234.5);
    ok("1 234 567", 1234567.0);
    ok("1,234,567.25", 1234567.25);
    ok("+12", 12.0);
    ok("0", 0.0);
    ok("-0", 0.0);
    ok("25%", 25.0);
    ok("45k", 45000.0);
    ok("USD 45", 45.0);
    // Amounts as the page writes them in each language, typed back.
    ok("45\u{a0}$US", 45.0);
    ok("45 $CA", 45.0);
    ok("45 £GB", 45.0);
    ok("US$ 45", 45.0);
    ok("€\u{a0}45", 45.0);
    ok("NZ$45", 45.0);
    ok("R$ 45", 45.0);
    ok("PLN\u{a0}45", 45.0);
    ok("45 ZAR", 45.0);
    ok("£26.50", 26.5);
    ok(".5", 0.5);
    ok("0,125", 0.125);
    ok("12,5", 12.5);
    ok("1234,567", 1234.567);
    ok("١٢٣", 123.0);
    ok("४५", 45.0);
    ok("４５", 45.0);
}

#[test]
fn flags_what_cannot_be_used() {
    err("", ParseError::NotANumber);
    err("abc", ParseError::NotANumber);
    err("NaN", ParseError::NotANumber);
    err("Infinity", ParseError::NotANumber);
    err("-5", ParseError::Negative);
    err("1e309", ParseError::Exponent);
    err("10^12", ParseError::Exponent);
    err(&"9".repeat(10_000), ParseError::TooLong);
    err("99999999999999999999", ParseError::TooLarge);
    err("1,2,3", ParseError::BadGrouping);
    err("1.2.3,4,5", ParseError::BadGrouping);
    err("$", ParseError::NotANumber);
}

#[test]
fn ambiguous_entries_follow_the_locale_and_say_so() {
    read("1.234", Point, 1.234, Some(Reading::Decimal));
    read("1.234", Comma, 1234.0, Some(Reading::Thousands));
    read("1,234", Point, 1234.0, Some(Reading::Thousands));
    read("1,234", Comma, 1.234, Some(Reading::Decimal));
    read("1.5", Comma, 1.5, None);
}

#[test]
fn fields_check_their_ranges() {
    assert_eq!(
        parse_field(Field::Hours, "  ", Point, PageCurrency::usd()),
        Ok(None)
    );
    assert_eq!(
        parse_field(Field::OnCosts, "150%", Point, PageCurrency::usd()),
        Err(ParseError::AboveMax { max: 100.0 })
    );
    assert_eq!(
        parse_field(Field::Hours, "0", Point, PageCurrency::usd()),
        Err(ParseError::BelowMin { min: 1.0 })
    );
    assert_eq!(
        parse_field(Field::Horizon, "12.5", Point, PageCurrency::usd()),
        Err(ParseError::NotWhole)
    );
    assert_eq!(
        parse_field(Field::Horizon, "24", Point, PageCurrency::usd()).map(|p| p.map(|p| p.value)),
        Ok(Some(24.0))
    );
}

#[test]
fn money_ranges_follow_the_currency() {
    // ₹2,500 an hour is an ordinary rate; $2,500 is past the cap.
    let inr = PageCurrency::new(Currency::Inr, 88.0);
    assert_eq!(
        parse_field(Field::Rate, "2500", Point, inr).map(|p| p.map(|p| p.value)),
        Ok(Some(2500.0))
    );
    assert_eq!(
        parse_field(Field::Rate, "2500", Point, PageCurrency::usd()),
        Err(ParseError::AboveMax { max: 2000.0 })
    );
    assert_eq!(
        parse_field(Field::Salary, "9000000", Point, inr).map(|p| p.is_some()),
        Ok(true)
    );
    // Not money: the range does not move.
    assert_eq!(
        parse_field(Field::Hours, "2500", Point, inr),
        Err(ParseError::AboveMax { max: 2000.0 })
    );
}

fn en() -> Local {
    Local::new(Lang::En, Currency::Usd)
}

#[test]
fn messages_are_plain_words() {
    assert_eq!(
        ParseError::AboveMax { max: 100.0 }.message(Unit::Percent, &en()),
        "Must be at most 100%."
    );
    assert_eq!(
        ParseError::BelowMin { min: 1000.0 }.message(Unit::Money, &en()),
        "Must be at least 1,000."
    );
    assert_eq!(plain(1234567.5), "1,234,567.5");
}

#[test]
fn limits_in_messages_are_written_as_the_formatter_writes_numbers() {
    // The words are the page's (English here); the numbers the formatter's.
    let de = Local::new(Lang::De, Currency::Usd);
    assert_eq!(
        ParseError::AboveMax { max: 2000.0 }.message(Unit::Hours, &de),
        "Must be at most 2.000."
    );
    assert_eq!(
        ParseError::AboveMax { max: 100.0 }.message(Unit::Percent, &de),
        "Must be at most 100\u{a0}%."
    );
    assert_eq!(plain(-0.0), "0");
    assert_eq!(plain(0.125), "0.13");
}

#[test]
fn the_number_alone_checks_its_words_without_applying_them() {
    // `parse_number` has no field: the words are known, not applied.
    ok("40/week", 40.0);
    ok("40 Std. pro Woche", 40.0);
    ok("4000 par mois", 4000.0);
    ok("50 EUR", 50.0);
    ok("45k €", 45000.0);
    err("-$5", ParseError::Negative);
    err("US$ -43.750", ParseError::Negative);
    let unknown = |w: &str| ParseError::UnknownWord {
        word: w.into(),
        expect: Expect::Number,
    };
    err("3 people", unknown("people"));
    err("10 per", unknown("per"));
    err("about 40", unknown("about"));
    err("40 h 30", ParseError::NotANumber);
    err("1e5", ParseError::Exponent);
    // A word is quoted as typed, at most 24 characters.
    err(
        "3 Mitarbeiterinnenundmitarbeiter",
        unknown("Mitarbeiterinnenundmitar…"),
    );
}

#[track_caller]
fn field(
    f: Field,
    text: &str,
    money: PageCurrency,
) -> Result<(f64, Option<Conversion>), ParseError> {
    parse_field(f, text, Point, money).map(|p| {
        let p = p.expect("not blank");
        (p.value, p.conversion)
    })
}

#[test]
fn a_conversion_says_what_was_typed_and_what_the_field_took() {
    let usd = PageCurrency::usd();
    assert_eq!(
        field(Field::Hours, "40/week", usd),
        Ok((
            40.0 * 52.0 / 12.0,
            Some(Conversion {
                typed: 40.0,
                from: Amount::Hours(Some(Per::Week)),
                value: 40.0 * 52.0 / 12.0,
                to: Amount::Hours(Some(Per::Month)),
            })
        ))
    );
    // The currency is named only when it changed.
    assert_eq!(
        field(Field::Salary, "4k/month", usd).map(|(_, c)| c.map(|c| (c.from, c.to))),
        Ok(Some((
            Amount::Money(None, Some(Per::Month)),
            Amount::Money(None, Some(Per::Year))
        )))
    );
    assert_eq!(
        field(Field::Rate, "€50", usd).map(|(_, c)| c.map(|c| (c.from, c.to))),
        Ok(Some((
            Amount::Money(Some(Currency::Eur), Some(Per::Hour)),
            Amount::Money(Some(Currency::Usd), Some(Per::Hour))
        )))
    );
    // A "$" is the page's own dollar, else the US dollar.
    let aud = PageCurrency::new(Currency::Aud, 1.495);
    assert_eq!(field(Field::Rate, "$45", aud), Ok((45.0, None)));
    let inr = PageCurrency::new(Currency::Inr, 89.854);
    assert_eq!(
        field(Field::Rate, "$45", inr).map(|v| v.0),
        Ok(45.0 * 89.854)
    );
    // Money ranges follow the page's currency after converting: $25 is ₹2,246.
    assert_eq!(
        field(Field::Rate, "25 USD", inr).map(|v| v.0),
        Ok(25.0 * 89.854)
    );
}

#[test]
fn refusals_name_the_word_and_what_the_field_takes() {
    let usd = PageCurrency::usd();
    let wrong = |w: &str, expect| ParseError::WrongUnit {
        word: w.into(),
        expect,
    };
    assert_eq!(
        field(Field::Horizon, "24 hours", usd),
        Err(wrong("hours", Expect::Months))
    );
    assert_eq!(
        field(Field::Salary, "45/h", usd),
        Err(ParseError::NeedsHours {
            word: "/h".into(),
            expect: Expect::Money(Some(Per::Year))
        })
    );
    assert_eq!(
        field(Field::Hours, "8 h par jour", usd),
        Err(ParseError::NeedsDays {
            word: "par jour".into(),
            expect: Expect::Hours(Some(Per::Month))
        })
    );
    assert_eq!(
        field(Field::Hours, "3 people", usd),
        Err(ParseError::UnknownWord {
            word: "people".into(),
            expect: Expect::Hours(Some(Per::Month))
        })
    );
    assert_eq!(
        field(Field::Hours, "40 /week /month", usd),
        Err(ParseError::Conflict {
            first: "/week".into(),
            second: "/month".into()
        })
    );
    assert_eq!(
        ParseError::NeedsHours {
            word: "/h".into(),
            expect: Expect::Money(Some(Per::Year))
        }
        .message(Unit::Money, &en()),
        "“/h” would need the hours worked to convert: type an amount per year."
    );
    for f in Field::ALL {
        // Every field says what it takes.
        assert!(!Expect::of(*f).words().is_empty());
    }
}
