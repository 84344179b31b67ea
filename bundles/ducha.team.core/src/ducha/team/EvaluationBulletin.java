package ducha.team;

import java.time.LocalDate;

import ducha.core.documents.DocumentNumber;
import ducha.core.period.Period;

/**
 * A quarterly bulletin (季度通报) on the integrity supervisors, numbered per year.
 *
 * @param year     the year its number counts in
 * @param number   its number in that year
 * @param quarter  the quarter it reports on
 * @param title    e.g. 关于2026年第三季度廉政监察员履职情况的通报
 * @param issuedOn the day of issue
 */
public record EvaluationBulletin(int year, int number, Period quarter, String title, LocalDate issuedOn) {

	/** As the office writes the number: 2026年第3期. */
	public String label() {
		return new DocumentNumber(EvaluationService.BULLETIN_KIND, year, number).label();
	}
}
