package ducha.inspections;

import ducha.core.Labelled;

/** What an inspection looks at: carrying out the higher authorities' deployments, discipline and conduct, the codes of behaviour, or a special theme. */
public enum InspectionSubject implements Labelled {
	DEPLOYMENTS("贯彻落实上级部署"), DISCIPLINE("作风纪律"), CONDUCT_CODES("行为规范"), SPECIAL_THEME("专项主题");

	private final String label;

	InspectionSubject(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

	/** Accepts the Chinese label or the constant name (case-insensitive); null when neither matches. */
	public static InspectionSubject parse(String text) {
		return Labelled.parse(InspectionSubject.class, text);
	}
}
