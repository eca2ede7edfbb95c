//! The article toolbar's state: the text size, reading aloud, and what
//! the device offers (`Device`), and what a press on one of its buttons
//! (`Tool`) asks the browser edge to do. Which tools an article shows
//! follows from it (`Toolbar::tools`).

use super::{Effect, Machine};
use crate::core::tools::{resized, Device, Speech, Tool, Tools};

#[derive(Debug, Default)]
pub(super) struct Toolbar {
    device: Device,
    speech: Speech,
}

impl Toolbar {
    pub(super) fn new(device: Device) -> Toolbar {
        Toolbar { device, speech: Speech::Silent }
    }

    /// The tools of an article read aloud in `voice`, with `share` to
    /// share or nothing.
    pub(super) fn tools(&self, voice: &str, share: bool) -> Tools {
        Tools::for_article((self.device.has_voice)(voice), self.device.share_sheet, share)
    }

    /// The reader stops reading aloud, if it was: "Dừng đọc", or the
    /// article left. Paused speech goes on first: a synthesizer cancelled
    /// while paused stays paused in Chromium, silencing the next reading,
    /// and the pause button then says "Tạm dừng" again.
    pub(super) fn silence(&mut self, effects: &mut Vec<Effect>) {
        let was = std::mem::take(&mut self.speech);
        if was == Speech::Paused {
            effects.push(Effect::Pause(false));
        }
        if was != Speech::Silent {
            effects.push(Effect::Silence);
        }
    }

    /// The device finished (or dropped) what this reader queued.
    pub(super) fn ended(&mut self) {
        self.speech = Speech::Silent;
    }

    /// Reading aloud ("Nghe đọc bài") starts again from the top.
    fn listen(&mut self, voice: String, effects: &mut Vec<Effect>) {
        self.silence(effects);
        self.speech = Speech::Reading;
        effects.push(Effect::Speak(voice));
    }

    /// "Tạm dừng" pauses reading aloud; pressed again ("Đọc tiếp"), it
    /// goes on.
    fn pause(&mut self, effects: &mut Vec<Effect>) {
        self.speech = match self.speech {
            Speech::Reading => Speech::Paused,
            Speech::Paused => Speech::Reading,
            Speech::Silent => return,
        };
        effects.push(Effect::Pause(self.speech == Speech::Paused));
    }

    fn resize(&mut self, by: i32, effects: &mut Vec<Effect>) {
        self.device.size = resized(self.device.size, by);
        effects.push(Effect::TextSize(self.device.size));
    }
}

impl Machine {
    /// A press on `tool`.
    pub(super) fn press(&mut self, tool: Tool, effects: &mut Vec<Effect>) {
        match tool {
            Tool::Skip => effects.push(Effect::FocusTitle),
            Tool::Smaller => self.toolbar.resize(-1, effects),
            Tool::Larger => self.toolbar.resize(1, effects),
            Tool::Print => effects.push(Effect::Print),
            Tool::Pause => self.toolbar.pause(effects),
            Tool::Stop => self.toolbar.silence(effects),
            Tool::Listen | Tool::Share | Tool::Copy => self.press_for_article(tool, effects),
        }
    }

    /// The tools that need an article (listening, sharing) do nothing
    /// without one on screen, nor when it does not offer them.
    fn press_for_article(&mut self, tool: Tool, effects: &mut Vec<Effect>) {
        let Some(item) = self.article_at().map(|at| &self.feed.items[at]) else { return };
        let (voice, share) = (self.voice(item), self.share(item));
        let tools = self.toolbar.tools(&voice, share.is_some());
        match (tool, share) {
            (Tool::Listen, _) if tools.listen => self.toolbar.listen(voice, effects),
            (Tool::Share, Some(url)) if tools.share_sheet => effects.push(Effect::Share { url, title: item.title.clone() }),
            (Tool::Copy, Some(url)) if tools.share_links => effects.push(Effect::Copy(url)),
            _ => {}
        }
    }
}
