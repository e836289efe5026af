//! How far a run is through its inputs, for a progress bar with a total and an ETA.

use std::fs;

use walkdir::WalkDir;

/// The bytes of `inputs` as stored (compressed for .gz and archives): the sum of their
/// files' sizes, directories walked. `None` when it cannot be known: stdin, no inputs, or
/// an input that is not there.
pub fn input_size(inputs: &[String]) -> Option<u64> {
    if inputs.is_empty() {
        return None;
    }
    let mut total = 0u64;
    for input in inputs {
        if input == "-" {
            return None;
        }
        let metadata = fs::metadata(input).ok()?;
        if metadata.is_dir() {
            for entry in WalkDir::new(input).follow_links(true).into_iter().flatten() {
                if entry.file_type().is_file() {
                    total += entry.metadata().map(|m| m.len()).unwrap_or(0);
                }
            }
        } else {
            total += metadata.len();
        }
    }
    Some(total)
}

/// The bytes this process has read so far through system calls (Linux: `rchar` of
/// `/proc/self/io`): during a run, almost all of them are its inputs as stored, so this
/// counts compressed bytes for compressed inputs. `None` where it cannot be known.
pub fn bytes_read_by_process() -> Option<u64> {
    let io = fs::read_to_string("/proc/self/io").ok()?;
    io.lines()
        .find_map(|line| line.strip_prefix("rchar:"))
        .and_then(|n| n.trim().parse().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_size_of_files_and_directories_is_the_sum_of_their_files() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("a.jsonl"), b"12345").unwrap();
        fs::create_dir(dir.path().join("sub")).unwrap();
        fs::write(dir.path().join("sub").join("b.txt"), b"123").unwrap();
        let file = dir.path().join("a.jsonl").display().to_string();
        let whole = dir.path().display().to_string();
        assert_eq!(input_size(std::slice::from_ref(&file)), Some(5));
        assert_eq!(input_size(&[file.clone(), whole]), Some(13));
        assert_eq!(input_size(&[file, "-".into()]), None);
        assert_eq!(input_size(&[]), None);
    }
}
