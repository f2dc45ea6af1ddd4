//! Headline figures, each with a stable id and its raw number in `data-value`.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::cost::{Scaled, SideCost};
use crate::model::i18n::{tr, trf};
use crate::model::num::decimal;
use crate::model::outcomes::Outcomes;
use crate::model::text::span;
use crate::model::verdict::{
    break_even_sentence, cost_verdict, fte_sentence, percent, range_sentence, rate_verdict,
    season_verdict, short_verdict, tipping_sentence,
};
use crate::model::{Comparison, Region};
use crate::ui::fmt::{number, percent_of, Money};
use crate::ui::sentence::tr_html;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub comparison: Rc<Comparison>,
    pub outcomes: Rc<Outcomes>,
    pub money: Money,
    /// The provider's region (its fair band).
    pub region: Region,
    /// A field holds text that cannot be used: these are the last valid results.
    pub stale: bool,
}

/// One figure: `<span id data-value>` with the formatted text.
fn figure(id: &'static str, value: Option<f64>, text: String) -> Html {
    let raw = value
        .filter(|v| v.is_finite())
        .map(decimal)
        .unwrap_or_default();
    html! { <span {id} class="figure" data-value={raw}>{text}</span> }
}

/// One side's totals; `ids` of its total, per-month and per-hour figures.
fn side(
    class: &'static str,
    title: &'static str,
    ids: [&'static str; 3],
    cost: &SideCost,
    m: &Money,
) -> Html {
    html! {
        <div class={classes!("side", class)}>
            <h3>{title}</h3>
            <p class="total">{figure(ids[0], Some(cost.total), m.whole(cost.total))}</p>
            <p>{tr_html("{amount} per month", &[("amount", figure(ids[1], Some(cost.per_month), m.whole(cost.per_month)))])}</p>
            <p>{tr_html("{amount} per delivered hour", &[("amount", figure(ids[2], Some(cost.per_delivered_hour), m.cents(cost.per_delivered_hour)))])}</p>
        </div>
    }
}

/// A figure's text, or `none` (with what "none" covers) when there is no value.
fn or_none(v: Option<f64>, none: &str, text: impl Fn(f64) -> String) -> String {
    v.map(text).unwrap_or_else(|| none.to_string())
}

/// The answer first: the verdict and both totals.
#[component]
pub fn Headline(p: &ResultsProps) -> Html {
    let c = &*p.comparison;
    let m = &p.money;
    let verdict = cost_verdict(c, m);
    html! {
        <section class="card results headline" aria-labelledby="results-h">
            <h2 id="results-h">{trf("Cost over {span}", &[("span", &span(c.months))])}</h2>
            <p class="verdict" id="verdict">{verdict}</p>
            if let Some(season) = season_verdict(c) {
                <p class="verdict-more" id="season-verdict">{season}</p>
            }
            if p.stale {
                <p class="stale">{tr("Showing the last valid result: fix the flagged field to update it.")}</p>
            }
            <div class="sides">
                { side("in-house", tr("In-house"), ["total-in-house", "month-in-house", "hour-in-house"], &c.in_house, m) }
                { side("outsourced", tr("Outsourced"), ["total-outsourced", "month-outsourced", "hour-outsourced"], &c.outsourced, m) }
            </div>
        </section>
    }
}

/// A compact summary of the saving that stays in view (sticky) while the
/// reader scrolls to any field further down. Screen readers hear the
/// settled summary from a separate polite live region instead.
pub fn summary_bar(c: &Comparison, m: &Money) -> Html {
    let short = short_verdict(c, m);
    html! {
        <div class="summary-bar" data-summary="" aria-hidden="true">
            <span class="summary-main">{short}</span>
            <span class="summary-sides">{trf("in-house {in_house} · outsourced {outsourced}", &[("in_house", &m.whole(c.in_house.total)), ("outsourced", &m.whole(c.outsourced.total))])}</span>
        </div>
    }
}

/// Everything behind the headline: range, tipping points, break-even, FTE.
#[component]
pub fn Results(p: &ResultsProps) -> Html {
    let c = &*p.comparison;
    let o = &*p.outcomes;
    let m = &p.money;
    let t = &c.tips;
    let (scaled, scaled_none) = match c.break_even_scaled {
        Some(Scaled::At { hours, .. }) => (Some(hours), String::new()),
        Some(Scaled::NoneUpTo { fte }) => (
            None,
            trf("none up to {fte} FTE", &[("fte", &number(fte, 0))]),
        ),
        None => (None, String::new()),
    };
    let (rate_class, rate_message) = rate_verdict(c, p.region, m);
    let people = c.provider.bills_hours();
    let held = figure(
        "break-even-hours",
        c.break_even_hours,
        c.break_even_hours
            .map(|h| trf("{hours} h/month", &[("hours", &number(h, 0))]))
            .unwrap_or_else(|| tr("none").into()),
    );
    html! {
        <section class="card results" aria-labelledby="facts-h">
            <h2 id="facts-h">{tr("How sure, and when it tips")}</h2>
            <p class="verdict-more" id="range">{range_sentence(o, c.months, m)}</p>
            <p class="verdict-more" id="tips">{tipping_sentence(c, m)}</p>
            <dl class="facts">
                <dt>{tr("Saving by outsourcing")}</dt>
                <dd>{figure("saving", Some(c.saving), m.whole(c.saving))}{" ("}{figure("saving-pct", Some(c.saving_share * 100.0), percent(c.saving_share, m))}{")"}</dd>
                <dt>{tr("Range of the saving")}</dt>
                <dd>{tr_html("{low} to {high}", &[("low", figure("saving-low", Some(o.low), m.whole(o.low))), ("high", figure("saving-high", Some(o.high), m.whole(o.high)))])}</dd>
                // Software bills no hours: its rate, management and rework
                // figures stay empty and hidden; its own tipping share shows.
                <dt hidden={!people}>{tr("Totals equal at (each alone)")}</dt>
                <dd hidden={!people}>{tr_html("rate {rate}; management {mgmt}; rework {rework}", &[
                    ("rate", figure("tip-rate", t.rate, or_none(t.rate, tr("none in range"), |v| trf("{rate}/h", &[("rate", &m.cents(v))])))),
                    ("mgmt", figure("tip-mgmt", t.mgmt, or_none(t.mgmt, tr("none in range"), |v| trf("{hours} h/week", &[("hours", &number(v, 1))])))),
                    ("rework", figure("tip-rework", t.rework, or_none(t.rework, tr("none in range"), |v| percent_of(v, 1)))),
                ])}</dd>
                // Only a workload with busy months has a peak to tip; the
                // figure's element is there either way (embedders read it).
                <dt hidden={c.staffing.is_none()}>{tr("Busy-month hours at which the answer flips")}</dt>
                <dd hidden={c.staffing.is_none()}>{figure("tip-peak", t.peak, or_none(t.peak, tr("none"), |v| trf("{hours} h/month", &[("hours", &number(v, 0))])))}</dd>
                if !people {
                    <dt>{tr("Share of the hours the software must take over for equal totals")}</dt>
                    <dd>{figure("tip-covers", t.covers, or_none(t.covers, tr("none in range"), |v| percent_of(v, 1)))}</dd>
                }
                <dt hidden={!people}>{tr("Your rate against the fair band")}</dt>
                <dd hidden={!people} class={classes!("rate-verdict", rate_class)} id="rate-class" data-value={c.fair.class.slug()}>{rate_message}</dd>
                <dt>{tr("Break-even workload")}</dt>
                <dd>
                    if c.break_even_scaled.is_some() {
                        {tr_html("{held} held; staffed to the work: {scaled}", &[("held", held), ("scaled", figure("break-even-scaled", scaled, or_none(scaled, &scaled_none, |h| trf("{hours} h/month", &[("hours", &number(h, 0))]))))])}
                    } else {
                        {held}
                    }
                    <span class="fact-note" id="break-even-note">{break_even_sentence(c, m)}</span>
                </dd>
                <dt>{tr("Month the cumulative costs cross")}</dt>
                <dd>{figure("crossing-month", c.crossing_month.map(f64::from), c.crossing_month.map(|m| trf("month {month}", &[("month", &m.to_string())])).unwrap_or_else(|| tr("none").into()))}</dd>
                <dt>{tr("Employment fraction")}</dt>
                <dd>{tr_html("{costed} FTE costed; the work needs {needed}", &[("costed", figure("fte-costed", Some(c.fte), number(c.fte, 2))), ("needed", figure("fte-needed", Some(c.fte_needed), number(c.fte_needed, 2)))])}</dd>
                <dt>{tr("Paid but idle in-house hours")}</dt>
                <dd>{tr_html("{hours}, costing {cost}", &[("hours", figure("idle-hours", Some(c.idle_hours_per_month), trf("{hours} h/month", &[("hours", &number(c.idle_hours_per_month, 0))]))), ("cost", figure("idle-cost", Some(c.idle_cost), m.whole(c.idle_cost)))])}
                    <span class="fact-note" id="fte-note">{fte_sentence(c, m)}</span>
                </dd>
                if c.over_capacity_hours_per_month > 0.0 {
                    <dt>{tr("Hours the employee can't cover")}</dt>
                    <dd class="warn" id="over-capacity">{trf("{hours} h/month: raise the FTE", &[("hours", &number(c.over_capacity_hours_per_month, 0))])}</dd>
                }
            </dl>
        </section>
    }
}
