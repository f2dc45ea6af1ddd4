//! Employer on-costs as each country defines them, on the actual
//! (part-time) pay: statutory charges plus benefits other than paid leave
//! (paid leave enters through productive hours).

use super::currency::Currency::{Cad, Eur, Gbp};
use super::figure::{asm, der, fig, src, Figure, Provenance};
use crate::model::regions::Home;
use crate::t;

/// UK employer National Insurance 2025/26: 15% of pay above £5,000 a year.
const UK_NIC_RATE: f64 = 0.15;
const UK_NIC_THRESHOLD_GBP: f64 = 5000.0;
/// UK Employment Allowance 2025/26: £10,500 a year off the employer's NIC
/// bill, once per employer (not per hire).
pub const UK_EMPLOYMENT_ALLOWANCE_GBP: f64 = 10500.0;
/// The median full-time pay (ASHE24), for the allowance's default.
const UK_MEDIAN_PAY_GBP: f64 = 37430.0;
/// UK auto-enrolment 2025/26: the employer pays at least 3% of qualifying
/// earnings, the pay between £6,240 and £50,270 a year; no duty to enrol
/// below the £10,000 earnings trigger.
const UK_PENSION_RATE: f64 = 0.03;
const UK_PENSION_LOWER_GBP: f64 = 6240.0;
const UK_PENSION_UPPER_GBP: f64 = 50270.0;
const UK_PENSION_TRIGGER_GBP: f64 = 10000.0;

/// The part of the UK Employment Allowance still unused (GBP), by default:
/// the allowance less the NIC of one existing employee at the median pay.
pub fn uk_allowance_unused() -> Figure {
    let used = UK_NIC_RATE * (UK_MEDIAN_PAY_GBP - UK_NIC_THRESHOLD_GBP);
    fig(
        UK_EMPLOYMENT_ALLOWANCE_GBP - used,
        der("UKEA25, UKNIC25, ASHE24", "2025/26", t!("the £10,500 a year allowance is per employer, not per hire: assumed one existing employee at the median pay (£37,430), whose NIC (£4,864.50) leaves £5,635.50; two such staff leave £771, none the whole £10,500 (UK only)")),
    )
}
/// Not a UK business: no allowance.
pub const NO_UK_ALLOWANCE: Provenance = asm(t!(
    "the Employment Allowance is a UK relief: none elsewhere"
));

/// Netherlands: premiums (NL23) and the statutory 8% holiday allowance
/// (vakantiegeld), which the CBS hourly wages exclude; premiums apply to it too.
const NL_PREMIUMS: f64 = 0.172;
const NL_HOLIDAY_ALLOWANCE: f64 = 0.08;
/// Germany: social insurance (DE25) + U1 (sick pay, firms of up to 30) +
/// U2 (maternity) + statutory accident insurance.
const DE_SOCIAL: f64 = 0.211;
const DE_U1: f64 = 0.0245;
const DE_U2: f64 = 0.00375;
const DE_ACCIDENT: f64 = 0.01;
/// France: the average employer rate (FR-OECD25) less the general reduction
/// on low pay (2025: coefficient up to T = 0.3194 for firms under 50, falling
/// to 0 at 1.6 × the SMIC, €21,621.60 a year for 35 h).
const FR_RATE: f64 = 0.37;
const FR_RG_T: f64 = 0.3194;
const FR_SMIC_EUR: f64 = 21621.6;
/// Canada 2025: CPP 5.95% from $3,500 to the YMPE $71,300, CPP2 4% up to
/// $81,200, EI employer 2.296% up to $65,700 insurable earnings.
const CA_CPP: (f64, f64, f64) = (0.0595, 3500.0, 71300.0);
const CA_CPP2: (f64, f64) = (0.04, 81200.0);
const CA_EI: (f64, f64) = (0.02296, 65700.0);

