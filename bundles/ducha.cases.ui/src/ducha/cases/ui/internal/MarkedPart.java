package ducha.cases.ui.internal;

import java.time.LocalDate;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import ducha.app.ui.Forms;
import ducha.cases.CaseMarking;
import ducha.cases.CaseMarkingService;
import ducha.cases.CasePage;
import ducha.cases.CaseQuery;
import ducha.cases.CaseRecord;
import ducha.cases.MarkedCase;
import ducha.cases.PageKey;
import ducha.cases.WatchList;
import ducha.cases.WatchListExport;
import jakarta.inject.Inject;

/**
 * 四类案件 / 重大案件: the cases carrying a mark of the chosen list, oldest filing first, with their marks and
 * reasons; marking and unmarking with a reason (kept in the history); filters and 导出XLSX as on the long-pending
 * list.
 */
public class MarkedPart extends CaseListPart {

	private static final WatchList[] LISTS = { WatchList.FOUR_KINDS, WatchList.MAJOR };

	@Inject
	private CaseMarkingService marking;

	@Inject
	private WatchListExport export;

	private CaseFilters filters;
	private Combo listChoice;
	private volatile WatchList list = WatchList.FOUR_KINDS;
	private volatile LocalDate asOf = LocalDate.now();

	@Override
	protected void tools(Composite parent) {
		Composite row = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(row);
		new Label(row, SWT.NONE).setText(Messages.Mark_list);
		listChoice = Forms.combo(row, "marked.list", LISTS[0].label(), LISTS[1].label());
		listChoice.addListener(SWT.Selection, e -> {
			list = LISTS[listChoice.getSelectionIndex()];
			reload();
		});
		Forms.button(row, "marked.mark", Messages.Mark_mark).addListener(SWT.Selection, e -> change(true));
		Forms.button(row, "marked.unmark", Messages.Mark_unmark).addListener(SWT.Selection, e -> change(false));
		filters = new CaseFilters(parent, "marked", directory, rights, background, this::reload, this::export);
	}

	private void change(boolean mark) {
		String title = mark ? Messages.Mark_mark : Messages.Mark_unmark;
		var dialog = new MarkDialog<>(listChoice.getShell(), background, title, list.kinds().stream().sorted().toList(),
				e -> () -> mark ? marking.mark(e.caseNo(), e.kind(), e.reason(), principal)
						: marking.unmark(e.caseNo(), e.kind(), e.reason(), principal));
		if (dialog.open() == Window.OK) {
			var done = dialog.saved();
			filters.report(NLS.bind(Messages.Mark_done,
					new Object[] { done.actionLabel(), done.caseNo(), done.kind().label() }), false);
			reload();
		}
	}

	private void export() {
		CaseQuery query = filters.query();
		WatchList shown = list;
		LocalDate day = LocalDate.now();
		filters.exportXlsx(shown.label(), (out, monitor) -> export.writeXlsx(shown, query, day, out, principal, monitor));
	}

	@Override
	protected String[] headers() {
		return new String[] { Messages.Cases_colNo, Messages.Cases_colCause, Messages.Cases_colJudge,
				Messages.Cases_colDepartment, Messages.Cases_colFiled, Messages.Cases_colStatus, Messages.Cases_colAge,
				Messages.Mark_colKinds, Messages.Mark_colReasons };
	}

	@Override
	protected int[] widths() {
		return new int[] { 175, 110, 60, 100, 90, 45, 80, 140, 170 };
	}

	@Override
	protected Page<PageKey> read(PageKey after, int limit) {
		if (after == null) {
			asOf = LocalDate.now();
		}
		CaseQuery query = filters.query();
		long total = marking.count(list.kinds(), query, asOf, principal);
		CasePage<MarkedCase> page = marking.marked(list.kinds(), query, asOf, after, limit, principal);
		return new Page<>(page.rows().stream().map(this::row).toList(), page.next(), total);
	}

	private String[] row(MarkedCase m) {
		CaseRecord c = m.record();
		return new String[] { c.number().text(), c.cause(), staffName(c.judgeNo()), departmentName(c.departmentCode()),
				date(c.filingDate()), c.status().label(), Long.toString(m.ageDays()), m.kindsText(),
				m.marks().stream().map(CaseMarking::reason).collect(Collectors.joining("；")) };
	}

	@Override
	protected String summary(long total, int page, long first, long last) {
		return NLS.bind(Messages.Mark_summary, new Object[] { total, list.label(), asOf, page, first, last });
	}
}
