//! The page state and its one reducer: the model's `Form`, notices, and how
//! the page was opened. Components send `Msg`s; none imports the root.

use std::rc::Rc;

use yew::prelude::*;

use super::fmt::page_decimal;
use super::persist;
use crate::model::form::{Action, Form, Replaced};
use crate::model::query::{decode, encode, join_query, split_query};
use crate::model::start::{
    cap, choose, home_for_languages, newer_notice, unreadable_notice, Keep, Look,
};
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
    /// A new version of the app took over: offer a reload.
    pub update_ready: bool,
    /// Another tab saved a different scenario (its query string; `None` when
    /// it cleared it): say so and offer it.
    pub other_tab: Option<Option<String>>,
    /// Theme, accent and title from the link (embeds match the blog).
    pub look: Look,
    /// Page parameters kept in the address bar ("embed=1&theme=dark").
    pub page_query: String,
    /// The scenario as the app's query string, made once per change: the
    /// address bar, the saved state and the share link all use it.
    pub query: Rc<String>,
}

/// What can happen to the page.
pub enum Msg {
    Form(Action),
    Notice(String),
    /// A JSON import: the scenario and what could not be used.
    Imported(Inputs, Vec<String>),
    Dismiss,
    /// The service worker of a new deploy took over.
    UpdateReady,
    /// Another tab saved this (or cleared it).
    SavedElsewhere(Option<String>),
    /// Open the scenario another tab saved.
    OpenOtherTab,
    /// Keep this tab's scenario (it will be saved over the other one, which
    /// stays in the recent list).
    KeepMine,
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
                next.form.apply(Action::Load(inputs, Replaced::Import));
                next.notices.extend(cap(notices));
            }
            Msg::Dismiss => next.notices.clear(),
            Msg::UpdateReady => next.update_ready = true,
            Msg::SavedElsewhere(q) => {
                if next.embed || q.as_deref() == Some(next.query.as_str()) {
                    return self;
                }
                next.other_tab = Some(q);
            }
            Msg::OpenOtherTab => {
                if let Some(Some(q)) = next.other_tab.take() {
                    persist::remember_recent(&next.query);
                    let d = decode(&split_query(&q));
                    next.form.apply(Action::Load(d.inputs, Replaced::Opened));
                }
            }
            Msg::KeepMine => {
                next.other_tab = None;
                persist::save_latest();
            }
        }
        // Remember the latest scenario at once, in the event that changed it:
        // a reload or a closed tab right after a keystroke still writes it
        // (the render and its effects may not have run yet).
        if next.form.inputs != self.form.inputs {
            next.query = Rc::new(join_query(&encode(&next.form.inputs)));
            next.remember();
        }
        Rc::new(next)
    }
}

impl State {
    /// The first state, from the address bar and this browser's storage
    /// (the choice itself is the model's `start::choose`).
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
        // A first visit (no link, nothing saved): home and currency follow
        // the reader's languages (en-GB → United Kingdom and £, …).
        let inputs =
            start
                .inputs
                .unwrap_or_else(|| match home_for_languages(&persist::languages()) {
                    Some(home) => {
                        let d = Inputs::default();
                        Inputs::new(d.task, home, d.region)
                    }
                    None => Inputs::default(),
                });
        let query = Rc::new(join_query(&encode(&inputs)));
        let state = State {
            form: Form::new(inputs, page_decimal()),
            notices: cap(notices),
            embed: start.embed,
            from_link: start.from_link,
            update_ready: false,
            other_tab: None,
            look: start.look,
            page_query: start.page_query,
            query,
        };
        state.remember();
        state
    }

    /// Hand the latest scenario to `persist` at once, for the debounced
    /// write and for a flush when the page is hidden or left.
    fn remember(&self) {
        let url = if self.page_query.is_empty() {
            self.query.to_string()
        } else {
            format!("{}&{}", self.page_query, self.query)
        };
        persist::remember(&self.query, &url, self.may_save());
    }

    /// The visitor's own saved scenario may be written: never from an
    /// embedded view; otherwise when they opened no link with a scenario, or
    /// have edited it since.
    pub fn may_save(&self) -> bool {
        !self.embed && (!self.from_link || self.form.edited)
    }
}
