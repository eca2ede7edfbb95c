//! The article's reading tools: text size, listen, share, print.
//!
//! Each button carries only its `data-act`; the reader's one click
//! listener turns a press into a machine event. Which tools the article
//! offers is its screen's (`ArticleScreen::tools`); whether it is being
//! read aloud is the machine's too (`Machine::speech`), followed by the
//! speech buttons alone, so a press redraws their labels and nothing else.

use leptos::prelude::*;

use crate::core::names::{Act, Hook};
use crate::core::share;
use crate::core::tools::{Speech, Tool, Tools};

/// `tools` are the ones the article offers, `url` what its share tools
/// send. The buttons' labels are the interface's, in its language.
#[component]
pub fn Toolbar(tools: Tools, url: Option<String>) -> impl IntoView {
    let reader = super::reader();
    let (strings, speech) = (reader.strings, reader.speech);
    let shared = url.as_deref().unwrap_or_default();
    let (facebook, zalo) = (share::facebook(shared), share::zalo(shared));
    let silent = move || speech.get() == Speech::Silent;
    let act = |tool| Act::Tool(tool).as_str();
    view! {
        <div class="dt-toolbar" role="group" lang=reader.config.lang.code() aria-label=strings.tools data-url=url>
            // "A−" alone tells a screen reader little; the name says what
            // it does and still starts with what is on the button.
            <button type="button" class="dt-tool" data-act=act(Tool::Smaller) aria-label=format!("A− {}", strings.smaller) title=strings.smaller>"A−"</button>
            <button type="button" class="dt-tool" data-act=act(Tool::Larger) aria-label=format!("A+ {}", strings.larger) title=strings.larger>"A+"</button>
            <button type="button" class="dt-tool" data-act=act(Tool::Listen) hidden=move || !tools.listen || !silent()>{strings.listen}</button>
            // The pause button says what pressing it does next.
            <button type="button" class="dt-tool" data-act=act(Tool::Pause) hidden=silent>
                {move || if speech.get() == Speech::Paused { strings.resume } else { strings.pause }}
            </button>
            <button type="button" class="dt-tool" data-act=act(Tool::Stop) hidden=silent>{strings.stop}</button>
            <button type="button" class="dt-tool" data-act=act(Tool::Share) hidden=!tools.share_sheet>{strings.share}</button>
            <button type="button" class="dt-tool" data-act=act(Tool::Copy) hidden=!tools.share_links>{strings.copy}</button>
            <a class="dt-tool" href=facebook target="_blank" rel="noopener noreferrer" hidden=!tools.share_links>"Facebook"</a>
            <a class="dt-tool" href=zalo target="_blank" rel="noopener noreferrer" hidden=!tools.share_links>"Zalo"</a>
            <button type="button" class="dt-tool" data-act=act(Tool::Print)>{strings.print}</button>
            // Where "Đã sao chép" is said.
            <span class=Hook::Said.class() role="status"></span>
        </div>
    }
}
