//! Which uncertain inputs move the saving most: one bar per input from the
//! saving at its low to the saving at its high, around the headline (SVG).

use std::rc::Rc;

use yew::prelude::*;

use crate::model::i18n::{tr, trf};
use crate::model::num::fixed;
use crate::model::outcomes::Outcomes;
use crate::model::text::{format_unit, join_ranges};
use crate::model::verdict::{capitalise, short_label};
use crate::ui::fmt::Money;
use crate::ui::sentence::tr_html;

#[derive(Properties, PartialEq)]
pub struct TornadoProps {
    pub outcomes: Rc<Outcomes>,
    pub money: Money,
}

const W: f64 = 320.0;
const ROW: f64 = 30.0;
/// Bars shown: the rest move the saving too little to read on a phone.
const SHOWN: usize = 8;

#[component]
pub fn Tornado(p: &TornadoProps) -> Html {
    let o = &*p.outcomes;
    let m = &p.money;
    let bars: Vec<_> = o.bars.iter().take(SHOWN).collect();
    if bars.is_empty() {
        return html! {};
    }
    let lo = bars
        .iter()
        .map(|b| b.saving_at_low.min(b.saving_at_high))
        .fold(o.saving, f64::min);
    let hi = bars
        .iter()
        .map(|b| b.saving_at_low.max(b.saving_at_high))
        .fold(o.saving, f64::max);
    let span = (hi - lo).max(1.0);
    let x = |v: f64| 4.0 + (W - 8.0) * crate::model::num::clamp((v - lo) / span, 0.0, 1.0);
    let height = ROW * bars.len() as f64 + 16.0;
    let view_box = format!("0 0 320 {}", fixed(height, 0));
    let centre = x(o.saving);
    let label_text = trf(
        "Saving from {low} to {high}; the inputs that move it most: {inputs}.",
        &[
            ("low", &m.whole(o.low)),
            ("high", &m.whole(o.high)),
            (
                "inputs",
                &bars
                    .iter()
                    .take(3)
                    .map(|b| short_label(b.field))
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
        ],
    );
    html! {
        <figure class="chart" id="tornado">
            <figcaption>{tr("What moves the saving most")}</figcaption>
            <svg viewBox={view_box} role="img" aria-label={label_text}>
                for (n, b) in bars.iter().enumerate() {
                    {{
                        let y = ROW * n as f64;
                        let unit = b.field.spec().unit;
                        let (worse, better) = if b.saving_at_low <= b.saving_at_high {
                            (b.saving_at_low, b.saving_at_high)
                        } else {
                            (b.saving_at_high, b.saving_at_low)
                        };
                        let text = trf(
                            "{input}: {low} to {high}",
                            &[
                                ("input", &capitalise(short_label(b.field))),
                                ("low", &format_unit(unit, b.low, m)),
                                ("high", &format_unit(unit, b.high, m)),
                            ],
                        );
                        html! {
                            <g>
                                <text class="axis" x="4" y={fixed(y + 10.0, 2)}>{text}</text>
                                <rect class="tor-worse" x={fixed(x(worse), 2)} y={fixed(y + 13.0, 2)} width={fixed((centre - x(worse)).max(0.5), 2)} height="12" />
                                <rect class="tor-better" x={fixed(centre, 2)} y={fixed(y + 13.0, 2)} width={fixed((x(better) - centre).max(0.5), 2)} height="12" />
                                <line class="marker-now" x1={fixed(centre, 2)} y1={fixed(y + 11.0, 2)} x2={fixed(centre, 2)} y2={fixed(y + 27.0, 2)} />
                            </g>
                        }
                    }}
                }
                <text class="axis" x="4" y={fixed(height - 2.0, 2)}>{m.whole(lo)}</text>
                <text class="axis" x={fixed(W - 4.0, 2)} y={fixed(height - 2.0, 2)} text-anchor="end">{m.whole(hi)}</text>
            </svg>
            <p class="key">{tr_html("{worse} {better} · dashed line: the saving shown above", &[("worse", html! { <span class="key-worse">{tr("■ lowers the saving")}</span> }), ("better", html! { <span class="key-better">{tr("■ raises it")}</span> })])}</p>
            <details class="why">
                <summary>{tr("Where the lows and highs come from")}</summary>
                <ul>
                    for b in o.bars.iter() {
                        <li>{trf("{input}: {why}.", &[("input", &capitalise(short_label(b.field))), ("why", &join_ranges(tr(b.why)))])}</li>
                    }
                </ul>
            </details>
        </figure>
    }
}
