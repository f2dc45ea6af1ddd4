//! The floor app (one input, one figure) plus the app's JSON reads and
//! writes: an import file, the recent list, the hand-off and a catalogue
//! read, an export and a recent list written. The figure shown depends on
//! what was read, so nothing is optimised away.
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[cfg(feature = "json")]
fn json(text: &str) -> usize {
    use outsource_check::model::catalogue::Catalogue;
    use outsource_check::model::export::{read_json, to_json};
    use outsource_check::model::saving::{push_recent, read_recent, start_query, write_recent};
    let entries = read_json(text).map(|e| e.len()).unwrap_or(0);
    let recent = read_recent(Some(text)).entries;
    let start = start_query(text, Some(text)).len();
    let cat = Catalogue::parse(text).map(|c| c.0.len()).unwrap_or(0);
    let out = to_json(&[(text.to_string(), text.to_string())]).len();
    let written = write_recent(&push_recent(recent, text, 1.0)).len();
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
    let recent: Vec<RecentEntry> = from_value(parse(text)).unwrap_or_default();
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
