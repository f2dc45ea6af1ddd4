//! The software option's part of the scenario: which fields it costs, and
//! the agent seats of a per-agent tool.

use super::{Field, Group, ProviderKind};
use crate::model::data::{self, Provenance};
use crate::model::regions::Task;

impl Field {
    /// Whether the field is costed for `provider`: the software option's
    /// fields only for it; a person's rate, fees, markup, rework, fair
    /// premium, management, tools, brief, selection, ramp-up, trial and exit
    /// only for a freelancer or agency. The in-house fields always.
    pub fn applies(self, provider: ProviderKind) -> bool {
        let people_only = matches!(
            self,
            Field::Rate
                | Field::Fees
                | Field::AgencyMarkup
                | Field::Rework
                | Field::FairPremium
                | Field::MgmtHours
                | Field::Tooling
                | Field::OnboardingHours
                | Field::SelectHours
                | Field::ProviderRamp
                | Field::Trial
                | Field::Exit
        );
        if provider.bills_hours() {
            self.spec().group != Group::Software
        } else {
            !people_only
        }
    }
}

/// Agent seats a per-agent tool needs: one for each full-time person the
/// hours left need (productive hours per year ÷ 12 a month), at least one.
pub fn software_seats(hours_left_per_month: f64, productive_hours_per_year: f64) -> f64 {
    let per_person = productive_hours_per_year / 12.0;
    if !(hours_left_per_month.is_finite() && per_person > 0.0) {
        return 1.0;
    }
    // A hair under a whole seat is that seat (rounding of the hours).
    (hours_left_per_month / per_person - 1e-9).ceil().max(1.0)
}

/// Where a software field's default comes from for `task`.
pub(super) fn provenance(task: Task, f: Field) -> Provenance {
    match data::software(task) {
        Some(d) => match f {
            Field::Covers => d.covers.provenance,
            Field::Subscription => d.subscription.provenance,
            Field::Setup => d.setup.provenance,
            _ => d.learn_hours.provenance,
        },
        None => data::NO_SOFTWARE,
    }
}
