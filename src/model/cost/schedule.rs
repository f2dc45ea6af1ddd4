//! The month-by-month schedule, in one place: the hours each month needs,
//! what in-house pays for them (the cheapest of three ways through the busy
//! months) and what outsourcing pays. The totals of a workload that varies
//! are the sum of its months; a steady workload keeps the closed form of
//! `items` (the same figures to the cent), its months derived from it.

use super::items::{
    at_fte, headcount, hours_left, in_house_items, onboarding_fte, outsourced_items, staffed,
    steady_in_house_total, steady_outsourced_total,
};
use super::types::{LineItem, Month, Staffing, Timing};
use crate::model::data;
use crate::model::i18n::tr;
use crate::model::scenario::{default_mgmt_hours, ProviderKind, Scenario, WEEKS_PER_MONTH};
use crate::t;

// The in-house items, in the order of `in_house_items`, then the two ways
// of covering busy months.
const SALARY: usize = 0;
const ONCOSTS: usize = 1;
const SEAT: usize = 2;
const SUPERVISION: usize = 3;
const RECRUITING: usize = 4;
const HIRING: usize = 5;
const EQUIPMENT: usize = 6;
const ONBOARDING: usize = 7;
const OVERTIME: usize = 8;
const TEMP: usize = 9;
const IH: usize = 10;
/// The outsourced items, as many as `outsourced_items` returns (the
/// software option uses the first four).
const OS: usize = 10;

/// The two items only a varying workload has: (id, label).
const EXTRA: [(&str, &str); 2] = [
    ("ih-overtime", t!("Overtime in the busy months")),
    ("ih-temp", t!("Temporary worker for the busy months")),
];

/// One in-house month as costed: the items' amounts and the hours.
#[derive(Clone, Copy)]
struct InMonth {
    amounts: [f64; IH],
    paid: f64,
    overtime: f64,
    temp: f64,
    heads: f64,
}

/// Weekly hours a month.
fn per_month(weekly: f64) -> f64 {
    weekly * WEEKS_PER_MONTH
}

/// The owner's hiring time per hire, at the manager's rate.
fn hiring(s: &Scenario) -> f64 {
    s.hire_hours * s.manager_rate_per_hour
}

/// The growth factor of month `k`.
fn grown(s: &Scenario, k: u32) -> f64 {
    if s.growth == 0.0 {
        1.0
    } else {
        (1.0 + s.growth).powf(f64::from(k) / 12.0)
    }
}

/// The largest month of a year before growth: the busy months' hours or
/// the ordinary month's.
fn top_hours(s: &Scenario) -> f64 {
    if s.peak_months > 0 {
        s.hours_per_month.max(s.peak_hours_per_month)
    } else {
        s.hours_per_month
    }
}

/// How many people the supervision hours are for (per employee since data
/// version 3).
fn supervised(s: &Scenario, heads: f64) -> f64 {
    if s.rules >= 3 {
        heads
    } else {
        1.0
    }
}

