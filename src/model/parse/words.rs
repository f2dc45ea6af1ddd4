//! The unit words around a typed number ("/week", "pro Monat", "EUR",
//! "%"), read but not yet applied (see `convert`).

use super::units::{clip, Per, UnitError};
use crate::model::data::Currency;

/// One recognised word or mark.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tok {
    /// "k": thousands ("45k").
    Thousand,
    /// A currency named by its code or an unambiguous symbol.
    Cur(Currency),
    /// A bare "$": the page's dollar (or peso), else the US dollar.
    Dollar,
    /// A period noun: "hour", "Woche", "mois", "jaar". After a "per" word
    /// it says "per that period"; alone it counts ("3 months").
    Noun(Per),
    /// "per", "pro", "par", "a", "an", "im", "/": the next noun is a period.
    PerWord,
    /// A word that says "per period" by itself: "weekly", "monatlich", "p.a.".
    Per(Per),
    Percent,
    Fte,
    Plus,
    Minus,
}

use Per::{Day, Hour, Month, Week, Year};
use Tok::*;

/// The words, lower case (as `lower` writes them). The longest match wins.
const WORDS: &[(&str, Tok)] = &[
    ("k", Thousand),
    ("tsd", Thousand),
    ("tsd.", Thousand),
    ("+", Plus),
    ("-", Minus),
    // Currencies: codes, symbols, and how the page writes them in each language.
    ("usd", Cur(Currency::Usd)),
    ("us$", Cur(Currency::Usd)),
    ("$us", Cur(Currency::Usd)),
    ("$", Dollar),
    ("eur", Cur(Currency::Eur)),
    ("euro", Cur(Currency::Eur)),
    ("euros", Cur(Currency::Eur)),
    ("€", Cur(Currency::Eur)),
    ("gbp", Cur(Currency::Gbp)),
    ("£", Cur(Currency::Gbp)),
    ("£gb", Cur(Currency::Gbp)),
    ("cad", Cur(Currency::Cad)),
    ("ca$", Cur(Currency::Cad)),
    ("c$", Cur(Currency::Cad)),
    ("$ca", Cur(Currency::Cad)),
    ("aud", Cur(Currency::Aud)),
    ("a$", Cur(Currency::Aud)),
    ("au$", Cur(Currency::Aud)),
    ("$au", Cur(Currency::Aud)),
    ("nzd", Cur(Currency::Nzd)),
    ("nz$", Cur(Currency::Nzd)),
    ("$nz", Cur(Currency::Nzd)),
    ("inr", Cur(Currency::Inr)),
    ("₹", Cur(Currency::Inr)),
    ("rs", Cur(Currency::Inr)),
    ("rs.", Cur(Currency::Inr)),
    ("php", Cur(Currency::Php)),
    ("₱", Cur(Currency::Php)),
    ("mxn", Cur(Currency::Mxn)),
    ("mx$", Cur(Currency::Mxn)),
    ("$mx", Cur(Currency::Mxn)),
    ("brl", Cur(Currency::Brl)),
    ("r$", Cur(Currency::Brl)),
    ("pln", Cur(Currency::Pln)),
    ("zł", Cur(Currency::Pln)),
    ("zar", Cur(Currency::Zar)),
    // "per": English, German, French, Dutch.
    ("/", PerWord),
    ("per", PerWord),
    ("a", PerWord),
    ("an", PerWord),
    ("each", PerWord),
    ("every", PerWord),
    ("pro", PerWord),
    ("im", PerWord),
    ("je", PerWord),
    ("am", PerWord),
    ("die", PerWord),
    ("par", PerWord),
    ("de l'", PerWord),
    ("de l’", PerWord),
    ("à l'", PerWord),
    ("à l’", PerWord),
    // Hours.
    ("h", Noun(Hour)),
    ("hr", Noun(Hour)),
    ("hrs", Noun(Hour)),
    ("hour", Noun(Hour)),
    ("hours", Noun(Hour)),
    ("std", Noun(Hour)),
    ("std.", Noun(Hour)),
    ("stunde", Noun(Hour)),
    ("stunden", Noun(Hour)),
    ("heure", Noun(Hour)),
    ("heures", Noun(Hour)),
    ("u", Noun(Hour)),
    ("uur", Noun(Hour)),
    ("uren", Noun(Hour)),
    ("hourly", Per(Hour)),
    ("stündlich", Per(Hour)),
    ("horaire", Per(Hour)),
    // Days (refused: they need the days worked).
    ("d", Noun(Day)),
    ("day", Noun(Day)),
    ("days", Noun(Day)),
    ("tag", Noun(Day)),
    ("tage", Noun(Day)),
    ("jour", Noun(Day)),
    ("jours", Noun(Day)),
    ("dag", Noun(Day)),
    ("dagen", Noun(Day)),
    ("daily", Per(Day)),
    ("täglich", Per(Day)),
    ("quotidien", Per(Day)),
    ("dagelijks", Per(Day)),
    // Weeks.
    ("w", Noun(Week)),
    ("wk", Noun(Week)),
    ("wks", Noun(Week)),
    ("week", Noun(Week)),
    ("weeks", Noun(Week)),
    ("woche", Noun(Week)),
    ("wochen", Noun(Week)),
    ("semaine", Noun(Week)),
    ("semaines", Noun(Week)),
    ("weken", Noun(Week)),
    ("weekly", Per(Week)),
    ("wöchentlich", Per(Week)),
    ("hebdomadaire", Per(Week)),
    ("wekelijks", Per(Week)),
    // Months.
    ("mo", Noun(Month)),
    ("mos", Noun(Month)),
    ("mth", Noun(Month)),
    ("mths", Noun(Month)),
    ("month", Noun(Month)),
    ("months", Noun(Month)),
    ("monat", Noun(Month)),
    ("monate", Noun(Month)),
    ("monaten", Noun(Month)),
    ("mois", Noun(Month)),
    ("maand", Noun(Month)),
    ("maanden", Noun(Month)),
    ("mnd", Noun(Month)),
    ("monthly", Per(Month)),
    ("monatlich", Per(Month)),
    ("mensuel", Per(Month)),
    ("mensuelle", Per(Month)),
    ("maandelijks", Per(Month)),
    // Years.
    ("y", Noun(Year)),
    ("yr", Noun(Year)),
    ("yrs", Noun(Year)),
    ("year", Noun(Year)),
    ("years", Noun(Year)),
    ("jahr", Noun(Year)),
    ("jahre", Noun(Year)),
    ("jahren", Noun(Year)),
    ("ans", Noun(Year)),
    ("année", Noun(Year)),
    ("années", Noun(Year)),
    ("jaar", Noun(Year)),
    ("jaren", Noun(Year)),
    ("par an", Per(Year)),
    ("per annum", Per(Year)),
    ("p.a.", Per(Year)),
    ("p.a", Per(Year)),
    ("pa", Per(Year)),
    ("yearly", Per(Year)),
    ("annual", Per(Year)),
    ("annually", Per(Year)),
    ("jährlich", Per(Year)),
    ("annuel", Per(Year)),
    ("annuelle", Per(Year)),
    ("jaarlijks", Per(Year)),
    // Percent and full-time equivalents.
    ("%", Percent),
    ("percent", Percent),
    ("per cent", Percent),
    ("prozent", Percent),
    ("pour cent", Percent),
    ("pourcent", Percent),
    ("procent", Percent),
    ("pct", Percent),
    ("fte", Fte),
    ("vzä", Fte),
    ("etp", Fte),
];

