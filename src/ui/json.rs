//! JSON text ⇄ the model's serde types, through the browser's own JSON
//! (`JSON.parse`, `JSON.stringify`). Writing goes through serde-wasm-bindgen's
//! serializer; reading through the small deserializer below, over the
//! parsed `JsValue`. Its errors carry no message: a message would format
//! serde's description of the unexpected value, and with it core's float
//! formatting (about 6 KB gzip of wasm), for texts no reader sees — the
//! page says what failed in its own words. Measured against serde_json and
//! serde-wasm-bindgen's own deserializer in benches/history.md.

use js_sys::{Array, Object, JSON};
use serde::de::{self, DeserializeOwned, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde::Serialize;
use wasm_bindgen::{JsCast, JsValue};

/// Why a text could not be read as the type asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unread {
    /// Not JSON at all.
    NotJson,
    /// JSON, but not this shape.
    Shape,
}

/// `text` read as a `T`.
pub fn parse<T: DeserializeOwned>(text: &str) -> Result<T, Unread> {
    let value = JSON::parse(text).map_err(|_| Unread::NotJson)?;
    T::deserialize(Js(value)).map_err(|_| Unread::Shape)
}

/// `value` as JSON text; `pretty`: indented by two spaces, for a file.
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

/// The value was not the shape asked for (no message: see the module).
#[derive(Debug)]
struct Mismatch;

impl std::fmt::Display for Mismatch {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("not the shape asked for")
    }
}

impl std::error::Error for Mismatch {}

// Every constructor overridden: serde's defaults build a message (taking
// the address of the unexpected value's `Display`, float formatting and all)
// even when `custom` then drops it.
impl de::Error for Mismatch {
    fn custom<T: std::fmt::Display>(_: T) -> Self {
        Mismatch
    }
    fn invalid_type(_: de::Unexpected, _: &dyn de::Expected) -> Self {
        Mismatch
    }
    fn invalid_value(_: de::Unexpected, _: &dyn de::Expected) -> Self {
        Mismatch
    }
    fn invalid_length(_: usize, _: &dyn de::Expected) -> Self {
        Mismatch
    }
    fn unknown_variant(_: &str, _: &'static [&'static str]) -> Self {
        Mismatch
    }
    fn unknown_field(_: &str, _: &'static [&'static str]) -> Self {
        Mismatch
    }
    fn missing_field(_: &'static str) -> Self {
        Mismatch
    }
    fn duplicate_field(_: &'static str) -> Self {
        Mismatch
    }
}

/// A parsed JSON value, as a serde deserializer.
struct Js(JsValue);

impl<'de> de::Deserializer<'de> for Js {
    type Error = Mismatch;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Mismatch> {
        let v = self.0;
        if v.is_null() || v.is_undefined() {
            visitor.visit_unit()
        } else if let Some(b) = v.as_bool() {
            visitor.visit_bool(b)
        } else if let Some(n) = v.as_f64() {
            visitor.visit_f64(n)
        } else if let Some(s) = v.as_string() {
            visitor.visit_string(s)
        } else if Array::is_array(&v) {
            let items: Array = v.unchecked_into();
            visitor.visit_seq(Items { items, next: 0 })
        } else if v.is_object() {
            let entries = Object::entries(v.unchecked_ref());
            visitor.visit_map(Entries {
                entries,
                next: 0,
                value: None,
            })
        } else {
            Err(Mismatch)
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Mismatch> {
        if self.0.is_null() || self.0.is_undefined() {
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

/// An array's items, one by one.
struct Items {
    items: Array,
    next: u32,
}

impl<'de> SeqAccess<'de> for Items {
    type Error = Mismatch;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Mismatch> {
        if self.next >= self.items.length() {
            return Ok(None);
        }
        let item = self.items.get(self.next);
        self.next += 1;
        seed.deserialize(Js(item)).map(Some)
    }
}

/// An object's entries, one by one (`Object.entries`: in the object's order).
struct Entries {
    entries: Array,
    next: u32,
    value: Option<JsValue>,
}

impl<'de> MapAccess<'de> for Entries {
    type Error = Mismatch;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Mismatch> {
        if self.next >= self.entries.length() {
            return Ok(None);
        }
        let pair: Array = self.entries.get(self.next).unchecked_into();
        self.next += 1;
        self.value = Some(pair.get(1));
        seed.deserialize(Js(pair.get(0))).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Mismatch> {
        seed.deserialize(Js(self.value.take().unwrap_or(JsValue::NULL)))
    }
}
