//! The schema versions of the key/value layout and the migration of older ones.

/// Version of the key/value layout. Bump it with a migration in `migrate`.
/// 1 → 2 (2026-11): `superv` → `supervision`, `onboardwk` → `rampweeks`,
/// `onboardh` → `briefhours`.
/// 2 → 3 (2026-11): new costs `selecthours` (finding and vetting a provider)
/// and `provramp` (the provider's ramp-up).
/// 3 → 4 (2026-12): new in-house cost `hirehours` (the owner's hours per hire).
pub const SCHEMA_VERSION: u32 = 4;

/// Fields added in schema 4, opened at 0 by what the app wrote before them.
const ADDED_IN_4: &[&str] = &["hirehours"];

/// Fields added in schema 3. A scenario the app wrote before them (it names
/// its schema) had no such cost, so it opens with 0 and keeps its numbers.
const ADDED_IN_3: &[&str] = &["selecthours", "provramp"];

/// Keys renamed in schema 2: (old, new).
const RENAMED_IN_2: &[(&str, &str)] = &[
    ("superv", "supervision"),
    ("onboardwk", "rampweeks"),
    ("onboardh", "briefhours"),
];

/// Rewrite the keys of an older schema into today's. Links without `s` are
/// hand-written and may use either generation of names, so they are migrated
/// as schema 1 (today's names pass through unchanged); `written` says the
/// app wrote the pairs (they carry `v` and `s`, as its links and saved state
/// always do): only those are given the costs a later schema added, at 0.
pub fn migrate(pairs: Vec<(String, String)>, from: u32, written: bool) -> Vec<(String, String)> {
    let mut pairs: Vec<(String, String)> = if from >= 2 {
        pairs
    } else {
        pairs
            .into_iter()
            .map(
                |(k, v)| match RENAMED_IN_2.iter().find(|(old, _)| *old == k) {
                    Some((_, new)) => (new.to_string(), v),
                    None => (k, v),
                },
            )
            .collect()
    };
    let added = [(3, ADDED_IN_3), (4, ADDED_IN_4)];
    for (schema, keys) in added {
        if written && from < schema {
            for key in keys {
                if !pairs.iter().any(|(k, _)| k == key) {
                    pairs.push((key.to_string(), "0".to_string()));
                }
            }
        }
    }
    pairs
}
