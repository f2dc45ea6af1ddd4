//! Cost over the horizon against hours per month: both lines, the crossing
//! and the current workload marked (inline SVG).

use std::rc::Rc;

use yew::prelude::*;

use crate::model::cost::outsourced_line;
use crate::model::{Comparison, Scenario};
use crate::ui::fmt::{number, Money};

#[derive(Properties, PartialEq)]
pub struct BreakevenChartProps {
    pub comparison: Rc<Comparison>,
    pub scenario: Rc<Scenario>,
    pub money: Money,
}

const W: f64 = 320.0;
const H: f64 = 170.0;
const LEFT: f64 = 4.0;
const BOTTOM: f64 = 150.0;
const TOP: f64 = 12.0;

#[component]
pub fn BreakevenChart(p: &BreakevenChartProps) -> Html {
    let c = &*p.comparison;
    let s = &*p.scenario;
    let (fixed, slope) = outsourced_line(s);
    let in_house = c.in_house.total;
    let hours = s.hours_per_month;
    let x_max = (hours * 2.0)
        .max(c.break_even_hours.unwrap_or(0.0) * 1.25)
        .max(10.0);
    let y_max = in_house.max(fixed + slope * x_max).max(1.0) * 1.08;
    let x = |h: f64| LEFT + (W - LEFT - 4.0) * h / x_max;
    let y = |v: f64| BOTTOM - (BOTTOM - TOP) * v / y_max;
    let label = format!(
        "Line chart over 0 to {} hours a month: in-house stays at {}; outsourced rises from {} to {}. {} Current workload {} hours.",
        number(x_max, 0),
        p.money.whole(in_house),
        p.money.whole(fixed),
        p.money.whole(fixed + slope * x_max),
        match c.break_even_hours {
            Some(h) => format!("They cross at {} hours a month.", number(h, 0)),
            None => "They do not cross.".to_string(),
        },
        number(hours, 0)
    );
    html! {
        <figure class="chart" id="breakeven-chart">
            <figcaption>{"Total cost against hours of work per month (employment fraction held)"}</figcaption>
            <svg viewBox={format!("0 0 {W} {H}")} role="img" aria-label={label}>
                <line class="axis-line" x1={x(0.0).to_string()} y1={BOTTOM.to_string()} x2={x(x_max).to_string()} y2={BOTTOM.to_string()} />
                <line class="line-in-house" x1={x(0.0).to_string()} y1={y(in_house).to_string()} x2={x(x_max).to_string()} y2={y(in_house).to_string()} />
                <line class="line-outsourced" x1={x(0.0).to_string()} y1={y(fixed).to_string()} x2={x(x_max).to_string()} y2={y(fixed + slope * x_max).to_string()} />
                <line class="marker-now" x1={x(hours).to_string()} y1={TOP.to_string()} x2={x(hours).to_string()} y2={BOTTOM.to_string()} />
                <text class="axis" x={(x(hours) + 3.0).to_string()} y={(TOP + 8.0).to_string()}>{format!("now {} h", number(hours, 0))}</text>
                if let Some(h) = c.break_even_hours {
                    <circle class="crossing" cx={x(h).to_string()} cy={y(in_house).to_string()} r="4" />
                }
                <text class="axis" x="4" y={(H - 4.0).to_string()}>{"0 h"}</text>
                <text class="axis" x={(W - 4.0).to_string()} y={(H - 4.0).to_string()} text-anchor="end">{format!("{} h/month", number(x_max, 0))}</text>
            </svg>
            <p class="key"><span class="key-in-house">{"— in-house"}</span>{" "}<span class="key-outsourced">{"— outsourced"}</span>{" · dashed: your workload · dot: break-even"}</p>
        </figure>
    }
}
