//! Salaries and employer on-costs by task and home country, and the home's currency.

use super::currency::Currency;
use super::figure::{asm, der, fig, src, Figure, Provenance};
use crate::model::regions::{Home, Task};
use crate::t;
use Currency::{Eur, Gbp};

/// Sourced median annual salaries in USD (Treasury FX of 31 Dec 2025, TRRE).
/// Order of `Task::ALL` without Custom.
#[rustfmt::skip]
const US_SAL: [f64; 9] = [
    90930.0, 61300.0, 69780.0, 76950.0, 72270.0, 49210.0, 42830.0, 46290.0, 60340.0,
];
#[rustfmt::skip]
const UK_SAL: [Option<f64>; 9] = [Some(73579.0), Some(42673.0), Some(49744.0), Some(42385.0), Some(48603.0), Some(40400.0), Some(35929.0), Some(37079.0), Some(44393.0)];
#[rustfmt::skip]
const CA_SAL: [Option<f64>; 9] = [Some(66472.0), Some(45581.0), Some(50503.0), Some(50503.0), Some(54788.0), Some(40901.0), Some(32863.0), Some(37984.0), Some(45976.0)];
#[rustfmt::skip]
const AU_SAL: [Option<f64>; 9] = [Some(88243.0), Some(64348.0), Some(71165.0), Some(68070.0), Some(59896.0), Some(48696.0), Some(49183.0), Some(50017.0), Some(58678.0)];
/// Germany: web developers only (BAEA24).
#[rustfmt::skip]
const DE_SAL: [Option<f64>; 9] = [Some(68052.0), None, None, None, None, None, None, None, None];
/// Netherlands (CBS22 / ESB24).
#[rustfmt::skip]
const NL_SAL: [Option<f64>; 9] = [Some(74303.0), Some(54505.0), Some(68926.0), Some(68926.0), None, None, Some(42040.0), None, Some(56705.0)];

fn task_index(task: Task) -> Option<usize> {
    Task::ALL.iter().position(|t| *t == task).filter(|i| *i < 9)
}

/// The sourced median salary (USD) of task `i` at home, if a source gives one.
fn sourced_salary(home: Home, i: usize) -> Option<f64> {
    match home {
        Home::Us => US_SAL.get(i).copied(),
        Home::Uk => UK_SAL[i],
        Home::Ca => CA_SAL[i],
        Home::Au => AU_SAL[i],
        Home::De => DE_SAL[i],
        Home::Nl => NL_SAL[i],
        Home::Fr | Home::Other => None,
    }
}

/// The all-occupation full-time median salary (USD) with its source.
#[rustfmt::skip]
fn all_occupations(home: Home) -> Figure {
    match home {
        Home::Us => fig(49500.0, src("OEWS24", t!("May 2024"), t!("all-occupations median"))),
        Home::Uk => fig(37430.0 / Gbp.per_usd(), src("ASHE24", "2024", t!("all full-time employees median £37,430"))),
        Home::De => fig(4013.0 * 12.0 / Eur.per_usd(), src("BAEA24", "2024", t!("all-occupations median €4,013/month × 12"))),
        Home::Nl => fig(22.2 * 2080.0 / Eur.per_usd(), src("CBS22", "2022", t!("all employees median €22.20/h × 2,080 h"))),
        Home::Fr => fig(34596.0 / Eur.per_usd(), der("INSEE23", "2023", t!("private-sector full-time median €2,183 net a month × the gross/net ratio of the means (3,613/2,735) × 12 = €34,596"))),
        Home::Ca | Home::Au => fig(49500.0 * salary_index(home), der("OEWS24", t!("May 2024"), t!("no all-occupations median found here: the US one × the mean ratio of this country's sourced medians to the US ones"))),
        Home::Other => fig(49500.0 * 0.5, asm(t!("half the US all-occupations median (OEWS24) for a country not in the list"))),
    }
}

/// Mean ratio of a country's sourced medians to the US ones, task by task.
fn salary_index(home: Home) -> f64 {
    let ratios: Vec<f64> = US_SAL
        .iter()
        .enumerate()
        .filter_map(|(i, us)| sourced_salary(home, i).map(|v| v / us))
        .collect();
    ratios.iter().sum::<f64>() / ratios.len().max(1) as f64
}

/// Task `i`'s median pay relative to the all-occupation median in the UK
/// (ASHE24): a European pay structure for homes without an occupational source.
fn uk_relative_pay(i: usize) -> Option<f64> {
    UK_SAL[i].map(|v| v / all_occupations(Home::Uk).value)
}

#[rustfmt::skip]
fn salary_source(home: Home) -> Provenance {
    match home {
        Home::Us => src("OEWS24", t!("May 2024"), t!("BLS median annual wage of the matching occupation")),
        Home::Uk => src("ASHE24", "2024", t!("ONS median full-time gross pay, converted at TRRE 31 Dec 2025")),
        Home::Ca => src("JB24", "2024", t!("Job Bank median hourly wage × 2,080 h, converted at TRRE 31 Dec 2025")),
        Home::Au => src("JSA26", "2026", t!("JSA median weekly earnings × 52, converted at TRRE 31 Dec 2025")),
        Home::De => src("BAEA24", "2024", t!("Entgeltatlas median monthly pay × 12, converted at TRRE 31 Dec 2025")),
        Home::Nl => src("CBS22, ESB24", "2022", t!("CBS median hourly wage × 2,080 h, converted at TRRE 31 Dec 2025")),
        Home::Fr | Home::Other => asm(t!("no salary source")),
    }
}

/// Default full-time annual salary (USD) for a task at home, with provenance.
/// Sourced cells first. Germany, France and the Netherlands without an
/// occupational source: the country's all-occupation median × the task's
/// relative pay in the UK (ASHE24). Other unsourced cells: the US median ×
/// half (an unnamed country). Custom task: the all-occupation median.
pub fn salary(task: Task, home: Home) -> Figure {
    let Some(i) = task_index(task) else {
        return all_occupations(home);
    };
    if let Some(v) = sourced_salary(home, i) {
        return fig(v, salary_source(home));
    }
    let all = all_occupations(home);
    match (home, uk_relative_pay(i)) {
        (Home::De | Home::Fr | Home::Nl, Some(ratio)) => fig(
            all.value * ratio,
            der(
                all.provenance.key,
                all.provenance.year,
                t!("no occupational source here: the all-occupations median × this task's pay relative to the all-occupations median in the UK (ASHE24)"),
            ),
        ),
        _ => fig(
            US_SAL[i] * 0.5,
            der("OEWS24", t!("May 2024"), t!("US median × 0.5 for a country not in the list (assumption)")),
        ),
    }
}

/// Default currency per home country.
pub fn home_currency(home: Home) -> Currency {
    match home {
        Home::Us | Home::Other => Currency::Usd,
        Home::Ca => Currency::Cad,
        Home::Uk => Currency::Gbp,
        Home::De | Home::Fr | Home::Nl => Currency::Eur,
        Home::Au => Currency::Aud,
    }
}
