import Testing

@testable import Scheduling

@Suite struct TimeTests {
  @Test func parsesAndFormatsDates() {
    let date = CalendarDate(iso: "2010-03-14")
    #expect(date?.iso == "2010-03-14")
    #expect(date?.weekday == 0)  // A Sunday.
    #expect(date?.adding(days: 1).weekday == 1)
    #expect(date?.short == "14 Mar")
    #expect(CalendarDate(iso: "2010-02-29") == nil)
    #expect(CalendarDate(iso: "2012-02-29") != nil)
    #expect(CalendarDate(iso: "2010-3-14") == nil)
    #expect(CalendarDate(iso: "14/03/2010") == nil)
    #expect(CalendarDate(iso: "٢٠١٠-٠٣-١٤") == nil)
  }

  @Test(arguments: [-800_000, -1, 0, 1, 14_682, 20_000, 2_000_000])
  func dayNumbersRoundTrip(_ n: Int) {
    #expect(CalendarDate(dayNumber: n).dayNumber == n)
  }

  @Test func dayNumberOfKnownDates() {
    #expect(CalendarDate(iso: "1970-01-01")?.dayNumber == 0)
    #expect(CalendarDate(iso: "2010-03-14")?.dayNumber == 14_682)
    #expect(CalendarDate(iso: "2000-02-29")?.adding(days: 1).iso == "2000-03-01")
  }

  @Test func parsesTimes() {
    #expect(TimeOfDay(parsing: "09:30")?.minutes == 570)
    #expect(TimeOfDay(parsing: "9:30")?.minutes == 570)
    #expect(TimeOfDay(parsing: "24:00")?.minutes == 1440)
    #expect(TimeOfDay(parsing: "24:15") == nil)
    #expect(TimeOfDay(parsing: "12:60") == nil)
    #expect(TimeOfDay(parsing: "0930") == nil)
    #expect(TimeOfDay(parsing: "09:3") == nil)
    #expect(TimeOfDay(parsing: "-1:00") == nil)
    #expect(TimeOfDay(parsing: "٠٩:٣٠") == nil)
    #expect(TimeOfDay(minutes: 570)?.description == "09:30")
  }

  @Test func overlapIsHalfOpen() {
    #expect(overlaps(540, 600, 570, 630))
    #expect(!overlaps(540, 600, 600, 660))
    #expect(!overlaps(600, 660, 540, 600))
  }
}

@Suite struct DayGridTests {
  @Test func startsCountFromTheOpeningAndAgainFromEachBreaksEnd() {
    // 08:30–13:00, 20-minute slots, a break 10:30–10:45.
    let grid = DayGrid(opens: 510, closes: 780, breakEnds: [645], slot: 20)
    #expect(grid.contains(510) && grid.contains(530) && !grid.contains(540))
    #expect(grid.contains(645) && grid.contains(665) && !grid.contains(670))
    #expect(grid.neighbours(of: 540) == (530, 550))
    // Just before the break's end, the next time is the restart, not a slot later.
    #expect(grid.neighbours(of: 640) == (630, 645))
    #expect(grid.starts(duration: 40).last == 725)
    #expect(grid.starts().prefix(3) == [510, 530, 550])
    #expect(grid.tick == 5)
  }

  /// Files written for the grid counted from midnight keep their meaning: when the opening
  /// and every break's end are on that grid, both grids are the same.
  @Test func aDayOnTheMidnightGridKeepsIt() {
    var random = SeededRandom(seed: 11)
    for _ in 0..<200 {
      let slot = [5, 10, 15, 20, 30, 60][random.below(6)]
      let opens = (360 + random.below(240)) / slot * slot
      let closes = opens + slot * (4 + random.below(20))
      let ends = (0..<random.below(4)).map { _ in opens + slot * (1 + random.below(30)) }
      let grid = DayGrid(opens: opens, closes: closes, breakEnds: ends, slot: slot)
      let differ = (0..<1440).filter { grid.contains($0) != ($0 % slot == 0) }
      #expect(differ.isEmpty, "slot \(slot), opening \(opens): \(differ.prefix(3))")
      #expect(grid.tick == slot)
    }
  }
}
