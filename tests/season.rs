//! Workloads that change: busy seasons, lean months and growth.
#![cfg(not(target_arch = "wasm32"))]

use outsource_check::model::cost::{best_staffing, compare, monthly, Staffing};
use outsource_check::model::query::{decode, split_query};
use outsource_check::model::scenario::{Field, Inputs};
use outsource_check::model::{Home, Region, Task};
use proptest::prelude::*;

mod common;
#[path = "common/figures.rs"]
mod steady_figures;
use common::{arb_inputs, close, steady};

#[test]
fn a_steady_workload_keeps_the_figures_of_the_model_on_main_to_the_cent() {
    let text = include_str!("fixtures/steady-main.txt");
    let mut n = 0;
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        let (q, want) = line.split_once('\t').unwrap();
        let d = decode(&split_query(q));
        assert!(d.notices.is_empty(), "{q}: {:?}", d.notices);
        let got = steady_figures::figures(&d.inputs);
        let want: Vec<Option<f64>> = want
            .split(' ')
            .map(|v| (v != "-").then(|| v.parse().unwrap()))
            .collect();
        assert_eq!(got.len(), want.len());
        for (k, (g, w)) in got.iter().zip(&want).enumerate() {
            match (g, w) {
                (Some(g), Some(w)) => assert!(
                    (g - w).abs() <= 0.005 + 1e-9 * w.abs(),
                    "figure {k} of {q}: {g} against {w}"
                ),
                _ => assert_eq!(g.is_some(), w.is_some(), "figure {k} of {q}"),
            }
        }
        n += 1;
    }
    assert_eq!(n, 300);
}

#[test]
fn a_peak_that_overtime_covers_cheaper_than_peak_staff_is_costed_as_overtime() {
    // 80 h a month, 100 h in two busy months: a 21-hour contract with 20
    // hours of overtime beats a 26-hour contract all year or a temp hire.
    let i = Inputs::default()
        .with(Field::Peak, 100.0)
        .with(Field::PeakMonths, 2.0);
    let s = i.resolve();
    assert!(s.varies());
    let (how, total) = best_staffing(&s);
    assert_eq!(how, Staffing::Overtime);
    let c = compare(&s);
    assert_eq!(c.staffing, Some(Staffing::Overtime));
    assert!(close(c.in_house.total, total));
    let months = monthly(&s);
    assert_eq!(months.len(), 12);
    assert!(months[0].overtime_hours > 0.0 && months[1].overtime_hours > 0.0);
    assert!(months[2..].iter().all(|m| m.overtime_hours == 0.0));
    // The peak staffed all year costs more.
    let steady_peak = compare(&Inputs::default().with(Field::Hours, 100.0).resolve());
    assert!(steady_peak.in_house.total > c.in_house.total);
}

#[test]
fn a_long_peak_is_staffed_for_and_its_lean_months_carry_idle_hours() {
    // Eleven busy months at 300 h, one at 150 h, over three years: more
    // than overtime can cover, and at $20,000 a hire a temporary worker
    // recruited every year costs more than one idle month a year.
    let i = Inputs::default()
        .with(Field::Recruiting, 20_000.0)
        .with(Field::Hours, 150.0)
        .with(Field::Peak, 300.0)
        .with(Field::PeakMonths, 11.0)
        .with(Field::Horizon, 36.0);
    let c = compare(&i.resolve());
    assert_eq!(c.staffing, Some(Staffing::Peak));
    let lean = &c.schedule[11];
    assert!(lean.paid_hours > lean.hours + 100.0);
    assert!(c.idle_cost > 0.0);
}

#[test]
fn growth_adds_a_hire_in_the_month_the_hours_pass_capacity() {
    let i = Inputs::default()
        .with(Field::Hours, 150.0)
        .with(Field::Growth, 50.0)
        .with(Field::Horizon, 24.0);
    let s = i.resolve();
    let per_fte_month = s.productive_hours_per_year / 12.0;
    let months = monthly(&s);
    let k = months.iter().position(|m| m.hours > per_fte_month).unwrap();
    assert!(k > 0);
    assert_eq!(months[k - 1].headcount, 1);
    assert_eq!(months[k].headcount, 2);
    // The hire is recruited that month.
    assert!(months[k].in_house - months[k - 1].in_house > s.recruiting);
    assert!(months[k - 1].in_house - months[k.max(2) - 2].in_house < s.recruiting);
    // The outsourced side bills the grown hours.
    assert!(months[23].outsourced > months[1].outsourced);
}

