package ducha.cases;

/** Who supervises an order (层级督办), lowest first; an overdue order moves up one level. */
public enum SupervisionLevel {
	DEPARTMENT_HEAD("部门负责人"), VICE_PRESIDENT("分管院领导"), PRESIDENT("院长");

	private final String label;

	SupervisionLevel(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** The level above, or null at the top. */
	public SupervisionLevel next() {
		return ordinal() + 1 < values().length ? values()[ordinal() + 1] : null;
	}

	public static SupervisionLevel parse(String text) {
		return Labels.parse(values(), SupervisionLevel::label, text);
	}
}
