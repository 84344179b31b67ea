package ducha.integrity.ui.internal;

import ducha.app.ui.LedgerPart;

/** 规章制度 (integrity.rules), with add and edit. */
public class RulesPart extends LedgerPart {

	@Override
	protected String kindId() {
		return "integrity.rules";
	}

	@Override
	protected int[] widths() {
		return new int[] { 70, 300, 110, 100, 110, 100, 80, 300 };
	}
}
