//! This browser's storage, as plain reads and writes that report failure
//! instead of panicking: `localStorage` (the saved scenario, the recent
//! list, copies kept aside) and `sessionStorage` (the hand-off). The rules
//! of what is written when are `model::saving` and `ui::persist`.

use web_sys::Storage;

use crate::model::i18n::tr;

/// localStorage key of the saved scenario (a query string, schema in `s`).
pub const SAVE_KEY: &str = "outsource-check:scenario";
/// Where an unreadable saved scenario is kept instead of being deleted.
pub const CORRUPT_KEY: &str = "outsource-check:scenario:unreadable";
/// Where a scenario saved by a newer version is kept, untouched.
pub const NEWER_KEY: &str = "outsource-check:scenario:newer";
/// The recent scenarios: a JSON array of `[query, saved-at ms]`, newest first.
pub const RECENT_KEY: &str = "outsource-check:recent";
/// Where a recent list that could not all be read is kept.
pub const RECENT_DAMAGED_KEY: &str = "outsource-check:recent:unreadable";
/// Written when the page is left with edits newer than its address: the
/// address it had and the scenario it held, so a reload or a step back opens
/// the edits, not the older address (session storage: this tab only).
pub const HANDOFF_KEY: &str = "outsource-check:handoff";

/// The local storage, or why there is none.
pub fn local() -> Result<Storage, String> {
    match gloo::utils::window().local_storage() {
        Ok(Some(s)) => Ok(s),
        _ => Err(tr(
            "This browser blocks saving, so your scenario will not be kept after you leave.",
        )
        .into()),
    }
}

/// This tab's session storage, if the browser allows it.
pub fn session() -> Option<Storage> {
    gloo::utils::window().session_storage().ok().flatten()
}

/// A value of local storage (`None` when absent, unreadable or blocked).
pub fn get(key: &str) -> Option<String> {
    local().ok()?.get_item(key).ok().flatten()
}

/// Write a value of local storage; `false` when it could not be written.
pub fn set(key: &str, value: &str) -> bool {
    local().is_ok_and(|s| s.set_item(key, value).is_ok())
}
