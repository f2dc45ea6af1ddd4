//! What a comparison holds: line items, each side's cost, the fair-rate band,
//! the tipping points and the break-even.

use crate::model::scenario::ProviderKind;

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
    /// The cost of each month (one-time costs in the month they fall in).
    /// Its sum is the total; with a steady workload the total is kept as
    /// monthly × months + one-time, to the cent as before.
    pub by_month: Vec<f64>,
    /// Costed month by month (a workload that varies): `cumulative` sums
    /// `by_month`.
    pub varies: bool,
}

impl SideCost {
    pub(super) fn new(items: Vec<LineItem>, months: f64, delivered_hours: f64) -> SideCost {
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
        let n = months.max(1.0) as usize;
        let by_month = (0..n)
            .map(|k| {
                let first = if k == 0 { upfront } else { 0.0 };
                let last = if k + 1 == n { at_exit } else { 0.0 };
                monthly + first + last
            })
            .collect();
        SideCost {
            items,
            monthly,
            upfront,
            at_exit,
            total,
            per_month: total / months,
            per_delivered_hour: total / delivered_hours,
            by_month,
            varies: false,
        }
    }

    /// A side costed month by month: the total is the sum of the months;
    /// `monthly` is the monthly items' average, `upfront` every one-time
    /// cost but the exit, wherever in the horizon it falls.
    pub(super) fn from_months(
        items: Vec<LineItem>,
        by_month: Vec<f64>,
        delivered_hours: f64,
    ) -> SideCost {
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
        let total: f64 = by_month.iter().sum();
        let months = by_month.len().max(1) as f64;
        SideCost {
            items,
            monthly,
            upfront,
            at_exit,
            total,
            per_month: total / months,
            per_delivered_hour: total / delivered_hours,
            by_month,
            varies: true,
        }
    }

    /// Cumulative cost after `m` months (one-time costs in the month they fall in).
    pub fn cumulative(&self, m: u32, months: u32) -> f64 {
        if m == 0 {
            return 0.0;
        }
        if self.varies {
            return self.by_month.iter().take(m as usize).sum();
        }
        let exit = if m >= months { self.at_exit } else { 0.0 };
        self.upfront + self.monthly * f64::from(m) + exit
    }
}

/// How in-house gets through the busy months: the cheapest of three.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Staffing {
    /// Staffed for the busiest month, idle hours in the lean ones.
    Peak,
    /// Staffed for the ordinary month, the busy months in paid overtime.
    Overtime,
    /// Staffed for the ordinary month, a temporary worker hired each busy
    /// season (recruiting and onboarding each time).
    Temp,
}

impl Staffing {
    pub const ALL: [Staffing; 3] = [Staffing::Peak, Staffing::Overtime, Staffing::Temp];
}

/// One month of the schedule (`cost::monthly`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Month {
    /// Hours the work needs.
    pub hours: f64,
    /// In-house hours paid for: the contracts' productive hours, with
    /// overtime or a temporary worker's hours.
    pub paid_hours: f64,
    pub overtime_hours: f64,
    pub temp_hours: f64,
    /// Employees on contract (a temporary worker not counted).
    pub headcount: u32,
    /// Each side's cost this month, one-time costs included.
    pub in_house: f64,
    pub outsourced: f64,
}

/// Where the entered rate sits: against the region's market, the fair band
/// (market up to market × (1 + premium)) and the break-even rate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RateClass {
    /// Below the region's market rate (as billed): an underpaid provider
    /// tends to do poor work.
    BelowMarket,
    /// From the market rate up to market × (1 + premium), and still saving.
    Fair,
    /// Above the fair band but below the break-even rate: still saving, but
    /// paying more than fairness asks.
    AboveFair,
    /// At or above the break-even rate: outsourcing saves nothing. When the
    /// band itself lies there (`FairBand::fair_saves` is false), every rate
    /// from the market up is here.
    NoSaving,
}

impl RateClass {
    /// The value of `#rate-class`'s `data-value` (documented in the README).
    pub fn slug(self) -> &'static str {
        match self {
            RateClass::BelowMarket => "BelowMarket",
            RateClass::Fair => "Fair",
            RateClass::AboveFair => "AboveFair",
            RateClass::NoSaving => "NoSaving",
        }
    }
}

/// The fair-rate band, in billed rates (an agency's markup included): a rate
/// a little above the provider's local market and below what the work costs
/// at home.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FairBand {
    /// The region's freelancer market for the task: range and typical rate.
    pub market_low: f64,
    pub market: f64,
    pub market_high: f64,
    /// Fair starts here: the market rate, × (1 + markup) for an agency.
    pub fair_low: f64,
    /// Fair ends here: market × (1 + premium), × (1 + markup) for an agency
    /// (the default rate).
    pub fair_high: f64,
    /// The break-even rate: at it, outsourcing costs as much as in-house over
    /// the horizon, all else held (may be ≤ 0 or NaN: no rate saves anything).
    pub break_even: f64,
    /// The rate as billed.
    pub entered: f64,
    pub class: RateClass,
}

impl FairBand {
    /// Some fair rate saves: the break-even rate lies above the market rate.
    /// When it does not, no fair rate saves anything.
    pub fn fair_saves(&self) -> bool {
        self.break_even.is_finite() && self.break_even > self.fair_low
    }

    /// Every fair rate saves: the break-even rate lies above the band.
    pub fn all_fair_saves(&self) -> bool {
        self.break_even.is_finite() && self.break_even > self.fair_high
    }
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
    /// Hours per busy month (only with busy months set).
    pub peak: Option<f64>,
    /// Software only: the share of the hours (%) it must take over.
    pub covers: Option<f64>,
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
    /// Who does the work outsourced: the rate, the fair band and the
    /// region apply only to a provider billing hours.
    pub provider: ProviderKind,
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
    /// The usual full-time week at home, hours (contracts are written in it).
    pub full_week_hours: f64,
    /// The data version whose rules cost it.
    pub rules: u32,
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
    /// The month-by-month schedule (`cost::monthly`).
    pub schedule: Vec<Month>,
    /// How in-house gets through the busy months, when the workload varies.
    pub staffing: Option<Staffing>,
    /// With busy months: the saving were the same hours spread evenly over
    /// the year (the share of the saving the seasons make).
    pub even_saving: Option<f64>,
    /// Months of a year below the busiest (with busy months set).
    pub lean_months: u32,
}
