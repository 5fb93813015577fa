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
