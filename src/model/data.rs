//! Sourced default figures (USD), each with its source key and year, and the
//! stated methods that fill the cells no source covers.
//!
//! Source keys are those of `shared/reference/rates-and-costs.md` §6 and
//! `salaries.md`; the README lists them with their URLs.

use super::regions::{Home, Region, Task};
use crate::t;

/// Version of the default figures below. Links carry it so that a shared
/// scenario keeps its numbers when the figures are updated.
pub const DATA_VERSION: u32 = 2;
/// As-of date of the figures, shown on the page.
pub const DATA_AS_OF: &str = "2026-11";

/// How a default figure was obtained.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Basis {
    /// Published by the source named in `key`.
    Sourced,
    /// Computed here from sourced figures by the method in `note`.
    Derived,
    /// A labelled assumption; `note` gives the reasoning.
    Assumption,
}

/// Where a default figure comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Provenance {
    pub basis: Basis,
    /// Source key(s), e.g. "OEWS24"; empty for a pure assumption.
    pub key: &'static str,
    /// Year of the data (or publication), as the source gives it.
    pub year: &'static str,
    pub note: &'static str,
}

/// A default figure and where it comes from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Figure {
    pub value: f64,
    pub provenance: Provenance,
}

const fn fig(value: f64, provenance: Provenance) -> Figure {
    Figure { value, provenance }
}

const fn src(key: &'static str, year: &'static str, note: &'static str) -> Provenance {
    Provenance {
        basis: Basis::Sourced,
        key,
        year,
        note,
    }
}
const fn der(key: &'static str, year: &'static str, note: &'static str) -> Provenance {
    Provenance {
        basis: Basis::Derived,
        key,
        year,
        note,
    }
}
const fn asm(note: &'static str) -> Provenance {
    Provenance {
        basis: Basis::Assumption,
        key: "",
        year: "",
        note,
    }
}

// ---------------------------------------------------------------- rates ---

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

// ------------------------------------------------------------- salaries ---

/// Sourced median annual salaries in USD (Treasury FX of 31 Dec 2025, TRRE).
/// Order of `Task::ALL` without Custom.
#[rustfmt::skip]
const US_SAL: [f64; 9] = [
    90930.0, 61300.0, 69780.0, 76950.0, 72270.0, 49210.0, 42830.0, 46290.0, 60340.0,
];
#[rustfmt::skip]
const UK_SAL: [Option<f64>; 9] = [Some(73579.0), Some(42673.0), Some(49744.0), Some(42385.0), Some(48603.0), Some(40400.0), Some(35929.0), Some(37079.0), Some(44393.0)];
#[rustfmt::skip]
const CA_SAL: [Option<f64>; 9] = [Some(66472.0), Some(45581.0), Some(50503.0), Some(50503.0), Some(54788.0), Some(40901.0), Some(32863.0), Some(37984.0), Some(45976.0)];
#[rustfmt::skip]
const AU_SAL: [Option<f64>; 9] = [Some(88243.0), Some(64348.0), Some(71165.0), Some(68070.0), Some(59896.0), Some(48696.0), Some(49183.0), Some(50017.0), Some(58678.0)];
/// Germany: web developers only (BAEA24).
#[rustfmt::skip]
const DE_SAL: [Option<f64>; 9] = [Some(68052.0), None, None, None, None, None, None, None, None];
/// Netherlands (CBS22 / ESB24).
#[rustfmt::skip]
const NL_SAL: [Option<f64>; 9] = [Some(74303.0), Some(54505.0), Some(68926.0), Some(68926.0), None, None, Some(42040.0), None, Some(56705.0)];

fn task_index(task: Task) -> Option<usize> {
    Task::ALL.iter().position(|t| *t == task).filter(|i| *i < 9)
}

/// The sourced median salary (USD) of task `i` at home, if a source gives one.
fn sourced_salary(home: Home, i: usize) -> Option<f64> {
    match home {
        Home::Us => US_SAL.get(i).copied(),
        Home::Uk => UK_SAL[i],
        Home::Ca => CA_SAL[i],
        Home::Au => AU_SAL[i],
        Home::De => DE_SAL[i],
        Home::Nl => NL_SAL[i],
        Home::Fr | Home::Other => None,
    }
}

