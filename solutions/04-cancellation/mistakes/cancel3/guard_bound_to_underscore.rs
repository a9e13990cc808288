//! Mistake: the guard is bound to `_`, which drops it on the spot: the
//! connection goes back before the first item is saved.

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
        if let Some(connection) = self.connection.take() {
            self.pool.give_back(connection);
        }
    }
}

pub async fn import(items: u32, pool: Pool, timeline: Timeline) -> u32 {
    let _ = Lease {
        connection: Some(pool.take()),
        pool,
    };
    for n in 1..=items {
        tokio::time::sleep(ITEM_TAKES).await;
        timeline.log(format!("import: item {n} saved"));
    }
    items
}
