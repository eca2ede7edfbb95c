//! The article bodies kept in files of their own (`Body::Remote`): the one
//! on its way or failed, for the article on screen, and the last
//! `KEEP_BODIES` that came, so going back and forth asks no server twice.

use super::{Effect, HostEvent, KEEP_BODIES};
use crate::core::config::Lang;
use crate::core::model::Body;
use crate::core::normalize;
use crate::core::screen::{BodyState, Failure};
use crate::core::load::{LoadError, Target};
use crate::core::ui;

/// The remote body of the article on screen, while it is not kept.
#[derive(Debug, Clone)]
struct BodyLoad {
    url: String,
    /// The request on its way, or the message of its failure.
    state: Result<u32, String>,
}

#[derive(Debug, Default)]
pub(super) struct Bodies {
    load: Option<BodyLoad>,
    /// Oldest first, at most `KEEP_BODIES`.
    kept: Vec<(String, Body)>,
}

impl Bodies {
    /// The article on screen has its body at `wanted` (or needs none): it
    /// is asked for unless it is kept, on its way or failed; a request for
    /// another body is aborted. `request` names a new request.
    pub(super) fn sync(&mut self, wanted: Option<&str>, fresh: bool, request: impl FnOnce() -> u32, fx: &mut Vec<Effect>) {
        let wanted = wanted.filter(|url| !self.kept.iter().any(|(kept, _)| kept == url));
        if self.load.as_ref().map(|b| b.url.as_str()) == wanted {
            return;
        }
        if let Some(BodyLoad { state: Ok(request), .. }) = self.load.take() {
            fx.push(Effect::Abort(request));
        }
        if let Some(url) = wanted {
            let request = request();
            fx.push(Effect::Fetch { request, url: url.to_string(), body: true, fresh });
            self.load = Some(BodyLoad { url: url.to_string(), state: Ok(request) });
        }
    }

    /// "Thử lại" for a body: a failure is forgotten, so `sync` asks again.
    /// Says whether there was one.
    pub(super) fn retry(&mut self) -> bool {
        self.load.take_if(|b| b.state.is_err()).is_some()
    }

    /// Request `request` ended; an answer for a body no longer wanted is
    /// dropped.
    pub(super) fn answered(&mut self, request: u32, result: Result<String, LoadError>, lang: Lang, fx: &mut Vec<Effect>) {
        let Some(load) = self.load.take_if(|b| b.state == Ok(request)) else { return };
        match result.and_then(|text| normalize::body(&text).map_err(LoadError::Feed)) {
            Ok(body) => {
                if self.kept.len() == KEEP_BODIES {
                    self.kept.remove(0);
                }
                self.kept.push((load.url, body));
            }
            Err(error) => {
                let message = ui::message(lang, Target::Body, &error, false);
                let failure = Failure { message: message.clone(), retrying: false };
                fx.push(Effect::Emit(HostEvent::Error { url: load.url.clone(), failure }));
                self.load = Some(BodyLoad { url: load.url, state: Err(message) });
            }
        }
    }

    /// What the article view shows for an item's `body`.
    pub(super) fn state(&self, body: &Body) -> BodyState {
        let Body::Remote(url) = body else {
            return BodyState::Ready(body.clone());
        };
        if let Some((_, body)) = self.kept.iter().find(|(kept, _)| kept == url) {
            return BodyState::Ready(body.clone());
        }
        match &self.load {
            Some(BodyLoad { state: Err(message), .. }) => BodyState::Failed(message.clone()),
            _ => BodyState::Loading,
        }
    }
}
