package ducha.team;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * 跟班学习: a new supervisor learning beside a mentor (the office director or a full-time supervisor) over a rotation
 * period, following a training plan with milestones, shadowing cases or inspections, until the mentor signs off.
 *
 * @param id             database id, 0 for a mentorship not yet stored
 * @param mentorStaffNo  工号 of the mentor (业务导师)
 * @param traineeStaffNo 工号 of the new supervisor
 * @param from           first day of the rotation
 * @param to             last day of the rotation
 * @param plan           the training plan (培养方案), may be empty
 * @param milestones     the plan's milestones, by due date as given
 * @param shadowed       the cases and inspections shadowed
 * @param signedOffOn    when the mentor signed off, null until then
 * @param remarks        the mentor's remarks at sign-off (why, when a milestone was not reached), null until then
 * @param version        the stored version the record was read at, 0 for one not yet stored (the sign-off passes
 *                       it back, so that one made from an out-of-date view is refused)
 */
public record Mentorship(long id, String mentorStaffNo, String traineeStaffNo, LocalDate from, LocalDate to,
		String plan, List<Milestone> milestones, List<ShadowedItem> shadowed, LocalDate signedOffOn,
		String remarks, long version) {

	/** A mentorship not yet stored. */
	public Mentorship(long id, String mentorStaffNo, String traineeStaffNo, LocalDate from, LocalDate to,
			String plan, List<Milestone> milestones, List<ShadowedItem> shadowed, LocalDate signedOffOn,
			String remarks) {
		this(id, mentorStaffNo, traineeStaffNo, from, to, plan, milestones, shadowed, signedOffOn, remarks, 0);
	}

	public Mentorship {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		plan = plan == null ? "" : plan;
		milestones = milestones == null ? List.of() : List.copyOf(milestones);
		shadowed = shadowed == null ? List.of() : List.copyOf(shadowed);
	}

	/** A new mentorship with its plan and milestones, not yet stored. */
	public static Mentorship of(String mentorStaffNo, String traineeStaffNo, LocalDate from, LocalDate to,
			String plan, List<Milestone> milestones) {
		return new Mentorship(0, mentorStaffNo, traineeStaffNo, from, to, plan, milestones, List.of(), null, null);
	}

	public boolean signedOff() {
		return signedOffOn != null;
	}

	/** The milestones not done yet. */
	public List<Milestone> openMilestones() {
		return milestones.stream().filter(m -> !m.done()).toList();
	}
}
