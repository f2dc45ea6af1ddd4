//! outsource-check: keep a task in-house or outsource it? A browser-only calculator.

pub mod model;
#[cfg(all(target_arch = "wasm32", feature = "app"))]
pub mod ui;

/// The allocator on wasm: Talc in place of std's dlmalloc (about 1.5 KB gzip
/// smaller, and faster; measured in benches/history.md).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