/// The all-occupation full-time median salary (USD) with its source.
#[rustfmt::skip]
fn all_occupations(home: Home) -> Figure {
    match home {
        Home::Us => fig(49500.0, src("OEWS24", t!("May 2024"), t!("all-occupations median"))),
        Home::Uk => fig(37430.0 / Gbp.per_usd(), src("ASHE24", "2024", t!("all full-time employees median £37,430"))),
        Home::De => fig(4013.0 * 12.0 / Eur.per_usd(), src("BAEA24", "2024", t!("all-occupations median €4,013/month × 12"))),
        Home::Nl => fig(22.2 * 2080.0 / Eur.per_usd(), src("CBS22", "2022", t!("all employees median €22.20/h × 2,080 h"))),
        Home::Fr => fig(34596.0 / Eur.per_usd(), der("INSEE23", "2023", t!("private-sector full-time median €2,183 net a month × the gross/net ratio of the means (3,613/2,735) × 12 = €34,596"))),
        Home::Ca | Home::Au => fig(49500.0 * salary_index(home), der("OEWS24", t!("May 2024"), t!("no all-occupations median found here: the US one × the mean ratio of this country's sourced medians to the US ones"))),
        Home::Other => fig(49500.0 * 0.5, asm(t!("half the US all-occupations median (OEWS24) for a country not in the list"))),
    }
}

/// Mean ratio of a country's sourced medians to the US ones, task by task.
fn salary_index(home: Home) -> f64 {
    let ratios: Vec<f64> = US_SAL
        .iter()
        .enumerate()
        .filter_map(|(i, us)| sourced_salary(home, i).map(|v| v / us))
        .collect();
    ratios.iter().sum::<f64>() / ratios.len().max(1) as f64
}

/// Task `i`'s median pay relative to the all-occupation median in the UK
/// (ASHE24): a European pay structure for homes without an occupational source.
fn uk_relative_pay(i: usize) -> Option<f64> {
    UK_SAL[i].map(|v| v / all_occupations(Home::Uk).value)
}

#[rustfmt::skip]
fn salary_source(home: Home) -> Provenance {
    match home {
        Home::Us => src("OEWS24", t!("May 2024"), t!("BLS median annual wage of the matching occupation")),
        Home::Uk => src("ASHE24", "2024", t!("ONS median full-time gross pay, converted at TRRE 31 Dec 2025")),
        Home::Ca => src("JB24", "2024", t!("Job Bank median hourly wage × 2,080 h, converted at TRRE 31 Dec 2025")),
        Home::Au => src("JSA26", "2026", t!("JSA median weekly earnings × 52, converted at TRRE 31 Dec 2025")),
        Home::De => src("BAEA24", "2024", t!("Entgeltatlas median monthly pay × 12, converted at TRRE 31 Dec 2025")),
        Home::Nl => src("CBS22, ESB24", "2022", t!("CBS median hourly wage × 2,080 h, converted at TRRE 31 Dec 2025")),
        Home::Fr | Home::Other => asm(t!("no salary source")),
    }
}

/// Default full-time annual salary (USD) for a task at home, with provenance.
/// Sourced cells first. Germany, France and the Netherlands without an
/// occupational source: the country's all-occupation median × the task's
/// relative pay in the UK (ASHE24). Other unsourced cells: the US median ×
/// half (an unnamed country). Custom task: the all-occupation median.
pub fn salary(task: Task, home: Home) -> Figure {
    let Some(i) = task_index(task) else {
        return all_occupations(home);
    };
    if let Some(v) = sourced_salary(home, i) {
        return fig(v, salary_source(home));
    }
    let all = all_occupations(home);
    match (home, uk_relative_pay(i)) {
        (Home::De | Home::Fr | Home::Nl, Some(ratio)) => fig(
            all.value * ratio,
            der(
                all.provenance.key,
                all.provenance.year,
                t!("no occupational source here: the all-occupations median × this task's pay relative to the all-occupations median in the UK (ASHE24)"),
            ),
        ),
        _ => fig(
            US_SAL[i] * 0.5,
            der("OEWS24", t!("May 2024"), t!("US median × 0.5 for a country not in the list (assumption)")),
        ),
    }
}

