//! The fair-rate band with the entered rate placed on it, and the model's
//! sentence about it.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::i18n::tr;
use crate::model::num;
use crate::model::verdict::rate_scale_label;
use crate::model::{Comparison, Scenario};
use crate::ui::fmt::Money;
use crate::ui::sentence::tr_html;

#[derive(Properties, PartialEq)]
pub struct FairBandProps {
    pub comparison: Rc<Comparison>,
    pub scenario: Rc<Scenario>,
    pub money: Money,
}

const W: f64 = 320.0;
/// `0 0 W H` (written out: formatting an f64 would pull in core's float formatting).
const VIEW_BOX: &str = "0 0 320 56";

#[component]
pub fn FairBandView(p: &FairBandProps) -> Html {
    // Software bills no hours: no band to draw.
    if !p.comparison.provider.bills_hours() {
        return Html::default();
    }
    let b = &p.comparison.fair;
    let m = &p.money;
    // The scale shows the market, the fair band and your rate; a break-even
    // rate far above them is clipped at the right edge rather than squashing them.
    let near = b.entered.max(b.market_high).max(b.fair_high).max(1.0);
    let shows_break_even = b.break_even.is_finite() && b.break_even > 0.0;
    let max = if shows_break_even {
        b.break_even.min(near * 2.0).max(near)
    } else {
        near
    } * 1.1;
    let x = |v: f64| 4.0 + (W - 8.0) * crate::model::num::clamp(v / max, 0.0, 1.0);
    let region = p.scenario.region;
    let label = rate_scale_label(b, region, m);
    html! {
        <figure class="chart" id="fair-band">
            <figcaption>{tr("Fair hourly rate, as billed")}</figcaption>
            <svg viewBox={VIEW_BOX} role="img" aria-label={label}>
                <rect class="band-market" x={num::fixed(x(b.market_low), 2)} y="10" width={num::fixed((x(b.market_high) - x(b.market_low)).max(1.0), 2)} height="12" />
                <rect class="band-fair" x={num::fixed(x(b.fair_low), 2)} y="26" width={num::fixed((x(b.fair_high) - x(b.fair_low)).max(1.0), 2)} height="12" />
                if shows_break_even {
                    <line class="marker-breakeven" x1={num::fixed(x(b.break_even), 2)} y1="4" x2={num::fixed(x(b.break_even), 2)} y2="44" />
                }
                <line class="marker-rate" x1={num::fixed(x(b.entered), 2)} y1="4" x2={num::fixed(x(b.entered), 2)} y2="44" />
                <text class="axis" x="4" y="54">{"0"}</text>
                <text class="axis" x={num::fixed(W - 4.0, 2)} y="54" text-anchor="end">{m.whole(max)}</text>
            </svg>
            <p class="key">{tr_html("{market} {fair} (the market rate up to a little above it) · dashed line: the break-even rate, where outsourcing stops saving · solid line: your rate", &[("market", html! { <span class="key-market">{tr("■ market range")}</span> }), ("fair", html! { <span class="key-fair">{tr("■ fair band")}</span> })])}</p>
        </figure>
    }
}
