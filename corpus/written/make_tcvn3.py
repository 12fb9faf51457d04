#!/usr/bin/env python3
"""Regenerates corpus/written/tcvn3_thong_bao.txt, a short state THÔNG BÁO stored in the
legacy TCVN3 (ABC, TCVN 5712:1993 "VN3") 8-bit encoding.

What it simulates
-----------------
A document typed around 2004 in Word with the ABC/Vietkey keyboard driver in TCVN3 mode and
later saved as "Plain text" with no conversion, as archives still hold them:

* Running text is typed in the lower-case font `.VnTime`. TCVN3 VN3 has byte codes for the
  lower-case Vietnamese letters (0xA8-0xFE) and for the seven untoned capitals
  Ă Â Ê Ô Ơ Ư Đ (0xA1-0xA7), but NONE for capital letters that carry a tone mark
  (Á À Ả Ã Ạ, Ấ Ầ ..., Ế, Ố, Ớ, Ứ, Ý ...).
* Capital headings (issuer, quốc hiệu, type name, signer's position lines) are typed with
  Caps Lock in the capital font `.VnTimeH`. That font draws capital glyphs at the
  lower-case code points, so every upper-case TONED letter is stored with the byte of its
  LOWER-case counterpart (Ủ -> the byte of ủ, Ộ -> the byte of ộ). ASCII letters keep
  their upper-case bytes (Caps Lock), and Ă Â Ê Ô Ơ Ư Đ keep their own upper-case bytes.
  A toned capital inside running text (a capitalised word) would be typed the same way,
  by switching to `.VnTimeH` for that letter; the text below happens to have none.
* The font information is lost in plain text, so a reader of the bytes sees e.g.
  `UÛ BAN NH¢N D¢N` -> decoded `Uỷ BAN NHÂN DÂN`, `CéNG HOµ` -> `CộNG HOà`.
* Lines end with CR LF (a Windows text export).

glibc's `iconv -t TCVN5712-1` implements the full TCVN 5712 table, which (unlike the VN3
fonts) also has upper-case toned letters in the C0/C1 ranges (e.g. Ủ -> 0x9E). To get what a
VN3 file holds, this script first replaces every upper-case toned letter by its lower-case
form, keeps Ă Â Ê Ô Ơ Ư Đ (which iconv maps to 0xA1-0xA7), and only then calls iconv.

The expectation file (tcvn3_thong_bao.expect.json) states the facts of the ORIGINAL paper
document below (capitals as printed), not of the byte stream.

Usage: python3 corpus/written/make_tcvn3.py   (writes tcvn3_thong_bao.txt beside itself)
"""

import pathlib
import subprocess
import unicodedata

# The document as printed on paper (UTF-8, NFC).
ORIGINAL = """\
UỶ BAN NHÂN DÂN
TỈNH THÁI BÌNH

CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 37/TB-UB

Thái Bình, ngày 15 tháng 6 năm 2004

THÔNG BÁO
Kết luận của Chủ tịch UBND tỉnh tại cuộc họp kiểm tra công tác chuẩn bị phòng, chống lụt bão năm 2004

Ngày 12 tháng 6 năm 2004, đồng chí Chủ tịch UBND tỉnh đã chủ trì cuộc họp kiểm tra công tác chuẩn bị phòng, chống lụt bão năm 2004. Dự họp có đại diện lãnh đạo Ban Chỉ huy phòng, chống lụt bão tỉnh, các sở, ngành liên quan và Chủ tịch UBND các huyện, thị xã. Sau khi nghe báo cáo và ý kiến của các đại biểu, đồng chí Chủ tịch UBND tỉnh kết luận như sau:

1. Các huyện, thị xã khẩn trương hoàn thành việc tu bổ đê điều, cống, kè trước ngày 30/6/2004; kiểm tra, bổ sung vật tư, phương tiện dự phòng theo phương châm "bốn tại chỗ".

2. Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với các ngành liên quan kiểm tra các trọng điểm xung yếu trên các tuyến đê; báo cáo UBND tỉnh kết quả kiểm tra.

3. Các sở, ngành là thành viên Ban Chỉ huy phòng, chống lụt bão tỉnh tổ chức trực ban nghiêm túc trong suốt mùa mưa bão.

Uỷ ban nhân dân tỉnh thông báo để các sở, ngành, địa phương biết và thực hiện./.

Nơi nhận:
- TT Tỉnh uỷ, TT HĐND tỉnh (để b/c);
- Các sở, ngành liên quan;
- UBND các huyện, thị xã;
- Lưu: VP, NN.

TL. CHỦ TỊCH UBND TỈNH
CHÁNH VĂN PHÒNG



Đỗ Văn Thành
"""

# Capitals that have their own code point in TCVN3 VN3 (0xA1-0xA7).
OWN_CAPITALS = set("ĂÂÊÔƠƯĐ")


def vn3_fold(ch: str) -> str:
    """The character whose TCVN3 byte a `.VnTimeH` (or single-letter switch) typist stores."""
    if ch.isupper() and ord(ch) > 0x7F and ch not in OWN_CAPITALS:
        return ch.lower()
    return ch


def to_tcvn3(text: str) -> bytes:
    text = unicodedata.normalize("NFC", text)
    folded = "".join(vn3_fold(c) for c in text)
    out = subprocess.run(
        ["iconv", "-f", "UTF-8", "-t", "TCVN5712-1"],
        input=folded.encode("utf-8"),
        capture_output=True,
        check=True,
    ).stdout
    # Every byte must be a single VN3 code: no C0/C1 capitals, no combining-tone bytes.
    bad = sorted({b for b in out if (b < 0x20 and b not in (0x0A,)) or 0x80 <= b <= 0x9F or 0xB0 <= b <= 0xB4})
    assert not bad, f"bytes outside the VN3 repertoire: {[hex(b) for b in bad]}"
    return out.replace(b"\n", b"\r\n")


def main() -> None:
    here = pathlib.Path(__file__).resolve().parent
    (here / "tcvn3_thong_bao.txt").write_bytes(to_tcvn3(ORIGINAL))


if __name__ == "__main__":
    main()
