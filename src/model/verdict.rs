//! The verdicts in words: cost, rate and readiness, produced here so they are
//! tested on the host. Money is formatted by the caller (see `text::Fmt`).

use super::checklist::{Answer, Readiness, ITEMS};
use super::cost::{compare, Comparison, FairBand, RateClass, Scaled};
use super::i18n::{tr, trf};
use super::outcomes::Outcomes;
use super::regions::Region;
use super::scenario::{Field, Inputs};
use super::text::{span, Fmt};

/// A whole-number percentage, e.g. "23%" (never "-0%"), with the page
/// language's percent sign ("23 %" in German).
pub fn percent(share: f64) -> String {
    let p = (share * 100.0).round();
    let sign = super::numbers::percent_sign(super::i18n::language());
    format!(
        "{}{sign}",
        super::num::decimal(if p == 0.0 { 0.0 } else { p })
    )
}

/// The cost verdict for a comparison.
pub fn cost_verdict(c: &Comparison, f: &dyn Fmt) -> String {
    let span = span(c.months);
    let mut out = if about_the_same(c) {
        trf(
            "Both options cost about the same over {span}.",
            &[("span", &span)],
        )
    } else if c.saving > 0.0 {
        trf(
            "Outsourcing saves {amount} ({percent}) over {span}.",
            &[
                ("amount", &f.money(c.saving)),
                ("percent", &percent(c.saving_share)),
                ("span", &span),
            ],
        )
    } else {
        trf(
            "Keeping it in-house is cheaper by {amount} ({percent}) over {span}.",
            &[
                ("amount", &f.money(-c.saving)),
                ("percent", &percent(-c.saving_share)),
                ("span", &span),
            ],
        )
    };
    let rate = match c.fair.class {
        RateClass::BelowMarket => Some(tr(
            "But the rate is below the fair band for the region: an underpaid provider tends to do poorer work.",
        )),
        RateClass::AtOrAboveHome => Some(tr("At this rate outsourcing saves nothing.")),
        RateClass::NoFairRate if c.saving > 0.0 => Some(tr(
            "But only below a fair rate: at a fair rate for the region, outsourcing costs more than in-house.",
        )),
        RateClass::NoFairRate => Some(tr(
            "Even at a fair rate for the region, outsourcing costs more than in-house.",
        )),
        RateClass::Fair => None,
    };
    let capacity = (c.over_capacity_hours_per_month > 0.0)
        .then(|| tr("The chosen employment fraction cannot cover all the hours."));
    for sentence in [rate, capacity].into_iter().flatten() {
        out.push(' ');
        out.push_str(sentence);
    }
    out
}

