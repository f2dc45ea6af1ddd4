//! What the verdicts say, decided from the numbers and the answers: pure
//! functions that return enums, tested by variant; `words` says them.

use crate::model::checklist::{assess, assess_for, Answer, Answers, Item, Readiness, ITEMS};
use crate::model::cost::{compare, Comparison, RateClass, Staffing};
use crate::model::scenario::{Inputs, ProviderKind};

/// The cost result of a comparison.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CostResult {
    /// The saving is within half a percent of the in-house total.
    AboutTheSame,
    /// Outsourcing saves.
    Saves,
    /// In-house is cheaper.
    CostsMore,
}

/// The cost result: about the same, a saving or a loss.
pub fn cost_result(c: &Comparison) -> CostResult {
    if c.saving.abs() < 0.005 * c.in_house.total.max(1.0) {
        CostResult::AboutTheSame
    } else if c.saving > 0.0 {
        CostResult::Saves
    } else {
        CostResult::CostsMore
    }
}

/// What the cost verdict adds about the rate and the staffing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Caveat {
    /// The rate is below the region's market rate.
    BelowMarket,
    /// The rate saves, but is above the fair band: more than fairness asks.
    AboveFair,
    /// The rate is at or above the break-even rate.
    SavesNothing,
    /// Outsourcing saves, but only below the market rate: at any fair rate
    /// for the region, outsourcing costs more.
    OnlyBelowFairRate,
    /// Outsourcing costs more even at a fair rate.
    MoreEvenAtFairRate,
    /// The employment fraction cannot cover the hours.
    FteTooSmall,
}

/// The caveats of the cost verdict, in the order they are said.
pub fn caveats(c: &Comparison) -> Vec<Caveat> {
    let fair_saves = c.fair.fair_saves();
    let rate = match c.fair.class {
        // Software bills no hours: nothing to say about a rate.
        _ if !c.provider.bills_hours() => None,
        RateClass::BelowMarket if !fair_saves && c.saving > 0.0 => Some(Caveat::OnlyBelowFairRate),
        RateClass::BelowMarket => Some(Caveat::BelowMarket),
        RateClass::AboveFair => Some(Caveat::AboveFair),
        RateClass::NoSaving if !fair_saves => Some(Caveat::MoreEvenAtFairRate),
        RateClass::NoSaving => Some(Caveat::SavesNothing),
        RateClass::Fair => None,
    };
    let capacity = (c.over_capacity_hours_per_month > 0.0).then_some(Caveat::FteTooSmall);
    [rate, capacity].into_iter().flatten().collect()
}

/// The answers as the score counts them: a "yes" on the fair-rate question
/// does not count while the rate entered is below the region's market or
/// saves nothing; it is counted as a "no" (a gap, with its next step) until
/// the rate agrees.
pub fn counted(answers: &Answers, class: RateClass) -> Answers {
    let mut out = *answers;
    if matches!(class, RateClass::BelowMarket | RateClass::NoSaving)
        && out.get("fair-rate") == Answer::Yes
    {
        out.set("fair-rate", Answer::No);
    }
    out
}

/// Readiness as the verdict uses it: the answers as `counted` against the
/// rate's class.
pub fn readiness(answers: &Answers, class: RateClass) -> Readiness {
    assess(&counted(answers, class))
}

/// [`readiness`] in the words that fit the provider (a software
/// subscription's checklist reads as its own).
pub fn readiness_for(answers: &Answers, class: RateClass, provider: ProviderKind) -> Readiness {
    assess_for(&counted(answers, class), provider)
}

/// What the verdict says about busy months, when the workload has them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Season {
    /// Outsourcing saves, and more than half of it because the work comes
    /// in seasons (against the same hours spread evenly): `lean` of 12
    /// months are lean. `how`: in-house's cheapest way through them.
    MostlyLeanMonths { lean: u32, how: Staffing },
    /// The seasons are not what decides it; how in-house gets through them.
    Covered { how: Staffing },
}

/// The busy months in the verdict: `None` with a steady workload (or
/// growth alone).
pub fn season(c: &Comparison) -> Option<Season> {
    let how = c.staffing?;
    let even = c.even_saving?;
    if c.saving > 0.0 && c.saving - even > 0.5 * c.saving && c.lean_months > 0 {
        Some(Season::MostlyLeanMonths {
            lean: c.lean_months,
            how,
        })
    } else {
        Some(Season::Covered { how })
    }
}

