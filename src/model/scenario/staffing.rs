//! The staffing defaults: the contract size the work needs (the default
//! FTE and the next common contract step) and the management time a
//! provider needs.

use super::resolved::{ProviderKind, WEEKS_PER_MONTH};
use crate::model::data;
use crate::model::regions::{overlap_hours, Home, Region};

/// The contract the work needs: its hours a week (needed FTE × the usual
/// full-time week), rounded up to a whole hour, as a share of that week.
/// Part-time contracts are written in hours a week, not quarter steps.
pub fn default_fte(hours_per_month: f64, productive_hours_per_year: f64, full_week: f64) -> f64 {
    let per_fte_month = productive_hours_per_year / 12.0;
    if per_fte_month.is_nan() || per_fte_month <= 0.0 || !hours_per_month.is_finite() {
        return 1.0;
    }
    if !(full_week.is_finite() && full_week > 0.0) {
        return quarter_fte(hours_per_month, productive_hours_per_year);
    }
    let weekly = (hours_per_month / per_fte_month * full_week - 1e-9)
        .ceil()
        .max(1.0);
    weekly / full_week
}

/// The next common contract step: the smallest of 0.25 / 0.5 / 0.75 / 1 FTE
/// (then further quarter steps) whose monthly productive hours cover
/// `hours_per_month` (the default FTE of data versions 1 and 2; the top of
/// the contract size's range).
pub fn quarter_fte(hours_per_month: f64, productive_hours_per_year: f64) -> f64 {
    let per_fte_month = productive_hours_per_year / 12.0;
    if per_fte_month.is_nan() || per_fte_month <= 0.0 || !hours_per_month.is_finite() {
        return 1.0;
    }
    ((hours_per_month / per_fte_month * 4.0 - 1e-9).ceil() / 4.0).max(0.25)
}

/// Default management hours per week (assumption, `data::MGMT_RULE`):
/// 1 h + 5% of the weekly workload (2.5% with an agency), more with less
/// shared working time.
pub fn default_mgmt_hours(
    hours_per_month: f64,
    home: Home,
    region: Region,
    provider: ProviderKind,
) -> f64 {
    let share = match provider {
        ProviderKind::Freelancer => data::MGMT_SHARE_FREELANCER,
        ProviderKind::Agency => data::MGMT_SHARE_AGENCY,
        // No one to manage: the hours the software leaves are costed as
        // the owner's own work (`os-remaining`), not as management.
        ProviderKind::Software => return 0.0,
    };
    let base = 1.0 + share * hours_per_month / WEEKS_PER_MONTH;
    base * overlap_factor(overlap_hours(home.zone().1, region.zone().1))
}

/// Coordination multiplier for the daily shared working hours.
pub fn overlap_factor(overlap: f64) -> f64 {
    if overlap >= 4.0 {
        1.0
    } else if overlap >= 2.0 {
        1.25
    } else {
        1.5
    }
}