/// Lower case without Unicode's tables (they would grow the wasm): ASCII
/// and the capitals of the words above. Keeps every byte offset.
fn lower(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'Ä' => 'ä',
            'Ö' => 'ö',
            'Ü' => 'ü',
            'É' => 'é',
            'È' => 'è',
            'À' => 'à',
            c => c.to_ascii_lowercase(),
        })
        .collect()
}

/// The tokens of `s`, each with the text it was written as.
fn tokens(s: &str) -> Result<Vec<(Tok, String)>, UnitError> {
    let low = lower(s);
    let mut out = Vec::new();
    let mut i = 0;
    while i < low.len() {
        let rest = &low[i..];
        let best = WORDS
            .iter()
            .filter(|(w, _)| {
                rest.starts_with(w) && {
                    // A word ending in a letter ends there: "h" is not "hx".
                    let ends_in_letter = w.ends_with(char::is_alphanumeric);
                    let next = rest[w.len()..].chars().next();
                    !(ends_in_letter && next.is_some_and(char::is_alphanumeric))
                }
            })
            .max_by_key(|(w, _)| w.len());
        let c = rest.chars().next().unwrap_or(' ');
        match best {
            Some((w, tok)) => {
                out.push((*tok, s[i..i + w.len()].to_string()));
                i += w.len();
            }
            None if c.is_whitespace() || c == '.' || c == ',' => i += c.len_utf8(),
            None => {
                let len = rest
                    .char_indices()
                    .skip(1)
                    .find(|&(_, c)| c.is_whitespace() || c == '/')
                    .map_or(rest.len(), |(j, _)| j);
                return Err(UnitError::Unknown(clip(&s[i..i + len])));
            }
        }
    }
    Ok(out)
}