/// Employer on-costs as a fraction of the pay. `salary_usd`: the full-time
/// salary in US dollars; `fte`: the contract's share of full time (the pay
/// is salary × FTE); `uk_allowance_gbp`: the UK Employment Allowance still
/// unused (ignored elsewhere).
pub fn on_costs(home: Home, salary_usd: f64, fte: f64, uk_allowance_gbp: f64) -> Figure {
    let fte = if fte.is_finite() && fte > 0.0 {
        fte
    } else {
        1.0
    };
    match home {
        Home::Us => fig(0.265, der("ECEC26", t!("March 2026"), t!("firms of 1–49 workers: benefits $9.68 − paid leave $2.34, ÷ wages $27.68"))),
        Home::Uk => {
            let pay = salary_usd * fte * Gbp.per_usd();
            let allowance = crate::model::num::clamp(uk_allowance_gbp, 0.0, UK_EMPLOYMENT_ALLOWANCE_GBP);
            let nic = (UK_NIC_RATE * (pay - UK_NIC_THRESHOLD_GBP)).max(0.0);
            let nic = (nic - allowance).max(0.0);
            let pension = if pay >= UK_PENSION_TRIGGER_GBP {
                UK_PENSION_RATE * (pay.min(UK_PENSION_UPPER_GBP) - UK_PENSION_LOWER_GBP).max(0.0)
            } else {
                0.0
            };
            let share = if pay > 0.0 { (nic + pension) / pay } else { 0.0 };
            fig(share, der("UKNIC25, UKEA25, UKAE25", "2025/26", t!("on the actual pay: employer NIC 15% above £5,000 a year, less what is left of the £10,500 Employment Allowance (per employer), plus the auto-enrolment pension, 3% of qualifying earnings between £6,240 and £50,270 (none below the £10,000 trigger)")))
        }
        Home::Ca => {
            let pay = salary_usd * fte * Cad.per_usd();
            let cpp = CA_CPP.0 * (pay.min(CA_CPP.2) - CA_CPP.1).max(0.0);
            let cpp2 = CA_CPP2.0 * (pay.min(CA_CPP2.1) - CA_CPP.2).max(0.0);
            let ei = CA_EI.0 * pay.min(CA_EI.1).max(0.0);
            let share = if pay > 0.0 { (cpp + cpp2 + ei) / pay } else { 0.0 };
            fig(share, src("CA25", "2025", t!("on the actual pay: CPP 5.95% from $3,500 to the $71,300 YMPE, CPP2 4% up to $81,200, EI 2.296% up to $65,700 insurable earnings")))
        }
        Home::De => fig(DE_SOCIAL + DE_U1 + DE_U2 + DE_ACCIDENT, der("DE25, BKKM25, ZFBKK25, DGUV09", "2025", t!("employer share of pension, unemployment, health, care, insolvency (21.1%) + U1 2.45% and U2 0.375% (the middle of two funds' 2025 general rates, 2.1–2.8% and 0.30–0.45%) + statutory accident insurance about 1% (assumption: the trade associations' average was 1.26% in 2008; office work pays less)"))),
        Home::Fr => {
            let smic = FR_SMIC_EUR / Eur.per_usd();
            let ratio = if salary_usd > 0.0 { 1.6 * smic / salary_usd - 1.0 } else { 0.0 };
            let reduction = crate::model::num::clamp(FR_RG_T / 0.6 * ratio, 0.0, FR_RG_T);
            fig((FR_RATE - reduction).max(0.0), der("FR-OECD25, FRRG25", "2024, 2025", t!("employer contributions 27% of labour cost ≈ 37% of gross, less the general reduction on pay under 1.6 × the SMIC: (0.3194 ÷ 0.6) × (1.6 × SMIC ÷ pay − 1), the same for part-time pay")))
        }
        Home::Nl => fig(NL_PREMIUMS + NL_HOLIDAY_ALLOWANCE * (1.0 + NL_PREMIUMS), der("NL23, WML, CBS19UL", "2023, 2025", t!("employer insurance premiums 17.2% + the statutory 8% holiday allowance (vakantiegeld), which the CBS hourly wages leave out, with its premiums"))),
        Home::Au => fig(0.12, src("AU-SG25", "2025-26", t!("superannuation guarantee; payroll tax not included"))),
        Home::Other => fig(0.25, der("SBA19", "2019", t!("lower end of the SBA's 1.25–1.4× rule of thumb (assumption for an unnamed country)"))),
    }
}
