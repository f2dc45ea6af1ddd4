//! What the device offers, each behind a guard that degrades (a sandboxed
//! frame or a privacy mode can refuse any of them): the clipboard, the share
//! sheet, file downloads.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

use crate::model::i18n::tr;

/// Copy text to the clipboard; reports failure through `done`.
pub fn copy(text: String, done: impl FnOnce(Result<(), String>) + 'static) {
    let navigator = gloo::utils::window().navigator();
    // The async clipboard exists only in secure contexts (and not in older
    // WebKit frames): without it, say so instead of calling into `undefined`.
    let has_clipboard = Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .map(|c| c.is_object())
        .unwrap_or(false);
    if !has_clipboard {
        done(Err(tr(
            "This browser does not allow copying here: select the link and copy it by hand.",
        )
        .to_string()));
        return;
    }
    let promise = navigator.clipboard().write_text(&text);
    wasm_bindgen_futures::spawn_local(async move {
        let r = wasm_bindgen_futures::JsFuture::from(promise).await;
        done(r.map(|_| ()).map_err(|_| {
            tr("Copying was blocked: select the link and copy it by hand.").to_string()
        }));
    });
}

/// The browser offers a share sheet (`navigator.share`).
pub fn can_share() -> bool {
    let navigator = gloo::utils::window().navigator();
    Reflect::get(&navigator, &JsValue::from_str("share"))
        .map(|f| f.is_function())
        .unwrap_or(false)
}

/// Open the system share sheet with the link; a cancel is not an error.
pub fn share(url: &str) -> Result<(), String> {
    let navigator = gloo::utils::window().navigator();
    let fail = |_| tr("Sharing is not available here: copy the link instead.").to_string();
    let f: js_sys::Function = Reflect::get(&navigator, &JsValue::from_str("share"))
        .map_err(fail)?
        .dyn_into()
        .map_err(fail)?;
    let data = Object::new();
    let _ = Reflect::set(
        &data,
        &"title".into(),
        &tr("Outsource or keep in-house?").into(),
    );
    let _ = Reflect::set(&data, &"url".into(), &JsValue::from_str(url));
    let promise: js_sys::Promise = f
        .call1(&navigator, &data)
        .map_err(fail)?
        .dyn_into()
        .map_err(fail)?;
    let ignore = wasm_bindgen::closure::Closure::<dyn FnMut(JsValue)>::new(|_| {});
    let _ = promise.catch(&ignore);
    ignore.forget();
    Ok(())
}

/// Offer `text` as a file download.
pub fn download(name: &str, mime: &str, text: &str) -> Result<(), String> {
    let fail = |_| tr("The download could not be started.").to_string();
    let parts = Array::of1(&JsValue::from_str(text));
    let opts = BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &opts).map_err(fail)?;
    let url = Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let a: HtmlAnchorElement = gloo::utils::document()
        .create_element("a")
        .map_err(fail)?
        .unchecked_into();
    a.set_href(&url);
    a.set_download(name);
    a.click();
    let _ = Url::revoke_object_url(&url);
    Ok(())
}
