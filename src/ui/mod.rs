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
    // same screen from the app, all but its header (`keep_header`); what
    // the reader typed in it meanwhile is kept.
    let typed = typed_before_start(&root);
    state::keep_typed(typed.clone());
    let focus = focused_in(std::slice::from_ref(&root));
    let header = keep_header(&root);
    if let Some(h) = &header {
        sync_header(h);
    }
    HEADER.with(|k| *k.borrow_mut() = header);
    let held = hold_page(&root);
    clear_but_header(&root);
    if held.is_empty() {
        let _ = root.remove_attribute("data-pending");
        let _ = root.remove_attribute("data-prerendered");
    }
    // Tells the loading screen's watchdog (boot.js) that the app started.
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("data-started", "");
    }
    render(root.clone());
    // Yew cleared its root and renders in a microtask: the held page goes
    // back on screen until the app's first screen replaces it one task
    // later (`release_page`).
    for el in &held {
        let _ = root.append_child(el);
    }
    // Taken off the page and put back, the held field lost the focus: it
    // gets it back, so the keys typed meanwhile still go into it.
    if let Some(id) = &focus {
        refocus(id);
    }
    if !held.is_empty() {
        HELD.with(|h| {
            *h.borrow_mut() = Some(Held {
                nodes: held,
                typed,
                focus,
            })
        });
    }
    events::flush_when_hidden();
    events::open_details_when_printing();
    events::post_height_to_parent();
}

thread_local! {
    /// The pre-rendered page, on screen through the app's first task (see
    /// `app`'s stages).
    static HELD: std::cell::RefCell<Option<Held>> = const { std::cell::RefCell::new(None) };
    /// The pre-rendered site header, kept (`keep_header`).
    static HEADER: std::cell::RefCell<Option<web_sys::Element>> = const { std::cell::RefCell::new(None) };
    /// What the reader typed in the held page and where the focus was.
    #[allow(clippy::type_complexity)]
    static CARRIED: std::cell::RefCell<Option<(Vec<(String, String)>, Option<String>)>> = const { std::cell::RefCell::new(None) };
    /// The held section with the focused field, kept out of sight from the
    /// held page's release until the app's field takes the focus
    /// (`carry_on`, a task later): a key typed in between goes into it,
    /// not to the page's body.
    static LIMBO: std::cell::RefCell<Option<web_sys::Element>> = const { std::cell::RefCell::new(None) };
    /// The running app, for a remount.
    static APP: std::cell::RefCell<Option<yew::AppHandle<app::App>>> = const { std::cell::RefCell::new(None) };
}

/// The pre-rendered page while the app's first task runs: its elements,
/// what had been typed in it and which field had the focus when the app
/// started.
struct Held {
    nodes: Vec<web_sys::Element>,
    typed: Vec<(String, String)>,
    focus: Option<String>,
}

/// The pre-rendered page's elements, left as they are (typed values and
/// all): the reader can go on typing in them until the app's own replace
/// them (`release_page`).
fn hold_page(root: &web_sys::Element) -> Vec<web_sys::Element> {
    if !root.has_attribute("data-prerendered") {
        return Vec::new();
    }
    let header = kept_header();
    let children = root.children();
    (0..children.length())
        .filter_map(|i| children.item(i))
        .filter(|el| Some(el) != header.as_ref())
        .collect()
}

/// The pre-rendered site header, kept for the page's life: the app renders
/// only its language switcher, into it (`kept_switch`). Replaced by an
/// identical header, its lede (the page's largest text) was counted by
/// Chromium as a new largest paint when the app started (in Lighthouse's
/// mobile run up to 1.5 s after the first paint). An embed has a header
/// of its own, from the app: none is kept there, whatever `start.js` did.
fn keep_header(root: &web_sys::Element) -> Option<web_sys::Element> {
    use crate::model::{query::split_query, start::embed_of};
    if !root.has_attribute("data-prerendered") || embed_of(&split_query(&page::query())) {
        return None;
    }
    root.query_selector(":scope > header.site-header")
        .ok()
        .flatten()
}

/// The kept header's title and lede in the language in use (English while
/// a late catalogue is on its way); a text already right is left alone.
fn sync_header(header: &web_sys::Element) {
    for (selector, text) in [("h1", app::TITLE), ("p.lede", app::LEDE)] {
        let text = crate::model::i18n::tr(text);
        if let Ok(Some(el)) = header.query_selector(selector) {
            if el.text_content().as_deref() != Some(text) {
                el.set_text_content(Some(text));
            }
        }
    }
}

/// `root` emptied but for the kept header.
fn clear_but_header(root: &web_sys::Element) {
    let header: Option<web_sys::Node> = kept_header().map(Into::into);
    let nodes = root.child_nodes();
    let all: Vec<web_sys::Node> = (0..nodes.length()).filter_map(|i| nodes.item(i)).collect();
    for node in all {
        if Some(&node) != header.as_ref() {
            let _ = root.remove_child(&node);
        }
    }
}

/// The pre-rendered header the page keeps, if any (`keep_header`).
fn kept_header() -> Option<web_sys::Element> {
    HEADER.with(|h| h.borrow().clone())
}

/// Where the app renders the language switcher when the pre-rendered header
/// is kept: its `div.lang-switch`, emptied of the pre-rendered switcher
/// when the app's first screen goes in (`release_page`) or the app starts
/// again (`remount`).
pub fn kept_switch() -> Option<web_sys::Element> {
    kept_header()?.query_selector(".lang-switch").ok().flatten()
}

