//! Numbers and amounts as the page's language writes them: the conventions
//! of en-US, de-DE, fr-FR and nl-NL in the Unicode CLDR, which is what a
//! browser's `Intl.NumberFormat` writes for those locales ("$43,750",
//! "43.750 €", "43 750 €", "€ 43.750").
//!
//! Written in Rust rather than asked of the browser's Intl: the first
//! `Intl.NumberFormat` of a page loads the locale's data, about 50 ms of CPU
//! on a laptop and 200 ms on a phone, in one task that cannot be split. And
//! the numbers now follow the page's language, as its words do, rather than
//! the browser's locale: a German page writes "1.234,50" on an English
//! browser too, and the decimal separator a field expects is the one its
//! help text shows.

use super::data::Currency;
use super::i18n::Lang;

/// The decimal separator of the page's language; settles "1.234" and "1,234".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decimal {
    Point,
    Comma,
}

/// How the caller writes money and plain numbers.
pub trait Fmt {
    /// Whole currency units, e.g. "$43,750".
    fn money(&self, v: f64) -> String;
    /// With cents, e.g. "$31.20".
    fn cents(&self, v: f64) -> String;
    /// A plain number with at most `digits` decimals, e.g. "1,856" or "0.75".
    fn number(&self, v: f64, digits: u32) -> String;
    /// A percentage (`v` in percent) with at most `digits` decimals and the
    /// language's percent sign: "23.5%", "23,5 %". The one percent rule.
    fn percent(&self, v: f64, digits: u32) -> String;
}

/// A number with thousands commas and at most 2 decimals, for messages and exports.
pub fn plain(v: f64) -> String {
    let rounded = (v * 100.0).round() / 100.0;
    let neg = rounded < 0.0;
    let abs = rounded.abs();
    let int = abs.trunc() as u64;
    let frac = ((abs - abs.trunc()) * 100.0).round() as u64;
    let digits = int.to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    if frac > 0 {
        let f = format!("{frac:02}");
        out.push('.');
        out.push_str(f.trim_end_matches('0'));
    }
    if neg {
        format!("-{out}")
    } else {
        out
    }
}

/// The no-break space between an amount and its currency.
const NBSP: char = '\u{A0}';

/// How one language writes numbers, and amounts of one currency.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Local {
    pub lang: Lang,
    pub currency: Currency,
}

/// Where a language puts the currency symbol and the minus sign.
enum Pattern {
    /// "-$43,750"; a symbol ending in a letter gets a space: "PLN 43,750".
    SignSymbolNumber,
    /// "-43.750 €".
    SignNumberSymbol,
    /// "€ -43.750".
    SymbolSignNumber,
}

impl Local {
    pub fn new(lang: Lang, currency: Currency) -> Local {
        Local { lang, currency }
    }

    /// The decimal separator, which also settles how an ambiguous entry such
    /// as "1.234" is read.
    pub fn decimal(self) -> Decimal {
        match self.lang {
            Lang::En | Lang::Pseudo => Decimal::Point,
            Lang::De | Lang::Fr | Lang::Nl => Decimal::Comma,
        }
    }

    fn separators(self) -> (&'static str, char) {
        match self.lang {
            Lang::En | Lang::Pseudo => (",", '.'),
            Lang::De | Lang::Nl => (".", ','),
            // A narrow no-break space between groups of three.
            Lang::Fr => ("\u{202F}", ','),
        }
    }

    fn pattern(self) -> Pattern {
        match self.lang {
            Lang::En | Lang::Pseudo => Pattern::SignSymbolNumber,
            Lang::De | Lang::Fr => Pattern::SignNumberSymbol,
            Lang::Nl => Pattern::SymbolSignNumber,
        }
    }

