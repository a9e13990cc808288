//! Variant of cancel3: the guard, and `tokio::time::interval` (its first,
//! immediate tick skipped) instead of a sleep per item.

use std::time::Duration;

use tasklings::Timeline;
use tasklings::shop::{Connection, Pool};

pub const ITEM_TAKES: Duration = Duration::from_millis(500);

struct Lease {
    pool: Pool,
    connection: Option<Connection>,
}

impl Drop for Lease {
    fn drop(&mut self) {
        if let Some(c) = self.connection.take() {
            self.pool.give_back(c);
        }
    }
}

pub async fn import(items: u32, pool: Pool, timeline: Timeline) -> u32 {
    let _lease = Lease {
        connection: Some(pool.take()),
        pool,
    };
    let mut ticks = tokio::time::interval(ITEM_TAKES);
    ticks.tick().await;
    for n in 1..=items {
        ticks.tick().await;
        timeline.log(format!("import: item {n} saved"));
    }
    items
}