/// The result in a few words, for the sticky summary and the live region:
/// "Outsourcing saves $62,243 (58%)".
pub fn short_verdict(c: &Comparison, f: &dyn Fmt) -> String {
    if about_the_same(c) {
        tr("About the same cost").to_string()
    } else if c.saving > 0.0 {
        trf(
            "Outsourcing saves {amount} ({percent})",
            &[
                ("amount", &f.money(c.saving)),
                ("percent", &percent(c.saving_share)),
            ],
        )
    } else {
        trf(
            "In-house is cheaper by {amount} ({percent})",
            &[
                ("amount", &f.money(-c.saving)),
                ("percent", &percent(-c.saving_share)),
            ],
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
    let (fair, break_even) = (f.cents(b.lower), f.cents(b.upper));
    match b.class {
        RateClass::Fair => ("ok", trf(
            "{rate}/h is fair: from the fair rate for {region} ({fair}/h) up to the break-even rate of {break_even}/h, where outsourcing stops saving.",
            &[("rate", &rate), ("region", region), ("fair", &fair), ("break_even", &break_even)],
        )),
        RateClass::BelowMarket => ("warn", trf(
            "{rate}/h is below the fair band for {region}, which starts at {fair}/h: an underpaid provider tends to cut corners.",
            &[("rate", &rate), ("region", region), ("fair", &fair)],
        )),
        RateClass::AtOrAboveHome => ("warn", trf(
            "{rate}/h is at or above the break-even rate of {break_even}/h: at this rate outsourcing saves nothing over {span}.",
            &[("rate", &rate), ("break_even", &break_even), ("span", &span(c.months))],
        )),
        RateClass::NoFairRate if b.upper > 0.0 => ("warn", trf(
            "No fair rate: a fair rate for {region} starts at {fair}/h, above the break-even rate of {break_even}/h, so at a fair rate outsourcing costs more than in-house.",
            &[("region", region), ("fair", &fair), ("break_even", &break_even)],
        )),
        RateClass::NoFairRate => ("warn", tr("No fair rate: here outsourcing costs more than in-house at any rate.").to_string()),
    }
}

/// The fair-band chart read out for screen readers.
pub fn rate_scale_label(b: &FairBand, region: Region, f: &dyn Fmt) -> String {
    let args: [(&str, &str); 6] = [
        ("region", region.label()),
        ("low", &f.cents(b.market_low)),
        ("high", &f.cents(b.market_high)),
        ("fair", &f.cents(b.lower)),
        ("break_even", &f.cents(b.upper)),
        ("rate", &f.cents(b.entered)),
    ];
    if b.class == RateClass::NoFairRate {
        trf(
            "Rate scale: {region} market {low} to {high}/h; no fair band (a fair rate starts at {fair}/h, not below the break-even rate); your rate {rate}/h.",
            &args,
        )
    } else {
        trf(
            "Rate scale: {region} market {low} to {high}/h; fair band {fair} to {break_even}/h; your rate {rate}/h.",
            &args,
        )
    }
}

/// Beside the checklist's fair-rate question: what the calculator found.
pub fn rate_hint(class: RateClass) -> &'static str {
    match class {
        RateClass::Fair => tr("The rate you entered is in the fair band."),
        RateClass::BelowMarket => tr("The rate you entered is below the fair band."),
        RateClass::AtOrAboveHome => {
            tr("The rate you entered is at or above the break-even rate: it saves nothing.")
        }
        RateClass::NoFairRate => tr("No fair rate saves anything for this task in this region."),
    }
}

/// The employment fraction in the open: what is costed, what is needed, and
/// what the idle paid hours cost.
pub fn fte_sentence(c: &Comparison, f: &dyn Fmt) -> String {
    let costed = trf(
        "In-house is costed at {fte} FTE: the work needs {needed} FTE and staff are assumed to come in quarter-time steps, the smallest that covers the hours (or the FTE you typed).",
        &[
            ("fte", &f.number(c.fte, 2)),
            ("needed", &f.number(c.fte_needed, 2)),
        ],
    );
    if c.idle_hours_per_month < 0.05 {
        return costed;
    }
    let hours = f.number(c.idle_hours_per_month, 0);
    let amount = f.money(c.idle_cost);
    let span = span(c.months);
    let idle = if c.saving > 0.0 && c.idle_cost >= c.saving {
        trf(
            "The {hours} paid hours a month with no work in them cost {amount} over {span} — more than the whole saving: with the FTE the work needs, in-house would cost about as much or less.",
            &[("hours", &hours), ("amount", &amount), ("span", &span)],
        )
    } else if c.saving > 0.0 {
        trf(
            "The {hours} paid hours a month with no work in them cost {amount} over {span}, {percent} of the saving.",
            &[
                ("hours", &hours),
                ("amount", &amount),
                ("span", &span),
                ("percent", &percent(c.idle_cost / c.saving)),
            ],
        )
    } else {
        trf(
            "The {hours} paid hours a month with no work in them cost {amount} over {span}.",
            &[("hours", &hours), ("amount", &amount), ("span", &span)],
        )
    };
    format!("{costed} {idle}")
}

/// The break-even workload in words, saying so when it lies beyond what the
/// costed FTE delivers, with the break-even for staff scaled to the work.
pub fn break_even_sentence(c: &Comparison, f: &dyn Fmt) -> String {
    let fte = f.number(c.fte, 2);
    let held = match c.break_even_hours {
        Some(h) if c.break_even_scaled.is_none() => {
            return trf(
                "Outsourcing costs less up to {hours} h/month; above that, in-house at {fte} FTE is cheaper.",
                &[("hours", &f.number(h, 0)), ("fte", &fte)],
            )
        }
        Some(h) => trf(
            "At {fte} FTE the totals would meet at {hours} h/month, more than the {capacity} h/month that {fte} FTE can deliver.",
            &[
                ("fte", &fte),
                ("hours", &f.number(h, 0)),
                ("capacity", &f.number(c.capacity_hours_per_month, 0)),
            ],
        ),
        None => trf(
            "At {fte} FTE no workload balances the two totals.",
            &[("fte", &fte)],
        ),
    };
    let scaled = match c.break_even_scaled {
        Some(Scaled::At { hours, fte }) => trf(
            "With staff scaled to the work, in-house costs no more than outsourcing from {hours} h/month (at {fte} FTE).",
            &[("hours", &f.number(hours, 0)), ("fte", &f.number(fte, 2))],
        ),
        Some(Scaled::NoneUpTo { fte }) => trf(
            "With staff scaled to the work, outsourcing stays cheaper at every workload up to {fte} FTE.",
            &[("fte", &f.number(fte, 0))],
        ),
        None => return held,
    };
    format!("{held} {scaled}")
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
            Some(v) => under.push(trf("the rate is under {rate}/h", &[("rate", &f.cents(v))])),
            None => whatever.push(tr("whatever the rate").to_string()),
        }
        match t.mgmt {
            Some(v) => under.push(trf(
                "management is under {hours} h/week",
                &[("hours", &f.number(v, 1))],
            )),
            None => whatever.push(trf(
                "whatever the management time (up to {hours} h/week)",
                &[("hours", &f.number(max_mgmt, 0))],
            )),
        }
        match t.rework {
            Some(v) => under.push(trf(
                "rework is under {percent}%",
                &[("percent", &f.number(v, 1))],
            )),
            None => whatever.push(trf(
                "whatever the rework (up to {percent}%)",
                &[("percent", &f.number(max_rework, 0))],
            )),
        }
        let (under, whatever) = (join_and(&under), join_and(&whatever));
        if whatever.is_empty() {
            trf(
                "Outsourcing stays cheaper while {conditions}, each with the rest held.",
                &[("conditions", &under)],
            )
        } else if under.is_empty() {
            trf(
                "Outsourcing stays cheaper {regardless}, each with the rest held.",
                &[("regardless", &whatever)],
            )
        } else {
            trf(
                "Outsourcing stays cheaper while {conditions}, {regardless}, each with the rest held.",
                &[("conditions", &under), ("regardless", &whatever)],
            )
        }
    } else {
        let mut ways = Vec::new();
        if let Some(v) = t.rate {
            ways.push(trf("a rate under {rate}/h", &[("rate", &f.cents(v))]));
        }
        if let Some(v) = t.mgmt {
            ways.push(trf(
                "management under {hours} h/week",
                &[("hours", &f.number(v, 1))],
            ));
        }
        if let Some(v) = t.rework {
            ways.push(trf(
                "rework under {percent}%",
                &[("percent", &f.number(v, 1))],
            ));
        }
        let Some(ways) = ways
            .into_iter()
            .reduce(|list, next| trf("{list}, or {next}", &[("list", &list), ("next", &next)]))
        else {
            return tr(
                "No rate, management time or rework in range makes outsourcing cheaper on its own.",
            )
            .to_string();
        };
        trf(
            "Outsourcing would become cheaper with {ways}, each alone with the rest held.",
            &[("ways", &ways)],
        )
    }
}

