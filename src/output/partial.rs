//! A run's output file: written as `OUT.partial` while the run lasts and renamed to `OUT`
//! when it completes, so that a file named `OUT` is always a whole run. An interrupted run
//! leaves `OUT.partial` closed properly (a valid gzip for `.gz`); `--resume` counts its
//! complete records, drops a cut last line, and goes on writing after them.

use std::ffi::OsString;
use std::fs::{self, File, OpenOptions};
use std::io::{self, BufReader, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use flate2::read::MultiGzDecoder;
use flate2::write::GzEncoder;

use super::{BUFFER, Output, OutputError};

/// `OUT.partial`: where the output of a run goes until the run completes.
pub fn partial_path(path: &Path) -> PathBuf {
    let mut name = OsString::from(path.as_os_str());
    name.push(".partial");
    PathBuf::from(name)
}

/// The output of a run over inputs: stdout, a file written in place (a device or a pipe,
/// such as `/dev/null`), or a regular file written as `OUT.partial` first.
pub struct RunOutput {
    pub output: Output,
    /// The final path, for a regular file: `partial` is renamed to it at the end.
    path: Option<PathBuf>,
    partial: Option<PathBuf>,
    /// Records already in the partial output when resuming: the input items to pass over,
    /// since records are written in input order, one line each.
    pub resumed: u64,
}

impl RunOutput {
    /// Opens the output of a run over `inputs`: stdout for `None`, else `path` (gzip when
    /// it ends in `.gz`). Refuses an output that is one of the inputs, or lies in an input
    /// directory, before anything is truncated. With `resume`, goes on after the complete
    /// records of `OUT.partial` when there is one.
    pub fn open(
        path: Option<&Path>,
        inputs: &[String],
        resume: bool,
    ) -> Result<RunOutput, OutputError> {
        let Some(path) = path else {
            return Ok(RunOutput {
                output: Output::create(None)?,
                path: None,
                partial: None,
                resumed: 0,
            });
        };
        let gzip = path.extension().is_some_and(|e| e == "gz");
        let partial = partial_path(path);
        refuse_inputs(path, inputs)?;
        refuse_inputs(&partial, inputs)?;
        if fs::metadata(path).is_ok_and(|m| !m.is_file()) {
            // A device or a pipe: nothing to rename, nothing to resume.
            if resume {
                return Err(OutputError::ResumeNotAFile {
                    path: path.to_path_buf(),
                });
            }
            return Ok(RunOutput {
                output: Output::create(Some(path))?,
                path: None,
                partial: None,
                resumed: 0,
            });
        }
        let (output, resumed) = match resume && partial.exists() {
            true => reopen(&partial, gzip)?,
            false => (create(&partial, gzip)?, 0),
        };
        Ok(RunOutput {
            output,
            path: Some(path.to_path_buf()),
            partial: Some(partial),
            resumed,
        })
    }

    /// Whether records go to stdout.
    pub fn is_stdout(&self) -> bool {
        matches!(self.output, Output::Stdout(_))
    }

    /// The partial file being written, if any.
    pub fn partial(&self) -> Option<&Path> {
        self.partial.as_deref()
    }

    /// The run completed: finishes the output and renames `OUT.partial` to `OUT`.
    pub fn complete(self) -> Result<(), OutputError> {
        self.output.finish()?;
        if let (Some(partial), Some(path)) = (self.partial, self.path) {
            fs::rename(&partial, &path).map_err(|source| OutputError::Rename {
                from: partial,
                to: path,
                source,
            })?;
        }
        Ok(())
    }

    /// The run stopped early: finishes the output (a valid gzip) and leaves it as
    /// `OUT.partial`, for `--resume`.
    pub fn keep_partial(self) -> Result<Option<PathBuf>, OutputError> {
        self.output.finish()?;
        Ok(self.partial)
    }
}

/// A new output file at `path`, gzip-compressed when `gzip`.
fn create(path: &Path, gzip: bool) -> Result<Output, OutputError> {
    let file = File::create(path).map_err(|source| OutputError::Create {
        path: path.to_path_buf(),
        source,
    })?;
    let file = BufWriter::with_capacity(BUFFER, file);
    Ok(match gzip {
        true => Output::Gzip(Box::new(GzEncoder::new(file, flate2::Compression::fast()))),
        false => Output::File(file),
    })
}

/// The partial output of an interrupted run, kept up to its last complete line and open
/// for appending, with the number of records it holds. A gzip one is rewritten (what
/// decompresses, up to the last complete line) to a new file that then replaces it.
fn reopen(partial: &Path, gzip: bool) -> Result<(Output, u64), OutputError> {
    let resume_error = |source| OutputError::Resume {
        path: partial.to_path_buf(),
        source,
    };
    if gzip {
        let old = File::open(partial).map_err(resume_error)?;
        let fresh = partial_path(partial);
        let mut output = create(&fresh, true)?;
        let decoder = MultiGzDecoder::new(BufReader::with_capacity(BUFFER, old));
        let (records, _) = copy_complete_lines(decoder, &mut output, true).map_err(resume_error)?;
        // Every kept record reaches the new file before it replaces the old one.
        output.flush().map_err(resume_error)?;
        fs::rename(&fresh, partial).map_err(resume_error)?;
        return Ok((output, records));
    }
    let mut file = OpenOptions::new()
        .read(true)
        .write(true)
        .open(partial)
        .map_err(resume_error)?;
    let reader = BufReader::with_capacity(BUFFER, &file);
    let (records, kept) =
        copy_complete_lines(reader, &mut io::sink(), false).map_err(resume_error)?;
    file.set_len(kept).map_err(resume_error)?;
    file.seek(SeekFrom::End(0)).map_err(resume_error)?;
    Ok((
        Output::File(BufWriter::with_capacity(BUFFER, file)),
        records,
    ))
}

/// Copies the complete lines of `from` to `to`, dropping a last line without its newline;
/// returns the lines and their bytes. With `stop_at_error`, a read error ends the input
/// (a gzip stream cut short) instead of failing.
fn copy_complete_lines(
    mut from: impl Read,
    to: &mut dyn Write,
    stop_at_error: bool,
) -> io::Result<(u64, u64)> {
    let mut buffer = vec![0; BUFFER];
    let mut tail = Vec::new();
    let (mut lines, mut bytes) = (0u64, 0u64);
    loop {
        let n = match from.read(&mut buffer) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(_) if stop_at_error => break,
            Err(e) => return Err(e),
        };
        tail.extend_from_slice(&buffer[..n]);
        if let Some(last) = memchr::memrchr(b'\n', &tail) {
            let complete = &tail[..=last];
            to.write_all(complete)?;
            lines += memchr::memchr_iter(b'\n', complete).count() as u64;
            bytes += complete.len() as u64;
            tail.drain(..=last);
        }
    }
    Ok((lines, bytes))
}

