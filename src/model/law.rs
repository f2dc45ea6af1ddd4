//! The home country's rule on a freelancer who works like an employee.
//!
//! The law that applies is the one where the business employs (its
//! [`Home`]), not the page's language: a Belgian reading French gets no
//! French law, an English reader with a Dutch business gets the Dutch rule.
//! Each text is English, marked `t!` and translated where it is shown.

use super::regions::Home;
use crate::t;

/// What the home country's law says about disguised employment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ContractorRule {
    /// The risk, what it costs the business, who decides and how to get
    /// certainty, in two or three short sentences (a catalogue key).
    pub text: &'static str,
    /// The statutes and authorities the text relies on, with their years
    /// (a catalogue key).
    pub source: &'static str,
}

impl Home {
    /// The rule on a freelancer who works like an employee in this country;
    /// none for "other country", whose law the page cannot know.
    pub fn contractor_rule(self) -> Option<ContractorRule> {
        let (text, source) = match self {
            Home::De => (
                t!("A freelancer who works like an employee (on your instructions, part of your organisation) is in employment under § 7(1) SGB IV. You then owe the social-security contributions including the employee's share (§ 28e) and usually late-payment surcharges (§ 24), claimable until 4 years after the end of the year they fell due, 30 if withheld on purpose (§ 25); the employee's share can generally be deducted only from the next three payslips (§ 28g). The Deutsche Rentenversicherung checks this in its payroll audits; its status determination procedure (§ 7a SGB IV) gives certainty in advance."),
                t!("SGB IV §§ 7, 7a, 24, 25, 28e, 28g (as in force in 2025); Deutsche Rentenversicherung, rvRecht notes on § 7a (2022) and § 25 (2023)"),
            ),
            Home::Fr => (
                t!("A registered freelancer is presumed self-employed (Code du travail, art. L8221-6), but URSSAF or a labour court can find an employment contract when they work under your permanent legal subordination (your orders, your control). You then owe back social contributions with surcharges; if it was intentional, it is concealed employment (travail dissimulé, art. L8221-5), punishable by up to 3 years in prison and a €45,000 fine (art. L8224-1)."),
                t!("Code du travail, art. L8221-5, L8221-6 and L8224-1 (as in force in 2025)"),
            ),
            Home::Nl => (
                t!("If a freelancer (zzp'er) works for you like an employee (under your authority, part of your organisation, not as a real entrepreneur), the Belastingdienst can treat it as employment and claim the wage taxes and premiums from you, with fines. It has enforced the Wet DBA again since 1 January 2025; a model agreement it has approved, followed in practice, gives certainty."),
                t!("Wet deregulering beoordeling arbeidsrelaties (Wet DBA, 2016); Belastingdienst: end of the enforcement moratorium, 1 January 2025"),
            ),
            Home::Uk => (
                t!("Whatever your size, you judge the employment status of a contractor you engage directly: if they work like an employee, HMRC can claim the PAYE income tax and both the employee's and the employer's National Insurance from you, with interest and penalties. If they work through their own company, a medium or large client decides under the off-payroll working rules (IR35) since April 2021; for a small client, the contractor's company decides. HMRC's Check Employment Status for Tax (CEST) tool gives a result HMRC stands by if your answers are accurate."),
                t!("ITEPA 2003, Part 2, Chapters 8 (IR35) and 10 (off-payroll working, private sector from 6 April 2021); HMRC guidance and the CEST tool"),
            ),
            Home::Us => (
                t!("The IRS treats a worker as your employee when you control what they do and how (the common-law test); misclassify them and you owe the employment taxes you did not withhold or pay (income tax, Social Security, Medicare, federal unemployment tax) with penalties, and under the FLSA's economic-reality test unpaid minimum wage and overtime. Some states are stricter, such as California's ABC test (AB5, 2019); IRS Form SS-8 gets you the IRS's determination."),
                t!("IRS Publication 15-A and Form SS-8 (2025); Fair Labor Standards Act (29 U.S.C. § 203); California Labor Code § 2775 (AB5, 2019)"),
            ),
            Home::Ca => (
                t!("The CRA treats a worker as your employee when, looking at the whole relationship (control, tools, helpers, chance of profit and risk of loss), they work in your business rather than their own; you then owe the CPP contributions and EI premiums you did not deduct, both shares, and the income tax you should have withheld, with penalties and interest. A CPP/EI ruling from the CRA settles an existing engagement; in Quebec, Revenu Québec rules as well."),
                t!("CRA guide RC4110, Employee or Self-Employed?, and CPP/EI rulings (form CPT1), 2025"),
            ),
            Home::Au => (
                t!("For tax and super the ATO reads the written contract, as the High Court did in 2022 (Personnel Contracting, Jamsek); for wages and leave, the Fair Work Act looks at the whole relationship in practice since 26 August 2024 (s 15AA). Misclassify an employee and you owe the super guarantee charge, penalties for PAYG not withheld and unpaid entitlements; presenting employment as contracting is sham contracting, with civil penalties (Fair Work Act s 357)."),
                t!("High Court: CFMMEU v Personnel Contracting [2022] HCA 1, ZG Operations v Jamsek [2022] HCA 2; ATO ruling TR 2023/4; Fair Work Act 2009, ss 15AA (2024) and 357"),
            ),
            Home::Other => return None,
        };
        Some(ContractorRule { text, source })
    }
}
