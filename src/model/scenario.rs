//! Scenario inputs: the numeric fields, their specs, and the defaults that fill
//! whatever the user leaves blank.

use super::checklist::{self, Answer, Answers};
use super::data::{self, Currency};
use super::regions::{Home, Region, Task};
use crate::t;
use std::sync::Arc;

/// Groups the page folds fields into.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    Basics,
    /// Horizon and currency.
    Settings,
    InHouse,
    Outsourcing,
    Management,
    OneTime,
    /// Busy seasons and growth: a workload that varies.
    Seasons,
    /// The software option's own fields (shown only for it).
    Software,
}

/// What a number means, for parsing limits and display.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Money,
    MoneyPerHour,
    Percent,
    Hours,
    Weeks,
    Months,
    Fte,
    /// Units of the chosen currency per US dollar.
    Rate,
}

macro_rules! fields {
    ($($variant:ident = $key:literal, $group:ident, $unit:ident, $min:expr, $max:expr, $label:expr, $help:expr;)*) => {
        /// A numeric input of the scenario.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Field { $($variant),* }

        impl Field {
            pub const ALL: &'static [Field] = &[$(Field::$variant),*];
            pub fn spec(self) -> FieldSpec {
                match self {
                    $(Field::$variant => FieldSpec {
                        key: $key, group: Group::$group, unit: Unit::$unit,
                        min: $min, max: $max, label: $label, help: $help,
                    }),*
                }
            }
        }
    };
}

/// Static description of a field: URL key, group, unit, accepted range, words.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FieldSpec {
    /// Short URL parameter name.
    pub key: &'static str,
    pub group: Group,
    pub unit: Unit,
    /// Inclusive accepted range, in the units the user types (percent as 25 for 25%).
    pub min: f64,
    pub max: f64,
    pub label: &'static str,
    pub help: &'static str,
}

impl FieldSpec {
    /// The accepted range at exchange rate `fx`: money ranges are stated in
    /// US dollars and scale with the currency (a rupee rate of 2,500 an hour
    /// is ordinary; the dollar cap of 2,000 would refuse it).
    pub fn range(&self, fx: f64) -> (f64, f64) {
        match self.unit {
            Unit::Money | Unit::MoneyPerHour if fx.is_finite() && fx > 0.0 => {
                (self.min * fx, self.max * fx)
            }
            _ => (self.min, self.max),
        }
    }
}

