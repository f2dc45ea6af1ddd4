//! The page state and its one reducer: the model's `Form`, notices, and how
//! the page was opened. Components send `Msg`s; none imports the root.

use std::rc::Rc;

use yew::prelude::*;

use super::fmt::locale_decimal;
use super::persist;
use crate::model::form::{Action, Form};
use crate::model::start::{choose, unreadable_notice};
use crate::model::Inputs;

/// The page state: the form, notices, and how the page was opened.
#[derive(Clone, PartialEq)]
pub struct State {
    pub form: Form,
    /// Plain-words notices (ignored link parameters, storage problems, …).
    pub notices: Vec<String>,
    /// Opened with `?embed=1`: the compact view.
    pub embed: bool,
    /// Opened from a link with a scenario: the visitor's own saved scenario is
    /// not overwritten until they edit.
    pub from_link: bool,
}

/// What can happen to the page.
pub enum Msg {
    Form(Action),
    Notice(String),
    /// A JSON import: the scenario and what could not be used.
    Imported(Inputs, Vec<String>),
    Dismiss,
}

impl Reducible for State {
    type Action = Msg;

    fn reduce(self: Rc<Self>, msg: Msg) -> Rc<Self> {
        let mut next = (*self).clone();
        match msg {
            Msg::Form(action) => {
                if !next.form.apply(action) {
                    return self;
                }
            }
            Msg::Notice(n) => {
                if next.notices.contains(&n) {
                    return self;
                }
                next.notices.push(n);
            }
            Msg::Imported(inputs, notices) => {
                next.form.apply(Action::Load(inputs));
                next.notices.extend(notices);
            }
            Msg::Dismiss => next.notices.clear(),
        }
        Rc::new(next)
    }
}

impl State {
    /// The first state, from the address bar and this browser's storage
    /// (the choice itself is the model's `start::choose`).
    pub fn initial() -> State {
        let start = choose(&persist::query(), persist::load);
        let mut notices = start.notices;
        if let Some(raw) = &start.unreadable {
            notices.push(unreadable_notice(persist::keep_unreadable(raw).is_ok()));
        }
        State {
            form: Form::new(start.inputs.unwrap_or_default(), locale_decimal()),
            notices,
            embed: start.embed,
            from_link: start.from_link,
        }
    }

    /// The visitor's own saved scenario may be written: they opened no link
    /// with a scenario, or they have edited it since.
    pub fn may_save(&self) -> bool {
        !self.from_link || self.form.edited
    }
}
