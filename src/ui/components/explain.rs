//! "How this is calculated": each formula in words with the current numbers
//! (the sentences are the model's, `text::explain_lines`).

use std::rc::Rc;

use yew::prelude::*;

use crate::model::text::explain_lines;
use crate::model::{Comparison, Scenario};
use crate::ui::fmt::Money;

#[derive(Properties, PartialEq)]
pub struct ExplainProps {
    pub comparison: Rc<Comparison>,
    pub scenario: Rc<Scenario>,
    pub money: Money,
}

#[component]
pub fn Explain(p: &ExplainProps) -> Html {
    let lines = explain_lines(&p.comparison, &p.scenario, &p.money);
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
