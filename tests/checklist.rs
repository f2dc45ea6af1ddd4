//! Host tests of the readiness checklist: scoring, hard stops, verdict, to-do order.
#![cfg(not(target_arch = "wasm32"))]

use outsource_check::model::checklist::{assess, gaps_closed, Answer, Answers, Severity, ITEMS};
use outsource_check::model::text::Plain;
use outsource_check::model::verdict::combined_verdict;
use outsource_check::model::{compare, Field, Inputs};

fn all(a: Answer) -> Answers {
    Answers([a; ITEMS.len()])
}

fn with(mut base: Answers, pairs: &[(&str, Answer)]) -> Answers {
    for (id, a) in pairs {
        base.set(id, *a);
    }
    base
}

#[track_caller]
fn verdict(answers: Answers, inputs: Inputs, want: &str) {
    let v = verdict_text(answers, inputs);
    assert!(v.contains(want), "{v:?} should contain {want:?}");
}

fn verdict_text(answers: Answers, mut inputs: Inputs) -> String {
    inputs.answers = answers;
    let c = compare(&inputs.resolve());
    let mut closed = inputs.clone();
    closed.answers = gaps_closed(&answers);
    let closed = compare(&closed.resolve());
    combined_verdict(&c, &closed, &assess(&answers), &Plain("$"))
}

#[test]
fn unanswered_items_are_neither_passes_nor_gaps() {
    let r = assess(&Answers::default());
    assert_eq!(r.score, None);
    assert!(r.todo.is_empty() && r.stops.is_empty());
    verdict(
        Answers::default(),
        Inputs::default(),
        "Answer the readiness checklist",
    );
    verdict(Answers::default(), Inputs::default(), "Outsourcing saves $");
}

#[test]
fn every_hard_stop_overrides_the_saving() {
    for (id, gap) in [
        ("describe", "you can't yet describe what you need"),
        ("judge", "you can't judge the quality"),
        ("not-core", "this is your core competency"),
    ] {
        for a in [Answer::No, Answer::NotSure] {
            let answers = with(all(Answer::Yes), &[(id, a)]);
            // A "no" on the core competency is an answer, not a gap to close.
            let lasting = id == "not-core" && a == Answer::No;
            let want = if lasting {
                "but keep it in-house"
            } else {
                "but not yet"
            };
            verdict(answers, Inputs::default(), want);
            // A "not sure" asks to find out, not to fix something asserted.
            if a == Answer::No {
                verdict(answers, Inputs::default(), gap);
            } else {
                verdict(answers, Inputs::default(), "find out first");
            }
            let r = assess(&answers);
            assert_eq!(r.stops.len(), 1, "{id} {a:?}");
            assert_eq!(r.todo[0].id, id);
        }
    }
}

#[test]
fn partly_on_a_hard_stop_is_not_a_stop_but_tops_the_list() {
    let answers = with(
        all(Answer::Yes),
        &[("goals", Answer::No), ("judge", Answer::Partly)],
    );
    let r = assess(&answers);
    assert!(r.stops.is_empty());
    assert_eq!(r.todo[0].id, "judge");
    assert_eq!(r.todo[1].id, "goals");
    verdict(answers, Inputs::default(), "once you close 2 gaps");
}

#[test]
fn not_sure_elsewhere_is_a_gap_and_says_find_out() {
    let answers = with(all(Answer::Yes), &[("trial", Answer::NotSure)]);
    let r = assess(&answers);
    assert_eq!(r.todo.len(), 1);
    assert!(r.todo[0].text.starts_with("Find out:"));
    assert!(r.score.unwrap() < 1.0);
}

#[test]
fn customer_facing_is_a_serious_warning_not_a_stop() {
    let answers = with(all(Answer::Yes), &[("not-facing", Answer::No)]);
    let r = assess(&answers);
    assert!(r.stops.is_empty());
    assert_eq!(r.warnings.len(), 1);
    assert_eq!(r.todo[0].severity, Severity::Serious);
    verdict(
        answers,
        Inputs::default(),
        "Serious warning: it is customer-facing",
    );
}

#[test]
fn scores() {
    assert_eq!(assess(&all(Answer::Yes)).score, Some(1.0));
    assert_eq!(assess(&all(Answer::No)).score, Some(0.0));
    assert_eq!(assess(&all(Answer::Partly)).score, Some(0.5));
    // Unanswered items earn nothing: one "yes" alone is far from 100%.
    let one = assess(&with(Answers::default(), &[("brief", Answer::Yes)]))
        .score
        .unwrap();
    let total: f64 = ITEMS.iter().map(|i| i.weight).sum();
    assert!((one - 3.0 / total).abs() < 1e-12, "{one}");
    verdict(
        all(Answer::Yes),
        Inputs::default(),
        "you look ready (readiness 100%)",
    );
    verdict(
        with(Answers::default(), &[("brief", Answer::Yes)]),
        Inputs::default(),
        "answer the rest",
    );
}

