//! The verdicts in words: each decision of `decide` said as a sentence.

use super::decide::{
    answer_effect_of, caveats, cost_result, decide, season, AnswerEffect, Caveat, CostResult,
    Decision, EffectKind, Season,
};
use super::labels::{lower_first, percent};
use crate::model::checklist::Readiness;
use crate::model::cost::{Comparison, FairBand, RateClass, Staffing};
use crate::model::i18n::{tr, trf};
use crate::model::numbers::Fmt;
use crate::model::regions::Region;
use crate::model::scenario::Inputs;
use crate::model::text::span;

/// The cost verdict for a comparison.
pub fn cost_verdict(c: &Comparison, f: &dyn Fmt) -> String {
    let span = span(c.months);
    let mut out = match cost_result(c) {
        CostResult::AboutTheSame => trf(
            "Both options cost about the same over {span}.",
            &[("span", &span)],
        ),
        CostResult::Saves => trf(
            "Outsourcing saves {amount} ({percent}) over {span}.",
            &[
                ("amount", &f.money(c.saving)),
                ("percent", &percent(c.saving_share, f)),
                ("span", &span),
            ],
        ),
        CostResult::CostsMore => trf(
            "Keeping it in-house is cheaper by {amount} ({percent}) over {span}.",
            &[
                ("amount", &f.money(-c.saving)),
                ("percent", &percent(-c.saving_share, f)),
                ("span", &span),
            ],
        ),
    };
    for caveat in caveats(c) {
        out.push(' ');
        out.push_str(caveat_words(caveat));
    }
    out
}

/// What the busy months do to the verdict, in words: whether they decide
/// it, how in-house gets through them, and the provider it assumes.
pub fn season_verdict(c: &Comparison) -> Option<String> {
    let (lead, how) = match season(c)? {
        Season::MostlyLeanMonths { lean, how } => (
            trf(
                "Outsourcing saves mostly because {lean} of 12 months are lean.",
                &[("lean", &lean.to_string())],
            ),
            how,
        ),
        Season::Covered { how } => (String::new(), how),
    };
    let how = match how {
        Staffing::Peak => tr("In-house is costed at its cheapest through the busy months: staffed for the busiest month, paying for idle hours in the others."),
        Staffing::Overtime => tr("In-house is costed at its cheapest through the busy months: staffed for the ordinary month, with paid overtime in the busy ones."),
        Staffing::Temp => tr("In-house is costed at its cheapest through the busy months: staffed for the ordinary month, with a temporary worker hired for each busy season."),
    };
    let provider = if c.provider.bills_hours() {
        tr("The outsourced side assumes a provider who can take on the busy months at short notice.")
    } else {
        tr("The software side pays the same subscription every month; the hours it leaves you follow the work.")
    };
    Some(
        [lead.as_str(), how, provider]
            .into_iter()
            .filter(|x| !x.is_empty())
            .collect::<Vec<_>>()
            .join(" "),
    )
}

/// A caveat of the cost verdict as a sentence.
pub fn caveat_words(caveat: Caveat) -> &'static str {
    match caveat {
        Caveat::BelowMarket => tr(
            "But the rate is below the region's market rate: an underpaid provider tends to do poorer work.",
        ),
        Caveat::AboveFair => tr(
            "The rate is more than fairness asks: a rate a little above the region's market would be fair and save more.",
        ),
        Caveat::SavesNothing => tr("At this rate outsourcing saves nothing."),
        Caveat::OnlyBelowFairRate => tr(
            "But only below the market rate: at a fair rate for the region, outsourcing costs more than in-house.",
        ),
        Caveat::MoreEvenAtFairRate => tr(
            "Even at a fair rate for the region, outsourcing costs more than in-house.",
        ),
        Caveat::FteTooSmall => tr("The chosen employment fraction cannot cover all the hours."),
    }
}

/// The result in a few words, for the sticky summary and the live region:
/// "Outsourcing saves $62,243 (58%)".
pub fn short_verdict(c: &Comparison, f: &dyn Fmt) -> String {
    match cost_result(c) {
        CostResult::AboutTheSame => tr("About the same cost").to_string(),
        CostResult::Saves => trf(
            "Outsourcing saves {amount} ({percent})",
            &[
                ("amount", &f.money(c.saving)),
                ("percent", &percent(c.saving_share, f)),
            ],
        ),
        CostResult::CostsMore => trf(
            "In-house is cheaper by {amount} ({percent})",
            &[
                ("amount", &f.money(-c.saving)),
                ("percent", &percent(-c.saving_share, f)),
            ],
        ),
    }
}

