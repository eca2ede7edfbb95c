//! The article toolbar's state: what the device offers (`Device`, and the
//! voices it has), the text size, and reading aloud (`Speech`); and what
//! a press on one of its buttons (`Tool`) or the synthesizer's end asks
//! the browser edge to do. Which tools an article shows follows from it
//! (`Toolbar::tools`), and so do the speech buttons' labels
//! (`Machine::speech`): this is the one place that knows whether the
//! reader is reading aloud.

use super::{Effect, Machine};
use crate::core::tools::{self, has_voice, resized, Device, Speech, Tool, Tools};
use crate::core::ui;

#[derive(Debug, Default)]
pub(super) struct Toolbar {
    device: Device,
    /// The language tags of the device's speech voices, as last told.
    voices: Vec<String>,
    speech: Speech,
    /// The number of the latest reading asked for (`Effect::Speak`): an
    /// end reported for an earlier one is stale.
    reading: u32,
}

impl Toolbar {
    pub(super) fn new(device: Device) -> Toolbar {
        Toolbar { device, ..Toolbar::default() }
    }

    /// The tools of an article read aloud in `voice`, with `share` to
    /// share or nothing.
    pub(super) fn tools(&self, voice: &str, share: bool) -> Tools {
        Tools::for_article(has_voice(&self.voices, voice), self.device.share_sheet, share)
    }

    pub(super) fn speech(&self) -> Speech {
        self.speech
    }

    /// The device's voices are now `voices`.
    pub(super) fn voices(&mut self, voices: Vec<String>) {
        self.voices = voices;
    }

    /// The reader stops reading aloud, if it was: "Dừng đọc", or the
    /// article left. Paused speech goes on first: a synthesizer cancelled
    /// while paused stays paused in Chromium, silencing the next reading.
    pub(super) fn silence(&mut self, effects: &mut Vec<Effect>) {
        let was = std::mem::take(&mut self.speech);
        if was == Speech::Paused {
            effects.push(Effect::Resume);
        }
        if was != Speech::Silent {
            effects.push(Effect::Silence);
        }
    }

    /// The device finished reading `reading`, or dropped it (the host or
    /// another reader cancelled the page's speech). An end of an earlier
    /// reading changes nothing. Ended while paused, the synthesizer is
    /// still paused, and would keep the next reading (this reader's, the
    /// host's) silent: it is resumed.
    pub(super) fn ended(&mut self, reading: u32, effects: &mut Vec<Effect>) {
        if reading != self.reading {
            return;
        }
        if std::mem::take(&mut self.speech) == Speech::Paused {
            effects.push(Effect::Resume);
        }
    }

    /// Reading aloud ("Nghe đọc bài") starts again from the top, as
    /// reading number `reading`.
    fn listen(&mut self, reading: u32, lang: String, lines: Vec<String>, effects: &mut Vec<Effect>) {
        self.silence(effects);
        self.speech = Speech::Reading;
        self.reading = reading;
        effects.push(Effect::Speak { reading, lang, lines });
    }

    /// "Tạm dừng" pauses reading aloud; pressed again ("Đọc tiếp"), it
    /// goes on.
    fn pause(&mut self, effects: &mut Vec<Effect>) {
        let (next, effect) = match self.speech {
            Speech::Reading => (Speech::Paused, Effect::Pause),
            Speech::Paused => (Speech::Reading, Effect::Resume),
            Speech::Silent => return,
        };
        self.speech = next;
        effects.push(effect);
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

    /// Reading aloud, as the toolbar shows it.
    pub fn speech(&self) -> Speech {
        self.toolbar.speech()
    }

    /// The tools that need an article (listening, sharing) do nothing
    /// without one on screen, nor when it does not offer them.
    fn press_for_article(&mut self, tool: Tool, effects: &mut Vec<Effect>) {
        let Some(at) = self.article_at() else { return };
        let item = &self.shown.feed().items[at];
        let (voice, share) = (self.voice(item), self.share(item));
        let tools = self.toolbar.tools(&voice, share.is_some());
        match (tool, share) {
            (Tool::Listen, _) if tools.listen => {
                // An untitled item whose body has not come yet has
                // nothing to read.
                let lines = tools::read_aloud(item, &self.bodies.state(&item.body));
                if !lines.is_empty() {
                    let reading = self.ids.next();
                    self.toolbar.listen(reading, voice, lines, effects);
                }
            }
            (Tool::Share, Some(url)) if tools.share_sheet => {
                let title = item.title_or(ui::strings(self.lang).untitled).to_string();
                effects.push(Effect::Share { url, title });
            }
            (Tool::Copy, Some(url)) if tools.share_links => effects.push(Effect::Copy(url)),
            _ => {}
        }
    }
}
