package ducha.app.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * A view of a large list read one keyset page at a time in a job, with 上一页/下一页: only the shown page is in
 * memory, however long the list. The keys of the pages already passed are kept so that 上一页 costs one page read
 * too.
 *
 * @param <K> the key after which the service reads the next page (null: from the start)
 */
public abstract class PagedPart<K> implements Refreshable {

	public static final int PAGE_SIZE = 200;

	/** One read: the page's rows as display texts, the key after it (null at the end) and the list's total. */
	public record Page<K>(List<String[]> rows, K next, long total) {
	}

	@Inject
	protected Background background;

	private final List<K> pageStarts = new ArrayList<>();
	private int pageIndex;
	/** Counts the reads started: a read that a later one overtook (paging, a new filter) is not shown. */
	private int generation;
	private K nextKey;
	private Label summary;
	private Button previous;
	private Button next;
	private Button reload;
	private PageTable table;

	@PostConstruct
	void create(Composite parent) {
		Composite bar = Forms.bar(parent, 4);
		summary = Forms.summary(bar, null);
		previous = Forms.button(bar, "page.previous", Messages.Paged_previous);
		previous.addListener(SWT.Selection, e -> load(pageIndex - 1));
		next = Forms.button(bar, "page.next", Messages.Paged_next);
		next.addListener(SWT.Selection, e -> load(pageIndex + 1));
		reload = Forms.button(bar, "page.reload", Messages.Paged_reload);
		reload.addListener(SWT.Selection, e -> reload());
		tools(parent);
		table = new PageTable(parent, headers(), widths());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.control());
		table.onOpen(this::open);
		load(0);
	}

	/** Adds a row of the list's own tools between the page bar and the table; none by default. */
	protected void tools(Composite parent) {
	}

	/** What a double-click or Enter on a row opens (its detail); nothing by default. */
	protected void open(String[] row) {
	}

	/** The table of the shown page: for the right-click menu ({@link RowMenu}) and the selected row. */
	protected final PageTable table() {
		return table;
	}

	/** The view's window, for the dialogs a row opens. */
	protected final Shell shell() {
		return summary.getShell();
	}

	/** F5: what 重新载入 does. */
	@Override
	public void refresh() {
		reload();
	}

	/** Reads the first page again (after the list changed). */
	protected void reload() {
		pageStarts.clear();
		load(0);
	}

	protected abstract String[] headers();

	protected abstract int[] widths();

	/** Reads one page; runs in a job. */
	protected abstract Page<K> read(K after, int limit);

	/** The summary line for the shown page. */
	protected abstract String summary(long total, int page, long first, long last);

	/** The summary line of an empty list. */
	protected String empty() {
		return Messages.Paged_empty;
	}

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
		K after = pageStarts.get(index);
		setBusy();
		int current = ++generation;
		background.run(Messages.Paged_loadJob, () -> read(after, PAGE_SIZE), page -> {
			if (current == generation) {
				show(index, page);
			}
		}, this::showFailure);
	}

	private void setBusy() {
		summary.setText(Messages.Paged_loading);
		previous.setEnabled(false);
		next.setEnabled(false);
		reload.setEnabled(false);
	}

	private void show(int index, Page<K> page) {
		if (summary.isDisposed()) {
			return;
		}
		pageIndex = index;
		nextKey = page.next();
		long first = (long) index * PAGE_SIZE;
		table.show(page.rows(), first);
		summary.setText(page.rows().isEmpty() ? empty()
				: summary(page.total(), index + 1, first + 1, first + page.rows().size()));
		summary.getParent().layout();
		previous.setEnabled(index > 0);
		next.setEnabled(nextKey != null);
		reload.setEnabled(true);
	}

	private void showFailure(String reason) {
		if (!summary.isDisposed()) {
			summary.setText(NLS.bind(Messages.Paged_failed, reason));
			summary.getParent().layout();
			reload.setEnabled(true);
		}
	}

	/** Rows of the shown page, for tests. */
	public int shownRows() {
		return table.rowCount();
	}

	@Focus
	void focus() {
		table.control().setFocus();
	}
}
