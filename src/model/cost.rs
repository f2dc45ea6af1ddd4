//! The comparison: line items, totals, break-even, crossing month, fair-rate band.

use super::data;
use super::i18n::tr;
use super::regions::{overlap_hours, Region};
use super::scenario::{Field, Inputs, ProviderKind, Scenario, WEEKS_PER_MONTH};

/// Which side of the comparison a line item belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    InHouse,
    Outsourced,
}

/// When a line item is paid.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Timing {
    Monthly,
    /// Paid in month 1.
    Upfront,
    /// Paid in the last month of the horizon.
    AtExit,
}

/// One cost line, in the scenario's currency; `label` in the language in use.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LineItem {
    pub id: &'static str,
    pub label: &'static str,
    pub timing: Timing,
    /// Per month for `Monthly`, once otherwise.
    pub amount: f64,
    /// Over the whole horizon.
    pub total: f64,
}

/// One side's cost over the horizon.
#[derive(Clone, Debug, PartialEq)]
pub struct SideCost {
    pub items: Vec<LineItem>,
    pub monthly: f64,
    pub upfront: f64,
    pub at_exit: f64,
    pub total: f64,
    /// total ÷ months.
    pub per_month: f64,
    /// total ÷ (needed hours × months); rework hours are not "delivered".
    pub per_delivered_hour: f64,
}

impl SideCost {
    fn new(items: Vec<LineItem>, months: f64, delivered_hours: f64) -> SideCost {
        let sum = |t: Timing| {
            items
                .iter()
                .filter(|i| i.timing == t)
                .map(|i| i.amount)
                .sum::<f64>()
        };
        let (monthly, upfront, at_exit) = (
            sum(Timing::Monthly),
            sum(Timing::Upfront),
            sum(Timing::AtExit),
        );
        let total = monthly * months + upfront + at_exit;
        SideCost {
            items,
            monthly,
            upfront,
            at_exit,
            total,
            per_month: total / months,
            per_delivered_hour: total / delivered_hours,
        }
    }

    /// Cumulative cost after `m` months (one-time costs in months 1 and last).
    pub fn cumulative(&self, m: u32, months: u32) -> f64 {
        if m == 0 {
            return 0.0;
        }
        let exit = if m >= months { self.at_exit } else { 0.0 };
        self.upfront + self.monthly * f64::from(m) + exit
    }
}

/// Where the entered rate sits against the fair band.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RateClass {
    /// Below market + premium: an underpaid provider tends to do poor work.
    BelowMarket,
    Fair,
    /// At or above the break-even rate: outsourcing saves nothing.
    AtOrAboveHome,
    /// The band is empty: at a fair rate for the region, outsourcing costs
    /// more than in-house.
    NoFairRate,
}

impl RateClass {
    /// The value of `#rate-class`'s `data-value` (documented in the README).
    pub fn slug(self) -> &'static str {
        match self {
            RateClass::BelowMarket => "BelowMarket",
            RateClass::Fair => "Fair",
            RateClass::AtOrAboveHome => "AtOrAboveHome",
            RateClass::NoFairRate => "NoFairRate",
        }
    }
}

/// The fair-rate band, in billed rates (an agency's markup included).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FairBand {
    /// The region's freelancer market for the task: range and typical rate.
    pub market_low: f64,
    pub market: f64,
    pub market_high: f64,
    /// Fair starts here: market × (1 + premium), × (1 + markup) for an agency.
    pub lower: f64,
    /// The break-even rate: at it, outsourcing costs as much as in-house over
    /// the horizon, all else held (may be ≤ 0: no rate saves anything).
    pub upper: f64,
    /// The rate as billed.
    pub entered: f64,
    pub class: RateClass,
}

/// The inputs at which the two totals are equal, all else held; `None` when
/// no value in the field's accepted range balances them. In typed units.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Tips {
    /// Provider rate per hour (currency of the scenario).
    pub rate: Option<f64>,
    /// Management hours per week.
    pub mgmt: Option<f64>,
    /// Rework, % of the needed hours.
    pub rework: Option<f64>,
}

/// The break-even workload when the in-house side is staffed to the work
/// (quarter-FTE steps, as the default FTE) rather than held.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Scaled {
    /// From `hours` a month, in-house at `fte` costs no more than outsourcing.
    At { hours: f64, fte: f64 },
    /// Outsourcing stays cheaper at every workload up to `fte` full-time staff.
    NoneUpTo { fte: f64 },
}

