//! Options side by side: a hire, a freelancer, an agency or software, each a
//! scenario of its own, costed as if opened alone and set against the first.

use super::cost::{compare, in_house_total, outsourced_total, Comparison};
use super::data::Currency;
use super::i18n::{language, tr, trf};
use super::numbers::{Fmt, Local};
use super::outcomes::spreads;
pub use super::scenario::{clean_name, Choice, Side, MAX_NAME};
use super::scenario::{Inputs, ProviderKind, Scenario};
use super::text::per_hour;
use super::verdict::readiness_for;

/// At most this many options are compared.
pub const MAX_CHOICES: usize = 4;

/// An amount per hour: whole units when it has no cents.
fn rate_words(v: f64, f: &dyn Fmt) -> String {
    let amount = if (v - v.round()).abs() < 0.005 {
        f.money(v)
    } else {
        f.cents(v)
    };
    per_hour(&amount)
}

/// The name made from what distinguishes an option: "Freelancer, Eastern
/// Europe, $26/h", "Hire, 21 h a week".
pub fn auto_name(side: Side, s: &Scenario, f: &dyn Fmt) -> String {
    match (side, s.provider) {
        (Side::Hire, _) => trf(
            "Hire, {hours} h a week",
            &[("hours", &f.number(s.fte * s.full_week_hours, 1))],
        ),
        (Side::Outsource, ProviderKind::Freelancer) => trf(
            "Freelancer, {region}, {rate}",
            &[
                ("region", tr(s.region.label())),
                ("rate", &rate_words(s.rate_per_hour, f)),
            ],
        ),
        (Side::Outsource, ProviderKind::Software) => trf(
            "Software, {price} a month, covers {share}",
            &[
                ("price", &f.money(s.subscription_per_month)),
                ("share", &f.percent(s.software_covers * 100.0, 0)),
            ],
        ),
        (Side::Outsource, ProviderKind::Agency) => trf(
            "Agency, {region}, {rate}",
            &[
                ("region", tr(s.region.label())),
                ("rate", &rate_words(s.rate_per_hour, f)),
            ],
        ),
    }
}

/// An option's figures, as the same scenario opened alone shows them.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub name: String,
    pub side: Side,
    pub provider: ProviderKind,
    /// Its total over its horizon, and that horizon.
    pub total: f64,
    pub months: u32,
    pub per_month: f64,
    pub per_hour: f64,
    /// The range of its total (every uncertain default at its ends, as the
    /// saving's range is made).
    pub low: f64,
    pub high: f64,
    /// Readiness score (0–1) and hard stops, where the checklist is
    /// answered; a hire has none to answer.
    pub readiness: Option<(f64, usize)>,
    /// Minus the first option's (per month when the horizons differ);
    /// `None` for the first.
    pub difference: Option<f64>,
    /// The currency its amounts are in (the first option's, on the board)
    /// and its units per US dollar.
    pub currency: Currency,
    pub fx: f64,
}

impl Row {
    /// The figure options are ranked by: the total, or per month when the
    /// horizons differ.
    pub fn measure(&self, per_month: bool) -> (f64, f64, f64) {
        if per_month {
            let m = f64::from(self.months.max(1));
            (self.per_month, self.low / m, self.high / m)
        } else {
            (self.total, self.low, self.high)
        }
    }
}

/// The comparison of the options.
#[derive(Clone, Debug, PartialEq)]
pub struct Board {
    pub rows: Vec<Row>,
    /// The options run over different horizons: compared per month.
    pub per_month: bool,
    /// The cheapest option (first of equals).
    pub cheapest: Option<usize>,
    /// The ranges of the two cheapest overlap: too close to call on cost.
    pub too_close: bool,
}

/// The side's total of a scenario.
fn side_total(side: Side, s: &Scenario) -> f64 {
    match side {
        Side::Hire => in_house_total(s),
        Side::Outsource => outsourced_total(s),
    }
}

