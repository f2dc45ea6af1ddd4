//! The readiness checklist: never outsource what you don't understand.
//! Items, answers, score, hard stops and the to-do list (the verdict that
//! combines them with the cost is in `verdict`).

use super::i18n::{tr, trf};
use super::scenario::ProviderKind;
use crate::t;

mod ids;
pub use ids::{index_of, item_index, IDS};

/// An answer to one item. `Unanswered` is neither a pass nor a gap.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Answer {
    #[default]
    Unanswered,
    Yes,
    Partly,
    No,
    NotSure,
}

impl Answer {
    pub const ALL: [Answer; 5] = [
        Answer::Unanswered,
        Answer::Yes,
        Answer::Partly,
        Answer::No,
        Answer::NotSure,
    ];

    /// One-letter code: the answer's radio button id and the compact form.
    pub fn code(self) -> char {
        self.encoding().1
    }

    /// The word links, saved state and exports write ("yes", "unsure", "-").
    pub fn word(self) -> &'static str {
        self.encoding().2
    }

    /// Read an answer as links, saved state and imports may write it: its
    /// word, its one-letter code or a known spelling, in any case.
    pub fn from_text(s: &str) -> Option<Answer> {
        let s = s.trim().to_ascii_lowercase();
        ENCODING
            .iter()
            .find(|(_, code, word, also)| {
                s == *word || s.len() == 1 && s.starts_with(*code) || also.contains(&s.as_str())
            })
            .map(|e| e.0)
    }

    pub fn from_code(c: char) -> Option<Answer> {
        Answer::from_text(c.encode_utf8(&mut [0; 4]))
    }

    fn encoding(self) -> &'static (Answer, char, &'static str, &'static [&'static str]) {
        &ENCODING[self as usize]
    }

    /// The answer's name in the language in use.
    pub fn label(self) -> &'static str {
        tr(match self {
            Answer::Unanswered => t!("Not answered"),
            Answer::Yes => t!("Yes"),
            Answer::Partly => t!("Partly"),
            Answer::No => t!("No"),
            Answer::NotSure => t!("Not sure"),
        })
    }

    /// Share of the item's weight earned; `None` when unanswered.
    fn credit(self) -> Option<f64> {
        match self {
            Answer::Unanswered => None,
            Answer::Yes => Some(1.0),
            Answer::Partly => Some(0.5),
            Answer::No | Answer::NotSure => Some(0.0),
        }
    }
}

/// The one text encoding of an answer, in `Answer::ALL` order: the answer,
/// its code, its word, and other spellings accepted on the way in.
const ENCODING: [(Answer, char, &str, &[&str]); 5] = [
    (Answer::Unanswered, '-', "-", &["", "unanswered"]),
    (Answer::Yes, 'y', "yes", &[]),
    (Answer::Partly, 'p', "partly", &[]),
    (Answer::No, 'n', "no", &[]),
    (Answer::NotSure, 'u', "unsure", &["notsure", "not-sure"]),
];

/// How much an item matters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    /// "No" or "not sure" overrides any saving.
    HardStop,
    /// A serious warning, not a stop (the sources disagree).
    Serious,
    Normal,
}

/// One checklist item.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Item {
    /// Stable id, also the URL key after `q-`.
    pub id: &'static str,
    pub group: &'static str,
    pub question: &'static str,
    pub why: &'static str,
    /// What to do when the answer is not "yes".
    pub next: &'static str,
    /// Short reason used in the verdict ("you can't describe the deliverable").
    pub gap: &'static str,
    pub weight: f64,
    pub severity: Severity,
    /// A "no" is an answer, not a gap to close later: keep the task in-house.
    pub lasting: bool,
}

// A table row constructor: positional arguments keep ITEMS readable.
#[allow(clippy::too_many_arguments)]
const fn item(
    id: &'static str,
    group: &'static str,
    question: &'static str,
    why: &'static str,
    next: &'static str,
    gap: &'static str,
    weight: f64,
    severity: Severity,
) -> Item {
    Item {
        id,
        group,
        question,
        why,
        next,
        gap,
        weight,
        severity,
        lasting: false,
    }
}

impl Item {
    /// Mark a "no" as lasting (see `lasting`).
    const fn lasting(mut self) -> Item {
        self.lasting = true;
        self
    }
}

use Severity::{HardStop, Normal, Serious};

