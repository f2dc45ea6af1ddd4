//! The page state in Yew: the model's `page::State`, its first value read
//! from the address bar and this browser's storage, and a `reduce` that
//! takes the model's next state and runs its effects.

use std::rc::Rc;

use yew::prelude::*;

use super::fmt::page_decimal;
use super::persist;
use crate::model::data::Currency;
use crate::model::form::{Action, Form};
use crate::model::i18n::tr;
pub use crate::model::page::{Msg, State};
use crate::model::regions::{Home, Region, Task};
use crate::model::scenario::{Field, ProviderKind};
use crate::model::start::{
    choose, hold_saving, home_for_languages, load_failed_notice, newer_notice, unreadable_notice,
    Keep,
};
use crate::model::Inputs;

impl Reducible for State {
    type Action = Msg;

    fn reduce(self: Rc<Self>, msg: Msg) -> Rc<Self> {
        match self.update(msg) {
            Some((next, effects)) => {
                persist::run(effects);
                Rc::new(next)
            }
            None => self,
        }
    }
}

thread_local! {
    /// What the reader typed in the pre-rendered first screen before the app
    /// started: (field id, text), applied to the first state.
    static TYPED: std::cell::RefCell<Vec<(String, String)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Keep what was typed before the app started, for the first state.
pub fn keep_typed(typed: Vec<(String, String)>) {
    TYPED.with(|t| *t.borrow_mut() = typed);
}

/// The action that sets the field or selector with this id to `value`.
pub fn action_for(id: &str, value: &str) -> Option<Action> {
    Some(match id {
        "task" => Action::Task(Task::from_slug(value)?),
        "home" => Action::Home(Home::from_slug(value)?),
        "region" => Action::Region(Region::from_slug(value)?),
        "provider" => Action::Provider(ProviderKind::from_slug(value)?),
        "currency" => Action::Currency(Currency::from_code(value)?),
        _ => Action::Text(Field::from_key(id)?, value.to_string()),
    })
}

/// The first state, from the address bar and this browser's storage (the
/// choice itself is the model's `start::choose`), with anything typed
/// before the app started.
pub fn initial() -> State {
    let mut load_failed = false;
    let start = choose(&persist::start_query(), || {
        persist::load().inspect_err(|_| load_failed = true)
    });
    let mut kept = true;
    let mut notices = start.notices.clone();
    notices.extend(super::lang::take_notices());
    if let Some(raw) = &start.unreadable {
        let newer = start.keep_as == Keep::Newer;
        kept = persist::keep_aside(raw, newer).is_ok();
        notices.push(if newer {
            newer_notice(kept)
        } else {
            unreadable_notice(kept)
        });
        if kept {
            // Kept aside whole: not again in the recent list when replaced.
            persist::known(raw);
        }
    }
    if load_failed {
        // The storage's own "could not be read" says all but what happens next.
        notices.retain(|n| n.as_str() != tr("Your saved scenario could not be read."));
        notices.push(load_failed_notice());
    }
    let held = hold_saving(&start, kept, load_failed);
    // A first visit (no link, nothing saved): home and currency follow the
    // reader's languages (en-GB → United Kingdom and £, …).
    let inputs =
        start
            .inputs
            .unwrap_or_else(|| match home_for_languages(&super::page::languages()) {
                Some(home) => {
                    let d = Inputs::default();
                    Inputs::new(d.task, home, d.region)
                }
                None => Inputs::default(),
            });
    let mut form = Form::new(inputs, page_decimal());
    for (id, value) in TYPED.with(|t| std::mem::take(&mut *t.borrow_mut())) {
        if let Some(action) = action_for(&id, &value) {
            form.apply(action);
        }
    }
    let mut state = State::new(
        form,
        notices,
        start.embed,
        start.from_link,
        start.look,
        start.page_query,
    );
    state.saving_held = held;
    persist::remember(state.latest());
    state
}
