//! The verdicts in words: cost, rate and readiness, produced here so they are
//! tested on the host. Money is formatted by the caller (see `text::Fmt`).

use super::checklist::{Answer, Readiness, ITEMS};
use super::cost::{compare, Comparison, FairBand, RateClass, Scaled};
use super::outcomes::Outcomes;
use super::regions::Region;
use super::scenario::{Field, Inputs};
use super::text::{span, Fmt};

/// A whole-number percentage, e.g. "23%" (never "-0%").
pub fn percent(share: f64) -> String {
    let p = (share * 100.0).round();
    format!("{}%", super::num::decimal(if p == 0.0 { 0.0 } else { p }))
}

/// The cost verdict for a comparison.
pub fn cost_verdict(c: &Comparison, f: &dyn Fmt) -> String {
    let span = span(c.months);
    let mut out = if about_the_same(c) {
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
            " But the rate is below the fair band for the region: an underpaid provider tends to do poorer work.",
        ),
        RateClass::AtOrAboveHome => {
            out.push_str(" At this rate outsourcing saves nothing.")
        }
        RateClass::NoFairRate if c.saving > 0.0 => out.push_str(
            " But only below a fair rate: at a fair rate for the region, outsourcing costs more than in-house.",
        ),
        RateClass::NoFairRate => out.push_str(
            " Even at a fair rate for the region, outsourcing costs more than in-house.",
        ),
        RateClass::Fair => {}
    }
    if c.over_capacity_hours_per_month > 0.0 {
        out.push_str(" The chosen employment fraction cannot cover all the hours.");
    }
    out
}

/// The result in a few words, for the sticky summary and the live region:
/// "Outsourcing saves $62,243 (58%)".
pub fn short_verdict(c: &Comparison, f: &dyn Fmt) -> String {
    if about_the_same(c) {
        "About the same cost".to_string()
    } else if c.saving > 0.0 {
        format!(
            "Outsourcing saves {} ({})",
            f.money(c.saving),
            percent(c.saving_share)
        )
    } else {
        format!(
            "In-house is cheaper by {} ({})",
            f.money(-c.saving),
            percent(-c.saving_share)
        )
    }
}

/// The saving is within half a percent of the in-house total.
fn about_the_same(c: &Comparison) -> bool {
    c.saving.abs() < 0.005 * c.in_house.total.max(1.0)
}

/// The rate placed on the fair band, in words: (tone, sentence), tone
/// "ok" or "warn" for the page's styling.
pub fn rate_verdict(c: &Comparison, region: Region, f: &dyn Fmt) -> (&'static str, String) {
    let b = &c.fair;
    let (region, rate) = (region.label(), f.cents(b.entered));
    match b.class {
        RateClass::Fair => ("ok", format!(
            "{rate}/h is fair: from the fair rate for {region} ({}/h) up to the break-even rate of {}/h, where outsourcing stops saving.",
            f.cents(b.lower), f.cents(b.upper)
        )),
        RateClass::BelowMarket => ("warn", format!(
            "{rate}/h is below the fair band for {region}, which starts at {}/h: an underpaid provider tends to cut corners.",
            f.cents(b.lower)
        )),
        RateClass::AtOrAboveHome => ("warn", format!(
            "{rate}/h is at or above the break-even rate of {}/h: at this rate outsourcing saves nothing over {}.",
            f.cents(b.upper), span(c.months)
        )),
        RateClass::NoFairRate if b.upper > 0.0 => ("warn", format!(
            "No fair rate: a fair rate for {region} starts at {}/h, above the break-even rate of {}/h, so at a fair rate outsourcing costs more than in-house.",
            f.cents(b.lower), f.cents(b.upper)
        )),
        RateClass::NoFairRate => ("warn", "No fair rate: here outsourcing costs more than in-house at any rate.".to_string()),
    }
}

/// The fair-band chart read out for screen readers.
pub fn rate_scale_label(b: &FairBand, region: Region, f: &dyn Fmt) -> String {
    let band = if b.class == RateClass::NoFairRate {
        format!(
            "no fair band (a fair rate starts at {}/h, not below the break-even rate)",
            f.cents(b.lower)
        )
    } else {
        format!("fair band {} to {}/h", f.cents(b.lower), f.cents(b.upper))
    };
    format!(
        "Rate scale: {} market {} to {}/h; {band}; your rate {}/h.",
        region.label(),
        f.cents(b.market_low),
        f.cents(b.market_high),
        f.cents(b.entered)
    )
}

