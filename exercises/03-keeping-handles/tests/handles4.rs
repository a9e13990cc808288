//! handles4: a registry of named jobs.
//! Run: `cargo test --test handles4`
//!
//! Four jobs start together, in this order: "flush" takes 2 s, "export" 1 s,
//! "cleanup" 3 s, "reindex" 0.5 s. So they finish reindex, export, flush,
//! cleanup: an order that is not the start order, nor the names' order, nor
//! either reversed. Shutdown is called at 1.5 s, when reindex and export have
//! finished (in that order, the reverse of how they started) and flush and
//! cleanup have not.

use std::future::Future;
use std::time::Duration;

use keeping_handles::handles4::Jobs;
use tasklings::{Events, Timeline, assert_eq, ms, paused, secs};

/// A job that works for `takes`, then logs `<name>: done`; if it is
/// dropped before that (aborted), it logs `<name>: cancelled`.
fn job(name: &str, takes: Duration, timeline: &Timeline) -> impl Future<Output = ()> + use<> {
    let (owned, log) = (name.to_owned(), timeline.clone());
    timeline.on_cancel(name, async move {
        tokio::time::sleep(takes).await;
        log.log(format!("{owned}: done"));
    })
}

const JOBS: [(&str, Duration); 4] = [
    ("flush", secs(2)),
    ("export", secs(1)),
    ("cleanup", secs(3)),
    ("reindex", ms(500)),
];

fn start_four(timeline: &Timeline) -> Jobs {
    let mut jobs = Jobs::new(timeline);
    for (name, takes) in JOBS {
        jobs.start(name, job(name, takes, timeline));
    }
    jobs
}

const LOST_AT_SHUTDOWN: &str = "shutdown returned while jobs were still running, and nothing \
     waited for them: when the program ends they die mid-way (flush and cleanup never logged \
     \"done\"). Keeping a handle is not enough: shutdown must await every job.";

const LOGGED_BY_THE_JOB: &str = "the \"jobs: <name> finished\" lines were logged by the jobs' \
     own tasks, as each job ended, not by shutdown: reindex and export were reported before \
     shutdown was even called. shutdown logs each line itself, when it learns the job has \
     finished: for a job already finished, as soon as shutdown is called.";

const ALL_AT_THE_END: &str = "every job was reported at 3 s, when the last one finished: \
     join_all() (or any wait for the whole set) gives nothing back until every job is done. \
     Loop on join_next().await and log each job as it comes back.";

const ABORTED: &str = "shutdown cancelled the jobs still running (flush and cleanup were \
     cut short) instead of waiting for them: JoinSet::shutdown() and abort_all() abort. \
     shutdown must wait: loop on join_next().await until it gives None.";

const IN_START_ORDER: &str = "the jobs were reported in the order they started (flush \
     before export and reindex), so a job that had finished early waited for the slow ones \
     started before it. A JoinSet's join_next().await gives each job as it finishes; a job \
     that finished before shutdown comes back at once.";

const WORDS: &str = "every event came at the right time, so the timing is right: only the words \
     of a line differ (the ✗ lines below). Log exactly \"jobs: <name> finished\", character for \
     character.";

const FINISHED_ONES_IN_START_ORDER: &str = "the jobs already finished at shutdown were \
     reported in the order they started (export before reindex), not in the order they \
     finished (reindex at 0.5 s, then export at 1 s). join_next() hands back finished jobs in \
     the order they finished: let it report those too, instead of first walking the list.";

/// The names in the `jobs: <name> finished` lines, in the order they were logged.
fn reported(t: &Events) -> Vec<&str> {
    t.0.iter()
        .filter_map(|e| e.what.strip_prefix("jobs: ")?.strip_suffix(" finished"))
        .collect()
}

/// Why a `running()` answer is in the wrong order, if it has all the right names.
fn order_hint(running: &[String], expected: &[&str]) -> &'static str {
    let mut sorted = running.to_vec();
    sorted.sort();
    let mut wanted: Vec<String> = expected.iter().map(|s| s.to_string()).collect();
    wanted.sort();
    if sorted != wanted {
        "list the jobs whose task is not finished (is_finished() is false)"
    } else if running == sorted.as_slice() {
        "yours are sorted by name (a BTreeMap?): keep the jobs in a Vec, in start order"
    } else {
        "yours are out of order (a HashMap has no order): keep the jobs in a Vec, in start order"
    }
}

#[test]
fn is_done_answers_at_once_for_each_job() {
    paused(async || {
        let timeline = Timeline::start();
        let jobs = start_four(&timeline);
        let asked = || JOBS.map(|(name, _)| jobs.is_done(name));
        assert_eq!(
            asked(),
            [Some(false); 4],
            "at 0 s no job has finished: is_done(flush, export, cleanup, reindex)"
        );

        tokio::time::sleep(ms(1500)).await;

        assert_eq!(
            asked(),
            [Some(false), Some(true), Some(false), Some(true)],
            "at 1.5 s, is_done(flush, export, cleanup, reindex) should say: export (1 s) and \
             reindex (0.5 s) have finished, flush and cleanup have not. Ask each job's \
             handle: is_finished()"
        );
        assert_eq!(
            jobs.is_done("archive"),
            None,
            "no job is called \"archive\": is_done should answer None"
        );
        assert_eq!(
            timeline.elapsed(),
            ms(1500),
            "is_done must answer at once, without waiting"
        );
        jobs.shutdown().await;
    });
}