/// The rate placed on the fair band, in words: (tone, sentence), tone
/// "ok" or "warn" for the page's styling. One sentence per class; when no
/// fair rate saves anything, a second sentence says so.
pub fn rate_verdict(c: &Comparison, region: Region, f: &dyn Fmt) -> (&'static str, String) {
    if !c.provider.bills_hours() {
        return (
            "ok",
            tr("A software subscription bills no hours: there is no rate to place on a fair band.")
                .to_string(),
        );
    }
    let b = &c.fair;
    let (region, rate) = (region.label(), f.cents(b.entered));
    let (market, fair) = (f.cents(b.fair_low), f.cents(b.fair_high));
    let break_even = f.cents(b.break_even);
    let args: [(&str, &str); 6] = [
        ("rate", &rate),
        ("region", region),
        ("market", &market),
        ("fair", &fair),
        ("break_even", &break_even),
        ("span", &span(c.months)),
    ];
    let (tone, mut out) = match b.class {
        RateClass::Fair => ("ok", trf(
            "{rate}/h is fair: from the {region} market rate of {market}/h up to {fair}/h, a little above it, and below the break-even rate of {break_even}/h, where outsourcing stops saving.",
            &args,
        )),
        RateClass::BelowMarket => ("warn", trf(
            "{rate}/h is below the {region} market rate of {market}/h: an underpaid provider tends to cut corners. A fair rate runs from {market}/h to {fair}/h.",
            &args,
        )),
        RateClass::AboveFair => ("warn", trf(
            "{rate}/h still saves (the break-even rate is {break_even}/h), but it is more than fairness asks: a fair rate for {region} runs from {market}/h to {fair}/h.",
            &args,
        )),
        RateClass::NoSaving if b.break_even.is_finite() && b.break_even > 0.0 => ("warn", trf(
            "{rate}/h is at or above the break-even rate of {break_even}/h: at this rate outsourcing saves nothing over {span}.",
            &args,
        )),
        RateClass::NoSaving => ("warn", tr("Here outsourcing costs more than in-house at any rate.").to_string()),
    };
    if !b.fair_saves() && b.break_even.is_finite() && b.break_even > 0.0 {
        out.push(' ');
        out.push_str(&trf(
            "No fair rate saves: a fair rate for {region} starts at the market rate of {market}/h, at or above the break-even rate of {break_even}/h.",
            &args,
        ));
    }
    (tone, out)
}

/// A short flag for a rate's class where a table shows the rate (the region
/// table): none for a fair rate.
pub fn rate_class_flag(class: RateClass) -> Option<&'static str> {
    match class {
        RateClass::Fair => None,
        RateClass::BelowMarket => Some(tr("(below market)")),
        RateClass::AboveFair => Some(tr("(above fair)")),
        RateClass::NoSaving => Some(tr("(saves nothing)")),
    }
}

/// The fair-band chart read out for screen readers.
pub fn rate_scale_label(b: &FairBand, region: Region, f: &dyn Fmt) -> String {
    let args: [(&str, &str); 7] = [
        ("region", region.label()),
        ("low", &f.cents(b.market_low)),
        ("high", &f.cents(b.market_high)),
        ("market", &f.cents(b.fair_low)),
        ("fair", &f.cents(b.fair_high)),
        ("break_even", &f.cents(b.break_even)),
        ("rate", &f.cents(b.entered)),
    ];
    if b.break_even.is_finite() && b.break_even > 0.0 {
        trf(
            "Rate scale: {region} market {low} to {high}/h; fair band {market} to {fair}/h; break-even rate {break_even}/h; your rate {rate}/h.",
            &args,
        )
    } else {
        trf(
            "Rate scale: {region} market {low} to {high}/h; fair band {market} to {fair}/h; no break-even rate (no rate saves); your rate {rate}/h.",
            &args,
        )
    }
}

