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

#[test]
fn while_saving_is_held_nothing_is_saved_until_the_reader_saves_over_it() {
    let mut s = state(false, false);
    s.saving_held = true;
    assert!(!s.may_save());
    let (edited, effects) = update(&s, Msg::Form(Action::Text(Field::Hours, "40".into())));
    assert!(matches!(&effects[..], [Effect::Remember(l)] if !l.may_save));
    let (released, effects) = update(&edited, Msg::SaveOver);
    assert!(!released.saving_held);
    assert!(matches!(&effects[..], [Effect::Remember(l), Effect::SaveNow] if l.may_save));
    assert!(released.update(Msg::SaveOver).is_none());
}

#[test]
fn saving_is_held_only_when_what_is_saved_would_be_lost() {
    use outsource_check::model::start::{choose, hold_saving};
    let unreadable = choose("", || Ok(Some("task=%%%&hours=abc".into())));
    assert!(unreadable.unreadable.is_some());
    assert!(
        hold_saving(&unreadable, false, false),
        "no copy could be made"
    );
    assert!(!hold_saving(&unreadable, true, false), "a copy was made");
    let newer = choose("", || Ok(Some("task=seo&s=99".into())));
    assert!(hold_saving(&newer, false, false));
    let nothing = choose("", || Ok(None));
    assert!(!hold_saving(&nothing, true, false));
    let refused = choose("", || Err("blocked".into()));
    assert!(hold_saving(&refused, true, true), "getItem threw");
}

#[test]
fn a_loaded_value_keeps_its_digits_and_a_currency_change_keeps_field_and_link_equal() {
    use outsource_check::model::data::Currency;
    let mut inputs = Inputs::default();
    inputs.set(Field::Hours, Some(12.345));
    inputs.set(Field::Rate, Some(33.33));
    let mut form = Form::new(Inputs::default(), Decimal::Point);
    form.apply(Action::Load(inputs, Replaced::Import));
    assert_eq!(form.text(Field::Hours), "12.345");
    form.apply(Action::Currency(Currency::Eur));
    let shown = form.text(Field::Rate);
    let linked = encode(&form.inputs)
        .into_iter()
        .find(|(k, _)| k == "rate")
        .map(|(_, v)| v)
        .unwrap();
    assert_eq!(
        shown, linked,
        "the field and the link agree after a currency change"
    );
}

#[test]
fn opening_an_option_keeps_the_scenario_on_screen_in_recent_unless_it_is_one() {
    use outsource_check::model::choices::Side;
    let s = state(false, false);
    let (s, _) = s.update(Msg::Form(Action::AddChoice(Side::Hire))).unwrap();
    let (s, _) = s.update(Msg::Form(Action::Task(Task::Seo))).unwrap();
    // The SEO scenario on screen is no option: opening one keeps it in Recent.
    let before = s.query.to_string();
    let (s, effects) = s.update(Msg::Form(Action::OpenChoice(0))).unwrap();
    assert_eq!(effects[0], Effect::KeepInRecent(before));
    assert_eq!(s.form.inputs.editing, Some(0));
    // Now the screen is option 1 itself: opening another keeps nothing aside.
    let (s, _) = s.update(Msg::Form(Action::AddChoice(Side::Hire))).unwrap();
    let (s, _) = s.update(Msg::Form(Action::OpenChoice(0))).unwrap();
    let (_, effects) = s.update(Msg::Form(Action::OpenChoice(1))).unwrap();
    assert!(!effects.iter().any(|e| matches!(e, Effect::KeepInRecent(_))));
}