/// The full result for one scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub in_house: SideCost,
    pub outsourced: SideCost,
    pub months: u32,
    /// in-house − outsourced over the horizon (positive = outsourcing saves).
    pub saving: f64,
    /// saving ÷ in-house total.
    pub saving_share: f64,
    pub headcount: u32,
    /// The FTE the work needs: needed hours ÷ productive hours per FTE-month.
    pub fte_needed: f64,
    /// The FTE costed (the scenario's).
    pub fte: f64,
    /// Productive hours per month the chosen FTE provides.
    pub capacity_hours_per_month: f64,
    /// Paid in-house hours with no work in them.
    pub idle_hours_per_month: f64,
    /// What those idle hours cost over the horizon: their share of the
    /// capacity × salary and on-costs (already inside the in-house total).
    pub idle_cost: f64,
    /// Needed hours the chosen FTE cannot cover.
    pub over_capacity_hours_per_month: f64,
    /// Hours per month at which the totals are equal, FTE and management held.
    pub break_even_hours: Option<f64>,
    /// Set when `break_even_hours` is missing or beyond what the costed FTE
    /// delivers: the break-even with in-house staffed to the work.
    pub break_even_scaled: Option<Scaled>,
    pub tips: Tips,
    pub crossing_month: Option<u32>,
    pub fair: FairBand,
    pub overlap_hours: f64,
}

/// Hours in a month for a weekly figure.
fn per_month(weekly: f64) -> f64 {
    weekly * WEEKS_PER_MONTH
}

fn item(
    id: &'static str,
    label: &'static str,
    timing: Timing,
    amount: f64,
    months: f64,
) -> LineItem {
    let total = if timing == Timing::Monthly {
        amount * months
    } else {
        amount
    };
    LineItem {
        id,
        label,
        timing,
        amount,
        total,
    }
}

/// In-house line items. Monthly: salary × FTE × (1 + on-costs) ÷ 12, seat
/// costs × headcount, supervision hours × manager's rate. Upfront: recruiting
/// and equipment × headcount, onboarding weeks × weekly loaded pay × FTE.
pub fn in_house_items(s: &Scenario) -> Vec<LineItem> {
    let m = f64::from(s.horizon_months);
    let heads = headcount(s.fte);
    let loaded_year = s.salary_per_year * s.fte * (1.0 + s.on_costs);
    vec![
        item(
            "ih-salary",
            tr("Salary"),
            Timing::Monthly,
            s.salary_per_year * s.fte / 12.0,
            m,
        ),
        item(
            "ih-oncosts",
            tr("Employer on-costs"),
            Timing::Monthly,
            s.salary_per_year * s.fte * s.on_costs / 12.0,
            m,
        ),
        item(
            "ih-seat",
            tr("Software and desk"),
            Timing::Monthly,
            s.seat_per_month * heads,
            m,
        ),
        item(
            "ih-supervision",
            tr("Supervision"),
            Timing::Monthly,
            per_month(s.supervision_hours_per_week) * s.manager_rate_per_hour,
            m,
        ),
        item(
            "ih-recruiting",
            tr("Recruiting"),
            Timing::Upfront,
            s.recruiting * heads,
            m,
        ),
        item(
            "ih-equipment",
            tr("Equipment"),
            Timing::Upfront,
            s.equipment_per_seat * heads,
            m,
        ),
        item(
            "ih-onboarding",
            tr("Onboarding (paid, not yet productive)"),
            Timing::Upfront,
            s.onboarding_weeks * loaded_year / 52.0,
            m,
        ),
    ]
}

