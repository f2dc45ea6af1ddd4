//! Helpers shared by the host test files (each includes it with `mod common;`).
#![allow(dead_code)]

use outsource_check::model::scenario::{Field, Inputs, ProviderKind};
use outsource_check::model::{Home, Region, Task};
use proptest::prelude::*;

/// Equal up to rounding noise.
pub fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * (1.0 + a.abs().max(b.abs()))
}

/// Any task, home, region and provider kind, each field blank or a valid value.
pub fn arb_inputs() -> impl Strategy<Value = Inputs> {
    (
        0..Task::ALL.len(),
        0..Home::ALL.len(),
        0..Region::ALL.len(),
        any::<bool>(),
        prop::collection::vec(prop::option::of(0.0f64..1.0), Field::ALL.len()),
    )
        .prop_map(|(t, h, r, agency, fracs)| {
            let mut i = Inputs::new(Task::ALL[t], Home::ALL[h], Region::ALL[r]);
            if agency {
                i.provider = ProviderKind::Agency;
            }
            for (f, frac) in Field::ALL.iter().zip(fracs) {
                let spec = f.spec();
                // Valid values across the field's range, biased to everyday sizes.
                let v = frac.map(|x| spec.min + (spec.max - spec.min) * x * x * x);
                let v = if *f == Field::Horizon {
                    v.map(f64::round)
                } else {
                    v
                };
                i.set(*f, v);
            }
            i
        })
}
