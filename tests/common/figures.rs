//! Shared by the generator and the check: the figures a steady workload must keep.
#![allow(dead_code)]
use outsource_check::model::compare;
use outsource_check::model::cost::Scaled;
use outsource_check::model::outcomes::outcomes;
use outsource_check::model::Inputs;

/// The headline figures of a scenario, in a fixed order.
pub fn figures(i: &Inputs) -> Vec<Option<f64>> {
    let c = compare(&i.resolve());
    let o = outcomes(i);
    let scaled = match c.break_even_scaled {
        Some(Scaled::At { hours, .. }) => Some(hours),
        Some(Scaled::NoneUpTo { fte }) => Some(-fte),
        None => None,
    };
    vec![
        Some(c.in_house.total),
        Some(c.outsourced.total),
        Some(c.saving),
        Some(c.in_house.per_month),
        Some(c.outsourced.per_month),
        Some(c.in_house.per_delivered_hour),
        Some(c.outsourced.per_delivered_hour),
        c.break_even_hours,
        scaled,
        c.crossing_month.map(f64::from),
        c.tips.rate,
        c.tips.mgmt,
        c.tips.rework,
        Some(c.fair.break_even),
        Some(c.idle_cost),
        Some(o.low),
        Some(o.high),
    ]
}
