package ducha.cases.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import ducha.cases.PageKey;
import ducha.core.DuchaException;
import ducha.core.directory.DepartmentNames;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.Staff;
import ducha.core.security.Principal;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * A case list read one keyset page at a time in a job, with 上一页/下一页: only the shown page is in memory. The
 * keys of the pages already passed are kept so that 上一页 costs one page read too.
 */
abstract class PagedPart {

	static final int PAGE_SIZE = 200;

	private static final ILog LOG = ILog.of(PagedPart.class);

	/** One read: the page's rows as display texts, the key after it (null at the end) and the total. */
	record Loaded(List<String[]> rows, PageKey next, long total) {
	}

	@Inject
	Principal principal;

	@Inject
	DirectoryService directory;

	@Inject
	UISynchronize sync;

	private final List<PageKey> pageStarts = new ArrayList<>();
	private final Map<String, String> staffNames = new HashMap<>();
	private DepartmentNames departments;
	private int pageIndex;
	/** Counts the reads started: a read that a later one overtook (paging, a new filter) is not shown. */
	private int generation;
	private PageKey nextKey;
	private Label summary;
	private Button previous;
	private Button next;
	private Button reload;
	private PageTable table;

	@PostConstruct
	void create(Composite parent) {
		GridLayoutFactory.swtDefaults().applyTo(parent);
		Composite bar = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(bar);
		summary = new Label(bar, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(summary);
		previous = button(bar, Messages.Cases_previous);
		previous.addListener(SWT.Selection, e -> load(pageIndex - 1));
		next = button(bar, Messages.Cases_next);
		next.addListener(SWT.Selection, e -> load(pageIndex + 1));
		reload = button(bar, Messages.Cases_reload);
		reload.addListener(SWT.Selection, e -> reload());
		tools(parent);
		table = new PageTable(parent, headers(), widths());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.control());
		load(0);
	}

	private static Button button(Composite bar, String text) {
		Button button = new Button(bar, SWT.PUSH);
		button.setText(text);
		return button;
	}

	/** Adds a row of the list's own tools between the page bar and the table; none by default. */
	void tools(Composite parent) {
	}

	/** Reads the first page again (after the list changed). */
	void reload() {
		pageStarts.clear();
		load(0);
	}

	abstract String[] headers();

	abstract int[] widths();

	/** Reads one page; runs in a job. */
	abstract Loaded read(PageKey after, int limit);

	/** The summary line for the shown page. */
	abstract String summary(long total, int page, long first, long last);

	/** Reads the page with the given index: page 0, the one after the last read, or one already passed. */
	private void load(int index) {
		if (index < 0) {
			return;
		}
		if (index == 0) {
			pageStarts.clear();
			pageStarts.add(null);
		} else if (index == pageStarts.size()) {
			if (nextKey == null) {
				return;
			}
			pageStarts.add(nextKey);
		}
		PageKey after = pageStarts.get(index);
		setBusy();
		int current = ++generation;
		Job.create(Messages.Cases_loadJob, monitor -> {
			try {
				Loaded loaded = read(after, PAGE_SIZE);
				sync.asyncExec(() -> {
					if (current == generation) {
						show(index, loaded);
					}
				});
			} catch (DuchaException e) {
				sync.asyncExec(() -> showFailure(e.getMessage()));
			} catch (RuntimeException e) {
				LOG.error("Cases could not be read", e);
				sync.asyncExec(() -> showFailure(e.toString()));
			}
		}).schedule();
	}

	private void setBusy() {
		summary.setText(Messages.Cases_loading);
		previous.setEnabled(false);
		next.setEnabled(false);
		reload.setEnabled(false);
	}

	private void show(int index, Loaded loaded) {
		if (summary.isDisposed()) {
			return;
		}
		pageIndex = index;
		nextKey = loaded.next();
		long first = (long) index * PAGE_SIZE;
		table.show(loaded.rows(), first);
		summary.setText(loaded.rows().isEmpty() ? Messages.Cases_empty
				: summary(loaded.total(), index + 1, first + 1, first + loaded.rows().size()));
		summary.getParent().layout();
		previous.setEnabled(index > 0);
		next.setEnabled(nextKey != null);
		reload.setEnabled(true);
	}

	private void showFailure(String reason) {
		if (!summary.isDisposed()) {
			summary.setText(NLS.bind(Messages.Cases_failed, reason));
			summary.getParent().layout();
			reload.setEnabled(true);
		}
	}

	/** 承办人 name from the directory (cached; the job thread only), 工号 when unknown. */
	synchronized String staffName(String staffNo) {
		return staffNames.computeIfAbsent(staffNo, no -> directory.staff(no).map(Staff::name).orElse(no));
	}

	synchronized String departmentName(String code) {
		if (departments == null) {
			departments = directory.departmentNames();
		}
		return departments.name(code);
	}

	static String text(Object value) {
		return value == null ? "" : value.toString();
	}

	static String date(LocalDate value) {
		return value == null ? "" : value.toString();
	}

	/** Rows of the shown page, for tests. */
	int shownRows() {
		return table.rowCount();
	}

	@Focus
	void focus() {
		table.control().setFocus();
	}
}