/// Beside the checklist's fair-rate question: what the calculator found,
/// and why a "yes" does not count when the numbers say otherwise
/// (`checklist::counted`).
pub fn rate_hint(class: RateClass, fair_saves: bool) -> &'static str {
    match (class, fair_saves) {
        (RateClass::Fair, _) => tr("The rate you entered is fair: from the region's market rate up to a little above it."),
        (RateClass::AboveFair, _) => tr("The rate you entered is above the fair band: fair to the provider, but more than fairness asks."),
        (RateClass::BelowMarket, true) => tr("The rate you entered is below the region's market rate, so a “yes” here does not count until the rate reaches the fair band."),
        (RateClass::BelowMarket, false) => tr("The rate you entered is below the region's market rate, so a “yes” here does not count; and no fair rate saves anything for this task in this region."),
        (RateClass::NoSaving, true) => tr("The rate you entered is at or above the break-even rate: it saves nothing, so a “yes” here does not count."),
        (RateClass::NoSaving, false) => tr("No fair rate saves anything for this task in this region, so a “yes” here does not count."),
    }
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
    let verdict = decide(c, closed, r);
    let cost = cost_clause(c, f);
    let score = || percent(r.score.unwrap_or(0.0), f);
    let mut out = match verdict.decision {
        Decision::AnswerTheChecklist => {
            return trf(
                "{cost}. Answer the readiness checklist to see whether you are ready to outsource it.",
                &[("cost", &cost)],
            )
        }
        Decision::KeepInHouse { item } => {
            return trf(
                "{cost}, but keep it in-house: {reason}.",
                &[("cost", &cost), ("reason", tr(item.gap))],
            )
        }
        Decision::Stop {
            item,
            saves,
            not_sure,
        } => {
            // With no saving, "not yet" would promise one later: the stop is
            // said as a second reason to keep the work.
            let args: [(&str, &str); 4] = [
                ("cost", &cost),
                ("question", tr(item.question)),
                ("reason", tr(item.gap)),
                ("next", &lower_first(tr(item.next))),
            ];
            return match (saves, not_sure) {
                (true, true) => trf("{cost}, but not yet: find out first. {question}", &args),
                (false, true) => trf("{cost}, and besides: find out first. {question}", &args),
                (true, false) => trf("{cost}, but not yet: {reason} — {next}", &args),
                (false, false) => trf("{cost}, and besides: {reason} — {next}", &args),
            };
        }
        Decision::KeepUnlessOtherReasons => {
            return trf(
                "{cost}: keep it in-house unless something other than cost decides it (readiness {score}).",
                &[("cost", &cost), ("score", &score())],
            )
        }
        Decision::Ready => trf(
            "{cost}, and you look ready (readiness {score}).",
            &[("cost", &cost), ("score", &score())],
        ),
        Decision::NoGapsSoFar => trf(
            "{cost}; no gaps so far (readiness {score}): answer the rest of the checklist.",
            &[("cost", &cost), ("score", &score())],
        ),
        Decision::CloseGaps { gaps } => {
            let args: [(&str, &str); 3] = [
                ("cost", &cost),
                ("count", &gaps.to_string()),
                ("score", &score()),
            ];
            if gaps == 1 {
                trf("{cost} once you close 1 gap (readiness {score}).", &args)
            } else {
                trf(
                    "{cost} once you close {count} gaps (readiness {score}).",
                    &args,
                )
            }
        }
        Decision::CloseGapsChangesCost { gaps, saves_today } => {
            let args: [(&str, &str); 4] = [
                ("cost", &cost_clause(closed, f)),
                ("count", &gaps.to_string()),
                ("score", &score()),
                ("amount", &f.money(c.saving.abs())),
            ];
            match (gaps == 1, saves_today) {
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
    if let Some(w) = verdict.warning {
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
    answer_effect_of(inputs, index).map(|e| answer_effect_words(&e, f))
}

/// An answer's effect on the costs as a sentence.
pub fn answer_effect_words(e: &AnswerEffect, f: &dyn Fmt) -> String {
    let args: [(&str, &str); 2] = [("amount", &f.money(e.amount)), ("span", &span(e.months))];
    match (e.kind, e.more) {
        (EffectKind::Manager, true) => trf(
            "This answer changes the costs: with nobody named to manage the provider, management time defaults to 1.5 times the usual hours, so outsourcing costs {amount} more over {span} than with a “yes”.",
            &args,
        ),
        (EffectKind::Fit, true) => trf(
            "This answer changes the costs: with a weak fit, rework defaults to 1.25 times the usual share, so outsourcing costs {amount} more over {span} than with a “yes”.",
            &args,
        ),
        (EffectKind::Trial, true) => trf(
            "This answer changes the costs: with no trial project, rework defaults to twice the usual share and no trial is costed, so outsourcing costs {amount} more over {span} than with a “yes”.",
            &args,
        ),
        (EffectKind::Trial, false) => trf(
            "This answer changes the costs: with no trial project, rework defaults to twice the usual share and no trial is costed, so outsourcing costs {amount} less over {span} than with a “yes”.",
            &args,
        ),
        (_, true) => trf(
            "This answer changes the costs: outsourcing costs {amount} more over {span} than with a “yes”.",
            &args,
        ),
        (_, false) => trf(
            "This answer changes the costs: outsourcing costs {amount} less over {span} than with a “yes”.",
            &args,
        ),
    }
}
