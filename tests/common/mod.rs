//! Helpers shared by the host test files (each includes it with `mod common;`).
#![allow(dead_code)]

use outsource_check::model::checklist::{Answer, ITEMS};
use outsource_check::model::scenario::{Field, Inputs, ProviderKind, Unit};
use outsource_check::model::{Home, Region, Task};
use proptest::prelude::*;

/// Equal up to rounding noise.
pub fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * (1.0 + a.abs().max(b.abs()))
}

/// Any task, home, region and provider kind, each field blank or a valid
/// value (to the cent, biased to everyday sizes), any checklist answers.
/// Every count comes from the enum's `ALL` and from `ITEMS`.
pub fn arb_inputs() -> impl Strategy<Value = Inputs> {
    (
        0..Task::ALL.len(),
        0..Home::ALL.len(),
        0..Region::ALL.len(),
        0..ProviderKind::ALL.len(),
        prop::collection::vec(prop::option::of(0.0f64..1.0), Field::ALL.len()),
        prop::collection::vec(0..Answer::ALL.len(), ITEMS.len()),
    )
        .prop_map(|(t, h, r, p, fracs, answers)| {
            let mut i = Inputs::new(Task::ALL[t], Home::ALL[h], Region::ALL[r]);
            i.provider = ProviderKind::ALL[p];
            // Software only where it is offered: a task with a common tool.
            if !i.provider.offered_for(i.task) {
                i.task = [Task::Bookkeeping, Task::SocialMedia, Task::CustomerSupport][t % 3];
            }
            // Money ranges scale with the exchange rate: set it first.
            let cube = |f: Field, x: f64, fx: f64| {
                let (min, max) = f.spec().range(fx);
                let v = min + (max - min) * x * x * x;
                let v = if f.spec().unit == Unit::Months {
                    v.round()
                } else {
                    (v * 100.0).round() / 100.0
                };
                outsource_check::model::num::clamp(v, min, max)
            };
            let fx = fracs[Field::Fx as usize].map(|x| cube(Field::Fx, x, 1.0));
            i.set(Field::Fx, fx);
            let fx = i.fx();
            for (f, frac) in Field::ALL.iter().zip(fracs) {
                if *f != Field::Fx {
                    i.set(*f, frac.map(|x| cube(*f, x, fx)));
                }
            }
            for (n, a) in answers.into_iter().enumerate() {
                i.answers.0[n] = Answer::ALL[a];
            }
            i
        })
}

/// The same inputs with a steady workload: no busy months, no growth (the
/// season's fields blank).
pub fn steady(mut i: Inputs) -> Inputs {
    for f in [
        Field::Peak,
        Field::PeakMonths,
        Field::Growth,
        Field::Overtime,
    ] {
        i.set(f, None);
    }
    i
}
