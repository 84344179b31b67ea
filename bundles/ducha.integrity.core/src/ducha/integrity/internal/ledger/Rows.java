package ducha.integrity.internal.ledger;

import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerRowValidator;

/** Cell checks the integrity ledgers share beyond {@link LedgerRowValidator}'s. */
final class Rows {

	private Rows() {
	}

	/**
	 * The optional 状态 column of a list record against its end date: 已停用/已废止 needs the end date, 有效 must
	 * not have one that already passed.
	 */
	static void status(LedgerRowValidator v, LedgerRow row, LedgerColumn status, LedgerColumn end,
			java.time.LocalDate endDate, String inForce, String ended) {
		String text = v.text(row, status);
		if (text == null) {
			return;
		}
		if (!text.equals(inForce) && !text.equals(ended)) {
			v.problem(row, status, "“" + text + "”不是有效值，可填：" + inForce + "、" + ended);
		} else if (text.equals(ended) && endDate == null) {
			v.problem(row, end, "状态为" + ended + "时须填写" + end.header());
		} else if (text.equals(inForce) && endDate != null && !endDate.isAfter(java.time.LocalDate.now())) {
			v.problem(row, status, "已填写" + end.header() + " " + endDate + "，状态应为" + ended);
		}
	}
}
