package ducha.team;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A work meeting (工作例会), usually the monthly meeting of the political and integrity supervisors. One meeting a
 * day: the date is its key (in the ledger, the CLI and the problems' references).
 *
 * @param id           database id, 0 for a meeting not yet stored
 * @param date         the day it met
 * @param title        what meeting it was, e.g. 政治督导员、廉政监察员月度工作例会
 * @param chairStaffNo 工号 of who chaired it, may be null
 * @param attendees    工号 of those who attended, in the order given
 * @param minutes      what was said and decided (纪要正文), may be empty
 */
public record WorkMeeting(long id, LocalDate date, String title, String chairStaffNo, List<String> attendees,
		String minutes) {

	/** The usual title of the monthly meeting. */
	public static final String MONTHLY = "政治督导员、廉政监察员月度工作例会";

	public WorkMeeting {
		Objects.requireNonNull(date, "date");
		attendees = attendees == null ? List.of() : List.copyOf(attendees);
		minutes = minutes == null ? "" : minutes;
	}

	/** A new meeting, not yet stored. */
	public static WorkMeeting of(LocalDate date, String title, String chairStaffNo, List<String> attendees,
			String minutes) {
		return new WorkMeeting(0, date, title, chairStaffNo, attendees, minutes);
	}
}
