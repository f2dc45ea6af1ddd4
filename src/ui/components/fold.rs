//! A folded section (`<details>`) whose body is built only while it is open:
//! a closed fold costs the first render and each keystroke nothing but its
//! heading. Print opens every fold first (`persist::open_details_when_printing`
//! sends the `toggle` at once), so a printed report stays complete.

use yew::prelude::*;

/// Whether a `<details>` panel is open, and its `ontoggle`: for work done
/// only while the panel shows.
#[hook]
pub fn use_fold() -> (bool, Callback<Event>) {
    let open = use_state_eq(|| false);
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            let panel: web_sys::Element = e.target_unchecked_into();
            open.set(panel.has_attribute("open"));
        })
    };
    (*open, ontoggle)
}

#[derive(Properties, PartialEq)]
pub struct FoldProps {
    pub id: AttrValue,
    /// `"card fold"` for a section folded on a first visit, `"fold group"`
    /// for a checklist group; none for a disclosure inside a section.
    #[prop_or_default]
    pub class: Option<&'static str>,
    /// The `<summary>`'s content, always shown.
    pub summary: Html,
    /// The body: pass components, so that nothing is rendered while folded.
    pub children: Html,
}

#[component]
pub fn Fold(p: &FoldProps) -> Html {
    let (open, ontoggle) = use_fold();
    html! {
        // `data-fold`: the tests wait for a fold's body after opening it.
        <details class={p.class} id={p.id.clone()} data-fold="" {ontoggle}>
            <summary>{p.summary.clone()}</summary>
            if open {
                {p.children.clone()}
            }
        </details>
    }
}
