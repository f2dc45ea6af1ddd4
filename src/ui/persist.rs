//! The saver: the latest scenario, kept at once and written to the address
//! bar and this browser's storage (debounced by `hooks::use_autosave`, at
//! once when the page is left), and the recent list: the rules of
//! `model::saving` applied to `ui::storage`.

use std::cell::{Cell, RefCell};

use super::{json, page, storage};
use crate::model::i18n::tr;
use crate::model::page::{Effect, Latest};
use crate::model::saving::{self, RecentEntry, RecentItem, Stored};

thread_local! {
    static LATEST: RefCell<Option<Latest>> = const { RefCell::new(None) };
    /// The latest has not been written yet (the debounce is pending).
    static PENDING: Cell<bool> = const { Cell::new(false) };
    /// What this tab last wrote under `SAVE_KEY`: anything else found there
    /// was written by another tab or an earlier visit, and is moved to the
    /// recent list before it is replaced.
    static LAST_WRITTEN: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Run the effects of a state update.
pub fn run(effects: Vec<Effect>) {
    for e in effects {
        match e {
            Effect::KeepInRecent(q) => {
                push_recent(&q);
            }
            Effect::Remember(latest) => remember(latest),
            Effect::SaveNow => save_latest(),
        }
    }
}

/// The query the page should open with: its address, unless this tab left
/// edits newer than that very address (the hand-off), then those.
pub fn start_query() -> String {
    let here = page::query();
    let mut handoff = None;
    if let Some(st) = storage::session() {
        handoff = st.get_item(storage::HANDOFF_KEY).ok().flatten();
        let _ = st.remove_item(storage::HANDOFF_KEY);
    }
    // Written to local storage when session storage refused it.
    if let Some(local) = storage::get(storage::HANDOFF_KEY) {
        handoff = handoff.or(Some(local));
        if let Ok(st) = storage::local() {
            let _ = st.remove_item(storage::HANDOFF_KEY);
        }
    }
    saving::start_query(&here, handoff.and_then(|t| json::parse(&t).ok()))
}

/// The saved scenario, if any.
pub fn load() -> Result<Option<String>, String> {
    storage::local()?
        .get_item(storage::SAVE_KEY)
        .map_err(|_| tr("Your saved scenario could not be read.").to_string())
}

/// Treat `raw`, found under `SAVE_KEY`, as handled (kept aside whole): it
/// does not go to the recent list too when it is replaced.
pub fn known(raw: &str) {
    LAST_WRITTEN.with(|l| *l.borrow_mut() = Some(raw.to_string()));
}

/// What this tab last saved.
pub fn last_written() -> Option<String> {
    LAST_WRITTEN.with(|l| l.borrow().clone())
}

/// Save the scenario. A saved scenario this tab did not write goes to the
/// recent list first: nothing is silently lost.
fn save(q: &str) -> Result<(), String> {
    let st = storage::local()?;
    let there = st.get_item(storage::SAVE_KEY).ok().flatten();
    if let Some(t) = saving::keep_before_saving(there.as_deref(), q, last_written().as_deref()) {
        push_recent(t);
    }
    st.set_item(storage::SAVE_KEY, q).map_err(|_| {
        tr("Saving failed (storage full or blocked): your latest changes are not kept.").to_string()
    })?;
    LAST_WRITTEN.with(|l| *l.borrow_mut() = Some(q.to_string()));
    Ok(())
}

/// The recent list as stored; a list that could not all be read is kept
/// aside first (`RECENT_DAMAGED_KEY`). `None` when it could not be, so
/// nothing may overwrite it.
fn recent_for_writing() -> Option<Vec<RecentEntry>> {
    let text = storage::get(storage::RECENT_KEY);
    let read = saving::read_recent(stored(text.as_deref()));
    if read.damaged {
        let text = text.unwrap_or_default();
        let kept = storage::get(storage::RECENT_DAMAGED_KEY).as_deref() == Some(text.as_str())
            || storage::set(storage::RECENT_DAMAGED_KEY, &text);
        if !kept {
            return None;
        }
    }
    Some(read.entries)
}

/// The recent list's stored text, read.
fn stored(text: Option<&str>) -> Stored<Vec<RecentItem>> {
    match text {
        None => Stored::Absent,
        Some(t) => json::parse(t).map_or(Stored::Unreadable, Stored::Read),
    }
}

/// Put a scenario at the top of the recent list (deduplicated, capped).
fn push_recent(q: &str) -> bool {
    let Some(list) = recent_for_writing() else {
        return false;
    };
    let list = saving::push_recent(list, q, js_sys::Date::now());
    storage::set(storage::RECENT_KEY, &json::text(&list, false))
}

/// The recent scenarios, newest first, and whether part of the stored list
/// could not be read (it is kept aside, under its own key).
pub fn recent() -> (Vec<RecentEntry>, bool) {
    let read = saving::read_recent(stored(storage::get(storage::RECENT_KEY).as_deref()));
    let aside = storage::get(storage::RECENT_DAMAGED_KEY).is_some();
    (read.entries, read.damaged || aside)
}

/// Keep a saved scenario this version cannot fully use under its own key.
pub fn keep_aside(raw: &str, newer: bool) -> Result<(), String> {
    let key = if newer {
        storage::NEWER_KEY
    } else {
        storage::CORRUPT_KEY
    };
    storage::local()?
        .set_item(key, raw)
        .map_err(|_| tr("The original copy could not be kept.").to_string())
}

/// Remember the latest scenario at once (the debounced write may not have run yet).
pub fn remember(latest: Latest) {
    LATEST.with(|l| {
        if let Ok(mut l) = l.try_borrow_mut() {
            *l = Some(latest);
        }
    });
    PENDING.with(|p| p.set(true));
}

/// Write the remembered scenario now: the address bar and, if allowed, the
/// saved state. Returns what failed, if anything.
pub fn flush_latest() -> Result<(), String> {
    let latest = LATEST.with(|l| l.try_borrow().ok().and_then(|l| l.clone()));
    let Some(l) = latest else { return Ok(()) };
    // Nothing new since the last write: writing again would put this tab's
    // scenario back over one another tab saved meanwhile.
    if !PENDING.with(|p| p.replace(false)) {
        return Ok(());
    }
    let mut result = page::replace_url(&l.url);
    if l.may_save {
        result = result.and(save(&l.query));
    }
    result
}

/// Save the remembered scenario now (from the panic hook, or when the
/// reader chose to keep this tab's scenario over another tab's).
pub fn save_latest() {
    PENDING.with(|p| p.set(true));
    let _ = flush_latest();
}

/// The page is hidden or left (the page is hidden before `pagehide`
/// fires): a reload or a step back reopens the address the navigation
/// started from, which may be older than the edits. Hand the edits over to
/// that address, read before the flush rewrites it; when this tab's
/// session storage refuses, through local storage. Then write everything.
pub fn leaving() {
    let from = page::query();
    let to = LATEST.with(|l| {
        l.try_borrow()
            .ok()
            .and_then(|l| l.as_ref().map(|l| l.url.clone()))
    });
    if let Some(h) = saving::handoff_on_leave(PENDING.with(Cell::get), &from, to.as_deref()) {
        let text = json::text(&h, false);
        let in_session =
            storage::session().is_some_and(|st| st.set_item(storage::HANDOFF_KEY, &text).is_ok());
        if !in_session {
            storage::set(storage::HANDOFF_KEY, &text);
        }
    }
    let _ = flush_latest();
}

/// Back in view: any hand-over written on the way out is stale.
pub fn back_in_view() {
    if let Some(st) = storage::session() {
        let _ = st.remove_item(storage::HANDOFF_KEY);
    }
    if let Ok(st) = storage::local() {
        let _ = st.remove_item(storage::HANDOFF_KEY);
    }
}
