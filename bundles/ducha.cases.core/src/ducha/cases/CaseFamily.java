package ducha.cases;

import ducha.core.Labelled;

/**
 * The class (大类) of the Supreme People's Court's case-type table that a case-type code belongs to: the family a
 * watch rule may name instead of single codes (a rule for every 民事 case). The labels are the standard's own names,
 * typed in watch rules and read from the table file {@code case-types.tsv}, so they are a format, not translated.
 * {@link #name()} is what the register stores (column case_family).
 */
public enum CaseFamily implements Labelled {
	JURISDICTION("管辖"), CRIMINAL("刑事"), CIVIL("民事"), ADMINISTRATIVE("行政"), COMPENSATION("国家赔偿与司法救助"),
	INTERREGIONAL("区际司法协助"), INTERNATIONAL("国际司法协助"), SANCTION("司法制裁"), PRESERVATION("非诉保全审查"),
	ENFORCEMENT("执行"), BANKRUPTCY("强制清算与破产");

	private final String label;

	CaseFamily(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

	/** Accepts the label or the constant name; null otherwise. */
	public static CaseFamily parse(String text) {
		return Labelled.parse(CaseFamily.class, text);
	}
}
