//! A hash map for the lexicons' words.
//!
//! The standard map hashes with SipHash, which defends a map that takes keys from the
//! input against flooding. The lexicons take their keys from the source code only, and the
//! input only looks words up, so a plain multiplicative hash is as safe here, and far
//! cheaper on the short words looked up at every word of every directive.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A map from a word's key to `V`.
pub(crate) type WordMap<V> = HashMap<String, V, BuildHasherDefault<WordHasher>>;

/// An odd constant with well-mixed bits (2^64 divided by the golden ratio).
const K: u64 = 0x9E37_79B9_7F4A_7C15;

/// Hashes eight bytes at a time: each word is mixed in by a rotation, an exclusive or and a
/// multiplication.
#[derive(Default)]
pub(crate) struct WordHasher(u64);

impl WordHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(K);
    }
}

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0; 8];
            w[..rest.len()].copy_from_slice(rest);
            // The length keeps `ab` and `ab\0` apart.
            self.add(u64::from_le_bytes(w) ^ ((rest.len() as u64) << 59));
        }
    }

    fn finish(&self) -> u64 {
        // A multiplication mixes low bits into high ones only; the map takes its bucket
        // from the low bits, so the high half is folded down.
        let h = self.0;
        (h ^ (h >> 32)).wrapping_mul(K) ^ (h >> 29)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::BuildHasher;

    fn hash(s: &str) -> u64 {
        BuildHasherDefault::<WordHasher>::default().hash_one(s)
    }

    #[test]
    fn looks_up_what_was_inserted() {
        let mut m: WordMap<usize> = WordMap::default();
        for (i, w) in ["so", "ban", "uy", "nhan", "dan", "phong", "giao", "duc"]
            .iter()
            .enumerate()
        {
            m.insert((*w).to_owned(), i);
        }
        assert_eq!(m.get("nhan"), Some(&3));
        assert_eq!(m.get("duc"), Some(&7));
        assert_eq!(m.get("nha"), None);
    }

    #[test]
    fn spreads_similar_words_over_the_low_bits() {
        // Words that differ in one letter, or in length only, land in different buckets of
        // a small table.
        let words = [
            "a",
            "b",
            "c",
            "ab",
            "ab\0",
            "abc",
            "abcdefgh",
            "abcdefghi",
            "bcdefgha",
        ];
        let mut low: Vec<u64> = words.iter().map(|w| hash(w) & 0xFF).collect();
        low.sort_unstable();
        low.dedup();
        assert!(low.len() >= words.len() - 1, "{low:?}");
    }
}
