//! The sentences beside the figures: the employment fraction, the break-even
//! workload, the tipping points and the range of outcomes.

use super::decide::{cost_result, CostResult};
use super::labels::{capitalise, join_and, percent, short_label};
use crate::model::cost::{Comparison, Scaled};
use crate::model::i18n::{tr, trf};
use crate::model::numbers::Fmt;
use crate::model::outcomes::Outcomes;
use crate::model::scenario::Field;
use crate::model::text::span;

/// The employment fraction in the open: what is costed, what is needed, and
/// what the idle paid hours cost.
pub fn fte_sentence(c: &Comparison, f: &dyn Fmt) -> String {
    let costed = if c.rules >= 3 {
        trf(
            "In-house is costed at {fte} FTE, {weekly} h a week of a {full} h full-time week: the work needs {needed} FTE, rounded up to a whole hour a week, as part-time contracts are written (or the FTE you typed).",
            &[
                ("fte", &f.number(c.fte, 3)),
                ("weekly", &f.number(c.fte * c.full_week_hours, 1)),
                ("full", &f.number(c.full_week_hours, 1)),
                ("needed", &f.number(c.fte_needed, 3)),
            ],
        )
    } else {
        trf(
        "In-house is costed at {fte} FTE: the work needs {needed} FTE and staff are assumed to come in quarter-time steps, the smallest that covers the hours (or the FTE you typed).",
        &[
            ("fte", &f.number(c.fte, 2)),
            ("needed", &f.number(c.fte_needed, 2)),
        ],
        )
    };
    if c.idle_hours_per_month < 0.05 {
        return costed;
    }
    let hours = f.number(c.idle_hours_per_month, 0);
    let amount = f.money(c.idle_cost);
    let span = span(c.months);
    let idle = if c.saving > 0.0 && c.idle_cost >= c.saving {
        trf(
            "The {hours} paid hours a month with no work in them cost {amount} over {span} — more than the whole saving: with the FTE the work needs, in-house would cost about as much or less.",
            &[("hours", &hours), ("amount", &amount), ("span", &span)],
        )
    } else if c.saving > 0.0 {
        trf(
            "The {hours} paid hours a month with no work in them cost {amount} over {span}, {percent} of the saving.",
            &[
                ("hours", &hours),
                ("amount", &amount),
                ("span", &span),
                ("percent", &percent(c.idle_cost / c.saving, f)),
            ],
        )
    } else {
        trf(
            "The {hours} paid hours a month with no work in them cost {amount} over {span}.",
            &[("hours", &hours), ("amount", &amount), ("span", &span)],
        )
    };
    format!("{costed} {idle}")
}

/// The break-even workload in words, saying so when it lies beyond what the
/// costed FTE delivers, with the break-even for staff scaled to the work.
pub fn break_even_sentence(c: &Comparison, f: &dyn Fmt) -> String {
    let fte = f.number(c.fte, 2);
    let held = match c.break_even_hours {
        Some(h) if c.break_even_scaled.is_none() => {
            return trf(
                "Outsourcing costs less up to {hours} h/month; above that, in-house at {fte} FTE is cheaper.",
                &[("hours", &f.number(h, 0)), ("fte", &fte)],
            )
        }
        Some(h) => trf(
            "At {fte} FTE the totals would meet at {hours} h/month, more than the {capacity} h/month that {fte} FTE can deliver.",
            &[
                ("fte", &fte),
                ("hours", &f.number(h, 0)),
                ("capacity", &f.number(c.capacity_hours_per_month, 0)),
            ],
        ),
        None => trf(
            "At {fte} FTE no workload balances the two totals.",
            &[("fte", &fte)],
        ),
    };
    let scaled = match c.break_even_scaled {
        Some(Scaled::At { hours, fte }) => trf(
            "With staff scaled to the work, in-house costs no more than outsourcing from {hours} h/month (at {fte} FTE) and at every larger workload.",
            &[("hours", &f.number(hours, 0)), ("fte", &f.number(fte, 2))],
        ),
        Some(Scaled::NoneUpTo { fte }) => trf(
            "With staff scaled to the work, outsourcing stays cheaper at every workload up to {fte} FTE.",
            &[("fte", &f.number(fte, 0))],
        ),
        None => return held,
    };
    format!("{held} {scaled}")
}

