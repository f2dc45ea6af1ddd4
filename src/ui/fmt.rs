//! Money and plain numbers in the page's language (see `model::numbers`,
//! which writes them without the browser's Intl), and the decimal separator
//! the fields expect.

use crate::model::data::Currency;
use crate::model::i18n::language;
use crate::model::numbers::Local;
use crate::model::parse::Decimal;
use crate::model::text::Fmt;
use wasm_bindgen::JsValue;

/// Formats amounts of one currency in the page's language.
#[derive(Clone, Debug, PartialEq)]
pub struct Money(Local);

impl Money {
    pub fn new(currency: Currency) -> Money {
        Money(Local::new(language(), currency))
    }

    /// Whole units, e.g. "$43,750".
    pub fn whole(&self, v: f64) -> String {
        self.0.money(v)
    }

    /// With cents, e.g. "$31.20".
    pub fn cents(&self, v: f64) -> String {
        self.0.cents(v)
    }
}

/// The model's sentences format money and numbers through this.
impl Fmt for Money {
    fn percent(&self, v: f64, digits: u32) -> String {
        self.0.percent(v, digits)
    }
    fn money(&self, v: f64) -> String {
        self.0.money(v)
    }
    fn cents(&self, v: f64) -> String {
        self.0.cents(v)
    }
    fn number(&self, v: f64, digits: u32) -> String {
        self.0.number(v, digits)
    }
}

/// A plain number with up to `digits` (at most 4) decimals in the page's language.
pub fn number(v: f64, digits: u32) -> String {
    Local::new(language(), Currency::Usd).number(v, digits)
}

/// A percentage (`v` in percent) with up to `digits` decimals and the page
/// language's percent sign: "23.5%", "23,5 %".
pub fn percent_of(v: f64, digits: u32) -> String {
    format!(
        "{}{}",
        number(v, digits),
        crate::model::numbers::percent_sign(language())
    )
}

/// The page language's decimal separator: how an ambiguous entry such as
/// "1.234" is read.
pub fn page_decimal() -> Decimal {
    Local::new(language(), Currency::Usd).decimal()
}
/// A moment as the page's language writes a date and time: in the
/// browser's own variant of it when it has one (day before month for
/// "en-GB" on an English page), else the language's default.
pub fn when(ms: f64) -> String {
    let lang = language().code();
    let locale = super::page::languages()
        .into_iter()
        .find(|l| {
            l.split('-')
                .next()
                .is_some_and(|p| p.eq_ignore_ascii_case(lang))
        })
        .unwrap_or_else(|| lang.to_string());
    js_sys::Date::new(&JsValue::from_f64(ms))
        .to_locale_string(&locale, &JsValue::UNDEFINED)
        .as_string()
        .unwrap_or_default()
}
