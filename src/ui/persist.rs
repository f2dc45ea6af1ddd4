//! The only module that touches location, history, localStorage, the
//! clipboard, downloads and the service worker. Every call that can fail
//! returns a message for a notice instead of panicking.

use js_sys::{Array, Object, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Storage, Url};

use crate::model::export::JsonValue;

/// localStorage key of the saved scenario (a query string, schema in `s`).
pub const SAVE_KEY: &str = "outsource-check:scenario";
/// Where an unreadable saved scenario is kept instead of being deleted.
pub const CORRUPT_KEY: &str = "outsource-check:scenario:unreadable";

/// The page's query string without the '?'.
pub fn query() -> String {
    gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default()
        .trim_start_matches('?')
        .to_string()
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

fn storage() -> Result<Storage, String> {
    match gloo::utils::window().local_storage() {
        Ok(Some(s)) => Ok(s),
        _ => Err(
            "This browser blocks saving, so your scenario will not be kept after you leave.".into(),
        ),
    }
}

/// The saved scenario, if any.
pub fn load() -> Result<Option<String>, String> {
    storage()?
        .get_item(SAVE_KEY)
        .map_err(|_| "Your saved scenario could not be read.".to_string())
}

/// Save the scenario (debounced by the caller).
pub fn save(q: &str) -> Result<(), String> {
    storage()?.set_item(SAVE_KEY, q).map_err(|_| {
        "Saving failed (storage full or blocked): your latest changes are not kept.".to_string()
    })
}

/// Keep an unreadable saved scenario under a second key.
pub fn keep_unreadable(raw: &str) -> Result<(), String> {
    storage()?
        .set_item(CORRUPT_KEY, raw)
        .map_err(|_| "The unreadable copy could not be kept.".to_string())
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
        .map_err(|_| "The address bar could not be updated; use “Copy link” to share.".to_string())
}

/// Copy text to the clipboard; reports failure through `done`.
pub fn copy(text: String, done: impl FnOnce(Result<(), String>) + 'static) {
    let navigator = gloo::utils::window().navigator();
    // The async clipboard exists only in secure contexts (and not in older
    // WebKit frames): without it, say so instead of calling into `undefined`.
    let has_clipboard = Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .map(|c| c.is_object())
        .unwrap_or(false);
    if !has_clipboard {
        done(Err(
            "This browser does not allow copying here: select the link and copy it by hand."
                .to_string(),
        ));
        return;
    }
    let promise = navigator.clipboard().write_text(&text);
    wasm_bindgen_futures::spawn_local(async move {
        let r = wasm_bindgen_futures::JsFuture::from(promise).await;
        done(
            r.map(|_| ()).map_err(|_| {
                "Copying was blocked: select the link and copy it by hand.".to_string()
            }),
        );
    });
}

/// Offer `text` as a file download.
pub fn download(name: &str, mime: &str, text: &str) -> Result<(), String> {
    let fail = |_| "The download could not be started.".to_string();
    let parts = Array::of1(&JsValue::from_str(text));
    let opts = BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &opts).map_err(fail)?;
    let url = Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let a: HtmlAnchorElement = gloo::utils::document()
        .create_element("a")
        .map_err(fail)?
        .unchecked_into();
    a.set_href(&url);
    a.set_download(name);
    a.click();
    let _ = Url::revoke_object_url(&url);
    Ok(())
}

