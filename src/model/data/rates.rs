//! Freelancer hourly rates by task and region: the sourced rows and the
//! regional index that fills the cells no source covers.

use super::currency::Currency;
use super::figure::{asm, der, fig, src, Figure, Provenance};
use crate::model::regions::{Region, Task};
use crate::t;

/// A freelancer hourly-rate range in USD for one task in one region.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RateCell {
    pub low: f64,
    pub typical: f64,
    pub high: f64,
    pub provenance: Provenance,
}

/// One sourced rate row, in the currency the source uses (per hour; day
/// rates ÷ 8 h), `None` where it is silent. Converted to US dollars at the
/// one exchange-rate date of every conversion (TRRE, 31 Dec 2025).
struct RateRow {
    task: Task,
    region: Region,
    currency: Currency,
    low: Option<f64>,
    typical: Option<f64>,
    high: Option<f64>,
    provenance: Provenance,
}

const fn row(
    task: Task,
    region: Region,
    currency: Currency,
    low: Option<f64>,
    typical: Option<f64>,
    high: Option<f64>,
    provenance: Provenance,
) -> RateRow {
    RateRow {
        task,
        region,
        currency,
        low,
        typical,
        high,
        provenance,
    }
}

use Currency::{Aud, Eur, Gbp, Inr, Pln, Usd};
use Region::*;
use Task::*;

/// Freelancer rate figures (`kind = freelancer` rows only: agency and wage
/// figures are not interchangeable with them), in the source's currency. A
/// missing typical is the geometric mean of low and high: the ranges are
/// wide (up to 17×) and a midpoint would sit near the top of them.
#[rustfmt::skip]
const SOURCED_RATES: &[RateRow] = &[
    row(WebDev, NorthAmerica, Usd, Some(60.0), None, Some(100.0), src("CDM", t!("c.2019-20"), t!("experienced US freelance developers $60–100+/h"))),
    row(WebDev, Uk, Gbp, Some(36.375), Some(65.625), Some(92.25), src("ITJW25", "2024-25", t!("UK IT contract day rates £291 / £525 / £738 (10th pct / median / 90th pct) ÷ 8 h"))),
    row(WebDev, WesternEurope, Eur, None, Some(91.43), None, der("FLM21, FLM23", "2021, 2023", t!("DACH freelance developers €86/h (2021) × the rise of all DACH freelance rates to 2023 (€94.31 → €100.26) = €91.43/h"))),
    row(WebDev, EasternEurope, Pln, None, Some(93.71), Some(124.28), der("SODA23", "2023", t!("Polish self-employed (B2B) developers' monthly invoices ÷ 168 h: regular 15,743 zł, senior 20,879 zł"))),
    row(WebDev, SouthAsia, Inr, Some(300.0), None, Some(5000.0), src("FUEL25", "2025", t!("India domestic rates ₹300–5,000/h; typical = their geometric mean"))),
    row(WebDev, Oceania, Aud, Some(100.0), None, Some(200.0), src("FRAU", t!("c.2025"), t!("Australian developers AU$100–200/h; typical = their geometric mean"))),
    row(GraphicDesign, NorthAmerica, Usd, Some(20.0), Some(52.5), Some(200.0), src("CREAT", t!("n.d."), t!("US range $20–200 by experience; typical = midpoint of the 5–10-year tier"))),
    row(GraphicDesign, Uk, Gbp, None, Some(45.125), None, src("YJCR", "2020", t!("UK creative day rate £361 ÷ 8 h"))),
    row(GraphicDesign, WesternEurope, Eur, None, Some(72.0), None, src("FLM23", "2023", t!("DACH graphics, content and media freelancers €72/h"))),
    row(GraphicDesign, SouthAsia, Usd, Some(5.0), None, None, src("CREAT", t!("n.d."), t!("junior designers $5–10/h (low edge only)"))),
    row(GraphicDesign, Oceania, Aud, Some(70.0), Some(70.375), Some(150.0), src("CAV21, FRAU", t!("2020, c.2025"), t!("AU creative day rate AU$563 ÷ 8 h; range AU$70–150/h"))),
    row(SocialMedia, Uk, Gbp, None, Some(41.75), None, src("YJSM", t!("c.2024"), t!("UK social media manager day rate £334 ÷ 8 h"))),
    row(Seo, NorthAmerica, Usd, Some(25.0), Some(50.0), Some(102.0), src("JHSEO, BL20", "2020, 2020", t!("US Upwork SEOs $25–75/h (typical = midpoint); freelance SEOs' average $102/h as high"))),
    row(Seo, Uk, Gbp, Some(40.0), None, Some(150.0), src("MAP", t!("n.d."), t!("UK freelance SEOs £40–150/h; typical = their geometric mean"))),
    row(Content, Uk, Gbp, None, Some(47.375), None, src("PCN20", "2020", t!("UK copywriter day rate £379 ÷ 8 h"))),
    row(Content, Oceania, Aud, Some(60.0), None, Some(120.0), src("FRAU", t!("c.2025"), t!("Australian writers AU$60–120/h; typical = their geometric mean"))),
    row(Bookkeeping, NorthAmerica, Usd, Some(20.0), Some(57.5), Some(150.0), src("LGLC", t!("c.2025"), t!("US bookkeepers $20–150/h; typical = midpoint of the $40–75 mid tier"))),
    row(VirtualAssistant, NorthAmerica, Usd, None, Some(35.0), Some(100.0), src("SLB", t!("n.d."), t!("most US VAs about $35/h, up to $100"))),
    row(VirtualAssistant, Uk, Gbp, Some(26.0), None, Some(30.0), src("APVA18", "2018", t!("most common UK VA rate £26–30/h"))),
    row(VirtualAssistant, Oceania, Aud, Some(30.0), None, Some(70.0), src("AVAA", t!("n.d."), t!("Australian VAs AU$30–70/h"))),
    row(VirtualAssistant, SouthAsia, Usd, Some(3.0), None, None, src("SPEC", t!("n.d."), t!("VAs from $3/h in India (low edge only)"))),
    row(VirtualAssistant, SoutheastAsia, Usd, Some(3.0), None, None, src("SPEC", t!("n.d."), t!("VAs from $3/h in the Philippines (low edge only)"))),
    row(ItSupport, Uk, Gbp, Some(15.97), Some(32.5), None, src("ITJW25", "2024-25", t!("UK hourly-quoted IT contracts £15.97 / £32.50, 10th pct / median"))),
];

