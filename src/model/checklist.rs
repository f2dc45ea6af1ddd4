//! The readiness checklist: never outsource what you don't understand.
//! Items, answers, score, hard stops and the to-do list (the verdict that
//! combines them with the cost is in `verdict`).

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

    pub fn label(self) -> &'static str {
        match self {
            Answer::Unanswered => "Not answered",
            Answer::Yes => "Yes",
            Answer::Partly => "Partly",
            Answer::No => "No",
            Answer::NotSure => "Not sure",
        }
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
pub const ITEMS: [Item; 25] = [
    item("describe", "Understanding", "Can you say what you need in operational terms, not just name a product?",
        "A provider builds what you ask for; if you can only name the thing, you pay later to find out what you meant.",
        "Write down what the result must do for your business, in your own words, before you ask for quotes.",
        "you can't yet describe what you need", 4.0, HardStop),
    item("future", "Understanding", "Have you thought about what you will need from this in a year or two, so the result won't have to be replaced soon?",
        "Work shaped only by today's need is often redone within months; telling the provider where the business is heading lets them build something that lasts.",
        "Note how you expect the task to grow (volume, features, channels, people) and put it in the brief.",
        "future needs are not thought through", 2.0, Normal),
    item("brief", "Understanding", "Could you write a brief or job description for it?",
        "Writing the brief shows whether you really know the job; a vague brief brings vague proposals.",
        "Draft a one-page brief: scope, inputs, outputs, deadline, budget.",
        "there is no brief yet", 3.0, Normal),
    item("done", "Understanding", "Do you know what “done” looks like: the deliverables and examples of good output?",
        "Without a picture of the finished work, neither side can tell when it is finished or good.",
        "Collect two or three examples of output you would be happy with and list the deliverables.",
        "“done” is not defined", 3.0, Normal),
    item("judge", "Understanding", "Can you judge the quality of the result yourself?",
        "If you can't tell good work from bad, you can't manage the provider or know what you paid for.",
        "Learn enough to review the work, or find a trusted person who can review it for you.",
        "you can't judge the quality of the result", 4.0, HardStop),
    item("not-core", "Strategy", "Is this outside your core competency — not the thing customers come to you for?",
        "What customers buy from you is what sets you apart; handing it to someone else hands away the business.",
        "Keep your core work in-house; outsource the supporting tasks around it instead.",
        "this is your core competency", 4.0, HardStop).lasting(),
    item("not-facing", "Strategy", "Is it kept away from customers, or will you keep tight control where it touches them?",
        "Customers judge you by every contact. Some owners never outsource customer contact; others do it for support or lead generation under close supervision.",
        "If it is customer-facing, set response standards, review conversations weekly and keep escalation in-house.",
        "it is customer-facing without tight control", 3.0, Serious),
    item("not-everything", "Strategy", "Are you outsourcing this one task rather than everything at once?",
        "Handing off many functions together multiplies the management work and the risk at the same moment.",
        "Start with one task, learn from it, then decide on the next.",
        "too much is being outsourced at once", 2.0, Normal),
    item("goals", "Readiness", "Have you written down the goals for this work?",
        "Written goals let the provider aim at the right target and let you measure the result.",
        "Write three measurable goals with dates.",
        "there are no written goals", 3.0, Normal),
    item("procedures", "Readiness", "Are your systems and procedures documented, with example deliverables?",
        "A provider follows what is written; what lives only in your head has to be rediscovered at your cost.",
        "Document the steps, the tools and the accounts the work needs, with a sample of finished output.",
        "procedures are not documented", 2.0, Normal),
    item("comms", "Readiness", "Do you have a communication plan and the tools for it?",
        "The provider only learns what is and isn't working from you; silence lets problems grow.",
        "Agree a weekly check-in, a shared task board and one chat channel.",
        "there is no communication plan", 2.0, Normal),
    item("checkpoints", "Readiness", "Have you set checkpoints during the work, not only a final delivery?",
        "A review a quarter of the way in and again half way catches a wrong turn while it is still cheap to put right.",
        "Split the work into milestones, each with a review and your sign-off.",
        "there are no checkpoints before the final delivery", 2.0, Normal),
    item("deadlines", "Readiness", "Have you allowed for delays, so a late delivery won't put your own deadlines at risk?",
        "A provider's delay becomes yours: a launch, a filing date or a promise to a customer can slip with it.",
        "Set the provider's deadline well before the date you really need the work, and agree what happens when it is missed.",
        "a late delivery would hurt your own deadlines", 2.0, Normal),
    item("results", "Readiness", "Will you judge the provider on results and deadlines rather than on how they go about the work?",
        "Prescribing the method throws away the expertise you are paying for and turns you into an hour-by-hour supervisor.",
        "Agree what is delivered and by when; leave the method to them unless it touches your rules or your customers.",
        "you plan to manage the method rather than the result", 1.0, Normal),
    item("manager", "Readiness", "Will someone in-house manage the provider?",
        "Outsourcing moves the work, not the responsibility to direct it; unmanaged work drifts.",
        "Name the person who will brief, review and approve the work, and book their hours.",
        "nobody is assigned to manage the provider", 3.0, Normal),
    item("reputation", "The provider", "Have you checked their reputation and that they work at a professional level?",
        "An amateur outfit can look cheap until the rework bill arrives.",
        "Ask for references and past work, and check reviews on more than one site.",
        "the provider is not vetted", 2.0, Normal),
    item("trial", "The provider", "Will you start with a small trial project with a clear start and end?",
        "A short paid trial shows how you work together before you commit to more.",
        "Pick a small, self-contained piece of the work as a paid trial.",
        "there is no trial project", 2.0, Normal),
    item("specialists", "The provider", "Are you hiring specialists for distinct skills rather than one do-everything contractor?",
        "Nobody is expert at everything; a single generalist is often weak at half the job.",
        "Split the work by skill and hire for each part.",
        "one contractor is expected to do everything", 1.0, Normal),
    item("fair-rate", "The provider", "Will you pay a fair rate rather than the lowest you can negotiate?",
        "An underpaid team does hurried work; a fair rate sits a little above their local market but below your home cost.",
        "Use the fair-rate band above as your offer range.",
        "the rate is a squeeze, not a fair one", 2.0, Normal),
    item("fit", "The provider", "Are the language and time-zone fit good enough for this work?",
        "Misunderstandings and day-long reply delays eat the saving.",
        "Check the shared working hours in the region table and test communication during the trial.",
        "language or time-zone fit is weak", 2.0, Normal),
    item("culture", "The provider", "Beyond language and time zone, do their working habits suit yours: how they raise problems, treat deadlines and take feedback?",
        "Different habits about saying no, flagging a delay or asking a question cause misunderstandings no contract prevents.",
        "Ask in the interview how they handle an unclear request or a deadline they will miss, and watch for it during the trial.",
        "the working culture is unchecked", 1.0, Normal),
    item("local", "The provider", "Have you also priced providers near you, not only the cheapest far-away ones?",
        "A provider in your own or a neighbouring time zone can cost more per hour and still less in all, with easier meetings and fewer hand-offs.",
        "Get at least one quote from a nearby provider and compare it in the region table.",
        "only far-away providers were considered", 1.0, Normal),
    item("exit-clause", "The exit", "Does the contract say how either side can end it?",
        "Even good working partnerships end; without agreed terms, parting is slow and expensive.",
        "Add a notice period, a handover duty and termination terms to the contract.",
        "there is no exit clause", 2.0, Normal),
    item("ownership", "The exit", "Do you keep ownership of the work, the accounts and the credentials?",
        "If the provider holds your accounts or code, they hold your business hostage when you part ways.",
        "Create accounts in your business's name and have the contract assign the work to you.",
        "you don't own the work, accounts or credentials", 2.0, Normal),
    item("accountable", "Responsibility", "Do you accept that customers will hold you, not the provider, responsible for the result?",
        "Customers hired you; when the outsourced part fails, the complaint lands on your desk.",
        "Plan how you will check the work before customers see it.",
        "you aren't ready to answer for the provider's work", 2.0, Normal),
];

/// The answers, one per item in `ITEMS` order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Answers(pub [Answer; ITEMS.len()]);

impl Answers {
    pub fn get(&self, id: &str) -> Answer {
        index_of(id).map(|i| self.0[i]).unwrap_or_default()
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

pub fn index_of(id: &str) -> Option<usize> {
    ITEMS.iter().position(|i| i.id == id)
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
    let mut earned = 0.0;
    let mut total = 0.0;
    let mut stops = Vec::new();
    let mut warnings = Vec::new();
    let mut ranked: Vec<(u8, f64, Todo)> = Vec::new();
    for (item, &a) in ITEMS.iter().zip(answers.0.iter()) {
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
            format!("Find out: {} Then: {}", item.question, item.next)
        } else if item.lasting && a == Answer::No {
            format!("Keep this task in-house. {}", item.next)
        } else {
            item.next.to_string()
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
