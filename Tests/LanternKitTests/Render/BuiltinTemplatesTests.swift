import Foundation
import Testing
@testable import LanternKit
import LanternTestSupport

/// The templates compiled into the binary (`BuiltinTemplates+Generated.swift`) are the files in
/// `templates/` that users copy and edit.
@Suite struct BuiltinTemplatesTests {
    @Test func builtInTemplatesMatchTheTemplatesFolder() throws {
        let folder = repositoryRoot + "/templates"
        let names = try FileManager.default.subpathsOfDirectory(atPath: folder).filter {
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder + "/" + $0, isDirectory: &isFolder) && !isFolder.boolValue
        }
        #expect(Set(names) == Set(BuiltinTemplates.files.keys), "run scripts/embed-templates")
        for name in names {
            #expect(
                try String(contentsOfFile: folder + "/" + name, encoding: .utf8) == BuiltinTemplates.files[name],
                "\(name) differs from the built-in copy: run scripts/embed-templates")
        }
    }
}
