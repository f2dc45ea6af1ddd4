//! The saving rules, free of the browser: the recent-scenarios list, the
//! hand-off a reload reopens, and when a saved scenario must be kept before
//! it is replaced. `ui::persist` applies them to the browser's storage.

use serde::de::{IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};

use super::export::JsonValue;

/// How many recent scenarios are kept.
pub const RECENT_MAX: usize = 12;

/// One recent scenario: its query string and when it was replaced (ms since
/// 1970). Stored as a two-element JSON array, `["task=…", 1764000000000]`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RecentEntry(pub String, pub f64);

impl RecentEntry {
    /// The scenario's query string.
    pub fn query(&self) -> &str {
        &self.0
    }

    /// When it was replaced, if the stored time is a plausible moment
    /// (after 2020 and before 2200): a bad one is shown as unknown.
    pub fn saved_at(&self) -> Option<f64> {
        (self.1.is_finite() && (1.577e12..7.258e12).contains(&self.1)).then_some(self.1)
    }
}

/// What storage held under a key, as read by the page's JSON: nothing, text
/// that is not this shape (or not JSON at all), or the value.
#[derive(Clone, Debug, PartialEq)]
pub enum Stored<T> {
    Absent,
    Unreadable,
    Read(T),
}

/// One element of the stored recent list: an entry, or anything else (kept
/// aside by the caller, never dropped silently). Reading an element never
/// fails, so one damaged element cannot cost the others.
#[derive(Clone, Debug, PartialEq)]
pub enum RecentItem {
    Entry(RecentEntry),
    Unreadable,
}

impl<'de> Deserialize<'de> for RecentItem {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RecentItem;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a recent entry")
            }
            // Any value at all is read whole (`JsonValue` accepts anything);
            // only `[text, number]` is an entry.
            fn visit_seq<A: SeqAccess<'de>>(self, mut a: A) -> Result<RecentItem, A::Error> {
                let mut parts = Vec::new();
                while let Some(v) = a.next_element::<JsonValue>()? {
                    parts.push(v);
                }
                Ok(match parts.as_slice() {
                    [JsonValue::Str(q), JsonValue::Num(t)] => {
                        RecentItem::Entry(RecentEntry(q.clone(), *t))
                    }
                    _ => RecentItem::Unreadable,
                })
            }
            fn visit_map<A: MapAccess<'de>>(self, mut a: A) -> Result<RecentItem, A::Error> {
                while a.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(RecentItem::Unreadable)
            }
            fn visit_str<E>(self, _: &str) -> Result<RecentItem, E> {
                Ok(RecentItem::Unreadable)
            }
            fn visit_f64<E>(self, _: f64) -> Result<RecentItem, E> {
                Ok(RecentItem::Unreadable)
            }
            fn visit_i64<E>(self, _: i64) -> Result<RecentItem, E> {
                Ok(RecentItem::Unreadable)
            }
            fn visit_u64<E>(self, _: u64) -> Result<RecentItem, E> {
                Ok(RecentItem::Unreadable)
            }
            fn visit_bool<E>(self, _: bool) -> Result<RecentItem, E> {
                Ok(RecentItem::Unreadable)
            }
            fn visit_unit<E>(self) -> Result<RecentItem, E> {
                Ok(RecentItem::Unreadable)
            }
        }
        d.deserialize_any(V)
    }
}

/// The recent list as read from storage: what could be read, newest first,
/// and whether anything in it could not (kept aside by the caller, never
/// dropped silently).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RecentRead {
    pub entries: Vec<RecentEntry>,
    /// Some of the stored text was not a recent entry.
    pub damaged: bool,
}

/// The stored recent list, read: each `[query, time]` pair that can be read
/// is kept (at most [`RECENT_MAX`]); a list that is not an array, or holds
/// other values, is marked damaged.
pub fn read_recent(stored: Stored<Vec<RecentItem>>) -> RecentRead {
    let items = match stored {
        Stored::Absent => return RecentRead::default(),
        Stored::Unreadable => {
            return RecentRead {
                entries: Vec::new(),
                damaged: true,
            }
        }
        Stored::Read(items) => items,
    };
    let mut read = RecentRead::default();
    for item in items {
        match item {
            RecentItem::Entry(e) if read.entries.len() < RECENT_MAX => read.entries.push(e),
            RecentItem::Entry(_) => {}
            RecentItem::Unreadable => read.damaged = true,
        }
    }
    read
}

/// The list with `query` on top (an older copy of it removed), capped.
pub fn push_recent(mut list: Vec<RecentEntry>, query: &str, now: f64) -> Vec<RecentEntry> {
    list.retain(|e| e.0 != query);
    list.insert(0, RecentEntry(query.to_string(), now));
    list.truncate(RECENT_MAX);
    list
}

/// What a saved scenario found in storage must go to the recent list before
/// `query` replaces it: one this tab did not write (another tab's, or an
/// earlier visit's) and that differs from what is about to be written.
pub fn keep_before_saving<'a>(
    there: Option<&'a str>,
    query: &str,
    last_written: Option<&str>,
) -> Option<&'a str> {
    there.filter(|t| *t != query && Some(*t) != last_written)
}

