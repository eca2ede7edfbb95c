//! Search results: the loaded items whose title, lead or tags hold every
//! word of the query, with or without diacritics, title hits first, the
//! matching letters marked.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

use leptos::prelude::*;

use super::card::card;
use crate::core::model::Feed;
use crate::core::search::{words, Index};
use crate::core::select::{has_more, shown, LATEST_PAGE};
use crate::core::ui;

thread_local! {
    /// The folded text of the feed last searched, kept between keystrokes
    /// (the view is drawn anew for each). The feed is held with it, so a
    /// refreshed feed is told apart by identity, never by a reused address.
    static INDEX: RefCell<Option<(Arc<Feed>, Rc<Index>)>> = const { RefCell::new(None) };
}

fn index(feed: &Arc<Feed>) -> Rc<Index> {
    INDEX.with(|cell| {
        let mut cell = cell.borrow_mut();
        match cell.as_ref() {
            Some((indexed, index)) if Arc::ptr_eq(indexed, feed) => index.clone(),
            _ => {
                let index = Rc::new(Index::new(feed));
                *cell = Some((feed.clone(), index.clone()));
                index
            }
        }
    })
}

/// `pages` of ten results are shown; "Xem tiếp" adds one.
#[component]
pub fn Search(feed: Arc<Feed>, query: String, pages: usize) -> impl IntoView {
    let reader = super::reader();
    let (t, lang) = (reader.strings, reader.config.lang);
    let hits = index(&feed).search(&query);
    let words = words(&query);
    let count = shown(hits.len(), pages, LATEST_PAGE);
    let cards = hits[..count].iter().map(|&at| card(&feed.items[at], &words, t.untitled, lang));
    view! {
        <section class="dt-main dt-latest dt-results">
            <h1 class="dt-title" tabindex="-1">{t.results}</h1>
            <p class="dt-found" role="status">{ui::found(lang, hits.len(), query.trim())}</p>
            <ul class="dt-cards">{cards.collect_view()}</ul>
            {has_more(hits.len(), pages, LATEST_PAGE).then(|| view! {
                <nav class="dt-pager">
                    <button type="button" class="dt-button dt-more" data-act="more">{t.more}</button>
                </nav>
            })}
        </section>
    }
}
