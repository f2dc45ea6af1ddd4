//! The embed's colours: a blogger's accent (`accent=RRGGBB`) made readable.
//! An accent that would fail 4.5:1 against the card is darkened (light
//! theme) or lightened (dark theme) until it passes; the text on it is
//! whichever of white and near-black reads better.

/// The card backgrounds of the two themes (styles/main.css).
pub const CARD_LIGHT: [u8; 3] = [0xff, 0xff, 0xff];
pub const CARD_DARK: [u8; 3] = [0x1b, 0x20, 0x26];
const WHITE: [u8; 3] = [0xff, 0xff, 0xff];
const INK: [u8; 3] = [0x0b, 0x16, 0x20];

/// WCAG 2 minimum contrast for text.
pub const MIN_CONTRAST: f64 = 4.5;

/// `RRGGBB` (no `#`, any case) as bytes.
pub fn parse_hex(s: &str) -> Option<[u8; 3]> {
    let s = s.trim();
    if s.len() != 6 || !s.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let byte = |i: usize| u8::from_str_radix(&s[i..i + 2], 16).ok();
    Some([byte(0)?, byte(2)?, byte(4)?])
}

/// `#rrggbb`.
pub fn hex(c: [u8; 3]) -> String {
    format!("#{:02x}{:02x}{:02x}", c[0], c[1], c[2])
}

fn luminance(c: [u8; 3]) -> f64 {
    let ch = |v: u8| {
        let v = f64::from(v) / 255.0;
        if v <= 0.04045 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * ch(c[0]) + 0.7152 * ch(c[1]) + 0.0722 * ch(c[2])
}

/// WCAG contrast ratio of two colours (1 to 21).
pub fn contrast(a: [u8; 3], b: [u8; 3]) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

fn mix(c: [u8; 3], towards: [u8; 3], t: f64) -> [u8; 3] {
    let m = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * t).round() as u8;
    [
        m(c[0], towards[0]),
        m(c[1], towards[1]),
        m(c[2], towards[2]),
    ]
}

/// The accent adjusted for a card background: (accent, text on the accent).
pub fn readable_accent(accent: [u8; 3], card: [u8; 3]) -> ([u8; 3], [u8; 3]) {
    let dark_card = luminance(card) < 0.2;
    let target = if dark_card { WHITE } else { [0, 0, 0] };
    let mut c = accent;
    let mut t = 0.0;
    while contrast(c, card) < MIN_CONTRAST && t < 1.0 {
        t += 0.05;
        c = mix(accent, target, t);
    }
    let text = if contrast(WHITE, c) >= contrast(INK, c) {
        WHITE
    } else {
        INK
    };
    (c, text)
}

/// The page's colour theme.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    /// The reader's own setting.
    System,
    Light,
    Dark,
}

impl Theme {
    pub fn from_param(v: &str) -> Option<Theme> {
        match v.trim().to_ascii_lowercase().as_str() {
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            "" | "auto" | "system" => Some(Theme::System),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_parsing() {
        assert_eq!(parse_hex("1F5f8b"), Some([0x1f, 0x5f, 0x8b]));
        assert_eq!(parse_hex("#1f5f8b"), None);
        assert_eq!(parse_hex("12345"), None);
        assert_eq!(parse_hex("zzzzzz"), None);
        assert_eq!(hex([0x1f, 0x5f, 0x8b]), "#1f5f8b");
    }

    #[test]
    fn accents_are_made_readable_in_both_themes() {
        for a in [
            "ffff00", "00ff00", "777777", "1f5f8b", "000000", "ffffff", "ff69b4",
        ] {
            let c = parse_hex(a).unwrap();
            for card in [CARD_LIGHT, CARD_DARK] {
                let (acc, text) = readable_accent(c, card);
                assert!(
                    contrast(acc, card) >= MIN_CONTRAST,
                    "{a} on {card:?}: {}",
                    contrast(acc, card)
                );
                assert!(
                    contrast(text, acc) >= MIN_CONTRAST,
                    "text on {a}: {}",
                    contrast(text, acc)
                );
            }
        }
        // A readable accent is kept as it is.
        let blue = parse_hex("1f5f8b").unwrap();
        assert_eq!(readable_accent(blue, CARD_LIGHT).0, blue);
    }

    #[test]
    fn themes() {
        assert_eq!(Theme::from_param("Dark"), Some(Theme::Dark));
        assert_eq!(Theme::from_param("blue"), None);
    }
}
