package ducha.team;

/**
 * What an appointment was based on (选任条件), recorded when a supervisor is appointed: the four criteria of the
 * brief in the office's words, and the reference of the appointment decision. Any part may be empty.
 *
 * @param politicalAbility    政治素质
 * @param professionalQuality 业务能力
 * @param disciplineConduct   纪律作风
 * @param seniority           资历 (years of service, posts held)
 * @param decisionRef         任职文号, e.g. 院政〔2024〕3号
 */
public record SelectionCriteria(String politicalAbility, String professionalQuality, String disciplineConduct,
		String seniority, String decisionRef) {

	/** Longest text a criterion may have (the column's width). */
	public static final int TEXT_LENGTH = 500;
	/** Longest decision reference. */
	public static final int REF_LENGTH = 100;

	public static final SelectionCriteria NONE = new SelectionCriteria(null, null, null, null, null);

	public SelectionCriteria {
		politicalAbility = blankToNull(politicalAbility);
		professionalQuality = blankToNull(professionalQuality);
		disciplineConduct = blankToNull(disciplineConduct);
		seniority = blankToNull(seniority);
		decisionRef = blankToNull(decisionRef);
	}

	/** True when nothing is recorded. */
	public boolean isEmpty() {
		return equals(NONE);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
