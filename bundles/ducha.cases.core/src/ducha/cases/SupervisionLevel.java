package ducha.cases;

import ducha.core.Labelled;

/** Who supervises an order (层级督办), lowest first; an overdue order moves up one level. */
public enum SupervisionLevel implements Labelled {
	DEPARTMENT_HEAD, VICE_PRESIDENT, PRESIDENT;

	/** The label in the cores' language, e.g. for lists and exports. */
	@Override
	public String label() {
		return Labels.of(this);
	}

	/** The level above, or null at the top. */
	public SupervisionLevel next() {
		return ordinal() + 1 < values().length ? values()[ordinal() + 1] : null;
	}

	public static SupervisionLevel parse(String text) {
		return Labelled.parse(SupervisionLevel.class, text);
	}
}
