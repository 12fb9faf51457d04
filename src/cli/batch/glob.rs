//! `--glob` patterns: which files of a walked folder are converted.
//!
//! A small matcher written for this one purpose (the crate has no glob dependency): `*`
//! (any run of characters except `/`), `?` (one character except `/`), `[abc]`, `[a-z]`,
//! `[!a]` (one character of a class), `{txt,TXT}` (alternatives) and `**` (any run of
//! folders). A pattern without `/` is matched against the file name, like `find -name`; a
//! pattern with `/` against the path relative to the walked folder.

/// The most alternatives a pattern may expand to; braces multiply, so a pathological
/// pattern could otherwise take unbounded memory.
const MAX_ALTERNATIVES: usize = 256;

/// One element of a compiled pattern.
#[derive(Clone, Debug, PartialEq)]
enum Token {
    /// This exact character.
    Literal(char),
    /// `?`: one character, not `/`.
    One,
    /// `*`: any run of characters without `/`.
    Star,
    /// `**` not followed by `/`: any run of characters, `/` included.
    AnyPath,
    /// `**/`: nothing, or any run of characters ending in `/` (zero or more folders).
    Folders,
    /// `[...]`: one character (not `/`) in, or with `negated` not in, the ranges.
    Class {
        negated: bool,
        ranges: Vec<(char, char)>,
    },
}

/// A compiled `--glob` pattern.
#[derive(Clone, Debug)]
pub struct Glob {
    /// One token list per brace alternative.
    alternatives: Vec<Vec<Token>>,
    /// Whether the pattern is matched against the relative path instead of the file name.
    on_path: bool,
}

impl Glob {
    /// Compiles `pattern`; the error says what is wrong with it.
    pub fn new(pattern: &str) -> Result<Glob, String> {
        if pattern.is_empty() {
            return Err("the pattern is empty".to_owned());
        }
        let expanded = expand_braces(pattern)?;
        let alternatives = expanded
            .iter()
            .map(|p| tokenize(p))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Glob {
            alternatives,
            on_path: pattern.contains('/'),
        })
    }

    /// Whether a file matches: `name` is its file name, `rel` its path relative to the
    /// walked folder with `/` separators.
    pub fn matches(&self, name: &str, rel: &str) -> bool {
        let subject: Vec<char> = if self.on_path { rel } else { name }.chars().collect();
        self.alternatives
            .iter()
            .any(|t| matches_tokens(t, &subject))
    }
}

/// Expands `{a,b}` alternatives (nested braces allowed) into plain patterns.
fn expand_braces(pattern: &str) -> Result<Vec<String>, String> {
    let chars: Vec<char> = pattern.chars().collect();
    // Find the first top-level `{` that is not escaped, and its matching `}`.
    let mut open = None;
    let mut depth = 0usize;
    let mut i = 0;
    let mut commas = Vec::new();
    while i < chars.len() {
        match chars[i] {
            '\\' => i += 1,
            '[' => {
                // Braces inside a class are ordinary characters: skip to the closing `]`.
                if let Some(end) = class_end(&chars, i) {
                    i = end;
                }
            }
            '{' => {
                if open.is_none() {
                    open = Some(i);
                }
                depth += 1;
            }
            ',' if depth == 1 => commas.push(i),
            '}' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    let start = open.unwrap_or(0);
                    let prefix: String = chars[..start].iter().collect();
                    let suffix: String = chars[i + 1..].iter().collect();
                    let mut bounds = vec![start];
                    bounds.extend(&commas);
                    bounds.push(i);
                    let mut out = Vec::new();
                    for w in bounds.windows(2) {
                        let middle: String = chars[w[0] + 1..w[1]].iter().collect();
                        // The middle may hold more braces, and so may the suffix.
                        for e in expand_braces(&format!("{prefix}{middle}{suffix}"))? {
                            out.push(e);
                            if out.len() > MAX_ALTERNATIVES {
                                return Err(format!(
                                    "the pattern expands to more than {MAX_ALTERNATIVES} alternatives"
                                ));
                            }
                        }
                    }
                    return Ok(out);
                }
            }
            _ => {}
        }
        i += 1;
    }
    if depth > 0 {
        return Err("a `{` is not closed".to_owned());
    }
    Ok(vec![pattern.to_owned()])
}

