//! The software option (`provider=software`): its five parts by hand, where
//! it is offered, its links to the cent, and no NaN or rate talk anywhere.
#![cfg(not(target_arch = "wasm32"))]

use outsource_check::model::checklist::{items, Answer};
use outsource_check::model::data;
use outsource_check::model::form::{Action, Form};
use outsource_check::model::outcomes::outcomes;
use outsource_check::model::parse::Decimal;
use outsource_check::model::query::{decode, encode, encode_short, join_query, split_query};
use outsource_check::model::scenario::software_seats;
use outsource_check::model::text::{explain_lines, Plain};
use outsource_check::model::verdict::{
    combined_verdict, cost_verdict, range_sentence, readiness_for, season_verdict, tipping_sentence,
};
use outsource_check::model::{
    compare, compare_regions, Comparison, Field, Home, Inputs, ProviderKind, Region, Task,
};
use proptest::prelude::*;

mod common;
use common::{arb_inputs, close};

const TOOLS: [Task; 3] = [Task::Bookkeeping, Task::SocialMedia, Task::CustomerSupport];

fn software(task: Task) -> Inputs {
    let mut i = Inputs::new(task, Home::Us, Region::LatinAmerica);
    i.provider = ProviderKind::Software;
    i
}

#[track_caller]
fn item(c: &Comparison, id: &str) -> (f64, f64) {
    let it = c
        .outsourced
        .items
        .iter()
        .find(|i| i.id == id)
        .unwrap_or_else(|| panic!("no {id}"));
    (it.amount, it.total)
}

#[test]
fn bookkeeping_software_costed_by_hand_in_five_parts() {
    // 40 h a month, the manager at $50/h, a year; the subscription, the
    // share it covers and the learning hours are bookkeeping's defaults
    // ($65/month, 50%, 16 h); a $300 set-up typed in.
    let i = software(Task::Bookkeeping)
        .with(Field::Hours, 40.0)
        .with(Field::ManagerRate, 50.0)
        .with(Field::Horizon, 12.0)
        .with(Field::Setup, 300.0);
    let s = i.resolve();
    assert_eq!(
        (
            s.subscription_per_month,
            s.software_covers,
            s.learning_hours
        ),
        (65.0, 0.5, 16.0)
    );
    let c = compare(&s);
    let ids: Vec<_> = c.outsourced.items.iter().map(|i| i.id).collect();
    assert_eq!(
        ids,
        ["os-subscription", "os-remaining", "os-setup", "os-learning"]
    );
    // 1. the subscription: $65 × 12 months.
    assert_eq!(item(&c, "os-subscription"), (65.0, 780.0));
    // 2–4. the hours left: (1 − 50%) × 40 h = 20 h × $50 = $1,000 a month.
    assert_eq!(item(&c, "os-remaining"), (1000.0, 12_000.0));
    // set-up, once.
    assert_eq!(item(&c, "os-setup"), (300.0, 300.0));
    // 5. learning: 16 h × $50.
    assert_eq!(item(&c, "os-learning"), (800.0, 800.0));
    assert!(close(c.outsourced.total, 780.0 + 12_000.0 + 300.0 + 800.0));
    assert!(close(c.outsourced.upfront, 1100.0));
    // The in-house side is the same as with a freelancer.
    let mut freelancer = i.clone();
    freelancer.provider = ProviderKind::Freelancer;
    assert!(close(
        c.in_house.total,
        compare(&freelancer.resolve()).in_house.total
    ));
}

#[test]
fn a_help_desk_is_priced_per_agent_seat_the_hours_left_need() {
    // US: 1,888 productive hours a year, 157.3 a month per person.
    assert_eq!(software_seats(150.0, 1888.0), 1.0);
    assert_eq!(software_seats(1888.0 / 12.0, 1888.0), 1.0);
    assert_eq!(software_seats(160.0, 1888.0), 2.0);
    assert_eq!(software_seats(0.0, 1888.0), 1.0);
    assert_eq!(software_seats(f64::NAN, 0.0), 1.0);
    let at = |hours: f64| {
        software(Task::CustomerSupport)
            .with(Field::Hours, hours)
            .resolve()
            .subscription_per_month
    };
    // 25% covered: 200 h leave 150 h, one seat; 400 h leave 300 h, two.
    assert_eq!(at(200.0), 19.0);
    assert_eq!(at(400.0), 38.0);
}

