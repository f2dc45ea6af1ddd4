//! The page's language: which one to use, and the words in it.
//!
//! English is the source: every sentence is written in English in the code,
//! wrapped in [`tr`] (or [`trf`] with `{named}` placeholders) where it is
//! shown, or marked with [`t!`] where it sits in a table and is translated
//! where it is shown. A catalogue (`i18n/<code>.json`, one object from the
//! English text to its translation) is loaded for the other languages only,
//! so a reader of one language downloads that language's words alone
//! (English readers download no catalogue). A text missing from a catalogue
//! shows in English; `tests/i18n.rs` fails when any is missing or unused.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

/// Marks a table's English text as a catalogue key (it is translated where
/// shown, with [`tr`]). Expands to the literal itself.
#[macro_export]
macro_rules! t {
    ($s:literal) => {
        $s
    };
}

/// The languages of the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    De,
    Fr,
    Nl,
    /// Accented and 40% longer English, for tests: a string that shows
    /// unaccented bypassed the catalogue; a layout that breaks is too tight.
    Pseudo,
}

impl Lang {
    /// The languages a reader can choose, in the switcher's order.
    pub const ALL: [Lang; 4] = [Lang::En, Lang::De, Lang::Fr, Lang::Nl];

    /// The `lang` parameter and `<html lang>` value.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Nl => "nl",
            Lang::Pseudo => "en-XA",
        }
    }

    /// The language's own name, as the switcher shows it.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
            Lang::Fr => "Français",
            Lang::Nl => "Nederlands",
            Lang::Pseudo => "Pseudo",
        }
    }

    /// From a `lang` parameter or a saved choice: "de", "DE", "de-AT".
    /// `xx-pseudo` is the test language.
    pub fn from_code(code: &str) -> Option<Lang> {
        let c = code.trim().to_ascii_lowercase();
        if c == "xx-pseudo" {
            return Some(Lang::Pseudo);
        }
        let primary = c.split(['-', '_']).next().unwrap_or("");
        match primary {
            "en" => Some(Lang::En),
            "de" => Some(Lang::De),
            "fr" => Some(Lang::Fr),
            "nl" => Some(Lang::Nl),
            _ => None,
        }
    }

    /// Whether its words come from a catalogue file.
    pub fn has_catalogue(self) -> bool {
        matches!(self, Lang::De | Lang::Fr | Lang::Nl)
    }
}

/// Which language to use, and the `lang` parameter that was refused (to be
/// named in a notice): the link's `lang`, else the reader's saved choice,
/// else the first of the browser's languages we speak, else English.
pub fn choose(
    param: Option<&str>,
    saved: Option<&str>,
    browser: &[String],
) -> (Lang, Option<String>) {
    let from_param = param.map(|p| (p, Lang::from_code(p)));
    if let Some((_, Some(l))) = from_param {
        return (l, None);
    }
    let refused = from_param.map(|(p, _)| p.chars().take(40).collect::<String>());
    let pick = saved
        .and_then(Lang::from_code)
        .filter(|l| *l != Lang::Pseudo)
        .or_else(|| {
            browser
                .iter()
                .find_map(|b| Lang::from_code(b).filter(|l| *l != Lang::Pseudo))
        })
        .unwrap_or(Lang::En);
    (pick, refused)
}

/// Where a language's words come from: a lookup by English text (the
/// page's catalogue object, read only for the texts it shows).
type Lookup = Box<dyn Fn(&str) -> Option<String>>;

struct Current {
    lang: Lang,
    /// Each text translated so far (leaked: they live as long as the page).
    cache: HashMap<&'static str, &'static str>,
    lookup: Option<Lookup>,
}

thread_local! {
    static CURRENT: RefCell<Current> = RefCell::new(Current { lang: Lang::En, cache: HashMap::new(), lookup: None });
    /// `CURRENT`'s language alone, for [`tr`]'s English path: the cost
    /// engine names its line items on every resolve.
    static ENGLISH: Cell<bool> = const { Cell::new(true) };
}

/// Use `lang` from now on (at start-up, and once more when a catalogue
/// that came late arrives: switching reloads the page), its words looked
/// up by `lookup` when first shown: reading a whole
/// catalogue up front would cost the first render for texts that sit in
/// folded sections.
pub fn set_language_with(lang: Lang, lookup: Lookup) {
    CURRENT.with(|c| {
        *c.borrow_mut() = Current {
            lang,
            cache: HashMap::new(),
            lookup: Some(lookup),
        }
    });
    ENGLISH.with(|e| e.set(lang == Lang::En));
}

/// The language in use.
pub fn language() -> Lang {
    CURRENT.with(|c| c.borrow().lang)
}

