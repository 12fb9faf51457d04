#!/usr/bin/env python3
"""Linearity probe: time `vanban parse FILE` on hostile shapes of text at two sizes.

Each shape is built at N and 4N repeats (10,000 and 40,000 unless sizes are given); a shape
whose time grows more than 1.5 times as fast as its size (and takes over 0.2 s) is flagged.
Run a flagged shape again at larger sizes before calling it quadratic: the speed of a VM
swings between minutes.

    cargo build --release
    python3 benches/linearity.py                                   # every shape
    python3 benches/linearity.py header_glued 20000 80000 160000   # one shape, three sizes
    VANBAN_COMMAND=check python3 benches/linearity.py              # `vanban check` (or explain)

The shapes are those of the probes in benches/README.md ("Hostile inputs"). The ones that
found a fault: `citations` and `citations_one_line`, `bold_words`, `header_glued` and
`header_table_line`, `esign_lines`, `bold_breaks` and `underscore_breaks`.
"""
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
BIN = os.environ.get("VANBAN", os.path.join(HERE, "..", "target", "release", "vanban"))
COMMAND = os.environ.get("VANBAN_COMMAND", "parse")

CASES = {
    'deadlines': lambda n: '1. Các đơn vị ' + ''.join(f'hoàn thành trước ngày {i%28+1}/8/2021, ' for i in range(n)) + '\n',
    'assignees': lambda n: '1. Sở Y tế chủ trì, phối hợp với ' + ', '.join(f'Sở Ban {i}' for i in range(n)) + ' thực hiện.\n',
    'recipients': lambda n: 'THÔNG BÁO\n\nNội dung.\n\nNơi nhận:\n' + ''.join(f'- Sở số {i};\n' for i in range(n)),
    'articles': lambda n: 'QUYẾT ĐỊNH\n' + ''.join(f'Điều {i}. Nội dung điều {i}.\n' for i in range(1,n)),
    'kinhgui': lambda n: 'Kính gửi:\n' + ''.join(f'- Ủy ban nhân dân xã {i};\n' for i in range(n)),
    'paragraphs': lambda n: ''.join(f'{i}. Giao Sở Y tế chủ trì thực hiện trước ngày 5/6/2022 theo Công văn số {i}/UBND-VX.\n' for i in range(1,n)),
    'quotes': lambda n: '“' * n + ' a\n',
    'dates': lambda n: ''.join(f'Hà Nội, ngày {i%28+1} tháng 6 năm 2021\n' for i in range(n)),
    'citations': lambda n: ''.join(f'- Quyết định số {i}/QĐ-UBND của Sở Y tế;\n' for i in range(n)),
    'citations_one_line': lambda n: ' '.join(f'Quyết định số {i}/QĐ-UBND;' for i in range(n)) + '\n',
    'caps_line': lambda n: ' '.join(['ỦY BAN NHÂN DÂN']*n) + '\n',
    'caps_ngay_line': lambda n: ' '.join(['Hà Nội ngày']*n) + '\n',
    'comma_line': lambda n: 'Hà Nội' + ', x'*n + ', ngày 5 tháng 6 năm 2021\n',
    'noinhan_blocks': lambda n: ''.join('Nơi nhận:\n- Như trên;\n- Lưu: VT.\n' for _ in range(n)),
    'sig_blocks': lambda n: ''.join('TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An\n' for _ in range(n)),
    'vv_lines': lambda n: ''.join(f'V/v triển khai {i}\n' for i in range(n)),
    # A subject stops at a place and date after a column gap: gaps, pipes and places that
    # never end in a date, on one line.
    'vv_spaces': lambda n: 'V/v a' + ' ' * (50 * n) + 'x\n',
    'vv_gaps': lambda n: 'V/v a' + '   Hà Nội' * n + '\n',
    'vv_pipes': lambda n: 'V/v a' + ' | Hà Nội Hà Nội Hà Nội, ngày' * n + '\n',
    'table_rows': lambda n: ''.join(f'| {i} | Sở Y tế | trước ngày 5/6/2022 |\n' for i in range(n)),
    'page_breaks': lambda n: ''.join(f'\x0cTrang {i}\n' for i in range(n)),
    'semicolons': lambda n: '- ' + '; '.join(['Sở Y tế']*n) + '\n',
    'bold_words': lambda n: ' '.join(['**a**']*n) + '\n',
    'so_lines': lambda n: ''.join(f'Số: {i}/TB-UBND\n' for i in range(n)),
    'hashes_line': lambda n: '#'*n + ' a\n',
    'hash_lines': lambda n: ''.join('### Điều\n' for _ in range(n)),
    'digits_ocr': lambda n: ' '.join(['1O5O']*n) + '\n',
    'lO_line': lambda n: 'l'*n + '1\n',
    'entities': lambda n: '&amp;'*n + '\n',
    'nbsp_line': lambda n: 'a\u00a0'*n + '\n',
    'parens_line': lambda n: '(a) '*n + '\n',
    'labels': lambda n: ''.join(f'{i}.{i}.{i}. a\n' for i in range(n)),
    'roman': lambda n: ''.join('I. A\nII. B\n' for _ in range(n)),
    'quotes_mix': lambda n: '"a" “b” «c» '*n + '\n',
    'long_word': lambda n: 'a'*(n*10) + '\n',
    'cr_only': lambda n: 'Sở Y tế\r'*n,
    'url_line': lambda n: ' '.join(['http://a.vn/x']*n) + '\n',
    'email_at': lambda n: ' '.join(['a@b.vn']*n) + '\n',
    'dash_lines': lambda n: ''.join('- - - - -\n' for _ in range(n)),
    'slash_chain': lambda n: '1/'*n + '\n',
    'dash_chain': lambda n: '1-'*n + '\n',
    'qd_chain': lambda n: '12/QĐ-'*n + '\n',
    'notation_glue': lambda n: '1/A-B/'*n + '\n',
    'dates_figs': lambda n: ' '.join(['1/1/2020']*n) + '\n',
    'slash_lines': lambda n: ''.join('12/2020/NĐ-CP/\n' for _ in range(n)),
    'combining': lambda n: 'a' + '\u0301'*n + '\n',
    'nfd_text': lambda n: 'to\u0302\u0301 '*n + '\n',
    'zero_width': lambda n: 'a\u200b'*n + '\n',
    'bom_mid': lambda n: 'a\ufeff'*n + '\n',
    'unbal_bold': lambda n: ''.join('**a\n' for _ in range(n)),
    'md_links': lambda n: '[a](http://b.vn) '*n + '\n',
    'html_tags': lambda n: '<p>a</p>'*n + '\n',
    'wrapped_para': lambda n: ''.join('tiếp tục thực hiện các nhiệm vụ\n' for _ in range(n)),
    'basis_lines': lambda n: ''.join('Căn cứ Luật số 1/2020/QH14;\n' for _ in range(n)),
    'type_heads': lambda n: ''.join('THÔNG BÁO\n' for _ in range(n)),
    'copy_blocks': lambda n: ''.join('SAO Y BẢN CHÍNH\nTL. CHỦ TỊCH\n' for _ in range(n)),
    'auth_line': lambda n: ' '.join(['KT. CHỦ TỊCH']*n) + '\n',
    'signed_line': lambda n: ' '.join(['(Đã ký)']*n) + '\n',
    'web_chrome': lambda n: ''.join('Tin liên quan\n' for _ in range(n)),
    'leaders': lambda n: 'Nơi nhận:' + '.'*(n*10) + '\n',
    'mixed_items': lambda n: ''.join('a) x\n- y\n+ z\n1. w\n' for _ in range(n)),
    'part_heads': lambda n: ''.join('PHẦN I\nChương II\nMục 3\n' for _ in range(n)),
    'article_refs': lambda n: ' '.join(['theo điểm a khoản 1 Điều 2']*n) + '\n',
    'indent_lines': lambda n: ''.join(' '*50 + 'a\n' for _ in range(n)),
    'digit_lines': lambda n: ''.join(f'{i}\n' for i in range(n)),
    'giao_long': lambda n: 'Giao ' + ', '.join(['Sở Y tế']*n) + ' thực hiện.\n',
    'kinh_gui_line': lambda n: 'Kính gửi: ' + ', '.join(['Sở A']*n) + '\n',
    'quote_open': lambda n: '“a '*n + '\n',
    'trong_thoi': lambda n: ' '.join(['trong thời hạn 5 ngày']*n) + '\n',
    'colon_chain': lambda n: 'a: '*n + '\n',
    'vv_line': lambda n: 'V/v ' + 'a '*n + '\n',
    'so_line': lambda n: 'Số: ' + '1/'*n + 'UBND\n',
    'caps_dates': lambda n: 'HÀ NỘI, NGÀY 1 THÁNG 1 NĂM 2020 '*n + '\n',
    'star_run': lambda n: '*'*n + '\n',
    'underscore_words': lambda n: '_a_ '*n + '\n',
    'tabs_line': lambda n: 'a\t'*n + '\n',
    'table_cells': lambda n: '| a '*n + '|\n',
    'header_table_line': lambda n: '| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM '*n + '|\n',
    'header_glued': lambda n: 'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM '*n + '\n',
    'so_glued': lambda n: 'Số: 1/UBND '*n + '\n',
    'inline_labels': lambda n: ' '.join(f'{i}. a' for i in range(n)) + '\n',
    'place_date_line': lambda n: 'Hà Nội, ngày 1 tháng 1 năm 2020 '*n + '\n',
    'ngay_words': lambda n: 'ngày '*n + '\n',
    'dunder': lambda n: '__a__ '*n + '\n',
    'quotes_lines': lambda n: ''.join('“a\n' for _ in range(n)),
    'blank_between': lambda n: 'a\n\n\n'*n,
    'noi_nhan_glued': lambda n: 'Nơi nhận: ' + '- Sở A; '*n + '\n',
    'sig_after_nn': lambda n: ''.join('- Sở A;    KT. CHỦ TỊCH\n' for _ in range(n)),
    'motto_lines': lambda n: ''.join('Độc lập - Tự do - Hạnh phúc\n' for _ in range(n)),
    'esign_lines': lambda n: ''.join('Người ký: Nguyễn Văn A\nEmail: a@b.vn\n' for _ in range(n)),
    'draft_marks': lambda n: ''.join('(Dự thảo)\nMẬT\nKHẨN\n' for _ in range(n)),
    'paren_lines': lambda n: ''.join('(a\n' for _ in range(n)),
    'close_paren_lines': lambda n: ''.join('a)\n' for _ in range(n)),
    'semicolon_caps': lambda n: '; '.join(['CHỦ TỊCH']*n) + '\n',
    'page_furn': lambda n: ''.join('Trang 1/2\n\x0c' for _ in range(n)),
    'long_numbers': lambda n: ''.join('1234567890'*10 + '/QĐ\n' for _ in range(n)),
    'year_words': lambda n: ' '.join(['năm 2020']*n) + '\n',
    'thang_words': lambda n: ' '.join(['tháng 1']*n) + '\n',
    'pages_running_head': lambda n: ''.join(f'\x0cỦY BAN NHÂN DÂN TỈNH A\nNội dung trang {i}.\n' for i in range(n)),
    'page_numbers_dash': lambda n: ''.join(f'Nội dung.\n- {i} -\n' for i in range(n)),
    'trang_n_of_m': lambda n: ''.join(f'Nội dung.\nTrang {i}/{n}\n' for i in range(n)),
    'header_body_alt': lambda n: 'ỦY BAN NHÂN DÂN\nNội dung.\n'*n,
    'type_vv_pairs': lambda n: 'THÔNG BÁO\nV/v triển khai\n'*n,
    'so_lines_var': lambda n: ''.join(f'Số: {i}/UBND-VX\n' for i in range(n)),
    'place_date_lines': lambda n: ''.join(f'Hà Nội, ngày {i%28+1} tháng 1 năm 2020\n' for i in range(n)),
    'luu_lines': lambda n: '- Lưu: VT, VX.\n'*n,
    'formula_lines': lambda n: 'QUYẾT ĐỊNH:\nĐiều 1. Nội dung.\n'*n,
    'esign_variants': lambda n: ''.join(f'Ký bởi: Sở A\nThời gian ký: {i%28+1:02d}.01.2020 10:00:00\n' for i in range(n)),
    'phu_luc': lambda n: ''.join(f'Phụ lục {i}\n' for i in range(n)),
    'kinh_gui_multi': lambda n: 'Kính gửi:\n' + '- Sở A;\n'*n,
    'nn_repeat': lambda n: 'Nơi nhận:\n- Như trên;\n- Lưu: VT.\n'*n,
    'md_table_header': lambda n: '| Số | Nội dung |\n|---|---|\n'*n,
    'copy_cert': lambda n: ''.join(f'SAO Y BẢN CHÍNH\nSố: {i}/SY-VP\n' for i in range(n)),
    'quoted_articles': lambda n: ''.join(f'Điều {i}. “Sửa đổi khoản 1”\n' for i in range(n)),
    'deadline_lines': lambda n: ''.join(f'- Hoàn thành trước ngày {i%28+1}/01/2020.\n' for i in range(n)),
    'assignee_lines': lambda n: ''.join(f'{i}. Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính thực hiện.\n' for i in range(1, n+1)),
    'refs_lines': lambda n: ''.join(f'- Thực hiện Công văn số {i}/UBND-VX ngày 01/01/2020 của UBND tỉnh.\n' for i in range(1, n+1)),
    'web_posted_many': lambda n: ''.join(f'Ngày đăng: {i%28+1:02d}/01/2020\n' for i in range(n)),
    'stamp_den': lambda n: 'CÔNG VĂN ĐẾN\nSố: 1\nNgày: 01/01/2020\n'*n,
    'signer_auth_pairs': lambda n: 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n'*n,
    'title_caps_long': lambda n: 'THÔNG BÁO\n' + 'KẾT LUẬN CỦA CHỦ TỊCH\n'*n + '\nNội dung.\n',
    'vv_continuation': lambda n: 'Số: 1/UBND\nV/v triển khai\n' + 'các nhiệm vụ trọng tâm\n'*n,
    'kinh_gui_wrapped': lambda n: 'Kính gửi: Sở A,\n' + 'Sở B,\n'*n,
    'fixed_width': lambda n: ('Trong thời gian qua công tác phòng chống dịch đã được\n' 'triển khai đồng bộ tại các địa phương trong tỉnh và\n')*n,
    'subject_caps_then_body': lambda n: ('QUYẾT ĐỊNH\n' + 'VỀ VIỆC BAN HÀNH\n'*5 + 'Nội dung.\n')*n,
    'quote_across': lambda n: '“' + 'a\n'*n + '”\n',
    'paren_across': lambda n: '(' + 'a\n'*n + ')\n',
    'item_wrapped': lambda n: ''.join(f'{i}. Nội dung thực hiện\ntiếp theo dòng\n' for i in range(1, n+1)),
    'deadline_split': lambda n: ('Hoàn thành trước ngày\n15/3/2024.\n')*n,
    'signer_wrapped_caps': lambda n: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n' + 'NGUYỄN\n'*n,
    'nn_long_list': lambda n: 'Nơi nhận:\n' + ''.join(f'- Sở {i};\n' for i in range(n)),
    'brace_notes': lambda n: 'Nơi nhận:\n' + '- Sở A;        } (để b/c)\n'*n,
    'loose_then_heading': lambda n: ('Nội dung một.\nI. MỤC TIÊU\n')*n,
    'roman_deep': lambda n: ''.join(f'{"I"*(i%3+1)}. A\n1. b\na) c\n- d\n+ e\n' for i in range(n)),
    'citation_wrapped': lambda n: ('Căn cứ Quyết định số 12/QĐ-\nUBND ngày 1/1/2020;\n')*n,
    'date_year_wrapped': lambda n: ('Hà Nội, ngày 1 tháng 1 năm\n2020\n')*n,
    'national_wrapped': lambda n: ('CỘNG HÒA XÃ HỘI CHỦ\nNGHĨA VIỆT NAM\n')*n,
    'mail_quoted': lambda n: ('> Số: 12/UB\n>>\n')*n,
    'mail_fields': lambda n: ('From: a\nTo: b\n')*n + 'Số: 12/UBND-VP\n',
    'cover_kinh_gui': lambda n: ('Kính gửi Quý Công ty,\n\n')*n + 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n',
    'two_issuer_columns': lambda n: ('UBND TỈNH A      BỘ B      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n')*n,
    'esign_wrapped': lambda n: ('Người ký: Sở Giáo dục và\nĐào tạo\nThời gian ký: 14.09.2023\n08:45:12\n')*n,
    'page_banner': lambda n: ('CỔNG THÔNG TIN ĐIỆN TỬ\nTrang chủ > Văn bản\n')*n,
    'spaced_figures': lambda n: ('Số: 1 2 5 /UBND Hà Nội, ngày 0 8 tháng 1 0 năm 2024\n')*n,
    'underscore_line': lambda n: '_a' * n + '_\n',
    'underscore_cells': lambda n: '| _a_ ' * n + '|\n',
    'underscore_breaks': lambda n: '**_Nơi nhận:_**<br>' * n + '\n',
    'bold_breaks': lambda n: '**a**<br>' * n + '\n',
    'spaced_rules': lambda n: ('* * *\n- - -\n')*n,
    'tables_before_header': lambda n: ('| Số hiệu: | 15/TB-UBND |\n')*n + 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n',
    'links_before_header': lambda n: ('[Trang chủ](https://a.vn/) » Thông báo 15/TB-UBND năm 2025\n')*n + 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n',
    'nn_inline_archive': lambda n: 'Nơi nhận: ' + 'Các chi bộ, ' * n + 'Lưu VP.\n',
    'numbers_out_of_step': lambda n: '1. A\n' + ('Số cơ sở là\n7. Công tác\n')*n,
    'dated_wraps': lambda n: ('chủ đầu tư nhà ở xã hội       Hà Lâm, ngày 21 tháng 9 năm 2020\n')*n,
    'gaps_one_line': lambda n: 'a  ' * n + 'Hà Lâm, ngày 21 tháng 9 năm 2020\n',
    'ward_lines': lambda n: ('ỦY BAN NHÂN DÂN\nPHƯỜNG AN LẠC          Độc lập - Tự do - Hạnh phúc\n')*n,
    'unclosed_quotes': lambda n: ''.join(f'Điều {i+1}. Sửa đổi như sau:\n“{i+1}. Nội dung\n' for i in range(n)),
    'stray_quotes': lambda n: 'Thực hiện:\n' + ''.join(f'{i+1}. Nghị quyết của “Quốc hội\n' for i in range(n)),
    'titled_items': lambda n: ''.join(f'Quyết định 15/QĐ-BYT năm 2025 về y tế. Điều {i+1}. Nội dung\n' for i in range(n)),
    'titled_headers': lambda n: ('Công văn 384/BYT-KCB năm 2014 do Bộ Y tế ban hành. BỘ Y TẾ -------\n')*n,
    'flat_subjects': lambda n: ('Số: 12/BCT V/v góp ý ' + 'Hà Nội, ' * 20 + 'Hà Nội, ngày 11 tháng 4 năm 2022 Kính gửi: Bộ\n')*n,
    'flat_subject_one_line': lambda n: 'V/v góp ý ' + 'Hà Nội Hà Nội, ngày ' * n + '\n',
    'garbled_dates': lambda n: ('Số: q17 /CT-TTHT Hà Nội. ngàu | & tháng OF năm 2020\n*Đà Lạt, ngày 03\ntháng 4 năm 2024 *\n')*n,
    'page_numbers': lambda n: ('- Sở số;\n--- PAGE BREAK ---\n--- PAGE 2 ---\n')*n,
    'portal_facts': lambda n: ('|\n**Số hiệu:**\n|\n471/QĐ-UBND\n**Người ký:**\nĐã biết\n')*n + 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 471/QĐ-UBND\n' + ('Quyết định 471/QĐ-UBND năm 2025 về y tế\n')*n,
    'authority_lines': lambda n: 'ỦY BAN NHÂN DÂN TỈNH BẮC NINH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n' + ('QUYẾT ĐỊNH\nVỀ VIỆC PHÊ DUYỆT\nỦY BAN NHÂN DÂN TỈNH BẮC NINH\nCăn cứ Luật;\n')*n,
    'nn_inline_notes': lambda n: 'Nơi nhận: - A' + '; (b/c) - Sở' * n + '; (x' * n + ': -' * n + '\n',
    'html_layout': lambda n: ('<div align="center">\n</div>\n<hr/>\n')*n + 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n',
    'garbled_numbers': lambda n: ('Số: /40/TB-HQTB Số: 52¿BTNMT-TCMT Só:43l¿LĐ Hà Nội, ngày 1 tháng 2 năm 202 5\n')*n,
    'signed_names': lambda n: ('Nghị quyết này được thông qua.\nCHỦ TỊCH QUỐC HỘI Nguyễn Văn An\nNguyễn Văn An (Đã ký)\n')*n,
    'type_specks': lambda n: ('.        THONG TU\n_ BQ TAI CHÍNH CONG HOA XA HOI\n')*n,
    'bulletless_entries': lambda n: 'Nơi nhận:\n' + ('- Bộ Y tế;\nCT, các PCT UBNDTP\nUBMTTQVNTP\n')*n + '- Lưu: VT.\nKT. CHỦ TỊCH\nVõ Thanh Tâm\n',
    # Nineteenth round: the forms it reads.
    'processor_props': lambda n: ('Admin\n 2\n 2026-01-14T01:11:00Z\n false\n EN-US\n')*n + 'ỦY BAN NHÂN DÂN\nSố: 12/UBND\n',
    'stray_above_date': lambda n: 'ỦY BAN NHÂN DÂN\nSố: 12/UBND\n' + ('Chính sách thuế đối với hộ\nHà Nội, ngày 4 tháng 3 năm 2023\nTHÔNG BÁO\n')*n,
    'undecoded_letters': lambda n: ('CỘNG H\ufffdA X\ufffd HỘI\n\ufffd \ufffdĐộc lập - Tự do -\nHạnh ph\ufffdc\nng\ufffdy 5 th\ufffdng 3\n')*n,
    'so_misread': lambda n: ('Sá:4HHH /CT-TTHT Hà Nội, ngày 1 tháng 2 năm 2018\n_Số:4Ö6€6/BTC - TCDN\nSố! /CT\n')*n,
    'seal_capitals': lambda n: 'Nơi nhận:\n- Lưu: VT.\nKT. HIỆU TRƯỞNG\n' + ('TRƯỜNG TRUNG HÒA AN\n* BÌNH LÂM\nĐặng Thị Mỹ Lệ\n')*n,
    'speck_articles': lambda n: ('„ Điều 1. Ban hành kèm theo,\nĐiều 5 của Nghị định này;\n')*n,
    'issuer_viet_nam': lambda n: ('NGÂN HÀNG NHÀ NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nVIỆT NAM Độc lập - Tự do - Hạnh phúc\n')*n,
    # Twentieth round.
    'lost_list_heading': lambda n: 'Xin trân trọng./.\n' + ('- Bộ trưởng (để b/c);\nTân Phú (thay trả lời);\n')*n + '- Lưu: VT.\n',
    'row_cells': lambda n: 'Nơi nhận: TM. CHÍNH PHỦ - Ban Bí thư; KT. THỦ TƯỚNG\n' + ('- Thủ tướng; PHÓ THỦ TƯỚNG - Các bộ; Trần Hồng Hà - Tòa án;\n- - Lưu: VT.\n<!-- image -->\n')*n,
    'comma_labels': lambda n: ''.join(f'Điều {k}, Phạm vi\n{k}, Đề xuất\nĐiều 1, Điều 2 của Luật\n' for k in range(1, n + 1)),
    'name_specks': lambda n: 'Nơi nhận:\n- Lưu: VT.\nKT. CỤC TRƯỞNG\n' + ('——Đinh Quang Vũ\n‘Phạm Quốc Vinh\nLan Thị\nVân\n')*n,
    'stray_above_vv': lambda n: 'CỤC THUẾ TỈNH NAM ĐỊNH\nSố: 1/CT\n' + ('Số $7712 /CT Nam Định\nV/v hoàn thuế\n')*n,
    'stamp_junk': lambda n: ('oe KT. TONG CỤC TRƯỞNG\nab TL. BỘ TRƯỞNG xyz\n/ỦY BAN MTTQ VIỆT NAM\n/QĐ UBND x\n')*n,
    'row_cells_one_line': lambda n: '- Bộ Y tế' + ('; PHÓ THỦ TƯỚNG - Các bộ; Trần Hồng Hà Lê Văn An')*n + '\n',
    'small_roman': lambda n: ('(ii) Bảo đảm\nxiv) Tiết kiệm\n(iiiii) c\nvii) d\n')*n,
    'attached_articles': lambda n: 'Nơi nhận:\n- Lưu: VT.\nCHỦ TỊCH\n\nNguyễn Văn An\n\nQUY CHẾ\n' + ('Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi “về việc;\n1. Nội dung.\n(ii) Việc khác.\n')*n,
    'article_cuts': lambda n: ('Điều\n1. Thành lập\n')*n,
    'far_numbers': lambda n: ('6. Xử phạt\n..3. Kiểm tra “về thuế;\n')*n,
    'undecoded_bullets': lambda n: ('\ufffd' * 50 + ' - Văn phòng;\n' + '\ufffd' * 50 + 'x\n')*n,
    'gap_tails': lambda n: 'Nơi nhận:\n' + ('- Các chi bộ trực   BÍ THƯ   Trần Văn\n' + '- a   ' * 30 + 'B\\   \n')*n,
    'gap_tail_line': lambda n: '- a' + '   BÍ THƯ' * (n * 4) + '\n',
    'pandoc_breaks': lambda n: ('**ĐẢNG ỦY XÃ A\\      **ĐẢNG CỘNG SẢN VIỆT NAM\\\n+----:----:+\n| *** *** | **TM. BAN\\ |\n')*n,
    'colon_tails': lambda n: 'Nơi nhận:\n' + ('- Phòng (VPCP): PHÓ VỤ TRƯỞNG\nBộ Nội vụ:\n' + 'a: ' * 30 + '\n')*n,
    'end_mark_quotes': lambda n: ('“a\n2.1. b\nc./.' + '”' * 40 + '\n')*n,
    'end_mark_quote_line': lambda n: 'a./.' + '”' * (n * 40) + '\n',
    'bare_numbers_back': lambda n: '1. a\n2. b\n3. c\n' + ('2\n- d\n1\n- e\n7\n')*n,
    'picture_bullets': lambda n: ('I. MỤC ĐÍCH\n➢ Một.\n\uf0d8 Hai;   BÍ THƯ\n❖ Ba: PHÓ CHỦ TỊCH\n')*n,
    'numbered_gaps': lambda n: ''.join(f'{i}. a   b: PHÓ   c;   TM. X\n' for i in range(n)) + '1. a' + '   BÍ THƯ' * (n * 4) + '\n',
    'split_types': lambda n: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 1/UBND\n' + ('QUYẾT\n\n\nĐỊNH\nBÁO\n')*n,
    'copy_stamps': lambda n: ('SAO Y\nSở Nội vụ\nSố: 3/SY-SNV\nThời gian ký: 14.03.2024 08:41:17 +07:00\n')*n + 'Số: 5/QĐ-UBND\n',
    'wrapped_cells': lambda n: ('ỦY BAN NHÂN DÂN     CỘNG HÒA XÃ HỘI CHỦ NGHĨA\nHUYỆN A      VIỆT NAM\nSố: 1/UBND     Thành phố Hồ Chí Minh,\nV/v a      ngày 02 tháng 8 năm\nV/v b' + '   2024' * 20 + '\n')*n,
    'smudged_numbers': lambda n: ('Số $9934 /CT-TTHT Hà Nội, ngày,Shháng năm 2020\nHà Nội, ngàu:J_ tháng 02jhăm 2018\nSố $12 /ct Hà Nội, ngày xxxxxxxxxxxxxxxxxxxxxx 20\n')*n,
}