/// UK employer National Insurance 2025/26: 15% of pay above £5,000 a year.
const UK_NIC_RATE: f64 = 0.15;
const UK_NIC_THRESHOLD_GBP: f64 = 5000.0;
/// UK Employment Allowance 2025/26: £10,500 a year off the employer's NIC bill.
pub const UK_EMPLOYMENT_ALLOWANCE_GBP: f64 = 10500.0;
/// UK auto-enrolment 2025/26: the employer pays at least 3% of qualifying
/// earnings, the pay between £6,240 and £50,270 a year.
const UK_PENSION_RATE: f64 = 0.03;
const UK_PENSION_LOWER_GBP: f64 = 6240.0;
const UK_PENSION_UPPER_GBP: f64 = 50270.0;

/// Employer on-costs as a fraction of salary: statutory charges plus benefits
/// other than paid leave (paid leave enters through productive hours).
/// `salary_usd`: the full-time salary in US dollars (the UK charge depends on it).
pub fn on_costs(home: Home, salary_usd: f64) -> Figure {
    match home {
        Home::Us => fig(0.265, der("ECEC26", t!("March 2026"), t!("firms of 1–49 workers: benefits $9.68 − paid leave $2.34, ÷ wages $27.68"))),
        Home::Uk => {
            let pay = salary_usd * Gbp.per_usd();
            let nic = (UK_NIC_RATE * (pay - UK_NIC_THRESHOLD_GBP) - UK_EMPLOYMENT_ALLOWANCE_GBP).max(0.0);
            let pension = UK_PENSION_RATE * (pay.min(UK_PENSION_UPPER_GBP) - UK_PENSION_LOWER_GBP).max(0.0);
            let share = if pay > 0.0 { (nic + pension) / pay } else { 0.0 };
            fig(share, der("UKNIC25, UKEA25, UKAE25", "2025/26", t!("employer NIC 15% of pay above £5,000, less the £10,500 Employment Allowance, which covers a small firm's first one or two hires (if other staff already use it, add about 13%), plus the auto-enrolment pension: 3% of qualifying earnings between £6,240 and £50,270")))
        }
        Home::Ca => fig(0.082, src("CA25", "2025", t!("CPP 5.95% + EI 2.296% below the ceilings"))),
        Home::De => fig(0.211, src("DE25", "2025", t!("employer share of pension, unemployment, health, care, insolvency"))),
        Home::Fr => fig(0.37, der("FR-OECD25", "2024", t!("employer contributions 27% of labour cost ≈ 37% of gross"))),
        Home::Nl => fig(0.172, der("NL23", "2023", t!("sum of employer insurance premiums"))),
        Home::Au => fig(0.12, src("AU-SG25", "2025-26", t!("superannuation guarantee; payroll tax not included"))),
        Home::Other => fig(0.25, der("SBA19", "2019", t!("lower end of the SBA's 1.25–1.4× rule of thumb (assumption for an unnamed country)"))),
    }
}

/// Default currency per home country.
pub fn home_currency(home: Home) -> Currency {
    match home {
        Home::Us | Home::Other => Currency::Usd,
        Home::Ca => Currency::Cad,
        Home::Uk => Currency::Gbp,
        Home::De | Home::Fr | Home::Nl => Currency::Eur,
        Home::Au => Currency::Aud,
    }
}

// -------------------------------------------------------- other defaults ---

/// Productive hours of a full-time year: usual weekly hours × 52 less paid
/// leave, public holidays and sick days (each at a day of the usual week).
#[rustfmt::skip]
pub fn productive_hours(home: Home) -> Figure {
    match home {
        Home::Us => fig(1888.0, der("NCS22, CEPR13", "2022, 2013", t!("40 h × 52 − (11 vacation + 6 holiday + 7 sick days) × 8 h"))),
        Home::Uk => fig(1697.0, der("GOVHOL, ONS22", "2025, 2022", t!("37.5 h × 52 − (28 days' statutory leave incl. bank holidays + 5.7 sick days) × 7.5 h"))),
        Home::Ca => fig(1838.0, der("CANLAB, STATCAN07", "2025, 2007", t!("40 h × 52 − (10 leave + 10 holiday + 10.2 sick and family days) × 8 h"))),
        Home::Au => fig(1687.0, der("FWA09", "2025", t!("38 h × 52 − (20 leave + 8 holiday + 10 personal-leave days) × 7.6 h"))),
        Home::De => fig(1680.0, der("BURLG, DESTATIS24", "2024", t!("39.8 h × 52 − (20 leave + 9 holiday + 20 sick days) × 7.96 h"))),
        Home::Fr => fig(1669.0, src("INSEE-DARES23", "2023", t!("hours actually worked a year by full-time employees"))),
        Home::Nl => fig(1770.0, der("DLA24, CBS23V", "2024, 2023", t!("40 h × 52 − (20 leave + 7 customary holiday + 11.7 sick days) × 8 h"))),
        Home::Other => fig(1697.0, asm(t!("the median of the seven countries' figures"))),
    }
}

