//! The range of outcomes: rates are ranges and several defaults are
//! assumptions, so the saving is a range too. Each uncertain default moves
//! between its stated low and high (`spreads::SPREADS`; the rate over the
//! region's market range); values the user typed are held, as the user's own.

use super::cost::{in_house_total, outsourced_total};
use super::data::{rate_cell, Currency, Spread, UK_EMPLOYMENT_ALLOWANCE_GBP};
use super::regions::Home;
use super::scenario::{quarter_fte, Field, Inputs, ProviderKind};
use super::spreads::{PEAK_SPREAD, SPREADS};

/// One uncertain input and what its low and high do to the saving.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bar {
    pub field: Field,
    /// The input's low and high, in typed units.
    pub low: f64,
    pub high: f64,
    /// The saving with the input at its low and at its high.
    pub saving_at_low: f64,
    pub saving_at_high: f64,
    /// Why it varies, in English (a catalogue key: shown with `tr`).
    pub why: &'static str,
}

impl Bar {
    /// How far this input alone moves the saving.
    pub fn swing(&self) -> f64 {
        (self.saving_at_high - self.saving_at_low).abs()
    }
}

/// The saving's range and the inputs behind it, largest swing first.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcomes {
    pub saving: f64,
    /// Every uncertain input at the end that lowers (raises) the saving, or
    /// any single input's own end if that is further out; always contains
    /// `saving`.
    pub low: f64,
    pub high: f64,
    pub bars: Vec<Bar>,
}

/// Why the rate varies: it is the region's sourced market range. In English,
/// as `Bar::why` (and `spreads::SPREADS`): translated where shown.
pub const RATE_WHY: &str =
    crate::t!("the region's market range for the task, with the fair premium");

/// Why the contract size varies (data version 3 on): from exactly the
/// hours the work needs to the next common contract step.
pub const FTE_WHY: &str = crate::t!("from a contract of exactly the hours the work needs to the next common step (a quarter of full time)");

/// Why the UK Employment Allowance varies: the whole field.
pub const UKEA_WHY: &str =
    crate::t!("from other staff using all of the £10,500 allowance to none of it");

/// Why the horizon varies: the one-off costs spread over one to three years.
pub const HORIZON_WHY: &str = crate::t!("a one-year to a three-year commitment, which spreads the one-off costs of both sides; the saving is shown for the horizon in use");

/// The horizon the range runs over (months), when the horizon is not typed.
pub const HORIZON_RANGE: (f64, f64) = (12.0, 36.0);

/// The saving, per the horizon in use (`months`): a longer or shorter
/// horizon's saving is scaled to it, so one-off costs are what moves.
fn saving(i: &Inputs, months: f64) -> f64 {
    let s = i.resolve();
    let m = f64::from(s.horizon_months.max(1));
    (in_house_total(&s) - outsourced_total(&s)) * months / m
}

/// The uncertain inputs of a scenario: each field with its low, its high
/// and why it varies (typed values are held: none for those).
pub(crate) fn spreads(inputs: &Inputs) -> Vec<(Field, f64, f64, &'static str)> {
    let (s, defaults) = inputs.resolve_with_defaults();
    let mut spreads: Vec<(Field, f64, f64, &'static str)> = Vec::new();
    if s.rules >= 3 && inputs.get(Field::Fte).is_none() {
        let per_fte_month = s.productive_hours_per_year / 12.0;
        let needed = s.hours_per_month / per_fte_month;
        let step = quarter_fte(s.hours_per_month, s.productive_hours_per_year);
        if needed.is_finite() && needed > 0.0 && step > needed * (1.0 + 1e-9) {
            spreads.push((Field::Fte, needed, step, FTE_WHY));
        }
    }
    if s.home == Home::Uk && inputs.get(Field::UkAllowance).is_none() {
        let whole = UK_EMPLOYMENT_ALLOWANCE_GBP / Currency::Gbp.per_usd() * s.fx;
        spreads.push((Field::UkAllowance, 0.0, whole, UKEA_WHY));
    }
    if s.rules >= 3 && inputs.get(Field::Horizon).is_none() {
        spreads.push((
            Field::Horizon,
            HORIZON_RANGE.0,
            HORIZON_RANGE.1,
            HORIZON_WHY,
        ));
    }
    if s.peak_months > 0 && s.peak_hours_per_month != s.hours_per_month {
        let (min, max) = (Field::Peak.spec().min, Field::Peak.spec().max);
        let (a, b, why) = PEAK_SPREAD;
        let off = s.peak_hours_per_month - s.hours_per_month;
        let at = |k: f64| crate::model::num::clamp(s.hours_per_month + off * k, min, max);
        spreads.push((Field::Peak, at(a), at(b), why));
    }
    if inputs.get(Field::Rate).is_none() && s.provider.bills_hours() {
        let cell = rate_cell(s.task, s.region);
        let kind = match s.provider {
            ProviderKind::Agency => 1.0 + s.agency_markup,
            ProviderKind::Freelancer | ProviderKind::Software => 1.0,
        };
        let k = s.fx * (1.0 + s.fair_premium) * kind;
        spreads.push((Field::Rate, cell.low * k, cell.high * k, RATE_WHY));
    }
    for &(f, spread, why) in SPREADS {
        // A value typed is held; a field the option does not cost moves nothing.
        if inputs.get(f).is_some() || !f.applies(s.provider) {
            continue;
        }
        let d = defaults[f as usize];
        let (lo, hi) = match spread {
            Spread::Times(a, b) => (d * a, d * b),
            Spread::Between(a, b) => (a, b),
        };
        if d == 0.0 && matches!(spread, Spread::Times(..)) {
            continue; // nothing to vary (e.g. no trial planned)
        }
        spreads.push((f, lo, hi, why));
    }
    spreads
}

/// The range of the saving for these inputs.
pub fn outcomes(inputs: &Inputs) -> Outcomes {
    let s = inputs.resolve();
    let base = in_house_total(&s) - outsourced_total(&s);
    let months = f64::from(s.horizon_months.max(1));
    let spreads = spreads(inputs);
    let mut bars: Vec<Bar> = spreads
        .into_iter()
        .map(|(field, low, high, why)| Bar {
            field,
            low,
            high,
            saving_at_low: saving(&inputs.clone().with(field, low), months),
            saving_at_high: saving(&inputs.clone().with(field, high), months),
            why,
        })
        .collect();
    bars.sort_by(|a, b| b.swing().total_cmp(&a.swing()));
    let mut worst = inputs.clone();
    let mut best = inputs.clone();
    for b in &bars {
        let (w, t) = if b.saving_at_low <= b.saving_at_high {
            (b.low, b.high)
        } else {
            (b.high, b.low)
        };
        worst.set(b.field, Some(w));
        best.set(b.field, Some(t));
    }
    // The combination is usually the far end, but inputs can interact (the
    // manager's cost weighs on both sides): the range also covers every
    // single input's own ends, and the headline.
    let ends = bars
        .iter()
        .flat_map(|b| [b.saving_at_low, b.saving_at_high]);
    let (lo, hi) = ends.fold((base, base), |(lo, hi), v| (lo.min(v), hi.max(v)));
    Outcomes {
        saving: base,
        low: saving(&worst, months).min(lo),
        high: saving(&best, months).max(hi),
        bars,
    }
}