/// Regional rate index relative to North America (all fields), with its basis.
pub fn region_index(r: Region) -> Figure {
    match r {
        Region::NorthAmerica => fig(1.0, der("PAY22", "2022", t!("the base of the index"))),
        Region::Uk => fig(0.9, asm(t!("between NEB24 (US and UK freelancers both about $40/h) and PAY22 (all Europe at 0.70 of North America)"))),
        Region::WesternEurope => fig(0.85, asm(t!("between the sourced DACH rates (FLM21, FLM23: above North American ones for developers, below for design) and PAY22's all-Europe 0.70, which includes the East"))),
        Region::EasternEurope => fig(0.35, asm(t!("near SODA23's Polish developers ($26.10 against CDM's $80 North American midpoint: 0.33), below PAY22's all-Europe 0.70"))),
        Region::LatinAmerica => fig(0.39, der("PAY23", "2023", t!("Latin America $22/h ÷ North America $56/h, all fields"))),
        Region::SouthAsia => fig(0.35, asm(t!("PAY23 puts the global average at 0.41 of North America; sourced Indian rates (FUEL25, CREAT) sit below it"))),
        Region::SoutheastAsia => fig(0.30, asm(t!("below PAY23's global 0.41: Philippine admin and support rates (SPEC, PITON21) are the lowest sourced"))),
        Region::Africa => fig(0.30, asm(t!("no hourly rate was found; BOOK24's per-job Upwork prices place African freelancers among the cheapest"))),
        Region::Oceania => fig(0.85, asm(t!("Australian developer rates (FRAU) exceed North American ones, creative rates (CAV21) fall below; 0.85 between"))),
    }
}

