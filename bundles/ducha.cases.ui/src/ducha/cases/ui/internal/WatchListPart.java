package ducha.cases.ui.internal;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;

import ducha.cases.CasePage;
import ducha.cases.CaseQuery;
import ducha.cases.CaseRecord;
import ducha.cases.PageKey;
import ducha.cases.WatchList;
import ducha.cases.WatchListEntry;
import ducha.cases.WatchListExport;
import ducha.cases.WatchListService;
import jakarta.inject.Inject;

/**
 * 长期未结案: open cases flagged today by the rule table, most overdue first (by the day each became long-pending,
 * shown as 预警日期), with age and rule; filtered by department, judge and age, and exported as XLSX in the same order.
 */
public class WatchListPart extends CaseListPart {

	@Inject
	private WatchListService watchList;

	@Inject
	private WatchListExport export;

	private CaseFilters filters;

	@Override
	protected void tools(Composite parent) {
		filters = new CaseFilters(parent, "watch", directory, rights, background, this::reload, this::export);
	}

	private void export() {
		CaseQuery query = filters.query();
		LocalDate day = LocalDate.now();
		filters.exportXlsx(WatchList.LONG_PENDING.label(),
				(out, monitor) -> export.writeXlsx(WatchList.LONG_PENDING, query, day, out, principal, monitor));
	}

	private volatile LocalDate asOf = LocalDate.now();

	@Override
	protected String[] headers() {
		return new String[] { Messages.Cases_colNo, Messages.Cases_colCause, Messages.Cases_colJudge,
				Messages.Cases_colDepartment, Messages.Cases_colFiled, Messages.Cases_colProcedure,
				Messages.Cases_colStatus, Messages.Cases_colAge, Messages.Cases_colFlagged, Messages.Cases_colRule };
	}

	@Override
	protected int[] widths() {
		return new int[] { 180, 150, 65, 105, 90, 70, 45, 75, 90, 190 };
	}

	@Override
	protected Page<PageKey> read(PageKey after, int limit) {
		if (after == null) {
			asOf = LocalDate.now();
		}
		CaseQuery query = filters.query();
		long total = watchList.countLongPending(query, asOf, principal);
		CasePage<WatchListEntry> page = watchList.longPending(query, asOf, after, limit, principal);
		List<String[]> rows = page.rows().stream().map(this::row).toList();
		return new Page<>(rows, page.next(), total);
	}

	private String[] row(WatchListEntry e) {
		CaseRecord c = e.record();
		return new String[] { c.number().text(), c.cause(), staffName(c.judgeNo()), departmentName(c.departmentCode()),
				date(c.filingDate()), text(c.procedure()), c.status().label(), Long.toString(e.ageDays()),
				date(e.flagDate()), e.reason() };
	}

	@Override
	protected String summary(long total, int page, long first, long last) {
		return NLS.bind(Messages.Cases_watchSummary, new Object[] { total, asOf, page, first, last });
	}
}
