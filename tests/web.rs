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

/// The page's JSON reader (the browser's `JSON.parse` and a small serde
/// deserializer): the import file, the recent list, the hand-off and a
/// catalogue read as the host tests read them with serde_json.
#[wasm_bindgen_test]
fn the_pages_json_reads_every_file_it_writes() {
    use outsource_check::model::catalogue::Catalogue;
    use outsource_check::model::export::{ExportFile, ImportFile, JsonValue};
    use outsource_check::model::saving::{Handoff, RecentEntry, RecentItem};
    use outsource_check::ui::json::{parse, text, Unread};
    let pairs = vec![
        ("task".to_string(), "seo".to_string()),
        ("hours".to_string(), "40".to_string()),
    ];
    let file = text(&ExportFile(&pairs), true);
    assert!(file.starts_with("{\n  \"task\": \"seo\""), "{file}");
    let read: ImportFile = parse(&file).unwrap();
    assert_eq!(
        read.0[1],
        ("hours".to_string(), JsonValue::Str("40".into()))
    );
    let mixed: ImportFile =
        parse(r#"{"a": 1, "b": null, "c": [1], "d": {"x": true}, "e": false}"#).unwrap();
    let kinds: Vec<JsonValue> = mixed.0.into_iter().map(|(_, v)| v).collect();
    assert_eq!(
        kinds,
        [
            JsonValue::Num(1.0),
            JsonValue::Other("null"),
            JsonValue::Other("array"),
            JsonValue::Other("object"),
            JsonValue::Other("boolean")
        ]
    );
    assert_eq!(parse::<ImportFile>("[1]").unwrap_err(), Unread::Shape);
    assert_eq!(parse::<ImportFile>("{oops").unwrap_err(), Unread::NotJson);
    let list = text(&vec![RecentEntry("a=1".into(), 1.764e12)], false);
    let items: Vec<RecentItem> =
        parse(&format!("[{}, 42, [\"b\"]]", &list[1..list.len() - 1])).unwrap();
    assert_eq!(
        items[0],
        RecentItem::Entry(RecentEntry("a=1".into(), 1.764e12))
    );
    assert_eq!(items[1..], [RecentItem::Unreadable, RecentItem::Unreadable]);
    let h: Handoff = parse(&text(&Handoff("x=1".into(), "x=2".into()), false)).unwrap();
    assert_eq!(h, Handoff("x=1".into(), "x=2".into()));
    assert!(parse::<Handoff>("[1, 2]").is_err());
    let c: Catalogue = parse(r#"{"Saving": "Ersparnis"}"#).unwrap();
    assert_eq!(c.get("Saving"), Some("Ersparnis"));
    assert!(parse::<Catalogue>(r#"{"a": 1}"#).is_err());
}