/// A currency as written: a known one, or a bare "$".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Cur {
    Known(Currency),
    Dollar,
}

/// What is counted: hours, days, weeks, months, years; percent; FTE.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Qty {
    Time(Per),
    Percent,
    Fte,
}

/// The words around one number, each with the text it was written as.
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct Words {
    pub thousand: bool,
    pub negative: bool,
    pub currency: Option<(Cur, String)>,
    pub qty: Option<(Qty, String)>,
    pub per: Option<(Per, String)>,
}

impl Words {
    /// Read the text before (`pre`) and after (`post`) the number.
    pub(super) fn read(pre: &str, post: &str) -> Result<Words, UnitError> {
        let mut w = Words::default();
        let unknown = |word: &str| UnitError::Unknown(clip(word));
        let conflict = |first: &str, second: &str| UnitError::Conflict(clip(first), clip(second));
        // Before the number: a sign and a currency only ("-$5", "US$ 45").
        let mut signed = false;
        for (tok, text) in tokens(pre)? {
            match tok {
                Plus | Minus if !signed => {
                    signed = true;
                    w.negative = tok == Minus;
                }
                Cur(_) | Dollar => w.set_currency(tok, text)?,
                _ => return Err(unknown(&text)),
            }
        }
        let post = tokens(post)?;
        let mut i = 0;
        while i < post.len() {
            let (mut tok, text) = post[i].clone();
            i += 1;
            // French "1 an" (a year); "an" before a noun is English "an hour".
            if tok == PerWord
                && text.eq_ignore_ascii_case("an")
                && !matches!(post.get(i), Some((Noun(_), _)))
            {
                tok = Noun(Year);
            }
            match tok {
                Thousand if i == 1 => w.thousand = true,
                Cur(_) | Dollar => w.set_currency(tok, text)?,
                PerWord => match post.get(i) {
                    Some((Noun(p), noun)) => {
                        let sep = if text == "/" || text.ends_with(['\'', '’']) {
                            ""
                        } else {
                            " "
                        };
                        let both = format!("{text}{sep}{noun}");
                        i += 1;
                        if let Some((_, first)) = &w.per {
                            return Err(conflict(first, &both));
                        }
                        w.per = Some((*p, both));
                    }
                    _ => return Err(unknown(&text)),
                },
                Per(p) => {
                    if let Some((_, first)) = &w.per {
                        return Err(conflict(first, &text));
                    }
                    w.per = Some((p, text));
                }
                Noun(_) | Percent | Fte => {
                    let q = match tok {
                        Noun(p) => Qty::Time(p),
                        Percent => Qty::Percent,
                        _ => Qty::Fte,
                    };
                    if let Some((_, first)) = &w.qty {
                        return Err(conflict(first, &text));
                    }
                    w.qty = Some((q, text));
                }
                _ => return Err(unknown(&text)),
            }
        }
        Ok(w)
    }

    fn set_currency(&mut self, tok: Tok, text: String) -> Result<(), UnitError> {
        let cur = match tok {
            Cur(c) => Cur::Known(c),
            _ => Cur::Dollar,
        };
        match &self.currency {
            Some((c, _)) if *c == cur => Ok(()),
            Some((_, first)) => Err(UnitError::Conflict(clip(first), clip(&text))),
            None => {
                self.currency = Some((cur, text));
                Ok(())
            }
        }
    }
}