/// Every item, grouped, in display order. Wording is the project's own.
pub const ITEMS: [Item; 27] = [
    item("describe", t!("Understanding"), t!("Can you say what you need in operational terms, not just name a product?"),
        t!("A provider builds what you ask for; if you can only name the thing, you pay later to find out what you meant."),
        t!("Write down what the result must do for your business, in your own words, before you ask for quotes."),
        t!("you can't yet describe what you need"), 4.0, HardStop),
    item("future", t!("Understanding"), t!("Have you thought about what you will need from this in a year or two, so the result won't have to be replaced soon?"),
        t!("Work shaped only by today's need is often redone within months; telling the provider where the business is heading lets them build something that lasts."),
        t!("Note how you expect the task to grow (volume, features, channels, people) and put it in the brief."),
        t!("future needs are not thought through"), 2.0, Normal),
    item("brief", t!("Understanding"), t!("Could you write a brief or job description for it?"),
        t!("Writing the brief shows whether you really know the job; a vague brief brings vague proposals."),
        t!("Draft a one-page brief: scope, inputs, outputs, deadline, budget."),
        t!("there is no brief yet"), 3.0, Normal),
    item("done", t!("Understanding"), t!("Do you know what “done” looks like: the deliverables and examples of good output?"),
        t!("Without a picture of the finished work, neither side can tell when it is finished or good."),
        t!("Collect two or three examples of output you would be happy with and list the deliverables."),
        t!("“done” is not defined"), 3.0, Normal),
    item("judge", t!("Understanding"), t!("Can you judge the quality of the result yourself?"),
        t!("If you can't tell good work from bad, you can't manage the provider or know what you paid for."),
        t!("Learn enough to review the work, or find a trusted person who can review it for you."),
        t!("you can't judge the quality of the result"), 4.0, HardStop),
    item("not-core", t!("Strategy"), t!("Is this outside your core competency — not the thing customers come to you for?"),
        t!("What customers buy from you is what sets you apart; handing it to someone else hands away the business."),
        t!("Keep your core work in-house; outsource the supporting tasks around it instead."),
        t!("this is your core competency"), 4.0, HardStop).lasting(),
    item("not-facing", t!("Strategy"), t!("Is it kept away from customers, or will you keep tight control where it touches them?"),
        t!("Customers judge you by every contact. Some owners never outsource customer contact; others do it for support or lead generation under close supervision."),
        t!("If it is customer-facing, set response standards, review conversations weekly and keep escalation in-house."),
        t!("it is customer-facing without tight control"), 3.0, Serious),
    item("saas", t!("Strategy"), t!("Have you checked that no software subscription could do this task instead?"),
        t!("Much routine work (bookkeeping, scheduling, customer records, newsletters) is now sold as an online service for a monthly fee, with no one to hire or manage."),
        t!("Look for an online service that does the task and price it against both options here before you hire anyone."),
        t!("a software subscription might do it for less"), 2.0, Normal),
    item("workload", t!("Strategy"), t!("Does the workload rise and fall, so paying only for the hours used would help?"),
        t!("A salary is paid through quiet months too; a provider can be scaled down when work is lean. A steady, full workload is where an employee most often pays off."),
        t!("Chart last year's hours month by month; if they are steady and near full time, weigh the break-even workload above before you outsource."),
        t!("the workload is steady, where an employee most often pays off"), 2.0, Normal),
    item("not-everything", t!("Strategy"), t!("Are you outsourcing this one task rather than everything at once?"),
        t!("Handing off many functions together multiplies the management work and the risk at the same moment."),
        t!("Start with one task, learn from it, then decide on the next."),
        t!("too much is being outsourced at once"), 2.0, Normal),
    item("goals", t!("Readiness"), t!("Have you written down the goals for this work?"),
        t!("Written goals let the provider aim at the right target and let you measure the result."),
        t!("Write three measurable goals with dates."),
        t!("there are no written goals"), 3.0, Normal),
    item("procedures", t!("Readiness"), t!("Are your systems and procedures documented, with example deliverables?"),
        t!("A provider follows what is written; what lives only in your head has to be rediscovered at your cost."),
        t!("Document the steps, the tools and the accounts the work needs, with a sample of finished output."),
        t!("procedures are not documented"), 2.0, Normal),
    item("comms", t!("Readiness"), t!("Do you have a communication plan and the tools for it?"),
        t!("The provider only learns what is and isn't working from you; silence lets problems grow."),
        t!("Agree a weekly check-in, a shared task board and one chat channel."),
        t!("there is no communication plan"), 2.0, Normal),
    item("checkpoints", t!("Readiness"), t!("Have you set checkpoints during the work, not only a final delivery?"),
        t!("A review a quarter of the way in and again half way catches a wrong turn while it is still cheap to put right."),
        t!("Split the work into milestones, each with a review and your sign-off."),
        t!("there are no checkpoints before the final delivery"), 2.0, Normal),
    item("deadlines", t!("Readiness"), t!("Have you allowed for delays, so a late delivery won't put your own deadlines at risk?"),
        t!("A provider's delay becomes yours: a launch, a filing date or a promise to a customer can slip with it."),
        t!("Set the provider's deadline well before the date you really need the work, and agree what happens when it is missed."),
        t!("a late delivery would hurt your own deadlines"), 2.0, Normal),
    item("results", t!("Readiness"), t!("Will you judge the provider on results and deadlines rather than on how they go about the work?"),
        t!("Prescribing the method throws away the expertise you are paying for and turns you into an hour-by-hour supervisor."),
        t!("Agree what is delivered and by when; leave the method to them unless it touches your rules or your customers."),
        t!("you plan to manage the method rather than the result"), 1.0, Normal),
    item("manager", t!("Readiness"), t!("Will someone in-house manage the provider?"),
        t!("Outsourcing moves the work, not the responsibility to direct it: a provider runs its own business, not yours, and unmanaged work drifts."),
        t!("Name the person who will brief, review and approve the work: you, or someone on your staff who understands it. Book their hours each week."),
        t!("nobody in-house is named to manage the provider, and you or someone you name must"), 3.0, HardStop),
    item("reputation", t!("The provider"), t!("Have you checked their reputation and that they work at a professional level?"),
        t!("An amateur outfit can look cheap until the rework bill arrives."),
        t!("Ask for references and past work, and check reviews on more than one site."),
        t!("the provider is not vetted"), 2.0, Normal),
    item("trial", t!("The provider"), t!("Will you start with a small trial project with a clear start and end?"),
        t!("A short paid trial shows how you work together before you commit to more."),
        t!("Pick a small, self-contained piece of the work as a paid trial."),
        t!("there is no trial project"), 2.0, Normal),
    item("specialists", t!("The provider"), t!("Are you hiring specialists for distinct skills rather than one do-everything contractor?"),
        t!("Nobody is expert at everything; a single generalist is often weak at half the job."),
        t!("Split the work by skill and hire for each part."),
        t!("one contractor is expected to do everything"), 1.0, Normal),
    item("fair-rate", t!("The provider"), t!("Will you pay a fair rate rather than the lowest you can negotiate?"),
        t!("An underpaid team does hurried work; a fair rate sits a little above their local market but below your home cost."),
        t!("Use the fair-rate band above as your offer range."),
        t!("the rate is a squeeze, not a fair one"), 2.0, Normal),
    item("fit", t!("The provider"), t!("Are the language and time-zone fit good enough for this work?"),
        t!("Misunderstandings and day-long reply delays eat the saving."),
        t!("Check the shared working hours in the region table and test communication during the trial."),
        t!("language or time-zone fit is weak"), 2.0, Normal),
    item("culture", t!("The provider"), t!("Beyond language and time zone, do their working habits suit yours: how they raise problems, treat deadlines and take feedback?"),
        t!("Different habits about saying no, flagging a delay or asking a question cause misunderstandings no contract prevents."),
        t!("Ask in the interview how they handle an unclear request or a deadline they will miss, and watch for it during the trial."),
        t!("the working culture is unchecked"), 1.0, Normal),
    item("local", t!("The provider"), t!("Have you also priced providers near you, not only the cheapest far-away ones?"),
        t!("A provider in your own or a neighbouring time zone can cost more per hour and still less in all, with easier meetings and fewer hand-offs."),
        t!("Get at least one quote from a nearby provider and compare it in the region table."),
        t!("only far-away providers were considered"), 1.0, Normal),
    item("exit-clause", t!("The exit"), t!("Does the contract say how either side can end it?"),
        t!("Even good working partnerships end; without agreed terms, parting is slow and expensive."),
        t!("Add a notice period, a handover duty and termination terms to the contract."),
        t!("there is no exit clause"), 2.0, Normal),
    item("ownership", t!("The exit"), t!("Do you keep ownership of the work, the accounts and the credentials?"),
        t!("If the provider holds your accounts or code, they hold your business hostage when you part ways."),
        t!("Create accounts in your business's name and have the contract assign the work to you."),
        t!("you don't own the work, accounts or credentials"), 2.0, Normal),
    item("accountable", t!("Responsibility"), t!("Do you accept that customers will hold you, not the provider, responsible for the result?"),
        t!("Customers hired you; when the outsourced part fails, the complaint lands on your desk."),
        t!("Plan how you will check the work before customers see it."),
        t!("you aren't ready to answer for the provider's work"), 2.0, Normal),
];

