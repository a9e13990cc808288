//! Variant: Tasks send (place, outcome) on a channel; on the first refusal every handle is aborted and awaited.

use tasklings::Timeline;
use tasklings::shop::{Inventory, ShopError, Warehouse};
use tokio::task::JoinSet;

pub async fn reserve_all(
    warehouses: Vec<Warehouse>,
    timeline: &Timeline,
) -> Result<Vec<Inventory>, ShopError> {
    let n = warehouses.len();
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let mut handles = Vec::new();
    for (place, w) in warehouses.into_iter().enumerate() {
        let ask = w.ask(timeline.clone());
        let tx = tx.clone();
        handles.push(tokio::spawn(async move {
            let outcome = ask.await;
            let _ = tx.send((place, outcome));
        }));
    }
    drop(tx);
    let mut answers: Vec<Option<Inventory>> = vec![None; n];
    while let Some((place, outcome)) = rx.recv().await {
        match outcome {
            Ok(inventory) => answers[place] = Some(inventory),
            Err(refusal) => {
                for handle in &handles {
                    handle.abort();
                }
                for handle in handles {
                    if let Err(e) = handle.await
                        && e.is_panic()
                    {
                        std::panic::resume_unwind(e.into_panic());
                    }
                }
                return Err(refusal);
            }
        }
    }
    for handle in handles {
        if let Err(e) = handle.await
            && e.is_panic()
        {
            std::panic::resume_unwind(e.into_panic());
        }
    }
    Ok(answers.into_iter().flatten().collect())
}
