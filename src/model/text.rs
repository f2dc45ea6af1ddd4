//! Words built from the model: field values with their units, where a default
//! comes from, the explanation of the formulas. Money and numbers are
//! formatted by the caller (the page in its language, `numbers::Local`; host
//! tests and exports use [`Plain`]), so every sentence is tested on the host.

use super::cost::Comparison;
use super::data::Currency;
use super::data::{Basis, Provenance};
use super::i18n::{tr, trf};
/// Re-exported: it was defined here before numbers.rs took it.
pub use super::numbers::Fmt;
use super::numbers::{plain, Decimal};
use super::parse::{Amount, Conversion, Note, Per, Reading};
use super::scenario::{ProviderKind, Scenario, Unit, WEEKS_PER_MONTH};

/// Locale-free formatting with a currency symbol: "$1,234", "$31.2", "0.75".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Plain(pub &'static str);

impl Fmt for Plain {
    fn percent(&self, v: f64, digits: u32) -> String {
        super::numbers::percent(v, digits as usize, super::i18n::Lang::En)
    }
    fn money(&self, v: f64) -> String {
        self.sign(v.round(), plain(v.round().abs()))
    }
    fn cents(&self, v: f64) -> String {
        let r = (v * 100.0).round() / 100.0;
        self.sign(r, plain(r.abs()))
    }
    fn number(&self, v: f64, digits: u32) -> String {
        let scale = 10f64.powi(digits.min(4) as i32);
        let r = (v * scale).round() / scale;
        let text = plain(r.abs());
        if r < 0.0 {
            format!("-{text}")
        } else {
            text
        }
    }
}

impl Plain {
    fn sign(&self, v: f64, abs: String) -> String {
        if v < 0.0 {
            format!("-{}{abs}", self.0)
        } else {
            format!("{}{abs}", self.0)
        }
    }
}

/// The horizon in words: "a year" or "N months" (or "1 month").
pub fn span(months: u32) -> String {
    match months {
        12 => tr("a year").to_string(),
        1 => tr("1 month").to_string(),
        m => trf("{months} months", &[("months", &m.to_string())]),
    }
}

/// A value in a field's unit, for display ("$31.20/h", "10%", "6 weeks").
pub fn format_unit(unit: Unit, v: f64, f: &dyn Fmt) -> String {
    match unit {
        Unit::Money => f.money(v),
        Unit::MoneyPerHour => per_hour(&f.cents(v)),
        Unit::Percent => f.percent(v, 1),
        Unit::Hours => trf("{hours} h", &[("hours", &f.number(v, 1))]),
        Unit::Weeks => trf("{weeks} weeks", &[("weeks", &f.number(v, 1))]),
        Unit::Months => trf("{months} months", &[("months", &f.number(v, 0))]),
        Unit::Fte => f.number(v, 2),
        Unit::Rate => f.number(v, 4),
    }
}

/// An hourly amount: "$31.20/h".
pub fn per_hour(amount: &str) -> String {
    trf("{amount}/h", &[("amount", amount)])
}

/// Where a default comes from: "Sourced: OEWS24 (May 2024): note." and the like.
pub fn describe(p: &Provenance) -> String {
    match p.basis {
        Basis::Sourced => trf(
            "Sourced: {source} ({year}): {note}.",
            &[
                ("source", p.key),
                ("year", tr(p.year)),
                ("note", tr(p.note)),
            ],
        ),
        Basis::Derived if p.key.is_empty() => trf("Derived: {note}.", &[("note", tr(p.note))]),
        Basis::Derived => trf(
            "Derived from {source} ({year}): {note}.",
            &[
                ("source", p.key),
                ("year", tr(p.year)),
                ("note", tr(p.note)),
            ],
        ),
        Basis::Assumption => trf("Assumption: {note}.", &[("note", tr(p.note))]),
    }
}

/// A range in a text ("0.7–1.5", "$20–150", "0,7–1,5") kept on one line: a
/// word joiner after its dash takes away the line break a dash allows. The
/// numbers themselves are written by the text's own language (the
/// catalogues write theirs as their language does).
pub fn join_ranges(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        out.push(c);
        if c == '–'
            && chars
                .peek()
                .is_some_and(|n| n.is_ascii_digit() || "$€£¥₹".contains(*n))
        {
            out.push('\u{2060}');
        }
    }
    out
}

