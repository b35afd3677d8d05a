import Foundation
import Testing

@testable import CaseloadStore

/// "Two parsers must agree" (DESIGN): on seeded random documents, valid and hostile, and on
/// hand-made ones, caseload's reader either reads what Python's plistlib reads or refuses the
/// document; it never reads a value plistlib reads differently, nor one plistlib refuses.
@Suite struct PlistDifferentialTests {
  /// SplitMix64: small, seedable, the same on every platform.
  struct Random {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
  }

  /// Pieces of text, most harmless, some hostile.
  static let fragments: [[UInt8]] =
    [
      "a", "Nguyễn Văn An", " ", "  lead", "tab\there", "line\nbreak", "&amp;", "&lt;", "&gt;", "&quot;",
      "&apos;", "&#x1EA1;", "&#65;", "&#0065;", "&#x10000;", "&#x1F600;", "😀", "Phường", "đ", "<", "&",
      "&bogus;",
      "&#x1b;", "&#13;", "&#10;", "&#9;", "&#xFEFF;", "&#x200B;", "&#xD800;", "&#x110000;", "&#;", "&#x;",
      "\u{1B}",
      "\u{9B}", "\u{AD}", "\u{200B}", "\u{202E}", "\u{FEFF}", "\u{FFFF}", "\u{FFFD}", "\r", "\r\n", "]]>",
      "]]", ">",
      "\"", "'", "<![CDATA[c]]>", "<!-- c -->", "\u{0}", "\u{7F}",
    ].map { Array($0.utf8) } + [
      [0xC0, 0x80], [0xE1, 0x28], [0xFF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x80],
    ]

  static let integers = [
    "0", "1", "42", "-7", "007", "+5", " 5", "5 ", "1_000", "0x10", "9223372036854775807",
    "9223372036854775808", "-9223372036854775808", "", "1.5", "٣",
  ]

  struct Generator {
    var random: Random
    /// Whether hostile pieces are mixed in.
    var hostile: Bool

    mutating func text() -> [UInt8] {
      var out: [UInt8] = []
      for _ in 0..<random.below(4) {
        let piece = random.pick(PlistDifferentialTests.fragments)
        // Mostly the first, harmless, pieces unless hostile.
        out += hostile || random.chance(30) ? piece : PlistDifferentialTests.fragments[random.below(21)]
      }
      if hostile && random.chance(2) { out += [UInt8](repeating: UInt8(ascii: "x"), count: 65_536) }
      return out
    }

    mutating func comment() -> [UInt8] {
      guard random.chance(10) else { return [] }
      if hostile && random.chance(20) { return Array("<!-- a -- b -->".utf8) }
      return Array(random.pick(["<!-- c -->", "<!---->", " ", "\n\t", "<!-- <dict> -->"]).utf8)
    }

    mutating func value(depth: Int) -> [UInt8] {
      let deep = hostile && random.chance(3)
      switch random.below(depth > 5 && !deep ? 4 : 7) {
      case 0:
        let body = text()
        return body.isEmpty && random.chance(50)
          ? Array("<string/>".utf8) : Array("<string>".utf8) + body + Array("</string>".utf8)
      case 1:
        let digits =
          hostile
          ? random.pick(PlistDifferentialTests.integers)
          : random.pick(Array(PlistDifferentialTests.integers.prefix(5)))
        return Array("<integer>\(digits)</integer>".utf8)
      case 2: return Array(random.pick(["<true/>", "<false/>", "<true />"]).utf8)
      case 3:
        if hostile && random.chance(20) {
          return Array(
            random.pick(["<real>1.5</real>", "<true></true>", "<data>AA==</data>", "<foo/>"]).utf8)
        }
        return Array("<string>x</string>".utf8)
      case 4:
        if deep {
          let levels = 60 + random.below(10)
          return Array(
            (String(repeating: "<array>", count: levels) + String(repeating: "</array>", count: levels)).utf8)
        }
        var out = Array("<array>".utf8)
        for _ in 0..<random.below(4) { out += comment() + value(depth: depth + 1) }
        return out + comment() + Array("</array>".utf8)
      default:
        var out = Array("<dict>".utf8)
        var keys: [[UInt8]] = []
        for _ in 0..<random.below(5) {
          var key = hostile && random.chance(40) ? text() : Array("k\(random.below(6))".utf8)
          if hostile && !keys.isEmpty && random.chance(15) { key = random.pick(keys) }
          keys.append(key)
          out +=
            comment() + Array("<key>".utf8) + key + Array("</key>".utf8) + comment() + value(depth: depth + 1)
        }
        return out + Array("</dict>".utf8)
      }
    }

