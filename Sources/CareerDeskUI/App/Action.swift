import CareerDeskCore
import Foundation
import TerminalKit

/// Everything that can happen to the desk: a key, a tick of the clock, or the result of an
/// effect coming back from the runner.
public enum Action: Sendable {
    case key(Key)
    case resized(Size)
    /// Time passed (autosave runs from ticks); carries the time, so update never reads a clock.
    case tick(Date)
    /// The terminal went away (input ended or failed): save what can be saved and end.
    case inputClosed

    /// The case list from the store or its index; `complete` is false while a rebuild is running.
    case casesLoaded([CaseSummary], problems: [StoreProblem], complete: Bool)
    /// The first frame's part of a long list (the newest cases, the counts), read from the
    /// index's table while the whole list is still being read; `casesLoaded` follows.
    case casesHead(CaseIndexHead)
    /// Progress of a background index rebuild.
    case indexProgress(done: Int, total: Int)
    /// The filter's search over a long list, built in the background for list `version`.
    case searchBuilt(DeskSearch, version: Int)
    /// A case opened; `holder` names the desk holding its lock when it opened read-only.
    case caseOpened(Case, holder: String?)
    case caseOpenFailed(String)
    /// The store's copy of a recovered case, once its lock is taken.
    case recoveryBase(Case)
    /// The lock of a recovered case is held by another desk: the case shows read-only.
    case lockRefused(holder: String)
    /// A save or create succeeded: the case as written (new revision).
    case caseSaved(Case, created: Bool, explicit: Bool)
    case saveFailed(String, staleCopy: String?)
    /// Something went wrong beside a save that succeeded (its audit record was not written):
    /// comes after its `caseSaved`, and is shown as an error.
    case storeWarning(String)
    case demoLoaded(count: Int, problems: [String])
    /// Unsaved work found at start (a recovery journal left by a crash or kill).
    case recoveryFound(RecoveryRecord)
    /// A print or export finished: the message to show (where it went) or the error.
    case outputDone(String)
    case outputFailed(String)
}

/// Work for the runner at the edge (store, printer, files). Results come back as actions.
public enum Effect: Sendable {
    /// The case list; `rows` is as many as the screen can show (what the first frame needs).
    case loadCases(rows: Int)
    /// Builds the filter's search over a long list off the keystroke path.
    case buildSearch([CaseSummary], version: Int)
    case loadDemo
    case open(CaseID)
    /// Takes the lock of a case put on screen from the recovery journal.
    case lock(CaseID)
    /// Releases the lock of a case the desk no longer shows.
    case close(CaseID)
    case create(JobSeeker, draft: Case)
    case save(Case, explicit: Bool)
    case writeRecovery(RecoveryRecord)
    case clearRecovery
    case checkRecovery
    case print(DocumentKind, CaseRef, destination: PrintDestination)
    case export(ExportFormat, CaseRef, path: String)
}

/// A case for an effect: the working copy on screen, or one to load from the store.
public enum CaseRef: Sendable {
    case loaded(Case)
    case stored(CaseID)
}

/// Where a printed document goes.
public enum PrintDestination: Hashable, Sendable {
    case printer
    case file(String)
}
