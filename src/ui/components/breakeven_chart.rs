//! Cost over the horizon against hours per month: both lines, the crossing
//! and the current workload marked (inline SVG).

use std::rc::Rc;

use yew::prelude::*;

use crate::model::i18n::{tr, trf};
use crate::model::num;
use crate::ui::sentence::tr_html;

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
/// `0 0 W H` (written out: formatting an f64 would pull in core's float formatting).
const VIEW_BOX: &str = "0 0 320 170";
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
    let label = trf(
        "Line chart over 0 to {max} hours a month: in-house stays at {in_house}; outsourced rises from {from} to {to}. {crossing} Current workload {hours} hours.",
        &[
            ("max", &number(x_max, 0)),
            ("in_house", &p.money.whole(in_house)),
            ("from", &p.money.whole(fixed)),
            ("to", &p.money.whole(fixed + slope * x_max)),
            (
                "crossing",
                &match c.break_even_hours {
                    Some(h) => trf("They cross at {hours} hours a month.", &[("hours", &number(h, 0))]),
                    None => tr("They do not cross.").to_string(),
                },
            ),
            ("hours", &number(hours, 0)),
        ],
    );
    html! {
        <figure class="chart" id="breakeven-chart">
            <figcaption>{tr("Total cost against hours of work per month (employment fraction held)")}</figcaption>
            <svg viewBox={VIEW_BOX} role="img" aria-label={label}>
                <line class="axis-line" x1={num::fixed(x(0.0), 2)} y1={num::fixed(BOTTOM, 2)} x2={num::fixed(x(x_max), 2)} y2={num::fixed(BOTTOM, 2)} />
                <line class="line-in-house" x1={num::fixed(x(0.0), 2)} y1={num::fixed(y(in_house), 2)} x2={num::fixed(x(x_max), 2)} y2={num::fixed(y(in_house), 2)} />
                <line class="line-outsourced" x1={num::fixed(x(0.0), 2)} y1={num::fixed(y(fixed), 2)} x2={num::fixed(x(x_max), 2)} y2={num::fixed(y(fixed + slope * x_max), 2)} />
                <line class="marker-now" x1={num::fixed(x(hours), 2)} y1={num::fixed(TOP, 2)} x2={num::fixed(x(hours), 2)} y2={num::fixed(BOTTOM, 2)} />
                <text class="axis" x={num::fixed(x(hours) + 3.0, 2)} y={num::fixed(TOP + 8.0, 2)}>{trf("now {hours} h", &[("hours", &number(hours, 0))])}</text>
                if let Some(h) = c.break_even_hours {
                    <circle class="crossing" cx={num::fixed(x(h), 2)} cy={num::fixed(y(in_house), 2)} r="4" />
                }
                <text class="axis" x="4" y={num::fixed(H - 4.0, 2)}>{trf("{hours} h", &[("hours", "0")])}</text>
                <text class="axis" x={num::fixed(W - 4.0, 2)} y={num::fixed(H - 4.0, 2)} text-anchor="end">{trf("{hours} h/month", &[("hours", &number(x_max, 0))])}</text>
            </svg>
            <p class="key">{tr_html("{in_house} {outsourced} · dashed: your workload · dot: break-even", &[("in_house", html! { <span class="key-in-house">{"— "}{tr("in-house")}</span> }), ("outsourced", html! { <span class="key-outsourced">{"— "}{tr("outsourced")}</span> })])}</p>
        </figure>
    }
}
