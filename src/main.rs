//! Entry point: mounts the app in the browser; on the host, prints the
//! default scenario's figures (handy for checking the engine by hand).

#[cfg(target_arch = "wasm32")]
fn main() {
    outsource_check::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use outsource_check::model::{compare, Inputs};
    let s = Inputs::default().resolve();
    let c = compare(&s);
    println!(
        "{:?} at home in {:?}, provider in {:?}, {} h/month, {} months ({})",
        s.task,
        s.home,
        s.region,
        s.hours_per_month,
        s.horizon_months,
        s.currency.code()
    );
    println!(
        "in-house total   {:>12.2}  per month {:>10.2}  per delivered hour {:>8.2}",
        c.in_house.total, c.in_house.per_month, c.in_house.per_delivered_hour
    );
    println!(
        "outsourced total {:>12.2}  per month {:>10.2}  per delivered hour {:>8.2}",
        c.outsourced.total, c.outsourced.per_month, c.outsourced.per_delivered_hour
    );
    println!(
        "saving {:.2} ({:.1}%), break-even {:?} h/month, crossing month {:?}, rate {:.2}/h ({:?})",
        c.saving,
        c.saving_share * 100.0,
        c.break_even_hours,
        c.crossing_month,
        s.rate_per_hour,
        c.fair.class
    );
}