/// How a field's text was read, said beside the field: a unit converted
/// ("Read as 40 h a week: 173.33 h a month.") and how an ambiguous entry
/// such as "1.234" was read. Numbers are written as the field writes them
/// (no grouping, the language's decimal mark), so they can be typed back.
pub fn reading_note(note: impl Into<Note>, decimal: Decimal) -> String {
    let note = note.into();
    let mut out = Vec::new();
    if let Some(c) = note.conversion {
        out.push(conversion_note(&c, decimal));
    }
    if let Some(r) = note.reading {
        out.push(separator_note(r, decimal));
    }
    out.join(" ")
}

/// "Read as 40 h a week: 173.33 h a month."
pub fn conversion_note(c: &Conversion, decimal: Decimal) -> String {
    let typed = amount_words(c.typed, 4, c.from, decimal);
    let value = amount_words(c.value, 2, c.to, decimal);
    let currency = matches!(c.from, Amount::Money(Some(_), _));
    let args = [("typed", typed.as_str()), ("value", value.as_str())];
    if currency {
        trf(
            "Read as {typed}: {value} at the exchange rates in use.",
            &args,
        )
    } else {
        trf("Read as {typed}: {value}.", &args)
    }
}

/// "40 h a week", "4000 EUR a month", "2 years": `v` with at most `digits`
/// decimals, no grouping and the language's decimal mark, as typed.
fn amount_words(v: f64, digits: i32, a: Amount, decimal: Decimal) -> String {
    let scale = 10f64.powi(digits);
    // `num::decimal`, not `format!("{}")`: the same text without core's float
    // formatting in the wasm.
    let n = crate::model::num::decimal((v * scale).round() / scale);
    let n = match decimal {
        Decimal::Point => n,
        Decimal::Comma => n.replace('.', ","),
    };
    let one = n == "1";
    match a {
        Amount::Hours(per) => {
            let args = [("n", n.as_str())];
            match per {
                Some(Per::Week) => trf("{n} h a week", &args),
                Some(Per::Month) => trf("{n} h a month", &args),
                Some(Per::Year) => trf("{n} h a year", &args),
                _ => format!("{n} h"),
            }
        }
        Amount::Money(currency, per) => {
            let n = match currency {
                Some(c) => format!("{n} {}", Currency::code(c)),
                None => n,
            };
            let args = [("n", n.as_str())];
            match per {
                Some(Per::Hour) => trf("{n} an hour", &args),
                Some(Per::Week) => trf("{n} a week", &args),
                Some(Per::Month) => trf("{n} a month", &args),
                Some(Per::Year) => trf("{n} a year", &args),
                _ => n.clone(),
            }
        }
        Amount::Count(per) => {
            let args = [("n", n.as_str())];
            match (per, one) {
                (Per::Week, true) => trf("{n} week", &args),
                (Per::Week, false) => trf("{n} weeks", &args),
                (Per::Month, true) => trf("{n} month", &args),
                (Per::Month, false) => trf("{n} months", &args),
                (Per::Year, true) => trf("{n} year", &args),
                _ => trf("{n} years", &args),
            }
        }
    }
}

/// How an ambiguous entry such as "1.234" was read.
/// The example is the entry that reads that way in the field's language:
/// "1,234" is a thousand and more with a decimal point, "1.234" with a
/// decimal comma.
fn separator_note(r: Reading, decimal: Decimal) -> String {
    // The entry that reads as a decimal, and the one that reads as thousands.
    let (as_decimal, as_thousands) = match decimal {
        Decimal::Point => ("1.234", "1,234"),
        Decimal::Comma => ("1,234", "1.234"),
    };
    match r {
        Reading::Thousands => trf(
            "Read as thousands: {typed} is {value}.",
            &[("typed", as_thousands), ("value", "1234")],
        ),
        Reading::Decimal => trf(
            "Read as a decimal: {typed} is a little more than 1.",
            &[("typed", as_decimal)],
        ),
    }
}

/// What each side pays to stop, as the horizon assumes it (an assumption):
/// the arrangement with the provider ends or changes hands at the end of the
/// horizon, so it pays its exit cost; the job itself goes on, so the
/// employee stays and in-house pays nothing to stop within the horizon.
fn stopping_line(c: &Comparison, s: &Scenario, f: &dyn Fmt) -> String {
    if s.exit_cost > 0.0 && s.provider.bills_hours() {
        trf(
            "Stopping: outsourcing is charged its exit cost {exit} in month {last}, for a handover or a change of provider; the job itself goes on, so the employee stays and in-house pays nothing to stop within the horizon (no notice or severance is costed; were the job to end, notice would be paid for the hours still worked).",
            &[
                ("exit", &f.money(s.exit_cost)),
                ("last", &c.months.to_string()),
            ],
        )
    } else {
        tr("Stopping: neither side is charged anything to stop within the horizon; the job is assumed to go on.").to_string()
    }
}

