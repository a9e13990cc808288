//! timing5: measure on the runtime's clock.
//! Run: `cargo test --test timing5`

use std::time::Duration;

use start_timing::timing5::timed;
use tasklings::shop::{check_inventory, estimate_shipping};
use tasklings::{Timeline, assert_eq, ms, paused, secs};

/// Says what a wrong measure of a job that took `expected` usually means.
fn diagnose(measured: Duration, expected: Duration) -> String {
    let why = if measured == Duration::ZERO {
        "exactly nothing was measured, on the runtime's clock: the time was read before \
         the work was awaited (the work had not run yet), or the two instants were \
         subtracted the wrong way round (start.duration_since(end) is zero). Read \
         start.elapsed() after .await."
    } else if measured < ms(100) {
        "almost nothing was measured. std::time::Instant (the monotonic clock) and SystemTime \
         (the wall clock) read real time, which hardly moves while the paused runtime jumps ahead, and so does a \
         tokio Instant made with Instant::from_std from one. Use tokio::time::Instant::now()."
    } else if measured < expected && measured == secs(expected.as_secs()) {
        "the fraction of a second was lost: keep the Duration as it is (as_secs() drops \
         everything after the point)."
    } else {
        "the measure covers more or less than the work itself. Read the clock right \
         before and right after awaiting the work."
    };
    format!("timed measured {measured:?} for a job of {expected:?}: {why}")
}

#[test]
fn a_two_second_job_measures_exactly_two_seconds() {
    paused(async || {
        let (output, took) = timed(async {
            tokio::time::sleep(secs(2)).await;
            "done"
        })
        .await;

        assert_eq!(output, "done", "timed must hand back the work's own output");
        assert!(took == secs(2), "{}", diagnose(took, secs(2)));
    });
}

#[test]
fn the_article_takes_2s_at_once_and_3s_one_after_the_other() {
    paused(async || {
        let timeline = Timeline::start();

        let (_, at_once) = timed(async {
            tokio::join!(
                check_inventory("item_9876", &timeline),
                estimate_shipping("item_9876", &timeline)
            )
        })
        .await;
        let (_, in_turn) = timed(async {
            check_inventory("item_9876", &timeline).await;
            estimate_shipping("item_9876", &timeline).await;
        })
        .await;

        assert!(at_once == secs(2), "{}", diagnose(at_once, secs(2)));
        assert!(in_turn == secs(3), "{}", diagnose(in_turn, secs(3)));
        assert_eq!(
            timeline.elapsed(),
            secs(5),
            "the two runs together take 2 s + 3 s"
        );
    });
}

#[test]
fn time_spent_before_the_call_is_not_counted() {
    paused(async || {
        let work = async {
            tokio::time::sleep(ms(1500)).await;
        };
        tokio::time::sleep(secs(10)).await;

        let ((), took) = timed(work).await;

        assert!(
            took == ms(1500),
            "{} (A future does nothing until awaited, so the 10 s before the call \
             belong to no one: the work ran only inside timed.)",
            diagnose(took, ms(1500))
        );
    });
}

#[test]
fn the_clock_starts_when_timed_is_first_polled_not_when_it_is_called() {
    paused(async || {
        let measuring = timed(async {
            tokio::time::sleep(ms(1500)).await;
        });
        // Nobody awaits `measuring` for 10 s.
        tokio::time::sleep(secs(10)).await;

        let ((), took) = measuring.await;

        assert!(
            took != secs(10) + ms(1500),
            "timed measured {took:?} for a job of 1.5s: it counted the 10 s between the call \
             to timed and the first poll of its future. The clock was read when timed was \
             called, before its async block: read Instant::now() inside the async fn (or \
             block), where the work is awaited."
        );
        assert!(took == ms(1500), "{}", diagnose(took, ms(1500)));
    });
}