fields! {
    Hours = "hours", Basics, Hours, 1.0, 2000.0, t!("Hours of work per month"), t!("How many hours a month the task needs, whoever does it.");
    Rate = "rate", Basics, MoneyPerHour, 0.5, 2000.0, t!("Provider's hourly rate"), t!("What you would pay per hour; blank means the fair rate for the region.");
    Horizon = "months", Settings, Months, 1.0, 60.0, t!("Horizon (months)"), t!("How long you compare the two options over.");
    Salary = "salary", InHouse, Money, 1000.0, 5_000_000.0, t!("Full-time annual salary"), t!("Gross pay of a full-time employee doing this task at home.");
    OnCosts = "oncost", InHouse, Percent, 0.0, 100.0, t!("Employer on-costs (%)"), t!("Payroll taxes and benefits on top of salary, paid leave excluded.");
    UkAllowance = "ukea", InHouse, Money, 0.0, 15_000.0, t!("UK Employment Allowance still unused"), t!("The part of the £10,500 a year allowance your other staff leave unused (UK only; more counts as £10,500).");
    Fte = "fte", InHouse, Fte, 0.05, 20.0, t!("Employment fraction (FTE)"), t!("1 = full time; blank takes the hours a week the work needs, rounded up to a whole hour, as part-time contracts are written.");
    ProductiveHours = "prodhours", InHouse, Hours, 500.0, 2500.0, t!("Productive hours per full-time year"), t!("Paid hours left after holidays, vacation and sick days.");
    Supervision = "supervision", InHouse, Hours, 0.0, 40.0, t!("Supervision hours per week"), t!("Manager time an employee needs each week.");
    SeatMonthly = "seat", InHouse, Money, 0.0, 100_000.0, t!("Software and desk per seat per month"), t!("Licences, desk space and utilities for each person employed.");
    Fees = "fees", Outsourcing, Percent, 0.0, 50.0, t!("Platform and payment fees (%)"), t!("Marketplace or payment-provider fee on what you pay the provider.");
    AgencyMarkup = "markup", Outsourcing, Percent, 0.0, 300.0, t!("Agency markup (%)"), t!("What an agency adds on top of a freelancer's rate (agency only).");
    Rework = "rework", Outsourcing, Percent, 0.0, 100.0, t!("Rework (% of hours)"), t!("Extra billed hours spent fixing work that missed the brief.");
    FairPremium = "premium", Outsourcing, Percent, 0.0, 100.0, t!("Fair-rate premium over market (%)"), t!("How far above the local market rate a fair rate starts.");
    MgmtHours = "mgmt", Management, Hours, 0.0, 80.0, t!("Management hours per week"), t!("Your time coordinating and reviewing the provider's work.");
    ManagerRate = "mgrrate", Management, MoneyPerHour, 0.0, 2000.0, t!("Manager's hourly cost"), t!("What an hour of the person managing the work costs the business.");
    Tooling = "tools", Management, Money, 0.0, 100_000.0, t!("Collaboration tools per month"), t!("Chat, project-management and file-sharing subscriptions.");
    Recruiting = "recruit", OneTime, Money, 0.0, 1_000_000.0, t!("Recruiting cost per hire"), t!("Advertising, agency fees and interview time to hire one person.");
    HireHours = "hirehours", OneTime, Hours, 0.0, 500.0, t!("Hiring an employee (your hours)"), t!("Your own time per hire: the ad, reading applications, interviews and the offer; recruiting costs leave it out.");
    OnboardingWeeks = "rampweeks", OneTime, Weeks, 0.0, 52.0, t!("Onboarding weeks (paid, not yet productive)"), t!("Weeks of pay before a new hire delivers.");
    Equipment = "equip", OneTime, Money, 0.0, 1_000_000.0, t!("Equipment per seat (one-time)"), t!("Computer, screen and furniture for each person employed.");
    OnboardingHours = "briefhours", OneTime, Hours, 0.0, 1000.0, t!("Provider onboarding (your hours)"), t!("Time to write the brief, procedures and example deliverables.");
    SelectHours = "selecthours", OneTime, Hours, 0.0, 500.0, t!("Finding and vetting a provider (your hours)"), t!("The job post, reading proposals, calls and reference checks before you choose.");
    ProviderRamp = "provramp", OneTime, Weeks, 0.0, 26.0, t!("Provider ramp-up (weeks to full speed)"), t!("Weeks a new provider needs to learn your business; on a steady ramp half of them are billed without full output.");
    Trial = "trial", OneTime, Money, 0.0, 1_000_000.0, t!("Paid trial project"), t!("A small first project with a clear start and end.");
    Exit = "exit", OneTime, Money, 0.0, 1_000_000.0, t!("Exit or switching cost"), t!("Handover or re-briefing when the arrangement ends, charged in the last month.");
    Fx = "fx", Settings, Rate, 0.0001, 1_000_000.0, t!("Exchange rate (per US dollar)"), t!("Units of your currency per dollar; the default figures are in dollars.");
    Peak = "peak", Seasons, Hours, 1.0, 2000.0, t!("Hours per month in the busy months"), t!("Blank: the same as an ordinary month, a steady workload.");
    PeakMonths = "peakmonths", Seasons, Months, 0.0, 12.0, t!("Busy months a year"), t!("How many months of each year need the busy-month hours; they open each year.");
    Growth = "growth", Seasons, Percent, 0.0, 100.0, t!("Growth of the work (% a year)"), t!("More work each year, added month by month over the horizon.");
    Overtime = "overtime", Seasons, Percent, 0.0, 200.0, t!("Overtime premium (%)"), t!("Extra pay for hours beyond the full-time week: 50 is time and a half.");
    Covers = "covers", Software, Percent, 0.0, 100.0, t!("Share of the hours the software takes over (%)"), t!("The rest of the hours stay with you or your staff, at the manager's hourly cost.");
    Subscription = "subscription", Software, Money, 0.0, 100_000.0, t!("Software subscription per month"), t!("The plan you would need, with every user or agent seat it takes.");
    Setup = "setup", Software, Money, 0.0, 1_000_000.0, t!("Software set-up (one-time)"), t!("A set-up fee, data migration or an installer's bill, if any.");
    LearnHours = "learnhours", Software, Hours, 0.0, 500.0, t!("Learning the software (your hours)"), t!("Your time to set the tool up and learn it, once, at the manager's hourly cost.");
}

