/// The Vietnamese catalogue: every message, keyed by its English template (list words and
/// column names are in `Vietnamese+Tables.swift`).
enum Vietnamese {
  static let messages: [String: String] = [
    "  would record: {}":
      "  sẽ ghi: {}",
    "  {}  {}":
      "  {}  {}",
    " (required)":
      " (bắt buộc)",
    " (retired)":
      " (đã thôi)",
    " and {} more":
      " và {} người khác",
    "'as-of' needs a complete query command after the date":
      "'as-of' cần một lệnh truy vấn đầy đủ sau ngày",
    "'as-of' needs a query command after the date; usage: as-of DATE COMMAND":
      "'as-of' cần một lệnh truy vấn sau ngày; cú pháp: as-of DATE COMMAND",
    "'as-of' runs query commands only; '{}' is not one":
      "'as-of' chỉ chạy lệnh truy vấn; '{}' không phải lệnh truy vấn",
    "'audit replay off' takes nothing else":
      "'audit replay off' không nhận thêm gì",
    "'chart visits' takes a PERSON or by=SUPERVISOR, not both":
      "'chart visits' nhận PERSON hoặc by=SUPERVISOR, không nhận cả hai",
    "'help COMMAND' explains one command.":
      "'help COMMAND' giải thích một lệnh.",
    "'set' needs format=table|csv|json or lang=vi|en":
      "'set' cần format=table|csv|json hoặc lang=vi|en",
    "'{}' already exists and is not an empty directory; name a new one":
      "'{}' đã tồn tại và không phải thư mục trống; hãy đặt tên mới",
    "'{}' changes nothing and cannot be in the journal":
      "'{}' không thay đổi gì nên không thể ghi vào nhật ký",
    "'{}' is ambiguous: {}":
      "'{}' chưa rõ là lệnh nào: {}",
    "'{}' is declared as a change but makes none":
      "'{}' được khai báo là lệnh thay đổi nhưng không thay đổi gì",
    "'{}' is declared as a query but is not one":
      "'{}' được khai báo là truy vấn nhưng không phải",
    "'{}' is declared as a session command but is not one":
      "'{}' được khai báo là lệnh của phiên nhưng không phải",
    "'{}' is declared as an audit command but is not one":
      "'{}' được khai báo là lệnh kiểm tra nhật ký nhưng không phải",
    "'{}' is not a date; use YYYY-MM-DD, DD/MM/YYYY, today or yesterday":
      "'{}' không phải ngày; hãy dùng YYYY-MM-DD, DD/MM/YYYY, today hoặc yesterday",
    "'{}' is not a journal entry; give a sequence number like 12 or a range like 10-12":
      "'{}' không phải mục nhật ký; hãy nhập số thứ tự như 12 hoặc khoảng như 10-12",
    "'{}' is not a record id like P1, S1 or V1":
      "'{}' không phải mã hồ sơ dạng P1, S1 hoặc V1",
    "'{}' is not a record id like P1, S1, V1, H1 or T1":
      "'{}' không phải mã hồ sơ dạng P1, S1, V1, H1 hoặc T1",
    "'{}' is not a sentence length; allowed: {} (e.g. 3y6m)":
      "'{}' không phải mức án; được dùng: {} (ví dụ 3y6m)",
    "'{}' is not a whole number (0 or more)":
      "'{}' không phải số nguyên (từ 0 trở lên)",
    "'{}' is not allowed for {}; allowed: {}":
      "'{}' không hợp lệ cho {}; được dùng: {}",
    "'{}' is not an amount of money; allowed: {}":
      "'{}' không phải số tiền; được dùng: {}",
    "'{}' matches several {}: {}{}; give an id or more of the name":
      "'{1}' khớp với nhiều người: {3}{4}; hãy nhập mã hoặc thêm phần họ tên",
    "'{}' needs at least one KEY=VALUE; keys: {}":
      "'{}' cần ít nhất một KEY=VALUE; các khóa: {}",
    "'{}' needs one of: {}":
      "'{}' cần một trong: {}",
    "'{}' needs {}; usage: {}":
      "'{}' cần {}; cú pháp: {}",
    "'{}' needs {}={}; usage: {}":
      "'{}' cần {}={}; cú pháp: {}",
    "(no field changed)":
      "(không trường nào thay đổi)",
    "(none)":
      "(không có)",
    "(ward not named; ward set name=…)":
      "(chưa đặt tên phường; ward set name=…)",
    "({})":
      "({})",
    "--atomic and --dry-run cannot be used together":
      "không dùng --atomic cùng với --dry-run",
    "--format must be table, csv or json, not '{}'":
      "--format phải là table, csv hoặc json, không phải '{}'",
    "--lang must be one of {}, not '{}'":
      "--lang phải là một trong {}, không phải '{}'",
    "--today '{}' is not a date; use YYYY-MM-DD or DD/MM/YYYY":
      "--today '{}' không phải ngày; hãy dùng YYYY-MM-DD hoặc DD/MM/YYYY",
    "108–122, 421–425":
      "108–122, 421–425",
    "12 digits: province code, gender and century, birth year's last two digits, 6 digits":
      "12 chữ số: mã tỉnh, mã giới tính và thế kỷ sinh, hai số cuối của năm sinh, 6 chữ số",
    "1900–1999: 0 male, 1 female; 2000–2099: 2 male, 3 female":
      "1900–1999: 0 nam, 1 nữ; 2000–2099: 2 nam, 3 nữ",
    "1–426":
      "1–426",
    "3 working days after notified":
      "3 ngày làm việc sau notified",
    "3m to 30y, life or death-commuted":
      "3m đến 30y, life hoặc death-commuted",
    "5 years after completed":
      "5 năm sau completed",
    "63 codes: 001 Hà Nội, 002 Hà Giang, 004 Cao Bằng, 006 Bắc Kạn, 008 Tuyên Quang, 010 Lào Cai, 011 Điện Biên, 012 Lai Châu, 014 Sơn La, 015 Yên Bái, 017 Hòa Bình, 019 Thái Nguyên, 020 Lạng Sơn, 022 Quảng Ninh, 024 Bắc Giang, 025 Phú Thọ, 026 Vĩnh Phúc, 027 Bắc Ninh, 030 Hải Dương, 031 Hải Phòng, 033 Hưng Yên, 034 Thái Bình, 035 Hà Nam, 036 Nam Định, 037 Ninh Bình, 038 Thanh Hóa, 040 Nghệ An, 042 Hà Tĩnh, 044 Quảng Bình, 045 Quảng Trị, 046 Thừa Thiên Huế, 048 Đà Nẵng, 049 Quảng Nam, 051 Quảng Ngãi, 052 Bình Định, 054 Phú Yên, 056 Khánh Hòa, 058 Ninh Thuận, 060 Bình Thuận, 062 Kon Tum, 064 Gia Lai, 066 Đắk Lắk, 067 Đắk Nông, 068 Lâm Đồng, 070 Bình Phước, 072 Tây Ninh, 074 Bình Dương, 075 Đồng Nai, 077 Bà Rịa - Vũng Tàu, 079 Hồ Chí Minh, 080 Long An, 082 Tiền Giang, 083 Bến Tre, 084 Trà Vinh, 086 Vĩnh Long, 087 Đồng Tháp, 089 An Giang, 091 Kiên Giang, 092 Cần Thơ, 093 Hậu Giang, 094 Sóc Trăng, 095 Bạc Liêu, 096 Cà Mau":
      "63 mã: 001 Hà Nội, 002 Hà Giang, 004 Cao Bằng, 006 Bắc Kạn, 008 Tuyên Quang, 010 Lào Cai, 011 Điện Biên, 012 Lai Châu, 014 Sơn La, 015 Yên Bái, 017 Hòa Bình, 019 Thái Nguyên, 020 Lạng Sơn, 022 Quảng Ninh, 024 Bắc Giang, 025 Phú Thọ, 026 Vĩnh Phúc, 027 Bắc Ninh, 030 Hải Dương, 031 Hải Phòng, 033 Hưng Yên, 034 Thái Bình, 035 Hà Nam, 036 Nam Định, 037 Ninh Bình, 038 Thanh Hóa, 040 Nghệ An, 042 Hà Tĩnh, 044 Quảng Bình, 045 Quảng Trị, 046 Thừa Thiên Huế, 048 Đà Nẵng, 049 Quảng Nam, 051 Quảng Ngãi, 052 Bình Định, 054 Phú Yên, 056 Khánh Hòa, 058 Ninh Thuận, 060 Bình Thuận, 062 Kon Tum, 064 Gia Lai, 066 Đắk Lắk, 067 Đắk Nông, 068 Lâm Đồng, 070 Bình Phước, 072 Tây Ninh, 074 Bình Dương, 075 Đồng Nai, 077 Bà Rịa - Vũng Tàu, 079 Hồ Chí Minh, 080 Long An, 082 Tiền Giang, 083 Bến Tre, 084 Trà Vinh, 086 Vĩnh Long, 087 Đồng Tháp, 089 An Giang, 091 Kiên Giang, 092 Cần Thơ, 093 Hậu Giang, 094 Sóc Trăng, 095 Bạc Liêu, 096 Cà Mau",
    "A command to run; may repeat.":
      "Lệnh cần chạy; có thể lặp lại.",
    "A law-abiding and stable, B struggling, C at risk, D detained":
      "A: chấp hành tốt pháp luật, cuộc sống ổn định; B: chấp hành pháp luật nhưng còn khó khăn; C: không chấp hành, có nguy cơ vi phạm pháp luật; D: đang bị tạm giữ, tạm giam, ở cơ sở giáo dục bắt buộc, trường giáo dưỡng, cơ sở cai nghiện bắt buộc",
    "A, B":
      "A, B",
    "CASELOAD_LANG must be one of {}, not '{}'":
      "CASELOAD_LANG phải là một trong {}, không phải '{}'",
    "CCCD digit 4: gender and century of birth":
      "chữ số thứ 4 của CCCD: giới tính và thế kỷ sinh",
    "CCCD digits 1–3: province of birth registration":
      "chữ số 1–3 của CCCD: tỉnh, thành phố nơi đăng ký khai sinh",
    "Case management for persons released from prison and received by a ward.":
      "Quản lý hồ sơ người chấp hành xong án phạt tù về cư trú tại phường.",
    "Commands (any unique prefix works: 'sup li' = 'supervisor list'):":
      "Các lệnh (gõ tắt được nếu không trùng: 'sup li' = 'supervisor list'):",
    "Criminal Code":
      "BLHS",
    "Criminal Code Art. 66":
      "BLHS Điều 66",
    "Criminal Code Art. 66; TT 10/2024/TT-BCA Art. 7":
      "BLHS Điều 66; Thông tư 10/2024/TT-BCA Điều 7",
    "Criminal Code Art. 70":
      "BLHS Điều 70",
    "Criminal Code Art. 70(2), last paragraph":
      "BLHS Điều 70 khoản 2, đoạn cuối",
    "Criminal Code Art. 71":
      "BLHS Điều 71",
    "Criminal Code Art. 73(1)":
      "BLHS Điều 73 khoản 1",
    "Criminal Code Arts. 38, 39, 40, 55":
      "BLHS Điều 38, 39, 40, 55",
    "Criminal Code Arts. 70(1), 71(1)":
      "BLHS Điều 70 khoản 1, Điều 71 khoản 1",
    "Criminal Code Arts. 70(2), 71(2)":
      "BLHS Điều 70 khoản 2, Điều 71 khoản 2",
    "Criminal Code article, e.g. 173":
      "điều của Bộ luật Hình sự, ví dụ 173",
    "DATE: YYYY-MM-DD, DD/MM/YYYY, today or yesterday. 'help COMMAND' explains one command.":
      "DATE (ngày): YYYY-MM-DD, DD/MM/YYYY, today hoặc yesterday. 'help COMMAND' giải thích một lệnh.",
    "DATE: YYYY-MM-DD, DD/MM/YYYY, today or yesterday. MONEY: whole đồng, 40000000 or 40.000.000.":
      "DATE (ngày): YYYY-MM-DD, DD/MM/YYYY, today hoặc yesterday. MONEY (số tiền): số đồng chẵn, 40000000 hoặc 40.000.000.",
    "Default output format of queries: table, csv or json.":
      "Định dạng kết quả mặc định của truy vấn: table, csv hoặc json.",
    "Language of messages and tables: vi or en (env CASELOAD_LANG; else the locale).":
      "Ngôn ngữ của thông báo và bảng: vi hoặc en (biến môi trường CASELOAD_LANG; nếu không có thì theo locale).",
    "NĐ 137/2015/NĐ-CP Art. 13; Law on Identity 2023 Art. 12":
      "Nghị định 137/2015/NĐ-CP Điều 13; Luật Căn cước 2023 Điều 12",
    "PERSON and SUPERVISOR: an id (P3, S2) or a quoted name or part of one (\"nguyen van an\").":
      "PERSON và SUPERVISOR: mã (P3, S2) hoặc họ tên, hay một phần họ tên, đặt trong ngoặc kép (\"nguyen van an\").",
    "PERSON, SUPERVISOR and TEAM: an id (P3, S2, T1) or a quoted name or part of one (\"nguyen van an\").":
      "PERSON, SUPERVISOR và TEAM: mã (P3, S2, T1) hoặc tên, hay một phần tên, đặt trong ngoặc kép (\"nguyen van an\").",
    "Print each command before running it.":
      "In từng lệnh trước khi chạy.",
    "QĐ 22/2023/QĐ-TTg Art. 3(1)(a)":
      "Quyết định 22/2023/QĐ-TTg Điều 3 khoản 1 điểm a",
    "Run all the input as one transaction: all of it, or nothing.":
      "Chạy toàn bộ đầu vào như một giao dịch: ghi tất cả hoặc không ghi gì.",
    "Run every command even after one fails.":
      "Chạy mọi lệnh kể cả khi có lệnh bị lỗi.",
    "Run the input, print what it would do, and write nothing.":
      "Chạy đầu vào, in ra những gì sẽ làm, không ghi gì.",
    "Script files to run, in order; '-' is standard input.":
      "Các tệp lệnh cần chạy, theo thứ tự; '-' là đầu vào chuẩn.",
    "Store directory (env CASELOAD_STORE; default $XDG_DATA_HOME/caseload).":
      "Thư mục kho dữ liệu (biến môi trường CASELOAD_STORE; mặc định $XDG_DATA_HOME/caseload).",
    "TT 07/2016/TT-BCA Appendix I":
      "Thông tư 07/2016/TT-BCA Phụ lục I",
    "TT 07/2016/TT-BCA Art. 7":
      "Thông tư 07/2016/TT-BCA Điều 7",
    "TT 10/2024/TT-BCA Art. 8(1); Civil Code Art. 147":
      "Thông tư 10/2024/TT-BCA Điều 8 khoản 1; BLDS Điều 147",
    "The date 'today' means: YYYY-MM-DD or DD/MM/YYYY (env CASELOAD_TODAY).":
      "Ngày được coi là 'today': YYYY-MM-DD hoặc DD/MM/YYYY (biến môi trường CASELOAD_TODAY).",
    "Who is acting, written into the journal (env CASELOAD_OFFICER; default login name).":
      "Cán bộ thao tác, được ghi vào nhật ký (biến môi trường CASELOAD_OFFICER; mặc định tên đăng nhập).",
    "a date":
      "ngày",
    "a lead beyond capacity is refused: {} already leads {} (capacity {}); add 'force' to assign anyway":
      "không phân công quản lý chính vượt quá số tối đa: {} đã quản lý chính {} (tối đa {}); thêm 'force' để vẫn phân công",
    "a new lead must start after the current lead {} began ({})":
      "người quản lý chính mới phải bắt đầu sau ngày người quản lý chính hiện tại {} bắt đầu ({})",
    "a new store directory to build":
      "thư mục kho dữ liệu mới sẽ tạo",
    "a person needs a name":
      "cần nhập họ tên",
    "a person's history in date order, then the law's coming dates":
      "diễn biến hồ sơ của một người theo thứ tự ngày, kèm các mốc thời hạn sắp tới theo luật",
    "a sentence length":
      "mức án",
    "a supervisor needs a name":
      "người được phân công cần có họ tên",
    "a supervisor who leads open cases cannot be retired; {} leads {}: assign them a new lead first":
      "không thể cho thôi người đang quản lý chính hồ sơ; {} đang quản lý chính {}: hãy phân công người quản lý chính mới trước",
    "a team needs a name, e.g. \"Tổ bảo vệ ANTT số 1\"":
      "tổ cần có tên, ví dụ \"Tổ bảo vệ ANTT số 1\"",
    "a transaction is already open; commit or rollback first":
      "đã có giao dịch đang mở; hãy commit hoặc rollback trước",
    "a transaction is open with 1 staged change; 'commit' keeps it, Ctrl-D again rolls it back and leaves":
      "giao dịch đang mở có 1 thay đổi chờ ghi; 'commit' để ghi, nhấn Ctrl-D lần nữa để hủy và thoát",
    "a transaction is open with {} staged changes; 'commit' keeps them, Ctrl-D again rolls them back and leaves":
      "giao dịch đang mở có {} thay đổi chờ ghi; 'commit' để ghi, nhấn Ctrl-D lần nữa để hủy và thoát",
    "a ward needs a name, e.g. name=\"Phường Hòa Bình\"":
      "phường cần có tên, ví dụ name=\"Phường Hòa Bình\"",
    "a {} id":
      "mã {}",
    "active (default), retired or all":
      "active (mặc định), retired hoặc all",
    "add a security team (Tổ bảo vệ ANTT ở cơ sở)":
      "thêm Tổ bảo vệ ANTT ở cơ sở",
    "add someone who can be assigned to persons":
      "thêm người có thể được phân công quản lý, giúp đỡ",
    "added {} {}":
      "đã thêm {} {}",
    "allowed: from released ({}) to today":
      "được dùng: từ ngày ra tù ({}) đến hôm nay",
    "also: {}":
      "cách gọi khác: {}",
    "amount must be more than 0 đồng; leave it out when there is none":
      "số tiền phải lớn hơn 0 đồng; bỏ trống nếu không có",
    "an expected person can be closed only as moved or deceased, not {}; {} is not yet received (person receive {} first)":
      "hồ sơ người đang chờ chỉ kết thúc quản lý được với lý do moved hoặc deceased, không phải {}; {} chưa được tiếp nhận (hãy person receive {} trước)",
    "an expected person needs notified=":
      "người đang chờ về cần notified=",
    "another session":
      "một phiên khác",
    "area covered":
      "địa bàn phụ trách",
    "argument {} is not UTF-8 text; commands and file names must be UTF-8":
      "tham số {} không phải văn bản UTF-8; lệnh và tên tệp phải là UTF-8",
    "article of the Criminal Code":
      "điều của Bộ luật Hình sự",
    "assign a lead even beyond the supervisor's capacity":
      "vẫn phân công quản lý chính dù vượt quá số người tối đa",
    "assign a supervisor to a person as lead (default) or helper":
      "phân công người quản lý chính (mặc định) hoặc người giúp đỡ cho một người",
    "assigned {} as {} of {}":
      "đã phân công {1} {2} {3}",
    "assigned {} as {} of {}; {} led until {}":
      "đã phân công {1} {2} {3}; {4} quản lý chính đến hết ngày {5}",
    "at {}":
      "tại {}",
    "audit verify: {}":
      "audit verify: {}",
    "back to the live store":
      "đã trở lại dữ liệu hiện hành",
    "bad metadata":
      "siêu dữ liệu sai",
    "bad tx":
      "tx sai",
    "born ({}) must be before released ({})":
      "ngày sinh ({}) phải trước ngày ra tù ({})",
    "by the prison":
      "của trại giam",
    "cannot close {} as expunged before {} ({})":
      "chưa thể kết thúc quản lý {} do xóa án tích trước ngày {} ({})",
    "cannot close {} as expunged before {} ({}); add force to close anyway":
      "chưa thể kết thúc quản lý {} do xóa án tích trước ngày {} ({}); thêm force để vẫn kết thúc quản lý",
    "cannot close {} as expunged while obligations are pending ({}: fines, compensation and court fees done first)":
      "chưa thể kết thúc quản lý {} do xóa án tích khi chưa chấp hành xong các quyết định khác của bản án ({}: phải chấp hành xong phạt tiền, bồi thường, án phí trước)",
    "cannot close {} as expunged while obligations are pending ({}: fines, compensation and court fees done first); add force to close anyway":
      "chưa thể kết thúc quản lý {} do xóa án tích khi chưa chấp hành xong các quyết định khác của bản án ({}: phải chấp hành xong phạt tiền, bồi thường, án phí trước); thêm force để vẫn kết thúc quản lý",
    "cannot close {} as expunged: its expungement date is unknown, as no sentence is recorded":
      "chưa thể kết thúc quản lý {} do xóa án tích: chưa xác định được ngày xóa án tích vì chưa ghi mức án",
    "cannot close {} as expunged: its expungement date is unknown, as no sentence is recorded; set sentence= first, or add force":
      "chưa thể kết thúc quản lý {} do xóa án tích: chưa xác định được ngày xóa án tích vì chưa ghi mức án; hãy nhập sentence= trước, hoặc thêm force",
    "cannot close {} before {}":
      "chưa thể kết thúc quản lý {} trước ngày {}",
    "cannot read '{}': {}":
      "không đọc được '{}': {}",
    "cannot read {}: {}":
      "không đọc được {}: {}",
    "cannot undo {}: this transaction has changed {} since":
      "không hoàn tác được {}: giao dịch này đã thay đổi {} sau đó",
    "cannot undo {}: {} has changed since, in entry {} ({}); undoing would overwrite that":
      "không hoàn tác được {}: {} đã thay đổi sau đó, ở mục {} ({}); hoàn tác sẽ ghi đè thay đổi đó",
    "cannot write {}: {}":
      "không ghi được {}: {}",
    "capacity must be 0 or more, not {}":
      "capacity phải từ 0 trở lên, không phải {}",
    "caseload: {}":
      "caseload: {}",
    "caseload: {} persons, store {}. Type 'help' for commands.":
      "caseload: {} người, kho dữ liệu {}. Gõ 'help' để xem các lệnh.",
    "certificate {}":
      "giấy chứng nhận số {}",
    "change a person's details":
      "sửa thông tin của một người",
    "change a supervisor's details":
      "sửa thông tin người được phân công",
    "change a team's name or area":
      "sửa tên hoặc địa bàn của tổ",
    "change visit intervals (days); D is never due":
      "đổi chu kỳ thăm gặp (ngày); nhóm D không có hạn thăm gặp",
    "check the hash chain, replay the journal and compare with every file":
      "kiểm tra chuỗi mã băm, chạy lại nhật ký và đối chiếu với từng tệp",
    "classification A, B, C or D":
      "xếp loại A, B, C hoặc D",
    "classification made at the visit":
      "xếp loại khi thăm gặp",
    "classification; none for unclassified":
      "xếp loại; none là chưa xếp loại",
    "classified {} as {}":
      "đã xếp loại {} vào nhóm {}",
    "classify how a person is doing":
      "xếp loại tình hình của một người",
    "close a case":
      "kết thúc quản lý",
    "close as expunged although the date or the obligations say not yet":
      "vẫn kết thúc quản lý do xóa án tích dù chưa đến ngày hoặc chưa xong nghĩa vụ",
    "closed {} ({})":
      "đã kết thúc quản lý {} ({})",
    "closing {} as expunged needs document= (the criminal-record certificate's or the court decision's number)":
      "kết thúc quản lý {} do xóa án tích cần document= (số Phiếu lý lịch tư pháp hoặc số quyết định của Tòa án)",
    "committed nothing: the transaction held no change":
      "không ghi gì: giao dịch không có thay đổi nào",
    "committed {}, {}":
      "đã ghi {1}, {2}",
    "conditional release":
      "tha tù trước thời hạn có điều kiện",
    "corrupt":
      "bị hỏng",
    "date (default today)":
      "ngày (mặc định hôm nay)",
    "date it was given (default today)":
      "ngày hỗ trợ (mặc định hôm nay)",
    "date of birth":
      "ngày sinh",
    "date of closing (default today)":
      "ngày kết thúc quản lý (mặc định hôm nay)",
    "date of reopening (default today)":
      "ngày mở lại hồ sơ (mặc định hôm nay)",
    "date of the classification (default today)":
      "ngày xếp loại (mặc định hôm nay)",
    "date of the contact (default today)":
      "ngày thăm gặp, tiếp xúc (mặc định hôm nay)",
    "date the prison's notification arrived":
      "ngày nhận được thông báo của trại giam",
    "date the ward received the person (default today)":
      "ngày phường tiếp nhận (mặc định hôm nay)",
    "days between visits for group A":
      "số ngày giữa hai lần thăm gặp với nhóm A",
    "days between visits for group B":
      "số ngày giữa hai lần thăm gặp với nhóm B",
    "days between visits for group C":
      "số ngày giữa hai lần thăm gặp với nhóm C",
    "days between visits for unclassified persons":
      "số ngày giữa hai lần thăm gặp với người chưa xếp loại",
    "days from today (default 30)":
      "số ngày tính từ hôm nay (mặc định 30)",
    "days from today (default 7)":
      "số ngày tính từ hôm nay (mặc định 7)",
    "document {}":
      "văn bản số {}",
    "document {}; to {}":
      "văn bản số {}; chuyển đến {}",
    "document {}; {}":
      "văn bản số {}; {}",
    "document {}; {}; to {}":
      "văn bản số {}; {}; chuyển đến {}",
    "drop the transaction's changes":
      "bỏ các thay đổi của giao dịch",
    "each active supervisor's load against capacity, as a bar chart":
      "số hồ sơ đang quản lý chính của từng người được phân công đang hoạt động so với số tối đa, dạng biểu đồ cột",
    "each active supervisor: capacity, open cases led, overdue among them":
      "từng người được phân công đang hoạt động: số tối đa, số hồ sơ đang quản lý chính, số quá hạn thăm gặp",
    "edited {}: {}":
      "đã sửa {}: {}",
    "end a supervisor's assignment to a person":
      "kết thúc phân công của một người quản lý, giúp đỡ",
    "entries recorded on or before this day":
      "các mục ghi đến hết ngày này",
    "entries up to this sequence number":
      "các mục đến số thứ tự này",
    "entries {}":
      "các mục {}",
    "entries {} were not planned for undo":
      "các mục {} không nằm trong kế hoạch hoàn tác",
    "entries {}-{}":
      "các mục {}-{}",
    "entries {}–{}":
      "các mục {}–{}",
    "entry {}":
      "mục {}",
    "entry {} does not match its hash":
      "mục {} không khớp với mã băm của nó",
    "entry {} does not match the head hash recorded in store.plist":
      "mục {} không khớp với mã băm cuối ghi trong store.plist",
    "entry {} has sequence number {}":
      "mục {} mang số thứ tự {}",
    "entry {} is not UTF-8":
      "mục {} không phải UTF-8",
    "entry {}, recorded {}":
      "mục {}, ghi lúc {}",
    "entry {}: {}":
      "mục {}: {}",
    "error: --atomic: nothing was applied ({} rolled back)":
      "lỗi: --atomic: không ghi gì (đã hủy {})",
    "error: the store cannot be used: {}":
      "lỗi: không dùng được kho dữ liệu: {}",
    "error: {}":
      "lỗi: {}",
    "error: {}; the store is read-only until this is fixed":
      "lỗi: {}; kho dữ liệu chỉ đọc cho đến khi khắc phục xong",
    "not a caseload transfer file (no signature and transferDigest)":
      "không phải tệp chuyển hồ sơ của caseload (không có chữ ký và transferDigest)",
    "every file was rebuilt from the journal, and its digest kept in digests.bin":
      "mọi tệp đã được dựng lại từ nhật ký, và mã băm của từng tệp được lưu trong digests.bin",
    "every rule the program applies, with its value and legal source":
      "mọi quy định chương trình áp dụng, kèm giá trị và căn cứ pháp lý",
    "exists and is not a directory":
      "đã tồn tại và không phải thư mục",
    "expected a command; commands: {}":
      "cần một lệnh; các lệnh: {}",
    "expected persons: release, notification and the day residence must be verified by":
      "người sắp về: ngày ra tù, ngày báo tin và hạn xác minh cư trú",
    "expecting {} {}":
      "đang chờ tiếp nhận {} {}",
    "expungement by court decision, after completion":
      "xóa án tích theo quyết định của Tòa án, tính từ khi chấp hành xong",
    "expungement by law, after completion":
      "đương nhiên được xóa án tích, tính từ khi chấp hành xong",
    "expungement not before supplementary-until":
      "không xóa án tích trước supplementary-until",
    "expungement period follows":
      "thời hạn xóa án tích căn cứ vào",
    "first day of the assignment (default today)":
      "ngày bắt đầu phân công (mặc định hôm nay)",
    "flags:":
      "tùy chọn:",
    "for reason=expunged: number of the criminal-record certificate or the court decision":
      "với reason=expunged: số Phiếu lý lịch tư pháp hoặc số quyết định của Tòa án",
    "format version {}; this caseload reads version {}":
      "phiên bản định dạng {}; bản caseload này đọc phiên bản {}",
    "free text":
      "nội dung tự do",
    "full name":
      "họ và tên",
    "full name (họ, đệm, tên)":
      "họ và tên (họ, đệm, tên)",
    "give until= or seq=, not both":
      "chỉ dùng until= hoặc seq=, không dùng cả hai",
    "group {}":
      "nhóm {}",
    "group {}; {}":
      "nhóm {}; {}",
    "holds {}, not {}":
      "chứa {}, không phải {}",
    "home (default), phone, office, workplace or other":
      "home (tại nhà, mặc định), phone (điện thoại), office (tại trụ sở), workplace (nơi làm việc) hoặc other (khác)",
    "how many months, ending with this one (default 12)":
      "số tháng, tính đến hết tháng này (mặc định 12)",
    "how the sentence ended":
      "hình thức chấp hành xong án",
    "id (default), or name in Vietnamese order (by given name)":
      "id (mặc định), hoặc name theo thứ tự tiếng Việt (theo tên)",
    "id-card must be 12 digits ({}), not '{}'":
      "id-card phải có 12 chữ số ({}), không phải '{}'",
    "id-card {} is already used by {}":
      "id-card {} đã được dùng cho {}",
    "id-card's 4th digit {} does not agree with the birth year {}; allowed: {} ({})":
      "chữ số thứ 4 của id-card là {}, không khớp với năm sinh {}; được dùng: {} ({})",
    "id-card's 4th digit {} means {}, but gender is {}":
      "chữ số thứ 4 của id-card là {}, tức giới tính {}, nhưng giới tính đã nhập là {}",
    "id-card's digits 1–3 '{}' are not a province code ({}); allowed: the {} codes {}, listed by law":
      "chữ số 1–3 của id-card '{}' không phải mã tỉnh ({}); được dùng: {} mã {} theo quy định",
    "id-card's digits 5–6 '{}' must be the birth year's last two digits '{}' (born {}; {})":
      "chữ số 5–6 của id-card '{}' phải là hai số cuối của năm sinh '{}' (sinh năm {}; {})",
    "injected failure after the journal append (CASELOAD_TEST_FAULT)":
      "lỗi giả lập sau khi ghi nhật ký (CASELOAD_TEST_FAULT)",
    "internal error: {}":
      "lỗi nội bộ: {}",
    "it is a directory":
      "đây là thư mục",
    "its last entry is not entry {} as store.plist records":
      "mục cuối của nhật ký không phải mục {} như store.plist ghi",
    "its province or city":
      "tỉnh, thành phố",
    "journal entries are numbered from 1":
      "các mục nhật ký được đánh số từ 1",
    "journal entries: seq, when, officer, command, hash":
      "các mục nhật ký: số, thời gian, cán bộ, lệnh, mã băm",
    "journal entry {} cannot be played back: {}":
      "không chạy lại được mục nhật ký {}: {}",
    "journal entry {} follows entry {}":
      "mục nhật ký {} đứng sau mục {}",
    "key '{}' is given twice":
      "khóa '{}' được nhập hai lần",
    "keys:":
      "khóa:",
    "language: {}":
      "ngôn ngữ: {}",
    "last day of a supplementary penalty (quản chế, cấm cư trú…) still to serve":
      "ngày cuối của hình phạt bổ sung còn phải chấp hành (quản chế, cấm cư trú…)",
    "last day of probation (release=conditional only, and required there)":
      "ngày cuối của thời gian thử thách (chỉ dùng và bắt buộc với release=conditional)",
    "last day of the assignment (default today)":
      "ngày kết thúc phân công (mặc định hôm nay)",
    "lead (default) or helper":
      "lead (quản lý chính, mặc định) hoặc helper (giúp đỡ)",
    "leave caseload":
      "thoát caseload",
    "leave the view and return to the live store":
      "rời chế độ xem và trở lại dữ liệu hiện hành",
    "line {} is not UTF-8 text (byte 0x{}); save the script as UTF-8":
      "dòng {} không phải văn bản UTF-8 (byte 0x{}); hãy lưu tệp lệnh dạng UTF-8",
    "list the commands, or explain one":
      "liệt kê các lệnh hoặc giải thích một lệnh",
    "main prison sentence as imposed: 3m to 30y (3y6m), life or death-commuted":
      "mức hình phạt tù chính đã tuyên: 3m đến 30y (3y6m), life (chung thân) hoặc death-commuted (tử hình được ân giảm)",
    "make the transaction's changes durable":
      "ghi hẳn các thay đổi của giao dịch",
    "male or female":
      "male (nam) hoặc female (nữ)",
    "missing key '{}'":
      "thiếu khóa '{}'",
    "missing seq, at or officer":
      "thiếu seq, at hoặc officer",
    "missing value":
      "thiếu giá trị",
    "months= must be from 1 to {}, not {}":
      "months= phải từ 1 đến {}, không phải {}",
    "most open cases they may lead (default 3)":
      "số hồ sơ tối đa được quản lý chính (mặc định 3)",
    "name the ward (used by reports and transfers)":
      "đặt tên phường (dùng trong báo cáo và khi chuyển hồ sơ)",
    "no entry":
      "không có mục nào",
    "no hash":
      "không có mã băm",
    "no metadata":
      "không có siêu dữ liệu",
    "no person {}":
      "không có người {}",
    "no replay is being viewed":
      "không có dữ liệu chạy lại nào đang được xem",
    "no such file":
      "không có tệp này",
    "no supervisor {}":
      "không có người được phân công {}",
    "no team {}":
      "không có tổ {}",
    "no transaction is open":
      "không có giao dịch nào đang mở",
    "no {} matches '{}'":
      "không tìm thấy ai khớp với '{2}'",
    "no {} {}":
      "không tìm thấy {2}",
    "none (born {})":
      "không có (sinh năm {})",
    "not a complete command: {}":
      "không phải lệnh đầy đủ: {}",
    "not a property list ({})":
      "không phải property list ({})",
    "not in canonical form":
      "không ở dạng chuẩn",
    "not in canonical form: {} (canonical: {})":
      "không ở dạng chuẩn: {} (dạng chuẩn: {})",
    "not readable (check its permissions)":
      "không đọc được (hãy kiểm tra quyền truy cập)",
    "not {}: {}":
      "không phải {}: {}",
    "note: nothing had been recorded by the end of {}; as-of goes by the day entries were recorded, and {}":
      "lưu ý: đến hết ngày {} chưa có gì được ghi; as-of tính theo ngày ghi vào nhật ký, và {}",
    "number of the assignment decision, e.g. 12/QĐ-UBND":
      "số quyết định phân công, ví dụ 12/QĐ-UBND",
    "number of the release certificate":
      "số giấy chứng nhận chấp hành xong án phạt tù",
    "obligations done (fines, compensation, court fees)":
      "obligations đã xong (phạt tiền, bồi thường, án phí)",
    "offence-article {} is not an article of the {}; allowed: {} to {}":
      "offence-article {} không phải một điều của {}; được dùng: từ {} đến {}",
    "offences cleared by court only":
      "tội chỉ được xóa án tích theo quyết định của Tòa án",
    "officer {} has recorded nothing to undo":
      "cán bộ {} chưa ghi gì để hoàn tác",
    "ok: {}":
      "ok: {}",
    "on notification":
      "khi nhận thông báo",
    "on or after this date":
      "từ ngày này trở đi",
    "on or before this date":
      "đến hết ngày này",
    "on probation until probation-until, which is after released":
      "chấp hành thời gian thử thách đến probation-until, ngày này phải sau released",
    "on probation until {}":
      "đang trong thời gian thử thách đến {}",
    "on reception":
      "khi tiếp nhận",
    "one journal entry and its effect: each field it changed, before → after":
      "một mục nhật ký và tác động: từng trường đã đổi, trước → sau",
    "one person with assignments, visits and history":
      "một người, kèm phân công, thăm gặp và lịch sử",
    "one supervisor":
      "một người được phân công",
    "one team with its members":
      "một tổ, kèm các thành viên",
    "only active supervisors can arrange a support; {} is retired":
      "chỉ người đang hoạt động mới được sắp xếp hỗ trợ; {} đã thôi",
    "only active supervisors can be assigned or credited with a visit; {} is retired":
      "chỉ người đang hoạt động mới được phân công hoặc ghi là người thăm gặp; {} đã thôi",
    "only an expected person can be received; {} is {}":
      "chỉ tiếp nhận được người đang chờ về; {} đang ở trạng thái {}",
    "only cases led by this supervisor":
      "chỉ hồ sơ do người này quản lý chính",
    "only entries recorded by this officer":
      "chỉ các mục do cán bộ này ghi",
    "only entries that changed this person":
      "chỉ các mục có thay đổi người này",
    "only open cases can be {}; {} is closed (reopen it first)":
      "chỉ thao tác được với hồ sơ đang quản lý; hồ sơ {2} đã kết thúc quản lý (hãy mở lại trước)",
    "only open or expected cases can be closed; {} is already closed":
      "chỉ kết thúc quản lý được hồ sơ đang quản lý hoặc đang chờ; hồ sơ {} đã kết thúc quản lý rồi",
    "only open or expected cases can be edited; {} is closed (reopen it first)":
      "chỉ sửa được hồ sơ đang quản lý hoặc đang chờ; hồ sơ {} đã kết thúc quản lý (hãy mở lại trước)",
    "only received persons can be {}; {} is expected, not yet received (person receive {} first)":
      "chỉ thao tác được với người đã tiếp nhận; {2} đang chờ, chưa được tiếp nhận (hãy person receive {3} trước)",
    "only the last N entries":
      "chỉ N mục cuối",
    "only this kind":
      "chỉ loại này",
    "only visits by this supervisor":
      "chỉ các lần thăm gặp của người này",
    "open (default), closed or all":
      "open (đang quản lý, mặc định), closed (đã kết thúc quản lý) hoặc all (tất cả)",
    "open cases (group A or B) still within the preferential-loan window":
      "hồ sơ đang quản lý (nhóm A hoặc B) còn trong thời hạn được vay vốn ưu đãi",
    "open cases whose criminal record clears within the coming days (xóa án tích)":
      "hồ sơ đang quản lý sẽ đủ điều kiện xóa án tích trong những ngày tới",
    "open cases whose next visit falls within the coming days":
      "hồ sơ đang quản lý đến hạn thăm gặp trong những ngày tới",
    "open cases whose next visit is before today":
      "hồ sơ đang quản lý đã quá hạn thăm gặp",
    "open cases with no lead":
      "hồ sơ đang quản lý chưa có người quản lý chính",
    "organisation, e.g. Tổ bảo vệ ANTT số 3":
      "tổ chức, ví dụ Tổ bảo vệ ANTT số 3",
    "output format of this command":
      "định dạng kết quả của lệnh này",
    "output format: {}":
      "định dạng kết quả: {}",
    "person expect takes no received=: the ward receives the person later, with person receive":
      "person expect không nhận received=: phường tiếp nhận sau, bằng person receive",
    "personal identification number (số định danh cá nhân)":
      "số định danh cá nhân",
    "persons, open cases by default":
      "danh sách người, mặc định là hồ sơ đang quản lý",
    "phone number":
      "số điện thoại",
    "place in the team (default member when team= is given)":
      "vị trí trong tổ (mặc định member khi có team=)",
    "play the journal back into a new store (to=) or as a read-only view":
      "chạy lại nhật ký vào kho dữ liệu mới (to=) hoặc để xem (chỉ đọc)",
    "played {} journal entries forward into the state files":
      "đã áp {} mục nhật ký vào các tệp dữ liệu",
    "policy set: A {}, B {}, C {}, unclassified {} days; D none":
      "đã đặt chu kỳ thăm gặp: A {} ngày, B {} ngày, C {} ngày, chưa xếp loại {} ngày; D không có",
    "preferential loan (QĐ 22/2023)":
      "vay vốn ưu đãi (QĐ 22/2023)",
    "preferential loan: groups the loans list shows":
      "vay vốn ưu đãi: các nhóm có trong danh sách loans",
    "preferential loan: window after completion":
      "vay vốn ưu đãi: thời hạn tính từ khi chấp hành xong",
    "print each entry and its effect as it plays":
      "in từng mục và tác động khi chạy lại",
    "prison sentence as imposed":
      "mức hình phạt tù đã tuyên",
    "probation-until ({}) applies only to release=conditional, not to release={}":
      "probation-until ({}) chỉ áp dụng với release=conditional, không áp dụng với release={}",
    "probation-until ({}) must be after released ({}) ({})":
      "probation-until ({}) phải sau ngày ra tù ({}) ({})",
    "probation-until for a conditional release, else released":
      "probation-until nếu được tha tù trước thời hạn có điều kiện, các trường hợp khác là released",
    "receive a person released from prison (a new case)":
      "tiếp nhận người chấp hành xong án phạt tù về cư trú (mở hồ sơ mới)",
    "receive an expected person: the case opens":
      "tiếp nhận người đang chờ về: hồ sơ được mở",
    "received ({}) must not be after the case's first visit or assignment ({})":
      "ngày tiếp nhận ({}) không được sau lần thăm gặp hoặc phân công đầu tiên của hồ sơ ({})",
    "received {}":
      "đã tiếp nhận {}",
    "record a person the prison has notified, before the ward receives them":
      "ghi nhận người được trại giam thông báo sắp về, trước khi phường tiếp nhận",
    "record a support measure: a job, training, a loan, papers…":
      "ghi nhận một biện pháp hỗ trợ: việc làm, học nghề, vay vốn, giấy tờ…",
    "record a visit or other contact":
      "ghi nhận một lần thăm gặp, tiếp xúc",
    "recorded {}: {} for {} on {}":
      "đã ghi {1}: hỗ trợ {2} cho {3} ngày {4}",
    "recorded {}: {} for {} on {} from {}":
      "đã ghi {1}: hỗ trợ {2} cho {3} ngày {4} từ {5}",
    "recorded {}: {} for {} on {}, {}":
      "đã ghi {1}: hỗ trợ {2} cho {3} ngày {4}, {5}",
    "recorded {}: {} for {} on {}, {} from {}":
      "đã ghi {1}: hỗ trợ {2} cho {3} ngày {4}, {5} từ {6}",
    "recorded {}: {} visited by {} on {}":
      "đã ghi {1}: {3} thăm gặp {2} ngày {4}",
    "redid entries {}–{}":
      "đã làm lại các mục {}–{}",
    "redid entries {}–{} (a transaction of {})":
      "đã làm lại các mục {}–{} (một giao dịch gồm {} mục)",
    "redid entries {}–{} (a transaction of {}) (recorded by officer {})":
      "đã làm lại các mục {}–{} (một giao dịch gồm {} mục) (do cán bộ {} ghi)",
    "redid entries {}–{} again (a transaction of {})":
      "đã làm lại các mục {}–{} lần nữa (một giao dịch gồm {} mục)",
    "redid entries {}–{} again (a transaction of {}) (recorded by officer {})":
      "đã làm lại các mục {}–{} lần nữa (một giao dịch gồm {} mục) (do cán bộ {} ghi)",
    "redid entry {}":
      "đã làm lại mục {}",
    "redid entry {} again: {}":
      "đã làm lại mục {} lần nữa: {}",
    "redid entry {} again: {} (recorded by officer {})":
      "đã làm lại mục {} lần nữa: {} (do cán bộ {} ghi)",
    "redid entry {}: {}":
      "đã làm lại mục {}: {}",
    "redid entry {}: {} (recorded by officer {})":
      "đã làm lại mục {}: {} (do cán bộ {} ghi)",
    "release=conditional needs probation-until= (the last day of probation; {})":
      "release=conditional cần probation-until= (ngày cuối của thời gian thử thách; {})",
    "released ({}) must be on or before received ({})":
      "ngày ra tù ({}) phải trước hoặc cùng ngày tiếp nhận ({})",
    "removed an unfinished last journal entry ({} bytes) left by an interrupted write":
      "đã xóa mục nhật ký cuối ghi dở ({} byte) do lần ghi bị gián đoạn",
    "reopen a closed case":
      "mở lại hồ sơ đã kết thúc quản lý",
    "reopened {}":
      "đã mở lại hồ sơ {}",
    "reopened {} (expected)":
      "đã mở lại hồ sơ {} (đang chờ tiếp nhận)",
    "replaced by {}":
      "được thay bằng {}",
    "replayed {} into {}, through {}":
      "đã chạy lại {} vào {}, đến {}",
    "residence verification after notification":
      "xác minh cư trú sau khi nhận thông báo",
    "retire a supervisor who leads no open case":
      "cho thôi một người không còn quản lý chính hồ sơ nào",
    "retired {}":
      "đã cho thôi {}",
    "retired {}; ended its assignments to {}":
      "đã cho thôi {}; đã kết thúc phân công với {}",
    "reverse your last change or transaction (or entry SEQ) with a compensating entry":
      "hoàn tác thay đổi hoặc giao dịch gần nhất của bạn (hoặc mục SEQ) bằng một mục bù trừ",
    "rolled back {}":
      "đã hủy {}",
    "route {}":
      "hình thức: {}",
    "route {}; obligations pending":
      "hình thức: {}; chưa chấp hành xong các quyết định khác của bản án",
    "run a query on the state as recorded at the end of a day":
      "chạy truy vấn trên dữ liệu như đã ghi đến hết một ngày",
    "run the commands of a file":
      "chạy các lệnh trong một tệp",
    "security team joined (T1 or its name); empty leaves it":
      "Tổ bảo vệ ANTT tham gia (T1 hoặc tên tổ); để trống là rời tổ",
    "security teams: active members and the open cases they lead":
      "các Tổ bảo vệ ANTT: thành viên đang hoạt động và số hồ sơ đang quản lý chính",
    "sentence completed":
      "chấp hành xong án phạt tù",
    "seq {}":
      "số {}",
    "set this session's output format or language":
      "đặt định dạng kết quả hoặc ngôn ngữ của phiên này",
    "source is nested more than 16 deep":
      "source lồng nhau quá 16 cấp",
    "stage outside a write":
      "ghi tạm ngoài một lần ghi",
    "staged: {}":
      "trong giao dịch, chưa lưu: {}",
    "start a transaction: what follows becomes durable together, or not at all":
      "bắt đầu giao dịch: các lệnh tiếp theo được ghi cùng lúc, hoặc không ghi gì",
    "stopped at {}":
      "dừng tại {}",
    "stopped at {}; nothing was recorded":
      "dừng tại {}; chưa ghi gì",
    "stopped at {}; nothing was recorded; not run: {}":
      "dừng tại {}; chưa ghi gì; chưa chạy: {}",
    "stopped at {}; nothing was recorded; {} not run":
      "dừng tại {}; chưa ghi gì; {} chưa chạy",
    "stopped at {}; nothing was recorded; {} not run, nor {}":
      "dừng tại {}; chưa ghi gì; {} chưa chạy, và cả {}",
    "stopped at {}; the 1 change before it is recorded ({}); not run: {}; rerunning the whole input would repeat them (with --atomic, a script records all or nothing)":
      "dừng tại {}; 1 thay đổi trước đó đã được ghi ({}); chưa chạy: {}; chạy lại toàn bộ đầu vào sẽ lặp lại các thay đổi đó (với --atomic, tệp lệnh được ghi tất cả hoặc không ghi gì)",
    "stopped at {}; the 1 change before it is recorded ({}); rerunning the whole input would repeat them (with --atomic, a script records all or nothing)":
      "dừng tại {}; 1 thay đổi trước đó đã được ghi ({}); chạy lại toàn bộ đầu vào sẽ lặp lại các thay đổi đó (với --atomic, tệp lệnh được ghi tất cả hoặc không ghi gì)",
    "stopped at {}; the 1 change before it is recorded ({}); {} not run, nor {}; rerunning the whole input would repeat them (with --atomic, a script records all or nothing)":
      "dừng tại {}; 1 thay đổi trước đó đã được ghi ({}); {} chưa chạy, và cả {}; chạy lại toàn bộ đầu vào sẽ lặp lại các thay đổi đó (với --atomic, tệp lệnh được ghi tất cả hoặc không ghi gì)",
    "stopped at {}; the 1 change before it is recorded ({}); {} not run; rerunning the whole input would repeat them (with --atomic, a script records all or nothing)":
      "dừng tại {}; 1 thay đổi trước đó đã được ghi ({}); {} chưa chạy; chạy lại toàn bộ đầu vào sẽ lặp lại các thay đổi đó (với --atomic, tệp lệnh được ghi tất cả hoặc không ghi gì)",
    "stopped at {}; the {} changes before it are recorded ({}); not run: {}; rerunning the whole input would repeat them (with --atomic, a script records all or nothing)":
      "dừng tại {}; {} thay đổi trước đó đã được ghi ({}); chưa chạy: {}; chạy lại toàn bộ đầu vào sẽ lặp lại các thay đổi đó (với --atomic, tệp lệnh được ghi tất cả hoặc không ghi gì)",
    "stopped at {}; the {} changes before it are recorded ({}); rerunning the whole input would repeat them (with --atomic, a script records all or nothing)":
      "dừng tại {}; {} thay đổi trước đó đã được ghi ({}); chạy lại toàn bộ đầu vào sẽ lặp lại các thay đổi đó (với --atomic, tệp lệnh được ghi tất cả hoặc không ghi gì)",
    "stopped at {}; the {} changes before it are recorded ({}); {} not run, nor {}; rerunning the whole input would repeat them (with --atomic, a script records all or nothing)":
      "dừng tại {}; {} thay đổi trước đó đã được ghi ({}); {} chưa chạy, và cả {}; chạy lại toàn bộ đầu vào sẽ lặp lại các thay đổi đó (với --atomic, tệp lệnh được ghi tất cả hoặc không ghi gì)",
    "stopped at {}; the {} changes before it are recorded ({}); {} not run; rerunning the whole input would repeat them (with --atomic, a script records all or nothing)":
      "dừng tại {}; {} thay đổi trước đó đã được ghi ({}); {} chưa chạy; chạy lại toàn bộ đầu vào sẽ lặp lại các thay đổi đó (với --atomic, tệp lệnh được ghi tất cả hoặc không ghi gì)",
    "store.plist and the journal disagree about how far the files go; run 'audit verify' to see where":
      "store.plist và nhật ký không khớp về tiến độ của các tệp; chạy 'audit verify' để xem sai ở đâu",
    "store.plist: {} is {}, but the journal makes it {}":
      "store.plist: {} là {}, nhưng theo nhật ký phải là {}",
    "supervisor retired":
      "người được phân công đã thôi",
    "supervisors, active ones by default":
      "danh sách người được phân công, mặc định là người đang hoạt động",
    "supplementary penalty still served":
      "hình phạt bổ sung còn đang chấp hành",
    "support measures, of one person or all":
      "các biện pháp hỗ trợ cho một người hoặc tất cả",
    "số định danh cá nhân (CCCD), 12 digits":
      "số định danh cá nhân (CCCD), 12 chữ số",
    "table, csv or json":
      "table, csv hoặc json",
    "team-role={} needs a team: {} is in none (give team= too)":
      "team-role={} cần có tổ: {} chưa thuộc tổ nào (hãy nhập cả team=)",
    "the day the person left prison":
      "ngày ra tù",
    "the day the window must include (default today)":
      "ngày phải nằm trong thời hạn (mặc định hôm nay)",
    "the end date {} is before the assignment began ({})":
      "ngày kết thúc {} trước ngày bắt đầu phân công ({})",
    "the files fell behind the journal while this session held the write lock":
      "các tệp bị chậm so với nhật ký trong khi phiên này giữ khóa ghi",
    "the first entry was recorded on {}":
      "mục đầu tiên được ghi ngày {}",
    "the input ended inside a command (an unclosed quote or a trailing \\)":
      "đầu vào kết thúc giữa chừng một lệnh (thiếu dấu ngoặc kép đóng hoặc có \\ ở cuối)",
    "the input ended with a transaction open; rolled back {}":
      "đầu vào kết thúc khi giao dịch còn mở; đã hủy {}",
    "the interval for {} must be at least 1 day, not {}":
      "chu kỳ của {} phải ít nhất 1 ngày, không phải {}",
    "the journal ({} bytes) is shorter than store.plist records ({} bytes): entries may be lost; restore the journal from a backup":
      "nhật ký ({} byte) ngắn hơn mức store.plist ghi ({} byte): có thể đã mất mục; hãy khôi phục nhật ký từ bản sao lưu",
    "the journal changed while this session held the write lock":
      "nhật ký đã thay đổi trong khi phiên này giữ khóa ghi",
    "the journal ends in an unfinished entry after entry {}":
      "nhật ký kết thúc bằng một mục ghi dở sau mục {}",
    "the journal entries behind a person's current lead, helpers, group and status":
      "các mục nhật ký tạo nên người quản lý chính, người giúp đỡ, nhóm và trạng thái hiện tại của một người",
    "the journal entry would not read back ({}); nothing was written":
      "mục nhật ký sẽ không đọc lại được ({}); chưa ghi gì",
    "the journal entry would read back differently; nothing was written":
      "mục nhật ký sẽ đọc lại khác đi; chưa ghi gì",
    "the journal has {} but store.plist records {}: the journal was truncated":
      "nhật ký có {} nhưng store.plist ghi {}: nhật ký đã bị cắt cụt",
    "the journal has {}; there is no entry {}":
      "nhật ký có {}; không có mục {}",
    "the journal is empty":
      "nhật ký trống",
    "the journal no longer holds the {} entries this session has applied":
      "nhật ký không còn đủ {} mục mà phiên này đã áp dụng",
    "the journal shrank to {} bytes while open ({} expected)":
      "nhật ký bị rút xuống {} byte khi đang mở (đúng ra là {})",
    "the judgment's other decisions":
      "các quyết định khác của bản án",
    "the judgment's other decisions (fines, compensation, court fees): done or pending":
      "các quyết định khác của bản án (phạt tiền, bồi thường, án phí): done (đã xong) hoặc pending (chưa xong)",
    "the main sentence as imposed":
      "hình phạt chính đã tuyên",
    "the new person's id (filled in by caseload)":
      "mã của người mới (caseload tự điền)",
    "the new person's id must be {}, not {}":
      "mã người mới phải là {}, không phải {}",
    "the new supervisor's id (filled in by caseload)":
      "mã của người được phân công mới (caseload tự điền)",
    "the new supervisor's id must be {}, not {}":
      "mã người được phân công mới phải là {}, không phải {}",
    "the new support's id (filled in by caseload)":
      "mã của lần hỗ trợ mới (caseload tự điền)",
    "the new support's id must be {}, not {}":
      "mã lần hỗ trợ mới phải là {}, không phải {}",
    "the new team's id (filled in by caseload)":
      "mã của tổ mới (caseload tự điền)",
    "the new team's id must be {}, not {}":
      "mã tổ mới phải là {}, không phải {}",
    "the new visit's id (filled in by caseload)":
      "mã của lần thăm gặp mới (caseload tự điền)",
    "the new visit's id must be {}, not {}":
      "mã lần thăm gặp mới phải là {}, không phải {}",
    "the offence of the sentence":
      "tội danh theo bản án",
    "the open transaction was rolled back ({})":
      "giao dịch đang mở đã bị hủy ({})",
    "the reception date {} is after today ({}); {}":
      "ngày tiếp nhận {} sau ngày hôm nay ({}); {}",
    "the reception date {} is before {} was released; {}":
      "ngày tiếp nhận {} trước ngày {} ra tù; {}",
    "the reopening date {} is before the case was closed ({})":
      "ngày mở lại {} trước ngày kết thúc quản lý ({})",
    "the residential groups or streets it covers":
      "các tổ dân phố hoặc tuyến phố phụ trách",
    "the store is locked by {}; gave up after {} seconds":
      "kho dữ liệu đang bị khóa bởi {}; đã thôi chờ sau {} giây",
    "the supervisor who arranged it":
      "người được phân công đã sắp xếp việc hỗ trợ",
    "the team's name, e.g. Tổ bảo vệ ANTT số 1":
      "tên tổ, ví dụ Tổ bảo vệ ANTT số 1",
    "the terminal:{}":
      "cửa sổ lệnh:{}",
    "the visit interval of each group":
      "chu kỳ thăm gặp của từng nhóm",
    "the ward's name, e.g. \"Phường Hòa Bình\"":
      "tên phường, ví dụ \"Phường Hòa Bình\"",
    "the ward's own name and province":
      "tên phường và tỉnh, thành phố",
    "there is no journal entry {} to undo yet":
      "chưa có mục nhật ký {} để hoàn tác",
    "this session shows a read-only replay (after {}); 'audit replay off' returns to the live store":
      "phiên này đang xem dữ liệu chạy lại, chỉ đọc (sau {}); 'audit replay off' để trở lại dữ liệu hiện hành",
    "to {}":
      "chuyển đến {}",
    "transaction open: changes are held until commit or rollback":
      "đã mở giao dịch: các thay đổi được giữ lại đến khi commit hoặc rollback",
    "unassigned {} from {}":
      "đã thôi phân công {} với {}",
    "undid entries {}–{}":
      "đã hoàn tác các mục {}–{}",
    "undid entries {}–{} (a transaction of {})":
      "đã hoàn tác các mục {}–{} (một giao dịch gồm {} mục)",
    "undid entries {}–{} (a transaction of {}) (recorded by officer {})":
      "đã hoàn tác các mục {}–{} (một giao dịch gồm {} mục) (do cán bộ {} ghi)",
    "undid entries {}–{} again (a transaction of {})":
      "đã hoàn tác các mục {}–{} lần nữa (một giao dịch gồm {} mục)",
    "undid entries {}–{} again (a transaction of {}) (recorded by officer {})":
      "đã hoàn tác các mục {}–{} lần nữa (một giao dịch gồm {} mục) (do cán bộ {} ghi)",
    "undid entry {}":
      "đã hoàn tác mục {}",
    "undid entry {} again: {}":
      "đã hoàn tác mục {} lần nữa: {}",
    "undid entry {} again: {} (recorded by officer {})":
      "đã hoàn tác mục {} lần nữa: {} (do cán bộ {} ghi)",
    "undid entry {}: {}":
      "đã hoàn tác mục {}: {}",
    "undid entry {}: {} (recorded by officer {})":
      "đã hoàn tác mục {}: {} (do cán bộ {} ghi)",
    "undo would give {} two leaders, {} and {}; change one's team-role first":
      "hoàn tác sẽ khiến {} có hai tổ trưởng, {} và {}; hãy đổi team-role của một người trước",
    "undo would make {} a {} of {}, but {} has retired":
      "hoàn tác sẽ đưa {1} thành người {2} {3}, nhưng {4} đã thôi",
    "undo would make {} a {} of {}, but {} no longer exists":
      "hoàn tác sẽ đưa {1} thành người {2} {3}, nhưng {4} không còn tồn tại",
    "undo would make {} lead {}, beyond capacity {}; raise the capacity first":
      "hoàn tác sẽ khiến {} quản lý chính {}, vượt quá số tối đa {}; hãy tăng capacity trước",
    "undo would remove {}, but {} is a member of it since":
      "hoàn tác sẽ xóa {}, nhưng sau đó {} đã là thành viên của tổ",
    "undo would remove {}, but {}'s assignments or visits name it since":
      "hoàn tác sẽ xóa {}, nhưng sau đó phân công hoặc thăm gặp của {} đã dùng đến",
    "undo would retire {} again, but it leads open cases since ({}); assign them a new lead first":
      "hoàn tác sẽ cho thôi {} lần nữa, nhưng sau đó người này đã quản lý chính hồ sơ ({}); hãy phân công người quản lý chính mới trước",
    "unexpected word '{}'; usage: {}":
      "từ '{}' không hợp lệ; cú pháp: {}",
    "unknown command '{}'":
      "không có lệnh '{}'",
    "unknown command '{}'; allowed: {}":
      "không có lệnh '{}'; được dùng: {}",
    "unknown command '{}'; did you mean '{}'?":
      "không có lệnh '{}'; có phải ý bạn là '{}'?",
    "unknown escape '\\{}' in double quotes; allowed: \\\" \\\\ \\n":
      "ký tự thoát '\\{}' không hợp lệ trong ngoặc kép; được dùng: \\\" \\\\ \\n",
    "unknown key '{}' for '{}'":
      "khóa '{}' không dùng được cho '{}'",
    "unknown key '{}' for '{}'; allowed: {}":
      "khóa '{}' không dùng được cho '{}'; được dùng: {}",
    "unknown key '{}' for '{}'; did you mean '{}'?":
      "khóa '{}' không dùng được cho '{}'; có phải ý bạn là '{}'?",
    "unknown key '{}' for '{}'; it takes no keys":
      "khóa '{}' không dùng được cho '{}'; lệnh này không nhận khóa nào",
    "unknown word after '{}' '{}'":
      "từ không hợp lệ sau '{}': '{}'",
    "unknown word after '{}' '{}'; allowed: {}":
      "từ không hợp lệ sau '{}': '{}'; được dùng: {}",
    "unknown word after '{}' '{}'; did you mean '{}'?":
      "từ không hợp lệ sau '{}': '{}'; có phải ý bạn là '{}'?",
    "up to 5y: 2 years; over 5y up to 15y: 3 years; over 15y, life, death-commuted: 5 years":
      "đến 5y: 2 năm; trên 5y đến 15y: 3 năm; trên 15y, life, death-commuted: 5 năm",
    "up to 5y: 3 years; over 5y up to 15y: 5 years; over 15y, life, death-commuted: 7 years":
      "đến 5y: 3 năm; trên 5y đến 15y: 5 năm; trên 15y, life, death-commuted: 7 năm",
    "usage: {}":
      "cú pháp: {}",
    "vi or en: the language caseload speaks":
      "vi hoặc en: ngôn ngữ của caseload",
    "viewing the state after {}: read-only; 'audit replay off' returns to the live store":
      "đang xem dữ liệu sau {}: chỉ đọc; 'audit replay off' để trở lại dữ liệu hiện hành",
    "visits per month as a bar chart, of one person, by one supervisor or all":
      "số lần thăm gặp mỗi tháng, dạng biểu đồ cột: của một người, của một người được phân công hoặc tất cả",
    "visits, of one person or all":
      "các lần thăm gặp của một người hoặc tất cả",
    "ward policy for QĐ 22/2023/QĐ-TTg Art. 3(1)(a)":
      "chính sách của phường theo Quyết định 22/2023/QĐ-TTg Điều 3 khoản 1 điểm a",
    "ward set: {}":
      "đã đặt phường: {}",
    "warning: {}":
      "cảnh báo: {}",
    "what kind of support (NĐ 49/2020/NĐ-CP)":
      "hình thức hỗ trợ (NĐ 49/2020/NĐ-CP)",
    "what was found":
      "kết quả thăm gặp",
    "what was given":
      "nội dung hỗ trợ",
    "where the person lives":
      "nơi cư trú",
    "who gave it, e.g. Ngân hàng Chính sách xã hội":
      "đơn vị hỗ trợ, ví dụ Ngân hàng Chính sách xã hội",
    "who made the contact (default the lead)":
      "người thăm gặp (mặc định người quản lý chính)",
    "who the supervisor is (default other)":
      "người được phân công thuộc thành phần nào (mặc định other)",
    "whole đồng, e.g. 40.000.000":
      "số đồng chẵn, ví dụ 40.000.000",
    "whole đồng, e.g. 40000000, 40.000.000 or 40,000,000":
      "số đồng chẵn, ví dụ 40000000, 40.000.000 hoặc 40,000,000",
    "why":
      "lý do",
    "why the case closes":
      "lý do kết thúc quản lý",
    "wrong type":
      "sai kiểu dữ liệu",
    "{}":
      "{}",
    "{} (male) or {} (female) for births {}–{}":
      "{} (nam) hoặc {} (nữ) với người sinh năm {}–{}",
    "{} holds what the journal makes but is not byte for byte the file caseload wrote there (rewritten by another program, or copied in); caseload will not read it":
      "{} có nội dung đúng như nhật ký nhưng không đúng từng byte với tệp caseload đã ghi (bị chương trình khác ghi lại, hoặc được chép từ nơi khác vào); caseload sẽ không đọc tệp này",
    "{} is not the file caseload wrote there (edited, damaged or copied in); run 'audit verify' to see how it differs":
      "{} không phải là tệp caseload đã ghi (đã bị sửa, bị hỏng hoặc được chép từ nơi khác vào); hãy chạy 'audit verify' để xem khác ở đâu",
    "{} already has a leader, {}; make them deputy or member first":
      "{} đã có tổ trưởng là {}; hãy chuyển người đó thành deputy hoặc member trước",
    "{} already has that name; give the team another":
      "{} đã dùng tên này; hãy đặt tên khác cho tổ",
    "{} change":
      "{} thay đổi",
    "{} changes":
      "{} thay đổi",
    "{} differs from the journal: {}":
      "{} khác với nhật ký: {}",
    "{} entries":
      "{} mục",
    "{} entry":
      "{} mục",
    "{} has no lead; say who visited with by=":
      "{} chưa có người quản lý chính; hãy ghi rõ ai thăm gặp bằng by=",
    "{} has the same name and birth date ({}); {} all the same":
      "{1} trùng họ tên và ngày sinh ({2}); vẫn ghi nhận",
    "{} is already retired (since {})":
      "{} đã thôi từ ngày {}",
    "{} is already {} of {} since {}":
      "{1} đã {2} {3} từ ngày {4}",
    "{} is already {} of {} since {}; nothing to change":
      "{1} đã {2} {3} từ ngày {4}; không có gì thay đổi",
    "{} is already {} of {} since {}; to make them {}, unassign first, then assign with role={}":
      "{1} đã {2} {3} từ ngày {4}; để chuyển sang {5}, hãy unassign trước rồi assign với role={6}",
    "{} is already {}, not closed":
      "hồ sơ {} đang ở trạng thái {}, chưa kết thúc quản lý",
    "{} is expected: received is set when the ward receives the person (person receive {})":
      "{} đang chờ về: received được ghi khi phường tiếp nhận (person receive {})",
    "{} is not assigned to {}":
      "{} chưa được phân công quản lý, giúp đỡ {}",
    "{} is the same visit (person, supervisor, date, kind and note); recorded all the same":
      "{} trùng một lần thăm gặp đã ghi (người, người thăm, ngày, hình thức và ghi chú); vẫn ghi nhận",
    "{} line":
      "{} dòng",
    "{} lines":
      "{} dòng",
    "{} needs a value":
      "{} cần giá trị",
    "{} needs an explicit date when replayed":
      "{} cần ghi rõ ngày khi chạy lại",
    "{} needs received=":
      "{} cần received=",
    "{} needs {}=":
      "{} cần {}=",
    "{} open case":
      "{} hồ sơ đang quản lý",
    "{} open cases":
      "{} hồ sơ đang quản lý",
    "{} staged change":
      "{} thay đổi chờ ghi",
    "{} staged changes":
      "{} thay đổi chờ ghi",
    "{} to {}, life or death-commuted":
      "{} đến {}, life hoặc death-commuted",
    "{} working day":
      "{} ngày làm việc",
    "{} working days":
      "{} ngày làm việc",
    "{} year":
      "{} năm",
    "{} years":
      "{} năm",
    "{} {}":
      "{} {}",
    "{} {} by {}":
      "{} {}, người thăm gặp: {}",
    "{} {} by {}; group {}":
      "{} {}, người thăm gặp: {}; nhóm {}",
    "{} {} by {}; group {}; {}":
      "{} {}, người thăm gặp: {}; nhóm {}; {}",
    "{} {} by {}; {}":
      "{} {}, người thăm gặp: {}; {}",
    "{} {} is after today ({})":
      "ngày {2} ({1}) sau ngày hôm nay ({3})",
    "{} {} is before 1900":
      "ngày {2} ({1}) trước năm 1900",
    "{} {} is before the ward was notified of {} ({})":
      "ngày {2} ({1}) trước ngày phường được báo tin về {3} ({4})",
    "{} {} is before {} was received ({})":
      "ngày {2} ({1}) trước ngày tiếp nhận {3} ({4})",
    "{} {}; by {}":
      "{} {}; người sắp xếp: {}",
    "{} {}; by {}; {}":
      "{} {}; người sắp xếp: {}; {}",
    "{} {}; from {}":
      "{} {}; từ {}",
    "{} {}; from {}; by {}":
      "{} {}; từ {}; người sắp xếp: {}",
    "{} {}; from {}; by {}; {}":
      "{} {}; từ {}; người sắp xếp: {}; {}",
    "{} {}; from {}; {}":
      "{} {}; từ {}; {}",
    "{} {}; {}":
      "{} {}; {}",
    "{} {}; {}; by {}":
      "{} {}; {}; người sắp xếp: {}",
    "{} {}; {}; by {}; {}":
      "{} {}; {}; người sắp xếp: {}; {}",
    "{} {}; {}; from {}":
      "{} {}; {}; từ {}",
    "{} {}; {}; from {}; by {}":
      "{} {}; {}; từ {}; người sắp xếp: {}",
    "{} {}; {}; from {}; by {}; {}":
      "{} {}; {}; từ {}; người sắp xếp: {}; {}",
    "{} {}; {}; from {}; {}":
      "{} {}; {}; từ {}; {}",
    "{} {}; {}; {}":
      "{} {}; {}; {}",
    "{} đ":
      "{} đ",
    "{}!":
      "{}!",
    "{}, {}":
      "{}, {}",
    "{}: + {}":
      "{}: + {}",
    "{}: - {}":
      "{}: - {}",
    "{}: added {}":
      "{}: thêm {}",
    "{}: removed":
      "{}: đã xóa",
    "{}: the supplementary penalty ends {}":
      "{}: hình phạt bổ sung kết thúc ngày {}",
    "{}: {} after {}":
      "{}: {} sau ngày {}",
    "{}: {} → {}":
      "{}: {} → {}",
    "{}:{}":
      "{}:{}",
    "{}; certificate {}":
      "{}; giấy chứng nhận số {}",
    "{}; closed all the same, as force asked":
      "{}; vẫn kết thúc quản lý theo force",
    "{}; document {}":
      "{}; văn bản số {}",
    "{}; document {}; to {}":
      "{}; văn bản số {}; chuyển đến {}",
    "{}; document {}; {}":
      "{}; văn bản số {}; {}",
    "{}; document {}; {}; to {}":
      "{}; văn bản số {}; {}; chuyển đến {}",
    "{}; to {}":
      "{}; chuyển đến {}",
    "{}; {}":
      "{}; {}",
    "{}; {}; to {}":
      "{}; {}; chuyển đến {}",
    "{}{} has the same name; added all the same":
      "{}{} trùng họ tên; vẫn thêm",
    "'{}' exists; a transfer file never overwrites one: choose another file=":
      "'{}' đã có; tệp chuyển hồ sơ không bao giờ ghi đè: hãy chọn file= khác",
    "'{}' is not a month; use YYYY-MM, e.g. month=2026-11":
      "'{}' không phải là tháng; dùng YYYY-MM, ví dụ month=2026-11",
    "'{}' is not a quarter; use YYYY-Qn, e.g. quarter=2026-Q4":
      "'{}' không phải là quý; dùng YYYY-Qn, ví dụ quarter=2026-Q4",
    "'{}' is not a year; use YYYY, e.g. year=2026": "'{}' không phải là năm; dùng YYYY, ví dụ year=2026",
    "a month, YYYY-MM (default: this month)": "một tháng, YYYY-MM (mặc định: tháng này)",
    "a quarter, YYYY-Qn": "một quý, YYYY-Qn",
    "a transfer file names the sending ward: name this ward first (ward set name=… province=…)":
      "tệp chuyển hồ sơ phải ghi phường chuyển đi: hãy đặt tên phường trước (ward set name=… province=…)",
    "a year, YYYY": "một năm, YYYY",
    "cannot import: {}; nothing was changed": "không thể nhận hồ sơ: {}; không có gì thay đổi",
    "close a case as moved to another ward and write its transfer file":
      "kết thúc quản lý do chuyển nơi cư trú sang phường khác và lập tệp chuyển hồ sơ",
    "date of the transfer (default today)": "ngày chuyển hồ sơ (mặc định hôm nay)",
    "date this ward received the person (default today)":
      "ngày phường này tiếp nhận người đó (mặc định hôm nay)",
    "first day of a period of your own (with to=)": "ngày đầu của kỳ tự chọn (cùng với to=)",
    "from= and to= go together: the first and last day of the period":
      "from= và to= phải đi cùng nhau: ngày đầu và ngày cuối của kỳ",
    "give one period: month=, quarter=, year=, or from= with to=":
      "chỉ chọn một kỳ: month=, quarter=, year=, hoặc from= cùng to=",
    "history from {} (their {}, transferred {})": "quá trình quản lý tại {} (mã bên đó {}, chuyển ngày {})",
    "id-card {} belongs to {} here ({}); an id-card is one person's: reopen that case instead (person reopen {})":
      "số định danh {} đã thuộc về {} tại đây ({}); mỗi số định danh chỉ của một người: hãy mở lại hồ sơ đó (person reopen {})",
    "imported {} {} from {} (their {}), no lead yet":
      "đã nhận hồ sơ {} {} từ {} (mã bên đó {}), chưa có người quản lý chính",
    "include= needs one or more store directories": "include= cần một hoặc nhiều thư mục dữ liệu",
    "include=: '{}' is not a caseload store (it has no store.plist)":
      "include=: '{}' không phải thư mục dữ liệu caseload (không có store.plist)",
    "include=: {} does not verify: {}": "include=: {} không qua được kiểm tra: {}",
    "last day of that period": "ngày cuối của kỳ đó",
    "no directory '{}' to write the transfer file in": "không có thư mục '{}' để ghi tệp chuyển hồ sơ",
    "no transfer file '{}'": "không có tệp chuyển hồ sơ '{}'",
    "number of the reception decision": "số quyết định tiếp nhận",
    "open a case from another ward's transfer file (a new id, no lead)":
      "mở hồ sơ từ tệp chuyển hồ sơ của phường khác (mã mới, chưa có người quản lý chính)",
    "other wards' store directories, comma-separated (each opened read-only and verified)":
      "thư mục dữ liệu của các phường khác, ngăn cách bằng dấu phẩy (mỗi thư mục chỉ đọc và được kiểm tra)",
    "report include= opens other wards' stores: run it on the live store, not as-of":
      "report include= mở dữ liệu của phường khác: hãy chạy trên dữ liệu hiện hành, không dùng as-of",
    "the report upwards: receptions, closings, groups, visits, supports for a period":
      "báo cáo lên cấp trên: tiếp nhận, kết thúc quản lý, xếp loại, thăm gặp, hỗ trợ trong một kỳ",
    "the ward the person moves to": "phường nơi người đó chuyển đến",
    "this transfer file was already imported, as {}; a file is imported once":
      "tệp chuyển hồ sơ này đã được nhận, thành {}; mỗi tệp chỉ nhận một lần",
    "to= ({}) is before from= ({})": "to= ({}) trước from= ({})",
    "transferred {} to {} (case closed as moved); transfer file {}":
      "đã chuyển {} đến {} (kết thúc quản lý do chuyển nơi cư trú); tệp chuyển hồ sơ {}",
    "where to write the transfer file (a new file; never overwritten)":
      "nơi ghi tệp chuyển hồ sơ (tệp mới; không bao giờ ghi đè)",
    "ward": "phường",
    "from": "từ ngày",
    "to": "đến ngày",
    "open at start": "đang quản lý đầu kỳ",
    "received": "tiếp nhận trong kỳ",
    "  sentence completed": "  chấp hành xong án phạt tù",
    "  amnesty": "  được đặc xá",
    "  conditional release": "  tha tù trước thời hạn có điều kiện",
    "closed": "kết thúc quản lý trong kỳ",
    "  record expunged": "  được xóa án tích",
    "  deceased": "  chết",
    "  moved away": "  chuyển nơi cư trú",
    "  new conviction": "  bị kết án về tội mới",
    "open at end": "đang quản lý cuối kỳ",
    "  group A": "  nhóm A",
    "  group B": "  nhóm B",
    "  group C": "  nhóm C",
    "  group D": "  nhóm D",
    "  unclassified": "  chưa xếp loại",
    "  without a lead": "  chưa có người quản lý chính",
    "visits": "lượt thăm gặp",
    "persons visited": "số người được thăm gặp",
    "open, not visited": "đang quản lý, chưa được thăm gặp",
    "overdue at end": "quá hạn thăm gặp cuối kỳ",
    "support measures": "lượt hỗ trợ",
    "loans (đồng)": "vốn vay (đồng)",
    "active supervisors": "người được phân công đang làm việc",
    "security teams": "Tổ bảo vệ ANTT",
    "team members": "thành viên Tổ",
    "journal entries": "số mục nhật ký",
    "journal head hash": "mã băm đầu nhật ký",
    "file= goes with format=html: the new file to write the printable page to":
      "file= chỉ dùng cùng format=html: tệp mới để ghi trang báo cáo để in",
    "format=html is for 'report' only (one printable page); here: {}":
      "format=html chỉ dùng cho lệnh 'report' (một trang báo cáo để in); lệnh này dùng: {}",
    "Report on persons who completed a prison sentence":
      "Báo cáo tình hình quản lý người chấp hành xong án phạt tù",
    "Ward: {}":
      "Đơn vị báo cáo: {}",
    "Ward: not named (ward set name=…)":
      "Đơn vị báo cáo: chưa đặt tên (ward set name=…)",
    "Period: from {} to {}":
      "Kỳ báo cáo: từ ngày {} đến ngày {}",
    "Made on {}":
      "Ngày lập: {}",
    "Date: ……………………":
      "……………, ngày …… tháng …… năm ……",
    "Prepared by":
      "Người lập báo cáo",
    "(signature and full name)":
      "(Ký, ghi rõ họ tên)",
    "Journal head: entry {}, hash {}":
      "Đầu nhật ký: mục {}, mã băm {}",
    "no journal head: the figures come from a replay of the past":
      "không có đầu nhật ký: số liệu lấy từ bản xem lại trạng thái trong quá khứ",
    "To check this report later, compare the journal head below with the store's journal.":
      "Để kiểm tra báo cáo này về sau, đối chiếu đầu nhật ký dưới đây với nhật ký của kho dữ liệu.",
    "Visits per month: the {} months to {}":
      "Số lượt thăm gặp theo tháng: {} tháng đến hết tháng {}",
    "'{}' exists; a report page never overwrites one: choose another file=":
      "'{}' đã có; trang báo cáo không bao giờ ghi đè tệp có sẵn: hãy chọn file= khác",
    "cannot write '{}': {}":
      "không ghi được '{}': {}",
    "wrote the printable report to {}":
      "đã ghi báo cáo để in vào {}",
    "output format of this command; html: one printable page":
      "định dạng kết quả của lệnh này; html: một trang báo cáo để in",
    "with format=html: a new file to write the page to (never overwritten)":
      "cùng format=html: tệp mới để ghi trang báo cáo (không bao giờ ghi đè)",
    "last day of that period; with format=html and no from=: a new file for the page":
      "ngày cuối của kỳ đó; với format=html và không có from=: tệp mới để ghi trang báo cáo",
    "public= must be 64 lower-case hex digits (an Ed25519 public key)":
      "public= phải là 64 chữ số hệ mười sáu viết thường (một khóa công khai Ed25519)",
    "'{}' is not a key fingerprint like SHA256:… (43 base64 characters)":
      "'{}' không phải dấu vân tay khóa dạng SHA256:… (43 ký tự base64)",
    "this ward has a signing key already, made {} (ward show gives its fingerprint); 'ward key create replace' makes a new one, and the wards that trust the old one must then trust the new one":
      "phường đã có khóa ký, tạo ngày {} (ward show cho biết dấu vân tay); 'ward key create replace' tạo khóa mới, và các phường đang tin cậy khóa cũ khi đó phải tin cậy khóa mới",
    "the new key's date {} is before the current key was made ({})":
      "ngày của khóa mới {} trước ngày tạo khóa hiện tại ({})",
    "made the ward's new signing key; the old one stays in the journal, replaced {}; 'ward show' gives the new fingerprint, for the wards that receive this ward's transfer files":
      "đã tạo khóa ký mới của phường; khóa cũ vẫn lưu trong nhật ký, thay thế ngày {}; 'ward show' cho biết dấu vân tay mới, để báo cho các phường nhận hồ sơ chuyển của phường",
    "made the ward's signing key; 'ward show' gives its fingerprint, for the wards that receive this ward's transfer files":
      "đã tạo khóa ký của phường; 'ward show' cho biết dấu vân tay của khóa, để báo cho các phường nhận hồ sơ chuyển của phường",
    "a trusted key needs the sending ward's name, e.g. ward trust add \"Phường Phú Thượng\" key=SHA256:…":
      "khóa được tin cậy cần tên phường gửi, ví dụ ward trust add \"Phường Phú Thượng\" key=SHA256:…",
    "{}'s key {} is trusted already":
      "khóa {2} của {1} đã được tin cậy",
    "trusted {}'s key {}":
      "đã tin cậy khóa {2} của {1}",
    "no key of '{}' is trusted; 'ward trust' lists the trusted keys":
      "không có khóa nào của '{}' được tin cậy; 'ward trust' liệt kê các khóa được tin cậy",
    "no longer trusting {}'s key":
      "đã thôi tin cậy khóa của {}",
    "no longer trusting {}'s {} keys":
      "đã thôi tin cậy {2} khóa của {1}",
    "{}'s case {} was already imported, as {}; a case is imported once, whatever its file's bytes":
      "hồ sơ {2} của {1} đã được tiếp nhận, là {3}; mỗi hồ sơ chỉ tiếp nhận một lần, dù nội dung tệp có khác",
    "where to write the private key (default --key, CASELOAD_KEY or ~/.config/caseload/ward.key)":
      "nơi ghi khóa bí mật (mặc định --key, CASELOAD_KEY hoặc ~/.config/caseload/ward.key)",
    "the public key (written by caseload in the journal)":
      "khóa công khai (do caseload ghi vào nhật ký)",
    "the public key's fingerprint (written by caseload in the journal)":
      "dấu vân tay của khóa công khai (do caseload ghi vào nhật ký)",
    "date of the key (default today)":
      "ngày của khóa (mặc định hôm nay)",
    "replace the ward's current key":
      "thay khóa hiện tại của phường",
    "the sending ward's key fingerprint, SHA256:…, confirmed with that ward by phone or letter":
      "dấu vân tay khóa của phường gửi, SHA256:…, đã xác nhận với phường đó qua điện thoại hoặc công văn",
    "make the ward's signing key for transfer files (the private key goes to a file)":
      "tạo khóa ký tệp chuyển hồ sơ của phường (khóa bí mật được ghi vào một tệp)",
    "the other wards' keys this ward accepts transfer files from":
      "khóa của các phường khác mà phường này nhận tệp chuyển hồ sơ",
    "accept transfer files signed with another ward's key (confirm it first)":
      "nhận tệp chuyển hồ sơ ký bằng khóa của phường khác (xác nhận khóa trước)",
    "stop accepting transfer files signed with a ward's keys":
      "thôi nhận tệp chuyển hồ sơ ký bằng các khóa của một phường",
    "a journaled ward key create names the public key and its fingerprint (public= fingerprint=), never a file":
      "lệnh ward key create trong nhật ký ghi khóa công khai và dấu vân tay (public= fingerprint=), không bao giờ ghi tệp",
    "head= needs an entry and its hash, N:HASH (e.g. head=8:2d2270468ab1), not '{}'":
      "head= cần một mục và mã băm của mục đó, N:HASH (ví dụ head=8:2d2270468ab1), không phải '{}'",
    "'{}' is not a hash: give the 64 hex digits, or at least the first 12":
      "'{}' không phải mã băm: hãy nhập đủ 64 chữ số hệ mười sáu, hoặc ít nhất 12 chữ số đầu",
    "the kept hash '{}' is too short to tell histories apart: give at least its first 12 hex digits":
      "mã băm đã lưu '{}' quá ngắn để phân biệt các lịch sử: hãy nhập ít nhất 12 chữ số đầu",
    "also check that entry N's hash is HASH (N:HASH, from a report or audit head; 12 hex digits or more)":
      "kiểm tra thêm mã băm của mục N là HASH (N:HASH, lấy từ báo cáo hoặc audit head; từ 12 chữ số hệ mười sáu trở lên)",
    "the journal's last entry and hash, signed with the ward key, to keep":
      "mục cuối của nhật ký và mã băm, có chữ ký bằng khóa của phường, để lưu giữ",
    "cannot import {}: the file was changed after {} signed it; nothing was changed":
      "không thể nhận hồ sơ {}: tệp đã bị sửa sau khi {} ký; không có gì thay đổi",
    "cannot import {}: its journal entry {} does not match its hash; nothing was changed":
      "không thể nhận hồ sơ {}: mục nhật ký {} trong tệp không khớp mã băm; không có gì thay đổi",
    "cannot import {}: its journal head (entry {}) does not follow its entries; nothing was changed":
      "không thể nhận hồ sơ {}: điểm cuối nhật ký (mục {}) không nối tiếp các mục trong tệp; không có gì thay đổi",
    "cannot import {}: it is signed by {} with the key {}, which this ward does not trust; confirm that fingerprint with {} by phone or letter, then run once: {}; nothing was changed":
      "không thể nhận hồ sơ {}: tệp do {} ký bằng khóa {}, khóa mà phường này chưa tin cậy; hãy xác nhận dấu vân tay đó với {} qua điện thoại hoặc công văn, rồi chạy một lần: {}; không có gì thay đổi",
    "a transfer file is signed with the ward's key, and this ward has none yet: make it once with 'ward key create', then give its fingerprint (ward show) to the wards you send cases to":
      "tệp chuyển hồ sơ được ký bằng khóa của phường, mà phường chưa có khóa: hãy tạo một lần bằng 'ward key create', rồi báo dấu vân tay (ward show) cho các phường nhận hồ sơ",
    "the ward's key {} is not at {}: give its file with --key PATH or CASELOAD_KEY":
      "khóa {} của phường không có tại {}: hãy chỉ tệp khóa bằng --key PATH hoặc CASELOAD_KEY",
    "the key in {} is {}, not this ward's key {}: give the ward's key file with --key PATH":
      "khóa trong {} là {}, không phải khóa {} của phường: hãy chỉ tệp khóa của phường bằng --key PATH",
    "public= and fingerprint= are written by caseload; 'ward key create' makes the key itself":
      "public= và fingerprint= do caseload ghi; 'ward key create' tự tạo khóa",
    "no place for the key file: give file=PATH, --key PATH or CASELOAD_KEY":
      "chưa có nơi ghi tệp khóa: hãy nhập file=PATH, --key PATH hoặc CASELOAD_KEY",
    "'{}' exists; a key file is never overwritten: choose another file=":
      "'{}' đã tồn tại; tệp khóa không bao giờ bị ghi đè: hãy chọn file= khác",
    "'{}' is inside the store; the ward key never goes with the store: choose a file outside it":
      "'{}' nằm trong kho dữ liệu; khóa của phường không bao giờ đi cùng kho: hãy chọn tệp ở ngoài kho",
    "cannot read the ward key {}: not a caseload ward key file":
      "không đọc được khóa của phường {}: không phải tệp khóa phường của caseload",
    "the fingerprint {} is not that of the public key {}":
      "dấu vân tay {} không phải của khóa công khai {}",
    "the transfer is recorded, but its file could not be put at {} ({}); it was left as {}: check it and rename it":
      "việc chuyển hồ sơ đã được ghi, nhưng không đặt được tệp tại {} ({}); tệp còn lại là {}: hãy kiểm tra rồi đổi tên",
    "cannot write the transfer file: '{}' exists (never overwritten); nothing was recorded and the case stays open":
      "không ghi được tệp chuyển hồ sơ: '{}' đã tồn tại (không bao giờ ghi đè); chưa ghi gì và hồ sơ vẫn đang quản lý",
    "a transfer file is signed with the ward key, and none was read":
      "tệp chuyển hồ sơ được ký bằng khóa của phường, nhưng chưa đọc được khóa nào",
    "the transfer file's signature or digest has no place in the encoded file":
      "chữ ký hoặc mã băm của tệp chuyển hồ sơ không có chỗ trong tệp đã mã hóa",
    "cannot sign with the ward key: {}":
      "không ký được bằng khóa của phường: {}",
    "ward key create writes a key file, so it runs on its own: not in a transaction, --atomic or --dry-run":
      "ward key create ghi một tệp khóa nên phải chạy riêng: không trong giao dịch, --atomic hay --dry-run",
    "the private key is in {} (0600): keep it outside the store, and a copy in a safe place":
      "khóa bí mật nằm trong {} (0600): hãy giữ ngoài kho dữ liệu, và cất một bản sao ở nơi an toàn",
    "audit verify: the journal ends at entry {}, before the kept entry {}: entries were removed, or the head is another store's":
      "audit verify: nhật ký kết thúc ở mục {}, trước mục đã lưu {}: các mục đã bị xóa, hoặc điểm cuối đã lưu là của kho khác",
    "audit verify: entry {} has hash {}…, not the kept {}…: the history up to entry {} was rewritten":
      "audit verify: mục {} có mã băm {}…, không phải mã đã lưu {}…: lịch sử đến mục {} đã bị viết lại",
    "entry {}, hash {}":
      "mục {}, mã băm {}",
    "signed by {} with the key {}: {}":
      "do {} ký bằng khóa {}: {}",
    "cannot import {}: the file is not signed (an older caseload made it); ask the sending ward for a signed one; nothing was changed":
      "không thể nhận hồ sơ {}: tệp chưa được ký (do phiên bản caseload cũ tạo); hãy đề nghị phường gửi cung cấp tệp có chữ ký; không có gì thay đổi",
    // Text characters refused (SPEC §12), output paths, and the clock going back.
    "control character {} is not allowed; text may hold tabs, and \\n in double quotes":
      "không được dùng ký tự điều khiển {}; văn bản chỉ được chứa tab, và \\n trong ngoặc kép",
    "control character {} is not allowed":
      "không được dùng ký tự điều khiển {}",
    "{} is not allowed: an invisible format character makes texts that look the same differ; type the text without it":
      "không được dùng {}: ký tự định dạng vô hình làm cho những văn bản trông giống hệt nhau lại khác nhau; hãy gõ lại văn bản không có ký tự này",
    "the officer's name (--officer or CASELOAD_OFFICER) must not hold {}: control and invisible format characters are not allowed":
      "tên cán bộ (--officer hoặc CASELOAD_OFFICER) không được chứa {}: không được dùng ký tự điều khiển và ký tự định dạng vô hình",
    "'{}' is inside the store {}: a file written there could replace the store's own records; choose a path outside it":
      "'{}' nằm trong kho dữ liệu {}: tệp ghi vào đó có thể thay thế hồ sơ của chính kho dữ liệu; hãy chọn đường dẫn nằm ngoài kho",
    "entry {} was recorded at {}, {} before entry {} ({}): the clock went back":
      "bản ghi {1} được ghi lúc {2}, sớm hơn bản ghi {4} ({5}) {3}: đồng hồ đã bị chỉnh lùi",
    "{} minute":
      "{} phút",
    "{} minutes":
      "{} phút",
    "{} hour":
      "{} giờ",
    "{} hours":
      "{} giờ",
    "{} day":
      "{} ngày",
    "{} days":
      "{} ngày",
    "{} month":
      "{} tháng",
    "{} months":
      "{} tháng",
    "NUL":
      "NUL",
    "bell":
      "chuông (BEL)",
    "backspace":
      "xóa lùi (backspace)",
    "carriage return":
      "về đầu dòng",
    "escape":
      "thoát (ESC)",
    "delete":
      "xóa (DEL)",
    "control sequence introducer":
      "mở đầu chuỗi điều khiển (CSI)",
    "soft hyphen":
      "gạch nối mềm",
    "zero-width space":
      "khoảng trắng không độ rộng",
    "zero-width non-joiner":
      "ký tự ngăn nối không độ rộng",
    "zero-width joiner":
      "ký tự nối không độ rộng",
    "left-to-right mark":
      "dấu hướng trái sang phải",
    "right-to-left mark":
      "dấu hướng phải sang trái",
    "left-to-right embedding":
      "nhúng hướng trái sang phải",
    "right-to-left embedding":
      "nhúng hướng phải sang trái",
    "pop directional formatting":
      "kết thúc định dạng hướng",
    "left-to-right override":
      "ép hướng trái sang phải",
    "right-to-left override":
      "ép hướng phải sang trái",
    "word joiner":
      "ký tự nối từ",
    "function application":
      "ký tự áp dụng hàm vô hình",
    "invisible times":
      "dấu nhân vô hình",
    "invisible separator":
      "dấu phân cách vô hình",
    "invisible plus":
      "dấu cộng vô hình",
    "left-to-right isolate":
      "cô lập hướng trái sang phải",
    "right-to-left isolate":
      "cô lập hướng phải sang trái",
    "first strong isolate":
      "cô lập theo ký tự mạnh đầu tiên",
    "pop directional isolate":
      "kết thúc cô lập hướng",
    "byte-order mark":
      "dấu thứ tự byte (BOM)",
    "line {}: {}":
      "dòng {}: {}",
    "not a property list (no <plist>)":
      "không phải danh sách thuộc tính (không có <plist>)",
    "not an XML property list":
      "không phải danh sách thuộc tính XML",
    "something follows </plist>":
      "còn nội dung sau </plist>",
    "invalid UTF-8":
      "mã UTF-8 không hợp lệ",
    "control character {} in a property list":
      "danh sách thuộc tính chứa ký tự điều khiển {}",
    "byte-order mark (U+FEFF) in a property list":
      "danh sách thuộc tính chứa dấu thứ tự byte (U+FEFF)",
    "invisible format character {} in a property list":
      "danh sách thuộc tính chứa ký tự định dạng ẩn {}",
    "{} is not an XML character":
      "{} không phải ký tự XML hợp lệ",
    "a second DOCTYPE":
      "có DOCTYPE thứ hai",
    "malformed DOCTYPE":
      "DOCTYPE sai cú pháp",
    "a DOCTYPE with declarations of its own (entities) is not read":
      "không đọc DOCTYPE có khai báo riêng (thực thể)",
    "malformed XML declaration":
      "khai báo XML sai cú pháp",
    "encoding '{}': caseload reads UTF-8 only":
      "bảng mã '{}': caseload chỉ đọc UTF-8",
    "CDATA sections are not read":
      "không đọc đoạn CDATA",
    "processing instructions are not read":
      "không đọc chỉ thị xử lý",
    "a declaration is allowed only before <plist>":
      "chỉ được khai báo trước <plist>",
    "unfinished comment":
      "chú thích chưa kết thúc",
    "'--' inside a comment":
      "có '--' bên trong chú thích",
    "the key '{}' has no value":
      "khóa '{}' không có giá trị",
    "a value was expected":
      "thiếu giá trị",
    "an empty <integer/>":
      "thẻ <integer/> rỗng",
    "<{}> must be written <{}/>":
      "<{}> phải được viết là <{}/>",
    "nesting deeper than {} levels":
      "lồng nhau quá {} cấp",
    "a <key> outside a dictionary":
      "thẻ <key> nằm ngoài từ điển",
    "<{}> is not read; caseload reads string, integer, true, false, array, dict":
      "không đọc <{}>; caseload chỉ đọc string, integer, true, false, array, dict",
    "a <key> was expected in a dictionary":
      "từ điển thiếu thẻ <key>",
    "the key '{}' appears twice in one dictionary":
      "khóa '{}' xuất hiện hai lần trong cùng một từ điển",
    "text outside a value":
      "có văn bản nằm ngoài giá trị",
    "the file ends early":
      "tệp kết thúc sớm",
    "malformed tag":
      "thẻ sai cú pháp",
    "<plist> has an attribute other than version":
      "<plist> có thuộc tính khác ngoài version",
    "malformed tag (attributes are not read)":
      "thẻ sai cú pháp (không đọc thuộc tính)",
    "</{}> was expected":
      "thiếu </{}>",
    "']]>' in a text":
      "văn bản chứa ']]>'",
    "a text holds markup":
      "văn bản chứa thẻ đánh dấu",
    "a text longer than 64 KiB ({} bytes)":
      "văn bản dài quá 64 KiB ({} byte)",
    "an '&' that begins no entity (write &amp;)":
      "ký tự '&' không mở đầu thực thể nào (hãy viết &amp;)",
    "unknown entity '&{};'":
      "thực thể không xác định '&{};'",
    "at {}: {}":
      "tại {}: {}",
    "a text":
      "văn bản",
    "an integer":
      "số nguyên",
    "true or false":
      "true hoặc false",
    "a dictionary":
      "từ điển",
    "an array":
      "mảng",
    "expected {}, found {}":
      "cần {}, nhưng gặp {}",
    "the array ends after {} items":
      "mảng kết thúc sau {} phần tử",
    "a real number, which caseload's files never hold":
      "số thực, loại giá trị mà tệp của caseload không bao giờ chứa",
    "'{}' is not a whole number in range":
      "'{}' không phải số nguyên trong phạm vi cho phép",
    "'{}' is not {}":
      "'{}' không phải {}",
    "'{}' is not a calendar date written YYYY-MM-DD":
      "'{}' không phải ngày dương lịch hợp lệ viết theo dạng YYYY-MM-DD",
    "the date {} lies outside 1900–2100":
      "ngày {} nằm ngoài khoảng 1900–2100",
    "'{}' is not an id like {}12":
      "'{}' không phải mã hồ sơ dạng {}12",
    "{} {} is after 2100":
      "ngày {2} ({1}) sau năm 2100",
    "{} bytes, larger than the {} MiB a file of this kind may take":
      "{} byte, lớn hơn mức {} MiB cho phép đối với loại tệp này",
    "entry {} of its journal has no time like 2026-11-27T09:30:00+07:00":
      "mục {} trong nhật ký kèm theo không có thời điểm hợp lệ dạng 2026-11-27T09:30:00+07:00",
    "its content does not match its digest sha256:{}: the file is damaged or was edited":
      "nội dung không khớp với mã băm sha256:{}: tệp bị hỏng hoặc đã bị sửa",
    "not a caseload transfer file (no transferDigest)":
      "không phải tệp chuyển hồ sơ của caseload (không có transferDigest)",
    "not a caseload transfer file":
      "không phải tệp chuyển hồ sơ của caseload",
    "holds the file sha256:{}, not sha256:{}":
      "chứa tệp sha256:{}, không phải sha256:{}",
    "it ends before entry {}":
      "nhật ký kết thúc trước mục {}",
    "missing: an import in the journal names it":
      "bị thiếu: một lệnh nhận hồ sơ trong nhật ký có nêu tệp này",
    "missing: the store keeps every imported transfer file, and playback needs it":
      "bị thiếu: kho dữ liệu lưu mọi tệp chuyển hồ sơ đã nhận, và việc chạy lại nhật ký cần tệp này",
    "entry {}{}":
      "mục {}{}",
  ]
}
