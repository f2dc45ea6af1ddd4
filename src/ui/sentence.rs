//! Translated sentences that hold page elements: a whole sentence is one
//! catalogue key, and figures (with their ids) fill its `{placeholders}`,
//! so a translator can put them wherever the language wants them.

use yew::prelude::*;

use crate::model::i18n::tr;

/// `en` in the page's language, each `{name}` replaced by its element; an
/// unknown placeholder stays as written.
pub fn tr_html(en: &'static str, args: &[(&str, Html)]) -> Html {
    let mut nodes: Vec<Html> = Vec::new();
    let mut rest = tr(en);
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            break;
        };
        let (before, name) = (&rest[..open], &after[..close]);
        match args.iter().find(|(n, _)| *n == name) {
            Some((_, node)) => {
                if !before.is_empty() {
                    nodes.push(Html::from(before.to_string()));
                }
                nodes.push(node.clone());
            }
            None => nodes.push(Html::from(rest[..open + close + 2].to_string())),
        }
        rest = &after[close + 1..];
    }
    if !rest.is_empty() {
        nodes.push(Html::from(rest.to_string()));
    }
    nodes.into_iter().collect()
}
