/// The Vietnamese words tables show: list words (`open`, `lead`) and column names, keyed by
/// their English.
extension Vietnamese {
  static let words: [String: String] = [
    "A":
      "A",
    "B":
      "B",
    "C":
      "C",
    "D":
      "D",
    "active":
      "đang tham gia",
    "amnesty":
      "đặc xá",
    "assigned":
      "phân công",
    "assigned (upcoming)":
      "phân công (sắp tới)",
    "assignment ended":
      "kết thúc phân công",
    "assignment ended (upcoming)":
      "kết thúc phân công (sắp tới)",
    "auto":
      "đương nhiên",
    "classified":
      "xếp loại",
    "classified (upcoming)":
      "xếp loại (sắp tới)",
    "closed":
      "kết thúc quản lý",
    "closed (upcoming)":
      "kết thúc quản lý (sắp tới)",
    "completed":
      "chấp hành xong",
    "conditional":
      "tha tù trước thời hạn có điều kiện",
    "convicted":
      "bị kết án về tội mới",
    "counselling":
      "tư vấn",
    "court":
      "Tòa án",
    "csv":
      "csv",
    "deceased":
      "đã chết",
    "deputy":
      "tổ phó",
    "done":
      "đã xong",
    "employer":
      "nơi làm việc",
    "en":
      "en",
    "expected":
      "chờ tiếp nhận",
    "expungeable":
      "đủ điều kiện xóa án tích",
    "expungeable (upcoming)":
      "đủ điều kiện xóa án tích (sắp tới)",
    "expunged":
      "được xóa án tích",
    "family":
      "gia đình",
    "female":
      "nữ",
    "health":
      "y tế",
    "helper":
      "giúp đỡ",
    "home":
      "tại nhà",
    "job":
      "việc làm",
    "json":
      "json",
    "lead":
      "quản lý chính",
    "leader":
      "tổ trưởng",
    "legal":
      "pháp lý",
    "loan":
      "vay vốn",
    "loan window ends":
      "hết thời hạn vay vốn ưu đãi",
    "loan window ends (upcoming)":
      "hết thời hạn vay vốn ưu đãi (sắp tới)",
    "male":
      "nam",
    "mass-org":
      "đoàn thể",
    "member":
      "tổ viên",
    "moved":
      "chuyển nơi cư trú",
    "notified":
      "nhận thông báo",
    "notified (upcoming)":
      "nhận thông báo (sắp tới)",
    "office":
      "tại trụ sở",
    "open":
      "đang quản lý",
    "other":
      "khác",
    "papers":
      "giấy tờ, cư trú",
    "pending":
      "chưa xong",
    "phone":
      "qua điện thoại",
    "police":
      "công an",
    "probation ends":
      "hết thời gian thử thách",
    "probation ends (upcoming)":
      "hết thời gian thử thách (sắp tới)",
    "received":
      "tiếp nhận",
    "received (upcoming)":
      "tiếp nhận (sắp tới)",
    "released":
      "ra tù",
    "released (upcoming)":
      "ra tù (sắp tới)",
    "reopened":
      "mở lại hồ sơ",
    "reopened (upcoming)":
      "mở lại hồ sơ (sắp tới)",
    "residential":
      "tổ dân phố",
    "retired":
      "đã thôi",
    "social":
      "an sinh xã hội",
    "support":
      "hỗ trợ",
    "support (upcoming)":
      "hỗ trợ (sắp tới)",
    "table":
      "table",
    "team":
      "Tổ bảo vệ ANTT",
    "training":
      "học nghề",
    "unclassified":
      "chưa xếp loại",
    "vi":
      "vi",
    "visit":
      "thăm gặp",
    "visit (upcoming)":
      "thăm gặp (sắp tới)",
    "workplace":
      "tại nơi làm việc",
    "status": "trạng thái",
    "group": "nhóm",
    "closed (expunged)": "kết thúc quản lý (được xóa án tích)",
    "closed (deceased)": "kết thúc quản lý (chết)",
    "closed (moved)": "kết thúc quản lý (chuyển nơi cư trú)",
    "closed (convicted)": "kết thúc quản lý (bị kết án về tội mới)",
    "none": "chưa có",
  ]

