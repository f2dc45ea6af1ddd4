//! Root component: one reducer over the model's `Form`, results derived in render.

use std::rc::Rc;

use yew::prelude::*;

use super::components::{
    breakdown_chart::BreakdownChart, breakeven_chart::BreakevenChart, checklist::Checklist,
    explain::Explain, fair_band::FairBandView, field_group::FieldGroup, region_table::RegionTable,
    results::Results, select_field::SelectField,
};
use super::fmt::{locale_decimal, Money};
use crate::model::data::{Currency, DATA_AS_OF};
use crate::model::form::{Action, Form};
use crate::model::scenario::{Group, ProviderKind};
use crate::model::{compare, compare_regions, Field, Home, Inputs, Region, Task};

/// The page state: the form (texts, errors, last valid inputs).
#[derive(Clone, PartialEq)]
pub struct State {
    pub form: Form,
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        if next.form.apply(action) {
            Rc::new(next)
        } else {
            self
        }
    }
}

fn options<T: Copy>(
    all: &[T],
    slug: fn(T) -> &'static str,
    label: fn(T) -> &'static str,
) -> Vec<(&'static str, &'static str)> {
    all.iter().map(|&x| (slug(x), label(x))).collect()
}

#[component]
pub fn App() -> Html {
    let state = use_reducer(|| State {
        form: Form::new(Inputs::default(), locale_decimal()),
    });
    let on_action = {
        let state = state.clone();
        Callback::from(move |a: Action| state.dispatch(a))
    };
    let form = &state.form;
    let inputs = form.inputs.clone();
    let resolved = use_memo(inputs.clone(), |i| {
        let (s, defaults) = i.resolve_with_defaults();
        let c = compare(&s);
        let rows = compare_regions(i);
        Rc::new((s, defaults, c, rows))
    });
    let (scenario, defaults, comparison, rows) = &**resolved.as_ref();
    let money = use_memo(inputs.currency, |c| Money::new(*c));
    use_effect_with((), |_| {
        if let Some(root) = gloo::utils::document().get_element_by_id("app") {
            let _ = root.set_attribute("data-ready", "");
        }
    });

    let select = |id: &'static str,
                  label: &'static str,
                  opts,
                  value: &'static str,
                  make: fn(&str) -> Option<Action>| {
        let cb = on_action.clone();
        html! {
            <SelectField {id} {label} options={Rc::new(opts)} {value}
                on_change={Callback::from(move |v: String| if let Some(a) = make(&v) { cb.emit(a) })} />
        }
    };
    let group = |_g: Group, fields: &[Field]| {
        html! {
            <FieldGroup fields={fields.to_vec()} form={Rc::new(form.clone())}
                defaults={Rc::new(defaults.clone())} money={(*money).clone()} on_action={on_action.clone()} />
        }
    };
    let fields_of = |g: Group| {
        Field::ALL
            .iter()
            .copied()
            .filter(|f| f.spec().group == g)
            .collect::<Vec<_>>()
    };

    html! {
        <>
        <header class="site-header">
            <h1>{"Outsource it or keep it in-house?"}</h1>
            <p class="lede">{"The full cost of both options, a fair rate for the region, and the break-even point. Everything stays in your browser."}</p>
        </header>
        <main>
            <section class="card basics" aria-labelledby="basics-h">
                <h2 id="basics-h">{"Your task"}</h2>
                { select("task", "Task", options(&Task::ALL, Task::slug, Task::label), inputs.task.slug(), |v| Task::from_slug(v).map(Action::Task)) }
                { group(Group::Basics, &[Field::Hours]) }
                { select("home", "Your business is in", options(&Home::ALL, Home::slug, Home::label), inputs.home.slug(), |v| Home::from_slug(v).map(Action::Home)) }
                { select("region", "Provider region", options(&Region::ALL, Region::slug, Region::label), inputs.region.slug(), |v| Region::from_slug(v).map(Action::Region)) }
                { group(Group::Basics, &[Field::Rate]) }
            </section>
            <Results comparison={Rc::new(comparison.clone())} scenario={Rc::new(scenario.clone())} money={(*money).clone()} stale={form.has_errors()} />
            <section class="card" aria-labelledby="charts-h">
                <h2 id="charts-h">{"How the totals are built"}</h2>
                <BreakdownChart comparison={Rc::new(comparison.clone())} money={(*money).clone()} />
                <BreakevenChart comparison={Rc::new(comparison.clone())} scenario={Rc::new(scenario.clone())} money={(*money).clone()} />
                <FairBandView comparison={Rc::new(comparison.clone())} scenario={Rc::new(scenario.clone())} money={(*money).clone()} />
            </section>
            <RegionTable rows={Rc::new(rows.clone())} chosen={inputs.region} money={(*money).clone()} on_action={on_action.clone()} />
            <Checklist answers={inputs.answers} comparison={Rc::new(comparison.clone())} money={(*money).clone()} on_action={on_action.clone()} />
            <section class="card details" aria-labelledby="details-h">
                <h2 id="details-h">{"Adjust the details"}</h2>
                <p class="hint">{"Leave a field blank to use its default; open “Source” under a field to see where the default comes from."}</p>
                <details>
                    <summary>{"In-house details"}</summary>
                    { group(Group::InHouse, &fields_of(Group::InHouse)) }
                </details>
                <details>
                    <summary>{"Outsourcing details"}</summary>
                    { select("provider", "Provider type", vec![("freelancer", "Freelancer"), ("agency", "Agency")], inputs.provider.slug(), |v| ProviderKind::from_slug(v).map(Action::Provider)) }
                    { group(Group::Outsourcing, &fields_of(Group::Outsourcing)) }
                </details>
                <details>
                    <summary>{"Management and tooling"}</summary>
                    { group(Group::Management, &fields_of(Group::Management)) }
                </details>
                <details>
                    <summary>{"One-time costs and risk"}</summary>
                    { group(Group::OneTime, &fields_of(Group::OneTime)) }
                </details>
                <details>
                    <summary>{"Time frame and currency"}</summary>
                    { select("currency", "Currency", options(&Currency::ALL, Currency::code, Currency::code), inputs.currency.code(), |v| Currency::from_code(v).map(Action::Currency)) }
                    { group(Group::Settings, &fields_of(Group::Settings)) }
                </details>
                <button type="button" class="secondary" onclick={let cb = on_action.clone(); move |_| cb.emit(Action::Reset)}>{"Reset to defaults"}</button>
            </section>
            <Explain comparison={Rc::new(comparison.clone())} scenario={Rc::new(scenario.clone())} money={(*money).clone()} />
        </main>
        <footer class="site-footer">
            <p>{format!("Default figures as of {DATA_AS_OF}, each with its source and year. Nothing you type leaves this device.")}</p>
        </footer>
        </>
    }
}
