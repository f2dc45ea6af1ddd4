//! The number fields of one group, with defaults and sources from the model.

use std::rc::Rc;

use yew::prelude::*;

use super::number_field::NumberField;
use crate::model::form::{Action, Form};
use crate::model::text::reading_note;
use crate::model::Field;
use crate::ui::fmt::Money;

#[derive(Properties, PartialEq)]
pub struct FieldGroupProps {
    pub fields: Vec<Field>,
    pub form: Rc<Form>,
    /// Default of every field, in typed units.
    pub defaults: Rc<Vec<f64>>,
    pub money: Money,
    pub on_action: Callback<Action>,
}

#[component]
pub fn FieldGroup(p: &FieldGroupProps) -> Html {
    let form = &p.form;
    html! {
        <div class="field-group">
            for f in p.fields.iter().copied() {
                {{
                    let note = form.reading(f).map(|r| reading_note(r, form.decimal));
                    html! {
                        <NumberField key={f.spec().key} field={f} text={form.text(f).to_string()}
                            default={p.defaults[f as usize]} provenance={form.inputs.provenance(f)} money={p.money.clone()}
                            error={form.error(f).map(|e| AttrValue::from(e.message(f.spec().unit, &p.money)))}
                            note={note.map(AttrValue::from)}
                            on_action={p.on_action.clone()} />
                    }
                }}
            }
        </div>
    }
}
