package ducha.cases;

import java.time.LocalDate;
import java.util.List;

import ducha.core.security.Principal;

/**
 * Tiered supervision with deadlines (层级督办、限期办结): orders on cases, their extensions, reminders and
 * escalation, and one tracking record per case. Changes need {@link CasePermissions#SUPERVISE} and are audited.
 */
public interface SupervisionService {

	/** Issues an order on a registered case; the deadline must lie after the issue day. */
	SupervisionOrder issue(String caseNo, SupervisionLevel level, String responsibleNo, LocalDate issued,
			LocalDate deadline, String subject, Principal actor);

	/*
	 * The steps of an order below take the SupervisionOrder#version() the caller saw and throw
	 * ducha.core.ConcurrentChangeException, naming who changed the order and when, when it changed since.
	 */

	/** Open → in progress. */
	SupervisionOrder start(long orderId, long seenVersion, LocalDate day, Principal actor);

	SupervisionOrder close(long orderId, long seenVersion, LocalDate day, String result, Principal actor);

	void note(long orderId, LocalDate day, String text, Principal actor);

	/**
	 * Records that the responsible department asks for a later deadline (kind {@link #EXTENSION_REQUESTED} in the
	 * case's tracking record); the deadline stays until {@link #extend} approves it.
	 */
	void requestExtension(long orderId, LocalDate day, LocalDate wantedDeadline, String reason, Principal actor);

	/** Kind of the timeline event of a {@link #requestExtension request} for a later deadline. */
	String EXTENSION_REQUESTED = "EXTENSION_REQUESTED";

	/** Kind of the timeline event of an approved extension ({@link #extend}). */
	String EXTENDED = "EXTENDED";

	/**
	 * True when the order's latest extension event in the case's tracking record (in its order) is a request that
	 * no approval followed: only then is there something to approve.
	 */
	static boolean extensionRequested(long orderId, List<TimelineEvent> timeline) {
		String last = null;
		for (TimelineEvent event : timeline) {
			if (event.orderId() == orderId
					&& (EXTENSION_REQUESTED.equals(event.kind()) || EXTENDED.equals(event.kind()))) {
				last = event.kind();
			}
		}
		return EXTENSION_REQUESTED.equals(last);
	}

	/**
	 * Moves the deadline: approved on or before the current deadline, to a later day, for an order not closed or
	 * overdue.
	 */
	SupervisionOrder extend(long orderId, long seenVersion, LocalDate newDeadline, LocalDate approvedOn,
			String reason, Principal actor);

	/**
	 * Records the reminders due on the day (two thirds, N days before, overdue), marks overdue orders and raises
	 * their level as {@link OrderSchedule} says. Running it twice on a day records nothing new, and neither do two
	 * desktops running it at the same moment: each order is swept once.
	 */
	SweepResult sweep(LocalDate asOf, Principal actor);

	SupervisionOrder order(long orderId, Principal reader);

	/** Orders of the reader's departments, by deadline; status null for all. */
	List<SupervisionOrder> orders(OrderStatus status, Principal reader);

	/** The case's tracking record in time order. */
	List<TimelineEvent> timeline(String caseNo, Principal reader);

	/** Overdue orders of the reader's departments (dashboard). */
	long countOverdue(Principal reader);

	/**
	 * The reminder and escalation arithmetic with the court's settings ({@code orders.remind.days},
	 * {@code orders.escalation.days} in {@code cases.properties} of the data folder; defaults when absent).
	 *
	 * @throws ducha.core.ValidationException naming the file and key of a bad setting
	 */
	OrderSchedule schedule();
}
