package ducha.petitions;

import java.time.LocalDate;
import java.util.List;

/**
 * A petition or report as a permitted viewer sees it. It never carries the reporter's identity: {@link #reporter()}
 * reads {@link #PROTECTED} (or {@link #ANONYMOUS}) for everyone, handlers included, who must reveal it explicitly.
 *
 * @param number        编号, e.g. XF2024-003
 * @param reporter      {@link #PROTECTED} or {@link #ANONYMOUS}
 * @param reportedStaff 工号 of the staff named
 * @param handlers      user names of the assigned handlers
 * @param deadline      办理期限
 * @param version       the stored version this view was read at: a workflow step names it, and is refused when
 *                      another desktop changed the petition since ({@link ducha.core.ConcurrentChangeException})
 */
public record Petition(String number, Channel channel, LocalDate receivedOn, String reporter,
		List<String> reportedStaff, String summary, String category, String referringBody, LocalDate deadline,
		PetitionState state, List<String> handlers, Conclusion conclusion, String conclusionText,
		LocalDate concludedOn, Disposition disposition, String dispositionText, LocalDate disposedOn,
		LocalDate closedOn, long version) {

	/** What everyone sees in place of a named reporter's identity. */
	public static final String PROTECTED = "受保护";
	/** What everyone sees for an anonymous report. */
	public static final String ANONYMOUS = "匿名";

	public Petition {
		reportedStaff = List.copyOf(reportedStaff);
		handlers = List.copyOf(handlers);
	}

	/** Past its deadline while still open. */
	public boolean overdue(LocalDate today) {
		return state.open() && deadline.isBefore(today);
	}
}
