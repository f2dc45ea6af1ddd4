//! How the page starts: the link's scenario, else the one saved in this
//! browser, else today's defaults. Pure: the page passes in its address and
//! a way to read storage, and does what the result asks (keep a copy).

use super::i18n::{tr, trf};
use super::query::{clip, decode, join_query, split_query};
use super::regions::Home;
use super::scenario::Inputs;
use super::theme::{parse_hex, Theme};

/// What the page opens with.
#[derive(Clone, Debug, PartialEq)]
pub struct Start {
    /// `None`: today's defaults.
    pub inputs: Option<Inputs>,
    /// Plain-words notices, in the order they arose (at most
    /// `MAX_NOTICES`, the rest counted in the last).
    pub notices: Vec<String>,
    /// Opened with `?embed=1`: the compact view, which keeps to itself: it
    /// never reads or writes the visitor's own saved scenario.
    pub embed: bool,
    /// The link carried a scenario: the visitor's own saved one is not
    /// overwritten until they edit.
    pub from_link: bool,
    /// The saved text could not be read in full, or was written by a newer
    /// version: the page keeps a copy of it under `keep_as` and then says so.
    pub unreadable: Option<String>,
    /// Where that copy goes.
    pub keep_as: Keep,
    /// The page's look (embeds match the blog): theme, accent, title shown.
    pub look: Look,
    /// The page parameters to keep in the address bar ("embed=1&theme=dark").
    pub page_query: String,
}

/// How the page looks: `theme=light|dark`, `accent=RRGGBB`, `title=0`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Look {
    pub theme: Theme,
    pub accent: Option<[u8; 3]>,
    pub show_title: bool,
}

impl Default for Look {
    fn default() -> Self {
        Look {
            theme: Theme::System,
            accent: None,
            show_title: true,
        }
    }
}

/// The page's look from its parameters (each last value wins) and notices
/// naming any bad value, which is ignored.
pub fn look_of(pairs: &[(String, String)]) -> (Look, Vec<String>) {
    let last = |key: &str| {
        pairs
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    };
    let mut look = Look::default();
    let mut notices = Vec::new();
    if let Some(v) = last("theme") {
        match Theme::from_param(v) {
            Some(t) => look.theme = t,
            None => notices.push(trf(
                "Ignored {key}={value}: use {light} or {dark}.",
                &[
                    ("key", "theme"),
                    ("value", &clip(v)),
                    ("light", "light"),
                    ("dark", "dark"),
                ],
            )),
        }
    }
    if let Some(v) = last("accent") {
        match parse_hex(v) {
            Some(c) => look.accent = Some(c),
            None => notices.push(trf(
                "Ignored {key}={value}: use six hex digits without #, such as 1f5f8b; the default colour is used.",
                &[("key", "accent"), ("value", &clip(v))],
            )),
        }
    }
    if let Some(v) = last("title") {
        look.show_title = !matches!(v.trim(), "0" | "false" | "no");
    }
    (look, notices)
}

/// Which key keeps a saved scenario this version cannot fully use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Keep {
    /// Part of it could not be read.
    Unreadable,
    /// A newer version wrote it.
    Newer,
}

/// Notices shown one by one; any beyond are counted in one more.
pub const MAX_NOTICES: usize = 5;

/// The page's own parameter `embed`: the last one wins, as for every other
/// parameter; on only for `1` or `true`.
pub fn embed_of(pairs: &[(String, String)]) -> bool {
    pairs
        .iter()
        .rev()
        .find(|(k, _)| k == "embed")
        .is_some_and(|(_, v)| matches!(v.trim(), "1" | "true"))
}

/// The home country a reader's languages suggest (`navigator.languages`, in
/// order of preference): the first tag naming a region we cost, else the
/// first naming a language spoken mainly in one of them (de → Germany,
/// fr → France, nl → Netherlands; so de-AT or nl-BE too). English without a region says nothing
/// (it could be any of five homes).
pub fn home_for_languages(tags: &[String]) -> Option<Home> {
    let region = |tag: &str| -> Option<Home> {
        let mut parts = tag.split(['-', '_']);
        let _lang = parts.next()?;
        match parts.find(|p| p.len() == 2)?.to_ascii_uppercase().as_str() {
            "US" => Some(Home::Us),
            "CA" => Some(Home::Ca),
            "GB" | "UK" => Some(Home::Uk),
            "DE" => Some(Home::De),
            "FR" => Some(Home::Fr),
            "NL" => Some(Home::Nl),
            "AU" | "NZ" => Some(Home::Au),
            _ => None,
        }
    };
    let language = |tag: &str| -> Option<Home> {
        match tag.split(['-', '_']).next()?.to_ascii_lowercase().as_str() {
            "de" => Some(Home::De),
            "fr" => Some(Home::Fr),
            "nl" => Some(Home::Nl),
            _ => None,
        }
    };
    tags.iter()
        .find_map(|t| region(t))
        .or_else(|| tags.iter().find_map(|t| language(t)))
}