    /// The currency's symbol in this language (CLDR's standard symbol: "CA$"
    /// in English, "$CA" in French, "C$" in Dutch).
    pub fn symbol(self) -> &'static str {
        use Currency::*;
        // en, de, fr, nl
        let [en, de, fr, nl] = match self.currency {
            Usd => ["$", "$", "$US", "US$"],
            Eur => ["€", "€", "€", "€"],
            Gbp => ["£", "£", "£GB", "£"],
            Cad => ["CA$", "CA$", "$CA", "C$"],
            Aud => ["A$", "AU$", "$AU", "AU$"],
            Nzd => ["NZ$", "NZ$", "$NZ", "NZ$"],
            Inr => ["₹", "₹", "₹", "₹"],
            Php => ["₱", "PHP", "PHP", "PHP"],
            Mxn => ["MX$", "MX$", "$MX", "MX$"],
            Brl => ["R$", "R$", "R$", "R$"],
            Pln => ["PLN", "PLN", "PLN", "PLN"],
            Zar => ["ZAR", "ZAR", "ZAR", "ZAR"],
        };
        match self.lang {
            Lang::En | Lang::Pseudo => en,
            Lang::De => de,
            Lang::Fr => fr,
            Lang::Nl => nl,
        }
    }

    /// `v` rounded half away from zero to `places` decimals (at most 4),
    /// grouped by thousands; trailing zeros dropped unless `keep_zeros`.
    /// Returns whether a minus sign is due (never for a value that rounds
    /// to zero) and the digits. Rounded as Intl rounds: from the shortest
    /// decimal that reads back as `v` ("1.005" rounds to "1.01", though the
    /// f64 nearest 1.005 is a little below it), on the digits, so any
    /// magnitude is exact.
    fn digits(self, v: f64, places: u32, keep_zeros: bool) -> (bool, String) {
        let places = places.min(4) as usize;
        let v = if v.is_finite() { v } else { 0.0 };
        let text = super::num::decimal(v.abs());
        let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
        let kept = frac.bytes().chain(std::iter::repeat(b'0')).take(places);
        let mut digits: Vec<u8> = int.bytes().chain(kept).map(|b| b - b'0').collect();
        if frac.as_bytes().get(places).is_some_and(|&d| d >= b'5') {
            // Round up: carry through the nines.
            let mut i = digits.len();
            loop {
                if i == 0 {
                    digits.insert(0, 1);
                    break;
                }
                i -= 1;
                if digits[i] == 9 {
                    digits[i] = 0;
                } else {
                    digits[i] += 1;
                    break;
                }
            }
        }
        let negative = v < 0.0 && digits.iter().any(|&d| d != 0);
        let (whole, fraction) = digits.split_at(digits.len() - places);
        let mut fraction = fraction;
        if !keep_zeros {
            while let [rest @ .., 0] = fraction {
                fraction = rest;
            }
        }
        let (group, point) = self.separators();
        let mut out = String::with_capacity(whole.len() * 2 + places + 1);
        for (i, d) in whole.iter().enumerate() {
            if i > 0 && (whole.len() - i) % 3 == 0 {
                out.push_str(group);
            }
            out.push(char::from(b'0' + d));
        }
        if !fraction.is_empty() {
            out.push(point);
            out.extend(fraction.iter().map(|d| char::from(b'0' + d)));
        }
        (negative, out)
    }

    fn amount(self, v: f64, places: u32) -> String {
        let (negative, number) = self.digits(v, places, true);
        let sign = if negative { "-" } else { "" };
        let symbol = self.symbol();
        match self.pattern() {
            Pattern::SignSymbolNumber => {
                let space = if symbol.ends_with(|c: char| c.is_alphabetic()) {
                    "\u{A0}"
                } else {
                    ""
                };
                format!("{sign}{symbol}{space}{number}")
            }
            Pattern::SignNumberSymbol => format!("{sign}{number}{NBSP}{symbol}"),
            Pattern::SymbolSignNumber => format!("{symbol}{NBSP}{sign}{number}"),
        }
    }
}

/// What follows a percentage in a language: CLDR puts a no-break space
/// before "%" in German ("23 %") and a narrow one in French ("23 %").
pub fn percent_sign(lang: Lang) -> &'static str {
    match lang {
        Lang::De => "\u{A0}%",
        Lang::Fr => "\u{202F}%",
        Lang::En | Lang::Nl | Lang::Pseudo => "%",
    }
}