/// "a, b and c".
fn join_and(parts: &[String]) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => trf(
            "{list} and {last}",
            &[("list", &init.join(", ")), ("last", last)],
        ),
    }
}

/// The range of outcomes in words.
pub fn range_sentence(o: &Outcomes, months: u32, f: &dyn Fmt) -> String {
    let Some(lead) = o.bars.first() else {
        return tr(
            "Every uncertain input holds a value you typed, so the saving is a single figure.",
        )
        .to_string();
    };
    let span = span(months);
    let range = if o.low >= 0.0 {
        trf(
            "Over the stated ranges of the uncertain defaults, outsourcing saves between {low} and {high} over {span}; values you typed are held.",
            &[
                ("low", &f.money(o.low)),
                ("high", &f.money(o.high)),
                ("span", &span),
            ],
        )
    } else if o.high <= 0.0 {
        trf(
            "Over the stated ranges of the uncertain defaults, outsourcing costs between {low} and {high} more than in-house over {span}; values you typed are held.",
            &[
                ("low", &f.money(-o.high)),
                ("high", &f.money(-o.low)),
                ("span", &span),
            ],
        )
    } else {
        trf(
            "Over the stated ranges of the uncertain defaults, the result ranges from outsourcing costing {more} more to saving {saving} over {span}; values you typed are held.",
            &[
                ("more", &f.money(-o.low)),
                ("saving", &f.money(o.high)),
                ("span", &span),
            ],
        )
    };
    let lead = trf(
        "{input} moves it most.",
        &[("input", &capitalise(short_label(lead.field)))],
    );
    format!("{range} {lead}")
}

