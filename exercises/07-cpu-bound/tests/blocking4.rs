//! blocking4: no more pricings at once than there are cores.
//! Run: `cargo test --test blocking4`
//!
//! The pricing here (`tasklings::cpu::HeldJobs`) is held by the test: each
//! job says when it starts, then waits until the test lets it end. So the
//! test decides the order in which jobs end, and sees which ones run at
//! once, without any timing: "running: a, b" is logged once two jobs are
//! running, and "free permits: N" right after it. A job that waits 1 s of
//! real time with no other job starting gives up and says so.
//! No virtual time passes: the clock stands still while blocking jobs run.

use std::panic::resume_unwind;
use std::sync::Arc;

use cpu_bound::blocking4::price_all;
use tasklings::cpu::HeldJobs;
use tasklings::{Events, Timeline, assert_eq, paused, secs};
use tokio::sync::Semaphore;

// A job prices 100 per letter: apple 500, fig 300, banana 600, kiwi 400.
const PRODUCTS: [&str; 4] = ["apple", "fig", "banana", "kiwi"];

const NO_PERMIT_HELD: &str = "while two pricings ran, not every permit was taken: the pricings \
     ran without holding one. Either no permit was taken, or it was given back at once: \
     `let _ = slots.acquire().await` drops the permit on that very line (`_` binds nothing), \
     and so does a permit whose scope ends before the pricing does. Take an owned permit \
     (cpu_slots.clone().acquire_owned().await) and move it into the blocking closure, where \
     it lives until the pricing is done.";

const ONE_AT_A_TIME: &str = "apple was priced alone: nothing else started while it ran, so the \
     pricings ran one after the other, each awaited before the next was spawned. Take a \
     permit and spawn for every product first (the permits make the later ones wait their \
     turn), and await the handles after that.";

fn permits_left_free(t: &Events) -> bool {
    t.0.iter()
        .any(|e| e.what.starts_with("free permits: ") && e.what != "free permits: 0")
}

#[test]
fn two_pricings_run_at_once_and_a_third_starts_when_one_ends() {
    paused(async || {
        let timeline = Timeline::start();
        let mut jobs = HeldJobs::new(&timeline);
        let slots = Arc::new(Semaphore::new(2));
        let pricing = tokio::spawn(price_all(&PRODUCTS, slots.clone(), jobs.pricer()));
        let free_permits = || timeline.log(format!("free permits: {}", slots.available_permits()));

        jobs.wait_running(2).await;
        free_permits();
        jobs.finish("fig").await;
        jobs.wait_running(2).await;
        free_permits();
        jobs.finish("apple").await;
        jobs.wait_running(2).await;
        free_permits();
        jobs.finish("kiwi").await;
        jobs.finish("banana").await;
        let prices = pricing
            .await
            .unwrap_or_else(|e| resume_unwind(e.into_panic()));

        timeline
            .expect(&[
                (secs(0), "running: apple, fig"),
                (secs(0), "free permits: 0"),
                (secs(0), "fig: priced"),
                (secs(0), "running: apple, banana"),
                (secs(0), "free permits: 0"),
                (secs(0), "apple: priced"),
                (secs(0), "running: banana, kiwi"),
                (secs(0), "free permits: 0"),
                (secs(0), "kiwi: priced"),
                (secs(0), "banana: priced"),
            ])
            // First: after a job has given up, the permits are being handed on.
            .mistake(|t| t.count("priced alone") > 0, ONE_AT_A_TIME)
            .mistake(permits_left_free, NO_PERMIT_HELD)
            .lesson(
                "for each product, take an owned permit, then spawn_blocking a closure that \
                 owns the permit and prices the product; await the handles afterwards.",
            )
            .check();
        assert_eq!(
            prices,
            [500, 300, 600, 400],
            "the prices must follow the order of the products (apple, fig, banana, kiwi), \
             not the order the pricings ended (fig, apple, kiwi, banana): keep the handles \
             in a Vec and await them in order"
        );
    });
}

#[test]
fn with_one_permit_the_pricings_take_turns() {
    paused(async || {
        let timeline = Timeline::start();
        let mut jobs = HeldJobs::new(&timeline);
        let slots = Arc::new(Semaphore::new(1));
        let pricing = tokio::spawn(price_all(&PRODUCTS[..2], slots.clone(), jobs.pricer()));

        jobs.wait_running(1).await;
        timeline.log(format!("free permits: {}", slots.available_permits()));
        jobs.finish("apple").await;
        jobs.wait_running(1).await;
        timeline.log(format!("free permits: {}", slots.available_permits()));
        jobs.finish("fig").await;
        let prices = pricing
            .await
            .unwrap_or_else(|e| resume_unwind(e.into_panic()));

        timeline
            .expect(&[
                (secs(0), "running: apple"),
                (secs(0), "free permits: 0"),
                (secs(0), "apple: priced"),
                (secs(0), "running: fig"),
                (secs(0), "free permits: 0"),
                (secs(0), "fig: priced"),
            ])
            .mistake(permits_left_free, NO_PERMIT_HELD)
            .lesson("use the permits of cpu_slots, however many it has; do not make your own.")
            .check();
        assert_eq!(prices, [500, 300]);
    });
}
