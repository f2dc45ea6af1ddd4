//! The pure model: no yew, web-sys, gloo or js-sys. Tested on the host.
#![forbid(unsafe_code)]

pub mod cost;
pub mod data;
pub mod parse;
pub mod regions;
pub mod scenario;
pub mod spreads;

pub use cost::{compare, compare_regions, compare_regions_in, Comparison, RateClass};
pub use regions::{Home, Region, Task};
pub use scenario::{Field, Inputs, ProviderKind, Scenario};
pub mod catalogue;
pub mod checklist;
pub mod choices;
pub mod export;
pub mod first;
pub mod form;
pub mod i18n;
pub mod law;
pub mod num;
pub mod numbers;
pub mod outcomes;
pub mod page;
pub mod query;
pub mod saving;
mod sources;
pub mod start;
pub mod text;
pub mod theme;
pub mod verdict;
