//! The page: thin Yew components over the pure model.

pub mod app;
pub mod components;
pub mod fmt;

/// Mount the app into `#app`, replacing the loading shell.
pub fn start() {
    let document = gloo::utils::document();
    let root = document
        .get_element_by_id("app")
        .unwrap_or_else(|| gloo::utils::body().into());
    root.set_inner_html("");
    yew::Renderer::<app::App>::with_root(root).render();
}
