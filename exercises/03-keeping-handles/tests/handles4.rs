//! handles4: a registry of named jobs.
//! Run: `cargo test --test handles4`
//!
//! Three jobs start together: "export" takes 3 s, "flush" 1 s, "reindex" 2 s.

use std::future::Future;
use std::time::Duration;

use keeping_handles::handles4::Jobs;
use tasklings::{Timeline, assert_eq, ms, paused, secs};

/// A job that works for `takes`, then logs `<name>: done`.
fn job(name: &str, takes: Duration, timeline: &Timeline) -> impl Future<Output = ()> + use<> {
    let (name, timeline) = (name.to_owned(), timeline.clone());
    async move {
        tokio::time::sleep(takes).await;
        timeline.log(format!("{name}: done"));
    }
}

fn start_three(timeline: &Timeline) -> Jobs {
    let mut jobs = Jobs::new(timeline);
    jobs.start("export", job("export", secs(3), timeline));
    jobs.start("flush", job("flush", secs(1), timeline));
    jobs.start("reindex", job("reindex", secs(2), timeline));
    jobs
}

const LOST_AT_SHUTDOWN: &str = "shutdown returned while jobs were still running, and nothing \
     waited for them: when the program ends they die mid-way (export and reindex never logged \
     \"done\"). Keeping a handle is not enough; shutdown must await every job.";

const IN_START_ORDER: &str = "flush had finished at 1 s, yet shutdown reported it only at 3 s, \
     after export: the jobs were awaited in the order they started. A JoinSet's \
     join_next().await gives each job as it finishes; a job that finished before shutdown \
     comes back at once.";

#[test]
fn is_done_answers_at_once_for_each_job() {
    paused(async || {
        let timeline = Timeline::start();
        let jobs = start_three(&timeline);
        assert_eq!(
            jobs.is_done("flush"),
            Some(false),
            "at 0 s no job has finished"
        );

        tokio::time::sleep(ms(1500)).await;

        let answers = [
            jobs.is_done("export"),
            jobs.is_done("flush"),
            jobs.is_done("reindex"),
        ];
        assert_eq!(
            answers,
            [Some(false), Some(true), Some(false)],
            "at 1.5 s, is_done(export, flush, reindex) should say: only flush (1 s) has \
             finished. Ask the job's handle: is_finished()"
        );
        assert_eq!(
            jobs.is_done("backup"),
            None,
            "no job is called \"backup\": is_done should answer None"
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
        let jobs = start_three(&timeline);
        assert_eq!(
            jobs.running(),
            ["export", "flush", "reindex"],
            "at 0 s every job is running, listed in the order they started"
        );

        tokio::time::sleep(ms(1500)).await;

        assert_eq!(
            jobs.running(),
            ["export", "reindex"],
            "at 1.5 s flush has finished: running() lists only the jobs whose task is not \
             finished (is_finished() is false), in the order they started"
        );
        jobs.shutdown().await;
    });
}

#[test]
fn shutdown_waits_for_every_job_and_reports_each_as_it_finishes() {
    paused(async || {
        let timeline = Timeline::start();
        let jobs = start_three(&timeline);
        tokio::time::sleep(ms(1500)).await;

        let finished = jobs.shutdown().await;
        timeline.log("main: shut down");

        timeline
            .expect(&[
                (secs(1), "flush: done"),
                (ms(1500), "jobs: flush finished"),
                (secs(2), "reindex: done"),
                (secs(2), "jobs: reindex finished"),
                (secs(3), "export: done"),
                (secs(3), "jobs: export finished"),
                (secs(3), "main: shut down"),
            ])
            .mistake(|t| !t.contains("export: done"), LOST_AT_SHUTDOWN)
            .mistake(
                |t| t.time_of("jobs: flush finished") == Some(secs(3)),
                IN_START_ORDER,
            )
            .lesson(
                "shutdown takes the jobs in the order they finish (flush already has, at \
                 1.5 s), logging each one, until none is left.",
            )
            .check();
        assert_eq!(
            finished,
            ["flush", "reindex", "export"],
            "shutdown returns the names in the order the jobs finished"
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
