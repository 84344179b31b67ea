package ducha.integrity.ui.internal;

import ducha.app.ui.LedgerPart;

/** 思想动态分析 (integrity.analyses): per department and quarter. */
public class AnalysesPart extends LedgerPart {

	@Override
	protected String kindId() {
		return "integrity.analyses";
	}

	@Override
	protected int[] widths() {
		return new int[] { 140, 60, 50, 100, 380, 300 };
	}
}
