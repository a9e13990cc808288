//! timing3: let the new task start with `yield_now`.
//! Run: `cargo test --test timing3`
//!
//! These tests rely on how tokio's single-threaded runtime orders tasks: a
//! task spawned before a `yield_now` runs before the yielding task resumes.
//! tokio's docs warn not to rely on poll order in general; here that order
//! is the very thing being taught, on the runtime every test here uses.

use start_timing::timing3::start_server;
use tasklings::{Timeline, paused, secs};

#[test]
fn the_cache_starts_warming_before_the_server_serves() {
    paused(async || {
        let timeline = Timeline::start();

        let cache = start_server(&timeline).await;
        cache.await.expect("the cache task panicked");

        timeline
            .expect(&[
                (secs(0), "cache: warming"),
                (secs(0), "server: serving"),
                (secs(1), "cache: warm"),
            ])
            .mistake(
                |t| t.time_of("server: serving") > Some(secs(0)),
                "the server did not serve at 0 s: start_server waited on the clock. \
                 Awaiting the handle waits for the whole task, and a sleep is a guess. \
                 tokio::task::yield_now().await lets the task start and takes no time.",
            )
            .mistake(
                |t| t.logged_before("server: serving", "cache: warming"),
                "the server served before the cache task had even started: a spawned \
                 task is only queued. Give the runtime a turn right after the spawn with \
                 tokio::task::yield_now().await (std::thread::yield_now is for OS threads \
                 and does not let a tokio task run).",
            )
            .lesson("spawn, tokio::task::yield_now().await, then serve.")
            .check();
    });
}

#[test]
fn start_server_returns_while_the_cache_is_still_warming() {
    paused(async || {
        let timeline = Timeline::start();

        let cache = start_server(&timeline).await;

        let events = timeline.events();
        assert!(
            events.position("cache: warming").is_some(),
            "the cache task had not started when start_server returned. A spawned task is \
             only queued; it runs when the spawner gives the runtime a turn. Await \
             tokio::task::yield_now() after the spawn (Python's `await asyncio.sleep(0)`; \
             std::thread::yield_now is for OS threads and gives no tokio task a turn).\n\
             Your timeline:\n{events}"
        );
        assert!(
            events.logged_in_spawned_task("cache: warming"),
            "\"cache: warming\" was logged by start_server's own task: warm_cache was \
             awaited, not spawned. Spawn it: tokio::spawn(warm_cache(timeline.clone()))."
        );
        assert!(
            !cache.is_finished(),
            "start_server returned a finished cache task: it waited for the whole warm-up. \
             Return as soon as the task has started; the caller awaits the handle later."
        );
        assert_eq!(
            timeline.elapsed(),
            secs(0),
            "start_server must return at 0 s"
        );
        cache.await.expect("the cache task panicked");
        assert_eq!(
            timeline.elapsed(),
            secs(1),
            "the cache is warm 1 s after it started"
        );
    });
}
