package ducha.cases.ui.internal;

import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import ducha.app.ui.Forms;
import ducha.app.ui.ListTable;
import ducha.app.ui.ListTable.Column;
import ducha.cases.ReviewFinding;

/**
 * A tab of the review about the selected finding: what was recorded over it in a list on the left (under a line
 * saying whose it is), the form to record more on the right.
 *
 * @param <R> a row of the list
 */
abstract class FindingTab<R> {

	final ReviewPart.Actions actions;
	final Composite form;
	final ListTable<R> table;
	private final Composite control;
	private final Label subject;
	private ReviewFinding finding;

	/** @param name prefix of the controls' names: {@code name.subject}, {@code name.table} */
	@SafeVarargs
	FindingTab(Composite parent, ReviewPart.Actions actions, String name, Class<R> type, Column<R>... columns) {
		this.actions = actions;
		control = new Composite(parent, SWT.NONE);
		Composite[] parts = Forms.listAndForm(control);
		// whose records these are: a plain line, not the status line (outcomes go to the review's, over the tabs)
		subject = Forms.named(new Label(parts[0], SWT.WRAP), name + ".subject");
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(subject);
		table = new ListTable<>(parts[0], name + ".table", false, type, columns);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.control());
		form = parts[1];
	}

	Composite control() {
		return control;
	}

	/** The finding shown, or null. */
	ReviewFinding finding() {
		return finding;
	}

	/**
	 * Shows the rows of the selected finding (null: none), read in a job; rows of a finding no longer selected
	 * when they arrive are dropped.
	 */
	void show(ReviewFinding selected, String title, Callable<List<R>> read) {
		finding = selected;
		table.show(List.of(), null);
		if (selected == null) {
			subject.setText(Messages.Review_selectFinding);
			return;
		}
		subject.setText(title);
		long id = selected.id();
		actions.read(Messages.Review_loadJob, read, rows -> {
			if (!table.control().isDisposed() && finding != null && finding.id() == id) {
				table.show(rows, null);
			}
		});
	}
}
