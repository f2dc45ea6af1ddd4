//! Stacked bars of each side's line items over the horizon (inline SVG).

use std::rc::Rc;

use yew::prelude::*;

use crate::model::cost::LineItem;
use crate::model::i18n::{tr, trf};
use crate::model::num::fixed;
use crate::model::Comparison;
use crate::ui::fmt::Money;

#[derive(Properties, PartialEq)]
pub struct BreakdownChartProps {
    pub comparison: Rc<Comparison>,
    pub money: Money,
}

const W: f64 = 320.0;
/// `0 0 W H` (written out: formatting an f64 would pull in core's float formatting).
const VIEW_BOX: &str = "0 0 320 92";
const BAR: f64 = 28.0;

fn bar(y: f64, items: &[LineItem], scale: f64) -> Html {
    let mut x = 0.0;
    html! {
        <g>
            for (n, it) in items.iter().enumerate().filter(|(_, i)| i.total > 0.0) {
                {{
                    let w = it.total * scale;
                    let rect = html! { <rect x={fixed(x, 2)} y={fixed(y, 2)} width={fixed(w, 2)} height={fixed(BAR, 2)} class={format!("seg seg-{}", n % 8)} /> };
                    x += w;
                    rect
                }}
            }
        </g>
    }
}

fn legend(title: &str, items: &[LineItem], money: &Money) -> Html {
    html! {
        <div class="legend">
            <h3 class="legend-h">{title}</h3>
            <ul>
                for (n, it) in items.iter().enumerate().filter(|(_, i)| i.total > 0.0) {
                    <li><span class={format!("swatch seg-{}", n % 8)} aria-hidden="true"></span>{trf("{label}: {amount}", &[("label", it.label), ("amount", &money.whole(it.total))])}</li>
                }
            </ul>
        </div>
    }
}

#[component]
pub fn BreakdownChart(p: &BreakdownChartProps) -> Html {
    let c = &*p.comparison;
    let max = c.in_house.total.max(c.outsourced.total).max(1.0);
    let scale = W / max;
    let label = trf(
        "Stacked bars: in-house {in_house} against outsourced {outsourced} over the horizon; the lists below give each part.",
        &[
            ("in_house", &p.money.whole(c.in_house.total)),
            ("outsourced", &p.money.whole(c.outsourced.total)),
        ],
    );
    html! {
        <figure class="chart" id="breakdown-chart">
            <figcaption>{tr("What each side's total is made of")}</figcaption>
            <svg viewBox={VIEW_BOX} role="img" aria-label={label}>
                <text x="0" y="12" class="axis">{tr("In-house")}</text>
                { bar(16.0, &c.in_house.items, scale) }
                <text x="0" y="60" class="axis">{tr("Outsourced")}</text>
                { bar(64.0, &c.outsourced.items, scale) }
            </svg>
            <div class="legends">
                { legend(tr("In-house"), &c.in_house.items, &p.money) }
                { legend(tr("Outsourced"), &c.outsourced.items, &p.money) }
            </div>
        </figure>
    }
}