#[test]
fn a_loss_is_not_recommended_whatever_the_readiness() {
    verdict(
        all(Answer::Yes),
        Inputs::default().with(Field::Rate, 400.0),
        "keep it in-house",
    );
}

#[test]
fn hard_stops_are_exactly_the_four_named() {
    let stops: Vec<&str> = ITEMS
        .iter()
        .filter(|i| i.severity == Severity::HardStop)
        .map(|i| i.id)
        .collect();
    assert_eq!(stops, ["describe", "judge", "not-core", "manager"]);
    let codes = all(Answer::NotSure).code();
    assert_eq!(codes.len(), ITEMS.len());
    assert!(codes
        .chars()
        .all(|c| Answer::from_code(c) == Some(Answer::NotSure)));
}

#[test]
fn one_text_encoding_per_answer_reads_back() {
    for a in Answer::ALL {
        assert_eq!(Answer::from_text(a.word()), Some(a), "{a:?}");
        assert_eq!(Answer::from_code(a.code()), Some(a), "{a:?}");
        assert_eq!(
            Answer::from_text(&a.word().to_uppercase()),
            Some(a),
            "{a:?}"
        );
    }
    assert_eq!(Answer::from_text(" Not-Sure "), Some(Answer::NotSure));
    assert_eq!(Answer::from_text("maybe"), None);
}

#[test]
fn the_saving_promised_once_the_gaps_close_is_the_one_with_them_closed() {
    // No trial: more rework today. The verdict quotes the saving with a trial
    // and says what it is with the gap open.
    let answers = with(
        all(Answer::Yes),
        &[("trial", Answer::No), ("goals", Answer::No)],
    );
    let mut i = Inputs::default();
    i.answers = answers;
    let now = compare(&i.resolve()).saving;
    i.answers = gaps_closed(&answers);
    let closed = compare(&i.resolve()).saving;
    assert!(closed > now + 1.0);
    let v = verdict_text(answers, Inputs::default());
    let money = |x: f64| outsource_check::model::text::Fmt::money(&Plain("$"), x);
    assert!(
        v.contains(&format!(
            "saves {} over a year once you close 2 gaps",
            money(closed)
        )),
        "{v}"
    );
    assert!(
        v.contains(&format!("with them open, it saves {}", money(now))),
        "{v}"
    );
}

#[test]
fn every_seed_point_has_a_question() {
    for id in [
        "future",
        "culture",
        "checkpoints",
        "deadlines",
        "local",
        "results",
        "fair-rate",
        "trial",
        "exit-clause",
    ] {
        assert!(ITEMS.iter().any(|i| i.id == id), "{id}");
    }
}

#[test]
fn a_lasting_no_outranks_a_stop_that_can_be_fixed() {
    let answers = with(
        all(Answer::Yes),
        &[("describe", Answer::No), ("not-core", Answer::No)],
    );
    verdict(
        answers,
        Inputs::default(),
        "but keep it in-house: this is your core competency",
    );
}

#[test]
fn without_a_saving_a_stop_is_not_promised_as_temporary() {
    let answers = with(all(Answer::Yes), &[("describe", Answer::No)]);
    let v = verdict_text(answers, Inputs::default().with(Field::Rate, 400.0));
    assert!(v.contains("costs") && !v.contains("not yet"), "{v}");
}

/// A "yes" on the fair-rate question does not count while the rate entered
/// is below the region's market or saves nothing: it is scored and listed as
/// a gap, and the question's note says why. Fair or above fair, it counts.
#[test]
fn a_yes_on_the_fair_rate_counts_only_when_the_rate_agrees() {
    use outsource_check::model::cost::RateClass;
    use outsource_check::model::verdict::{counted, rate_hint, readiness};
    let answers = all(Answer::Yes);
    let base = Inputs::default();
    let b = compare(&base.resolve()).fair;
    for (rate, class, counts) in [
        (b.fair_low * 0.9, RateClass::BelowMarket, false),
        (b.fair_high, RateClass::Fair, true),
        (
            (b.fair_high + b.break_even) / 2.0,
            RateClass::AboveFair,
            true,
        ),
        (b.break_even * 1.1, RateClass::NoSaving, false),
    ] {
        let c = compare(&base.clone().with(Field::Rate, rate).resolve());
        assert_eq!(c.fair.class, class, "{rate}");
        let r = readiness(&answers, c.fair.class);
        assert_eq!(
            counted(&answers, class).get("fair-rate") == Answer::Yes,
            counts
        );
        assert_eq!(r.score == Some(1.0), counts, "{class:?}: {:?}", r.score);
        assert_eq!(r.todo.iter().any(|t| t.id == "fair-rate"), !counts);
        assert_eq!(rate_hint(class, true).contains("does not count"), !counts);
    }
    // Other answers are never touched.
    let no = with(all(Answer::Yes), &[("fair-rate", Answer::No)]);
    assert_eq!(counted(&no, RateClass::Fair), no);
    assert_eq!(counted(&no, RateClass::BelowMarket), no);
}

