//! Reading inputs: files, or standard input for `-`.

use std::io::{self, Read};
use std::path::Path;

/// Reads a file, or standard input when the path is `-`.
pub fn read(path: &Path) -> io::Result<Vec<u8>> {
    if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        io::stdin().read_to_end(&mut buf)?;
        Ok(buf)
    } else {
        std::fs::read(path)
    }
}
