import CareerDeskCore
import TerminalKit

/// A modal layer over the screen. While one is up it gets every key.
public enum Overlay: Sendable {
    case dialog(Dialog, DialogPurpose)
    case help(ScrollView, title: String)
    case notes(NotesPanel)
    case feedback(FeedbackPanel)
}

/// What a dialog's answer is for, so update knows what to do with the button chosen.
public enum DialogPurpose: Sendable, Hashable {
    case quit
    /// Esc on a new case that cannot be created yet: keep for recovery, discard, or stay.
    case leaveNewCase
    case recovery(RecoveryRecord)
    /// Possible duplicates of the new case; buttons: open each, create anyway, back.
    case duplicates([CaseID], seeker: JobSeeker)
    case printKind(CaseSource)
    case printDestination(DocumentKind, CaseSource)
    case printPath(DocumentKind, CaseSource)
    case exportFormat(CaseSource)
    case exportPath(ExportFormat, CaseSource)
    /// A dialog a step opened; the step gets the answer back with its tag.
    case step(CaseStage, tag: String)
}

/// The case a print or export is about: the one open on screen, or one picked in the list.
public enum CaseSource: Sendable, Hashable {
    case open
    case stored(CaseID)
}
