package ducha.integrity;

import ducha.core.Labelled;

/** Level of a risk point on the risk-prevention list. */
public enum RiskLevel implements Labelled {
	HIGH("高"), MEDIUM("中"), LOW("低");

	private final String label;

	RiskLevel(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

	/** Accepts 高/中/低 (also 高风险 etc.) or the constant name; null otherwise. */
	public static RiskLevel parse(String text) {
		return text == null ? null : Labelled.parse(RiskLevel.class, text.strip().replace("风险", ""));
	}
}
