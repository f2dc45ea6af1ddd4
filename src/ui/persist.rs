//! Browser I/O: location, history, localStorage (the saved scenario and the
//! recent ones), the clipboard, downloads, the service worker, page events
//! (hide, print, storage, resize). Every call that can fail returns a message
//! for a notice instead of panicking.

use js_sys::{Array, Object, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Storage, Url};

use crate::model::export::JsonValue;
use crate::model::i18n::tr;

/// localStorage key of the saved scenario (a query string, schema in `s`).
pub const SAVE_KEY: &str = "outsource-check:scenario";
/// Where an unreadable saved scenario is kept instead of being deleted.
pub const CORRUPT_KEY: &str = "outsource-check:scenario:unreadable";
/// Where a scenario saved by a newer version is kept, untouched.
pub const NEWER_KEY: &str = "outsource-check:scenario:newer";
/// The recent scenarios: a JSON array of `[query, saved-at ms]`, newest first.
pub const RECENT_KEY: &str = "outsource-check:recent";
/// How many recent scenarios are kept.
pub const RECENT_MAX: usize = 12;
/// Written when the page is left with edits newer than its address: the
/// address it had and the scenario it held, so a reload or a step back opens
/// the edits, not the older address (session storage: this tab only).
pub const HANDOFF_KEY: &str = "outsource-check:handoff";

/// The page's query string without the '?'.
pub fn query() -> String {
    gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default()
        .trim_start_matches('?')
        .to_string()
}

