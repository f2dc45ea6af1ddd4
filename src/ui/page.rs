//! The page itself: its address, the address bar, its look and the
//! reader's languages. Leaves over the browser; no rules.

use wasm_bindgen::{JsCast, JsValue};

/// The page's query string without the '?'.
pub fn query() -> String {
    gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default()
        .trim_start_matches('?')
        .to_string()
}

/// Apply the link's look to the page: `data-theme` and the accent's
/// colours for both themes (made readable against each card).
pub fn apply_look(look: &crate::model::start::Look) {
    use crate::model::theme::{hex, readable_accent, Theme, CARD_DARK, CARD_LIGHT};
    let Some(root) = gloo::utils::document().document_element() else {
        return;
    };
    match look.theme {
        Theme::Light => {
            let _ = root.set_attribute("data-theme", "light");
        }
        Theme::Dark => {
            let _ = root.set_attribute("data-theme", "dark");
        }
        Theme::System => {}
    }
    if let Some(a) = look.accent {
        let (l, lt) = readable_accent(a, CARD_LIGHT);
        let (d, dt) = readable_accent(a, CARD_DARK);
        // Through the CSSOM: the CSP forbids style attributes, not this.
        let Ok(root) = root.dyn_into::<web_sys::HtmlElement>() else {
            return;
        };
        let style = root.style();
        for (name, value) in [
            ("--accent-l", l),
            ("--accent-text-l", lt),
            ("--focus-l", l),
            ("--outsourced-l", l),
            ("--accent-d", d),
            ("--accent-text-d", dt),
            ("--focus-d", d),
            ("--outsourced-d", d),
        ] {
            let _ = style.set_property(name, &hex(value));
        }
    }
}

/// The reader's languages in order of preference (`navigator.languages`).
pub fn languages() -> Vec<String> {
    let navigator = gloo::utils::window().navigator();
    let list: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|l| l.as_string())
        .collect();
    if list.is_empty() {
        navigator.language().into_iter().collect()
    } else {
        list
    }
}

/// The page's address without query or fragment.
pub fn base_url() -> String {
    let l = gloo::utils::window().location();
    format!(
        "{}{}",
        l.origin().unwrap_or_default(),
        l.pathname().unwrap_or_default()
    )
}

/// Point the address bar at the scenario without adding history entries.
pub fn replace_url(q: &str) -> Result<(), String> {
    let url = format!(
        "{}?{}",
        gloo::utils::window()
            .location()
            .pathname()
            .unwrap_or_default(),
        q
    );
    gloo::utils::window()
        .history()
        .and_then(|h| h.replace_state_with_url(&JsValue::NULL, "", Some(&url)))
        .map_err(|_| {
            crate::model::i18n::tr(
                "The address bar could not be updated; use “Copy link” to share.",
            )
            .to_string()
        })
}

/// Reload the page (after an update).
pub fn reload() {
    let _ = gloo::utils::window().location().reload();
}