/// The verdict combining cost and readiness.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Decision {
    /// No checklist answer yet: the cost alone, and an invitation.
    AnswerTheChecklist,
    /// A lasting "no" (the core competency): keep it in-house.
    KeepInHouse { item: &'static Item },
    /// A hard stop that can be fixed. `saves`: outsourcing saves, so the stop
    /// means "not yet"; otherwise it is a second reason to keep the work.
    /// `not_sure`: the answer was "not sure" (find out first).
    Stop {
        item: &'static Item,
        saves: bool,
        not_sure: bool,
    },
    /// No saving today nor with every gap closed: cost alone says in-house.
    KeepUnlessOtherReasons,
    /// Every item answered and no gap.
    Ready,
    /// No gap among the answers so far; some items unanswered.
    NoGapsSoFar,
    /// Gaps to close, which do not change the cost.
    CloseGaps { gaps: usize },
    /// Gaps to close, which change the cost: the clause is the cost with them
    /// closed, then today's. `saves_today`: outsourcing saves with them open.
    CloseGapsChangesCost { gaps: usize, saves_today: bool },
}

/// The combined verdict: the decision, and a serious warning said after it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Combined {
    pub decision: Decision,
    pub warning: Option<&'static Item>,
}

/// Decide the combined verdict. `closed` is the comparison with every
/// checklist gap closed (`checklist::gaps_closed`).
pub fn decide(c: &Comparison, closed: &Comparison, r: &Readiness) -> Combined {
    let alone = |decision| Combined {
        decision,
        warning: None,
    };
    if r.answered == 0 {
        return alone(Decision::AnswerTheChecklist);
    }
    // A lasting "no" (the core competency) outranks any stop that can be fixed.
    let lasting = r
        .stops
        .iter()
        .find(|(item, a)| item.lasting && *a == Answer::No);
    if let Some((item, _)) = lasting {
        return alone(Decision::KeepInHouse { item });
    }
    if let Some((item, answer)) = r.stops.first() {
        return alone(Decision::Stop {
            item,
            saves: c.saving > 0.0,
            not_sure: *answer == Answer::NotSure,
        });
    }
    if c.saving < 0.0 && closed.saving < 0.0 {
        return alone(Decision::KeepUnlessOtherReasons);
    }
    let decision = if r.todo.is_empty() && r.answered == ITEMS.len() {
        Decision::Ready
    } else if r.todo.is_empty() {
        Decision::NoGapsSoFar
    } else if (closed.saving - c.saving).abs() < 0.5 {
        Decision::CloseGaps { gaps: r.todo.len() }
    } else {
        Decision::CloseGapsChangesCost {
            gaps: r.todo.len(),
            saves_today: c.saving >= 0.0,
        }
    };
    Combined {
        decision,
        warning: r.warnings.first().copied(),
    }
}

/// The answers that change a default, each said in its own words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EffectKind {
    /// No trial project: twice the rework, no trial costed.
    Trial,
    /// Nobody named to manage the provider: more management hours.
    Manager,
    /// A weak language, time-zone or culture fit: more rework.
    Fit,
    Other,
}

/// How a checklist answer changes the outsourced total, against "yes".
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AnswerEffect {
    /// Which answer it is, for the words that say how it changes the costs.
    pub kind: EffectKind,
    /// Outsourcing costs more than with a "yes" (else less).
    pub more: bool,
    /// By how much, over the horizon (positive).
    pub amount: f64,
    pub months: u32,
}

/// The effect of answer `index` on the costs, if it has one (no effect for
/// "yes", unanswered, or a difference under half a unit).
pub fn answer_effect_of(inputs: &Inputs, index: usize) -> Option<AnswerEffect> {
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
    Some(AnswerEffect {
        kind: match ITEMS[index].id {
            "trial" => EffectKind::Trial,
            "manager" => EffectKind::Manager,
            "fit" | "culture" => EffectKind::Fit,
            _ => EffectKind::Other,
        },
        more: diff > 0.0,
        amount: diff.abs(),
        months: now.months,
    })
}