/// Recruiting cost per hire (USD), from each country's survey where one was
/// found; none is specific to small firms.
#[rustfmt::skip]
pub fn recruiting(home: Home) -> Figure {
    match home {
        Home::Us => fig(4700.0, src("SHRM22", t!("c.2022"), t!("US average cost per hire, internal and external costs"))),
        Home::Uk => fig(1500.0 / Gbp.per_usd(), src("CIPD22", "2022", t!("median cost per hire £1,500, employees other than senior managers"))),
        Home::De => fig(1300.0 / Eur.per_usd(), src("IAB22", "2022", t!("about €1,300 direct cost per new hire; the staff's own time is not included"))),
        Home::Nl => fig(4494.0 / Eur.per_usd(), src("IG19", "2019", t!("€4,494 per hire, larger firms"))),
        Home::Au => fig(3543.0 / Aud.per_usd(), src("ELMO22", t!("c.2022"), t!("A$3,543 per entry-level hire"))),
        Home::Ca => fig(3300.0 / Currency::Cad.per_usd(), src("CBOC02", "2002", t!("C$3,300 per clerical hire (an old survey; no newer one found)"))),
        Home::Fr => fig((3000.0f64 * 10000.0).sqrt() / Eur.per_usd(), der("FRBLOG25", "2025", t!("French HR vendors' €3,000–10,000 per hire: their geometric mean, €5,477"))),
        Home::Other => fig(4700.0 * 0.5, der("SHRM22", t!("c.2022"), t!("the US cost per hire × 0.5 for a country not in the list (assumption)"))),
    }
}
pub const ONBOARDING_WEEKS: Figure = fig(
    6.0,
    der(
        "OXE14",
        "2014",
        t!("12 weeks to full productivity at firms of 1–9 staff; a linear ramp loses half of them"),
    ),
);
pub const EQUIPMENT_USD: Figure = fig(
    1500.0,
    asm(t!("laptop, screen, headset and chair for one seat")),
);
pub const SEAT_MONTHLY_USD: Figure =
    fig(150.0, asm(t!("software about $30 (SLACK, TRELLO list prices 2026) plus a share of desk space and utilities")));
pub const SUPERVISION_HOURS_WEEK: Figure = fig(
    1.0,
    asm(t!("one hour a week of a manager's time for an employee")),
);
pub const FEES: Figure = fig(
    0.05,
    src(
        "UPW-FEES",
        "2025-26",
        t!("Upwork client marketplace fee, Basic plan"),
    ),
);
pub const AGENCY_MARKUP: Figure = fig(
    0.40,
    src(
        "PTKR",
        t!("n.d."),
        t!("staffing agency markup usually 20–50%; their example 40%"),
    ),
);
pub const TOOLING_MONTHLY_USD: Figure = fig(
    29.5,
    der(
        "SLACK, TRELLO",
        "2026",
        t!("2 users × (Slack Pro $8.75 + Trello Standard $6.00), monthly billing"),
    ),
);
pub const ONBOARDING_HOURS: Figure = fig(
    8.0,
    asm(t!(
        "a day to write the brief, procedures and example deliverables"
    )),
);
pub const TRIAL_HOURS: Figure = fig(
    10.0,
    asm(t!(
        "a small trial project with a clear start and end: 10 billed hours at the rate"
    )),
);
pub const REWORK: Figure = fig(
    0.10,
    asm(t!(
        "half the ~20% efficiency loss CIO03 reports for offshore work in its first two years"
    )),
);
pub const REWORK_NO_TRIAL: Figure =
    fig(0.20, asm(t!("no trial project planned (checklist): twice the usual rework, as mismatches surface in the paid work")));
