//! Stand-ins for CPU-bound work, and how a test sees whether the other tasks
//! kept running while that work ran.
//!
//! On the paused clock, work that blocks the runtime's thread and work on a
//! blocking thread look alike: no virtual time passes in either (tokio does
//! not move a paused clock while a `spawn_blocking` job runs). What differs
//! is whether the *other tasks* run meanwhile, so the work here asks them.
//! [`Pulse::beat`] sends a request to the [`Heartbeat`] task and waits for
//! its answer: from a blocking thread the answer comes at once; if the work
//! holds the thread the heartbeat needs, no answer can come, and after
//! [`STALL_LIMIT`] of real time the work stops waiting and logs
//! [`STALLED`]. A correct answer never comes near the limit; a wrong one
//! fails in about a second instead of hanging.

use std::collections::BTreeSet;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{SyncSender, sync_channel};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use tokio::sync::{mpsc, oneshot};
use tokio::task::JoinHandle;

use crate::{Events, Timeline};

/// Real time that CPU-bound work waits for a sign of the other tasks before
/// it concludes that they cannot run. Correct answers answer in microseconds.
pub const STALL_LIMIT: Duration = Duration::from_secs(1);

/// The stall limit in force: [`STALL_LIMIT`], or less when the hang limit
/// is shorter (`cargo xtask check` shortens it for wrong answers), so that a
/// stalled heartbeat is still told apart from a hung test.
pub fn stall_limit() -> Duration {
    STALL_LIMIT.min(crate::guard::hang_limit() / 4)
}

/// What work logs when the heartbeat did not answer within [`STALL_LIMIT`].
pub const STALLED: &str =
    "heartbeat: no answer within the stall limit, the other tasks could not run";

/// True when some work logged [`STALLED`]: the other tasks were stuck behind it.
pub fn stalled(events: &Events) -> bool {
    events.count(STALLED) > 0
}

/// A task that logs `heartbeat N` each time CPU-bound work asks it to beat:
/// the other tasks of the runtime, as far as a test can see them.
pub struct Heartbeat {
    pulse: Pulse,
    stop: oneshot::Sender<()>,
    task: JoinHandle<u32>,
}

/// What CPU-bound work holds to ask the heartbeat for beats. Clone it into
/// every job; it can be sent to any thread.
#[derive(Clone)]
pub struct Pulse {
    requests: mpsc::UnboundedSender<Option<SyncSender<()>>>,
    stalled: Arc<AtomicBool>,
    timeline: Timeline,
}

impl Heartbeat {
    /// Spawns the heartbeat task on the current runtime.
    pub fn spawn(timeline: &Timeline) -> Heartbeat {
        let (requests, mut asked) = mpsc::unbounded_channel::<Option<SyncSender<()>>>();
        let (stop, mut stopped) = oneshot::channel::<()>();
        let log = timeline.clone();
        let task = tokio::spawn(async move {
            let mut beats = 0;
            let mut stopping = false;
            loop {
                let request = if stopping {
                    // Beats asked for before the stop are still answered.
                    asked.try_recv().ok()
                } else {
                    tokio::select! {
                        biased;
                        request = asked.recv() => request,
                        _ = &mut stopped => {
                            stopping = true;
                            continue;
                        }
                    }
                };
                let Some(answer) = request else { break };
                beats += 1;
                log.log(format!("heartbeat {beats}"));
                if let Some(answer) = answer {
                    // The work may have stopped waiting; then nobody listens.
                    let _ = answer.send(());
                }
            }
            beats
        });
        Heartbeat {
            pulse: Pulse {
                requests,
                stalled: Arc::default(),
                timeline: timeline.clone(),
            },
            stop,
            task,
        }
    }

    /// A handle for CPU-bound work to ask for beats with.
    pub fn pulse(&self) -> Pulse {
        self.pulse.clone()
    }

