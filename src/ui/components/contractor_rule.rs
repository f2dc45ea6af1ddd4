//! The home country's rule on a freelancer who works like an employee, in a
//! fold under the rate field. The rule follows where the business is
//! (`Home::contractor_rule`), shown in the reader's language; closed, the
//! fold costs one summary line.

use yew::prelude::*;

use super::fold::Fold;
use crate::model::i18n::{tr, trf};
use crate::model::Home;

#[derive(Properties, PartialEq)]
struct RuleProps {
    home: Home,
}

/// The fold, or nothing for a home country without a rule. A plain
/// function, not a component (see `explain::explain`).
pub fn contractor_rule_fold(home: Home) -> Html {
    if home.contractor_rule().is_none() {
        return html! {};
    }
    let summary = trf(
        "Freelancer or employee? ({country})",
        &[("country", home.label())],
    );
    html! {
        <Fold id="contractor-rule" class={Some("law")} summary={html! { {summary} }}>
            <RuleBody {home} />
        </Fold>
    }
}

/// The rule and its source: built only while the fold is open.
#[component]
fn RuleBody(p: &RuleProps) -> Html {
    let Some(rule) = p.home.contractor_rule() else {
        return html! {};
    };
    html! {
        <>
            <p>{tr(rule.text)}</p>
            <p class="help">{trf("Source: {source}", &[("source", tr(rule.source))])}</p>
        </>
    }
}
