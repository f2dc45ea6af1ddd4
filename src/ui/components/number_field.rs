//! A number input that keeps the text as typed and shows its error, its
//! default and the default's source beside it.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::model::form::Action;
use crate::model::Field;

#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    /// Element id (also the URL key).
    pub id: AttrValue,
    pub label: AttrValue,
    pub help: AttrValue,
    pub text: AttrValue,
    /// The default, formatted.
    pub default_text: AttrValue,
    pub source: AttrValue,
    pub error: Option<AttrValue>,
    /// How an ambiguous entry was read.
    pub note: Option<AttrValue>,
    /// The field this input edits; with a stable `on_action`, an untouched
    /// field's props compare equal and it is not re-rendered.
    pub field: Field,
    pub on_action: Callback<Action>,
}

#[component]
pub fn NumberField(p: &NumberFieldProps) -> Html {
    let (field, on_action) = (p.field, p.on_action.clone());
    let oninput = Callback::from(move |e: InputEvent| {
        let input: HtmlInputElement = e.target_unchecked_into();
        on_action.emit(Action::Text(field, input.value()));
    });
    let help_id = format!("{}-help", p.id);
    let err_id = format!("{}-err", p.id);
    let described = if p.error.is_some() {
        format!("{err_id} {help_id}")
    } else {
        help_id.clone()
    };
    html! {
        <div class={classes!("field", p.error.as_ref().map(|_| "invalid"))}>
            <label for={p.id.clone()}>{&p.label}</label>
            <input id={p.id.clone()} name={p.id.clone()} type="text" inputmode="decimal" autocomplete="off"
                value={p.text.clone()} placeholder={p.default_text.clone()} {oninput}
                aria-invalid={if p.error.is_some() { "true" } else { "false" }} aria-describedby={described} />
            if let Some(e) = &p.error {
                <p class="error" id={err_id}>{e}</p>
            }
            if let Some(n) = &p.note {
                <p class="note">{n}</p>
            }
            <p class="help" id={help_id}>{&p.help}{" Default: "}{&p.default_text}{"."}</p>
            <details class="source">
                <summary>{"Source"}</summary>
                <p>{&p.source}</p>
            </details>
        </div>
    }
}
