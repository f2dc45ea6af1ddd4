//! One-sentence verdicts, produced here so they are tested on the host. Money
//! is formatted by the caller (the page uses the browser's Intl).

use super::cost::{Comparison, RateClass};

/// A whole-number percentage, e.g. "23%" (never "-0%").
pub fn percent(share: f64) -> String {
    let p = (share * 100.0).round();
    format!("{}%", super::num::decimal(if p == 0.0 { 0.0 } else { p }))
}

/// The cost verdict for a comparison.
pub fn cost_verdict(c: &Comparison, money: &dyn Fn(f64) -> String) -> String {
    let months = c.months;
    let span = if months == 12 {
        "a year".to_string()
    } else {
        format!("{months} months")
    };
    let mut out = if c.saving.abs() < 0.005 * c.in_house.total.max(1.0) {
        format!("Both options cost about the same over {span}.")
    } else if c.saving > 0.0 {
        format!(
            "Outsourcing saves {} ({}) over {span}.",
            money(c.saving),
            percent(c.saving_share)
        )
    } else {
        format!(
            "Keeping it in-house is cheaper by {} ({}) over {span}.",
            money(-c.saving),
            percent(-c.saving_share)
        )
    };
    match c.fair.class {
        RateClass::BelowMarket => out.push_str(
            " But the rate is below the fair band: an underpaid provider tends to do poorer work.",
        ),
        RateClass::AtOrAboveHome => {
            out.push_str(" At this rate the work costs as much per hour as doing it at home.")
        }
        RateClass::NoFairRate => {
            out.push_str(" A fair rate in this region costs more than the work does at home.")
        }
        RateClass::Fair => {}
    }
    if c.over_capacity_hours_per_month > 0.0 {
        out.push_str(" The chosen employment fraction cannot cover all the hours.");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{compare, Field, Inputs};

    fn money(v: f64) -> String {
        format!("${}", crate::model::parse::plain(v.round()))
    }

    #[track_caller]
    fn verdict(i: Inputs, starts: &str) {
        let v = cost_verdict(&compare(&i.resolve()), &money);
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
        assert_eq!(percent(-0.001), "0%");
        assert_eq!(percent(0.234), "23%");
    }
}
