//! What the host page has been told (`HostEvent`): `ready` once, and
//! `view` once each time an article comes on screen, not again while it
//! stays (a page of the feed arriving redraws it).

use super::{Effect, HostEvent, Machine};

#[derive(Debug, Default)]
pub(super) struct Told {
    ready: bool,
    /// The timeline id of the article `view` was sent for, while it stays
    /// on screen.
    viewed: Option<String>,
}

impl Told {
    /// Whether `ready` is due: true once, the first time it is asked.
    pub(super) fn ready(&mut self) -> bool {
        !std::mem::replace(&mut self.ready, true)
    }
}

impl Machine {
    /// `HostEvent::View` for the article on screen, if it is new there.
    pub(super) fn tell_view(&mut self, effects: &mut Vec<Effect>) {
        let Some(item) = self.article_at().map(|at| &self.shown.feed().items[at]) else {
            self.told.viewed = None;
            return;
        };
        // The host hears `ready` first (a saved copy can show an article
        // before the reader is even on the page).
        if !self.told.ready || self.told.viewed.as_ref() == Some(&item.id) {
            return;
        }
        let (feed, id) = self.sources.host_names(&item.id);
        let view = HostEvent::View { id: id.to_string(), feed, title: item.title.clone(), url: item.url.clone(), section: item.section.clone() };
        self.told.viewed = Some(item.id.clone());
        effects.push(Effect::Emit(view));
    }
}