/// The query the page should open with: its address, unless this tab left
/// edits newer than that very address (see `HANDOFF_KEY`), then those.
pub fn start_query() -> String {
    let here = query();
    let Ok(Some(st)) = gloo::utils::window().session_storage() else {
        return here;
    };
    let handoff = st.get_item(HANDOFF_KEY).ok().flatten();
    let _ = st.remove_item(HANDOFF_KEY);
    let pair = handoff
        .and_then(|t| JSON::parse(&t).ok())
        .filter(Array::is_array)
        .map(|v| Array::from(&v));
    match pair {
        Some(p) if p.get(0).as_string().as_deref() == Some(here.as_str()) => {
            p.get(1).as_string().unwrap_or(here)
        }
        _ => here,
    }
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

fn storage() -> Result<Storage, String> {
    match gloo::utils::window().local_storage() {
        Ok(Some(s)) => Ok(s),
        _ => Err(tr(
            "This browser blocks saving, so your scenario will not be kept after you leave.",
        )
        .into()),
    }
}

/// The saved scenario, if any.
pub fn load() -> Result<Option<String>, String> {
    storage()?
        .get_item(SAVE_KEY)
        .map_err(|_| tr("Your saved scenario could not be read.").to_string())
}

thread_local! {
    /// What this tab last wrote under `SAVE_KEY`: anything else found there
    /// was written by another tab or an earlier visit, and is moved to the
    /// recent list before it is replaced.
    static LAST_WRITTEN: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// What this tab last saved.
pub fn last_written() -> Option<String> {
    LAST_WRITTEN.with(|l| l.borrow().clone())
}

/// Save the scenario (debounced by the caller). A saved scenario this tab
/// did not write goes to the recent list first: nothing is silently lost.
pub fn save(q: &str) -> Result<(), String> {
    let st = storage()?;
    let there = st.get_item(SAVE_KEY).ok().flatten();
    if let Some(there) = there.filter(|t| t != q && Some(t) != last_written().as_ref()) {
        let _ = push_recent(&st, &there);
    }
    st.set_item(SAVE_KEY, q).map_err(|_| {
        tr("Saving failed (storage full or blocked): your latest changes are not kept.").to_string()
    })?;
    LAST_WRITTEN.with(|l| *l.borrow_mut() = Some(q.to_string()));
    Ok(())
}

/// Put a scenario at the top of the recent list (deduplicated, capped).
fn push_recent(st: &Storage, q: &str) -> Result<(), JsValue> {
    let mut list: Vec<(String, f64)> = recent_in(st).into_iter().filter(|(r, _)| r != q).collect();
    list.insert(0, (q.to_string(), js_sys::Date::now()));
    list.truncate(RECENT_MAX);
    let arr = Array::new();
    for (r, t) in list {
        arr.push(&Array::of2(&JsValue::from_str(&r), &JsValue::from_f64(t)));
    }
    let text = JSON::stringify(&arr)?.as_string().unwrap_or_default();
    st.set_item(RECENT_KEY, &text)
}

/// Keep the scenario shown now in the recent list (before it is replaced by
/// an import, a reset or another scenario).
pub fn remember_recent(q: &str) {
    if let Ok(st) = storage() {
        let _ = push_recent(&st, q);
    }
}

fn recent_in(st: &Storage) -> Vec<(String, f64)> {
    let Some(text) = st.get_item(RECENT_KEY).ok().flatten() else {
        return Vec::new();
    };
    let Ok(v) = JSON::parse(&text) else {
        return Vec::new();
    };
    if !Array::is_array(&v) {
        return Vec::new();
    }
    Array::from(&v)
        .iter()
        .filter_map(|e| {
            let e: Array = e.dyn_into().ok()?;
            Some((e.get(0).as_string()?, e.get(1).as_f64().unwrap_or(0.0)))
        })
        .take(RECENT_MAX)
        .collect()
}

/// The recent scenarios, newest first: (query, saved at, ms since 1970).
pub fn recent() -> Vec<(String, f64)> {
    storage().map(|st| recent_in(&st)).unwrap_or_default()
}

/// A moment as the page's language writes a date and time: in the
/// browser's own variant of it when it has one (day before month for
/// "en-GB" on an English page), else the language's default.
pub fn when(ms: f64) -> String {
    let lang = crate::model::i18n::language().code();
    let locale = languages()
        .into_iter()
        .find(|l| {
            l.split('-')
                .next()
                .is_some_and(|p| p.eq_ignore_ascii_case(lang))
        })
        .unwrap_or_else(|| lang.to_string());
    js_sys::Date::new(&JsValue::from_f64(ms))
        .to_locale_string(&locale, &JsValue::UNDEFINED)
        .as_string()
        .unwrap_or_default()
}

/// Keep a saved scenario this version cannot fully use under its own key.
pub fn keep_aside(raw: &str, newer: bool) -> Result<(), String> {
    let key = if newer { NEWER_KEY } else { CORRUPT_KEY };
    storage()?
        .set_item(key, raw)
        .map_err(|_| tr("The original copy could not be kept.").to_string())
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
            tr("The address bar could not be updated; use “Copy link” to share.").to_string()
        })
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
        done(Err(tr(
            "This browser does not allow copying here: select the link and copy it by hand.",
        )
        .to_string()));
        return;
    }
    let promise = navigator.clipboard().write_text(&text);
    wasm_bindgen_futures::spawn_local(async move {
        let r = wasm_bindgen_futures::JsFuture::from(promise).await;
        done(r.map(|_| ()).map_err(|_| {
            tr("Copying was blocked: select the link and copy it by hand.").to_string()
        }));
    });
}

/// The browser offers a share sheet (`navigator.share`).
pub fn can_share() -> bool {
    let navigator = gloo::utils::window().navigator();
    Reflect::get(&navigator, &JsValue::from_str("share"))
        .map(|f| f.is_function())
        .unwrap_or(false)
}

/// Open the system share sheet with the link; a cancel is not an error.
pub fn share(url: &str) -> Result<(), String> {
    let navigator = gloo::utils::window().navigator();
    let fail = |_| tr("Sharing is not available here: copy the link instead.").to_string();
    let f: js_sys::Function = Reflect::get(&navigator, &JsValue::from_str("share"))
        .map_err(fail)?
        .dyn_into()
        .map_err(fail)?;
    let data = Object::new();
    let _ = Reflect::set(
        &data,
        &"title".into(),
        &tr("Outsource or keep in-house?").into(),
    );
    let _ = Reflect::set(&data, &"url".into(), &JsValue::from_str(url));
    let promise: js_sys::Promise = f
        .call1(&navigator, &data)
        .map_err(fail)?
        .dyn_into()
        .map_err(fail)?;
    let ignore = wasm_bindgen::closure::Closure::<dyn FnMut(JsValue)>::new(|_| {});
    let _ = promise.catch(&ignore);
    ignore.forget();
    Ok(())
}