/// "How this is calculated": each formula in words with the current numbers.
pub fn explain_lines(c: &Comparison, s: &Scenario, f: &dyn Fmt) -> Vec<String> {
    let pct = |v: f64| f.percent(v * 100.0, 1);
    let weeks = f.number(WEEKS_PER_MONTH, 2);
    let break_even_rate = if c.fair.break_even.is_finite() && c.fair.break_even > 0.0 {
        per_hour(&f.cents(c.fair.break_even))
    } else {
        tr("none (outsourcing costs more at any rate)").to_string()
    };
    let fair_rate = if s.provider == ProviderKind::Agency {
        trf(
            "Fair rate = from the {region} market rate {market}/h × (1 + agency markup {markup}) = {low}/h up to × (1 + premium {premium}) = {fair}/h: a little above the provider's market, and fair only while below the break-even rate {break_even}, at which outsourcing costs as much as in-house over the horizon, all else held. Between the fair band and the break-even rate a rate still saves, but pays more than fairness asks. It is not the per-delivered-hour cost above, which spreads one-time costs and idle hours over the hours delivered.",
            &[
                ("region", s.region.label()),
                ("market", &f.cents(c.fair.market)),
                ("premium", &pct(s.fair_premium)),
                ("markup", &pct(s.agency_markup)),
                ("low", &f.cents(c.fair.fair_low)),
                ("fair", &f.cents(c.fair.fair_high)),
                ("break_even", &break_even_rate),
            ],
        )
    } else {
        trf(
            "Fair rate = from the {region} market rate {market}/h up to × (1 + premium {premium}) = {fair}/h: a little above the provider's market, and fair only while below the break-even rate {break_even}, at which outsourcing costs as much as in-house over the horizon, all else held. Between the fair band and the break-even rate a rate still saves, but pays more than fairness asks. It is not the per-delivered-hour cost above, which spreads one-time costs and idle hours over the hours delivered.",
            &[
                ("region", s.region.label()),
                ("market", &f.cents(c.fair.market)),
                ("premium", &pct(s.fair_premium)),
                ("fair", &f.cents(c.fair.fair_high)),
                ("break_even", &break_even_rate),
            ],
        )
    };
    let (outsourced_month, outsourced_once, fair_rate, tipping) = if s.provider.bills_hours() {
        (
            outsourced_month_line(c, s, f),
            outsourced_once_line(c, s, f),
            fair_rate,
            tr("Tipping points = the rate, the management hours and the rework at which the two totals are equal, each alone with everything else held.").to_string(),
        )
    } else {
        software_lines(c, s, f)
    };
    vec![
        trf(
            "In-house per month = salary {salary} × FTE {fte} × (1 + on-costs {on_costs}) ÷ 12 + seats {seat} × {people} people + supervision {supervision} h/week × {weeks} weeks/month × {manager_rate}/h = {monthly}.",
            &[
                ("salary", &f.money(s.salary_per_year)),
                ("fte", &f.number(s.fte, 2)),
                ("on_costs", &pct(s.on_costs)),
                ("seat", &f.money(s.seat_per_month)),
                ("people", &c.headcount.to_string()),
                ("supervision", &f.number(s.supervision_hours_per_week, 1)),
                ("weeks", &weeks),
                ("manager_rate", &f.cents(s.manager_rate_per_hour)),
                ("monthly", &f.money(c.in_house.monthly)),
            ],
        ),
        trf(
            "In-house one-time = (recruiting {recruiting} + your hiring hours {hire} h × {manager_rate}/h + equipment {equipment}) per person + {weeks} onboarding weeks of loaded pay = {upfront}.",
            &[
                ("recruiting", &f.money(s.recruiting)),
                ("hire", &f.number(s.hire_hours, 1)),
                ("manager_rate", &f.cents(s.manager_rate_per_hour)),
                ("equipment", &f.money(s.equipment_per_seat)),
                ("weeks", &f.number(s.onboarding_weeks, 1)),
                ("upfront", &f.money(c.in_house.upfront)),
            ],
        ),
        outsourced_month,
        outsourced_once,
        stopping_line(c, s, f),
        trf(
            "Totals = per month × {months} months + one-time: in-house {in_house}, outsourced {outsourced}. Per delivered hour = total ÷ ({hours} h × {months} months), rework not counted as delivered: in-house {in_house_hour}/h, outsourced {outsourced_hour}/h.",
            &[
                ("months", &c.months.to_string()),
                ("in_house", &f.money(c.in_house.total)),
                ("outsourced", &f.money(c.outsourced.total)),
                ("hours", &f.number(s.hours_per_month, 1)),
                ("in_house_hour", &f.cents(c.in_house.per_delivered_hour)),
                ("outsourced_hour", &f.cents(c.outsourced.per_delivered_hour)),
            ],
        ),
        trf(
            "FTE: the work needs {hours} h ÷ {per_fte} productive h per FTE-month = {needed} FTE, {weekly} h a week of a {full} h full-time week; the default contract rounds that up to a whole hour a week, here {fte} FTE. Idle paid hours = capacity {capacity} h/month − needed {hours} h; they are inside the salary, costing {idle} over the horizon.",
            &[
                ("weekly", &f.number(c.fte_needed * s.full_week_hours, 2)),
                ("full", &f.number(s.full_week_hours, 1)),
                ("hours", &f.number(s.hours_per_month, 1)),
                ("per_fte", &f.number(s.productive_hours_per_year / 12.0, 1)),
                ("needed", &f.number(c.fte_needed, 3)),
                ("fte", &f.number(s.fte, 3)),
                ("capacity", &f.number(c.capacity_hours_per_month, 1)),
                ("idle", &f.money(c.idle_cost)),
            ],
        ),
        tr("Break-even workload = the hours per month at which the outsourced total equals the in-house total, with the employment fraction and management hours held; when that lies beyond what the FTE delivers, it is also worked out with in-house staff scaled to the work in quarter-FTE steps.").to_string(),
        fair_rate,
        tipping,
        trf(
            "Conventions: a year is 12 months and 52 weeks; amounts in {currency} at {fx} per US dollar.",
            &[("currency", s.currency.code()), ("fx", &f.number(s.fx, 4))],
        ),
    ]
}

