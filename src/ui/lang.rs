//! The page's language: chosen at start-up (the link's `lang`, else the
//! reader's saved choice, else the browser's languages), its catalogue
//! fetched before the first render, `<html lang>` and the manifest set.
//! Switching saves the choice and reloads the page in the new language,
//! once its catalogue is at hand (offline, it says what it needs instead).

use std::cell::RefCell;

use js_sys::Object;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::{events, page, persist};
use crate::model::catalogue::Catalogue;
use crate::model::i18n::{self, tr, trf, Lang};
use crate::model::query::split_query;

/// localStorage key of the reader's chosen language.
pub const LANG_KEY: &str = "outsource-check:lang";

thread_local! {
    /// Said once the page shows: a refused `lang`, or a language that
    /// could not be loaded.
    static NOTICES: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// The `lang` parameter of the page's address, if any (the last one, as
/// for the page's other parameters).
fn link_lang() -> Option<String> {
    split_query(&page::query())
        .into_iter()
        .rev()
        .find_map(|(k, v)| (k == "lang").then_some(v))
}

fn saved_lang() -> Option<String> {
    gloo::utils::window()
        .local_storage()
        .ok()
        .flatten()
        .and_then(|s| s.get_item(LANG_KEY).ok().flatten())
}

/// The catalogue file of a language, relative to the page: the build's,
/// keyed by each English text's id (`i18n/de.ids.json`; `i18n/de.json`,
/// keyed by the English, stays for pages of earlier versions).
pub fn catalogue_url(lang: Lang) -> String {
    format!("i18n/{}.ids.json", lang.code())
}

/// How long the page waits for a catalogue before it shows in English (and
/// switches when the catalogue arrives).
const CATALOGUE_WAIT_MS: i32 = 3000;

/// A language's catalogue text: the fetch `start.js` began beside the app's
/// scripts, if it chose the same language; else fetched now.
async fn catalogue_text(lang: Lang) -> Result<JsValue, JsValue> {
    let early = js_sys::Reflect::get(
        &gloo::utils::window(),
        &JsValue::from_str("__outsourceCheckCatalogue"),
    )
    .ok()
    .filter(|v| v.is_object());
    if let Some(early) = early {
        let same = js_sys::Reflect::get(&early, &JsValue::from_str("lang"))
            .ok()
            .and_then(|v| v.as_string())
            .is_some_and(|c| c == lang.code());
        let promise = js_sys::Reflect::get(&early, &JsValue::from_str("text"))
            .ok()
            .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
        if let (true, Some(promise)) = (same, promise) {
            let text = JsFuture::from(promise).await?;
            if text.is_string() {
                return Ok(text);
            }
        }
    }
    let resp = JsFuture::from(gloo::utils::window().fetch_with_str(&catalogue_url(lang))).await?;
    let resp: web_sys::Response = resp.dyn_into()?;
    if !resp.ok() {
        return Err(JsValue::from_str("not found"));
    }
    JsFuture::from(resp.text()?).await
}

/// A catalogue's text, read.
fn read(text: &JsValue) -> Option<Catalogue> {
    super::json::parse::<Catalogue>(&text.as_string()?).ok()
}

/// Fetch a language's catalogue and read it.
pub async fn fetch_catalogue(lang: Lang) -> Option<Catalogue> {
    read(&catalogue_text(lang).await.ok()?)
}

/// A promise that resolves (to `undefined`) after `ms`.
fn after(ms: i32) -> js_sys::Promise {
    js_sys::Promise::new(&mut |resolve, _| {
        let _ = gloo::utils::window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    })
}

/// Use `lang` with its catalogue from now on.
fn use_catalogue(lang: Lang, cat: Catalogue) {
    i18n::set_language_with(lang, Box::new(move |en| cat.get(en).map(str::to_string)));
}

/// Said in the language that is not there yet, from here.
fn not_loaded(lang: Lang, late: bool) -> String {
    match (lang, late) {
        (Lang::De, false) => "Deutsch konnte nicht geladen werden (keine Verbindung?): Die Seite ist auf Englisch, bis es gelingt.",
        (Lang::De, true) => "Deutsch wird noch geladen: Die Seite ist auf Englisch, bis es da ist.",
        (Lang::Fr, false) => "Le français n’a pas pu être chargé (pas de connexion\u{202f}?)\u{202f}: la page reste en anglais en attendant.",
        (Lang::Fr, true) => "Le français est encore en cours de chargement\u{202f}: la page reste en anglais en attendant.",
        (_, false) => "Nederlands kon niet worden geladen (geen verbinding?): de pagina is in het Engels tot het lukt.",
        (_, true) => "Nederlands wordt nog geladen: de pagina is in het Engels tot het er is.",
    }
    .to_string()
}

/// Choose the language and load its words: before the first render. A
/// catalogue that has not come after `CATALOGUE_WAIT_MS` leaves the page in
/// English, with a notice, until it comes; the page then switches to it.
pub async fn init() {
    let param = link_lang();
    let (lang, refused) = i18n::choose(
        param.as_deref(),
        saved_lang().as_deref(),
        &page::languages(),
    );
    let mut notices = Vec::new();
    let mut used = lang;
    if lang.has_catalogue() {
        let text = wasm_bindgen_futures::future_to_promise(catalogue_text(lang));
        let race = js_sys::Promise::race(&js_sys::Array::of2(&text, &after(CATALOGUE_WAIT_MS)));
        match JsFuture::from(race).await {
            Ok(t) if t.is_undefined() => {
                used = Lang::En;
                notices.push(not_loaded(lang, true));
                i18n::set_language_with(Lang::En, Box::new(|_| None));
                wasm_bindgen_futures::spawn_local(async move {
                    if let Some(cat) = JsFuture::from(text).await.ok().as_ref().and_then(read) {
                        use_catalogue(lang, cat);
                        apply(lang);
                        super::remount();
                    }
                });
            }
            Ok(t) => {
                // Reading the catalogue is a task of its own (about 30 ms
                // at 4x CPU), apart from the wasm's start before it and the
                // app's first render after it.
                let _ = JsFuture::from(after(0)).await;
                match read(&t) {
                    Some(cat) => use_catalogue(lang, cat),
                    None => {
                        used = Lang::En;
                        notices.push(not_loaded(lang, false));
                    }
                }
            }
            Err(_) => {
                used = Lang::En;
                notices.push(not_loaded(lang, false));
            }
        }
    } else {
        i18n::set_language_with(lang, Box::new(|_| None));
    }
    if let Some(bad) = refused {
        notices.push(trf(
            "This link asks for the language “{code}”, which this calculator does not speak; it shows {language} instead.",
            &[("code", &bad), ("language", used.name())],
        ));
    }
    NOTICES.with(|n| *n.borrow_mut() = notices);
    apply(used);
}

/// The document in `lang`: `<html lang>`, title, description, manifest.
fn apply(lang: Lang) {
    let document = gloo::utils::document();
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("lang", lang.code());
    }
    if lang != Lang::En {
        document.set_title(tr(
            "Outsource or keep it in-house? Cost and readiness check",
        ));
        if let Ok(Some(m)) = document.query_selector("meta[name=description]") {
            let _ = m.set_attribute("content", tr("Compare the full cost of keeping a task in-house with outsourcing it: fair regional rates, management overhead, tooling, break-even. Runs in your browser; nothing is sent anywhere."));
        }
        if lang.has_catalogue() {
            if let Ok(Some(m)) = document.query_selector("link[rel=manifest]") {
                let _ = m.set_attribute("href", &format!("manifest-{}.webmanifest", lang.code()));
            }
        }
    }
}

