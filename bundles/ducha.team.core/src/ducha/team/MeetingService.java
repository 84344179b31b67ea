package ducha.team;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

import ducha.core.directory.Staff;
import ducha.core.documents.DocumentFormat;
import ducha.core.documents.OfficialDocument;
import ducha.core.period.Period;
import ducha.core.security.Principal;

/**
 * Work meetings (工作例会) and the problems raised at them. Reading needs {@link TeamPermissions#READ}, changing
 * {@link TeamPermissions#MANAGE} (and the department of a problem in the actor's scope); every change is audited.
 * The staff and departments named must be in the directory. A meeting is named by its day.
 */
public interface MeetingService {

	/** The meetings held in the period, by date. */
	List<WorkMeeting> meetings(Period period, Principal viewer);

	/** The meeting of the day with its own and its carried problems. */
	MeetingAgenda agenda(LocalDate meetingDate, Principal viewer);

	/** Every problem raised, by meeting and position; only the unresolved ones when {@code openOnly}. */
	List<MeetingProblem> problems(boolean openOnly, Principal viewer);

	/** The problem of the number ({@link MeetingProblem#problemNo()}). */
	MeetingProblem problem(String problemNo, Principal viewer);

	/** Records a meeting, or updates the one of its day (title, chair, attendees, minutes). */
	WorkMeeting save(WorkMeeting meeting, Principal actor);

	/** Raises a problem at the stored meeting of {@link MeetingProblem#meetingDate()}; it gets the next position. */
	MeetingProblem raise(MeetingProblem problem, Principal actor);

	/**
	 * Records the analysis and the resolution agreed (replacing an earlier one); not for a resolved problem.
	 * {@code seenVersion} is the {@link MeetingProblem#version()} the caller read: a problem changed since is refused
	 * with a {@link ducha.core.ConcurrentChangeException} naming who changed it.
	 */
	MeetingProblem analyse(String problemNo, long seenVersion, ProblemAnalysis analysis, Principal actor);

	/**
	 * Marks an analysed problem resolved on the day (not before its analysis, not after today), saying how;
	 * {@code seenVersion} as for {@link #analyse}.
	 */
	MeetingProblem resolve(String problemNo, long seenVersion, LocalDate resolvedOn, String how, Principal actor);

	/** The staff holding a supervision role on the day: those who attend and chair the meetings, and mentor. */
	List<Staff> supervisorsOn(LocalDate day, Principal viewer);

	/**
	 * Writes the meeting's minutes (会议纪要: attendees, problems raised, carried problems, resolutions) as an
	 * official document in the format; returns what was written.
	 */
	OfficialDocument writeMinutes(LocalDate meetingDate, DocumentFormat format, OutputStream out, Principal viewer)
			throws IOException;
}
