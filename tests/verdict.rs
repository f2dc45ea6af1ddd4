//! An honest verdict: tipping points, the range of outcomes, break-even within
//! capacity, the employment fraction in the open, and sentences that agree
//! with each other and with the numbers beside them.
#![cfg(not(target_arch = "wasm32"))]

use outsource_check::model::checklist::{assess, gaps_closed, Answer, Answers, ITEMS};
use outsource_check::model::cost::{RateClass, Scaled};
use outsource_check::model::outcomes::outcomes;
use outsource_check::model::query::{decode, split_query};
use outsource_check::model::text::{explain_lines, Plain};
use outsource_check::model::verdict::{
    answer_effect_of, break_even_sentence, caveats, combined_verdict, cost_result, cost_verdict,
    decide, fte_sentence, range_sentence, rate_scale_label, rate_verdict, readiness,
    tipping_sentence, Caveat, CostResult, Decision, EffectKind,
};
use outsource_check::model::{
    compare, Comparison, Field, Home, Inputs, ProviderKind, Region, Task,
};
use proptest::prelude::*;

mod common;
use common::arb_inputs;

const F: Plain = Plain("$");

fn saving(i: &Inputs) -> f64 {
    compare(&i.resolve()).saving
}

// ----------------------------------------------------------- decisions ---

/// The combined decision for inputs with these answers set on top of `base`.
fn decision(i: &Inputs) -> Decision {
    let c = compare(&i.resolve());
    let mut closed = i.clone();
    closed.answers = gaps_closed(&i.answers);
    decide(&c, &compare(&closed.resolve()), &assess(&i.answers)).decision
}

fn with_answers(mut i: Inputs, answers: &[(&str, Answer)]) -> Inputs {
    i.answers = Answers([Answer::Yes; ITEMS.len()]);
    for (id, a) in answers {
        i.answers.set(id, *a);
    }
    i
}

#[test]
fn the_cost_result_is_decided_by_the_saving() {
    let saves = compare(&Inputs::default().resolve());
    assert_eq!(cost_result(&saves), CostResult::Saves);
    assert_eq!(caveats(&saves), vec![]);
    let dear = compare(&Inputs::default().with(Field::Rate, 500.0).resolve());
    assert_eq!(cost_result(&dear), CostResult::CostsMore);
    assert_eq!(caveats(&dear), vec![Caveat::SavesNothing]);
    let cheap = compare(&Inputs::default().with(Field::Rate, 5.0).resolve());
    assert_eq!(caveats(&cheap), vec![Caveat::BelowMarket]);
    let above = compare(
        &Inputs::default()
            .with(Field::Rate, saves.fair.fair_high * 1.5)
            .resolve(),
    );
    assert_eq!(caveats(&above), vec![Caveat::AboveFair]);
    // At the break-even rate the two totals meet.
    let even = compare(
        &Inputs::default()
            .with(Field::Rate, saves.fair.break_even)
            .resolve(),
    );
    assert_eq!(cost_result(&even), CostResult::AboutTheSame);
}

#[test]
fn the_combined_verdict_is_decided_by_variant() {
    let base = Inputs::default();
    assert!(
        compare(&base.resolve()).saving > 0.0,
        "precondition: the default saves"
    );
    assert_eq!(decision(&base), Decision::AnswerTheChecklist);
    assert_eq!(decision(&with_answers(base.clone(), &[])), Decision::Ready);
    match decision(&with_answers(
        base.clone(),
        &[("not-core", Answer::No), ("describe", Answer::No)],
    )) {
        Decision::KeepInHouse { item } => assert_eq!(item.id, "not-core"),
        d => panic!("{d:?}"),
    }
    match decision(&with_answers(
        base.clone(),
        &[("describe", Answer::NotSure)],
    )) {
        Decision::Stop {
            item,
            saves,
            not_sure,
        } => assert!(item.id == "describe" && saves && not_sure),
        d => panic!("{d:?}"),
    }
    let dear = base.clone().with(Field::Rate, 500.0);
    match decision(&with_answers(dear.clone(), &[("describe", Answer::No)])) {
        Decision::Stop {
            saves, not_sure, ..
        } => assert!(!saves && !not_sure),
        d => panic!("{d:?}"),
    }
    assert_eq!(
        decision(&with_answers(dear, &[])),
        Decision::KeepUnlessOtherReasons
    );
    let mut some = base.clone();
    some.answers.set("describe", Answer::Yes);
    assert_eq!(decision(&some), Decision::NoGapsSoFar);
    assert_eq!(
        decision(&with_answers(base.clone(), &[("goals", Answer::Partly)])),
        Decision::CloseGaps { gaps: 1 }
    );
    // No trial project: the gap changes the cost.
    match decision(&with_answers(base, &[("trial", Answer::No)])) {
        Decision::CloseGapsChangesCost { gaps: 1, .. } => {}
        d => panic!("{d:?}"),
    }
}

