//! JSON text ⇄ the model's serde types. The wire is the browser's own JSON
//! (`JSON.parse`, `JSON.stringify`) with serde-wasm-bindgen between it and
//! the types: chosen by measurement over serde_json (benches/history.md).

use serde::de::DeserializeOwned;
use serde::Serialize;

/// Why a text could not be read as the type asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unread {
    /// Not JSON at all.
    NotJson,
    /// JSON, but not this shape.
    Shape,
}

#[cfg(not(feature = "wire-json"))]
mod wire {
    use super::*;
    use js_sys::JSON;
    use wasm_bindgen::JsValue;

    pub fn parse<T: DeserializeOwned>(text: &str) -> Result<T, Unread> {
        let value = JSON::parse(text).map_err(|_| Unread::NotJson)?;
        serde_wasm_bindgen::from_value(value).map_err(|_| Unread::Shape)
    }

    pub fn text<T: Serialize>(value: &T, pretty: bool) -> String {
        // Maps as plain objects, as JSON writes them.
        let v = value
            .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
            .unwrap_or(JsValue::NULL);
        let s = if pretty {
            JSON::stringify_with_replacer_and_space(&v, &JsValue::NULL, &JsValue::from(2))
        } else {
            JSON::stringify(&v)
        };
        s.ok().and_then(|s| s.as_string()).unwrap_or_default()
    }
}

#[cfg(feature = "wire-json")]
mod wire {
    use super::*;

    pub fn parse<T: DeserializeOwned>(text: &str) -> Result<T, Unread> {
        serde_json::from_str(text).map_err(|e| {
            if e.is_data() {
                Unread::Shape
            } else {
                Unread::NotJson
            }
        })
    }

    pub fn text<T: Serialize>(value: &T, pretty: bool) -> String {
        if pretty {
            serde_json::to_string_pretty(value).unwrap_or_default()
        } else {
            serde_json::to_string(value).unwrap_or_default()
        }
    }
}

/// `text` read as a `T`.
pub fn parse<T: DeserializeOwned>(text: &str) -> Result<T, Unread> {
    wire::parse(text)
}

/// `value` as JSON text; `pretty`: indented by two spaces, for a file.
pub fn text<T: Serialize>(value: &T, pretty: bool) -> String {
    wire::text(value, pretty)
}
