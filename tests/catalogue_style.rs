#![cfg(not(target_arch = "wasm32"))]
//! The catalogues' style, checked: one form of address per language, the
//! language's own quotation marks, French spacing before `; : ? !`, a
//! no-break space before a percent sign in German and French, and no English
//! word left in a translation. `i18n/GLOSSARY.md` holds the terms.

use std::fs;

/// A catalogue's (key, value) pairs, in file order.
fn catalogue(code: &str) -> Vec<(String, String)> {
    let path = format!("i18n/{code}.json");
    let text = fs::read_to_string(&path).unwrap_or_else(|_| panic!("{path} is missing"));
    let v: serde_json::Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
    v.as_object()
        .unwrap_or_else(|| panic!("{path}: not an object"))
        .iter()
        .map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_string()))
        .collect()
}

/// `s` with every `{placeholder}` replaced by a space.
fn without_placeholders(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut depth = 0;
    for c in s.chars() {
        match c {
            '{' => depth += 1,
            '}' if depth > 0 => {
                depth -= 1;
                out.push(' ');
            }
            _ if depth > 0 => {}
            c => out.push(c),
        }
    }
    out
}

/// The words of `s` (letters, digits and apostrophes inside a word),
/// lower-cased. Codes and acronyms written in capitals (IT, SEO, FTE,
/// GANS04) are names, not words, and are left out.
fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .map(|w| w.trim_matches(|c| c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .filter(|w| w.chars().count() < 2 || w.chars().any(char::is_lowercase))
        .map(str::to_lowercase)
        .collect()
}

/// Fails listing every (key, offending word) found by `bad` in `code`'s values.
fn check_words(code: &str, what: &str, bad: impl Fn(&str) -> bool) {
    let mut found = Vec::new();
    for (k, v) in catalogue(code) {
        for w in words(&without_kept(&without_placeholders(&v))) {
            if bad(&w) {
                found.push(format!("{k:?}: {w:?}"));
            }
        }
    }
    assert!(found.is_empty(), "{code}: {what}:\n{}", found.join("\n"));
}

#[test]
fn each_language_keeps_one_form_of_address() {
    check_words("de", "informal address (use Sie)", |w| {
        matches!(w, "du" | "dich" | "dir" | "euch" | "euer" | "eure")
            || (w.starts_with("dein") && w.len() <= 7)
    });
    check_words("fr", "informal address (use vous)", |w| {
        matches!(w, "tu" | "ton" | "ta" | "tes" | "toi")
    });
    check_words("nl", "informal address (use u)", |w| {
        matches!(w, "je" | "jij" | "jou" | "jouw" | "jullie")
    });
}

/// Quotation marks: each language's own, one style, no straight double quote.
#[test]
fn each_language_uses_its_own_quotation_marks() {
    let rules: [(&str, &[char], &[char]); 3] = [
        ("de", &['„', '“'], &['"', '”', '«', '»', '‘', '’', '‚']),
        ("fr", &['«', '»'], &['"', '„', '“', '”', '‘', '‚']),
        ("nl", &['“', '”'], &['"', '„', '«', '»', '‘', '‚']),
    ];
    for (code, own, foreign) in rules {
        for (k, v) in catalogue(code) {
            for c in v.chars() {
                assert!(
                    !foreign.contains(&c),
                    "{code}: {k:?} uses the quotation mark {c:?}; use {own:?}"
                );
            }
            // Opening and closing marks pair up.
            let open = v.chars().filter(|&c| c == own[0]).count();
            let close = v.chars().filter(|&c| c == own[1]).count();
            assert_eq!(open, close, "{code}: {k:?}: unpaired quotation marks");
        }
    }
    // French guillemets hold a narrow no-break space inside.
    for (k, v) in catalogue("fr") {
        let chars: Vec<char> = v.chars().collect();
        for (i, &c) in chars.iter().enumerate() {
            if c == '«' {
                let next = chars.get(i + 1).copied();
                assert!(
                    matches!(next, Some('\u{202F}' | '\u{A0}')),
                    "fr: {k:?}: « without a narrow no-break space after it"
                );
            }
            if c == '»' {
                let before = i.checked_sub(1).map(|j| chars[j]);
                assert!(
                    matches!(before, Some('\u{202F}' | '\u{A0}')),
                    "fr: {k:?}: » without a narrow no-break space before it"
                );
            }
        }
    }
}

/// Whether `chars[i]` sits in a URL or a time such as 9:00, or is part of "::".
fn exempt_punctuation(chars: &[char], i: usize) -> bool {
    let c = chars[i];
    let next = chars.get(i + 1).copied();
    let prev = i.checked_sub(1).map(|j| chars[j]);
    if c == ':' {
        if next == Some(':') || prev == Some(':') || next == Some('/') {
            return true;
        }
        if prev.is_some_and(|p| p.is_ascii_digit()) && next.is_some_and(|n| n.is_ascii_digit()) {
            return true;
        }
    }
    // Inside a URL: the word the sign belongs to holds "://" or "www.".
    let start = chars[..i]
        .iter()
        .rposition(|c| c.is_whitespace())
        .map_or(0, |p| p + 1);
    let word: String = chars[start..]
        .iter()
        .take_while(|c| !c.is_whitespace())
        .collect();
    word.contains("://") || word.starts_with("www.")
}

#[test]
fn french_puts_a_narrow_space_before_high_punctuation() {
    let mut found = Vec::new();
    for (k, v) in catalogue("fr") {
        let v = without_placeholders(&v);
        let chars: Vec<char> = v.chars().collect();
        for (i, &c) in chars.iter().enumerate() {
            if !matches!(c, ';' | ':' | '?' | '!') || exempt_punctuation(&chars, i) {
                continue;
            }
            // Only a sign that follows a word (or a closing bracket or mark)
            // needs the space; one that opens a glued fragment does too.
            let prev = i.checked_sub(1).map(|j| chars[j]);
            let ok = match prev {
                Some('\u{202F}' | '\u{A0}') => true,
                None => false,
                Some(p) if p.is_whitespace() => false,
                Some(p) => !(p.is_alphanumeric() || matches!(p, ')' | '»' | '%' | '.' | '…')),
            };
            if !ok {
                found.push(format!("{k:?}: {c:?} at {i}"));
            }
        }
    }
    assert!(
        found.is_empty(),
        "fr: ; : ? ! need U+202F before them:\n{}",
        found.join("\n")
    );
}

#[test]
fn a_percent_sign_after_a_number_has_a_no_break_space_in_german_and_french() {
    for code in ["de", "fr"] {
        for (k, v) in catalogue(code) {
            let chars: Vec<char> = v.chars().collect();
            for (i, &c) in chars.iter().enumerate() {
                if c != '%' || i == 0 {
                    continue;
                }
                let prev = chars[i - 1];
                assert!(
                    !(prev.is_ascii_digit() || prev == '}'),
                    "{code}: {k:?}: a percent sign glued to its number; write U+202F or U+00A0 before it"
                );
                if prev.is_whitespace() {
                    assert!(
                        matches!(prev, '\u{202F}' | '\u{A0}'),
                        "{code}: {k:?}: a breaking space before a percent sign"
                    );
                }
            }
        }
    }
}

/// Common English words that are no word of German, French or Dutch.
const ENGLISH: &[&str] = &[
    "the",
    "and",
    "of",
    "to",
    "with",
    "your",
    "you",
    "per",
    "month",
    "months",
    "hours",
    "hour",
    "saving",
    "savings",
    "cost",
    "costs",
    "rate",
    "rates",
    "for",
    "from",
    "this",
    "that",
    "these",
    "those",
    "what",
    "which",
    "when",
    "where",
    "how",
    "why",
    "who",
    "will",
    "would",
    "should",
    "could",
    "can't",
    "don't",
    "isn't",
    "not",
    "yes",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "it",
    "its",
    "they",
    "their",
    "them",
    "we",
    "our",
    "or",
    "but",
    "than",
    "then",
    "more",
    "less",
    "most",
    "only",
    "each",
    "every",
    "other",
    "between",
    "about",
    "after",
    "before",
    "under",
    "above",
    "below",
    "into",
    "out",
    "up",
    "week",
    "weeks",
    "year",
    "years",
    "day",
    "days",
    "pay",
    "paid",
    "salary",
    "provider",
    "providers",
    "employee",
    "employees",
    "hire",
    "hiring",
    "staff",
    "agency",
    "rework",
    "outsourcing",
    "outsource",
    "workload",
    "even",
    "fair",
    "range",
    "default",
    "defaults",
    "trial",
    "onboarding",
    "recruiting",
    "supervision",
    "management",
    "readiness",
    "deliverables",
    "delivered",
    "free",
    "full",
    "time",
    "keep",
    "new",
    "first",
    "last",
    "next",
    "none",
    "yet",
    "here",
    "there",
    "work",
    "task",
    "business",
    "customer",
    "customers",
    "still",
    "ready",
    "checklist",
];

/// Words a language itself uses (or a term that stays as written there).
fn own_word(code: &str, w: &str) -> bool {
    match code {
        // "is", "per", "of" ("or"), "even", "week", "we", "was", "had" are
        // Dutch words; "checklist" and "management" are the Dutch terms too.
        "nl" => matches!(
            w,
            "is" | "per"
                | "of"
                | "even"
                | "week"
                | "we"
                | "was"
                | "had"
                | "checklist"
                | "management"
        ),
        // "was" and "will" are German words; "fair" is the German adjective.
        "de" => matches!(w, "was" | "will" | "fair"),
        _ => false,
    }
}

/// Names and terms kept as written on purpose: source titles, brands, codes.
const KEPT: &[&str] = &[
    "Treasury Reporting Rates of Exchange",
    "U.S. Treasury",
    "Employment Allowance",
    "superannuation guarantee",
    "Superannuation Guarantee",
    "payroll tax",
    "Payroll Tax",
    "Job Bank",
    "Slack Pro",
    "Trello Standard",
    "Upwork",
    // The software option's tools and plans, named as their vendors do.
    "QuickBooks Online Essentials",
    "Hootsuite Standard",
    "Freshdesk Growth",
    "Zendesk Support Team",
    "Basic",
    "IR35",
    "theme=light",
    "theme=dark",
    "Dibbern et al.",
    // Statutes, guides and tools named as their country writes them (the
    // home country's rule on a freelancer who works like an employee).
    "Code du travail",
    "Check Employment Status for Tax",
    "Employee or Self-Employed",
    "Fair Labor Standards Act",
    "Fair Work Act",
];

/// `s` with every kept name replaced by a space: a name is no word of the
/// translation, nor a form of address.
fn without_kept(s: &str) -> String {
    let mut s = s.to_string();
    for kept in KEPT {
        s = s.replace(kept, " ");
    }
    s
}

#[test]
fn no_english_word_is_left_in_a_translation() {
    for code in ["de", "fr", "nl"] {
        let mut found = Vec::new();
        for (k, v) in catalogue(code) {
            for w in words(&without_kept(&without_placeholders(&v))) {
                if ENGLISH.contains(&w.as_str()) && !own_word(code, &w) {
                    found.push(format!("{k:?}: {w:?}"));
                }
            }
        }
        assert!(
            found.is_empty(),
            "{code}: English words in translations (translate them, or list a kept term in KEPT):\n{}",
            found.join("\n")
        );
    }
}

/// The checks themselves catch what they are meant to catch.
#[test]
fn the_checks_see_what_they_look_for() {
    assert_eq!(without_placeholders("a {cost} b"), "a   b");
    assert_eq!(
        words("L'externalisation, the Rate"),
        ["l'externalisation", "the", "rate"]
    );
    let chars: Vec<char> = "à 9:00 et https://x".chars().collect();
    assert!(exempt_punctuation(&chars, 3));
    assert!(exempt_punctuation(&chars, 15));
}
