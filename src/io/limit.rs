//! Size limits while reading: lines measured as they are read, so an over-long line is never
//! held whole, and the `--max-article-bytes` sizes.

use std::io::{self, BufRead};

/// The default `--max-article-bytes`: far beyond any news article, small enough that a few
/// of them in flight keep memory flat.
pub const DEFAULT_MAX_ARTICLE_BYTES: u64 = 32_000_000;

/// What [`read_line_bounded`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LineRead {
    /// The input has ended.
    End,
    /// A whole line, its ending kept, of this many bytes.
    Line(u64),
    /// A line longer than the limit: `read` bytes of it were read and dropped; unless it
    /// was read `whole`, the rest is still to skip with [`skip_line`].
    TooLong { read: u64, whole: bool },
}

/// Reads one line into `line` (emptied first), ending kept, as long as its body (without
/// `\r\n`) is at most `limit` bytes; a longer line stops being buffered as soon as it passes
/// the limit.
pub(crate) fn read_line_bounded<R: BufRead + ?Sized>(
    input: &mut R,
    line: &mut Vec<u8>,
    limit: u64,
) -> io::Result<LineRead> {
    line.clear();
    // Room for the line ending, which does not count.
    let cap = usize::try_from(limit)
        .unwrap_or(usize::MAX)
        .saturating_add(2);
    let mut read = 0u64;
    loop {
        let available = match input.fill_buf() {
            Ok(available) => available,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            break;
        }
        let (n, done) = match memchr::memchr(b'\n', available) {
            Some(at) => (at + 1, true),
            None => (available.len(), false),
        };
        if line.len() + n > cap {
            let kept = cap - line.len();
            line.clear();
            // A long line's buffer is not kept for the short ones after it.
            line.shrink_to(1 << 16);
            input.consume(kept);
            return Ok(LineRead::TooLong {
                read: read + kept as u64,
                whole: false,
            });
        }
        line.extend_from_slice(&available[..n]);
        input.consume(n);
        read += n as u64;
        if done {
            break;
        }
    }
    if read == 0 {
        return Ok(LineRead::End);
    }
    let body =
        line.len() - usize::from(line.ends_with(b"\n")) - usize::from(line.ends_with(b"\r\n"));
    if body as u64 > limit {
        line.clear();
        return Ok(LineRead::TooLong { read, whole: true });
    }
    Ok(LineRead::Line(read))
}

/// Skips the rest of a line, through its `\n`, in bounded chunks; returns the bytes skipped.
pub(crate) fn skip_line<R: BufRead + ?Sized>(input: &mut R) -> io::Result<u64> {
    // The standard library's loop: fill, find the `\n`, consume, retry when interrupted.
    Ok(input.skip_until(b'\n')? as u64)
}

/// A size in bytes: plain digits, or with a unit — `KB`, `MB`, `GB` (powers of 1000) or
/// `KiB`, `MiB`, `GiB` (powers of 1024); `K`, `M`, `G` alone are the decimal ones.
pub fn parse_byte_size(text: &str) -> Result<u64, String> {
    let text = text.trim();
    let split = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let (digits, unit) = text.split_at(split);
    let number: u64 = digits
        .parse()
        .map_err(|_| format!("{text:?} is not a size in bytes (e.g. 32MB, 64MiB, 1000000)"))?;
    let scale: u64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kb" => 1_000,
        "m" | "mb" => 1_000_000,
        "g" | "gb" => 1_000_000_000,
        "kib" => 1 << 10,
        "mib" => 1 << 20,
        "gib" => 1 << 30,
        other => {
            return Err(format!(
                "unknown size unit {other:?} (use KB, MB, GB, KiB, MiB or GiB)"
            ));
        }
    };
    number
        .checked_mul(scale)
        .ok_or_else(|| format!("{text:?} is too large"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(input: &[u8], limit: u64) -> Vec<LineRead> {
        // A small buffer, so lines span several fills.
        let mut reader = io::BufReader::with_capacity(4, input);
        let mut line = Vec::new();
        let mut found = Vec::new();
        loop {
            let read = read_line_bounded(&mut reader, &mut line, limit).unwrap();
            found.push(read);
            match read {
                LineRead::End => return found,
                LineRead::TooLong { whole: false, .. } => {
                    found.push(LineRead::Line(skip_line(&mut reader).unwrap()))
                }
                _ => {}
            }
        }
    }

    #[test]
    fn lines_over_the_limit_are_cut_short_and_skipped() {
        use LineRead::*;
        let cut = |read| TooLong { read, whole: false };
        let whole = |read| TooLong { read, whole: true };
        assert_eq!(
            lines(b"abc\r\nabcd\nab", 3),
            [Line(5), whole(5), Line(2), End]
        );
        assert_eq!(
            lines(b"abcdefghij\nx\n", 3),
            [cut(5), Line(6), Line(2), End]
        );
        assert_eq!(lines(b"abcd", 3), [whole(4), End]);
        assert_eq!(lines(b"", 3), [End]);
    }

    #[test]
    fn sizes() {
        assert_eq!(parse_byte_size("64MB"), Ok(64_000_000));
        assert_eq!(parse_byte_size("32MiB"), Ok(32 << 20));
        assert_eq!(parse_byte_size("1000"), Ok(1000));
        assert_eq!(parse_byte_size("2 kib"), Ok(2048));
        assert!(parse_byte_size("MB").is_err());
        assert!(parse_byte_size("5XB").is_err());
        assert!(parse_byte_size("99999999999GB").is_err());
    }
}
