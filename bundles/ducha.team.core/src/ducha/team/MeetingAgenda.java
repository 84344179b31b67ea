package ducha.team;

import java.util.List;

/**
 * A meeting with the problems on its agenda: those it raised, and those of earlier meetings carried to it because
 * they were still open (each with the day of the meeting that first raised it).
 */
public record MeetingAgenda(WorkMeeting meeting, List<MeetingProblem> raised, List<MeetingProblem> carried) {

	public MeetingAgenda {
		raised = List.copyOf(raised);
		carried = List.copyOf(carried);
	}
}