    /// CPU-bound work, ready for a blocking thread: a closure that runs
    /// [`Pulse::crunch`]`(name, beats, output)`.
    pub fn cpu_work<T: Send + 'static>(
        &self,
        name: &str,
        beats: u32,
        output: T,
    ) -> impl FnOnce() -> T + Send + 'static {
        let (pulse, name) = (self.pulse(), name.to_owned());
        move || pulse.crunch(&name, beats, output)
    }

    /// Answers the beats already asked for, stops the heartbeat and returns
    /// how many beats it made.
    pub async fn stop(self) -> u32 {
        let _ = self.stop.send(());
        self.task.await.expect("the heartbeat task panicked")
    }
}

impl Pulse {
    /// Asks the heartbeat for a beat and blocks this thread until it has
    /// beaten: true then. If it has not within [`STALL_LIMIT`], it could not
    /// run (this thread is the one it needs): logs [`STALLED`] and returns
    /// false, and from then on returns false at once.
    pub fn beat(&self) -> bool {
        if self.stalled.load(Ordering::SeqCst) {
            return false;
        }
        let (answer, answered) = sync_channel(1);
        let asked = self.requests.send(Some(answer)).is_ok();
        if asked && answered.recv_timeout(stall_limit()).is_ok() {
            return true;
        }
        self.stalled.store(true, Ordering::SeqCst);
        self.timeline.log(STALLED);
        false
    }

    /// Asks for a beat without waiting for it: the heartbeat beats when it
    /// next gets to run. For work that runs on the runtime's own thread.
    pub fn nudge(&self) {
        let _ = self.requests.send(None);
    }

    /// CPU-bound work, simulated: logs `<name>: start`, asks for `beats`
    /// beats one after the other (real work would be computing meanwhile),
    /// logs `<name>: end` and returns `output`.
    pub fn crunch<T>(&self, name: &str, beats: u32, output: T) -> T {
        self.timeline.log(format!("{name}: start"));
        for _ in 0..beats {
            if !self.beat() {
                break;
            }
        }
        self.timeline.log(format!("{name}: end"));
        output
    }
}

/// CPU-bound jobs that the test lets end one at a time, to see how many run
/// at once. Each job, on its blocking thread, says it has started, then
/// waits until the test lets it end (or [`STALL_LIMIT`] passes).
pub struct HeldJobs {
    gates: Arc<Gates>,
    news: mpsc::UnboundedReceiver<News>,
    // The sender for new jobs; the receiver sees the end of the jobs once
    // this and every job's copy are gone.
    sender: Option<mpsc::UnboundedSender<News>>,
    running: BTreeSet<String>,
    timeline: Timeline,
    derailed: bool,
}

enum News {
    Started(String),
    Ended(String),
    GaveUp(String),
}

#[derive(Default)]
struct Gates {
    open: Mutex<Open>,
    changed: Condvar,
}

#[derive(Default)]
struct Open {
    products: BTreeSet<String>,
    all: bool,
}

/// The price a held job computes: 100 per letter of the product's name.
pub fn price_of(product: &str) -> u32 {
    100 * product.len() as u32
}

impl HeldJobs {
    /// Jobs that log to `timeline`; hand [`HeldJobs::pricer`] to the code
    /// under test, then let the jobs end one by one.
    pub fn new(timeline: &Timeline) -> HeldJobs {
        let (sender, news) = mpsc::unbounded_channel();
        HeldJobs {
            gates: Arc::default(),
            news,
            sender: Some(sender),
            running: BTreeSet::new(),
            timeline: timeline.clone(),
            derailed: false,
        }
    }

