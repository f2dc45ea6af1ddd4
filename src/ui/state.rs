//! The page state in Yew: the model's `page::State`, its first value read
//! from the address bar and this browser's storage, and a `reduce` that
//! takes the model's next state and runs its effects.

use std::rc::Rc;

use yew::prelude::*;

use super::fmt::page_decimal;
use super::persist;
use crate::model::form::Form;
pub use crate::model::page::{Msg, State};
use crate::model::start::{choose, home_for_languages, newer_notice, unreadable_notice, Keep};
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

/// The first state, from the address bar and this browser's storage (the
/// choice itself is the model's `start::choose`).
pub fn initial() -> State {
    let start = choose(&persist::start_query(), persist::load);
    let mut notices = start.notices;
    notices.extend(super::lang::take_notices());
    if let Some(raw) = &start.unreadable {
        let newer = start.keep_as == Keep::Newer;
        let kept = persist::keep_aside(raw, newer).is_ok();
        notices.push(if newer {
            newer_notice(kept)
        } else {
            unreadable_notice(kept)
        });
    }
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
    let state = State::new(
        Form::new(inputs, page_decimal()),
        notices,
        start.embed,
        start.from_link,
        start.look,
        start.page_query,
    );
    persist::remember(state.latest());
    state
}