/// The tipping points in words: the rate, management hours and rework at
/// which the two totals are equal, each with the rest held.
pub fn tipping_sentence(c: &Comparison, f: &dyn Fmt) -> String {
    let t = &c.tips;
    if !c.provider.bills_hours() {
        return software_tipping_sentence(c, f);
    }
    let (max_mgmt, max_rework) = (Field::MgmtHours.spec().max, Field::Rework.spec().max);
    if cost_result(c) == CostResult::AboutTheSame {
        return tr("Here the two totals are about equal: a lower rate, less management time or less rework tips it towards outsourcing, a higher one towards in-house.").to_string();
    }
    if c.saving > 0.0 {
        let mut under = Vec::new();
        let mut whatever = Vec::new();
        match t.rate {
            Some(v) => under.push(trf("the rate is under {rate}/h", &[("rate", &f.cents(v))])),
            None => whatever.push(tr("whatever the rate").to_string()),
        }
        match t.mgmt {
            Some(v) => under.push(trf(
                "management is under {hours} h/week",
                &[("hours", &f.number(v, 1))],
            )),
            None => whatever.push(trf(
                "whatever the management time (up to {hours} h/week)",
                &[("hours", &f.number(max_mgmt, 0))],
            )),
        }
        match t.rework {
            Some(v) => under.push(trf(
                "rework is under {percent}%",
                &[("percent", &f.number(v, 1))],
            )),
            None => whatever.push(trf(
                "whatever the rework (up to {percent}%)",
                &[("percent", &f.number(max_rework, 0))],
            )),
        }
        let (under, whatever) = (join_and(&under), join_and(&whatever));
        if whatever.is_empty() {
            trf(
                "Outsourcing stays cheaper while {conditions}, each with the rest held.",
                &[("conditions", &under)],
            )
        } else if under.is_empty() {
            trf(
                "Outsourcing stays cheaper {regardless}, each with the rest held.",
                &[("regardless", &whatever)],
            )
        } else {
            trf(
                "Outsourcing stays cheaper while {conditions}, {regardless}, each with the rest held.",
                &[("conditions", &under), ("regardless", &whatever)],
            )
        }
    } else {
        let mut ways = Vec::new();
        if let Some(v) = t.rate {
            ways.push(trf("a rate under {rate}/h", &[("rate", &f.cents(v))]));
        }
        if let Some(v) = t.mgmt {
            ways.push(trf(
                "management under {hours} h/week",
                &[("hours", &f.number(v, 1))],
            ));
        }
        if let Some(v) = t.rework {
            ways.push(trf(
                "rework under {percent}%",
                &[("percent", &f.number(v, 1))],
            ));
        }
        let Some(ways) = ways
            .into_iter()
            .reduce(|list, next| trf("{list}, or {next}", &[("list", &list), ("next", &next)]))
        else {
            return tr(
                "No rate, management time or rework in range makes outsourcing cheaper on its own.",
            )
            .to_string();
        };
        trf(
            "Outsourcing would become cheaper with {ways}, each alone with the rest held.",
            &[("ways", &ways)],
        )
    }
}

/// The software option's tipping point in words: the share of the hours it
/// must take over for the two totals to be equal, the rest held.
fn software_tipping_sentence(c: &Comparison, f: &dyn Fmt) -> String {
    if cost_result(c) == CostResult::AboutTheSame {
        return tr("Here the two totals are about equal: software that takes over more of the hours tips it towards the software, less towards in-house.").to_string();
    }
    let percent = |v: f64| f.number(v, 1);
    match (c.tips.covers, c.saving > 0.0) {
        (Some(v), true) => trf(
            "The software stays cheaper while it takes over more than {percent}% of the hours, the rest held.",
            &[("percent", &percent(v))],
        ),
        (Some(v), false) => trf(
            "The software would become cheaper if it took over more than {percent}% of the hours, the rest held.",
            &[("percent", &percent(v))],
        ),
        (None, true) => tr("The software stays cheaper whatever share of the hours it takes over.").to_string(),
        (None, false) => tr("No share of the hours the software takes over makes it cheaper on its own.").to_string(),
    }
}

/// The range of outcomes in words.
pub fn range_sentence(o: &Outcomes, months: u32, f: &dyn Fmt) -> String {
    let Some(lead) = o.bars.first() else {
        return tr(
            "Every uncertain input holds a value you typed, so the saving is a single figure.",
        )
        .to_string();
    };
    let span = span(months);
    let range = if o.low >= 0.0 {
        trf(
            "Over the stated ranges of the uncertain defaults, outsourcing saves between {low} and {high} over {span}; values you typed are held.",
            &[
                ("low", &f.money(o.low)),
                ("high", &f.money(o.high)),
                ("span", &span),
            ],
        )
    } else if o.high <= 0.0 {
        trf(
            "Over the stated ranges of the uncertain defaults, outsourcing costs between {low} and {high} more than in-house over {span}; values you typed are held.",
            &[
                ("low", &f.money(-o.high)),
                ("high", &f.money(-o.low)),
                ("span", &span),
            ],
        )
    } else {
        trf(
            "Over the stated ranges of the uncertain defaults, the result ranges from outsourcing costing {more} more to saving {saving} over {span}; values you typed are held.",
            &[
                ("more", &f.money(-o.low)),
                ("saving", &f.money(o.high)),
                ("span", &span),
            ],
        )
    };
    let lead = trf(
        "{input} moves it most.",
        &[("input", &capitalise(short_label(lead.field)))],
    );
    format!("{range} {lead}")
}
