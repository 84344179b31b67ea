package ducha.cases.ui.internal;

import java.time.LocalDate;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import ducha.app.ui.OpensRecords;
import ducha.app.ui.PagedPart;
import ducha.app.ui.PeopleNames;
import ducha.app.ui.Rights;
import ducha.cases.CaseRegister;
import ducha.cases.PageKey;
import ducha.core.directory.DirectoryService;
import ducha.core.security.Principal;
import jakarta.inject.Inject;

/**
 * A case list of the register's size, paged by the kit: what the case lists add is the logged-in user and the names
 * of judges and departments, which the rows carry as 工号 and codes.
 */
abstract class CaseListPart extends PagedPart<PageKey> implements OpensRecords {

	@Inject
	Principal principal;

	@Inject
	DirectoryService directory;

	@Inject
	Rights rights;

	@Inject
	CaseRegister register;

	/** 承办人 and department names, cached: the rows carry 工号 and codes. */
	@Inject
	PeopleNames people;

	@Override
	protected String empty() {
		return Messages.Cases_empty;
	}

	/** 承办人 name (the job thread only), 工号 when unknown. */
	String staffName(String staffNo) {
		return people.staff(staffNo);
	}

	String departmentName(String code) {
		return people.department(code);
	}

	/** Every case list shows the 案号 first: a double-click or Enter opens that case's detail. */
	@Override
	protected void open(String[] row) {
		openRecord(row[0]);
	}

	/** Reads the case in a job and shows it read-only; a case the user may not see reads as not found. */
	@Override
	public void openRecord(String caseNo) {
		Shell shell = shell();
		background.run(Messages.Case_readJob, () -> register.find(caseNo, principal)
				.map(c -> new CaseDetail(c, people.staffWithNo(c.judgeNo()),
						departmentName(c.departmentCode()))),
				found -> found.ifPresentOrElse(c -> c.open(shell),
						() -> MessageDialog.openInformation(shell, caseNo, NLS.bind(Messages.Case_notFound, caseNo))),
				reason -> MessageDialog.openError(shell, caseNo, reason));
	}

	static String text(Object value) {
		return value == null ? "" : value.toString();
	}

	static String date(LocalDate value) {
		return value == null ? "" : value.toString();
	}
}