#[test]
fn every_default_has_a_source_or_a_labelled_assumption() {
    for t in TOOLS {
        let d = data::software(t).expect("a tool");
        for f in [d.subscription, d.setup, d.covers, d.learn_hours] {
            assert!(!f.provenance.note.is_empty(), "{t:?}");
        }
        assert!(!d.subscription.provenance.key.is_empty(), "{t:?}");
        assert!(!d.subscription.provenance.year.is_empty(), "{t:?}");
        assert_eq!(d.covers.provenance.basis, data::Basis::Assumption);
        assert_eq!(d.learn_hours.provenance.basis, data::Basis::Assumption);
        assert!(d.covers.value > 0.0 && d.covers.value < 1.0);
    }
}

#[test]
fn tasks_without_a_common_tool_are_not_offered_software() {
    for t in Task::ALL {
        let offered = TOOLS.contains(&t);
        assert_eq!(data::software(t).is_some(), offered, "{t:?}");
        assert_eq!(ProviderKind::Software.offered_for(t), offered, "{t:?}");
        assert!(ProviderKind::Freelancer.offered_for(t) && ProviderKind::Agency.offered_for(t));
        // Its fields say why they are 0.
        let p = Inputs::new(t, Home::Us, Region::LatinAmerica).provenance(Field::Subscription);
        assert_eq!(p == data::NO_SOFTWARE, !offered, "{t:?}");
    }
    // A link asking for it: ignored with a notice, costed with a freelancer.
    let d = decode(&split_query("provider=software&task=web-dev&hours=30"));
    assert_eq!(d.inputs.provider, ProviderKind::Freelancer);
    assert_eq!(d.inputs.get(Field::Hours), Some(30.0));
    assert_eq!(d.notices.len(), 1, "{:?}", d.notices);
    assert!(d.notices[0].message().contains("provider=software"));
    // The form refuses it, and a task without a tool leaves it.
    let mut f = Form::new(Inputs::default(), Decimal::Point);
    assert!(!f.apply(Action::Provider(ProviderKind::Software)));
    f.apply(Action::Task(Task::Bookkeeping));
    assert!(f.apply(Action::Provider(ProviderKind::Software)));
    assert_eq!(f.inputs.provider, ProviderKind::Software);
    f.apply(Action::Task(Task::Seo));
    assert_eq!(f.inputs.provider, ProviderKind::Freelancer);
}

#[test]
fn links_write_the_software_fields_only_for_software() {
    let people = encode(&Inputs::new(
        Task::Bookkeeping,
        Home::Us,
        Region::LatinAmerica,
    ));
    for key in ["subscription", "setup", "covers", "learnhours"] {
        assert!(people.iter().all(|(k, _)| k != key), "{key}");
    }
    let soft = encode(&software(Task::Bookkeeping));
    for key in ["subscription", "setup", "covers", "learnhours"] {
        assert!(soft.iter().any(|(k, _)| k == key), "{key}");
    }
    let short = encode_short(&software(Task::Bookkeeping).with(Field::Covers, 60.0));
    assert!(short.contains(&("provider".into(), "software".into())));
    assert!(short.contains(&("covers".into(), "60".into())));
    // A hand-written link sets them.
    let d = decode(&split_query(
        "task=social-media&provider=software&subscription=49&covers=40&learnhours=4&setup=0",
    ));
    assert!(d.notices.is_empty(), "{:?}", d.notices);
    let s = d.inputs.resolve();
    assert_eq!(
        (
            s.subscription_per_month,
            s.software_covers,
            s.learning_hours,
            s.software_setup
        ),
        (49.0, 0.4, 4.0, 0.0)
    );
}

#[test]
fn the_checklist_speaks_of_the_tool() {
    let judge = items(ProviderKind::Software)
        .iter()
        .find(|i| i.id == "judge")
        .unwrap();
    assert!(
        judge.question.contains("tool does the job"),
        "{}",
        judge.question
    );
    // The same ids, weights and severities: answers carry over.
    for (a, b) in items(ProviderKind::Software)
        .iter()
        .zip(items(ProviderKind::Freelancer))
    {
        assert_eq!((a.id, a.weight, a.severity), (b.id, b.weight, b.severity));
    }
    let mut i = software(Task::Bookkeeping);
    i.answers.set("judge", Answer::No);
    let c = compare(&i.resolve());
    let r = readiness_for(&i.answers, c.fair.class, c.provider);
    let text = combined_verdict(&c, &c, &r, &Plain("$"));
    assert!(text.contains("whether the tool does the job"), "{text}");
}

