//! Plain text as `<p>` nodes, for bodies that come as `content_text`.

use web_sys::DocumentFragment;

/// One `<p>` per paragraph, each holding its text as a text node, so no
/// character of it is ever read as markup.
pub fn paragraphs(texts: &[String]) -> Option<DocumentFragment> {
    let document = web_sys::window()?.document()?;
    let fragment = document.create_document_fragment();
    for text in texts {
        let paragraph = document.create_element("p").ok()?;
        paragraph.set_text_content(Some(text));
        fragment.append_child(&paragraph).ok()?;
    }
    Some(fragment)
}
