//! Page-level events, each set up once: a deploy taking over (the service
//! worker), another tab's save, leaving the page, printing, the embed's
//! height and a panic. Every browser API a sandbox or a privacy mode can
//! deny is reached through a guard that degrades.

use js_sys::{Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use super::{persist, storage};
use crate::model::i18n::tr;

/// The service worker container, when this page may use one: plain
/// http(s) (`file://` cannot), and not a sandboxed frame, where merely
/// reading `navigator.serviceWorker` throws.
pub fn service_worker() -> Option<web_sys::ServiceWorkerContainer> {
    let window = gloo::utils::window();
    let protocol = window.location().protocol().unwrap_or_default();
    if !(protocol == "https:" || protocol == "http:") {
        return None;
    }
    Reflect::get(&window.navigator(), &JsValue::from_str("serviceWorker"))
        .ok()
        .filter(|c| c.is_object())
        .map(JsCast::unchecked_into)
}

/// Register the service worker and call `on_update` when a new version takes
/// over this page (a deploy). A refusal is caught, not logged.
pub fn register_service_worker(on_update: impl Fn() + 'static) {
    use wasm_bindgen::closure::Closure;
    let Some(container) = service_worker() else {
        return;
    };
    let opts = web_sys::RegistrationOptions::new();
    opts.set_update_via_cache(web_sys::ServiceWorkerUpdateViaCache::None);
    let ignore = Closure::<dyn FnMut(JsValue)>::new(|_| {});
    let _ = container
        .register_with_options("./sw.js", &opts)
        .catch(&ignore);
    ignore.forget();
    // A page that already had a worker and gets a new one: a deploy landed.
    if container.controller().is_some() {
        let changed = Closure::<dyn FnMut()>::new(on_update);
        let _ = container
            .add_event_listener_with_callback("controllerchange", changed.as_ref().unchecked_ref());
        changed.forget();
    }
}

/// Call `f` with the new value whenever another tab changes the saved scenario.
pub fn on_saved_elsewhere(f: impl Fn(Option<String>) + 'static) {
    use wasm_bindgen::closure::Closure;
    let cb = Closure::<dyn FnMut(web_sys::StorageEvent)>::new(move |e: web_sys::StorageEvent| {
        if e.key().as_deref() == Some(storage::SAVE_KEY) {
            let value = e.new_value();
            if value != persist::last_written() {
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
        let hidden = gloo::utils::document().visibility_state() == web_sys::VisibilityState::Hidden;
        if e.type_() != "pagehide" && !hidden {
            persist::back_in_view();
        } else {
            persist::leaving();
        }
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

/// After a panic: log it, save what the user typed, and say so on the page.
pub fn on_panic(message: &str) {
    web_sys::console::error_1(&JsValue::from_str(message));
    persist::save_latest();
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
