//! A default figure and where it comes from: sourced, derived or assumed.

/// How a default figure was obtained.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Basis {
    /// Published by the source named in `key`.
    Sourced,
    /// Computed here from sourced figures by the method in `note`.
    Derived,
    /// A labelled assumption; `note` gives the reasoning.
    Assumption,
}

/// Where a default figure comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Provenance {
    pub basis: Basis,
    /// Source key(s), e.g. "OEWS24"; empty for a pure assumption.
    pub key: &'static str,
    /// Year of the data (or publication), as the source gives it.
    pub year: &'static str,
    pub note: &'static str,
}

/// A default figure and where it comes from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Figure {
    pub value: f64,
    pub provenance: Provenance,
}

pub(super) const fn fig(value: f64, provenance: Provenance) -> Figure {
    Figure { value, provenance }
}

pub(super) const fn src(key: &'static str, year: &'static str, note: &'static str) -> Provenance {
    Provenance {
        basis: Basis::Sourced,
        key,
        year,
        note,
    }
}
pub(super) const fn der(key: &'static str, year: &'static str, note: &'static str) -> Provenance {
    Provenance {
        basis: Basis::Derived,
        key,
        year,
        note,
    }
}
pub(super) const fn asm(note: &'static str) -> Provenance {
    Provenance {
        basis: Basis::Assumption,
        key: "",
        year: "",
        note,
    }
}
