package ducha.cases.internal;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import ducha.cases.CaseNumber;
import ducha.cases.FindingType;
import ducha.cases.MalformedCaseNumberException;
import ducha.core.directory.Staff;
import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerRowValidator;
import ducha.core.ledger.LedgerStorage;
import ducha.core.ledger.RecordLedgerKind;

/**
 * The base of the review ledgers (findings, talks, follow-ups): each row begins by naming a finding, by 案号,
 * 问题类型 and a staff member's 工号, and every kind stores in the plugin's unit with the review permissions.
 *
 * @param <R> what one row becomes
 */
abstract class ReviewLedger<R> extends RecordLedgerKind<R> {

	static final String TYPES = "瑕疵案件、裁判文书表述不准确、系统操作不规范、超审限、其他";

	/** How a row names its finding; the type may be null where the column is optional. */
	record FindingKey(String caseNo, FindingType type, Staff staff) {
	}

	private final LedgerColumn caseColumn;
	private final LedgerColumn typeColumn;
	private final LedgerColumn staffColumn;

	ReviewLedger(String id, String label, List<LedgerColumn> columns, LedgerColumn caseColumn,
			LedgerColumn typeColumn, LedgerColumn staffColumn) {
		super(id, label, columns);
		this.caseColumn = caseColumn;
		this.typeColumn = typeColumn;
		this.staffColumn = staffColumn;
	}

	/** The shared services, referenced by each concrete kind. */
	abstract CasesUnit support();

	@Override
	protected final LedgerStorage storage() {
		return support().reviewLedgers();
	}

	LedgerColumn caseColumn() {
		return caseColumn;
	}

	LedgerColumn typeColumn() {
		return typeColumn;
	}

	/** The row's finding key, or null with problems in the validator. */
	FindingKey findingKey(LedgerRowValidator v, LedgerRow row) {
		String caseNo = caseNo(v, row);
		FindingType type = v.choice(row, typeColumn, FindingType::parse, TYPES);
		Staff staff = staff(v, row, staffColumn);
		return caseNo == null || staff == null || v.hasProblems(row) ? null : new FindingKey(caseNo, type, staff);
	}

	/** A staff member of the directory named by 工号, or null (with a problem unless the cell is empty). */
	Staff staff(LedgerRowValidator v, LedgerRow row, LedgerColumn column) {
		return v.staff(row, column, support().directory);
	}

	/** The canonical case number, or null with a problem saying what is wrong with it. */
	private String caseNo(LedgerRowValidator v, LedgerRow row) {
		String text = v.text(row, caseColumn, 60);
		if (text == null) {
			return null;
		}
		try {
			return CaseNumber.parse(text).text();
		} catch (MalformedCaseNumberException e) {
			v.problem(row, caseColumn, NLS.bind(Messages.invalidCaseNo, text, e.reason()));
			return null;
		}
	}
}
