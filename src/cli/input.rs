//! Reading inputs: files, or standard input for `-`.

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

/// Reads a file, or standard input when the path is `-`. An input longer than
/// [`vanban::MAX_INPUT_BYTES`] is refused (an error that [`is_too_large`]) after reading one
/// byte past the limit, not the whole of it.
pub fn read(path: &Path) -> io::Result<Vec<u8>> {
    if path.as_os_str() == "-" {
        read_bounded(io::stdin().lock(), 0, vanban::MAX_INPUT_BYTES)
    } else {
        let file = File::open(path)?;
        let size = file.metadata().map_or(0, |m| m.len());
        read_bounded(file, size, vanban::MAX_INPUT_BYTES)
    }
}

/// Reads at most `limit` bytes; `size` is the expected length, to allocate once.
fn read_bounded(reader: impl Read, size: u64, limit: usize) -> io::Result<Vec<u8>> {
    let cap = usize::try_from(size).unwrap_or(usize::MAX).min(limit + 1);
    let mut buf = Vec::with_capacity(cap);
    reader.take(limit as u64 + 1).read_to_end(&mut buf)?;
    if buf.len() > limit {
        return Err(io::Error::other(TooLarge(limit)));
    }
    Ok(buf)
}

/// The input is longer than the limit (`io::ErrorKind::FileTooLarge` is newer than the
/// crate's minimum Rust).
#[derive(Debug)]
struct TooLarge(usize);

impl std::fmt::Display for TooLarge {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "the input is more than the {} bytes vanban reads",
            self.0
        )
    }
}

impl std::error::Error for TooLarge {}

/// Whether a [`read`] error is the refusal of an input over the limit.
pub fn is_too_large(e: &io::Error) -> bool {
    e.get_ref().is_some_and(|inner| inner.is::<TooLarge>())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_input_over_the_limit_is_refused_and_one_at_it_is_read() {
        let err = read_bounded(&b"0123456789"[..], 10, 9).unwrap_err();
        assert!(is_too_large(&err));
        assert!(!is_too_large(&io::Error::other("disk on fire")));
        assert!(err.to_string().contains("more than the 9 bytes"));
        assert_eq!(
            read_bounded(&b"0123456789"[..], 0, 10).unwrap(),
            b"0123456789"
        );
        // A wrong size hint (a file that grew) does not change what is read.
        assert_eq!(read_bounded(&b"0123"[..], 1 << 40, 10).unwrap(), b"0123");
    }
}
