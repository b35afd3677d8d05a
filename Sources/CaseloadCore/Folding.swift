import Foundation

/// Text compared the way an officer types it: without case and without Vietnamese diacritics.
public enum Folding {
  /// `"Nguyễn Văn Đức"` → `"nguyen van duc"`.
  public static func fold(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
      switch scalar.properties.generalCategory {
      case .nonspacingMark, .enclosingMark, .spacingMark: continue
      default: break
      }
      switch scalar {
      case "đ", "Đ": scalars.append("d")
      default: scalars.append(scalar)
      }
    }
    return String(scalars).lowercased()
  }
}