/// The outsourced side per month, for a provider billing hours.
fn outsourced_month_line(c: &Comparison, s: &Scenario, f: &dyn Fmt) -> String {
    let pct = |v: f64| f.percent(v * 100.0, 1);
    let weeks = f.number(WEEKS_PER_MONTH, 2);
    trf(
        "Outsourced per month = {hours} h × (1 + rework {rework}) × {rate}/h × (1 + fees {fees}) + management {management} h/week × {weeks} weeks/month × {manager_rate}/h + tools {tools} = {monthly}.",
        &[
            ("hours", &f.number(s.hours_per_month, 1)),
            ("rework", &pct(s.rework)),
            ("rate", &f.cents(s.rate_per_hour)),
            ("fees", &pct(s.fees)),
            ("management", &f.number(s.mgmt_hours_per_week, 2)),
            ("weeks", &weeks),
            ("manager_rate", &f.cents(s.manager_rate_per_hour)),
            ("tools", &f.money(s.tooling_per_month)),
            ("monthly", &f.money(c.outsourced.monthly)),
        ],
    )
}

/// The outsourced one-time costs, for a provider billing hours.
fn outsourced_once_line(c: &Comparison, s: &Scenario, f: &dyn Fmt) -> String {
    trf(
        "Outsourced one-time = (onboarding {onboarding} h + finding and vetting {selection} h) × {manager_rate}/h + the provider's ramp-up ({ramp} weeks to full speed: half of them, {weekly} h a week, at the rate with fees) + trial {trial} in month 1, and exit {exit} in month {last} = {one_time}.",
        &[
            ("onboarding", &f.number(s.onboarding_hours, 1)),
            ("selection", &f.number(s.select_hours, 1)),
            ("manager_rate", &f.cents(s.manager_rate_per_hour)),
            ("ramp", &f.number(s.provider_ramp_weeks, 1)),
            ("weekly", &f.number(s.hours_per_month / WEEKS_PER_MONTH, 1)),
            ("trial", &f.money(s.trial_cost)),
            ("exit", &f.money(s.exit_cost)),
            ("last", &c.months.to_string()),
            ("one_time", &f.money(c.outsourced.upfront + c.outsourced.at_exit)),
        ],
    )
}