/// A field's name in a sentence or a chart: its label, capitalised as is.
pub fn label(f: Field) -> &'static str {
    tr(f.spec().label)
}

/// A short name for an uncertain input (chart rows and sentences).
pub fn short_label(f: Field) -> &'static str {
    match f {
        Field::Rate => tr("the provider's rate"),
        Field::Rework => tr("rework"),
        Field::MgmtHours => tr("your management time"),
        Field::ManagerRate => tr("the manager's hourly cost"),
        Field::ProviderRamp => tr("the provider's ramp-up"),
        Field::SelectHours => tr("finding a provider"),
        Field::OnboardingHours => tr("writing the brief"),
        Field::OnboardingWeeks => tr("the new hire's onboarding"),
        Field::Recruiting => tr("recruiting"),
        Field::Supervision => tr("supervision"),
        Field::SeatMonthly => tr("software and desk"),
        Field::Equipment => tr("equipment"),
        Field::Trial => tr("the trial project"),
        Field::Exit => tr("exit or switching"),
        _ => tr(f.spec().label),
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
        trf(
            "Outsourcing saves {amount} over {span}",
            &[("amount", &f.money(c.saving)), ("span", &span)],
        )
    } else {
        trf(
            "Outsourcing costs {amount} more than in-house over {span}",
            &[("amount", &f.money(-c.saving)), ("span", &span)],
        )
    }
}

