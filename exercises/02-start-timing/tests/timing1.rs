//! timing1: predict when a spawned task starts.
//! Run: `cargo test --test timing1`
//!
//! Both tests first run the given `program` and check it is still the one
//! given: a prediction is only right about the program as written.

use start_timing::timing1::{predicted_order, program};
use tasklings::{Events, Timeline, assert_eq, paused};

/// What the given `program` logs, in order.
const GIVEN_ORDER: [&str; 4] = [
    "main: before spawn",
    "main: after spawn",
    "task: running",
    "main: after await",
];

#[test]
fn the_spawned_task_has_not_started_when_spawn_returns() {
    paused(async move || {
        let prediction = predicted_order();
        let logged = run_the_given_program().await;

        let task = position(&prediction, "task: running");
        let after_spawn = position(&prediction, "main: after spawn");
        assert!(
            after_spawn < task,
            "your prediction has the task running before main logs \"main: after spawn\". \
             tokio::spawn only queues the task: on this single-threaded runtime it runs \
             when main reaches an .await that has to wait, not at the spawn.\n\
             What `program` logged:\n{logged}"
        );
    });
}

#[test]
fn the_prediction_is_the_order_the_program_logs() {
    paused(async move || {
        let prediction = predicted_order();
        let logged = run_the_given_program().await;

        assert!(
            position(&prediction, "task: running") < position(&prediction, "main: after await"),
            "your prediction has the task running after main logs \"main: after await\". \
             But main awaits the task's handle before that line: task.await returns only once \
             the task has run to its end, so \"task: running\" comes first."
        );
        assert_eq!(
            prediction.to_vec(),
            logged.names(),
            "your prediction (left, <) against what `program` really logged (right, >)"
        );
    });
}

/// Runs `program` and fails, naming the change, unless it is still the
/// program as given: the task logs from a spawned task, main from the caller,
/// in the given order.
async fn run_the_given_program() -> Events {
    let timeline = Timeline::start();
    program(&timeline).await;
    let logged = timeline.events();

    let changed = if logged.names() != GIVEN_ORDER {
        Some(format!(
            "it now logs {:?}, the given program logs {GIVEN_ORDER:?}",
            logged.names()
        ))
    } else if !logged.logged_in_spawned_task("task: running") {
        Some("\"task: running\" is no longer logged by a spawned task".to_owned())
    } else if GIVEN_ORDER
        .iter()
        .filter(|e| e.starts_with("main"))
        .any(|e| logged.logged_in_spawned_task(e))
    {
        Some("main's lines are logged from a spawned task".to_owned())
    } else {
        None
    };
    if let Some(change) = changed {
        panic!(
            "`program` was changed: {change}. The exercise is to predict what the given \
             program does, not to make it match your prediction: put `program` back as it \
             was (`git diff` shows your change) and change only `predicted_order`.\n\
             What your `program` logged:\n{logged}"
        );
    }
    logged
}

fn position(prediction: &[&str], event: &str) -> usize {
    prediction.iter().position(|e| *e == event).unwrap_or_else(|| {
        panic!("your prediction does not contain {event:?}; copy the four events from `program` exactly")
    })
}
