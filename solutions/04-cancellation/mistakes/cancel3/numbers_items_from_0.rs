//! Mistake: the items are numbered from 0, so the first one logs
//! `import: item 0 saved`.

use std::time::Duration;

use tasklings::Timeline;
use tasklings::shop::{Connection, Pool};

/// How long saving one item takes.
pub const ITEM_TAKES: Duration = Duration::from_millis(500);

/// Holds a connection, and gives it back to its pool when dropped: at the
/// end of `import`, or wherever an abort drops the import's future.
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

/// Saves `items` items on a connection from `pool`; the connection goes
/// back to the pool however the import ends.
pub async fn import(items: u32, pool: Pool, timeline: Timeline) -> u32 {
    // A named binding lives to the end of the function; `let _ =` would drop it at once.
    let _lease = Lease {
        connection: Some(pool.take()),
        pool,
    };
    for n in 0..items {
        tokio::time::sleep(ITEM_TAKES).await;
        timeline.log(format!("import: item {n} saved"));
    }
    items
}
