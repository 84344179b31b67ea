package ducha.cases.internal;

/** What an event of case_mark_event does (stored as text: portable, and readable in SQL). */
public enum MarkAction {
	MARK, UNMARK
}
