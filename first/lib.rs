//! The answer before the app (`model::first`), as a wasm with two plain
//! exports and no imports, so the inline start script (`assets/start.js`)
//! can run it without wasm-bindgen's glue:
//! - `alloc(len)`: room for the input;
//! - `answer(ptr, len)`: reads the input, returns where the output is: a
//!   4-byte little-endian length, then that many bytes of UTF-8.
//!
//! The input, UTF-8, one item a line: the page's language, the reader's
//! home (`us`, `de`, … or empty), the link's query, and `+` followed by the
//! saved scenario (or `-`: none). The output: `model::first::lines`. The
//! headline's words in German, French and Dutch are compiled in (build.rs).

use outsource_check::model::first::{headline, lines, opening, TEXTS};
use outsource_check::model::i18n::{set_language_with, Lang};
use outsource_check::model::Home;

/// Room for `len` bytes of input, handed back to `answer`.
#[no_mangle]
pub extern "C" fn alloc(len: usize) -> *mut u8 {
    let mut room = Vec::<u8>::with_capacity(len);
    let at = room.as_mut_ptr();
    std::mem::forget(room);
    at
}

/// The headline for the input at `at` (`len` bytes, from `alloc`).
///
/// # Safety
/// `at` and `len` must be what `alloc` returned and was asked for, filled.
#[no_mangle]
pub unsafe extern "C" fn answer(at: *mut u8, len: usize) -> *const u8 {
    // SAFETY: `alloc` made this room with this capacity; the caller filled it.
    let input = unsafe { Vec::from_raw_parts(at, len, len) };
    let input = String::from_utf8_lossy(&input);
    let mut items = input.split('\n');
    let mut next = || items.next().unwrap_or("");
    let lang = Lang::from_code(next()).unwrap_or(Lang::En);
    let home = Home::from_slug(next());
    let query = next().to_string();
    let saved = next().strip_prefix('+').map(str::to_string);
    let column = match lang {
        Lang::De => Some(0),
        Lang::Fr => Some(1),
        Lang::Nl => Some(2),
        _ => None,
    };
    set_language_with(
        lang,
        Box::new(move |en| {
            let row = TEXTS.iter().position(|t| *t == en)?;
            Some(WORDS[row][column?].to_string())
        }),
    );
    let out = lines(&headline(&opening(&query, saved.as_deref(), home), lang));
    let mut bytes = (out.len() as u32).to_le_bytes().to_vec();
    bytes.extend_from_slice(out.as_bytes());
    bytes.leak().as_ptr()
}

include!(concat!(env!("OUT_DIR"), "/words.rs"));
