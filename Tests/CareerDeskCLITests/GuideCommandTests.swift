import Foundation
import Testing

@Suite struct GuideCommandTests {
    /// A store with the demo cases imported.
    func demoStore() throws -> URL {
        let store = makeTempDirectory("careerdesk-guide")
        let demo = repositoryData.appendingPathComponent("demo")
        let files = try FileManager.default.contentsOfDirectory(atPath: demo.path).filter { $0.hasSuffix(".json") }
            .map { demo.appendingPathComponent($0).path }
        let r = try CLI.run(["import"] + files, store: store)
        #expect(r.status == 0, "\(r.stderr)")
        return store
    }

    @Test func guideRanksADemoCaseWithPartsReasonsAndMeasures() throws {
        let store = try demoStore()
        defer { try? FileManager.default.removeItem(at: store) }
        let r = try CLI.run(
            ["guide", "SAK-2026-000101", "--lang", "en", "--data", repositoryData.path], store: store)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Holland code RIE: R 92 · I 71 · A 21 · S 21 · E 46 · C 46"))
        #expect(
            r.stdout.contains(
                "  2. 7212 Welder — 91\n     interests 96 · demand 100 · pay 100 · skills 60 · training 88\n"))
        #expect(r.stdout.contains("Interests match (RIE ↔ RIC); demand 3.44 vacancies per job seeker"))
        #expect(r.stdout.contains("Own business (self-employment) [own business]"))
        #expect(r.stdout.contains("• Unemployment benefit — status: unemployed; age 37 (at least 16)"))
    }

    @Test func withoutAnswersTheGuideSaysWhatItRanksOn() throws {
        let store = try demoStore()
        defer { try? FileManager.default.removeItem(at: store) }
        let r = try CLI.run(["guide", "PER-2026-000201", "--lang", "en", "--data", repositoryData.path], store: store)
        #expect(r.status == 0)
        #expect(
            r.stdout.contains(
                "No questionnaire answers: ranked on demand, wage uplift and training availability alone."))
        #expect(r.stdout.contains("interests — · demand"))
    }

    @Test func answersOnTheCommandLineOverrideAndAreChecked() throws {
        let store = try demoStore()
        defer { try? FileManager.default.removeItem(at: store) }
        let social = String(repeating: "111511", count: 6)  // R I A S E C per round: S high, the rest tie
        let r = try CLI.run(
            ["guide", "PER-2026-000201", "--answers", social, "--json", "--data", repositoryData.path], store: store)
        #expect(r.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let profile = try #require(json["profile"] as? [String: Any])
        #expect(profile["hollandCode"] as? String == "SRI")  // ties in hexagon order
        let short = try CLI.run(["guide", "PER-2026-000201", "--answers", "123", "--lang", "en"], store: store)
        #expect(short.status != 0)
        #expect(short.stderr == "--answers: 36 answers (digits 1–5) are needed, got 3\n")
        let zero = try CLI.run(
            ["guide", "PER-2026-000201", "--answers", String(repeating: "0", count: 36), "--lang", "en"], store: store)
        #expect(zero.stderr == "--answers: only digits 1 to 5, one per item\n")
    }
}
