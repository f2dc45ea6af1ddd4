//! Sourced default figures (USD), each with its source key and year, and the
//! stated methods that fill the cells no source covers.
//!
//! Source keys are those of `shared/reference/rates-and-costs.md` §6 and
//! `salaries.md`; the README lists them with their URLs.

mod currency;
mod defaults;
mod figure;
mod oncosts;
mod rates;
mod salaries;
mod software;

pub use currency::*;
pub use defaults::*;
pub use figure::{Basis, Figure, Provenance};
pub use oncosts::*;
pub use rates::*;
pub use salaries::*;
pub use software::*;

/// Version of the default figures below. Links carry it so that a shared
/// scenario keeps its numbers when the figures are updated.
/// 2 → 3 (2026-11): the default FTE is the hours a week the work needs;
/// onboarding loses only the output the work lacks; employer costs on the
/// actual part-time pay; supervision per employee; the owner's hiring hours;
/// a link or saved state written with 1 or 2 keeps those versions' rules.
pub const DATA_VERSION: u32 = 3;
/// As-of date of the figures, shown on the page.
pub const DATA_AS_OF: &str = "2026-11";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::regions::{Home, Region, Task};

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
        assert_eq!(on_costs(Home::Us, 50_000.0, 1.0, 0.0).value, 0.265);
        // Productive hours and recruiting follow the home country.
        assert_ne!(
            productive_hours(Home::De).value,
            productive_hours(Home::Us).value
        );
        assert_ne!(recruiting(Home::Uk).value, recruiting(Home::Us).value);
    }

    #[test]
    fn the_uk_employment_allowance_is_per_employer_and_on_the_actual_pay() {
        let gbp = Currency::Gbp.per_usd();
        // £37,430 full time, the whole allowance unused: NIC £4,864.50 is
        // covered; the pension is 3% of (37,430 − 6,240) = £935.70.
        let v = on_costs(Home::Uk, 37430.0 / gbp, 1.0, 10500.0).value;
        assert!((v - 935.7 / 37430.0).abs() < 1e-9, "{v}");
        // £150,000, allowance unused: 15% × 145,000 − 10,500 = £11,250;
        // pension 3% × 44,030 = £1,320.90.
        let v = on_costs(Home::Uk, 150_000.0 / gbp, 1.0, 10500.0).value;
        assert!((v - (11250.0 + 1320.9) / 150_000.0).abs() < 1e-9, "{v}");
        // Half time (£18,715) with nothing left of the allowance: NIC
        // 15% × 13,715 = £2,057.25, pension 3% × 12,475 = £374.25.
        let v = on_costs(Home::Uk, 37430.0 / gbp, 0.5, 0.0).value;
        assert!((v - (2057.25 + 374.25) / 18715.0).abs() < 1e-9, "{v}");
        // Under the £10,000 trigger: no pension duty.
        let v = on_costs(Home::Uk, 37430.0 / gbp, 0.25, 0.0).value;
        let pay = 37430.0 * 0.25;
        assert!((v - 0.15 * (pay - 5000.0) / pay).abs() < 1e-9, "{v}");
        // The default: one existing employee at the median pay uses £4,864.50.
        assert!((uk_allowance_unused().value - 5635.5).abs() < 1e-9);
    }

    #[test]
    fn each_country_charges_its_own_employer_costs() {
        // Netherlands: premiums + 8% holiday allowance with its premiums.
        let nl = on_costs(Home::Nl, 50_000.0, 1.0, 0.0).value;
        assert!((nl - (0.172 + 0.08 * 1.172)).abs() < 1e-12);
        // Germany: U1, U2 and accident insurance on top of 21.1%.
        assert!(on_costs(Home::De, 50_000.0, 1.0, 0.0).value > 0.24);
        // France: at the SMIC the general reduction takes 31.94 points off.
        let smic = 21621.6 / Currency::Eur.per_usd();
        let fr = on_costs(Home::Fr, smic, 1.0, 0.0).value;
        assert!((fr - (0.37 - 0.3194)).abs() < 1e-9, "{fr}");
        assert_eq!(on_costs(Home::Fr, 2.0 * smic, 0.5, 0.0).value, 0.37);
        // Canada: above every ceiling the share falls.
        let cad = Currency::Cad.per_usd();
        let low = on_costs(Home::Ca, 50_000.0 / cad, 1.0, 0.0).value;
        let high = on_costs(Home::Ca, 200_000.0 / cad, 1.0, 0.0).value;
        let want = (0.0595 * 46500.0 + 0.02296 * 50000.0) / 50000.0;
        assert!(
            (low - want).abs() < 1e-9 && high < low / 2.0,
            "{low} {high}"
        );
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
