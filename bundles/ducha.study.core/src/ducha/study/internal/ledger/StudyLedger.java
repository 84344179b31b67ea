package ducha.study.internal.ledger;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

import ducha.core.directory.DirectoryService;
import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerRowValidator;
import ducha.core.ledger.LedgerStorage;
import ducha.core.ledger.RecordLedgerKind;
import ducha.study.internal.reviews.Messages;
import ducha.study.internal.reviews.ReviewsUnit;

/**
 * A ledger kind of the study records and reviews: the platform's {@link RecordLedgerKind} stored in the plugin's
 * unit under the kind's own permissions, with the cells these ledgers share: a month (2024-03, 2024年3月) and a
 * list of 工号 in one cell (separated by 、 , ; or spaces).
 *
 * @param <R> what one row becomes
 */
abstract class StudyLedger<R> extends RecordLedgerKind<R> {

	private static final Pattern MONTH = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*月?");
	private static final Pattern SEPARATORS = Pattern.compile("[、,，;；\\s]+");

	protected final ReviewsUnit unit;
	private final String writePermission;
	private final String readPermission;

	StudyLedger(ReviewsUnit unit, String id, String label, List<LedgerColumn> columns, LedgerColumn key,
			String writePermission, String readPermission) {
		super(id, label, columns, key);
		this.unit = unit;
		this.writePermission = writePermission;
		this.readPermission = readPermission;
	}

	@Override
	protected final LedgerStorage storage() {
		return unit.storage(writePermission, readPermission);
	}

	protected DirectoryService directory() {
		return unit.directory();
	}

	/** The month of the cell, or null with a problem. */
	protected static YearMonth month(LedgerRowValidator v, LedgerRow row, LedgerColumn column) {
		String text = v.text(row, column);
		if (text == null) {
			return null;
		}
		Matcher m = MONTH.matcher(text.strip());
		int monthValue = m.matches() ? Integer.parseInt(m.group(2)) : 0;
		if (monthValue < 1 || monthValue > 12) {
			v.problem(row, column, NLS.bind(Messages.ledgerBadMonth, text));
			return null;
		}
		return YearMonth.of(Integer.parseInt(m.group(1)), monthValue);
	}

	/** The 工号 of the cell, each in the staff directory (the unknown ones named in one problem). */
	protected List<String> staffList(LedgerRowValidator v, LedgerRow row, LedgerColumn column) {
		String text = v.text(row, column);
		if (text == null) {
			return List.of();
		}
		Set<String> numbers = new LinkedHashSet<>(List.of(SEPARATORS.split(text.strip())));
		List<String> unknown = new ArrayList<>();
		for (String no : numbers) {
			if (directory().staff(no).isEmpty()) {
				unknown.add(no);
			}
		}
		if (!unknown.isEmpty()) {
			v.problem(row, column, NLS.bind(Messages.unknownStaff, String.join("、", unknown)));
		}
		return List.copyOf(numbers);
	}

	/** A list of 工号 as one cell. */
	protected static String staffCell(List<String> staffNos) {
		return String.join("、", staffNos);
	}
}
