//! Where the two sides meet: the break-even workload, the tipping points,
//! the crossing month and the fair-rate band.

use super::items::{at_fte, staffed};
use super::schedule::{in_house_total, mgmt_hours, outsourced_total};
use super::types::{FairBand, RateClass, Scaled, SideCost, Tips};
use crate::model::data;
use crate::model::scenario::{default_mgmt_hours, Field, ProviderKind, Scenario, WEEKS_PER_MONTH};

/// The scenario at another workload, all else held (the break-even's
/// "FTE held"): the hours change, and what follows them by rule (since data
/// version 3, default management hours: more outsourced hours need more of
/// your time).
pub fn at_hours(s: &Scenario, hours: f64) -> Scenario {
    let mut t = s.clone();
    t.hours_per_month = hours;
    // The busy months keep their shape: scaled with the ordinary month.
    t.peak_hours_per_month = if s.peak_hours_per_month == s.hours_per_month {
        hours
    } else if s.hours_per_month > 0.0 {
        s.peak_hours_per_month * hours / s.hours_per_month
    } else {
        hours
    };
    if s.rules >= 3 && s.mgmt_follows_hours {
        t.mgmt_hours_per_week =
            default_mgmt_hours(hours, s.home, s.region, s.provider) * s.mgmt_factor;
    }
    t
}

/// in-house − outsourced at a workload, all else held.
fn gap_at(s: &Scenario, hours: f64) -> f64 {
    let t = at_hours(s, hours);
    in_house_total(&t) - outsourced_total(&t)
}

/// Hours per month at which the two totals are equal, holding FTE and
/// management hours. Both totals are linear in the hours up to what the FTE
/// delivers (the onboarding loses the output of the needed FTE, at most the
/// costed one) and beyond it: the first root of the difference on the two
/// pieces, where outsourcing is cheaper below it.
pub(super) fn break_even_hours(s: &Scenario) -> Option<f64> {
    let cap = (s.productive_hours_per_year / 12.0 * s.fte).max(0.0);
    let d0 = gap_at(s, 0.0);
    if d0.is_nan() || d0 <= 0.0 {
        return None;
    }
    let dc = gap_at(s, cap);
    if cap > 0.0 && dc <= 0.0 {
        let h = cap * d0 / (d0 - dc);
        return (h.is_finite() && h > 0.0).then_some(h);
    }
    let far = cap + 1000.0 + s.hours_per_month.abs();
    let slope = (gap_at(s, far) - dc) / (far - cap);
    let h = cap + dc / -slope;
    (slope < 0.0 && h.is_finite() && h > 0.0).then_some(h)
}

/// The most staff the scaled break-even looks at: the FTE field's maximum.
pub const MAX_SCALED_FTE: f64 = 20.0;

/// The break-even with in-house staffed to the work: the workload from which
/// in-house costs no more than outsourcing AND stays so at every larger
/// workload up to `MAX_SCALED_FTE` (not a lower crossing that reverses).
/// The in-house total steps up with each contract step (an hour a week, or
/// a quarter FTE before data version 3); within a step both totals are
/// linear in the hours. Scanned from the top step down.
pub fn scaled_break_even(s: &Scenario) -> Scaled {
    let per_fte_month = s.productive_hours_per_year / 12.0;
    let unit = if s.rules >= 3 {
        1.0 / s.full_week_hours
    } else {
        0.25
    };
    if !(per_fte_month > 0.0 && unit.is_finite() && unit > 0.0) {
        return Scaled::NoneUpTo {
            fte: MAX_SCALED_FTE,
        };
    }
    let steps = (MAX_SCALED_FTE / unit).round() as u32;
    let gap = |fte: f64, h: f64| {
        let t = at_fte(&at_hours(s, h), fte);
        in_house_total(&t) - outsourced_total(&t)
    };
    for k in (1..=steps).rev() {
        let fte = f64::from(k) * unit;
        let (lo, hi) = (f64::from(k - 1) * unit * per_fte_month, fte * per_fte_month);
        let (d_lo, d_hi) = (gap(fte, lo), gap(fte, hi));
        if d_lo <= 0.0 && d_hi <= 0.0 {
            continue;
        }
        if k == steps && d_hi > 0.0 {
            return Scaled::NoneUpTo {
                fte: MAX_SCALED_FTE,
            };
        }
        // Outsourcing is cheaper somewhere in this step and in-house from
        // here up: where the linear difference reaches zero, or the next step.
        return if d_hi > 0.0 {
            Scaled::At {
                hours: hi,
                fte: staffed(s, hi * (1.0 + 1e-9)),
            }
        } else {
            let h = lo + (hi - lo) * d_lo / (d_lo - d_hi);
            Scaled::At { hours: h, fte }
        };
    }
    Scaled::At {
        hours: 0.0,
        fte: staffed(s, 0.0),
    }
}