/// Beside the checklist's fair-rate question: what the calculator found.
pub fn rate_hint(class: RateClass) -> &'static str {
    match class {
        RateClass::Fair => "The rate you entered is in the fair band.",
        RateClass::BelowMarket => "The rate you entered is below the fair band.",
        RateClass::AtOrAboveHome => {
            "The rate you entered is at or above the break-even rate: it saves nothing."
        }
        RateClass::NoFairRate => "No fair rate saves anything for this task in this region.",
    }
}

/// The employment fraction in the open: what is costed, what is needed, and
/// what the idle paid hours cost.
pub fn fte_sentence(c: &Comparison, f: &dyn Fmt) -> String {
    let costed = format!(
        "In-house is costed at {} FTE: the work needs {} FTE and staff are assumed to come in quarter-time steps, the smallest that covers the hours (or the FTE you typed).",
        f.number(c.fte, 2),
        f.number(c.fte_needed, 2)
    );
    if c.idle_hours_per_month < 0.05 {
        return costed;
    }
    let share = if c.saving > 0.0 && c.idle_cost >= c.saving {
        " — more than the whole saving: with the FTE the work needs, in-house would cost about as much or less".to_string()
    } else if c.saving > 0.0 {
        format!(", {} of the saving", percent(c.idle_cost / c.saving))
    } else {
        String::new()
    };
    format!(
        "{costed} The {} paid hours a month with no work in them cost {} over {}{share}.",
        f.number(c.idle_hours_per_month, 0),
        f.money(c.idle_cost),
        span(c.months)
    )
}

/// The break-even workload in words, saying so when it lies beyond what the
/// costed FTE delivers, with the break-even for staff scaled to the work.
pub fn break_even_sentence(c: &Comparison, f: &dyn Fmt) -> String {
    let fte = f.number(c.fte, 2);
    let held = match c.break_even_hours {
        Some(h) if c.break_even_scaled.is_none() => {
            return format!(
                "Outsourcing costs less up to {} h/month; above that, in-house at {fte} FTE is cheaper.",
                f.number(h, 0)
            )
        }
        Some(h) => format!(
            "At {fte} FTE the totals would meet at {} h/month, more than the {} h/month that {fte} FTE can deliver.",
            f.number(h, 0),
            f.number(c.capacity_hours_per_month, 0)
        ),
        None => format!("At {fte} FTE no workload balances the two totals."),
    };
    let scaled = match c.break_even_scaled {
        Some(Scaled::At { hours, fte }) => format!(
            " With staff scaled to the work, in-house costs no more than outsourcing from {} h/month (at {} FTE).",
            f.number(hours, 0),
            f.number(fte, 2)
        ),
        Some(Scaled::NoneUpTo { fte }) => format!(
            " With staff scaled to the work, outsourcing stays cheaper at every workload up to {} FTE.",
            f.number(fte, 0)
        ),
        None => String::new(),
    };
    held + &scaled
}

/// The tipping points in words: the rate, management hours and rework at
/// which the two totals are equal, each with the rest held.
pub fn tipping_sentence(c: &Comparison, f: &dyn Fmt) -> String {
    let t = &c.tips;
    let (max_mgmt, max_rework) = (Field::MgmtHours.spec().max, Field::Rework.spec().max);
    if c.saving > 0.0 {
        let mut under = Vec::new();
        let mut whatever = Vec::new();
        match t.rate {
            Some(v) => under.push(format!("the rate is under {}/h", f.cents(v))),
            None => whatever.push("whatever the rate".to_string()),
        }
        match t.mgmt {
            Some(v) => under.push(format!("management is under {} h/week", f.number(v, 1))),
            None => whatever.push(format!(
                "whatever the management time (up to {} h/week)",
                f.number(max_mgmt, 0)
            )),
        }
        match t.rework {
            Some(v) => under.push(format!("rework is under {}%", f.number(v, 1))),
            None => whatever.push(format!(
                "whatever the rework (up to {}%)",
                f.number(max_rework, 0)
            )),
        }
        let mut out = String::from("Outsourcing stays cheaper");
        if !under.is_empty() {
            out.push_str(" while ");
            out.push_str(&join_and(&under));
        }
        if !whatever.is_empty() {
            out.push_str(if under.is_empty() { " " } else { ", " });
            out.push_str(&join_and(&whatever));
        }
        out.push_str(", each with the rest held.");
        out
    } else {
        let mut ways = Vec::new();
        if let Some(v) = t.rate {
            ways.push(format!("a rate under {}/h", f.cents(v)));
        }
        if let Some(v) = t.mgmt {
            ways.push(format!("management under {} h/week", f.number(v, 1)));
        }
        if let Some(v) = t.rework {
            ways.push(format!("rework under {}%", f.number(v, 1)));
        }
        if ways.is_empty() {
            "No rate, management time or rework in range makes outsourcing cheaper on its own."
                .into()
        } else {
            format!(
                "Outsourcing would become cheaper with {}, each alone with the rest held.",
                ways.join(", or ")
            )
        }
    }
}

