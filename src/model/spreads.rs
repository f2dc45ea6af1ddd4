//! The stated lows and highs of the uncertain defaults, by field.

use super::data::Spread;
use super::scenario::Field;
use crate::t;

/// The uncertain defaults and their stated lows and highs (labelled
/// assumptions, each with its reasoning). The provider rate is not here: its
/// range is the region's sourced market range (`rate_cell`). Sourced figures
/// (salary, on-costs, productive hours, fees, markup) are held.
pub const SPREADS: &[(Field, Spread, &str)] = {
    use Field::*;
    &[
        (Rework, Spread::Times(0.5, 2.0), t!("half to twice the default: CIO03's ~20% first-years loss is the high end")),
        (MgmtHours, Spread::Times(0.5, 2.0), t!("half to twice the rule of thumb: GANS04's 4.5% of a contract sits inside")),
        (ManagerRate, Spread::Times(2.0 / 3.0, 4.0 / 3.0), t!("the manager at 1× to 2× the median worker's loaded cost (default 1.5×)")),
        (ProviderRamp, Spread::Between(1.0, 6.0), t!("1 week with a structured onboarding to 6 weeks for a contractor left to find their way (AGSCRIPT, ARDURA)")),
        (SelectHours, Spread::Between(4.0, 12.0), t!("4 h for a quick hire from referrals to 12 h for a full round of proposals and calls")),
        (OnboardingHours, Spread::Between(4.0, 16.0), t!("half a day to two days to write the brief and procedures")),
        (OnboardingWeeks, Spread::Between(4.0, 8.0), t!("a new hire at full speed after 8 to 16 weeks (OXE14: 12 at small firms), half of them lost")),
        (Recruiting, Spread::Times(0.5, 2.0), t!("surveys differ by more than 2× in what they count")),
        (HireHours, Spread::Between(16.0, 60.0), t!("two days for a hire through referrals to a full round of ads, screening and two interview rounds")),
        (Supervision, Spread::Between(0.5, 2.0), t!("half an hour to two hours of a manager's week")),
        (SeatMonthly, Spread::Times(0.5, 1.5), t!("a home worker's licences only to a rented desk")),
        (Equipment, Spread::Times(0.5, 1.5), t!("a used laptop to a full new workstation")),
        (Trial, Spread::Times(0.5, 2.0), t!("a trial of 5 to 20 billed hours")),
        (Exit, Spread::Times(0.5, 3.0), t!("half a day to three days of handover")),
        (Covers, Spread::Times(0.5, 1.5), t!("half to one and a half times the assumed share: how much a tool takes over depends on how the work is done")),
        (LearnHours, Spread::Times(0.5, 2.0), t!("half to twice the assumed hours: a guided set-up to finding your own way")),
    ]
};

/// The busy months' hours are a guess too: from half to one and a half times
/// as far above (or below) the ordinary month as entered. Unlike the others
/// it applies to a figure entered, as busy months are always entered.
pub const PEAK_SPREAD: (f64, f64, &str) = (
    0.5,
    1.5,
    t!("the busy months half to one and a half times as far from the ordinary month as entered: a season is hard to foresee"),
);
