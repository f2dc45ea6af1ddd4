//! The vocabulary of unit words: periods, what a figure is, what a field
//! takes, the page's currency, and why unit words are refused.

use crate::model::data::Currency;
use crate::model::i18n::tr;
use crate::model::scenario::{Field, Inputs, Unit};

/// A period a figure is per (and, counted, a length of time).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Per {
    Hour,
    Day,
    Week,
    Month,
    Year,
}

/// What a figure is, for a conversion note.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Amount {
    /// Hours per period (`None`: a number of hours).
    Hours(Option<Per>),
    /// Money per period (`None`: one-time); the currency is named when the
    /// conversion changed it.
    Money(Option<Currency>, Option<Per>),
    /// A length of time: weeks, months, years.
    Count(Per),
}

/// A figure typed in one unit and taken in the field's: "40 h a week" read
/// as 173.33 h a month.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Conversion {
    /// The number as typed ("k" applied).
    pub typed: f64,
    pub from: Amount,
    /// The field's value.
    pub value: f64,
    pub to: Amount,
}

/// The page's currency and exchange rate (units per US dollar): a field's
/// money is in this currency; an amount typed in another converts at the
/// two rates (the page's `fx`, the other currency's default rate).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PageCurrency {
    pub currency: Currency,
    pub fx: f64,
}

impl PageCurrency {
    pub fn new(currency: Currency, fx: f64) -> PageCurrency {
        PageCurrency { currency, fx }
    }
    /// US dollars at 1.
    pub fn usd() -> PageCurrency {
        PageCurrency::new(Currency::Usd, 1.0)
    }
    /// The currency and rate of `inputs` (a typed rate, else the default).
    pub fn of(inputs: &Inputs) -> PageCurrency {
        PageCurrency::new(inputs.currency, inputs.fx())
    }
}

/// What a field takes, named in its messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expect {
    /// No field: any number.
    Number,
    /// Hours per period (`None`: a number of hours).
    Hours(Option<Per>),
    /// Money per period (`None`: one-time).
    Money(Option<Per>),
    Percent,
    Months,
    Weeks,
    Fte,
    /// Units of the currency per US dollar.
    Fx,
}

impl Expect {
    /// What a field takes, for its messages.
    pub fn of(field: Field) -> Expect {
        match field.spec().unit {
            Unit::Money | Unit::MoneyPerHour => Expect::Money(field_period(field)),
            Unit::Hours => Expect::Hours(field_period(field)),
            Unit::Percent => Expect::Percent,
            Unit::Months => Expect::Months,
            Unit::Weeks => Expect::Weeks,
            Unit::Fte => Expect::Fte,
            Unit::Rate => Expect::Fx,
        }
    }

    /// "a number of hours per month", in the language in use.
    pub fn words(self) -> &'static str {
        match self {
            Expect::Number => tr("a number"),
            Expect::Hours(Some(Per::Week)) => tr("a number of hours per week"),
            Expect::Hours(Some(Per::Month)) => tr("a number of hours per month"),
            Expect::Hours(Some(Per::Year)) => tr("a number of hours per year"),
            Expect::Hours(_) => tr("a number of hours"),
            Expect::Money(Some(Per::Hour)) => tr("an amount per hour"),
            Expect::Money(Some(Per::Week)) => tr("an amount per week"),
            Expect::Money(Some(Per::Month)) => tr("an amount per month"),
            Expect::Money(Some(Per::Year)) => tr("an amount per year"),
            Expect::Money(_) => tr("a one-time amount"),
            Expect::Percent => tr("a percentage"),
            Expect::Months => tr("a number of months"),
            Expect::Weeks => tr("a number of weeks"),
            Expect::Fte => tr("a fraction of full time, like 0.5"),
            Expect::Fx => tr("a number of units per US dollar"),
        }
    }
}

/// The period a field's figure is per: the hours of work per month, the
/// salary per year, the rate per hour; `None` for counts and one-time amounts.
pub fn field_period(field: Field) -> Option<Per> {
    match field {
        Field::Hours | Field::Peak | Field::SeatMonthly | Field::Tooling | Field::Subscription => {
            Some(Per::Month)
        }
        Field::Rate | Field::ManagerRate => Some(Per::Hour),
        Field::Salary | Field::ProductiveHours | Field::UkAllowance => Some(Per::Year),
        Field::Supervision | Field::MgmtHours => Some(Per::Week),
        Field::Horizon
        | Field::OnCosts
        | Field::Fte
        | Field::Fees
        | Field::AgencyMarkup
        | Field::Rework
        | Field::FairPremium
        | Field::Recruiting
        | Field::HireHours
        | Field::OnboardingWeeks
        | Field::Equipment
        | Field::OnboardingHours
        | Field::SelectHours
        | Field::ProviderRamp
        | Field::Trial
        | Field::Exit
        | Field::PeakMonths
        | Field::Growth
        | Field::Overtime
        | Field::Covers
        | Field::Setup
        | Field::LearnHours
        | Field::Fx => None,
    }
}

/// Why unit words were refused; each names the word as typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UnitError {
    /// No unit, currency or "per" ("people").
    Unknown(String),
    /// A unit the field does not take ("hours" for months).
    Wrong(String),
    /// A period that needs the hours worked ("/h" for a salary).
    NeedsHours(String),
    /// A period that needs the days worked ("a day").
    NeedsDays(String),
    /// Two words that say different things.
    Conflict(String, String),
}

/// At most 24 characters of a word, for a message.
pub fn clip(s: &str) -> String {
    if s.chars().count() > 24 {
        s.chars().take(24).collect::<String>() + "…"
    } else {
        s.to_string()
    }
}
