/// A unified diff of two lists of lines, as `diff -u` prints it, for `lantern log --dry-run`.
/// Each line carries its own ending (`\n`, `\r\n`, or none at the end of the file), which the
/// diff keeps, so that `patch` applies it to CRLF files too.
public enum UnifiedDiff {
    public static func make(_ old: [String], _ new: [String], path: String, context: Int = 3) -> String {
        // The common head and tail are unchanged; compare what is between (a few front-matter lines).
        var head = 0
        while head < old.count, head < new.count, old[head] == new[head] { head += 1 }
        var tail = 0
        while tail < old.count - head, tail < new.count - head, old[old.count - 1 - tail] == new[new.count - 1 - tail] { tail += 1 }
        let a = Array(old[head..<(old.count - tail)]), b = Array(new[head..<(new.count - tail)])
        guard !a.isEmpty || !b.isEmpty else { return "" }
        // Longest common subsequence of the middle parts.
        var lcs = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        struct Row { var tag: Character; var text: String; var old: Int; var new: Int }
        var rows: [Row] = (0..<head).map { Row(tag: " ", text: old[$0], old: $0, new: $0) }
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                rows.append(Row(tag: " ", text: a[i], old: head + i, new: head + j)); i += 1; j += 1
            } else if i < a.count, j == b.count || lcs[i + 1][j] >= lcs[i][j + 1] {
                rows.append(Row(tag: "-", text: a[i], old: head + i, new: head + j)); i += 1
            } else {
                rows.append(Row(tag: "+", text: b[j], old: head + i, new: head + j)); j += 1
            }
        }
        for k in 0..<tail { rows.append(Row(tag: " ", text: old[old.count - tail + k], old: old.count - tail + k, new: new.count - tail + k)) }

        let changed = rows.indices.filter { rows[$0].tag != " " }
        var out = "--- a/\(path)\n+++ b/\(path)\n"
        var k = 0
        while k < changed.count {
            let lo = max(0, changed[k] - context)
            var hi = min(rows.count - 1, changed[k] + context)
            while k + 1 < changed.count, changed[k + 1] - context <= hi + 1 {
                k += 1
                hi = min(rows.count - 1, changed[k] + context)
            }
            let slice = rows[lo...hi]
            let oldCount = slice.filter { $0.tag != "+" }.count, newCount = slice.filter { $0.tag != "-" }.count
            let oldStart = oldCount == 0 ? slice.first!.old : slice.first!.old + 1
            let newStart = newCount == 0 ? slice.first!.new : slice.first!.new + 1
            out += "@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@\n"
            for row in slice {
                out += String(row.tag) + row.text
                if row.text.utf8.last != UInt8(ascii: "\n") { out += "\n\\ No newline at end of file\n" }
            }
            k += 1
        }
        return out
    }
}
