import BylineKit
import Foundation
import Testing

@Suite("XDG base folders")
struct XDGPathsTests {
    @Test func defaultsUnderHome() {
        let paths = XDGPaths(environment: ["HOME": "/home/ana"])
        #expect(paths.configFile.path == "/home/ana/.config/byline/config.toml")
        #expect(paths.userThemesDirectory.path == "/home/ana/.config/byline/themes")
        #expect(paths.stateDirectory.path == "/home/ana/.local/state/byline")
        #expect(paths.dataDirectory.path == "/home/ana/.local/share/byline")
        #expect(paths.cacheDirectory.path == "/home/ana/.cache/byline")
    }

    @Test func variablesOverrideHome() {
        let paths = XDGPaths(environment: [
            "HOME": "/home/ana", "XDG_CONFIG_HOME": "/cfg", "XDG_STATE_HOME": "/st",
            "XDG_DATA_HOME": "/data", "XDG_CACHE_HOME": "/cache",
        ])
        #expect(paths.configFile.path == "/cfg/byline/config.toml")
        #expect(paths.stateDirectory.path == "/st/byline")
        #expect(paths.dataDirectory.path == "/data/byline")
        #expect(paths.cacheDirectory.path == "/cache/byline")
    }

    @Test func relativeAndEmptyVariablesAreIgnored() {
        let paths = XDGPaths(environment: ["HOME": "/home/ana", "XDG_CONFIG_HOME": "relative/dir", "XDG_STATE_HOME": ""])
        #expect(paths.configDirectory.path == "/home/ana/.config/byline")
        #expect(paths.stateDirectory.path == "/home/ana/.local/state/byline")
    }

    @Test func computingPathsCreatesNothing() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("xdg-\(UUID().uuidString)")
        let paths = XDGPaths(environment: ["HOME": home.path])
        _ = (paths.configFile, paths.stateDirectory, paths.dataDirectory, paths.userThemesDirectory)
        #expect(!FileManager.default.fileExists(atPath: home.path))
    }
}
