//! The run loop of [`run_source`](super::run_source): a reader thread hands out small
//! batches of items, workers render each item and send it on at once, and the writer puts
//! the results back in input order, writing each record as soon as it and all before it are
//! done. A window bounds the items between reading and writing, so memory stays flat
//! however slow one item is.

use std::collections::BTreeMap;
use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, TryRecvError};
use std::sync::{Condvar, Mutex};
use std::time::{Duration, Instant};

use super::{Progress, RunError, RunOptions, Source, Summary};
use crate::io::InputStats;
use crate::output::Rendered;

/// How often the progress callback is called at most.
const PROGRESS_EVERY: Duration = Duration::from_millis(100);
/// How long written records may wait in the buffer when the writer has nothing else to do
/// (with [`RunOptions::flush_when_idle`]): a pipe reader gets them promptly, and a fast run
/// does not make a system call per record.
const IDLE_FLUSH: Duration = Duration::from_millis(5);

/// Items handed to one worker at a time, numbered from `first`.
pub(super) struct Batch<T> {
    first: u64,
    items: Vec<T>,
}

/// One rendered item, by its position in the input.
pub(super) struct Done {
    index: u64,
    rendered: Rendered,
    bytes: usize,
}

/// The items read and not yet written, in number and bytes: the reader waits while it is
/// full, the writer frees it. One item always fits, however large.
pub(super) struct Window {
    state: Mutex<WindowState>,
    freed: Condvar,
    max_items: usize,
    max_bytes: usize,
}

#[derive(Default)]
struct WindowState {
    items: usize,
    bytes: usize,
    closed: bool,
    /// The reader waits for room: only then is freeing room worth a wake-up.
    reader_waits: bool,
}

impl Window {
    pub(super) fn new(max_items: usize, max_bytes: usize) -> Window {
        Window {
            state: Mutex::new(WindowState::default()),
            freed: Condvar::new(),
            max_items: max_items.max(1),
            max_bytes,
        }
    }

    fn fits(&self, state: &WindowState, bytes: usize) -> bool {
        state.items == 0
            || (state.items < self.max_items && state.bytes.saturating_add(bytes) <= self.max_bytes)
    }

    /// Takes room for an item of `bytes` if there is some now: `Some(true)` taken,
    /// `Some(false)` closed, `None` full.
    fn try_admit(&self, bytes: usize) -> Option<bool> {
        let mut state = self.state.lock().ok()?;
        if state.closed {
            return Some(false);
        }
        if !self.fits(&state, bytes) {
            return None;
        }
        state.items += 1;
        state.bytes += bytes;
        Some(true)
    }

    /// Waits for room for an item of `bytes`; `false` when the window was closed.
    fn admit(&self, bytes: usize) -> bool {
        let Ok(mut state) = self.state.lock() else {
            return false;
        };
        loop {
            if state.closed {
                return false;
            }
            if self.fits(&state, bytes) {
                state.items += 1;
                state.bytes += bytes;
                return true;
            }
            state.reader_waits = true;
            state = match self.freed.wait(state) {
                Ok(state) => state,
                Err(_) => return false,
            };
            state.reader_waits = false;
        }
    }

    /// Frees the room of `items` items of `bytes` in all, waking the reader only when it
    /// waits for room: a wake-up is a system call, and most releases find it reading.
    fn release(&self, items: usize, bytes: usize) {
        if items == 0 {
            return;
        }
        let wake = match self.state.lock() {
            Ok(mut state) => {
                state.items -= items;
                state.bytes -= bytes;
                state.reader_waits
            }
            Err(_) => true,
        };
        if wake {
            self.freed.notify_one();
        }
    }

    /// No more items: a reader waiting gives up.
    pub(super) fn close(&self) {
        if let Ok(mut state) = self.state.lock() {
            state.closed = true;
        }
        self.freed.notify_all();
    }
}

fn stopped(stop: Option<&AtomicBool>) -> bool {
    stop.is_some_and(|s| s.load(Ordering::Relaxed))
}

/// The reading half: items of `source` in batches of `batch_items` (or `batch_bytes`),
/// after skipping the first `options.skip`, each admitted to `window` first. A batch is
/// also sent when the window is full, so no item waits in the reader for room that only
/// its own writing would free.
pub(super) fn read_batches<S: Source>(
    source: S,
    batch_items: usize,
    batch_bytes: usize,
    options: &RunOptions,
    window: &Window,
    batches: Sender<Batch<S::Item>>,
) -> Result<InputStats, crate::io::InputError> {
    let mut to_skip = options.skip;
    let mut next = 0u64;
    let mut batch = Batch {
        first: 0,
        items: Vec::new(),
    };
    let mut held_bytes = 0;
    let send = |batch: &mut Batch<S::Item>, next: u64| {
        let full = std::mem::replace(
            batch,
            Batch {
                first: next,
                items: Vec::with_capacity(batch_items),
            },
        );
        full.items.is_empty() || batches.send(full).is_ok()
    };
    let mut sink = |item: S::Item| {
        if to_skip > 0 {
            to_skip -= 1;
            return !stopped(options.stop);
        }
        if stopped(options.stop) {
            return false;
        }
        let bytes = S::bytes(&item);
        let admitted = match window.try_admit(bytes) {
            Some(admitted) => admitted,
            None => send(&mut batch, next) && window.admit(bytes),
        };
        if !admitted {
            return false;
        }
        if batch.items.is_empty() {
            batch.first = next;
            held_bytes = 0;
        }
        batch.items.push(item);
        held_bytes += bytes;
        next += 1;
        if batch.items.len() >= batch_items || held_bytes >= batch_bytes {
            held_bytes = 0;
            return send(&mut batch, next);
        }
        true
    };
    let stats = source.read(&mut sink);
    // Before an input error too: what was read before it is written.
    send(&mut batch, next);
    stats
}