/// The order in which `Inputs::resolve` fills fields (later defaults depend on earlier values).
pub const RESOLVE_ORDER: &[Field] = &[
    Field::Fx,
    Field::Hours,
    Field::Horizon,
    Field::Salary,
    Field::ProductiveHours,
    Field::Fte,
    Field::UkAllowance,
    Field::OnCosts,
    Field::Supervision,
    Field::SeatMonthly,
    Field::Fees,
    Field::AgencyMarkup,
    Field::Rework,
    Field::FairPremium,
    Field::Rate,
    Field::MgmtHours,
    Field::ManagerRate,
    Field::Tooling,
    Field::Recruiting,
    Field::HireHours,
    Field::OnboardingWeeks,
    Field::Equipment,
    Field::OnboardingHours,
    Field::SelectHours,
    Field::ProviderRamp,
    Field::Trial,
    Field::Exit,
    Field::Peak,
    Field::PeakMonths,
    Field::Growth,
    Field::Overtime,
    Field::Covers,
    Field::Subscription,
    Field::Setup,
    Field::LearnHours,
];

impl Field {
    pub fn from_key(key: &str) -> Option<Field> {
        Field::ALL.iter().copied().find(|f| f.spec().key == key)
    }
    fn index(self) -> usize {
        self as usize
    }
}

/// What the user chose: the selectors plus any numbers they typed (`None` = use the default).
#[derive(Clone, Debug, PartialEq)]
pub struct Inputs {
    pub task: Task,
    pub home: Home,
    pub region: Region,
    pub provider: ProviderKind,
    pub currency: Currency,
    /// Readiness checklist answers (part of the scenario: saved and shared).
    pub answers: Answers,
    /// The data version whose rules cost this scenario: today's, or an older
    /// one a link or saved state was written with (it keeps its numbers).
    pub rules: u32,
    /// The options set side by side (`choices`): each a scenario of its
    /// own, kept with this one (saved, linked, exported). Empty in an option.
    pub choices: Arc<Vec<Choice>>,
    /// The option the screen is editing (its index in `choices`): edits on
    /// screen go into it.
    pub editing: Option<usize>,
    values: Vec<Option<f64>>,
}

impl Default for Inputs {
    fn default() -> Self {
        Inputs::new(Task::WebDev, Home::Us, Region::LatinAmerica)
    }
}

impl Inputs {
    pub fn new(task: Task, home: Home, region: Region) -> Self {
        Inputs {
            task,
            home,
            region,
            provider: ProviderKind::Freelancer,
            currency: data::home_currency(home),
            answers: Answers::default(),
            rules: data::DATA_VERSION,
            choices: Default::default(),
            editing: None,
            values: vec![None; Field::ALL.len()],
        }
    }

    /// The value the user set, if any (in typed units: percent as 25).
    pub fn get(&self, f: Field) -> Option<f64> {
        self.values[f.index()]
    }

    /// Set or clear a field. Values outside the field's range are the
    /// caller's to reject (see `parse::parse_field`).
    pub fn set(&mut self, f: Field, v: Option<f64>) {
        self.values[f.index()] = v;
    }

    /// Units of the chosen currency per US dollar: the typed rate, else the
    /// currency's default.
    pub fn fx(&self) -> f64 {
        self.get(Field::Fx).unwrap_or(self.currency.per_usd())
    }

    /// This scenario alone, without the options set beside it.
    pub fn alone(&self) -> Inputs {
        Inputs {
            choices: Default::default(),
            editing: None,
            ..self.clone()
        }
    }

    pub fn with(mut self, f: Field, v: f64) -> Self {
        self.set(f, Some(v));
        self
    }

    /// Fill every blank with its default and convert to model units.
    pub fn resolve(&self) -> Scenario {
        self.resolve_noting(&mut [0.0; Field::ALL.len()])
    }

    /// The resolved scenario and the default each field would take (typed units).
    pub fn resolve_with_defaults(&self) -> (Scenario, Vec<f64>) {
        let mut defaults = [0.0; Field::ALL.len()];
        let s = self.resolve_noting(&mut defaults);
        (s, defaults.to_vec())
    }

