internal import CSV
internal import _PatrolPlanJSON
import Foundation

/// A CSV file with a header row, read whole with CSV.swift. Errors name the file as the recipe
/// names it, the line (the header is line 1) and the column.
package struct CSVTable: Sendable {
    /// The file as the recipe names it (for messages and `sources`).
    package var name: String
    package var header: [String]
    package var rows: [[String]]

    package init(name: String, header: [String], rows: [[String]]) {
        self.name = name
        self.header = header
        self.rows = rows
    }

    static func read(_ url: URL, name: String) throws(ImportError) -> CSVTable {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ImportError(file: name, "cannot read the file (\(error.localizedDescription))")
        }
        guard var text = String(data: data, encoding: .utf8) else {
            throw ImportError(file: name, "is not UTF-8 text")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: true)
        } catch {
            throw ImportError(file: name, "is not a CSV file with a header row (\(error))")
        }
        guard let header = reader.headerRow, !header.isEmpty else {
            throw ImportError(file: name, "has no header row")
        }
        var rows: [[String]] = []
        while let row = reader.next() {
            if row.count == 1, row[0].isEmpty { continue }  // a blank line
            rows.append(row)
        }
        if let error = reader.error {
            throw ImportError(file: name, place: "line \(rows.count + 2)", "CSV syntax error (\(error))")
        }
        return CSVTable(name: name, header: header.map { $0.trimmingCharacters(in: .whitespaces) }, rows: rows)
    }

    /// The index of a column, or an error that lists the columns.
    package func column(_ name: String, field: String) throws(ImportError) -> Int {
        if let i = header.firstIndex(of: name) { return i }
        throw ImportError(
            file: self.name,
            "has no column '\(name)' (named by the recipe's \(field))\(DidYouMean.hint(for: name, among: header)); its columns are \(header.joined(separator: ", "))"
        )
    }

    package func optionalColumn(_ name: String) -> Int? { header.firstIndex(of: name) }

    /// The field at a row and column ("" when the row is short).
    package func field(_ row: Int, _ column: Int) -> String {
        let r = rows[row]
        return column < r.count ? r[column].trimmingCharacters(in: .whitespaces) : ""
    }

    /// "line 14, column 'Latitude'" for a data row index.
    package func place(_ row: Int, _ column: Int) -> String {
        "line \(row + 2), column '\(column < header.count ? header[column] : "#\(column + 1)")'"
    }

    /// A number, or an error naming the line, column and value.
    package func number(_ row: Int, _ column: Int) throws(ImportError) -> Double {
        let text = field(row, column)
        guard let x = Double(text), x.isFinite else {
            throw ImportError(file: name, place: place(row, column), "'\(text)' is not a number")
        }
        return x
    }
}