/// The software option's lines: per month, one-time, why no fair rate, and
/// its tipping point.
fn software_lines(c: &Comparison, s: &Scenario, f: &dyn Fmt) -> (String, String, String, String) {
    let left = crate::model::cost::hours_left(s, s.hours_per_month);
    (
        trf(
            "Software per month = subscription {subscription} + the hours it leaves, (1 − {covers} it takes over) × {hours} h = {left} h, × {manager_rate}/h = {monthly}.",
            &[
                ("subscription", &f.money(s.subscription_per_month)),
                ("covers", &f.percent(s.software_covers * 100.0, 1)),
                ("hours", &f.number(s.hours_per_month, 1)),
                ("left", &f.number(left, 1)),
                ("manager_rate", &f.cents(s.manager_rate_per_hour)),
                ("monthly", &f.money(c.outsourced.monthly)),
            ],
        ),
        trf(
            "Software one-time = set-up {setup} + learning {learn} h × {manager_rate}/h, in month 1 = {one_time}.",
            &[
                ("setup", &f.money(s.software_setup)),
                ("learn", &f.number(s.learning_hours, 1)),
                ("manager_rate", &f.cents(s.manager_rate_per_hour)),
                ("one_time", &f.money(c.outsourced.upfront + c.outsourced.at_exit)),
            ],
        ),
        tr("Software bills no hours, so there is no provider rate, fair band or region to compare.").to_string(),
        tr("Tipping point = the share of the hours the software takes over at which the two totals are equal, with everything else held.").to_string(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::data::Figure;
    use crate::model::{compare, Home, Inputs};

    #[test]
    fn plain_formatting() {
        let f = Plain("$");
        assert_eq!(f.money(1234.4), "$1,234");
        assert_eq!(f.money(-9.6), "-$10");
        assert_eq!(f.cents(31.2), "$31.2");
        assert_eq!(f.number(0.754, 2), "0.75");
        assert_eq!(f.number(1856.0, 0), "1,856");
    }

    #[test]
    fn a_range_stays_on_one_line_and_its_numbers_as_written() {
        assert_eq!(
            join_ranges("0.7–1.5 × typical"),
            "0.7–\u{2060}1.5 × typical"
        );
        assert_eq!(join_ranges("0,7–1,5 × üblich"), "0,7–\u{2060}1,5 × üblich");
        assert_eq!(join_ranges("£40–150/h, 1,2,3"), "£40–\u{2060}150/h, 1,2,3");
        assert_eq!(join_ranges("$20–$75"), "$20–\u{2060}$75");
        assert_eq!(join_ranges("a – b"), "a – b");
    }

    #[test]
    fn spans() {
        assert_eq!(span(12), "a year");
        assert_eq!(span(1), "1 month");
        assert_eq!(span(24), "24 months");
    }

    #[test]
    fn units_and_sources_in_words() {
        let f = Plain("$");
        assert_eq!(format_unit(Unit::MoneyPerHour, 31.2, &f), "$31.2/h");
        assert_eq!(format_unit(Unit::Percent, 31.6, &f), "31.6%");
        assert_eq!(format_unit(Unit::Weeks, 6.0, &f), "6 weeks");
        let Figure { provenance, .. } = crate::model::data::productive_hours(Home::Fr);
        assert!(describe(&provenance).starts_with("Sourced: INSEE-DARES23 (2023): "));
        let derived = Inputs::default().provenance(crate::model::Field::Fte);
        assert!(describe(&derived).starts_with("Derived: the hours a week"));
    }

    #[test]
    fn the_explanation_uses_the_scenarios_numbers() {
        let s = Inputs::default().resolve();
        let c = compare(&s);
        let lines = explain_lines(&c, &s, &Plain("$"));
        assert_eq!(lines.len(), 11);
        assert!(
            lines[0].contains("salary $90,930 × FTE 0.53"),
            "{}",
            lines[0]
        );
        assert!(lines[1].contains("your hiring hours 38 h"), "{}", lines[1]);
        assert!(lines[4].starts_with("Stopping: "), "{}", lines[4]);
        assert!(lines[5].contains(&format!("in-house {}", Plain("$").money(c.in_house.total))));
        assert!(lines.iter().all(|l| !l.contains("NaN")));
    }
}
