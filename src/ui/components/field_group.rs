//! The number fields of one group, with defaults and sources from the model.

use std::rc::Rc;

use yew::prelude::*;

use super::number_field::NumberField;
use crate::model::data::{Basis, Provenance};
use crate::model::form::{Action, Form};
use crate::model::parse::Reading;
use crate::model::scenario::Unit;
use crate::model::Field;
use crate::ui::fmt::{number, Money};

#[derive(Properties, PartialEq)]
pub struct FieldGroupProps {
    pub fields: Vec<Field>,
    pub form: Rc<Form>,
    /// Default of every field, in typed units.
    pub defaults: Rc<Vec<f64>>,
    pub money: Money,
    pub on_action: Callback<Action>,
}

/// A value in a field's unit, for display.
pub fn format_unit(unit: Unit, v: f64, money: &Money) -> String {
    match unit {
        Unit::Money => money.whole(v),
        Unit::MoneyPerHour => format!("{}/h", money.cents(v)),
        Unit::Percent => format!("{}%", number(v, 1)),
        Unit::Hours => format!("{} h", number(v, 1)),
        Unit::Weeks => format!("{} weeks", number(v, 1)),
        Unit::Months => format!("{} months", number(v, 0)),
        Unit::Fte => number(v, 2),
        Unit::Rate => number(v, 4),
    }
}

/// "Sourced: OEWS24 (May 2024) — note" and the like.
pub fn describe(p: &Provenance) -> String {
    match p.basis {
        Basis::Sourced => format!("Sourced: {} ({}): {}.", p.key, p.year, p.note),
        Basis::Derived if p.key.is_empty() => format!("Derived: {}.", p.note),
        Basis::Derived => format!("Derived from {} ({}): {}.", p.key, p.year, p.note),
        Basis::Assumption => format!("Assumption: {}.", p.note),
    }
}

#[component]
pub fn FieldGroup(p: &FieldGroupProps) -> Html {
    let form = &p.form;
    html! {
        <div class="field-group">
            for f in p.fields.iter().copied() {
                {{
                    let spec = f.spec();
                    let default_text = format_unit(spec.unit, p.defaults[f as usize], &p.money);
                    let note = form.reading(f).map(|r| match r {
                        Reading::Thousands => "Read as thousands (for example 1.234 → 1234).",
                        Reading::Decimal => "Read as a decimal (for example 1.234 → 1.234).",
                    });
                    html! {
                        <NumberField key={spec.key} id={spec.key} label={spec.label} help={spec.help}
                            text={form.text(f).to_string()} {default_text}
                            source={describe(&form.inputs.provenance(f))}
                            error={form.error(f).map(|e| AttrValue::from(e.message(spec.unit)))}
                            note={note.map(AttrValue::from)}
                            field={f} on_action={p.on_action.clone()} />
                    }
                }}
            }
        </div>
    }
}