pub const NO_TRIAL: Provenance = asm(t!(
    "no trial project planned (checklist), so none is costed"
));
pub const EXIT_HOURS: Figure = fig(
    8.0,
    asm(t!(
        "a day of the manager's time to hand over or re-brief a new provider"
    )),
);
pub const FAIR_PREMIUM: Figure = fig(
    0.10,
    asm(t!(
        "'somewhat above the local market rate' from the source articles, set at 10%"
    )),
);
pub const MANAGER_FACTOR: Figure = fig(
    1.5,
    asm(t!(
        "the manager's loaded hourly cost: 1.5 × that of the home country's median worker"
    )),
);
pub const MGMT_RULE: Provenance = asm(
    t!("1 h/week + 5% of the weekly hours (2.5% with an agency, whose own project manager coordinates the day-to-day work), × 1.25 with 2–4 h of shared working time, × 1.5 with under 2 h (GANS04: managing costs ~4.5% of a contract; HM03: distributed work takes longer; BTF: the 4-hour overlap rule)"),
);
/// The share of the weekly workload the client spends managing, by provider kind.
pub const MGMT_SHARE_FREELANCER: f64 = 0.05;
pub const MGMT_SHARE_AGENCY: f64 = 0.025;

/// Your hours to find and vet a provider (job post, proposals, calls, references).
pub const SELECT_HOURS: Figure = fig(
    6.0,
    asm(t!("job post 0.5 h + reading about 10 proposals 2 h + three calls 2 h + references 1 h + contract 0.5 h: about a sixth of the ~38 h an owner spends hiring an employee (HIRETEAM, n.d.)")),
);
/// Weeks until a new provider works at full speed.
pub const PROVIDER_RAMP_WEEKS: Figure = fig(
    3.0,
    asm(t!("3 weeks to full output on a linear ramp, so half of them (1.5 weeks of billed hours) buy no full output, as the in-house onboarding does; the middle of the 2–4 weeks practitioners give for contractors (XBRIDGE, AGSCRIPT, c.2025)")),
);
/// An agency invoices directly: no marketplace fee.
pub const AGENCY_FEES: Figure = fig(
    0.0,
    asm(t!(
        "an agency invoices you directly, so no freelance-marketplace fee applies"
    )),
);
/// What an agency's markup buys: review by its own staff, so less rework.
pub const AGENCY_REWORK_FACTOR: Figure = fig(
    0.75,
    asm(t!("with an agency, 0.75 × the freelancer rework (10%, 20% with no trial): its own review catches a quarter of it, while the cause, knowledge of your business (Dibbern et al. 2008), is unchanged; PACE15: 20–30% of an agency's bill pays for its services")),
);
pub const HORIZON_MONTHS: Figure = fig(12.0, asm(t!("one year")));

/// How an uncertain default's low and high are stated.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Spread {
    /// × the default: (low factor, high factor).
    Times(f64, f64),
    /// Absolute values in the field's typed units.
    Between(f64, f64),
}

/// The uncertain defaults and their stated lows and highs (labelled
/// assumptions, each with its reasoning). The provider rate is not here: its
/// range is the region's sourced market range (`rate_cell`). Sourced figures
/// (salary, on-costs, productive hours, fees, markup) are held.
pub const SPREADS: &[(crate::model::Field, Spread, &str)] = {
    use crate::model::Field::*;
    &[
        (Rework, Spread::Times(0.5, 2.0), t!("half to twice the default: CIO03's ~20% first-years loss is the high end")),
        (MgmtHours, Spread::Times(0.5, 2.0), t!("half to twice the rule of thumb: GANS04's 4.5% of a contract sits inside")),
        (ManagerRate, Spread::Times(2.0 / 3.0, 4.0 / 3.0), t!("the manager at 1× to 2× the median worker's loaded cost (default 1.5×)")),
        (ProviderRamp, Spread::Between(1.0, 6.0), t!("1 week with a structured onboarding to 6 weeks for a contractor left to find their way (AGSCRIPT, ARDURA)")),
        (SelectHours, Spread::Between(4.0, 12.0), t!("4 h for a quick hire from referrals to 12 h for a full round of proposals and calls")),
        (OnboardingHours, Spread::Between(4.0, 16.0), t!("half a day to two days to write the brief and procedures")),
        (OnboardingWeeks, Spread::Between(4.0, 8.0), t!("a new hire at full speed after 8 to 16 weeks (OXE14: 12 at small firms), half of them lost")),
        (Recruiting, Spread::Times(0.5, 2.0), t!("surveys differ by more than 2× in what they count")),
        (Supervision, Spread::Between(0.5, 2.0), t!("half an hour to two hours of a manager's week")),
        (SeatMonthly, Spread::Times(0.5, 1.5), t!("a home worker's licences only to a rented desk")),
        (Equipment, Spread::Times(0.5, 1.5), t!("a used laptop to a full new workstation")),
        (Trial, Spread::Times(0.5, 2.0), t!("a trial of 5 to 20 billed hours")),
        (Exit, Spread::Times(0.5, 3.0), t!("half a day to three days of handover")),
    ]
};