/// Choose the starting scenario. `load` reads the saved scenario (`Ok(None)`:
/// nothing saved; `Err`: storage refused, with the message to show); it is
/// called only when the link holds no scenario and the page is not embedded.
pub fn choose(query: &str, load: impl FnOnce() -> Result<Option<String>, String>) -> Start {
    let pairs = split_query(query);
    let embed = embed_of(&pairs);
    let (look, look_notices) = look_of(&pairs);
    let link = decode(&pairs);
    let mut notices: Vec<String> = link.notices.iter().map(|n| n.message()).collect();
    notices.extend(look_notices);
    let mut page: Vec<(String, String)> = Vec::new();
    if embed {
        page.push(("embed".into(), "1".into()));
    }
    // The page's own parameters, as they apply: one that does not (a bad
    // theme, accent or language, named in a notice) is not kept in the
    // address, nor carried on every edit.
    match look.theme {
        Theme::Light => page.push(("theme".into(), "light".into())),
        Theme::Dark => page.push(("theme".into(), "dark".into())),
        Theme::System => {}
    }
    if let Some(c) = look.accent {
        page.push(("accent".into(), super::theme::hex(c)[1..].to_string()));
    }
    if !look.show_title {
        page.push(("title".into(), "0".into()));
    }
    if let Some((_, v)) = pairs.iter().rev().find(|(k, _)| k == "lang") {
        // A language the page does not speak is named in a notice
        // (`i18n::choose`).
        if let Some(l) = super::i18n::Lang::from_code(v) {
            page.push(("lang".into(), l.code().into()));
        }
    }
    if link.newer {
        notices.insert(0, tr("This link was made by a newer version of this calculator: what this version understands of it is shown.").into());
    }
    let mut unreadable = None;
    let mut keep_as = Keep::Unreadable;
    if let Some(v) = link.older_data.filter(|_| link.has_scenario) {
        notices.push(older_notice(v));
    }
    let inputs = if link.has_scenario {
        Some(link.inputs)
    } else if embed {
        None
    } else {
        match load() {
            Ok(Some(raw)) => {
                let saved = decode(&split_query(&raw));
                if saved.newer {
                    keep_as = Keep::Newer;
                    unreadable = Some(raw);
                } else if !saved.notices.is_empty() || !saved.has_scenario {
                    unreadable = Some(raw);
                }
                if let Some(v) = saved.older_data {
                    notices.push(older_notice(v));
                }
                Some(saved.inputs)
            }
            Ok(None) => None,
            Err(m) => {
                notices.push(m);
                None
            }
        }
    };
    Start {
        inputs,
        notices: cap(notices),
        embed,
        from_link: link.has_scenario,
        unreadable,
        keep_as,
        look,
        page_query: join_query(&page),
    }
}

/// At most `MAX_NOTICES` notices: the rest are counted in a last one.
pub fn cap(mut notices: Vec<String>) -> Vec<String> {
    if notices.len() > MAX_NOTICES {
        let more = notices.len() - (MAX_NOTICES - 1);
        notices.truncate(MAX_NOTICES - 1);
        notices.push(trf(
            "…and {count} more parameters that could not be used.",
            &[("count", &more.to_string())],
        ));
    }
    notices
}

/// Said when a scenario was saved with the default figures of an earlier
/// data version: its numbers stay as they were (nothing changes under the
/// reader), and a cleared field takes today's figure.
pub fn older_notice(version: u32) -> String {
    trf(
        "This scenario keeps the default figures of an earlier version of this calculator (data version {version}), so its numbers stay as they were. Today's figures differ: clear a field to take today's default, or reset to defaults (undoable).",
        &[("version", &version.to_string())],
    )
}