/// A percentage as `lang` writes it: `value_pct` (23.4 for 23.4 %) rounded
/// half away from zero to `digits` decimals (at most 4), trailing zeros
/// dropped, never "-0"; no thousands grouping; the language's decimal
/// separator and percent sign: "23%", "23,5 %" in German, "23 %" in French.
pub fn percent(value_pct: f64, digits: usize, lang: Lang) -> String {
    let scale = 10f64.powi(digits.min(4) as i32);
    let r = (value_pct * scale).round() / scale;
    let text = super::num::decimal(if r == 0.0 { 0.0 } else { r });
    let text = match Local::new(lang, Currency::Usd).decimal() {
        Decimal::Point => text,
        Decimal::Comma => text.replace('.', ","),
    };
    format!("{text}{}", percent_sign(lang))
}

impl Fmt for Local {
    fn percent(&self, v: f64, digits: u32) -> String {
        percent(v, digits as usize, self.lang)
    }
    fn money(&self, v: f64) -> String {
        self.amount(v, 0)
    }
    fn cents(&self, v: f64) -> String {
        self.amount(v, 2)
    }
    fn number(&self, v: f64, digits: u32) -> String {
        let (negative, number) = self.digits(v, digits, false);
        if negative {
            format!("-{number}")
        } else {
            number
        }
    }
}

#[cfg(test)]
#[cfg(not(target_arch = "wasm32"))]
mod tests {
    use super::*;
    use crate::model::parse::parse_number;
    use proptest::prelude::*;

    #[test]
    fn one_percent_rule_for_every_language() {
        assert_eq!(percent(23.4, 0, Lang::En), "23%");
        assert_eq!(percent(-0.4, 0, Lang::En), "0%");
        assert_eq!(percent(23.46, 1, Lang::De), "23,5\u{A0}%");
        assert_eq!(percent(23.0, 1, Lang::Fr), "23\u{202F}%");
        assert_eq!(percent(1234.0, 0, Lang::Nl), "1234%");
    }

    fn at(lang: Lang, currency: Currency) -> Local {
        Local::new(lang, currency)
    }

    /// What Chromium's and Node's `Intl.NumberFormat` (ICU 74 to 77) write
    /// for en-US, de-DE, fr-FR and nl-NL: the same text, byte for byte.
    #[test]
    fn writes_what_intl_writes_for_each_language() {
        let cases: [(Lang, Currency, [&str; 4]); 9] = [
            (
                Lang::En,
                Currency::Usd,
                ["$43,750", "-$43,750", "$31.20", "$0"],
            ),
            (
                Lang::En,
                Currency::Pln,
                [
                    "PLN\u{a0}43,750",
                    "-PLN\u{a0}43,750",
                    "PLN\u{a0}31.20",
                    "PLN\u{a0}0",
                ],
            ),
            (
                Lang::En,
                Currency::Cad,
                ["CA$43,750", "-CA$43,750", "CA$31.20", "CA$0"],
            ),
            (
                Lang::De,
                Currency::Eur,
                [
                    "43.750\u{a0}€",
                    "-43.750\u{a0}€",
                    "31,20\u{a0}€",
                    "0\u{a0}€",
                ],
            ),
            (
                Lang::De,
                Currency::Aud,
                [
                    "43.750\u{a0}AU$",
                    "-43.750\u{a0}AU$",
                    "31,20\u{a0}AU$",
                    "0\u{a0}AU$",
                ],
            ),
            (
                Lang::Fr,
                Currency::Eur,
                [
                    "43\u{202f}750\u{a0}€",
                    "-43\u{202f}750\u{a0}€",
                    "31,20\u{a0}€",
                    "0\u{a0}€",
                ],
            ),
            (
                Lang::Fr,
                Currency::Usd,
                [
                    "43\u{202f}750\u{a0}$US",
                    "-43\u{202f}750\u{a0}$US",
                    "31,20\u{a0}$US",
                    "0\u{a0}$US",
                ],
            ),
            (
                Lang::Nl,
                Currency::Eur,
                [
                    "€\u{a0}43.750",
                    "€\u{a0}-43.750",
                    "€\u{a0}31,20",
                    "€\u{a0}0",
                ],
            ),
            (
                Lang::Nl,
                Currency::Usd,
                [
                    "US$\u{a0}43.750",
                    "US$\u{a0}-43.750",
                    "US$\u{a0}31,20",
                    "US$\u{a0}0",
                ],
            ),
        ];
        for (lang, currency, [whole, negative, cents, zero]) in cases {
            let f = at(lang, currency);
            assert_eq!(f.money(43_750.0), whole, "{lang:?} {currency:?}");
            assert_eq!(f.money(-43_750.0), negative, "{lang:?} {currency:?}");
            assert_eq!(f.cents(31.2), cents, "{lang:?} {currency:?}");
            assert_eq!(f.money(0.0), zero, "{lang:?} {currency:?}");
        }
        let n = |lang| at(lang, Currency::Usd).number(-1_234_567.891, 4);
        assert_eq!(n(Lang::En), "-1,234,567.891");
        assert_eq!(n(Lang::De), "-1.234.567,891");
        assert_eq!(n(Lang::Fr), "-1\u{202f}234\u{202f}567,891");
        assert_eq!(n(Lang::Nl), "-1.234.567,891");
        assert_eq!(at(Lang::De, Currency::Eur).number(0.5, 2), "0,5");
        assert_eq!(at(Lang::En, Currency::Eur).number(1234.0, 0), "1,234");
    }

