package io.interdict.blocking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UsFederalHolidaysTest {
  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
      "2025-01-01, New Year's Day",
      "2025-01-20, 'Birthday of Martin Luther King, Jr.'",
      "2025-02-17, Washington's Birthday",
      "2025-05-26, Memorial Day",
      "2025-06-19, Juneteenth National Independence Day",
      "2025-07-04, Independence Day",
      "2025-09-01, Labor Day",
      "2025-10-13, Columbus Day",
      "2025-11-11, Veterans Day",
      "2025-11-27, Thanksgiving Day",
      "2025-12-25, Christmas Day",
      // observed-date shifting
      "2021-12-31, New Year's Day",        // 1 Jan 2022 is a Saturday: observed Friday in the year before
      "2023-01-02, New Year's Day",        // 1 Jan 2023 is a Sunday: observed Monday
      "2026-07-03, Independence Day",      // Saturday -> Friday
      "2022-12-26, Christmas Day",         // Sunday -> Monday
      "2027-06-18, Juneteenth National Independence Day", // Saturday -> Friday
      "2023-11-10, Veterans Day",          // Saturday -> Friday
  })
  void observedHolidays(LocalDate date, String name) {
    assertThat(UsFederalHolidays.holiday(date)).isEqualTo(name);
    assertThat(UsFederalHolidays.isBusinessDay(date)).isFalse();
  }

  @ParameterizedTest(name = "{0} is a business day")
  @CsvSource({"2022-01-03", "2026-07-06", "2020-06-19", "2023-11-13", "2025-11-28", "2025-12-24", "2025-12-26"})
  void ordinaryDaysAreBusinessDays(LocalDate date) {
    assertThat(UsFederalHolidays.isBusinessDay(date)).isTrue();
  }

  @Test
  void everyYearHasElevenHolidaysSinceJuneteenth() {
    assertThat(UsFederalHolidays.observed(2025)).hasSize(11);
    assertThat(UsFederalHolidays.observed(2020)).hasSize(10);
    // 2021 observes New Year's Day twice: 1 Jan 2021 and 31 Dec 2021 (for 1 Jan 2022)
    assertThat(UsFederalHolidays.observed(2021)).hasSize(12);
  }

  @ParameterizedTest(name = "blocked {0} -> due {1}")
  @CsvSource({
      "2025-06-02, 2025-06-16",  // plain fortnight
      "2025-06-13, 2025-06-30",  // over Juneteenth (Thursday 19 June)
      "2025-11-19, 2025-12-04",  // over Thanksgiving
      "2025-12-17, 2026-01-02",  // over Christmas and New Year's Day
      "2026-01-12, 2026-01-27",  // over Martin Luther King Day (a Monday)
      "2025-08-29, 2025-09-15",  // blocked on the Friday before Labor Day
      "2025-11-22, 2025-12-08",  // blocked on a Saturday: counting starts Monday
      "2026-06-29, 2026-07-14",  // over Independence Day observed on Friday 3 July
  })
  void tenBusinessDaysAfterBlocking(LocalDate blocked, LocalDate due) {
    assertThat(UsFederalHolidays.addBusinessDays(blocked, 10)).isEqualTo(due);
  }
}