    /// [`Inputs::resolve`], noting each field's default in `defaults`
    /// (an array on the stack: the range of outcomes resolves some 30 times
    /// an edit).
    fn resolve_noting(&self, defaults: &mut [f64; Field::ALL.len()]) -> Scenario {
        let mut taken = 0;
        let mut take = |f: Field, default: f64| {
            // The links' decoder relies on this order (see `RESOLVE_ORDER`).
            debug_assert_eq!(RESOLVE_ORDER.get(taken), Some(&f), "resolve order");
            taken += 1;
            defaults[f.index()] = default;
            self.get(f).unwrap_or(default)
        };
        let fx = take(Field::Fx, self.currency.per_usd());
        let hours = take(Field::Hours, data::default_hours(self.task).value);
        let (min_months, max_months) = (Field::Horizon.spec().min, Field::Horizon.spec().max);
        let horizon = crate::model::num::clamp(
            take(Field::Horizon, data::HORIZON_MONTHS.value).round(),
            min_months,
            max_months,
        );
        let salary = take(Field::Salary, data::salary(self.task, self.home).value * fx);
        let productive = take(
            Field::ProductiveHours,
            data::productive_hours(self.home).value,
        );
        let full_week = data::usual_weekly_hours(self.home).value;
        let fte = take(Field::Fte, default_fte(hours, productive, full_week));
        let gbp = data::Currency::Gbp.per_usd();
        let ukea_default = if self.home == Home::Uk {
            data::uk_allowance_unused().value / gbp * fx
        } else {
            0.0
        };
        let ukea = take(Field::UkAllowance, ukea_default);
        let on_costs = take(
            Field::OnCosts,
            data::on_costs(self.home, salary / fx, fte, ukea / fx * gbp).value * 100.0,
        ) / 100.0;
        let supervision = take(Field::Supervision, data::SUPERVISION_HOURS_WEEK.value);
        let seat = take(Field::SeatMonthly, data::SEAT_MONTHLY_USD.value * fx);
        let agency = self.provider == ProviderKind::Agency;
        let fees_default = if agency {
            data::AGENCY_FEES
        } else {
            data::FEES
        };
        let fees = take(Field::Fees, fees_default.value * 100.0) / 100.0;
        let markup = take(Field::AgencyMarkup, data::AGENCY_MARKUP.value * 100.0) / 100.0;
        let rework_default = if self.no_trial() {
            data::REWORK_NO_TRIAL.value
        } else {
            data::REWORK.value
        };
        // A weak language, time-zone or culture fit (checklist) costs rework.
        let rework_default = rework_default * self.fit_rework_factor();
        let rework_default = if agency {
            rework_default * data::AGENCY_REWORK_FACTOR.value
        } else {
            rework_default
        };
        let rework = take(Field::Rework, rework_default * 100.0) / 100.0;
        let premium = take(Field::FairPremium, data::FAIR_PREMIUM.value * 100.0) / 100.0;
        let kind_factor = match self.provider {
            ProviderKind::Agency => 1.0 + markup,
            // Software bills no hours: the rate is kept, unused.
            ProviderKind::Freelancer | ProviderKind::Software => 1.0,
        };
        let market = data::rate_cell(self.task, self.region).typical * fx;
        let rate = take(Field::Rate, market * (1.0 + premium) * kind_factor);
        // Nobody named to manage the provider (checklist): whoever ends up
        // doing it needs more time.
        let mgmt_factor =
            if self.answers.at(const { checklist::item_index("manager") }) == Answer::No {
                data::NO_MANAGER_MGMT_FACTOR.value
            } else {
                1.0
            };
        let mgmt = take(
            Field::MgmtHours,
            default_mgmt_hours(hours, self.home, self.region, self.provider) * mgmt_factor,
        );
        let median_salary = data::salary(Task::Custom, self.home).value;
        // The manager's own on-costs (at the median worker's pay), not the task's.
        // The allowance is the firm's, not the manager's hour: none here.
        let manager_on_costs = data::on_costs(self.home, median_salary, 1.0, 0.0).value;
        let manager_default =
            median_salary * fx * (1.0 + manager_on_costs) / productive * data::MANAGER_FACTOR.value;
        let manager_rate = take(Field::ManagerRate, manager_default);
        let tooling = take(Field::Tooling, data::TOOLING_MONTHLY_USD.value * fx);
        let recruiting = take(Field::Recruiting, data::recruiting(self.home).value * fx);
        let hire_hours = take(Field::HireHours, data::HIRE_HOURS.value);
        let onboarding_weeks = take(Field::OnboardingWeeks, data::ONBOARDING_WEEKS.value);
        let equipment = take(Field::Equipment, data::EQUIPMENT_USD.value * fx);
        let onboarding_hours = take(Field::OnboardingHours, data::ONBOARDING_HOURS.value);
        let select_hours = take(Field::SelectHours, data::SELECT_HOURS.value);
        let provider_ramp_weeks = take(Field::ProviderRamp, data::PROVIDER_RAMP_WEEKS.value);
        let trial = take(
            Field::Trial,
            if self.no_trial() {
                0.0
            } else {
                data::TRIAL_HOURS.value * rate
            },
        );
        let exit = take(Field::Exit, data::EXIT_HOURS.value * manager_rate);
        // A steady workload unless set: the busy months are ordinary ones.
        let peak = take(Field::Peak, hours);
        let peak_months = crate::model::num::clamp(take(Field::PeakMonths, 0.0).round(), 0.0, 12.0);
        let growth = take(Field::Growth, 0.0) / 100.0;
        let overtime = take(
            Field::Overtime,
            data::overtime_premium(self.home).value * 100.0,
        ) / 100.0;
        // The software option: blank fields take the task's tool (none: 0).
        let tool = data::software(self.task);
        let covers = take(Field::Covers, tool.map_or(0.0, |d| d.covers.value * 100.0)) / 100.0;
        let seats = match tool {
            Some(d) if d.per_seat => software_seats(hours * (1.0 - covers), productive),
            _ => 1.0,
        };
        let subscription = take(
            Field::Subscription,
            tool.map_or(0.0, |d| d.subscription.value * seats * fx),
        );
        let setup = take(Field::Setup, tool.map_or(0.0, |d| d.setup.value * fx));
        let learning = take(Field::LearnHours, tool.map_or(0.0, |d| d.learn_hours.value));
        Scenario {
            task: self.task,
            home: self.home,
            region: self.region,
            provider: self.provider,
            currency: self.currency,
            fx,
            hours_per_month: hours,
            horizon_months: horizon as u32,
            salary_per_year: salary,
            on_costs,
            fte,
            full_week_hours: full_week,
            rules: self.rules,
            productive_hours_per_year: productive,
            supervision_hours_per_week: supervision,
            seat_per_month: seat,
            recruiting,
            hire_hours,
            onboarding_weeks,
            equipment_per_seat: equipment,
            rate_per_hour: rate,
            fees,
            agency_markup: markup,
            rework,
            fair_premium: premium,
            mgmt_hours_per_week: mgmt,
            manager_rate_per_hour: manager_rate,
            tooling_per_month: tooling,
            onboarding_hours,
            select_hours,
            provider_ramp_weeks,
            trial_cost: trial,
            trial_follows_rate: self.is_default(Field::Trial, defaults) && !self.no_trial(),
            exit_cost: exit,
            peak_hours_per_month: peak,
            peak_months: peak_months as u32,
            growth,
            overtime_premium: overtime,
            mgmt_follows_hours: self.is_default(Field::MgmtHours, defaults),
            mgmt_factor,
            on_costs_follow: self
                .is_default(Field::OnCosts, defaults)
                .then_some(ukea / fx * gbp),
            subscription_per_month: subscription,
            software_setup: setup,
            software_covers: covers,
            learning_hours: learning,
        }
    }