def run(text):
    """Seconds `vanban COMMAND` takes on `text`, and its exit code."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        f.write(text)
        path = f.name
    try:
        start = time.time()
        code = subprocess.run([BIN, COMMAND, path], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL).returncode
        return time.time() - start, code
    finally:
        os.unlink(path)


def main():
    names = [a for a in sys.argv[1:] if not a.isdigit()]
    sizes = [int(a) for a in sys.argv[1:] if a.isdigit()] or [10000, 40000]
    unknown = [n for n in names if n not in CASES]
    if unknown:
        sys.exit(f"unknown shapes: {', '.join(unknown)}")
    for name, shape in CASES.items():
        if names and name not in names:
            continue
        rows = []
        for n in sizes:
            text = shape(n)
            secs, code = run(text)
            rows.append((len(text.encode()), secs, code))
        cells = "  ".join(f"{b / 1e6:.2f} MB {s:.2f} s rc{c}" for b, s, c in rows)
        ratio = rows[-1][1] / max(rows[0][1], 1e-3)
        grow = rows[-1][0] / max(rows[0][0], 1)
        flag = "  <== SUSPECT" if ratio > 1.5 * grow and rows[-1][1] > 0.2 else ""
        # A panic (101) or a signal (negative) is a finding whatever the time.
        failed = sorted({c for _, _, c in rows if c != 0})
        if failed:
            flag += f"  <== EXIT {failed}"
        print(f"{name:24s} {cells}  time x{ratio:.1f} for size x{grow:.1f}{flag}", flush=True)


if __name__ == "__main__":
    main()