/// "a, b and c".
fn join_and(parts: &[String]) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// The range of outcomes in words.
pub fn range_sentence(o: &Outcomes, months: u32, f: &dyn Fmt) -> String {
    let span = span(months);
    let body = if o.low >= 0.0 {
        format!(
            "outsourcing saves between {} and {} over {span}",
            f.money(o.low),
            f.money(o.high)
        )
    } else if o.high <= 0.0 {
        format!(
            "outsourcing costs between {} and {} more than in-house over {span}",
            f.money(-o.high),
            f.money(-o.low)
        )
    } else {
        format!(
            "the result ranges from outsourcing costing {} more to saving {} over {span}",
            f.money(-o.low),
            f.money(o.high)
        )
    };
    let lead = match o.bars.first() {
        Some(b) => format!(" {} moves it most.", capitalise(short_label(b.field))),
        None => String::new(),
    };
    if o.bars.is_empty() {
        "Every uncertain input holds a value you typed, so the saving is a single figure.".into()
    } else {
        format!(
            "Over the stated ranges of the uncertain defaults, {body}; values you typed are held.{lead}"
        )
    }
}

/// A field's name in a sentence or a chart: its label, capitalised as is.
pub fn label(f: Field) -> &'static str {
    f.spec().label
}

/// A short name for an uncertain input (chart rows and sentences).
pub fn short_label(f: Field) -> &'static str {
    match f {
        Field::Rate => "the provider's rate",
        Field::Rework => "rework",
        Field::MgmtHours => "your management time",
        Field::ManagerRate => "the manager's hourly cost",
        Field::ProviderRamp => "the provider's ramp-up",
        Field::SelectHours => "finding a provider",
        Field::OnboardingHours => "writing the brief",
        Field::OnboardingWeeks => "the new hire's onboarding",
        Field::Recruiting => "recruiting",
        Field::Supervision => "supervision",
        Field::SeatMonthly => "software and desk",
        Field::Equipment => "equipment",
        Field::Trial => "the trial project",
        Field::Exit => "exit or switching",
        _ => f.spec().label,
    }
}

/// First letter upper-case.
pub fn capitalise(s: &str) -> String {
    with_first(s, true)
}

