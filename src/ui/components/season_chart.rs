//! Month by month: the hours the work needs against the hours paid
//! in-house (inline SVG), so idle months and overtime show. Shown only
//! when the workload varies, inside a fold.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::i18n::{tr, trf};
use crate::model::num::fixed;
use crate::model::Comparison;
use crate::ui::fmt::number;

#[derive(Properties, PartialEq)]
pub struct SeasonChartProps {
    pub comparison: Rc<Comparison>,
}

const W: f64 = 320.0;
const H: f64 = 100.0;
/// `0 0 W H` (written out: no float formatting in the wasm).
const VIEW_BOX: &str = "0 0 320 100";

#[component]
pub fn SeasonChart(p: &SeasonChartProps) -> Html {
    let months = &p.comparison.schedule;
    let n = months.len().max(1) as f64;
    let top = months
        .iter()
        .map(|m| m.hours.max(m.paid_hours))
        .fold(1.0, f64::max);
    let (slot, scale) = (W / n, H / top);
    let idle: f64 = months
        .iter()
        .map(|m| (m.paid_hours - m.hours).max(0.0))
        .sum();
    let extra: f64 = months.iter().map(|m| m.overtime_hours + m.temp_hours).sum();
    let label = trf(
        "Bars: the hours each month needs against the hours paid in-house over {months} months: {idle} paid hours idle, {extra} hours of overtime or temporary work.",
        &[
            ("months", &months.len().to_string()),
            ("idle", &number(idle, 0)),
            ("extra", &number(extra, 0)),
        ],
    );
    html! {
        <figure class="chart" id="season-chart">
            <figcaption>{tr("Hours needed and hours paid in-house, month by month")}</figcaption>
            <svg viewBox={VIEW_BOX} role="img" aria-label={label}>
                for (k, m) in months.iter().enumerate() {
                    {{
                        let x = k as f64 * slot;
                        let paid = m.paid_hours * scale;
                        let need = m.hours * scale;
                        html! {
                            <g>
                                <rect x={fixed(x, 2)} y={fixed(H - paid, 2)} width={fixed(slot * 0.9, 2)} height={fixed(paid, 2)} class="seg seg-1" />
                                <rect x={fixed(x + slot * 0.2, 2)} y={fixed(H - need, 2)} width={fixed(slot * 0.5, 2)} height={fixed(need, 2)} class="seg seg-0" />
                            </g>
                        }
                    }}
                }
            </svg>
            <ul class="legend">
                <li><span class="swatch seg-0" aria-hidden="true"></span>{tr("Hours needed")}</li>
                <li><span class="swatch seg-1" aria-hidden="true"></span>{tr("Hours paid in-house")}</li>
            </ul>
        </figure>
    }
}