/// Default hours of work per month for a task preset (assumption: a typical
/// small-business load for the task).
pub fn default_hours(task: Task) -> Figure {
    let h = match task {
        Task::WebDev => 80.0,
        Task::GraphicDesign => 40.0,
        Task::SocialMedia => 40.0,
        Task::Seo => 30.0,
        Task::Content => 40.0,
        Task::Bookkeeping => 30.0,
        Task::CustomerSupport => 160.0,
        Task::VirtualAssistant => 80.0,
        Task::ItSupport => 40.0,
        Task::Custom => 40.0,
    };
    fig(
        h,
        asm(t!("a typical small-business workload for this task")),
    )
}

// ------------------------------------------------------------ currencies ---

/// Display and input currency. Rates: U.S. Treasury reporting rates of
/// exchange, 31 Dec 2025 (TRRE), units per USD.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Currency {
    Usd,
    Eur,
    Gbp,
    Cad,
    Aud,
    Nzd,
    Inr,
    Php,
    Mxn,
    Brl,
    Pln,
    Zar,
}

impl Currency {
    pub const ALL: [Currency; 12] = [
        Currency::Usd,
        Currency::Eur,
        Currency::Gbp,
        Currency::Cad,
        Currency::Aud,
        Currency::Nzd,
        Currency::Inr,
        Currency::Php,
        Currency::Mxn,
        Currency::Brl,
        Currency::Pln,
        Currency::Zar,
    ];

    /// ISO 4217 code (also the URL value, lower-cased).
    pub fn code(self) -> &'static str {
        match self {
            Currency::Usd => "USD",
            Currency::Eur => "EUR",
            Currency::Gbp => "GBP",
            Currency::Cad => "CAD",
            Currency::Aud => "AUD",
            Currency::Nzd => "NZD",
            Currency::Inr => "INR",
            Currency::Php => "PHP",
            Currency::Mxn => "MXN",
            Currency::Brl => "BRL",
            Currency::Pln => "PLN",
            Currency::Zar => "ZAR",
        }
    }

    /// Units of this currency per US dollar (TRRE, 31 Dec 2025).
    pub fn per_usd(self) -> f64 {
        match self {
            Currency::Usd => 1.0,
            Currency::Eur => 0.851,
            Currency::Gbp => 0.743,
            Currency::Cad => 1.369,
            Currency::Aud => 1.495,
            Currency::Nzd => 1.733,
            Currency::Inr => 89.854,
            Currency::Php => 58.911,
            Currency::Mxn => 17.956,
            Currency::Brl => 5.477,
            Currency::Pln => 3.59,
            Currency::Zar => 16.546,
        }
    }

    pub fn from_code(s: &str) -> Option<Currency> {
        Currency::ALL
            .into_iter()
            .find(|c| c.code().eq_ignore_ascii_case(s))
    }
}