/// The notices `init` left for the page (taken once).
pub fn take_notices() -> Vec<String> {
    NOTICES.with(|n| std::mem::take(&mut *n.borrow_mut()))
}

/// The page's address with `lang` set to `code` (other parameters kept).
fn address_with(code: &str) -> String {
    let location = gloo::utils::window().location();
    let path = location.pathname().unwrap_or_default();
    let search = location.search().unwrap_or_default();
    let mut parts: Vec<&str> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|kv| !kv.is_empty() && !kv.starts_with("lang="))
        .collect();
    let lang = format!("lang={code}");
    parts.push(&lang);
    format!("{path}?{}", parts.join("&"))
}

/// Switch to `lang`: its catalogue first (so an offline switch fails here,
/// with a message, and not after the reload), then save the choice and the
/// scenario, and reload in the new language. `Err` says what is needed.
pub async fn switch(lang: Lang) -> Result<(), String> {
    if lang.has_catalogue() && fetch_catalogue(lang).await.is_none() {
        return Err(trf(
            "{language} needs a connection the first time it is chosen, and there is none now. The page stays as it is; try again when you are online.",
            &[("language", lang.name())],
        ));
    }
    if let Ok(Some(s)) = gloo::utils::window().local_storage() {
        let _ = s.set_item(LANG_KEY, lang.code());
    }
    let _ = persist::flush_latest();
    let _ = gloo::utils::window()
        .location()
        .assign(&address_with(lang.code()));
    Ok(())
}

/// Ask the service worker to keep this language's catalogue for offline use
/// (on a first visit the page fetched it before the worker was in control).
pub fn keep_offline() {
    use wasm_bindgen::closure::Closure;
    let lang = i18n::language();
    if !lang.has_catalogue() {
        return;
    }
    let Some(ready) = events::service_worker().and_then(|c| c.ready().ok()) else {
        return;
    };
    let url = catalogue_url(lang);
    let post = Closure::once(move |reg: JsValue| {
        let active = js_sys::Reflect::get(&reg, &JsValue::from_str("active")).ok();
        if let Some(worker) = active.and_then(|a| a.dyn_into::<web_sys::ServiceWorker>().ok()) {
            let msg = Object::new();
            let _ =
                js_sys::Reflect::set(&msg, &JsValue::from_str("keep"), &JsValue::from_str(&url));
            let _ = worker.post_message(&msg);
        }
    });
    let _ = ready.then(&post);
    post.forget();
}
