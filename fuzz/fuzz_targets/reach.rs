//! What a run of the `machine` target reached: how often each kind of
//! event was sent and each kind of effect and screen came back, printed
//! when libFuzzer exits, so a rule no input reaches shows up as a zero.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Once;

/// What a run can reach, in the order the counts are printed.
const REACHED: [&str; 51] = [
    "event Start",
    "event Page answered",
    "event Page failed",
    "event Page busy, short Retry-After",
    "event Page busy, long Retry-After",
    "event Page nobody asked for",
    "event Body answered",
    "event Body failed",
    "event Body nobody asked for",
    "event Hash",
    "event Follow",
    "event Back",
    "event More",
    "event Retry",
    "event RetryBody",
    "event Timer fired",
    "event Timer stale",
    "event Typed",
    "event Tool",
    "event SpeechEnded",
    "event Voices",
    "effect Fetch page",
    "effect Fetch body",
    "effect Abort",
    "effect Save",
    "effect Forget",
    "effect Wait",
    "effect StopWaiting",
    "effect Announce",
    "effect Focus",
    "effect SetHash",
    "effect ReplaceHash",
    "effect HistoryBack",
    "effect Silence",
    "effect OfferRetry",
    "effect FocusTitle",
    "effect Speak",
    "effect Pause",
    "effect Resume",
    "effect TextSize",
    "effect Share",
    "effect Copy",
    "effect Print",
    "effect Emit ready/view/navigate",
    "effect Emit error",
    "screen Loading",
    "screen Failed",
    "screen NotFound",
    "screen Latest",
    "screen Search",
    "screen Article",
];

static COUNTS: [AtomicU64; REACHED.len()] = [const { AtomicU64::new(0) }; REACHED.len()];
static REPORT: Once = Once::new();


extern "C" {
    fn atexit(callback: extern "C" fn()) -> i32;
}

extern "C" fn report() {
    eprintln!("machine: what the run reached");
    for (name, count) in REACHED.iter().zip(&COUNTS) {
        eprintln!("{:>12}  {name}", count.load(Ordering::Relaxed));
    }
}

/// Counts one more of `name`, which must be one of `REACHED`.
pub fn reached(name: &str) {
    let index = REACHED.iter().position(|known| *known == name).expect("a name of REACHED");
    COUNTS[index].fetch_add(1, Ordering::Relaxed);
}

/// Has `report` print the counts when the process exits (libFuzzer ends a
/// run with `exit`, which runs what `atexit` registered).
pub fn report_at_exit() {
    REPORT.call_once(|| {
        // SAFETY: `report` is a plain function that only reads atomics.
        unsafe { atexit(report) };
    });
}