/// Refuses `out` when it is one of `inputs` (the same file, by device and inode) or lies
/// inside an input directory, where the run would read its own output.
fn refuse_inputs(out: &Path, inputs: &[String]) -> Result<(), OutputError> {
    let target = canonical_target(out);
    let out_metadata = fs::metadata(out).ok();
    for input in inputs.iter().filter(|i| *i != "-") {
        let Ok(metadata) = fs::metadata(input) else {
            continue;
        };
        let clash = if metadata.is_dir() {
            let dir = fs::canonicalize(input).ok();
            target
                .as_ref()
                .zip(dir)
                .is_some_and(|(t, d)| t.starts_with(d))
        } else {
            out_metadata
                .as_ref()
                .is_some_and(|o| same_file(o, &metadata, out, Path::new(input)))
        };
        if clash {
            return Err(OutputError::IsInput {
                path: out.to_path_buf(),
                input: input.clone(),
            });
        }
    }
    Ok(())
}

/// `path` made absolute with links resolved, also when the file is not there yet.
fn canonical_target(path: &Path) -> Option<PathBuf> {
    if let Ok(path) = fs::canonicalize(path) {
        return Some(path);
    }
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    Some(fs::canonicalize(parent).ok()?.join(path.file_name()?))
}

#[cfg(unix)]
fn same_file(a: &fs::Metadata, b: &fs::Metadata, _: &Path, _: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    a.dev() == b.dev() && a.ino() == b.ino()
}

#[cfg(not(unix))]
fn same_file(_: &fs::Metadata, _: &fs::Metadata, a: &Path, b: &Path) -> bool {
    fs::canonicalize(a).ok() == fs::canonicalize(b).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_gzip(path: &Path) -> String {
        let mut text = String::new();
        let _ = MultiGzDecoder::new(File::open(path).unwrap()).read_to_string(&mut text);
        text
    }

    #[test]
    fn a_completed_run_renames_its_partial_output() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.jsonl");
        let mut out = RunOutput::open(Some(&path), &[], false).unwrap();
        assert_eq!(out.partial(), Some(partial_path(&path).as_path()));
        out.output.write_all(b"a\n").unwrap();
        assert!(!path.exists());
        out.complete().unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"a\n");
        assert!(!partial_path(&path).exists());
    }

    #[test]
    fn resuming_drops_a_cut_line_and_counts_the_complete_ones() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.jsonl");
        fs::write(partial_path(&path), b"a\nb\nc-cut").unwrap();
        let mut out = RunOutput::open(Some(&path), &[], true).unwrap();
        assert_eq!(out.resumed, 2);
        out.output.write_all(b"c\n").unwrap();
        out.complete().unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"a\nb\nc\n");
    }

    #[test]
    fn resuming_a_cut_gzip_keeps_what_decompresses() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.jsonl.gz");
        let text = "{\"id\":\"x\"}\n".repeat(5000);
        let mut encoder = GzEncoder::new(Vec::new(), flate2::Compression::fast());
        encoder.write_all(text.as_bytes()).unwrap();
        encoder.flush().unwrap();
        let mut cut = encoder.finish().unwrap();
        cut.truncate(cut.len() - 4);
        fs::write(partial_path(&path), &cut).unwrap();
        let mut out = RunOutput::open(Some(&path), &[], true).unwrap();
        assert!(out.resumed > 0 && out.resumed <= 5000, "{}", out.resumed);
        let kept = out.resumed as usize;
        out.output.write_all(b"{\"id\":\"y\"}\n").unwrap();
        out.complete().unwrap();
        let expected = "{\"id\":\"x\"}\n".repeat(kept) + "{\"id\":\"y\"}\n";
        assert_eq!(read_gzip(&path), expected);
    }

    #[test]
    fn an_output_that_is_an_input_is_refused_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("in.jsonl");
        fs::write(&input, b"{}\n").unwrap();
        let inputs = [input.display().to_string()];
        let same = dir.path().join(".").join("in.jsonl");
        assert!(matches!(
            RunOutput::open(Some(&same), &inputs, false),
            Err(OutputError::IsInput { .. })
        ));
        assert_eq!(fs::read(&input).unwrap(), b"{}\n");
        let inside = [dir.path().display().to_string()];
        let new = dir.path().join("new.jsonl");
        assert!(RunOutput::open(Some(&new), &inside, false).is_err());
        assert!(!partial_path(&new).exists());
    }
}
