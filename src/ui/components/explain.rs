//! "How this is calculated": each formula in words with the current numbers
//! (the sentences are the model's, `text::explain_lines`).

use std::rc::Rc;

use yew::prelude::*;

use crate::model::i18n::tr;
use crate::model::text::explain_lines;
use crate::model::{Comparison, Scenario};
use crate::ui::fmt::Money;

use super::fold::Fold;

#[derive(Properties, PartialEq)]
struct LinesProps {
    comparison: Rc<Comparison>,
    scenario: Rc<Scenario>,
    money: Money,
}

/// The section; its lines are written only while it is open. A plain
/// function, not a component: a component type of its own costs its copy of
/// Yew's lifecycle code (bytes, and functions to compile at start).
pub fn explain(comparison: &Rc<Comparison>, scenario: &Rc<Scenario>, money: &Money) -> Html {
    let summary = html! { <h2 id="explain-h">{tr("How this is calculated")}</h2> };
    html! {
        <section class="card" aria-labelledby="explain-h">
            <Fold id="explain" {summary}>
                <Lines comparison={comparison.clone()} scenario={scenario.clone()} money={money.clone()} />
            </Fold>
        </section>
    }
}

#[component]
fn Lines(p: &LinesProps) -> Html {
    let lines = explain_lines(&p.comparison, &p.scenario, &p.money);
    html! {
        <ol>
            for l in lines {
                <li>{l}</li>
            }
        </ol>
    }
}
