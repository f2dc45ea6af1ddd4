//! A language's catalogue as the app reads it: one JSON object from the
//! English text to its translation (`i18n/<code>.json`).

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

/// English text → translation.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Catalogue(pub HashMap<String, String>);

impl Catalogue {
    /// The translation of `en`, if the catalogue has it.
    pub fn get(&self, en: &str) -> Option<&str> {
        self.0.get(en).map(String::as_str)
    }
}
