/// "Did you mean …?" suggestions for misspelt field names and ids.
package enum DidYouMean {
    /// The candidate closest to `name`: a case-insensitive match, or the nearest within an edit
    /// distance of 2 (1 for names of up to three characters), counting a swap of neighbouring
    /// characters as one edit, or else the only candidate `name` abbreviates. Ties go to the
    /// earlier candidate; `nil` when nothing is close.
    package static func suggestion(for name: String, among candidates: some Sequence<String>) -> String? {
        let target = Array(name.lowercased().unicodeScalars)
        let limit = target.count <= 3 ? 1 : 2
        var best: (candidate: String, distance: Int)?
        for candidate in candidates where candidate != name {
            let other = Array(candidate.lowercased().unicodeScalars)
            let bound = min(limit, (best?.distance ?? limit + 1) - 1)
            guard bound >= 0, let distance = editDistance(target, other, limit: bound) else { continue }
            best = (candidate, distance)
            if distance == 0 { break }
        }
        return best?.candidate ?? uniquePrefixMatch(for: name, among: candidates)
    }

    /// The one candidate that `name` abbreviates (`chapel-st` → `chapel-street`), when `name`
    /// has at least three characters and exactly one candidate starts with it.
    private static func uniquePrefixMatch(for name: String, among candidates: some Sequence<String>) -> String? {
        let prefix = name.lowercased()
        guard prefix.count >= 3 else { return nil }
        var match: String?
        for candidate in candidates where candidate != name && candidate.lowercased().hasPrefix(prefix) {
            guard match == nil else { return nil }
            match = candidate
        }
        return match
    }

    /// "; did you mean 'x'?" or the empty string.
    package static func hint(for name: String, among candidates: some Sequence<String>) -> String {
        suggestion(for: name, among: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// Optimal-string-alignment distance between `a` and `b`, or `nil` if it exceeds `limit`.
    /// Costs O(|a| × |b|) at worst and returns early once every alignment exceeds the limit.
    package static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int? {
        if abs(a.count - b.count) > limit { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return nil }
            (previous2, previous, current) = (previous, current, previous2)
        }
        let distance = previous[b.count]
        return distance <= limit ? distance : nil
    }
}
