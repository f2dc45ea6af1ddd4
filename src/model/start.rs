//! How the page starts: the link's scenario, else the one saved in this
//! browser, else today's defaults. Pure: the page passes in its address and
//! a way to read storage, and does what the result asks (keep a copy).

use super::query::{decode, split_query};
use super::scenario::Inputs;

/// What the page opens with.
#[derive(Clone, Debug, PartialEq)]
pub struct Start {
    /// `None`: today's defaults.
    pub inputs: Option<Inputs>,
    /// Plain-words notices, in the order they arose.
    pub notices: Vec<String>,
    /// Opened with `?embed=1`: the compact view.
    pub embed: bool,
    /// The link carried a scenario: the visitor's own saved one is not
    /// overwritten until they edit.
    pub from_link: bool,
    /// The saved text could not be read in full: the page keeps a copy of it
    /// and then says so with [`unreadable_notice`].
    pub unreadable: Option<String>,
}

/// Choose the starting scenario. `load` reads the saved scenario (`Ok(None)`:
/// nothing saved; `Err`: storage refused, with the message to show); it is
/// called only when the link holds no scenario.
pub fn choose(query: &str, load: impl FnOnce() -> Result<Option<String>, String>) -> Start {
    let pairs = split_query(query);
    let embed = pairs.iter().any(|(k, v)| k == "embed" && v != "0");
    let link = decode(&pairs);
    let mut notices: Vec<String> = link.notices.iter().map(|n| n.message()).collect();
    let mut unreadable = None;
    let inputs = if link.has_scenario {
        Some(link.inputs)
    } else {
        match load() {
            Ok(Some(raw)) => {
                let saved = decode(&split_query(&raw));
                if !saved.notices.is_empty() || !saved.has_scenario {
                    unreadable = Some(raw);
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
        notices,
        embed,
        from_link: link.has_scenario,
        unreadable,
    }
}

/// Said when part of the saved scenario could not be read; `kept`: a copy
/// of the unreadable text was stored.
pub fn unreadable_notice(kept: bool) -> String {
    format!(
        "Part of your saved scenario could not be read, so defaults fill the gaps{}.",
        if kept {
            "; the unreadable copy is kept in this browser"
        } else {
            ""
        }
    )
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
        let s = choose("?embed=1", saved(&q));
        assert_eq!(s.inputs.unwrap().get(Field::Hours), Some(55.0));
        assert!(s.embed && !s.from_link && s.unreadable.is_none());
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
