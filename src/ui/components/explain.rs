//! "How this is calculated": each formula in words with the current numbers.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::scenario::WEEKS_PER_MONTH;
use crate::model::{Comparison, Scenario};
use crate::ui::fmt::{number, Money};

#[derive(Properties, PartialEq)]
pub struct ExplainProps {
    pub comparison: Rc<Comparison>,
    pub scenario: Rc<Scenario>,
    pub money: Money,
}

#[component]
pub fn Explain(p: &ExplainProps) -> Html {
    let (c, s, m) = (&*p.comparison, &*p.scenario, &p.money);
    let pct = |f: f64| format!("{}%", number(f * 100.0, 1));
    let lines = [
        format!(
            "In-house per month = salary {} × FTE {} × (1 + on-costs {}) ÷ 12 + seats {} × {} people + supervision {} h/week × {} weeks/month × {}/h = {}.",
            m.whole(s.salary_per_year), number(s.fte, 2), pct(s.on_costs), m.whole(s.seat_per_month), c.headcount,
            number(s.supervision_hours_per_week, 1), number(WEEKS_PER_MONTH, 2), m.cents(s.manager_rate_per_hour), m.whole(c.in_house.monthly)
        ),
        format!(
            "In-house one-time = recruiting {} + equipment {} per person + {} onboarding weeks of loaded pay = {}.",
            m.whole(s.recruiting), m.whole(s.equipment_per_seat), number(s.onboarding_weeks, 1), m.whole(c.in_house.upfront)
        ),
        format!(
            "Outsourced per month = {} h × (1 + rework {}) × {}/h × (1 + fees {}) + management {} h/week × {} weeks/month × {}/h + tools {} = {}.",
            number(s.hours_per_month, 1), pct(s.rework), m.cents(s.rate_per_hour), pct(s.fees), number(s.mgmt_hours_per_week, 2),
            number(WEEKS_PER_MONTH, 2), m.cents(s.manager_rate_per_hour), m.whole(s.tooling_per_month), m.whole(c.outsourced.monthly)
        ),
        format!(
            "Outsourced one-time = onboarding {} h × {}/h + trial {} in month 1, and exit {} in month {}.",
            number(s.onboarding_hours, 1), m.cents(s.manager_rate_per_hour), m.whole(s.trial_cost), m.whole(s.exit_cost), c.months
        ),
        format!(
            "Totals = per month × {} months + one-time: in-house {}, outsourced {}. Per delivered hour = total ÷ ({} h × {} months), rework not counted as delivered.",
            c.months, m.whole(c.in_house.total), m.whole(c.outsourced.total), number(s.hours_per_month, 1), c.months
        ),
        format!(
            "Idle paid hours = capacity {} h/month ({} productive h/year × FTE ÷ 12) − needed {} h; the salary already pays for them, so they are not costed again.",
            number(c.capacity_hours_per_month, 1), number(s.productive_hours_per_year, 0), number(s.hours_per_month, 1)
        ),
        "Break-even = the hours per month at which the outsourced total equals the in-house total, with the employment fraction and management hours held fixed.".to_string(),
        format!(
            "Fair rate = the {} market rate {}/h × (1 + premium {}) = {}/h, up to the in-house monthly cost per productive hour, {}/h.",
            s.region.label(), m.cents(c.fair.market), pct(s.fair_premium), m.cents(c.fair.lower), m.cents(c.fair.upper)
        ),
        format!("Conventions: a year is 12 months and 52 weeks; amounts in {} at {} per US dollar.", s.currency.code(), number(s.fx, 4)),
    ];
    html! {
        <section class="card" aria-labelledby="explain-h">
            <details id="explain">
                <summary><h2 id="explain-h">{"How this is calculated"}</h2></summary>
                <ol>
                    for l in lines {
                        <li>{l}</li>
                    }
                </ol>
            </details>
        </section>
    }
}
