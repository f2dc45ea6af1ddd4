//! A language's catalogue as the app reads it: one JSON object from the
//! English text to its translation (`i18n/<code>.json`, as translators and
//! the tests read it), or, as the build writes it into `dist/`, from the
//! English text's id (`text_id`) to its translation: a German reader does
//! not download the English (about 15 KB gzip a language).

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

/// English text → translation.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Catalogue(pub HashMap<String, String>);

impl Catalogue {
    /// The translation of `en`, if the catalogue has it, by its text or by
    /// its id.
    pub fn get(&self, en: &str) -> Option<&str> {
        self.0
            .get(en)
            .or_else(|| self.0.get(&text_id(en)))
            .map(String::as_str)
    }
}

/// An English text's id in a built catalogue: FNV-1a (32 bits) of its
/// UTF-8 bytes as 8 lowercase hex digits. `scripts/post-build.mjs` writes
/// the same; `tests/i18n.rs` checks every key's id is its own.
pub fn text_id(en: &str) -> String {
    let h = en.bytes().fold(0x811c_9dc5u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    });
    format!("{h:08x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_fnv1a_as_the_build_writes_them() {
        assert_eq!(text_id(""), "811c9dc5");
        assert_eq!(text_id("a"), "e40c292c");
        assert_eq!(
            text_id("Kraków €"),
            "cdb22047",
            "UTF-8 bytes, as the build's JavaScript hashes them"
        );
        let built = Catalogue([(text_id("Saving"), "Ersparnis".to_string())].into());
        assert_eq!(built.get("Saving"), Some("Ersparnis"));
        let source = Catalogue([("Saving".to_string(), "Ersparnis".to_string())].into());
        assert_eq!(source.get("Saving"), Some("Ersparnis"));
        assert_eq!(source.get("Savings"), None);
    }
}
