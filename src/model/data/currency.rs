//! Display and input currencies and their exchange rates (TRRE).

use super::figure::{src, Provenance};
use crate::t;

/// Display and input currency. Rates: U.S. Treasury reporting rates of
/// exchange, 31 Dec 2025 (TRRE), units per USD.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Currency {
    Usd,
    Eur,
    Gbp,
    Cad,
    Aud,
    Nzd,
    Inr,
    Php,
    Mxn,
    Brl,
    Pln,
    Zar,
}

impl Currency {
    pub const ALL: [Currency; 12] = [
        Currency::Usd,
        Currency::Eur,
        Currency::Gbp,
        Currency::Cad,
        Currency::Aud,
        Currency::Nzd,
        Currency::Inr,
        Currency::Php,
        Currency::Mxn,
        Currency::Brl,
        Currency::Pln,
        Currency::Zar,
    ];

    /// ISO 4217 code (also the URL value, lower-cased).
    pub fn code(self) -> &'static str {
        match self {
            Currency::Usd => "USD",
            Currency::Eur => "EUR",
            Currency::Gbp => "GBP",
            Currency::Cad => "CAD",
            Currency::Aud => "AUD",
            Currency::Nzd => "NZD",
            Currency::Inr => "INR",
            Currency::Php => "PHP",
            Currency::Mxn => "MXN",
            Currency::Brl => "BRL",
            Currency::Pln => "PLN",
            Currency::Zar => "ZAR",
        }
    }

    /// Units of this currency per US dollar (TRRE, 31 Dec 2025).
    pub fn per_usd(self) -> f64 {
        match self {
            Currency::Usd => 1.0,
            Currency::Eur => 0.851,
            Currency::Gbp => 0.743,
            Currency::Cad => 1.369,
            Currency::Aud => 1.495,
            Currency::Nzd => 1.733,
            Currency::Inr => 89.854,
            Currency::Php => 58.911,
            Currency::Mxn => 17.956,
            Currency::Brl => 5.477,
            Currency::Pln => 3.59,
            Currency::Zar => 16.546,
        }
    }

    pub fn from_code(s: &str) -> Option<Currency> {
        Currency::ALL
            .into_iter()
            .find(|c| c.code().eq_ignore_ascii_case(s))
    }
}

pub const FX_SOURCE: Provenance = src(
    "TRRE",
    t!("31 Dec 2025"),
    t!("U.S. Treasury reporting rates of exchange, units per US dollar"),
);