/// The items whose words read wrong for a software subscription, in the
/// software's own words: (id, question, why, next, gap); "" keeps the
/// item's own. Ids, weights and severities stay, so answers carry over.
#[rustfmt::skip]
const SOFTWARE_WORDS: [(&str, &str, &str, &str, &str); 10] = [
    ("judge", t!("Can you judge whether the tool does the job: that its books, posts or answers are right?"),
        t!("Software does exactly what it is set up to do, mistakes included; if you can't check its output, nobody will."),
        t!("Learn enough of the task to check the tool's output each month, or have a trusted person review it."),
        t!("you can't judge whether the tool does the job")),
    ("manager", t!("Will someone in-house own the tool: its settings, users and the hours it leaves?"),
        t!("A subscription does the routine part; the rest of the work, and keeping the tool set up right, stays with a person."),
        t!("Name the person who will run the tool and do the hours it leaves, and book their time each week."),
        t!("nobody in-house is named to own the tool")),
    ("reputation", t!("Have you checked the vendor: reviews, how long it has been around, and where your data is kept?"),
        t!("A tool that closes or loses your data takes the work with it."),
        t!("Read reviews on more than one site and check the vendor's data and security terms."),
        t!("the vendor is not checked")),
    ("trial", t!("Will you try the tool on your own work during its free trial before you commit?"),
        t!("A trial on your real data shows how much of the work it really takes over."),
        t!("Run a month of the real task through the trial and time what is left for you."),
        t!("the tool is not tried on your own work")),
    ("fair-rate", t!("Have you priced the plan you would really need (users, seats, add-ons), not the entry price?"),
        t!("Entry plans leave out users, seats or features; the plan that does the job often costs more."),
        t!("List the users, seats and features the task needs and price that plan here."),
        t!("the plan you need is not priced")),
    ("fit", t!("Does the tool work in your language and with your country's rules (tax, invoices, data protection)?"),
        t!("A tool built for another market can leave the local parts of the work to you."),
        t!("Check the vendor's list of countries and languages, and test a local case in the trial."),
        t!("the tool may not fit your country or language")),
    ("culture", t!("Does the tool fit the way you and your staff work, with the other tools you use?"),
        t!("A tool that does not connect to your bank, shop or email leaves the copying to you."),
        t!("List the tools it must connect to and check each in the trial."),
        t!("the tool's fit with your way of working is unchecked")),
    ("local", t!("Have you compared more than one tool, and a person, for this task?"),
        t!("The first tool found is rarely the only one; a freelancer or agency may still cost less in all."),
        t!("Price a second tool here, and the same task with a freelancer."),
        t!("only one tool was considered")),
    ("exit-clause", t!("Can you cancel the subscription and take your data with you?"),
        t!("Yearly plans and formats only the tool reads make leaving slow and expensive."),
        t!("Check the notice period and export your data once during the trial."),
        t!("leaving the tool is not planned")),
    ("ownership", t!("Is the account in your business's name, with your data exportable at any time?"),
        t!("An account in someone else's name holds your records hostage when you part ways."),
        t!("Open the account in the business's name and keep the administrator login yourself."),
        t!("the account or data is not yours")),
];

