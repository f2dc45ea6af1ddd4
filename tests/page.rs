//! The page's update rule on the host: what each message does to the state,
//! and which effects (recent list, saving) it asks the browser for.

use outsource_check::model::form::{Action, Form, Replaced};
use outsource_check::model::page::{Effect, Msg, State};
use outsource_check::model::parse::Decimal;
use outsource_check::model::query::{encode, join_query};
use outsource_check::model::start::Look;
use outsource_check::model::{Field, Inputs, Task};

fn state(embed: bool, from_link: bool) -> State {
    State::new(
        Form::new(Inputs::default(), Decimal::Point),
        Vec::new(),
        embed,
        from_link,
        Look::default(),
        if embed {
            "embed=1".into()
        } else {
            String::new()
        },
    )
}

fn seo() -> Inputs {
    let mut i = Inputs::default();
    i.task = Task::Seo;
    i
}

#[track_caller]
fn update(s: &State, msg: Msg) -> (State, Vec<Effect>) {
    s.update(msg).expect("the message changes the state")
}

#[test]
fn an_edit_hands_the_new_scenario_to_the_saver_and_nothing_else() {
    let s = state(false, false);
    let (next, effects) = update(&s, Msg::Form(Action::Text(Field::Hours, "40".into())));
    assert_ne!(next.query, s.query);
    assert_eq!(*next.query, join_query(&encode(&next.form.inputs)));
    assert_eq!(effects, [Effect::Remember(next.latest())]);
    assert!(next.latest().may_save);
    assert_eq!(next.latest().url, *next.query);
}

#[test]
fn every_replacement_keeps_the_scenario_on_screen_in_the_recent_list_first() {
    let s = state(false, false);
    let edited = update(&s, Msg::Form(Action::Text(Field::Hours, "40".into()))).0;
    let before = edited.query.to_string();
    for msg in [
        Msg::Form(Action::Reset),
        Msg::Form(Action::Load(seo(), Replaced::Opened)),
        Msg::Imported(seo(), vec!["a notice".into()]),
    ] {
        let (next, effects) = update(&edited, msg.clone());
        assert_eq!(effects[0], Effect::KeepInRecent(before.clone()), "{msg:?}");
        assert!(matches!(effects[1], Effect::Remember(_)), "{msg:?}");
        assert_eq!(effects.len(), 2, "{msg:?}");
        assert_ne!(next.query.as_str(), before, "{msg:?}");
    }
    let other = join_query(&encode(&seo()));
    let waiting = update(&edited, Msg::SavedElsewhere(Some(other.clone()))).0;
    let (opened, effects) = update(&waiting, Msg::OpenOtherTab);
    assert_eq!(effects[0], Effect::KeepInRecent(before));
    assert_eq!(opened.form.inputs.task, Task::Seo);
    assert_eq!(opened.other_tab, None);
}

#[test]
fn an_embed_never_touches_the_visitors_storage() {
    let s = update(
        &state(true, true),
        Msg::Form(Action::Text(Field::Hours, "40".into())),
    )
    .0;
    let (next, effects) = update(&s, Msg::Form(Action::Reset));
    assert!(!effects.iter().any(|e| matches!(e, Effect::KeepInRecent(_))));
    assert!(!next.latest().may_save);
    assert_eq!(next.latest().url, format!("embed=1&{}", next.query));
    assert!(s
        .update(Msg::SavedElsewhere(Some("task=seo".into())))
        .is_none());
}

#[test]
fn a_link_is_saved_over_the_visitors_own_scenario_only_once_edited() {
    let s = state(false, true);
    assert!(!s.may_save());
    let (edited, _) = update(&s, Msg::Form(Action::Text(Field::Hours, "40".into())));
    assert!(edited.may_save());
}

#[test]
fn what_changes_nothing_is_no_update() {
    let s = state(false, false);
    assert!(
        s.update(Msg::Form(Action::Reset)).is_none(),
        "defaults reset to defaults"
    );
    assert!(s
        .update(Msg::SavedElsewhere(Some(s.query.to_string())))
        .is_none());
    let noticed = update(&s, Msg::Notice("n".into())).0;
    assert!(noticed.update(Msg::Notice("n".into())).is_none());
    assert!(s
        .update(Msg::OpenOtherTab)
        .map(|(_, e)| e)
        .unwrap_or_default()
        .is_empty());
}

#[test]
fn keeping_this_tabs_scenario_saves_it_now_and_drops_the_offer() {
    let s = update(&state(false, false), Msg::SavedElsewhere(None)).0;
    assert_eq!(s.other_tab, Some(None));
    let (next, effects) = update(&s, Msg::KeepMine);
    assert_eq!(effects, [Effect::SaveNow]);
    assert_eq!(next.other_tab, None);
}

#[test]
fn notices_are_capped_and_dismissed_together() {
    let many: Vec<String> = (0..50).map(|i| format!("notice {i}")).collect();
    let (s, _) = update(&state(false, false), Msg::Imported(seo(), many));
    assert!(s.notices.len() < 50);
    let (s, effects) = update(&s, Msg::Dismiss);
    assert!(s.notices.is_empty());
    assert!(effects.is_empty());
}