/// The tipping points: rate, management hours and rework at which the totals
/// are equal, each alone. The outsourced total is linear in each of them.
pub(super) fn tips(s: &Scenario, saving: f64, tip_rate: f64) -> Tips {
    let m = f64::from(s.horizon_months.max(1));
    let within = |f: Field, v: f64, fx: f64| {
        let (lo, hi) = f.spec().range(fx);
        (v.is_finite() && v >= lo && v <= hi).then_some(v)
    };
    if !s.provider.bills_hours() {
        // No rate, management or rework: the share of the hours the
        // software takes over is what tips it. The total falls by the
        // manager's rate for each hour it takes over.
        let n = s.horizon_months.max(1);
        let hours: f64 = if s.varies() {
            (0..n).map(|k| s.hours_in_month(k)).sum()
        } else {
            s.hours_per_month * m
        };
        let slope = hours * s.manager_rate_per_hour;
        return Tips {
            covers: (slope > 0.0)
                .then(|| (s.software_covers - saving / slope) * 100.0)
                .and_then(|v| within(Field::Covers, v, s.fx)),
            peak: tip_peak(s, saving),
            ..Tips::default()
        };
    }
    let (mgmt_slope, rework_slope, mgmt_now) = if s.varies() {
        // Month by month: a management figure entered follows each month's
        // hours (`schedule::mgmt_hours`); rework is billed on every hour.
        let n = s.horizon_months.max(1);
        let hours: f64 = (0..n).map(|k| s.hours_in_month(k)).sum();
        let ratio = if s.hours_per_month > 0.0 {
            hours / s.hours_per_month
        } else {
            m
        };
        let now: f64 = (0..n)
            .map(|k| mgmt_hours(s, s.hours_in_month(k)))
            .sum::<f64>()
            / ratio;
        (
            WEEKS_PER_MONTH * s.manager_rate_per_hour * ratio,
            hours * s.rate_per_hour * (1.0 + s.fees),
            now,
        )
    } else {
        (
            WEEKS_PER_MONTH * s.manager_rate_per_hour * m,
            s.hours_per_month * s.rate_per_hour * (1.0 + s.fees) * m,
            s.mgmt_hours_per_week,
        )
    };
    Tips {
        rate: within(Field::Rate, tip_rate, s.fx),
        mgmt: (mgmt_slope > 0.0)
            .then(|| mgmt_now + saving / mgmt_slope)
            .and_then(|v| within(Field::MgmtHours, v, s.fx)),
        rework: (rework_slope > 0.0)
            .then(|| (s.rework + saving / rework_slope) * 100.0)
            .and_then(|v| within(Field::Rework, v, s.fx)),
        peak: tip_peak(s, saving),
        covers: None,
    }
}

