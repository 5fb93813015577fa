import Scheduling

extension Schedule {
  /// `Clusters and networks · Chair: Samir Karoui`: the session a talk is part of, for
  /// exports that have no sessions of their own (iCalendar, frab), in `language`.
  public func sessionNote(ofTalk id: String, in language: String?) -> String? {
    guard let session = session(ofTalk: id) else { return nil }
    var note = session.title(in: language, primary: event.language)
    if let chair = session.chair.flatMap({ speakers[id: $0] }) {
      note +=
        " · " + PlanWords.word(.chair, language ?? event.language) + ": "
        + chair.name(in: language ?? event.language)
    }
    return note
  }
}