#[test]
fn the_trial_answer_changes_the_costs() {
    let mut i = Inputs::default();
    let trial = ITEMS.iter().position(|it| it.id == "trial").unwrap();
    i.answers.0[trial] = Answer::No;
    let e = answer_effect_of(&i, trial).expect("no trial changes the costs");
    assert!(e.kind == EffectKind::Trial && e.amount > 0.0, "{e:?}");
    i.answers.0[trial] = Answer::Yes;
    assert_eq!(answer_effect_of(&i, trial), None);
}

// ------------------------------------------------------------ findings ---

#[test]
fn the_default_headline_shows_its_fte_and_idle_cost() {
    let c = compare(&Inputs::default().resolve());
    // 80 h/month needs 0.508 FTE, 20.3 h a week: the default contract is 21 h.
    assert!(c.fte > c.fte_needed && c.fte - c.fte_needed < 1.0 / 40.0 + 1e-9);
    assert!(c.idle_cost > 0.0 && c.idle_cost < c.saving);
    let s = fte_sentence(&c, &F);
    assert!(
        s.contains("FTE, 21 h a week of a 40 h") && s.contains("no work in them"),
        "{s}"
    );
    assert!(s.contains("of the saving"), "{s}");
}

#[test]
fn both_sides_pay_to_start() {
    let c = compare(&Inputs::default().resolve());
    for id in ["os-selection", "os-ramp", "os-onboarding", "os-trial"] {
        let it = c.outsourced.items.iter().find(|i| i.id == id).unwrap();
        assert!(it.total > 0.0, "{id}");
    }
}

#[test]
fn an_agency_is_classed_on_what_it_bills() {
    // US virtual assistant, Western Europe agency at its default billed rate.
    let mut i = Inputs::new(Task::VirtualAssistant, Home::Us, Region::WesternEurope);
    i.provider = ProviderKind::Agency;
    let c = compare(&i.resolve());
    assert_eq!(c.fair.entered, i.resolve().rate_per_hour, "the billed rate");
    // Whatever its class, it never reads fair while it saves nothing.
    // At a billed rate above the break-even rate it saves nothing.
    let dear = compare(
        &i.clone()
            .with(Field::Rate, c.fair.break_even * 1.01)
            .resolve(),
    );
    assert!(
        dear.saving <= 0.0,
        "precondition: the agency saves nothing: {dear:?}"
    );
    assert_ne!(dear.fair.class, RateClass::Fair, "{dear:?}");
    // An agency pays no freelance-marketplace fee by default.
    assert_eq!(i.resolve().fees, 0.0);
}

#[test]
fn break_even_beyond_capacity_is_said_and_scaled() {
    // The examples: the default (break-even far beyond what 0.75 FTE
    // delivers) and Australian customer support at 160 h.
    for i in [
        Inputs::default(),
        Inputs::new(Task::CustomerSupport, Home::Au, Region::SoutheastAsia)
            .with(Field::Hours, 160.0),
    ] {
        let c = compare(&i.resolve());
        let s = break_even_sentence(&c, &F);
        assert!(
            c.break_even_hours
                .is_none_or(|h| h > c.capacity_hours_per_month),
            "{c:?}"
        );
        assert!(c.break_even_scaled.is_some());
        assert!(
            s.contains("more than the") || s.contains("no workload"),
            "{s}"
        );
        assert!(s.contains("staff scaled to the work"), "{s}");
    }
}

