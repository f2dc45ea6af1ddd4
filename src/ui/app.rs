//! Root component: the page's layout. State and its reducer are in `state`,
//! the staged render and autosave in `hooks`; results are derived in render.

use std::rc::Rc;

use yew::prelude::*;

use super::components::{
    breakdown_chart::BreakdownChart,
    breakeven_chart::BreakevenChart,
    checklist::Checklist,
    compare::compare_section,
    contractor_rule::contractor_rule_fold,
    explain::explain,
    fair_band::FairBandView,
    field_group::FieldGroup,
    fold::Fold,
    lang_switch::LangSwitch,
    region_table::RegionTable,
    results::{summary_bar, Headline, Results},
    season_chart::SeasonChart,
    select_field::SelectField,
    share::Share,
    tornado::Tornado,
};
use super::fmt::Money;
use super::hooks::{use_autosave, use_deferred, use_settled, use_stages};
use super::state::Msg;
use super::{events, page};
use crate::model::data::{Currency, DATA_AS_OF};
use crate::model::form::{Action, Replaced};
use crate::model::i18n::{tr, trf};
use crate::model::outcomes::outcomes;
use crate::model::query::{encode_short, join_query};
use crate::model::scenario::{Group, ProviderKind};
use crate::model::{compare, compare_regions, Field, Home, Region, Task};

/// The page's title and lede, in English (shown with `tr`): rendered here,
/// or set in the pre-rendered header the page keeps (`ui::sync_header`).
pub const TITLE: &str = crate::t!("Outsource it or keep it in-house?");
pub const LEDE: &str = crate::t!("The full cost of both options, a fair rate for the region, and the break-even point. Everything stays in your browser.");

fn options<T: Copy>(
    all: &[T],
    slug: fn(T) -> &'static str,
    label: fn(T) -> &'static str,
) -> Vec<(&'static str, &'static str)> {
    all.iter().map(|&x| (slug(x), label(x))).collect()
}

/// The result in one sentence for the polite live region.
fn summary_text(c: &crate::model::Comparison, m: &Money) -> String {
    trf(
        "{verdict}; in-house {in_house}, outsourced {outsourced}.",
        &[
            ("verdict", &crate::model::verdict::short_verdict(c, m)),
            ("in_house", &m.whole(c.in_house.total)),
            ("outsourced", &m.whole(c.outsourced.total)),
        ],
    )
}

// The two field builders are out of line: each `html!` call site would
// otherwise inline a copy of the props builder (several KB of wasm each).
#[inline(never)]
fn select_field(
    id: &'static str,
    label: &'static str,
    opts: Vec<(&'static str, &'static str)>,
    value: &'static str,
    make: fn(&str) -> Option<Action>,
    on_action: &Callback<Action>,
) -> Html {
    html! {
        <SelectField {id} {label} options={Rc::new(opts)} {value} {make} on_action={on_action.clone()} />
    }
}

#[inline(never)]
fn field_group(
    fields: Vec<Field>,
    form: &Rc<crate::model::form::Form>,
    defaults: &Rc<Vec<f64>>,
    money: &Money,
    on_action: &Callback<Action>,
) -> Html {
    html! {
        <FieldGroup {fields} form={form.clone()} defaults={defaults.clone()} money={money.clone()} on_action={on_action.clone()} />
    }
}

/// The derived values, the inputs and the query of one edit; equal when
/// they are the same edit's (pointer equality: no deep compare per render).
#[derive(Clone)]
struct Same(Rc<Derived>, crate::model::Inputs, Rc<String>);

impl PartialEq for Same {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0) && Rc::ptr_eq(&self.2, &other.2) && self.1 == other.1
    }
}

/// What the page derives from the inputs.
struct Derived {
    scenario: Rc<crate::model::Scenario>,
    defaults: Rc<Vec<f64>>,
    comparison: Rc<crate::model::Comparison>,
    rows: Rc<Vec<crate::model::cost::RegionRow>>,
    range: Rc<crate::model::outcomes::Outcomes>,
}

