//! Share, save and embed: copy link, exports, import, print, embed snippets.

use std::rc::Rc;

use yew::prelude::*;

use super::fold::use_fold;
use crate::model::export::{import_json, to_csv, unreadable_file, ExportFile, ImportFile};
use crate::model::form::{Action, Replaced};
use crate::model::i18n::{language, tr, trf, Lang};
use crate::model::query::{decode, encode, encode_short, join_query, split_query, Notice};
use crate::model::saving::RecentEntry;
use crate::model::Inputs;
use crate::ui::fmt::{number, when};
use crate::ui::state::Msg;
use crate::ui::{device, json, page, persist};

#[derive(Properties, PartialEq)]
pub struct ShareProps {
    pub inputs: Inputs,
    /// `inputs` as the app's full query string (made once by the app).
    pub query: Rc<String>,
    pub on_msg: Callback<Msg>,
    /// An import or an opened scenario can be undone (said beside the import).
    pub undo: Option<Replaced>,
}

/// The iframe snippet: auto-sizing with the parent's script, or fixed height alone.
pub fn snippets(src: &str) -> (String, String) {
    let iframe = |height: u32| {
        let title = tr("Outsource or keep in-house: cost calculator").replace('"', "&quot;");
        format!("<iframe src=\"{src}\" title=\"{title}\" width=\"100%\" height=\"{height}\" style=\"border:0;width:100%\" loading=\"lazy\"></iframe>")
    };
    let script = "<script>\naddEventListener(\"message\", function (e) {\n  var d = e.data;\n  if (!d || d.type !== \"outsource-check:height\") return;\n  document.querySelectorAll(\"iframe\").forEach(function (f) {\n    if (f.contentWindow === e.source) f.style.height = d.height + \"px\";\n  });\n});\n</script>";
    (format!("{}\n{script}", iframe(1400)), iframe(1400))
}

