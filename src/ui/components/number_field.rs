//! A number input that keeps the text as typed and shows its error, its
//! default and the default's source beside it.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::model::data::Provenance;
use crate::model::form::Action;
use crate::model::i18n::{tr, trf};
use crate::model::text::{describe, format_unit, join_ranges};
use crate::model::Field;
use crate::ui::fmt::Money;

#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    /// The field this input edits (its id, label and help come from its spec).
    pub field: Field,
    pub text: AttrValue,
    /// The default, in the field's unit.
    pub default: f64,
    /// Where the default comes from.
    pub provenance: Provenance,
    pub money: Money,
    pub error: Option<AttrValue>,
    /// How an ambiguous entry was read.
    pub note: Option<AttrValue>,
    /// With a stable `on_action`, a field whose own props are unchanged is
    /// not re-rendered, and its help and source texts are not rewritten.
    pub on_action: Callback<Action>,
}

#[component]
pub fn NumberField(p: &NumberFieldProps) -> Html {
    let (field, on_action) = (p.field, p.on_action.clone());
    let oninput = Callback::from(move |e: InputEvent| {
        let input: HtmlInputElement = e.target_unchecked_into();
        on_action.emit(Action::Text(field, input.value()));
    });
    let spec = field.spec();
    let id = spec.key;
    let default_text = format_unit(spec.unit, p.default, &p.money);
    let help_id = format!("{id}-help");
    let err_id = format!("{id}-err");
    let described = if p.error.is_some() {
        format!("{err_id} {help_id}")
    } else {
        help_id.clone()
    };
    html! {
        <div class={classes!("field", p.error.as_ref().map(|_| "invalid"))}>
            <label for={id}>{tr(spec.label)}</label>
            <input {id} name={id} type="text" inputmode="decimal" autocomplete="off"
                value={p.text.clone()} placeholder={default_text.clone()} {oninput}
                aria-invalid={if p.error.is_some() { "true" } else { "false" }} aria-describedby={described} />
            if let Some(e) = &p.error {
                <p class="error" id={err_id}>{e}</p>
            }
            if let Some(n) = &p.note {
                <p class="note">{n}</p>
            }
            <p class="help" id={help_id}>{trf("{help} Default: {default}.", &[("help", &join_ranges(tr(spec.help))), ("default", &default_text)])}</p>
            <details class="source">
                <summary>{tr("Source")}</summary>
                <p>{join_ranges(&describe(&p.provenance))}</p>
            </details>
        </div>
    }
}
