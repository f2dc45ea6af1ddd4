//! Small hooks of the root component: the staged first render and the
//! debounced address bar and autosave.

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use super::persist;
use crate::model::form::Action;

/// Render in stages, one task each, so no task holds the page for long and
/// the figures show sooner. Returns the current stage, 0 to `last`; when it
/// reaches `last`, `#app` is marked `data-ready`. Once stage 1 is in, what
/// the reader did in the pre-rendered page held through stage 0 carries on
/// through `on_action` (`super::carry_on`).
#[hook]
pub fn use_stages(last: u8, on_action: &Callback<Action>) -> u8 {
    let stage = use_state_eq(|| 0u8);
    {
        let stage = stage.clone();
        let on_action = on_action.clone();
        use_effect_with(*stage, move |&now| {
            if now > 0 {
                super::carry_on(&on_action);
            }
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
/// Steady typing never holds the write back longer than this.
const MAX_WAIT_MS: f64 = 1500.0;

/// Write the latest scenario (remembered by the state, see `persist::remember`)
/// to the address bar and, where allowed, this browser's saved state,
/// debounced after each change of `query` but never held back more than
/// `MAX_WAIT_MS`; a hidden or closed page writes it at once
/// (`persist::flush_when_hidden`). A failure is reported through `on_error`
/// once the reader has changed something (`edited`).
#[hook]
pub fn use_autosave(query: Rc<String>, edited: bool, on_error: Callback<String>) {
    let timer = use_mut_ref(|| None::<Timeout>);
    // When the oldest unwritten change was made (ms).
    let since = use_mut_ref(|| None::<f64>);
    use_effect_with(query, move |_| {
        let now = js_sys::Date::now();
        let waited = now - since.borrow().unwrap_or(now);
        if since.borrow().is_none() {
            *since.borrow_mut() = Some(now);
        }
        let write = move || {
            *since.borrow_mut() = None;
            // Before the reader changed anything there is nothing of theirs to lose.
            if let Err(m) = persist::flush_latest() {
                if edited {
                    on_error.emit(m);
                }
            }
        };
        // Past the longest wait, the write is due at once, but in a task of
        // its own: the edit's own task only updates the page (storage and
        // the address bar cost a phone a few milliseconds).
        let delay = if waited >= MAX_WAIT_MS {
            0
        } else {
            DEBOUNCE_MS
        };
        *timer.borrow_mut() = Some(Timeout::new(delay, write));
    });
}

/// `value` once it has stopped changing for `delay_ms` (the first value at
/// once; a newer value replaces one still waiting): for a live region that
/// speaks once per settled edit.
#[hook]
pub fn use_settled<T: Clone + PartialEq + 'static>(value: T, delay_ms: u32) -> T {
    let settled = use_state_eq(|| value.clone());
    let timer = use_mut_ref(|| None::<Timeout>);
    {
        let settled = settled.clone();
        use_effect_with(value, move |v| {
            let v = v.clone();
            *timer.borrow_mut() = Some(Timeout::new(delay_ms, move || settled.set(v)));
        });
    }
    (*settled).clone()
}

/// `value`, one task late: the first value at once, then each change in a
/// task after the one that made it. For what sits behind the headline: an
/// edit updates the headline in its own short task, the rest just after.
#[hook]
pub fn use_deferred<T: Clone + PartialEq + 'static>(value: T) -> T {
    use_settled(value, 0)
}