/// The range of one side's total: each uncertain default at its ends (a
/// different horizon's total scaled to the one in use), every input at the
/// dearer end together and every input at the cheaper end together.
pub fn total_range(inputs: &Inputs, side: Side, total: f64, months: u32) -> (f64, f64) {
    let m = f64::from(months.max(1));
    let at = |i: &Inputs| {
        let s = i.resolve();
        side_total(side, &s) * m / f64::from(s.horizon_months.max(1))
    };
    let (mut dear, mut cheap) = (inputs.clone(), inputs.clone());
    let (mut lo, mut hi) = (total, total);
    for (field, low, high, _) in spreads(inputs) {
        let (a, b) = (
            at(&inputs.clone().with(field, low)),
            at(&inputs.clone().with(field, high)),
        );
        lo = lo.min(a).min(b);
        hi = hi.max(a).max(b);
        let (d, c) = if a >= b { (low, high) } else { (high, low) };
        dear.set(field, Some(d));
        cheap.set(field, Some(c));
    }
    (lo.min(at(&cheap)), hi.max(at(&dear)))
}

/// One option costed alone, its name's amounts in its own currency.
pub fn row(choice: &Choice) -> Row {
    let s = choice.inputs.resolve();
    let f = Local::new(language(), s.currency);
    let c: Comparison = compare(&s);
    let side = match choice.side {
        Side::Hire => &c.in_house,
        Side::Outsource => &c.outsourced,
    };
    let (low, high) = total_range(&choice.inputs, choice.side, side.total, s.horizon_months);
    let readiness = match choice.side {
        Side::Outsource if choice.inputs.answers.answered() > 0 => {
            let r = readiness_for(&choice.inputs.answers, c.fair.class, s.provider);
            r.score.map(|score| (score, r.stops.len()))
        }
        _ => None,
    };
    Row {
        name: choice
            .name
            .clone()
            .unwrap_or_else(|| auto_name(choice.side, &s, &f)),
        side: choice.side,
        provider: s.provider,
        total: side.total,
        months: s.horizon_months.max(1),
        per_month: side.per_month,
        per_hour: side.per_delivered_hour,
        low,
        high,
        readiness,
        difference: None,
        currency: s.currency,
        fx: s.fx,
    }
}

impl Row {
    /// Its amounts in another option's currency (at each one's rate per
    /// US dollar); unchanged in its own.
    fn in_currency_of(mut self, first: &Row) -> Row {
        if self.currency != first.currency {
            let k = first.fx / self.fx;
            for v in [
                &mut self.total,
                &mut self.per_month,
                &mut self.per_hour,
                &mut self.low,
                &mut self.high,
            ] {
                *v *= k;
            }
            self.currency = first.currency;
            self.fx = first.fx;
        }
        self
    }
}

/// Every option costed, set against the first (amounts in its currency),
/// the cheapest marked.
pub fn board(choices: &[Choice]) -> Board {
    let mut rows: Vec<Row> = choices.iter().map(row).collect();
    if let Some(first) = rows.first().cloned() {
        rows = rows.into_iter().map(|r| r.in_currency_of(&first)).collect();
    }
    let per_month = rows.windows(2).any(|w| w[0].months != w[1].months);
    if let Some(first) = rows.first().map(|r| r.measure(per_month).0) {
        for r in rows.iter_mut().skip(1) {
            r.difference = Some(r.measure(per_month).0 - first);
        }
    }
    // The cheapest and the next (first of equals), in one pass.
    let key = |i: usize| rows[i].measure(per_month);
    let (mut first, mut second): (Option<usize>, Option<usize>) = (None, None);
    for i in 0..rows.len() {
        if first.is_none_or(|f| key(i).0 < key(f).0) {
            second = first;
            first = Some(i);
        } else if second.is_none_or(|s| key(i).0 < key(s).0) {
            second = Some(i);
        }
    }
    let too_close = match (first, second) {
        (Some(a), Some(b)) => {
            let ((_, a_low, a_high), (_, b_low, b_high)) = (key(a), key(b));
            overlap((a_low, a_high), (b_low, b_high))
        }
        _ => false,
    };
    Board {
        cheapest: first.filter(|_| rows.len() > 1),
        too_close,
        per_month,
        rows,
    }
}

/// Whether two ranges of cost overlap (the "too close to call" rule, for
/// ranges given as low and high).
pub fn overlap(a: (f64, f64), b: (f64, f64)) -> bool {
    a.0 <= b.1 && b.0 <= a.1
}
