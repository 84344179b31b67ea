package ducha.cases;

/** Who supervises an order (层级督办), lowest first; an overdue order moves up one level. */
public enum SupervisionLevel {
	DEPARTMENT_HEAD, VICE_PRESIDENT, PRESIDENT;

	/** The label in the cores' language, e.g. for lists and exports. */
	public String label() {
		return Labels.of(this);
	}

	/** The level above, or null at the top. */
	public SupervisionLevel next() {
		return ordinal() + 1 < values().length ? values()[ordinal() + 1] : null;
	}

	public static SupervisionLevel parse(String text) {
		return Labels.parse(values(), SupervisionLevel::label, text);
	}
}
