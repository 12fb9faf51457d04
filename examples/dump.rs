fn main() {
    let path = std::env::args().nth(1).unwrap();
    let text = std::fs::read_to_string(path).unwrap();
    for r in vanban::explain(&text) {
        println!("{:>4} {:<16} {:<14} {}", r.line, r.zone, r.kind, r.text);
    }
}
