//! Variant of cancel3: a guard with a constructor that takes the connection,
//! and the saving loop in a helper that borrows it.

use std::time::Duration;

use tasklings::Timeline;
use tasklings::shop::{Connection, Pool};

pub const ITEM_TAKES: Duration = Duration::from_millis(500);

struct Borrowed {
    pool: Pool,
    connection: Option<Connection>,
}

impl Borrowed {
    fn from(pool: Pool) -> Self {
        let connection = Some(pool.take());
        Borrowed { pool, connection }
    }

    fn connection(&self) -> &Connection {
        self.connection.as_ref().expect("held until drop")
    }
}

impl Drop for Borrowed {
    fn drop(&mut self) {
        if let Some(connection) = self.connection.take() {
            self.pool.give_back(connection);
        }
    }
}

async fn save_all(items: u32, _on: &Connection, timeline: &Timeline) -> u32 {
    let mut count = 0;
    for n in 1..=items {
        tokio::time::sleep(ITEM_TAKES).await;
        timeline.log(format!("import: item {n} saved"));
        count += 1;
    }
    count
}

pub async fn import(items: u32, pool: Pool, timeline: Timeline) -> u32 {
    let lease = Borrowed::from(pool);
    save_all(items, lease.connection(), &timeline).await
}
