package ducha.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import ducha.core.ledger.LedgerRowValidator;

/**
 * The dates a ledger cell may hold ({@link LedgerRowValidator#parseDate}): ISO dates, which exports write and which
 * are told without the patterns, give the same dates and refusals as every other accepted form.
 */
class LedgerDateTest {

	@Test
	void isoDatesAndTheOtherFormsGiveTheSameDay() {
		LocalDate day = LocalDate.of(2024, 3, 5);
		for (String text : new String[] { "2024-03-05", " 2024-03-05 ", "2024-3-5", "2024/03/05", "2024.3.5",
				"2024年3月5日", "2024 年 3 月 5 日", "20240305" }) {
			assertEquals(day, LedgerRowValidator.parseDate(text), text);
		}
		assertEquals(LocalDate.of(2024, 2, 29), LedgerRowValidator.parseDate("2024-02-29"));
		assertEquals(LocalDate.of(1999, 12, 31), LedgerRowValidator.parseDate("1999-12-31"));
	}

	@Test
	void daysThatDoNotExistAndOtherShapesAreRefused() {
		for (String text : new String[] { "2023-02-29", "2024-02-30", "2024-13-01", "2024-00-10", "2024-01-00",
				"2024-03-5x", "2024_03_05", "２０２４-03-05", "24-03-05", "2024-03-051", "", "  ",
				"三月五日" }) {
			assertNull(LedgerRowValidator.parseDate(text), text);
		}
		assertNull(LedgerRowValidator.parseDate(null));
	}
}
