//! Tasks, home countries and provider regions: fixed slugs, labels and time zones.

use super::i18n::tr;
use crate::t;

/// The work being considered for outsourcing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Task {
    WebDev,
    GraphicDesign,
    SocialMedia,
    Seo,
    Content,
    Bookkeeping,
    CustomerSupport,
    VirtualAssistant,
    ItSupport,
    Custom,
}

impl Task {
    pub const ALL: [Task; 10] = [
        Task::WebDev,
        Task::GraphicDesign,
        Task::SocialMedia,
        Task::Seo,
        Task::Content,
        Task::Bookkeeping,
        Task::CustomerSupport,
        Task::VirtualAssistant,
        Task::ItSupport,
        Task::Custom,
    ];

    /// URL slug.
    pub fn slug(self) -> &'static str {
        match self {
            Task::WebDev => "web-dev",
            Task::GraphicDesign => "graphic-design",
            Task::SocialMedia => "social-media",
            Task::Seo => "seo",
            Task::Content => "content",
            Task::Bookkeeping => "bookkeeping",
            Task::CustomerSupport => "customer-support",
            Task::VirtualAssistant => "virtual-assistant",
            Task::ItSupport => "it-support",
            Task::Custom => "custom",
        }
    }

    pub fn label(self) -> &'static str {
        tr(match self {
            Task::WebDev => t!("Web development"),
            Task::GraphicDesign => t!("Graphic design"),
            Task::SocialMedia => t!("Social media management"),
            Task::Seo => t!("SEO"),
            Task::Content => t!("Copywriting / content"),
            Task::Bookkeeping => t!("Bookkeeping"),
            Task::CustomerSupport => t!("Customer support"),
            Task::VirtualAssistant => t!("Virtual assistant / admin"),
            Task::ItSupport => t!("IT support"),
            Task::Custom => t!("Other task (custom)"),
        })
    }

    pub fn from_slug(s: &str) -> Option<Task> {
        Task::ALL.into_iter().find(|t| t.slug() == s)
    }
}

/// The country the business employs in (sets salary, on-costs and the home time zone).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Home {
    Us,
    Ca,
    Uk,
    De,
    Fr,
    Nl,
    Au,
    Other,
}

impl Home {
    pub const ALL: [Home; 8] = [
        Home::Us,
        Home::Ca,
        Home::Uk,
        Home::De,
        Home::Fr,
        Home::Nl,
        Home::Au,
        Home::Other,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Home::Us => "us",
            Home::Ca => "ca",
            Home::Uk => "uk",
            Home::De => "de",
            Home::Fr => "fr",
            Home::Nl => "nl",
            Home::Au => "au",
            Home::Other => "other",
        }
    }

    pub fn label(self) -> &'static str {
        tr(match self {
            Home::Us => t!("United States"),
            Home::Ca => t!("Canada"),
            Home::Uk => t!("United Kingdom"),
            Home::De => t!("Germany"),
            Home::Fr => t!("France"),
            Home::Nl => t!("Netherlands"),
            Home::Au => t!("Australia"),
            Home::Other => t!("Other country"),
        })
    }

    /// Representative city and its UTC offset in January (IANA tz 2025b).
    pub fn zone(self) -> (&'static str, f64) {
        match self {
            Home::Us => ("New York", -5.0),
            Home::Ca => ("Toronto", -5.0),
            Home::Uk => ("London", 0.0),
            Home::De => ("Berlin", 1.0),
            Home::Fr => ("Paris", 1.0),
            Home::Nl => ("Amsterdam", 1.0),
            Home::Au => ("Sydney", 11.0),
            Home::Other => ("UTC (assumed)", 0.0),
        }
    }

    pub fn from_slug(s: &str) -> Option<Home> {
        Home::ALL.into_iter().find(|h| h.slug() == s)
    }
}

/// Where the provider works.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Region {
    NorthAmerica,
    Uk,
    WesternEurope,
    EasternEurope,
    LatinAmerica,
    SouthAsia,
    SoutheastAsia,
    Africa,
    Oceania,
}

impl Region {
    pub const ALL: [Region; 9] = [
        Region::NorthAmerica,
        Region::Uk,
        Region::WesternEurope,
        Region::EasternEurope,
        Region::LatinAmerica,
        Region::SouthAsia,
        Region::SoutheastAsia,
        Region::Africa,
        Region::Oceania,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Region::NorthAmerica => "north-america",
            Region::Uk => "uk",
            Region::WesternEurope => "western-europe",
            Region::EasternEurope => "eastern-europe",
            Region::LatinAmerica => "latin-america",
            Region::SouthAsia => "south-asia",
            Region::SoutheastAsia => "southeast-asia",
            Region::Africa => "africa",
            Region::Oceania => "oceania",
        }
    }

    pub fn label(self) -> &'static str {
        tr(match self {
            Region::NorthAmerica => t!("North America"),
            Region::Uk => t!("United Kingdom"),
            Region::WesternEurope => t!("Western Europe"),
            Region::EasternEurope => t!("Eastern Europe"),
            Region::LatinAmerica => t!("Latin America"),
            Region::SouthAsia => t!("South Asia"),
            Region::SoutheastAsia => t!("Southeast Asia"),
            Region::Africa => t!("Africa"),
            Region::Oceania => t!("Oceania"),
        })
    }

    /// Representative city and its UTC offset in January (IANA tz 2025b).
    pub fn zone(self) -> (&'static str, f64) {
        match self {
            Region::NorthAmerica => ("New York", -5.0),
            Region::Uk => ("London", 0.0),
            Region::WesternEurope => ("Berlin", 1.0),
            Region::EasternEurope => ("Kyiv", 2.0),
            Region::LatinAmerica => ("Bogotá", -5.0),
            Region::SouthAsia => ("Kolkata", 5.5),
            Region::SoutheastAsia => ("Manila", 8.0),
            Region::Africa => ("Lagos", 1.0),
            Region::Oceania => ("Sydney", 11.0),
        }
    }

    pub fn from_slug(s: &str) -> Option<Region> {
        Region::ALL.into_iter().find(|r| r.slug() == s)
    }
}

/// Shared working hours per day between two 9:00–17:00 local days whose UTC
/// offsets are `a` and `b` hours (wrapping round midnight). Method of the
/// reference's table 4c (IANA offsets, derived).
pub fn overlap_hours(a: f64, b: f64) -> f64 {
    let d = (a - b).abs() % 24.0;
    let d = d.min(24.0 - d);
    (8.0 - d).max(0.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn overlap(a: f64, b: f64, want: f64) {
        assert_eq!(overlap_hours(a, b), want, "{a} vs {b}");
    }

    #[test]
    fn overlap_matches_reference_table_4c_january() {
        overlap(-8.0, 11.0, 3.0); // Los Angeles – Sydney
        overlap(-5.0, 8.0, 0.0); // New York – Manila
        overlap(0.0, 5.5, 2.5); // London – India
        overlap(1.0, 5.5, 3.5); // Berlin – India
        overlap(-5.0, 1.0, 2.0); // New York – Berlin
        overlap(0.0, 0.0, 8.0);
        overlap(11.0, 8.0, 5.0); // Sydney – Manila
    }

    #[test]
    fn slugs_round_trip() {
        for t in Task::ALL {
            assert_eq!(Task::from_slug(t.slug()), Some(t));
        }
        for h in Home::ALL {
            assert_eq!(Home::from_slug(h.slug()), Some(h));
        }
        for r in Region::ALL {
            assert_eq!(Region::from_slug(r.slug()), Some(r));
        }
        assert_eq!(Task::from_slug("nope"), None);
    }
}
