package ducha.integrity;

/** Level of a risk point on the risk-prevention list. */
public enum RiskLevel {
	HIGH("高"), MEDIUM("中"), LOW("低");

	private final String label;

	RiskLevel(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Accepts 高/中/低 (also 高风险 etc.) or the constant name; null otherwise. */
	public static RiskLevel parse(String text) {
		if (text == null) {
			return null;
		}
		String t = text.strip().replace("风险", "");
		for (RiskLevel level : values()) {
			if (level.label.equals(t) || level.name().equalsIgnoreCase(t)) {
				return level;
			}
		}
		return null;
	}
}