#[component]
pub fn Share(p: &ShareProps) -> Html {
    // Links and embeds carry the page's language (none for English).
    let lang = match language() {
        Lang::En | Lang::Pseudo => String::new(),
        l => format!("&lang={}", l.code()),
    };
    let link = format!("{}?{}{lang}", page::base_url(), p.query);
    // The snippets are written only while the panel is open: closed, they
    // would be rebuilt (and two textareas rewritten) on every keystroke.
    let (embed_open, ontoggle) = use_fold();
    let (with_script, plain) = if embed_open {
        snippets(&format!(
            "{}?embed=1&{}{lang}",
            page::base_url(),
            join_query(&encode_short(&p.inputs))
        ))
    } else {
        (String::new(), String::new())
    };
    let notify = p.on_msg.clone();
    // "Link copied" (or why not) is said beside the button pressed.
    let copy_status = use_state_eq(String::new);
    let copy = {
        let link = link.clone();
        let copy_status = copy_status.clone();
        Callback::from(move |_| {
            let copy_status = copy_status.clone();
            device::copy(link.clone(), move |r| {
                copy_status.set(match r {
                    Ok(()) => tr("Link copied.").into(),
                    Err(m) => m,
                })
            })
        })
    };
    // The system share sheet, where the browser has one (most phones).
    let can_share = device::can_share();
    let share = {
        let link = link.clone();
        let copy_status = copy_status.clone();
        Callback::from(move |_| {
            if let Err(m) = device::share(&link) {
                copy_status.set(m);
            }
        })
    };
    let inputs = p.inputs.clone();
    let csv = {
        let notify = notify.clone();
        let inputs = inputs.clone();
        Callback::from(move |_| {
            if let Err(m) = device::download("outsource-check.csv", "text/csv", &to_csv(&inputs)) {
                notify.emit(Msg::Notice(m));
            }
        })
    };
    let json = {
        let notify = notify.clone();
        Callback::from(move |_| {
            if let Err(m) = device::download(
                "outsource-check.json",
                "application/json",
                &(json::text(&ExportFile(&encode(&inputs)), true) + "\n"),
            ) {
                notify.emit(Msg::Notice(m));
            }
        })
    };
    // What the last import did, said beside the import field.
    let import_status = use_state_eq(String::new);
    let import = {
        let notify = notify.clone();
        let import_status = import_status.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            let notify = notify.clone();
            let import_status = import_status.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let text = wasm_bindgen_futures::JsFuture::from(file.text())
                    .await
                    .ok()
                    .and_then(|t| t.as_string());
                let entries = text
                    .ok_or_else(|| tr("The file could not be read.").to_string())
                    .and_then(|t| {
                        json::parse::<ImportFile>(&t)
                            .map(|f| f.0)
                            .map_err(|e| unreadable_file(e == json::Unread::NotJson))
                    });
                let notices = |n: &[Notice]| n.iter().map(|x| x.message()).collect::<Vec<_>>();
                match entries.map(import_json) {
                    Ok(Ok(d)) => {
                        // What was on screen goes to the recent list (the
                        // state's effect), and the import can be undone.
                        import_status.set(if d.notices.is_empty() {
                            tr("Scenario imported.").into()
                        } else {
                            tr("Scenario imported; what could not be used is listed at the top.")
                                .into()
                        });
                        notify.emit(Msg::Imported(d.inputs, notices(&d.notices)));
                    }
                    Ok(Err(refused)) => {
                        import_status.set(refused.message.clone());
                        for n in notices(&refused.notices) {
                            notify.emit(Msg::Notice(n));
                        }
                    }
                    Err(m) => import_status.set(trf(
                        "Not imported: {reason} Your scenario is unchanged.",
                        &[("reason", &m)],
                    )),
                }
            });
        })
    };
    // Recent scenarios, read from storage only while their panel is open.
    let (recent_open, on_recent_toggle) = use_fold();
    let (recent, damaged) = if recent_open {
        persist::recent()
    } else {
        Default::default()
    };
    let recent: Vec<RecentEntry> = recent
        .into_iter()
        .filter(|e| e.query() != p.query.as_str())
        .collect();
    let print = Callback::from(|_| {
        let _ = gloo::utils::window().print();
    });
    html! {
        <section class="card share" aria-labelledby="share-h">
            <h2 id="share-h">{tr("Share, save and export")}</h2>
            <div class="field">
                <label for="share-link">{tr("Link to this scenario")}</label>
                <input id="share-link" type="text" readonly=true value={link} />
            </div>
            <div class="buttons">
                <button type="button" id="copy-link" onclick={copy}>{tr("Copy link")}</button>
                if can_share {
                    <button type="button" id="share-sheet" class="secondary" onclick={share}>{tr("Share…")}</button>
                }
                <button type="button" id="export-csv" class="secondary" onclick={csv}>{tr("Export CSV")}</button>
                <button type="button" id="export-json" class="secondary" onclick={json}>{tr("Export JSON")}</button>
                <button type="button" class="secondary" onclick={print}>{tr("Print report")}</button>
            </div>
            <p id="copy-status" role="status" class="hint">{(*copy_status).clone()}</p>
            <div class="field">
                <label for="import-json">{tr("Import a scenario (JSON)")}</label>
                <input id="import-json" type="file" accept=".json,application/json" onchange={import} />
                <p id="import-status" role="status" class="hint">{(*import_status).clone()}</p>
                if let Some(how) = p.undo {
                    <button type="button" id="undo-import" class="secondary" onclick={notify.reform(|_| Msg::Form(Action::Undo))}>{how.undo_label()}</button>
                }
            </div>
            <details id="recent" ontoggle={on_recent_toggle}>
                <summary>{tr("Recent scenarios")}</summary>
                <p class="hint">{tr("The scenarios this browser held before the current one: after an import, a reset, or another tab's changes. Nothing leaves this browser.")}</p>
                if damaged {
                    <p class="hint">{tr("Part of the recent list could not be read. It is kept aside in this browser, untouched.")}</p>
                }
                if recent_open && recent.is_empty() {
                    <p>{tr("None yet.")}</p>
                }
                <ul class="recent">
                    for e in recent {
                        {{
                            let d = decode(&split_query(e.query()));
                            let at = e.saved_at().map(when).unwrap_or_else(|| tr("time unknown").into());
                            if !d.has_scenario {
                                html! {
                                    <li><span>{tr("Unreadable scenario, kept as it was")}</span>{" "}<span class="hint">{at}</span></li>
                                }
                            } else {
                                let i = d.inputs;
                                let hours = i.resolve().hours_per_month;
                                let what = trf("{task} · {home} → {region} · {hours} h/month", &[("task", i.task.label()), ("home", i.home.label()), ("region", i.region.label()), ("hours", &number(hours, 0))]);
                                let open = notify.reform(move |_| Msg::Form(Action::Load(i.clone(), Replaced::Opened)));
                                html! {
                                    <li>
                                        <span>{what}</span>{" "}<span class="hint">{at}</span>{" "}
                                        <button type="button" class="secondary" onclick={open}>{tr("Open")}</button>
                                    </li>
                                }
                            }
                        }}
                    }
                </ul>
            </details>
            <details id="embed-panel" {ontoggle}>
                <summary>{tr("Embed this on your site")}</summary>
                <p class="hint">{tr("Paste into a blog post. With the script the frame fits its content; without it (many platforms strip scripts) the frame stays 1400 px tall and scrolls inside.")}</p>
                <p class="hint">{tr("To match your blog, add to the address in src: theme=light or theme=dark (default: the reader's setting), accent=RRGGBB (your colour as six hex digits, made readable if needed), title=0 (hide the title when your post has its own), lang=de, fr or nl (the calculator's language; without it, the reader's).")}</p>
                <div class="field">
                    <label for="embed-script">{tr("Frame that sizes itself (iframe + script)")}</label>
                    <textarea id="embed-script" readonly=true rows="8" value={with_script} />
                </div>
                <div class="field">
                    <label for="embed-plain">{tr("Frame only (fixed height)")}</label>
                    <textarea id="embed-plain" readonly=true rows="3" value={plain} />
                </div>
            </details>
        </section>
    }
}
