package ducha.team;

import java.time.LocalDate;
import java.util.List;

import ducha.core.security.Principal;

/**
 * Mentoring of new supervisors (跟班学习). Reading needs {@link TeamPermissions#READ}, changing
 * {@link TeamPermissions#MANAGE}; every change is audited. The mentor holds the office director's or a full-time
 * supervisor's role, and the trainee a political or integrity supervisor's role, during the rotation (the
 * platform's {@link ducha.core.directory.SupervisorService}). A signed-off mentorship no longer changes.
 */
public interface MentoringService {

	/** Every mentorship, the open ones first, then by start. */
	List<Mentorship> mentorships(Principal viewer);

	Mentorship mentorship(long id, Principal viewer);

	/** Starts a mentorship with its plan and milestones. */
	Mentorship start(Mentorship mentorship, Principal actor);

	/** Adds a milestone to the plan. */
	Mentorship addMilestone(long id, Milestone milestone, Principal actor);

	/** Marks the n-th milestone (from 1) reached on the day (not after today). */
	Mentorship milestoneDone(long id, int milestone, LocalDate doneOn, Principal actor);

	/** Records a case or inspection shadowed. */
	Mentorship addShadowed(long id, ShadowedItem item, Principal actor);

	/**
	 * The mentor's sign-off on the day (not before the rotation starts, not after today). With a milestone not
	 * reached the remarks must say why; refused without them. {@code seenVersion} is the
	 * {@link Mentorship#version()} the caller read: a mentorship changed since is refused with a
	 * {@link ducha.core.ConcurrentChangeException} naming who changed it.
	 */
	Mentorship signOff(long id, long seenVersion, LocalDate on, String remarks, Principal actor);
}
