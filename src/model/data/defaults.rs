//! The other defaults: working hours, recruiting, onboarding, fees, rework,
//! management and the stated spreads of uncertain figures.

use super::currency::Currency::{self, Aud, Eur, Gbp};
use super::figure::{asm, der, fig, src, Figure, Provenance};
use crate::model::regions::{Home, Task};
use crate::t;

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

/// Usual weekly hours of a full-time contract: the week the productive hours
/// above start from (the same sources), against which part-time contracts
/// are written.
#[rustfmt::skip]
pub fn usual_weekly_hours(home: Home) -> Figure {
    match home {
        Home::Us => fig(40.0, der("NCS22", "2022", t!("the 40-hour week the productive hours start from"))),
        Home::Uk => fig(37.5, der("ONS22", "2022", t!("the 37.5-hour week the productive hours start from"))),
        Home::Ca => fig(40.0, der("CANLAB", "2025", t!("the 40-hour week the productive hours start from"))),
        Home::Au => fig(38.0, src("FWA09", "2025", t!("the National Employment Standards' 38-hour week"))),
        Home::De => fig(39.8, src("DESTATIS24", "2024", t!("usual weekly hours of full-time employees"))),
        Home::Fr => fig(38.9, src("INSEE-DARES23", "2023", t!("usual weekly hours of full-time employees"))),
        Home::Nl => fig(40.0, der("DLA24", "2024", t!("the 40-hour week the productive hours start from"))),
        Home::Other => fig(37.5, asm(t!("the 37.5-hour week of the median country's productive hours"))),
    }
}

/// The owner's hours to hire one employee (job ad, screening, interviews,
/// offer), paid at the manager's rate on the in-house side: the recruiting
/// figures leave the hiring manager's own time out (IAB22 says so; SHRM's
/// internal costs are the recruiting staff's), as the outsourced side pays
/// its selection hours.
pub const HIRE_HOURS: Figure = fig(
    38.0,
    src(
        "HIRETEAM",
        t!("n.d."),
        t!("about 38 hours of the owner's time to hire one employee; the recruiting figures do not include it"),
    ),
);

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
/// Nobody named to manage the provider (checklist "no"): the work still
/// needs managing, by whoever it falls to without a plan.
pub const NO_MANAGER_MGMT_FACTOR: Figure = fig(
    1.5,
    asm(t!("nobody named to manage the provider (checklist): 1.5 × the usual management hours, as whoever it falls to learns the work and catches problems later")),
);
/// A weak language, time-zone or culture fit (checklist "no"): each one
/// multiplies the rework default.
pub const WEAK_FIT_REWORK_FACTOR: Figure = fig(
    1.25,
    asm(t!("a weak language, time-zone or working-culture fit (checklist): 1.25 × the usual rework for each, as misunderstood requests are redone")),
);
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

/// The busy seasons and growth default to a steady workload: every month
/// needs the ordinary month's hours, so links without them keep their numbers.
pub const STEADY_WORKLOAD: Provenance = asm(t!(
    "a steady workload: every month needs the ordinary month's hours"
));

/// The overtime premium: the statutory minimum for hours beyond the full-time
/// week where the law sets one; elsewhere the law sets none and a common
/// contractual premium is assumed.
#[rustfmt::skip]
pub fn overtime_premium(home: Home) -> Figure {
    match home {
        Home::Us => fig(0.5, src("FLSA", "2025", t!("the Fair Labor Standards Act: at least time and a half for hours over 40 in a week"))),
        Home::Ca => fig(0.5, src("CLC174", "2025", t!("Canada Labour Code s. 174: at least time and a half beyond standard hours (provinces set similar rules)"))),
        Home::Fr => fig(0.25, src("CDT3121", "2025", t!("Code du travail L3121-36: 25% for the first 8 hours beyond 35 a week, 50% after, unless an agreement sets at least 10%"))),
        Home::Au => fig(0.5, src("FWCLERKS", "2025", t!("the Clerks award: 150% for the first 3 overtime hours, 200% after; awards, not the NES, set it"))),
        Home::Uk => fig(0.25, asm(t!("UK law sets no overtime premium (GOV.UK, Working Time Regulations 1998); 25% is a common contractual premium"))),
        Home::De => fig(0.25, asm(t!("German law sets no overtime premium (ArbZG); collective agreements commonly pay about 25%"))),
        Home::Nl => fig(0.25, asm(t!("Dutch law sets no overtime premium; collective agreements commonly pay about 25%"))),
        Home::Other => fig(0.25, asm(t!("a common contractual premium for a country not in the list"))),
    }
}

/// The most hours a week one person works, overtime included: the 48-hour
/// average of the EU Working Time Directive and the UK's Working Time
/// Regulations, used for every country (the US sets no limit: assumption).
pub const MAX_WEEK_HOURS: Figure = fig(
    48.0,
    src(
        "WTD03",
        "2003",
        t!("Directive 2003/88/EC art. 6: at most 48 hours a week on average, overtime included"),
    ),
);
