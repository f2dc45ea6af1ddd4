//! outsource-check: keep a task in-house or outsource it? A browser-only calculator.

pub mod model;
#[cfg(target_arch = "wasm32")]
pub mod ui;
