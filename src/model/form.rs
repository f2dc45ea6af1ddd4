//! The form behind the page: the text of each field as typed, its error, and
//! the last valid inputs. Pure, so the page's reducer is tested on the host.

use std::sync::Arc;

use super::checklist::{Answer, ITEMS};
use super::choices::{clean_name, Choice, Side, MAX_CHOICES};
use super::data::{self, Currency};
use super::i18n::tr;
use super::parse::{parse_field, Decimal, Note, PageCurrency, ParseError};
use super::query::number_text;
use super::regions::{Home, Region, Task};
use super::scenario::{Field, Inputs, ProviderKind, Unit};

/// Something the user did.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Text(Field, String),
    Task(Task),
    Home(Home),
    Region(Region),
    /// A row of the region table: region and its fair rate (rate and
    /// management hours go back to their defaults).
    PickRegion(Region),
    Provider(ProviderKind),
    Currency(Currency),
    /// Checklist item (index into `checklist::ITEMS`) and its answer.
    Answer(usize, Answer),
    /// Replace the whole scenario (a JSON import, a recent scenario, the one
    /// another tab saved); undoable once.
    Load(Inputs, Replaced),
    /// Back to today's defaults; undoable once.
    Reset,
    /// Undo the last reset.
    Undo,
    /// Keep the scenario on screen as an option of the comparison (the hire
    /// it costs, or its outsourced option).
    AddChoice(Side),
    RemoveChoice(usize),
    /// Move an option to the front: the others are set against it.
    FrontChoice(usize),
    /// Name an option (blank: the name made from what distinguishes it).
    RenameChoice(usize, String),
    /// Put an option on screen: edits go into it until another is opened,
    /// one is added or editing stops. Undoable once.
    OpenChoice(usize),
    StopEditing,
}

/// What replaced the scenario, for the undo button's words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Replaced {
    Reset,
    Import,
    /// A scenario from the recent list or another tab.
    Opened,
}

impl Replaced {
    /// The undo button's label, in the language in use.
    pub fn undo_label(self) -> &'static str {
        match self {
            Replaced::Reset => tr("Undo reset"),
            Replaced::Import => tr("Undo import"),
            Replaced::Opened => tr("Back to the scenario you had"),
        }
    }
}

/// Whether an action replaces the scenario (and manages the undo) or edits it.
enum Kind {
    Replace,
    Edit,
}

/// Text, errors and the last valid inputs.
#[derive(Clone, Debug, PartialEq)]
pub struct Form {
    pub inputs: Inputs,
    pub decimal: Decimal,
    /// The user has changed something since the form was created (a scenario
    /// opened from a link is not saved over the visitor's own until then).
    pub edited: bool,
    /// What "Undo" restores after a reset or a replacement, and what replaced it.
    pub undo: Option<(Replaced, Box<Inputs>)>,
    texts: Vec<String>,
    errors: Vec<Option<ParseError>>,
    /// How each field's text was read: an ambiguous separator, a unit converted.
    readings: Vec<Option<Note>>,
}

impl Form {
    pub fn new(inputs: Inputs, decimal: Decimal) -> Form {
        let n = Field::ALL.len();
        let mut form = Form {
            inputs,
            decimal,
            edited: false,
            undo: None,
            texts: vec![String::new(); n],
            errors: vec![None; n],
            readings: vec![None; n],
        };
        form.sync_texts();
        form
    }

    /// The text shown in a field (empty = default).
    pub fn text(&self, f: Field) -> &str {
        &self.texts[f as usize]
    }

    pub fn error(&self, f: Field) -> Option<ParseError> {
        self.errors[f as usize].clone()
    }

    /// What to say beside the field about how its text was read (see
    /// `text::reading_note`).
    pub fn reading(&self, f: Field) -> Option<Note> {
        self.readings[f as usize]
    }

    /// True when any field holds text that cannot be used.
    pub fn has_errors(&self) -> bool {
        self.errors.iter().any(Option::is_some)
    }

