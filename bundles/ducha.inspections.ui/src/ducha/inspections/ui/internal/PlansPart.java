package ducha.inspections.ui.internal;

import java.time.LocalDate;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import ducha.app.ui.Background;
import ducha.app.ui.Forms;
import ducha.app.ui.ListTable;
import ducha.app.ui.ListTable.Column;
import ducha.core.security.Principal;
import ducha.inspections.InspectionPlan;
import ducha.inspections.PlanService;

/** 督察计划: the year's plans with what is done, due and overdue; 制定计划… plans the year (or the rest of it). */
public class PlansPart {

	@Inject
	private Principal principal;

	@Inject
	private Background background;

	private volatile PlanService plans;

	private Combo year;
	private Label status;
	private ListTable<InspectionPlan> table;

	@Inject
	void servicesChanged(@Optional PlanService service) {
		plans = service;
		if (table != null && !table.control().isDisposed() && service != null) {
			load();
		}
	}

	@PostConstruct
	void create(Composite parent) {
		Composite bar = Forms.bar(parent, 4);
		Forms.label(bar, Messages.year);
		int thisYear = LocalDate.now().getYear();
		year = Forms.combo(bar, "plans.year", String.valueOf(thisYear), String.valueOf(thisYear + 1),
				String.valueOf(thisYear - 1));
		year.addListener(SWT.Selection, e -> load());
		status = Forms.summary(bar, "plans.status");
		Forms.button(bar, "plans.plan", Messages.planYear).addListener(SWT.Selection, e -> plan());
		table = new ListTable<>(parent, "plans.list", false, InspectionPlan.class,
				new Column<>(Messages.colNumber, 100, InspectionPlan::planNo),
				new Column<>(Messages.colMonth, 80, p -> p.month().toString()),
				new Column<>(Messages.colKind, 80, p -> p.kind().label()),
				new Column<>(Messages.colSubject, 130, p -> p.subject().label()),
				new Column<>(Messages.colAssignee, 140, InspectionPlan::assignee),
				new Column<>(Messages.colDeadline, 100, p -> p.due().toString()),
				new Column<>(Messages.colState, 120, PlansPart::state));
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.control());
		if (plans != null) {
			load();
		} else {
			status.setText(Messages.unavailable);
		}
	}

	private static String state(InspectionPlan p) {
		return p.done() ? p.inspectionNo() : p.overdue(LocalDate.now()) ? Messages.stateOverdue : Messages.stateOpen;
	}

	private void load() {
		PlanService service = plans;
		if (service == null) {
			return;
		}
		int chosen = Integer.parseInt(year.getText());
		background.run(Messages.loadJob, () -> service.plans(chosen, principal), list -> {
			if (!table.control().isDisposed()) {
				table.show(list, null);
				Forms.report(status, NLS.bind(Messages.plansCount, list.size(),
						list.stream().filter(p -> p.overdue(LocalDate.now())).count()), false);
			}
		}, this::refused);
	}

	private void plan() {
		PlanService service = plans;
		if (service == null) {
			return;
		}
		PlanDialog dialog = new PlanDialog(table.control().getShell(), background, service, principal,
				Integer.parseInt(year.getText()));
		if (dialog.open() == Window.OK) {
			load();
		}
	}

	private void refused(String reason) {
		if (!status.isDisposed()) {
			Forms.report(status, reason, true);
		}
	}
}