/// Said when a saved scenario was written by a newer version; `kept`: a copy
/// is stored under its own key.
pub fn newer_notice(kept: bool) -> String {
    if kept {
        tr("Your saved scenario was written by a newer version of this calculator; this version shows what it understands of it, and the original is kept unchanged in this browser.")
    } else {
        tr("Your saved scenario was written by a newer version of this calculator, and there is no room in this browser to keep a copy of it: it is left as it is, and nothing is saved until you choose to save over it.")
    }
    .to_string()
}

/// Said when part of the saved scenario could not be read; `kept`: a copy
/// of the unreadable text was stored.
pub fn unreadable_notice(kept: bool) -> String {
    if kept {
        tr("Part of your saved scenario could not be read, so defaults fill the gaps; the unreadable copy is kept in this browser.")
    } else {
        tr("Part of your saved scenario could not be read, and there is no room in this browser to keep a copy of it: it is left as it is, and nothing is saved until you choose to save over it.")
    }
    .to_string()
}

/// Saving waits for the reader when what is saved would be lost by it: a
/// saved scenario that could not be read at all (`load_failed`), or one
/// that could not be read in full or was written by a newer version and
/// could not be copied aside (`kept` false).
pub fn hold_saving(start: &Start, kept: bool, load_failed: bool) -> bool {
    load_failed || (start.unreadable.is_some() && !kept)
}

/// Said when the saved scenario could not be read at all.
pub fn load_failed_notice() -> String {
    tr("Your saved scenario could not be read. It is left as it is, and nothing is saved until you choose to save over it.").into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::query::{encode, join_query};
    use crate::model::{Field, Task};

    fn saved(q: &str) -> impl FnOnce() -> Result<Option<String>, String> + '_ {
        move || Ok(Some(q.to_string()))
    }

    fn never() -> Result<Option<String>, String> {
        panic!("storage must not be read when the link holds a scenario")
    }

    #[test]
    fn a_link_with_a_scenario_wins_and_storage_is_not_read() {
        let s = choose("?task=seo&hours=33", never);
        let i = s.inputs.unwrap();
        assert_eq!((i.task, i.get(Field::Hours)), (Task::Seo, Some(33.0)));
        assert!(s.from_link && !s.embed && s.notices.is_empty());
    }

    #[test]
    fn without_a_scenario_in_the_link_the_saved_one_opens() {
        let mine = Inputs::default().with(Field::Hours, 55.0);
        let q = join_query(&encode(&mine));
        let s = choose("?embed=0", saved(&q));
        assert_eq!(s.inputs.unwrap().get(Field::Hours), Some(55.0));
        assert!(!s.embed && !s.from_link && s.unreadable.is_none());
    }

    #[test]
    fn nothing_saved_means_defaults() {
        let s = choose("", || Ok(None));
        assert_eq!(s.inputs, None);
        assert!(s.notices.is_empty() && !s.from_link);
    }

    #[test]
    fn blocked_storage_is_said_and_defaults_open() {
        let s = choose("", || Err("This browser blocks saving.".into()));
        assert_eq!(s.inputs, None);
        assert_eq!(s.notices, vec!["This browser blocks saving.".to_string()]);
    }

    #[test]
    fn an_unreadable_saved_scenario_is_kept_and_its_readable_part_used() {
        let s = choose("", saved("task=seo&hours=zzz"));
        assert_eq!(s.inputs.unwrap().task, Task::Seo);
        assert_eq!(s.unreadable.as_deref(), Some("task=seo&hours=zzz"));
        let s = choose("", saved("garbage"));
        assert!(s.unreadable.is_some());
        assert!(unreadable_notice(true).contains("kept in this browser"));
        assert!(!unreadable_notice(false).contains("kept"));
    }

    #[test]
    fn link_notices_come_first_and_embed_0_is_off() {
        let s = choose("colour=blue&embed=0", || Err("blocked".into()));
        assert!(!s.embed);
        assert_eq!(s.notices.len(), 2);
        assert!(s.notices[0].contains("colour"));
        assert_eq!(s.notices[1], "blocked");
    }
}

#[cfg(test)]
mod more_tests {
    use super::*;

    #[test]
    fn embed_takes_the_last_value_and_only_1_or_true() {
        let e = |q: &str| embed_of(&split_query(q));
        assert!(e("embed=1") && e("embed=0&embed=1") && e("embed=true"));
        assert!(!e("embed=1&embed=0") && !e("embed") && !e("embed=") && !e(""));
    }

