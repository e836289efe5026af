//! Adds the lines of [`super::render_document`] to the index, in input order, committing
//! as it goes so that a killed run loses at most the documents since the last commit.

use std::io::{self, Write};

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use tantivy::schema::{Schema, Value as _};
use tantivy::{IndexWriter, TantivyDocument, Term};

use super::Fields;

/// The note kept with each commit: which inputs the run read, and how many of their
/// articles (documents and error records, in input order) are in. A rerun over the same
/// inputs passes over those.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Commit {
    pub inputs: Vec<String>,
    pub articles: u64,
    /// The run read all its inputs: a rerun starts again (replacing documents by id).
    pub complete: bool,
}

/// A [`Write`] that takes lines of [`super::render_document`]: each document replaces the
/// one with its id; each error record is written to `errors`.
pub struct IndexSink<E: Write> {
    writer: IndexWriter,
    schema: Schema,
    fields: Fields,
    errors: E,
    pending: Vec<u8>,
    commit: Commit,
    commit_every: u64,
    since_commit: u64,
    /// Documents added, and error records written, by this run.
    pub documents: u64,
    pub errors_written: u64,
}

impl<E: Write> IndexSink<E> {
    pub(super) fn new(
        writer: IndexWriter,
        schema: Schema,
        fields: Fields,
        errors: E,
        commit: Commit,
        commit_every: u64,
    ) -> Self {
        IndexSink {
            writer,
            schema,
            fields,
            errors,
            pending: Vec::new(),
            commit,
            commit_every: commit_every.max(1),
            since_commit: 0,
            documents: 0,
            errors_written: 0,
        }
    }

    /// Commits what was added, noting whether every input was read; waits for the
    /// index's merges, and gives the error output back.
    pub fn finish(mut self, complete: bool) -> io::Result<E> {
        if !self.pending.is_empty() {
            let line = std::mem::take(&mut self.pending);
            self.add_line(&line)?;
        }
        self.commit.complete = complete;
        self.commit_now()?;
        self.writer
            .wait_merging_threads()
            .map_err(io::Error::other)?;
        self.errors.flush()?;
        Ok(self.errors)
    }

    fn commit_now(&mut self) -> io::Result<()> {
        let note = serde_json::to_string(&self.commit).map_err(io::Error::other)?;
        let mut prepared = self.writer.prepare_commit().map_err(io::Error::other)?;
        prepared.set_payload(&note);
        prepared.commit().map_err(io::Error::other)?;
        self.since_commit = 0;
        Ok(())
    }

    fn add_line(&mut self, line: &[u8]) -> io::Result<()> {
        let line = line.strip_suffix(b"\n").unwrap_or(line);
        let object: Map<String, Value> = serde_json::from_slice(line).map_err(io::Error::other)?;
        if object.contains_key("error") {
            self.errors.write_all(line)?;
            self.errors.write_all(b"\n")?;
            self.errors_written += 1;
        } else {
            let document = TantivyDocument::from_json_object(&self.schema, object)
                .map_err(io::Error::other)?;
            let id = document
                .get_first(self.fields.id)
                .and_then(|v| v.as_str())
                .unwrap_or_default()
                .to_string();
            self.writer
                .delete_term(Term::from_field_text(self.fields.id, &id));
            self.writer
                .add_document(document)
                .map_err(io::Error::other)?;
            self.documents += 1;
        }
        self.commit.articles += 1;
        self.since_commit += 1;
        if self.since_commit >= self.commit_every {
            self.commit_now()?;
        }
        Ok(())
    }
}

impl<E: Write> Write for IndexSink<E> {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.pending.extend_from_slice(bytes);
        let mut start = 0;
        while let Some(end) = memchr::memchr(b'\n', &self.pending[start..]) {
            let line = self.pending[start..start + end + 1].to_vec();
            self.add_line(&line)?;
            start += end + 1;
        }
        self.pending.drain(..start);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.errors.flush()
    }
}