    #[test]
    fn rounds_half_away_from_zero_and_never_writes_minus_zero() {
        let f = at(Lang::En, Currency::Usd);
        assert_eq!(f.money(2.5), "$3");
        assert_eq!(f.money(-2.5), "-$3");
        assert_eq!(f.money(-0.4), "$0");
        assert_eq!(f.cents(-0.004), "$0.00");
        assert_eq!(f.number(0.125, 2), "0.13");
        assert_eq!(f.number(1.0001, 2), "1");
        assert_eq!(f.number(f64::NAN, 2), "0");
        assert_eq!(f.money(f64::INFINITY), "$0");
        assert_eq!(f.cents(1_000_000.05), "$1,000,000.05");
        // Ties as Intl rounds them: on the shortest decimal, not the f64 below it.
        assert_eq!(f.cents(1.005), "$1.01");
        assert_eq!(f.number(0.145, 2), "0.15");
        assert_eq!(f.cents(9.995), "$10.00");
        assert_eq!(f.money(999_999.5), "$1,000,000");
        // Far beyond any amount here, still exact.
        assert_eq!(f.money(1e20), "$100,000,000,000,000,000,000");
        assert_eq!(f.number(1e-7, 4), "0");
    }

    fn lang() -> impl Strategy<Value = Lang> {
        prop::sample::select(vec![Lang::En, Lang::De, Lang::Fr, Lang::Nl])
    }

    proptest! {
        /// What the page writes, a reader can type back in the same
        /// language: the field reads the same value (fields take no
        /// negative numbers).
        #[test]
        fn numbers_read_back_in_their_own_language(lang in lang(), v in 0f64..1e9, digits in 0u32..=4) {
            let f = at(lang, Currency::Eur);
            let text = f.number(v, digits);
            let read = parse_number(&text, f.decimal()).expect("reads back").value;
            let scale = 10f64.powi(digits as i32);
            prop_assert!((read - (v * scale).round() / scale).abs() <= 1e-6 * v.abs().max(1.0), "{text} → {read}, from {v}");
        }

        #[test]
        fn amounts_keep_their_digits_in_every_language(lang in lang(), v in -1e9f64..1e9) {
            let f = at(lang, Currency::Usd);
            let digits = |s: String| s.chars().filter(char::is_ascii_digit).collect::<String>();
            let en = digits(at(Lang::En, Currency::Usd).cents(v));
            prop_assert_eq!(digits(f.cents(v)), en);
        }
    }
}