/// The North American typical freelancer rate (USD/h) that derived cells scale.
fn base_rate(task: Task) -> f64 {
    match task {
        // Tasks without a sourced North American typical: scale back from a sourced cell.
        Task::SocialMedia | Task::Content | Task::ItSupport => {
            let uk = rate_entry(task, Region::Uk)
                .and_then(typical_of)
                .unwrap_or(0.0);
            uk / region_index(Region::Uk).value
        }
        // PAY23: customer support $12/h globally; global average 23/56 = 0.41 of North America.
        Task::CustomerSupport => 12.0 / (23.0 / 56.0),
        // PAY23: North America all fields.
        Task::Custom => 56.0,
        _ => rate_entry(task, Region::NorthAmerica)
            .and_then(typical_of)
            .unwrap_or(56.0),
    }
}

/// The source (key, year) of the North American rate `base_rate` scales.
fn base_source(task: Task) -> (&'static str, &'static str) {
    let of = |region| {
        rate_entry(task, region)
            .map(|e| (e.provenance.key, e.provenance.year))
            .unwrap_or(("PAY23", "2023"))
    };
    match task {
        Task::SocialMedia | Task::Content | Task::ItSupport => of(Region::Uk),
        Task::CustomerSupport | Task::Custom => ("PAY23", "2023"),
        _ => of(Region::NorthAmerica),
    }
}

fn rate_entry(task: Task, region: Region) -> Option<&'static RateRow> {
    SOURCED_RATES
        .iter()
        .find(|e| e.task == task && e.region == region)
}

/// The row's (low, typical, high) in US dollars; a missing typical is the
/// geometric mean of low and high.
fn usd(e: &RateRow) -> (Option<f64>, Option<f64>, Option<f64>) {
    let per = e.currency.per_usd();
    let (low, high) = (e.low.map(|v| v / per), e.high.map(|v| v / per));
    let typical = match (e.typical, low, high) {
        (Some(t), _, _) => Some(t / per),
        (None, Some(l), Some(h)) => Some((l * h).sqrt()),
        _ => None,
    };
    (low, typical, high)
}

fn typical_of(e: &RateRow) -> Option<f64> {
    usd(e).1
}

const SPREAD_LOW: f64 = 0.7;
const SPREAD_HIGH: f64 = 1.5;

/// The freelancer rate range (USD/h) for a task in a region: the sourced
/// figures where they exist; elsewhere the task's North American typical rate
/// × the region's index, with low = 0.7 × typical and high = 1.5 × typical
/// (an assumed spread, kept as a range rather than false precision).
pub fn rate_cell(task: Task, region: Region) -> RateCell {
    let derived_typical = base_rate(task) * region_index(region).value;
    let (key, year) = base_source(task);
    let derived = der(
        key,
        year,
        t!("the task's North American typical rate (from this source) × the regional index (see the region's basis); range 0.7–1.5 × typical, an assumed spread"),
    );
    match rate_entry(task, region) {
        Some(e) => {
            let provenance = match e.typical.or(e.low.and(e.high)) {
                Some(_) => e.provenance,
                None => der(e.provenance.key, e.provenance.year, t!("typical = the task's North American rate × the regional index; the sourced figure sets an edge of the range")),
            };
            let (low, typical, high) = usd(e);
            let typical = typical.unwrap_or(derived_typical);
            let low = low.unwrap_or(typical * SPREAD_LOW).min(typical);
            let high = high.unwrap_or(typical * SPREAD_HIGH).max(typical);
            RateCell {
                low,
                typical,
                high,
                provenance,
            }
        }
        None => RateCell {
            low: derived_typical * SPREAD_LOW,
            typical: derived_typical,
            high: derived_typical * SPREAD_HIGH,
            provenance: derived,
        },
    }
}