#[test]
fn no_region_table_and_no_rate_for_software() {
    let i = software(Task::CustomerSupport);
    assert!(compare_regions(&i).is_empty());
    let c = compare(&i.resolve());
    assert_eq!(
        (c.tips.rate, c.tips.mgmt, c.tips.rework),
        (None, None, None)
    );
}

#[test]
fn the_covers_tipping_point_balances_the_totals() {
    let i = software(Task::Bookkeeping).with(Field::Hours, 120.0);
    let c = compare(&i.resolve());
    let tip = c.tips.covers.expect("a share in range");
    let at = compare(&i.clone().with(Field::Covers, tip).resolve());
    assert!(at.saving.abs() < 0.01, "{tip} {}", at.saving);
}

/// Software inputs: any generated scenario, made a software one on a task
/// with a tool.
fn arb_software() -> impl Strategy<Value = Inputs> {
    (arb_inputs(), 0..3usize).prop_map(|(mut i, t)| {
        i.provider = ProviderKind::Software;
        if !ProviderKind::Software.offered_for(i.task) {
            i.task = TOOLS[t];
        }
        i
    })
}

/// Words a software verdict must not use: a provider's rate or region.
fn no_rate_talk(text: &str) {
    for w in [
        "/h ",
        "rate is",
        "the rate",
        "region",
        "fair band",
        "provider",
    ] {
        assert!(!text.contains(w), "{w:?} in {text}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1500))]

    #[test]
    fn software_links_round_trip_to_the_cent(i in arb_software()) {
        let saved = join_query(&encode(&i));
        let d = decode(&split_query(&saved));
        prop_assert!(d.notices.is_empty(), "{:?} from {saved}", d.notices);
        prop_assert_eq!(d.inputs.provider, ProviderKind::Software);
        let (a, b) = (compare(&i.resolve()), compare(&d.inputs.resolve()));
        // To the cent (links keep 10 significant digits: beyond $10 million
        // a total is kept to one part in a billion).
        let cent = |x: f64| 0.005f64.max(1e-9 * x.abs());
        prop_assert!((a.outsourced.total - b.outsourced.total).abs() <= cent(a.outsourced.total), "{saved}");
        prop_assert!((a.in_house.total - b.in_house.total).abs() <= cent(a.in_house.total), "{saved}");
    }

    #[test]
    fn software_never_gives_nan_nor_talks_of_a_rate(i in arb_software()) {
        let s = i.resolve();
        let c = compare(&s);
        let f = Plain("$");
        for v in [c.in_house.total, c.outsourced.total, c.saving, c.saving_share,
                  c.outsourced.per_delivered_hour, c.fair.break_even, c.fair.fair_high] {
            prop_assert!(v.is_finite(), "{c:?}");
        }
        prop_assert!(c.outsourced.total >= 0.0);
        let sum: f64 = c.outsourced.items.iter().map(|x| x.total).sum();
        prop_assert!((sum - c.outsourced.total).abs() <= 1e-6 * sum.abs().max(1.0));
        let o = outcomes(&i);
        prop_assert!(o.low.is_finite() && o.high.is_finite());
        let mut words = vec![cost_verdict(&c, &f), tipping_sentence(&c, &f), range_sentence(&o, c.months, &f)];
        words.extend(season_verdict(&c));
        for w in &words {
            prop_assert!(!w.contains("NaN") && !w.contains("inf"), "{w}");
            no_rate_talk(w);
        }
        for line in explain_lines(&c, &s, &f) {
            prop_assert!(!line.contains("NaN") && !line.contains("inf"), "{line}");
        }
    }

    #[test]
    fn software_on_any_task_in_the_model_is_finite(i in arb_inputs(), t in 0..Task::ALL.len()) {
        // Not reachable from a link or the form, but the model holds.
        let mut i = i;
        i.task = Task::ALL[t];
        i.provider = ProviderKind::Software;
        let c = compare(&i.resolve());
        prop_assert!(c.outsourced.total.is_finite() && c.saving.is_finite());
    }
}