#[component]
pub fn App() -> Html {
    let state = use_reducer(super::state::initial);
    // Callbacks made once: children whose other props are unchanged compare
    // equal and are not re-rendered on each keystroke.
    let on_msg = (*use_memo((), {
        let dispatcher = state.dispatcher();
        move |_| Callback::from(move |m: Msg| dispatcher.dispatch(m))
    }))
    .clone();
    // Page-level watches that report into the state, set up once: a deploy
    // taking over (service worker) and the saved scenario changed in
    // another tab. An embedded view registers no worker and watches nothing.
    {
        let dispatcher = state.dispatcher();
        let embed = state.embed;
        let look = state.look;
        use_effect_with((), move |_| {
            page::apply_look(&look);
            if !embed {
                let d = dispatcher.clone();
                events::register_service_worker(move || d.dispatch(Msg::UpdateReady));
                super::lang::keep_offline();
                events::on_saved_elsewhere(move |q| dispatcher.dispatch(Msg::SavedElsewhere(q)));
            }
        });
    }
    let on_action = (*use_memo((), {
        let on_msg = on_msg.clone();
        move |_| on_msg.reform(Msg::Form)
    }))
    .clone();
    let form = &state.form;
    let inputs = form.inputs.clone();
    // Each derived value made once per change of the inputs, in an `Rc` the
    // children share (one clone of the pointer, not of the value, per child).
    let resolved = use_memo(inputs.clone(), |i| {
        let (s, defaults) = i.resolve_with_defaults();
        let c = compare(&s);
        Derived {
            scenario: Rc::new(s),
            defaults: Rc::new(defaults),
            comparison: Rc::new(c),
            rows: Rc::new(compare_regions(i)),
            range: Rc::new(outcomes(i)),
        }
    });
    let Derived {
        defaults,
        comparison,
        range,
        ..
    } = &*resolved;
    // Behind the headline (results, charts, region table, checklist, sharing):
    // one task later, so an edit's own task only updates the headline.
    let later = use_deferred(Same(resolved.clone(), inputs.clone(), state.query.clone()));
    let Same(later_derived, later_inputs, later_query) = &later;
    let Derived {
        scenario: later_scenario,
        comparison: later_comparison,
        rows: later_rows,
        range: later_range,
        ..
    } = &**later_derived;
    // The options side by side: costed once per change of the options.
    let board = use_memo(later_inputs.choices.clone(), |c| {
        crate::model::choices::board(c)
    });
    let form_rc = Rc::new(form.clone());
    let money = use_memo(inputs.currency, |c| Money::new(*c));
    // Rendered in stages, one task each, each only adding below: 0 = nothing
    // yet, the pre-rendered page staying on screen as it is (`super::hold_page`),
    // so that setting up the state and building the first screen are two
    // tasks, neither long enough to hold up a tap; 1 = the headline and the
    // main inputs; 2 = + the results behind the headline and the folded
    // charts and region table; 3 = + checklist; 4 = + details, the
    // explanation and sharing. Then the page is marked ready.
    const LAST_STAGE: u8 = 4;
    let stage = use_stages(LAST_STAGE, &on_action);
    let query = state.query.clone();
    // The summary as screen readers hear it: once the reader stops typing,
    // not on every keystroke.
    let settled_summary = use_settled(summary_text(comparison, &money), 600);
    use_autosave(query.clone(), form.edited, on_msg.reform(Msg::Notice));
    // The pre-rendered page stays until the first screen is built.
    if stage == 0 && super::holding_page() {
        return Html::default();
    }
    super::release_page();

    let select =
        |id, label, opts, value, make| select_field(id, label, opts, value, make, &on_action);
    let fields = |fields: Vec<Field>| field_group(fields, &form_rc, defaults, &money, &on_action);
    // Every field of a folded group, in table order.
    let provider = inputs.provider;
    let software = !provider.bills_hours();
    // Every field of a folded group that the option costs, in table order.
    let group = |g: Group| {
        fields(
            Field::ALL
                .iter()
                .copied()
                .filter(|f| f.spec().group == g && f.applies(provider))
                .collect(),
        )
    };
    // Software is offered only for the tasks with a common tool.
    let mut providers = vec![("freelancer", tr("Freelancer")), ("agency", tr("Agency"))];
    if ProviderKind::Software.offered_for(inputs.task) {
        providers.push(("software", tr("Software subscription")));
    }

    let embed = state.embed;
    // Only the embedded view links to the full calculator.
    let full_link = if embed {
        format!(
            "{}?{}",
            page::base_url(),
            join_query(&encode_short(&inputs))
        )
    } else {
        String::new()
    };
    let notices = state.notices.clone();
    html! {
        <>
        if embed {
            <header class="embed-header">
                // title=0 hides the title from view, not from screen readers.
                <h1 class={classes!((!state.look.show_title).then_some("sr-only"))}>{tr("Outsource or keep in-house?")}</h1>
                <a href={full_link} target="_blank" rel="noopener">{tr("Open the full calculator")}</a>
            </header>
        } else if let Some(host) = super::kept_switch() {
            {create_portal(html! { <LangSwitch /> }, host)}
        } else {
            <header class="site-header">
                <div class="lang-switch"><LangSwitch /></div>
                <h1>{tr(TITLE)}</h1>
                <p class="lede">{tr(LEDE)}</p>
            </header>
        }
        <main class={classes!(embed.then_some("embed"))}>
            if state.update_ready {
                <div class="card notices" role="status" id="update-ready">
                    <p>{tr("A new version of the calculator is ready. Your scenario is saved and will be there after the reload.")}</p>
                    <button type="button" id="reload-update" onclick={Callback::from(|_| page::reload())}>{tr("Reload")}</button>
                </div>
            }
            if let Some(other) = &state.other_tab {
                <div class="card notices" role="status" id="other-tab">
                    <p>{if other.is_some() {
                        tr("Your saved scenario was changed in another tab. If you keep working here, this tab's scenario is saved and the other one stays under “Recent scenarios”.")
                    } else {
                        tr("Your saved scenario was cleared in another tab.")
                    }}</p>
                    <div class="buttons">
                        if other.is_some() {
                            <button type="button" id="open-other-tab" onclick={on_msg.reform(|_| Msg::OpenOtherTab)}>{tr("Open the other tab's scenario")}</button>
                        }
                        <button type="button" id="keep-mine" class="secondary" onclick={on_msg.reform(|_| Msg::KeepMine)}>{tr("Keep this tab's")}</button>
                    </div>
                </div>
            }
            if !notices.is_empty() {
                <div class="card notices" role="status" id="notices">
                    <ul>
                        for n in notices.iter() {
                            <li>{n}</li>
                        }
                    </ul>
                    <button type="button" class="secondary" onclick={on_msg.reform(|_| Msg::Dismiss)}>{tr("Dismiss")}</button>
                </div>
            }
            if state.saving_held {
                <div class="card notices" role="status" id="saving-held">
                    <p>{tr("Nothing you change here is saved yet: the scenario saved in this browser could not be read or kept aside, so it is left as it is.")}</p>
                    <button type="button" id="save-over" onclick={on_msg.reform(|_| Msg::SaveOver)}>{tr("Save this scenario over it")}</button>
                </div>
            }
            // The answer first, then the inputs that matter most, then the rest.
            <div class="top">
                <Headline comparison={comparison.clone()} outcomes={range.clone()} money={(*money).clone()} region={inputs.region} stale={form.has_errors()} />
                <p class="sr-only" aria-live="polite" id="summary-live">{settled_summary}</p>
                <section class="card basics" aria-labelledby="basics-h">
                    <h2 id="basics-h">{tr("Your task")}</h2>
                    { select("task", tr("Task"), options(&Task::ALL, Task::slug, Task::label), inputs.task.slug(), |v| Task::from_slug(v).map(Action::Task)) }
                    { fields(vec![Field::Hours]) }
                    { select("home", tr("Your business is in"), options(&Home::ALL, Home::slug, Home::label), inputs.home.slug(), |v| Home::from_slug(v).map(Action::Home)) }
                    // Software has no region.
                    if !software {
                        { select("region", tr("Provider region"), options(&Region::ALL, Region::slug, Region::label), inputs.region.slug(), |v| Region::from_slug(v).map(Action::Region)) }
                    }
                    { select("provider", tr("Provider type"), providers, inputs.provider.slug(), |v| ProviderKind::from_slug(v).map(Action::Provider)) }
                    if software {
                        { group(Group::Software) }
                    } else {
                        { fields(vec![Field::Rate]) }
                        // The law on a freelancer who works like an employee: the
                        // home country's, whatever the page's language.
                        { contractor_rule_fold(inputs.home) }
                    }
                </section>
            </div>
            if stage >= 2 {
                { summary_bar(later_comparison, &money) }
                <Results comparison={later_comparison.clone()} outcomes={later_range.clone()} money={(*money).clone()} region={later_scenario.region} stale={form.has_errors()} />
                if !embed || !board.rows.is_empty() {
                    { compare_section(&board, later_inputs.editing, embed, &on_action) }
                }
                <Fold id="charts" class={Some("card fold")} summary={html! { <h2 id="charts-h">{tr("How the totals are built")}</h2> }}>
                    <BreakdownChart comparison={later_comparison.clone()} money={(*money).clone()} />
                    <BreakevenChart comparison={later_comparison.clone()} scenario={later_scenario.clone()} money={(*money).clone()} />
                    <FairBandView comparison={later_comparison.clone()} scenario={later_scenario.clone()} money={(*money).clone()} />
                    <Tornado outcomes={later_range.clone()} money={(*money).clone()} />
                </Fold>
                if later_comparison.staffing.is_some() {
                    <Fold id="season-fold" class={Some("card fold")} summary={html! { <h2 id="season-h">{tr("Month by month")}</h2> }}>
                        <SeasonChart comparison={later_comparison.clone()} />
                    </Fold>
                }
                if !embed {
                    <RegionTable rows={later_rows.clone()} chosen={later_inputs.region} money={(*money).clone()} on_action={on_action.clone()} />
                }
            }
            if stage >= 3 && !embed {
                <Checklist inputs={later_inputs.clone()} comparison={later_comparison.clone()} money={(*money).clone()} on_action={on_action.clone()} />
            }
            if stage >= 3 && embed {
                // The embed keeps the checklist one tap away.
                <Fold id="checklist-fold" class={Some("card fold")} summary={html! { <h2>{tr("Are you ready to outsource it?")}</h2> }}>
                    <Checklist inputs={later_inputs.clone()} comparison={later_comparison.clone()} money={(*money).clone()} on_action={on_action.clone()} />
                </Fold>
            }
            if stage >= 4 {
                <section class="card details" aria-labelledby="details-h">
                    <h2 id="details-h">{tr("Adjust the details")}</h2>
                    <p class="hint">{tr("Leave a field blank to use its default; open “Source” under a field to see where the default comes from.")}</p>
                    <Fold id="details-in-house" summary={html! { {tr("In-house details")} }}>
                        { group(Group::InHouse) }
                    </Fold>
                    if !software {
                        <Fold id="details-outsourcing" summary={html! { {tr("Outsourcing details")} }}>
                            { group(Group::Outsourcing) }
                        </Fold>
                    }
                    <Fold id="details-management" summary={html! { {tr("Management and tooling")} }}>
                        { group(Group::Management) }
                    </Fold>
                    <Fold id="details-one-time" summary={html! { {tr("One-time costs and risk")} }}>
                        { group(Group::OneTime) }
                    </Fold>
                    <Fold id="details-seasons" summary={html! { {tr("Busy seasons and growth")} }}>
                        { group(Group::Seasons) }
                    </Fold>
                    <Fold id="details-settings" summary={html! { {tr("Time frame and currency")} }}>
                        { select("currency", tr("Currency"), options(&Currency::ALL, Currency::code, Currency::code), inputs.currency.code(), |v| Currency::from_code(v).map(Action::Currency)) }
                        { group(Group::Settings) }
                    </Fold>
                    <div class="buttons">
                        <button type="button" id="reset" class="secondary" onclick={on_action.reform(|_| Action::Reset)}>{tr("Reset to defaults")}</button>
                        if let Some((how, _)) = &form.undo {
                            <button type="button" id="undo" class="secondary" onclick={on_action.reform(|_| Action::Undo)}>{how.undo_label()}</button>
                        }
                    </div>
                </section>
                if !embed {
                    { explain(later_comparison, later_scenario, &money) }
                    <Share inputs={later_inputs.clone()} query={later_query.clone()} on_msg={on_msg.clone()}
                        undo={form.undo.as_ref().map(|u| u.0).filter(|h| *h != Replaced::Reset)} />
                }
            }
        </main>
        if !embed && stage >= LAST_STAGE {
            <footer class="site-footer">
                <p>{trf("Default figures as of {date}, each with its source and year. Nothing you type leaves this device: no server, no account, no tracking. Your scenario is saved only in this browser.", &[("date", DATA_AS_OF)])}</p>
                <p class="print-only">{trf("Printed report. Figures as of {date}.", &[("date", DATA_AS_OF)])}</p>
            </footer>
        }
        </>
    }
}