#[test]
fn provider_in_the_home_country_does_not_contradict_itself() {
    let i = Inputs::new(Task::WebDev, Home::Us, Region::NorthAmerica);
    let c = compare(&i.resolve());
    let cost = cost_verdict(&c, &F);
    let (_, rate) = rate_verdict(&c, Region::NorthAmerica, &F);
    // A North American freelancer for 80 h costs more than a 21-hour contract.
    assert!(c.saving < 0.0, "{cost}");
    assert!(
        !rate.contains(" is fair") && cost.contains("more"),
        "{cost} / {rate}"
    );
    // Where outsourcing saves, the rate sentence does not say it saves nothing.
    let i = i.with(Field::Hours, 8.0);
    let c = compare(&i.resolve());
    let cost = cost_verdict(&c, &F);
    let (_, rate) = rate_verdict(&c, Region::NorthAmerica, &F);
    assert!(c.saving > 0.0, "precondition: outsourcing saves: {cost}");
    assert!(
        !rate.contains("saves nothing") && !rate.contains("costs more than in-house at any"),
        "{cost} / {rate}"
    );
}

#[test]
fn an_empty_band_is_not_read_out_reversed() {
    let i = Inputs::new(Task::WebDev, Home::De, Region::WesternEurope).with(Field::Hours, 20.0);
    let c = compare(&i.resolve());
    assert!(!c.fair.fair_saves(), "precondition: no fair rate saves");
    assert_eq!(c.fair.class, RateClass::NoSaving);
    let label = rate_scale_label(&c.fair, Region::WesternEurope, &F);
    assert!(
        label.contains("fair band") && label.contains("break-even rate"),
        "{label}"
    );
    let (_, rate) = rate_verdict(&c, Region::WesternEurope, &F);
    assert!(rate.contains("No fair rate saves"), "{rate}");
}

#[test]
fn one_month_is_singular() {
    let c = compare(&Inputs::default().with(Field::Horizon, 1.0).resolve());
    for s in [cost_verdict(&c, &F), fte_sentence(&c, &F)] {
        assert!(!s.contains("1 months"), "{s}");
    }
}

#[test]
fn the_explanation_names_both_hourly_costs_for_what_they_are() {
    let s = Inputs::new(Task::WebDev, Home::De, Region::EasternEurope).with(Field::Rate, 38.0);
    let s = s.resolve();
    let c = compare(&s);
    let lines = explain_lines(&c, &s, &F).join(" ").to_lowercase();
    assert!(lines.contains("below the break-even rate"), "{lines}");
    assert!(lines.contains("per delivered hour = total"), "{lines}");
    assert!(
        lines.contains("it is not the per-delivered-hour cost"),
        "{lines}"
    );
}

#[test]
fn a_link_at_the_tipping_rate_shows_a_saving_of_zero() {
    for i in [
        Inputs::default(),
        Inputs::new(Task::Bookkeeping, Home::Uk, Region::SouthAsia),
        Inputs::new(Task::Seo, Home::Nl, Region::EasternEurope).with(Field::Horizon, 24.0),
    ] {
        let tip = compare(&i.resolve())
            .tips
            .rate
            .expect("a tipping rate in range");
        let q = format!(
            "task={}&home={}&region={}&months={}&rate={}",
            i.task.slug(),
            i.home.slug(),
            i.region.slug(),
            i.resolve().horizon_months,
            outsource_check::model::num::decimal(tip)
        );
        let d = decode(&split_query(&q));
        assert!(d.notices.is_empty(), "{:?}", d.notices);
        assert!(saving(&d.inputs).abs() < 0.01, "{q}: {}", saving(&d.inputs));
    }
}

// ---------------------------------------------------------- properties ---

