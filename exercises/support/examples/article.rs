//! The article's scenarios, played on tokio's paused clock with the shop's
//! services and drawn as lanes: `cargo xtask timeline article`.

use std::time::Duration;

use tasklings::shop::{check_inventory, estimate_shipping};
use tasklings::{Timeline, paused};

fn main() {
    paused(async || {
        let timeline = Timeline::start();
        check_inventory("item_9876", &timeline).await;
        estimate_shipping("item_9876", &timeline).await;
        timeline.log("main: order ready");
        show(
            "Awaited one after the other: 2 s, then 1 s, the order is ready at 3 s.",
            &timeline,
        );
    });

    paused(async || {
        let timeline = Timeline::start();
        let inventory = tokio::spawn({
            let timeline = timeline.clone();
            async move { check_inventory("item_9876", &timeline).await }
        });
        let shipping = tokio::spawn({
            let timeline = timeline.clone();
            async move { estimate_shipping("item_9876", &timeline).await }
        });
        let _ = (inventory.await, shipping.await);
        timeline.log("main: order ready");
        show(
            "As two tasks (create_task, tokio::spawn): both start at 0 s, the order is ready at 2 s.",
            &timeline,
        );
    });

    paused(async || {
        let timeline = Timeline::start();
        let monitor = tokio::spawn({
            let timeline = timeline.clone();
            async move {
                let mut ticks = tokio::time::interval(Duration::from_millis(500));
                for report in 1.. {
                    ticks.tick().await;
                    timeline.log(format!("monitor: report {report}"));
                }
            }
        });
        timeline.log("work: start");
        tokio::time::sleep(Duration::from_secs(3)).await;
        timeline.log("work: end");
        monitor.abort();
        let _ = monitor.await;
        show(
            "A monitor task reports every 0.5 s while 3 s of work runs, and stops with it.",
            &timeline,
        );
    });
}

fn show(what: &str, timeline: &Timeline) {
    println!("{what}\n{}", timeline.lanes());
}