/// The busy months' hours at which the answer flips (the saving changes
/// sign), the rest held; the one nearest the hours entered. Only with busy
/// months; within the field's range. The in-house side takes the cheapest
/// staffing at each peak, so the saving is scanned, then bisected.
fn tip_peak(s: &Scenario, saving: f64) -> Option<f64> {
    if s.peak_months == 0 || saving == 0.0 || !saving.is_finite() {
        return None;
    }
    let (lo, hi) = (Field::Peak.spec().min, Field::Peak.spec().max);
    let at = |p: f64| {
        let mut t = s.clone();
        t.peak_hours_per_month = p;
        in_house_total(&t) - outsourced_total(&t)
    };
    let flips = |v: f64| v.is_nan() || v.signum() != saving.signum();
    let p0 = crate::model::num::clamp(s.peak_hours_per_month, lo, hi);
    let find = |step: f64| -> Option<f64> {
        let mut a = p0;
        let mut b;
        loop {
            if (step > 1.0 && a >= hi) || (step < 1.0 && a <= lo) {
                return None;
            }
            b = crate::model::num::clamp(a * step, lo, hi);
            if flips(at(b)) {
                break;
            }
            a = b;
        }
        for _ in 0..40 {
            let mid = 0.5 * (a + b);
            if flips(at(mid)) {
                b = mid;
            } else {
                a = mid;
            }
        }
        Some(b)
    };
    match (find(1.25), find(0.8)) {
        (Some(up), Some(down)) => Some(if up / p0 <= p0 / down { up } else { down }),
        (up, down) => up.or(down),
    }
}

/// First month whose cumulative difference (in-house − outsourced) has the
/// opposite sign to the last non-zero one, or reaches zero after being non-zero.
pub(super) fn crossing_month(
    in_house: &SideCost,
    outsourced: &SideCost,
    months: u32,
) -> Option<u32> {
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

/// The fair-rate band: from the region's typical freelancer rate (× (1 +
/// markup) for an agency, which bills its own costs on top) up to that ×
/// (1 + premium); the entered rate classed against it and the break-even
/// rate, where outsourcing stops saving anything.
pub fn fair_band(s: &Scenario) -> FairBand {
    band(s, in_house_total(s), outsourced_total(s))
}

pub(super) fn band(s: &Scenario, in_house_total: f64, outsourced_total_now: f64) -> FairBand {
    if !s.provider.bills_hours() {
        // Software bills no hours: no market, band or break-even rate. It is
        // classed `Fair` so that no rate caveat or checklist rule fires; the
        // page shows no rate for it.
        return FairBand {
            market_low: 0.0,
            market: 0.0,
            market_high: 0.0,
            fair_low: 0.0,
            fair_high: 0.0,
            // Finite, so nothing downstream reads a NaN; `fair_saves` is false.
            break_even: 0.0,
            entered: 0.0,
            class: RateClass::Fair,
        };
    }
    let cell = data::rate_cell(s.task, s.region);
    let market = cell.typical * s.fx;
    let kind = match s.provider {
        ProviderKind::Agency => 1.0 + s.agency_markup,
        ProviderKind::Freelancer | ProviderKind::Software => 1.0,
    };
    let fair_low = market * kind;
    let fair_high = market * (1.0 + s.fair_premium) * kind;
    let break_even = break_even_rate(s, in_house_total, outsourced_total_now);
    let entered = s.rate_per_hour;
    // Saving first: a rate that saves nothing is that, whatever the market.
    // Tolerances so the default (exactly `fair_high`) classes as fair and a
    // tipping link (exactly the break-even rate) as saving nothing, after
    // rounding. No break-even rate at all (NaN): the rate moves nothing, so
    // the totals decide.
    let saves_nothing = if break_even.is_nan() {
        outsourced_total_now >= in_house_total
    } else {
        entered >= break_even * (1.0 - 1e-12)
    };
    let class = if saves_nothing {
        RateClass::NoSaving
    } else if entered < fair_low * (1.0 - 1e-9) {
        RateClass::BelowMarket
    } else if entered <= fair_high * (1.0 + 1e-9) {
        RateClass::Fair
    } else {
        RateClass::AboveFair
    };
    FairBand {
        market_low: cell.low * s.fx,
        market,
        market_high: cell.high * s.fx,
        fair_low,
        fair_high,
        break_even,
        entered,
        class,
    }
}