    /// Apply an action; returns false when nothing changed.
    pub fn apply(&mut self, action: Action) -> bool {
        let before = self.clone();
        let action_kind = if matches!(
            action,
            Action::Reset | Action::Undo | Action::Load(..) | Action::OpenChoice(_)
        ) {
            Kind::Replace
        } else {
            Kind::Edit
        };
        match action {
            Action::Text(f, text) => {
                let i = f as usize;
                match parse_field(f, &text, self.decimal, PageCurrency::of(&self.inputs)) {
                    Ok(p) => {
                        self.inputs.set(f, p.map(|p| p.value));
                        self.errors[i] = None;
                        self.readings[i] = p.and_then(|p| p.note());
                    }
                    // The last valid value stays in `inputs`; only this field is flagged.
                    Err(e) => {
                        self.errors[i] = Some(e);
                        self.readings[i] = None;
                    }
                }
                self.texts[i] = text;
            }
            Action::Task(t) => {
                self.inputs.task = t;
                // A task without a common tool has no software option.
                if !self.inputs.provider.offered_for(t) {
                    self.inputs.provider = ProviderKind::Freelancer;
                }
            }
            Action::Home(h) => {
                if self.inputs.currency == data::home_currency(self.inputs.home) {
                    self.convert_currency(data::home_currency(h));
                }
                self.inputs.home = h;
            }
            Action::Region(r) => self.inputs.region = r,
            Action::PickRegion(r) => {
                self.inputs.region = r;
                for f in [Field::Rate, Field::MgmtHours] {
                    self.clear(f);
                }
            }
            Action::Provider(k) if k.offered_for(self.inputs.task) => self.inputs.provider = k,
            Action::Provider(_) => {}
            Action::Currency(c) => self.convert_currency(c),
            Action::Answer(i, a) => {
                if i < ITEMS.len() {
                    self.inputs.answers.0[i] = a;
                }
            }
            Action::Load(inputs, how) => {
                let previous = std::mem::replace(&mut self.inputs, inputs);
                self.sync_texts();
                if previous != self.inputs {
                    self.undo = Some((how, Box::new(previous)));
                }
            }
            Action::Reset => {
                let previous = self.inputs.clone();
                *self = Form::new(Inputs::default(), self.decimal);
                if previous != self.inputs {
                    self.undo = Some((Replaced::Reset, Box::new(previous)));
                }
            }
            Action::Undo => {
                if let Some((_, previous)) = self.undo.take() {
                    self.inputs = *previous;
                    self.sync_texts();
                }
            }
            Action::OpenChoice(k) => {
                if let Some(choice) = self.inputs.choices.get(k) {
                    let mut next = choice.inputs.alone();
                    next.choices = self.inputs.choices.clone();
                    next.editing = Some(k);
                    let previous = std::mem::replace(&mut self.inputs, next);
                    self.sync_texts();
                    if previous != self.inputs {
                        self.undo = Some((Replaced::Opened, Box::new(previous)));
                    }
                }
            }
            other => self.apply_to_choices(other),
        }
        // The option being edited follows the screen.
        if let Some(e) = self.inputs.editing {
            let alone = self.inputs.alone();
            if self
                .inputs
                .choices
                .get(e)
                .is_some_and(|c| c.inputs != alone)
            {
                Arc::make_mut(&mut self.inputs.choices)[e].inputs = alone;
            }
        }
        if *self == before {
            return false;
        }
        // An undo restores what a reset or a replacement took away; once the
        // reader edits on, it would throw those edits away, so it goes.
        if !matches!(action_kind, Kind::Replace) && self.undo == before.undo {
            self.undo = None;
        }
        self.edited = true;
        true
    }

