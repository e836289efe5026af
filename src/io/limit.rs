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
    /// was read `whole`, the rest is still to skip with [`skip_line`]. `binary` when those
    /// bytes hold a NUL, which no JSON text does unescaped: a disk image or `/dev/zero`,
    /// whose "line" may never end.
    TooLong {
        read: u64,
        whole: bool,
        binary: bool,
    },
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
            let binary = memchr::memchr(0, line).is_some()
                || memchr::memchr(0, &available[..kept]).is_some();
            line.clear();
            // A long line's buffer is not kept for the short ones after it.
            line.shrink_to(1 << 16);
            input.consume(kept);
            return Ok(LineRead::TooLong {
                read: read + kept as u64,
                whole: false,
                binary,
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
        let binary = memchr::memchr(0, line).is_some();
        line.clear();
        return Ok(LineRead::TooLong {
            read,
            whole: true,
            binary,
        });
    }
    Ok(LineRead::Line(read))
}

/// How far the rest of a binary line (see [`LineRead::TooLong`]) is skipped in search of its
/// end before the rest of the input is given up: `/dev/zero` has no end.
pub(crate) const BINARY_SKIP_LIMIT: u64 = 1 << 30;

/// Skips the rest of a line, through its `\n`, but no more than `max` bytes; returns the bytes
/// skipped and whether the line ended (at a `\n` or at the end of the input).
pub(crate) fn skip_line<R: BufRead + ?Sized>(input: &mut R, max: u64) -> io::Result<(u64, bool)> {
    let mut skipped = 0u64;
    loop {
        let available = match input.fill_buf() {
            Ok(available) => available,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            return Ok((skipped, true));
        }
        let room = usize::try_from(max - skipped).unwrap_or(usize::MAX);
        let window = &available[..available.len().min(room)];
        if let Some(at) = memchr::memchr(b'\n', window) {
            input.consume(at + 1);
            return Ok((skipped + at as u64 + 1, true));
        }
        let n = window.len();
        input.consume(n);
        skipped += n as u64;
        if skipped >= max {
            return Ok((skipped, false));
        }
    }
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
                    found.push(LineRead::Line(skip_line(&mut reader, u64::MAX).unwrap().0))
                }
                _ => {}
            }
        }
    }

    #[test]
    fn lines_over_the_limit_are_cut_short_and_skipped() {
        use LineRead::*;
        let cut = |read| TooLong {
            read,
            whole: false,
            binary: false,
        };
        let whole = |read| TooLong {
            read,
            whole: true,
            binary: false,
        };
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
    fn skipping_stops_at_the_line_end_or_the_bound() {
        let mut reader = io::BufReader::with_capacity(4, &b"abcdefgh\nxy"[..]);
        assert_eq!(skip_line(&mut reader, 5).unwrap(), (5, false));
        assert_eq!(skip_line(&mut reader, 4).unwrap(), (4, true));
        assert_eq!(skip_line(&mut reader, 9).unwrap(), (2, true));
        assert_eq!(skip_line(&mut reader, 9).unwrap(), (0, true));
    }

    #[test]
    fn an_over_long_line_with_a_nul_is_binary() {
        let mut reader = io::BufReader::with_capacity(4, &b"ab\0defgh\nx\n"[..]);
        let read = read_line_bounded(&mut reader, &mut Vec::new(), 3).unwrap();
        assert_eq!(
            read,
            LineRead::TooLong {
                read: 5,
                whole: false,
                binary: true
            }
        );
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
