//! The comparison: line items, totals, break-even, crossing month, fair-rate band.

mod breakeven;
mod items;
mod schedule;
mod types;

pub use breakeven::{at_hours, break_even_rate, fair_band, scaled_break_even, MAX_SCALED_FTE};
pub use items::{at_fte, headcount, hours_left, in_house_items, outsourced_items, software_items};
pub use schedule::{best_staffing, in_house_total, outsourced_line, outsourced_total};
pub use types::*;

use super::regions::{overlap_hours, Region};
use super::scenario::{default_mgmt_hours, Field, Inputs, Scenario};
use breakeven::{band, break_even_hours, crossing_month, tips};

/// The month-by-month schedule: the hours each month needs, the hours
/// in-house pays for and each side's cost that month. Each side's total is
/// the sum of its months.
pub fn monthly(s: &Scenario) -> Vec<Month> {
    compare(s).schedule
}

/// Compare in-house and outsourced costs for a resolved scenario.
pub fn compare(s: &Scenario) -> Comparison {
    let months = s.horizon_months.max(1);
    let m = f64::from(months);
    let per_fte_month = s.productive_hours_per_year / 12.0;
    let capacity = per_fte_month * s.fte;
    let (in_house, outsourced, schedule, staffing) = if s.varies() {
        let x = schedule::schedule(s);
        let delivered: f64 = x.months.iter().map(|k| k.hours).sum();
        (
            SideCost::from_months(x.in_house, x.in_house_by_month, delivered),
            SideCost::from_months(x.outsourced, x.outsourced_by_month, delivered),
            x.months,
            x.staffing,
        )
    } else {
        let delivered = s.hours_per_month * m;
        let in_house = SideCost::new(in_house_items(s), m, delivered);
        let outsourced = SideCost::new(outsourced_items(s), m, delivered);
        let months = schedule::steady_months(s, &in_house.by_month, &outsourced.by_month);
        (in_house, outsourced, months, None)
    };
    let saving = in_house.total - outsourced.total;
    let (idle, idle_cost, over, fte) = if s.varies() {
        // Averages over the months; idle hours at the loaded productive hour.
        let hour = s.salary_per_year * (1.0 + s.on_costs) / s.productive_hours_per_year;
        let idle: f64 = schedule
            .iter()
            .map(|k| (k.paid_hours - k.hours).max(0.0))
            .sum();
        let over: f64 = schedule
            .iter()
            .map(|k| (k.hours - k.paid_hours).max(0.0))
            .sum();
        let fte = schedule.first().map_or(s.fte, |k| {
            (k.paid_hours - k.overtime_hours - k.temp_hours) / per_fte_month
        });
        (idle / m, idle * hour, over / m, fte)
    } else {
        let idle = (capacity - s.hours_per_month).max(0.0);
        let paid_pay = s.salary_per_year * s.fte * (1.0 + s.on_costs) / 12.0 * m;
        let idle_cost = if capacity > 0.0 {
            paid_pay * idle / capacity
        } else {
            0.0
        };
        let over = (s.hours_per_month - capacity).max(0.0);
        (idle, idle_cost, over, s.fte)
    };
    let even_saving = (s.peak_months > 0 && s.varies()).then(|| {
        let mut even = s.clone();
        let year: f64 = (0..12).map(|k| s.hours_in_month(k)).sum::<f64>() / grown_year(s);
        even.hours_per_month = year / 12.0;
        even.peak_hours_per_month = even.hours_per_month;
        even.peak_months = 0;
        if s.rules >= 3 && s.mgmt_follows_hours {
            even.mgmt_hours_per_week =
                default_mgmt_hours(even.hours_per_month, s.home, s.region, s.provider)
                    * s.mgmt_factor;
        }
        in_house_total(&even) - outsourced_total(&even)
    });
    let break_even = break_even_hours(s);
    let break_even_scaled = match break_even {
        Some(h) if h <= capacity => None,
        _ => Some(scaled_break_even(s)),
    };
    let fair = band(s, in_house.total, outsourced.total);
    Comparison {
        provider: s.provider,
        saving,
        saving_share: if in_house.total > 0.0 {
            saving / in_house.total
        } else {
            0.0
        },
        headcount: headcount(fte) as u32,
        fte_needed: s.hours_per_month / per_fte_month,
        fte,
        full_week_hours: s.full_week_hours,
        rules: s.rules,
        capacity_hours_per_month: capacity,
        idle_hours_per_month: idle,
        idle_cost,
        over_capacity_hours_per_month: over,
        break_even_hours: break_even,
        break_even_scaled,
        tips: tips(s, saving, fair.break_even),
        crossing_month: crossing_month(&in_house, &outsourced, months),
        overlap_hours: overlap_hours(s.home.zone().1, s.region.zone().1),
        fair,
        in_house,
        outsourced,
        months,
        schedule,
        staffing,
        even_saving,
        lean_months: match s.peak_months {
            0 => 0,
            n if s.peak_hours_per_month > s.hours_per_month => 12 - n,
            n if s.peak_hours_per_month < s.hours_per_month => n,
            _ => 0,
        },
    }
}

/// The mean growth factor over the first year's months (so spreading a
/// year's hours evenly keeps the growth out of the comparison).
fn grown_year(s: &Scenario) -> f64 {
    if s.growth == 0.0 {
        return 1.0;
    }
    (0..12)
        .map(|k| (1.0 + s.growth).powf(f64::from(k) / 12.0))
        .sum::<f64>()
        / 12.0
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
/// Software has no region: no rows.
pub fn compare_regions_in(inputs: &Inputs, regions: &[Region]) -> Vec<RegionRow> {
    if !inputs.provider.bills_hours() {
        return Vec::new();
    }
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
