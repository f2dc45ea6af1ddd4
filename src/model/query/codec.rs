//! Percent-encoding of query strings: split into pairs and join again.

/// A key or value shortened for a notice, and kept from turning the
/// notice's own words around: bidirectional controls and other control
/// characters are dropped, and a value with right-to-left letters is set
/// apart (first-strong isolate … pop directional isolate, as `<bdi>` does).
pub fn clip(s: &str) -> String {
    let bidi = |c: char| matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
    let kept: Vec<char> = s.chars().filter(|&c| !bidi(c) && !c.is_control()).collect();
    let mut out: String = kept.iter().take(40).collect();
    if kept.len() > 40 {
        out.push('…');
    }
    let rtl = |c: char| matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}' | '\u{10800}'..='\u{10FFF}' | '\u{1E800}'..='\u{1EFFF}');
    if out.chars().any(rtl) {
        format!("\u{2068}{out}\u{2069}")
    } else {
        out
    }
}

/// Decode percent-encoding and '+' (as in a query string); invalid UTF-8 is replaced.
pub fn url_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3])
                    .ok()
                    .and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(b) => {
                        out.push(b);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Percent-encode everything but unreserved characters.
pub fn url_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Split "?a=1&b=2" into decoded pairs (a leading '?' is optional).
pub fn split_query(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (url_decode(k), url_decode(v))
        })
        .collect()
}

/// Join pairs into "a=1&b=2".
pub fn join_query(pairs: &[(String, String)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| format!("{}={}", url_encode(k), url_encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

#[cfg(test)]
mod tests {
    use super::clip;

    #[test]
    fn a_value_in_a_notice_cannot_turn_its_words_around() {
        assert_eq!(clip("abc\u{202E}def\u{2066}"), "abcdef");
        assert_eq!(clip("a\nb\u{7}"), "ab");
        assert_eq!(clip("שלום"), "\u{2068}שלום\u{2069}");
        assert_eq!(clip(&"x".repeat(50)), "x".repeat(40) + "…");
    }
}