    /// The field is blank, or holds its default (to 10 significant digits,
    /// as a link writes it): a default that follows others (on-costs the
    /// pay, management the workload, the trial the rate) keeps following,
    /// so a value typed equal to it and the same value read back from a
    /// link cost the same.
    fn is_default(&self, f: Field, defaults: &[f64]) -> bool {
        self.get(f).is_none_or(|v| {
            let d = defaults[f.index()];
            (v - d).abs() <= 1e-9 * v.abs().max(d.abs()) + 1e-12
        })
    }

    /// The checklist says no trial project is planned: the trial costs
    /// nothing but the rework default doubles (problems surface in the real work).
    pub(crate) fn no_trial(&self) -> bool {
        self.answers.at(const { checklist::item_index("trial") }) == Answer::No
    }

    /// The checklist says the language or time-zone fit, or the working
    /// culture, is weak: each "no" multiplies the rework default.
    pub(crate) fn fit_rework_factor(&self) -> f64 {
        [
            const { checklist::item_index("fit") },
            const { checklist::item_index("culture") },
        ]
        .iter()
        .filter(|&&i| self.answers.at(i) == Answer::No)
        .fold(1.0, |f, _| f * data::WEAK_FIT_REWORK_FACTOR.value)
    }
}

mod applies;
mod choice;
mod resolved;
pub use choice::{clean_name, Side, MAX_NAME};

/// An option of the comparison: a scenario of its own (`choice::Choice`).
pub type Choice = choice::Choice<Inputs>;
mod staffing;
pub use resolved::{software_seats, ProviderKind, Scenario, WEEKS_PER_MONTH};
pub use staffing::{default_fte, default_mgmt_hours, overlap_factor, quarter_fte};

#[cfg(test)]
mod tests;
