//! The step helpers of the state machine's tests (`core_machine.rs`,
//! `core_machine_feeds.rs`): each step is an event and the effects it must
//! ask for, written as one line; the last line is what the screen shows.
// Each test file uses some of them.
#![allow(dead_code, unused_imports)]

pub use doctin::core::config::{Lang, RouteMode};
pub use doctin::core::machine::{Effect, Event, Machine, FOLLOW_PAGES};
pub use doctin::core::route::Route;
pub use doctin::core::screen::{ArticleScreen, BodyState, Screen};
pub use doctin::core::model::Body;
pub use doctin::core::load::LoadError;
pub use doctin::core::tools::{Device, Tool};

pub const SITE: &str = "https://tin.example.vn/feed/";
pub const FIRST: &str = "https://tin.example.vn/feed/index.json";

/// Runs `steps` on a reader of `FIRST` in `mode`: every event must ask for
/// exactly the effects written after it ("-" for none), and the screen
/// must then read `screen`.
#[track_caller]
pub fn check_in(mode: RouteMode, steps: &[(Event, &str)], screen: &str) {
    // What the host page is told has tables of its own (`host_events`).
    run(&[FIRST], mode, false, steps, screen);
}

/// `check_in` for a reader of the feeds at `urls`, with the host events
/// among the effects when `events`.
#[track_caller]
pub fn run(urls: &[&str], mode: RouteMode, events: bool, steps: &[(Event, &str)], screen: &str) {
    run_on(Machine::new(Lang::Vi, mode, urls.iter().map(|u| u.to_string()).collect()), events, steps, screen);
}

/// `run` on `machine`.
#[track_caller]
pub fn run_on(mut machine: Machine, events: bool, steps: &[(Event, &str)], screen: &str) {
    for (at, (event, expected)) in steps.iter().enumerate() {
        let effects: Vec<String> =
            machine.update(event.clone()).iter().filter(|e| events || !matches!(e, Effect::Emit(_))).map(effect).collect();
        let got = if effects.is_empty() { "-".to_string() } else { effects.join(", ") };
        assert_eq!(got, *expected, "step {} ({event:?})", at + 1);
    }
    assert_eq!(show(&machine.screen()), screen, "the screen after {} steps", steps.len());
}

#[track_caller]
pub fn check(steps: &[(Event, &str)], screen: &str) {
    check_in(RouteMode::Hash, steps, screen);
}

pub fn effect(effect: &Effect) -> String {
    let short = |url: &str| url.strip_prefix(SITE).unwrap_or(url).to_string();
    match effect {
        Effect::Fetch { request, url, body, fresh } => {
            format!("fetch#{request} {}{}{}", short(url), if *body { " body" } else { "" }, if *fresh { " fresh" } else { "" })
        }
        Effect::Abort(request) => format!("abort#{request}"),
        Effect::Save { .. } => "save".into(),
        Effect::Forget(_) => "forget".into(),
        Effect::Wait { timer, seconds } => format!("wait#{timer} {seconds}s"),
        Effect::StopWaiting(timer) => format!("stop#{timer}"),
        Effect::Announce(text) if text.is_empty() => "say nothing".into(),
        Effect::Announce(text) => format!("say: {text}"),
        Effect::Focus => "shown".into(),
        Effect::SetHash(route) => format!("hash {}", route.to_hash()),
        Effect::ReplaceHash(route) => format!("replace {}", route.to_hash()),
        Effect::HistoryBack => "history back".into(),
        Effect::Silence => "silence".into(),
        Effect::FocusTitle => "focus title".into(),
        Effect::Speak { reading, lang, lines } => format!("speak#{reading} {lang}: {}", lines.join(" / ")),
        Effect::Pause => "pause".into(),
        Effect::Resume => "resume".into(),
        Effect::TextSize(size) => format!("size {size}"),
        Effect::Share { url, title } => format!("share {url} \"{title}\""),
        Effect::Copy(url) => format!("copy {url}"),
        Effect::Print => "print".into(),
        Effect::OfferRetry(offer) => format!("offer retry {offer}"),
        Effect::Emit(event) => format!("{event:?}"),
    }
}

pub fn show(screen: &Screen) -> String {
    match screen {
        Screen::Loading => "loading".into(),
        Screen::Failed(failure) => format!("failed: {}", failure.message),
        Screen::NotFound { more } => format!("not found{}", if *more { ", more" } else { "" }),
        Screen::Latest { feed, shown, more } => format!("latest {shown} of {}{}", feed.items.len(), if *more { ", more" } else { "" }),
        Screen::Article(ArticleScreen { feed, at, body, .. }) => {
            let body = match body {
                BodyState::Ready(Body::Html(html)) => html.clone(),
                BodyState::Ready(other) => format!("{other:?}"),
                BodyState::Loading => "loading".into(),
                BodyState::Failed(message) => format!("failed: {message}"),
            };
            format!("article {} of {}: {body}", feed.items[*at].id, feed.items.len())
        }
        Screen::Search { hits, found, more, .. } => {
            let shown = if hits.len() == *found { String::new() } else { format!("{} of ", hits.len()) };
            format!("search {shown}{found} hits{}", if *more { ", more" } else { "" })
        }
    }
}

/// A page of `count` items `<prefix>1`…, a day apart going back from day
/// `newest` of May 2024, naming `next` as its next page.
pub fn page(prefix: &str, count: usize, newest: u32, next: Option<&str>) -> String {
    let items: Vec<String> = (0..count)
        .map(|n| {
            let day = newest - n as u32;
            let body = if prefix == "r" {
                format!(r#""_doctin":{{"content_url":"bai/{prefix}{}.html"}}"#, n + 1)
            } else {
                format!(r#""content_html":"<p>{prefix}{}</p>""#, n + 1)
            };
            format!(r#"{{"id":"{prefix}{}","title":"Tin {prefix} {}","date_published":"2024-05-{day:02}T08:00:00+07:00",{body}}}"#, n + 1, n + 1)
        })
        .collect();
    let next = next.map(|url| format!(r#","next_url":"{url}""#)).unwrap_or_default();
    format!(r#"{{"title":"Tin","items":[{}]{next}}}"#, items.join(","))
}

pub fn start(hash: &str) -> Event {
    Event::Start { route: Route::parse(hash).unwrap(), depth: 0, saved: vec![] }
}

pub fn ok(request: u32, text: String) -> Event {
    Event::Page { request, result: Ok(text) }
}

pub fn failed(request: u32, error: LoadError) -> Event {
    Event::Page { request, result: Err(error) }
}

pub fn body(request: u32, result: Result<&str, LoadError>) -> Event {
    Event::Body { request, result: result.map(str::to_string) }
}

pub fn hash(route: &str) -> Event {
    Event::Hash { route: Route::parse(route).unwrap(), depth: 1 }
}

pub const BUSY: LoadError = LoadError::Status(503, Some(3));

