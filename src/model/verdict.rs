//! The verdicts in words: cost, rate and readiness, produced here so they are
//! tested on the host. Money is formatted by the caller (see `text::Fmt`).

use super::checklist::{Readiness, ITEMS};
use super::cost::{Comparison, FairBand, RateClass};
use super::regions::Region;
use super::text::{span, Fmt};

/// A whole-number percentage, e.g. "23%" (never "-0%").
pub fn percent(share: f64) -> String {
    let p = (share * 100.0).round();
    format!("{}%", super::num::decimal(if p == 0.0 { 0.0 } else { p }))
}

/// The cost verdict for a comparison.
pub fn cost_verdict(c: &Comparison, f: &dyn Fmt) -> String {
    let span = span(c.months);
    let mut out = if c.saving.abs() < 0.005 * c.in_house.total.max(1.0) {
        format!("Both options cost about the same over {span}.")
    } else if c.saving > 0.0 {
        format!(
            "Outsourcing saves {} ({}) over {span}.",
            f.money(c.saving),
            percent(c.saving_share)
        )
    } else {
        format!(
            "Keeping it in-house is cheaper by {} ({}) over {span}.",
            f.money(-c.saving),
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

/// The rate placed on the fair band, in words: (tone, sentence), tone
/// "ok" or "warn" for the page's styling.
pub fn rate_verdict(b: &FairBand, region: Region, f: &dyn Fmt) -> (&'static str, String) {
    let region = region.label();
    match b.class {
        RateClass::Fair => ("ok", format!("{}/h is fair: above the {region} market and below what the work costs at home.", f.cents(b.entered))),
        RateClass::BelowMarket => ("warn", format!("{}/h is below the fair band for {region}: an underpaid provider tends to cut corners. Fair starts at {}/h.", f.cents(b.entered), f.cents(b.lower))),
        RateClass::AtOrAboveHome => ("warn", format!("{}/h is at or above the in-house cost of {}/h per productive hour: outsourcing saves nothing per hour.", f.cents(b.entered), f.cents(b.upper))),
        RateClass::NoFairRate => ("warn", format!("No fair rate: a fair {region} rate ({}/h) costs more than the work does at home ({}/h).", f.cents(b.lower), f.cents(b.upper))),
    }
}

/// The fair-band chart read out for screen readers.
pub fn rate_scale_label(b: &FairBand, region: Region, f: &dyn Fmt) -> String {
    format!(
        "Rate scale: {} market {} to {}/h; fair band {} to {}/h; your rate {}/h.",
        region.label(),
        f.cents(b.market_low),
        f.cents(b.market_high),
        f.cents(b.lower),
        f.cents(b.upper),
        f.cents(b.entered)
    )
}

/// The cost result in a short clause: "Outsourcing saves $9,400 over a year".
fn cost_clause(c: &Comparison, f: &dyn Fmt) -> String {
    let span = span(c.months);
    if c.saving >= 0.0 {
        format!("Outsourcing saves {} over {span}", f.money(c.saving))
    } else {
        format!(
            "Outsourcing costs {} more than in-house over {span}",
            f.money(-c.saving)
        )
    }
}

/// The verdict combining cost and readiness.
pub fn combined_verdict(c: &Comparison, r: &Readiness, f: &dyn Fmt) -> String {
    let cost = cost_clause(c, f);
    if r.answered == 0 {
        return format!(
            "{cost}. Answer the readiness checklist to see whether you are ready to outsource it."
        );
    }
    let score = percent(r.score.unwrap_or(0.0));
    if let Some(stop) = r.stops.first() {
        return format!(
            "{cost}, but not yet: {} — {}",
            stop.gap,
            lower_first(stop.next)
        );
    }
    if c.saving < 0.0 {
        return format!("{cost}: keep it in-house unless something other than cost decides it (readiness {score}).");
    }
    let mut out = if r.todo.is_empty() && r.answered == ITEMS.len() {
        format!("{cost}, and you look ready (readiness {score}).")
    } else if r.todo.is_empty() {
        format!("{cost}; no gaps so far (readiness {score}): answer the rest of the checklist.")
    } else {
        let n = r.todo.len();
        format!(
            "{cost} once you close {n} gap{} (readiness {score}).",
            if n == 1 { "" } else { "s" }
        )
    };
    if let Some(w) = r.warnings.first() {
        out.push_str(&format!(" Serious warning: {}.", w.gap));
    }
    out
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::text::Plain;
    use crate::model::{compare, Field, Inputs};

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
        assert_eq!(percent(-0.001), "0%");
        assert_eq!(percent(0.234), "23%");
    }

    #[test]
    fn rate_verdicts_name_the_band() {
        let f = Plain("$");
        let s = Inputs::default().resolve();
        let c = compare(&s);
        let (tone, text) = rate_verdict(&c.fair, s.region, &f);
        assert_eq!(tone, "ok");
        assert!(
            text.contains("is fair: above the Latin America market"),
            "{text}"
        );
        let low = Inputs::default().with(Field::Rate, 5.0).resolve();
        let (tone, text) = rate_verdict(&compare(&low).fair, low.region, &f);
        assert_eq!(tone, "warn");
        assert!(text.starts_with("$5/h is below the fair band"), "{text}");
        assert!(rate_scale_label(&c.fair, s.region, &f)
            .starts_with("Rate scale: Latin America market $"));
    }
}
