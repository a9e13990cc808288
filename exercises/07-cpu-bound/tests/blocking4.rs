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
use std::thread;
use std::time::Duration;
use std::time::Instant;

use cpu_bound::blocking4::price_all;
use tasklings::cpu::{HeldJobs, price_of, stall_limit};
use tasklings::{Events, Timeline, assert_eq, paused, secs};
use tokio::sync::Semaphore;

// A job prices 100 per letter: apple 500, fig 300, banana 600, kiwi 400.
const PRODUCTS: [&str; 4] = ["apple", "fig", "banana", "kiwi"];

const NO_PERMIT_HELD: &str = "while two pricings ran, not every permit was taken: the pricings \
     ran without holding one. Either no permit was taken, or it was given back at once: \
     `let _ = slots.acquire().await` drops the permit on that very line (`_` binds nothing), \
     and so does a permit whose scope ends before the pricing does: one kept in the loop, \
     or named by `let _ = permit;` in the closure, which moves nothing in. Take an owned \
     permit (cpu_slots.clone().acquire_owned().await) and move it into the blocking closure \
     by using it there (`let _permit = permit;`), so it lives until the pricing is done.";

const ONE_AT_A_TIME: &str = "apple was priced alone: nothing else started while it ran, so the \
     pricings ran one after the other, each awaited before the next was spawned. Take a \
     permit and spawn for every product first (the permits make the later ones wait their \
     turn), and await the handles after that.";

const WAITED_FOR_THE_BATCH: &str = "apple and fig ran at once, but once fig had ended apple \
     was priced alone: banana did not start when fig's permit was free, only after apple ended \
     too, as if each batch of pricings were awaited whole before the next began. Start every \
     pricing as soon as a permit is free: take a permit and spawn for every product in one \
     loop, and await the handles after that.";

const ON_THE_RUNTIMES_THREAD: &str = "the pricings ran on the runtime's own thread (in a task \
     of tokio::spawn, or right in price_all), not on tokio's blocking threads: each one held \
     the thread every task needs, so the others could not even start. Run each pricing with \
     tokio::task::spawn_blocking, the permit moved into its closure.";

const PERMIT_HELD_AROUND_THE_JOB: &str = "the last jobs had ended, and still their permits \
     did not come back while the runtime's thread was busy: each permit was held by async \
     code around its job (a task that awaits spawn_blocking(..) with the permit in hand), not \
     by the job, so it comes back only when that task runs again. Move the permit into the \
     blocking closure: the job itself gives it back the moment it is done.";

/// The held jobs' pricer, wrapped to log `<product>: priced on the runtime's
/// thread` when a job runs on the thread the test and every task run on.
/// Such a job is not held (it would stop the test too): it prices at once,
/// and once price_all is over the test hears that the pricing stopped.
fn noting_the_thread(
    pricer: impl Fn(&str) -> u32 + Clone + Send + 'static,
    timeline: &Timeline,
) -> impl Fn(&str) -> u32 + Clone + Send + 'static {
    let (runtime_thread, timeline) = (thread::current().id(), timeline.clone());
    move |product: &str| {
        if thread::current().id() == runtime_thread {
            timeline.log(format!("{product}: priced on the runtime's thread"));
            return price_of(product);
        }
        pricer(product)
    }
}

/// Once `product`'s job, the last, has ended, holds the runtime's thread (so
/// no task can run) for up to the stall limit until all `permits` of `slots` are
/// free, and logs `<product>'s job ended: N permit(s) free`. A permit held by the job is
/// given back on the job's own thread as it ends; one held by a task is not,
/// while that task cannot run.
fn permits_back_without_the_runtime(
    product: &str,
    permits: usize,
    slots: &Semaphore,
    timeline: &Timeline,
) {
    let began = Instant::now();
    while slots.available_permits() < permits && began.elapsed() < stall_limit() {
        thread::sleep(Duration::from_millis(1));
    }
    let free = slots.available_permits();
    let permits = if free == 1 { "permit" } else { "permits" };
    timeline.log(format!("{product}'s job ended: {free} {permits} free"));
}

const NEVER_RETURNED: &str = "price_all never returned: every pricing had ended, and an \
     hour of virtual time later it was still waiting, for a permit that nobody gives back. A \
     permit must go back when its pricing ends: move it into the spawn_blocking closure, so \
     that it is dropped there. A permit kept anywhere else (a Vec, a variable that lives to \
     the end of price_all) holds its slot for good.";

