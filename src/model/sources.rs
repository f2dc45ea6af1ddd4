//! Where each field's default comes from, for a task, home and region:
//! the provenance shown under every field ("Source").

use super::checklist::Answer;
use super::data::{self, Provenance};
use super::regions::Home;
use super::scenario::{Field, Inputs, ProviderKind};
use crate::t;

impl Inputs {
    /// Where the default of a field comes from, for this task, home and region.
    pub fn provenance(&self, f: Field) -> Provenance {
        match f {
            Field::Rework if self.fit_rework_factor() > 1.0 => {
                data::WEAK_FIT_REWORK_FACTOR.provenance
            }
            Field::MgmtHours if self.answers.at(const { crate::model::checklist::item_index("manager") }) == Answer::No => {
                data::NO_MANAGER_MGMT_FACTOR.provenance
            }
            Field::Rework if self.no_trial() => data::REWORK_NO_TRIAL.provenance,
            Field::Trial if self.no_trial() => data::NO_TRIAL,
            Field::Hours => data::default_hours(self.task).provenance,
            Field::Horizon => data::HORIZON_MONTHS.provenance,
            Field::Salary => data::salary(self.task, self.home).provenance,
            Field::OnCosts => {
                data::on_costs(self.home, data::salary(self.task, self.home).value, 1.0, 0.0)
                    .provenance
            }
            Field::ProductiveHours => data::productive_hours(self.home).provenance,
            Field::UkAllowance if self.home == Home::Uk => data::uk_allowance_unused().provenance,
            Field::UkAllowance => data::NO_UK_ALLOWANCE,
            Field::Fte => Provenance {
                basis: data::Basis::Derived,
                key: "",
                year: "",
                note: t!("the hours a week the work needs, rounded up to a whole hour, as a share of the country's usual full-time week (productive hours per year, same sources)"),
            },
            Field::Supervision => data::SUPERVISION_HOURS_WEEK.provenance,
            Field::SeatMonthly => data::SEAT_MONTHLY_USD.provenance,
            Field::Fees if self.provider == ProviderKind::Agency => data::AGENCY_FEES.provenance,
            Field::Fees => data::FEES.provenance,
            Field::Rework if self.provider == ProviderKind::Agency => {
                data::AGENCY_REWORK_FACTOR.provenance
            }
            Field::AgencyMarkup => data::AGENCY_MARKUP.provenance,
            Field::Rework => data::REWORK.provenance,
            Field::FairPremium => data::FAIR_PREMIUM.provenance,
            Field::Rate => data::rate_cell(self.task, self.region).provenance,
            Field::MgmtHours => data::MGMT_RULE,
            Field::ManagerRate => data::MANAGER_FACTOR.provenance,
            Field::Tooling => data::TOOLING_MONTHLY_USD.provenance,
            Field::Recruiting => data::recruiting(self.home).provenance,
            Field::HireHours => data::HIRE_HOURS.provenance,
            Field::OnboardingWeeks => data::ONBOARDING_WEEKS.provenance,
            Field::Equipment => data::EQUIPMENT_USD.provenance,
            Field::OnboardingHours => data::ONBOARDING_HOURS.provenance,
            Field::SelectHours => data::SELECT_HOURS.provenance,
            Field::ProviderRamp => data::PROVIDER_RAMP_WEEKS.provenance,
            Field::Trial => data::TRIAL_HOURS.provenance,
            Field::Exit => data::EXIT_HOURS.provenance,
            Field::Fx => data::FX_SOURCE,
            Field::Peak | Field::PeakMonths | Field::Growth => data::STEADY_WORKLOAD,
            Field::Overtime => data::overtime_premium(self.home).provenance,
            Field::Covers | Field::Subscription | Field::Setup | Field::LearnHours => {
                match data::software(self.task) {
                    Some(d) => match f {
                        Field::Covers => d.covers.provenance,
                        Field::Subscription => d.subscription.provenance,
                        Field::Setup => d.setup.provenance,
                        _ => d.learn_hours.provenance,
                    },
                    None => data::NO_SOFTWARE,
                }
            }
        }
    }
}
