//! Which fields each kind of provider costs.

use super::{Field, Group, ProviderKind};

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
