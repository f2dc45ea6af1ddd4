//! Small hooks of the root component: the staged first render and the
//! debounced address bar and autosave.

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use super::persist;

/// Render in stages, one task each, so no task holds the page for long and
/// the figures show sooner. Returns the current stage, 0 to `last`; when it
/// reaches `last`, `#app` is marked `data-ready`.
#[hook]
pub fn use_stages(last: u8) -> u8 {
    let stage = use_state_eq(|| 0u8);
    {
        let stage = stage.clone();
        use_effect_with(*stage, move |&now| {
            if now >= last {
                if let Some(root) = gloo::utils::document().get_element_by_id("app") {
                    let _ = root.set_attribute("data-ready", "");
                }
            } else {
                Timeout::new(0, move || stage.set(now + 1)).forget();
            }
        });
    }
    *stage
}

/// Delay of the address-bar update and the autosave after the last change.
const DEBOUNCE_MS: u32 = 400;

/// Keep the address bar (and, when `save`, this browser's saved scenario)
/// following `query`, debounced; a failure is reported through `on_error`.
/// The latest query is remembered at once for the panic hook.
#[hook]
pub fn use_autosave(query: Rc<String>, embed: bool, save: bool, on_error: Callback<String>) {
    let timer = use_mut_ref(|| None::<Timeout>);
    use_effect_with(query, move |query| {
        let q = (**query).clone();
        persist::remember(&q, save);
        *timer.borrow_mut() = Some(Timeout::new(DEBOUNCE_MS, move || {
            let url_q = if embed {
                format!("embed=1&{q}")
            } else {
                q.clone()
            };
            let mut result = persist::replace_url(&url_q);
            if save {
                result = result.and(persist::save(&q));
            }
            if let Err(m) = result {
                on_error.emit(m);
            }
        }));
    });
}
