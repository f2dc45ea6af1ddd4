//! The page: thin Yew components over the pure model.

pub mod app;
pub mod components;
pub mod device;
pub mod events;
pub mod fmt;
pub mod hooks;
pub mod json;
pub mod lang;
pub mod page;
pub mod persist;
pub mod sentence;
pub mod state;
pub mod storage;

/// Mount the app into `#app` (replacing the loading shell) and set up the
/// page-level helpers: writing the latest edit when the page is hidden,
/// print, embed height. (The service worker and the other-tab watch are set
/// up by the root component, which receives what they report.)
pub fn start() {
    std::panic::set_hook(Box::new(|info| events::on_panic(&info.to_string())));
    // The language's words first (a catalogue fetch for German, French, Dutch).
    // Mounted in a task of its own, so the catalogue's arrival and the
    // first render are not one long task.
    wasm_bindgen_futures::spawn_local(async {
        lang::init().await;
        gloo::timers::callback::Timeout::new(0, mount).forget();
    });
}

/// The fields of the pre-rendered first screen the reader changed before
/// the app started: (id, value), where the value differs from the one the
/// page was built with.
fn typed_before_start(root: &web_sys::Element) -> Vec<(String, String)> {
    use wasm_bindgen::JsCast;
    let Ok(list) = root.query_selector_all("input[id]:not([disabled]), select[id]:not([disabled])")
    else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok())
        .filter_map(|el| {
            let (value, built) = if let Some(input) = el.dyn_ref::<web_sys::HtmlInputElement>() {
                (input.value(), input.default_value())
            } else {
                let select = el.dyn_ref::<web_sys::HtmlSelectElement>()?;
                let built = select
                    .query_selector("option[selected]")
                    .ok()
                    .flatten()
                    .and_then(|o| o.get_attribute("value"))
                    .unwrap_or_default();
                (select.value(), built)
            };
            (value != built).then(|| (el.id(), value))
        })
        .collect()
}

fn mount() {
    let document = gloo::utils::document();
    let root = document
        .get_element_by_id("app")
        .unwrap_or_else(|| gloo::utils::body().into());
    // The pre-rendered first screen (assets/start.js) is replaced by the
    // same screen from the app; what the reader typed in it meanwhile is kept.
    state::keep_typed(typed_before_start(&root));
    let held = hold_page(&root);
    root.set_inner_html("");
    if held.is_empty() {
        let _ = root.remove_attribute("data-pending");
        let _ = root.remove_attribute("data-prerendered");
    }
    // Tells the loading screen's watchdog (boot.js) that the app started.
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("data-started", "");
    }
    render(root.clone());
    // Yew cleared the root and renders in a microtask: the held page goes
    // back on screen until the app's first screen replaces it one task
    // later (`release_page`).
    for el in &held {
        let _ = root.append_child(el);
    }
    HELD.with(|h| *h.borrow_mut() = held);
    events::flush_when_hidden();
    events::open_details_when_printing();
    events::post_height_to_parent();
}

thread_local! {
    /// The pre-rendered page, on screen through the app's first task (see
    /// `app`'s stages).
    static HELD: std::cell::RefCell<Vec<web_sys::Element>> = const { std::cell::RefCell::new(Vec::new()) };
    /// The running app, for a remount.
    static APP: std::cell::RefCell<Option<yew::AppHandle<app::App>>> = const { std::cell::RefCell::new(None) };
}

/// The pre-rendered page's elements, as they are (typed values and all),
/// made inert: what was typed is already kept (`state::keep_typed`).
fn hold_page(root: &web_sys::Element) -> Vec<web_sys::Element> {
    if !root.has_attribute("data-prerendered") {
        return Vec::new();
    }
    let children = root.children();
    let held: Vec<web_sys::Element> = (0..children.length())
        .filter_map(|i| children.item(i))
        .collect();
    for el in &held {
        let _ = el.set_attribute("inert", "");
    }
    held
}

/// Whether the pre-rendered page is still on screen.
pub fn holding_page() -> bool {
    HELD.with(|h| !h.borrow().is_empty())
}

/// The app's first screen is going in: the held page goes, and with it the
/// marks that styled it (a link's pre-rendered figures stay hidden until
/// then).
pub fn release_page() {
    let held = HELD.with(|h| std::mem::take(&mut *h.borrow_mut()));
    if held.is_empty() {
        return;
    }
    for el in &held {
        el.remove();
    }
    if let Some(root) = gloo::utils::document().get_element_by_id("app") {
        let _ = root.remove_attribute("data-pending");
        let _ = root.remove_attribute("data-prerendered");
    }
}

fn render(root: web_sys::Element) {
    let handle = yew::Renderer::<app::App>::with_root(root).render();
    APP.with(|a| *a.borrow_mut() = Some(handle));
}

/// Start the app again, in the language now in use (a catalogue that came
/// late): the latest scenario is written first, and the new start reads it
/// back as a reload would.
pub fn remount() {
    let _ = persist::flush_latest();
    if let Some(handle) = APP.with(|a| a.borrow_mut().take()) {
        handle.destroy();
    }
    let document = gloo::utils::document();
    if let Some(root) = document.get_element_by_id("app") {
        root.set_inner_html("");
        let _ = root.remove_attribute("data-ready");
        render(root);
    }
}
