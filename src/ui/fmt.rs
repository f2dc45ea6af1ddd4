//! Money and number formatting through the browser's Intl, and the locale's
//! decimal separator.

use crate::model::data::Currency;
use crate::model::parse::Decimal;
use js_sys::{Array, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

/// Formats amounts of one currency for the user's locale.
#[derive(Clone, Debug)]
pub struct Money {
    whole: Intl::NumberFormat,
    cents: Intl::NumberFormat,
}

impl PartialEq for Money {
    fn eq(&self, _: &Self) -> bool {
        // Rebuilt only when the currency changes; equal for props purposes.
        true
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
        Money {
            whole: base(0),
            cents: base(2),
        }
    }

    fn call(nf: &Intl::NumberFormat, v: f64) -> String {
        // Never show NaN/Infinity, nor "-0".
        let v = if v.is_finite() { v } else { 0.0 };
        let v = if v == 0.0 { 0.0 } else { v };
        nf.format()
            .call1(&JsValue::NULL, &JsValue::from_f64(v))
            .ok()
            .and_then(|s| s.as_string())
            .unwrap_or_default()
    }

    /// Whole units, e.g. "$43,750".
    pub fn whole(&self, v: f64) -> String {
        Money::call(&self.whole, v.round())
    }

    /// With cents, e.g. "$31.20".
    pub fn cents(&self, v: f64) -> String {
        Money::call(&self.cents, v)
    }
}

/// A plain number with up to `digits` decimals in the user's locale.
pub fn number(v: f64, digits: u32) -> String {
    let nf = number_format(&[("maximumFractionDigits", digits.into())]);
    let v = if v.is_finite() { v } else { 0.0 };
    nf.format()
        .call1(&JsValue::NULL, &JsValue::from_f64(v))
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_default()
}

/// The locale's decimal separator, read from how Intl writes 1.5.
pub fn locale_decimal() -> Decimal {
    if number(1.5, 1).contains(',') {
        Decimal::Comma
    } else {
        Decimal::Point
    }
}
