package ducha.cases.internal;

import static ducha.cases.internal.CaseColumns.CASE_NO;
import static ducha.cases.internal.CaseColumns.CAUSE;
import static ducha.cases.internal.CaseColumns.CLOSED;
import static ducha.cases.internal.CaseColumns.DEPARTMENT;
import static ducha.cases.internal.CaseColumns.FILED;
import static ducha.cases.internal.CaseColumns.JUDGE;
import static ducha.cases.internal.CaseColumns.METHOD;
import static ducha.cases.internal.CaseColumns.PARTIES;
import static ducha.cases.internal.CaseColumns.PROCEDURE;
import static ducha.cases.internal.CaseColumns.STATUS;

import java.time.LocalDate;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import ducha.cases.CaseNumber;
import ducha.cases.CaseRecord;
import ducha.cases.CaseStatus;
import ducha.cases.MalformedCaseNumberException;
import ducha.core.directory.DepartmentNames;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerRowValidator;

/**
 * Turns one ledger row into a case, recording every problem of the row: unknown staff and departments and dates
 * that do not parse or contradict each other are reported, never guessed.
 */
final class CaseRowParser {

	private final Set<String> staffNos;
	private final DepartmentNames departments;
	private final LocalDate today;

	/**
	 * @param staffNos        every 工号 of the directory
	 * @param departments     the directory's departments
	 */
	CaseRowParser(Set<String> staffNos, DepartmentNames departments, LocalDate today) {
		this.staffNos = staffNos;
		this.departments = departments;
		this.today = today;
	}

	/** The case, or null when the row has a problem (recorded in the validator). */
	CaseRecord parse(LedgerRow row, LedgerRowValidator v) {
		CaseNumber number = null;
		String caseNo = v.text(row, CASE_NO);
		if (caseNo != null) {
			try {
				number = CaseNumber.parse(caseNo);
			} catch (MalformedCaseNumberException e) {
				v.problem(row, CASE_NO, NLS.bind(Messages.badCaseNo, caseNo, e.reason()));
			}
		}
		String cause = v.text(row, CAUSE, CaseColumns.CAUSE_LENGTH);
		String judge = v.text(row, JUDGE);
		if (judge != null && !staffNos.contains(judge)) {
			v.problem(row, JUDGE, NLS.bind(Messages.noStaff, judge));
		}
		String code = v.department(row, DEPARTMENT, departments);
		LocalDate filed = v.date(row, FILED, today);
		if (filed != null && number != null && filed.getYear() != number.year()) {
			v.problem(row, FILED, NLS.bind(Messages.filedNotInCaseYear, filed, number.year()));
		}
		String procedure = procedure(v.text(row, PROCEDURE, CaseColumns.PROCEDURE_LENGTH));
		LocalDate closed = v.date(row, CLOSED, today);
		if (closed != null && filed != null && closed.isBefore(filed)) {
			v.problem(row, CLOSED, NLS.bind(Messages.closedBeforeFiled, closed, filed));
			closed = null;
		}
		String method = v.text(row, METHOD, CaseColumns.METHOD_LENGTH);
		CaseStatus status = v.choice(row, STATUS, CaseStatus::parse, CaseStatus.accepted());
		if (status == CaseStatus.CLOSED && closed == null && row.get(CLOSED.key()) == null) {
			v.problem(row, CLOSED, Messages.closedWithoutDate);
		} else if (status != null && status.isOpen() && closed != null) {
			v.problem(row, STATUS, NLS.bind(Messages.dateButOpen, closed, status.label()));
		}
		Integer parties = v.integer(row, PARTIES);
		if (parties != null && parties < 0) {
			v.problem(row, PARTIES, NLS.bind(Messages.negativeParties, parties));
		}
		if (v.hasProblems(row)) {
			return null;
		}
		return new CaseRecord(number, cause, judge, code, filed, procedure, closed, method, status, parties);
	}

	/** 简易程序 and 简易 are the same procedure. */
	private static String procedure(String text) {
		if (text == null) {
			return null;
		}
		return text.endsWith("程序") && text.length() > 2 ? text.substring(0, text.length() - 2) : text;
	}
}