/// Outsourced line items. Monthly: billed hours (needed × (1 + rework)) ×
/// rate, platform fees on that, management hours × manager's rate, tooling.
/// Upfront: onboarding and selection hours × manager's rate, the provider's
/// ramp-up (half the ramp weeks' hours at the rate, with fees), trial
/// project. At exit: exit cost.
pub fn outsourced_items(s: &Scenario) -> Vec<LineItem> {
    let m = f64::from(s.horizon_months);
    let work = s.hours_per_month * s.rate_per_hour;
    let rework = s.hours_per_month * s.rework * s.rate_per_hour;
    vec![
        item("os-work", tr("Provider's hours"), Timing::Monthly, work, m),
        item("os-rework", tr("Rework"), Timing::Monthly, rework, m),
        item(
            "os-fees",
            tr("Platform and payment fees"),
            Timing::Monthly,
            (work + rework) * s.fees,
            m,
        ),
        item(
            "os-management",
            tr("Management time"),
            Timing::Monthly,
            per_month(s.mgmt_hours_per_week) * s.manager_rate_per_hour,
            m,
        ),
        item(
            "os-tooling",
            tr("Collaboration tools"),
            Timing::Monthly,
            s.tooling_per_month,
            m,
        ),
        item(
            "os-onboarding",
            tr("Onboarding (your time)"),
            Timing::Upfront,
            s.onboarding_hours * s.manager_rate_per_hour,
            m,
        ),
        item(
            "os-selection",
            tr("Finding and vetting the provider (your time)"),
            Timing::Upfront,
            s.select_hours * s.manager_rate_per_hour,
            m,
        ),
        item(
            "os-ramp",
            tr("Provider ramp-up (billed, not yet at full speed)"),
            Timing::Upfront,
            s.provider_ramp_weeks / 2.0 * s.hours_per_month / WEEKS_PER_MONTH
                * s.rate_per_hour
                * (1.0 + s.fees),
            m,
        ),
        item(
            "os-trial",
            tr("Trial project"),
            Timing::Upfront,
            s.trial_cost,
            m,
        ),
        item(
            "os-exit",
            tr("Exit or switching"),
            Timing::AtExit,
            s.exit_cost,
            m,
        ),
    ]
}

/// People employed: ⌈FTE⌉ (recruiting, equipment and seats scale with it).
pub fn headcount(fte: f64) -> f64 {
    fte.ceil().max(1.0)
}

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
    let break_even = break_even_hours(s, in_house.total);
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
        tips: tips(s, saving, fair.upper),
        crossing_month: crossing_month(&in_house, &outsourced, months),
        overlap_hours: overlap_hours(s.home.zone().1, s.region.zone().1),
        fair,
        in_house,
        outsourced,
        months,
    }
}

/// The outsourced total over the horizon.
pub fn outsourced_total(s: &Scenario) -> f64 {
    outsourced_items(s).iter().map(|i| i.total).sum()
}

/// The in-house total over the horizon.
pub fn in_house_total(s: &Scenario) -> f64 {
    in_house_items(s).iter().map(|i| i.total).sum()
}

/// The outsourced total as a line in hours per month, holding everything
/// else fixed (management hours included): (fixed, slope) with total =
/// fixed + slope × hours. Every hour-driven item is linear in the hours, so
/// two evaluations give the line.
pub fn outsourced_line(s: &Scenario) -> (f64, f64) {
    let at = |h: f64| {
        let mut t = s.clone();
        t.hours_per_month = h;
        outsourced_total(&t)
    };
    // A wide step keeps the slope exact where the fixed costs are huge.
    let far = 1000.0 + s.hours_per_month.abs();
    let fixed = at(0.0);
    (fixed, (at(far) - fixed) / far)
}

/// Hours per month at which the outsourced total equals `in_house_total`,
/// holding FTE (so the in-house total) and management hours fixed.
fn break_even_hours(s: &Scenario, in_house_total: f64) -> Option<f64> {
    let (fixed, slope) = outsourced_line(s);
    let h = (in_house_total - fixed) / slope;
    (slope > 0.0 && h.is_finite() && h > 0.0).then_some(h)
}

/// The most staff the scaled break-even looks at: the FTE field's maximum.
pub const MAX_SCALED_FTE: f64 = 20.0;

/// The break-even with in-house staffed to the work: the in-house total is a
/// step in the workload (one quarter-FTE more at each step), the outsourced
/// total a line; the first workload at which the step reaches the line.
pub fn scaled_break_even(s: &Scenario) -> Scaled {
    let (fixed, slope) = outsourced_line(s);
    let per_fte_month = s.productive_hours_per_year / 12.0;
    let steps = (MAX_SCALED_FTE * 4.0) as u32;
    for k in 1..=steps {
        let fte = f64::from(k) / 4.0;
        let (lo, hi) = ((fte - 0.25) * per_fte_month, fte * per_fte_month);
        let mut t = s.clone();
        t.fte = fte;
        let ih = in_house_total(&t);
        // In this step the in-house total is `ih`; outsourcing reaches it at h.
        let h = if slope > 0.0 {
            (ih - fixed) / slope
        } else {
            f64::INFINITY
        };
        if h <= hi {
            return Scaled::At {
                hours: h.max(lo),
                fte,
            };
        }
    }
    Scaled::NoneUpTo {
        fte: MAX_SCALED_FTE,
    }
}

