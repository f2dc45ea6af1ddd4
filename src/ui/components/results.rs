//! Headline figures, each with a stable id and its raw number in `data-value`.

use std::rc::Rc;

use yew::prelude::*;

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

#[component]
pub fn Results(p: &ResultsProps) -> Html {
    let c = &*p.comparison;
    let m = &p.money;
    let money = |v: f64| m.whole(v);
    let verdict = cost_verdict(c, &money);
    let months = c.months;
    html! {
        <section class="card results" aria-labelledby="results-h">
            <h2 id="results-h">{format!("Cost over {months} months")}</h2>
            <p class="verdict" id="verdict" aria-live="polite">{verdict}</p>
            if p.stale {
                <p class="stale">{"Showing the last valid result: fix the flagged field to update it."}</p>
            }
            <div class="sides">
                <div class="side in-house">
                    <h3>{"In-house"}</h3>
                    <p class="total">{figure("total-in-house", Some(c.in_house.total), m.whole(c.in_house.total))}</p>
                    <p>{figure("month-in-house", Some(c.in_house.per_month), m.whole(c.in_house.per_month))}{" per month"}</p>
                    <p>{figure("hour-in-house", Some(c.in_house.per_delivered_hour), m.cents(c.in_house.per_delivered_hour))}{" per delivered hour"}</p>
                </div>
                <div class="side outsourced">
                    <h3>{"Outsourced"}</h3>
                    <p class="total">{figure("total-outsourced", Some(c.outsourced.total), m.whole(c.outsourced.total))}</p>
                    <p>{figure("month-outsourced", Some(c.outsourced.per_month), m.whole(c.outsourced.per_month))}{" per month"}</p>
                    <p>{figure("hour-outsourced", Some(c.outsourced.per_delivered_hour), m.cents(c.outsourced.per_delivered_hour))}{" per delivered hour"}</p>
                </div>
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