/// Parse JSON text with the browser's parser into top-level entries.
pub fn json_entries(text: &str) -> Result<Vec<(String, JsonValue)>, String> {
    let value = JSON::parse(text).map_err(|_| "That file is not valid JSON.".to_string())?;
    if !value.is_object() || Array::is_array(&value) {
        return Err("That file does not hold a scenario (expected a JSON object).".into());
    }
    let entries = Object::entries(value.unchecked_ref());
    Ok(entries
        .iter()
        .map(|pair| {
            let pair: Array = pair.unchecked_into();
            let key = pair.get(0).as_string().unwrap_or_default();
            let v = pair.get(1);
            let value = if let Some(s) = v.as_string() {
                JsonValue::Str(s)
            } else if let Some(n) = v.as_f64() {
                JsonValue::Num(n)
            } else if v.is_null() {
                JsonValue::Other("null")
            } else if v.as_bool().is_some() {
                JsonValue::Other("boolean")
            } else if Array::is_array(&v) {
                JsonValue::Other("array")
            } else {
                JsonValue::Other("object")
            };
            (key, value)
        })
        .collect())
}

/// Register the service worker (plain http(s) only; `file://` cannot).
pub fn register_service_worker() {
    let navigator = gloo::utils::window().navigator();
    let has_sw = Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false);
    let protocol = gloo::utils::window()
        .location()
        .protocol()
        .unwrap_or_default();
    if has_sw && (protocol == "https:" || protocol == "http:") {
        let _ = navigator.service_worker().register("./sw.js");
    }
}

/// Post the content height to the embedding page whenever it changes.
pub fn post_height_to_parent() {
    use wasm_bindgen::closure::Closure;
    let window = gloo::utils::window();
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if parent == window {
        return;
    }
    let post = move || {
        let doc = gloo::utils::document();
        let height = doc
            .document_element()
            .map(|e| e.scroll_height())
            .unwrap_or(0);
        let msg = Object::new();
        let _ = Reflect::set(&msg, &"type".into(), &"outsource-check:height".into());
        let _ = Reflect::set(&msg, &"height".into(), &JsValue::from(height));
        let _ = parent.post_message(&msg, "*");
    };
    post();
    let callback = Closure::<dyn FnMut()>::new(post);
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        if let Some(body) = gloo::utils::document().body() {
            observer.observe(&body);
        }
    }
    callback.forget();
}

/// Open every folded section before printing, so the report is complete.
pub fn open_details_when_printing() {
    use wasm_bindgen::closure::Closure;
    let open_all = Closure::<dyn FnMut()>::new(|| {
        if let Ok(list) = gloo::utils::document().query_selector_all("details") {
            for i in 0..list.length() {
                if let Some(el) = list
                    .item(i)
                    .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                {
                    let _ = el.set_attribute("open", "");
                }
            }
        }
    });
    let _ = gloo::utils::window()
        .add_event_listener_with_callback("beforeprint", open_all.as_ref().unchecked_ref());
    open_all.forget();
}

thread_local! {
    /// The latest scenario and whether it may be saved, kept for the panic hook.
    static LATEST: std::cell::RefCell<Option<(String, bool)>> = const { std::cell::RefCell::new(None) };
}

/// Remember the latest scenario at once (the debounced save may not have run yet).
pub fn remember(q: &str, may_save: bool) {
    LATEST.with(|l| {
        if let Ok(mut l) = l.try_borrow_mut() {
            *l = Some((q.to_string(), may_save));
        }
    });
}

/// Save the remembered scenario now (from the panic hook).
pub fn save_latest() {
    let latest = LATEST.with(|l| l.try_borrow().ok().and_then(|l| l.clone()));
    if let Some((q, true)) = latest {
        let _ = save(&q);
    }
}

/// After a panic: log it, save what the user typed, and say so on the page.
pub fn on_panic(message: &str) {
    web_sys::console::error_1(&JsValue::from_str(message));
    save_latest();
    let doc = gloo::utils::document();
    if doc.get_element_by_id("panic").is_some() {
        return;
    }
    if let (Ok(banner), Some(body)) = (doc.create_element("div"), doc.body()) {
        banner.set_id("panic");
        banner.set_class_name("panic-banner");
        let _ = banner.set_attribute("role", "alert");
        banner.set_text_content(Some(
            "Something went wrong — your inputs are saved. Please reload the page.",
        ));
        let _ = body.prepend_with_node_1(&banner);
    }
}