  static let headers: [String: String] = [
    "keyFingerprint":
      "dấu vân tay khóa",
    "key":
      "khóa",
    "signature":
      "chữ ký",
    "A":
      "A",
    "B":
      "B",
    "C":
      "C",
    "D":
      "D",
    "address":
      "địa chỉ",
    "amount":
      "số tiền",
    "area":
      "địa bàn",
    "assignments":
      "phân công",
    "at":
      "lúc",
    "born":
      "ngày sinh",
    "by":
      "người thực hiện",
    "capacity":
      "tối đa",
    "certificate":
      "giấy chứng nhận",
    "classifications":
      "xếp loại",
    "classified":
      "ngày xếp loại",
    "command":
      "lệnh",
    "completed":
      "chấp hành xong",
    "days":
      "số ngày",
    "daysLeft":
      "còn (ngày)",
    "daysOverdue":
      "quá hạn (ngày)",
    "daysSinceRelease":
      "số ngày từ khi ra tù",
    "decision":
      "quyết định",
    "detail":
      "chi tiết",
    "document":
      "số văn bản",
    "ended assignments":
      "phân công đã kết thúc",
    "event":
      "sự kiện",
    "expungeableOn":
      "đủ ĐK xóa AT từ",
    "expungementRoute":
      "hình thức xóa",
    "from":
      "từ ngày",
    "gender":
      "giới tính",
    "group":
      "nhóm",
    "hash":
      "mã băm",
    "helpers":
      "người giúp đỡ",
    "id":
      "mã",
    "idCard":
      "số định danh",
    "kind":
      "loại",
    "lastVisit":
      "thăm gặp gần nhất",
    "lead":
      "quản lý chính",
    "load":
      "đang phụ trách",
    "loanUntil":
      "vay vốn đến",
    "members":
      "thành viên",
    "month":
      "tháng",
    "movedTo":
      "chuyển đến",
    "name":
      "họ tên",
    "nextVisitDue":
      "hạn thăm gặp",
    "note":
      "ghi chú",
    "notified":
      "ngày báo tin",
    "now":
      "hiện tại",
    "obligations":
      "QĐ khác của bản án",
    "offence":
      "tội danh",
    "offenceArticle":
      "điều BLHS",
    "officer":
      "cán bộ",
    "on":
      "ngày",
    "openCases":
      "hồ sơ đang QL",
    "org":
      "tổ chức",
    "overdue":
      "quá hạn",
    "person":
      "người",
    "phone":
      "điện thoại",
    "probation":
      "thử thách",
    "probationUntil":
      "thử thách đến",
    "provider":
      "đơn vị hỗ trợ",
    "province":
      "tỉnh/thành",
    "reason":
      "lý do",
    "received":
      "ngày tiếp nhận",
    "release":
      "hình thức ra tù",
    "released":
      "ngày ra tù",
    "retired":
      "ngày thôi",
    "role":
      "vai trò",
    "roster":
      "danh sách tổ",
    "route":
      "hình thức",
    "rule":
      "quy định",
    "sentence":
      "mức án",
    "seq":
      "số",
    "seqs":
      "số",
    "source":
      "căn cứ",
    "status":
      "trạng thái",
    "status changes":
      "thay đổi trạng thái",
    "supervisor":
      "người được phân công",
    "supplementaryUntil":
      "HP bổ sung đến",
    "support":
      "hỗ trợ",
    "supports":
      "hỗ trợ",
    "team":
      "tổ",
    "teamRole":
      "vị trí trong tổ",
    "teams":
      "tổ",
    "title":
      "nội dung",
    "to":
      "đến ngày",
    "unclassified":
      "chưa xếp loại",
    "until":
      "đến ngày",
    "value":
      "giá trị",
    "verifyBy":
      "hạn xác minh",
    "visit":
      "lần thăm",
    "visits":
      "thăm gặp",
    "ward":
      "phường",
    "what":
      "mục",
    "why":
      "lý do",
    "figure": "chỉ tiêu",
    "total": "tổng cộng",
  ]
}
