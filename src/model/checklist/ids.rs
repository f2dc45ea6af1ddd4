//! The checklist items' ids, and an item's place among them.

/// The items' ids alone, in `ITEMS` order: reading a link's answers needs
/// only these, so code that reads links (the headline's small wasm) does
/// not carry the questions' texts. A test keeps them equal.
#[rustfmt::skip]
pub const IDS: [&str; 27] = [
    "describe", "future", "brief", "done", "judge", "not-core", "not-facing", "saas", "workload",
    "not-everything", "goals", "procedures", "comms", "checkpoints", "deadlines", "results",
    "manager", "reputation", "trial", "specialists", "fair-rate", "fit", "culture", "local",
    "exit-clause", "ownership", "accountable",
];

pub fn index_of(id: &str) -> Option<usize> {
    IDS.iter().position(|i| *i == id)
}

/// [`index_of`] when compiled: the cost engine reads a few answers on every
/// resolve, and a search by text there was a third of an edit's host time.
/// An id that is not an item fails the build.
pub const fn item_index(id: &str) -> usize {
    let mut i = 0;
    while i < IDS.len() {
        let (a, b) = (IDS[i].as_bytes(), id.as_bytes());
        if a.len() == b.len() {
            let mut k = 0;
            while k < a.len() && a[k] == b[k] {
                k += 1;
            }
            if k == a.len() {
                return i;
            }
        }
        i += 1;
    }
    panic!("no checklist item with this id")
}
