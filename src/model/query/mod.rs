//! Scenario ⇄ URL parameters and saved state (flat key/value), versioned,
//! with the migrations of older schemas.
//!
//! One codec serves links, localStorage and JSON import/export (`export`): a list of
//! `(key, value)` pairs. Hand-written links may carry any subset; the app's own
//! carry every input (resolved, so a later change to the default figures does
//! not change a shared scenario's numbers), the data version `v` and the
//! schema version `s`.

mod codec;
mod decode;
mod encode;
mod migrate;

pub use codec::{clip, join_query, split_query, url_decode, url_encode};
pub use decode::{decode, decode_choices, is_choice_key, is_known_key, Decoded, Notice, PAGE_KEYS};
pub use encode::{encode, encode_choices, encode_short, number_text};
pub use migrate::{migrate, SCHEMA_VERSION};
