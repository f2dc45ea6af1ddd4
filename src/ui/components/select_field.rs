//! A labelled `<select>`.

use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SelectFieldProps {
    pub id: &'static str,
    pub label: &'static str,
    /// (value, label) pairs.
    pub options: Rc<Vec<(&'static str, &'static str)>>,
    pub value: &'static str,
    pub on_change: Callback<String>,
}

#[component]
pub fn SelectField(p: &SelectFieldProps) -> Html {
    let on_change = p.on_change.clone();
    let onchange = Callback::from(move |e: Event| {
        let select: HtmlSelectElement = e.target_unchecked_into();
        on_change.emit(select.value());
    });
    html! {
        <div class="field">
            <label for={p.id}>{p.label}</label>
            <select id={p.id} name={p.id} {onchange}>
                for (value, label) in p.options.iter() {
                    <option value={*value} selected={*value == p.value}>{*label}</option>
                }
            </select>
        </div>
    }
}
