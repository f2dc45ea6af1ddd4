//! Money and number formatting through the browser's Intl, and the locale's
//! decimal separator.

use crate::model::data::Currency;
use crate::model::parse::Decimal;
use std::cell::RefCell;
use std::collections::HashMap;

use js_sys::{Array, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

/// Formats amounts of one currency for the user's locale.
#[derive(Clone, Debug)]
pub struct Money {
    whole: Intl::NumberFormat,
    cents: Intl::NumberFormat,
    /// Cache key of this currency's formatters (see [`formatted`]).
    id: u32,
}

thread_local! {
    /// Formatted strings by (formatter, value): a re-render mostly formats the
    /// same defaults again, and a call into Intl costs far more than a lookup.
    static FORMATTED: RefCell<HashMap<(u32, u64), String>> = RefCell::new(HashMap::new());
    /// The plain-number formatter, made once.
    static NUMBER: RefCell<Option<Intl::NumberFormat>> = const { RefCell::new(None) };
}

/// `nf` applied to `v` (finite, never "-0"), through the cache.
fn formatted(id: u32, nf: &Intl::NumberFormat, v: f64) -> String {
    let v = if v.is_finite() { v } else { 0.0 };
    let v = if v == 0.0 { 0.0 } else { v };
    let key = (id, v.to_bits());
    if let Some(s) = FORMATTED.with(|c| c.borrow().get(&key).cloned()) {
        return s;
    }
    let s = nf
        .format()
        .call1(&JsValue::NULL, &JsValue::from_f64(v))
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_default();
    FORMATTED.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() >= 4096 {
            c.clear();
        }
        c.insert(key, s.clone());
    });
    s
}

impl PartialEq for Money {
    fn eq(&self, other: &Self) -> bool {
        // One id per currency: the same currency formats the same.
        self.id == other.id
    }
}

fn number_format(options: &[(&str, JsValue)]) -> Intl::NumberFormat {
    let o = Object::new();
    for (k, v) in options {
        let _ = Reflect::set(&o, &JsValue::from_str(k), v);
    }
    Intl::NumberFormat::new(&Array::new(), &o)
}

impl Money {
    pub fn new(currency: Currency) -> Money {
        let base = |digits: u32| {
            number_format(&[
                ("style", "currency".into()),
                ("currency", currency.code().into()),
                ("maximumFractionDigits", digits.into()),
                ("minimumFractionDigits", digits.into()),
            ])
        };
        let index = Currency::ALL
            .iter()
            .position(|&c| c == currency)
            .unwrap_or(0);
        Money {
            whole: base(0),
            cents: base(2),
            id: 2 * index as u32,
        }
    }

    /// Whole units, e.g. "$43,750".
    pub fn whole(&self, v: f64) -> String {
        formatted(self.id, &self.whole, v.round())
    }

    /// With cents, e.g. "$31.20".
    pub fn cents(&self, v: f64) -> String {
        formatted(self.id + 1, &self.cents, v)
    }
}

/// The model's sentences format money and numbers through this.
impl crate::model::text::Fmt for Money {
    fn money(&self, v: f64) -> String {
        self.whole(v)
    }
    fn cents(&self, v: f64) -> String {
        Money::cents(self, v)
    }
    fn number(&self, v: f64, digits: u32) -> String {
        number(v, digits)
    }
}

/// A plain number with up to `digits` (at most 4) decimals in the user's locale.
pub fn number(v: f64, digits: u32) -> String {
    // One formatter for every precision: the value is rounded here and Intl
    // drops trailing zeros. Each Intl.NumberFormat costs milliseconds to make
    // (most of the first render's Intl time), so the page makes three in all.
    let digits = digits.min(4);
    let scale = 10f64.powi(digits as i32);
    let rounded = (v * scale).round() / scale;
    let nf = NUMBER.with(|n| {
        n.borrow_mut()
            .get_or_insert_with(|| number_format(&[("maximumFractionDigits", 4.into())]))
            .clone()
    });
    formatted(1000, &nf, if rounded.is_finite() { rounded } else { v })
}

/// The locale's decimal separator, read from how Intl writes 1.5.
pub fn locale_decimal() -> Decimal {
    if number(1.5, 1).contains(',') {
        Decimal::Comma
    } else {
        Decimal::Point
    }
}
