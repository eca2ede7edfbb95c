//! The article toolbar's buttons, put in by `fill` from a table. The
//! buttons only carry `data-act`; the reader's one click listener turns a
//! press into a machine event, so the toolbar adds no handler of its own
//! per button. Which tools show is the machine's (`ArticleScreen::tools`);
//! what they do is `web::speech`, `web::text_size` and `web::share`.

use web_sys::Element;

use super::speech::{reading, speaking};
use crate::core::share;
use crate::core::tools::Tools;
use crate::core::ui::Strings;

/// Puts the toolbar's buttons into `toolbar`, replacing any there; the
/// `tools` the article does not offer are hidden. Facebook and Zalo link
/// to `url`.
pub fn fill(toolbar: &Element, strings: &'static Strings, tools: Tools, url: Option<&str>) {
    let Some(document) = toolbar.owner_document() else { return };
    let url = url.unwrap_or_default();
    let (facebook, zalo) = (share::facebook(url), share::zalo(url));
    // (data-act or link, text, accessible name, hidden)
    let buttons: [(&str, &str, &str, bool); 10] = [
        ("smaller", "A−", strings.smaller, false),
        ("larger", "A+", strings.larger, false),
        ("listen", strings.listen, "", !tools.listen),
        ("pause", strings.pause, "", true),
        ("stop", strings.stop, "", true),
        ("share", strings.share, "", !tools.share_sheet),
        ("copy", strings.copy, "", !tools.share_links),
        (&facebook, "Facebook", "", !tools.share_links),
        (&zalo, "Zalo", "", !tools.share_links),
        ("print", strings.print, "", false),
    ];
    toolbar.replace_children_with_node_0();
    for (act, text, name, hidden) in buttons {
        let link = act.starts_with("https:");
        let Ok(tool) = document.create_element(if link { "a" } else { "button" }) else { continue };
        let _ = tool.set_attribute("class", "dt-tool");
        if link {
            let _ = tool.set_attribute("href", act);
            let _ = tool.set_attribute("target", "_blank");
            let _ = tool.set_attribute("rel", "noopener noreferrer");
        } else {
            let _ = tool.set_attribute("type", "button");
            let _ = tool.set_attribute("data-act", act);
        }
        // "A−" alone tells a screen reader little; the name says what it
        // does and still starts with what is on the button.
        if !name.is_empty() {
            let _ = tool.set_attribute("aria-label", &format!("{text} {name}"));
            let _ = tool.set_attribute("title", name);
        }
        let _ = tool.toggle_attribute_with_force("hidden", hidden);
        tool.set_text_content(Some(text));
        let _ = toolbar.append_child(&tool);
    }
    // Where "Đã sao chép" is said.
    if let Ok(said) = document.create_element("span") {
        let _ = said.set_attribute("class", "dt-said");
        let _ = said.set_attribute("role", "status");
        let _ = toolbar.append_child(&said);
    }
    // The article is drawn again when "Xem tiếp" pages its related list;
    // reading aloud goes on, and so must its buttons.
    if speaking() {
        reading(toolbar, true);
    }
}
