//! One component per file.

pub mod breakdown_chart;
pub mod breakeven_chart;
pub mod checklist;
pub mod compare;
pub mod contractor_rule;
pub mod explain;
pub mod fair_band;
pub mod field_group;
pub mod fold;
pub mod lang_switch;
pub mod number_field;
pub mod region_table;
pub mod results;
pub mod season_chart;
pub mod select_field;
pub mod share;
pub mod tornado;
