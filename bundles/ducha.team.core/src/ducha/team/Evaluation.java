package ducha.team;

import java.time.LocalDate;
import java.util.Objects;

import ducha.core.period.Period;
import ducha.core.period.PeriodKind;

/**
 * One evaluation of an integrity supervisor: the remarks of a quarter's bulletin (季度通报), of a half-year summary
 * (半年小结), or the annual overall evaluation (年度总评) with its grade. The period's kind says which.
 *
 * @param staffNo    工号 of the integrity supervisor
 * @param period     a quarter, a half-year or a year
 * @param grade      the annual grade; null for a quarter or a half-year
 * @param remarks    the evaluation's words
 * @param recordedBy who recorded it (user name), empty for one not yet stored
 * @param recordedOn when
 */
public record Evaluation(String staffNo, Period period, Grade grade, String remarks, String recordedBy,
		LocalDate recordedOn) {

	public Evaluation {
		Objects.requireNonNull(staffNo, "staffNo");
		Objects.requireNonNull(period, "period");
		remarks = remarks == null ? "" : remarks.strip();
		recordedBy = recordedBy == null ? "" : recordedBy;
	}

	/** An evaluation to record (who and when are the service's). */
	public static Evaluation of(String staffNo, Period period, Grade grade, String remarks) {
		return new Evaluation(staffNo, period, grade, remarks, "", null);
	}

	/** True for the annual overall evaluation, the one with a grade. */
	public boolean annual() {
		return period.kind() == PeriodKind.YEAR;
	}
}
