package ducha.integrity.ui.internal;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import ducha.app.ui.Background;
import ducha.app.ui.Forms;
import ducha.app.ui.Refreshable;
import ducha.app.ui.Rights;
import ducha.app.ui.RowMenu;
import ducha.core.security.Principal;
import ducha.integrity.IntegrityPermissions;
import ducha.integrity.RiskListService;
import ducha.integrity.RiskMeasure;
import ducha.integrity.RiskReview;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * 风险防控清单: every control measure; reviews due within the core's review window
 * ({@link RiskMeasure#REVIEW_WINDOW_DAYS}) are highlighted, overdue ones stronger, retired measures greyed.
 * 记录复核… records the periodic review of the selected measure in force (button and right-click), which moves
 * its review date and so ends its reminder.
 */
public class RiskListPart implements Refreshable {

	@Inject
	private Principal principal;

	@Inject
	private RiskListService riskList;

	@Inject
	private Background background;

	@Inject
	private Rights rights;

	private Label summary;
	private Button review;
	private Button reload;
	private Table table;
	private Label status;
	/** The measure to select again once the list is read (the one selected or just reviewed), or null. */
	private String keep;

	@PostConstruct
	void create(Composite parent) {
		Composite bar = Forms.bar(parent, 3);
		summary = Forms.summary(bar, null);
		review = Forms.button(bar, "risk.review", Messages.Risk_review);
		review.addListener(SWT.Selection, e -> startReview());
		reload = new Button(bar, SWT.PUSH);
		reload.setText(Messages.Risk_reload);
		reload.addListener(SWT.Selection, e -> load());

		table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		column(Messages.Risk_colNo, 70);
		column(Messages.Risk_colPost, 150);
		column(Messages.Risk_colRisk, 220);
		column(Messages.Risk_colLevel, 50);
		column(Messages.Risk_colMeasure, 300);
		column(Messages.Risk_colOwner, 130);
		column(Messages.Risk_colReview, 100);
		column(Messages.Risk_colStatus, 70);
		table.addListener(SWT.Selection, e -> selectionChanged());
		RowMenu.mirror(table, review);
		status = Forms.status(parent, "risk.status", 1);
		selectionChanged();
		load();
	}

	private void column(String text, int width) {
		TableColumn column = new TableColumn(table, SWT.NONE);
		column.setText(text);
		column.setWidth(width);
	}

	/** 记录复核… for one selected measure in force, with the right to maintain the list. */
	private void selectionChanged() {
		RiskMeasure selected = selected();
		rights.enable(review, selected != null && selected.inForceOn(LocalDate.now()),
				IntegrityPermissions.RECORDS_WRITE);
	}

	private RiskMeasure selected() {
		TableItem[] items = table.getSelection();
		return items.length == 1 ? (RiskMeasure) items[0].getData() : null;
	}

	/** Reads the measure's past reviews (for the proposed next date) in a job, then opens the form. */
	private void startReview() {
		RiskMeasure measure = selected();
		if (measure == null) {
			return;
		}
		review.setEnabled(false);
		background.run(Messages.Risk_reviewsJob, () -> riskList.reviews(measure.recordNo(), principal),
				reviews -> openReview(measure, reviews), reason -> {
					Forms.refused(status, reason);
					selectionChanged();
				});
	}

	private void openReview(RiskMeasure measure, List<RiskReview> reviews) {
		if (table.isDisposed()) {
			return;
		}
		selectionChanged();
		RiskReviewDialog form = new RiskReviewDialog(table.getShell(), background, riskList, principal, measure,
				reviews);
		if (form.open() == Window.OK) {
			RiskMeasure reviewed = form.saved();
			Forms.report(status, NLS.bind(Messages.Risk_reviewed, reviewed.recordNo(), reviewed.reviewDate()), false);
			keep = reviewed.recordNo();
			load();
		}
	}

	void load() {
		RiskMeasure selected = selected();
		if (keep == null && selected != null) {
			keep = selected.recordNo();
		}
		reload.setEnabled(false);
		summary.setText(Messages.Risk_loading);
		background.run(Messages.Risk_loadJob, () -> riskList.measures(principal), this::show,
				this::showFailure);
	}

	private void show(List<RiskMeasure> measures) {
		if (table.isDisposed()) {
			return;
		}
		LocalDate today = LocalDate.now();
		Color due = new Color(255, 244, 204);
		Color overdue = new Color(255, 214, 214);
		Color retired = table.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
		table.removeAll();
		int inForce = 0;
		int dueCount = 0;
		int overdueCount = 0;
		for (RiskMeasure m : measures) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { m.recordNo(), m.post(), m.riskPoint(), m.level().label(), m.measure(),
					m.owner(), m.reviewDate().toString(), m.statusOn(today) });
			item.setData(m);
			if (m.recordNo().equals(keep)) {
				table.setSelection(item);
			}
			RiskMeasure.ReviewState state = m.reviewStateOn(today);
			if (state == RiskMeasure.ReviewState.NOT_IN_FORCE) {
				item.setForeground(retired);
				continue;
			}
			inForce++;
			if (state == RiskMeasure.ReviewState.OVERDUE) {
				overdueCount++;
				dueCount++;
				item.setBackground(overdue);
			} else if (state == RiskMeasure.ReviewState.DUE) {
				dueCount++;
				item.setBackground(due);
			}
		}
		summary.setText(NLS.bind(Messages.Risk_summary, new Object[] { inForce, measures.size() - inForce, dueCount,
				RiskMeasure.REVIEW_WINDOW_DAYS, overdueCount }));
		keep = null;
		selectionChanged();
		reload.setEnabled(true);
	}

	private void showFailure(String reason) {
		if (!summary.isDisposed()) {
			summary.setText(NLS.bind(Messages.Risk_failed, reason));
			reload.setEnabled(true);
		}
	}

	@Focus
	void focus() {
		table.setFocus();
	}

	/** F5: what 重新载入 does. */
	@Override
	public void refresh() {
		load();
	}
}
