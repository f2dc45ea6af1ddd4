//! The readiness checklist: grouped questions, answers, score, to-do list.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::checklist::{gaps_closed, items, Answer, Answers, Severity, ITEMS};
use crate::model::cost::RateClass;
use crate::model::form::Action;
use crate::model::i18n::{tr, trf};
use crate::model::num::decimal;
use crate::model::verdict::{answer_effect, combined_verdict, percent, rate_hint, readiness_for};
use crate::model::{compare, Comparison, Inputs, ProviderKind};
use crate::ui::fmt::Money;
use crate::ui::sentence::tr_html;

use super::fold::Fold;

#[derive(Properties, PartialEq)]
pub struct ChecklistProps {
    pub inputs: Inputs,
    pub comparison: Rc<Comparison>,
    pub money: Money,
    pub on_action: Callback<Action>,
}

const CHOICES: [Answer; 4] = [Answer::Yes, Answer::Partly, Answer::No, Answer::NotSure];

fn question(
    index: usize,
    current: Answer,
    note: Option<&str>,
    provider: ProviderKind,
    on_action: &Callback<Action>,
) -> Html {
    let it = &items(provider)[index];
    let name = format!("q-{}", it.id);
    html! {
        <fieldset class={classes!("question", (it.severity == Severity::HardStop).then_some("hard-stop"))} id={format!("item-{}", it.id)}>
            <legend>{tr(it.question)}
                if it.severity == Severity::HardStop {
                    <span class="decisive">{tr("decisive")}</span>
                }
            </legend>
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
            if let Some(note) = note {
                <p class="answer-note" id={format!("note-{}", it.id)}>{note}</p>
            }
            <details class="why">
                <summary>{tr("Why it matters")}</summary>
                <p>{tr(it.why)}</p>
                <p>{tr_html("Next step: {step}", &[("step", html! { tr(it.next) })])}</p>
            </details>
        </fieldset>
    }
}

#[component]
pub fn Checklist(p: &ChecklistProps) -> Html {
    let answers = p.inputs.answers;
    let readiness = readiness_for(&answers, p.comparison.fair.class, p.comparison.provider);
    let closed_answers = gaps_closed(&answers);
    let closed = if closed_answers == answers {
        (*p.comparison).clone()
    } else {
        let mut i = p.inputs.clone();
        i.answers = closed_answers;
        compare(&i.resolve())
    };
    let verdict = combined_verdict(&p.comparison, &closed, &readiness, &p.money);
    let score = readiness
        .score
        .map(|s| percent(s, &p.money))
        .unwrap_or_else(|| tr("not answered yet").into());
    // Notes beside questions: what an answer does to the costs, and the rate
    // class the calculator found for the fair-rate question.
    let notes: Vec<(usize, String)> = (0..ITEMS.len())
        .filter_map(|i| answer_effect(&p.inputs, i, &p.money).map(|n| (i, n)))
        .collect();
    html! {
        <section class="card checklist" aria-labelledby="checklist-h">
            <h2 id="checklist-h">{tr("Are you ready to outsource it?")}</h2>
            <p class="hint">{tr("Never outsource what you don't understand. Answer what you can: the score counts every question, so unanswered ones earn nothing, but they never stop you. A “no” or “not sure” on a question marked “decisive” stops the verdict.")}</p>
            <p class="verdict" id="readiness-verdict" aria-live="polite">{verdict}</p>
            <p>{tr_html("Readiness: {score} ({answered} of {total} answered)", &[
                ("score", html! { <span id="readiness-score" data-value={readiness.score.map(|s| decimal(s * 100.0)).unwrap_or_default()}>{score}</span> }),
                ("answered", html! { readiness.answered.to_string() }),
                ("total", html! { ITEMS.len().to_string() }),
            ])}</p>
            if !readiness.todo.is_empty() {
                <h3>{tr("To do first")}</h3>
                <ol id="todo">
                    for t in readiness.todo.iter() {
                        <li class={classes!((t.severity == Severity::HardStop).then_some("stop"))} data-item={t.id}>{&t.text}</li>
                    }
                </ol>
            }
            <Questions {answers} provider={p.comparison.provider} rate_class={p.comparison.fair.class} fair_saves={p.comparison.fair.fair_saves()} notes={Rc::new(notes)} on_action={p.on_action.clone()} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct QuestionsProps {
    answers: Answers,
    provider: ProviderKind,
    rate_class: RateClass,
    fair_saves: bool,
    /// (item index, note) for answers that change the costs.
    notes: Rc<Vec<(usize, String)>>,
    on_action: Callback<Action>,
}

/// The questions, each group folded under a heading that says how far it is
/// answered: the checklist stays short on a phone, a group's questions are
/// built only while it is open, and print opens every fold.
#[component]
fn Questions(p: &QuestionsProps) -> Html {
    let mut groups: Vec<&'static str> = ITEMS.iter().map(|i| i.group).collect();
    groups.dedup();
    html! {
        for g in groups {
            {{
                let answered = ITEMS
                    .iter()
                    .zip(p.answers.0.iter())
                    .filter(|(i, a)| i.group == g && **a != Answer::Unanswered)
                    .count();
                let total = ITEMS.iter().filter(|i| i.group == g).count();
                let summary = html! {
                    <><h3>{tr(g)}</h3><span class="group-count">{trf("{answered} of {total} answered", &[("answered", &answered.to_string()), ("total", &total.to_string())])}</span></>
                };
                html! {
                    <Fold id={format!("group-{}", g.to_ascii_lowercase().replace(' ', "-"))} class={Some("fold group")} {summary}>
                        <Group group={g} answers={p.answers} provider={p.provider} rate_class={p.rate_class} fair_saves={p.fair_saves} notes={p.notes.clone()} on_action={p.on_action.clone()} />
                    </Fold>
                }
            }}
        }
    }
}

#[derive(Properties, PartialEq)]
struct GroupProps {
    group: &'static str,
    answers: Answers,
    provider: ProviderKind,
    rate_class: RateClass,
    fair_saves: bool,
    notes: Rc<Vec<(usize, String)>>,
    on_action: Callback<Action>,
}

/// One group's questions: they depend only on the answers and their notes,
/// so typing a number does not re-render the radio buttons.
#[component]
fn Group(p: &GroupProps) -> Html {
    let note = |i: usize| -> Option<String> {
        let effect = p
            .notes
            .iter()
            .find(|(j, _)| *j == i)
            .map(|(_, n)| n.clone());
        // Software has no rate: its plan question stands alone.
        if ITEMS[i].id == "fair-rate" && p.provider.bills_hours() {
            let hint = trf(
                "{hint} See the fair-rate band above.",
                &[("hint", rate_hint(p.rate_class, p.fair_saves))],
            );
            return Some(match effect {
                Some(e) => format!("{hint} {e}"),
                None => hint,
            });
        }
        effect
    };
    html! {
        for i in (0..ITEMS.len()).filter(|&i| ITEMS[i].group == p.group) {
            { question(i, p.answers.0[i], note(i).as_deref(), p.provider, &p.on_action) }
        }
    }
}
