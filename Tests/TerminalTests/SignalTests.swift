import CCurses
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The terminal is restored whatever signal ends the editor (issue 9, fault 5).
@Suite struct SignalTests {
  /// Every signal whose default is to end the process, but the three the editor ends on
  /// cleanly (SIGTERM, SIGHUP, SIGINT), restores the terminal first.
  @Test func everyFatalSignalRestoresTheTerminal() {
    mq_install_signal_handlers()
    let fatal = [
      SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP, SIGSYS, SIGXCPU, SIGXFSZ, SIGALRM,
      SIGUSR1, SIGUSR2, SIGVTALRM, SIGPROF,
    ]
    for sig in fatal {
      // A signal the process was told to ignore stays ignored, and is not fatal.
      if mq_signal_ignored(sig) == 1 { continue }
      #expect(mq_fatal_handler_installed(sig) == 1, "signal \(sig)")
    }
  }

  /// A stack overflow leaves no stack for a handler: it runs on a stack of its own.
  @Test func theHandlerHasAStackOfItsOwn() {
    mq_install_signal_handlers()
    #expect(mq_alternate_stack_size() >= 1 << 16)
  }
}
