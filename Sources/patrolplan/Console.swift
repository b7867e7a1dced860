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
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            Self.error("\(path): is a directory, not a file (give the path of a .json file in it)")
            throw Exit.cannotRead
        }
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
            // A device or pipe (/dev/stdout, /dev/null, a FIFO) is written in place: renaming a
            // temporary file over it would replace the device with a regular file.
            let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
            let type = try? FileManager.default.attributesOfItem(atPath: target)[.type] as? FileAttributeType
            if let type, type != .typeRegular {
                let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
                defer { try? handle.close() }
                try handle.write(contentsOf: data)
                return
            }
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
