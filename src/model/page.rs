//! The page state and its one update rule, free of the browser: a message
//! gives the next state and the effects to run (`ui::state` runs them), so
//! what the page keeps and when it saves is tested on the host.

use std::rc::Rc;

use super::form::{Action, Form, Replaced};
use super::query::{decode, encode, join_query, split_query};
use super::start::{cap, Look};
use super::Inputs;

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
    /// Nothing is saved until the reader chooses to: what is saved could not
    /// be read, nor copied aside (`start::hold_saving`).
    pub saving_held: bool,
}

/// What can happen to the page.
#[derive(Clone, Debug, PartialEq)]
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
    /// Save this scenario over the one that could not be read or kept.
    SaveOver,
}

/// What the browser must do after a message.
#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    /// The scenario on screen is being replaced (an import, a reset, a
    /// recent or another tab's scenario): keep it in the recent list.
    KeepInRecent(String),
    /// The scenario changed: hand it at once to the saver, so a reload or a
    /// closed tab right after a keystroke still writes it (the render and
    /// its effects may not have run yet).
    Remember(Latest),
    /// Write the latest scenario now.
    SaveNow,
}

/// The latest scenario, as the saver writes it.
#[derive(Clone, Debug, PartialEq)]
pub struct Latest {
    /// The scenario's query string (saved state).
    pub query: String,
    /// The address bar's query (with the page's own parameters).
    pub url: String,
    /// The visitor's saved scenario may be written.
    pub may_save: bool,
}

impl State {
    /// A state for `inputs`, opened as `start` says.
    pub fn new(
        form: Form,
        notices: Vec<String>,
        embed: bool,
        from_link: bool,
        look: Look,
        page_query: String,
    ) -> State {
        let query = Rc::new(join_query(&encode(&form.inputs)));
        State {
            form,
            notices: cap(notices),
            embed,
            from_link,
            update_ready: false,
            other_tab: None,
            look,
            page_query,
            query,
            saving_held: false,
        }
    }

    /// The next state and its effects, or `None` when nothing changed (the
    /// page then skips the render).
    pub fn update(&self, msg: Msg) -> Option<(State, Vec<Effect>)> {
        let mut next = self.clone();
        let mut effects = Vec::new();
        let replaces = match &msg {
            Msg::Form(Action::Reset | Action::Load(..)) | Msg::Imported(..) => true,
            // Opening an option replaces what is on screen, unless that is
            // an option already (being edited).
            Msg::Form(Action::OpenChoice(_)) => self.form.inputs.editing.is_none(),
            Msg::OpenOtherTab => matches!(self.other_tab, Some(Some(_))),
            _ => false,
        };
        match msg {
            Msg::Form(action) => {
                if !next.form.apply(action) {
                    return None;
                }
            }
            Msg::Notice(n) => {
                if next.notices.contains(&n) {
                    return None;
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
                    return None;
                }
                next.other_tab = Some(q);
            }
            Msg::OpenOtherTab => {
                if let Some(Some(q)) = next.other_tab.take() {
                    let d = decode(&split_query(&q));
                    next.form.apply(Action::Load(d.inputs, Replaced::Opened));
                }
            }
            Msg::KeepMine => {
                next.other_tab = None;
                effects.push(Effect::SaveNow);
            }
            Msg::SaveOver => {
                if !next.saving_held {
                    return None;
                }
                next.saving_held = false;
                effects.push(Effect::Remember(next.latest()));
                effects.push(Effect::SaveNow);
            }
        }
        // An embed never touches the visitor's storage.
        if replaces && !self.embed {
            effects.insert(0, Effect::KeepInRecent(self.query.to_string()));
        }
        if next.form.inputs != self.form.inputs {
            next.query = Rc::new(join_query(&encode(&next.form.inputs)));
            effects.push(Effect::Remember(next.latest()));
        }
        Some((next, effects))
    }

    /// The latest scenario for the saver.
    pub fn latest(&self) -> Latest {
        let url = if self.page_query.is_empty() {
            self.query.to_string()
        } else {
            format!("{}&{}", self.page_query, self.query)
        };
        Latest {
            query: self.query.to_string(),
            url,
            may_save: self.may_save(),
        }
    }

    /// The visitor's own saved scenario may be written: never from an
    /// embedded view; otherwise when they opened no link with a scenario, or
    /// have edited it since; and never while saving waits for the reader.
    pub fn may_save(&self) -> bool {
        !self.embed && !self.saving_held && (!self.from_link || self.form.edited)
    }
}