    #[test]
    fn an_embed_never_reads_the_visitors_saved_scenario() {
        let s = choose("embed=1", || panic!("an embed must not read storage"));
        assert_eq!(s.inputs, None);
        assert!(s.embed && s.notices.is_empty());
        let s = choose("embed=1&task=seo", || {
            panic!("an embed must not read storage")
        });
        assert_eq!(s.inputs.unwrap().task, crate::model::Task::Seo);
    }

    #[test]
    fn a_newer_saved_scenario_is_kept_and_a_newer_link_is_named() {
        let s = choose("", || Ok(Some("task=seo&v=999&s=999".into())));
        assert_eq!(s.keep_as, Keep::Newer);
        assert!(s.unreadable.is_some());
        assert_eq!(s.inputs.unwrap().task, crate::model::Task::Seo);
        let s = choose("task=seo&v=999&s=999", || Ok(None));
        assert!(s.notices[0].contains("newer version"), "{:?}", s.notices);
    }

    #[test]
    fn notices_are_capped() {
        let q: Vec<String> = (0..12_000).map(|n| format!("junk{n}=1")).collect();
        let s = choose(&q.join("&"), || Ok(None));
        assert_eq!(s.notices.len(), MAX_NOTICES);
        assert!(
            s.notices.last().unwrap().contains("11996 more"),
            "{:?}",
            s.notices.last()
        );
    }
}

#[cfg(test)]
mod language_tests {
    use super::*;

    fn home(tags: &[&str]) -> Option<Home> {
        home_for_languages(&tags.iter().map(|t| t.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn the_readers_language_suggests_a_home() {
        assert_eq!(home(&["en-GB", "en"]), Some(Home::Uk));
        assert_eq!(home(&["de-DE"]), Some(Home::De));
        assert_eq!(home(&["de"]), Some(Home::De));
        assert_eq!(home(&["fr-CA", "fr"]), Some(Home::Ca));
        // A country we do not cost: its language decides.
        assert_eq!(home(&["nl-BE", "nl"]), Some(Home::Nl));
        assert_eq!(home(&["de-AT"]), Some(Home::De));
        assert_eq!(home(&["en-AU"]), Some(Home::Au));
        assert_eq!(home(&["en"]), None);
        assert_eq!(home(&["ja-JP", "ja"]), None);
        assert_eq!(home(&["zh-Hant-TW"]), None);
        assert_eq!(home(&[]), None);
    }
}

#[cfg(test)]
mod look_tests {
    use super::*;

    #[test]
    fn theme_accent_and_title_come_from_the_link() {
        let s = choose("embed=1&theme=dark&accent=FF69B4&title=0&task=seo", || {
            Ok(None)
        });
        assert_eq!(s.look.theme, Theme::Dark);
        assert_eq!(s.look.accent, Some([0xff, 0x69, 0xb4]));
        assert!(!s.look.show_title && s.notices.is_empty());
        assert_eq!(s.page_query, "embed=1&theme=dark&accent=ff69b4&title=0");
        let s = choose("accent=%23zz&theme=blue", || Ok(None));
        assert_eq!(s.look, Look::default());
        // Parameters that do not apply are not carried in the address.
        assert_eq!(s.page_query, "");
        assert!(
            s.notices.iter().any(|n| n.contains("accent=#zz")),
            "{:?}",
            s.notices
        );
        assert!(s.notices.iter().any(|n| n.contains("theme=blue")));
        let long = "x".repeat(5000);
        let s = choose(&format!("title={long}&lang=de-AT&theme=DARK"), || Ok(None));
        assert_eq!(s.page_query, "theme=dark&lang=de");
    }
}

#[cfg(test)]
mod older_tests {
    use super::*;

    #[test]
    fn a_scenario_from_an_older_data_version_says_so() {
        let s = choose("task=seo&hours=7&v=1&s=2", || Ok(None));
        assert!(
            s.notices.iter().any(|n| n.contains("data version 1")),
            "{:?}",
            s.notices
        );
        let s = choose("", || Ok(Some("task=seo&hours=7&v=1&s=2".into())));
        assert!(s.notices.iter().any(|n| n.contains("data version 1")));
        let s = choose("task=seo", || Ok(None));
        assert!(s.notices.is_empty(), "a hand-written link has no version");
    }
}