/// price_all's answer, or the failure that says why it never came. Once
/// every pricing has ended nothing else runs, so the paused clock jumps
/// ahead: the hour passes in no real time.
async fn returned(pricing: impl Future<Output = Vec<u32>>) -> Vec<u32> {
    tokio::time::timeout(secs(3600), pricing)
        .await
        .unwrap_or_else(|_| panic!("{NEVER_RETURNED}"))
}

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
        let pricer = noting_the_thread(jobs.pricer(), &timeline);
        let pricing = tokio::spawn(price_all(&PRODUCTS, slots.clone(), pricer));
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
        // No task may run between the last job's end and the count of
        // permits: only a permit the job itself held can be back by then.
        jobs.finish_holding_the_thread("banana");
        permits_back_without_the_runtime("banana", 2, &slots, &timeline);
        let prices = returned(async {
            pricing
                .await
                .unwrap_or_else(|e| resume_unwind(e.into_panic()))
        })
        .await;

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
                (secs(0), "banana's job ended: 2 permits free"),
            ])
            .mistake(
                |t| t.count("priced on the runtime's thread") > 0,
                ON_THE_RUNTIMES_THREAD,
            )
            // After a job has given up, the permits are being handed on.
            .mistake(
                |t| t.contains("running: apple, fig") && t.count("priced alone") > 0,
                WAITED_FOR_THE_BATCH,
            )
            .mistake(|t| t.count("priced alone") > 0, ONE_AT_A_TIME)
            .mistake(permits_left_free, NO_PERMIT_HELD)
            .mistake(
                |t| {
                    t.first_starting_with("banana's job ended")
                        .is_some_and(|e| e.what != "banana's job ended: 2 permits free")
                },
                PERMIT_HELD_AROUND_THE_JOB,
            )
            .lesson(
                "for each product, take an owned permit, then spawn_blocking a closure that \
                 owns the permit and prices the product; await the handles afterwards.",
            )
            .check();
        // The order in which the jobs' ends reach the runtime depends on how
        // the OS schedules their threads, so any other order of the same
        // prices may be the order they ended (a JoinSet's); even the sorted
        // order, by chance, so that message names both.
        let mut sorted = prices.clone();
        sorted.sort_unstable();
        let same_prices = sorted == [300, 400, 500, 600];
        assert_eq!(
            prices,
            [500, 300, 600, 400],
            "{}",
            if same_prices && prices == sorted {
                "the prices must follow the order of the products (apple, fig, banana, kiwi), \
                 not sorted and not the order the pricings ended: keep the handles in a Vec, \
                 in that order, and await them in order"
            } else if same_prices {
                "the prices must follow the order of the products (apple, fig, banana, kiwi), \
                 not the order the pricings ended: keep the handles in a Vec and await them \
                 in order"
            } else {
                "the prices must follow the order of the products (apple, fig, banana, kiwi): \
                 keep the handles in a Vec, in that order, and await them in order"
            }
        );
    });
}

#[test]
fn with_one_permit_the_pricings_take_turns() {
    paused(async || {
        let timeline = Timeline::start();
        let mut jobs = HeldJobs::new(&timeline);
        let slots = Arc::new(Semaphore::new(1));
        let pricer = noting_the_thread(jobs.pricer(), &timeline);
        let pricing = tokio::spawn(price_all(&PRODUCTS[..2], slots.clone(), pricer));

        jobs.wait_running(1).await;
        timeline.log(format!("free permits: {}", slots.available_permits()));
        jobs.finish("apple").await;
        jobs.wait_running(1).await;
        timeline.log(format!("free permits: {}", slots.available_permits()));
        jobs.finish("fig").await;
        let prices = returned(async {
            pricing
                .await
                .unwrap_or_else(|e| resume_unwind(e.into_panic()))
        })
        .await;

        timeline
            .expect(&[
                (secs(0), "running: apple"),
                (secs(0), "free permits: 0"),
                (secs(0), "apple: priced"),
                (secs(0), "running: fig"),
                (secs(0), "free permits: 0"),
                (secs(0), "fig: priced"),
            ])
            .mistake(
                |t| t.count("priced on the runtime's thread") > 0,
                ON_THE_RUNTIMES_THREAD,
            )
            .mistake(permits_left_free, NO_PERMIT_HELD)
            .lesson("use the permits of cpu_slots, however many it has; do not make your own.")
            .check();
        assert_eq!(
            prices,
            [500, 300],
            "the prices follow the order of the products: apple, then fig"
        );
    });
}

#[test]
fn every_product_gets_its_price_in_the_order_given_even_when_ordered_twice() {
    paused(async || {
        // Not in alphabetical order, nor by price, and fig and apple twice.
        let products = [
            "fig", "apple", "kiwi", "fig", "cherry", "apple", "plum", "banana",
        ];
        let slots = Arc::new(Semaphore::new(1));

        let prices = returned(price_all(&products, slots.clone(), price_of)).await;

        let expected: Vec<u32> = products.iter().map(|p| price_of(p)).collect();
        let message = if prices.len() < products.len() {
            "a price is missing: fig and apple are ordered twice, and each is priced twice. \
             A map keyed by product keeps one price per name; keep one handle per product, \
             in a Vec, in the order given"
        } else {
            "the prices must follow the order of the products as given (fig, apple, kiwi, \
             fig, cherry, apple, plum, banana), not the order the pricings ended, nor a \
             HashMap's or a sort's: keep the handles in a Vec and await them in order"
        };
        assert_eq!(prices, expected, "{message}");
        assert_eq!(
            slots.available_permits(),
            1,
            "every permit is given back once the pricings are done"
        );
    });
}