const fn same_id(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

const fn software_items() -> [Item; 27] {
    let mut out = ITEMS;
    let mut i = 0;
    while i < out.len() {
        let mut k = 0;
        while k < SOFTWARE_WORDS.len() {
            let (id, question, why, next, gap) = SOFTWARE_WORDS[k];
            if same_id(out[i].id, id) {
                out[i].question = question;
                out[i].why = why;
                out[i].next = next;
                out[i].gap = gap;
            }
            k += 1;
        }
        i += 1;
    }
    out
}

/// The checklist in a software subscription's words (same ids and weights).
pub static SOFTWARE_ITEMS: [Item; 27] = software_items();

/// The checklist in the words that fit the provider.
pub fn items(provider: ProviderKind) -> &'static [Item; 27] {
    if provider.bills_hours() {
        &ITEMS
    } else {
        &SOFTWARE_ITEMS
    }
}

/// The answers, one per item in `ITEMS` order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Answers(pub [Answer; ITEMS.len()]);

impl Answers {
    pub fn get(&self, id: &str) -> Answer {
        index_of(id).map(|i| self.0[i]).unwrap_or_default()
    }

    /// The answer to the item at `i` (from [`item_index`]).
    pub fn at(&self, i: usize) -> Answer {
        self.0[i]
    }