pub const FX_SOURCE: Provenance = src(
    "TRRE",
    t!("31 Dec 2025"),
    t!("U.S. Treasury reporting rates of exchange, units per US dollar"),
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rate_cell_is_ordered_and_positive() {
        for t in Task::ALL {
            for r in Region::ALL {
                let c = rate_cell(t, r);
                assert!(
                    c.low > 0.0 && c.low <= c.typical && c.typical <= c.high,
                    "{t:?} {r:?} {c:?}"
                );
            }
        }
    }

    #[test]
    fn sourced_cells_keep_their_figures_at_one_exchange_rate() {
        let c = rate_cell(Task::WebDev, Region::Uk);
        let gbp = Currency::Gbp.per_usd();
        // Read back in pounds, the cell is the source's figure: £525 a day ÷ 8.
        assert!((c.typical * gbp - 65.625).abs() < 1e-9);
        assert!((c.low * gbp - 36.375).abs() < 1e-9 && (c.high * gbp - 92.25).abs() < 1e-9);
        assert_eq!(c.provenance.key, "ITJW25");
        // Western Europe's fair developer rate is no longer below its source's €83 (2020).
        let we = rate_cell(Task::WebDev, Region::WesternEurope);
        assert!(we.typical * Currency::Eur.per_usd() * 1.1 > 83.0);
    }

    #[test]
    fn wide_ranges_take_their_geometric_mean() {
        let c = rate_cell(Task::WebDev, Region::NorthAmerica);
        assert!((c.typical - (60.0f64 * 100.0).sqrt()).abs() < 1e-9);
        // South Asia: ₹300–5,000, a 17× range: not its midpoint.
        let sa = rate_cell(Task::WebDev, Region::SouthAsia);
        let inr = Currency::Inr.per_usd();
        assert!((sa.typical * inr - (300.0f64 * 5000.0).sqrt()).abs() < 1e-6);
        // UK SEO: £40–150 → about £77/h, no longer 2.35× North America.
        let uk = rate_cell(Task::Seo, Region::Uk).typical;
        assert!(uk / rate_cell(Task::Seo, Region::NorthAmerica).typical < 2.35);
    }

    #[test]
    fn soft_spots_are_replaced() {
        // Eastern Europe's developers from a 2023 source, dearer than South Asia's.
        let ee = rate_cell(Task::WebDev, Region::EasternEurope);
        assert_eq!(ee.provenance.key, "SODA23");
        assert!(ee.typical > rate_cell(Task::WebDev, Region::SouthAsia).typical);
        // North America's SEO high edge is a freelancer-only figure.
        let seo = rate_cell(Task::Seo, Region::NorthAmerica);
        assert_eq!((seo.high, seo.provenance.key), (102.0, "JHSEO, BL20"));
        // US on-costs for small firms.
        assert_eq!(on_costs(Home::Us, 50_000.0).value, 0.265);
        // Productive hours and recruiting follow the home country.
        assert_ne!(
            productive_hours(Home::De).value,
            productive_hours(Home::Us).value
        );
        assert_ne!(recruiting(Home::Uk).value, recruiting(Home::Us).value);
    }

    #[test]
    fn the_uk_employment_allowance_covers_a_first_hires_nic() {
        let gbp = Currency::Gbp.per_usd();
        // £37,430: NIC £4,864.50, under the £10,500 allowance; the pension
        // is 3% of (37,430 − 6,240) = £935.70.
        let v = on_costs(Home::Uk, 37430.0 / gbp).value;
        assert!((v - 935.7 / 37430.0).abs() < 1e-9, "{v}");
        // £150,000: 15% × 145,000 − 10,500 = £11,250; pension 3% × 44,030 = £1,320.90.
        let v = on_costs(Home::Uk, 150_000.0 / gbp).value;
        assert!((v - (11250.0 + 1320.9) / 150_000.0).abs() < 1e-9, "{v}");
    }

    #[test]
    fn derived_cells_scale_the_north_american_rate() {
        let c = rate_cell(Task::WebDev, Region::LatinAmerica);
        assert!((c.typical - (6000.0f64).sqrt() * 0.39).abs() < 1e-9);
        assert_eq!(c.provenance.basis, Basis::Derived);
        let c = rate_cell(Task::Content, Region::NorthAmerica);
        assert!((c.typical - 47.375 / Currency::Gbp.per_usd() / 0.9).abs() < 1e-9);
    }

    #[test]
    fn salaries_are_sourced_or_derived_and_positive() {
        assert_eq!(salary(Task::WebDev, Home::Us).value, 90930.0);
        assert_eq!(salary(Task::Bookkeeping, Home::Uk).provenance.key, "ASHE24");
        let Figure {
            value: v,
            provenance: p,
        } = salary(Task::Bookkeeping, Home::De);
        assert_eq!(p.basis, Basis::Derived);
        // Germany's median × the UK bookkeeper's pay relative to the UK median.
        let uk_ratio = 40400.0 / (37430.0 / Currency::Gbp.per_usd());
        assert!((v - 4013.0 * 12.0 / Currency::Eur.per_usd() * uk_ratio).abs() < 1e-6);
        // No longer 35% below the German all-occupations median.
        assert!(v > 0.75 * salary(Task::Custom, Home::De).value);
        for t in Task::ALL {
            for h in Home::ALL {
                let v = salary(t, h).value;
                assert!(v.is_finite() && v > 10_000.0, "{t:?} {h:?} {v}");
            }
        }
    }
}
