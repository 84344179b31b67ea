package ducha.cases;

import java.util.EnumSet;
import java.util.Set;

import ducha.core.Labelled;

/**
 * What a case is marked as on the watch lists: one of the four kinds of cases (四类案件) or a major case (重大案件).
 * <p>
 * {@link #MAJOR} is a flag of its own rather than a synonym of {@link #MAJOR_SENSITIVE}: the four kinds are the
 * Supreme People's Court's categories for the 院庭长 supervision of individual cases, decided by their own
 * criteria, while the major-case list is the court's own list of cases its leaders follow (large sums, many
 * parties, cases a higher court or the Party committee asked about). A case may be on both lists, on either, or
 * leave one without leaving the other; both share the marking history (mark and unmark with a reason, never
 * deleted) of {@link CaseMarkingService}.
 */
public enum MarkKind implements Labelled {
	MAJOR_SENSITIVE, MASS_OR_PUBLIC, SIMILAR_CASE_CONFLICT,
	ILLEGAL_ADJUDICATION, MAJOR;

	/** The label in the cores' language, e.g. for lists and exports. */
	@Override
	public String label() {
		return Labels.of(this);
	}

	/** True for the four kinds of cases, false for the major-case flag. */
	public boolean isFourKinds() {
		return this != MAJOR;
	}

	/** The four kinds of cases (四类案件). */
	public static Set<MarkKind> fourKinds() {
		return EnumSet.of(MAJOR_SENSITIVE, MASS_OR_PUBLIC, SIMILAR_CASE_CONFLICT, ILLEGAL_ADJUDICATION);
	}

	/** Accepts the label or the constant name; null otherwise. */
	public static MarkKind parse(String text) {
		return Labelled.parse(MarkKind.class, text);
	}
}
