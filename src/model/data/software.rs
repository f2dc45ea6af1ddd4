//! The software option: a subscription that takes over part of a task, for
//! the tasks that have a common tool, with each default's source or reasoning.

use super::figure::{asm, fig, src, Figure, Provenance};
use crate::model::regions::Task;
use crate::t;

/// The defaults of the software option for one task (USD, hours, fractions).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SoftwareDefaults {
    /// The subscription per month: per seat when `per_seat`, else for the business.
    pub subscription: Figure,
    /// Priced per agent (a help desk): one seat for each full-time person the
    /// hours left need, at least one.
    pub per_seat: bool,
    /// One-off set-up cost.
    pub setup: Figure,
    /// Share of the task's hours the software takes over (0–1).
    pub covers: Figure,
    /// The owner's hours to learn and set up the tool (one-off).
    pub learn_hours: Figure,
}

/// The software option's defaults for `task`: `None` where the task has no
/// common tool, and the option is not offered.
#[rustfmt::skip]
pub fn software(task: Task) -> Option<SoftwareDefaults> {
    let self_setup = fig(0.0, asm(t!("no set-up fee: these plans are set up by the owner, whose hours are the learning time")));
    match task {
        Task::Bookkeeping => Some(SoftwareDefaults {
            subscription: fig(65.0, src("QBO24", "2024", t!("QuickBooks Online Essentials, US list price per month (Intuit, 2024); no stored copy of the price page was found, so this is the best-known published list price"))),
            per_seat: false,
            setup: self_setup,
            covers: fig(0.5, asm(t!("half the hours: bank feeds, rules and recurring invoices take over data entry and reconciliation; reviewing, fixing categories, chasing receipts and the year-end work stay with you"))),
            learn_hours: fig(16.0, asm(t!("two working days: connecting the bank, setting up the chart of accounts, rules and invoice templates, and learning the monthly routine"))),
        }),
        Task::SocialMedia => Some(SoftwareDefaults {
            subscription: fig(99.0, src("HOOT26", "2026", t!("Hootsuite Standard, one user and 10 social accounts, per month billed yearly (hootsuite.com/plans, read August 2026)"))),
            per_seat: false,
            setup: self_setup,
            covers: fig(0.3, asm(t!("under a third of the hours: scheduling, publishing, one inbox and reports are automated; writing posts, making images and answering people still take your time"))),
            learn_hours: fig(8.0, asm(t!("a working day: connecting the accounts, setting up the posting calendar and learning the inbox and reports"))),
        }),
        Task::CustomerSupport => Some(SoftwareDefaults {
            subscription: fig(19.0, src("FRESH26, ZEN26", "2026", t!("Freshdesk Growth and Zendesk Support Team, $19 per agent per month billed yearly (freshworks.com and zendesk.com price pages, 2026); one agent seat for each full-time person the hours left need"))),
            per_seat: true,
            setup: self_setup,
            covers: fig(0.25, asm(t!("a quarter of the hours: a help centre, saved replies and automatic routing answer or speed up the routine questions; the conversations themselves stay with people"))),
            learn_hours: fig(12.0, asm(t!("a day and a half: connecting the email and chat channels, writing the first help articles and saved replies, setting up the routing"))),
        }),
        _ => None,
    }
}

/// Where a software default comes from for a task with no common tool.
pub const NO_SOFTWARE: Provenance = asm(t!(
    "no common software does this task, so the software option is not offered"
));
