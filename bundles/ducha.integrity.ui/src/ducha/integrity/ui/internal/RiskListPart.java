package ducha.integrity.ui.internal;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
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
import ducha.core.security.Principal;
import ducha.integrity.RiskListService;
import ducha.integrity.RiskMeasure;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * 风险防控清单: every control measure; reviews due within the core's review window
 * ({@link RiskMeasure#REVIEW_WINDOW_DAYS}) are highlighted, overdue ones stronger, retired measures greyed.
 */
public class RiskListPart {

	@Inject
	private Principal principal;

	@Inject
	private RiskListService riskList;

	@Inject
	private Background background;

	private Label summary;
	private Button reload;
	private Table table;

	@PostConstruct
	void create(Composite parent) {
		Composite bar = Forms.bar(parent, 2);
		summary = Forms.summary(bar, null);
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
		load();
	}

	private void column(String text, int width) {
		TableColumn column = new TableColumn(table, SWT.NONE);
		column.setText(text);
		column.setWidth(width);
	}

	void load() {
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
}
