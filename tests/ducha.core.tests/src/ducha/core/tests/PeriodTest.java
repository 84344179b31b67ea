package ducha.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import ducha.core.period.Period;
import ducha.core.period.PeriodKind;

class PeriodTest {

	@Test
	void aQuarterRunsFromItsFirstToItsLastDay() {
		Period q1 = Period.quarter(2024, 1);
		assertEquals(LocalDate.of(2024, 1, 1), q1.from());
		assertEquals(LocalDate.of(2024, 3, 31), q1.to());
		assertEquals(LocalDate.of(2024, 12, 31), Period.quarter(2024, 4).to());
	}

	@Test
	void theQuarterOfADayContainsIt() {
		assertEquals(Period.quarter(2024, 2), Period.quarterOf(LocalDate.of(2024, 5, 15)));
		assertEquals(Period.quarter(2024, 3), Period.quarterOf(LocalDate.of(2024, 7, 1)));
	}

	@Test
	void bothEndsOfAPeriodAreInside() {
		Period february = Period.month(YearMonth.of(2024, 2));
		assertEquals(LocalDate.of(2024, 2, 29), february.to(), "2024 is a leap year");
		assertTrue(february.contains(LocalDate.of(2024, 2, 1)));
		assertTrue(february.contains(LocalDate.of(2024, 2, 29)));
		assertFalse(february.contains(LocalDate.of(2024, 3, 1)));
		assertFalse(february.contains(null));
	}

	@Test
	void halfYearsSplitAtJuly() {
		assertEquals(LocalDate.of(2023, 6, 30), Period.halfYear(2023, 1).to());
		assertEquals(LocalDate.of(2023, 7, 1), Period.halfYear(2023, 2).from());
	}

	@Test
	void labelsAreWrittenAsTheOfficeWritesThem() {
		assertEquals("2024年", Period.year(2024).label());
		assertEquals("2024年下半年", Period.halfYear(2024, 2).label());
		assertEquals("2024年第三季度", Period.quarter(2024, 3).label());
		assertEquals("2024年3月", Period.month(YearMonth.of(2024, 3)).label());
		assertEquals("2024-01-05至2024-02-01", Period.of(LocalDate.of(2024, 1, 5), LocalDate.of(2024, 2, 1)).label());
	}

	@Test
	void fromToSpansThatAreCalendarPeriodsGetTheirKind() {
		assertEquals(Period.year(2024), Period.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
		assertEquals(Period.halfYear(2024, 2), Period.of(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 12, 31)));
		assertEquals(Period.quarter(2024, 2), Period.of(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 6, 30)));
		assertEquals(Period.month(YearMonth.of(2024, 2)), Period.of(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)));
		assertEquals(PeriodKind.CUSTOM, Period.of(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 4, 30)).kind());
		assertEquals(PeriodKind.CUSTOM, Period.of(LocalDate.of(2024, 3, 1), LocalDate.of(2025, 2, 28)).kind());
		assertEquals(PeriodKind.CUSTOM, Period.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 30)).kind());
	}

	@Test
	void impossiblePeriodsAreRefused() {
		assertThrows(IllegalArgumentException.class, () -> Period.quarter(2024, 5));
		assertThrows(IllegalArgumentException.class, () -> Period.halfYear(2024, 0));
		assertThrows(IllegalArgumentException.class,
				() -> Period.of(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 31)));
	}
}
