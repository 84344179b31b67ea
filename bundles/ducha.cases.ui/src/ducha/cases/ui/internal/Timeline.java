package ducha.cases.ui.internal;

/** Words for the entries of a case's tracking record. */
final class Timeline {

	private Timeline() {
	}

	/** The label of a {@link ducha.cases.TimelineEvent#kind()}; an unknown kind is shown as it is. */
	static String kind(String kind) {
		return switch (kind) {
		case "ISSUED" -> Messages.Timeline_issued;
		case "STARTED" -> Messages.Timeline_started;
		case "NOTE" -> Messages.Timeline_note;
		case "REMINDER_TWO_THIRDS" -> Messages.Timeline_twoThirds;
		case "REMINDER_DAYS_BEFORE" -> Messages.Timeline_daysBefore;
		case "REMINDER_OVERDUE" -> Messages.Timeline_overdue;
		case "ESCALATED" -> Messages.Timeline_escalated;
		case "EXTENSION_REQUESTED" -> Messages.Timeline_requested;
		case "EXTENDED" -> Messages.Timeline_extended;
		case "CLOSED" -> Messages.Timeline_closed;
		default -> kind;
		};
	}
}