/// The index of the `]` closing the class that opens at `start`, if it is closed.
fn class_end(chars: &[char], start: usize) -> Option<usize> {
    let mut i = start + 1;
    if chars.get(i) == Some(&'!') || chars.get(i) == Some(&'^') {
        i += 1;
    }
    // A `]` right after the opening is a member, as in shell globs.
    if chars.get(i) == Some(&']') {
        i += 1;
    }
    while i < chars.len() {
        if chars[i] == ']' {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// Turns a brace-free pattern into tokens.
fn tokenize(pattern: &str) -> Result<Vec<Token>, String> {
    let chars: Vec<char> = pattern.chars().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '\\' => {
                let c = chars
                    .get(i + 1)
                    .ok_or("the pattern ends with a lone `\\`")?;
                tokens.push(Token::Literal(*c));
                i += 2;
            }
            '?' => {
                tokens.push(Token::One);
                i += 1;
            }
            '*' if chars.get(i + 1) == Some(&'*') => {
                // `**/` may match no folder at all; a bare `**` matches across folders.
                if chars.get(i + 2) == Some(&'/') {
                    tokens.push(Token::Folders);
                    i += 3;
                } else {
                    tokens.push(Token::AnyPath);
                    i += 2;
                }
            }
            '*' => {
                tokens.push(Token::Star);
                i += 1;
            }
            '[' => {
                let end = class_end(&chars, i).ok_or("a `[` is not closed")?;
                let mut j = i + 1;
                let negated = matches!(chars[j], '!' | '^');
                if negated {
                    j += 1;
                }
                let mut ranges = Vec::new();
                while j < end {
                    let lo = chars[j];
                    if j + 2 < end && chars[j + 1] == '-' {
                        ranges.push((lo, chars[j + 2]));
                        j += 3;
                    } else {
                        ranges.push((lo, lo));
                        j += 1;
                    }
                }
                tokens.push(Token::Class { negated, ranges });
                i = end + 1;
            }
            c => {
                tokens.push(Token::Literal(c));
                i += 1;
            }
        }
    }
    Ok(tokens)
}

/// Whether `tokens` match all of `s`. Dynamic programming over (token, character) so that
/// many stars cannot make the match exponential.
fn matches_tokens(tokens: &[Token], s: &[char]) -> bool {
    let n = s.len();
    // `next[j]`: whether tokens[i + 1..] match s[j..]; `cur[j]` the same for tokens[i..].
    let mut next = vec![false; n + 1];
    next[n] = true;
    let mut cur = vec![false; n + 1];
    for token in tokens.iter().rev() {
        for j in (0..=n).rev() {
            let here = s.get(j).copied();
            cur[j] = match token {
                Token::Literal(c) => here == Some(*c) && next[j + 1],
                Token::One => here.is_some_and(|c| c != '/') && next[j + 1],
                Token::Class { negated, ranges } => {
                    here.is_some_and(|c| {
                        c != '/' && ranges.iter().any(|&(lo, hi)| lo <= c && c <= hi) != *negated
                    }) && next[j + 1]
                }
                Token::Star => next[j] || (here.is_some_and(|c| c != '/') && cur[j + 1]),
                Token::AnyPath => next[j] || (here.is_some() && cur[j + 1]),
                // Either no folder, or a run up to some `/` followed by the rest.
                Token::Folders => next[j] || (j..n).any(|k| s[k] == '/' && next[k + 1]),
            };
        }
        std::mem::swap(&mut cur, &mut next);
    }
    next[0]
}

#[cfg(test)]
mod tests {
    use super::Glob;

    fn m(pattern: &str, rel: &str) -> bool {
        let name = rel.rsplit('/').next().unwrap_or(rel);
        Glob::new(pattern)
            .expect("valid pattern")
            .matches(name, rel)
    }

    #[test]
    fn star_matches_names_not_folders() {
        assert!(m("*.txt", "a/b/c.txt"));
        assert!(m("*.txt", ".txt"));
        assert!(!m("*.txt", "a/b/c.txt.bak"));
        assert!(!m("*.txt", "c.TXT"));
        assert!(m("c*", "x/cong-van.txt"));
    }

    #[test]
    fn braces_classes_and_question_marks() {
        assert!(m("*.{txt,TXT}", "a.TXT"));
        assert!(m("*.{txt,md}", "a.md"));
        assert!(!m("*.{txt,md}", "a.doc"));
        assert!(m("[0-9][0-9]_*.txt", "12_a.txt"));
        assert!(!m("[0-9][0-9]_*.txt", "1a_a.txt"));
        assert!(m("[!x]?.txt", "ab.txt"));
        assert!(!m("[!x]?.txt", "xb.txt"));
        assert!(m("{a,b{c,d}}.txt", "bd.txt"));
        assert!(m("\\*.txt", "*.txt"));
        assert!(!m("\\*.txt", "a.txt"));
    }

    #[test]
    fn patterns_with_a_slash_match_the_relative_path() {
        assert!(m("2021/*.txt", "2021/a.txt"));
        assert!(!m("2021/*.txt", "2021/x/a.txt"));
        assert!(m("2021/**/*.txt", "2021/a.txt"));
        assert!(m("2021/**/*.txt", "2021/x/y/a.txt"));
        assert!(m("**/*.txt", "a.txt"));
        assert!(m("**/*.txt", "x/a.txt"));
        assert!(m("2021/**", "2021/x/a.doc"));
        assert!(!m("2021/**/*.txt", "2022/a.txt"));
    }

    #[test]
    fn bad_patterns_are_refused() {
        assert!(Glob::new("").is_err());
        assert!(Glob::new("*.{txt").is_err());
        assert!(Glob::new("[abc").is_err());
        assert!(Glob::new("a\\").is_err());
        assert!(Glob::new("{a,b}{c,d}{e,f}{g,h}{i,j}{k,l}{m,n}{o,p}{q,r}").is_err());
    }

    #[test]
    fn many_stars_stay_fast() {
        let pattern = "*a*a*a*a*a*a*a*a*a*a*a*a*b";
        let name = "a".repeat(200);
        assert!(!m(pattern, &name));
    }
}