/// The id of the focused element, if it is inside one of `within`.
fn focused_in(within: &[web_sys::Element]) -> Option<String> {
    let active = gloo::utils::document().active_element()?;
    let inside = within.iter().any(|w| w.contains(Some(&active)));
    (inside && !active.id().is_empty()).then(|| active.id())
}

/// Whether the pre-rendered page is still on screen.
pub fn holding_page() -> bool {
    HELD.with(|h| h.borrow().is_some())
}

/// The app's first screen is going in (called as it renders, so the two
/// are never on screen together): the held page goes, and with it the
/// marks that styled it (a link's pre-rendered figures stay hidden until
/// then). What the reader did in it meanwhile is kept for `carry_on`.
pub fn release_page() {
    let Some(held) = HELD.with(|h| h.borrow_mut().take()) else {
        return;
    };
    let typed: Vec<(String, String)> = held
        .nodes
        .iter()
        .flat_map(typed_before_start)
        .filter(|pair| !held.typed.contains(pair))
        .collect();
    let focus = focused_in(&held.nodes).or(held.focus);
    drop_nodes(&held.nodes, true);
    if let Some(switch) = kept_switch() {
        switch.set_inner_html("");
    }
    CARRIED.with(|c| *c.borrow_mut() = Some((typed, focus)));
}

/// Once the app's first screen is in: fields typed in the held page after
/// the app started go into the app's, and the field that had the focus has
/// it again.
pub fn carry_on(on_action: &yew::Callback<crate::model::form::Action>) {
    use wasm_bindgen::JsCast;
    let Some((mut typed, focus)) = CARRIED.with(|c| c.borrow_mut().take()) else {
        return;
    };
    let document = gloo::utils::document();
    let input = |within: &web_sys::Element, id: &str| {
        within
            .query_selector(&format!("#{id}"))
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
    };
    if let Some(limbo) = LIMBO.with(|l| l.borrow_mut().take()) {
        let kept = focus
            .as_deref()
            .and_then(|id| Some((id, input(&limbo, id)?.value())));
        limbo.remove();
        // What was typed into it since the release, where the app's field
        // does not show it yet.
        if let (Some((id, value)), Some(root)) = (kept, document.document_element()) {
            if input(&root, id).is_some_and(|own| own.value() != value) {
                typed.retain(|(k, _)| k != id);
                typed.push((id.to_string(), value));
            }
        }
    }
    for (id, value) in typed {
        if let Some(action) = state::action_for(&id, &value) {
            on_action.emit(action);
            // The field shows it now, not at the next render: a key typed
            // meanwhile goes after it.
            if let Some(own) = document.document_element().and_then(|r| input(&r, &id)) {
                own.set_value(&value);
            }
        }
    }
    if let Some(id) = focus {
        refocus(&id);
    }
}

/// `keep_focus`: the app's field takes the focus next (`carry_on`).
fn drop_nodes(nodes: &[web_sys::Element], keep_focus: bool) {
    let active = gloo::utils::document().active_element();
    for el in nodes {
        // The section holding the focus stays out of sight until the app's
        // field has it (`LIMBO`): removed, it would leave the focus on the
        // page's body for a task, and the keys typed then would be lost.
        if keep_focus
            && active.as_ref().is_some_and(|a| el.contains(Some(a)))
            && LIMBO.with(|l| l.borrow().is_none())
        {
            let class = el.get_attribute("class").unwrap_or_default();
            let _ = el.set_attribute("class", &format!("{class} sr-only"));
            let _ = el.set_attribute("aria-hidden", "true");
            LIMBO.with(|l| *l.borrow_mut() = Some(el.clone()));
            continue;
        }
        el.remove();
    }
    if let Some(root) = gloo::utils::document().get_element_by_id("app") {
        let _ = root.remove_attribute("data-pending");
        let _ = root.remove_attribute("data-prerendered");
    }
}

/// Puts the focus back on the app's element with this id, unless the reader
/// has already put it somewhere.
fn refocus(id: &str) {
    use wasm_bindgen::JsCast;
    let document = gloo::utils::document();
    let elsewhere = document
        .active_element()
        .is_some_and(|a| Some(&a) != document.body().map(Into::into).as_ref());
    if elsewhere {
        return;
    }
    if let Some(el) = document
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Yew empties the element it renders into: with the pre-rendered header
/// kept, the app renders into a box of its own after it (`div.app-root`,
/// laid out as if it were not there).
fn render(root: web_sys::Element) {
    let mut host = root.clone();
    if kept_header().is_some() {
        if let Ok(own) = gloo::utils::document().create_element("div") {
            own.set_class_name("app-root");
            let _ = root.append_child(&own);
            host = own;
        }
    }
    let handle = yew::Renderer::<app::App>::with_root(host).render();
    APP.with(|a| *a.borrow_mut() = Some(handle));
}

/// Start the app again, in the language now in use (a catalogue that came
/// late): the latest scenario is written first, and the new start reads it
/// back as a reload would.
pub fn remount() {
    // Not started yet: the start to come uses the language now in use.
    let Some(handle) = APP.with(|a| a.borrow_mut().take()) else {
        return;
    };
    let _ = persist::flush_latest();
    handle.destroy();
    if let Some(held) = HELD.with(|h| h.borrow_mut().take()) {
        drop_nodes(&held.nodes, false);
    }
    if let Some(switch) = kept_switch() {
        switch.set_inner_html("");
    }
    let document = gloo::utils::document();
    if let Some(root) = document.get_element_by_id("app") {
        clear_but_header(&root);
        if let Some(h) = kept_header() {
            sync_header(&h);
        }
        let _ = root.remove_attribute("data-ready");
        render(root);
    }
}
