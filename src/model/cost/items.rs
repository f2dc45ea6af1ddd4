//! The line items of each side and their totals over the horizon.

use super::types::{LineItem, Timing};
use crate::model::data;
use crate::model::i18n::tr;
use crate::model::scenario::{default_fte, quarter_fte, ProviderKind, Scenario, WEEKS_PER_MONTH};

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

/// The FTE whose output the onboarding weeks lose. Since data version 3
/// only the output the work lacks while the hire ramps up (the needed FTE,
/// at most the costed one): paid hours with no work in them are idle with
/// or without onboarding, so they are not charged twice. Before: the FTE.
pub fn onboarding_fte(s: &Scenario) -> f64 {
    if s.rules < 3 {
        return s.fte;
    }
    let per_fte_month = s.productive_hours_per_year / 12.0;
    if per_fte_month > 0.0 && s.hours_per_month.is_finite() {
        (s.hours_per_month / per_fte_month).min(s.fte).max(0.0)
    } else {
        s.fte
    }
}

/// In-house line items. Monthly: salary × FTE × (1 + on-costs) ÷ 12, seat
/// costs × headcount, supervision hours × manager's rate. Upfront: recruiting,
/// the owner's hiring hours × manager's rate and equipment × headcount,
/// onboarding weeks × weekly loaded pay × the
/// FTE whose output is lost (`onboarding_fte`).
pub fn in_house_items(s: &Scenario) -> Vec<LineItem> {
    let m = f64::from(s.horizon_months);
    let heads = headcount(s.fte);
    let loaded_year = s.salary_per_year * onboarding_fte(s) * (1.0 + s.on_costs);
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
            per_month(s.supervision_hours_per_week) * s.manager_rate_per_hour * supervised(s),
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
            "ih-hiring",
            tr("Hiring (your time)"),
            Timing::Upfront,
            s.hire_hours * s.manager_rate_per_hour * heads,
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
    if s.provider == ProviderKind::Software {
        return software_items(s);
    }
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

/// The hours a month the software leaves to you or your staff:
/// (1 − covers) × the hours the month needs.
pub fn hours_left(s: &Scenario, hours: f64) -> f64 {
    crate::model::num::clamp(1.0 - s.software_covers, 0.0, 1.0) * hours
}

/// The software option's line items, in this order (`schedule` relies on
/// it). Monthly: the subscription, and the hours it leaves × the manager's
/// hourly cost. Upfront: set-up, and the learning hours × the manager's
/// hourly cost.
pub fn software_items(s: &Scenario) -> Vec<LineItem> {
    let m = f64::from(s.horizon_months);
    vec![
        item(
            "os-subscription",
            tr("Software subscription"),
            Timing::Monthly,
            s.subscription_per_month,
            m,
        ),
        item(
            "os-remaining",
            tr("Hours the software leaves (your time)"),
            Timing::Monthly,
            hours_left(s, s.hours_per_month) * s.manager_rate_per_hour,
            m,
        ),
        item(
            "os-setup",
            tr("Software set-up"),
            Timing::Upfront,
            s.software_setup,
            m,
        ),
        item(
            "os-learning",
            tr("Learning the software (your time)"),
            Timing::Upfront,
            s.learning_hours * s.manager_rate_per_hour,
            m,
        ),
    ]
}

/// How many people the supervision hours are for: each employee since
/// data version 3 (more staff need more supervision), one before.
pub fn supervised(s: &Scenario) -> f64 {
    if s.rules >= 3 {
        headcount(s.fte)
    } else {
        1.0
    }
}

/// People employed: ⌈FTE⌉ (recruiting, equipment and seats scale with it).
pub fn headcount(fte: f64) -> f64 {
    fte.ceil().max(1.0)
}

/// The scenario staffed at another FTE: default on-costs follow the pay.
pub fn at_fte(s: &Scenario, fte: f64) -> Scenario {
    let mut t = s.clone();
    t.fte = fte;
    if let (true, Some(ukea)) = (s.rules >= 3, s.on_costs_follow) {
        t.on_costs = data::on_costs(s.home, s.salary_per_year / s.fx, fte, ukea).value;
    }
    t
}

/// The FTE staffed for a workload: the contract the work needs (whole hours
/// a week, data version 3) or the smallest quarter step (before).
pub fn staffed(s: &Scenario, hours: f64) -> f64 {
    if s.rules >= 3 {
        default_fte(hours, s.productive_hours_per_year, s.full_week_hours)
    } else {
        quarter_fte(hours, s.productive_hours_per_year)
    }
}

/// The outsourced total of a steady workload (the closed form).
pub(super) fn steady_outsourced_total(s: &Scenario) -> f64 {
    outsourced_items(s).iter().map(|i| i.total).sum()
}

/// The in-house total of a steady workload (the closed form).
pub(super) fn steady_in_house_total(s: &Scenario) -> f64 {
    in_house_items(s).iter().map(|i| i.total).sum()
}
