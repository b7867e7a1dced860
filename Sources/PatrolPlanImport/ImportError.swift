/// Why an import stopped: the file, the place in it (a JSON path, or a CSV row and column) and
/// the bad value. An import never writes a partial scenario.
public struct ImportError: Error, Sendable, CustomStringConvertible {
    /// The file the problem is in (as the recipe names it), or the recipe itself.
    public var file: String
    /// `row 12, column 'Latitude'`, `areas.idProperty`, or empty.
    public var place: String
    public var message: String

    public init(file: String, place: String = "", _ message: String) {
        self.file = file
        self.place = place
        self.message = message
    }

    public var description: String {
        place.isEmpty ? "\(file): \(message)" : "\(file): \(place): \(message)"
    }
}