    /// Add, remove, move, name or stop editing an option.
    fn apply_to_choices(&mut self, action: Action) {
        let n = self.inputs.choices.len();
        let editing = self.inputs.editing;
        let alone = self.inputs.alone();
        let list = Arc::make_mut(&mut self.inputs.choices);
        match action {
            Action::AddChoice(side) if n < MAX_CHOICES => {
                list.push(Choice {
                    name: None,
                    side,
                    inputs: alone,
                });
                self.inputs.editing = None;
            }
            Action::RemoveChoice(k) if k < n => {
                list.remove(k);
                self.inputs.editing = match editing {
                    Some(e) if e == k => None,
                    Some(e) if e > k => Some(e - 1),
                    e => e,
                };
            }
            Action::FrontChoice(k) if k < n => {
                let c = list.remove(k);
                list.insert(0, c);
                self.inputs.editing = match editing {
                    Some(e) if e == k => Some(0),
                    Some(e) if e < k => Some(e + 1),
                    e => e,
                };
            }
            Action::RenameChoice(k, text) if k < n => list[k].name = clean_name(&text),
            Action::StopEditing => self.inputs.editing = None,
            _ => {}
        }
    }

    fn clear(&mut self, f: Field) {
        self.inputs.set(f, None);
        let i = f as usize;
        self.texts[i].clear();
        self.errors[i] = None;
        self.readings[i] = None;
    }

    /// Switch currency, converting amounts the user typed at the two default rates.
    fn convert_currency(&mut self, to: Currency) {
        let from_fx = self.inputs.resolve().fx;
        let ratio = to.per_usd() / from_fx;
        self.inputs.currency = to;
        self.clear(Field::Fx);
        for &f in Field::ALL {
            if matches!(f.spec().unit, Unit::Money | Unit::MoneyPerHour) {
                // To the cent, so the field, the figures and the link agree.
                if let Some(v) = self.inputs.get(f) {
                    self.inputs
                        .set(f, Some((v * ratio * 100.0).round() / 100.0));
                }
            }
        }
        self.sync_texts();
    }

    /// Rewrite each set field's text from its value (after loading or converting).
    fn sync_texts(&mut self) {
        for &f in Field::ALL {
            let i = f as usize;
            self.texts[i] = self
                .inputs
                .get(f)
                .map(|v| plain_input(v, self.decimal))
                .unwrap_or_default();
            self.errors[i] = None;
            self.readings[i] = None;
        }
    }
}