/// The in-house side over the horizon, staffed `how`: its total, and each
/// month when `out` asks for them. Infinite when overtime cannot cover a
/// month within the most hours a week one person works.
fn in_house_run(s: &Scenario, how: Staffing, mut out: Option<&mut Vec<InMonth>>) -> f64 {
    let n = s.horizon_months.max(1);
    let per_fte_month = s.productive_hours_per_year / 12.0;
    let productive_hour = s.salary_per_year / s.productive_hours_per_year;
    let supervision_hour = per_month(s.supervision_hours_per_week) * s.manager_rate_per_hour;
    let mut fte = match how {
        Staffing::Peak => s.fte.max(staffed(s, top_hours(s))),
        _ => s.fte,
    };
    let mut on_costs = at_fte(s, fte).on_costs;
    let mut heads = headcount(fte);
    let mut temp_seats = 0.0;
    // The temporary worker of the season under way: (heads, on-costs).
    let mut season: Option<(f64, f64)> = None;
    let mut total = 0.0;
    for k in 0..n {
        let need = s.hours_in_month(k);
        let mut a = [0.0; IH];
        if k == 0 {
            let mut first = at_fte(s, fte);
            first.hours_per_month = need;
            a[RECRUITING] = s.recruiting * heads;
            a[HIRING] = hiring(s) * heads;
            a[EQUIPMENT] = s.equipment_per_seat * heads;
            a[ONBOARDING] =
                s.onboarding_weeks * s.salary_per_year * onboarding_fte(&first) * (1.0 + on_costs)
                    / 52.0;
        } else if s.growth != 0.0 {
            // When the work outgrows the contract, the contract follows it
            // up in contract steps; a new person is recruited, equipped and
            // onboarded.
            let target = match how {
                Staffing::Peak => top_hours(s),
                _ => s.hours_per_month,
            } * grown(s, k);
            let want = staffed(s, target);
            if target > fte * per_fte_month && want > fte * (1.0 + 1e-12) {
                let more = headcount(want) - heads;
                let oc = at_fte(s, want).on_costs;
                if more > 0.0 {
                    a[RECRUITING] += s.recruiting * more;
                    a[HIRING] += hiring(s) * more;
                    a[EQUIPMENT] += s.equipment_per_seat * more;
                    a[ONBOARDING] +=
                        s.onboarding_weeks * s.salary_per_year * (want - fte) * (1.0 + oc) / 52.0;
                }
                fte = want;
                on_costs = oc;
                heads = headcount(want);
            }
        }
        a[SALARY] = s.salary_per_year * fte / 12.0;
        a[ONCOSTS] = s.salary_per_year * fte * on_costs / 12.0;
        a[SEAT] = s.seat_per_month * heads;
        a[SUPERVISION] = supervision_hour * supervised(s, heads);
        let capacity = fte * per_fte_month;
        let extra = (need - capacity).max(0.0);
        let (mut overtime, mut temp) = (0.0, 0.0);
        match how {
            Staffing::Peak => {}
            Staffing::Overtime if extra > 0.0 => {
                // Up to the full-time week at the plain rate (a part-time
                // contract's extra hours), beyond it at the premium, up to
                // the most hours a week one person works. Each hour costs
                // what a productive hour does: the leave it earns is paid.
                let week = s.full_week_hours;
                let plain = ((heads - fte) * week).max(0.0) * WEEKS_PER_MONTH;
                let premium =
                    heads * (data::MAX_WEEK_HOURS.value - week).max(0.0) * WEEKS_PER_MONTH;
                if extra > (plain + premium) * (1.0 + 1e-9) {
                    return f64::INFINITY;
                }
                let at_plain = extra.min(plain);
                a[OVERTIME] = (at_plain + (extra - at_plain) * (1.0 + s.overtime_premium))
                    * productive_hour
                    * (1.0 + on_costs);
                overtime = extra;
            }
            Staffing::Temp if extra > 0.0 => {
                let (th, oc) = match season {
                    Some(x) => x,
                    None => {
                        // A new season: a temporary worker for its largest
                        // month, recruited and onboarded.
                        let most = (k..n)
                            .map(|j| s.hours_in_month(j) - capacity)
                            .take_while(|e| *e > 0.0)
                            .fold(0.0, f64::max);
                        let tf = most / per_fte_month;
                        let th = headcount(tf);
                        let oc = at_fte(s, tf).on_costs;
                        a[RECRUITING] += s.recruiting * th;
                        a[HIRING] += hiring(s) * th;
                        a[ONBOARDING] +=
                            s.onboarding_weeks * s.salary_per_year * tf * (1.0 + oc) / 52.0;
                        if th > temp_seats {
                            a[EQUIPMENT] += s.equipment_per_seat * (th - temp_seats);
                            temp_seats = th;
                        }
                        season = Some((th, oc));
                        (th, oc)
                    }
                };
                a[TEMP] = extra * productive_hour * (1.0 + oc);
                a[SEAT] += s.seat_per_month * th;
                if s.rules >= 3 {
                    a[SUPERVISION] += supervision_hour * th;
                }
                temp = extra;
            }
            _ => season = None,
        }
        let month: f64 = a.iter().sum();
        total += month;
        if let Some(v) = out.as_deref_mut() {
            v.push(InMonth {
                amounts: a,
                paid: capacity + overtime + temp,
                overtime,
                temp,
                heads,
            });
        }
    }
    total
}

/// The management hours a week of a month needing `hours`: the default
/// rule at those hours, or the figure entered scaled by the month's hours.
pub(super) fn mgmt_hours(s: &Scenario, hours: f64) -> f64 {
    if s.rules >= 3 && s.mgmt_follows_hours {
        default_mgmt_hours(hours, s.home, s.region, s.provider) * s.mgmt_factor
    } else if s.hours_per_month > 0.0 {
        s.mgmt_hours_per_week * hours / s.hours_per_month
    } else {
        s.mgmt_hours_per_week
    }
}

/// The outsourced side month by month: the provider bills the hours each
/// month needs, management time follows them; one-time costs in month 1,
/// the exit in the last.
fn outsourced_run(s: &Scenario, mut out: Option<&mut Vec<[f64; OS]>>) -> f64 {
    let n = s.horizon_months.max(1);
    let mut total = 0.0;
    let software = s.provider == ProviderKind::Software;
    for k in 0..n {
        let h = s.hours_in_month(k);
        let mut a = [0.0; OS];
        if software {
            // In the order of `software_items`.
            a[0] = s.subscription_per_month;
            a[1] = hours_left(s, h) * s.manager_rate_per_hour;
            if k == 0 {
                a[2] = s.software_setup;
                a[3] = s.learning_hours * s.manager_rate_per_hour;
            }
            total += a.iter().sum::<f64>();
            if let Some(v) = out.as_deref_mut() {
                v.push(a);
            }
            continue;
        }
        let work = h * s.rate_per_hour;
        let rework = h * s.rework * s.rate_per_hour;
        a[0] = work;
        a[1] = rework;
        a[2] = (work + rework) * s.fees;
        a[3] = per_month(mgmt_hours(s, h)) * s.manager_rate_per_hour;
        a[4] = s.tooling_per_month;
        if k == 0 {
            a[5] = s.onboarding_hours * s.manager_rate_per_hour;
            a[6] = s.select_hours * s.manager_rate_per_hour;
            a[7] = s.provider_ramp_weeks / 2.0 * h / WEEKS_PER_MONTH
                * s.rate_per_hour
                * (1.0 + s.fees);
            a[8] = s.trial_cost;
        }
        if k + 1 == n {
            a[9] = s.exit_cost;
        }
        total += a.iter().sum::<f64>();
        if let Some(v) = out.as_deref_mut() {
            v.push(a);
        }
    }
    total
}