    pub fn set(&mut self, id: &str, a: Answer) {
        if let Some(i) = index_of(id) {
            self.0[i] = a;
        }
    }

    pub fn answered(&self) -> usize {
        self.0.iter().filter(|a| **a != Answer::Unanswered).count()
    }

    /// Compact code, one letter per item ("yypn-u…").
    pub fn code(&self) -> String {
        self.0.iter().map(|a| a.code()).collect()
    }
}

/// One to-do entry built from a gap.
#[derive(Clone, Debug, PartialEq)]
pub struct Todo {
    pub id: &'static str,
    pub text: String,
    pub severity: Severity,
}

/// Score, stops and to-do list for a set of answers.
#[derive(Clone, Debug, PartialEq)]
pub struct Readiness {
    /// Earned weight ÷ the weight of every item, 0–1 (an unanswered item
    /// earns nothing, so one answer is never "100%"); `None` with no answers.
    pub score: Option<f64>,
    pub answered: usize,
    /// Hard-stop items answered "no" or "not sure", with the answer.
    pub stops: Vec<(&'static Item, Answer)>,
    /// Serious warnings not passed.
    pub warnings: Vec<&'static Item>,
    pub todo: Vec<Todo>,
}

/// Score the answers: hard stops first in the to-do list, then "partly" on a
/// hard-stop item, then serious warnings, then the rest by weight.
pub fn assess(answers: &Answers) -> Readiness {
    assess_for(answers, ProviderKind::Freelancer)
}

/// [`assess`] in the words that fit the provider (`items`).
pub fn assess_for(answers: &Answers, provider: ProviderKind) -> Readiness {
    let mut earned = 0.0;
    let mut total = 0.0;
    let mut stops = Vec::new();
    let mut warnings = Vec::new();
    let mut ranked: Vec<(u8, f64, Todo)> = Vec::new();
    for (item, &a) in items(provider).iter().zip(answers.0.iter()) {
        total += item.weight;
        let Some(credit) = a.credit() else { continue };
        earned += credit * item.weight;
        if a == Answer::Yes {
            continue;
        }
        let rank = match (item.severity, a) {
            (HardStop, Answer::No | Answer::NotSure) => {
                stops.push((item, a));
                0
            }
            (HardStop, _) => 1,
            (Serious, _) => {
                warnings.push(item);
                2
            }
            _ => 3,
        };
        let text = if a == Answer::NotSure {
            trf(
                "Find out: {question} Then: {next}",
                &[("question", tr(item.question)), ("next", tr(item.next))],
            )
        } else if item.lasting && a == Answer::No {
            trf(
                "Keep this task in-house. {next}",
                &[("next", tr(item.next))],
            )
        } else {
            tr(item.next).to_string()
        };
        ranked.push((
            rank,
            -item.weight,
            Todo {
                id: item.id,
                text,
                severity: item.severity,
            },
        ));
    }
    ranked.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)));
    Readiness {
        score: (answers.answered() > 0 && total > 0.0).then(|| earned / total),
        answered: answers.answered(),
        stops,
        warnings,
        todo: ranked.into_iter().map(|r| r.2).collect(),
    }
}

/// The answers with every gap closed: each answered item that is not "yes"
/// becomes "yes" (what the verdict quotes as the saving "once you close the gaps").
pub fn gaps_closed(answers: &Answers) -> Answers {
    let mut out = *answers;
    for a in out.0.iter_mut() {
        if *a != Answer::Unanswered {
            *a = Answer::Yes;
        }
    }
    out
}
