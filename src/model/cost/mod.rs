//! The comparison: line items, totals, break-even, crossing month, fair-rate band.

mod breakeven;
mod items;
mod types;

pub use breakeven::{
    at_fte, at_hours, break_even_rate, fair_band, scaled_break_even, MAX_SCALED_FTE,
};
pub use items::{
    headcount, in_house_items, in_house_total, outsourced_items, outsourced_line, outsourced_total,
};
pub use types::*;

use super::regions::{overlap_hours, Region};
use super::scenario::{Field, Inputs, Scenario};
use breakeven::{band, break_even_hours, crossing_month, tips};

/// Compare in-house and outsourced costs for a resolved scenario.
pub fn compare(s: &Scenario) -> Comparison {
    let months = s.horizon_months.max(1);
    let m = f64::from(months);
    let delivered = s.hours_per_month * m;
    let in_house = SideCost::new(in_house_items(s), m, delivered);
    let outsourced = SideCost::new(outsourced_items(s), m, delivered);
    let saving = in_house.total - outsourced.total;
    let per_fte_month = s.productive_hours_per_year / 12.0;
    let capacity = per_fte_month * s.fte;
    let idle = (capacity - s.hours_per_month).max(0.0);
    let paid_pay = s.salary_per_year * s.fte * (1.0 + s.on_costs) / 12.0 * m;
    let break_even = break_even_hours(s);
    let break_even_scaled = match break_even {
        Some(h) if h <= capacity => None,
        _ => Some(scaled_break_even(s)),
    };
    let fair = band(s, in_house.total, outsourced.total);
    Comparison {
        saving,
        saving_share: if in_house.total > 0.0 {
            saving / in_house.total
        } else {
            0.0
        },
        headcount: headcount(s.fte) as u32,
        fte_needed: s.hours_per_month / per_fte_month,
        fte: s.fte,
        full_week_hours: s.full_week_hours,
        rules: s.rules,
        capacity_hours_per_month: capacity,
        idle_hours_per_month: idle,
        idle_cost: if capacity > 0.0 {
            paid_pay * idle / capacity
        } else {
            0.0
        },
        over_capacity_hours_per_month: (s.hours_per_month - capacity).max(0.0),
        break_even_hours: break_even,
        break_even_scaled,
        tips: tips(s, saving, fair.break_even),
        crossing_month: crossing_month(&in_house, &outsourced, months),
        overlap_hours: overlap_hours(s.home.zone().1, s.region.zone().1),
        fair,
        in_house,
        outsourced,
        months,
    }
}

/// One row of the region comparison.
#[derive(Clone, Debug, PartialEq)]
pub struct RegionRow {
    pub region: Region,
    /// Default (fair) rate in this region, as billed (agency markup included).
    pub rate: f64,
    pub mgmt_hours_per_week: f64,
    pub overlap_hours: f64,
    pub outsourced_total: f64,
    /// in-house total − this region's outsourced total.
    pub saving: f64,
    pub class: RateClass,
}

/// The same scenario outsourced to every region at its default (fair) rate
/// and default management hours; the user's other overrides are kept.
pub fn compare_regions(inputs: &Inputs) -> Vec<RegionRow> {
    compare_regions_in(inputs, &Region::ALL)
}

/// [`compare_regions`] over the given regions, in that order (the benchmark
/// uses it to show how the cost grows with the number of regions).
pub fn compare_regions_in(inputs: &Inputs, regions: &[Region]) -> Vec<RegionRow> {
    // The in-house side does not depend on the region: cost it once. Each
    // row needs only its outsourced total and rate class, not a full comparison.
    let in_house = in_house_total(&inputs.resolve());
    regions
        .iter()
        .map(|&region| {
            let mut i = inputs.clone();
            i.region = region;
            i.set(Field::Rate, None);
            i.set(Field::MgmtHours, None);
            let s = i.resolve();
            let outsourced = outsourced_total(&s);
            RegionRow {
                region,
                rate: s.rate_per_hour,
                mgmt_hours_per_week: s.mgmt_hours_per_week,
                overlap_hours: overlap_hours(s.home.zone().1, s.region.zone().1),
                outsourced_total: outsourced,
                saving: in_house - outsourced,
                class: band(&s, in_house, outsourced).class,
            }
        })
        .collect()
}
