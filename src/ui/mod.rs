//! The page: thin Yew components over the pure model.

pub mod app;
pub mod components;
pub mod fmt;
pub mod hooks;
pub mod persist;
pub mod state;

/// Mount the app into `#app` (replacing the loading shell) and set up the
/// page-level helpers: service worker, print, embed height.
pub fn start() {
    std::panic::set_hook(Box::new(|info| persist::on_panic(&info.to_string())));
    let document = gloo::utils::document();
    let root = document
        .get_element_by_id("app")
        .unwrap_or_else(|| gloo::utils::body().into());
    root.set_inner_html("");
    yew::Renderer::<app::App>::with_root(root).render();
    persist::register_service_worker();
    persist::open_details_when_printing();
    persist::post_height_to_parent();
}