/// Offer `text` as a file download.
pub fn download(name: &str, mime: &str, text: &str) -> Result<(), String> {
    let fail = |_| tr("The download could not be started.").to_string();
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
    let value = JSON::parse(text).map_err(|_| tr("That file is not valid JSON.").to_string())?;
    if !value.is_object() || Array::is_array(&value) {
        return Err(tr("That file does not hold a scenario (expected a JSON object).").into());
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

/// Register the service worker (plain http(s) only; `file://` cannot), and
/// call `on_update` when a new version takes over this page (a deploy).
/// A refusal (a sandboxed frame, blocked storage) is caught, not logged.
pub fn register_service_worker(on_update: impl Fn() + 'static) {
    use wasm_bindgen::closure::Closure;
    let navigator = gloo::utils::window().navigator();
    let has_sw = Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false);
    let protocol = gloo::utils::window()
        .location()
        .protocol()
        .unwrap_or_default();
    if !has_sw || !(protocol == "https:" || protocol == "http:") {
        return;
    }
    let container = navigator.service_worker();
    let opts = web_sys::RegistrationOptions::new();
    opts.set_update_via_cache(web_sys::ServiceWorkerUpdateViaCache::None);
    let ignore = Closure::<dyn FnMut(JsValue)>::new(|_| {});
    let _ = container
        .register_with_options("./sw.js", &opts)
        .catch(&ignore);
    ignore.forget();
    super::lang::keep_offline();
    // A page that already had a worker and gets a new one: a deploy landed.
    if container.controller().is_some() {
        let changed = Closure::<dyn FnMut()>::new(on_update);
        let _ = container
            .add_event_listener_with_callback("controllerchange", changed.as_ref().unchecked_ref());
        changed.forget();
    }
}

/// Reload the page (after an update).
pub fn reload() {
    let _ = gloo::utils::window().location().reload();
}

/// Call `f` with the new value whenever another tab changes the saved scenario.
pub fn on_saved_elsewhere(f: impl Fn(Option<String>) + 'static) {
    use wasm_bindgen::closure::Closure;
    let cb = Closure::<dyn FnMut(web_sys::StorageEvent)>::new(move |e: web_sys::StorageEvent| {
        if e.key().as_deref() == Some(SAVE_KEY) {
            let value = e.new_value();
            if value != last_written() {
                f(value);
            }
        }
    });
    let _ = gloo::utils::window()
        .add_event_listener_with_callback("storage", cb.as_ref().unchecked_ref());
    cb.forget();
}

/// Write the latest scenario at once when the page is hidden or left
/// (reload, back, closing the tab, switching apps on a phone): the debounce
/// must never lose an edit.
pub fn flush_when_hidden() {
    use wasm_bindgen::closure::Closure;
    let flush = Closure::<dyn FnMut(web_sys::Event)>::new(|e: web_sys::Event| {
        let session = gloo::utils::window().session_storage().ok().flatten();
        let hidden = gloo::utils::document().visibility_state() == web_sys::VisibilityState::Hidden;
        if e.type_() != "pagehide" && !hidden {
            // Back in view: any hand-over written on the way out is stale.
            if let Some(st) = &session {
                let _ = st.remove_item(HANDOFF_KEY);
            }
            return;
        }
        // Hidden or leaving (the page is hidden before `pagehide` fires): a
        // reload or a step back reopens the address the navigation started
        // from, which may be older than the edits. Hand the edits over to
        // that address, read before this flush rewrites it.
        let from = query();
        let to = LATEST.with(|l| {
            l.try_borrow()
                .ok()
                .and_then(|l| l.as_ref().map(|l| l.url.clone()))
        });
        if let (Some(to), Some(st)) = (to, &session) {
            if PENDING.with(|p| p.get()) && to != from {
                let pair = Array::of2(&JsValue::from_str(&from), &JsValue::from_str(&to));
                if let Ok(text) = JSON::stringify(&pair) {
                    let _ = st.set_item(HANDOFF_KEY, &text.as_string().unwrap_or_default());
                }
            }
        }
        let _ = flush_latest();
    });
    let window = gloo::utils::window();
    let _ = window.add_event_listener_with_callback("pagehide", flush.as_ref().unchecked_ref());
    let _ = gloo::utils::document()
        .add_event_listener_with_callback("visibilitychange", flush.as_ref().unchecked_ref());
    flush.forget();
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
        // The body's own height follows the content down as well as up; the
        // document's scrollHeight never falls below the frame's height.
        let height = gloo::utils::document()
            .body()
            .map(|b| b.get_bounding_client_rect().height().ceil() as i32)
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

/// Tell a `<details>` at once that it opened or closed: the browser's own
/// `toggle` comes a task later, after the print snapshot, and a fold builds
/// its body on `toggle` (`components::fold`).
fn toggled(el: &web_sys::Element) {
    if let Ok(e) = web_sys::Event::new("toggle") {
        let _ = el.dispatch_event(&e);
    }
}

/// Open every folded section before printing, so the report is complete,
/// and fold again afterwards what was folded, so the screen is as it was.
pub fn open_details_when_printing() {
    use std::cell::RefCell;
    use std::rc::Rc;
    use wasm_bindgen::closure::Closure;
    let opened: Rc<RefCell<Vec<web_sys::Element>>> = Rc::default();
    let before = {
        let opened = opened.clone();
        Closure::<dyn FnMut()>::new(move || {
            opened.borrow_mut().clear();
            open_all(opened.clone());
        })
    };
    let after = Closure::<dyn FnMut()>::new(move || {
        for el in opened.borrow_mut().drain(..) {
            let _ = el.remove_attribute("open");
            toggled(&el);
        }
    });
    let window = gloo::utils::window();
    let _ = window.add_event_listener_with_callback("beforeprint", before.as_ref().unchecked_ref());
    let _ = window.add_event_listener_with_callback("afterprint", after.as_ref().unchecked_ref());
    before.forget();
    after.forget();
}

/// Open every closed `<details>`, noting it in `opened`. A fold builds its
/// body in the render that follows (a microtask, still before the print
/// snapshot), and that body may hold more `<details>`: so look again after
/// it, in a microtask queued behind the render, until none is left.
fn open_all(opened: std::rc::Rc<std::cell::RefCell<Vec<web_sys::Element>>>) {
    let mut found = false;
    if let Ok(list) = gloo::utils::document().query_selector_all("details:not([open])") {
        for i in 0..list.length() {
            if let Some(el) = list
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            {
                let _ = el.set_attribute("open", "");
                toggled(&el);
                opened.borrow_mut().push(el);
                found = true;
            }
        }
    }
    if found {
        wasm_bindgen_futures::spawn_local(async move { open_all(opened) });
    }
}

/// The latest scenario, kept at once for a flush (hide, panic).
#[derive(Clone)]
struct Latest {
    /// The scenario's query string (saved state).
    query: String,
    /// The address bar's query (with the page's own parameters).
    url: String,
    /// The visitor's saved scenario may be written.
    may_save: bool,
}

thread_local! {
    static LATEST: std::cell::RefCell<Option<Latest>> = const { std::cell::RefCell::new(None) };
    /// The latest has not been written yet (the debounce is pending).
    static PENDING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Remember the latest scenario at once (the debounced write may not have run yet).
pub fn remember(query: &str, url: &str, may_save: bool) {
    LATEST.with(|l| {
        if let Ok(mut l) = l.try_borrow_mut() {
            *l = Some(Latest {
                query: query.to_string(),
                url: url.to_string(),
                may_save,
            });
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
    let mut result = replace_url(&l.url);
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
        banner.set_text_content(Some(tr(
            "Something went wrong — your inputs are saved. Please reload the page.",
        )));
        let _ = body.prepend_with_node_1(&banner);
    }
}