    mutating func document() -> [UInt8] {
      var out: [UInt8] = []
      if hostile && random.chance(3) { out += [0xEF, 0xBB, 0xBF] }
      if random.chance(70) {
        out += Array(
          random.pick([
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", "<?xml version=\"1.0\"?>",
            "<?xml version='1.0' encoding='utf-8' standalone='yes' ?>\n",
          ]).utf8)
        if hostile && random.chance(5) {
          out += Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>".utf8)
        }
      }
      if random.chance(60) {
        out += Array(
          "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
            .utf8)
      }
      if hostile && random.chance(3) { out += Array("<!DOCTYPE plist [<!ENTITY e \"x\">]>".utf8) }
      out +=
        comment() + Array(random.pick(["<plist version=\"1.0\">", "<plist>", "<plist version='1.0' >"]).utf8)
      out += comment() + value(depth: 0) + comment() + Array("</plist>".utf8) + comment()
      if hostile && random.chance(10), !out.isEmpty {
        // A random byte changed, inserted or removed.
        let at = random.below(out.count)
        switch random.below(3) {
        case 0: out[at] = UInt8(random.below(256))
        case 1: out.insert(UInt8(random.below(256)), at: at)
        default: out.remove(at: at)
        }
      }
      return out
    }
  }

  /// By hand: what plist writers write, and the edges the generator may miss.
  static let handMade: [String] = [
    "<plist version=\"1.0\"><dict><key>a</key><string>x</string><key>b</key><integer>-3</integer></dict></plist>",
    "<plist><array><string/><string></string><dict/><array/></array></plist>",
    "<plist><string>  spaces and\ttabs\nand lines  </string></plist>",
    "<plist><string>Ph&#x1EA1;m &amp; &#272;&#xF4;ng &lt;x&gt; &quot;q&quot; &apos;a&apos;</string></plist>",
    "<plist><dict><key>a</key><string>1</string><key>a</key><string>2</string></dict></plist>",
    "<plist><string>x</string></plist>\r\n",
    "<plist>\r\n<dict>\r\n<key>k</key>\r\n<string>v</string>\r\n</dict>\r\n</plist>",
    "<plist><string>a\r\nb</string></plist>",
    "<plist><string><![CDATA[<x>]]></string></plist>",
    "<plist><string>a<!-- c -->b</string></plist>",
    "<plist><integer>&#49;2</integer></plist>",
    "<plist><key>a</key></plist>",
    "<plist></plist>",
    "<plist><string>x</string><string>y</string></plist>",
    "<!DOCTYPE plist><plist><true/></plist>",
    "<!DOCTYPE plist [ ]><plist><true/></plist>",
    "<?xml version=\"1.0\"?><?xml-stylesheet href=\"a\"?><plist><true/></plist>",
    "\u{FEFF}<plist><true/></plist>",
    "<plist><string>]]></string></plist>",
    "<plist><string>a]]b</string></plist>",
    "<plist><dict><key/><string/></dict></plist>",
    "<plist><array><string>x</string>junk</array></plist>",
  ]

  /// What plistlib reads of each file, as JSON with the types tagged; `ERR` where it refuses.
  static let python = """
    import json, plistlib, sys
    def tag(v):
        if isinstance(v, bool): return ['b', v]
        if isinstance(v, int): return ['i', str(v)]
        if isinstance(v, str): return ['s', v]
        if isinstance(v, dict): return ['d', [[k, tag(x)] for k, x in v.items()]]
        if isinstance(v, list): return ['a', [tag(x) for x in v]]
        return ['?', type(v).__name__]
    for path in sys.argv[1:]:
        try:
            with open(path, 'rb') as f: value = plistlib.load(f, fmt=plistlib.FMT_XML)
            print(json.dumps(tag(value), ensure_ascii=True, separators=(',', ':')))
        except Exception:
            print('ERR')
    """

