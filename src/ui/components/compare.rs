//! Options side by side: a card per option (stacked on a phone), a chart of
//! their totals with their ranges, and the buttons to add, open, rename,
//! move and remove them. A plain function: the figures are made once per
//! change of the options (`model::choices::board`, memoised by the page).

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::model::choices::{Board, Row, Side, MAX_CHOICES};
use crate::model::form::Action;
use crate::model::i18n::{tr, trf};
use crate::model::num::fixed;
use crate::model::ProviderKind;
use crate::ui::fmt::{percent_of, Money};

const W: f64 = 320.0;
const ROW_H: f64 = 34.0;

/// One bar of the chart.
#[inline(never)]
fn bar(n: usize, r: &Row, (total, low, high): (f64, f64, f64), cheapest: bool, scale: f64) -> Html {
    let y = ROW_H * n as f64;
    html! {
        <g>
            <text x="0" y={fixed(y + 11.0, 2)} class="axis">{format!("{}. {}", n + 1, r.name)}</text>
            <rect x="0" y={fixed(y + 15.0, 2)} width={fixed(total.max(0.0) * scale, 2)} height="12"
                class={if cheapest { "seg seg-1" } else { "seg seg-0" }} />
            <line x1={fixed(low.max(0.0) * scale, 2)} x2={fixed(high.max(0.0) * scale, 2)}
                y1={fixed(y + 21.0, 2)} y2={fixed(y + 21.0, 2)} class="whisker" />
        </g>
    }
}

