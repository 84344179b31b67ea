package ducha.integrity;

import java.time.LocalDate;

/**
 * One periodic review (定期复核) of a risk-control measure, as recorded: the measure's review date then moved to
 * {@link #nextReview}.
 *
 * @param recordNo   编号 of the measure reviewed
 * @param reviewedOn day of the review
 * @param nextReview the next review date it set
 * @param note       复核意见, may be null
 * @param reviewedBy account that recorded it
 */
public record RiskReview(String recordNo, LocalDate reviewedOn, LocalDate nextReview, String note,
		String reviewedBy) {

	/** The longest 复核意见 stored. */
	public static final int NOTE_MAX = 1000;
}