proptest! {
    #![proptest_config(ProptestConfig::with_cases(600))]

    #[test]
    fn at_each_tipping_point_the_totals_are_equal_to_the_cent(i in arb_inputs()) {
        let c = compare(&i.resolve());
        // To the cent; for astronomic totals (an exchange rate of a million)
        // f64 holds about 15 digits, so to 1e-12 of the total.
        let cent = 0.01f64.max(1e-12 * c.in_house.total.abs().max(c.outsourced.total.abs()));
        if let Some(r) = c.tips.rate {
            let s = saving(&i.clone().with(Field::Rate, r));
            prop_assert!(s.abs() < cent, "rate {r}: saving {s}");
        }
        if let Some(m) = c.tips.mgmt {
            let s = saving(&i.clone().with(Field::MgmtHours, m));
            prop_assert!(s.abs() < cent, "mgmt {m}: saving {s}");
        }
        if let Some(w) = c.tips.rework {
            let s = saving(&i.clone().with(Field::Rework, w));
            prop_assert!(s.abs() < cent, "rework {w}: saving {s}");
        }
    }

    #[test]
    fn the_range_always_contains_the_headline(i in arb_inputs()) {
        let o = outcomes(&i);
        let c = compare(&i.resolve());
        prop_assert!((o.saving - c.saving).abs() < 1e-6 * (1.0 + c.saving.abs()));
        // Float noise scales with the totals (17 million: a few 1e-9).
        let noise = 1e-12 * (1.0 + c.saving.abs());
        prop_assert!(o.low <= c.saving + noise && c.saving <= o.high + noise, "{o:?}");
        prop_assert!(o.low.is_finite() && o.high.is_finite());
        // Not by clamping alone: every input's own ends lie inside the range,
        // as all of them at their worst (best) end is at least as far out.
        let tol = 1e-6 * (1.0 + c.in_house.total.abs() + c.outsourced.total.abs());
        for b in &o.bars {
            for v in [b.saving_at_low, b.saving_at_high] {
                prop_assert!(o.low - tol <= v && v <= o.high + tol, "{:?}: {v} outside {} to {}", b.field, o.low, o.high);
            }
        }
        for b in o.bars.iter().filter(|b| b.field != Field::Peak) {
            prop_assert!(i.get(b.field).is_none(), "a typed value is held: {:?}", b.field);
        }
    }

    #[test]
    fn break_even_never_exceeds_capacity_unsaid(i in arb_inputs()) {
        let c = compare(&i.resolve());
        let s = break_even_sentence(&c, &F);
        match c.break_even_hours {
            Some(h) if h <= c.capacity_hours_per_month => {
                prop_assert!(c.break_even_scaled.is_none());
            }
            _ => {
                prop_assert!(c.break_even_scaled.is_some());
                prop_assert!(s.contains("staff scaled to the work"), "{s}");
            }
        }
        if let Some(Scaled::At { hours, fte }) = c.break_even_scaled {
            prop_assert!(hours >= 0.0 && fte > 0.0 && fte <= 20.0);
        }
    }

    #[test]
    fn the_rate_class_agrees_with_the_saving(i in arb_inputs()) {
        let c = compare(&i.resolve());
        // Software bills no hours: its class is a placeholder the page hides.
        if !c.provider.bills_hours() {
            return Ok(());
        }
        let tol = 1e-6 * (1.0 + c.in_house.total);
        match c.fair.class {
            RateClass::Fair => {
                prop_assert!(c.saving > -tol, "{:?}", c.fair);
                prop_assert!(c.fair.entered <= c.fair.fair_high * (1.0 + 1e-6), "{:?}", c.fair);
                prop_assert!(c.fair.entered >= c.fair.fair_low * (1.0 - 1e-6), "{:?}", c.fair);
            }
            RateClass::AboveFair => {
                prop_assert!(c.saving > -tol, "{:?}", c.fair);
                prop_assert!(c.fair.entered > c.fair.fair_high, "{:?}", c.fair);
            }
            RateClass::NoSaving => prop_assert!(c.saving < tol, "{:?}", c.fair),
            RateClass::BelowMarket => prop_assert!(c.fair.entered < c.fair.fair_low, "{:?}", c.fair),
        }
    }
}

// --------------------------------------------------------- coherence ---

