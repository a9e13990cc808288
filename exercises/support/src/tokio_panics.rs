//! tokio's own panics, said in the words of the course: a student who meets
//! "JoinHandle polled after completion" learns what they did, not where in
//! tokio's source the runtime noticed it.

/// What a panic raised by tokio (or by an async runtime rule) means for the
/// code under test, or `None` for any other panic.
pub fn lesson(message: &str) -> Option<&'static str> {
    LESSONS
        .iter()
        .find(|(raw, _)| message.contains(raw))
        .map(|(_, lesson)| *lesson)
}

/// tokio 1.x's panic messages (by a part that does not change), and what
/// each means here.
const LESSONS: [(&str, &str); 8] = [
    (
        "JoinHandle polled after completion",
        "A JoinHandle was awaited again after it had already given its result. A handle \
         gives its result once: in a loop or a `select!`, stop polling a handle that has \
         finished (end the loop there, or disable that branch with `, if !done`).",
    ),
    (
        "can call blocking only when running on the multi-threaded runtime",
        "`tokio::task::block_in_place` works only on a multi-thread runtime, and this test \
         runs on a current-thread one (the paused clock needs it). To move CPU-bound work \
         off the runtime here, use `tokio::task::spawn_blocking` and await its handle.",
    ),
    (
        "Cannot start a runtime from within a runtime",
        "Your code called `block_on` (of a `Runtime` or a `Handle`) inside async code, which already \
         runs on a runtime. In async code, `.await` the future instead.",
    ),
    (
        "must be called from the context of a Tokio 1.x runtime",
        "A tokio function that needs a runtime (`tokio::spawn`, a timer) was called on a \
         thread that has none, such as one from `std::thread::spawn`. Call it from async \
         code (or a `spawn_blocking` job, which runs inside the runtime), or take a `tokio::runtime::Handle::current()` there and use `handle.spawn`.",
    ),
    (
        "cannot access a task-local storage value without setting it first",
        "A `task_local!` was read where no `.scope(value, future)` had set it. It is set \
         only while that future is polled or dropped, and a task spawned there does not inherit it: call \
         `scope` inside the spawned task, around the work that reads it.",
    ),
    (
        "Cannot drop a runtime in a context where blocking is not allowed",
        "A tokio `Runtime` was created and dropped inside async code. Use the runtime the \
         code already runs on: `.await`, or `tokio::spawn`.",
    ),
    (
        "Can't get a task id when not inside a task",
        "`tokio::task::id()` works only inside a spawned task; the code that calls it here \
         runs in the caller, which is no task. Read the id where the task runs, or take it \
         from the `JoinHandle` (`handle.id()`, or `JoinSet::spawn(..).id()`).",
    ),
    (
        "resumed after completion",
        "A future was polled again after it had finished. Await each future once; in a \
         `select!` loop, stop polling a branch whose future has completed.",
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn awaiting_a_finished_handle_again_is_explained() {
        let raw = "JoinHandle polled after completion";
        assert!(lesson(raw).is_some_and(|l| l.contains("gives its result once")));
    }

    #[test]
    fn an_ordinary_panic_is_left_alone() {
        assert_eq!(lesson("the answers must follow the input order"), None);
    }
}
