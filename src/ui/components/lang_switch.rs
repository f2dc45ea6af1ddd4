//! The language switcher: each language named in itself. Choosing one saves
//! the choice and reloads the page in it (`ui::lang::switch`); offline, a
//! language not yet loaded says so here and the page stays as it is.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::model::i18n::{language, tr, Lang};
use crate::ui::lang;

#[component]
pub fn LangSwitch() -> Html {
    let status = use_state(String::new);
    let current = language();
    let onchange = {
        let status = status.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            let Some(lang) = Lang::from_code(&select.value()) else {
                return;
            };
            let status = status.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if let Err(m) = lang::switch(lang).await {
                    select.set_value(current.code());
                    status.set(m);
                }
            });
        })
    };
    // Its `div.lang-switch` is the caller's: the app's header, or the
    // pre-rendered header the page keeps (`ui::kept_switch`).
    html! {
        <>
            <label for="lang">{tr("Language")}</label>
            <select id="lang" {onchange}>
                for l in Lang::ALL {
                    <option value={l.code()} lang={l.code()} selected={l == current}>{l.name()}</option>
                }
            </select>
            <p id="lang-status" class="hint" role="status">{(*status).clone()}</p>
        </>
    }
}