  /// Our reading in the same JSON as `python` prints; nil where we refuse (an integer out of
  /// `Int`'s range is refused when decoded).
  static func tagged(_ node: ParsedPlist) -> String? {
    switch node {
    case .text(let text): return "[\"s\",\(json(text))]"
    case .integer(let digits):
      guard let number = Int(digits) else { return nil }
      return "[\"i\",\"\(number)\"]"
    case .boolean(let flag): return "[\"b\",\(flag)]"
    case .array(let items):
      var parts: [String] = []
      for item in items {
        guard let part = tagged(item) else { return nil }
        parts.append(part)
      }
      return "[\"a\",[\(parts.joined(separator: ","))]]"
    case .dictionary(let entries):
      var parts: [String] = []
      for (key, value) in entries {
        guard let part = tagged(value) else { return nil }
        parts.append("[\(json(key)),\(part)]")
      }
      return "[\"d\",[\(parts.joined(separator: ","))]]"
    }
  }

  /// A JSON string as Python's `json.dumps(ensure_ascii=True)` writes it.
  static func json(_ text: String) -> String {
    var out = "\""
    func hex(_ unit: UInt16) -> String {
      let digits = String(unit, radix: 16)
      return "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
    }
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "\u{8}": out += "\\b"
      case "\u{C}": out += "\\f"
      default:
        if scalar.value < 0x20 || scalar.value > 0x7E && scalar.value != 0x7F {
          for unit in String(scalar).utf16 { out += hex(unit) }
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }

  func ours(_ bytes: [UInt8]) -> String? {
    bytes.withUnsafeBytes { buffer in
      var parser = PlistParser(buffer)
      guard let node = try? parser.document() else { return nil }
      return PlistDifferentialTests.tagged(node)
    }
  }

  @Test func ourReaderReadsWhatPlistlibReadsOrRefuses() throws {
    let seed =
      ProcessInfo.processInfo.environment["PLIST_SEED"].flatMap { UInt64($0) }
      ?? UInt64.random(in: 0...UInt64.max)
    print("PlistDifferentialTests seed: \(seed) (PLIST_SEED=\(seed) to repeat)")
    var random = Random(state: seed)
    var documents = PlistDifferentialTests.handMade.map { Array($0.utf8) }
    for index in 0..<3000 {
      var generator = Generator(random: Random(state: random.next()), hostile: index % 2 == 1)
      documents.append(generator.document())
    }
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "plist-differential-\(seed)"
    ).path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    var paths: [String] = []
    for (index, document) in documents.enumerated() {
      let path = "\(directory)/\(index).plist"
      try Data(document).write(to: URL(fileURLWithPath: path))
      paths.append(path)
    }
    let theirs = try runPython(paths)
    try #require(theirs.count == documents.count)
    var (agreed, refusedByUs, refusedByBoth) = (0, 0, 0)
    for (index, document) in documents.enumerated() {
      guard let mine = ours(document) else {
        if theirs[index] == "ERR" { refusedByBoth += 1 } else { refusedByUs += 1 }
        continue
      }
      #expect(
        mine == theirs[index],
        "seed \(seed), document \(index): ours \(mine), plistlib \(theirs[index]):\n\(String(decoding: document.prefix(2000), as: UTF8.self))"
      )
      agreed += 1
    }
    print(
      "PlistDifferentialTests: \(agreed) read alike, \(refusedByUs) refused by us alone, \(refusedByBoth) by both"
    )
    // Not vacuous: most valid documents are read.
    #expect(agreed > 1200)
  }

  func runPython(_ paths: [String]) throws -> [String] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", PlistDifferentialTests.python] + paths
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    return String(decoding: output, as: UTF8.self).split(separator: "\n").map(String.init)
  }
}