/// The chart: each option's total as a bar, its range as a line across it
/// (per month when the horizons differ, as the options are ranked).
fn chart(board: &Board, money: &Money) -> Html {
    let m = |r: &Row| r.measure(board.per_month);
    let max = board
        .rows
        .iter()
        .map(|r| m(r).2.max(m(r).0))
        .fold(1.0, f64::max);
    let scale = W / max;
    let h = ROW_H * board.rows.len() as f64;
    let label = board
        .rows
        .iter()
        .enumerate()
        .map(|(n, r)| {
            trf(
                "{n}. {name}: {total} ({low} to {high})",
                &[
                    ("n", &(n + 1).to_string()),
                    ("name", &r.name),
                    ("total", &money.whole(m(r).0)),
                    ("low", &money.whole(m(r).1)),
                    ("high", &money.whole(m(r).2)),
                ],
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    html! {
        <figure class="chart" id="compare-chart">
            <figcaption>{if board.per_month { tr("Cost per month of each option, with its range") } else { tr("Total of each option, with its range") }}</figcaption>
            <svg viewBox={format!("0 0 320 {}", fixed(h, 0))} role="img" aria-label={label}>
                for (n, r) in board.rows.iter().enumerate() {
                    { bar(n, r, m(r), board.cheapest == Some(n), scale) }
                }
            </svg>
        </figure>
    }
}

fn readiness_words(r: &Row) -> String {
    match (r.side, r.readiness) {
        (Side::Hire, _) => tr("Readiness: the checklist is for outsourcing, not a hire.").into(),
        (_, None) => tr("Readiness: checklist not answered.").into(),
        (_, Some((score, 0))) => trf(
            "Readiness: {score}.",
            &[("score", &percent_of(score * 100.0, 0))],
        ),
        (_, Some((score, stops))) => trf(
            "Readiness: {score}; decisive questions not met: {stops}.",
            &[
                ("score", &percent_of(score * 100.0, 0)),
                ("stops", &stops.to_string()),
            ],
        ),
    }
}

fn difference_words(r: &Row, per_month: bool, money: &Money) -> String {
    match r.difference {
        None => tr("The others are set against this one.").into(),
        Some(d) => {
            let a = money.whole(d.abs());
            let amount = [("amount", a.as_str())];
            match (d >= 0.0, per_month) {
                (true, false) => trf("{amount} more than option 1.", &amount),
                (false, false) => trf("{amount} less than option 1.", &amount),
                (true, true) => trf("{amount} a month more than option 1.", &amount),
                (false, true) => trf("{amount} a month less than option 1.", &amount),
            }
        }
    }
}

fn kind_words(r: &Row) -> &'static str {
    match (r.side, r.provider) {
        (Side::Hire, _) => tr("In-house hire"),
        (Side::Outsource, ProviderKind::Freelancer) => tr("Freelancer"),
        (Side::Outsource, ProviderKind::Agency) => tr("Agency"),
        (Side::Outsource, ProviderKind::Software) => tr("Software subscription"),
    }
}

/// A figure of a card: its term and its value.
#[inline(never)]
fn fact(term: String, value: String, class: &'static str) -> Html {
    html! { <><dt>{term}</dt><dd class={(!class.is_empty()).then_some(class)}>{value}</dd></> }
}

/// A card's button, marked by `data` (`data-open`, …) for tests and styles.
#[inline(never)]
fn button(
    data: &'static str,
    label: &'static str,
    of: AttrValue,
    onclick: Callback<MouseEvent>,
) -> Html {
    let mark = |d: &str| (d == data).then_some("");
    html! {
        <button type="button" class="secondary" data-open={mark("data-open")} data-front={mark("data-front")}
            data-remove={mark("data-remove")} aria-describedby={of} {onclick}>{label}</button>
    }
}

#[inline(never)]
fn card(
    n: usize,
    r: &Row,
    board: &Board,
    editing: bool,
    embed: bool,
    money: &Money,
    on_action: &Callback<Action>,
) -> Html {
    let cheapest = board.cheapest == Some(n);
    let rename = on_action.reform(move |e: Event| {
        let input: HtmlInputElement = e.target_unchecked_into();
        Action::RenameChoice(n, input.value())
    });
    let name_id = format!("compare-name-{}", n + 1);
    // The card's heading names what its buttons act on.
    let of = AttrValue::from(format!("compare-h-{}", n + 1));
    html! {
        <li class={classes!("compare-card", cheapest.then_some("cheapest"), editing.then_some("editing"))}
            data-option={(n + 1).to_string()} data-total={fixed(r.total, 2)}>
            <h3 id={of.clone()}><span class="name">{format!("{}. {}", n + 1, r.name)}</span>
                if cheapest { <span class="flag">{tr("Cheapest")}</span> }
            </h3>
            <p class="hint">{kind_words(r)}
                if editing { {" · "}{tr("on screen: your changes go into this option")} }
            </p>
            <dl>
                { fact(trf("Total over {months} months", &[("months", &r.months.to_string())]), money.whole(r.total), "total") }
                { fact(tr("Per month").into(), money.whole(r.per_month), "") }
                { fact(tr("Per delivered hour").into(), money.cents(r.per_hour), "") }
                { fact(tr("Range").into(), trf("{low} to {high}", &[("low", &money.whole(r.low)), ("high", &money.whole(r.high))]), "") }
            </dl>
            <p class="difference">{difference_words(r, board.per_month, money)}</p>
            <p class="readiness">{readiness_words(r)}</p>
            if !embed {
                <div class="field">
                    <label for={name_id.clone()}>{trf("Name of option {n}", &[("n", &(n + 1).to_string())])}</label>
                    <input id={name_id} type="text" data-name="" value={r.name.clone()} maxlength="60" autocomplete="off" onchange={rename} />
                </div>
                <div class="buttons">
                    if !editing {
                        { button("data-open", tr("Open to edit"), of.clone(), on_action.reform(move |_| Action::OpenChoice(n))) }
                    }
                    if n > 0 {
                        { button("data-front", tr("Move to front"), of.clone(), on_action.reform(move |_| Action::FrontChoice(n))) }
                    }
                    { button("data-remove", tr("Remove"), of.clone(), on_action.reform(move |_| Action::RemoveChoice(n))) }
                </div>
            }
        </li>
    }
}

/// The comparison section. `editing`: the option on screen.
#[inline(never)]
pub fn compare_section(
    board: &Board,
    editing: Option<usize>,
    embed: bool,
    on_action: &Callback<Action>,
) -> Html {
    let money = Money::new(
        board
            .rows
            .first()
            .map_or_else(|| crate::model::data::Currency::Usd, |r| r.currency),
    );
    let full = board.rows.len() >= MAX_CHOICES;
    // No options yet: one button under the results, no card (the first
    // visit's page stays as long as it was: seven screens on a phone).
    if board.rows.is_empty() {
        return html! {
            <div class="compare empty" id="compare">
                <button type="button" id="compare-add" class="secondary" title={tr("Keep the scenario on screen as an option, change what you want to weigh against it (the region, the provider type, the hours of a hire) and add it again: up to four options side by side.")}
                    onclick={on_action.reform(|_| Action::AddChoice(Side::Outsource))}>{tr("Add to comparison")}</button>
            </div>
        };
    }
    html! {
        <section class="card compare" id="compare" aria-labelledby="compare-h">
            <h2 id="compare-h">{tr("Compare options")}</h2>
            if board.rows.len() == 1 && !embed {
                <p class="hint">{tr("Keep the scenario on screen as an option, change what you want to weigh against it (the region, the provider type, the hours of a hire) and add it again: up to four options side by side.")}</p>
            }
            if !embed {
                <div class="buttons">
                    <button type="button" id="compare-add" disabled={full} onclick={on_action.reform(|_| Action::AddChoice(Side::Outsource))}>{tr("Add to comparison")}</button>
                    <button type="button" id="compare-add-hire" class="secondary" disabled={full} onclick={on_action.reform(|_| Action::AddChoice(Side::Hire))}>{tr("Add the in-house hire")}</button>
                    if editing.is_some() {
                        <button type="button" id="compare-stop" class="secondary" onclick={on_action.reform(|_| Action::StopEditing)}>{tr("Stop editing the option")}</button>
                    }
                </div>
                if full {
                    <p class="hint">{tr("Four options is the most: remove one to add another.")}</p>
                }
            }
            <p id="compare-verdict">
                if let Some(c) = board.cheapest {
                    {trf("Cheapest on cost: {name}.", &[("name", &board.rows[c].name)])}
                    if board.too_close { {" "}{tr("Too close to call on cost: decide on readiness.")} }
                }
                if board.per_month { {" "}{tr("The options run over different horizons, so they are set against each other per month.")} }
            </p>
            { chart(board, &money) }
            <ol class="compare-cards" role="list">
                for (n, r) in board.rows.iter().enumerate() {
                    { card(n, r, board, editing == Some(n), embed, &money, on_action) }
                }
            </ol>
        </section>
    }
}
