//! The readiness checklist: grouped questions, answers, score, to-do list.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::checklist::{assess, Answer, Answers, Severity, ITEMS};
use crate::model::form::Action;
use crate::model::num::decimal;
use crate::model::verdict::{combined_verdict, percent};
use crate::model::Comparison;
use crate::ui::fmt::Money;

#[derive(Properties, PartialEq)]
pub struct ChecklistProps {
    pub answers: Answers,
    pub comparison: Rc<Comparison>,
    pub money: Money,
    pub on_action: Callback<Action>,
}

const CHOICES: [Answer; 4] = [Answer::Yes, Answer::Partly, Answer::No, Answer::NotSure];

fn question(index: usize, current: Answer, on_action: &Callback<Action>) -> Html {
    let it = &ITEMS[index];
    let name = format!("q-{}", it.id);
    html! {
        <fieldset class={classes!("question", (it.severity == Severity::HardStop).then_some("hard-stop"))} id={format!("item-{}", it.id)}>
            <legend>{it.question}</legend>
            <div class="choices">
                for a in CHOICES {
                    {{
                        let cb = on_action.clone();
                        let id = format!("{name}-{}", a.code());
                        html! {
                            <label class="choice" for={id.clone()}>
                                <input type="radio" id={id} name={name.clone()} value={a.code().to_string()} checked={current == a}
                                    onchange={move |_| cb.emit(Action::Answer(index, a))} />
                                {a.label()}
                            </label>
                        }
                    }}
                }
            </div>
            <details class="why">
                <summary>{"Why it matters"}</summary>
                <p>{it.why}</p>
                <p><strong>{"Next step: "}</strong>{it.next}</p>
            </details>
        </fieldset>
    }
}

#[component]
pub fn Checklist(p: &ChecklistProps) -> Html {
    let readiness = assess(&p.answers);
    let verdict = combined_verdict(&p.comparison, &readiness, &p.money);
    let score = readiness
        .score
        .map(percent)
        .unwrap_or_else(|| "not answered yet".into());
    html! {
        <section class="card checklist" aria-labelledby="checklist-h">
            <h2 id="checklist-h">{"Are you ready to outsource it?"}</h2>
            <p class="hint">{"Never outsource what you don't understand. Answer what you can; unanswered questions don't count either way."}</p>
            <p class="verdict" id="readiness-verdict" aria-live="polite">{verdict}</p>
            <p>{"Readiness: "}<span id="readiness-score" data-value={readiness.score.map(|s| decimal(s * 100.0)).unwrap_or_default()}>{score}</span>
                {format!(" ({} of {} answered)", readiness.answered, ITEMS.len())}</p>
            if !readiness.todo.is_empty() {
                <h3>{"To do first"}</h3>
                <ol id="todo">
                    for t in readiness.todo.iter() {
                        <li class={classes!((t.severity == Severity::HardStop).then_some("stop"))} data-item={t.id}>{&t.text}</li>
                    }
                </ol>
            }
            <Questions answers={p.answers} on_action={p.on_action.clone()} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct QuestionsProps {
    answers: Answers,
    on_action: Callback<Action>,
}

/// The questions alone: they depend only on the answers, so typing a number
/// does not re-render the 76 radio buttons.
#[component]
fn Questions(p: &QuestionsProps) -> Html {
    let mut groups: Vec<&'static str> = ITEMS.iter().map(|i| i.group).collect();
    groups.dedup();
    html! {
        for g in groups {
            <h3>{g}</h3>
            for i in (0..ITEMS.len()).filter(|i| ITEMS[*i].group == g) {
                { question(i, p.answers.0[i], &p.on_action) }
            }
        }
    }
}