/// The checklist outcomes the verdict distinguishes.
fn answer_sets() -> Vec<(&'static str, Answers)> {
    let all = |a| Answers([a; ITEMS.len()]);
    let with = |mut base: Answers, id: &str, a| {
        base.set(id, a);
        base
    };
    vec![
        ("none", Answers::default()),
        ("all yes", all(Answer::Yes)),
        ("one yes", with(Answers::default(), "brief", Answer::Yes)),
        ("stop", with(all(Answer::Yes), "describe", Answer::No)),
        ("core", with(all(Answer::Yes), "not-core", Answer::No)),
        (
            "gaps",
            with(
                with(all(Answer::Yes), "trial", Answer::No),
                "goals",
                Answer::Partly,
            ),
        ),
        ("warning", with(all(Answer::Yes), "not-facing", Answer::No)),
    ]
}

/// Check that the sentences on the page agree with each other and the numbers.
fn coherent(i: &Inputs, c: &Comparison, answers: Answers, what: &str) {
    let cost = cost_verdict(c, &F);
    let (_, rate) = rate_verdict(c, i.region, &F);
    let tip = tipping_sentence(c, &F);
    let mut closed = i.clone();
    closed.answers = gaps_closed(&answers);
    let closed = compare(&closed.resolve());
    let r = readiness(&answers, c.fair.class);
    let combined = combined_verdict(c, &closed, &r, &F);
    let all = [
        &cost,
        &rate,
        &tip,
        &combined,
        &fte_sentence(c, &F),
        &break_even_sentence(c, &F),
    ];
    for s in all {
        assert!(
            !s.contains("NaN") && !s.contains("inf") && !s.contains("1 months"),
            "{what}: {s}"
        );
    }
    let big = 0.005 * c.in_house.total.max(1.0);
    if c.saving > big {
        assert!(cost.starts_with("Outsourcing saves"), "{what}: {cost}");
        assert!(!rate.contains("saves nothing"), "{what}: {cost} / {rate}");
        assert!(
            tip.starts_with("Outsourcing stays cheaper"),
            "{what}: {tip}"
        );
        assert!(
            combined.starts_with("Outsourcing saves") || combined.starts_with("Outsourcing would"),
            "{what}: {combined}"
        );
    }
    if c.saving < -big {
        assert!(
            cost.starts_with("Keeping it in-house is cheaper"),
            "{what}: {cost}"
        );
        assert!(!rate.contains("is fair"), "{what}: {cost} / {rate}");
        assert!(
            tip.contains("would become cheaper") || tip.starts_with("No rate"),
            "{what}: {tip}"
        );
        if closed.saving < 0.0 {
            assert!(
                combined.contains("costs") && combined.contains("more than in-house"),
                "{what}: {combined}"
            );
        }
    }
    if r.answered > 0 && r.answered < ITEMS.len() {
        assert!(!combined.contains("readiness 100%"), "{what}: {combined}");
    }
    if answers.get("not-core") == Answer::No {
        assert!(
            combined.contains("keep it in-house") && !combined.contains("not yet"),
            "{what}: {combined}"
        );
    }
}

#[test]
fn every_combination_reads_coherently() {
    let mut n = 0;
    for home in Home::ALL {
        for region in Region::ALL {
            for provider in [ProviderKind::Freelancer, ProviderKind::Agency] {
                let mut base = Inputs::new(Task::WebDev, home, region);
                base.provider = provider;
                let c0 = compare(&base.resolve());
                // One rate per class the band allows: below market, fair,
                // above fair, above break-even.
                let b = c0.fair;
                let mut rates = vec![b.fair_low * 0.7, b.fair_high];
                if b.break_even > 0.0 {
                    rates.push(b.break_even * 1.2);
                    if b.break_even > b.fair_high {
                        rates.push((b.fair_high + b.break_even) / 2.0);
                    }
                }
                for rate in rates {
                    for (name, answers) in answer_sets() {
                        let mut i = base.clone().with(Field::Rate, rate);
                        i.answers = answers;
                        let c = compare(&i.resolve());
                        let what =
                            format!("{home:?} {region:?} {provider:?} {:?} {name}", c.fair.class);
                        coherent(&i, &c, answers, &what);
                        n += 1;
                    }
                }
            }
        }
    }
    assert!(n > 8 * 9 * 2 * 2 * 7, "{n} combinations");
}

