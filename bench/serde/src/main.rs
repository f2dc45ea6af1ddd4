//! The floor app (one input, one figure) plus the app's JSON reads and
//! writes: an import file, the recent list, the hand-off and a catalogue
//! read, an export and a recent list written. The figure shown depends on
//! what was read, so nothing is optimised away.
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[cfg(feature = "json")]
fn json(text: &str) -> usize {
    use outsource_check::model::catalogue::Catalogue;
    use outsource_check::model::export::{ExportFile, ImportFile};
    use outsource_check::model::saving::{push_recent, Handoff, RecentEntry, RecentItem};
    let entries = serde_json::from_str::<ImportFile>(text).map(|e| e.0.len()).unwrap_or(0);
    let items: Vec<RecentItem> = serde_json::from_str(text).unwrap_or_default();
    let recent: Vec<RecentEntry> = items
        .into_iter()
        .filter_map(|i| match i {
            RecentItem::Entry(e) => Some(e),
            RecentItem::Unreadable => None,
        })
        .collect();
    let start = serde_json::from_str::<Handoff>(text).map(|h| h.1.len()).unwrap_or(0);
    let cat = serde_json::from_str::<Catalogue>(text).map(|c| c.0.len()).unwrap_or(0);
    let pairs = [(text.to_string(), text.to_string())];
    let out = serde_json::to_string_pretty(&ExportFile(&pairs)).unwrap_or_default().len();
    let written = serde_json::to_string(&push_recent(recent, text, 1.0)).unwrap_or_default().len();
    entries + start + cat + out + written
}

#[cfg(feature = "swb")]
fn json(text: &str) -> usize {
    use outsource_check::model::catalogue::Catalogue;
    use outsource_check::model::export::{ExportFile, ImportFile};
    use outsource_check::model::saving::{push_recent, Handoff, RecentEntry};
    use serde::Serialize;
    use serde_wasm_bindgen::{from_value, Serializer};
    // As JSON would write them: plain objects, not JS Maps.
    let js = Serializer::json_compatible();
    let parse = |t: &str| js_sys::JSON::parse(t).unwrap_or(wasm_bindgen::JsValue::NULL);
    let stringify = |v: wasm_bindgen::JsValue| {
        js_sys::JSON::stringify(&v).ok().and_then(|s| s.as_string()).unwrap_or_default()
    };
    let entries = from_value::<ImportFile>(parse(text)).map(|e| e.0.len()).unwrap_or(0);
    let items: Vec<outsource_check::model::saving::RecentItem> = from_value(parse(text)).unwrap_or_default();
    let recent: Vec<RecentEntry> = items
        .into_iter()
        .filter_map(|i| match i {
            outsource_check::model::saving::RecentItem::Entry(e) => Some(e),
            outsource_check::model::saving::RecentItem::Unreadable => None,
        })
        .collect();
    let start = from_value::<Handoff>(parse(text)).map(|h| h.1.len()).unwrap_or(0);
    let cat = from_value::<Catalogue>(parse(text)).map(|c| c.0.len()).unwrap_or(0);
    let pairs = [(text.to_string(), text.to_string())];
    let out = stringify(ExportFile(&pairs).serialize(&js).unwrap_or_default()).len();
    let written = stringify(push_recent(recent, text, 1.0).serialize(&js).unwrap_or_default()).len();
    entries + start + cat + out + written
}

#[cfg(not(any(feature = "json", feature = "swb")))]
fn json(text: &str) -> usize {
    text.len()
}

#[function_component]
fn App() -> Html {
    let text = use_state(String::new);
    let oninput = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            text.set(input.value());
        })
    };
    html! {
        <main>
            <label for="json">{"JSON"}</label>
            <input id="json" value={(*text).clone()} {oninput} />
            <p id="total">{json(&text).to_string()}</p>
        </main>
    }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
