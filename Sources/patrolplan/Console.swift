import ArgumentParser
import Foundation

/// Reading input, writing output and messages. stdout carries only the plan.
enum Console {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    /// The size of a regular file in bytes, if it can be read.
    static func fileSize(_ path: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue
    }

    static func read(_ path: String) throws -> Data {
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            Self.error("\(path): cannot read the file (\(error.localizedDescription))")
            throw Exit.cannotRead
        }
    }

    /// Writes `data` to `path` atomically: a temporary file beside it, then a rename, so a
    /// failed run never leaves a partial file.
    static func write(_ data: Data, to path: String) throws {
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            Self.error("\(path): cannot write the file (\(error.localizedDescription))")
            throw Exit.cannotWrite
        }
    }

    static func print(_ data: Data) {
        FileHandle.standardOutput.write(data)
    }
}