#[test]
fn every_class_occurs_in_the_enumeration() {
    let mut seen = std::collections::HashSet::new();
    for home in Home::ALL {
        for region in Region::ALL {
            let base = Inputs::new(Task::WebDev, home, region);
            let c0 = compare(&base.resolve());
            let b = c0.fair;
            for rate in [
                b.fair_low * 0.7,
                b.fair_high,
                (b.fair_high + b.break_even) / 2.0,
                b.break_even.abs() * 1.2 + 1.0,
            ] {
                seen.insert(format!(
                    "{:?}",
                    compare(&base.clone().with(Field::Rate, rate).resolve())
                        .fair
                        .class
                ));
            }
        }
    }
    for class in ["Fair", "BelowMarket", "AboveFair", "NoSaving"] {
        assert!(seen.contains(class), "{class} never occurs: {seen:?}");
    }
}

#[test]
fn the_range_sentence_and_bars() {
    let o = outcomes(&Inputs::default());
    assert!(o.low < o.saving && o.saving < o.high);
    assert!(o.bars.len() >= 10);
    assert!(o.bars.windows(2).all(|w| w[0].swing() >= w[1].swing()));
    let s = range_sentence(&o, 12, &F);
    assert!(s.contains("moves it most"), "{s}");
    // Typing every uncertain input holds them all.
    let mut typed = Inputs::default();
    let (_, defaults) = typed.resolve_with_defaults();
    for &f in Field::ALL {
        typed.set(f, Some(defaults[f as usize]));
    }
    let o = outcomes(&typed);
    assert!(o.bars.is_empty() && o.low == o.saving && o.high == o.saving);
}

/// No break-even sentence points to a workload at which the headline says
/// the opposite: across every home × region × provider × workload (default
/// FTE, so in-house staffed to the work as the scaled break-even is), a
/// workload at or above the scaled break-even is not one where outsourcing
/// saves, and one below the held break-even is not one where it costs more.
#[test]
fn no_break_even_sentence_contradicts_the_headline() {
    use outsource_check::model::cost::Scaled;
    use outsource_check::model::verdict::{cost_result, CostResult};
    use outsource_check::model::ProviderKind;
    let mut checked = 0;
    for home in Home::ALL {
        for region in Region::ALL {
            for provider in ProviderKind::ALL {
                for hours in [5.0, 20.0, 36.0, 80.0, 160.0, 400.0, 1000.0, 2000.0] {
                    for task in [Task::WebDev, Task::CustomerSupport, Task::Bookkeeping] {
                        let mut i = Inputs::new(task, home, region).with(Field::Hours, hours);
                        i.provider = provider;
                        let c = compare(&i.resolve());
                        let said = cost_result(&c);
                        if let Some(Scaled::At { hours: from, .. }) = c.break_even_scaled {
                            assert!(
                                !(hours >= from * (1.0 + 1e-9) && said == CostResult::Saves),
                                "{task:?} {home:?} {region:?} {provider:?} {hours} h: in-house from {from} h, yet outsourcing saves {}",
                                c.saving
                            );
                        }
                        if let (Some(h), None) = (c.break_even_hours, c.break_even_scaled) {
                            assert!(
                                !(hours < h * (1.0 - 1e-9) && said == CostResult::CostsMore),
                                "{task:?} {home:?} {region:?} {provider:?} {hours} h: outsourcing cheaper up to {h}, yet it costs more"
                            );
                        }
                        checked += 1;
                    }
                }
            }
        }
    }
    assert!(checked > 1000);
}

/// At the exact tipping rate the verdict says "about the same", and the
/// tipping sentence does not claim either side is cheaper.
#[test]
fn a_tipping_link_says_about_the_same() {
    use outsource_check::model::verdict::{cost_result, CostResult};
    let i = Inputs::new(Task::Bookkeeping, Home::Uk, Region::SouthAsia);
    let tip = compare(&i.resolve()).tips.rate.unwrap();
    let c = compare(&i.with(Field::Rate, tip).resolve());
    assert_eq!(cost_result(&c), CostResult::AboutTheSame);
    let t = tipping_sentence(&c, &F);
    assert!(
        !t.contains("stays cheaper") && !t.contains("would become cheaper"),
        "{t}"
    );
}
