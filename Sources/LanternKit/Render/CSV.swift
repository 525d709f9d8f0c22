/// CSV as RFC 4180 writes it and spreadsheets read it, for every CSV export (`contacts`, `list`).
public enum CSV {
    /// The rows, one line each, with CRLF line ends.
    public static func document(_ rows: [[String]]) -> String {
        rows.map { $0.map(cell).joined(separator: ",") + "\r\n" }.joined()
    }

    /// A guarded, quoted-when-needed field: a value a spreadsheet would run as a formula (one
    /// that starts with `=`, `+`, `-`, `@`, a tab or a carriage return) is prefixed with `'`.
    public static func cell(_ value: String) -> String {
        var cell = value
        if let first = cell.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            cell = "'" + cell
        }
        if cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            cell = "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return cell
    }
}
