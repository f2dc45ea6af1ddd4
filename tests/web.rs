//! Component tests in headless Chromium (wasm32 only; run by scripts/test.sh).
#![cfg(target_arch = "wasm32")]

use outsource_check::ui::app::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{
    Element, HtmlElement, HtmlInputElement, HtmlSelectElement, InputEvent, InputEventInit,
};

wasm_bindgen_test_configure!(run_in_browser);

async fn mount() -> Element {
    let document = gloo::utils::document();
    let old = document.get_element_by_id("app");
    if let Some(old) = old {
        old.remove();
    }
    let root = document.create_element("div").unwrap();
    root.set_id("app");
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    // The first render holds the inputs and results; the rest follows in
    // later tasks and then the page is marked ready. Wait for that, by the
    // clock (timers are slow on a busy machine), and fail loudly if it never
    // comes: every test below assumes the whole page is there.
    const READY_WITHIN_MS: f64 = 5_000.0;
    let start = js_sys::Date::now();
    while !root.has_attribute("data-ready") {
        let waited = js_sys::Date::now() - start;
        assert!(
            waited < READY_WITHIN_MS,
            "the app never became ready: #app has no data-ready attribute {waited:.0} ms after the first render \
             (the staged render did not finish, or it panicked: see the console output above)"
        );
        gloo_timers::future::TimeoutFuture::new(5).await;
        yew::scheduler::flush().await;
    }
    root
}

fn by_id(id: &str) -> Element {
    gloo::utils::document()
        .get_element_by_id(id)
        .unwrap_or_else(|| panic!("no #{id}"))
}

fn value_of(id: &str) -> f64 {
    by_id(id)
        .get_attribute("data-value")
        .unwrap()
        .parse()
        .unwrap()
}

async fn type_into(id: &str, text: &str) {
    let input: HtmlInputElement = by_id(id).dyn_into().unwrap();
    input.set_value(text);
    let init = InputEventInit::new();
    init.set_bubbles(true);
    let event = InputEvent::new_with_event_init_dict("input", &init).unwrap();
    input.dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn mounts_with_defaults_and_signals_ready() {
    let root = mount().await;
    assert!(root.has_attribute("data-ready"));
    assert!(value_of("total-in-house") > 0.0);
    assert!(value_of("total-outsourced") > 0.0);
}

#[wasm_bindgen_test]
async fn number_field_parses_and_flags() {
    mount().await;
    let before = value_of("total-outsourced");
    type_into("hours", "1,200").await;
    let after = value_of("total-outsourced");
    assert!(after > before, "{after} should exceed {before}");
    assert!(gloo::utils::document()
        .get_element_by_id("hours-err")
        .is_none());

    type_into("hours", "abc").await;
    let err = by_id("hours-err").text_content().unwrap();
    assert!(err.contains("Not a number"), "{err}");
    // The last valid result stays; the text stays as typed.
    assert_eq!(value_of("total-outsourced"), after);
    let input: HtmlInputElement = by_id("hours").dyn_into().unwrap();
    assert_eq!(input.value(), "abc");
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
}

#[wasm_bindgen_test]
async fn picking_a_region_row_sets_the_provider_region() {
    mount().await;
    // The table is built when its fold opens.
    let regions = by_id("regions");
    regions.set_attribute("open", "").unwrap();
    regions
        .dispatch_event(&web_sys::Event::new("toggle").unwrap())
        .unwrap();
    yew::scheduler::flush().await;
    let button: HtmlElement = gloo::utils::document()
        .query_selector("tr[data-region='eastern-europe'] button.pick")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    button.click();
    yew::scheduler::flush().await;
    let select: HtmlSelectElement = by_id("region").dyn_into().unwrap();
    assert_eq!(select.value(), "eastern-europe");
}

#[wasm_bindgen_test]
async fn the_panic_message_shows_and_the_latest_scenario_is_saved() {
    use outsource_check::model::page::Latest;
    use outsource_check::ui::{events, persist, storage::SAVE_KEY};
    mount().await;
    let storage = gloo::utils::window().local_storage().unwrap().unwrap();
    storage.remove_item(SAVE_KEY).unwrap();
    persist::remember(Latest {
        query: "task=seo&hours=12".into(),
        url: "task=seo&hours=12".into(),
        may_save: true,
    });
    events::on_panic("test panic");
    assert!(by_id("panic")
        .text_content()
        .unwrap()
        .contains("your inputs are saved"));
    assert_eq!(
        storage.get_item(SAVE_KEY).unwrap().as_deref(),
        Some("task=seo&hours=12")
    );
}
