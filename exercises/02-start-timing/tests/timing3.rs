//! timing3: let the new task start with `yield_now`.
//! Run: `cargo test --test timing3`
//!
//! These tests rely on how tokio's single-threaded runtime orders tasks: a
//! task spawned before a `yield_now` runs before the yielding task resumes.
//! tokio's docs warn not to rely on poll order in general; here that order
//! is the very thing being taught, on the runtime every test here uses.

use start_timing::timing3::start_server;
use tasklings::{Timeline, paused, secs};

/// The server served before the cache task ran: no turn for the runtime
/// after the spawn. On the paused clock a zero sleep looks like a turn and
/// is not one.
const NO_TURN: &str = "start_server gave the runtime no turn between the spawn and \
     serving, so the queued cache task never ran. Await \
     tokio::task::yield_now() right after the spawn. If you wrote \
     tokio::time::sleep(Duration::ZERO).await (Python's asyncio.sleep(0) word for word): \
     on the paused clock a zero sleep is already over when first polled, so it returns \
     at once and gives \
     no task a turn. std::thread::yield_now is for OS threads and gives none either, \
     and yield_now() without .await is a future never polled: it does nothing.";

/// "server: serving" came from a task start_server spawned.
const SERVED_FROM_A_TASK: &str = "\"server: serving\" was logged by a spawned task, not by \
     start_server itself. start_server must serve in person, after the cache has \
     started: log it in start_server's own body, after the yield.";

#[test]
fn the_cache_starts_warming_before_the_server_serves() {
    paused(async || {
        let timeline = Timeline::start();

        let cache = start_server(&timeline).await;
        // A handle that start_server already awaited has given its result and
        // must not be awaited again; the timeline below says what happened.
        if !cache.is_finished() {
            cache.await.expect("the cache task panicked");
        }

        timeline
            .expect(&[
                (secs(0), "cache: warming"),
                (secs(0), "server: serving"),
                (secs(1), "cache: warm"),
            ])
            .mistake(
                |t| t.contains("cache: warming") && !t.logged_in_spawned_task("cache: warming"),
                "\"cache: warming\" was not logged by the cache task but by start_server's \
                 own: warm_cache must run as a task of its own. Spawn it, \
                 tokio::spawn(warm_cache(timeline.clone())), and let it log its own lines.",
            )
            .mistake(
                |t| t.time_of("server: serving") > Some(secs(0)),
                "the server did not serve at 0 s: start_server waited on the clock. \
                 Awaiting the handle waits for the whole task, and a sleep is a guess. \
                 tokio::task::yield_now().await lets the task start and takes no time.",
            )
            .mistake(
                |t| t.logged_before("server: serving", "cache: warming"),
                NO_TURN,
            )
            .lesson("spawn, tokio::task::yield_now().await, then serve.")
            .check();
        let events = timeline.events();
        assert!(
            !events.logged_in_spawned_task("server: serving"),
            "{SERVED_FROM_A_TASK}\nYour timeline:\n{events}"
        );
    });
}

#[test]
fn start_server_returns_while_the_cache_is_still_warming() {
    paused(async || {
        let timeline = Timeline::start();

        let cache = start_server(&timeline).await;

        let events = timeline.events();
        let returned_at = timeline.elapsed();
        assert!(
            !events.contains("cache: warming") || events.logged_in_spawned_task("cache: warming"),
            "{}\nYour timeline:\n{events}",
            if events.contains("cache: warm") {
                "\"cache: warming\" and \"cache: warm\" were logged by start_server's own \
                 task: warm_cache was awaited, not spawned. Spawn it: \
                 tokio::spawn(warm_cache(timeline.clone()))."
            } else {
                "\"cache: warming\" was logged by start_server itself, not by the cache \
                 task. That line is warm_cache's (given: do not rewrite it): spawn \
                 warm_cache itself, tokio::spawn(warm_cache(timeline.clone())), and let \
                 it log."
            }
        );
        assert!(
            returned_at == secs(0),
            "start_server returned after {returned_at:?} of virtual time: it waited on the \
             clock (a sleep, or the cache's whole warm-up). Serving must not wait for the \
             warm-up to finish, only for it to start: tokio::task::yield_now().await takes no \
             time.\nYour timeline:\n{events}"
        );
        assert!(
            events.contains("cache: warming"),
            "the cache task had not started when start_server returned: {NO_TURN}\n\
             Your timeline:\n{events}"
        );
        assert!(
            events.task_of("cache: warming") == Some(cache.id()),
            "the handle start_server returned is not the handle of the task that warms the \
             cache. Return the JoinHandle that tokio::spawn(warm_cache(..)) gave you, so the \
             caller can await the warm-up.\nYour timeline:\n{events}"
        );
        assert!(
            !events.logged_in_spawned_task("server: serving"),
            "{SERVED_FROM_A_TASK}\nYour timeline:\n{events}"
        );
        assert!(
            !cache.is_finished(),
            "start_server returned a finished cache task: it waited for the whole warm-up. \
             Return as soon as the task has started; the caller awaits the handle later."
        );
        cache.await.expect("the cache task panicked");
        let warm = timeline.events();
        assert!(
            warm.time_of("cache: warm") == Some(secs(1)),
            "the cache is warm 1 s after it started, at 1 s.\nYour timeline:\n{warm}"
        );
    });
}