#[test]
fn the_tipping_peak_flips_the_answer() {
    // Bookkeeping in the US against South Asia, lean most of the year, at
    // a range of rates: wherever there is a tipping peak, the answer flips there.
    let mut found = 0;
    for rate in (10..60).map(f64::from) {
        let i = Inputs::new(Task::Bookkeeping, Home::Us, Region::SouthAsia)
            .with(Field::Hours, 20.0)
            .with(Field::Peak, 60.0)
            .with(Field::PeakMonths, 3.0)
            .with(Field::Rate, rate);
        let c = compare(&i.resolve());
        let Some(tip) = c.tips.peak else { continue };
        found += 1;
        let below = compare(&i.clone().with(Field::Peak, tip * 0.999).resolve());
        let above = compare(&i.clone().with(Field::Peak, tip * 1.001).resolve());
        assert!(
            below.saving.signum() != above.saving.signum(),
            "{rate}: {tip}"
        );
    }
    assert!(found > 0);
    // Without busy months there is none.
    assert_eq!(compare(&Inputs::default().resolve()).tips.peak, None);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn each_sides_months_sum_to_its_total(i in arb_inputs()) {
        let c = compare(&i.resolve());
        let tol = |t: f64| 1e-9 * (1.0 + t.abs());
        let ih: f64 = c.schedule.iter().map(|m| m.in_house).sum();
        let os: f64 = c.schedule.iter().map(|m| m.outsourced).sum();
        prop_assert_eq!(c.schedule.len() as u32, c.months);
        prop_assert!((ih - c.in_house.total).abs() <= tol(ih), "{} {}", ih, c.in_house.total);
        prop_assert!((os - c.outsourced.total).abs() <= tol(os), "{} {}", os, c.outsourced.total);
        prop_assert!((c.in_house.cumulative(c.months, c.months) - c.in_house.total).abs() <= tol(ih));
    }

    #[test]
    fn a_steady_workload_costed_month_by_month_gives_the_closed_form(i in arb_inputs()) {
        // A growth too small to matter sends it through the month-by-month
        // schedule; where the contract covers the work, nothing changes.
        let i = steady(i);
        let c = compare(&i.resolve());
        prop_assume!(c.over_capacity_hours_per_month == 0.0);
        let m = compare(&i.clone().with(Field::Growth, 1e-10).resolve());
        prop_assert!(m.staffing.is_some());
        let near = |a: f64, b: f64| (a - b).abs() <= 0.005 + 1e-7 * a.abs();
        prop_assert!(near(m.in_house.total, c.in_house.total), "{} {}", m.in_house.total, c.in_house.total);
        prop_assert!(near(m.outsourced.total, c.outsourced.total), "{} {}", m.outsourced.total, c.outsourced.total);
    }
}

#[test]
fn the_verdict_names_the_seasons_when_they_decide_it() {
    use outsource_check::model::verdict::{season, season_verdict, Season};
    // 150 h a month, 400 h in four busy months (more than overtime can
    // cover), a provider billing just under where the same hours spread
    // evenly would tip: the seasons decide it.
    let base = Inputs::default()
        .with(Field::Hours, 150.0)
        .with(Field::Peak, 400.0)
        .with(Field::PeakMonths, 4.0);
    let even = Inputs::default().with(Field::Hours, (150.0 * 8.0 + 400.0 * 4.0) / 12.0);
    let tip = compare(&even.resolve()).tips.rate.unwrap();
    let c = compare(&base.with(Field::Rate, tip * 0.99).resolve());
    assert!(c.saving > 0.0, "{}", c.saving);
    match season(&c) {
        Some(Season::MostlyLeanMonths { lean, .. }) => assert_eq!(lean, 8),
        other => panic!("{other:?}: saving {} even {:?}", c.saving, c.even_saving),
    }
    assert!(season_verdict(&c)
        .unwrap()
        .contains("8 of 12 months are lean"));
    // A steady workload says nothing about seasons.
    assert_eq!(season(&compare(&Inputs::default().resolve())), None);
}
