//! Unit tests of `scenario`.

use super::*;

#[track_caller]
fn fte(hours: f64, want: f64) {
    assert_eq!(quarter_fte(hours, 1856.0), want, "{hours} h/month");
}

#[test]
fn the_default_fte_is_the_hours_a_week_the_work_needs_rounded_up() {
    // US: 1,888 productive h a year on a 40 h week. 80 h/month needs
    // 0.508 FTE = 20.3 h a week: a 21-hour contract, 0.525 FTE.
    let f = default_fte(80.0, 1888.0, 40.0);
    assert!((f - 21.0 / 40.0).abs() < 1e-12, "{f}");
    // Exactly 20 h a week stays 20 h.
    let exact = 20.0 / 40.0 * 1888.0 / 12.0;
    assert!((default_fte(exact, 1888.0, 40.0) - 0.5).abs() < 1e-12);
    // At least an hour a week; the UK's 37.5 h week.
    assert!((default_fte(0.5, 1697.0, 37.5) - 1.0 / 37.5).abs() < 1e-12);
    let s = Inputs::default().resolve();
    assert!((s.fte - 0.525).abs() < 1e-12 && s.full_week_hours == 40.0);
}

#[test]
fn fte_is_the_smallest_quarter_step_that_covers_the_hours() {
    // 1,856 h/year = 154.67 h/month per FTE.
    fte(10.0, 0.25);
    fte(38.66, 0.25);
    fte(38.67, 0.5);
    fte(80.0, 0.75);
    fte(154.0, 1.0);
    fte(160.0, 1.25);
    fte(400.0, 2.75);
}

#[test]
fn resolve_order_lists_every_field_once_in_the_resolvers_order() {
    assert_eq!(RESOLVE_ORDER.len(), Field::ALL.len());
    for f in Field::ALL {
        assert_eq!(RESOLVE_ORDER.iter().filter(|g| *g == f).count(), 1, "{f:?}");
    }
    // The resolver asserts (debug builds) that it fills fields in
    // exactly this order; every resolve in the test suite checks it.
    Inputs::default().resolve();
}

#[test]
fn field_keys_are_unique_and_found() {
    for f in Field::ALL {
        assert_eq!(Field::from_key(f.spec().key), Some(*f));
        assert!(f.spec().min < f.spec().max);
    }
}

#[test]
fn defaults_fill_blanks_and_user_values_win() {
    let i = Inputs::default();
    let s = i.resolve();
    assert_eq!(s.hours_per_month, 80.0);
    assert!((s.fte - 0.525).abs() < 1e-12);
    assert!((s.on_costs - 0.265).abs() < 1e-12);
    let s2 = i
        .clone()
        .with(Field::OnCosts, 40.0)
        .with(Field::Hours, 100.0)
        .resolve();
    assert!((s2.on_costs - 0.4).abs() < 1e-12);
    assert_eq!(s2.hours_per_month, 100.0);
}

#[test]
fn default_rate_is_the_fair_band_lower_edge() {
    let s = Inputs::default().resolve();
    let cell = data::rate_cell(Task::WebDev, Region::LatinAmerica);
    assert!((s.rate_per_hour - cell.typical * 1.1).abs() < 1e-9);
    let agency = Inputs {
        provider: ProviderKind::Agency,
        ..Inputs::default()
    };
    let a = agency.resolve();
    assert!((a.rate_per_hour - cell.typical * 1.1 * 1.4).abs() < 1e-9);
}

#[test]
fn management_grows_with_a_smaller_overlap() {
    let near = default_mgmt_hours(
        80.0,
        Home::Us,
        Region::LatinAmerica,
        ProviderKind::Freelancer,
    );
    let far = default_mgmt_hours(
        80.0,
        Home::Us,
        Region::SoutheastAsia,
        ProviderKind::Freelancer,
    );
    assert!(far > near);
    assert!((near - (1.0 + 0.05 * 80.0 * 12.0 / 52.0)).abs() < 1e-9);
}

#[test]
fn no_trial_planned_zeroes_the_trial_and_raises_rework() {
    let mut i = Inputs::default();
    let before = i.resolve();
    i.answers.set("trial", Answer::No);
    let s = i.resolve();
    assert_eq!(s.trial_cost, 0.0);
    assert!(s.rework > before.rework);
    // Never a value the user typed.
    let typed = i
        .clone()
        .with(Field::Trial, 300.0)
        .with(Field::Rework, 5.0)
        .resolve();
    assert_eq!((typed.trial_cost, typed.rework), (300.0, 0.05));
}

#[test]
fn currency_scales_money_defaults() {
    let s = Inputs {
        currency: Currency::Eur,
        ..Inputs::default()
    }
    .resolve();
    assert!((s.salary_per_year - 90930.0 * 0.851).abs() < 1e-6);
}
