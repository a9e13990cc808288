//! Variant: a helper spawns each check with owned copies; tokio::join! awaits both handles.

use tasklings::Timeline;
use tasklings::shop::{Inventory, Shipping, check_inventory, estimate_shipping};

use tokio::task::JoinHandle;

fn spawn_check<T, F, Fut>(product: &str, timeline: &Timeline, check: F) -> JoinHandle<T>
where
    T: Send + 'static,
    F: FnOnce(String, Timeline) -> Fut,
    Fut: std::future::Future<Output = T> + Send + 'static,
{
    tokio::spawn(check(product.to_owned(), timeline.clone()))
}

pub async fn order_summary(product: &str, timeline: &Timeline) -> (Inventory, Shipping) {
    let inventory = spawn_check(product, timeline, |p, t| async move {
        check_inventory(&p, &t).await
    });
    let shipping = spawn_check(product, timeline, |p, t| async move {
        estimate_shipping(&p, &t).await
    });
    timeline.log("main: tasks created");
    let (inventory, shipping) = tokio::join!(inventory, shipping);
    (inventory.unwrap(), shipping.unwrap())
}
