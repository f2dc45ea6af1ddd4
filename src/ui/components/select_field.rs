//! A labelled `<select>`.

use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::model::form::Action;

#[derive(Properties)]
pub struct SelectFieldProps {
    pub id: &'static str,
    pub label: &'static str,
    /// (value, label) pairs.
    pub options: Rc<Vec<(&'static str, &'static str)>>,
    pub value: &'static str,
    /// The chosen value as an action; one per `id`, so not compared.
    pub make: fn(&str) -> Option<Action>,
    pub on_action: Callback<Action>,
}

impl PartialEq for SelectFieldProps {
    fn eq(&self, o: &Self) -> bool {
        (self.id, self.label, &self.options, self.value) == (o.id, o.label, &o.options, o.value)
            && self.on_action == o.on_action
    }
}

#[component]
pub fn SelectField(p: &SelectFieldProps) -> Html {
    let (make, on_action) = (p.make, p.on_action.clone());
    let onchange = Callback::from(move |e: Event| {
        let select: HtmlSelectElement = e.target_unchecked_into();
        if let Some(a) = make(&select.value()) {
            on_action.emit(a);
        }
    });
    // An option's `selected` attribute no longer moves a select the reader
    // has changed: a scenario opened, imported or undone sets its value.
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(p.value, move |v| {
            if let Some(select) = node.cast::<HtmlSelectElement>() {
                if select.value() != *v {
                    select.set_value(v);
                }
            }
        });
    }
    html! {
        <div class="field">
            <label for={p.id}>{p.label}</label>
            <select id={p.id} name={p.id} ref={node} {onchange}>
                for (value, label) in p.options.iter() {
                    <option value={*value} selected={*value == p.value}>{*label}</option>
                }
            </select>
        </div>
    }
}
