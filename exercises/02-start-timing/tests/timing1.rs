//! timing1: predict when a spawned task starts.
//! Run: `cargo test --test timing1`

use start_timing::timing1::{predicted_order, program};
use tasklings::{Timeline, assert_eq, paused};

#[test]
fn the_spawned_task_has_not_started_when_spawn_returns() {
    let prediction = predicted_order();
    let task = position(&prediction, "task: running");
    let after_spawn = position(&prediction, "main: after spawn");
    assert!(
        after_spawn < task,
        "your prediction has the task running before main logs \"main: after spawn\". \
         tokio::spawn only queues the task: on this single-threaded runtime it runs \
         when main reaches an .await that has to wait, not at the spawn."
    );
}

#[test]
fn the_prediction_is_the_order_the_program_logs() {
    let prediction = predicted_order();
    paused(async move || {
        let timeline = Timeline::start();

        program(&timeline).await;

        assert_eq!(
            prediction.to_vec(),
            timeline.events().names(),
            "your prediction (left, <) against what `program` really logged (right, >)"
        );
    });
}

fn position(prediction: &[&str], event: &str) -> usize {
    prediction.iter().position(|e| *e == event).unwrap_or_else(|| {
        panic!("your prediction does not contain {event:?}; copy the four events from `program` exactly")
    })
}