/// The cheapest way in-house gets through the months, and its total (the
/// first of `Staffing::ALL` on a tie).
pub fn best_staffing(s: &Scenario) -> (Staffing, f64) {
    Staffing::ALL
        .into_iter()
        .map(|how| (how, in_house_run(s, how, None)))
        .fold((Staffing::Peak, f64::INFINITY), |best, x| {
            if x.1 < best.1 {
                x
            } else {
                best
            }
        })
}

/// The outsourced total over the horizon (the sum of the months when the
/// workload varies).
pub fn outsourced_total(s: &Scenario) -> f64 {
    if s.varies() {
        return outsourced_run(s, None);
    }
    steady_outsourced_total(s)
}

/// The in-house total over the horizon (the cheapest staffing, summed
/// month by month, when the workload varies).
pub fn in_house_total(s: &Scenario) -> f64 {
    if s.varies() {
        return best_staffing(s).1;
    }
    steady_in_house_total(s)
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

/// The whole schedule of a scenario: its months, how in-house is staffed
/// (`None` for a steady workload), each side's line items (totals over the
/// horizon; a monthly item's amount is its average month) and each side's
/// cost by month.
pub(super) struct Schedule {
    pub months: Vec<Month>,
    pub staffing: Option<Staffing>,
    pub in_house: Vec<LineItem>,
    pub outsourced: Vec<LineItem>,
    pub in_house_by_month: Vec<f64>,
    pub outsourced_by_month: Vec<f64>,
}

fn items_from(mut items: Vec<LineItem>, totals: &[f64], months: f64) -> Vec<LineItem> {
    for (it, &total) in items.iter_mut().zip(totals) {
        it.total = total;
        it.amount = if it.timing == Timing::Monthly {
            total / months
        } else {
            total
        };
    }
    items
}

pub(super) fn schedule(s: &Scenario) -> Schedule {
    let n = s.horizon_months.max(1);
    let m = f64::from(n);
    let (how, _) = best_staffing(s);
    let mut ih = Vec::with_capacity(n as usize);
    in_house_run(s, how, Some(&mut ih));
    let mut os = Vec::with_capacity(n as usize);
    outsourced_run(s, Some(&mut os));
    let mut ih_totals = [0.0; IH];
    let mut os_totals = [0.0; OS];
    for x in &ih {
        for (t, a) in ih_totals.iter_mut().zip(x.amounts) {
            *t += a;
        }
    }
    for x in &os {
        for (t, a) in os_totals.iter_mut().zip(x) {
            *t += a;
        }
    }
    let mut in_house = in_house_items(s);
    for (n, (id, label)) in EXTRA.iter().enumerate() {
        in_house.push(LineItem {
            id,
            label: tr(label),
            timing: Timing::Monthly,
            amount: 0.0,
            total: ih_totals[OVERTIME + n],
        });
    }
    let in_house = items_from(in_house, &ih_totals, m);
    let outsourced = items_from(outsourced_items(s), &os_totals, m);
    let months = ih
        .iter()
        .zip(&os)
        .enumerate()
        .map(|(k, (i, o))| Month {
            hours: s.hours_in_month(k as u32),
            paid_hours: i.paid,
            overtime_hours: i.overtime,
            temp_hours: i.temp,
            headcount: i.heads as u32,
            in_house: i.amounts.iter().sum(),
            outsourced: o.iter().sum(),
        })
        .collect();
    Schedule {
        months,
        staffing: Some(how),
        in_house,
        outsourced,
        in_house_by_month: ih.iter().map(|i| i.amounts.iter().sum()).collect(),
        outsourced_by_month: os.iter().map(|o| o.iter().sum()).collect(),
    }
}

/// A steady workload's months, from its closed-form sides.
pub(super) fn steady_months(s: &Scenario, in_house: &[f64], outsourced: &[f64]) -> Vec<Month> {
    let capacity = s.productive_hours_per_year / 12.0 * s.fte;
    in_house
        .iter()
        .zip(outsourced)
        .map(|(&i, &o)| Month {
            hours: s.hours_per_month,
            paid_hours: capacity,
            overtime_hours: 0.0,
            temp_hours: 0.0,
            headcount: headcount(s.fte) as u32,
            in_house: i,
            outsourced: o,
        })
        .collect()
}
