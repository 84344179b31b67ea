package ducha.petitions;

import java.time.LocalDate;
import java.util.List;

/**
 * What the office registers when a petition or report comes in.
 *
 * @param channel         how it came in
 * @param receivedOn      the day it was received
 * @param reporter        the reporter, or {@link Reporter#ANONYMOUS}
 * @param reportedStaff   工号 of the staff it names (at least one)
 * @param summary         content summary
 * @param category        category, e.g. 违反廉洁纪律 (see {@link PetitionService#CATEGORIES})
 * @param referringBody   the referring authority, required for {@link Channel#REFERRAL}
 * @param referralDeadline the referring authority's own deadline (only for {@link Channel#REFERRAL}); null: the
 *                        channel's configured deadline
 */
public record Intake(Channel channel, LocalDate receivedOn, Reporter reporter, List<String> reportedStaff,
		String summary, String category, String referringBody, LocalDate referralDeadline) {

	public Intake {
		reportedStaff = reportedStaff == null ? List.of() : List.copyOf(reportedStaff);
		reporter = reporter == null ? Reporter.ANONYMOUS : reporter;
	}
}