/// A worker: renders the items of each batch it takes and hands them on together when the
/// batch is done — one hand-over (and one wake of the writer) per batch rather than per
/// item, so `--batch-size` sets how soon a record can be written (with 1, each as soon as it
/// and those before it are done); stops when the batches run out, the writer is gone, or
/// `stop` is set (handing on what it has rendered).
pub(super) fn work<T, F>(
    batches: &Mutex<Receiver<Batch<T>>>,
    render: &F,
    bytes: fn(&T) -> usize,
    done: Sender<Vec<Done>>,
    stop: Option<&AtomicBool>,
) where
    F: Fn(&T) -> Rendered,
{
    loop {
        let batch = match batches.lock() {
            Ok(receiver) => receiver.recv(),
            Err(_) => return,
        };
        let Ok(batch) = batch else {
            return;
        };
        let mut rendered = Vec::with_capacity(batch.items.len());
        for (index, item) in (batch.first..).zip(&batch.items) {
            if stopped(stop) {
                break;
            }
            rendered.push(Done {
                index,
                rendered: render(item),
                bytes: bytes(item),
            });
        }
        if done.send(rendered).is_err() || stopped(stop) {
            return;
        }
    }
}

/// The writing half: puts the rendered items back in input order and writes each as soon
/// as all before it are written, freeing its room in `window`. Stops before the next
/// record when `stop` is set ([`Summary::interrupted`]).
pub(super) fn write_in_order<W: Write + ?Sized>(
    done: &Receiver<Vec<Done>>,
    window: &Window,
    out: &mut W,
    summary: &mut Summary,
    started: Instant,
    options: &RunOptions,
) -> Result<(), RunError> {
    let mut waiting: BTreeMap<u64, Done> = BTreeMap::new();
    let mut next = 0u64;
    let mut progress = Progress::default();
    let mut last_report = started;
    let mut unflushed = false;
    while let Some(items) = receive(done, out, &mut unflushed, options)? {
        waiting.extend(items.into_iter().map(|item| (item.index, item)));
        let (mut released, mut released_bytes) = (0, 0);
        while let Some(item) = waiting.remove(&next) {
            if stopped(options.stop) {
                window.release(released, released_bytes);
                summary.interrupted = true;
                return Ok(());
            }
            out.write_all(&item.rendered.bytes)
                .map_err(RunError::Output)?;
            unflushed = true;
            next += 1;
            released += 1;
            released_bytes += item.bytes;
            progress.bytes += item.bytes as u64;
            summary.articles += 1;
            if item.rendered.ok {
                summary.ok += 1;
            } else {
                summary.errors += 1;
            }
        }
        window.release(released, released_bytes);
        if let Some(report) = options.progress {
            if last_report.elapsed() >= PROGRESS_EVERY {
                last_report = Instant::now();
                progress.articles = summary.articles;
                progress.elapsed = started.elapsed();
                report(&progress);
            }
        }
    }
    summary.interrupted = stopped(options.stop);
    if let Some(report) = options.progress {
        progress.articles = summary.articles;
        progress.elapsed = started.elapsed();
        report(&progress);
    }
    Ok(())
}

/// The next rendered item, or `None` when every worker is done. With
/// [`RunOptions::flush_when_idle`], what was written is flushed when none comes within
/// [`IDLE_FLUSH`].
fn receive<W: Write + ?Sized>(
    done: &Receiver<Vec<Done>>,
    out: &mut W,
    unflushed: &mut bool,
    options: &RunOptions,
) -> Result<Option<Vec<Done>>, RunError> {
    match done.try_recv() {
        Ok(item) => return Ok(Some(item)),
        Err(TryRecvError::Disconnected) => return Ok(None),
        Err(TryRecvError::Empty) => {}
    }
    if options.flush_when_idle && *unflushed {
        match done.recv_timeout(IDLE_FLUSH) {
            Ok(item) => return Ok(Some(item)),
            Err(RecvTimeoutError::Disconnected) => return Ok(None),
            Err(RecvTimeoutError::Timeout) => {
                out.flush().map_err(RunError::Output)?;
                *unflushed = false;
            }
        }
    }
    Ok(done.recv().ok())
}
