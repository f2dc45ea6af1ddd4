//! Headline figures, each with a stable id and its raw number in `data-value`.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::cost::SideCost;
use crate::model::num::decimal;
use crate::model::verdict::{cost_verdict, percent};
use crate::model::{Comparison, Scenario};
use crate::ui::fmt::{number, Money};

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub comparison: Rc<Comparison>,
    pub scenario: Rc<Scenario>,
    pub money: Money,
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
            <p>{figure(ids[1], Some(cost.per_month), m.whole(cost.per_month))}{" per month"}</p>
            <p>{figure(ids[2], Some(cost.per_delivered_hour), m.cents(cost.per_delivered_hour))}{" per delivered hour"}</p>
        </div>
    }
}

#[component]
pub fn Results(p: &ResultsProps) -> Html {
    let c = &*p.comparison;
    let m = &p.money;
    let verdict = cost_verdict(c, m);
    let months = c.months;
    html! {
        <section class="card results" aria-labelledby="results-h">
            <h2 id="results-h">{format!("Cost over {months} months")}</h2>
            <p class="verdict" id="verdict" aria-live="polite">{verdict}</p>
            if p.stale {
                <p class="stale">{"Showing the last valid result: fix the flagged field to update it."}</p>
            }
            <div class="sides">
                { side("in-house", "In-house", ["total-in-house", "month-in-house", "hour-in-house"], &c.in_house, m) }
                { side("outsourced", "Outsourced", ["total-outsourced", "month-outsourced", "hour-outsourced"], &c.outsourced, m) }
            </div>
            <dl class="facts">
                <dt>{"Saving by outsourcing"}</dt>
                <dd>{figure("saving", Some(c.saving), m.whole(c.saving))}{" ("}{figure("saving-pct", Some(c.saving_share * 100.0), percent(c.saving_share))}{")"}</dd>
                <dt>{"Break-even workload"}</dt>
                <dd>{figure("break-even-hours", c.break_even_hours, c.break_even_hours.map(|h| format!("{} h/month", number(h, 0))).unwrap_or_else(|| "none".into()))}</dd>
                <dt>{"Month the cumulative costs cross"}</dt>
                <dd>{figure("crossing-month", c.crossing_month.map(f64::from), c.crossing_month.map(|m| format!("month {m}")).unwrap_or_else(|| "none".into()))}</dd>
                <dt>{"Paid but idle in-house hours"}</dt>
                <dd>{figure("idle-hours", Some(c.idle_hours_per_month), format!("{} h/month", number(c.idle_hours_per_month, 0)))}
                    {format!(" at {} FTE ({} productive h/month)", number(p.scenario.fte, 2), number(c.capacity_hours_per_month, 0))}</dd>
                if c.over_capacity_hours_per_month > 0.0 {
                    <dt>{"Hours the employee can't cover"}</dt>
                    <dd class="warn" id="over-capacity">{format!("{} h/month: raise the FTE", number(c.over_capacity_hours_per_month, 0))}</dd>
                }
            </dl>
        </section>
    }
}
