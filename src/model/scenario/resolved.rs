//! A resolved scenario: every input filled, in model units; and the
//! provider kind it is costed for.

use crate::model::data::{self, Currency};
use crate::model::regions::{Home, Region, Task};

/// Weeks per month by the project's convention (a year is 12 months, 52 weeks).
pub const WEEKS_PER_MONTH: f64 = 52.0 / 12.0;

/// Who or what does the work when it is not done in-house: a freelancer,
/// an agency, or a software subscription with the owner's time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ProviderKind {
    Freelancer,
    Agency,
    /// A subscription takes over part of the hours; the rest stay in-house at
    /// the manager's rate. Offered only where `data::software(task)` is `Some`.
    Software,
}

impl ProviderKind {
    pub const ALL: [ProviderKind; 3] = [
        ProviderKind::Freelancer,
        ProviderKind::Agency,
        ProviderKind::Software,
    ];
    /// The providers paid by the hour (rate, region, fair band).
    pub const PEOPLE: [ProviderKind; 2] = [ProviderKind::Freelancer, ProviderKind::Agency];

    pub fn slug(self) -> &'static str {
        match self {
            ProviderKind::Freelancer => "freelancer",
            ProviderKind::Agency => "agency",
            ProviderKind::Software => "software",
        }
    }

    /// A person or firm billing hours (not software).
    pub fn bills_hours(self) -> bool {
        self != ProviderKind::Software
    }

    /// Whether this kind is offered for `task` (software only where the task
    /// has a common tool).
    pub fn offered_for(self, task: Task) -> bool {
        self.bills_hours() || data::software(task).is_some()
    }
    pub fn from_slug(s: &str) -> Option<Self> {
        ProviderKind::ALL.into_iter().find(|k| k.slug() == s)
    }
}

/// A fully resolved scenario in model units (fractions, not percents), in
/// the scenario's currency.
#[derive(Clone, Debug, PartialEq)]
pub struct Scenario {
    pub task: Task,
    pub home: Home,
    pub region: Region,
    pub provider: ProviderKind,
    pub currency: Currency,
    /// Units of `currency` per US dollar.
    pub fx: f64,
    pub hours_per_month: f64,
    pub horizon_months: u32,
    /// Full-time annual salary.
    pub salary_per_year: f64,
    /// Fraction of salary.
    pub on_costs: f64,
    pub fte: f64,
    /// The usual full-time week at home (hours), the unit contracts are written in.
    pub full_week_hours: f64,
    /// The data version whose rules cost it (`Inputs::rules`).
    pub rules: u32,
    pub productive_hours_per_year: f64,
    pub supervision_hours_per_week: f64,
    pub seat_per_month: f64,
    pub recruiting: f64,
    /// The owner's (manager's) hours per hire: ad, screening, interviews, offer.
    pub hire_hours: f64,
    pub onboarding_weeks: f64,
    pub equipment_per_seat: f64,
    pub rate_per_hour: f64,
    /// Fraction added to what is paid to the provider.
    pub fees: f64,
    pub agency_markup: f64,
    /// Fraction of needed hours billed again as rework.
    pub rework: f64,
    pub fair_premium: f64,
    pub mgmt_hours_per_week: f64,
    pub manager_rate_per_hour: f64,
    pub tooling_per_month: f64,
    pub onboarding_hours: f64,
    /// Your hours to find and vet the provider.
    pub select_hours: f64,
    /// Weeks until the provider works at full speed (linear ramp).
    pub provider_ramp_weeks: f64,
    pub trial_cost: f64,
    /// The trial cost is the default, billed hours at the rate, so it moves
    /// with the rate (see `with_rate`).
    pub trial_follows_rate: bool,
    pub exit_cost: f64,
    /// Hours needed in each busy month (the ordinary month's when none).
    pub peak_hours_per_month: f64,
    /// Busy months a year (0–12), the first ones of each year.
    pub peak_months: u32,
    /// More work a year (fraction), compounded month by month.
    pub growth: f64,
    /// Extra pay (fraction) for overtime beyond the full-time week.
    pub overtime_premium: f64,
    /// The management hours are the default, which follows the workload
    /// (`default_mgmt_hours`): a break-even at another workload moves them.
    pub mgmt_follows_hours: bool,
    /// What the default management hours are multiplied by (1.5 when the
    /// checklist names nobody to manage the provider), kept so a break-even
    /// at another workload applies it too.
    pub mgmt_factor: f64,
    /// The on-costs are the default, which follows the pay (so the FTE):
    /// `Some(the UK allowance still unused, GBP)`.
    pub on_costs_follow: Option<f64>,
    /// Software: the subscription per month (0 for people).
    pub subscription_per_month: f64,
    /// Software: one-off set-up cost.
    pub software_setup: f64,
    /// Software: the share of the hours it takes over (fraction, 0–1).
    pub software_covers: f64,
    /// Software: the owner's hours to learn it (one-off, at the manager's rate).
    pub learning_hours: f64,
}

impl Scenario {
    /// The same scenario at another provider rate: the trial project follows
    /// the rate when it is the default (billed hours at the rate).
    pub fn with_rate(&self, rate: f64) -> Scenario {
        let mut s = self.clone();
        if s.trial_follows_rate {
            s.trial_cost = data::TRIAL_HOURS.value * rate;
        }
        s.rate_per_hour = rate;
        s
    }

    /// The workload changes from month to month: busy months above or below
    /// the ordinary one, or growth. A steady workload is costed as before.
    pub fn varies(&self) -> bool {
        self.growth != 0.0
            || (self.peak_months > 0 && self.peak_hours_per_month != self.hours_per_month)
    }

    /// Hours the work needs in month `k` (0 = the first): the busy-month
    /// hours in the first `peak_months` of each year, grown by `growth` a
    /// year, compounded month by month.
    pub fn hours_in_month(&self, k: u32) -> f64 {
        let busy = k % 12 < self.peak_months;
        let base = if busy {
            self.peak_hours_per_month
        } else {
            self.hours_per_month
        };
        if self.growth == 0.0 {
            base
        } else {
            base * (1.0 + self.growth).powf(f64::from(k) / 12.0)
        }
    }
}

/// Agent seats a per-agent tool needs: one for each full-time person the
/// hours left need (productive hours per year ÷ 12 a month), at least one.
pub fn software_seats(hours_left_per_month: f64, productive_hours_per_year: f64) -> f64 {
    let per_person = productive_hours_per_year / 12.0;
    if !(hours_left_per_month.is_finite() && per_person > 0.0) {
        return 1.0;
    }
    // A hair under a whole seat is that seat (rounding of the hours).
    (hours_left_per_month / per_person - 1e-9).ceil().max(1.0)
}
