//! An option of the comparison (`model::choices`): a scenario of its own,
//! which side of it, and its name. Here so the scenario can hold its options.

/// The longest name kept for an option (characters).
pub const MAX_NAME: usize = 60;

/// Which side of a scenario an option is: the hire it costs in-house, or
/// its outsourced option (the provider type says which).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Hire,
    Outsource,
}

impl Side {
    /// Its letter in a link.
    pub fn code(self) -> &'static str {
        match self {
            Side::Hire => "h",
            Side::Outsource => "o",
        }
    }
    pub fn from_code(s: &str) -> Option<Side> {
        match s {
            "h" => Some(Side::Hire),
            "o" => Some(Side::Outsource),
            _ => None,
        }
    }
}

/// One option: its own scenario, which side of it, and a name (`None`: made
/// from what distinguishes it, see `auto_name`).
#[derive(Clone, Debug, PartialEq)]
pub struct Choice<I> {
    pub name: Option<String>,
    pub side: Side,
    /// The option's scenario, alone (`Inputs::alone`).
    pub inputs: I,
}

/// A name as the reader typed it: trimmed, controls dropped, at most
/// `MAX_NAME` characters; blank is no name (the made one shows).
pub fn clean_name(text: &str) -> Option<String> {
    let kept: String = text
        .chars()
        // Controls and bidirectional overrides dropped: a name cannot turn
        // the words around it (as `query::clip` does for notices).
        .filter(|&c| {
            !c.is_control()
                && !matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        })
        .collect::<String>()
        .trim()
        .chars()
        .take(MAX_NAME)
        .collect();
    (!kept.is_empty()).then_some(kept)
}