/// Someone who can manage the provider is decisive: a "no" stops the
/// verdict, says who must manage, and adds management time (1.5 × the
/// default hours), which the question's note prices.
#[test]
fn no_manager_stops_the_verdict_and_adds_management_time() {
    use outsource_check::model::verdict::{
        answer_effect_of, decide, readiness, Decision, EffectKind,
    };
    let answers = with(all(Answer::Yes), &[("manager", Answer::No)]);
    let mut i = Inputs::default();
    i.answers = answers;
    let c = compare(&i.resolve());
    let closed = compare(&Inputs::default().resolve());
    let r = readiness(&answers, c.fair.class);
    let d = decide(&c, &closed, &r).decision;
    assert!(
        matches!(d, Decision::Stop { item, saves: true, not_sure: false } if item.id == "manager"),
        "{d:?}"
    );
    let v = verdict_text(answers, Inputs::default());
    assert!(
        v.contains("but not yet") && v.contains("you or someone you name must"),
        "{v}"
    );
    // Management hours: 1.5 × the default, unless typed.
    let base = Inputs::default().resolve().mgmt_hours_per_week;
    assert!((i.resolve().mgmt_hours_per_week - 1.5 * base).abs() < 1e-9);
    assert_eq!(
        i.clone()
            .with(Field::MgmtHours, 3.0)
            .resolve()
            .mgmt_hours_per_week,
        3.0
    );
    let index = ITEMS.iter().position(|it| it.id == "manager").unwrap();
    let e = answer_effect_of(&i, index).unwrap();
    assert!(
        e.more && e.kind == EffectKind::Manager && e.amount > 0.0,
        "{e:?}"
    );
    assert!(c.outsourced.total > closed.outsourced.total);
    // The break-even at another workload keeps the factor.
    let mut at = outsource_check::model::cost::at_hours(&i.resolve(), 160.0);
    let want = at.mgmt_hours_per_week;
    at.mgmt_factor = 1.0;
    assert!(want > outsource_check::model::cost::at_hours(&at, 160.0).mgmt_hours_per_week);
}

/// A weak language, time-zone or culture fit raises the rework default,
/// 1.25 × for each "no", and the note prices it.
#[test]
fn a_weak_fit_raises_rework() {
    use outsource_check::model::verdict::{answer_effect_of, EffectKind};
    let base = Inputs::default().resolve().rework;
    for (ids, factor) in [
        (&["fit"][..], 1.25),
        (&["culture"][..], 1.25),
        (&["fit", "culture"][..], 1.25 * 1.25),
    ] {
        let mut i = Inputs::default();
        for id in ids {
            i.answers.set(id, Answer::No);
        }
        assert!(
            (i.resolve().rework - base * factor).abs() < 1e-12,
            "{ids:?}"
        );
        let index = ITEMS.iter().position(|it| it.id == ids[0]).unwrap();
        let e = answer_effect_of(&i, index).unwrap();
        assert!(e.more && e.kind == EffectKind::Fit, "{e:?}");
    }
    let mut partly = Inputs::default();
    partly.answers.set("fit", Answer::Partly);
    assert_eq!(partly.resolve().rework, base);
}

/// The two new questions: a software subscription instead, and a workload
/// that rises and falls. Each has a weight, a why and a next step, and is
/// scored like the others.
#[test]
fn the_subscription_and_workload_questions_are_present_and_scored() {
    for id in ["saas", "workload"] {
        let it = ITEMS.iter().find(|i| i.id == id).unwrap();
        assert!(it.weight > 0.0 && !it.why.is_empty() && !it.next.is_empty() && !it.gap.is_empty());
        assert_eq!(it.severity, Severity::Normal);
        let r = assess(&with(all(Answer::Yes), &[(id, Answer::No)]));
        let total: f64 = ITEMS.iter().map(|i| i.weight).sum();
        assert!((r.score.unwrap() - (1.0 - it.weight / total)).abs() < 1e-12);
        assert_eq!(r.todo.len(), 1);
        assert_eq!(r.todo[0].id, id);
        let half = assess(&with(Answers::default(), &[(id, Answer::Partly)]));
        assert!((half.score.unwrap() - 0.5 * it.weight / total).abs() < 1e-12);
    }
    assert_eq!(ITEMS.len(), 27);
}

#[test]
fn the_ids_list_is_the_items_ids_in_order() {
    use outsource_check::model::checklist::{index_of, IDS, ITEMS};
    let from_items: Vec<&str> = ITEMS.iter().map(|i| i.id).collect();
    assert_eq!(IDS.to_vec(), from_items);
    for (n, item) in ITEMS.iter().enumerate() {
        assert_eq!(index_of(item.id), Some(n));
    }
    assert_eq!(index_of("nope"), None);
}
