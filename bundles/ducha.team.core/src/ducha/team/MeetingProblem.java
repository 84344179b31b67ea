package ducha.team;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A problem raised at a work meeting: who raised what about which department, its analysis, the resolution agreed
 * with its owner and due date, and when and how it was resolved. It belongs to the meeting that raised it; while
 * it is not resolved it is carried to every later meeting ({@link #carriedTo}).
 *
 * @param id             database id, 0 for a problem not yet stored
 * @param meetingDate    the day of the meeting that raised it
 * @param seq            its position among that meeting's problems, from 1
 * @param raisedBy       工号 of who raised it
 * @param description    what the problem is
 * @param departmentCode the department concerned
 * @param analysis       the analysis, null until analysed
 * @param analysedOn     when it was analysed, null until then
 * @param resolution     what is to be done (解决措施), null until agreed
 * @param ownerStaffNo   工号 of who is to do it, null until agreed
 * @param due            by when, null until agreed
 * @param resolvedOn     when it was resolved, null while open
 * @param resolvedHow    how it was resolved, null while open
 * @param version        the stored version the record was read at, 0 for a problem not yet stored (analysis and
 *                       resolution pass it back, so that a step taken from an out-of-date view is refused)
 */
public record MeetingProblem(long id, LocalDate meetingDate, int seq, String raisedBy, String description,
		String departmentCode, String analysis, LocalDate analysedOn, String resolution, String ownerStaffNo,
		LocalDate due, LocalDate resolvedOn, String resolvedHow, long version) {

	/** A problem not yet stored. */
	public MeetingProblem(long id, LocalDate meetingDate, int seq, String raisedBy, String description,
			String departmentCode, String analysis, LocalDate analysedOn, String resolution, String ownerStaffNo,
			LocalDate due, LocalDate resolvedOn, String resolvedHow) {
		this(id, meetingDate, seq, raisedBy, description, departmentCode, analysis, analysedOn, resolution,
				ownerStaffNo, due, resolvedOn, resolvedHow, 0);
	}

	public MeetingProblem {
		Objects.requireNonNull(meetingDate, "meetingDate");
	}

	/** A problem to raise at the meeting of the day (its position is given when it is stored). */
	public static MeetingProblem raise(LocalDate meetingDate, String raisedBy, String description,
			String departmentCode) {
		return new MeetingProblem(0, meetingDate, 0, raisedBy, description, departmentCode, null, null, null, null,
				null, null, null);
	}

	/** Its number, the meeting's day and its position: 2025-03-12-2. */
	public String problemNo() {
		return meetingDate + "-" + seq;
	}

	public boolean analysed() {
		return analysedOn != null;
	}

	public boolean resolved() {
		return resolvedOn != null;
	}

	/** Open, with a due date before the day. */
	public boolean overdue(LocalDate day) {
		return !resolved() && due != null && due.isBefore(day);
	}

	/**
	 * Whether the problem is on the agenda of a later meeting of that day as carried over: raised before it and
	 * not resolved before it (one resolved on that day is shown there with its resolution, and no longer after).
	 */
	public boolean carriedTo(LocalDate meetingDay) {
		return meetingDate.isBefore(meetingDay) && (resolvedOn == null || !resolvedOn.isBefore(meetingDay));
	}

	/** The problem with the analysis and agreed resolution. */
	public MeetingProblem with(ProblemAnalysis a) {
		return new MeetingProblem(id, meetingDate, seq, raisedBy, description, departmentCode, a.analysis(),
				a.analysedOn(), a.resolution(), a.ownerStaffNo(), a.due(), resolvedOn, resolvedHow, version);
	}

	/** The problem resolved on the day, as said. */
	public MeetingProblem resolvedOn(LocalDate day, String how) {
		return new MeetingProblem(id, meetingDate, seq, raisedBy, description, departmentCode, analysis, analysedOn,
				resolution, ownerStaffNo, due, day, how, version);
	}
}
