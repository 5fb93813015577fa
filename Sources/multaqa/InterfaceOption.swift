import ArgumentParser
import Formats
import Foundation

/// `--ui`: the language the interface speaks, for every command that speaks to a person.
struct InterfaceOption: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "The interface's language: ar, fr or en (else MULTAQA_UI, else the locale).",
      valueName: "ar|fr|en"))
  var ui: InterfaceLanguage?

  /// The language chosen, from the environment when `--ui` is not given.
  var language: InterfaceLanguage { ui ?? .from(ProcessInfo.processInfo.environment) }
}

extension InterfaceLanguage: ExpressibleByArgument {}
