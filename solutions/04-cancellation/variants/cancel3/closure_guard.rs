//! Variant of cancel3: a generic guard that runs a closure when dropped; the
//! closure owns the connection and the pool.

use std::time::Duration;

use tasklings::Timeline;
use tasklings::shop::{Connection, Pool};

pub const ITEM_TAKES: Duration = Duration::from_millis(500);

struct OnDrop<F: FnOnce()>(Option<F>);

impl<F: FnOnce()> Drop for OnDrop<F> {
    fn drop(&mut self) {
        if let Some(f) = self.0.take() {
            f();
        }
    }
}

pub async fn import(items: u32, pool: Pool, timeline: Timeline) -> u32 {
    let connection = pool.take();
    let _give_back = OnDrop(Some(move || pool.give_back(connection)));
    let mut saved = 0;
    while saved < items {
        tokio::time::sleep(ITEM_TAKES).await;
        saved += 1;
        timeline.log(format!("import: item {saved} saved"));
    }
    saved
}
