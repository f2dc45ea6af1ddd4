//! Host benchmark of the pure engine: what one edit costs the page.
//! Run by `scripts/bench.sh` (`cargo bench --bench engine`); figures go in BENCHMARKS.md.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    divan::main();
}

#[cfg(not(target_arch = "wasm32"))]
mod engine {
    use outsource_check::model::checklist::{assess, Answer, Answers, ITEMS};
    use outsource_check::model::outcomes::outcomes;
    use outsource_check::model::{
        compare, compare_regions, compare_regions_in, Field, Inputs, Region,
    };

    /// A scenario with a few overrides, as after some typing.
    fn edited() -> Inputs {
        let mut i = Inputs::default();
        i.set(Field::Hours, Some(120.0));
        i.set(Field::Rate, Some(41.5));
        i
    }

    /// Everything the page recomputes after one edit: resolve the inputs, compare
    /// the two options, cost the task in every region, the range of outcomes,
    /// score the checklist.
    #[divan::bench]
    fn full_update(b: divan::Bencher) {
        let inputs = edited();
        let mut answers = Answers::default();
        for (n, item) in ITEMS.iter().enumerate() {
            answers.set(
                item.id,
                if n % 3 == 0 {
                    Answer::Partly
                } else {
                    Answer::Yes
                },
            );
        }
        b.bench(|| {
            let i = divan::black_box(&inputs);
            let c = compare(&i.resolve());
            let rows = compare_regions(i);
            let range = outcomes(i);
            let r = assess(divan::black_box(&answers));
            (c.saving, rows.len(), range.low, r.score.unwrap_or(0.0))
        });
    }

    /// Resolve and compare only (the results card).
    #[divan::bench]
    fn compare_only(b: divan::Bencher) {
        let inputs = edited();
        b.bench(|| compare(&divan::black_box(&inputs).resolve()).saving);
    }

    /// The region table alone, over 1 to 36 regions (the 9 real ones, repeated),
    /// to show how the cost grows with the number of regions.
    #[divan::bench(args = [1, 3, 9, 18, 36])]
    fn regions(b: divan::Bencher, n: usize) {
        let inputs = edited();
        let list: Vec<Region> = Region::ALL.iter().copied().cycle().take(n).collect();
        b.bench(|| compare_regions_in(divan::black_box(&inputs), &list).len());
    }
}
