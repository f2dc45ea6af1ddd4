//! The answer before the app: the headline of a link's (or a saved)
//! scenario, worked out by the same engine and written in the same words
//! and number formats as the app's headline (`ui::components::results`), so
//! that a small separate wasm (`first/`, about a sixth of the app's bytes)
//! can fill the pre-rendered layout while the app is still downloading
//! (`assets/start.js`). Pure: the caller sets the language.

use super::compare;
use super::i18n::{trf, Lang};
use super::num::decimal;
use super::numbers::{Fmt, Local};
use super::query::{decode, split_query};
use super::regions::Home;
use super::scenario::Inputs;
use super::start::embed_of;
use super::text::span;
use super::verdict::{cost_verdict, season_verdict};

/// Every text the headline can show, in English: the small wasm carries
/// these of each catalogue and no other (`first/build.rs`; tests/first.rs
/// checks that with only these every headline reads as with the whole
/// catalogue), so a link in German needs no catalogue download to show it.
pub const TEXTS: &[&str] = &[
    "Cost over {span}",
    "a year",
    "1 month",
    "{months} months",
    "Both options cost about the same over {span}.",
    "Outsourcing saves {amount} ({percent}) over {span}.",
    "Keeping it in-house is cheaper by {amount} ({percent}) over {span}.",
    "At this rate outsourcing saves nothing.",
    "But the rate is below the region's market rate: an underpaid provider tends to do poorer work.",
    "Even at a fair rate for the region, outsourcing costs more than in-house.",
    "The rate is more than fairness asks: a rate a little above the region's market would be fair and save more.",
    "But only below the market rate: at a fair rate for the region, outsourcing costs more than in-house.",
    "The chosen employment fraction cannot cover all the hours.",
    "Outsourcing saves mostly because {lean} of 12 months are lean.",
    "In-house is costed at its cheapest through the busy months: staffed for the ordinary month, with a temporary worker hired for each busy season.",
    "In-house is costed at its cheapest through the busy months: staffed for the ordinary month, with paid overtime in the busy ones.",
    "In-house is costed at its cheapest through the busy months: staffed for the busiest month, paying for idle hours in the others.",
    "The outsourced side assumes a provider who can take on the busy months at short notice.",
    "The software side pays the same subscription every month; the hours it leaves you follow the work.",
];

/// One element of the headline: its id, its raw number (`data-value`, for
/// a figure) and its text.
#[derive(Clone, Debug, PartialEq)]
pub struct Part {
    pub id: &'static str,
    pub raw: Option<String>,
    pub text: String,
}

/// The scenario the app opens with, as `ui::state::initial` chooses it
/// (`start::choose`, whose notices this leaves out: they are the app's to
/// say, and their words would weigh on the small wasm): the link's, else
/// the saved one (`saved`: the stored text; an embed never reads it), else
/// the defaults at `home` (the reader's languages' country).
pub fn opening(query: &str, saved: Option<&str>, home: Option<Home>) -> Inputs {
    let pairs = split_query(query);
    let link = decode(&pairs);
    if link.has_scenario {
        return link.inputs;
    }
    if let Some(raw) = saved.filter(|_| !embed_of(&pairs)) {
        return decode(&split_query(raw)).inputs;
    }
    match home {
        Some(home) => {
            let d = Inputs::default();
            Inputs::new(d.task, home, d.region)
        }
        None => Inputs::default(),
    }
}

/// The headline of `inputs` in `lang` (its words from the catalogue set
/// with `i18n::set_language_with`): the heading, the verdict, the seasonal
/// sentence if any, and both sides' total, per month and per delivered hour.
pub fn headline(inputs: &Inputs, lang: Lang) -> Vec<Part> {
    let c = compare(&inputs.resolve());
    let m = Local::new(lang, inputs.currency);
    let text = |id, text| Part {
        id,
        raw: None,
        text,
    };
    let figure = |id, v: f64, text| Part {
        id,
        raw: Some(if v.is_finite() {
            decimal(v)
        } else {
            String::new()
        }),
        text,
    };
    let mut out = vec![
        text(
            "results-h",
            trf("Cost over {span}", &[("span", &span(c.months))]),
        ),
        text("verdict", cost_verdict(&c, &m)),
    ];
    if let Some(season) = season_verdict(&c) {
        out.push(text("season-verdict", season));
    }
    for (side, ids) in [
        (
            &c.in_house,
            ["total-in-house", "month-in-house", "hour-in-house"],
        ),
        (
            &c.outsourced,
            ["total-outsourced", "month-outsourced", "hour-outsourced"],
        ),
    ] {
        out.push(figure(ids[0], side.total, m.money(side.total)));
        out.push(figure(ids[1], side.per_month, m.money(side.per_month)));
        out.push(figure(
            ids[2],
            side.per_delivered_hour,
            m.cents(side.per_delivered_hour),
        ));
    }
    out
}

/// The parts as the start script reads them: one line each, `id`, raw and
/// text separated by tabs (no text holds a tab or a line break).
pub fn lines(parts: &[Part]) -> String {
    let mut out = String::new();
    for p in parts {
        for piece in [p.id, p.raw.as_deref().unwrap_or(""), &p.text] {
            out.extend(
                piece
                    .chars()
                    .map(|c| if c == '\t' || c == '\n' { ' ' } else { c }),
            );
            out.push('\t');
        }
        out.pop();
        out.push('\n');
    }
    out
}
