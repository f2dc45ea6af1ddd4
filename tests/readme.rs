//! Keeps the README true: its tables are generated from the model and must match.
#![cfg(not(target_arch = "wasm32"))]

use outsource_check::model::data::{rate_cell, Basis};
use outsource_check::model::scenario::Field;
use outsource_check::model::{Region, Task};

fn rate_table() -> String {
    let mut out = String::from("| Task \\ region |");
    for r in Region::ALL {
        out.push_str(&format!(" {} |", r.label()));
    }
    out.push_str("\n|---|");
    out.push_str(&"---|".repeat(Region::ALL.len()));
    for t in Task::ALL {
        out.push_str(&format!("\n| {} |", t.label()));
        for r in Region::ALL {
            let c = rate_cell(t, r);
            match c.provenance.basis {
                Basis::Sourced => {
                    out.push_str(&format!(" **{:.0}** {} |", c.typical, c.provenance.key))
                }
                _ if !c.provenance.key.is_empty() => {
                    out.push_str(&format!(" {:.0} d, from {} |", c.typical, c.provenance.key))
                }
                _ => out.push_str(&format!(" {:.0} d |", c.typical)),
            }
        }
    }
    out
}

fn param_table() -> String {
    let mut out = String::from("| Parameter | Field | Accepted |\n|---|---|---|");
    for f in Field::ALL {
        let s = f.spec();
        out.push_str(&format!(
            "\n| `{}` | {} | {} – {} |",
            s.key, s.label, s.min, s.max
        ));
    }
    out
}

/// The default scenario's headline figures, as the README states them.
fn default_table() -> String {
    use outsource_check::model::outcomes::outcomes;
    use outsource_check::model::text::{Fmt, Plain};
    use outsource_check::model::verdict::percent;
    use outsource_check::model::{compare, Inputs};
    let f = Plain("$");
    let i = Inputs::default();
    let c = compare(&i.resolve());
    let o = outcomes(&i);
    let opt = |v: Option<f64>, t: &dyn Fn(f64) -> String| v.map(t).unwrap_or_else(|| "none".into());
    let rows = [
        (
            "In-house total (`total-in-house`)",
            f.money(c.in_house.total),
        ),
        (
            "Outsourced total (`total-outsourced`)",
            f.money(c.outsourced.total),
        ),
        (
            "Saving (`saving`, `saving-pct`)",
            format!("{} ({})", f.money(c.saving), percent(c.saving_share, &f)),
        ),
        (
            "Range of the saving (`saving-low`, `saving-high`)",
            format!("{} to {}", f.money(o.low), f.money(o.high)),
        ),
        (
            "FTE costed / needed (`fte-costed`, `fte-needed`)",
            format!("{} / {}", f.number(c.fte, 2), f.number(c.fte_needed, 2)),
        ),
        (
            "Idle paid hours and their cost (`idle-hours`, `idle-cost`)",
            format!(
                "{} h/month, {}",
                f.number(c.idle_hours_per_month, 0),
                f.money(c.idle_cost)
            ),
        ),
        (
            "Break-even workload, FTE held (`break-even-hours`)",
            opt(c.break_even_hours, &|h| {
                format!("{} h/month", f.number(h, 0))
            }),
        ),
        (
            "Tipping rate (`tip-rate`)",
            opt(c.tips.rate, &|v| format!("{}/h", f.cents(v))),
        ),
        (
            "Tipping management hours (`tip-mgmt`)",
            opt(c.tips.mgmt, &|v| format!("{} h/week", f.number(v, 1))),
        ),
        (
            "Tipping rework (`tip-rework`)",
            opt(c.tips.rework, &|v| format!("{}%", f.number(v, 1))),
        ),
    ];
    let mut out = String::from("| Default scenario | |\n|---|---|");
    for (k, v) in rows {
        out.push_str(&format!("\n| {k} | {v} |"));
    }
    out
}

#[track_caller]
fn readme_contains(name: &str, table: &str) {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    assert!(
        readme.contains(table),
        "README is missing the current {name} table; replace it with:\n\n{table}\n"
    );
}

#[test]
fn readme_rate_table_matches_the_model() {
    readme_contains("rate", &rate_table());
}

#[test]
fn readme_default_scenario_matches_the_model() {
    readme_contains("default scenario", &default_table());
}

#[test]
fn readme_field_table_matches_the_model() {
    readme_contains("field", &param_table());
}

#[test]
fn readme_holds_no_pasted_test_output() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    for junk in ["test result:", "\nfailures:", "panicked at"] {
        assert!(
            !readme.contains(junk),
            "README contains pasted test output ({junk:?})"
        );
    }
}

/// The loading shell in index.html shows the app's own header, word for word,
/// so the page does not change under the reader when the app mounts.
#[test]
fn loading_shell_matches_the_app_header() {
    let read =
        |p: &str| std::fs::read_to_string(format!("{}/{p}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let (shell, app) = (read("index.html"), read("src/ui/app.rs"));
    for text in [
        "Outsource it or keep it in-house?",
        "The full cost of both options, a fair rate for the region, and the break-even point. Everything stays in your browser.",
    ] {
        assert!(shell.contains(text), "index.html shell lacks {text:?}");
        assert!(app.contains(text), "the app's header lacks {text:?}");
    }
}