/// A value as the field shows it: no grouping, the digits the link keeps
/// (so what was typed comes back as typed, "12.345" stays 12.345), with the
/// page language's decimal separator ("1234.5", "1234,5"); never read as
/// "1.234"-style ambiguous, it reads back as the same value.
fn plain_input(v: f64, decimal: Decimal) -> String {
    let text = number_text(v);
    match decimal {
        Decimal::Point => text,
        Decimal::Comma => text.replace('.', ","),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> Form {
        Form::new(Inputs::default(), Decimal::Point)
    }

    #[test]
    fn a_loaded_value_is_written_with_the_languages_decimal_separator_and_reads_back() {
        let mut inputs = Inputs::default();
        inputs.set(Field::Rate, Some(1234.5));
        for (decimal, want) in [(Decimal::Point, "1234.5"), (Decimal::Comma, "1234,5")] {
            let mut f = Form::new(inputs.clone(), decimal);
            assert_eq!(f.text(Field::Rate), want);
            // Typed back as shown, the field keeps its value and says nothing.
            f.apply(Action::Text(Field::Rate, want.into()));
            assert_eq!(f.inputs.get(Field::Rate), Some(1234.5));
            assert_eq!((f.error(Field::Rate), f.reading(Field::Rate)), (None, None));
        }
    }

    #[test]
    fn typing_a_number_sets_the_input() {
        let mut f = form();
        assert!(f.apply(Action::Text(Field::Hours, "1,200".into())));
        assert_eq!(f.inputs.get(Field::Hours), Some(1200.0));
        assert_eq!(f.text(Field::Hours), "1,200");
    }

    #[test]
    fn a_bad_entry_is_flagged_and_keeps_the_last_valid_value_and_other_fields() {
        let mut f = form();
        f.apply(Action::Text(Field::Salary, "50000".into()));
        f.apply(Action::Text(Field::Hours, "60".into()));
        f.apply(Action::Text(Field::Hours, "sixty".into()));
        assert_eq!(f.error(Field::Hours), Some(ParseError::NotANumber));
        assert_eq!(f.inputs.get(Field::Hours), Some(60.0));
        assert_eq!(f.text(Field::Hours), "sixty");
        assert_eq!(f.inputs.get(Field::Salary), Some(50000.0));
        assert_eq!(f.text(Field::Salary), "50000");
        assert!(f.has_errors());
        f.apply(Action::Text(Field::Hours, "".into()));
        assert_eq!(f.inputs.get(Field::Hours), None);
        assert!(!f.has_errors());
    }

    #[test]
    fn picking_a_region_row_restores_its_fair_rate() {
        let mut f = form();
        f.apply(Action::Text(Field::Rate, "12".into()));
        f.apply(Action::PickRegion(Region::EasternEurope));
        assert_eq!(f.inputs.region, Region::EasternEurope);
        assert_eq!(f.inputs.get(Field::Rate), None);
        assert_eq!(f.text(Field::Rate), "");
    }

    #[test]
    fn changing_currency_converts_typed_amounts() {
        let mut f = form();
        f.apply(Action::Text(Field::Salary, "100000".into()));
        f.apply(Action::Currency(Currency::Eur));
        assert_eq!(f.inputs.get(Field::Salary), Some(85100.0));
        assert_eq!(f.text(Field::Salary), "85100");
        f.apply(Action::Home(Home::Uk));
        // EUR was not the US default currency, so it stays.
        assert_eq!(f.inputs.currency, Currency::Eur);
    }

    #[test]
    fn changing_home_follows_its_currency() {
        let mut f = form();
        f.apply(Action::Home(Home::De));
        assert_eq!(f.inputs.currency, Currency::Eur);
    }

    #[test]
    fn reset_is_undoable_once() {
        let mut f = form();
        f.apply(Action::Text(Field::Hours, "12".into()));
        f.apply(Action::Reset);
        assert_eq!(f.inputs.get(Field::Hours), None);
        assert!(f.apply(Action::Undo));
        assert_eq!(f.inputs.get(Field::Hours), Some(12.0));
        assert_eq!(f.text(Field::Hours), "12");
        assert!(!f.apply(Action::Undo));
    }

    #[test]
    fn edits_mark_the_form_edited() {
        let mut f = form();
        assert!(!f.edited);
        f.apply(Action::Task(Task::WebDev));
        assert!(!f.edited, "no change, no edit");
        f.apply(Action::Task(Task::Seo));
        assert!(f.edited);
    }

    #[test]
    fn nothing_changed_is_reported() {
        let mut f = form();
        assert!(!f.apply(Action::Task(Task::WebDev)));
        assert!(f.apply(Action::Task(Task::Seo)));
        assert!(f.apply(Action::Reset));
        assert_eq!(f.inputs, Inputs::default());
    }
}

#[cfg(test)]
mod replace_tests {
    use super::*;

    #[test]
    fn a_replaced_scenario_is_undoable_once() {
        let mut f = Form::new(Inputs::default().with(Field::Hours, 33.0), Decimal::Point);
        f.apply(Action::Load(Inputs::default(), Replaced::Import));
        assert_eq!(f.undo.as_ref().map(|u| u.0), Some(Replaced::Import));
        assert_eq!(f.inputs.get(Field::Hours), None);
        assert!(f.apply(Action::Undo));
        assert_eq!(f.inputs.get(Field::Hours), Some(33.0));
        assert_eq!(f.text(Field::Hours), "33");
        assert!(f.undo.is_none());
    }

    #[test]
    fn an_edit_after_a_replacement_drops_the_undo() {
        let mut f = Form::new(Inputs::default().with(Field::Hours, 33.0), Decimal::Point);
        f.apply(Action::Reset);
        assert!(f.undo.is_some());
        f.apply(Action::Text(Field::Hours, "12".into()));
        assert!(f.undo.is_none(), "undo would throw the new edit away");
    }
}
