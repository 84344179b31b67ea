package ducha.cases;

import java.time.LocalDate;

/**
 * A rectification follow-up (整改跟踪督办) of a finding, followed by the department's integrity supervisor until it
 * is verified closed.
 *
 * @param id           stored id
 * @param findingId    the finding
 * @param openedDate   day opened
 * @param supervisorNo 工号 of the integrity supervisor following it
 * @param staffNo      工号 of the staff member who rectifies
 * @param measures     the rectification measures required
 * @param verifiedDate day verified closed, null while open
 * @param verification how it was verified
 * @param version      the stored version this view was read at, named when it is verified
 */
public record RectificationFollowup(long id, long findingId, LocalDate openedDate, String supervisorNo,
		String staffNo, String measures, LocalDate verifiedDate, String verification, long version) {

	public boolean isClosed() {
		return verifiedDate != null;
	}
}
