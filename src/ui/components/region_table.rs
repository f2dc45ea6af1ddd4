//! Every region at its fair rate for this task: sortable; a row sets the region.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::cost::RegionRow;
use crate::model::form::Action;
use crate::model::i18n::{tr, trf};
use crate::model::verdict::rate_class_flag;
use crate::model::Region;
use crate::ui::fmt::{number, Money};

use super::fold::Fold;

#[derive(Properties, PartialEq)]
pub struct RegionTableProps {
    pub rows: Rc<Vec<RegionRow>>,
    pub chosen: Region,
    pub money: Money,
    pub on_action: Callback<Action>,
}

#[derive(Clone, Copy, PartialEq)]
enum Col {
    Region,
    Rate,
    Overlap,
    Total,
    Saving,
}

fn key(r: &RegionRow, col: Col) -> f64 {
    match col {
        Col::Region => Region::ALL.iter().position(|x| *x == r.region).unwrap_or(0) as f64,
        Col::Rate => r.rate,
        Col::Overlap => r.overlap_hours,
        Col::Total => r.outsourced_total,
        Col::Saving => r.saving,
    }
}

/// The fold; its table is built only while it is open. The sort order lives
/// here, so closing and reopening keeps it.
#[component]
pub fn RegionTable(p: &RegionTableProps) -> Html {
    let sort = use_state(|| (Col::Saving, false));
    let summary = html! { <h2 id="regions-h">{tr("The same task in every region")}</h2> };
    html! {
        <Fold id="regions" class={Some("card fold")} {summary}>
            <Body rows={p.rows.clone()} chosen={p.chosen} money={p.money.clone()} on_action={p.on_action.clone()} {sort} />
        </Fold>
    }
}

#[derive(Properties, PartialEq)]
struct BodyProps {
    rows: Rc<Vec<RegionRow>>,
    chosen: Region,
    money: Money,
    on_action: Callback<Action>,
    sort: UseStateHandle<(Col, bool)>,
}

#[component]
fn Body(p: &BodyProps) -> Html {
    let sort = p.sort.clone();
    let (col, asc) = *sort;
    let mut rows: Vec<RegionRow> = p.rows.to_vec();
    rows.sort_by(|a, b| {
        let o = key(a, col).total_cmp(&key(b, col));
        if asc {
            o
        } else {
            o.reverse()
        }
    });
    let header = |c: Col, label: &'static str| {
        let sort = sort.clone();
        let aria = if c == col {
            if asc {
                "ascending"
            } else {
                "descending"
            }
        } else {
            "none"
        };
        let onclick =
            Callback::from(move |_| sort.set((c, if c == col { !asc } else { c == Col::Region })));
        html! { <th scope="col" aria-sort={aria}><button type="button" class="sort" {onclick}>{label}</button></th> }
    };
    let m = &p.money;
    // No rows: the option costed has no region (software).
    if p.rows.is_empty() {
        return html! {
            <p class="hint" id="regions-none">{tr("A software subscription costs the same wherever it is run from: the region table does not apply to it.")}</p>
        };
    }
    html! {
        <>
            <p class="hint">{tr("Each region at its fair rate with its own management time (more with fewer shared working hours). Choose a row to use it.")}</p>
            <div class="table-wrap">
                <table id="region-table">
                    <thead><tr>
                        { header(Col::Region, tr("Region")) }
                        { header(Col::Rate, tr("Fair rate")) }
                        { header(Col::Overlap, tr("Shared hours")) }
                        { header(Col::Total, tr("Total")) }
                        { header(Col::Saving, tr("Saving")) }
                    </tr></thead>
                    <tbody>
                        for r in rows.iter() {
                            {{
                                let region = r.region;
                                let on_action = p.on_action.clone();
                                let chosen = region == p.chosen;
                                html! {
                                    <tr key={region.slug()} class={classes!(chosen.then_some("chosen"))} data-region={region.slug()}>
                                        <th scope="row">
                                            <button type="button" class="pick" aria-pressed={chosen.to_string()}
                                                onclick={move |_| on_action.emit(Action::PickRegion(region))}>{region.label()}</button>
                                        </th>
                                        <td data-label={tr("Fair rate")}>{trf("{rate}/h", &[("rate", &m.cents(r.rate))])}
                                            if let Some(flag) = rate_class_flag(r.class) {
                                                {" "}<span class="row-flag" data-class={r.class.slug()}>{flag}</span>
                                            }
                                        </td>
                                        <td data-label={tr("Shared hours")}>{trf("{hours} h", &[("hours", &number(r.overlap_hours, 1))])}</td>
                                        <td data-label={tr("Total")}>{m.whole(r.outsourced_total)}</td>
                                        <td data-label={tr("Saving")} class={classes!((r.saving < 0.0).then_some("neg"))}>{m.whole(r.saving)}</td>
                                    </tr>
                                }
                            }}
                        }
                    </tbody>
                </table>
            </div>
        </>
    }
}
