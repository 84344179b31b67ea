package ducha.team.internal.meetings;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;

import ducha.core.NotFoundException;
import ducha.team.internal.jpa.MeetingEntity;
import ducha.team.internal.jpa.MeetingProblemEntity;

/** The stored meetings and problems as the service, the ledgers and the minutes look them up. */
final class Problems {

	private Problems() {
	}

	/** The meeting of the day, or null. */
	static MeetingEntity meeting(EntityManager em, LocalDate day) {
		return em.createQuery("select m from MeetingEntity m where m.date = :day", MeetingEntity.class)
				.setParameter("day", day).getResultList().stream().findFirst().orElse(null);
	}

	/** The meeting of the day; one that is not stored is refused. */
	static MeetingEntity existingMeeting(EntityManager em, LocalDate day) {
		MeetingEntity meeting = meeting(em, day);
		if (meeting == null) {
			throw new NotFoundException(NLS.bind(Messages.meetingNotFound, day));
		}
		return meeting;
	}

	/** The problem of the number 2025-03-12-2; an unknown or malformed number is refused. */
	static MeetingProblemEntity existingProblem(EntityManager em, String problemNo) {
		MeetingProblemEntity problem = null;
		int dash = problemNo == null ? -1 : problemNo.lastIndexOf('-');
		if (dash > 0) {
			try {
				MeetingEntity meeting = meeting(em, LocalDate.parse(problemNo.substring(0, dash).strip()));
				problem = meeting == null ? null
						: meeting.problem(Integer.parseInt(problemNo.substring(dash + 1).strip()));
			} catch (DateTimeParseException | NumberFormatException e) {
				problem = null;
			}
		}
		if (problem == null) {
			throw new NotFoundException(NLS.bind(Messages.problemNotFound, problemNo));
		}
		return problem;
	}

	/** The problems of earlier meetings still open on the day (carried to its meeting), oldest first. */
	static List<MeetingProblemEntity> carriedTo(EntityManager em, LocalDate day) {
		return em.createQuery("select p from MeetingProblemEntity p where p.meeting.date < :day"
				+ " and (p.resolvedOn is null or p.resolvedOn >= :day) order by p.meeting.date, p.seq",
				MeetingProblemEntity.class).setParameter("day", day).getResultList();
	}

	/** Every problem (only the unresolved ones when {@code openOnly}), by meeting and position. */
	static List<MeetingProblemEntity> all(EntityManager em, boolean openOnly) {
		return em.createQuery("select p from MeetingProblemEntity p" + (openOnly ? " where p.resolvedOn is null" : "")
				+ " order by p.meeting.date, p.seq", MeetingProblemEntity.class).getResultList();
	}
}
