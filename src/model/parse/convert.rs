//! What unit words do to a number in a given field: convert what is
//! unambiguous, refuse the rest naming the word.

use super::units::{clip, field_period, Amount, Conversion, PageCurrency, Per, UnitError};
use super::words::{Cur, Qty, Words};
use crate::model::data::Currency;
use crate::model::scenario::{Field, Unit, WEEKS_PER_MONTH};

use Per::{Day, Hour, Month, Week, Year};

/// Weeks in a period (a month is 52/12 weeks, a year 52).
fn weeks(p: Per) -> f64 {
    match p {
        Week => 1.0,
        Month => WEEKS_PER_MONTH,
        Year => 52.0,
        // Not converted (see `apply`).
        Hour | Day => f64::NAN,
    }
}

/// `value` per `from` as a figure per `to` (weeks, months, years).
fn per_period(value: f64, from: Per, to: Per) -> f64 {
    match (from, to) {
        (Week, Month) => value * 52.0 / 12.0,
        (Month, Week) => value * 12.0 / 52.0,
        (Month, Year) => value * 12.0,
        (Year, Month) => value / 12.0,
        (Week, Year) => value * 52.0,
        (Year, Week) => value / 52.0,
        _ => value * weeks(to) / weeks(from),
    }
}

/// A currency as meant on a page in `page`: a bare "$" is the page's own
/// dollar or peso, else the US dollar.
fn resolve(cur: Cur, page: Currency) -> Currency {
    match cur {
        Cur::Known(c) => c,
        Cur::Dollar => match page {
            Currency::Usd | Currency::Cad | Currency::Aud | Currency::Nzd | Currency::Mxn => page,
            _ => Currency::Usd,
        },
    }
}

/// The number `value` with its `words` as a value of `field`, and what was
/// converted, if anything.
pub(super) fn apply(
    field: Field,
    value: f64,
    words: &Words,
    money: PageCurrency,
) -> Result<(f64, Option<Conversion>), UnitError> {
    let unit = field.spec().unit;
    let wrong = |word: &str| UnitError::Wrong(clip(word));
    let is_money = matches!(unit, Unit::Money | Unit::MoneyPerHour);
    let mut out = value;
    let mut from: Option<Amount> = None;
    let mut to: Option<Amount> = None;

    // What is counted.
    if let Some((q, word)) = &words.qty {
        match (unit, q) {
            (Unit::Hours, Qty::Time(Hour))
            | (Unit::Percent, Qty::Percent)
            | (Unit::Fte, Qty::Fte)
            | (Unit::Months, Qty::Time(Month))
            | (Unit::Weeks, Qty::Time(Week)) => {}
            (Unit::Months, Qty::Time(Year)) => {
                out = value * 12.0;
                from = Some(Amount::Count(Year));
                to = Some(Amount::Count(Month));
            }
            (Unit::Weeks, Qty::Time(p @ (Month | Year))) => {
                out = value * weeks(*p);
                from = Some(Amount::Count(*p));
                to = Some(Amount::Count(Week));
            }
            _ => return Err(wrong(word)),
        }
    }
    // The currency.
    let mut typed_in = None;
    if let Some((cur, word)) = &words.currency {
        if !is_money {
            return Err(wrong(word));
        }
        let c = resolve(*cur, money.currency);
        if c != money.currency {
            typed_in = Some(c);
        }
    }
    // The period.
    let period = field_period(field);
    let mut typed_per = period;
    if let Some((p, word)) = &words.per {
        if !(is_money || unit == Unit::Hours) || period.is_none() {
            return Err(wrong(word));
        }
        let field_per = period.unwrap_or(*p);
        if *p != field_per {
            let needs_hours = UnitError::NeedsHours(clip(word));
            match (*p, field_per) {
                (Hour, _) if unit == Unit::Hours => return Err(wrong(word)),
                (Hour, _) | (_, Hour) => return Err(needs_hours),
                (Day, _) => return Err(UnitError::NeedsDays(clip(word))),
                _ => out = per_period(value, *p, field_per),
            }
            typed_per = Some(*p);
        }
    }
    if is_money && (typed_in.is_some() || typed_per != period) {
        if let Some(c) = typed_in {
            out = out / c.per_usd() * money.fx;
        }
        let code = |c: Currency| typed_in.map(|_| c);
        from = Some(Amount::Money(
            code(typed_in.unwrap_or(money.currency)),
            typed_per,
        ));
        to = Some(Amount::Money(code(money.currency), period));
    } else if unit == Unit::Hours && typed_per != period {
        from = Some(Amount::Hours(typed_per));
        to = Some(Amount::Hours(period));
    }
    let conversion = match (from, to) {
        (Some(from), Some(to)) => Some(Conversion {
            typed: value,
            from,
            value: out,
            to,
        }),
        _ => None,
    };
    Ok((out, conversion))
}