/// Left with edits newer than the page's address: the address the
/// navigation started from and the scenario to reopen there (session
/// storage, this tab only). Stored as `["from query", "to query"]`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Handoff(pub String, pub String);

/// The hand-off to write when the page is hidden or left: only while an
/// edit is pending and differs from the address.
pub fn handoff_on_leave(pending: bool, address: &str, latest: Option<&str>) -> Option<Handoff> {
    match latest {
        Some(to) if pending && to != address => Some(Handoff(address.into(), to.into())),
        _ => None,
    }
}

/// The query the page opens with: the hand-off's scenario when it was left
/// for this very address, else the address.
pub fn start_query(address: &str, handoff: Option<Handoff>) -> String {
    match handoff {
        Some(Handoff(from, to)) if from == address => to,
        _ => address.to_string(),
    }
}

#[cfg(test)]
#[cfg(not(target_arch = "wasm32"))]
mod tests {
    use super::*;

    const T: f64 = 1.764e12;

    /// As the page reads storage (tests/files.rs reads the same types with
    /// serde_json; the page with the browser's JSON).
    fn stored(text: Option<&str>) -> Stored<Vec<RecentItem>> {
        match text {
            None => Stored::Absent,
            Some(t) => serde_json::from_str(t).map_or(Stored::Unreadable, Stored::Read),
        }
    }

    #[test]
    fn recent_round_trips_in_its_stored_form() {
        let list = push_recent(Vec::new(), "task=seo", T);
        let text = serde_json::to_string(&list).unwrap();
        assert_eq!(text, r#"[["task=seo",1764000000000.0]]"#);
        assert_eq!(read_recent(stored(Some(&text))).entries, list);
    }

    #[test]
    fn reads_the_lists_earlier_versions_wrote() {
        let r = read_recent(stored(Some(
            r#"[["a=1",1764000000000],["b=2",1764000000001]]"#,
        )));
        assert_eq!(r.entries.len(), 2);
        assert!(!r.damaged);
    }

    #[test]
    fn a_pushed_scenario_goes_on_top_once_and_the_list_is_capped() {
        let mut list = Vec::new();
        for i in 0..20 {
            list = push_recent(list, &format!("hours={i}"), T + i as f64);
        }
        list = push_recent(list, "hours=15", T + 99.0);
        assert_eq!(list.len(), RECENT_MAX);
        assert_eq!(list[0].query(), "hours=15");
        assert_eq!(list.iter().filter(|e| e.query() == "hours=15").count(), 1);
    }

    #[test]
    fn a_damaged_list_keeps_what_can_be_read_and_says_so() {
        let r = read_recent(stored(Some(
            r#"[["a=1",1764000000000],42,["b"],{"x":1},[1,2],["c=3",1764000000002,"extra"],["d=4",1764000000003]]"#,
        )));
        assert_eq!(
            r.entries.iter().map(RecentEntry::query).collect::<Vec<_>>(),
            ["a=1", "d=4"]
        );
        assert!(r.damaged);
        for bad in ["not json", "{}", "\"text\""] {
            let r = read_recent(stored(Some(bad)));
            assert!(r.damaged && r.entries.is_empty(), "{bad}");
        }
        assert_eq!(read_recent(stored(None)), RecentRead::default());
    }

    #[test]
    fn a_bad_time_is_unknown_not_invalid() {
        assert_eq!(RecentEntry("a".into(), T).saved_at(), Some(T));
        for bad in [0.0, -1.0, 1e300, f64::NAN] {
            assert_eq!(RecentEntry("a".into(), bad).saved_at(), None);
        }
    }

    #[test]
    fn only_a_scenario_this_tab_did_not_write_is_kept_before_saving() {
        assert_eq!(keep_before_saving(Some("a"), "b", None), Some("a"));
        assert_eq!(keep_before_saving(Some("a"), "b", Some("a")), None);
        assert_eq!(keep_before_saving(Some("b"), "b", None), None);
        assert_eq!(keep_before_saving(None, "b", None), None);
    }

    #[test]
    fn the_handoff_reopens_edits_only_at_the_address_it_was_left_for() {
        let h = handoff_on_leave(true, "hours=1", Some("hours=2")).unwrap();
        let text = serde_json::to_string(&h).unwrap();
        assert_eq!(text, r#"["hours=1","hours=2"]"#);
        let back = || serde_json::from_str::<Handoff>(&text).ok();
        assert_eq!(start_query("hours=1", back()), "hours=2");
        assert_eq!(start_query("hours=9", back()), "hours=9");
        assert_eq!(
            start_query("hours=1", serde_json::from_str("\"garbage\"").ok()),
            "hours=1"
        );
        assert_eq!(start_query("hours=1", None), "hours=1");
        assert_eq!(handoff_on_leave(false, "hours=1", Some("hours=2")), None);
        assert_eq!(handoff_on_leave(true, "hours=2", Some("hours=2")), None);
        assert_eq!(handoff_on_leave(true, "hours=2", None), None);
    }
}