/// `en` in the language in use (English when the catalogue lacks it).
pub fn tr(en: &'static str) -> &'static str {
    if ENGLISH.with(Cell::get) {
        return en;
    }
    CURRENT.with(|c| {
        let mut c = c.borrow_mut();
        if let Some(t) = c.cache.get(en) {
            return *t;
        }
        let found = match c.lang {
            Lang::Pseudo => Some(pseudo(en)),
            _ => c.lookup.as_ref().and_then(|l| l(en)),
        };
        let t: &'static str = match found {
            Some(t) => Box::leak(t.into_boxed_str()),
            None => en,
        };
        c.cache.insert(en, t);
        t
    })
}

/// [`tr`], then each `{name}` replaced by its value.
pub fn trf(en: &'static str, args: &[(&str, &str)]) -> String {
    fill(tr(en), args)
}

/// `{name}` placeholders of `text` replaced by their values; an unknown
/// placeholder stays as written.
pub fn fill(text: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match args.iter().find(|(n, _)| *n == name) {
                    Some((_, v)) => out.push_str(v),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The `{name}` placeholders of a text, in order.
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                out.push(&after[..close]);
                rest = &after[close + 1..];
            }
            None => break,
        }
    }
    out
}

/// The pseudo-language: vowels accented, 40% longer (padding in brackets),
/// placeholders kept.
pub fn pseudo(en: &str) -> String {
    let mut out = String::with_capacity(en.len() * 2);
    let mut in_placeholder = false;
    let mut letters = 0usize;
    for c in en.chars() {
        match c {
            '{' => in_placeholder = true,
            '}' => in_placeholder = false,
            _ => {}
        }
        if in_placeholder {
            out.push(c);
            continue;
        }
        if c.is_ascii_alphabetic() {
            letters += 1;
        }
        out.push(match c {
            'a' => 'á',
            'e' => 'é',
            'i' => 'ï',
            'o' => 'ö',
            'u' => 'ü',
            'A' => 'Å',
            'E' => 'É',
            'I' => 'Ï',
            'O' => 'Ö',
            'U' => 'Ü',
            'c' => 'ç',
            'n' => 'ñ',
            other => other,
        });
    }
    if letters > 0 {
        // 40% longer, in long words, so a layout that cannot wrap them shows.
        let extra = (en.chars().count() * 2).div_ceil(5);
        out.push_str(" ⟦");
        out.extend(std::iter::repeat_n('ŵ', extra));
        out.push('⟧');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `tr`'s English path reads its own cell: each language set is seen
    /// by it (English, then a catalogue's language, the pseudo-language,
    /// and English again, as a late catalogue does).
    #[test]
    fn every_language_set_is_the_one_tr_uses() {
        let key = "Saving";
        set_language_with(Lang::En, Box::new(|_| Some("wrong".to_string())));
        assert_eq!(tr(key), key);
        set_language_with(
            Lang::De,
            Box::new(|en| (en == "Saving").then(|| "Ersparnis".to_string())),
        );
        assert_eq!(tr(key), "Ersparnis");
        set_language_with(Lang::Pseudo, Box::new(|_| None));
        assert_ne!(tr(key), key);
        set_language_with(Lang::En, Box::new(|_| None));
        assert_eq!(tr(key), key);
    }

    #[test]
    fn the_link_wins_then_the_saved_choice_then_the_browser() {
        let browser = vec!["fr-CA".to_string(), "en".to_string()];
        assert_eq!(choose(Some("de"), Some("nl"), &browser), (Lang::De, None));
        assert_eq!(choose(None, Some("nl"), &browser), (Lang::Nl, None));
        assert_eq!(choose(None, None, &browser), (Lang::Fr, None));
        assert_eq!(choose(None, None, &["pt-BR".to_string()]), (Lang::En, None));
        // A bad lang is named, and the browser's choice used.
        assert_eq!(
            choose(Some("klingon"), None, &browser),
            (Lang::Fr, Some("klingon".to_string()))
        );
        assert_eq!(choose(Some("DE-at"), None, &[]), (Lang::De, None));
        assert_eq!(choose(Some("xx-pseudo"), None, &[]), (Lang::Pseudo, None));
    }

    #[test]
    fn placeholders_are_filled_by_name() {
        assert_eq!(
            fill("{a} and {b}, {a}", &[("a", "1"), ("b", "2")]),
            "1 and 2, 1"
        );
        assert_eq!(fill("{missing} {", &[]), "{missing} {");
        assert_eq!(
            placeholders("Saves {amount} over {span}."),
            vec!["amount", "span"]
        );
    }

    #[test]
    fn pseudo_is_accented_longer_and_keeps_placeholders() {
        let p = pseudo("Saves {amount} a year");
        assert!(p.contains("{amount}"), "{p}");
        assert!(p.starts_with("Sávés"), "{p}");
        assert!(
            p.chars().count() >= "Saves {amount} a year".len() * 14 / 10,
            "{p}"
        );
    }
}
