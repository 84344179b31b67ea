package ducha.integrity.ui.internal;

import ducha.app.ui.LedgerPart;

/** 廉政教育活动 (integrity.activities) with their participants. */
public class ActivitiesPart extends LedgerPart {

	@Override
	protected String kindId() {
		return "integrity.activities";
	}

	@Override
	protected int[] widths() {
		return new int[] { 90, 260, 90, 100, 300, 260 };
	}
}
