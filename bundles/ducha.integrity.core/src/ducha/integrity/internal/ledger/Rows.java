package ducha.integrity.internal.ledger;

import java.time.LocalDate;

import org.eclipse.osgi.util.NLS;

import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerRowValidator;
import ducha.integrity.internal.Messages;

/** Cell checks the integrity ledgers share beyond {@link LedgerRowValidator}'s. */
final class Rows {

	private Rows() {
	}

	/**
	 * The optional 状态 column of a list record against its end date: 已停用/已废止 needs the end date, 有效 must
	 * not have one that already passed.
	 */
	static void status(LedgerRowValidator v, LedgerRow row, LedgerColumn status, LedgerColumn end,
			LocalDate endDate, String inForce, String ended) {
		String text = v.text(row, status);
		if (text == null) {
			return;
		}
		if (!text.equals(inForce) && !text.equals(ended)) {
			v.problem(row, status, NLS.bind(Messages.ledgerStatusInvalid, new Object[] { text, inForce, ended }));
		} else if (text.equals(ended) && endDate == null) {
			v.problem(row, end, NLS.bind(Messages.ledgerStatusNeedsEnd, ended, end.header()));
		} else if (text.equals(inForce) && endDate != null && !endDate.isAfter(LocalDate.now())) {
			v.problem(row, status,
					NLS.bind(Messages.ledgerStatusShouldEnd, new Object[] { end.header(), endDate, ended }));
		}
	}

	/** An end date before its start date is a problem of the end column, naming both columns. */
	static void notBefore(LedgerRowValidator v, LedgerRow row, LedgerColumn end, LocalDate endDate,
			LedgerColumn start, LocalDate startDate) {
		if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
			v.problem(row, end, NLS.bind(Messages.ledgerEndBeforeStart,
					new Object[] { end.header(), endDate, start.header(), startDate }));
		}
	}
}