/// `s` with its first letter upper- or lower-case. ASCII and Latin-1 letters
/// (é ↔ É), which is every sentence start in English, German, French and
/// Dutch: `char::to_uppercase` would bring all of Unicode's case tables into
/// the wasm.
fn with_first(s: &str, upper: bool) -> String {
    let mut c = s.chars();
    let Some(f) = c.next() else {
        return String::new();
    };
    let latin1 = |c: char, from: char| {
        let n = c as u32;
        let base = from as u32;
        (base..=base + 0x1e).contains(&n) && n != base + 0x17
    };
    let f = if upper {
        if latin1(f, 'à') {
            char::from_u32(f as u32 - 0x20).unwrap_or(f)
        } else {
            f.to_ascii_uppercase()
        }
    } else if latin1(f, 'À') {
        char::from_u32(f as u32 + 0x20).unwrap_or(f)
    } else {
        f.to_ascii_lowercase()
    };
    let mut out = String::with_capacity(s.len());
    out.push(f);
    out.push_str(c.as_str());
    out
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

/// The verdict combining cost and readiness. `closed` is the comparison with
/// every checklist gap closed (`checklist::gaps_closed`): the saving the
/// verdict promises "once you close the gaps" is that one, not today's.
pub fn combined_verdict(c: &Comparison, closed: &Comparison, r: &Readiness, f: &dyn Fmt) -> String {
    let cost = cost_clause(c, f);
    if r.answered == 0 {
        return format!(
            "{cost}. Answer the readiness checklist to see whether you are ready to outsource it."
        );
    }
    let score = percent(r.score.unwrap_or(0.0));
    // A lasting "no" (the core competency) outranks any stop that can be fixed.
    let lasting = r
        .stops
        .iter()
        .find(|(item, a)| item.lasting && *a == Answer::No);
    if let Some((stop, _)) = lasting {
        return format!("{cost}, but keep it in-house: {}.", stop.gap);
    }
    if let Some((stop, answer)) = r.stops.first() {
        // With no saving, "not yet" would promise one later: the stop is said
        // as a second reason to keep the work.
        let but = if c.saving > 0.0 {
            "but not yet"
        } else {
            "and besides"
        };
        if *answer == Answer::NotSure {
            return format!("{cost}, {but}: find out first. {}", stop.question);
        }
        return format!("{cost}, {but}: {} — {}", stop.gap, lower_first(stop.next));
    }
    if c.saving < 0.0 && closed.saving < 0.0 {
        return format!("{cost}: keep it in-house unless something other than cost decides it (readiness {score}).");
    }
    let mut out = if r.todo.is_empty() && r.answered == ITEMS.len() {
        format!("{cost}, and you look ready (readiness {score}).")
    } else if r.todo.is_empty() {
        format!("{cost}; no gaps so far (readiness {score}): answer the rest of the checklist.")
    } else {
        let n = r.todo.len();
        let gaps = format!("{n} gap{}", if n == 1 { "" } else { "s" });
        if (closed.saving - c.saving).abs() < 0.5 {
            format!("{cost} once you close {gaps} (readiness {score}).")
        } else {
            let now = if c.saving >= 0.0 {
                format!("saves {}", f.money(c.saving))
            } else {
                format!("costs {} more", f.money(-c.saving))
            };
            let them = if n == 1 { "it" } else { "them" };
            format!(
                "{} once you close {gaps} (readiness {score}); with {them} open, it {now}.",
                cost_clause(closed, f)
            )
        }
    };
    if let Some(w) = r.warnings.first() {
        out.push_str(&format!(" Serious warning: {}.", w.gap));
    }
    out
}

/// Beside a checklist answer that changes the costs (today: no trial
/// project): by how much, against answering "yes".
pub fn answer_effect(inputs: &Inputs, index: usize, f: &dyn Fmt) -> Option<String> {
    let a = *inputs.answers.0.get(index)?;
    if matches!(a, Answer::Yes | Answer::Unanswered) {
        return None;
    }
    let now = compare(&inputs.resolve());
    let mut yes = inputs.clone();
    yes.answers.0[index] = Answer::Yes;
    let then = compare(&yes.resolve());
    let diff = now.outsourced.total - then.outsourced.total;
    if diff.abs() < 0.5 {
        return None;
    }
    let why = if ITEMS[index].id == "trial" {
        "with no trial project, rework defaults to twice the usual share and no trial is costed, so "
    } else {
        ""
    };
    let more = if diff > 0.0 { "more" } else { "less" };
    Some(format!(
        "This answer changes the costs: {why}outsourcing costs {} {more} over {} than with a “yes”.",
        f.money(diff.abs()),
        span(now.months)
    ))
}

fn lower_first(s: &str) -> String {
    with_first(s, false)
}

#[cfg(test)]
mod tests {
    use super::*;
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
        assert_eq!(percent(-0.001), "0%");
        assert_eq!(percent(0.234), "23%");
    }

    #[test]
    fn rate_verdicts_name_the_band() {
        let f = Plain("$");
        let s = Inputs::default().resolve();
        let c = compare(&s);
        let (tone, text) = rate_verdict(&c, s.region, &f);
        assert_eq!(tone, "ok");
        assert!(
            text.contains("is fair: from the fair rate for Latin America"),
            "{text}"
        );
        let low = Inputs::default().with(Field::Rate, 5.0).resolve();
        let (tone, text) = rate_verdict(&compare(&low), low.region, &f);
        assert_eq!(tone, "warn");
        assert!(text.starts_with("$5/h is below the fair band"), "{text}");
        assert!(rate_scale_label(&c.fair, s.region, &f)
            .starts_with("Rate scale: Latin America market $"));
    }
}
