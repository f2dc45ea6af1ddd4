//! A language's catalogue as the app reads it: one JSON object from the
//! English text to its translation (`i18n/<code>.json`).

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

/// English text → translation.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Catalogue(pub HashMap<String, String>);

impl Catalogue {
    /// Read a catalogue file's text; `None` when it is not one.
    pub fn parse(text: &str) -> Option<Catalogue> {
        serde_json::from_str(text).ok()
    }

    /// The translation of `en`, if the catalogue has it.
    pub fn get(&self, en: &str) -> Option<&str> {
        self.0.get(en).map(String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_catalogue_and_refuses_anything_else() {
        let c = Catalogue::parse(r#"{"Saving": "Ersparnis"}"#).unwrap();
        assert_eq!(c.get("Saving"), Some("Ersparnis"));
        assert_eq!(c.get("Other"), None);
        for bad in ["", "[]", r#"{"a": 1}"#, "<html>"] {
            assert!(Catalogue::parse(bad).is_none(), "{bad}");
        }
    }
}
