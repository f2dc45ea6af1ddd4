//! The verdicts: cost, rate and readiness. `decide` chooses what to say
//! (pure, tested by variant); `words`, `sentences` and `labels` say it, on
//! the host too. Money is formatted by the caller (see `numbers::Fmt`).

mod decide;
mod labels;
mod sentences;
mod words;

pub use decide::{
    answer_effect_of, caveats, cost_result, counted, decide, readiness, readiness_for, season,
    AnswerEffect, Caveat, Combined, CostResult, Decision, EffectKind, Season,
};
pub use labels::{capitalise, label, percent, short_label};
pub use sentences::{break_even_sentence, fte_sentence, range_sentence, tipping_sentence};
pub use words::{
    answer_effect, answer_effect_words, caveat_words, combined_verdict, cost_verdict,
    rate_class_flag, rate_hint, rate_scale_label, rate_verdict, season_verdict, short_verdict,
};

#[cfg(test)]
mod tests;