/// The verdict combining cost and readiness. `closed` is the comparison with
/// every checklist gap closed (`checklist::gaps_closed`): the saving the
/// verdict promises "once you close the gaps" is that one, not today's.
pub fn combined_verdict(c: &Comparison, closed: &Comparison, r: &Readiness, f: &dyn Fmt) -> String {
    let cost = cost_clause(c, f);
    if r.answered == 0 {
        return trf(
            "{cost}. Answer the readiness checklist to see whether you are ready to outsource it.",
            &[("cost", &cost)],
        );
    }
    let score = percent(r.score.unwrap_or(0.0));
    // A lasting "no" (the core competency) outranks any stop that can be fixed.
    let lasting = r
        .stops
        .iter()
        .find(|(item, a)| item.lasting && *a == Answer::No);
    if let Some((stop, _)) = lasting {
        return trf(
            "{cost}, but keep it in-house: {reason}.",
            &[("cost", &cost), ("reason", tr(stop.gap))],
        );
    }
    if let Some((stop, answer)) = r.stops.first() {
        // With no saving, "not yet" would promise one later: the stop is said
        // as a second reason to keep the work.
        let args: [(&str, &str); 4] = [
            ("cost", &cost),
            ("question", tr(stop.question)),
            ("reason", tr(stop.gap)),
            ("next", &lower_first(tr(stop.next))),
        ];
        return match (c.saving > 0.0, *answer == Answer::NotSure) {
            (true, true) => trf("{cost}, but not yet: find out first. {question}", &args),
            (false, true) => trf("{cost}, and besides: find out first. {question}", &args),
            (true, false) => trf("{cost}, but not yet: {reason} — {next}", &args),
            (false, false) => trf("{cost}, and besides: {reason} — {next}", &args),
        };
    }
    if c.saving < 0.0 && closed.saving < 0.0 {
        return trf(
            "{cost}: keep it in-house unless something other than cost decides it (readiness {score}).",
            &[("cost", &cost), ("score", &score)],
        );
    }
    let mut out = if r.todo.is_empty() && r.answered == ITEMS.len() {
        trf(
            "{cost}, and you look ready (readiness {score}).",
            &[("cost", &cost), ("score", &score)],
        )
    } else if r.todo.is_empty() {
        trf(
            "{cost}; no gaps so far (readiness {score}): answer the rest of the checklist.",
            &[("cost", &cost), ("score", &score)],
        )
    } else {
        let n = r.todo.len();
        let one = n == 1;
        if (closed.saving - c.saving).abs() < 0.5 {
            let args: [(&str, &str); 3] = [
                ("cost", &cost),
                ("count", &n.to_string()),
                ("score", &score),
            ];
            if one {
                trf("{cost} once you close 1 gap (readiness {score}).", &args)
            } else {
                trf(
                    "{cost} once you close {count} gaps (readiness {score}).",
                    &args,
                )
            }
        } else {
            let saves = c.saving >= 0.0;
            let args: [(&str, &str); 4] = [
                ("cost", &cost_clause(closed, f)),
                ("count", &n.to_string()),
                ("score", &score),
                ("amount", &f.money(c.saving.abs())),
            ];
            match (one, saves) {
                (true, true) => trf(
                    "{cost} once you close 1 gap (readiness {score}); with it open, it saves {amount}.",
                    &args,
                ),
                (true, false) => trf(
                    "{cost} once you close 1 gap (readiness {score}); with it open, it costs {amount} more.",
                    &args,
                ),
                (false, true) => trf(
                    "{cost} once you close {count} gaps (readiness {score}); with them open, it saves {amount}.",
                    &args,
                ),
                (false, false) => trf(
                    "{cost} once you close {count} gaps (readiness {score}); with them open, it costs {amount} more.",
                    &args,
                ),
            }
        }
    };
    if let Some(w) = r.warnings.first() {
        out.push(' ');
        out.push_str(&trf(
            "Serious warning: {warning}.",
            &[("warning", tr(w.gap))],
        ));
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
    let args: [(&str, &str); 2] = [
        ("amount", &f.money(diff.abs())),
        ("span", &span(now.months)),
    ];
    let trial = ITEMS[index].id == "trial";
    Some(match (trial, diff > 0.0) {
        (true, true) => trf(
            "This answer changes the costs: with no trial project, rework defaults to twice the usual share and no trial is costed, so outsourcing costs {amount} more over {span} than with a “yes”.",
            &args,
        ),
        (true, false) => trf(
            "This answer changes the costs: with no trial project, rework defaults to twice the usual share and no trial is costed, so outsourcing costs {amount} less over {span} than with a “yes”.",
            &args,
        ),
        (false, true) => trf(
            "This answer changes the costs: outsourcing costs {amount} more over {span} than with a “yes”.",
            &args,
        ),
        (false, false) => trf(
            "This answer changes the costs: outsourcing costs {amount} less over {span} than with a “yes”.",
            &args,
        ),
    })
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
