//! The progress bar of a run on a terminal: bytes read of the inputs' total, rate and ETA
//! when the total is known; a spinner counting items when it is not.

use indicatif::{ProgressBar, ProgressStyle};

use vnextract::batch::{Progress, bytes_read_by_process, input_size};

use super::PROGRESS;

/// What the bar counts from: the process's bytes read when the run started.
static READ_AT_START: std::sync::OnceLock<u64> = std::sync::OnceLock::new();

/// A bar over the bytes of `inputs` when their total and the bytes read can be known,
/// else a spinner counting `unit` (articles, lines).
pub(super) fn bar(unit: &'static str, inputs: &[String]) -> ProgressBar {
    let known = input_size(inputs).zip(bytes_read_by_process());
    let (bar, template) = match known {
        Some((total, read)) => {
            let _ = READ_AT_START.set(read);
            (
                ProgressBar::new(total),
                "{bar:30} {bytes}/{total_bytes} {bytes_per_sec}, ETA {eta} · {msg} [{elapsed}]",
            )
        }
        None => (
            ProgressBar::new_spinner(),
            "{spinner} {msg} [{elapsed}] (total unknown)",
        ),
    };
    let style = ProgressStyle::with_template(template).unwrap_or_else(|_| match known {
        Some(_) => ProgressStyle::default_bar(),
        None => ProgressStyle::default_spinner(),
    });
    bar.set_style(style);
    bar.set_prefix(unit);
    bar
}

pub(super) fn report(progress: &Progress) {
    let Some(bar) = PROGRESS.get() else {
        return;
    };
    if let (Some(start), Some(now)) = (READ_AT_START.get(), bytes_read_by_process()) {
        let total = bar.length().unwrap_or(u64::MAX);
        bar.set_position(now.saturating_sub(*start).min(total));
    } else {
        bar.tick();
    }
    let secs = progress.elapsed.as_secs_f64().max(1e-9);
    bar.set_message(format!(
        "{} {}, {:.0}/s",
        progress.articles,
        bar.prefix(),
        progress.articles as f64 / secs,
    ));
}