    /// The job, to run on a blocking thread: called with a product, it says
    /// it has started, waits until the test lets it end, and returns the
    /// product's [`price_of`]. After [`STALL_LIMIT`] without the test's go
    /// it gives up waiting and ends anyway.
    pub fn pricer(&mut self) -> impl Fn(&str) -> u32 + Clone + Send + Sync + 'static {
        let news = self
            .sender
            .take()
            .expect("HeldJobs::pricer is called once per test");
        let gates = self.gates.clone();
        move |product: &str| {
            let _ = news.send(News::Started(product.to_owned()));
            let open = gates.open.lock().unwrap_or_else(|e| e.into_inner());
            let (open, waited) = gates
                .changed
                .wait_timeout_while(open, stall_limit(), |open| {
                    !open.all && !open.products.contains(product)
                })
                .unwrap_or_else(|e| e.into_inner());
            drop(open);
            let _ = news.send(if waited.timed_out() {
                News::GaveUp(product.to_owned())
            } else {
                News::Ended(product.to_owned())
            });
            price_of(product)
        }
    }

    /// Waits until `n` jobs are running at once, then logs
    /// `running: <products, sorted>`. If a job gives up first (no other job
    /// started while it waited), logs `<product>: priced alone` instead; if
    /// every job's copy is gone first, logs `pricing: stopped`.
    pub async fn wait_running(&mut self, n: usize) {
        while !self.derailed && self.running.len() < n {
            self.next_news().await;
        }
        if !self.derailed {
            let running: Vec<&str> = self.running.iter().map(String::as_str).collect();
            self.timeline
                .log(format!("running: {}", running.join(", ")));
        }
    }

    /// Lets `product`'s job end, waits until it has, and logs
    /// `<product>: priced`.
    pub async fn finish(&mut self, product: &str) {
        self.gates
            .open
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .products
            .insert(product.to_owned());
        self.gates.changed.notify_all();
        while !self.derailed {
            if self.next_news().await.as_deref() == Some(product) {
                self.timeline.log(format!("{product}: priced"));
                return;
            }
        }
    }

    /// [`finish`](Self::finish), but without letting any task run
    /// meanwhile: holds the runtime's thread (for up to the stall limit)
    /// until the job has ended. What the job's own thread does as it ends
    /// (dropping a permit the job owns) happens; what a task would do once
    /// the job's handle wakes it cannot, so a test can tell the two apart
    /// on every run.
    pub fn finish_holding_the_thread(&mut self, product: &str) {
        self.gates
            .open
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .products
            .insert(product.to_owned());
        self.gates.changed.notify_all();
        let began = std::time::Instant::now();
        while !self.derailed && began.elapsed() < stall_limit() {
            let news = match self.news.try_recv() {
                Ok(news) => Some(news),
                Err(mpsc::error::TryRecvError::Empty) => {
                    std::thread::sleep(Duration::from_millis(1));
                    continue;
                }
                Err(mpsc::error::TryRecvError::Disconnected) => None,
            };
            if self.take(news).as_deref() == Some(product) {
                self.timeline.log(format!("{product}: priced"));
                return;
            }
        }
    }

    /// Takes one piece of news; returns the product whose job ended, if one did.
    async fn next_news(&mut self) -> Option<String> {
        // While a job runs, the paused clock stands still; when nothing runs
        // and no job can start (a permit that is never given back), it jumps
        // ahead, and an hour of virtual time passes at once: stuck.
        match tokio::time::timeout(Duration::from_secs(3600), self.news.recv()).await {
            Ok(news) => self.take(news),
            Err(_) => {
                self.timeline
                    .log("pricing: stuck, no job started or ended for an hour");
                self.derail();
                None
            }
        }
    }

    /// Notes one piece of news (`None`: every job's copy is gone); returns
    /// the product whose job ended, if one did.
    fn take(&mut self, news: Option<News>) -> Option<String> {
        match news {
            Some(News::Started(product)) => {
                self.running.insert(product);
                None
            }
            Some(News::Ended(product)) => {
                self.running.remove(&product);
                Some(product)
            }
            Some(News::GaveUp(product)) => {
                self.running.remove(&product);
                self.timeline.log(format!(
                    "{product}: priced alone, no other job started within the stall limit"
                ));
                self.derail();
                Some(product)
            }
            None => {
                self.timeline.log("pricing: stopped");
                self.derail();
                None
            }
        }
    }

    // From here on nothing waits: every job may end, the test goes on to
    // its check, which fails and says why.
    fn derail(&mut self) {
        self.derailed = true;
        self.gates
            .open
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .all = true;
        self.gates.changed.notify_all();
    }
}

impl Drop for HeldJobs {
    fn drop(&mut self) {
        self.derail();
    }
}
