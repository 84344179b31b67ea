package ducha.cases.ui.internal;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;

import ducha.cases.CasePage;
import ducha.cases.CaseQuery;
import ducha.cases.CaseRecord;
import ducha.cases.CaseRegister;
import ducha.cases.PageKey;

/**
 * 案件登记: the register the user may see, newest filing first, one keyset page at a time, and the import of the
 * case-management system's exports.
 */
public class RegisterPart extends CaseListPart {

	private ImportControl importer;

	@Override
	protected void tools(Composite parent) {
		importer = new ImportControl(parent, register, principal, background, this::reload);
	}

	/** The import control, for tests. */
	public ImportControl importer() {
		return importer;
	}

	@Override
	protected String[] headers() {
		return new String[] { Messages.Cases_colNo, Messages.Cases_colCause, Messages.Cases_colJudge,
				Messages.Cases_colDepartment, Messages.Cases_colFiled, Messages.Cases_colProcedure,
				Messages.Cases_colStatus, Messages.Cases_colClosed };
	}

	@Override
	protected int[] widths() {
		return new int[] { 210, 190, 90, 130, 100, 90, 70, 100 };
	}

	@Override
	protected Page<PageKey> read(PageKey after, int limit) {
		long total = register.count(CaseQuery.ALL, principal);
		CasePage<CaseRecord> page = register.page(CaseQuery.ALL, after, limit, principal);
		List<String[]> rows = page.rows().stream().map(this::row).toList();
		return new Page<>(rows, page.next(), total);
	}

	private String[] row(CaseRecord c) {
		return new String[] { c.number().text(), c.cause(), staffName(c.judgeNo()), departmentName(c.departmentCode()),
				date(c.filingDate()), text(c.procedure()), c.status().label(), date(c.closedDate()) };
	}

	@Override
	protected String summary(long total, int page, long first, long last) {
		return NLS.bind(Messages.Cases_registerSummary, new Object[] { total, page, first, last });
	}
}
