//! One input, one derived figure: the least a Yew calculator can be.
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[function_component]
fn App() -> Html {
    // Whole numbers: core's float parsing and formatting would add ~30 KB.
    let hours = use_state(|| 40_u32);
    let oninput = {
        let hours = hours.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Ok(v) = input.value().parse::<u32>() {
                hours.set(v);
            }
        })
    };
    html! {
        <main>
            <h1>{"Floor"}</h1>
            <label for="hours">{"Hours a month"}</label>
            <input id="hours" type="number" value={hours.to_string()} {oninput} />
            <p id="total">{hours.saturating_mul(35).to_string()}</p>
        </main>
    }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