#[test]
fn running_names_the_unfinished_jobs_in_start_order() {
    paused(async || {
        let timeline = Timeline::start();
        let jobs = start_four(&timeline);
        let expected = ["flush", "export", "cleanup", "reindex"];
        let running = jobs.running();
        assert_eq!(
            running,
            expected,
            "at 0 s every job is running, listed in the order they started; {}",
            order_hint(&running, &expected)
        );

        tokio::time::sleep(ms(1500)).await;

        let expected = ["flush", "cleanup"];
        let running = jobs.running();
        assert_eq!(
            running,
            expected,
            "at 1.5 s export and reindex have finished: running() lists only the jobs whose \
             task is not finished, in the order they started; {}",
            order_hint(&running, &expected)
        );
        jobs.shutdown().await;
    });
}

#[test]
fn running_keeps_the_start_order_of_many_jobs() {
    paused(async || {
        let timeline = Timeline::start();
        // Eight jobs: a map's order matches the start order by chance once in 40320 runs.
        let names = [
            "thumbnails",
            "backup",
            "mailer",
            "sitemap",
            "audit",
            "quota",
            "invoices",
            "logs",
        ];
        let mut jobs = Jobs::new(&timeline);
        for (i, name) in names.iter().enumerate() {
            // Every other job ends at 1 s; the rest run on.
            let takes = if i % 2 == 0 { secs(1) } else { secs(5) };
            jobs.start(name, job(name, takes, &timeline));
        }

        let running = jobs.running();
        assert_eq!(
            running,
            names,
            "running() lists the jobs in the order they started; {}",
            order_hint(&running, &names)
        );
        tokio::time::sleep(secs(2)).await;
        let expected = ["backup", "sitemap", "quota", "logs"];
        let running = jobs.running();
        assert_eq!(
            running,
            expected,
            "at 2 s only backup, sitemap, quota and logs are still running, in the order \
             they started; {}",
            order_hint(&running, &expected)
        );
        jobs.shutdown().await;
    });
}

#[test]
fn shutdown_waits_for_every_job_and_reports_each_as_it_finishes() {
    paused(async || {
        let timeline = Timeline::start();
        let jobs = start_four(&timeline);
        tokio::time::sleep(ms(1500)).await;

        let finished = jobs.shutdown().await;
        timeline.log("main: shut down");

        timeline
            .expect(&[
                (ms(500), "reindex: done"),
                (secs(1), "export: done"),
                (ms(1500), "jobs: reindex finished"),
                (ms(1500), "jobs: export finished"),
                (secs(2), "flush: done"),
                (secs(2), "jobs: flush finished"),
                (secs(3), "cleanup: done"),
                (secs(3), "jobs: cleanup finished"),
                (secs(3), "main: shut down"),
            ])
            .mistake(|t| t.contains("cleanup: cancelled"), ABORTED)
            .mistake(|t| !t.contains("cleanup: done"), LOST_AT_SHUTDOWN)
            .mistake(
                |t| {
                    t.0.iter()
                        .any(|e| e.what.starts_with("jobs: ") && e.task.is_some())
                },
                LOGGED_BY_THE_JOB,
            )
            .mistake(
                |t| reported(t) == ["flush", "export", "cleanup", "reindex"],
                IN_START_ORDER,
            )
            .mistake(
                |t| {
                    let at_end =
                        |name: &str| t.time_of(&format!("jobs: {name} finished")) == Some(secs(3));
                    JOBS.iter().all(|(name, _)| at_end(name))
                },
                ALL_AT_THE_END,
            )
            .mistake(
                |t| t.logged_before("jobs: export finished", "jobs: reindex finished"),
                FINISHED_ONES_IN_START_ORDER,
            )
            .mistake_in_words(WORDS)
            .lesson(
                "shutdown takes the jobs in the order they finish (reindex and export already \
                 have, at 1.5 s), logging each one, until none is left.",
            )
            .check();
        assert_eq!(
            finished,
            ["reindex", "export", "flush", "cleanup"],
            "shutdown returns the names in the order the jobs finished"
        );
    });
}

#[test]
fn each_job_runs_in_a_task_of_its_own() {
    paused(async || {
        let timeline = Timeline::start();
        let jobs = start_four(&timeline);

        jobs.shutdown().await;

        let events = timeline.events();
        let lost: Vec<&str> = JOBS
            .iter()
            .map(|(name, _)| *name)
            .filter(|name| !events.contains(&format!("{name}: done")))
            .collect();
        assert!(
            lost.is_empty(),
            "shutdown returned before {} had finished: await every job before returning.\n\
             Your timeline:\n{events}",
            lost.join(" and ")
        );
        let dones: Vec<String> = JOBS
            .iter()
            .map(|(name, _)| format!("{name}: done"))
            .collect();
        let dones: Vec<&str> = dones.iter().map(String::as_str).collect();
        assert!(
            events.each_in_a_task_of_its_own(&dones),
            "start must run each job as a spawned task of its own, at once: here some ran in \
             the caller or shared a task.\nYour timeline:\n{events}"
        );
    });
}

#[test]
fn an_empty_registry_shuts_down_at_once() {
    paused(async || {
        let timeline = Timeline::start();
        let jobs = Jobs::new(&timeline);

        assert!(jobs.running().is_empty(), "no job was started");
        let finished = jobs.shutdown().await;

        assert!(finished.is_empty(), "no job was started, yet some finished");
        assert_eq!(
            timeline.elapsed(),
            secs(0),
            "with no jobs, shutdown has nothing to wait for"
        );
    });
}
