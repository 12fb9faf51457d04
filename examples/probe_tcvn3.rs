fn main() {
    let path = std::env::args().nth(1).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    let mut out = Vec::new();
    let mut buf = [0u8; 4];
    for c in text.chars() {
        let s = c.encode_utf8(&mut buf);
        if let Some(b) = vanban::decode::encode(s, vanban::Encoding::Tcvn3) {
            out.extend(b);
        } else if c.is_uppercase() {
            let l: String = c.to_lowercase().collect();
            out.extend(
                vanban::decode::encode(&l, vanban::Encoding::Tcvn3).unwrap_or(b"?".to_vec()),
            );
        } else {
            out.push(b'?');
        }
    }
    std::fs::write("/tmp/probe/out.txt", &out).unwrap();
}
