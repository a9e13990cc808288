//! Mistake: the connection is given back on the last line. When the import
//! is aborted at an .await, that line never runs and the connection is lost.

use std::time::Duration;

use tasklings::Timeline;
use tasklings::shop::Pool;

pub const ITEM_TAKES: Duration = Duration::from_millis(500);

pub async fn import(items: u32, pool: Pool, timeline: Timeline) -> u32 {
    let connection = pool.take();
    for n in 1..=items {
        tokio::time::sleep(ITEM_TAKES).await;
        timeline.log(format!("import: item {n} saved"));
    }
    pool.give_back(connection);
    items
}