/// The tipping points: rate, management hours and rework at which the totals
/// are equal, each alone. The outsourced total is linear in each of them.
fn tips(s: &Scenario, saving: f64, tip_rate: f64) -> Tips {
    let m = f64::from(s.horizon_months.max(1));
    let within = |f: Field, v: f64, fx: f64| {
        let (lo, hi) = f.spec().range(fx);
        (v.is_finite() && v >= lo && v <= hi).then_some(v)
    };
    let mgmt_slope = WEEKS_PER_MONTH * s.manager_rate_per_hour * m;
    let rework_slope = s.hours_per_month * s.rate_per_hour * (1.0 + s.fees) * m;
    Tips {
        rate: within(Field::Rate, tip_rate, s.fx),
        mgmt: (mgmt_slope > 0.0)
            .then(|| s.mgmt_hours_per_week + saving / mgmt_slope)
            .and_then(|v| within(Field::MgmtHours, v, s.fx)),
        rework: (rework_slope > 0.0)
            .then(|| (s.rework + saving / rework_slope) * 100.0)
            .and_then(|v| within(Field::Rework, v, s.fx)),
    }
}

/// First month whose cumulative difference (in-house − outsourced) has the
/// opposite sign to the last non-zero one, or reaches zero after being non-zero.
fn crossing_month(in_house: &SideCost, outsourced: &SideCost, months: u32) -> Option<u32> {
    let mut last_sign = 0.0;
    for m in 1..=months {
        let d = in_house.cumulative(m, months) - outsourced.cumulative(m, months);
        let sign = if d.abs() < 1e-9 { 0.0 } else { d.signum() };
        if last_sign != 0.0 && sign != last_sign {
            return Some(m);
        }
        if sign != 0.0 {
            last_sign = sign;
        }
    }
    None
}

/// The rate at which the outsourced total equals `in_house_total`, all else
/// held (the trial follows the rate when it is the default). The outsourced
/// total is linear in the rate, so two evaluations give it exactly.
pub fn break_even_rate(s: &Scenario, in_house_total: f64, outsourced_total_now: f64) -> f64 {
    let r0 = s.rate_per_hour;
    let step = 1000.0 * r0.max(1.0);
    let slope = (outsourced_total(&s.with_rate(r0 + step)) - outsourced_total_now) / step;
    if slope.is_nan() || slope <= 0.0 {
        return f64::NAN;
    }
    let r1 = r0 + (in_house_total - outsourced_total_now) / slope;
    // One correction step for the rounding of large amounts.
    r1 + (in_house_total - outsourced_total(&s.with_rate(r1))) / slope
}

/// The fair-rate band: from the region's typical freelancer rate × (1 +
/// premium) (× (1 + markup) for an agency, which bills its own costs on top)
/// up to the break-even rate, where outsourcing stops saving anything.
pub fn fair_band(s: &Scenario) -> FairBand {
    band(s, in_house_total(s), outsourced_total(s))
}

fn band(s: &Scenario, in_house_total: f64, outsourced_total_now: f64) -> FairBand {
    let cell = data::rate_cell(s.task, s.region);
    let market = cell.typical * s.fx;
    let kind = match s.provider {
        ProviderKind::Freelancer => 1.0,
        ProviderKind::Agency => 1.0 + s.agency_markup,
    };
    let lower = market * (1.0 + s.fair_premium) * kind;
    let upper = break_even_rate(s, in_house_total, outsourced_total_now);
    let entered = s.rate_per_hour;
    // Tolerance so the default (exactly `lower`) classes as fair after rounding.
    // An empty band (or no break-even rate at all: NaN) leaves no fair rate.
    let class = if upper.is_nan() || upper <= lower {
        RateClass::NoFairRate
    } else if entered < lower * (1.0 - 1e-9) {
        RateClass::BelowMarket
    } else if entered >= upper * (1.0 - 1e-12) {
        RateClass::AtOrAboveHome
    } else {
        RateClass::Fair
    };
    FairBand {
        market_low: cell.low * s.fx,
        market,
        market_high: cell.high * s.fx,
        lower,
        upper,
        entered,
        class,
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
